// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';
import { readSiteSettings } from './src/integrations/site-settings.ts';

// Site URL and base path come from content/cau-hinh.yaml, overridable per deployment:
// SITE_URL=https://tinh.gov.vn BASE_PATH=/phapluat/ npm run build
const { site, base } = readSiteSettings(new URL('./content/cau-hinh.yaml', import.meta.url), process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The build script writes to a temporary folder and swaps it in only on success,
  // so a failed build leaves the previous dist/ intact.
  outDir: process.env.LP_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  compressHTML: false,
  devToolbar: { enabled: false },
  integrations: [mdx(), pagefind()],
  markdown: {
    // Astro's default processor runs no remark plugins; MDX and .md pages go through unified.
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
});
