// the choices the goals form offers, as plain lists (mentee.ts builds its zod enums from them)
export const helpWantedOptions = [
  'career guidance',
  'skill development',
  'networking and introductions',
  'research advice',
  'job search',
] as const;
export const careerStages = [
  'student',
  'career changer',
  'junior',
  'mid-level',
  'senior',
  'researcher',
] as const;
export const priorities = ['high', 'medium', 'low'] as const;
