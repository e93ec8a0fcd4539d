import type { MenteeProfile } from '../fit/mentee';

/** a ready-made search the user opens themselves: a link, never fetched or opened for them */
export interface Lookout {
  site: 'LinkedIn' | 'GitHub' | 'Mentoring platform';
  label: string;
  url: string;
}

const programmingLanguages = new Map(
  [
    'Python',
    'Rust',
    'Go',
    'Julia',
    'TypeScript',
    'JavaScript',
    'C++',
    'Java',
    'Scala',
    'R',
    'Kotlin',
    'Swift',
  ].map((name) => [name.toLowerCase(), name]),
);

// well-known open-source projects per topic: their contributors are practitioners who share work in public
const wellKnownRepos: [RegExp, string][] = [
  [/pytorch|deep learning/i, 'pytorch/pytorch'],
  [/llm|language model|nlp|transformer|hugging ?face/i, 'huggingface/transformers'],
  [/eval/i, 'EleutherAI/lm-evaluation-harness'],
  [/mlops|ml ?ops|deployment|serving/i, 'mlflow/mlflow'],
  [/machine learning|scikit|\bml\b/i, 'scikit-learn/scikit-learn'],
  [/computer vision|\bcv\b|image/i, 'opencv/opencv'],
  [/reinforcement|\brl\b/i, 'Farama-Foundation/Gymnasium'],
  [/data scien|pandas|analytics/i, 'pandas-dev/pandas'],
  [/jax/i, 'jax-ml/jax'],
  [/tensorflow|keras/i, 'keras-team/keras'],
  [/rag|retrieval|vector/i, 'langchain-ai/langchain'],
];

const platforms: Lookout[] = [
  {
    site: 'Mentoring platform',
    label: 'ADPList: browse mentors (free sessions), filter by your topic there',
    url: 'https://adplist.org/explore',
  },
  {
    site: 'Mentoring platform',
    label: 'MentorCruise: browse mentors (paid plans), filter by your topic there',
    url: 'https://mentorcruise.com/mentor/browse/',
  },
];

const linkedinSearch = (keywords: string) =>
  `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(keywords)}`;
const githubUsers = (query: string) =>
  `https://github.com/search?q=${encodeURIComponent(query)}&type=users`;

const quote = (text: string) => (/\s/.test(text) ? `"${text}"` : text);

/** searches built from the user's goals: LinkedIn people, GitHub users, contributors, platforms */
export function whereToLook(mentee: MenteeProfile): Lookout[] {
  const priority = { high: 0, medium: 1, low: 2 } as const;
  const topics = [...mentee.focusAreas]
    .sort((a, b) => priority[a.priority] - priority[b.priority])
    .map((area) => area.topic.trim())
    .filter(Boolean);
  const subjects = [...new Set([...topics.slice(0, 3), ...mentee.targetRoles.slice(0, 1)])];
  const city = mentee.location.split(',')[0]?.trim() ?? '';
  const place = city || (mentee.preferences.remoteOk ? 'remote' : '');
  const out: Lookout[] = [];
  for (const subject of subjects) {
    const where = place ? ` ${quote(place)}` : '';
    out.push({
      site: 'LinkedIn',
      label: `People: ${subject} + mentor${place ? ` · ${place}` : ''}`,
      url: linkedinSearch(`${quote(subject)} mentor${where}`),
    });
    out.push({
      site: 'LinkedIn',
      label: `People: ${subject} + "office hours"`,
      url: linkedinSearch(`${quote(subject)} "office hours"`),
    });
  }
  if (mentee.preferences.remoteOk && city) {
    out.push({
      site: 'LinkedIn',
      label: `People: ${subjects[0] ?? 'mentor'} + mentor · remote`,
      url: linkedinSearch(`${quote(subjects[0] ?? 'AI')} mentor remote`),
    });
  }
  const languages = [
    ...new Set(
      topics.map((t) => programmingLanguages.get(t.toLowerCase())).filter((l): l is string => !!l),
    ),
  ];
  for (const language of languages.slice(0, 2)) {
    const parts = [
      `language:${language}`,
      city ? `location:${quote(city)}` : '',
      'followers:50..5000',
    ].filter(Boolean);
    out.push({
      site: 'GitHub',
      label: `Users: ${language}${city ? ` · ${city}` : ''} · 50–5,000 followers`,
      url: githubUsers(parts.join(' ')),
    });
  }
  if (languages.length === 0 && topics[0]) {
    out.push({
      site: 'GitHub',
      label: `Users: "${topics[0]}" in their profile · 50–5,000 followers`,
      url: githubUsers(`${quote(topics[0])} followers:50..5000`),
    });
  }
  const repos = new Set<string>();
  for (const topic of topics)
    for (const [pattern, repo] of wellKnownRepos) if (pattern.test(topic)) repos.add(repo);
  for (const repo of [...repos].slice(0, 4)) {
    out.push({
      site: 'GitHub',
      label: `Contributors to ${repo}`,
      url: `https://github.com/${repo}/graphs/contributors`,
    });
  }
  const paidOk = !mentee.preferences.freeOnly;
  return [...out, ...platforms.filter((p) => paidOk || !p.label.includes('paid'))];
}
