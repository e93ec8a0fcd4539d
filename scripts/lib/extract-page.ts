import { explainProfile } from '../../utils/profile/extract';
import type { Explanation } from '../../utils/profile/linkedin/extract';
import type { ExtractResult } from '../../utils/profile/snapshot';
import { firstLine } from './args';
import { withDocument } from './dom';
import { maxPageTags, readPage } from './page';

/** a saved page file + its URL → the extraction result; never throws except for unreadable files */
export async function extractPage(url: string, file: string): Promise<ExtractResult> {
  return (await explainPage(url, file)).result;
}

/** the same, with the rule that read each field (`extract --explain`) */
export async function explainPage(
  url: string,
  file: string,
): Promise<{ result: ExtractResult; explain: Explanation }> {
  const result = await readAndExtract(url, file);
  return result;
}

async function readAndExtract(
  url: string,
  file: string,
): Promise<{ result: ExtractResult; explain: Explanation }> {
  const failed = (result: ExtractResult) => ({ result, explain: {} });
  const page = await readPage(file);
  if (page.kind === 'empty')
    return failed({ ok: false, reason: 'unrecognized', detail: `empty file: ${file}` });
  if (page.kind === 'binary') {
    return failed({
      ok: false,
      reason: 'unrecognized',
      detail: `not an HTML page (binary content): ${file}`,
    });
  }
  if (page.kind === 'too-complex') {
    return failed({
      ok: false,
      reason: 'unrecognized',
      detail: `page too large to parse: ${page.tags} elements (limit ${maxPageTags}): ${file}`,
    });
  }
  try {
    return await withDocument(page.html, url, (doc) => explainProfile(doc, url));
  } catch (error) {
    // an extractor bug is reported as a result so a bug report still gets JSON
    process.stderr.write(`extractor failed: ${firstLine(error)}\n`);
    return failed({
      ok: false,
      reason: 'unrecognized',
      detail: `extractor failed: ${firstLine(error).slice(0, 300)}`,
    });
  }
}
