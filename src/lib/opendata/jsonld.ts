/**
 * schema.org `Legislation` JSON-LD for a document page, so search engines and other machines can
 * read a document's identity, date, type, issuer, jurisdiction, legal force and relations.
 * Facts the document does not state (a number, a date) are omitted, never filled in.
 */
import type { DocumentEntry, ResolvedRelation } from '../content/corpus.ts';
import { absoluteUrl } from '../tasks/export-json.ts';
import { upperFirst } from '../upper-first.ts';

/** Status of effect (content/danh-muc.yaml) → schema.org LegalForceStatus. Others say nothing. */
const LEGAL_FORCE: Readonly<Record<string, string>> = {
  'con-hieu-luc': 'https://schema.org/InForce',
  'het-hieu-luc-toan-bo': 'https://schema.org/NotInForce',
  'het-hieu-luc-mot-phan': 'https://schema.org/PartiallyInForce',
};

/**
 * Relation type (content/danh-muc.yaml) → schema.org property of the citing document, from the
 * schema.org definitions:
 * - thuc-hien ("Thực hiện, cụ thể hóa") → legislationApplies: "somehow transfers another
 *   legislation in a different legislative context … an informative link" (ELI `implements`):
 *   a provincial directive carrying a Politburo resolution into the province.
 * - sua-doi-bo-sung, thay-the, bai-bo, dinh-chinh → legislationChanges: "amendment, replacement,
 *   correction, repeal, or other types of change".
 * - hop-nhat → legislationConsolidates (a consolidated text of another legislation).
 * - dan-chieu ("Dẫn chiếu") → citation (CreativeWork: "a citation or reference to another work").
 * Not mapped, as no property means the same: can-cu (legal basis), huong-dan (detailed guidance),
 * ban-hanh-kem-theo (issued together). legislationTransposes is a legally binding transposition
 * (EU directives), which Party directives implementing resolutions are not.
 */
const RELATION_PROPERTY: Readonly<Record<string, string>> = {
  'thuc-hien': 'legislationApplies',
  'sua-doi-bo-sung': 'legislationChanges',
  'thay-the': 'legislationChanges',
  'bai-bo': 'legislationChanges',
  'dinh-chinh': 'legislationChanges',
  'hop-nhat': 'legislationConsolidates',
  'dan-chieu': 'citation',
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The other document of a relation as a small Legislation node; with its URL when on the portal. */
function relatedNode(r: ResolvedRelation, siteUrl: string): Record<string, Json> {
  const t = r.target;
  const node: Record<string, Json> = { '@type': 'Legislation', legislationIdentifier: r.number };
  if (t.kind === 'document') {
    node.name = upperFirst(t.doc.displayTitle);
    node.url = absoluteUrl(siteUrl, t.doc.url);
    if (t.doc.data.issued) node.legislationDate = t.doc.data.issued;
  } else if (t.kind === 'citation') {
    if (t.citation.title) node.name = t.citation.title;
    if (t.citation.issued) node.legislationDate = t.citation.issued;
    if (t.citation.issuerLabel) node.legislationPassedBy = { '@type': 'Organization', name: t.citation.issuerLabel };
  } else if (r.issued) node.legislationDate = r.issued;
  return node;
}

/** The JSON-LD object of a document page. `siteUrl`: absolute, with the base path. */
export function documentJsonLd(doc: DocumentEntry, siteUrl: string, options: { image?: string; inLanguage?: string } = {}): Record<string, Json> {
  const d = doc.data;
  const ld: Record<string, Json> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': absoluteUrl(siteUrl, doc.url),
    url: absoluteUrl(siteUrl, doc.url),
    name: upperFirst(doc.displayTitle),
    inLanguage: options.inLanguage ?? 'vi',
    legislationType: doc.type.name,
    legislationPassedBy: { '@type': 'Organization', name: doc.issuer.name },
  };
  if (d.number) ld.legislationIdentifier = d.number;
  if (d.issued) ld.legislationDate = d.issued;
  if (doc.issuer.province) ld.legislationJurisdiction = { '@type': 'AdministrativeArea', name: `Tỉnh ${doc.issuer.province}` };
  const force = LEGAL_FORCE[doc.status.id];
  if (force) ld.legislationLegalForce = force;
  if (d.summary) ld.abstract = d.summary;
  if (options.image) ld.image = options.image;
  for (const r of doc.relationsOut) {
    const property = RELATION_PROPERTY[r.type.id];
    if (!property) continue;
    const list = (ld[property] ??= []) as Json[];
    list.push(relatedNode(r, siteUrl));
  }
  return ld;
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is written `\u003c` (and `>`, `&`
 * likewise) so no text in the data can close the script element.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

