/** a setting that could not be read: said plainly, never replaced by a silent default */
export class SettingsError extends Error {
  override name = 'SettingsError';
}
