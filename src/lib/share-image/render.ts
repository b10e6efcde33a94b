/**
 * A card's PNG at its own size (1200×630), drawn by resvg with the infographics' bundled Noto Sans
 * only (every Vietnamese letter; system fonts never loaded), so every machine draws the same image.
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from '../infographic/font.ts';

export function renderPng(svg: string, files: string[] = Object.values(fontFiles())): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, logLevel: 'off' });
  return resvg.render().asPng();
}

export function escapeSvg(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
