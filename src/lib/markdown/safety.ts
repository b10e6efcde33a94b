/**
 * Markdown written by editors may not carry raw HTML, unsafe links or other sites' images into a
 * public page. The one HTML tag allowed is a line break inside a table cell (`<br>`), which GFM
 * has no other way to write; it becomes a real break node. Elsewhere Markdown has its own line
 * break, so a `<br>` there is raw HTML like any other.
 *
 * Links go to `https:`, `mailto:`, `tel:` or a path of the site; "//host/…" is another site
 * (protocol-relative), not a path. Images come from the site only: its Content-Security-Policy
 * (src/integrations/csp.ts) blocks every other host, so another site's image would show broken.
 * Reference-style links and images are checked through their definitions.
 */
import { visit, SKIP } from 'unist-util-visit';
import type { Root, Parent, Nodes } from 'mdast';
import type { ContentProblem } from '../content/problems.ts';

const BREAK = /^<br\s*\/?>$/i;
const EXTERNAL = /^(https:|mailto:|tel:)/i;
/** "#muc-1", "/van-ban/…", "./x", "../x", "x/y": no scheme, and not "//host". */
const INTERNAL = /^(?!\/\/)(#|\/|\.{0,2}\/?[^:]*$)/;
const IMAGE_NAME = /([^/?#:\\]+\.(?:png|jpe?g|gif|svg|webp|avif))(?:[?#]|$)/i;

/** Checks and cleans `tree` in place; returns problems (file and line filled in). */
export function sanitizeTree(tree: Root, file: string, lineOffset: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (node: Nodes, field: string, message: string) =>
    problems.push({ file, line: node.position ? node.position.start.line + lineOffset - 1 : null, field, message, severity: 'error' });

  visit(tree, 'tableCell', (cell) => {
    visit(cell, 'html', (node, index, parent) => {
      if (parent && index !== undefined && BREAK.test(node.value.trim())) parent.children.splice(index, 1, { type: 'break', position: node.position });
    });
  });
  // Read before the walk below rewrites unsafe definitions; the first of a label wins, as in CommonMark.
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => {
    if (!definitions.has(d.identifier)) definitions.set(d.identifier, d.url.trim());
  });

  visit(tree, (node: Nodes, index: number | undefined, parent: Parent | undefined) => {
    if (node.type === 'html' && parent && index !== undefined) {
      report(node, 'nội dung', `không được dùng HTML thô (${truncate(node.value)}); chỉ cho phép <br> trong ô bảng — hãy viết bằng Markdown`);
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if ((node.type === 'image' || node.type === 'imageReference') && parent && index !== undefined) {
      const url = node.type === 'image' ? node.url.trim() : definitions.get(node.identifier);
      if (url === undefined || INTERNAL.test(url)) return undefined;
      report(node, 'hình ảnh', foreignImage(url));
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'link' || node.type === 'definition') {
      const url = node.url.trim();
      if (/^\/\//.test(url)) {
        report(node, 'liên kết', `địa chỉ liên kết "${truncate(url)}" dẫn ra trang ngoài nhưng thiếu "https:"; hãy ghi đầy đủ "https:${truncate(url)}"`);
        node.url = '#';
      } else if (!EXTERNAL.test(url) && !INTERNAL.test(url)) {
        report(node, 'liên kết', `địa chỉ liên kết không an toàn "${truncate(url)}"; chỉ chấp nhận https:, mailto:, tel: hoặc đường dẫn nội bộ`);
        node.url = '#';
      }
    }
    return undefined;
  });
  return problems;
}

/** What to write instead of an image from elsewhere: the same file, kept in public/. */
function foreignImage(url: string): string {
  const name = IMAGE_NAME.exec(url)?.[1] ?? 'ten-anh.png';
  return (
    `ảnh "${truncate(url)}" không nằm trên Cổng; trang của Cổng chặn ảnh lấy từ nơi khác nên ảnh sẽ không hiện — ` +
    `hãy đặt tệp ảnh vào thư mục public/ (ví dụ public/anh/${name}) và ghi đường dẫn nội bộ ![mô tả](/anh/${name})`
  );
}

function truncate(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}
