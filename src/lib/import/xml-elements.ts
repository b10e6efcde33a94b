/**
 * The elements of an XML part of a Word file, with where each starts and ends in the source, so
 * that some (hidden runs) can be cut out of the text while everything else stays byte for byte.
 * Only elements and their attributes are read: text, comments and processing instructions are
 * skipped. Throws on tags that do not nest.
 */

export interface XmlElement {
  /** Qualified name as written: "w:r". */
  name: string;
  attributes: Record<string, string>;
  /** From the "<" of the start tag to just after the end tag. */
  start: number;
  end: number;
  /** Between the start and the end tag (equal for an empty element). */
  innerStart: number;
  innerEnd: number;
  children: XmlElement[];
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>!?]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document's root element. */
export function parseXmlElements(xml: string): XmlElement {
  const top: XmlElement = { name: '', attributes: {}, start: 0, end: xml.length, innerStart: 0, innerEnd: xml.length, children: [] };
  const open: XmlElement[] = [top];
  for (const m of xml.matchAll(TOKEN)) {
    if (m[2] === undefined) continue;
    const parent = open[open.length - 1]!;
    const end = m.index + m[0].length;
    if (m[1]) {
      if (parent.name !== m[2]) throw new Error(`XML: thẻ đóng </${m[2]}> không khớp <${parent.name}>`);
      parent.innerEnd = m.index;
      parent.end = end;
      open.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of m[3]!.matchAll(ATTRIBUTE)) attributes[a[1]!] = a[2] ?? a[3]!;
    const element: XmlElement = { name: m[2], attributes, start: m.index, end, innerStart: end, innerEnd: end, children: [] };
    parent.children.push(element);
    if (!m[4]) open.push(element);
  }
  if (open.length !== 1) throw new Error(`XML: thẻ <${open[open.length - 1]!.name}> không được đóng`);
  const root = top.children[0];
  if (!root) throw new Error('XML: không có phần tử nào');
  return root;
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}
