import type { Template } from '../templates';

// every first approach: cites their work, one small ask with a time box, an easy out, no job ask.
// connection notes must fit 200 characters with typical values (free accounts), so only longer
// messages carry the "why you" clause.

const note = (tone: Template['tone'], body: string, suffix = ''): Template => ({
  id: `builtin-first-approach-note-${tone}${suffix}`,
  name: `First approach: connection note (${tone}${suffix ? ', shared ground' : ''})`,
  kind: 'first-approach',
  channel: 'linkedin-connection-note',
  tone,
  body,
  builtIn: true,
});

const longer = (
  channel: 'linkedin-message' | 'linkedin-inmail' | 'email',
  tone: Template['tone'],
  subject: string | undefined,
  body: string,
): Template => ({
  id: `builtin-first-approach-${channel}-${tone}`,
  name: `First approach: ${channel === 'email' ? 'email' : channel === 'linkedin-inmail' ? 'InMail' : 'LinkedIn message'} (${tone})`,
  kind: 'first-approach',
  channel,
  tone,
  ...(subject ? { subject } : {}),
  body,
  builtIn: true,
});

const messageWarm = `Hi {{firstName}},

I've been following {{theirWork}}, and it has been genuinely useful to me. I'm {{myGoal}}, {{whyYou}}: I'd value the view of someone who has done this work for real.

Would you be open to {{theAsk}}? I'd come with two or three specific questions, so it's a good use of your time.

No worries at all if you're too busy, and thank you for reading.

{{myName}}`;

const messageConcise = `Hi {{firstName}}, I've been following {{theirWork}}. I'm {{myGoal}}, {{whyYou}}. Would you be open to {{theAsk}}? I'll bring specific questions. No worries if not.

{{myName}}`;

const messageFormal = `Dear {{firstName}},

I have been following {{theirWork}} with interest. I am {{myGoal}}, {{whyYou}}.

Would you be open to {{theAsk}}? I would prepare a short list of questions in advance.

I understand entirely if you are too busy.

Kind regards,
{{myName}}`;

export const firstApproachTemplates: Template[] = [
  note(
    'warm',
    "Hi {{firstName}}, I've been following {{theirWork}}. I'm {{myGoal}}; would you be open to a 15-minute chat sometime? No worries if you're busy. {{myName}}",
  ),
  note(
    'concise',
    "Hi {{firstName}}, I follow {{theirWork}}. I'm {{myGoal}}. Open to a 15-min call sometime? No worries if not. {{myName}}",
  ),
  note(
    'formal',
    'Dear {{firstName}}, I have followed {{theirWork}} with interest. I am {{myGoal}}. Might I ask for 15 minutes of your time? I understand if you are busy. {{myName}}',
  ),
  note(
    'warm',
    "Hi {{firstName}}, I noticed {{sharedGround}}. I'm {{myGoal}}; would you be open to a 15-minute chat sometime? No worries if you're busy. {{myName}}",
    '-shared',
  ),
  longer('linkedin-message', 'warm', undefined, messageWarm),
  longer('linkedin-message', 'concise', undefined, messageConcise),
  longer('linkedin-message', 'formal', undefined, messageFormal),
  longer('linkedin-inmail', 'warm', 'Learning from {{theirWork}}', messageWarm),
  longer('linkedin-inmail', 'concise', 'A small request', messageConcise),
  longer('linkedin-inmail', 'formal', 'Request for a brief conversation', messageFormal),
  longer(
    'email',
    'warm',
    'Learning from {{theirWork}}',
    `Hi {{firstName}},

I hope it's all right to write to you directly. I've been following {{theirWork}}, and it has been genuinely useful to me.

I'm {{myGoal}}, {{whyYou}}. Would you be open to {{theAsk}}? I'd bring two or three specific questions, so it's a good use of your time.

If you're too busy, no worries at all, and thank you for reading.

Best wishes,
{{myName}}`,
  ),
  longer(
    'email',
    'concise',
    'A small request',
    `Hi {{firstName}},

I've been following {{theirWork}}. I'm {{myGoal}}. Would you be open to {{theAsk}}? I'll bring specific questions. No worries if not.

Thanks,
{{myName}}`,
  ),
  longer(
    'email',
    'formal',
    'Request for a brief conversation',
    `Dear {{firstName}},

I hope you don't mind my writing to you directly. I have been following {{theirWork}} with interest.

I am {{myGoal}}. Would you be open to {{theAsk}}? I would prepare a short list of questions in advance.

I understand entirely if you are too busy.

Kind regards,
{{myName}}`,
  ),
];
