import { useState } from 'react';
import {
  type ChannelAvailability,
  type ChannelContact,
  type ChannelId,
  type ChannelLimits,
  channelInfo,
} from '@/utils/outreach/channels';
import { siteName } from '@/utils/outreach/contact';

// a link only for http(s): page-derived URLs never become javascript: or data: links
const safeHref = (url: string): string | null => (/^https?:\/\//i.test(url) ? url : null);

function Contact({ contact }: { contact: ChannelContact }) {
  const [copied, setCopied] = useState<string | null>(null);
  if (contact.kind === 'address') {
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(contact.email);
        setCopied('Address copied.');
      } catch {
        setCopied('Couldn’t copy: select the address and copy it yourself.');
      }
    };
    return (
      <p className="row">
        <span>
          Their published address: <strong>{contact.email}</strong>
        </span>
        <button type="button" onClick={() => void copy()}>
          Copy address
        </button>
        <span role="status">{copied}</span>
      </p>
    );
  }
  const href = safeHref(contact.url);
  const text =
    contact.kind === 'website'
      ? siteName(contact.url)
      : contact.url.replace(/^https?:\/\/(www\.)?/, '');
  return (
    <p className="hint">
      {contact.kind === 'website' ? 'Their contact details are on ' : 'You send it yourself, from '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
      .
    </p>
  );
}

/** the native "Channel" select: only channels open to this person; the others listed with the reason */
export function ChannelPicker({
  id,
  availability,
  channel,
  limits,
  onChange,
}: {
  id: string;
  availability: ChannelAvailability;
  channel: ChannelId;
  limits: ChannelLimits;
  onChange(channel: ChannelId): void;
}) {
  const current = availability.available.find((option) => option.channel === channel);
  return (
    <div className="field">
      <label htmlFor={id}>Channel</label>
      <select
        id={id}
        value={channel}
        onChange={(event) => onChange(event.target.value as ChannelId)}
        aria-describedby={`${id}-why`}
      >
        {availability.available.map((option) => (
          <option key={option.channel} value={option.channel}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`${id}-why`} className="hint">
        {current?.reason}
        {channel === 'linkedin-connection-note' && limits.linkedinAccount === 'free' && (
          <>
            {' '}
            Free accounts get about {limits.freeNotesPerMonth} personalised notes a month (set in
            options).
          </>
        )}
      </p>
      {current && <Contact contact={current.contact} />}
      {availability.unavailable.length > 0 && (
        <ul className="draft-unavailable" aria-label="Channels not offered">
          {availability.unavailable.map((option) => (
            <li key={option.channel}>
              Not offered: {channelInfo[option.channel].label} — {option.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
