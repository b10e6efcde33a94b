/**
 * Key figures (```so-lieu): cards two to a row, the figure large and the label under it.
 * One card to a row when there is a single figure.
 */
import type { FiguresBlock } from './types.ts';
import { COLORS, SIZES, n, textLines, wrap, type DrawContext, type Drawn } from './svg.ts';

const GAP = 16;
const PAD = 16;
const BAR = 6;

export function drawFigures(block: FiguresBlock, ctx: DrawContext, top: number): Drawn {
  const cols = block.items.length === 1 ? 1 : 2;
  const cardWidth = (ctx.width - GAP * (cols - 1)) / cols;
  const inner = cardWidth - PAD * 2 - BAR;
  const cards = block.items.map((it) => {
    const value = wrap(ctx, it.value, inner, { size: SIZES.figure, weight: 'bold' });
    const label = wrap(ctx, it.label, inner, { size: SIZES.body });
    return { value, label };
  });
  let svg = '';
  let y = top;
  for (let row = 0; row * cols < cards.length; row++) {
    const inRow = cards.slice(row * cols, row * cols + cols);
    const heights = inRow.map((c) => textLines(c.value, 0, 0, { size: SIZES.figure }).height + textLines(c.label, 0, 0, { size: SIZES.body }).height);
    const h = Math.max(...heights) + PAD * 2;
    inRow.forEach((c, i) => {
      const x = ctx.x + i * (cardWidth + GAP);
      svg += `<rect x="${n(x)}" y="${n(y)}" width="${n(cardWidth)}" height="${n(h)}" fill="${COLORS.surface}"/>`;
      svg += `<rect x="${n(x)}" y="${n(y)}" width="${BAR}" height="${n(h)}" fill="${COLORS.accent}"/>`;
      const v = textLines(c.value, x + BAR + PAD, y + PAD, { size: SIZES.figure, weight: 'bold', fill: COLORS.accent }, ctx.measure);
      const l = textLines(c.label, x + BAR + PAD, y + PAD + v.height, { size: SIZES.body }, ctx.measure);
      svg += v.svg + l.svg;
    });
    y += h + GAP;
  }
  return { svg, height: y - GAP - top };
}
