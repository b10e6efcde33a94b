/**
 * Text the PNG pictures draw (each document's sharing card, the portal's card, every
 * infographic) must be in the bundled font: the renderer draws glyph outlines from it and has no
 * fallback (src/lib/png/glyphs.ts). A character the font lacks ("⇒", "≥", an emoji) is named
 * where it is written, so `npm run check` and the build stop before anything is built instead of
 * the PNG step failing at the end with a stack trace.
 */
import type { RawContent, RawInfographic } from './read.ts';
import type { DocumentEntry } from './corpus.ts';
import type { ContentProblem } from './problems.ts';
import type { Infographic } from '../infographic/types.ts';
import { FONT_FAMILY, fontMetrics } from '../infographic/font.ts';

type LineOf = (path: readonly (string | number)[]) => number | null;

/** What a document still has while the corpus is built (see buildCorpus). */
type CheckedDocument = DocumentEntry & { lineOf: LineOf; bodyLine: number };

/** Plain replacements for characters editors are likely to type. */
const INSTEAD: Record<string, string> = {
  '→': '"->" hoặc chữ "đến"',
  '⇒': '"=>" hoặc chữ "dẫn đến"',
  '←': '"<-"',
  '↔': '"<->"',
  '≤': '"<=" hoặc chữ "không quá"',
  '≥': '">=" hoặc chữ "từ … trở lên"',
  '≠': 'chữ "khác"',
  '≈': 'chữ "khoảng"',
  '✓': 'chữ "đạt" hoặc "x"',
  '✔': 'chữ "đạt" hoặc "x"',
  '●': '"•"',
  '■': '"•"',
  '▪': '"•"',
};

// ASCII, Latin-1, Latin Extended-A, ơ ư, combining marks, the Vietnamese letters, dashes, quotes
// and the ellipsis: all in Noto Sans (tests/unit/content-drawable.test.ts), so not looked up one by
// one. Checking every drawing of a 10,000-document corpus took seconds without this.
const IN_FONT = /[\x20-\x7E\xA0-\u017F\u01A0\u01A1\u01AF\u01B0\u0300-\u036F\u1EA0-\u1EF9\u2013\u2014\u2018\u2019\u201C\u201D\u2026\s]+/g;

/** Characters of `text` that no weight of the bundled font can draw. */
export function undrawable(text: string): string[] {
  const rest = text.normalize('NFC').replace(IN_FONT, '');
  if (!rest) return [];
  const { missing } = fontMetrics();
  return [...new Set([...missing(rest, 'regular'), ...missing(rest, 'bold')])];
}

/** "ký tự "⇒" (U+21D2)" for each character, and what to write instead. */
export function undrawableMessage(chars: readonly string[], picture: string): string {
  const named = chars.map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
  const known = chars.filter((ch) => INSTEAD[ch]).map((ch) => `"${ch}" bằng ${INSTEAD[ch]}`);
  const other = chars.filter((ch) => !INSTEAD[ch]).map((ch) => `"${ch}"`);
  const fixes = [...(known.length ? [`thay ${known.join(', ')}`] : []), ...(other.length ? [`bỏ ${other.join(', ')} hoặc thay bằng chữ`] : [])];
  return `${chars.length > 1 ? 'các ký tự' : 'ký tự'} ${named} không có trong phông ${FONT_FAMILY} dùng để vẽ ${picture}, nên ảnh PNG không vẽ được; ${fixes.join('; ')}`;
}

/** Adds a problem for every field or line whose drawn text the font cannot draw. */
export function checkDrawable(
  raw: RawContent,
  documents: readonly DocumentEntry[],
  infographics: readonly Infographic[],
  problems: ContentProblem[],
): void {
  const seen = new Set<string>();
  const check = (text: string | null | undefined, file: string, line: number | null, field: string, picture: string) => {
    if (!text) return;
    const chars = undrawable(text);
    const key = `${file}\u0000${line}\u0000${field}`;
    if (!chars.length || seen.has(key)) return;
    seen.add(key);
    problems.push({ file, line, field, message: undrawableMessage(chars, picture), severity: 'error' });
  };

  const config = raw.sources.config;
  if (config && raw.config) {
    for (const field of ['name', 'owner', 'description'] as const) {
      check(raw.config[field], config.file, config.lineOf([field]), field, 'ảnh chia sẻ của Cổng');
    }
  }
  const catalog = raw.sources.catalog;
  if (catalog && raw.catalog) {
    raw.catalog.types.forEach((t, i) => check(t.name.toLocaleUpperCase('vi'), catalog.file, catalog.lineOf(['types', i, 'name']), `types[${i}].name`, 'ảnh chia sẻ của văn bản'));
  }
  for (const org of raw.organizations) {
    const file = raw.organizationFiles.get(org.id);
    if (file) check(org.name, file, raw.organizationLines.get(org.id)?.(['name']) ?? null, 'name', 'ảnh chia sẻ và infographic');
  }

  const byId = new Map(documents.map((d) => [d.id, d as CheckedDocument]));
  for (const doc of byId.values()) {
    check(doc.data.title, doc.file, doc.lineOf(['title']), 'title', 'ảnh chia sẻ của văn bản');
    check(doc.data.number, doc.file, doc.lineOf(['number']), 'number', 'ảnh chia sẻ của văn bản');
  }

  const written = new Map(raw.infographics.map((r) => [r.file, r]));
  for (const ig of infographics) {
    const source = ig.file === null ? undefined : written.get(ig.file);
    if (source) checkWritten(source, check);
    else checkGenerated(ig, byId, check);
  }
}

type Check = (text: string | null | undefined, file: string, line: number | null, field: string, picture: string) => void;

function checkWritten(r: RawInfographic, check: Check): void {
  const picture = 'infographic';
  check(r.data.title, r.file, r.lineOf(['title']), 'title', picture);
  check(r.data.summary, r.file, r.lineOf(['summary']), 'summary', picture);
  r.body.split('\n').forEach((text, i) => check(text, r.file, r.bodyLine + i, 'nội dung', picture));
}

/**
 * A generated infographic draws rows of its document's task table: a character it cannot draw is
 * named at the first line of the document's body that has it.
 */
function checkGenerated(ig: Infographic, byId: Map<string, CheckedDocument>, check: Check): void {
  const doc = byId.get(ig.sources[0]?.documentId ?? '');
  if (!doc) return;
  const drawn = [...ig.svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!)).join('\n');
  const chars = undrawable(drawn);
  if (!chars.length) return;
  const lines = doc.body.split('\n');
  const byLine = new Map<number, string>();
  for (const ch of chars) {
    // Not in the body: it came from a name the drawing also shows (type, issuer, portal), whose
    // own file is named by the checks above.
    const at = lines.findIndex((l) => l.normalize('NFC').includes(ch));
    if (at >= 0) byLine.set(at, (byLine.get(at) ?? '') + ch);
  }
  for (const [at, text] of byLine) check(text, doc.file, doc.bodyLine + at, 'bảng nhiệm vụ', `infographic /infographic/${ig.slug}/`);
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
