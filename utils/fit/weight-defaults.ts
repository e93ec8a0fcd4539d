// zod-free: the content scripts score in place; tests check these equal fitWeightsSchema.parse({})
import type { FitWeights } from './weights';

export const signalNames = [
  'expertise',
  'experience',
  'willingness',
  'communication',
  'reachability',
  'activity',
  'logistics',
  'path',
  'cautions',
] as const;
export type SignalName = (typeof signalNames)[number];

export const defaultFitWeights: FitWeights = {
  expertise: 1,
  experience: 0.8,
  willingness: 0.8,
  communication: 0.5,
  reachability: 0.8,
  activity: 0.6,
  logistics: 0.5,
  path: 0.8,
  cautions: 1,
};
