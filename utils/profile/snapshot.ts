import { z } from 'zod';

// the extraction contract (ARCHITECTURE.md): field names are fixed; unknown is null or [], never a guess
const text = z.string().max(20_000);
const yearMonth = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'expected "YYYY" or "YYYY-MM"')
  .nullable();
const httpUrl = z
  .string()
  .max(2_048)
  .refine((value) => /^https?:\/\//i.test(value), 'expected an http(s) URL');

export const sourceSchema = z.enum(['linkedin', 'github']);
export type Source = z.infer<typeof sourceSchema>;

export const experienceSchema = z.object({
  title: text.nullable(),
  company: text.nullable(),
  start: yearMonth,
  end: yearMonth,
  location: text.nullable(),
  description: text.nullable(),
});
export type Experience = z.infer<typeof experienceSchema>;

export const educationSchema = z.object({
  school: text.nullable(),
  degree: text.nullable(),
  start: yearMonth,
  end: yearMonth,
});
export type Education = z.infer<typeof educationSchema>;

export const repoSchema = z.object({
  name: z.string().min(1).max(200),
  description: text.nullable(),
  language: z.string().max(100).nullable(),
  stars: z.number().int().nonnegative().nullable(),
  forks: z.number().int().nonnegative().nullable(),
});
export type Repo = z.infer<typeof repoSchema>;

// LinkedIn sections outside the fixed fields, kept in signals (ARCHITECTURE.md: "anything else the fit needs")
const line = z.string().max(2_000);
export const certificationSchema = z.object({
  name: line,
  issuer: line.nullable(),
  issued: yearMonth,
});
export type Certification = z.infer<typeof certificationSchema>;
export const honorSchema = z.object({ title: line, issuer: line.nullable(), date: yearMonth });
export type Honor = z.infer<typeof honorSchema>;
export const featuredItemSchema = z
  .object({ title: line.nullable(), url: httpUrl.nullable() })
  .refine(
    (item) => item.title !== null || item.url !== null,
    'a featured item needs a title or a link',
  );
export type FeaturedItem = z.infer<typeof featuredItemSchema>;

/** everything else the fit needs; every key optional so extractors add what their page shows */
export const signalsSchema = z
  .object({
    degree: z.number().int().min(1).max(3).nullable(),
    mutualConnections: z.number().int().nonnegative().nullable(),
    sharedHighlights: z.array(text).max(50),
    openTo: z.array(text).max(20),
    following: z.number().int().nonnegative().nullable(),
    achievements: z.array(text).max(100),
    sponsors: z.boolean(),
    hireable: z.boolean(),
    premium: z.boolean(),
    openProfile: z.boolean(),
    status: text.nullable(),
    publicEmail: z.string().max(320).nullable(),
    recentActivity: z.array(z.string().max(40)).max(100),
    hasReadme: z.boolean(),
    /** the person's own recent posts shown on the profile, newest first; text clipped by the extractor */
    recentPosts: z
      .array(z.object({ text: z.string().max(2_000), date: z.string().max(40).nullable() }))
      .max(20),
    /** `education` holds only the school named in the top card (no Education section on the page) */
    educationFromTopCard: z.boolean(),
    /** LinkedIn "Licenses & certifications", as listed */
    certifications: z.array(certificationSchema).max(50),
    /** LinkedIn "Honors & awards", as listed */
    honors: z.array(honorSchema).max(50),
    /** LinkedIn "Featured" cards: what each is called and where it leads */
    featured: z.array(featuredItemSchema).max(50),
    /** fields this page shows (a card line, a section heading) but which could not be read: visible breakage */
    missing: z.array(z.string().max(60)).max(60),
    /** fields this page family can show but this page does not (no such section, not loaded yet): not a failure */
    absent: z.array(z.string().max(60)).max(60),
    /** fields that were read */
    found: z.array(z.string().max(60)).max(60),
  })
  .partial();
export type Signals = z.infer<typeof signalsSchema>;

export const profileSnapshotSchema = z.object({
  source: sourceSchema,
  handle: z.string().min(1).max(200),
  url: httpUrl,
  name: text.nullable(),
  headline: text.nullable(),
  location: text.nullable(),
  company: text.nullable(),
  about: text.nullable(),
  followers: z.number().int().nonnegative().nullable(),
  connections: z.number().int().nonnegative().nullable(),
  experience: z.array(experienceSchema).max(200),
  education: z.array(educationSchema).max(100),
  skills: z.array(z.string().max(200)).max(500),
  links: z.array(httpUrl).max(100),
  repos: z.array(repoSchema).max(100),
  contributionsLastYear: z.number().int().nonnegative().nullable(),
  organizations: z.array(z.string().max(200)).max(200),
  signals: signalsSchema,
});
export type ProfileSnapshot = z.infer<typeof profileSnapshotSchema>;

export const extractFailureReasons = ['not-a-profile', 'unavailable', 'unrecognized'] as const;
export type ExtractFailureReason = (typeof extractFailureReasons)[number];

export type ExtractResult =
  | { ok: true; profile: ProfileSnapshot }
  | { ok: false; reason: ExtractFailureReason; detail: string };

// zod-free helpers live in blank.ts so content scripts can use them without bundling zod
export { emptySnapshot, profileKey } from './blank';
