/**
 * Hands each page Astro renders in a build to whoever listens (the search index step), as the
 * page is rendered, through this process's globalThis: src/middleware.ts runs in Astro's bundled
 * server code, a module graph apart from the integrations. No listener (astro dev, tests using
 * the Container API): the middleware does nothing.
 */
const KEY = Symbol.for('legal-portal.built-pages');

/** Gets the path (with the site's base) and HTML of a rendered page. */
export type BuiltPageListener = (pathname: string, html: string) => void;

const slot = globalThis as { [KEY]?: BuiltPageListener };

export function listenToBuiltPages(listener: BuiltPageListener | null): void {
  if (listener) slot[KEY] = listener;
  else delete slot[KEY];
}

export function builtPageListener(): BuiltPageListener | undefined {
  return slot[KEY];
}
