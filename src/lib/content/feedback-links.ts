/**
 * The "Phản ánh vướng mắc" link of a document or one of its parts, from the portal's configured
 * channels (content/cau-hinh.yaml `feedback`). Built once by the corpus, used by the rendered
 * body (one link per part), the document page and the Q&A pages, so all links agree.
 */
import type { FeedbackConfig } from './schema.ts';
import { absoluteUrl, feedbackHref, primaryTemplate } from '../feedback.ts';
import { normalizeBase } from '../url.ts';

/** Where the site is published: absolute root address and base path ("/", "/phapluat/"). */
export interface SiteAddress {
  url: string;
  base: string;
}

/** What a link needs to know of a document. */
export interface FeedbackDocument {
  data: { number: string | null };
  displayTitle: string;
  /** Page path without the base. */
  url: string;
}

/** The link for a document (or a part: its anchor and how it is called, "mục 4.3"); null when no channel is configured. */
export type FeedbackLinks = (doc: FeedbackDocument, anchor?: string | null, part?: string | null) => string | null;

export function feedbackLinks(config: FeedbackConfig | undefined, site: SiteAddress): FeedbackLinks {
  const template = primaryTemplate(config);
  if (!template) return () => null;
  return (doc, anchor, part) =>
    feedbackHref(template, { number: doc.data.number, title: doc.displayTitle, url: absoluteUrl(site, doc.url), anchor: anchor ?? null, part: part ?? null });
}

/** The site address the build uses: SITE_URL and BASE_PATH override the configured siteUrl, as in astro.config.mjs. */
export function siteAddress(env: Record<string, string | undefined>, configuredUrl: string | undefined): SiteAddress {
  return { url: (env.SITE_URL || configuredUrl || 'http://localhost:4321').replace(/\/+$/, ''), base: normalizeBase(env.BASE_PATH ?? '/') };
}
