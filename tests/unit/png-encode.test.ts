/**
 * The PNG encoder (src/lib/png/encode.ts), read back by another implementation (pngjs, which
 * checks every chunk's CRC and the zlib stream): the pixels come back exactly, opaque images
 * without an alpha channel.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from '../../src/lib/png/encode.ts';
import { renderPng } from '../../src/lib/png/render.ts';
import { outlineText } from '../../src/lib/png/outline.ts';
import { glyphSet } from '../../src/lib/png/glyphs.ts';
import { infographicPng } from '../../src/lib/png/jobs.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

/** Pseudo-random bytes, the same on every run. */
function pixels(width: number, height: number, alpha: (i: number) => number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  let seed = 12345;
  for (let i = 0; i < out.length; i += 1) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out[i] = i % 4 === 3 ? alpha(i >> 2) : seed >>> 24;
  }
  return out;
}

const colourType = (png: Buffer) => png[25];

describe('encodePng', () => {
  it('writes an opaque image as RGB that decodes to the same pixels', () => {
    const rgba = pixels(37, 23, () => 255);
    const png = encodePng(rgba, 37, 23);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(colourType(png)).toBe(2);
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([37, 23]);
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('reads pixels that do not start on a four-byte boundary', () => {
    const rgba = pixels(5, 3, () => 255);
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    const png = encodePng(shifted, 5, 3);
    expect(colourType(png)).toBe(2);
    expect(Buffer.from(PNG.sync.read(png).data).equals(Buffer.from(rgba))).toBe(true);
    expect(png.equals(encodePng(rgba, 5, 3))).toBe(true);
  });

  it('keeps the alpha channel when a pixel is not opaque', () => {
    const rgba = pixels(16, 9, (i) => (i === 100 ? 254 : 255));
    const png = encodePng(rgba, 16, 9);
    expect(colourType(png)).toBe(6);
    expect(Buffer.from(PNG.sync.read(png).data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('writes the same bytes for the same pixels', () => {
    const rgba = pixels(64, 64, () => 255);
    expect(encodePng(rgba, 64, 64).equals(encodePng(rgba, 64, 64))).toBe(true);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow('12 byte điểm ảnh cho ảnh 2×2 (cần 16)');
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow('kích thước 0×0 không hợp lệ');
  });
});

describe('renderPng', () => {
  it('writes exactly the pixels resvg draws of a real infographic, smaller than resvg’s own PNG', () => {
    const corpus = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF }).corpus!;
    const { job } = infographicPng(corpus.infographics[0]!);
    const drawn = new Resvg(outlineText(job.svg, glyphSet()), { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: job.width! }, background: '#ffffff', logLevel: 'off' }).render();
    const png = renderPng(job);
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([drawn.width, drawn.height]);
    expect(Buffer.from(decoded.data).equals(Buffer.from(drawn.pixels))).toBe(true);
    expect(png.length).toBeLessThan(drawn.asPng().length);
  }, 30_000);
});
