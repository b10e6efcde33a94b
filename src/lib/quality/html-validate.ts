/**
 * Valid HTML gate: html-validate on every built page, with the project's rules
 * (.htmlvalidate.mjs: html-validate:recommended, a few rules off, each with its reason).
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { SiteProblem } from './problem.ts';
import { htmlPages, type SiteFiles } from './site-files.ts';

/** `config`: the default export of .htmlvalidate.mjs. */
export async function validateHtml(site: SiteFiles, config: ConfigData): Promise<SiteProblem[]> {
  const validator = new HtmlValidate({ ...config, root: true });
  const problems: SiteProblem[] = [];
  for (const file of htmlPages(site)) {
    const report = await validator.validateString(site.text(file), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push({ file, line: m.line, column: m.column, gate: 'html', message: `[${m.ruleId}] ${m.message}` });
      }
    }
  }
  return problems;
}
