import { describe, expect, it } from 'vitest';
import { path } from '@/utils/fit/signals/path';
import { contextFor, mentee, mlMentee, person, role } from '../build';

const run = (fields: Parameters<typeof person>[0], who = mlMentee) =>
  path(contextFor(person(fields), who));

describe('path signal', () => {
  it('raises for years in the target role, current role cited', () => {
    const [held] = run({
      experience: [role('Senior ML Engineer', '2018-03', null, { company: 'Quillworks' })],
    });
    expect(held?.text).toBe('8 yrs as Senior ML Engineer (now at Quillworks) — your target role');
    expect(held?.points).toBeGreaterThan(10);
    expect(held?.cite).toBe('their work as Senior ML Engineer at Quillworks');
  });

  it('gives less for a close role', () => {
    const who = mentee({ targetRoles: ['AI product designer'] });
    const [close] = run({ experience: [role('Product Designer', '2019-01')] }, who);
    expect(close?.points).toBe(6);
    expect(close?.text).toMatch(/close to your target role \(AI product designer\)/);
  });

  it('recognises the move a career changer wants to make', () => {
    const result = run({
      experience: [
        role('Machine Learning Engineer', '2021-01', null),
        role('Physics teacher', '2012-01', '2020-12'),
      ],
    });
    expect(result.map((c) => c.text)).toContain(
      'Moved from Physics teacher to Machine Learning Engineer — the move you want to make',
    );
  });

  it('no move for someone always in the field, or for a user who is not changing careers', () => {
    const always = [role('ML Engineer', '2020-01'), role('Data Scientist', '2015-01', '2019-12')];
    expect(run({ experience: always }).some((c) => /Moved from/.test(c.text))).toBe(false);
    const student = mentee({ targetRoles: ['ML engineer'], careerStage: 'student' });
    const changed = [role('ML Engineer', '2020-01'), role('Accountant', '2010-01', '2019-12')];
    expect(run({ experience: changed }, student).some((c) => /Moved from/.test(c.text))).toBe(
      false,
    );
  });

  it('a headline claim counts a little when no roles are shown', () => {
    const [claim] = run({ headline: 'ML engineer' });
    expect(claim?.points).toBe(5);
    expect(claim?.text).toMatch(/no dated roles to confirm/);
  });

  it('leaves the score alone for other roles or without target roles', () => {
    expect(run({ experience: [role('Accountant', '2010-01')] })).toEqual([]);
    expect(run({ experience: [role('ML Engineer', '2010-01')] }, mentee())).toEqual([]);
  });

  it('a generic "Research Engineer" is not an AI role without AI context', () => {
    const who = mentee({ targetRoles: ['AI researcher'] });
    expect(
      run(
        {
          experience: [
            role('Research Engineer', '2015-01', null, { description: 'Teaching web development' }),
          ],
        },
        who,
      ),
    ).toEqual([]);
    expect(
      run(
        {
          experience: [
            role('Research Engineer', '2015-01', null, { description: 'LLM evaluation' }),
          ],
        },
        who,
      )[0]?.text,
    ).toMatch(/your target role/);
  });
});
