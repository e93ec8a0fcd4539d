import { z } from 'zod';

export { defaultFitWeights, type SignalName, signalNames } from './weight-defaults';

const weight = (value: number) => z.number().min(0).max(1).default(value);

/** how much each signal counts, 0 (ignore) to 1 (full); the user adjusts these in options */
export const fitWeightsSchema = z.object({
  expertise: weight(1),
  experience: weight(0.8),
  willingness: weight(0.8),
  communication: weight(0.5),
  reachability: weight(0.8),
  activity: weight(0.6),
  logistics: weight(0.5),
  path: weight(0.8),
  cautions: weight(1),
});
export type FitWeights = z.infer<typeof fitWeightsSchema>;
