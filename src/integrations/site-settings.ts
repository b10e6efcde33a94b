/**
 * Where the site lives: the absolute URL and the base path. Read from the portal configuration,
 * with SITE_URL and BASE_PATH environment variables taking precedence (one build per host).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normalizeBase } from '../lib/url.ts';

export interface SiteSettings {
  site: string;
  base: string;
}

export function readSiteSettings(configFile: URL, env: Record<string, string | undefined>): SiteSettings {
  const config = parse(readFileSync(configFile, 'utf8'), { schema: 'core' }) as { siteUrl?: string } | null;
  const site = (env.SITE_URL || config?.siteUrl || 'http://localhost:4321').replace(/\/+$/, '');
  return { site, base: normalizeBase(env.BASE_PATH ?? '/') };
}
