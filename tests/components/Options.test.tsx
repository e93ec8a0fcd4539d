import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Options } from '@/entrypoints/options/Options';
import { loadFitWeights } from '@/utils/settings/fit-weights';
import { loadMenteeProfile, menteeProfileItem } from '@/utils/settings/mentee-profile';
import { loadQuietMode } from '@/utils/settings/quiet-mode';

// the form is typed into key by key: on a loaded 2-core machine one test can take over 5 s
describe('the options page', { timeout: 20_000 }, () => {
  it('starts from the labelled sample profile and saves the user goals', async () => {
    render(<Options />);
    await screen.findByText(/sample profile of an aspiring ML engineer/);
    const form = within(screen.getByRole('form', { name: 'Your mentee profile' }));
    const roles = form.getByLabelText('Target roles');
    await userEvent.clear(roles);
    await userEvent.type(roles, 'AI product manager, Data scientist');
    await userEvent.click(form.getByRole('checkbox', { name: 'research advice' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringMatching(/Saved/),
    );
    const { profile, usesDefaultProfile } = await loadMenteeProfile();
    expect(usesDefaultProfile).toBe(false);
    expect(profile.targetRoles).toEqual(['AI product manager', 'Data scientist']);
    // the page stops calling it a sample once saved, without a reload
    await expect.poll(() => screen.queryByText(/haven't saved your goals yet/)).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Saved/);
    expect(profile.helpWanted).toContain('research advice');
  });

  it('edits focus areas with their priority', async () => {
    render(<Options />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add focus area' }));
    const fields = screen.getAllByRole('textbox', { name: /^Focus area \d+$/ });
    const last = fields.at(-1) as HTMLElement;
    await userEvent.type(last, 'computer vision');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: `Priority of focus area ${fields.length}` }),
      'high',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    await screen.findByRole('status');
    expect((await loadMenteeProfile()).profile.focusAreas.at(-1)).toEqual({
      topic: 'computer vision',
      priority: 'high',
    });
  });

  it('shows why an invalid value was not saved', async () => {
    render(<Options />);
    const from = await screen.findByLabelText('Seniority gap from (years)');
    await userEvent.clear(from);
    await userEvent.type(from, '30');
    const to = screen.getByLabelText('to');
    await userEvent.clear(to);
    await userEvent.type(to, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Not saved: .*seniorityGapYears/,
    );
    expect((await loadMenteeProfile()).usesDefaultProfile).toBe(true);
  });

  it('reports damaged stored goals and offers a fresh start', async () => {
    await menteeProfileItem.setValue({ targetRoles: 7 });
    render(<Options />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be read/);
    await userEvent.click(
      screen.getByRole('button', { name: 'Start again from the sample profile' }),
    );
    await screen.findByText(/sample profile of an aspiring ML engineer/);
  });

  it('turns quiet mode on per site', async () => {
    render(<Options />);
    // the settings page now holds every section (reminders and data too): give it time under load
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Quiet on LinkedIn' }, { timeout: 5000 }),
    );
    expect(await loadQuietMode()).toEqual({ linkedin: true, github: false });
    screen.getByText(/LinkedIn's User Agreement/);
  });

  it('onboards a new user with four questions, then hides the welcome', async () => {
    render(<Options />);
    const welcome = within(await screen.findByRole('form', { name: 'Welcome to MentorLens' }));
    await userEvent.type(welcome.getByLabelText('The role you want'), 'AI researcher');
    await userEvent.type(welcome.getByLabelText('Topic 1'), 'reinforcement learning');
    await userEvent.type(welcome.getByLabelText('Topic 2'), 'Python');
    await userEvent.selectOptions(welcome.getByLabelText('Where you are'), 'student');
    await userEvent.click(welcome.getByRole('checkbox', { name: 'research advice' }));
    await userEvent.click(welcome.getByRole('button', { name: 'Save and start' }));
    await screen.findByRole('form', { name: 'Your mentee profile' });
    await expect
      .poll(() => screen.queryByRole('form', { name: 'Welcome to MentorLens' }))
      .toBeNull();
    const { profile, usesDefaultProfile } = await loadMenteeProfile();
    expect(usesDefaultProfile).toBe(false);
    expect(profile).toMatchObject({
      targetRoles: ['AI researcher'],
      focusAreas: [
        { topic: 'reinforcement learning', priority: 'high' },
        { topic: 'Python', priority: 'medium' },
      ],
      careerStage: 'student',
      helpWanted: ['career guidance', 'research advice'],
    });
  });

  it('after "Save and start", the full form shows the answers, and "Save goals" keeps them', async () => {
    render(<Options />);
    const welcome = within(await screen.findByRole('form', { name: 'Welcome to MentorLens' }));
    await userEvent.type(welcome.getByLabelText('The role you want'), 'AI researcher');
    await userEvent.type(welcome.getByLabelText('Topic 1'), 'reinforcement learning');
    await userEvent.click(welcome.getByRole('button', { name: 'Save and start' }));
    await expect
      .poll(() => screen.queryByRole('form', { name: 'Welcome to MentorLens' }))
      .toBeNull();
    // the form is rebuilt once the saved answers arrive: query it afresh until it shows them
    const profileForm = () => within(screen.getByRole('form', { name: 'Your mentee profile' }));
    // the form below shows what the user just said, not the sample
    await expect
      .poll(() => (profileForm().getByLabelText('Target roles') as HTMLInputElement).value)
      .toBe('AI researcher');
    const form = profileForm();
    expect(form.queryByDisplayValue('Machine learning engineer')).toBeNull();
    // adding a city and saving keeps every answer
    await userEvent.type(form.getByLabelText(/^Location/), 'Berlin, Germany');
    await userEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    await screen.findByText(/^Saved\./);
    const { profile } = await loadMenteeProfile();
    expect(profile.targetRoles).toEqual(['AI researcher']);
    expect(profile.focusAreas[0]).toEqual({ topic: 'reinforcement learning', priority: 'high' });
    expect(profile.location).toBe('Berlin, Germany');
  });

  it('previews the weights live on a sample mentor and saves them', async () => {
    render(<Options />);
    const preview = await screen.findByRole('region', { name: 'Preview on a sample mentor' });
    const scoreBefore = within(preview).getByText(/^\d+$/).textContent;
    const expertise = screen.getByLabelText(/^Expertise match/);
    fireEvent.change(expertise, { target: { value: '0' } });
    await expect.poll(() => within(preview).getByText(/^\d+$/).textContent).not.toBe(scoreBefore);
    await userEvent.click(screen.getByRole('button', { name: 'Save weights' }));
    await expect.poll(async () => (await loadFitWeights()).expertise).toBe(0);
  });
});
