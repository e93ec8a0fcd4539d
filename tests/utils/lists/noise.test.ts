import { describe, expect, it } from 'vitest';
import { isNoise as githubNoise } from '@/utils/lists/github/read';
import { isNoise as linkedinNoise } from '@/utils/lists/linkedin/read';

// the patterns the card readers used before they were written as string tests (a cold page
// compiles each regular expression before its first use): the tests must say the same of every line
const linkedinBefore = [
  /^view .{0,200}(?:’|')s?\s*profile$/i,
  /^status is (?:offline|online|away|reachable|busy)/i,
  /^verified(?: member)?$/i,
  /^(?:connect|message|follow|following|unfollow|pending|more|save|invite|remove|ignore|accept)$/i,
  /^show (?:more|all)/i,
  /^connected on\b/i,
  /^(?:premium|open to work|hiring|provides services|out of network)$/i,
  /profile picture$/i,
  /^[•·|,]+$/,
  /^\d[\d,.]*[km]?\s+followers?$/i,
  /^(?:current|past|summary|skills?):/i,
];
const githubBefore = [
  /^(?:follow|unfollow|following|sponsor|block|report|member|owner|outside collaborator)$/i,
  /^joined\b/i,
  /^\d[\d,.]*[km]?\s+(?:commits?|followers?|following|repositories|stars?)\b/i,
  /^[\d,]+\s*\+\+/,
  /^[\d,]+\s*--$/,
  /^(?:public|private)$/i,
  /^#\d+$/,
];

const words = [
  'View Ada Lovelace’s profile',
  "view bo's profile",
  'View Ada profile',
  'View profile',
  'Viewing profiles',
  'Status is offline',
  'Status is reachable now',
  'status is',
  'Status is unknown',
  'Verified',
  'verified member',
  'Verified members',
  'Connect',
  'CONNECT',
  'Connected',
  'Connected on March 3, 2024',
  'connected onward',
  'Connected on',
  'Message',
  'Follow',
  'Following',
  'Unfollow',
  'Pending',
  'More',
  'Save',
  'Invite',
  'Remove',
  'Ignore',
  'Accept',
  'Premium',
  'Open to work',
  'Hiring',
  'Provides services',
  'Out of network',
  'Show more',
  'Show all 12 results',
  'Showcase',
  'Ada Lovelace profile picture',
  'Profile Picture',
  'picture',
  '•',
  '· |,',
  '• 2nd',
  '12,345 followers',
  '1.2k followers',
  '3M Followers',
  '1 follower',
  'followers',
  '12 followers and more',
  'Current: Staff Engineer at Example',
  'Past: Intern',
  'Summary: ML',
  'Skills: Python',
  'Skill: Go',
  'current : x',
  'Current',
  'Principal ML Engineer at Example AI | mentor, office hours for career changers',
  'London, England, United Kingdom',
  'Ada Lovelace',
  '2nd degree connection',
  'Omar Okafor, Pia Park, and 3 other mutual connections',
  '',
  'Sponsor',
  'Block or report',
  'Block',
  'Report',
  'Member',
  'Owner',
  'Outside collaborator',
  'Joined',
  'Joined on Jan 2, 2020',
  'Joinedup',
  '1,204 commits',
  '12 commits in total',
  '3 repositories',
  '1k stars',
  '5 following',
  '12,345 ++',
  '1,234++ 56--',
  ',++',
  '12 --',
  '12 -- x',
  'Public',
  'Private',
  'Privately',
  '#12',
  '#12a',
  'Berlin, Germany',
];

describe('card furniture, as string tests', () => {
  it.each(words)('LinkedIn: %s', (line) => {
    expect(linkedinNoise(line.toLowerCase())).toBe(linkedinBefore.some((re) => re.test(line)));
  });
  it.each(words)('GitHub: %s', (line) => {
    expect(githubNoise(line)).toBe(githubBefore.some((re) => re.test(line)));
  });
  it('the same on every word above with something before or after it', () => {
    const before = ['', ' ', 'x', '1 ', '#', '12,3', 'the '];
    const after = ['', ' ', 's', 'x', ' x', ':', '.', '!', '-', '++', ' --', '’s profile'];
    const differ: string[] = [];
    for (const word of words)
      for (const head of before)
        for (const tail of after) {
          const line = `${head}${word}${tail}`;
          if (linkedinNoise(line.toLowerCase()) !== linkedinBefore.some((re) => re.test(line)))
            differ.push(`LinkedIn: ${line}`);
          if (githubNoise(line) !== githubBefore.some((re) => re.test(line)))
            differ.push(`GitHub: ${line}`);
        }
    expect(differ).toEqual([]);
  });
});
