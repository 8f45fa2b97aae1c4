import { documentStatus, rootCauseLayer, severity } from '../../../../shared/domain';
import type { SearchInput } from '../../../../shared/search/types';
import { FilterChoice } from '../../components/FilterChoice';

export type Filters = Omit<SearchInput, 'query' | 'limit'>;

export const hasFilters = (filters: Filters): boolean =>
  Object.values(filters).some((v) => v !== undefined && v !== '');

/** Narrows the library: root-cause layer, model, severity, status and the incident's dates. */
export function SearchFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    onChange({ ...filters, [key]: value === '' ? undefined : value });
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <FilterChoice
        id="filter-layer"
        label="Root-cause layer"
        value={filters.layer}
        values={rootCauseLayer.values}
        labels={rootCauseLayer.labels}
        onChange={(v) => set('layer', v)}
      />
      <div className="filter">
        <label htmlFor="filter-model" className="field-label">
          Model
        </label>
        <input
          id="filter-model"
          type="text"
          value={filters.model ?? ''}
          onChange={(e) => set('model', e.target.value)}
        />
      </div>
      <FilterChoice
        id="filter-severity"
        label="Severity"
        value={filters.severity}
        values={severity.values}
        labels={severity.labels}
        onChange={(v) => set('severity', v)}
      />
      <FilterChoice
        id="filter-status"
        label="Status"
        value={filters.status}
        values={documentStatus.values}
        labels={documentStatus.labels}
        onChange={(v) => set('status', v)}
      />
      <div className="filter">
        <label htmlFor="filter-from" className="field-label">
          Incident from
        </label>
        <input
          id="filter-from"
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="filter-to" className="field-label">
          Incident to
        </label>
        <input
          id="filter-to"
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
    </fieldset>
  );
}
