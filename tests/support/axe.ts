/** axe-core on a page, WCAG 2.2 A/AA rules; returns one line per violation (empty when clean). Pages must come from browser.newContext(). */
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
