/**
 * Browsing facets: the static pages /van-ban/theo-<facet>/<value>/ and their counts.
 * A value appears only when at least one document has it.
 */
import type { DocumentEntry } from './corpus.ts';
import { distinctName } from './org-names.ts';

export interface FacetValue {
  /** URL segment. */
  value: string;
  label: string;
  documents: DocumentEntry[];
}

export interface Facet {
  /** URL segment: "theo-loai", "theo-co-quan"… */
  id: string;
  /** Heading: "Loại văn bản"… */
  label: string;
  values: FacetValue[];
}

type Pick = (doc: DocumentEntry) => { value: string; label: string }[];

const FACETS: { id: string; label: string; pick: Pick; sort: 'count' | 'value-desc' | 'label' }[] = [
  { id: 'theo-loai', label: 'Loại văn bản', pick: (d) => [{ value: d.type.id, label: d.type.name }], sort: 'label' },
  { id: 'theo-co-quan', label: 'Cơ quan ban hành', pick: (d) => [{ value: d.issuer.id, label: d.issuer.name }], sort: 'label' },
  { id: 'theo-nam', label: 'Năm ban hành', pick: (d) => [d.year ? { value: String(d.year), label: String(d.year) } : { value: 'khong-ghi-ngay', label: 'Không ghi ngày' }], sort: 'value-desc' },
  { id: 'theo-linh-vuc', label: 'Lĩnh vực', pick: (d) => d.fields.map((f) => ({ value: f.id, label: f.name })), sort: 'label' },
  { id: 'theo-hieu-luc', label: 'Tình trạng hiệu lực', pick: (d) => [{ value: d.status.id, label: d.status.name }], sort: 'label' },
];

export function buildFacets(documents: DocumentEntry[]): Facet[] {
  return FACETS.map(({ id, label, pick, sort }) => {
    const values = new Map<string, FacetValue>();
    for (const doc of documents) {
      for (const { value, label: vl } of pick(doc)) {
        const v = values.get(value) ?? { value, label: vl, documents: [] };
        v.documents.push(doc);
        values.set(value, v);
      }
    }
    const list = [...values.values()];
    // Issuers that share a name (a province's body before and after a merger) say their period.
    if (id === 'theo-co-quan') {
      const orgs = [...new Map(documents.map((d) => [d.issuer.id, d.issuer])).values()];
      for (const v of list) v.label = distinctName(orgs.find((o) => o.id === v.value)!, orgs);
    }
    // Years newest first, "Không ghi ngày" last, as the search page's year filter lists them.
    list.sort(sort === 'value-desc' ? (a, b) => (Number(b.value) || 0) - (Number(a.value) || 0) : (a, b) => a.label.localeCompare(b.label, 'vi'));
    return { id, label, values: list };
  });
}
