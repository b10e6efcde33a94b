/** Organizations that share a name are told apart by the period each existed. */
import { describe, expect, it } from 'vitest';
import { distinctName, periodOf } from '../../src/lib/content/org-names.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

describe('distinctName', () => {
  it('adds the period only to names another body shares: Thái Nguyên before and after the merger', () => {
    const { corpus } = loadContent(`${ROOT}/content`, ROOT, { PORTAL_AS_OF: TEST_AS_OF });
    const orgs = corpus!.organizations;
    expect(distinctName(orgs.get('ban-thuong-vu-tinh-uy-thai-nguyen')!, orgs.values())).toBe('Ban Thường vụ Tỉnh ủy Thái Nguyên (từ 01/07/2025)');
    expect(distinctName(orgs.get('ban-thuong-vu-tinh-uy-thai-nguyen-truoc-hop-nhat')!, orgs.values())).toBe('Ban Thường vụ Tỉnh ủy Thái Nguyên (đến 30/06/2025)');
    expect(distinctName(orgs.get('ban-thuong-vu-tinh-uy-dien-bien')!, orgs.values())).toBe('Ban Thường vụ Tỉnh ủy Điện Biên');
  });

  it('writes a period from the dates known', () => {
    expect(periodOf({ validFrom: '2020-01-01', validUntil: '2025-06-30' })).toBe('01/01/2020 – 30/06/2025');
    expect(periodOf({ validFrom: null, validUntil: null })).toBeNull();
  });
});
