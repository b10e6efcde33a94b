/**
 * Content fixtures made from the real bundled content: copy content/ to a temporary folder and
 * apply one change (a broken date, an unknown issuer, an extra document…). One mechanism feeds
 * the unit tests (loadContent), the build tests (the real build command) and the browser tests.
 */
import { cpSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';
import { tempDir } from './temp-dirs.ts';

export const SEED_001 = 'van-ban/dien-bien/08-ct-tu-2026.md';
export const SEED_000 = 'van-ban/thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat.md';

export type Change =
  | { file: string; replace: string | RegExp; with: string }
  | { file: string; write: string };

/** A fresh copy of content/ with `changes` applied; returns its path (removed after the test file). */
export function makeContent(changes: Change[] = []): string {
  const dir = join(tempDir('content'), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const c of changes) {
    const path = join(dir, c.file);
    if ('write' in c) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, c.write);
      continue;
    }
    const before = readFileSync(path, 'utf8');
    const after = before.replace(c.replace, c.with);
    if (after === before) throw new Error(`fixture: "${String(c.replace)}" not found in ${c.file}`);
    writeFileSync(path, after);
  }
  return dir;
}

/** The file path as problems report it (relative to the project root). */
export function reported(contentDir: string, file: string): string {
  return join(contentDir, file).slice(ROOT.length).replace(/\\/g, '/');
}

/** A small valid document that implements 08-CT/TU, for relation tests. */
export const IMPLEMENTING_DOC = `---
number: "15-KH/TU"
type: ke-hoach
title: "thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy (tài liệu thử nghiệm)"
issuer: ban-thuong-vu-tinh-uy-dien-bien
issued: "2026-03-10"
signer: null
status: con-hieu-luc
fields: [thi-hanh-phap-luat]
relations:
  - type: thuc-hien
    number: "08-CT/TU"
    issued: "2026-02-23"
    at: "muc-1"
recipients: []
---

1\\. Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” theo mục 4.3 của Chỉ thị.
`;
