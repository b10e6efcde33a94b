/**
 * The sharing card (Open Graph / Twitter image) of a page: 1200×630, the portal's name on a band
 * in the brand colour, a kicker (document type and number), the title wrapped on up to four lines,
 * and the issuer and date at the foot. Drawn as SVG, rendered to PNG by src/lib/png/.
 */
import type { DocumentEntry } from '../content/corpus.ts';
import { formatViDate } from '../dates.ts';
import { FONT_FAMILY, type Measure, type Weight } from '../infographic/font.ts';
import { fitLines } from './wrap.ts';
import { upperFirst } from '../upper-first.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface ShareCard {
  /** On the brand band: the portal's name and owner. */
  header: string;
  /** Above the title, e.g. "CHỈ THỊ · SỐ 08-CT/TU". */
  kicker: string;
  title: string;
  /** Lines at the foot, e.g. the issuer and the date. */
  footer: string[];
}

/** The card of a document: what the document states, and says so when it states no number or date. */
export function documentCard(doc: DocumentEntry, portal: { name: string; owner: string }): ShareCard {
  const d = doc.data;
  return {
    header: `${portal.name} · ${portal.owner}`,
    kicker: `${doc.type.name.toLocaleUpperCase('vi')} · ${d.number ? `Số ${d.number}` : 'Không ghi số'}`,
    title: upperFirst(d.title),
    footer: [doc.issuer.name, d.issued ? `Ngày ${formatViDate(d.issued)}` : 'Không ghi ngày'],
  };
}

/** The card of pages that have none of their own. */
export function portalCard(portal: { name: string; owner: string; description: string }): ShareCard {
  return { header: portal.owner, kicker: portal.name.toLocaleUpperCase('vi'), title: portal.description, footer: [] };
}

const MARGIN = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const BRAND = '#8a1c1c';
const TEXT = '#1b1b1b';
const MUTED = '#4a4a4a';

/** `measure` gives the width of text in the bundled font (src/lib/infographic/font.ts). */
export function cardSvg(card: ShareCard, measure: Measure): string {
  const width = (size: number, weight: Weight) => (s: string) => measure(s, size, weight);
  const text = (x: number, y: number, size: number, weight: Weight, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight === 'bold' ? 700 : 400}" fill="${fill}">${escapeSvg(s)}</text>`;
  const one = (s: string, size: number, weight: Weight) => fitLines(s, TEXT_WIDTH, width(size, weight), 1)[0] ?? '';
  const titleSize = card.title.length > 140 ? 44 : 52;
  const titleLines = fitLines(card.title, TEXT_WIDTH, width(titleSize, 'bold'), 4);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="100" fill="${BRAND}"/>`,
    text(MARGIN, 62, 32, 'bold', '#ffffff', one(card.header, 32, 'bold')),
    text(MARGIN, 178, 34, 'bold', BRAND, one(card.kicker, 34, 'bold')),
    ...titleLines.map((line, i) => text(MARGIN, 256 + i * Math.round(titleSize * 1.3), titleSize, 'bold', TEXT, line)),
  ];
  if (card.footer.length) {
    parts.push(`<rect x="${MARGIN}" y="500" width="${TEXT_WIDTH}" height="3" fill="${BRAND}"/>`);
    card.footer.slice(0, 2).forEach((line, i) => {
      const weight: Weight = i === 0 ? 'bold' : 'regular';
      parts.push(text(MARGIN, 552 + i * 46, 30, weight, i === 0 ? TEXT : MUTED, one(line, 30, weight)));
    });
  }
  parts.push('</svg>');
  return parts.join('\n');
}

export function escapeSvg(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
