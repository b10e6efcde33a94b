/**
 * The PNG of an infographic, for chat apps and social networks: the SVG rendered by resvg at
 * 1080 px wide with the bundled font only (system fonts are never loaded), so it looks the same
 * on every build machine and has every Vietnamese letter.
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from './font.ts';

export const PNG_WIDTH = 1080;

export function renderPng(svg: string, files: string[] = Object.values(fontFiles())): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'width', value: PNG_WIDTH },
    background: '#ffffff',
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

const rendered = new Map<string, Buffer>();

/** Renders each drawing once per process, however many times it is asked for (keyed by the SVG itself, so an edit in dev redraws). */
export function pngOnce(svg: string): Buffer {
  let png = rendered.get(svg);
  if (!png) {
    png = renderPng(svg);
    rendered.set(svg, png);
  }
  return png;
}
