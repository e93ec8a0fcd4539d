import { useId, useLayoutEffect, useRef, useState } from 'react';
import { messageOf } from '@/utils/errors';
import { type ChannelId, channelIds, channelInfo } from '@/utils/outreach/channels';
import {
  type PlaceholderName,
  placeholderNames,
  placeholders,
  placeholderToken,
} from '@/utils/outreach/placeholders';
import {
  type Template,
  type TemplateKind,
  type Tone,
  templateKindLabels,
  templateKinds,
  tones,
} from '@/utils/outreach/templates';
import { templateSaveProblems } from '@/utils/settings/templates';

type Field = 'subject' | 'body';

/** create or edit one of the user's templates: placeholders inserted at the cursor, problems shown live */
export function TemplateForm({
  initial,
  onSave,
  onCancel,
  children,
}: {
  initial: Template;
  /** rejects with a message when the template could not be saved */
  onSave(template: Template): Promise<void>;
  onCancel(): void;
  /** the preview, given the template as it stands */
  children?: (draft: Template) => React.ReactNode;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Template>(initial);
  const [placeholder, setPlaceholder] = useState<PlaceholderName>('firstName');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<Field>('body');
  const caret = useRef<{ field: Field; at: number } | null>(null);
  const problems = templateSaveProblems(draft);
  const hasSubject = draft.channel === 'any' || channelInfo[draft.channel].hasSubject;

  // after an insert, the cursor goes after the placeholder, in the field it went into
  useLayoutEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = pending.field === 'subject' ? subjectRef.current : bodyRef.current;
    element?.focus();
    element?.setSelectionRange(pending.at, pending.at);
  });

  const set = <K extends keyof Template>(key: K, value: Template[K]) =>
    setDraft((old) => ({ ...old, [key]: value }));

  const insert = () => {
    const field: Field = hasSubject && lastField.current === 'subject' ? 'subject' : 'body';
    const element = field === 'subject' ? subjectRef.current : bodyRef.current;
    const text = (field === 'subject' ? draft.subject : draft.body) ?? '';
    const token = placeholderToken(placeholder);
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    caret.current = { field, at: start + token.length };
    set(field, `${text.slice(0, start)}${token}${text.slice(end)}`);
  };

  const save = async () => {
    setError(null);
    if (problems.length > 0) {
      setError(
        `Not saved: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix first (listed below).`,
      );
      return;
    }
    setSaving(true);
    try {
      await onSave({ ...draft, subject: hasSubject ? draft.subject || undefined : undefined });
    } catch (cause) {
      setError(messageOf(cause));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      aria-label={initial.name ? `Edit template ${initial.name}` : 'New template'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      className="template-form"
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={draft.name}
          maxLength={120}
          onChange={(e) => set('name', e.target.value)}
        />
      </div>
      <div className="row">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value as TemplateKind)}
        >
          {templateKinds.map((kind) => (
            <option key={kind} value={kind}>
              {templateKindLabels[kind]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-channel`}>For channel</label>
        <select
          id={`${id}-channel`}
          value={draft.channel}
          onChange={(e) => set('channel', e.target.value as ChannelId | 'any')}
        >
          <option value="any">Any channel</option>
          {channelIds.map((channel) => (
            <option key={channel} value={channel}>
              {channelInfo[channel].label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-tone`}>Tone</label>
        <select
          id={`${id}-tone`}
          value={draft.tone}
          onChange={(e) => set('tone', e.target.value as Tone)}
        >
          {tones.map((tone) => (
            <option key={tone} value={tone}>
              {tone}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="legend">Insert placeholder</legend>
        <div className="row">
          <label htmlFor={`${id}-placeholder`} className="sr-only">
            Placeholder
          </label>
          <select
            id={`${id}-placeholder`}
            value={placeholder}
            onChange={(e) => setPlaceholder(e.target.value as PlaceholderName)}
          >
            {placeholderNames.map((name) => (
              <option key={name} value={name}>
                {placeholders[name].label} — {placeholderToken(name)}
              </option>
            ))}
          </select>
          <button type="button" onClick={insert}>
            Insert placeholder
          </button>
        </div>
        <p className="hint">
          {placeholders[placeholder].hint}; e.g. “{placeholders[placeholder].example}”. It goes in
          at the cursor of the last field you were in.
        </p>
      </fieldset>
      {hasSubject && (
        <div className="field">
          <label htmlFor={`${id}-subject`}>Subject</label>
          <input
            id={`${id}-subject`}
            ref={subjectRef}
            value={draft.subject ?? ''}
            maxLength={1_000}
            onFocus={() => {
              lastField.current = 'subject';
            }}
            onChange={(e) => set('subject', e.target.value)}
          />
          <span className="hint">Used on channels with a subject (email, InMail).</span>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-body`}>Body</label>
        <textarea
          id={`${id}-body`}
          ref={bodyRef}
          rows={10}
          value={draft.body}
          maxLength={20_000}
          onFocus={() => {
            lastField.current = 'body';
          }}
          onChange={(e) => set('body', e.target.value)}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          aria-invalid={problems.length > 0}
        />
      </div>
      {problems.length > 0 && (
        <section id={`${id}-problems`} aria-label="Problems" className="error">
          <p>Fix before saving:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      {children?.(draft)}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          Save template
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
