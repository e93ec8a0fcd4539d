import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TemplateManager } from '@/components/templates/TemplateManager';
import { builtInTemplates, type Template } from '@/utils/outreach/templates';
import { loadUserTemplates, saveUserTemplates } from '@/utils/settings/templates';
import type { Database } from '@/utils/shortlist/store/db';
import { installBackground } from '../../support/background';
import { shortlisted } from '../draft/people';

let db: Database;
beforeEach(async () => {
  db = await installBackground();
});

const mine = (overrides: Partial<Template> = {}): Template => ({
  id: 'user-1',
  name: 'My short note',
  kind: 'first-approach',
  channel: 'linkedin-connection-note',
  tone: 'concise',
  body: 'Hi {{firstName}}, {{myName}} here.',
  builtIn: false,
  ...overrides,
});

const body = () => screen.getByRole('textbox', { name: 'Body' }) as HTMLTextAreaElement;

describe('the template manager', () => {
  it('lists the built-ins read-only, each with Duplicate', async () => {
    render(<TemplateManager />);
    const builtIns = await screen.findByRole('region', { name: 'Built-in templates' });
    expect(within(builtIns).getAllByRole('button', { name: /^Duplicate / })).toHaveLength(
      builtInTemplates.length,
    );
    expect(within(builtIns).queryByRole('button', { name: /^(Edit|Delete) / })).toBeNull();
    screen.getByText('You have no templates of your own yet.');
  });

  it('creates a template, inserting a placeholder at the cursor', async () => {
    const user = userEvent.setup();
    render(<TemplateManager />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Quick hello');
    await user.clear(body());
    await user.type(body(), 'Hi , thanks.');
    // the cursor goes after "Hi "
    body().setSelectionRange(3, 3);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Placeholder' }), 'firstName');
    await user.click(screen.getByRole('button', { name: 'Insert placeholder' }));
    expect(body().value).toBe('Hi {{firstName}}, thanks.');
    expect(body().selectionStart).toBe('Hi {{firstName}}'.length);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'thank-you');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Saved “Quick hello”/);
    const stored = await loadUserTemplates();
    expect(stored.templates).toMatchObject([
      { name: 'Quick hello', kind: 'thank-you', body: 'Hi {{firstName}}, thanks.', builtIn: false },
    ]);
    within(screen.getByRole('list', { name: 'Your templates' })).getByText('Quick hello');
  });

  it('refuses to save an unknown placeholder and says which', async () => {
    const user = userEvent.setup();
    render(<TemplateManager />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    await user.clear(body());
    await user.click(body());
    await user.paste('Hi {{frstName}}');
    const problems = screen.getByRole('region', { name: 'Problems' });
    expect(problems.textContent).toMatch(/Body: \{\{frstName\}\} is not a known placeholder\./);
    expect(body().getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved/);
    expect((await loadUserTemplates()).templates).toEqual([]);
  });

  it('edits one of the user’s templates', async () => {
    await saveUserTemplates([mine()]);
    const user = userEvent.setup();
    render(<TemplateManager />);
    await user.click(await screen.findByRole('button', { name: 'Edit My short note' }));
    await user.clear(body());
    await user.click(body());
    await user.paste('Hello {{firstName}}. {{myName}}');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByRole('status');
    expect((await loadUserTemplates()).templates).toEqual([
      mine({ body: 'Hello {{firstName}}. {{myName}}' }),
    ]);
  });

  it('duplicates a built-in into an editable copy of the user’s', async () => {
    const user = userEvent.setup();
    render(<TemplateManager />);
    const original = builtInTemplates[0] as Template;
    await user.click(await screen.findByRole('button', { name: `Duplicate ${original.name}` }));
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      `${original.name} (copy)`,
    );
    expect(body().value).toBe(original.body);
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByRole('status');
    const [copy] = (await loadUserTemplates()).templates;
    expect(copy).toMatchObject({
      name: `${original.name} (copy)`,
      body: original.body,
      builtIn: false,
    });
    expect(copy?.id).not.toBe(original.id);
  });

  it('duplicates and deletes the user’s own, deleting only after confirmation', async () => {
    await saveUserTemplates([mine()]);
    const user = userEvent.setup();
    render(<TemplateManager />);
    await user.click(await screen.findByRole('button', { name: 'Duplicate My short note' }));
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(async () => expect((await loadUserTemplates()).templates).toHaveLength(2));
    await user.click(await screen.findByRole('button', { name: 'Delete My short note' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect((await loadUserTemplates()).templates).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Delete My short note' }));
    await user.click(screen.getByRole('button', { name: 'Confirm delete' }));
    await waitFor(async () =>
      expect((await loadUserTemplates()).templates.map((t) => t.name)).toEqual([
        'My short note (copy)',
      ]),
    );
  });

  it('refuses a second template with the same name', async () => {
    await saveUserTemplates([mine()]);
    const user = userEvent.setup();
    render(<TemplateManager />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'My short note');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/already have a template named/);
  });

  it('previews against the sample person, then a shortlisted one, showing what is left to fill', async () => {
    await shortlisted(db, { profile: { name: 'Kai <b>Moana</b>' } });
    const user = userEvent.setup();
    const { container } = render(<TemplateManager />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    await user.clear(body());
    await user.click(body());
    await user.paste('Hi {{firstName}}, about {{meetingTopic}}.');
    const preview = await screen.findByRole('region', { name: 'Preview' });
    const text = () => within(preview).getByRole('figure', { name: 'Message preview' }).textContent;
    expect(text()).toBe('Hi Noor, about unfilled: {{meetingTopic}}.');
    const who = await within(preview).findByRole('option', { name: 'Kai <b>Moana</b>' });
    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Preview for' }), who);
    expect(text()).toMatch(/^Hi Kai, about /);
    within(preview).getByText(/Left to fill for Kai <b>Moana<\/b>: meetingTopic/);
    expect(container.querySelector('b')).toBeNull();
  });

  it('reports damaged stored templates and offers to start over', async () => {
    const { storage } = await import('wxt/utils/storage');
    await storage.setItem('local:userTemplates', { v: 1, templates: 'nope' });
    const user = userEvent.setup();
    render(<TemplateManager />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be read/);
    await user.click(screen.getByRole('button', { name: 'Delete my templates' }));
    await screen.findByText('You have no templates of your own yet.');
  });
});
