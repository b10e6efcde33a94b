import { describe, expect, it } from 'vitest';
import {
  agencySlug,
  foldName,
  matchOrganization,
  splitAgencies,
  toAgencyRef,
  type OrganizationName,
} from '../../src/lib/tasks/agencies.ts';

// Every distinct cell of columns 3–5 (theo dõi, chủ trì, phối hợp) of the 08-CT/TU appendix,
// as written in tests/fixtures/task-table-08-ct-tu.md ("\n" where the cell has <br>), with the
// names a reader sees in it.
const APPENDIX_CELLS: [string, string[]][] = [
  // Column 3: Cấp ủy theo dõi chỉ đạo
  ['Ban Thường vụ Tỉnh ủy', ['Ban Thường vụ Tỉnh ủy']], // rows 1, 13
  ['Đảng ủy UBND tỉnh', ['Đảng ủy UBND tỉnh']], // rows 2, 6–10
  ['Đảng ủy HĐND tỉnh\nĐảng ủy UBND tỉnh', ['Đảng ủy HĐND tỉnh', 'Đảng ủy UBND tỉnh']], // rows 3–5
  [
    '- Đảng ủy HĐND tỉnh,\n- Đảng ủy UBND tỉnh\n- Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh', // row 11
    ['Đảng ủy HĐND tỉnh', 'Đảng ủy UBND tỉnh', 'Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh'],
  ],
  ['Đảng ủy HĐND tỉnh, Đảng ủy UBND tỉnh', ['Đảng ủy HĐND tỉnh', 'Đảng ủy UBND tỉnh']], // row 12
  // Column 4: Chủ trì tham mưu thực hiện
  ['Ban Tuyên giáo và Dân vận Tỉnh ủy', ['Ban Tuyên giáo và Dân vận Tỉnh ủy']], // row 1
  ['Sở Tư pháp', ['Sở Tư pháp']], // rows 2, 6, 7, 8
  [
    'Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý', // rows 3, 9, 10, 12
    ['Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý'],
  ],
  [
    'Các ban HĐND tỉnh; các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý', // rows 4, 5
    ['Các ban HĐND tỉnh', 'các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý'],
  ],
  [
    'Các Ban HĐND tỉnh; Sở Tư pháp; các tổ chức chính trị - xã hội tỉnh', // row 11
    ['Các Ban HĐND tỉnh', 'Sở Tư pháp', 'các tổ chức chính trị - xã hội tỉnh'],
  ],
  ['Đảng ủy UBND tỉnh\nBan Nội chính Tỉnh ủy', ['Đảng ủy UBND tỉnh', 'Ban Nội chính Tỉnh ủy']], // row 13
  // Column 5: Phối hợp thực hiện
  [
    'Các Đảng ủy trực thuộc; các cơ quan, đơn vị liên quan; các địa phương; Báo và Phát thanh truyền hình tỉnh', // row 1
    ['Các Đảng ủy trực thuộc', 'các cơ quan, đơn vị liên quan', 'các địa phương', 'Báo và Phát thanh truyền hình tỉnh'],
  ],
  ['Các sở, ban, ngành liên quan; các địa phương', ['Các sở, ban, ngành liên quan', 'các địa phương']], // rows 2, 6
  [
    'Các sở, ban ngành liên quan; các địa phương', // rows 3, 4, 5, 9, 10, 11, 12
    ['Các sở, ban ngành liên quan', 'các địa phương'],
  ],
  ['Sở Khoa học và Công nghệ, các cơ quan liên quan', ['Sở Khoa học và Công nghệ', 'các cơ quan liên quan']], // row 7
  ['Các cơ quan, đơn vị, địa phương', ['Các cơ quan, đơn vị, địa phương']], // row 8
  [
    'Các Đảng ủy trực thuộc; các cơ quan, đơn vị liên quan; các địa phương;', // row 13
    ['Các Đảng ủy trực thuộc', 'các cơ quan, đơn vị liên quan', 'các địa phương'],
  ],
];

describe('splitAgencies', () => {
  it.each(APPENDIX_CELLS)('splits %j', (cell, names) => {
    expect(splitAgencies(cell)).toEqual(names);
  });

  it('reads a dash list flattened onto one line, as in the seed text of row 11', () => {
    expect(
      splitAgencies('- Đảng ủy HĐND tỉnh, - Đảng ủy UBND tỉnh - Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh'),
    ).toEqual(['Đảng ủy HĐND tỉnh', 'Đảng ủy UBND tỉnh', 'Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh']);
  });

  it('keeps official names that contain a comma before a capital', () => {
    expect(splitAgencies('Sở Văn hóa, Thể thao và Du lịch, các cơ quan liên quan')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'các cơ quan liên quan',
    ]);
    expect(splitAgencies('Báo và Phát thanh, Truyền hình Điện Biên')).toEqual([
      'Báo và Phát thanh, Truyền hình Điện Biên',
    ]);
    expect(splitAgencies('Ban Kinh tế, Ngân sách, Sở Tài chính', ['Ban Kinh tế, Ngân sách'])).toEqual([
      'Ban Kinh tế, Ngân sách',
      'Sở Tài chính',
    ]);
  });

  it('drops empty parts and trailing punctuation', () => {
    expect(splitAgencies('')).toEqual([]);
    expect(splitAgencies(' ; \n - ')).toEqual([]);
    expect(splitAgencies('• Sở Tư pháp.\n+ Sở Nội vụ;')).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
  });
});

describe('agencySlug and foldName', () => {
  it('builds a province-prefixed slug', () => {
    expect(agencySlug('Sở Tư pháp', 'Điện Biên')).toBe('dien-bien--so-tu-phap');
    expect(agencySlug('Đảng ủy HĐND tỉnh', null)).toBe('dang-uy-hdnd-tinh');
    expect(agencySlug('Các sở, ban, ngành liên quan', 'Thái Nguyên')).toBe('thai-nguyen--cac-so-ban-nganh-lien-quan');
  });

  it('folds case, tone marks, đ and spacing', () => {
    expect(foldName('  ĐẢNG ỦY   HĐND\ttỉnh ')).toBe('dang uy hdnd tinh');
    expect(foldName('Sở Tư pháp'.normalize('NFD'))).toBe('so tu phap');
  });
});

const ORGS: OrganizationName[] = [
  { id: 'bo-chinh-tri', name: 'Bộ Chính trị', shortName: null, province: null, aliases: [] },
  { id: 'so-tu-phap-thai-nguyen', name: 'Sở Tư pháp tỉnh Thái Nguyên', shortName: 'Sở Tư pháp Thái Nguyên', province: 'Thái Nguyên', aliases: ['Sở Tư pháp'] },
  { id: 'so-tu-phap-dien-bien', name: 'Sở Tư pháp tỉnh Điện Biên', shortName: 'Sở Tư pháp Điện Biên', province: 'Điện Biên', aliases: ['Sở Tư pháp'] },
  { id: 'dang-uy-hdnd-tinh-dien-bien', name: 'Đảng ủy Hội đồng nhân dân tỉnh Điện Biên', shortName: 'Đảng ủy HĐND tỉnh Điện Biên', province: 'Điện Biên', aliases: ['Đảng ủy HĐND tỉnh'] },
  { id: 'central-tu-phap', name: 'Tư pháp', shortName: null, province: null, aliases: ['Sở Tư pháp'] },
];

describe('matchOrganization', () => {
  it('matches an alias only within the document province', () => {
    expect(matchOrganization('Sở Tư pháp', ORGS, 'Điện Biên')).toBe('so-tu-phap-dien-bien');
    expect(matchOrganization('Sở Tư pháp', ORGS, 'Thái Nguyên')).toBe('so-tu-phap-thai-nguyen');
    expect(matchOrganization('Đảng ủy HĐND tỉnh', ORGS, 'Thái Nguyên')).toBeNull();
  });

  it('matches name, short name and alias, folded and whitespace-collapsed', () => {
    expect(matchOrganization('ĐẢNG ỦY  HĐND tỉnh', ORGS, 'Điện Biên')).toBe('dang-uy-hdnd-tinh-dien-bien');
    expect(matchOrganization('Đảng ủy HĐND tỉnh Điện Biên', ORGS, 'Điện Biên')).toBe('dang-uy-hdnd-tinh-dien-bien');
    expect(matchOrganization('Sở Tư pháp tỉnh Điện Biên'.normalize('NFD'), ORGS, 'Dien Bien')).toBe('so-tu-phap-dien-bien');
  });

  it('matches central bodies from any province and prefers a provincial match', () => {
    expect(matchOrganization('Bộ Chính trị', ORGS, 'Điện Biên')).toBe('bo-chinh-tri');
    expect(matchOrganization('Bộ Chính trị', ORGS, null)).toBe('bo-chinh-tri');
    expect(matchOrganization('Sở Tư pháp', ORGS, null)).toBe('central-tu-phap');
    expect(matchOrganization('Sở Tư pháp', ORGS.slice().reverse(), 'Điện Biên')).toBe('so-tu-phap-dien-bien');
  });

  it('returns null for a group of bodies', () => {
    expect(matchOrganization('Các sở, ban, ngành liên quan', ORGS, 'Điện Biên')).toBeNull();
  });
});

describe('toAgencyRef', () => {
  it('uses the organization id as slug when matched, else a province slug', () => {
    expect(toAgencyRef('Sở Tư pháp', ORGS, 'Điện Biên')).toEqual({
      name: 'Sở Tư pháp', orgId: 'so-tu-phap-dien-bien', slug: 'so-tu-phap-dien-bien',
    });
    expect(toAgencyRef('Các địa phương', ORGS, 'Điện Biên')).toEqual({
      name: 'Các địa phương', orgId: null, slug: 'dien-bien--cac-dia-phuong',
    });
  });
});
