/** Site-relative paths joined to the configured base ("/phapluat/"), so sub-path deploys work. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
