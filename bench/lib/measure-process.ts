/**
 * Runs a command and measures it as a whole: wall time, and peak resident memory of the process
 * tree (the child and all its descendants, e.g. Astro and the Pagefind binary), sampled from
 * /proc every 100 ms. Each output line is kept with the time it arrived, so phases can be read
 * off the log afterwards.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';

export interface LogLine {
  /** Milliseconds since the command started. */
  ms: number;
  text: string;
}

export interface Measured {
  exitCode: number | null;
  wallMs: number;
  /** Highest sum of VmRSS over the tree seen in one sample. Shared pages count once per process. */
  peakTreeRssBytes: number;
  /** When that peak was seen, in milliseconds since the start (to name the phase). */
  peakAtMs: number;
  /** Highest VmRSS of a single process of the tree. */
  peakProcessRssBytes: number;
  /** The processes of the tree at its peak (those of 50 MB or more), largest first. */
  peakParts: ProcessRss[];
  samples: number;
  lines: LogLine[];
}

/** One process of the tree: its program's file name (node, pagefind_extended…) and VmRSS. */
export interface ProcessRss {
  name: string;
  bytes: number;
}

const ANSI = /\x1b\[[0-9;]*m/g;
const PART_MIN_BYTES = 50 * 1024 ** 2;

/** Parent pid of every process, from /proc/<pid>/stat (field 4, after the parenthesized name). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

function treeOf(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(byParent.get(tree[i]!) ?? []));
  return tree;
}

function programName(pid: number): string {
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return basename(argv0) || '?';
  } catch {
    return '?';
  }
}

function rssBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function runMeasured(command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string }): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(options.logFile);
  const lines: LogLine[] = [];
  const result = { peakTreeRssBytes: 0, peakAtMs: 0, peakProcessRssBytes: 0, peakParts: [] as ProcessRss[], samples: 0 };
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (raw) => {
      const line = { ms: performance.now() - started, text: raw.replace(ANSI, '') };
      lines.push(line);
      log.write(`${(line.ms / 1000).toFixed(3).padStart(9)} ${line.text}\n`);
    });
  }
  const sample = (): void => {
    if (child.pid === undefined) return;
    const tree = treeOf(child.pid);
    const sizes = tree.map(rssBytes);
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total > result.peakTreeRssBytes) {
      result.peakTreeRssBytes = total;
      result.peakAtMs = performance.now() - started;
      result.peakParts = tree.flatMap((pid, i) => (sizes[i]! >= PART_MIN_BYTES ? [{ name: programName(pid), bytes: sizes[i]! }] : []))
        .sort((a, b) => b.bytes - a.bytes);
    }
    result.peakProcessRssBytes = Math.max(result.peakProcessRssBytes, ...sizes);
    result.samples += 1;
  };
  const timer = setInterval(sample, 100);
  sample();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      log.end(() => resolve({ exitCode, wallMs, ...result, lines }));
    });
  });
}
