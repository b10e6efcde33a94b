/**
 * A small scanner for the tags of built HTML: enough to find every URL, id and inline script of
 * the pages Astro writes, without a DOM library. Comments are skipped; the text of <script> and
 * <style> is kept whole (it is not markup).
 */

export interface HtmlTag {
  /** Lowercase element name. */
  name: string;
  /** Attributes with lowercase names and entity-decoded values; a bare attribute has value "". */
  attrs: Record<string, string>;
  /** 1-based line of the tag's `<`. */
  line: number;
  /** For <script> and <style>: the text up to the closing tag. */
  text?: string;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style']);

export function scanTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (index: number): number => {
    for (let i = counted; i < index; i++) if (html.charCodeAt(i) === 10) line++;
    counted = Math.max(counted, index);
    return line;
  };
  let lower: string | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[1]?.toLowerCase();
    if (!name || m[0].startsWith('</')) continue;
    const tag: HtmlTag = { name, attrs: parseAttributes(m[2] ?? ''), line: lineAt(m.index) };
    if (RAW_TEXT.has(name) && !m[0].endsWith('/>')) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, TOKEN.lastIndex);
      const end = close === -1 ? html.length : close;
      tag.text = html.slice(TOKEN.lastIndex, end);
      TOKEN.lastIndex = end;
    }
    tags.push(tag);
  }
  return tags;
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(source); m; m = ATTR.exec(source)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

/** Ids a fragment can land on: every `id`, and `name` of <a> (the old way to make an anchor). */
export function anchorsOf(tags: HtmlTag[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tags) {
    if (t.attrs.id !== undefined) ids.add(t.attrs.id);
    if (t.name === 'a' && t.attrs.name !== undefined) ids.add(t.attrs.name);
  }
  return ids;
}
