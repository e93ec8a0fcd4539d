import { useState } from 'react';
import { useAsync } from '@/components/useAsync';
import { whereToLook } from '@/utils/lists/where';
import { loadMenteeProfile } from '@/utils/settings/mentee-profile';

/** ready-made searches from the user's goals: plain links the user opens; nothing is fetched for them */
export function WhereToLook() {
  const goals = useAsync(loadMenteeProfile);
  if (goals.state.status === 'loading') return null;
  if (goals.state.status === 'error') return <p className="error">{goals.state.error}</p>;
  const { profile, usesDefaultProfile } = goals.state.value;
  const links = whereToLook(profile);
  return (
    <section aria-label="Where to look">
      <h2>Where to look</h2>
      <p className="muted">
        {usesDefaultProfile
          ? 'Searches from the sample profile until you set your goals in settings.'
          : 'Searches built from your goals. They open in a new tab when you click; MentorLens fetches nothing.'}
      </p>
      <ul>
        {links.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.site}: {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** the same behind a disclosure: its links exist only while it is open, so closed it holds nothing to tab to */
export function WhereToLookDisclosure() {
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Where to look for mentors</summary>
      {open && <WhereToLook />}
    </details>
  );
}
