/**
 * the section headings a person sees on a LinkedIn profile, one table per UI language.
 * English is complete; the others cover the sections the extractor reads and the ones it must skip.
 */
export type SectionKey =
  | 'about'
  | 'experience'
  | 'education'
  | 'skills'
  | 'topSkills'
  | 'projects'
  | 'certifications'
  | 'highlights'
  | 'activity'
  | 'featured'
  | 'honors'
  | 'publications'
  | 'languages'
  | 'volunteering'
  | 'recommendations'
  | 'courses'
  | 'interests'
  | 'organizations'
  | 'patents'
  | 'causes'
  | 'services'
  | 'sidebar';

export type HeadingTable = Partial<Record<SectionKey, readonly string[]>>;

export const headingTables: Record<'en' | 'de' | 'fr' | 'es' | 'it' | 'pt', HeadingTable> = {
  en: {
    about: ['About', 'Summary'],
    experience: ['Experience'],
    education: ['Education'],
    skills: ['Skills'],
    topSkills: ['Top skills'],
    projects: ['Projects'],
    certifications: ['Licenses & certifications', 'Licenses and certifications', 'Certifications'],
    highlights: ['Highlights'],
    activity: ['Activity', 'Posts', 'Recent activity', 'Articles by *'],
    featured: ['Featured'],
    honors: ['Honors & awards', 'Honors and awards'],
    publications: ['Publications'],
    languages: ['Languages'],
    volunteering: ['Volunteering', 'Volunteer experience'],
    recommendations: ['Recommendations'],
    courses: ['Courses'],
    interests: ['Interests'],
    organizations: ['Organizations'],
    patents: ['Patents'],
    causes: ['Causes'],
    services: ['Services'],
    sidebar: [
      'People also viewed',
      'More profiles for you',
      'Explore Premium profiles',
      'People you may know',
      'You might like',
      'Similar profiles',
      'Others named *',
      'Other similar profiles',
      'Find a different *',
      'Explore more posts',
    ],
  },
  de: {
    about: ['Info', 'Über mich', 'Zusammenfassung'],
    experience: ['Berufserfahrung', 'Erfahrung'],
    education: ['Ausbildung'],
    skills: ['Kenntnisse', 'Fähigkeiten'],
    topSkills: ['Top-Kenntnisse', 'Top-Fähigkeiten'],
    projects: ['Projekte'],
    certifications: ['Bescheinigungen und Zertifikate', 'Zertifikate'],
    highlights: ['Highlights'],
    activity: ['Aktivitäten', 'Beiträge'],
    featured: ['Im Fokus', 'Angesagt'],
    honors: ['Auszeichnungen', 'Ehrungen und Auszeichnungen'],
    publications: ['Veröffentlichungen', 'Publikationen'],
    languages: ['Sprachen'],
    volunteering: ['Ehrenamt', 'Ehrenamtliche Tätigkeit'],
    recommendations: ['Empfehlungen'],
    courses: ['Kurse'],
    interests: ['Interessen'],
    sidebar: [
      'Andere Profile, die Sie sich angesehen haben',
      'Mitglieder, die sich auch folgendes Profil angesehen haben',
      'Weitere Profile für Sie',
      'Personen, die Sie kennen könnten',
    ],
  },
  fr: {
    about: ['Infos', 'À propos', 'Résumé'],
    experience: ['Expérience'],
    education: ['Formation'],
    skills: ['Compétences'],
    topSkills: ['Principales compétences'],
    projects: ['Projets'],
    certifications: ['Licences et certifications', 'Certifications'],
    highlights: ['Points forts'],
    activity: ['Activité', 'Posts'],
    featured: ['Sélection'],
    honors: ['Distinctions et prix', 'Distinctions'],
    publications: ['Publications'],
    languages: ['Langues'],
    volunteering: ['Bénévolat'],
    recommendations: ['Recommandations'],
    courses: ['Cours'],
    interests: ["Centres d'intérêt", 'Centres d’intérêt'],
    sidebar: [
      'Autres profils consultés',
      'Plus de profils pour vous',
      'Les membres ont également consulté',
      'Personnes que vous pourriez connaître',
    ],
  },
  es: {
    about: ['Acerca de', 'Extracto'],
    experience: ['Experiencia'],
    education: ['Educación', 'Formación'],
    skills: ['Aptitudes', 'Conocimientos y aptitudes'],
    topSkills: ['Aptitudes principales'],
    projects: ['Proyectos'],
    certifications: ['Licencias y certificaciones', 'Certificaciones'],
    highlights: ['Destacados'],
    activity: ['Actividad'],
    featured: ['Destacado'],
    honors: ['Reconocimientos y premios', 'Premios'],
    publications: ['Publicaciones'],
    languages: ['Idiomas'],
    volunteering: ['Voluntariado', 'Experiencia de voluntariado'],
    recommendations: ['Recomendaciones'],
    courses: ['Cursos'],
    interests: ['Intereses'],
    sidebar: [
      'Otros perfiles similares',
      'Más perfiles para ti',
      'Personas que quizá conozcas',
      'También han visto',
    ],
  },
  it: {
    about: ['Informazioni', 'Riepilogo'],
    experience: ['Esperienza'],
    education: ['Formazione'],
    skills: ['Competenze'],
    topSkills: ['Competenze principali'],
    projects: ['Progetti'],
    certifications: ['Licenze e certificazioni', 'Certificazioni'],
    highlights: ['In evidenza'],
    activity: ['Attività', 'Post'],
    featured: ['In primo piano'],
    honors: ['Riconoscimenti e premi'],
    publications: ['Pubblicazioni'],
    languages: ['Lingue'],
    volunteering: ['Volontariato', 'Esperienze di volontariato'],
    recommendations: ['Referenze', 'Raccomandazioni'],
    courses: ['Corsi'],
    interests: ['Interessi'],
    sidebar: ['Altri profili consultati', 'Altri profili per te', 'Persone che potresti conoscere'],
  },
  pt: {
    about: ['Sobre', 'Resumo'],
    experience: ['Experiência'],
    education: ['Formação acadêmica', 'Formação académica', 'Educação'],
    skills: ['Competências'],
    topSkills: ['Principais competências'],
    projects: ['Projetos'],
    certifications: ['Licenças e certificados', 'Certificações'],
    highlights: ['Destaques'],
    activity: ['Atividade'],
    featured: ['Em destaque'],
    honors: ['Prêmios e reconhecimentos', 'Prémios e distinções'],
    publications: ['Publicações'],
    languages: ['Idiomas'],
    volunteering: ['Trabalho voluntário', 'Voluntariado'],
    recommendations: ['Recomendações'],
    courses: ['Cursos'],
    interests: ['Interesses'],
    sidebar: [
      'Outros perfis vistos',
      'Mais perfis para você',
      'Pessoas que talvez você conheça',
      'Quem viu este perfil também viu',
    ],
  },
};

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternOf(words: readonly string[]): RegExp {
  // "Articles by *": a trailing star stands for the person's name
  const parts = words.map((word) =>
    word.endsWith(' *') ? `${escapeRegExp(word.slice(0, -2))}\\s.+` : escapeRegExp(word),
  );
  return new RegExp(`^(?:${parts.join('|')})$`, 'iu');
}

const keys = [
  ...new Set(Object.values(headingTables).flatMap((table) => Object.keys(table))),
] as SectionKey[];

const compiled = new Map<SectionKey, RegExp>();

/** one pattern per section, every language together: a page is in one language at a time */
export function headingPattern(key: SectionKey): RegExp {
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = patternOf(Object.values(headingTables).flatMap((table) => table[key] ?? []));
    compiled.set(key, pattern);
  }
  return pattern;
}

/** the same, by name; each is compiled when first read (most linkedin.com pages are no profile) */
export const headingPatterns = Object.defineProperties(
  {},
  Object.fromEntries(
    keys.map((key) => [key, { get: () => headingPattern(key), enumerable: true }]),
  ),
) as Readonly<Record<SectionKey, RegExp>>;

// a heading often says how many: "Experience (4)", "Skills · 12"
const normalize = (text: string): string =>
  text
    .replace(/\s*(?:\(\d+\)|·\s*\d+)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

// per section, its words lower-cased, and the "Articles by *" prefixes: a Set lookup per heading
// instead of a six-language regex each (those cost a page milliseconds to compile on first use)
type Words = { key: SectionKey; exact: Set<string>; prefixes: string[] };
let wordsByKey: Words[] | null = null;
function sectionWords(): Words[] {
  wordsByKey ??= keys.map((key) => {
    const words = Object.values(headingTables).flatMap((table) => table[key] ?? []);
    return {
      key,
      exact: new Set(words.filter((w) => !w.endsWith(' *')).map((w) => w.toLowerCase())),
      prefixes: words.filter((w) => w.endsWith(' *')).map((w) => w.slice(0, -2).toLowerCase()),
    };
  });
  return wordsByKey;
}

/** the section a heading's text names, or null */
export function sectionOfHeading(text: string): SectionKey | null {
  const value = normalize(text);
  if (value.length === 0 || value.length > 80) return null;
  const lower = value.toLowerCase();
  for (const { key, exact, prefixes } of sectionWords()) {
    if (exact.has(lower)) return key;
    // "Articles by Ada": the prefix, a space, then a name
    for (const prefix of prefixes)
      if (lower.startsWith(prefix) && /^\s./.test(lower.slice(prefix.length))) return key;
  }
  return null;
}

/** true when a line of text is a known section heading, in any supported language */
export function isSectionHeading(text: string): boolean {
  return sectionOfHeading(text) !== null;
}
