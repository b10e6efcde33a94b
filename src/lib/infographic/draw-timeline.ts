/**
 * Milestones (```moc-thoi-gian): a vertical line with a dot per milestone, earliest first, the
 * date in bold and what is due under it. Vertical, not proportional to time: long Vietnamese
 * labels need the width, and a phone screen is tall.
 */
import type { TimelineBlock, TimelineItem } from './types.ts';
import { COLORS, SIZES, lineHeight, n, textLines, wrap, type DrawContext, type Drawn } from './svg.ts';

const INDENT = 30;
const GAP = 18;
const DOT = 8;

/** Milestones in date order; the same date keeps the order written. */
export function timelineOrder(items: readonly TimelineItem[]): TimelineItem[] {
  return items.map((it, i) => ({ it, i })).sort((a, b) => (a.it.date < b.it.date ? -1 : a.it.date > b.it.date ? 1 : a.i - b.i)).map((x) => x.it);
}

export interface TimelineLayout {
  /** Milestones in drawing order, with the top of each and its wrapped text. */
  rows: { item: TimelineItem; top: number; when: string[]; text: string[] }[];
  height: number;
}

export function layoutTimeline(block: TimelineBlock, ctx: DrawContext, top: number): TimelineLayout {
  const width = ctx.width - INDENT;
  let y = top;
  const rows = timelineOrder(block.items).map((item) => {
    const when = wrap(ctx, item.when, width, { size: SIZES.body, weight: 'bold' });
    const text = wrap(ctx, item.text, width, { size: SIZES.body });
    const row = { item, top: y, when, text };
    y += (when.length + text.length) * lineHeight(SIZES.body) + GAP;
    return row;
  });
  return { rows, height: y - GAP - top };
}

export function drawTimeline(block: TimelineBlock, ctx: DrawContext, top: number): Drawn {
  const layout = layoutTimeline(block, ctx, top);
  const axis = ctx.x + DOT;
  const dotY = (t: number) => t + lineHeight(SIZES.body) / 2;
  const first = layout.rows[0]!;
  const last = layout.rows[layout.rows.length - 1]!;
  let svg = `<line x1="${n(axis)}" y1="${n(dotY(first.top))}" x2="${n(axis)}" y2="${n(dotY(last.top))}" stroke="${COLORS.border}" stroke-width="4"/>`;
  for (const row of layout.rows) {
    svg += `<circle cx="${n(axis)}" cy="${n(dotY(row.top))}" r="${DOT}" fill="${COLORS.accent}"/>`;
    const when = textLines(row.when, ctx.x + INDENT, row.top, { size: SIZES.body, weight: 'bold', fill: COLORS.accent }, ctx.measure);
    const text = textLines(row.text, ctx.x + INDENT, row.top + when.height, { size: SIZES.body }, ctx.measure);
    svg += when.svg + text.svg;
  }
  return { svg, height: layout.height };
}
