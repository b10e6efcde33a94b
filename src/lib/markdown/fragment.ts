/**
 * A short piece of editor Markdown that is not a document body (an introduction, notes for a
 * session leader) rendered to safe HTML: the same parser and safety checks as documents, but no
 * part anchors, and headings moved down so they nest under the section that shows them.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import type { Heading } from 'mdast';
import type { Root as HRoot } from 'hast';
import { parseMarkdown } from './parse.ts';
import { sanitizeTree } from './safety.ts';
import { footnoteProblems } from './footnotes.ts';
import { rebaseLinks } from './rebase.ts';
import { writtenLinks, type WrittenLink } from './written-links.ts';
import { relOnExternalLinks } from './external-links.ts';
import type { ContentProblem } from '../content/problems.ts';

const toHast = unified().use(remarkRehype);
const toHtml = unified().use(rehypeStringify);

export interface FragmentOptions {
  /** File named in problems. */
  file: string;
  /** 1-based line of the file where the Markdown starts. */
  line: number;
  /** Level the fragment's top headings take (`#` becomes `<h{level}>`). */
  headingLevel?: number;
  /** The site's base path, which links from the site's root get (rebase.ts); "/" by default. */
  base?: string;
}

/**
 * Renders `markdown`; problems (raw HTML, unsafe links) carry file and line. `links` are the links
 * written in it, as written, for the corpus's check that internal ones lead somewhere.
 */
export function renderFragment(markdown: string, options: FragmentOptions): { html: string; problems: ContentProblem[]; links: WrittenLink[] } {
  const tree = parseMarkdown(markdown);
  const problems = [...sanitizeTree(tree, options.file, options.line), ...footnoteProblems(tree, options.file, options.line)];
  const links = writtenLinks(tree, options.line);
  rebaseLinks(tree, options.base ?? '/');
  const shift = (options.headingLevel ?? 3) - 1;
  visit(tree, 'heading', (h: Heading) => {
    h.depth = Math.min(6, h.depth + shift) as Heading['depth'];
  });
  const hast = toHast.runSync(tree) as unknown as HRoot;
  relOnExternalLinks(hast);
  return { html: toHtml.stringify(hast).trim(), problems, links };
}
