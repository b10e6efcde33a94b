/**
 * The one PNG renderer of the portal (infographics at 1080 px wide, sharing cards at 1200×630):
 * text turned into glyph outlines (outline.ts), then resvg with no fonts at all, so every machine
 * draws the same pixels, then encoded by encode.ts.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { fontFiles } from '../infographic/font.ts';
import { glyphSet } from './glyphs.ts';
import { outlineText } from './outline.ts';
import { PNG_DEFLATE_LEVEL, encodePng } from './encode.ts';

/**
 * Bump when the pixels this code draws, or the way they are written, change for the same SVG
 * (outlining, placing, resvg options, encode.ts): cached PNGs of an older renderer are then not
 * reused. 2: encoded by encode.ts instead of resvg's asPng().
 */
export const RENDERER_VERSION = 2;

export interface PngJob {
  svg: string;
  /** Width of the PNG in px, the drawing scaled to it; absent: the SVG's own size. */
  width?: number;
}

export function renderPng(job: PngJob): Buffer {
  const resvg = new Resvg(outlineText(job.svg, glyphSet()), {
    font: { loadSystemFonts: false },
    ...(job.width ? { fitTo: { mode: 'width' as const, value: job.width } } : {}),
    background: '#ffffff',
    logLevel: 'off',
  });
  const image = resvg.render();
  return encodePng(image.pixels, image.width, image.height);
}

let fingerprint: string | null = null;

/**
 * What else, besides the SVG, decides the file: this renderer's version, resvg's, the font files,
 * and the zlib that compresses the pixels with its level (another zlib may write other bytes).
 */
export function rendererFingerprint(): string {
  if (fingerprint) return fingerprint;
  const require = createRequire(import.meta.url);
  const resvg = (require('@resvg/resvg-js/package.json') as { version: string }).version;
  const fonts = Object.values(fontFiles()).map((f) => createHash('sha256').update(readFileSync(f)).digest('hex'));
  fingerprint = [`renderer ${RENDERER_VERSION}`, `resvg ${resvg}`, `zlib ${process.versions.zlib} level ${PNG_DEFLATE_LEVEL}`, ...fonts].join('\n');
  return fingerprint;
}
