/** The Markdown source of each document, for download and reuse. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../data/portal.ts';

export function getStaticPaths() {
  return getCorpus().documents.map((doc) => ({
    params: { slug: doc.url.replace(/^\/van-ban\//, '').replace(/\/$/, '') },
    props: { file: doc.file },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(join(PROJECT_ROOT, (props as { file: string }).file), 'utf8'), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
