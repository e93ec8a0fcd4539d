import type { Experience } from '../../profile/snapshot';
import type { Contribution, FitContext } from '../contribution';
import { roleMonths } from '../dates';
import { clip, formatYears } from '../format';
import type { Field } from '../person';
import { aiFieldTerms, conceptById, matchesTerms } from '../terms';
import type { Wanted } from '../wanted';
import { itemScore } from './expertise';

const cap = 14;

const titleField = (title: string, role?: Experience): Field => ({
  kind: 'past role',
  text: title,
  entries: [title.toLowerCase()],
  around: role ? `${role.company ?? ''} \n ${role.description ?? ''}` : undefined,
  strength: 1,
});
const roleField = (role: Experience): Field => titleField(role.title ?? '', role);

type Held = { item: Wanted; role: Experience; score: number; months: number; current: boolean };

function heldRoles(ctx: FitContext, item: Wanted): Held[] {
  return ctx.person.experience
    .filter((role) => role.title)
    .map((role) => ({
      item,
      role,
      score: itemScore(item, roleField(role)),
      months: roleMonths(role, ctx.nowMonth) ?? 0,
      current: ctx.person.currentRoles.includes(role),
    }))
    .filter((held) => held.score >= 0.5);
}

function heldReason(held: Held[]): Contribution | null {
  const full = held.filter((h) => h.score >= 0.99);
  const chosen = full.length > 0 ? full : held;
  const first = chosen.find((h) => h.current) ?? chosen[0];
  if (!first) return null;
  const title = clip(first.role.title ?? '', 80);
  const target = clip(first.item.label, 80);
  if (full.length === 0) {
    return {
      signal: 'path',
      points: 6,
      text: `Has worked as ${title}, close to your target role (${target})`,
    };
  }
  const years = full.reduce((sum, h) => sum + h.months, 0) / 12;
  const now =
    first.current && first.role.company ? ` (now at ${clip(first.role.company, 60)})` : '';
  return {
    signal: 'path',
    points: Math.min(cap, 8 + Math.min(years, 8) * 0.75),
    text:
      years >= 1
        ? `${formatYears(years)} as ${title}${now} — your target role`
        : `Works as ${title}${now} — your target role`,
    cite: first.current
      ? `their work as ${first.role.title}${first.role.company ? ` at ${first.role.company}` : ''}`
      : undefined,
  };
}

// the move a career changer wants: an earlier role outside the field, a later one in it
function moveReason(ctx: FitContext): Contribution | null {
  if (ctx.mentee.careerStage !== 'career changer') return null;
  const roles = ctx.person.experience.filter((role) => role.title);
  const targetIsAi = ctx.wanted.roles.some((item) =>
    item.concepts.some((id) => conceptById.get(id)?.ai),
  );
  const inField = (role: Experience) => {
    const field = roleField(role);
    return matchesTerms(aiFieldTerms(), field.text, field.entries, field.around);
  };
  const inTarget = (role: Experience) =>
    ctx.wanted.roles.some((item) => itemScore(item, roleField(role)) >= 0.5) ||
    (targetIsAi && inField(role));
  const newer = roles.findIndex(inTarget);
  if (newer < 0) return null;
  const older = roles.slice(newer + 1).find((role) => !inTarget(role) && !inField(role));
  if (!older) return null;
  const from = clip(older.title as string, 70);
  const to = clip(roles[newer]?.title as string, 70);
  return {
    signal: 'path',
    points: 6,
    text: `Moved from ${from} to ${to} — the move you want to make`,
    cite: `your shared move from ${from} into ${to}`,
  };
}

/** has held the role the user targets, or made the move the user wants to make */
export function path(ctx: FitContext): Contribution[] {
  if (ctx.wanted.roles.length === 0) return [];
  const held = ctx.wanted.roles.flatMap((item) => heldRoles(ctx, item));
  const out: Contribution[] = [];
  const heldNow = heldReason(held);
  if (heldNow) out.push(heldNow);
  else if (ctx.person.experience.length === 0) {
    const item = ctx.wanted.roles.find((role) =>
      ctx.person.headlines.some((text) => itemScore(role, titleField(text)) >= 0.99),
    );
    if (item) {
      out.push({
        signal: 'path',
        points: 5,
        text: `Describes themself as ${clip(item.label, 80)}, your target role (no dated roles to confirm)`,
      });
    }
  }
  const move = moveReason(ctx);
  if (move) out.push(move);
  let left = cap;
  return out.map((c) => {
    const points = Math.round(Math.min(c.points, left) * 10) / 10;
    left -= points;
    return { ...c, points };
  });
}
