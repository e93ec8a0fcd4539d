import { useEffect, useState } from 'react';

/** what a person page opens on arrival: the draft editor, a new meeting, or the next meeting's agenda */
export type PersonOpen = 'draft' | 'meeting' | 'agenda';

export type Route =
  | { page: 'people' }
  | { page: 'board' }
  | { page: 'due' }
  | { page: 'insights' }
  | { page: 'data' }
  | { page: 'person'; id: string; open?: PersonOpen };

/** "#/person/<id>", "#/board", …; anything else is the people table */
export function parseRoute(hash: string): Route {
  const person = /^#\/person\/([^?]+)(?:\?open=(draft|meeting|agenda))?$/.exec(hash);
  if (person?.[1]) {
    try {
      const id = decodeURIComponent(person[1]);
      const open = person[2] as PersonOpen | undefined;
      return open ? { page: 'person', id, open } : { page: 'person', id };
    } catch {
      return { page: 'people' };
    }
  }
  const page = /^#\/(board|due|insights|data)\/?$/.exec(hash)?.[1];
  return page ? { page: page as 'board' | 'due' | 'insights' | 'data' } : { page: 'people' };
}

export const personHref = (id: string, open?: PersonOpen): string =>
  `#/person/${encodeURIComponent(id)}${open ? `?open=${open}` : ''}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
