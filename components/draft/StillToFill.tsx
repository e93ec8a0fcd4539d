import { useState } from 'react';
import type { Draft } from '@/utils/outreach/draft';
import {
  isPlaceholderName,
  type PlaceholderName,
  placeholders,
  type Segment,
} from '@/utils/outreach/placeholders';

function Preview({ label, segments }: { label: string; segments: readonly Segment[] }) {
  return (
    // it scrolls when long: focusable, so a keyboard can scroll it too
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
    <figure className="draft-preview" aria-label={label} tabIndex={0}>
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
    </figure>
  );
}

function FillOne({ name, onFill }: { name: PlaceholderName; onFill(value: string): void }) {
  const [value, setValue] = useState('');
  const info = placeholders[name];
  const fill = () => {
    if (value.trim()) onFill(value);
  };
  // no nested form: the editor itself is the form, so Enter is handled here
  return (
    <div className="row">
      <label className="choice fill-field">
        <span className="sr-only">{info.label}</span>
        <input
          type="text"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              fill();
            }
          }}
          placeholder={`${info.label}: e.g. ${info.example}`}
          maxLength={2_000}
        />
      </label>
      <button type="button" disabled={!value.trim()} onClick={fill}>
        Fill {`{{${name}}}`}
      </button>
    </div>
  );
}

/** the unfilled placeholders: highlighted where they stand, each with a field to fill it */
export function StillToFill({
  draft,
  onFill,
}: {
  draft: Draft;
  onFill(name: PlaceholderName, value: string): void;
}) {
  const unfilled = [...new Set([...(draft.subject?.unfilled ?? []), ...draft.body.unfilled])];
  if (unfilled.length === 0) return null;
  const subjectHas = (draft.subject?.unfilled.length ?? 0) > 0;
  return (
    <section aria-label="Still to fill" className="draft-notice">
      <p>
        <strong>Still to fill:</strong> {unfilled.join(', ')}. Copy waits until each is filled or
        deleted.
      </p>
      {subjectHas && draft.subject && (
        <Preview label="Subject with gaps highlighted" segments={draft.subject.segments} />
      )}
      <Preview label="Message with gaps highlighted" segments={draft.body.segments} />
      {unfilled.map((name) =>
        isPlaceholderName(name) ? (
          <div key={name}>
            <p className="hint">
              {`{{${name}}}`}: {placeholders[name].label} ({placeholders[name].hint})
            </p>
            <FillOne name={name} onFill={(value) => onFill(name, value)} />
          </div>
        ) : (
          <p key={name} className="error">
            {`{{${name}}}`} is not a placeholder MentorLens knows: change or delete it in the
            message.
          </p>
        ),
      )}
    </section>
  );
}
