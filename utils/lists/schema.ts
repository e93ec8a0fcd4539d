import { z } from 'zod';
import { listKinds } from './types';

// the boundary where list cards reach the background: content scripts don't bundle this
const text = (max: number) => z.string().max(max).nullable();

export const listPersonSchema = z
  .strictObject({
    source: z.enum(['linkedin', 'github']),
    handle: z.string().min(1).max(200).nullable(),
    memberId: z
      .string()
      .regex(/^ACo[A-Za-z0-9_-]{10,80}$/)
      .nullable(),
    url: z.url({ protocol: /^https$/ }).max(2_000),
    name: text(400),
    headline: text(1_000),
    location: text(400),
    degree: z.number().int().min(1).max(3).nullable(),
    mutual: z.number().int().min(0).max(100_000).nullable(),
  })
  .refine(
    (person) => person.handle !== null || person.memberId !== null,
    'a handle or a member id',
  );

export const listKindSchema = z.enum(listKinds);
