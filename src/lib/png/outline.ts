/**
 * The SVG the PNG is rendered from: every <text> of a drawing replaced by one <path> of its
 * glyphs' outlines (glyphs.ts). Only the PNG path uses this; the SVG offered inline and for
 * download keeps its text, which screen readers, search and copy-paste need.
 *
 * Our drawings (src/lib/infographic/, src/lib/share-image/card.ts) write each line as one
 * `<text x y font-size font-weight fill text-anchor>` with plain text inside. Anything else (a
 * <tspan>, a list of x positions, a baseline or letter-spacing attribute) is refused with an
 * error rather than drawn differently from the browser.
 */
import type { Weight } from '../infographic/font.ts';
import type { GlyphSet } from './glyphs.ts';

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
/** Attributes of <text> this conversion knows how to honour. */
const KNOWN = new Set(['x', 'y', 'font-family', 'font-size', 'font-weight', 'fill', 'text-anchor', 'textLength', 'lengthAdjust']);
/** Text attributes on the root <svg> (inherited by every <text>) that would change the drawing. */
const INHERITED = /\s(font-size|font-weight|text-anchor|dominant-baseline|letter-spacing|word-spacing|font-style)="/;

export function outlineText(svg: string, glyphs: GlyphSet): string {
  const root = /^\s*<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error('Ảnh PNG: không phải tài liệu SVG');
  const inherited = INHERITED.exec(root);
  if (inherited) throw new Error(`Ảnh PNG: thuộc tính ${inherited[1]} trên <svg> chưa được hỗ trợ khi đổi chữ thành đường nét`);
  const out = svg.replace(TEXT, (_, attrs: string, content: string) => textPath(attributes(attrs), decode(content), glyphs));
  const left = /<(text|tspan|textPath)\b/.exec(out);
  if (left) throw new Error(`Ảnh PNG: <${left[1]}> có dạng chưa được hỗ trợ khi đổi chữ thành đường nét`);
  return out;
}

function textPath(attrs: Map<string, string>, content: string, glyphs: GlyphSet): string {
  for (const name of attrs.keys()) if (!KNOWN.has(name)) throw new Error(`Ảnh PNG: thuộc tính ${name} của <text> chưa được hỗ trợ`);
  const x = coordinate(attrs, 'x');
  const y = coordinate(attrs, 'y');
  const size = Number(attrs.get('font-size') ?? 16);
  if (!(size > 0)) throw new Error(`Ảnh PNG: font-size "${attrs.get('font-size')}" không hợp lệ`);
  const weight = fontWeight(attrs.get('font-weight'));
  // SVG's default white-space handling: newlines dropped, tabs as spaces, runs of spaces as one, trimmed.
  const text = content.replace(/[\r\n]/g, '').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim();
  const anchor = attrs.get('text-anchor') ?? 'start';
  const width = glyphs.width(text, size, weight);
  const start = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : anchor === 'start' ? x : NaN;
  if (Number.isNaN(start)) throw new Error(`Ảnh PNG: text-anchor "${anchor}" không hợp lệ`);
  const { d } = glyphs.place(text, start, y, size, weight);
  if (!d) return '';
  // textLength (glyphs and spacing adjusted): the line is stretched or squeezed to that width from
  // its start. The drawings state the width the same font measured, so it is normally a no-op.
  const length = attrs.has('textLength') ? Number(attrs.get('textLength')) : width;
  if (!(length >= 0)) throw new Error(`Ảnh PNG: textLength="${attrs.get('textLength')}" của <text> không hợp lệ`);
  const adjust = attrs.get('lengthAdjust') ?? 'spacing';
  if (adjust !== 'spacingAndGlyphs' && Math.abs(length - width) > 0.5) throw new Error(`Ảnh PNG: lengthAdjust="${adjust}" khác độ rộng của chữ chưa được hỗ trợ`);
  const scale = width > 0 && Math.abs(length - width) > 0.5 ? length / width : 1;
  const transform = scale === 1 ? '' : ` transform="matrix(${round(scale)} 0 0 1 ${round(start * (1 - scale))} 0)"`;
  return `<path d="${d}" fill="${attrs.get('fill') ?? '#000000'}"${transform}/>`;
}

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(ATTRIBUTE)) out.set(m[1]!, m[2]!);
  return out;
}

function coordinate(attrs: Map<string, string>, name: string): number {
  const raw = attrs.get(name) ?? '0';
  const v = Number(raw);
  if (!Number.isFinite(v)) throw new Error(`Ảnh PNG: ${name}="${raw}" của <text> chưa được hỗ trợ (cần một số)`);
  return v;
}

function fontWeight(raw: string | undefined): Weight {
  if (raw === undefined || raw === '400' || raw === 'normal') return 'regular';
  if (raw === '700' || raw === 'bold') return 'bold';
  throw new Error(`Ảnh PNG: font-weight "${raw}" không có trong phông đi kèm (chỉ 400 và 700)`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

function round(v: number): string {
  return String(Math.round(v * 10000) / 10000);
}
