/**
 * During a build, gives every rendered HTML page to the search index step
 * (src/integrations/pagefind.ts), so Pagefind indexes pages while Astro renders the next ones
 * instead of reading them all back at the end. Pages are returned unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { builtPageListener } from './integrations/built-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const listener = builtPageListener();
  if (!listener || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  await listener(context.url.pathname, html);
  return new Response(html, response);
});
