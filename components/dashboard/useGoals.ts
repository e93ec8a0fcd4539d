import { useCallback } from 'react';
import { useAsync } from '@/components/useAsync';
import { type Goal, menteeProfileSchema } from '@/utils/fit/mentee';
import { loadMenteeProfile, saveMenteeProfile } from '@/utils/settings/mentee-profile';
import { syncProblem } from '@/utils/settings/sync-quota';
import { messageOf } from './request';

// goals live in the mentee profile (synced settings); which mentor helps with which goal lives with the person

/** the user's goals, and a save that checks browser sync's limits first */
export function useGoals() {
  const loaded = useAsync(loadMenteeProfile);
  const save = useCallback(
    async (goals: Goal[]): Promise<string | null> => {
      if (loaded.state.status !== 'ready') return 'Your goals are not loaded yet.';
      const { profile, usesDefaultProfile } = loaded.state.value;
      if (usesDefaultProfile)
        return 'Goals are part of your mentee profile: save yours in Settings first (it starts from the sample), then add goals here.';
      const parsed = menteeProfileSchema.safeParse({ ...profile, goals });
      if (!parsed.success) return `Not saved: ${parsed.error.issues[0]?.message ?? 'invalid goal'}`;
      const problem = syncProblem({ menteeProfile: parsed.data });
      if (problem) return problem;
      try {
        await saveMenteeProfile(parsed.data);
      } catch (error) {
        return `Not saved: ${messageOf(error)}`;
      }
      loaded.reload();
      return null;
    },
    [loaded],
  );
  const goals: Goal[] = loaded.state.status === 'ready' ? loaded.state.value.profile.goals : [];
  const usesDefaultProfile =
    loaded.state.status === 'ready' && loaded.state.value.usesDefaultProfile;
  const error = loaded.state.status === 'error' ? loaded.state.error : null;
  return {
    goals: usesDefaultProfile ? [] : goals,
    usesDefaultProfile,
    error,
    save,
    reload: loaded.reload,
  };
}

export type Goals = ReturnType<typeof useGoals>;
