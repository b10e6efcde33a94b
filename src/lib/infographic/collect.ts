/**
 * All infographics of the corpus: the hand-written ones (content/infographic/), checked against
 * the documents they cite, and the ones generated from the task register; each drawn to SVG.
 * Called once by buildCorpus, after the documents are rendered (their anchors are known).
 */
import type { Catalog } from '../content/schema.ts';
import type { ContentProblem } from '../content/problems.ts';
import type { RawInfographic } from '../content/read.ts';
import type { DocumentEntry } from '../content/corpus.ts';
import { formatViDate } from '../dates.ts';
import { parseInfographicBody } from './parse.ts';
import { drawInfographic } from './draw.ts';
import { fontMetrics } from './font.ts';
import { generatedFor, type InfographicModel } from './generate.ts';
import { sourceFor, sourcesLine } from './sources.ts';
import type { Infographic } from './types.ts';

export interface CollectOptions {
  catalog: Catalog;
  /** Portal name, printed at the foot of every drawing. */
  portalName: string;
  asOf: string;
  organizationName: (id: string) => string | undefined;
}

export function collectInfographics(raw: RawInfographic[], documents: DocumentEntry[], options: CollectOptions, problems: ContentProblem[]): Infographic[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const written = raw.map((r) => checkWritten(r, byId, options.catalog, problems)).filter((m): m is InfographicModel => m !== null);
  written.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'vi'));
  const generated = documents.flatMap((d) => generatedFor(d, options.asOf, options.organizationName));
  const taken = new Map(written.map((m) => [m.slug, m]));
  for (const g of generated) {
    const clash = taken.get(g.slug);
    if (clash) problems.push({ file: clash.file!, line: null, field: '(tên tệp)', message: `trùng đường dẫn /infographic/${g.slug}/ với infographic tự tạo từ sổ nhiệm vụ; đổi tên tệp`, severity: 'error' });
  }
  const models = [...written, ...generated.filter((g) => !taken.has(g.slug))];
  if (!models.length) return [];
  const { measure } = fontMetrics();
  return models.map((m) => {
    const footer = footerLines(m, options.portalName);
    const drawing = drawInfographic({ slug: m.slug, title: m.title, summary: m.summary, blocks: m.blocks, footer }, measure);
    return { ...m, footer, ...drawing };
  });
}

/** The small print: sources, then portal and date. */
export function footerLines(m: Pick<InfographicModel, 'sources' | 'generated' | 'date'>, portalName: string): string[] {
  // A generated chart pictures the document's task table only (no status as of a day), so it names
  // no day: its SVG and PNG stay the same from one daily build to the next (the PNG cache holds).
  const when = m.generated ? 'vẽ tự động từ bảng nhiệm vụ của văn bản' : formatViDate(m.date);
  return [sourcesLine(m.sources), `${portalName} · ${when}`];
}

function checkWritten(r: RawInfographic, byId: Map<string, DocumentEntry>, catalog: Catalog, problems: ContentProblem[]): InfographicModel | null {
  const before = problems.length;
  const fail = (path: (string | number)[], field: string, message: string) => problems.push({ file: r.file, line: r.lineOf(path), field, message, severity: 'error' });
  const { blocks, problems: found } = parseInfographicBody(r.body, r.file, r.bodyLine);
  problems.push(...found);
  // A document that exists but is broken has its own errors: reported once, not again here.
  const brokenFile = (id: string) => problems.some((p) => p.severity === 'error' && p.file.endsWith(`/van-ban/${id}.md`));
  let blocked = false;
  const sources = r.data.sources.map((s, i) => {
    const doc = byId.get(s.document);
    if (!doc && brokenFile(s.document)) {
      blocked = true;
      return null;
    }
    if (!doc) {
      fail(['sources', i, 'document'], `sources[${i}].document`, `không có văn bản "${s.document}" (cần đường dẫn dưới content/van-ban/ không kèm ".md", ví dụ "dien-bien/08-ct-tu-2026")`);
      return null;
    }
    if (s.anchor && !doc.rendered.anchors.includes(s.anchor)) {
      fail(['sources', i, 'anchor'], `sources[${i}].anchor`, `không có mục "#${s.anchor}" trong ${doc.file}; các mục có: ${doc.rendered.anchors.filter((a) => !a.startsWith('user-content')).slice(0, 16).join(', ')}…`);
      return null;
    }
    return sourceFor(doc, s.anchor ?? null);
  });
  const fields = r.data.fields.map((f, i) => {
    const found = catalog.fields.find((x) => x.id === f);
    if (!found) fail(['fields', i], `fields[${i}]`, `lĩnh vực "${f}" không có trong content/danh-muc.yaml (fields); các giá trị hợp lệ: ${catalog.fields.map((x) => x.id).join(', ')}`);
    return found;
  });
  if (blocked || problems.length > before) return null;
  return {
    slug: r.slug,
    title: r.data.title,
    summary: r.data.summary,
    date: r.data.date,
    fields: fields.filter((f) => f !== undefined),
    sources: sources.filter((s) => s !== null),
    blocks,
    generated: false,
    file: r.file,
  };
}
