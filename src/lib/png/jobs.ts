/**
 * Every PNG a site has, from the corpus: one per infographic (1080 px wide), one sharing card per
 * document and the portal's card (1200×630). The build and the dev server both draw them from here.
 */
import type { Corpus, DocumentEntry } from '../content/corpus.ts';
import type { Infographic } from '../infographic/types.ts';
import { fontMetrics } from '../infographic/font.ts';
import { cardSvg, documentCard, portalCard } from '../share-image/card.ts';
import { shareImagePath } from '../opendata/documents-json.ts';
import type { PngJob } from './render.ts';

/** Width of an infographic's PNG: for chat apps and social networks. */
export const INFOGRAPHIC_PNG_WIDTH = 1080;

export interface SitePng {
  /** Site path, without the base path: "/infographic/<slug>.png". */
  path: string;
  job: PngJob;
}

export function infographicPng(ig: Pick<Infographic, 'slug' | 'svg'>): SitePng {
  return { path: `/infographic/${ig.slug}.png`, job: { svg: ig.svg, width: INFOGRAPHIC_PNG_WIDTH } };
}

export function documentCardPng(doc: DocumentEntry, config: Corpus['config']): SitePng {
  return { path: shareImagePath(doc), job: { svg: cardSvg(documentCard(doc, config), fontMetrics().measure) } };
}

export function portalCardPng(config: Corpus['config']): SitePng {
  return { path: '/og/cong-thong-tin.png', job: { svg: cardSvg(portalCard(config), fontMetrics().measure) } };
}

/** Infographics first (their pages show the PNG's size, so a page may wait for one), then cards; drawn lazily. */
export function* sitePngs(corpus: Corpus): Generator<SitePng> {
  for (const ig of corpus.infographics) yield infographicPng(ig);
  yield portalCardPng(corpus.config);
  for (const doc of corpus.documents) yield documentCardPng(doc, corpus.config);
}
