import { parsePageArgs } from './lib/args';
import { printJson, runCli } from './lib/output';

const usage = 'usage: npm run --silent extract -- --url <page-url> <file.html>';

await runCli(async () => {
  const args = parsePageArgs(process.argv.slice(2), usage, false);
  // the DOM and extractors load only once the arguments are good: bad input fails fast
  const { isListUrl, extractListPage } = await import('./lib/extract-list');
  if (isListUrl(args.url)) return printJson(await extractListPage(args.url, args.file));
  const { extractPage } = await import('./lib/extract-page');
  printJson(await extractPage(args.url, args.file));
});
