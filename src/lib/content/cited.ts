/**
 * Documents that are not on the portal but that its documents cite (content/trich-dan.yaml), by
 * issuer: an issuing body's page lists them with the documents that cite them, so the Bộ Chính
 * trị's page is not empty while three of its documents are cited.
 */
import type { Catalog, Citation } from './schema.ts';
import type { DocumentEntry } from './corpus.ts';

export interface CitedDocument {
  citation: Citation;
  /** "Nghị quyết", from the citation's type. */
  typeName: string;
  /** The portal's documents that cite it, in the corpus's order (newest first). */
  citedBy: DocumentEntry[];
}

/** The citations issued by `orgId`, each with the documents that cite it, in the order of content/trich-dan.yaml. */
export function citedDocumentsOf(orgId: string, citations: readonly Citation[], documents: readonly DocumentEntry[], catalog: Catalog): CitedDocument[] {
  return citations
    .filter((c) => c.issuer === orgId)
    .map((citation) => ({
      citation,
      typeName: catalog.types.find((t) => t.id === citation.type)?.name ?? citation.type,
      citedBy: documents.filter((d) => d.relationsOut.some((r) => r.target.kind === 'citation' && r.target.citation.number === citation.number && r.target.citation.issued === citation.issued)),
    }));
}
