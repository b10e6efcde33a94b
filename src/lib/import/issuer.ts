/**
 * Which record in content/co-quan/ issued the document, from what the text says: the issuing
 * body's name ("Ban Thường vụ Tỉnh ủy", from the header, the appendix caption or the signature)
 * and the one province the text names ("tỉnh Điện Biên"). Bodies that did not exist at the
 * time are left out: at the date of issue when stated, otherwise after the latest document the
 * text cites (a document cannot cite a later one). Never guesses: two candidates, or none, is
 * "not determined", with the reason.
 */
import type { Organization } from '../content/schema.ts';
import { foldName } from '../tasks/agencies.ts';

export interface IssuerEvidence {
  /** Names of the issuing body as the text writes them, best first. */
  phrases: string[];
  /** All text of the document, to find the province in. */
  text: string;
  issued: string | null;
  /** Latest date of a document the text cites: the document is not older than that. */
  notBefore: string | null;
}

export type IssuerResult =
  | { ok: true; id: string; province: string | null; reason: string; /** The phrase that named it. */ phrase: string }
  | { ok: false; province: string | null; reason: string };

// Lines of the header that name no issuer: the national or Party motto, and the star under a name.
const NOT_AN_ISSUER = /^(?:dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap\W+tu do\W+hanh phuc|\W*)$/;

/**
 * Names of the issuing body in the lines printed above the type word (top left: the body above,
 * then the issuing body, e.g. "TỈNH ỦY ĐIỆN BIÊN" / "BAN THƯỜNG VỤ", or "BAN THƯỜNG VỤ TỈNH ỦY"),
 * best first: each line after the line above it ("BAN THƯỜNG VỤ TỈNH ỦY ĐIỆN BIÊN"), then alone,
 * from the lowest line up. With the lines each phrase is made of.
 */
export function headerIssuerPhrases(lines: readonly string[]): { phrase: string; lines: string[] }[] {
  const named = lines.map((l) => l.trim()).filter((l) => !NOT_AN_ISSUER.test(foldName(l)));
  const out: { phrase: string; lines: string[] }[] = [];
  for (let i = named.length - 1; i >= 0; i--) {
    if (i > 0) out.push({ phrase: `${named[i]} ${named[i - 1]}`, lines: [named[i - 1]!, named[i]!] });
    out.push({ phrase: named[i]!, lines: [named[i]!] });
  }
  return out;
}

/** The one province the text names ("tỉnh Điện Biên", "Tỉnh ủy Điện Biên") among those of the organizations. */
export function provinceOf(orgs: readonly Organization[], text: string): { ok: true; province: string } | { ok: false; reason: string } {
  const provinces = [...new Set(orgs.map((o) => o.province).filter((p): p is string => p !== null))];
  const folded = foldName(text);
  const named = provinces.filter((p) => new RegExp(`(?:tinh|tinh uy) ${escape(foldName(p))}(?![a-z])`).test(folded));
  if (named.length === 1) return { ok: true, province: named[0]! };
  return { ok: false, reason: named.length === 0 ? 'văn bản không nêu tên tỉnh nào có trong content/co-quan/' : `văn bản nêu nhiều tỉnh (${named.join(', ')})` };
}

export function resolveIssuer(orgs: readonly Organization[], evidence: IssuerEvidence): IssuerResult {
  const found = provinceOf(orgs, evidence.text);
  if (!found.ok) return { ok: false, province: null, reason: found.reason };
  const province = found.province;
  if (!evidence.phrases.length) return { ok: false, province, reason: 'không tìm thấy tên cơ quan ban hành (dòng "CỦA …", tên cơ quan ở đầu văn bản, chú thích phụ lục hoặc dòng "T/M …" của chữ ký)' };
  for (const phrase of evidence.phrases) {
    const wanted = foldName(phrase);
    const matching = orgs.filter(
      (o) => o.province === province && (foldName(o.name).startsWith(wanted) || o.aliases.some((a) => foldName(a) === wanted)),
    );
    if (!matching.length) continue;
    const alive = matching.filter((o) => existedAt(o, evidence.issued, evidence.notBefore));
    if (alive.length === 1) {
      const when = evidence.issued
        ? `ngày ban hành ${evidence.issued}`
        : evidence.notBefore && alive.length < matching.length
          ? `văn bản dẫn chiếu văn bản ngày ${evidence.notBefore}, khi ${matching.filter((o) => o !== alive[0]).map((o) => o.id).join(', ')} không còn tồn tại`
          : null;
      return { ok: true, id: alive[0]!.id, province, phrase, reason: `"${phrase}" + "tỉnh ${province}"${when ? `; ${when}` : ''}` };
    }
    const ids = (alive.length ? alive : matching).map((o) => o.id).join(', ');
    return { ok: false, province, reason: `"${phrase}" của tỉnh ${province} khớp nhiều cơ quan (${ids}); không đủ căn cứ để chọn` };
  }
  return { ok: false, province, reason: `không có cơ quan "${evidence.phrases[0]}" của tỉnh ${province} trong content/co-quan/ (hãy tạo tệp cho cơ quan này)` };
}

function existedAt(o: Organization, issued: string | null, notBefore: string | null): boolean {
  if (issued) return (!o.validFrom || o.validFrom <= issued) && (!o.validUntil || issued <= o.validUntil);
  if (notBefore) return !o.validUntil || notBefore <= o.validUntil;
  return true;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
