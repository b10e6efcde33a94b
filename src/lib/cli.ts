/**
 * The command line of the editors' commands (npm run check, new, import, build, check:site):
 * `--help` / `-h`, unknown options named with a pointer to `--help`, and the options npm keeps
 * for itself when they are written without `--`: `npm run import x.docx --force` runs the script
 * without "--force" and with npm_config_force=true in its environment, and
 * `npm run import x.docx --out y.md` hands it "y.md" as one more file to import.
 *
 * A flag npm kept is not taken as given: npm sets npm_config_force=true just the same for
 * `force=true` in an .npmrc, where it was meant for npm, and an import must not overwrite an
 * editor's file because of it. It is reported (`held`) so the command can say how to write it.
 */

export interface CommandSpec {
  /** The npm script: "check:site" for `npm run check:site`. */
  name: string;
  /** What `--help` prints: what the command does, its arguments and options, examples. */
  usage: string;
  /** Options besides `--help`: a flag, or one taking a value (`--out <tệp>`). */
  options?: Record<string, 'flag' | 'value'>;
  /** How many arguments that are not options it takes at most; no limit when absent. */
  maxArgs?: number;
}

export type CommandLine =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | {
      kind: 'run';
      args: string[];
      flags: Set<string>;
      values: Map<string, string>;
      /** Flags npm says are on (npm_config_<flag>=true) that were not written after `--`: not in `flags`. */
      held: Set<string>;
    };

const HELP = new Set(['--help', '-h']);

/** Reads `argv` (without node and the script) against `spec`; `env` for what npm kept. */
export function readCommandLine(spec: CommandSpec, argv: readonly string[], env: Record<string, string | undefined>): CommandLine {
  const end = argv.indexOf('--');
  if (argv.slice(0, end < 0 ? undefined : end).some((a) => HELP.has(a))) return { kind: 'help' };
  const options = spec.options ?? {};
  const seeHelp = `xem: npm run ${spec.name} -- --help`;
  const args: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const held = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (i === end) {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      args.push(a);
      continue;
    }
    const [name = '', inline] = a.replace(/^--?/, '').split(/=(.*)/s);
    const kind = a.startsWith('--') && Object.hasOwn(options, name) ? options[name] : undefined;
    if (!kind) return { kind: 'error', message: `không hiểu tùy chọn "${a}"; ${seeHelp}` };
    if (kind === 'flag') {
      if (inline !== undefined) return { kind: 'error', message: `tùy chọn --${name} không nhận giá trị ("${a}"); ${seeHelp}` };
      flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return { kind: 'error', message: `tùy chọn --${name} cần một giá trị; ${seeHelp}` };
    values.set(name, value);
  }
  // What npm kept: "--force" as npm_config_force=true (or an .npmrc did: held, not taken);
  // "--out=y.md" as npm_config_out=y.md; and "--out y.md" as npm_config_out=true, its value left
  // among the arguments as something else.
  for (const [name, kind] of Object.entries(options)) {
    const kept = env[`npm_config_${name.replaceAll('-', '_')}`];
    if (!kept || (kind === 'flag' && kept !== 'true')) continue;
    if (kind === 'flag') {
      if (!flags.has(name)) held.add(name);
    } else if (kept === 'true') return { kind: 'error', message: `tùy chọn --${name} phải đứng sau "--": npm run ${spec.name} -- … --${name} <giá trị> (không có "--", npm giữ --${name} cho riêng nó)` };
    else if (!values.has(name)) values.set(name, kept);
  }
  if (spec.maxArgs !== undefined && args.length > spec.maxArgs) {
    const got = args.map((x) => `"${x}"`).join(', ');
    return { kind: 'error', message: `${spec.maxArgs ? `nhận nhiều nhất ${spec.maxArgs} tham số, có ${args.length}` : 'không nhận tham số nào, có'}: ${got}; ${seeHelp}` };
  }
  return { kind: 'run', args, flags, values, held };
}

/** For scripts/: prints the usage and exits 0 on `--help`, or the problem and exits 1. */
export function commandLine(spec: CommandSpec): Extract<CommandLine, { kind: 'run' }> & { fail(message: string): never } {
  function fail(message: string): never {
    console.error(`npm run ${spec.name}: ${message}`);
    process.exit(1);
  }
  const line = readCommandLine(spec, process.argv.slice(2), process.env);
  if (line.kind === 'help') {
    console.log(spec.usage.trim());
    process.exit(0);
  }
  if (line.kind === 'error') fail(line.message);
  return { ...line, fail };
}
