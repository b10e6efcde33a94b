/**
 * `npm run new -- <loại> [tên]`: writes a new content file with every field explained, and says
 * what to do next. Never overwrites a file, not even with --force. Usage: USAGE below.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readContent } from '../src/lib/content/read.ts';
import { todayInHoChiMinh } from '../src/lib/dates.ts';
import { badName, nextSteps, scaffoldName, scaffoldPath, scaffoldTemplate, SCAFFOLD_KINDS, type ScaffoldKind } from '../src/lib/scaffold/templates.ts';
import { commandLine } from '../src/lib/cli.ts';

const USAGE = `
npm run new: tạo một tệp nội dung mới từ mẫu, mỗi trường có lời giải thích, rồi nói bước tiếp theo.
Không bao giờ ghi đè tệp đã có.

Cách dùng: npm run new -- <loại> [tên] [--content <thư mục>]
  <loại>                van-ban (văn bản), ngay-doc (số Ngày đọc văn bản), hoi-dap (hỏi đáp), infographic
  [tên]                 van-ban: <tỉnh>/<tên tệp>; ngay-doc: tháng của số, YYYY-MM (mặc định: tháng sau);
                        hoi-dap, infographic: tên tệp, chữ thường không dấu nối bằng "-".
                        Có hay không có đuôi ".md" đều được.
Tùy chọn:
  --content <thư mục>   một thư mục nội dung khác (mặc định: PORTAL_CONTENT_DIR nếu có, không thì content)
  -h, --help            in hướng dẫn này

Ví dụ:
  npm run new -- van-ban dien-bien/15-kh-tu-2026
  npm run new -- hoi-dap ngay-doc-van-ban-la-gi
`;

const projectRoot = process.cwd();
const { args, flags, values, held, fail } = commandLine({ name: 'new', usage: USAGE, options: { content: 'value', force: 'flag' }, maxArgs: 2 });
// The same folder as npm run check and npm run build read.
const contentDir = resolve(projectRoot, values.get('content') ?? process.env.PORTAL_CONTENT_DIR ?? 'content');
const [kind, given] = args;
if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
  fail(`cần loại nội dung: ${SCAFFOLD_KINDS.join(', ')}; ví dụ: npm run new -- hoi-dap ngay-doc-van-ban-la-gi (xem npm run new -- --help)`);
}
const k = kind as ScaffoldKind;
// A path into the content folder, as a shell completes it (content/van-ban/dien-bien/…), names the same file.
const inContent = (typed: string) => {
  const path = resolve(projectRoot, typed);
  return path.startsWith(contentDir + sep) ? relative(contentDir, path).split(sep).join('/') : typed;
};
const name = given === undefined ? undefined : scaffoldName(k, inContent(given));
const problem = name === undefined ? null : badName(k, name);
if (problem) fail(problem);

const path = join(contentDir, ...scaffoldPath(k, name, todayInHoChiMinh()).split('/'));
const shown = relative(projectRoot, path).split(sep).join('/');
if (existsSync(path)) fail(`đã có tệp ${shown}; không ghi đè${flags.has('force') || held.has('force') ? ', kể cả với --force (npm run new chỉ tạo tệp mới; xóa tệp đó trước nếu thật sự muốn làm lại)' : ''}. Chọn tên khác: npm run new -- ${k} <tên>`);
const catalog = readContent(contentDir, projectRoot).catalog;
const ids = {
  types: catalog?.types.map((t) => t.id) ?? [],
  statuses: catalog?.statuses.map((s) => s.id) ?? [],
  fields: catalog?.fields.map((f) => f.id) ?? [],
  relationTypes: catalog?.relationTypes.map((r) => r.id) ?? [],
};
const month = k === 'ngay-doc' ? path.split(sep).pop()!.replace(/\.md$/, '') : '';
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffoldTemplate(k, ids, month));
console.log(`Đã tạo ${shown}`);
console.log('Bước tiếp theo:');
for (const step of nextSteps(k)) console.log(`  - ${step}`);
