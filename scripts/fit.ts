import { parsePageArgs } from './lib/args';
import { loadGoals } from './lib/goals';
import { printJson, runCli } from './lib/output';

const usage = 'usage: npm run --silent fit -- [--goals <mentee.json>] --url <page-url> <file.html>';

await runCli(async () => {
  const args = parsePageArgs(process.argv.slice(2), usage, true);
  // goals first: a bad goals file is a usage error before any page work
  const goals = args.goals ? await loadGoals(args.goals) : null;
  const [{ extractPage }, { scoreFit }, { defaultMenteeProfile }, { notEnoughBand }] =
    await Promise.all([
      import('./lib/extract-page'),
      import('../utils/fit/score'),
      import('../utils/fit/mentee'),
      import('../utils/fit/bands'),
    ]);
  const extracted = await extractPage(args.url, args.file);
  if (!extracted.ok) {
    printJson(extracted);
    return;
  }
  const fit = scoreFit(extracted.profile, goals ?? defaultMenteeProfile, {
    usesDefaultProfile: goals === null,
  });
  printJson({
    ok: true,
    score: fit.score,
    band: fit.band,
    // near a band boundary; never beside "Not enough to score", which shows no number
    borderline: fit.borderline === true && fit.band !== notEnoughBand,
    reasons: fit.reasons,
    cite: fit.cite,
    usesDefaultProfile: fit.usesDefaultProfile,
  });
});
