import { browser } from 'wxt/browser';
import { scoreFit } from '@/utils/fit/score';
import type { Analysis, Request, ResponseMap } from '@/utils/messaging/protocol';
import { type ProfileSnapshot, profileKey } from '@/utils/profile/snapshot';
import { loadMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/db';
import {
  countPeople,
  findPerson,
  listPeople,
  removePerson,
  setStatus,
  shortlistProfile,
} from '@/utils/shortlist/people';

async function fitFor(snapshot: ProfileSnapshot) {
  const { profile, usesDefaultProfile } = await loadMenteeProfile();
  return scoreFit(snapshot, profile, { usesDefaultProfile });
}

async function analyze(db: Database, snapshot: ProfileSnapshot): Promise<Analysis> {
  const found = await findPerson(db, profileKey(snapshot));
  const person = found && 'person' in found ? found.person : null;
  const problem = found && 'problem' in found ? found.problem : null;
  // the fit uses every profile we know of this person
  const others = Object.values(person?.profiles ?? {}).filter(
    (p) => p && p.source !== snapshot.source,
  );
  try {
    const { profile, usesDefaultProfile } = await loadMenteeProfile();
    const fit = scoreFit([snapshot, ...(others as ProfileSnapshot[])], profile, {
      usesDefaultProfile,
    });
    return { fit, person, problem };
  } catch (error) {
    return {
      fit: null,
      person,
      problem,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** maps each request to the domain function that answers it */
export async function handle(
  db: () => Promise<Database>,
  request: Request,
): Promise<ResponseMap[Request['type']]> {
  switch (request.type) {
    case 'analyze':
      return analyze(await db(), request.snapshot);
    case 'shortlist':
      return shortlistProfile(await db(), request.snapshot, await fitFor(request.snapshot));
    case 'findPerson': {
      const found = await findPerson(await db(), request.key);
      return found && 'person' in found ? found.person : null;
    }
    case 'listPeople':
      return listPeople(await db());
    case 'countPeople':
      return countPeople(await db());
    case 'setStatus':
      return setStatus(await db(), request.id, request.status, request.note ?? null);
    case 'removePerson':
      return removePerson(await db(), request.id);
    case 'openDashboard': {
      const hash = request.personId ? `#/person/${encodeURIComponent(request.personId)}` : '';
      await browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${hash}` });
      return null;
    }
    case 'openOptions':
      await browser.runtime.openOptionsPage();
      return null;
  }
}
