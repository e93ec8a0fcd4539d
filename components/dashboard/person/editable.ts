import { useState } from 'react';
import { sameData } from '@/utils/shortlist/portability/import-merge';

/**
 * a form field over a value that may change elsewhere: `base` is the value the edit started from.
 * A change from elsewhere shows at once in a field the user hasn't touched; a touched field keeps
 * the user's text and its old base, so saving it is refused rather than undoing the other change
 */
export function useEditable<T>(remote: T) {
  const [local, setLocal] = useState(remote);
  const [base, setBase] = useState(remote);
  const [seen, setSeen] = useState(remote);
  let current = { local, base };
  if (!sameData(seen, remote)) {
    // adjusting state while rendering (React's pattern for state derived from props)
    setSeen(remote);
    if (sameData(local, base) || sameData(local, remote)) {
      setLocal(remote);
      setBase(remote);
      current = { local: remote, base: remote };
    }
  }
  return {
    value: current.local,
    set: setLocal,
    base: current.base,
    dirty: !sameData(current.local, current.base),
    /** the stored value moved on (seen in a refusal): the next save replaces it knowingly */
    rebase: setBase,
  };
}
