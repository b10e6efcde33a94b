/**
 * An organization's name as a reader tells it apart: bodies that share a name (the Ban Thường vụ
 * Tỉnh ủy Thái Nguyên before and after the July 2025 merger) get the period each one existed.
 */
import { formatViDate } from '../dates.ts';
import type { Organization } from './schema.ts';

type Named = Pick<Organization, 'id' | 'name' | 'validFrom' | 'validUntil'>;

/** "từ 01/07/2025", "đến 30/06/2025", "01/01/2020 – 30/06/2025"; null when neither date is known. */
export function periodOf(org: Pick<Organization, 'validFrom' | 'validUntil'>): string | null {
  const from = org.validFrom ? formatViDate(org.validFrom) : null;
  const until = org.validUntil ? formatViDate(org.validUntil) : null;
  if (from && until) return `${from} – ${until}`;
  if (from) return `từ ${from}`;
  if (until) return `đến ${until}`;
  return null;
}

/** `org.name`, followed by its period in brackets when another of `all` has the same name. */
export function distinctName(org: Named, all: Iterable<Named>): string {
  const twin = [...all].some((o) => o.id !== org.id && o.name === org.name);
  const period = twin ? periodOf(org) : null;
  return period ? `${org.name} (${period})` : org.name;
}
