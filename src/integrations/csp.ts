/**
 * The portal's Content-Security-Policy, in one place: astro.config.mjs puts it in a <meta> on every
 * page (Astro adds the hashes of anything it inlines), deploy/nginx.conf sends the same policy as a
 * header plus what a <meta> cannot carry (frame-ancestors), and `npm run check:site` checks both
 * against the built pages.
 *
 * The build inlines no script or style (see astro.config.mjs), so 'self' covers every script and
 * stylesheet, and the header needs no per-build hashes.
 */

/** script-src: our own bundles, plus WebAssembly compilation for Pagefind's search engine. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** style-src: our own stylesheets only (no inline styles, no style attributes). */
export const CSP_STYLE_SOURCES = ["'self'"];

/** Every other directive. Nothing is loaded from another origin: no fonts, images or APIs elsewhere. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // The site's own images only: nothing it builds uses a data: URL, and content may not link images elsewhere.
  "img-src 'self'",
  // Pagefind fetches its index and WebAssembly from /pagefind/.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // The search forms submit (GET) to /tim-kiem/ on this site; nothing posts anywhere.
  "form-action 'self'",
] as const;

/** Only possible as an HTTP header (browsers ignore it in <meta>): no site may frame the portal. */
export const CSP_HEADER_ONLY = ["frame-ancestors 'none'"] as const;

/** The policy as the web server should send it (deploy/nginx.conf, a CDN's _headers file). */
export function headerPolicy(): string {
  return [...CSP_DIRECTIVES, `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`, `style-src ${CSP_STYLE_SOURCES.join(' ')}`, ...CSP_HEADER_ONLY].join('; ');
}
