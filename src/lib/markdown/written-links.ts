/**
 * The links an editor wrote in a piece of Markdown, with their lines, for the corpus's check that
 * internal links lead somewhere (content/links.ts). Read before links from the site's root get the
 * base path (rebase.ts): the check compares them with the portal's own addresses.
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface WrittenLink {
  url: string;
  /** Line in the file. */
  line: number;
}

/**
 * `firstLine`: the file's line where the Markdown starts (1-based). Links a pipeline adds (a part's
 * number linking to itself) have no position and are not the editor's.
 */
export function writtenLinks(tree: Root, firstLine: number): WrittenLink[] {
  const links: WrittenLink[] = [];
  visit(tree, 'link', (link: Link) => {
    if (link.position) links.push({ url: link.url.trim(), line: link.position.start.line + firstLine - 1 });
  });
  return links;
}
