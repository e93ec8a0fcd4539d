import { type Template, type TemplateKind, templateKindLabels } from '@/utils/outreach/templates';

/** the option text: name, tone (when the name doesn't say it), and whose it is */
export function templateOptionText(template: Template): string {
  const tone = new RegExp(`\\b${template.tone}\\b`, 'i').test(template.name)
    ? ''
    : ` (${template.tone})`;
  return `${template.name}${tone}${template.builtIn ? '' : ' · yours'}`;
}

/** the native "Template" select, grouped by kind; follow-ups appear only when one is polite */
export function TemplatePicker({
  id,
  groups,
  templateId,
  allKinds,
  followUpNote,
  onChange,
  onAllKinds,
}: {
  id: string;
  groups: Array<{ kind: TemplateKind; templates: Template[] }>;
  templateId: string;
  allKinds: boolean;
  /** why a follow-up is (or isn't) offered now, once they were contacted */
  followUpNote: string | null;
  onChange(id: string): void;
  onAllKinds(on: boolean): void;
}) {
  return (
    <div className="field">
      {groups.length > 0 ? (
        <>
          <label htmlFor={id}>Template</label>
          <select id={id} value={templateId} onChange={(event) => onChange(event.target.value)}>
            {groups.map((group) => (
              <optgroup key={group.kind} label={templateKindLabels[group.kind]}>
                {group.templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {templateOptionText(template)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </>
      ) : (
        <p>No template fits this stage on this channel.</p>
      )}
      {followUpNote && <p className="hint">{followUpNote}</p>}
      <label className="choice">
        <input
          type="checkbox"
          checked={allKinds}
          onChange={(event) => onAllKinds(event.target.checked)}
        />
        <span>Show templates for every stage (follow-ups still only when one is polite)</span>
      </label>
    </div>
  );
}
