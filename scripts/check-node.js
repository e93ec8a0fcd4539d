// run before every npm script: fails loudly, saying what to do, when the scripts would run on a Node that is too old.
// plain JavaScript with no dependencies, so it runs on whatever Node npm found (it must not need the Node it checks for)
import { readFileSync } from 'node:fs';

// vitest 5 and puppeteer-core 25 need 22.12; the `node` dev dependency brings Node 22 for the scripts
const NEEDED = [22, 12, 0];

const have = process.versions.node.split('.').map(Number);
const older = (a, b) => {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
};

if (older(have, NEEDED)) {
  let bundled = 'the `node` dev dependency';
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    bundled = `the \`node\` dev dependency (${pkg.devDependencies?.node ?? 'Node 22'})`;
  } catch {
    // the message is still right without the version
  }
  console.error(
    [
      '',
      `MentorLens: these npm scripts are running on Node ${process.versions.node}, but they need Node ${NEEDED.join('.')} or newer.`,
      '',
      `npm runs them with ${bundled}, which gets its Node binary from its install script.`,
      'That script did not run: installed with --ignore-scripts, or npm skipped it (allowScripts / allow-scripts).',
      '',
      'Fix it with one of:',
      '  npm rebuild node            runs the skipped install script (not with --ignore-scripts)',
      '  npm ci                      a fresh install, without --ignore-scripts',
      '  nvm install && nvm use      or use Node 22 yourself: .nvmrc names it',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
