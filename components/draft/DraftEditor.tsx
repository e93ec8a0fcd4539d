import { useCallback, useId, useMemo, useReducer, useRef, useState } from 'react';
import { useAsync } from '@/components/useAsync';
import { messageOf } from '@/utils/errors';
import type { MenteeProfile } from '@/utils/fit/mentee';
import { send } from '@/utils/messaging/send';
import { availableChannels, channelInfo, connectedOnLinkedIn } from '@/utils/outreach/channels';
import { placeholdersIn } from '@/utils/outreach/placeholders';
import { draftingBlock, followUpsAllowed } from '@/utils/outreach/restraint';
import { clearDraft, saveDraft } from '@/utils/settings/drafts';
import type { Person } from '@/utils/shortlist/schema/person';
import { ChannelPicker } from './ChannelPicker';
import { CharacterCount } from './CharacterCount';
import { CitationPicker } from './CitationPicker';
import { CopyPanel, CopySubject } from './CopyPanel';
import {
  analyse,
  citationSlots,
  draftContext,
  kindsFor,
  offeredTemplates,
  outreachHistory,
  sentText,
  valuesFor,
} from './compose';
import {
  type EditAction,
  type EditEnv,
  type Editing,
  edit,
  initialEditing,
  templateById,
  toSaved,
} from './editing';
import { recordLabel, recordSent } from './record';
import { StillToFill } from './StillToFill';
import { type EditorSetup, loadSetup } from './setup';
import { TactList } from './TactList';
import { TemplatePicker } from './TemplatePicker';
import { useAutosave } from './useAutosave';
import './draft.css';

/**
 * The draft editor for one shortlisted person. Props:
 * - person: the shortlisted person (from the background: listPeople, getPerson, analyze).
 * - mentee, usesDefaultProfile: optional; when absent they are loaded from settings.
 * - onRecorded: optional; called with the updated person once a sent message is recorded.
 * It loads channel limits, the user's templates and the autosaved draft itself.
 */
export interface DraftEditorProps {
  person: Person;
  mentee?: MenteeProfile;
  usesDefaultProfile?: boolean;
  onRecorded?: (person: Person) => void;
}

const nameOf = (person: Person) => person.name?.trim() || person.id;

export function DraftEditor(props: DraftEditorProps) {
  // another person is another draft: nothing carries over
  return <Loader key={props.person.id} {...props} />;
}

function Loader({ person, mentee, usesDefaultProfile, onRecorded }: DraftEditorProps) {
  const given = mentee ? { mentee, usesDefaultProfile: usesDefaultProfile ?? false } : undefined;
  const setup = useAsync(() => loadSetup(person.id, given));
  const block = draftingBlock(person, new Date());
  const label = `Draft message to ${nameOf(person)}`;
  if (block) {
    return (
      <section aria-label={label} className="draft-editor">
        <p className="draft-notice" role="note">
          <strong>No drafting for {nameOf(person)}.</strong> {block.reason}
        </p>
      </section>
    );
  }
  if (setup.state.status === 'loading') return <p className="muted">Preparing a draft…</p>;
  if (setup.state.status === 'error') {
    return (
      <p className="error" role="alert">
        The draft could not be prepared: {setup.state.error}
      </p>
    );
  }
  return (
    <Composer person={person} setup={setup.state.value} label={label} onRecorded={onRecorded} />
  );
}

function Composer({
  person,
  setup,
  label,
  onRecorded,
}: {
  person: Person;
  setup: EditorSetup;
  label: string;
  onRecorded?: (person: Person) => void;
}) {
  const id = useId();
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const [recorded, setRecorded] = useState<Person | null>(null);
  // the newer of what the page passed and what recording returned: the page may not refresh it
  const current =
    recorded && Date.parse(recorded.updatedAt) > Date.parse(person.updatedAt) ? recorded : person;
  const ctx = useMemo(
    () =>
      draftContext({
        person,
        mentee: setup.mentee,
        usesDefaultProfile: setup.usesDefaultProfile,
        limits: setup.limits,
        templates: setup.templates,
        meetings: setup.meetings,
        events: setup.events,
      }),
    [person, setup],
  );
  const advice = useMemo(() => followUpsAllowed(outreachHistory(current), new Date()), [current]);
  const env: EditEnv = useMemo(
    () => ({ ctx, kinds: (all: boolean) => kindsFor(current.status, advice, all) }),
    [ctx, current.status, advice],
  );
  const connected = connectedOnLinkedIn(current);
  const availability = useMemo(
    () =>
      availableChannels(ctx.profiles, {
        degree: connected ? 1 : person.profiles.linkedin?.signals.degree,
      }),
    [ctx.profiles, person.profiles.linkedin, connected],
  );
  const [connectError, setConnectError] = useState<string | null>(null);
  const reducer = useCallback(
    (state: Editing, action: EditAction) => edit(env, state, action),
    [env],
  );
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    initialEditing(
      env,
      availability.available.map((option) => option.channel),
      setup.saved,
    ),
  );
  const toSave = useMemo(() => toSaved(person.id, state), [person.id, state]);
  const autosave = useAutosave(toSave, saveDraft);

  if (availability.available.length === 0) {
    return (
      <section aria-label={label} className="draft-editor">
        <p className="draft-notice" role="note">
          <strong>No channel to reach them.</strong> {availability.reason}
        </p>
      </section>
    );
  }

  const template = templateById(env, state.templateId);
  const groups = offeredTemplates(ctx.templates, state.channel, env.kinds(state.allKinds));
  const values = valuesFor(ctx, state);
  const draft = template ? analyse(ctx, state, template, values.firstName ?? null) : null;
  const hasSubject = channelInfo[state.channel].hasSubject;
  const used = template ? placeholdersIn(`${template.subject ?? ''}\n${template.body}`) : [];
  const slots = citationSlots.filter((slot) => used.includes(slot));
  const followUpNote = current.status === 'contacted' ? advice.reason : null;
  const pageSaysConnected = person.profiles.linkedin?.signals.degree === 1;

  const setConnected = async (on: boolean) => {
    setConnectError(null);
    try {
      const updated = await send({
        type: 'updatePerson',
        id: person.id,
        patch: { linkedinConnected: on },
        // what the box showed: a change made elsewhere since is refused, not overwritten
        expected: { linkedinConnected: current.linkedinConnected === true },
      });
      setRecorded(updated);
      onRecorded?.(updated);
      // a LinkedIn message replaces the connection note once connected, and the other way round
      const next = availableChannels(ctx.profiles, {
        degree: on ? 1 : person.profiles.linkedin?.signals.degree,
      }).available.map((option) => option.channel);
      if (!next.includes(state.channel) && next[0]) dispatch({ type: 'channel', channel: next[0] });
    } catch (cause) {
      setConnectError(messageOf(cause));
    }
  };

  const record = async (copied: string) => {
    if (!template) throw new Error('no template is chosen');
    const result = await recordSent({
      person: current,
      channel: state.channel,
      kind: template.kind,
      text: sentText({ channel: state.channel, subject: state.subject, body: copied }),
    });
    // the message is sent: its draft is done with
    autosave.stop();
    await clearDraft(person.id);
    setRecorded(result.person);
    onRecorded?.(result.person);
    return result.summary;
  };

  return (
    <form aria-label={label} className="draft-editor" onSubmit={(event) => event.preventDefault()}>
      {setup.notices.map((notice) => (
        <p key={notice} className="draft-notice" role="note">
          {notice}
        </p>
      ))}
      {setup.usesDefaultProfile && (
        <p className="hint">
          Your goals aren’t set yet, so your goal line is left for you to fill. Set them in
          MentorLens options to have it filled for you.
        </p>
      )}
      {person.profiles.linkedin && !pageSaysConnected && (
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={connected}
              onChange={(event) => void setConnected(event.target.checked)}
            />{' '}
            We're connected on LinkedIn
          </label>
          {connectError && (
            <p className="error" role="alert">
              Not saved: {connectError}
            </p>
          )}
        </div>
      )}
      <ChannelPicker
        id={`${id}-channel`}
        availability={availability}
        channel={state.channel}
        limits={ctx.limits}
        onChange={(channel) => dispatch({ type: 'channel', channel })}
      />
      <TemplatePicker
        id={`${id}-template`}
        groups={groups}
        templateId={state.templateId}
        allKinds={state.allKinds}
        followUpNote={followUpNote}
        onChange={(templateId) => dispatch({ type: 'template', id: templateId })}
        onAllKinds={(on) => dispatch({ type: 'allKinds', on })}
      />
      {template && draft && (
        <>
          <CitationPicker
            id={`${id}-cite`}
            candidates={ctx.candidates}
            slots={slots}
            picks={state.citations}
            onPick={(slot, candidate) => dispatch({ type: 'cite', slot, id: candidate })}
          />
          {hasSubject && draft.subjectCount && (
            <div className="field">
              <label htmlFor={`${id}-subject`}>Subject</label>
              <input
                id={`${id}-subject`}
                type="text"
                value={state.subject}
                onChange={(event) => dispatch({ type: 'subject', text: event.target.value })}
                aria-describedby={`${id}-subject-count`}
                maxLength={1_000}
              />
              <CharacterCount
                id={`${id}-subject-count`}
                count={draft.subjectCount}
                what="subject"
              />
              <CopySubject
                subject={state.subject}
                disabled={draft.subject?.unfilled.length !== 0}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-message`}>Message</label>
            <textarea
              id={`${id}-message`}
              ref={messageRef}
              value={state.body}
              onChange={(event) => dispatch({ type: 'body', text: event.target.value })}
              aria-describedby={`${id}-message-count`}
              rows={8}
              maxLength={20_000}
              spellCheck
            />
            <CharacterCount id={`${id}-message-count`} count={draft.bodyCount} what="message" />
          </div>
          {(state.note || state.undo || state.edited) && (
            <div className="row" role="status">
              {state.note && <span>{state.note}</span>}
              {state.undo && (
                <button type="button" onClick={() => dispatch({ type: 'restore' })}>
                  Restore my text
                </button>
              )}
              {state.edited && (
                <button type="button" onClick={() => dispatch({ type: 'fresh' })}>
                  Start again from the template
                </button>
              )}
            </div>
          )}
          <StillToFill
            draft={draft}
            onFill={(name, value) => dispatch({ type: 'fill', name, value })}
          />
          <TactList results={draft.tact} />
          <CopyPanel
            text={state.body}
            blockers={draft.blockers}
            channelLabel={channelInfo[state.channel].label}
            recordLabel={recordLabel(current.status, template.kind, state.channel)}
            onRecord={record}
            onCopyFailed={() => messageRef.current?.select()}
          />
          {autosave.error && (
            <p className="error" role="alert">
              {autosave.error}
            </p>
          )}
        </>
      )}
    </form>
  );
}
