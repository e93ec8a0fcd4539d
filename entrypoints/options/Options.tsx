import { ChannelLimitsForm } from '@/components/draft/ChannelLimitsForm';
import { MenteeProfileForm } from '@/components/MenteeProfileForm';
import { QuietModeSettings } from '@/components/QuietModeSettings';
import { TemplateManager } from '@/components/templates/TemplateManager';
import { useAsync } from '@/components/useAsync';
import type { MenteeProfileInput } from '@/utils/fit/mentee';
import {
  loadMenteeProfile,
  resetMenteeProfile,
  saveMenteeProfile,
} from '@/utils/settings/mentee-profile';

export function Options() {
  const mentee = useAsync(loadMenteeProfile);
  return (
    <main className="page">
      <h1>MentorLens settings</h1>
      <h2>Your goals</h2>
      {mentee.state.status === 'loading' && <p className="muted">Loading…</p>}
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
          key={JSON.stringify(mentee.state.value)}
          initial={mentee.state.value.profile}
          usesDefaultProfile={mentee.state.value.usesDefaultProfile}
          onSave={async (profile) => {
            await saveMenteeProfile(profile as MenteeProfileInput);
          }}
          onReset={async () => {
            await resetMenteeProfile();
            mentee.reload();
          }}
        />
      )}
      <h2>Templates</h2>
      <TemplateManager />
      <h2>Channels</h2>
      <ChannelLimitsForm />
      <h2>Quiet mode</h2>
      <QuietModeSettings />
    </main>
  );
}
