/**
 * The documents as open data. `/api/documents.json` lists every document with its attributes,
 * URLs, relations in both directions and task count; `/api/van-ban/<id>.json` is one document
 * with the same fields plus its full text as Markdown and HTML. Keys are written in a fixed
 * order, so the same content always gives the same bytes.
 */
import type { DocumentEntry, ResolvedRelation } from '../content/corpus.ts';
import { absoluteUrl, deadlineJson } from '../tasks/export-json.ts';
import { documentCalendarId } from '../tasks/register.ts';
import { portableHtml } from '../markdown/render.ts';
import { indentedJsonChunks } from '../text-chunks.ts';

/** Site path of one document's JSON: "/api/van-ban/dien-bien--08-ct-tu-2026.json". */
export function documentJsonPath(doc: Pick<DocumentEntry, 'id'>): string {
  return `/api/van-ban/${documentCalendarId(doc.id)}.json`;
}

/** Site path of one document's share image (Open Graph): "/og/van-ban/<id>.png". */
export function shareImagePath(doc: Pick<DocumentEntry, 'id'>): string {
  return `/og/van-ban/${documentCalendarId(doc.id)}.png`;
}

const named = (x: { id: string; name: string }) => ({ id: x.id, name: x.name });

/** Absolute URL of a part of a document ("…/08-ct-tu/#muc-1"), or null without an anchor. */
function partUrl(siteUrl: string, doc: DocumentEntry, at: string | null): string | null {
  return at ? `${absoluteUrl(siteUrl, doc.url)}#${at}` : null;
}

function outgoing(siteUrl: string, r: ResolvedRelation) {
  const t = r.target;
  const target =
    t.kind === 'document'
      ? { kind: 'document' as const, id: t.doc.id, number: t.doc.data.number, issued: t.doc.data.issued, title: t.doc.displayTitle, url: absoluteUrl(siteUrl, t.doc.url) }
      : t.kind === 'citation'
        ? { kind: 'citation' as const, number: t.citation.number, issued: t.citation.issued, type: t.citation.type, issuer: t.citation.issuerLabel, title: t.citation.title }
        : { kind: 'unknown' as const, number: r.number, issued: r.issued };
  return { type: r.type.id, label: r.type.label, number: r.number, issued: r.issued, at: partUrl(siteUrl, r.from, r.at), provision: r.provision, target };
}

function incoming(siteUrl: string, r: ResolvedRelation) {
  const from = { id: r.from.id, number: r.from.data.number, issued: r.from.data.issued, title: r.from.displayTitle, url: absoluteUrl(siteUrl, r.from.url) };
  return { type: r.type.id, label: r.type.label, from, at: partUrl(siteUrl, r.from, r.at), provision: r.provision };
}

/** One document's entry in /api/documents.json. `siteUrl`: absolute, with the base path. */
export function documentRecord(doc: DocumentEntry, siteUrl: string) {
  const d = doc.data;
  return {
    id: doc.id,
    url: absoluteUrl(siteUrl, doc.url),
    json: absoluteUrl(siteUrl, documentJsonPath(doc)),
    markdownUrl: absoluteUrl(siteUrl, doc.sourceUrl),
    image: absoluteUrl(siteUrl, shareImagePath(doc)),
    type: named(doc.type),
    number: d.number,
    title: d.title,
    displayTitle: doc.displayTitle,
    issuer: { id: doc.issuer.id, name: doc.issuer.name, province: doc.issuer.province },
    issued: d.issued,
    effective: d.effective ?? null,
    expires: d.expires ?? null,
    status: named(doc.status),
    fields: doc.fields.map(named),
    signer: d.signer ? { onBehalfOf: d.signer.onBehalfOf, title: d.signer.title, name: d.signer.name } : null,
    summary: d.summary ?? null,
    attachment: d.attachment ? absoluteUrl(siteUrl, d.attachment) : null,
    relations: {
      out: doc.relationsOut.map((r) => outgoing(siteUrl, r)),
      in: doc.relationsIn.map((r) => incoming(siteUrl, r)),
    },
    taskCount: doc.tasks.length,
  };
}

export type DocumentRecord = ReturnType<typeof documentRecord>;

/**
 * The body as HTML for reuse: the page's own render (doc.rendered, made once per build), without
 * the task statuses the page adds to task rows (they depend on the build date) and the feedback
 * links; part and task-row anchors (#muc-1, #bang-nv-2…) are kept. Rendering the Markdown a second
 * time here was the slowest route of a large build.
 */
export function documentHtml(doc: Pick<DocumentEntry, 'rendered'>): string {
  return portableHtml(doc.rendered);
}

/**
 * /api/documents.json: { site, count, documents: [...] }, newest first (the corpus order), in
 * chunks of a batch of documents (src/lib/text-chunks.ts).
 */
export function documentsToJsonChunks(documents: readonly DocumentEntry[], siteUrl: string): Generator<string> {
  const head = { site: `${siteUrl.replace(/\/+$/, '')}/`, count: documents.length };
  return indentedJsonChunks(head, 'documents', documents, (d) => documentRecord(d, siteUrl));
}

export function documentsToJson(documents: readonly DocumentEntry[], siteUrl: string): string {
  return [...documentsToJsonChunks(documents, siteUrl)].join('');
}

/** Deadlines the text writes outside task tables (text-deadlines.ts), with the portal's reading. */
function textDeadlines(doc: DocumentEntry, siteUrl: string) {
  return doc.textDeadlines.map((t) => ({
    url: absoluteUrl(siteUrl, `${doc.url}#${t.anchor}`),
    place: t.place,
    context: t.context,
    deadline: deadlineJson(t.deadline),
  }));
}

/** /api/van-ban/<id>.json: the document's record plus its full text and the deadlines it writes. */
export function documentToJson(doc: DocumentEntry, siteUrl: string): string {
  const out = { ...documentRecord(doc, siteUrl), markdown: doc.body, html: documentHtml(doc), textDeadlines: textDeadlines(doc, siteUrl) };
  return `${JSON.stringify(out, null, 2)}\n`;
}
