/** Sharing cards: line fitting, the card of each real directive, and the PNG resvg draws (1200×630). */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { fitLines } from '../../src/lib/share-image/wrap.ts';
import { cardSvg, documentCard, portalCard } from '../../src/lib/share-image/card.ts';
import { renderPng } from '../../src/lib/png/render.ts';
import { fontMetrics } from '../../src/lib/infographic/font.ts';
import { ROOT, TEST_AS_OF } from '../support/paths.ts';
import { pngSize } from '../support/opendata.ts';

const corpus = loadContent(join(ROOT, 'content'), ROOT, { PORTAL_AS_OF: TEST_AS_OF }).corpus!;
const byId = (id: string) => corpus.documents.find((d) => d.id === id)!;
/** One unit per character: line fitting can be checked by hand. */
const chars = (s: string) => [...s].length;

describe('fitLines', () => {
  it('breaks between words', () => {
    expect(fitLines('về đổi mới công tác thi hành', 10, chars, 5)).toEqual(['về đổi mới', 'công tác', 'thi hành']);
  });

  it('ends with "…" when the text needs more lines than allowed, and the last line still fits', () => {
    expect(fitLines('về đổi mới công tác thi hành pháp luật', 10, chars, 2)).toEqual(['về đổi mới', 'công tác…']);
    expect(fitLines('về đổi mới, công tác thi hành', 11, chars, 1)).toEqual(['về đổi mới…']);
  });
});

describe('documentCard', () => {
  it('shows the number, title, issuer and date of 08-CT/TU', () => {
    expect(documentCard(byId('dien-bien/08-ct-tu-2026'), corpus.config)).toEqual({
      header: 'Cổng thông tin pháp luật · Sở Tư pháp',
      kicker: 'CHỈ THỊ · Số 08-CT/TU',
      title: 'Về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển',
      footer: ['Ban Thường vụ Tỉnh ủy Điện Biên', 'Ngày 23/02/2026'],
    });
  });

  it('says "Không ghi số" and "Không ghi ngày" for the Thái Nguyên directive', () => {
    const card = documentCard(byId('thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat'), corpus.config);
    expect(card.kicker).toBe('CHỈ THỊ · Không ghi số');
    expect(card.footer).toEqual(['Ban Thường vụ Tỉnh ủy Thái Nguyên', 'Không ghi ngày']);
  });
});

describe('the bundled font as the PNG renderer draws it', () => {
  /** One character drawn alone, as outlines of the bundled font's glyphs. */
  const drawn = (c: string) =>
    renderPng({ svg: `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><text x="8" y="48" font-family="Noto Sans" font-size="40" font-weight="700">${c}</text></svg>` });

  it('has every Vietnamese letter, in both cases, each drawn as its own shape', () => {
    const blank = drawn(' ');
    const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
    const all = [...letters, ...letters.toLocaleUpperCase('vi')];
    const pngs = all.map(drawn);
    expect(all.filter((_, i) => pngs[i]!.equals(blank))).toEqual([]);
    expect(new Set(pngs.map((p) => p.toString('base64'))).size).toBe(all.length);
  });

  it('refuses a character the font has no glyph for, instead of drawing an empty box', () => {
    expect(() => drawn('漢')).toThrow(/không có ký tự "漢" \(U\+6F22\)/);
  });
});

describe('cardSvg + renderPng', () => {
  it('draws a 1200×630 PNG with the whole title of 08-CT/TU on several lines', () => {
    const svg = cardSvg(documentCard(byId('dien-bien/08-ct-tu-2026'), corpus.config), fontMetrics().measure);
    const titleLines = [...svg.matchAll(/font-size="52" font-weight="700" fill="#1b1b1b">([^<]*)</g)].map((m) => m[1]);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(' ')).toBe('Về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển');
    expect(pngSize(renderPng({ svg }))).toEqual({ width: 1200, height: 630 });
  });

  it('escapes text and keeps every line within the card', () => {
    const measure = fontMetrics().measure;
    const svg = cardSvg({ header: 'A & B', kicker: '<K>', title: 'về '.repeat(80).trim(), footer: ['X'] }, measure);
    expect(svg).toContain('>A &amp; B<');
    expect(svg).toContain('>&lt;K&gt;<');
    const lines = [...svg.matchAll(/font-size="(\d+)" font-weight="(\d+)"[^>]*>([^<]*)</g)];
    for (const [, size, weight, line] of lines) expect(measure(line!, Number(size), weight === '700' ? 'bold' : 'regular')).toBeLessThanOrEqual(1200 - 2 * 64);
    expect(lines.filter((m) => m[1] === '44')).toHaveLength(4);
    expect(lines.at(-2)![3]).toMatch(/…$/);
  });

  it('the portal card draws too', () => {
    expect(pngSize(renderPng({ svg: cardSvg(portalCard(corpus.config), fontMetrics().measure) }))).toEqual({ width: 1200, height: 630 });
  });
});
