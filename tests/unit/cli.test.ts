/**
 * The command line of the editors' commands (src/lib/cli.ts): `--help` on each of the five,
 * unknown options pointing to `--help`, and the options npm keeps for itself when written
 * without `--` (`npm run import x.docx --force` sets npm_config_force=true instead, as force=true
 * in an .npmrc does, so it is held rather than taken), and the content folder new and import
 * write into.
 */
import { describe, it, expect, onTestFinished } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readCommandLine, type CommandSpec } from '../../src/lib/cli.ts';
import { seedPath, SEED_FILE_000, SEED_FILE_001 } from '../support/seed-text.ts';
import { SEED_001 } from '../support/content-fixture.ts';
import { ROOT } from '../support/paths.ts';
import { cleanEnv, contentCopy, osTempDir, runScript } from '../support/commands.ts';

const IMPORT: CommandSpec = { name: 'import', usage: '…', options: { out: 'value', force: 'flag', content: 'value' } };

describe('readCommandLine', () => {
  const read = (argv: string[], env: Record<string, string> = {}) => readCommandLine(IMPORT, argv, env);

  it('reads files, flags and options with a value, before or after the files', () => {
    expect(read(['a.docx', '--force', '--out', 'x.md', 'b.txt', '--content=c'])).toEqual({ kind: 'run', args: ['a.docx', 'b.txt'], flags: new Set(['force']), values: new Map([['out', 'x.md'], ['content', 'c']]), held: new Set() });
  });

  it('asks for help on --help or -h anywhere before "--", whatever else is there', () => {
    expect(read(['a.docx', '--help'])).toEqual({ kind: 'help' });
    expect(read(['-h', '--bogus'])).toEqual({ kind: 'help' });
    expect(read(['--', '-h'])).toEqual({ kind: 'run', args: ['-h'], flags: new Set(), values: new Map(), held: new Set() });
  });

  it('names an unknown option and points to --help', () => {
    expect(read(['a.docx', '--forse'])).toEqual({ kind: 'error', message: 'không hiểu tùy chọn "--forse"; xem: npm run import -- --help' });
    expect(read(['-f'])).toEqual({ kind: 'error', message: 'không hiểu tùy chọn "-f"; xem: npm run import -- --help' });
    expect(read(['--constructor'])).toEqual({ kind: 'error', message: 'không hiểu tùy chọn "--constructor"; xem: npm run import -- --help' });
  });

  it('refuses an option with its value missing, or a flag given a value', () => {
    expect(read(['a.docx', '--out'])).toEqual({ kind: 'error', message: 'tùy chọn --out cần một giá trị; xem: npm run import -- --help' });
    expect(read(['--out', '--force', 'a.docx'])).toEqual({ kind: 'error', message: 'tùy chọn --out cần một giá trị; xem: npm run import -- --help' });
    expect(read(['--force=yes'])).toEqual({ kind: 'error', message: 'tùy chọn --force không nhận giá trị ("--force=yes"); xem: npm run import -- --help' });
  });

  it('takes --out=<value> npm kept, and holds a flag npm says is on without taking it', () => {
    // npm_config_force=true comes from `npm run import a.docx --force` and from force=true in an .npmrc alike.
    expect(read(['a.docx'], { npm_config_force: 'true', npm_config_out: 'x.md' })).toEqual({ kind: 'run', args: ['a.docx'], flags: new Set(), values: new Map([['out', 'x.md']]), held: new Set(['force']) });
    expect(read(['a.docx', '--force'], { npm_config_force: 'true' })).toEqual({ kind: 'run', args: ['a.docx'], flags: new Set(['force']), values: new Map(), held: new Set() });
    expect(read(['a.docx'], { npm_config_force: '' })).toEqual({ kind: 'run', args: ['a.docx'], flags: new Set(), values: new Map(), held: new Set() });
  });

  it('refuses an option npm kept whose value it left among the arguments', () => {
    // `npm run import a.docx --out x.md` runs `import.ts a.docx x.md` with npm_config_out=true.
    expect(read(['a.docx', 'x.md'], { npm_config_out: 'true' })).toEqual({
      kind: 'error',
      message: 'tùy chọn --out phải đứng sau "--": npm run import -- … --out <giá trị> (không có "--", npm giữ --out cho riêng nó)',
    });
  });

  it('counts the arguments when the command takes few', () => {
    expect(readCommandLine({ name: 'build', usage: '…', maxArgs: 0 }, ['content2'], {})).toEqual({ kind: 'error', message: 'không nhận tham số nào, có: "content2"; xem: npm run build -- --help' });
    expect(readCommandLine({ name: 'check:site', usage: '…', maxArgs: 1 }, ['a', 'b'], {})).toEqual({ kind: 'error', message: 'nhận nhiều nhất 1 tham số, có 2: "a", "b"; xem: npm run check:site -- --help' });
  });
});

describe('--help on the editors’ commands', { timeout: 60_000 }, () => {
  // A content folder that is empty and a dist/ of its own: should a command not stop at --help,
  // it fails at once (nothing to build from) instead of building or writing anywhere that matters.
  const empty = osTempDir();
  const dist = join(osTempDir(), 'dist');
  const env = { PORTAL_CONTENT_DIR: empty, PORTAL_DIST: dist };
  const COMMANDS = [
    { script: 'check', name: 'check' },
    { script: 'new', name: 'new' },
    { script: 'import', name: 'import' },
    { script: 'build', name: 'build' },
    { script: 'check-site', name: 'check:site' },
  ];

  for (const { script, name } of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      it(`npm run ${name} -- ${flag} prints the usage in Vietnamese and exits 0`, () => {
        const result = runScript(script, [flag], env);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout.startsWith(`npm run ${name}: `)).toBe(true);
        expect(result.stdout).toContain('Cách dùng');
        expect(result.stdout).toContain('Ví dụ:');
        expect(result.stdout).toContain(`npm run ${name}`);
        expect(result.stdout).toContain('-h, --help');
        expect(result.stdout).toBe(result.stdout.normalize('NFC'));
      });
    }

    it(`npm run ${name} names an unknown option and points to --help`, () => {
      const result = runScript(script, ['--bogus'], env);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`npm run ${name}: không hiểu tùy chọn "--bogus"; xem: npm run ${name} -- --help\n`);
    });
  }

  it('does nothing else: new writes no file, import no draft, build no site', () => {
    const content = contentCopy();
    const before = readdirSync(join(content, 'hoi-dap')).sort();
    expect(runScript('new', ['--content', content, 'hoi-dap', 'cau-hoi-thu', '--help']).status).toBe(0);
    expect(readdirSync(join(content, 'hoi-dap')).sort()).toEqual(before);
    expect(runScript('import', ['--content', content, seedPath(SEED_FILE_000), '-h']).status).toBe(0);
    expect(readdirSync(join(content, 'van-ban/thai-nguyen'))).toEqual(['chi-thi-xay-dung-va-thi-hanh-phap-luat.md']);
    expect(runScript('build', ['--help'], env).status).toBe(0);
    expect(existsSync(dist) || existsSync(`${dist}.partial`)).toBe(false);
  });
});

describe('--force that npm kept for itself', { timeout: 60_000 }, () => {
  const DRAFT_MARK = 'Bản nháp do "npm run import" tạo từ "001_bd60f4e77233c612.txt"';
  const HINT = `Để ghi đè, viết: npm run import -- ${seedPath(SEED_FILE_001)} --force`;

  it('import does not overwrite on npm_config_force=true alone, and says how to write --force', () => {
    const content = contentCopy();
    const before = readFileSync(join(content, SEED_001), 'utf8');
    const refused = runScript('import', ['--content', content, seedPath(SEED_FILE_001)], { npm_config_force: 'true' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('không ghi đè');
    expect(refused.stderr).toContain('force=true trong tệp .npmrc');
    expect(refused.stderr).toContain(HINT);
    expect(readFileSync(join(content, SEED_001), 'utf8')).toBe(before);
    const forced = runScript('import', ['--content', content, seedPath(SEED_FILE_001), '--force'], { npm_config_force: 'true' });
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(content, SEED_001), 'utf8')).toContain(DRAFT_MARK);
  });

  // The real thing: npm itself, with --force written without "--", and with it after "--".
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
  it.skipIf(npm.status !== 0)('npm run import <file> --force refuses and shows the command; with "--" it overwrites', () => {
    const content = contentCopy();
    const before = readFileSync(join(content, SEED_001), 'utf8');
    const env = cleanEnv({ npm_config_update_notifier: 'false' });
    const held = spawnSync('npm', ['run', 'import', seedPath(SEED_FILE_001), '--force', '--', '--content', content], { cwd: ROOT, encoding: 'utf8', env });
    expect(held.status).toBe(1);
    expect(held.stderr).toContain(HINT);
    expect(readFileSync(join(content, SEED_001), 'utf8')).toBe(before);
    const written = spawnSync('npm', ['run', 'import', '--', seedPath(SEED_FILE_001), '--force', '--content', content], { cwd: ROOT, encoding: 'utf8', env });
    expect(written.status, written.stderr).toBe(0);
    expect(readFileSync(join(content, SEED_001), 'utf8')).toContain(DRAFT_MARK);
  });

  it('import refuses --out whose value npm left among the files', () => {
    const content = contentCopy();
    const result = runScript('import', ['--content', content, seedPath(SEED_FILE_000), join(content, 'van-ban/thai-nguyen/x.md')], { npm_config_out: 'true' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tùy chọn --out phải đứng sau "--"');
    expect(readdirSync(join(content, 'van-ban/thai-nguyen'))).toEqual(['chi-thi-xay-dung-va-thi-hanh-phap-luat.md']);
  });
});

describe('the content folder new and import write into', { timeout: 60_000 }, () => {
  // The bundled content/ must not change: a file written there would mean PORTAL_CONTENT_DIR was ignored.
  const bundled = (dir: string) => (existsSync(join(ROOT, 'content', dir)) ? readdirSync(join(ROOT, 'content', dir)).sort() : []);

  it('is the one PORTAL_CONTENT_DIR names, as for check and build', () => {
    // Should new write into the bundled folder after all, the file goes again.
    onTestFinished(() => rmSync(join(ROOT, 'content/hoi-dap/thu-muc-noi-dung-khac.md'), { force: true }));
    const content = contentCopy();
    const qa = bundled('hoi-dap');
    const created = runScript('new', ['hoi-dap', 'thu-muc-noi-dung-khac'], { PORTAL_CONTENT_DIR: content });
    expect(created.status, created.stderr).toBe(0);
    expect(existsSync(join(content, 'hoi-dap/thu-muc-noi-dung-khac.md'))).toBe(true);
    expect(bundled('hoi-dap')).toEqual(qa);

    const documents = bundled('van-ban/thai-nguyen');
    const before = readFileSync(join(content, SEED_001), 'utf8');
    const imported = runScript('import', [seedPath(SEED_FILE_001), '--force'], { PORTAL_CONTENT_DIR: content });
    expect(imported.status, imported.stderr).toBe(0);
    expect(readFileSync(join(content, SEED_001), 'utf8')).not.toBe(before);
    expect(bundled('van-ban/thai-nguyen')).toEqual(documents);
  });

  it('--content wins over PORTAL_CONTENT_DIR', () => {
    const content = contentCopy();
    const other = contentCopy();
    const created = runScript('new', ['--content', content, 'hoi-dap', 'tuy-chon-content'], { PORTAL_CONTENT_DIR: other });
    expect(created.status, created.stderr).toBe(0);
    expect(existsSync(join(content, 'hoi-dap/tuy-chon-content.md'))).toBe(true);
    expect(existsSync(join(other, 'hoi-dap/tuy-chon-content.md'))).toBe(false);
  });
});

describe('npm run check:site with a folder that is not there', { timeout: 60_000 }, () => {
  it('names it in Vietnamese and exits 1, for the site and for --compare', () => {
    const built = osTempDir();
    const missing = join(built, 'khong-co');
    const site = runScript('check-site', [missing]);
    expect(site.status).toBe(1);
    expect(site.stderr).toContain('không có trang đã xây dựng nào ở đây (hãy chạy npm run build trước)');
    const compare = runScript('check-site', [built, '--compare', missing]);
    expect(compare.status).toBe(1);
    expect(compare.stderr).toBe(`${missing}: không có bản dựng nào ở đây để so sánh (--compare cần thư mục của một bản dựng khác)\n`);
  });
});
