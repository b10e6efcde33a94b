/**
 * Writes `<outDir>/sitemap.xml` when `astro build` finishes, from the pages it wrote: walking
 * the output catches every page (documents, facets, register views, agencies…) without keeping
 * a second list of routes in step with src/pages/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isListable, pagePathOf, readHead, sitemapXml } from '../lib/opendata/sitemap.ts';

export default function sitemapIntegration(): AstroIntegration {
  let siteUrl = '';
  return {
    name: 'legal-portal:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('sitemap.xml: cần địa chỉ trang (siteUrl trong content/cau-hinh.yaml hoặc SITE_URL)');
        siteUrl = new URL(config.base, config.site).href.replace(/\/+$/, '');
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const paths: string[] = [];
        for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
          if (!entry.isFile() || entry.name !== 'index.html') continue;
          const file = join(entry.parentPath, entry.name);
          const path = pagePathOf(relative(root, file));
          if (path && isListable(readHead(file))) paths.push(path);
        }
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(siteUrl, paths));
        logger.info(`sitemap.xml: ${paths.length} trang`);
      },
    },
  };
}
