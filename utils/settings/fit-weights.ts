import { storage } from 'wxt/utils/storage';
import { defaultFitWeights, type FitWeights, fitWeightsSchema } from '../fit/weights';
import { SettingsError } from './errors';

export const fitWeightsItem = storage.defineItem<unknown>('sync:fitWeights', {
  fallback: null,
  version: 1,
});

/** the user's weights, or the defaults until they change one; a damaged value is an error */
export async function loadFitWeights(): Promise<FitWeights> {
  const raw = await fitWeightsItem.getValue();
  if (raw === null) return defaultFitWeights;
  const parsed = fitWeightsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(
      `Your fit weights could not be read (${issue?.path.join('.') || 'value'}: ${issue?.message}). Reset them in MentorLens options.`,
    );
  }
  return parsed.data;
}

export async function saveFitWeights(weights: FitWeights): Promise<FitWeights> {
  const parsed = fitWeightsSchema.safeParse(weights);
  if (!parsed.success) throw new SettingsError(`Not saved: ${parsed.error.issues[0]?.message}`);
  await fitWeightsItem.setValue(parsed.data);
  return parsed.data;
}

export async function resetFitWeights(): Promise<void> {
  await fitWeightsItem.removeValue();
}
