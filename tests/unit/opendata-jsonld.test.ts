/** schema.org Legislation JSON-LD of the two real directives, and its safe embedding in HTML. */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { documentJsonLd, jsonLdScriptText } from '../../src/lib/opendata/jsonld.ts';
import { makeContent } from '../support/content-fixture.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const SITE = 'https://tinh.gov.vn/phapluat';
const corpus = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF }).corpus!;
const byId = (id: string) => corpus.documents.find((d) => d.id === id)!;

describe('documentJsonLd', () => {
  it('describes 08-CT/TU: identifier, date, type, issuer, jurisdiction; legislationApplies for what it implements', () => {
    const ld = documentJsonLd(byId('dien-bien/08-ct-tu-2026'), SITE);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      url: 'https://tinh.gov.vn/phapluat/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/',
      name: 'Chỉ thị về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển',
      legislationIdentifier: '08-CT/TU',
      legislationDate: '2026-02-23',
      legislationType: 'Chỉ thị',
      legislationPassedBy: { '@type': 'Organization', name: 'Ban Thường vụ Tỉnh ủy Điện Biên' },
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'Tỉnh Điện Biên' },
    });
    const applies = ld.legislationApplies as { legislationIdentifier: string; legislationDate?: string; name?: string }[];
    expect(applies.map((a) => a.legislationIdentifier)).toEqual(['66-NQ/TW', '178-QĐ/TW', '232-KH/TU']);
    expect(applies[0]).toEqual({
      '@type': 'Legislation',
      legislationIdentifier: '66-NQ/TW',
      name: 'về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới',
      legislationDate: '2025-04-30',
      legislationPassedBy: { '@type': 'Organization', name: 'Bộ Chính trị' },
    });
    // 232-KH/TU: the citing text gives no title, so none is written.
    expect(applies[2]).not.toHaveProperty('name');
  });

  it('omits the number and date the Thái Nguyên directive does not state; its reference to 05/QĐ-BCĐ is a citation', () => {
    const ld = documentJsonLd(byId('thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat'), SITE);
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld).not.toHaveProperty('legislationDate');
    expect(ld.legislationJurisdiction).toEqual({ '@type': 'AdministrativeArea', name: 'Tỉnh Thái Nguyên' });
    expect(ld.legislationPassedBy).toEqual({ '@type': 'Organization', name: 'Ban Thường vụ Tỉnh ủy Thái Nguyên' });
    expect((ld.legislationApplies as { legislationIdentifier: string }[]).map((a) => a.legislationIdentifier)).toEqual(['178-QĐ/TW', '66-NQ/TW', '09-KL/TW', '05-CTr/TU']);
    expect((ld.citation as { legislationIdentifier: string }[]).map((a) => a.legislationIdentifier)).toEqual(['05/QĐ-BCĐ']);
  });

  it('states legal force only for statuses schema.org can say: both directives are "Chưa xác định"', () => {
    expect(documentJsonLd(byId('dien-bien/08-ct-tu-2026'), SITE)).not.toHaveProperty('legislationLegalForce');
    const dir = makeContent([{ file: 'van-ban/dien-bien/08-ct-tu-2026.md', replace: 'status: chua-xac-dinh', with: 'status: het-hieu-luc-mot-phan' }]);
    const doc = loadContent(dir, ROOT, { PORTAL_AS_OF: TEST_AS_OF }).corpus!.documents.find((d) => d.id === 'dien-bien/08-ct-tu-2026')!;
    expect(documentJsonLd(doc, SITE).legislationLegalForce).toBe('https://schema.org/PartiallyInForce');
    for (const [status, force] of [['con-hieu-luc', 'InForce'], ['het-hieu-luc-toan-bo', 'NotInForce']] as const) {
      const ld = documentJsonLd({ ...doc, status: { id: status, name: status } }, SITE);
      expect(ld.legislationLegalForce).toBe(`https://schema.org/${force}`);
    }
  });
});

describe('jsonLdScriptText', () => {
  it('cannot close the script element, and still parses to the same data', () => {
    const data = { name: 'a</script><script>alert(1)</script> & <!-- b' };
    const text = jsonLdScriptText(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
