import type { Template } from '../templates';

// once they have said yes: thanks, updates, meetings, fees and an honest ending

export const relationshipTemplates: Template[] = [
  {
    id: 'builtin-thank-you-warm',
    name: 'Thank-you after a meeting',
    kind: 'thank-you',
    channel: 'any',
    tone: 'warm',
    subject: 'Thank you for today',
    body: `Hi {{firstName}},

Thank you for your time on {{lastMeetingDate}}. Your advice {{theirAdvice}} was exactly what I needed, and my next step is to {{nextStep}}.

I'll let you know how it goes.

{{myName}}`,
    builtIn: true,
  },
  {
    id: 'builtin-progress-update-warm',
    name: "Progress update: here's what I did with your advice",
    kind: 'progress-update',
    channel: 'any',
    tone: 'warm',
    subject: 'What I did with your advice',
    body: `Hi {{firstName}},

A short update, since you were kind enough to help: when we spoke about {{lastMeetingTopic}} on {{lastMeetingDate}}, you advised me {{theirAdvice}}. Since then, {{whatIDid}}, and {{outcome}}.

No reply needed; I wanted you to know your advice made a difference. Thank you.

{{myName}}`,
    builtIn: true,
  },
  {
    id: 'builtin-meeting-request-warm',
    name: 'Meeting request with agenda',
    kind: 'meeting-request',
    channel: 'any',
    tone: 'warm',
    subject: 'Our next conversation',
    body: `Hi {{firstName}},

Would you have 30 minutes in the next two weeks for our next conversation? I'm flexible on timing, so any slot that suits you works for me.

What I'd like to cover:
- Progress since we last spoke on {{lastSpokeDate}}: {{progress}}
- {{meetingTopic}}
- A challenge I'm stuck on: {{challenge}}

If the next couple of weeks are busy, no worries; later is fine too.

{{myName}}`,
    builtIn: true,
  },
  {
    id: 'builtin-meeting-agenda-concise',
    name: 'Meeting agenda',
    kind: 'meeting-agenda',
    channel: 'any',
    tone: 'concise',
    subject: 'Agenda for {{meetingDate}}',
    body: `Hi {{firstName}}, here's a short agenda for {{meetingDate}}, so we can make the most of your time.

Topics
- {{meetingTopic}}

Progress since last time
- {{progress}}

Questions
- {{questions}}

Challenges
- {{challenge}}

Happy to change any of it if there's something you'd rather cover.

{{myName}}`,
    builtIn: true,
  },
  {
    id: 'builtin-ask-fees-warm',
    name: 'Asking about fees',
    kind: 'ask-fees',
    channel: 'any',
    tone: 'warm',
    subject: 'A question before we start',
    body: `Hi {{firstName}},

Thank you for being open to talking. Before we set anything up, could I ask whether you offer mentoring as a paid service, and if so, what your rates and format are?

I'd like to be clear up front so there are no surprises on either side, and I understand completely if paid sessions are how you work.

{{myName}}`,
    builtIn: true,
  },
  {
    id: 'builtin-graceful-close-warm',
    name: 'Graceful close',
    kind: 'graceful-close',
    channel: 'any',
    tone: 'warm',
    subject: 'Thank you, and a change of plan',
    body: `Hi {{firstName}},

Thank you for the time and thought you've given me. Our conversations have helped, especially your advice {{theirAdvice}}.

My focus is shifting, and I don't want to take up your time on topics outside your area, so I'd like to pause our regular meetings here. If you'd like, I'll keep you posted on how things go.

Thank you again,
{{myName}}`,
    builtIn: true,
  },
];
