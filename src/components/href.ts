/** `href('/van-ban/')` → "/<base>/van-ban/": every internal link goes through this. */
import { withBase } from '../lib/url.ts';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
