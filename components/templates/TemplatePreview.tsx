import { useId, useMemo, useState } from 'react';
import { profilesOf } from '@/components/draft/compose';
import type { MenteeProfile } from '@/utils/fit/mentee';
import {
  type ChannelId,
  type ChannelLimits,
  channelIds,
  channelInfo,
  limitFor,
} from '@/utils/outreach/channels';
import { placeholderValues } from '@/utils/outreach/context';
import { measure } from '@/utils/outreach/count';
import { renderTemplate, type Segment } from '@/utils/outreach/placeholders';
import type { Template } from '@/utils/outreach/templates';
import type { Person } from '@/utils/shortlist/schema/person';
import { sampleFit, sampleProfiles } from './sample';

function Rendered({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'unfilled' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
          <mark key={index}>
            <span className="sr-only">unfilled: </span>
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** the template filled for the sample person or a shortlisted one, with the count for its channel */
export function TemplatePreview({
  template,
  people,
  peopleError,
  mentee,
  usesDefaultProfile,
  limits,
}: {
  template: Pick<Template, 'channel' | 'subject' | 'body'>;
  people: readonly Person[];
  peopleError: string | null;
  mentee: MenteeProfile;
  usesDefaultProfile: boolean;
  limits: ChannelLimits;
}) {
  const id = useId();
  const [who, setWho] = useState('sample');
  const [anyChannel, setAnyChannel] = useState<ChannelId>('linkedin-message');
  const channel = template.channel === 'any' ? anyChannel : template.channel;
  const person = people.find((candidate) => candidate.id === who) ?? null;
  const values = useMemo(() => {
    const profiles = person ? profilesOf(person) : sampleProfiles;
    const fit = person ? person.fit : sampleFit;
    return placeholderValues(profiles, fit ? { ...fit, usesDefaultProfile } : null, mentee);
  }, [person, mentee, usesDefaultProfile]);
  const body = renderTemplate(template.body, values);
  const subject = channelInfo[channel].hasSubject
    ? renderTemplate(template.subject ?? '', values)
    : null;
  const limit = limitFor(channel, limits);
  const count = measure(body.text, limit.body);
  const unfilled = [...new Set([...(subject?.unfilled ?? []), ...body.unfilled])];
  return (
    <section aria-label="Preview" className="template-preview">
      <div className="row">
        <label htmlFor={`${id}-who`}>Preview for</label>
        <select id={`${id}-who`} value={who} onChange={(event) => setWho(event.target.value)}>
          <option value="sample">Sample person: Noor Lindahl (invented)</option>
          {people.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name?.trim() || candidate.id}
            </option>
          ))}
        </select>
        {template.channel === 'any' && (
          <>
            <label htmlFor={`${id}-channel`}>Preview on</label>
            <select
              id={`${id}-channel`}
              value={anyChannel}
              onChange={(event) => setAnyChannel(event.target.value as ChannelId)}
            >
              {channelIds.map((option) => (
                <option key={option} value={option}>
                  {channelInfo[option].label}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {peopleError && <p className="hint">Shortlisted people couldn’t be loaded: {peopleError}</p>}
      {subject && (
        <figure className="draft-preview" aria-label="Subject preview">
          <Rendered segments={subject.segments} />
        </figure>
      )}
      <figure className="draft-preview" aria-label="Message preview">
        <Rendered segments={body.segments} />
      </figure>
      <p className={count.over ? 'draft-count over' : 'draft-count'}>
        <span className="count-label">{count.label}</span>
        <span className="muted"> characters on {channelInfo[channel].label}</span>
        {count.over && ` · ${-(count.remaining ?? 0)} over the limit`}
      </p>
      {unfilled.length > 0 && (
        <p className="hint">
          Left to fill for {person ? person.name?.trim() || person.id : 'the sample person'}:{' '}
          {unfilled.join(', ')} (highlighted). In a draft you fill them before copying.
        </p>
      )}
    </section>
  );
}
