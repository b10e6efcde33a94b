/**
 * All quality gates on one built site, as `npm run check:site` runs them: valid HTML, links,
 * page weight, security, and the server's Content-Encoding for the built files (when the
 * server's patterns are given). (Reproducibility needs two builds: see reproducible.ts.)
 */
import type { ConfigData } from 'html-validate';
import { validateHtml } from './html-validate.ts';
import { checkContentEncoding } from './content-encoding.ts';
import { checkLinks, type LinkStats } from './links.ts';
import type { SiteProblem } from './problem.ts';
import { checkSecurity, type SecurityOptions, type SecurityStats } from './security.ts';
import { htmlPages, readSiteFiles } from './site-files.ts';
import type { SiteLocation } from './site-url.ts';
import { DEFAULT_BUDGET, measureWeights, type PageWeight, type WeightBudget } from './weight.ts';

export interface GateOptions extends SecurityOptions {
  at: SiteLocation;
  /** The html-validate configuration (.htmlvalidate.mjs). */
  htmlConfig: ConfigData;
  budget?: WeightBudget;
  /**
   * The URIs the web server sends with `Content-Encoding: gzip` (gzipUrisFromNginxConf), named in
   * messages by headerSource; not checked when absent.
   */
  gzipUris?: readonly RegExp[];
}

export interface GateReport {
  problems: SiteProblem[];
  pages: number;
  files: number;
  links: LinkStats;
  weights: PageWeight[];
  security: SecurityStats;
  /** Files the server sends with Content-Encoding: gzip (0 when gzipUris was not given). */
  gzipSent: number;
  budget: WeightBudget;
}

export async function runGates(dir: string, options: GateOptions): Promise<GateReport> {
  const site = readSiteFiles(dir);
  const budget = options.budget ?? DEFAULT_BUDGET;
  const html = await validateHtml(site, options.htmlConfig);
  const links = checkLinks(site, options.at);
  const weight = measureWeights(site, options.at, budget);
  const security = checkSecurity(site, options.at, options);
  const server = options.gzipUris ? checkContentEncoding(site, options.at, options.gzipUris, options.headerSource ?? 'máy chủ') : { problems: [], sent: 0 };
  return {
    problems: [...html, ...links.problems, ...weight.problems, ...security.problems, ...server.problems],
    pages: htmlPages(site).length,
    files: site.files.length,
    links: links.stats,
    weights: weight.pages,
    security: security.stats,
    gzipSent: server.sent,
    budget,
  };
}
