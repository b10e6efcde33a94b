/** The register as open data: { asOf, tasks: [...] }. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/portal.ts';
import { tasksToJson } from '../../lib/tasks/export-json.ts';

export const GET: APIRoute = ({ site }) => {
  const { asOf, tasks } = getCorpus();
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href.replace(/\/+$/, '');
  return new Response(tasksToJson({ asOf, siteUrl, tasks }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
