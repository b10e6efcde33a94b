/**
 * A horizontal bar chart (tasks per lead agency): each label in full above its bar, bar length
 * proportional to the count, the count written at the end of the bar.
 */
import type { BarsBlock } from './types.ts';
import { COLORS, SIZES, lineHeight, n, textLines, wrap, type DrawContext, type Drawn } from './svg.ts';

const BAR = 24;
const GAP = 16;
/** Room kept right of the longest bar for its count. */
const VALUE_ROOM = 56;

/** Bar lengths: proportional to the values, the largest one filling the room available. */
export function barLengths(values: readonly number[], room: number): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? (v / max) * room : 0));
}

export function drawBars(block: BarsBlock, ctx: DrawContext, top: number): Drawn {
  const lengths = barLengths(block.items.map((i) => i.value), ctx.width - VALUE_ROOM);
  let y = top;
  let svg = '';
  block.items.forEach((item, i) => {
    const label = textLines(wrap(ctx, item.label, ctx.width, { size: SIZES.body }), ctx.x, y, { size: SIZES.body }, ctx.measure);
    y += label.height + 4;
    const w = lengths[i]!;
    svg += label.svg;
    svg += `<rect x="${n(ctx.x)}" y="${n(y)}" width="${n(Math.max(w, 2))}" height="${BAR}" fill="${item.muted ? COLORS.muted : COLORS.accent}" data-value="${item.value}"/>`;
    svg += `<text x="${n(ctx.x + Math.max(w, 2) + 8)}" y="${n(y + BAR / 2 + SIZES.body * 0.35)}" font-size="${SIZES.body}" font-weight="700" fill="${COLORS.text}">${item.value}</text>`;
    y += BAR + GAP;
  });
  return { svg, height: y - GAP - top + (block.items.length ? 0 : lineHeight(SIZES.body)) };
}
