import { detectGithubPage } from './github/detect';
import { extractGithub } from './github/extract';
import { detectLinkedinPage } from './linkedin/detect';
import { type Explanation, explainLinkedin, extractLinkedin } from './linkedin/extract';
import { type ExtractResult, profileSnapshotSchema } from './snapshot';

/** a snapshot that fails the contract is an unrecognized page, said with where it failed */
export function checkExtraction(result: ExtractResult): ExtractResult {
  if (!result.ok) return result;
  const parsed = profileSnapshotSchema.safeParse(result.profile);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    reason: 'unrecognized',
    detail: `snapshot failed validation at ${issue?.path.join('.') || '?'}: ${issue?.message ?? ''}`,
  };
}

/** page DOM + URL → validated ProfileSnapshot; runs unchanged in happy-dom, the CLI and the extension pages */
export function extractProfile(doc: Document, pageUrl: string): ExtractResult {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { ok: false, reason: 'not-a-profile', detail: `not a URL: ${pageUrl.slice(0, 200)}` };
  }
  const github = detectGithubPage(url);
  if (github.kind === 'profile') return checkExtraction(extractGithub(doc, url));
  const linkedin = detectLinkedinPage(url);
  if (linkedin.kind === 'profile' || linkedin.kind === 'details') {
    return checkExtraction(extractLinkedin(doc, url));
  }
  return {
    ok: false,
    reason: 'not-a-profile',
    detail: `${url.hostname}${url.pathname} is not a profile page`,
  };
}

/** a GitHub field's rule: microformats and itemprops are GitHub's own markup for what a person sees */
function githubRules(result: ExtractResult): Explanation {
  if (!result.ok) return {};
  const rules: Explanation = { handle: 'url' };
  for (const field of result.profile.signals.found ?? []) rules[field] ??= 'structure';
  return rules;
}

/** extractProfile, plus per field the rule that read it (heading, reading order, label, JSON-LD, embedded JSON...) */
export function explainProfile(
  doc: Document,
  pageUrl: string,
): { result: ExtractResult; explain: Explanation } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { result: extractProfile(doc, pageUrl), explain: {} };
  }
  const linkedin = detectLinkedinPage(url);
  if (linkedin.kind === 'profile' || linkedin.kind === 'details') {
    const { result, rules } = explainLinkedin(doc, url);
    const checked = checkExtraction(result);
    return { result: checked, explain: checked.ok ? rules : {} };
  }
  const result = extractProfile(doc, pageUrl);
  return { result, explain: githubRules(result) };
}
