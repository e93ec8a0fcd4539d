import { describe, expect, it } from 'vitest';
import { communication } from '@/utils/fit/signals/communication';
import { contextFor, person } from '../build';

describe('communication signal', () => {
  it('raises for posts, articles, docs and a README, capped', () => {
    const result = communication(
      contextFor(
        person(
          {
            about: 'I write about evaluation on my blog.',
            repos: [
              {
                name: 'ml-notes',
                description: 'Tutorials on transformers from scratch',
                language: 'Python',
                stars: 3,
                forks: 0,
              },
            ],
            signals: { hasReadme: true, recentPosts: [{ text: 'New post on evals', date: '2w' }] },
          },
          'github',
        ),
      ),
    );
    expect(result).toHaveLength(1);
    expect(result[0]?.points).toBe(8);
    expect(result[0]?.text).toMatch(/writes articles/);
    expect(result[0]?.cite).toBe('their repo ml-notes');
  });

  it('a short About alone says little', () => {
    expect(communication(contextFor(person({ about: 'Engineer.' })))).toEqual([]);
  });

  it('a long but stuffed About does not count as good writing', () => {
    const result = communication(contextFor(person({ about: 'AI ML LLM '.repeat(200) })));
    expect(result).toEqual([]);
  });
});
