/**
 * Who a reading-day issue is written for. A short fixed list: the directive names agencies,
 * units and communes (08-CT/TU §4.3), and schools read law too (Thái Nguyên directive, part 5).
 * A new audience is one line here.
 */
export const READING_DAY_AUDIENCES = [
  { id: 'co-quan', label: 'Cơ quan, đơn vị' },
  { id: 'xa-phuong', label: 'Xã, phường' },
  { id: 'truong-hoc', label: 'Trường học' },
  { id: 'doanh-nghiep', label: 'Doanh nghiệp' },
  { id: 'nguoi-dan', label: 'Người dân' },
] as const;

export type ReadingDayAudienceId = (typeof READING_DAY_AUDIENCES)[number]['id'];

export function audienceLabel(id: string): string {
  return READING_DAY_AUDIENCES.find((a) => a.id === id)?.label ?? id;
}
