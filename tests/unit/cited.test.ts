/** An issuing body's cited documents that are not on the portal, with the documents citing them. */
import { describe, expect, it } from 'vitest';
import { citedDocumentsOf } from '../../src/lib/content/cited.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

describe('citedDocumentsOf', () => {
  const { corpus } = loadContent(`${ROOT}/content`, ROOT, { PORTAL_AS_OF: TEST_AS_OF });
  const { citations, documents, catalog } = corpus!;
  const of = (org: string) => citedDocumentsOf(org, citations, documents, catalog).map((c) => [c.typeName, c.citation.number, c.citedBy.map((d) => d.data.number ?? d.id)]);

  it('lists the Bộ Chính trị’s three cited documents, each with the directives that cite it', () => {
    const tn = 'thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat';
    expect(of('bo-chinh-tri')).toEqual([
      ['Nghị quyết', '66-NQ/TW', ['08-CT/TU', tn]],
      ['Quy định', '178-QĐ/TW', ['08-CT/TU', tn]],
      ['Kết luận', '09-KL/TW', [tn]],
    ]);
  });

  it('lists nothing for a body none of whose documents is cited', () => {
    expect(of('so-tu-phap-dien-bien')).toEqual([]);
  });
});
