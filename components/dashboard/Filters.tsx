import { useId } from 'react';
import { bands } from '@/utils/fit/result';
import type { PeopleFilter } from '@/utils/shortlist/analytics/filter';
import { statuses, statusLabels } from '@/utils/shortlist/schema/status';

export interface FiltersProps {
  filter: PeopleFilter;
  tags: readonly string[];
  onChange(filter: PeopleFilter): void;
  onInput?(): void;
}

/** search and filters for the people table: search text, status, tag, source, role, fit band */
export function Filters({ filter, tags, onChange, onInput }: FiltersProps) {
  const id = useId();
  const set = <K extends keyof PeopleFilter>(key: K, value: PeopleFilter[K]) => {
    onInput?.();
    onChange({ ...filter, [key]: value });
  };
  return (
    <search className="filters" aria-label="Find people">
      <div className="field compact grow">
        <label htmlFor={`${id}-text`}>Search</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          placeholder="Names, headlines, notes"
          onChange={(event) => set('text', event.target.value)}
        />
      </div>
      <div className="field compact">
        <label htmlFor={`${id}-status`}>Status filter</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(event) => set('status', event.target.value as PeopleFilter['status'])}
        >
          <option value="all">any status</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field compact">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <select
          id={`${id}-tag`}
          value={filter.tag}
          onChange={(event) => set('tag', event.target.value)}
        >
          <option value="all">any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="field compact">
        <label htmlFor={`${id}-source`}>Source</label>
        <select
          id={`${id}-source`}
          value={filter.source}
          onChange={(event) => set('source', event.target.value as PeopleFilter['source'])}
        >
          <option value="any">any source</option>
          <option value="linkedin">LinkedIn</option>
          <option value="github">GitHub</option>
          <option value="both">both</option>
        </select>
      </div>
      <div className="field compact">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={filter.role}
          onChange={(event) => set('role', event.target.value as PeopleFilter['role'])}
        >
          <option value="any">any role</option>
          <option value="primary">primary mentor</option>
          <option value="secondary">secondary mentor</option>
          <option value="none">no role</option>
        </select>
      </div>
      <div className="field compact">
        <label htmlFor={`${id}-band`}>Fit band</label>
        <select
          id={`${id}-band`}
          value={filter.band}
          onChange={(event) => set('band', event.target.value as PeopleFilter['band'])}
        >
          <option value="any">any fit</option>
          {bands.map((band) => (
            <option key={band} value={band}>
              {band}
            </option>
          ))}
          <option value="unscored">not scored</option>
        </select>
      </div>
    </search>
  );
}
