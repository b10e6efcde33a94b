/**
 * What every drawing function shares: the canvas, the colours (dark on white, so a print or a
 * photocopy keeps it readable), escaping, and wrapped text as one <text> element per line.
 */
import type { Measure, Weight } from './font.ts';
import { wrapText } from './layout/wrap.ts';

/** Canvas width in SVG units. The PNG is the same drawing scaled to 1080 px. */
export const CANVAS_WIDTH = 600;
export const MARGIN = 32;

export const COLORS = {
  text: '#1b1b1b',
  muted: '#4a4a4a',
  accent: '#8a1c1c',
  /** Light tint of the accent: backgrounds of marked cells and cards. */
  tint: '#f6e9e9',
  surface: '#f4f5f7',
  border: '#c9ccd1',
  background: '#ffffff',
} as const;

/** Font sizes in SVG units (at 600 wide, half of them is about what a phone shows). */
export const SIZES = { title: 32, heading: 24, body: 20, small: 16, figure: 40 } as const;

export interface DrawContext {
  measure: Measure;
  /** Left edge of the content column. */
  x: number;
  /** Width of the content column. */
  width: number;
}

/** A drawn block: its SVG elements and the height it takes from its top. */
export interface Drawn {
  svg: string;
  height: number;
}

export interface TextStyle {
  size: number;
  weight?: Weight;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Round to 0.1 so the SVG stays short and stable. */
export function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

export function lineHeight(size: number): number {
  return Math.round(size * 1.3);
}

/** `text` wrapped to `maxWidth` in the given style. */
export function wrap(ctx: DrawContext, text: string, maxWidth: number, style: TextStyle): string[] {
  return wrapText(text, maxWidth, (s) => ctx.measure(s, style.size, style.weight));
}

/**
 * Lines of text whose first line box starts at `top`; one <text> per line. With `measure` (the
 * font the lines were wrapped with), each line states its width (`textLength`, glyphs and spacing
 * adjusted): a viewer without Noto Sans draws it in a wider or narrower font, or with the wider
 * letter and word spacing a reader's stylesheet may set (WCAG 1.4.12), and the line still ends
 * where it was measured to, instead of running past the drawing's edge.
 */
export function textLines(lines: string[], x: number, top: number, style: TextStyle, measure?: Measure): Drawn {
  const lh = lineHeight(style.size);
  const attrs = [
    `font-size="${style.size}"`,
    style.weight === 'bold' ? 'font-weight="700"' : '',
    `fill="${style.fill ?? COLORS.text}"`,
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
  ].filter(Boolean).join(' ');
  // Baseline a little below the middle of the line box.
  const fit = (l: string) => (measure ? ` textLength="${n(measure(l, style.size, style.weight))}" lengthAdjust="spacingAndGlyphs"` : '');
  const svg = lines.map((l, i) => `<text x="${n(x)}" y="${n(top + i * lh + (lh + style.size * 0.7) / 2)}" ${attrs}${fit(l)}>${escapeXml(l)}</text>`).join('');
  return { svg, height: lines.length * lh };
}

/** Wraps and draws in one go. */
export function paragraph(ctx: DrawContext, text: string, x: number, top: number, maxWidth: number, style: TextStyle): Drawn {
  return textLines(wrap(ctx, text, maxWidth, style), x, top, style, ctx.measure);
}
