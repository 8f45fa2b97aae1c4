import { useMemo, useState } from 'react';
import type { EvidenceInfo, Filter, Sort } from '../../../../../shared/evidence';
import { useDebounced } from '../../../lib/use-debounced';
import { ColumnSummaryPanel } from './ColumnSummaryPanel';
import { EvidenceGrid } from './EvidenceGrid';
import { FilterBar } from './FilterBar';
import { usePages, type GridQuery } from './use-pages';

/** The grid with its search, filters, sorting and the summary of one column beside it. */
export function DataView({ evidence, zone }: { evidence: EvidenceInfo; zone: string }) {
  const [sort, setSort] = useState<Sort | null>(null);
  const [filters, setFilters] = useState<Filter[]>([]);
  const [search, setSearch] = useState('');
  const [summaryOf, setSummaryOf] = useState<string | null>(null);
  const settledSearch = useDebounced(search, 300);
  const query = useMemo<GridQuery>(
    () => ({ sort, filters, search: settledSearch }),
    [sort, filters, settledSearch],
  );
  const pages = usePages(evidence.id, query);

  return (
    <div className="ev-data">
      <FilterBar
        columns={evidence.columns}
        filters={filters}
        search={search}
        onFilters={setFilters}
        onSearch={setSearch}
      />
      <div className={summaryOf ? 'ev-data-split' : undefined}>
        <EvidenceGrid
          evidence={evidence}
          pages={pages}
          sort={sort}
          onSort={setSort}
          onShowSummary={setSummaryOf}
          zone={zone}
        />
        {summaryOf && (
          <ColumnSummaryPanel
            evidenceId={evidence.id}
            column={summaryOf}
            zone={zone}
            onClose={() => setSummaryOf(null)}
          />
        )}
      </div>
    </div>
  );
}
