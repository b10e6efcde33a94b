/**
 * All quality gates on one built site, as `npm run check:site` runs them: valid HTML, links,
 * page weight, security. (Reproducibility needs two builds: see reproducible.ts.)
 */
import type { ConfigData } from 'html-validate';
import { validateHtml } from './html-validate.ts';
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
}

export interface GateReport {
  problems: SiteProblem[];
  pages: number;
  files: number;
  links: LinkStats;
  weights: PageWeight[];
  security: SecurityStats;
  budget: WeightBudget;
}

export async function runGates(dir: string, options: GateOptions): Promise<GateReport> {
  const site = readSiteFiles(dir);
  const budget = options.budget ?? DEFAULT_BUDGET;
  const html = await validateHtml(site, options.htmlConfig);
  const links = checkLinks(site, options.at);
  const weight = measureWeights(site, options.at, budget);
  const security = checkSecurity(site, options.at, options);
  return {
    problems: [...html, ...links.problems, ...weight.problems, ...security.problems],
    pages: htmlPages(site).length,
    files: site.files.length,
    links: links.stats,
    weights: weight.pages,
    security: security.stats,
    budget,
  };
}
