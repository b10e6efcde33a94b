/**
 * Links and images an editor writes from the site's root ("/van-ban/…/08-ct-tu/#muc-4-3",
 * "/anh/so-do.png") point into the portal wherever it is deployed: under a sub-path
 * (BASE_PATH=/phapluat/) they get the base, as the portal's own links do (src/components/href.ts).
 * The content check reads links as written (without the base), so this runs only when rendering,
 * with the base of the corpus's site address (content/feedback-links.ts siteAddress).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../url.ts';

/** Gives every root-relative link, image and definition of `tree` the base `base` (in place). */
export function rebaseLinks(tree: Root, base: string): void {
  if (base === '/') return;
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && /^\/(?!\/)/.test(node.url)) {
      node.url = withBase(base, node.url);
    }
  });
}
