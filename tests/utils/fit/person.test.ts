import { describe, expect, it } from 'vitest';
import { monthOf } from '@/utils/fit/dates';
import { personOf } from '@/utils/fit/person';
import { NOW, person, role } from './build';

const now = monthOf(NOW);

describe('personOf', () => {
  it("merges a person's LinkedIn and GitHub snapshots", () => {
    const linkedin = person({
      name: 'Nadia Quill',
      location: 'Stockholm, Sweden',
      followers: 800,
      skills: ['Python'],
      signals: { degree: 2, sponsors: false, recentActivity: ['1w'] },
    });
    const github = person(
      {
        name: 'nadia',
        location: 'Sweden',
        followers: 90,
        skills: ['Python', 'Rust'],
        links: ['https://nadia.example.org/'],
        contributionsLastYear: 321,
        signals: { sponsors: true, recentActivity: ['2024-01-01'] },
      },
      'github',
    );
    const merged = personOf([github, linkedin], now);
    expect(merged.name).toBe('Nadia Quill');
    expect(merged.location).toBe('Stockholm, Sweden');
    expect(merged.linkedinFollowers).toBe(800);
    expect(merged.githubFollowers).toBe(90);
    expect(merged.skills).toEqual(['Python', 'Rust']);
    expect(merged.contributionsLastYear).toBe(321);
    expect(merged.signals.sponsors).toBe(true);
    expect(merged.signals.degree).toBe(2);
    expect(merged.signals.recentActivity).toEqual(['1w', '2024-01-01']);
    expect(merged.linkInfo).toEqual([
      {
        url: 'https://nadia.example.org/',
        host: 'nadia.example.org',
        kind: 'website',
        platform: null,
        github: true,
      },
    ]);
  });

  it('current roles are the undated-end ones; recent roles weigh more than old ones', () => {
    const p = personOf(
      [
        person({
          experience: [role('ML Engineer', '2021-01'), role('Analyst', '2010-01', '2012-12')],
        }),
      ],
      now,
    );
    expect(p.currentRoles.map((r) => r.title)).toEqual(['ML Engineer']);
    const strength = (title: string) => p.fields.find((f) => f.text === title)?.strength;
    expect(strength('ML Engineer')).toBe(1);
    expect(strength('Analyst')).toBeLessThan(0.5);
  });

  it('clips hostile lengths and marks stuffed claims as weaker', () => {
    const p = personOf(
      [
        person({
          headline: 'LLM '.repeat(5_000),
          experience: Array.from({ length: 200 }, (_, i) =>
            role(`Role ${i}`, '2000-01', null, { description: 'x'.repeat(5_000) }),
          ),
        }),
      ],
      now,
    );
    expect(p.headlines[0]?.length).toBeLessThanOrEqual(500);
    expect(p.stuffed.headline).toBe(true);
    expect(p.fields.find((f) => f.kind === 'headline')?.strength).toBeLessThan(0.3);
    expect(p.fields.filter((f) => f.kind === 'role description').length).toBeLessThanOrEqual(30);
    expect(Math.max(...p.fields.map((f) => f.text.length))).toBeLessThanOrEqual(6_000);
  });

  it('an empty list of snapshots is an empty person', () => {
    const p = personOf([], now);
    expect(p.fields).toEqual([]);
    expect(p.richness).toBe(0);
  });
});
