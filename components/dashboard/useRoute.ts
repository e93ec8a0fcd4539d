import { useEffect, useState } from 'react';

export type Route =
  | { page: 'people' }
  | { page: 'board' }
  | { page: 'due' }
  | { page: 'insights' }
  | { page: 'data' }
  | { page: 'person'; id: string };

/** "#/person/<id>", "#/board", …; anything else is the people table */
export function parseRoute(hash: string): Route {
  const person = /^#\/person\/(.+)$/.exec(hash);
  if (person?.[1]) {
    try {
      return { page: 'person', id: decodeURIComponent(person[1]) };
    } catch {
      return { page: 'people' };
    }
  }
  const page = /^#\/(board|due|insights|data)\/?$/.exec(hash)?.[1];
  return page ? { page: page as 'board' | 'due' | 'insights' | 'data' } : { page: 'people' };
}

export const personHref = (id: string): string => `#/person/${encodeURIComponent(id)}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
