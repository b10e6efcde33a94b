/**
 * Text as outlines of the bundled font's glyphs (src/lib/infographic/font.ts), so resvg needs no
 * font at all: the picture depends on the font files in node_modules only, never on a machine's
 * fonts or font configuration.
 *
 * Glyphs are placed by their advance widths, the very widths the layout measures text with
 * (`fontMetrics().measure`), without kerning or ligatures: a line that fits in the layout fits in
 * the picture, and a centred label is centred on the width the layout used. Each glyph's outline is
 * read from opentype.js once per process and cached; placing it is arithmetic on its coordinates.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { drawableGlyphs, fontFiles, type Weight } from '../infographic/font.ts';

const require = createRequire(import.meta.url);

interface PathCommand {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  x?: number;
  y?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}
interface OpenTypeGlyph {
  advanceWidth?: number;
  path: { commands: PathCommand[] };
}
interface OpenTypeFont {
  unitsPerEm: number;
  charToGlyphIndex(c: string): number;
  glyphs: { get(index: number): OpenTypeGlyph };
}

/** One glyph's outline in font units (y up): command letters and their coordinates, in order. */
interface Outline {
  ops: string;
  coords: number[];
  /** Advance in em. */
  advance: number;
}

export interface PlacedText {
  /** Path data of every glyph, placed; empty for blank text. */
  d: string;
  /** Advance width in px, the sum of the glyphs' advances. */
  width: number;
}

export class GlyphSet {
  readonly #fonts: Record<Weight, OpenTypeFont>;
  readonly #outlines: Record<Weight, Map<number, Outline>> = { regular: new Map(), bold: new Map() };
  readonly #glyphsOf: Record<Weight, Map<string, number[]>> = { regular: new Map(), bold: new Map() };

  constructor(files: Record<Weight, string> = fontFiles()) {
    const opentype = require('opentype.js') as { parse(buffer: ArrayBuffer): OpenTypeFont };
    const parse = (path: string) => {
      const buf = readFileSync(path);
      return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    };
    this.#fonts = { regular: parse(files.regular), bold: parse(files.bold) };
  }

  /** Glyph indexes for one character (see glyphIndexes), cached. */
  glyphsOf(ch: string, weight: Weight): number[] {
    let glyphs = this.#glyphsOf[weight].get(ch);
    if (!glyphs) {
      const font = this.#fonts[weight];
      glyphs = glyphIndexes(ch, (c) => font.charToGlyphIndex(c), `Noto Sans (${weight})`);
      this.#glyphsOf[weight].set(ch, glyphs);
    }
    return glyphs;
  }

  /** `text` set at `size` px with its baseline starting at (x, y). */
  place(text: string, x: number, y: number, size: number, weight: Weight): PlacedText {
    const scale = size;
    let pen = 0;
    const parts: string[] = [];
    for (const ch of text.normalize('NFC')) {
      for (const index of this.glyphsOf(ch, weight)) {
        const outline = this.#outline(index, weight);
        if (outline.ops) parts.push(placeOutline(outline, x + pen * scale, y, scale / this.#fonts[weight].unitsPerEm));
        pen += outline.advance;
      }
    }
    return { d: parts.join(''), width: pen * scale };
  }

  /** Advance width in px of `text` as `place` sets it. */
  width(text: string, size: number, weight: Weight): number {
    let pen = 0;
    for (const ch of text.normalize('NFC')) for (const index of this.glyphsOf(ch, weight)) pen += this.#outline(index, weight).advance;
    return pen * size;
  }

  #outline(index: number, weight: Weight): Outline {
    let outline = this.#outlines[weight].get(index);
    if (outline) return outline;
    const font = this.#fonts[weight];
    const glyph = font.glyphs.get(index);
    let ops = '';
    const coords: number[] = [];
    for (const c of glyph.path.commands) {
      ops += c.type;
      if (c.type === 'C') coords.push(c.x1!, c.y1!, c.x2!, c.y2!, c.x!, c.y!);
      else if (c.type === 'Q') coords.push(c.x1!, c.y1!, c.x!, c.y!);
      else if (c.type !== 'Z') coords.push(c.x!, c.y!);
    }
    outline = { ops, coords, advance: (glyph.advanceWidth ?? font.unitsPerEm) / font.unitsPerEm };
    this.#outlines[weight].set(index, outline);
    return outline;
  }
}

/**
 * Glyph indexes for one character (drawableGlyphs), else an error: a character drawn as an empty
 * box is a defect to fix in the content, not to publish. The content checks name such characters
 * where they are written (src/lib/content/drawable.ts), so this is the last line of defence.
 */
export function glyphIndexes(ch: string, lookup: (c: string) => number, fontName: string): number[] {
  const indexes = drawableGlyphs(ch, lookup);
  if (indexes) return indexes;
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new Error(`Phông ${fontName} không có ký tự "${ch}" (${code}); không thể vẽ ảnh PNG`);
}

/** Path data of an outline at (x, y), `k` px per font unit, y flipped (font units go up). */
function placeOutline(o: Outline, x: number, y: number, k: number): string {
  let d = '';
  let i = 0;
  for (const op of o.ops) {
    d += op;
    const pairs = op === 'C' ? 3 : op === 'Q' ? 2 : op === 'Z' ? 0 : 1;
    for (let p = 0; p < pairs; p++, i += 2) d += `${p ? ' ' : ''}${num(x + o.coords[i]! * k)} ${num(y - o.coords[i + 1]! * k)}`;
  }
  return d;
}

/** Two decimals: a hundredth of a pixel at 1:1, well below what anti-aliasing shows. */
function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}

let shared: GlyphSet | null = null;

/** The bundled font's glyphs, loaded once per process (or worker). */
export function glyphSet(): GlyphSet {
  shared ??= new GlyphSet();
  return shared;
}
