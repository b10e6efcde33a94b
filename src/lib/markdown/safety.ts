/**
 * Markdown written by editors may not carry raw HTML, unsafe links or other sites' images into a
 * public page. The one HTML tag allowed is a line break inside a table cell (`<br>`), which GFM
 * has no other way to write; it becomes a real break node. Elsewhere Markdown has its own line
 * break, so a `<br>` there is raw HTML like any other.
 *
 * Links go to `https:`, `mailto:`, `tel:`, an anchor or a path from the site's root; "//host/…" is
 * another site (protocol-relative), not a path, and a relative path ("x.md", "www.host.vn") leads
 * somewhere else from every page. Images come from the site only: its Content-Security-Policy
 * (src/integrations/csp.ts) blocks every other host, so another site's image would show broken.
 * Reference-style links and images are checked through their definitions.
 */
import { visit, SKIP } from 'unist-util-visit';
import type { Root, Parent, Nodes } from 'mdast';
import type { ContentProblem } from '../content/problems.ts';

const BREAK = /^<br\s*\/?>$/i;
const EXTERNAL = /^(https:|mailto:|tel:)/i;
/** "#muc-1", "/van-ban/…": an anchor, or a path from the site's root (not "//host"). */
const INTERNAL = /^(#|\/(?!\/))/;
/**
 * No scheme and no leading "/": "www.dienbien.gov.vn", "08-ct-tu-2026.md", "../x". Browsers read it
 * relative to the page it is on, so it leads somewhere else on every page (a host name written
 * without "https://" is such a path too).
 */
const RELATIVE = /^(?!\/\/)[^:]*$/;
const HOST_LIKE = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info|int)(?:[/?#:]|$)/i;
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
      report(node, 'hình ảnh', RELATIVE.test(url) && !HOST_LIKE.test(url) ? relativeImage(url) : foreignImage(url));
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'link' || node.type === 'definition') {
      const url = node.url.trim();
      if (/^\/\//.test(url)) {
        report(node, 'liên kết', `địa chỉ liên kết "${truncate(url)}" dẫn ra trang ngoài nhưng thiếu "https:"; hãy ghi đầy đủ "https:${truncate(url)}"`);
        node.url = '#';
      } else if (HOST_LIKE.test(url)) {
        report(node, 'liên kết', `địa chỉ liên kết "${truncate(url)}" thiếu "https://"; không có nó, trình duyệt tìm "${truncate(url)}" ngay trong Cổng — hãy ghi "https://${truncate(url)}"`);
        node.url = '#';
      } else if (RELATIVE.test(url) && !INTERNAL.test(url)) {
        report(node, 'liên kết', `đường dẫn "${truncate(url)}" không bắt đầu bằng "/" nên dẫn tới chỗ khác nhau tùy trang đang xem; hãy ghi đường dẫn từ gốc của Cổng, ví dụ "/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/" hoặc "#muc-1"`);
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

/** What to write instead of an image path that does not start at the site's root. */
function relativeImage(url: string): string {
  const name = IMAGE_NAME.exec(url)?.[1] ?? 'ten-anh.png';
  return `đường dẫn ảnh "${truncate(url)}" không bắt đầu bằng "/" nên ảnh không hiện ở mọi trang; hãy đặt tệp ảnh trong public/ và ghi đường dẫn từ gốc, ví dụ ![mô tả](/anh/${name})`;
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
