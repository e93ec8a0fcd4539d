import { messageOf } from '@/utils/errors';
import { defaultMenteeProfile, type MenteeProfile } from '@/utils/fit/mentee';
import { send } from '@/utils/messaging/send';
import { type ChannelLimits, defaultChannelLimits } from '@/utils/outreach/channels';
import type { Template } from '@/utils/outreach/templates';
import { loadChannelLimits } from '@/utils/settings/channels';
import { loadDraft, type SavedDraft } from '@/utils/settings/drafts';
import { loadMenteeProfile } from '@/utils/settings/mentee-profile';
import { allTemplates, loadUserTemplates } from '@/utils/settings/templates';
import type { PersonEvent } from '@/utils/shortlist/schema/event';
import type { Meeting } from '@/utils/shortlist/schema/person';

/** what the editor needs before it can show a draft; anything unreadable is said, then worked around */
export type EditorSetup = {
  limits: ChannelLimits;
  /** built-ins, then the user's */
  templates: Template[];
  saved: SavedDraft | null;
  mentee: MenteeProfile;
  usesDefaultProfile: boolean;
  /** their meetings, for {{meetingDate}} and the like; [] when none or unreadable */
  meetings: Meeting[];
  /** their timeline, for {{lastMessage}} and the like; [] when none or unreadable */
  events: PersonEvent[];
  /** plain sentences about settings that could not be read and what the editor does instead */
  notices: string[];
};

export async function loadSetup(
  personId: string,
  given?: { mentee: MenteeProfile; usesDefaultProfile: boolean },
): Promise<EditorSetup> {
  const [limits, user, draft, mentee, detail] = await Promise.allSettled([
    loadChannelLimits(),
    loadUserTemplates(),
    loadDraft(personId),
    given
      ? Promise.resolve({ profile: given.mentee, usesDefaultProfile: given.usesDefaultProfile })
      : loadMenteeProfile(),
    send({ type: 'getPerson', id: personId }),
  ]);
  const notices: string[] = [];
  if (limits.status === 'rejected') {
    notices.push(`${messageOf(limits.reason)} The default limits apply meanwhile.`);
  }
  if (user.status === 'rejected') {
    notices.push(`${messageOf(user.reason)} Only the built-in templates are offered meanwhile.`);
  } else if (user.value.notice) {
    notices.push(user.value.notice);
  }
  if (draft.status === 'rejected') {
    notices.push(
      `Your saved draft could not be read (${messageOf(draft.reason)}); a fresh one was started.`,
    );
  } else if (draft.value.status === 'damaged') {
    notices.push(`${draft.value.error} A fresh draft was started; it replaces the damaged one.`);
  }
  if (detail.status === 'rejected') {
    notices.push(
      `Their meetings and timeline could not be read (${messageOf(detail.reason)}); meeting dates, topics and when you last wrote are left for you to fill.`,
    );
  }
  if (mentee.status === 'rejected') {
    notices.push(
      `${messageOf(mentee.reason)} Your name and goal are left for you to fill meanwhile.`,
    );
  }
  return {
    limits: limits.status === 'fulfilled' ? limits.value : defaultChannelLimits,
    templates: allTemplates(user.status === 'fulfilled' ? user.value.templates : []),
    saved: draft.status === 'fulfilled' && draft.value.status === 'ok' ? draft.value.draft : null,
    mentee: mentee.status === 'fulfilled' ? mentee.value.profile : defaultMenteeProfile,
    usesDefaultProfile: mentee.status === 'fulfilled' ? mentee.value.usesDefaultProfile : true,
    meetings: detail.status === 'fulfilled' ? detail.value.meetings : [],
    events: detail.status === 'fulfilled' ? detail.value.events : [],
    notices,
  };
}
