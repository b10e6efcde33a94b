/**
 * Who does what (```ai-lam-gi): a grid, tasks down the side, agencies across the top, the role
 * written in each marked cell on a tinted ground (an empty cell stays white).
 */
import type { MatrixBlock } from './types.ts';
import { COLORS, SIZES, lineHeight, n, textLines, wrap, type DrawContext, type Drawn } from './svg.ts';

const PAD = 6;
/** Share of the width given to the task column. */
const TASK_SHARE = 0.36;

export function drawMatrix(block: MatrixBlock, ctx: DrawContext, top: number): Drawn {
  const size = SIZES.small;
  const taskWidth = Math.round(ctx.width * TASK_SHARE);
  const colWidth = (ctx.width - taskWidth) / block.agencies.length;
  const colX = (i: number) => ctx.x + taskWidth + i * colWidth;
  const lh = lineHeight(size);
  const cellLines = (text: string, w: number, bold = false) => wrap(ctx, text, w - PAD * 2, { size, weight: bold ? 'bold' : 'regular' });

  let svg = '';
  // Header row: the corner label and the agencies.
  const heads = block.agencies.map((a) => cellLines(a, colWidth, true));
  const corner = cellLines(block.corner, taskWidth, true);
  const headHeight = Math.max(corner.length, ...heads.map((h) => h.length)) * lh + PAD * 2;
  svg += `<rect x="${n(ctx.x)}" y="${n(top)}" width="${n(ctx.width)}" height="${n(headHeight)}" fill="${COLORS.surface}"/>`;
  svg += textLines(corner, ctx.x + PAD, top + PAD, { size, weight: 'bold' }, ctx.measure).svg;
  heads.forEach((h, i) => (svg += textLines(h, colX(i) + colWidth / 2, top + PAD, { size, weight: 'bold', anchor: 'middle' }, ctx.measure).svg));

  let y = top + headHeight;
  for (const row of block.rows) {
    const task = cellLines(row.task, taskWidth);
    const cells = row.cells.map((c) => cellLines(c, colWidth));
    const h = Math.max(task.length, ...cells.map((c) => c.length)) * lh + PAD * 2;
    svg += textLines(task, ctx.x + PAD, y + PAD, { size }, ctx.measure).svg;
    cells.forEach((c, i) => {
      if (!c.length) return;
      svg += `<rect x="${n(colX(i) + 2)}" y="${n(y + 2)}" width="${n(colWidth - 4)}" height="${n(h - 4)}" fill="${COLORS.tint}"/>`;
      svg += textLines(c, colX(i) + colWidth / 2, y + (h - c.length * lh) / 2, { size, anchor: 'middle' }, ctx.measure).svg;
    });
    svg += `<line x1="${n(ctx.x)}" y1="${n(y)}" x2="${n(ctx.x + ctx.width)}" y2="${n(y)}" stroke="${COLORS.border}"/>`;
    y += h;
  }
  svg += `<line x1="${n(ctx.x)}" y1="${n(y)}" x2="${n(ctx.x + ctx.width)}" y2="${n(y)}" stroke="${COLORS.border}"/>`;
  for (let i = 0; i < block.agencies.length; i++) {
    svg += `<line x1="${n(colX(i))}" y1="${n(top)}" x2="${n(colX(i))}" y2="${n(y)}" stroke="${COLORS.border}"/>`;
  }
  return { svg, height: y - top };
}
