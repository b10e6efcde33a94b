/**
 * The choices of each filter select on the search page, from the corpus at build time, so the
 * page lists only values that exist and reads correctly before any script runs.
 */
import type { Corpus } from '../content/corpus.ts';
import { buildFacets } from '../content/facets.ts';
import { FILTERS, KINDS, kindLabel, type FilterDef } from './filters.ts';
import type { SearchRecord } from './index-records.ts';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterChoices {
  def: FilterDef;
  options: FilterOption[];
}

/**
 * Kinds come from the records (a kind appears once it has records; known kinds in the order
 * of KINDS, others after);
 * the other filters take the values and labels of the browsing facets under /van-ban/.
 */
export function filterChoices(corpus: Corpus, records: SearchRecord[]): FilterChoices[] {
  const facets = new Map(buildFacets(corpus.documents).map((f) => [f.id, f]));
  const kinds = new Set(records.flatMap((r) => r.filters.kind ?? []));
  return FILTERS.map((def) => {
    if (def.key === 'kind') {
      const rank = (id: string) => (KINDS.findIndex((k) => k.id === id) + KINDS.length + 1) % (KINDS.length + 1);
      const ids = [...kinds].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
      return { def, options: ids.map((id) => ({ value: id, label: kindLabel(id) })) };
    }
    const facet = def.facet ? facets.get(def.facet) : undefined;
    // In the facet's order, as the lists show it (years newest first, "Không ghi ngày" last).
    const options = (facet?.values ?? []).map((v) => ({ value: v.value, label: v.label }));
    return { def, options };
  });
}
