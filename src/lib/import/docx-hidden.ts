/**
 * Word text formatted as hidden (Font ▸ Hidden, `w:vanish`) is neither shown nor printed, so it is
 * no part of the document as issued; mammoth does not read that property and would import it as
 * ordinary text. This cuts every hidden run out of the Word file's parts before mammoth reads it,
 * and counts the passages cut. A run is hidden by its own formatting, else by its character style,
 * else by its paragraph's style, else by the document defaults; styles inherit through "based
 * on", and a run's own `w:vanish w:val="0"` shows what its style hides.
 */
import JSZip from 'jszip';
import { child, parseXmlElements, type XmlElement } from './xml-elements.ts';

export interface WithoutHidden {
  /** The Word file without its hidden runs (the input itself when it has none). */
  docx: Buffer;
  /** Hidden passages cut: runs of hidden text with no shown text between them. */
  passages: number;
}

const WORD_NS = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const STYLES_PART = 'word/styles.xml';

/** Rejects when the file is not a ZIP, or a part is not well-formed XML. */
export async function withoutHiddenText(docx: Buffer): Promise<WithoutHidden> {
  const zip = await JSZip.loadAsync(docx);
  const stylesXml = await zip.file(STYLES_PART)?.async('string');
  const styles = readStyles(stylesXml ?? null);
  let passages = 0;
  let changed = false;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.xml$/i.test(entry.name) || entry.name === STYLES_PART || entry.name.includes('_rels/')) continue;
    const xml = await entry.async('string');
    // Nothing can be hidden in a part that never says "vanish" when no style hides text.
    if (!styles.any && !xml.includes('vanish')) continue;
    const root = parseXmlElements(xml);
    const w = wordName(root);
    if (!w) continue;
    const cut = hiddenRuns(root, w, styles, xml);
    passages += cut.passages;
    if (!cut.ranges.length) continue;
    changed = true;
    let kept = '';
    let from = 0;
    for (const [start, end] of cut.ranges) {
      kept += xml.slice(from, start);
      from = end;
    }
    zip.file(entry.name, kept + xml.slice(from));
  }
  return { docx: changed ? await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : docx, passages };
}

/** Qualified names in WordprocessingML, for the prefix this part binds to it ("w" almost always). */
type WordName = (local: string) => string;

function wordName(root: XmlElement): WordName | null {
  const binding = Object.entries(root.attributes).find(([name, value]) => (name === 'xmlns' || name.startsWith('xmlns:')) && WORD_NS.has(value));
  if (!binding) return null;
  const prefix = binding[0].slice('xmlns:'.length);
  return (local) => (prefix ? `${prefix}:${local}` : local);
}

/** A toggle such as `<w:vanish/>` or `<w:vanish w:val="false"/>`; undefined when absent. */
function toggle(element: XmlElement | undefined, w: WordName): boolean | undefined {
  if (!element) return undefined;
  return !['false', '0', 'off'].includes(element.attributes[w('val')] ?? 'true');
}

interface Styles {
  /** Whether some style (or the defaults) hides text. */
  any: boolean;
  /** Hidden by this style or the ones it is based on; undefined when none of them says. */
  hides(id: string | undefined): boolean | undefined;
  defaultParagraph: string | undefined;
  byDefault: boolean;
}

function readStyles(xml: string | null): Styles {
  const root = xml ? parseXmlElements(xml) : null;
  const w = root && wordName(root);
  const own = new Map<string, { basedOn: string | undefined; vanish: boolean | undefined }>();
  let defaultParagraph: string | undefined;
  let byDefault = false;
  if (root && w) {
    for (const style of root.children.filter((c) => c.name === w('style'))) {
      const id = style.attributes[w('styleId')];
      if (id === undefined) continue;
      own.set(id, { basedOn: child(style, w('basedOn'))?.attributes[w('val')], vanish: toggle(child(child(style, w('rPr')), w('vanish')), w) });
      if (style.attributes[w('type')] === 'paragraph' && ['1', 'true', 'on'].includes(style.attributes[w('default')] ?? '')) defaultParagraph = id;
    }
    byDefault = toggle(child(child(child(child(root, w('docDefaults')), w('rPrDefault')), w('rPr')), w('vanish')), w) ?? false;
  }
  const hides = (id: string | undefined) => {
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); at = own.get(at)?.basedOn) {
      seen.add(at);
      const vanish = own.get(at)?.vanish;
      if (vanish !== undefined) return vanish;
    }
    return undefined;
  };
  return { any: byDefault || [...own.values()].some((s) => s.vanish), hides, defaultParagraph, byDefault };
}

function hiddenRuns(root: XmlElement, w: WordName, styles: Styles, xml: string): { ranges: [number, number][]; passages: number } {
  const ranges: [number, number][] = [];
  let passages = 0;
  let inHidden = false;
  const hasText = (el: XmlElement): boolean => el.children.some((c) => (c.name === w('t') && xml.slice(c.innerStart, c.innerEnd).trim() !== '') || hasText(c));
  const walk = (el: XmlElement, paragraphStyle: string | undefined, counted: boolean) => {
    for (const c of el.children) {
      if (c.name === w('p')) {
        walk(c, child(child(c, w('pPr')), w('pStyle'))?.attributes[w('val')] ?? styles.defaultParagraph, counted);
      } else if (c.name === w('r')) {
        const properties = child(c, w('rPr'));
        const hidden = toggle(child(properties, w('vanish')), w) ?? styles.hides(child(properties, w('rStyle'))?.attributes[w('val')]) ?? styles.hides(paragraphStyle) ?? styles.byDefault;
        const text = hasText(c);
        if (hidden) {
          // A field's begin/separate/end marks stay, so the fields around stay whole; they show no text.
          if (!child(c, w('fldChar'))) ranges.push([c.start, c.end]);
          if (text && counted && !inHidden) passages++;
          if (text) inHidden = true;
        } else {
          if (text) inHidden = false;
          walk(c, paragraphStyle, counted); // a text box inside the run has paragraphs of its own
        }
      } else {
        // Word stores a drawing's text twice (mc:Choice and mc:Fallback): count it once.
        walk(c, paragraphStyle, counted && c.name !== 'mc:Choice');
      }
    }
  };
  walk(root, styles.defaultParagraph, true);
  return { ranges, passages };
}
