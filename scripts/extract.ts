import { parsePageArgs } from './lib/args';
import { printJson, runCli } from './lib/output';

const usage = 'usage: npm run --silent extract -- [--explain] --url <page-url> <file.html>';

await runCli(async () => {
  const args = parsePageArgs(process.argv.slice(2), usage, false, true);
  // the DOM and extractors load only once the arguments are good: bad input fails fast
  const { isListUrl, extractListPage } = await import('./lib/extract-list');
  if (isListUrl(args.url)) return printJson(await extractListPage(args.url, args.file));
  const { explainPage } = await import('./lib/extract-page');
  const { result, explain } = await explainPage(args.url, args.file);
  // --explain adds, per field, the rule that read it; without it the output is the plain contract
  printJson(args.explain ? { ...result, explain } : result);
});
