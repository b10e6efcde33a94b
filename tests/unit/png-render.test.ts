/**
 * The PNG renderer (src/lib/png/): text turned into glyph outlines on the real sharing card and
 * infographics, placed where and as wide as the layout measured, and drawn like resvg draws the
 * same text with the font files (pixel comparison, within anti-aliasing of the missing kerning).
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { loadContent } from '../../src/lib/content/load.ts';
import { cardSvg, documentCard } from '../../src/lib/share-image/card.ts';
import { FONT_FAMILY, fontFiles, fontMetrics } from '../../src/lib/infographic/font.ts';
import { glyphIndexes, glyphSet } from '../../src/lib/png/glyphs.ts';
import { outlineText } from '../../src/lib/png/outline.ts';
import { renderPng } from '../../src/lib/png/render.ts';
import { INFOGRAPHIC_PNG_WIDTH, sitePngs } from '../../src/lib/png/jobs.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';

const corpus = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF }).corpus!;
const card = cardSvg(documentCard(corpus.documents.find((d) => d.id === 'dien-bien/08-ct-tu-2026')!, corpus.config), fontMetrics().measure);
const glyphs = glyphSet();

/** Share of pixels whose colour differs by more than `tolerance` in any channel. */
function differing(a: Resvg, b: Resvg, tolerance = 64): number {
  const ra = a.render();
  const rb = b.render();
  expect([rb.width, rb.height]).toEqual([ra.width, ra.height]);
  // `pixels` is a getter that copies the whole image: read it once.
  const pa = ra.pixels;
  const pb = rb.pixels;
  let n = 0;
  for (let i = 0; i < pa.length; i += 4) {
    if (Math.abs(pa[i]! - pb[i]!) > tolerance || Math.abs(pa[i + 1]! - pb[i + 1]!) > tolerance || Math.abs(pa[i + 2]! - pb[i + 2]!) > tolerance) n += 1;
  }
  return n / (pa.length / 4);
}
const withFonts = (svg: string, width?: number) =>
  new Resvg(svg, { font: { fontFiles: Object.values(fontFiles()), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}), background: '#ffffff', logLevel: 'off' });
const outlined = (svg: string, width?: number) =>
  new Resvg(outlineText(svg, glyphs), { font: { loadSystemFonts: false }, ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}), background: '#ffffff', logLevel: 'off' });

describe('outlineText', () => {
  it('leaves no text in the sharing card and the infographics, one path per line of text', () => {
    for (const svg of [card, ...corpus.infographics.map((ig) => ig.svg)]) {
      const out = outlineText(svg, glyphs);
      expect(out).not.toMatch(/<text\b/);
      expect(out.match(/<path d="M/g)?.length).toBe(svg.match(/<text\b/g)?.length);
    }
  }, 30_000);

  it('sets text as wide as the layout measured it, and centres a centred label on that width', () => {
    const measure = fontMetrics().measure;
    const line = 'Ban Thường vụ Tỉnh ủy Điện Biên · Quý II/2026';
    expect(glyphs.width(line, 30, 'bold')).toBeCloseTo(measure(line, 30, 'bold'), 6);
    expect(glyphs.width(line, 20, 'regular')).toBeCloseTo(measure(line, 20, 'regular'), 6);
    // "I" alone: its outline's horizontal extent is centred on x when text-anchor is middle.
    const xs = (svg: string) => [...outlineText(svg, glyphs).matchAll(/[ML](-?[\d.]+) /g)].map((m) => Number(m[1]));
    const mid = xs(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text x="50" y="40" font-size="40" text-anchor="middle">I</text></svg>`);
    expect((Math.min(...mid) + Math.max(...mid)) / 2).toBeCloseTo(50, 0);
    const end = xs(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text x="50" y="40" font-size="40" text-anchor="end">I</text></svg>`);
    expect(Math.max(...end)).toBeLessThan(50);
    expect(Math.max(...end)).toBeGreaterThan(40);
  });

  it('honours textLength: the measured width leaves the line as it is, another width scales it from its start', () => {
    const line = 'Điện Biên';
    const w = glyphs.width(line, 40, 'regular');
    const svg = (attrs: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="50"><text x="10" y="40" font-size="40"${attrs}>${line}</text></svg>`;
    expect(outlineText(svg(` textLength="${w.toFixed(2)}" lengthAdjust="spacingAndGlyphs"`), glyphs)).toBe(outlineText(svg(''), glyphs));
    const doubled = outlineText(svg(` textLength="${(2 * w).toFixed(2)}" lengthAdjust="spacingAndGlyphs"`), glyphs);
    expect(doubled).toContain(' transform="matrix(2 0 0 1 -10 0)"');
    expect(() => outlineText(svg(` textLength="${(2 * w).toFixed(2)}"`), glyphs)).toThrow(/lengthAdjust="spacing"/);
  });

  it('reads entities and the SVG white-space rules as resvg does', () => {
    const a = outlineText(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="0" y="40">A &amp; B</text></svg>`, glyphs);
    const b = outlineText(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="0" y="40"> A\n  &#38;  B </text></svg>`, glyphs);
    expect(b).toBe(a);
  });

  it('draws a decomposed letter as its precomposed glyph, and a letter with no precomposed glyph from its parts', () => {
    const nfc = outlineText(`<svg xmlns="http://www.w3.org/2000/svg" width="99" height="50"><text x="0" y="40">Việt</text></svg>`, glyphs);
    const nfd = outlineText(`<svg xmlns="http://www.w3.org/2000/svg" width="99" height="50"><text x="0" y="40">${'Việt'.normalize('NFD')}</text></svg>`, glyphs);
    expect(nfd).toBe(nfc);
  });

  it('falls back to base letter + combining marks when a font lacks the precomposed glyph, and fails on a letter it cannot make', () => {
    // A font with "e", "ê", the combining dot below and circumflex, but no "ệ" and no "o".
    const font = new Map([['e', 72], ['ê', 160], ['\u0323', 2696], ['\u0302', 2667]]);
    const lookup = (c: string) => font.get(c) ?? 0;
    expect(glyphIndexes('ê', lookup, 'thử')).toEqual([160]);
    expect(glyphIndexes('ệ', lookup, 'thử')).toEqual([72, 2696, 2667]);
    expect(() => glyphIndexes('ộ', lookup, 'thử')).toThrow('Phông thử không có ký tự "ộ" (U+1ED9); không thể vẽ ảnh PNG');
    expect(() => glyphIndexes('漢', lookup, 'thử')).toThrow(/U\+6F22/);
  });

  it('refuses what it cannot draw as the browser would, instead of drawing it differently', () => {
    const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="99" height="50">${text}</svg>`;
    expect(() => outlineText(svg('<text x="0" y="9">a<tspan>b</tspan></text>'), glyphs)).toThrow(/<text> có dạng chưa được hỗ trợ/);
    expect(() => outlineText(svg('<text x="0" y="9" dominant-baseline="middle">a</text>'), glyphs)).toThrow(/dominant-baseline/);
    expect(() => outlineText(svg('<text x="0 5" y="9">ab</text>'), glyphs)).toThrow(/x="0 5"/);
    expect(() => outlineText(svg('<text x="0" y="9" font-weight="600">a</text>'), glyphs)).toThrow(/font-weight "600"/);
    expect(() => outlineText(svg('<text x="0" y="9">漢</text>'), glyphs)).toThrow(/không có ký tự "漢"/);
    expect(() => outlineText('<svg xmlns="http://www.w3.org/2000/svg" font-size="20"><text>a</text></svg>', glyphs)).toThrow(/font-size trên <svg>/);
  });
});

describe('renderPng', () => {
  it('draws the sharing card like resvg with the font files, within the anti-aliasing of kerning', () => {
    expect(differing(withFonts(card), outlined(card))).toBeLessThan(0.03);
  });

  it('draws infographics like resvg with the font files, at 1080 px, centred labels included', () => {
    // Three real ones (each is two large renders): the first, and two with text-anchor="middle" (steps, matrix).
    const sample = corpus.infographics.filter((ig, i) => i === 0 || ig.svg.includes('text-anchor="middle"')).slice(0, 3);
    expect(sample.filter((ig) => ig.svg.includes('text-anchor="middle"')).length).toBeGreaterThan(0);
    for (const ig of sample) expect(differing(withFonts(ig.svg, INFOGRAPHIC_PNG_WIDTH), outlined(ig.svg, INFOGRAPHIC_PNG_WIDTH)), ig.slug).toBeLessThan(0.03);
  }, 60_000);

  it('the comparison can fail: a card with another title differs', () => {
    const other = card.replace('Về đổi mới', 'Về tăng cường');
    expect(differing(withFonts(card), outlined(other))).toBeGreaterThan(0.005);
  });

  it('gives the same bytes every time', () => {
    expect(renderPng({ svg: card }).equals(renderPng({ svg: card }))).toBe(true);
  });

  it('lists every PNG of the site: each infographic, the portal card, each document card', () => {
    const paths = [...sitePngs(corpus)].map((p) => p.path);
    expect(paths).toHaveLength(corpus.infographics.length + 1 + corpus.documents.length);
    expect(paths).toContain('/og/cong-thong-tin.png');
    expect(paths).toContain('/og/van-ban/dien-bien--08-ct-tu-2026.png');
    expect(paths).toContain(`/infographic/${corpus.infographics[0]!.slug}.png`);
  });
});
