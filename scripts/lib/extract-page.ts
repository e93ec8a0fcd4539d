import { extractProfile } from '../../utils/profile/extract';
import type { ExtractResult } from '../../utils/profile/snapshot';
import { firstLine } from './args';
import { withDocument } from './dom';
import { maxPageTags, readPage } from './page';

/** a saved page file + its URL → the extraction result; never throws except for unreadable files */
export async function extractPage(url: string, file: string): Promise<ExtractResult> {
  const page = await readPage(file);
  if (page.kind === 'empty')
    return { ok: false, reason: 'unrecognized', detail: `empty file: ${file}` };
  if (page.kind === 'binary') {
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `not an HTML page (binary content): ${file}`,
    };
  }
  if (page.kind === 'too-complex') {
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `page too large to parse: ${page.tags} elements (limit ${maxPageTags}): ${file}`,
    };
  }
  try {
    return await withDocument(page.html, url, (doc) => extractProfile(doc, url));
  } catch (error) {
    // an extractor bug is reported as a result so a bug report still gets JSON
    process.stderr.write(`extractor failed: ${firstLine(error)}\n`);
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `extractor failed: ${firstLine(error).slice(0, 300)}`,
    };
  }
}
