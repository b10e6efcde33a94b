/**
 * Vietnamese document numbers (số, ký hiệu), in the three shapes we publish:
 * Party `08-CT/TU`, State `05/QĐ-BCĐ`, State normative `12/2025/NQ-HĐND`.
 * Users type them loosely ("08 ct tu", "CT 08", "178-QD/TW"); these functions
 * make every such spelling meet the number as written.
 */
import { foldVietnamese } from './fold.ts';

export type DocNumberStyle = 'party' | 'state' | 'state-normative';

/** A document number as written, split into its parts. */
export interface DocNumber {
  /** The input, NFC and trimmed. */
  raw: string;
  style: DocNumberStyle;
  /** Serial as written, leading zeros kept ("08"). */
  serial: string;
  serialValue: number;
  /** Year inside the number (state-normative only). */
  year: number | null;
  /** As written, e.g. "QĐ", "CTr", "ct". */
  typeCode: string;
  /** As written without spaces; joint issuers keep their hyphens ("BTP-BNV"). */
  issuerCode: string;
}

/** A query recognised as a document number; null parts match anything. */
export interface LooseDocNumber {
  serial: number;
  /** Folded, uppercase ("QD"). Always set by looseNumberQuery today. */
  typeCode: string | null;
  /** Folded, uppercase; parts of a joint issuer joined by one space ("BTP BNV"). */
  issuerCode: string | null;
  year: number | null;
}

/**
 * Type codes looseNumberQuery accepts (Party codes of the reference notes plus
 * common State ones). Without a list, "điều 8" or "Quý II/2026" would look like
 * numbers. Pass your own list when the content has other types.
 */
export const DOC_TYPE_CODES: readonly string[] = [
  'NQ', 'CT', 'KL', 'QĐ', 'QC', 'QyĐ', 'KH', 'CTr', 'HD', 'TB', 'BC', 'TTr', 'ĐA', 'TT',
  'CV', 'NĐ', 'TTLT', 'NQLT', 'PA', 'CĐ', 'BB', 'HĐ', 'GM',
];

/**
 * Type names as people type them before a number ("chỉ thị 08", "nghi quyet 66", "quy định số
 * 178"), with the code the number carries (the reference notes; Party "quy định" is QĐ like
 * "quyết định"; State "nghị định" and "thông tư" are NĐ and TT).
 */
export const DOC_TYPE_NAMES: Readonly<Record<string, string>> = {
  'nghị quyết': 'NQ', 'chỉ thị': 'CT', 'kết luận': 'KL', 'quyết định': 'QĐ', 'quy định': 'QĐ',
  'quy chế': 'QC', 'kế hoạch': 'KH', 'chương trình': 'CTr', 'hướng dẫn': 'HD', 'thông báo': 'TB',
  'báo cáo': 'BC', 'tờ trình': 'TTr', 'đề án': 'ĐA', 'thông tri': 'TT', 'công văn': 'CV',
  'nghị định': 'NĐ', 'thông tư': 'TT', 'phương án': 'PA',
};

// Word processors turn hyphens into en dashes and the like; all count as "-" or "/".
const HYPHENS = /[\u2010-\u2015\u2212\ufe63\uff0d]/g;
const SLASHES = /[\u2044\u2215\uff0f]/g;
const CODE = '[A-Za-zĐđÐð][A-Za-zĐđÐð0-9]*';
const ISSUER = `${CODE}(?:\\s*-\\s*${CODE})*`;
const SERIAL = '(\\d{1,6})';
const YEAR = '((?:19|20)\\d{2})';
const PARTY = new RegExp(`^${SERIAL}\\s*-\\s*(${CODE})\\s*/\\s*(${ISSUER})$`);
const STATE = new RegExp(`^${SERIAL}\\s*/\\s*(${CODE})\\s*-\\s*(${ISSUER})$`);
const NORMATIVE = new RegExp(`^${SERIAL}\\s*/\\s*${YEAR}\\s*/\\s*(${CODE})\\s*-\\s*(${ISSUER})$`);

function clean(s: string): string {
  return s.normalize('NFC').trim().replace(HYPHENS, '-').replace(SLASHES, '/');
}

/** Parse a number written with its separators (any spacing, any case, D for Đ); null otherwise. */
export function parseDocNumber(s: string): DocNumber | null {
  const raw = s.normalize('NFC').trim();
  const text = clean(s);
  const build = (style: DocNumberStyle, serial: string, year: string | null, type: string, issuer: string): DocNumber | null => {
    const serialValue = Number(serial);
    if (serialValue === 0) return null;
    const issuerCode = issuer.replace(/\s+/g, '');
    return { raw, style, serial, serialValue, year: year === null ? null : Number(year), typeCode: type, issuerCode };
  };
  let m = PARTY.exec(text);
  if (m) return build('party', m[1]!, null, m[2]!, m[3]!);
  m = STATE.exec(text);
  if (m) return build('state', m[1]!, null, m[2]!, m[3]!);
  m = NORMATIVE.exec(text);
  if (m) return build('state-normative', m[1]!, m[2]!, m[3]!, m[4]!);
  return null;
}

/** Folded uppercase parts; style is dropped, so "08 CT TU" and "08-CT/TU" meet. */
interface Parts {
  serial: string;
  serialValue: number;
  year: number | null;
  type: string;
  issuer: string[];
}

function foldCode(code: string): string {
  return foldVietnamese(code).toUpperCase();
}

/** Split into ASCII-ish words: "08CT" becomes "08", "CT"; "QH15" stays whole. */
function words(s: string): string[] {
  const folded = foldCode(clean(s)).replace(/(\d)(?=[A-Z])/g, '$1 ');
  return folded.split(/[^A-Z0-9]+/).filter((w) => w !== '');
}

function partsOf(s: string): Parts | null {
  const parsed = parseDocNumber(s);
  if (parsed) {
    const { serial, serialValue, year } = parsed;
    return { serial, serialValue, year, type: foldCode(parsed.typeCode), issuer: foldCode(parsed.issuerCode).split('-') };
  }
  // Without separators only the written order tells the parts apart:
  // serial, optional year, type, issuer.
  const w = words(s);
  const isNumber = (x: string | undefined): boolean => x !== undefined && /^\d{1,6}$/.test(x);
  if (!isNumber(w[0])) return null;
  const hasYear = isNumber(w[1]) && /^(19|20)\d\d$/.test(w[1]!);
  const codes = w.slice(hasYear ? 2 : 1);
  if (codes.length < 2 || codes.some((c) => !/^[A-Z]/.test(c))) return null;
  const serialValue = Number(w[0]);
  if (serialValue === 0) return null;
  return { serial: w[0]!, serialValue, year: hasYear ? Number(w[1]) : null, type: codes[0]!, issuer: codes.slice(1) };
}

/** Canonical key, e.g. "8 CT TU", "5 QD BCD", "12 2025 NQ HDND"; null when not a number. */
export function docNumberKey(s: string): string | null {
  const p = partsOf(s);
  if (!p) return null;
  return [String(p.serialValue), ...(p.year === null ? [] : [String(p.year)]), p.type, ...p.issuer].join(' ');
}

const NAMES = Object.entries(DOC_TYPE_NAMES).map(([name, code]) => ({ words: words(name), code: foldCode(code) }));

/** Query words with each type name ("CHI THI") replaced by its code ("CT"), and whether there was one. */
function withTypeCodes(w: string[]): { words: string[]; named: boolean } {
  const out: string[] = [];
  let named = false;
  for (let i = 0; i < w.length; i++) {
    const name = NAMES.find((n) => n.words.every((x, j) => w[i + j] === x));
    out.push(name ? name.code : w[i]!);
    if (name) {
      named = true;
      i += name.words.length - 1;
    }
  }
  return { words: out, named };
}

/**
 * Read a search query as a document number in any order: "CT 08", "ct 08 tu",
 * "qd bcd 05", "số 08-CT/TU", "chỉ thị 08", "quy dinh so 178" (a type name stands for its code).
 * Needs exactly one serial (optionally followed by a year) and a known type code; the other
 * codes, in order, are the issuer. A type name with a year alone ("kế hoạch 2026") is not a number.
 */
export function looseNumberQuery(query: string, typeCodes: readonly string[] = DOC_TYPE_CODES): LooseDocNumber | null {
  const { words: w, named } = withTypeCodes(words(query));
  // "số 08", "chỉ thị số 08": the word for "number" before the serial.
  for (let i = w.length - 2; i >= 0; i--) if (w[i] === 'SO' && /^\d+$/.test(w[i + 1]!)) w.splice(i, 1);
  const numbers = w.filter((x) => /^\d+$/.test(x));
  const codes = w.filter((x) => !/^\d+$/.test(x));
  if (numbers.length === 0 || numbers.length > 2 || !/^\d{1,6}$/.test(numbers[0]!)) return null;
  // "kế hoạch 2026" asks for the year's plans, not plan number 2026.
  if (named && numbers.length === 1 && /^(19|20)\d\d$/.test(numbers[0]!)) return null;
  if (numbers.length === 2 && !/^(19|20)\d\d$/.test(numbers[1]!)) return null;
  const known = new Set(typeCodes.map(foldCode));
  const typeAt = codes.findIndex((c) => known.has(c));
  if (typeAt < 0 || codes.length > 4) return null;
  const serial = Number(numbers[0]);
  if (serial === 0) return null;
  const issuer = codes.filter((_, i) => i !== typeAt);
  return {
    serial,
    typeCode: codes[typeAt]!,
    issuerCode: issuer.length > 0 ? issuer.join(' ') : null,
    year: numbers.length === 2 ? Number(numbers[1]) : null,
  };
}

/** Whether a written document number fits the query; unset parts of the query match anything. */
export function matchesDocNumber(loose: LooseDocNumber, number: string): boolean {
  const p = partsOf(number);
  if (!p || p.serialValue !== loose.serial) return false;
  if (loose.year !== null && loose.year !== p.year) return false;
  if (loose.typeCode !== null && loose.typeCode !== p.type) return false;
  return loose.issuerCode === null || loose.issuerCode === p.issuer.join(' ');
}

/**
 * Extra index text so a full-text index finds the number in any spelling; "" when
 * not a number. Variants, each for a reason:
 * - as written: exact search ("178-QĐ/TW");
 * - folded ("178-qd/tw"): typed without đ; left out when it only differs in case;
 * - parts ("178 qd tw"): the query split into words by the index;
 * - type first ("qd 178"): how people say it, "quyết định 178";
 * - glued ("178qdtw"): typed without any separator;
 * - and parts, type first, glued again without leading zeros ("8 ct tu").
 */
export function docNumberSearchText(number: string): string {
  const p = partsOf(number);
  if (!p) return '';
  const raw = number.normalize('NFC').trim();
  const lower = (xs: string[]): string[] => xs.map((x) => x.toLowerCase());
  const forms = (serial: string): string[] => {
    const parts = lower([serial, ...(p.year === null ? [] : [String(p.year)]), p.type, ...p.issuer]);
    return [parts.join(' '), `${p.type.toLowerCase()} ${serial}`, parts.join('')];
  };
  const variants = [raw, foldVietnamese(raw), ...forms(p.serial)];
  if (p.serial !== String(p.serialValue)) variants.push(...forms(String(p.serialValue)));
  // Pagefind ignores case, so variants equal but for case would only add weight.
  const kept = new Map<string, string>();
  for (const v of variants) if (!kept.has(v.toLowerCase())) kept.set(v.toLowerCase(), v);
  return [...kept.values()].join(' ');
}

/** URL slug keeping the serial as written: "05/QĐ-BCĐ" gives "05-qd-bcd"; null when not a number. */
export function docNumberSlug(number: string): string | null {
  const p = partsOf(number);
  if (!p) return null;
  return [p.serial, ...(p.year === null ? [] : [String(p.year)]), p.type, ...p.issuer].join('-').toLowerCase();
}

/** A document number found in running text. */
export interface FoundDocNumber {
  /** The number as written in the text. */
  text: string;
  /** Offsets into the searched string (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

// Written numbers in running text: codes start with a capital letter so that dates
// ("27/6/2024") and fractions never look like numbers.
const TEXT_CODE = '[A-ZĐÐ][A-Za-zĐđÐð0-9]*';
const TEXT_ISSUER = `${TEXT_CODE}(?:-${TEXT_CODE})*`;
const IN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}/-])\\d{1,6}(?:-${TEXT_CODE}/${TEXT_ISSUER}|/(?:(?:19|20)\\d{2}/)?${TEXT_CODE}-${TEXT_ISSUER})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Document numbers written in `text` ("Quy định số 178-QĐ/TW, ngày …" gives "178-QĐ/TW"),
 * in order. Only the compact forms documents are written in; loose spellings are for queries.
 */
export function findDocNumbers(text: string): FoundDocNumber[] {
  const found: FoundDocNumber[] = [];
  for (const m of text.matchAll(IN_TEXT)) {
    if (parseDocNumber(m[0]) === null) continue;
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Starts every word docNumberToken makes: "văn bản số". No Vietnamese word starts so. */
const TOKEN_PREFIX = 'vbso';

const tokenPart = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * One word that only a document's own number gives, for its page in the index: "08-CT/TU" gives
 * "vbso8cttu", "12/2025/NQ-HĐND" "vbso12nqhdnd2025" (serial without leading zeros, type, issuer,
 * year last). Pages citing the number do not have it, so searching it finds the document itself
 * among any number of pages citing it. Null when not a number.
 */
export function docNumberToken(number: string): string | null {
  const p = partsOf(number);
  if (!p) return null;
  return TOKEN_PREFIX + tokenPart([String(p.serialValue), p.type, ...p.issuer, p.year === null ? '' : String(p.year)].join(''));
}

/**
 * The start of the tokens of every number a query may name, for Pagefind's prefix match: "CT 08"
 * gives "vbso8ct" (any issuer), "08 ct tu" "vbso8cttu". Matches may have a longer type or issuer
 * ("vbso8ctrtu" for 8-CTr/TU); matchesDocNumber tells them apart.
 */
export function docNumberTokenPrefix(loose: LooseDocNumber): string {
  const issuer = loose.issuerCode === null ? '' : loose.issuerCode;
  const year = loose.issuerCode !== null && loose.year !== null ? String(loose.year) : '';
  return TOKEN_PREFIX + tokenPart(`${loose.serial}${loose.typeCode ?? ''}${issuer}${year}`);
}
