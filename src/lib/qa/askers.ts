/**
 * Who asks a legal Q&A question: the people the directives name as those the law must serve
 * ("người dân, doanh nghiệp", 08-CT/TU §4.1) and the officials who apply it ("công chức, cán bộ
 * xã", §4.3). A new kind of asker is one line here.
 */
export const QA_ASKERS = [
  { id: 'nguoi-dan', label: 'Người dân' },
  { id: 'doanh-nghiep', label: 'Doanh nghiệp' },
  { id: 'can-bo-xa', label: 'Cán bộ, công chức xã' },
  { id: 'co-quan', label: 'Cơ quan, đơn vị' },
] as const;

export type QaAskerId = (typeof QA_ASKERS)[number]['id'];

export function askerLabel(id: string): string {
  return QA_ASKERS.find((a) => a.id === id)?.label ?? id;
}
