/**
 * During a build, gives every rendered HTML page to the search index step
 * (src/integrations/pagefind.ts), which prepares and stages it as Astro renders the next ones
 * instead of reading them all back at the end. Pages are returned unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { builtPageListener } from './integrations/built-pages.ts';

const decoder = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const listener = builtPageListener();
  if (!listener || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Read once as bytes: the page is decoded for the listener, and Astro writes the same bytes
  // (a Response made from the string would encode every page to UTF-8 a second time).
  const bytes = new Uint8Array(await response.arrayBuffer());
  listener(context.url.pathname, decoder.decode(bytes));
  return new Response(bytes, response);
});
