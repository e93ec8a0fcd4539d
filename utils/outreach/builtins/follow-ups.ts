import type { Template } from '../templates';

// at most two follow-ups, 7–10 days apart (restraint.ts); the second says it is the last

export const followUpTemplates: Template[] = [
  {
    id: 'builtin-follow-up-warm',
    name: 'Follow-up, once, after 7–10 days',
    kind: 'follow-up',
    channel: 'any',
    tone: 'warm',
    body: `Hi {{firstName}},

I wanted to gently resurface {{lastMessage}}, in case it got buried. Would you be open to {{theAsk}}?

If now isn't a good time, no worries at all.

{{myName}}`,
    builtIn: true,
  },
  {
    id: 'builtin-second-follow-up-warm',
    name: 'Second and last follow-up',
    kind: 'second-follow-up',
    channel: 'any',
    tone: 'warm',
    body: `Hi {{firstName}},

One last note from me, and then I'll leave you in peace. Would you be open to {{theAsk}}?

If the timing isn't right, no worries at all, and thank you again for {{theirWork}}.

{{myName}}`,
    builtIn: true,
  },
];
