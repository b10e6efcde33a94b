/**
 * Reads, checks and cross-links the whole content folder: what the build, `npm run check` and the
 * pages all use, so they agree on every message.
 */
import { readContent } from './read.ts';
import { buildCorpus, type BuildOptions, type Corpus } from './corpus.ts';
import type { ContentProblem } from './problems.ts';
import { parseIsoDate, todayInHoChiMinh } from '../dates.ts';
import { siteAddress } from './feedback-links.ts';

export interface LoadResult {
  corpus: Corpus | null;
  problems: ContentProblem[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * The date task statuses are computed against: PORTAL_AS_OF, else `asOf` in the configuration,
 * else today in Asia/Ho_Chi_Minh. Fixing it makes builds reproducible.
 */
export function resolveAsOf(env: Record<string, string | undefined>, configured: string | null | undefined, now = new Date()): string {
  const fromEnv = env.PORTAL_AS_OF?.trim();
  if (fromEnv) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fromEnv) || !parseIsoDate(fromEnv)) {
      throw new Error(`PORTAL_AS_OF="${fromEnv}" không phải một ngày hợp lệ; cần dạng YYYY-MM-DD, ví dụ 2026-11-23`);
    }
    return fromEnv;
  }
  return configured ?? todayInHoChiMinh(now);
}

export function loadContent(
  contentDir: string,
  projectRoot: string,
  env: Record<string, string | undefined> = {},
  options: Pick<BuildOptions, 'processAll'> = {},
): LoadResult {
  const raw = readContent(contentDir, projectRoot);
  const asOf = resolveAsOf(env, raw.config?.asOf);
  const { corpus, problems } = buildCorpus(raw, { ...options, asOf, site: siteAddress(env, raw.config?.siteUrl) });
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    corpus,
    problems: sorted,
    errors: sorted.filter((p) => p.severity === 'error'),
    warnings: sorted.filter((p) => p.severity === 'warning'),
  };
}
