import { useState } from 'react';
import { useAsync } from '@/components/useAsync';
import { messageOf } from '@/utils/errors';
import { send } from '@/utils/messaging/send';
import { channelInfo, defaultChannelLimits } from '@/utils/outreach/channels';
import { builtInTemplates, type Template, templateKindLabels } from '@/utils/outreach/templates';
import { loadChannelLimits } from '@/utils/settings/channels';
import { loadMenteeProfile } from '@/utils/settings/mentee-profile';
import {
  deleteUserTemplates,
  duplicateTemplate,
  type LoadedTemplates,
  loadUserTemplates,
  newTemplateId,
  saveUserTemplates,
} from '@/utils/settings/templates';
import '@/components/draft/draft.css';
import './templates.css';
import { TemplateForm } from './TemplateForm';
import { TemplatePreview } from './TemplatePreview';

const channelText = (template: Template) =>
  template.channel === 'any' ? 'any channel' : channelInfo[template.channel].label;

const summary = (template: Template) =>
  `${templateKindLabels[template.kind]} · ${channelText(template)} · ${template.tone}`;

function blankTemplate(): Template {
  return {
    id: newTemplateId(),
    name: 'My template',
    kind: 'first-approach',
    channel: 'any',
    tone: 'warm',
    body: 'Hi {{firstName}},\n\n\n\n{{myName}}',
    builtIn: false,
  };
}

async function loadPreviewContext() {
  const [people, mentee, limits] = await Promise.allSettled([
    send({ type: 'listPeople' }),
    loadMenteeProfile(),
    loadChannelLimits(),
  ]);
  return {
    people: people.status === 'fulfilled' ? people.value.people : [],
    peopleError:
      people.status === 'rejected'
        ? people.reason instanceof Error
          ? people.reason.message
          : String(people.reason)
        : null,
    mentee: mentee.status === 'fulfilled' ? mentee.value : null,
    limits: limits.status === 'fulfilled' ? limits.value : defaultChannelLimits,
  };
}

function Preview({ template }: { template: Template }) {
  const context = useAsync(loadPreviewContext);
  if (context.state.status !== 'ready') {
    return (
      <p className="muted">
        {context.state.status === 'error' ? context.state.error : 'Loading the preview…'}
      </p>
    );
  }
  const { people, peopleError, mentee, limits } = context.state.value;
  if (!mentee)
    return <p className="hint">The preview needs your mentee profile, which could not be read.</p>;
  return (
    <TemplatePreview
      template={template}
      people={people}
      peopleError={peopleError}
      mentee={mentee.profile}
      usesDefaultProfile={mentee.usesDefaultProfile}
      limits={limits}
    />
  );
}

type Editing = { template: Template; isNew: boolean } | null;

function BuiltIns({ onDuplicate }: { onDuplicate(template: Template): void }) {
  return (
    <section aria-labelledby="builtin-templates">
      <h3 id="builtin-templates">Built-in templates</h3>
      <p className="hint">Read-only. Duplicate one to edit your own copy.</p>
      <ul className="template-list">
        {builtInTemplates.map((template) => (
          <li key={template.id}>
            <details>
              <summary>
                <strong>{template.name}</strong> <span className="muted">{summary(template)}</span>
              </summary>
              {template.subject && <p className="template-text">Subject: {template.subject}</p>}
              <p className="template-text">{template.body}</p>
            </details>
            <button
              type="button"
              onClick={() => onDuplicate(template)}
              aria-label={`Duplicate ${template.name}`}
            >
              Duplicate
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Mine({
  loaded,
  onEdit,
  onDuplicate,
  onDelete,
}: {
  loaded: LoadedTemplates;
  onEdit(template: Template): void;
  onDuplicate(template: Template): void;
  onDelete(template: Template): Promise<void>;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (loaded.templates.length === 0) {
    return <p className="muted">You have no templates of your own yet.</p>;
  }
  return (
    <ul className="template-list" aria-label="Your templates">
      {loaded.templates.map((template) => (
        <li key={template.id}>
          <span>
            <strong>{template.name}</strong> <span className="muted">{summary(template)}</span>
          </span>
          <span className="row">
            <button
              type="button"
              onClick={() => onEdit(template)}
              aria-label={`Edit ${template.name}`}
            >
              Edit
            </button>
            <button
              type="button"
              onClick={() => onDuplicate(template)}
              aria-label={`Duplicate ${template.name}`}
            >
              Duplicate
            </button>
            {confirming === template.id ? (
              <>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void onDelete(template).finally(() => setConfirming(null))}
                >
                  Confirm delete
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </>
            ) : (
              <button
                type="button"
                onClick={() => setConfirming(template.id)}
                aria-label={`Delete ${template.name}`}
              >
                Delete
              </button>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** the options page's "Templates" section: built-ins to duplicate, the user's own to create, edit, delete */
export function TemplateManager() {
  const loaded = useAsync(loadUserTemplates);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  if (loaded.state.status === 'loading') return <p className="muted">Loading your templates…</p>;
  if (loaded.state.status === 'error') {
    return (
      <div role="alert">
        <p className="error">{loaded.state.error}</p>
        <button
          type="button"
          className="danger"
          onClick={() => void deleteUserTemplates().then(loaded.reload)}
        >
          Delete my templates
        </button>
      </div>
    );
  }
  const current = loaded.state.value;
  const store = async (templates: Template[], done: string) => {
    const result = await saveUserTemplates(templates);
    setMessage({ kind: 'ok', text: result.notice ? `${done} ${result.notice}` : done });
    loaded.reload();
  };
  const duplicate = (template: Template) => {
    setMessage(null);
    setEditing({ template: duplicateTemplate(template, current.templates), isNew: true });
  };
  const save = async (template: Template) => {
    const others = current.templates.filter((other) => other.id !== template.id);
    const list = editing?.isNew
      ? [...current.templates, template]
      : current.templates.map((other) => (other.id === template.id ? template : other));
    if (others.some((other) => other.name.trim() === template.name.trim())) {
      throw new Error(`Not saved: you already have a template named “${template.name.trim()}”.`);
    }
    await store(list, `Saved “${template.name}”.`);
    setEditing(null);
  };
  const remove = async (template: Template) => {
    try {
      await store(
        current.templates.filter((other) => other.id !== template.id),
        `Deleted “${template.name}”.`,
      );
    } catch (cause) {
      setMessage({ kind: 'error', text: messageOf(cause) });
    }
  };

  return (
    <div className="template-manager">
      {current.notice && (
        <p className="draft-notice" role="note">
          {current.notice}
        </p>
      )}
      {message && (
        <p
          className={message.kind === 'error' ? 'error' : 'muted'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {editing ? (
        <TemplateForm
          key={editing.template.id}
          initial={editing.template}
          onSave={save}
          onCancel={() => setEditing(null)}
        >
          {(draft) => <Preview template={draft} />}
        </TemplateForm>
      ) : (
        <>
          <section aria-labelledby="my-templates">
            <h3 id="my-templates">Your templates</h3>
            <Mine
              loaded={current}
              onEdit={(template) => {
                setMessage(null);
                setEditing({ template, isNew: false });
              }}
              onDuplicate={duplicate}
              onDelete={remove}
            />
            <button
              type="button"
              onClick={() => {
                setMessage(null);
                setEditing({ template: blankTemplate(), isNew: true });
              }}
            >
              New template
            </button>
          </section>
          <BuiltIns onDuplicate={duplicate} />
        </>
      )}
    </div>
  );
}
