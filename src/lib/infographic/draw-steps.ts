/**
 * A process (```cac-buoc): numbered circles joined by a line, the step's name in bold and its
 * detail under it.
 */
import type { StepsBlock } from './types.ts';
import { COLORS, SIZES, n, textLines, wrap, type DrawContext, type Drawn } from './svg.ts';

const R = 18;
const INDENT = R * 2 + 16;
const GAP = 20;

export function drawSteps(block: StepsBlock, ctx: DrawContext, top: number): Drawn {
  const width = ctx.width - INDENT;
  const cx = ctx.x + R;
  let y = top;
  let circles = '';
  let texts = '';
  const centers: number[] = [];
  block.items.forEach((step, i) => {
    const title = textLines(wrap(ctx, step.title, width, { size: SIZES.body, weight: 'bold' }), ctx.x + INDENT, y, { size: SIZES.body, weight: 'bold' }, ctx.measure);
    const detail = step.detail ? textLines(wrap(ctx, step.detail, width, { size: SIZES.body }), ctx.x + INDENT, y + title.height, { size: SIZES.body, fill: COLORS.muted }, ctx.measure) : { svg: '', height: 0 };
    const cy = y + Math.max(R, title.height / 2);
    centers.push(cy);
    circles += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${R}" fill="${COLORS.accent}"/>`;
    circles += `<text x="${n(cx)}" y="${n(cy + SIZES.body * 0.35)}" font-size="${SIZES.body}" font-weight="700" fill="${COLORS.background}" text-anchor="middle">${i + 1}</text>`;
    texts += title.svg + detail.svg;
    y += Math.max(R * 2, title.height + detail.height) + GAP;
  });
  const line = centers.length > 1 ? `<line x1="${n(cx)}" y1="${n(centers[0]!)}" x2="${n(cx)}" y2="${n(centers[centers.length - 1]!)}" stroke="${COLORS.border}" stroke-width="4"/>` : '';
  return { svg: line + circles + texts, height: y - GAP - top };
}
