/**
 * The bundled font (Noto Sans, from the @expo-google-fonts/noto-sans package: TrueType files,
 * which resvg needs, with every Vietnamese letter) and text measuring from its real glyph
 * advances. The same files measure the text at build time and draw the PNG, so a line that fits
 * in the layout fits in the picture, on a machine with no Vietnamese fonts at all.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/** Family name inside the font files; the SVG asks for it first. */
export const FONT_FAMILY = 'Noto Sans';
/** Stack for the SVG: the bundled font, then system fonts (inline SVG in a browser). */
export const FONT_STACK = `'${FONT_FAMILY}', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif`;

export type Weight = 'regular' | 'bold';

/** Width in px of `text` set at `size` px. */
export type Measure = (text: string, size: number, weight?: Weight) => number;

// opentype.js ships no types and its ES build has no default export; its CommonJS entry,
// loaded with require, is the same in Node, vitest and Astro's build.
const require = createRequire(import.meta.url);

interface OpenTypeFont {
  unitsPerEm: number;
  charToGlyphIndex(c: string): number;
  charToGlyph(c: string): { advanceWidth?: number };
}
interface OpenType {
  parse(buffer: ArrayBuffer): OpenTypeFont;
}

/** Paths of the regular and bold TrueType files. */
export function fontFiles(): Record<Weight, string> {
  return {
    regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  };
}

export interface FontMetrics {
  measure: Measure;
  /**
   * Characters of `text` the PNG renderer cannot draw (whitespace aside): no glyph of their own
   * and no decomposition into glyphs the font has (see drawableGlyphs), in order of appearance.
   */
  missing(text: string, weight?: Weight): string[];
}

let cached: FontMetrics | null = null;

/** Metrics of the bundled font, loaded once per process. */
export function fontMetrics(): FontMetrics {
  cached ??= loadMetrics(fontFiles());
  return cached;
}

export function loadMetrics(files: Record<Weight, string>): FontMetrics {
  const opentype = require('opentype.js') as OpenType;
  const fonts = {
    regular: parse(opentype, files.regular),
    bold: parse(opentype, files.bold),
  };
  // Advance per character, in em; a string's width is their sum (kerning only narrows it).
  const advances = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  const advance = (ch: string, weight: Weight): number => {
    let a = advances[weight].get(ch);
    if (a === undefined) {
      const font = fonts[weight];
      a = (font.charToGlyph(ch).advanceWidth ?? font.unitsPerEm) / font.unitsPerEm;
      advances[weight].set(ch, a);
    }
    return a;
  };
  return {
    measure(text, size, weight = 'regular') {
      let em = 0;
      for (const ch of text) em += advance(ch, weight);
      return em * size;
    },
    missing(text, weight = 'regular') {
      const out = new Set<string>();
      const font = fonts[weight];
      for (const ch of text.normalize('NFC')) {
        if (!/\s/u.test(ch) && !drawableGlyphs(ch, (c) => font.charToGlyphIndex(c))) out.add(ch);
      }
      return [...out];
    },
  };
}

/**
 * Glyph indexes that draw one character: its own glyph (Vietnamese letters are precomposed in
 * Noto Sans), else its canonical decomposition (base letter + combining marks); null when the
 * font has neither. `lookup` gives a character's glyph index, 0 when the font has none.
 */
export function drawableGlyphs(ch: string, lookup: (c: string) => number): number[] | null {
  const own = lookup(ch);
  if (own !== 0) return [own];
  const parts = [...ch.normalize('NFD')];
  const indexes = parts.map(lookup);
  return parts.length < 2 || indexes.includes(0) ? null : indexes;
}

function parse(opentype: OpenType, path: string): OpenTypeFont {
  const buf = readFileSync(path);
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
}
