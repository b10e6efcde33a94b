/**
 * The search indexes' pages, staged on disk while Astro renders, and written into Pagefind
 * indexes afterwards, one bundle at a time, by a process that holds nothing else.
 *
 * Fed to Pagefind while Astro rendered, the indexes' processes held every page in memory next to
 * Astro's, and a Pagefind process takes about three times that while it writes its files: at
 * 10,000 documents the build peaked at 6.4 GB on warm caches (Node 2.7 GB, the full text's two
 * bundles 0.8 GB each, 2.6 GB while writing one). `npm run build` (scripts/build.ts) therefore
 * runs Astro in a process of its own (scripts/build-site.ts), which stages the pages here, and
 * writes the indexes in its own process once that one has exited; a plain `astro build` writes
 * them itself at the end of its build (src/integrations/pagefind.ts).
 *
 * A staging folder holds, for every bundle (SCOPES in filters.ts), the pages it is given, one JSON
 * line `{"url","html"}` each in the order Pagefind is to number them, and `manifest.json`.
 */
import { closeSync, createReadStream, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type * as Pagefind from 'pagefind';

const MANIFEST = 'manifest.json';

/** One bundle of an index, as staged: its folder under the site's root and what Pagefind leaves out of its pages. */
export interface StagedBundle {
  /** Folder under the site's root ("pagefind/toan-van/"). */
  dir: string;
  /** CSS selectors Pagefind leaves out of every page of this bundle. */
  exclude: string[];
  /** Merged into another bundle in the browser: it needs neither Pagefind's script nor its WebAssembly. */
  merged: boolean;
}

export interface StageManifest {
  bundles: (StagedBundle & { file: string; pages: number })[];
  /** What was indexed, for the line printed once the indexes are written. */
  summary: string;
}

/** Writes the pages of each bundle into `dir` (emptied first), in the order they are given. */
export class IndexStage {
  readonly dir: string;
  private readonly bundles: StagedBundle[];
  private readonly fds: number[];
  private readonly pages: number[];

  constructor(dir: string, bundles: StagedBundle[]) {
    this.dir = dir;
    this.bundles = bundles;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    this.fds = bundles.map((_, n) => openSync(join(dir, `${n}.jsonl`), 'w'));
    this.pages = bundles.map(() => 0);
  }

  /** Gives the page at `url` (with the site's base) to bundle `n`. */
  add(n: number, url: string, html: string): void {
    writeSync(this.fds[n]!, `${JSON.stringify({ url, html })}\n`);
    this.pages[n]! += 1;
  }

  /** Closes the bundles' files and removes the stage: the build failed before it was closed. */
  discard(): void {
    for (const fd of this.fds) closeSync(fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Closes the bundles' files and writes the manifest. */
  close(summary: string): void {
    for (const fd of this.fds) closeSync(fd);
    const manifest: StageManifest = {
      bundles: this.bundles.map((b, n) => ({ ...b, file: `${n}.jsonl`, pages: this.pages[n]! })),
      summary,
    };
    writeFileSync(join(this.dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

/** Pages sent to Pagefind and not yet answered, beyond which reading the staged pages waits. */
const MAX_IN_FLIGHT = 32;

const UNUSED_BUNDLE_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;
const MERGED_UNUSED = /^(pagefind\.js|wasm\..+\.pagefind)$/;

/**
 * Pagefind's Node API keeps one backend process per loaded module, and closing it ends the
 * module's use: each bundle loads the module afresh (a query string makes it another module).
 */
export async function pagefindProcess(n: number): Promise<typeof Pagefind> {
  const url = new URL(import.meta.resolve('pagefind'));
  url.searchParams.set('bundle', String(n));
  return (await import(/* @vite-ignore */ url.href)) as typeof Pagefind;
}

/**
 * Writes the indexes staged in `stageDir` into the site at `root`, one bundle after the other,
 * each Pagefind process closed before the next starts, and prints what it did with `log`.
 * Throws, naming the pages, if Pagefind reports errors. `load` gives bundle `n` its Pagefind.
 */
export async function writeStagedIndexes(stageDir: string, root: string, log: (message: string) => void, load = pagefindProcess): Promise<void> {
  const started = performance.now();
  const manifest = JSON.parse(readFileSync(join(stageDir, MANIFEST), 'utf8')) as StageManifest;
  const written: string[] = [];
  for (const [n, bundle] of manifest.bundles.entries()) {
    const api = await load(n);
    try {
      const { index, errors: created } = await api.createIndex({ forceLanguage: 'vi', excludeSelectors: bundle.exclude });
      if (!index) throw new Error(`Pagefind: không tạo được chỉ mục ${bundle.dir}: ${created.join('; ')}`);
      const errors: string[] = [];
      const inFlight = new Set<Promise<void>>();
      const lines = createInterface({ input: createReadStream(join(stageDir, bundle.file), 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        const { url, html } = JSON.parse(line) as { url: string; html: string };
        const done: Promise<void> = index.addHTMLFile({ url, content: html }).then(
          (answer) => {
            if (answer.errors.length) errors.push(`${url}: ${answer.errors.join('; ')}`);
          },
          (error: unknown) => {
            errors.push(`${url}: ${String(error)}`);
          },
        ).finally(() => inFlight.delete(done));
        inFlight.add(done);
        if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      if (errors.length) throw new Error(`Pagefind:\n  ${errors.join('\n  ')}`);
      const dir = join(root, ...bundle.dir.split('/'));
      const { errors: writing } = await index.writeFiles({ outputPath: dir });
      if (writing.length) throw new Error(`Pagefind: ghi chỉ mục ${bundle.dir}: ${writing.join('; ')}`);
      // Pagefind's ready-made interfaces and its web worker: the search page uses its own
      // interface and runs Pagefind without a worker (src/scripts/search.ts). A bundle merged
      // into another is searched by that one's script and WebAssembly. Writing one bundle leaves
      // the others' folders, inside its own, alone.
      for (const file of readdirSync(dir)) if (UNUSED_BUNDLE_FILE.test(file) || (bundle.merged && MERGED_UNUSED.test(file))) rmSync(join(dir, file));
      written.push(`${bundle.dir} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await api.close();
    }
  }
  log(`Pagefind: đã lập chỉ mục ${manifest.summary}`);
  log(`Pagefind: lập lần lượt ${written.length} gói chỉ mục (xong sau ${written.join(', ')})`);
}
