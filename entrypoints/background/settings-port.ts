import { menteeProfileSchema } from '@/utils/fit/mentee';
import { channelLimitsSchema } from '@/utils/outreach/channels';
import { channelLimitsItem } from '@/utils/settings/channels';
import { menteeProfileItem } from '@/utils/settings/mentee-profile';
import { quietModeItem, quietModeSchema } from '@/utils/settings/quiet-mode';
import { reminderSettingsItem, reminderSettingsSchema } from '@/utils/settings/reminders';
import {
  deleteUserTemplates,
  loadUserTemplates,
  saveUserTemplates,
  userTemplatesSchema,
} from '@/utils/settings/templates';
import type { ExportSettings } from '@/utils/shortlist/portability/export-format';
import type { SettingsPort } from '@/utils/shortlist/portability/import';

// settings kept as one storage item each
const items = {
  menteeProfile: { item: menteeProfileItem, schema: menteeProfileSchema },
  quietMode: { item: quietModeItem, schema: quietModeSchema },
  reminders: { item: reminderSettingsItem, schema: reminderSettingsSchema },
  channelLimits: { item: channelLimitsItem, schema: channelLimitsSchema },
} as const;

/** the settings that travel with an export: read validated (unset or unreadable = null) */
export const browserSettings: SettingsPort = {
  async read() {
    const out: ExportSettings = {};
    for (const [key, { item, schema }] of Object.entries(items)) {
      const parsed = schema.safeParse(await item.getValue());
      Object.assign(out, { [key]: parsed.success ? parsed.data : null });
    }
    try {
      const { templates, where } = await loadUserTemplates();
      const parsed = userTemplatesSchema.safeParse(templates);
      out.templates = where !== 'none' && parsed.success ? parsed.data : null;
    } catch {
      // damaged templates: the options page says so; the export goes on without them
      out.templates = null;
    }
    return out;
  },
  async write(settings) {
    for (const [key, { item }] of Object.entries(items)) {
      const value = settings[key as keyof typeof items];
      if (value === undefined) continue;
      if (value === null) await item.removeValue();
      else await item.setValue(value);
    }
    if (settings.templates === null) await deleteUserTemplates();
    else if (settings.templates) await saveUserTemplates(settings.templates);
  },
};
