import { describe, expect, it } from 'vitest';
import { detectGithubPage, githubPageExamples } from '@/utils/profile/github/detect';
import { detectLinkedinPage, linkedinPageExamples } from '@/utils/profile/linkedin/detect';

// every detector with its own examples; each detector's examples are the others' negatives
const detectors = [
  {
    name: 'linkedin',
    detect: (url: URL) => detectLinkedinPage(url).kind as string,
    examples: linkedinPageExamples as Record<string, string[]>,
  },
  {
    name: 'github',
    detect: (url: URL) => detectGithubPage(url).kind as string,
    examples: githubPageExamples as Record<string, string[]>,
  },
];
const personKinds = new Set(['profile', 'details']);

describe('page detectors', () => {
  for (const detector of detectors) {
    describe(detector.name, () => {
      it('gives each of its examples its own kind', () => {
        for (const [kind, urls] of Object.entries(detector.examples)) {
          for (const url of urls) expect(detector.detect(new URL(url)), url).toBe(kind);
        }
      });

      // another detector's "other" examples may be anyone's pages (github lists a LinkedIn profile there)
      it("never calls another detector's positive examples a profile", () => {
        for (const other of detectors) {
          if (other === detector) continue;
          for (const [kind, urls] of Object.entries(other.examples)) {
            for (const url of urls) {
              const detected = detector.detect(new URL(url));
              if (kind !== 'other')
                expect(personKinds.has(detected), `${detector.name}: ${url}`).toBe(false);
            }
          }
        }
      });

      it.each([
        'javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'about:blank',
        'https://evil-linkedin.com/in/priya-raman-ml/',
        'https://linkedin.com.evil.io/in/priya-raman-ml/',
        'https://github.com.evil.io/ada-okafor',
        'https://www.linkedin.com/in/a%2Fb/',
        `https://www.linkedin.com/in/${'a'.repeat(10_240)}`,
        `https://github.com/${'a'.repeat(10_240)}`,
      ])('%s is other, never a throw', (raw) => {
        expect(() => detector.detect(new URL(raw))).not.toThrow();
        expect(detector.detect(new URL(raw))).toBe('other');
      });
    });
  }
});
