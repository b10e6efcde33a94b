/**
 * One infographic as a standalone SVG document: title, blocks, footer (sources and portal), with
 * <title> and <desc> for screen readers. Drawn once at build time; the page inlines it and
 * offers it for download, and the PNG is rendered from it.
 */
import type { Block } from './types.ts';
import { FONT_STACK, type Measure } from './font.ts';
import { CANVAS_WIDTH, COLORS, MARGIN, SIZES, escapeXml, n, paragraph, type DrawContext, type Drawn } from './svg.ts';
import { drawFigures } from './draw-figures.ts';
import { drawTimeline } from './draw-timeline.ts';
import { drawSteps } from './draw-steps.ts';
import { drawMatrix } from './draw-matrix.ts';
import { drawBars } from './draw-bars.ts';

export interface DrawInput {
  /** Used to make the ids of <title> and <desc> unique on a page. */
  slug: string;
  title: string;
  summary: string;
  blocks: Block[];
  /** Small print at the foot, one paragraph each (sources, portal and date). */
  footer: string[];
}

export interface Drawing {
  svg: string;
  width: number;
  height: number;
}

const BLOCK_GAP = 28;

/** Ids of the <title> and <desc> elements, for aria-labelledby. */
export function drawingIds(slug: string): { title: string; desc: string } {
  return { title: `ig-${slug}-tieu-de`, desc: `ig-${slug}-mo-ta` };
}

export function drawBlock(block: Block, ctx: DrawContext, top: number): Drawn {
  switch (block.kind) {
    case 'heading':
      return paragraph(ctx, block.text, ctx.x, top, ctx.width, { size: SIZES.heading, weight: 'bold' });
    case 'text':
      return paragraph(ctx, block.text, ctx.x, top, ctx.width, { size: SIZES.body, fill: COLORS.muted });
    case 'figures':
      return drawFigures(block, ctx, top);
    case 'timeline':
      return drawTimeline(block, ctx, top);
    case 'steps':
      return drawSteps(block, ctx, top);
    case 'matrix':
      return drawMatrix(block, ctx, top);
    case 'bars':
      return drawBars(block, ctx, top);
  }
}

export function drawInfographic(input: DrawInput, measure: Measure): Drawing {
  const ctx: DrawContext = { measure, x: MARGIN, width: CANVAS_WIDTH - MARGIN * 2 };
  let y = MARGIN + 8;
  let body = '';
  const title = paragraph(ctx, input.title, ctx.x, y, ctx.width, { size: SIZES.title, weight: 'bold' });
  body += title.svg;
  y += title.height + 12;
  body += `<rect x="${ctx.x}" y="${n(y)}" width="96" height="4" fill="${COLORS.accent}"/>`;
  y += 4 + BLOCK_GAP;
  input.blocks.forEach((block, i) => {
    // A heading sits closer to what it introduces than to what precedes it.
    if (block.kind === 'heading' && i > 0) y += 8;
    const drawn = drawBlock(block, ctx, y);
    body += drawn.svg;
    y += drawn.height + (block.kind === 'heading' ? 12 : BLOCK_GAP);
  });
  body += `<line x1="${ctx.x}" y1="${n(y)}" x2="${ctx.x + ctx.width}" y2="${n(y)}" stroke="${COLORS.border}"/>`;
  y += 12;
  for (const line of input.footer) {
    const drawn = paragraph(ctx, line, ctx.x, y, ctx.width, { size: SIZES.small, fill: COLORS.muted });
    body += drawn.svg;
    y += drawn.height;
  }
  const height = Math.ceil(y + MARGIN);
  // Slugs are checked where content is read; escaped here all the same, as every other value is.
  const { title: titleId, desc: descId } = drawingIds(input.slug);
  const ids = { title: escapeXml(titleId), desc: escapeXml(descId) };
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CANVAS_WIDTH}" height="${height}" viewBox="0 0 ${CANVAS_WIDTH} ${height}" role="img" aria-labelledby="${ids.title} ${ids.desc}" font-family="${escapeXml(FONT_STACK)}">` +
    `<title id="${ids.title}">${escapeXml(input.title)}</title>` +
    `<desc id="${ids.desc}">${escapeXml(input.summary)}</desc>` +
    `<rect width="${CANVAS_WIDTH}" height="${height}" fill="${COLORS.background}"/>` +
    `<rect width="${CANVAS_WIDTH}" height="8" fill="${COLORS.accent}"/>` +
    body +
    `</svg>`;
  return { svg, width: CANVAS_WIDTH, height };
}
