/**
 * What the importer tells the editor: every field it filled (and from which words of the text),
 * every field it could not fill, and everything it changed or could not place. Nothing the
 * importer decides is silent.
 */

export interface ImportReport {
  /** Fields filled from the text: field, value as written to the file, and the evidence. */
  detected: { field: string; value: string; from: string }[];
  /** Fields left for the editor, with what to do. */
  missing: { field: string; message: string }[];
  /** Things to check: text moved, joined, split or left out of a field. */
  warnings: string[];
}

export function emptyReport(): ImportReport {
  return { detected: [], missing: [], warnings: [] };
}

/** The report as lines for the terminal, in Vietnamese. */
export function formatReport(report: ImportReport): string[] {
  const out: string[] = [];
  out.push('  Đã nhận diện:');
  for (const d of report.detected) out.push(`    ${d.field}: ${d.value}  (${d.from})`);
  if (report.missing.length) {
    out.push('  Chưa nhận diện được (biên tập viên cần điền/kiểm tra):');
    for (const m of report.missing) out.push(`    ${m.field}: ${m.message}`);
  }
  if (report.warnings.length) {
    out.push('  Cảnh báo:');
    for (const w of report.warnings) out.push(`    - ${w}`);
  }
  return out;
}
