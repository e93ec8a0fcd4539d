import { useEffect, useRef, useState } from 'react';
import { BrandHeading } from '@/components/BrandMark';
import { DataPanel } from '@/components/dashboard/DataPanel';
import { ReminderSettings } from '@/components/dashboard/ReminderSettings';
import { ChannelLimitsForm } from '@/components/draft/ChannelLimitsForm';
import { FitWeightsForm } from '@/components/FitWeightsForm';
import { KeyboardShortcuts } from '@/components/KeyboardShortcuts';
import { MenteeProfileForm } from '@/components/MenteeProfileForm';
import { Onboarding } from '@/components/Onboarding';
import { QuietModeSettings } from '@/components/QuietModeSettings';
import { SettingsNav } from '@/components/SettingsNav';
import { TemplateManager } from '@/components/templates/TemplateManager';
import { useAsync } from '@/components/useAsync';
import privacy from '@/PRIVACY.md?raw';
import type { MenteeProfileInput } from '@/utils/fit/mentee';
import { loadFitWeights, resetFitWeights, saveFitWeights } from '@/utils/settings/fit-weights';
import {
  loadMenteeProfile,
  resetMenteeProfile,
  saveMenteeProfile,
} from '@/utils/settings/mentee-profile';

export function Options() {
  const mentee = useAsync(loadMenteeProfile);
  const weights = useAsync(loadFitWeights);
  const [formKey, setFormKey] = useState(0);
  // storage is the one source of truth: when something other than the form replaces the stored
  // goals (the welcome form, a reset), the form is re-created from what storage returns, once the
  // reload has delivered it; re-creating it earlier showed (and then saved) the old values
  const recreate = useRef(false);
  useEffect(() => {
    if (mentee.state.status === 'ready' && recreate.current) {
      recreate.current = false;
      setFormKey((key) => key + 1);
    }
  }, [mentee.state]);
  const save = async (profile: unknown) => {
    await saveMenteeProfile(profile as MenteeProfileInput);
    mentee.reload();
  };
  const onboard = async (profile: unknown) => {
    await saveMenteeProfile(profile as MenteeProfileInput);
    recreate.current = true;
    mentee.reload();
  };
  return (
    <main className="page settings">
      <BrandHeading>MentorLens settings</BrandHeading>
      {mentee.state.status === 'ready' && mentee.state.value.usesDefaultProfile && (
        <Onboarding onSave={onboard} />
      )}
      <div className="settings-layout">
        <SettingsNav />
        <div className="settings-content">
          <h2 id="goals">Your goals</h2>
          {mentee.state.status === 'loading' && <p className="muted loading">Loading…</p>}
          {mentee.state.status === 'error' && (
            <div role="alert">
              <p className="error">{mentee.state.error}</p>
              <button type="button" onClick={() => void resetMenteeProfile().then(mentee.reload)}>
                Start again from the sample profile
              </button>
            </div>
          )}
          {mentee.state.status === 'ready' && (
            <MenteeProfileForm
              // one form for the page's life; a reset re-creates it with the sample values
              key={formKey}
              initial={mentee.state.value.profile}
              usesDefaultProfile={mentee.state.value.usesDefaultProfile}
              onSave={save}
              onReset={async () => {
                await resetMenteeProfile();
                recreate.current = true;
                mentee.reload();
              }}
            />
          )}
          <h2 id="fit">Fit weights</h2>
          {weights.state.status === 'error' && (
            <div role="alert">
              <p className="error">{weights.state.error}</p>
              <button type="button" onClick={() => void resetFitWeights().then(weights.reload)}>
                Reset weights
              </button>
            </div>
          )}
          {weights.state.status === 'ready' && mentee.state.status === 'ready' && (
            <FitWeightsForm
              initial={weights.state.value}
              mentee={mentee.state.value.profile}
              onSave={async (value) => {
                await saveFitWeights(value);
              }}
              onReset={resetFitWeights}
            />
          )}
          <h2 id="templates">Messages and templates</h2>
          <TemplateManager />
          <h2 id="channels">Channels</h2>
          <ChannelLimitsForm />
          <h2 id="reminders">Reminders</h2>
          <ReminderSettings onChanged={() => undefined} />
          <h2 id="quiet">Quiet mode</h2>
          <p className="hint">
            The hint is the card MentorLens adds beside a LinkedIn or GitHub profile. Quiet mode
            keeps it off the page; the popup and side panel still show the same fit, reasons and
            actions.
          </p>
          <QuietModeSettings />
          <KeyboardShortcuts />
          <div id="data">
            <DataPanel onImported={() => undefined} />
          </div>
          <h2 id="privacy">Privacy</h2>
          <p>
            Everything MentorLens keeps stays in this browser: nothing is sent anywhere. The full
            policy:
          </p>
          <details>
            <summary>Privacy policy</summary>
            <pre className="policy">{privacy}</pre>
          </details>
        </div>
      </div>
    </main>
  );
}
