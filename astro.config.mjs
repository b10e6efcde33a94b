// @ts-check
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import pngIntegrations from './src/integrations/png.ts';
import { readSiteSettings } from './src/integrations/site-settings.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/integrations/csp.ts';

// Site URL and base path come from cau-hinh.yaml of the content folder being built (content/, or
// PORTAL_CONTENT_DIR), overridable per deployment:
// SITE_URL=https://tinh.gov.vn BASE_PATH=/phapluat/ npm run build
const contentDir = process.env.PORTAL_CONTENT_DIR ? pathToFileURL(`${process.env.PORTAL_CONTENT_DIR.replace(/\/+$/, '')}/`) : new URL('./content/', import.meta.url);
const { site, base } = readSiteSettings(new URL('cau-hinh.yaml', contentDir), process.env);

const png = pngIntegrations();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The build script writes to a temporary folder and swaps it in only on success,
  // so a failed build leaves the previous dist/ intact.
  outDir: process.env.LP_OUT_DIR ?? './dist',
  // Four pages at a time: while one waits (its file being written, the search index catching up)
  // Astro renders another; one at a time, the build's main thread sat idle a quarter of the time.
  // The search index is given pages in a fixed order all the same (src/integrations/pagefind.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: false,
  devToolbar: { enabled: false },
  // Content-Security-Policy in a <meta> on every page (src/integrations/csp.ts; the same policy is
  // sent as a header by deploy/nginx.conf). No script-src 'unsafe-inline': Astro hashes anything inline.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: CSP_SCRIPT_SOURCES },
      styleDirective: { resources: CSP_STYLE_SOURCES },
    },
  },
  // Nothing inlined: every script and stylesheet is a file under /_astro/, so 'self' allows it and the
  // server's header policy needs no per-build hashes (inlining is only a request saved).
  vite: { build: { assetsInlineLimit: 0 } },
  // PNGs render in worker threads from the start of the build; `png.finish`, after Pagefind, waits
  // for the last one, so they finish while Pagefind indexes (src/integrations/png.ts).
  integrations: [mdx(), png.render, pagefind(), sitemap(), png.finish],
  markdown: {
    // Astro's default processor runs no remark plugins; MDX and .md pages go through unified.
    processor: unified({ remarkPlugins: [remarkGfm] }),
    // No syntax highlighting: legal texts have no code, and Shiki's inline styles would break the
    // Content-Security-Policy (Astro warned of it on every build). A code block stays a plain <pre>.
    syntaxHighlight: false,
  },
});
