/**
 * Names of bodies in task cells ("Chủ trì", "Phối hợp", "Cấp ủy theo dõi chỉ đạo"): splitting a
 * cell into names and mapping each name to an organization record.
 */
import { slugify } from '../slug.ts';
import type { AgencyRef } from './types.ts';

/** The part of an organization record that name matching needs. */
export interface OrganizationName {
  id: string;
  name: string;
  shortName: string | null;
  /** Province the body belongs to, or null for a central body. */
  province: string | null;
  aliases: readonly string[];
}

/**
 * Official names with a comma before a capital letter, which the comma rule would otherwise cut
 * in two. Callers can add more (e.g. every organization name and alias).
 */
export const COMMA_NAMES: readonly string[] = [
  'Văn hóa, Thể thao và Du lịch',
  'Phát thanh, Truyền hình',
];

/** Lowercase, tone marks removed, đ → d, whitespace collapsed: how names are compared. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

// Private-use character standing in for a protected comma while a cell is split.
const KEPT_COMMA = '\uE000';
const BULLET = /^[-–—•+*]\s*/;
// A comma starts a new name only before a capital letter or a new group ("các …"):
// "Các sở, ban, ngành liên quan" is one name, "Sở Khoa học và Công nghệ, các cơ quan liên quan" two.
const NAME_COMMA = /,\s*(?=\p{Lu}|các\s|[-–—•]\s)/u;
// In a line written as a dash list ("- A, - B - C") a spaced dash before a capital starts a name;
// elsewhere " - " belongs to the name ("các tổ chức chính trị - xã hội").
const INLINE_BULLET = /\s[-–—•]\s+(?=\p{Lu})/u;

/** Splits a cell into the names of the bodies it lists, each kept as written. */
export function splitAgencies(cell: string, keepNames: readonly string[] = []): string[] {
  let text = cell.normalize('NFC');
  for (const name of [...COMMA_NAMES, ...keepNames]) {
    const nfc = name.normalize('NFC');
    if (nfc.includes(',')) text = text.replaceAll(nfc, nfc.replaceAll(',', KEPT_COMMA));
  }
  const names: string[] = [];
  for (const line of text.split(/\r?\n|;/)) {
    const trimmed = line.trim();
    const parts = BULLET.test(trimmed) ? trimmed.split(INLINE_BULLET) : [trimmed];
    for (const part of parts) {
      for (const piece of part.split(NAME_COMMA)) {
        const name = piece
          .replace(BULLET, '')
          .replace(/[\s,;.]+$/, '')
          .replaceAll(KEPT_COMMA, ',')
          .trim();
        if (name !== '') names.push(name);
      }
    }
  }
  return names;
}

/** Page slug of a body with no organization record: "dien-bien--so-tu-phap". */
export function agencySlug(name: string, province: string | null = null): string {
  const own = slugify(name);
  return province ? `${slugify(province)}--${own}` : own;
}

/**
 * Id of the organization a name refers to, or null. Only bodies of the document's province (or
 * central bodies) match, since "Sở Tư pháp" exists in every province. A provincial match wins
 * over a central one; among equals the first record wins, so callers should pass records in a
 * stable order (and leave out bodies that no longer existed when the document was issued).
 */
export function matchOrganization(
  name: string,
  orgs: readonly OrganizationName[],
  province: string | null,
): string | null {
  const wanted = foldName(name);
  const place = province === null ? null : foldName(province);
  let central: string | null = null;
  for (const org of foldedOrganizations(orgs)) {
    const local = org.province !== null && place !== null && org.province === place;
    if (!local && org.province !== null) continue;
    if (!org.names.has(wanted)) continue;
    if (local) return org.id;
    central ??= org.id;
  }
  return central;
}

/** An organization record with its names and province folded, as matchOrganization compares them. */
interface FoldedOrganization {
  id: string;
  province: string | null;
  names: Set<string>;
}

// The corpus matches every name of every task cell against the same list of records: folding
// the records once per list, not once per cell, took matching from ~10% of a build to nothing.
// Keyed by the list itself, so callers must not change a list they have already passed in.
const FOLDED = new WeakMap<readonly OrganizationName[], FoldedOrganization[]>();

function foldedOrganizations(orgs: readonly OrganizationName[]): FoldedOrganization[] {
  let folded = FOLDED.get(orgs);
  if (!folded) {
    folded = orgs.map((org) => ({
      id: org.id,
      province: org.province === null ? null : foldName(org.province),
      names: new Set([org.name, org.shortName ?? '', ...org.aliases].filter((n) => n !== '').map(foldName)),
    }));
    FOLDED.set(orgs, folded);
  }
  return folded;
}

export function toAgencyRef(
  name: string,
  orgs: readonly OrganizationName[],
  province: string | null,
): AgencyRef {
  const orgId = matchOrganization(name, orgs, province);
  return { name, orgId, slug: orgId ?? agencySlug(name, province) };
}
