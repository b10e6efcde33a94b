/**
 * Renders PNGs on every core, through the cache: `ensure(job)` answers at once for a cached image,
 * else queues it for a pool of worker threads (worker.ts) that render and store it. The same
 * drawing asked for twice is rendered once. Only sizes come back: memory stays flat however many
 * images a build has, and the output files are copied from the cache (copy).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PngCache } from './cache.ts';
import type { PngJob } from './render.ts';
import type { WorkReply, WorkRequest } from './worker.ts';

export interface Ensured {
  key: string;
  size: number;
}

export interface PoolStats {
  /** Distinct images asked for. */
  images: number;
  /** Of which found in the cache. */
  hits: number;
  /** Of which rendered now. */
  rendered: number;
}

interface Pending {
  req: WorkRequest;
  resolve: (size: number) => void;
  reject: (error: Error) => void;
}

export class PngPool {
  readonly cache: PngCache;
  readonly #workerFile: URL;
  readonly #threads: number;
  readonly #fingerprint: string;
  readonly #known = new Map<string, Promise<Ensured>>();
  readonly #queue: Pending[] = [];
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Pending>();
  #workers = 0;
  #nextId = 0;
  readonly stats: PoolStats = { images: 0, hits: 0, rendered: 0 };

  constructor(options: { cacheDir: string; fingerprint: string; workerFile: URL; threads?: number }) {
    this.cache = new PngCache(options.cacheDir, options.fingerprint);
    this.#fingerprint = options.fingerprint;
    this.#workerFile = options.workerFile;
    this.#threads = Math.max(1, options.threads ?? availableParallelism());
  }

  /** The image in the cache, rendered first if needed; `urgent` puts a miss ahead of the queue (a page waits for it). */
  ensure(job: PngJob, urgent = false): Promise<Ensured> {
    const key = this.cache.key(job);
    const known = this.#known.get(key);
    if (known) {
      if (urgent) this.#hurry(key);
      return known;
    }
    this.stats.images += 1;
    const cached = this.cache.size(key);
    let promise: Promise<Ensured>;
    if (cached !== null) {
      this.stats.hits += 1;
      promise = Promise.resolve({ key, size: cached });
    } else {
      promise = new Promise<number>((resolve, reject) => {
        const pending = { req: { id: this.#nextId++, key, job }, resolve, reject };
        if (urgent) this.#queue.unshift(pending);
        else this.#queue.push(pending);
        this.#dispatch();
      }).then((size) => {
        this.stats.rendered += 1;
        return { key, size };
      });
    }
    this.#known.set(key, promise);
    return promise;
  }

  /**
   * Copies an image `ensure` has made ready into the output. Asynchronous: libuv's threads do the
   * copying while this thread goes on (at 10,000 documents, copying the 20,000 images one by one
   * here held up the search index's last step by about 10 s). A clone where the file system can.
   */
  async copy(key: string, file: string): Promise<void> {
    const dir = dirname(file);
    let made = this.#folders.get(dir);
    if (!made) this.#folders.set(dir, (made = mkdir(dir, { recursive: true })));
    await made;
    await copyFile(this.cache.file(key), file, constants.COPYFILE_FICLONE);
  }

  /** Output folders made or being made by copy. */
  readonly #folders = new Map<string, Promise<unknown>>();

  /** Waits for the last job; threads end by themselves when the queue is empty. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#known.values()]);
    await Promise.all(this.#idle.splice(0).map((w) => w.terminate()));
  }

  #hurry(key: string): void {
    const i = this.#queue.findIndex((p) => p.req.key === key);
    if (i > 0) this.#queue.unshift(...this.#queue.splice(i, 1));
  }

  #dispatch(): void {
    while (this.#queue.length) {
      const worker = this.#idle.pop() ?? this.#spawn();
      if (!worker) return;
      const pending = this.#queue.shift()!;
      this.#busy.set(worker, pending);
      worker.postMessage(pending.req);
    }
  }

  #spawn(): Worker | null {
    if (this.#workers >= this.#threads) return null;
    this.#workers += 1;
    const worker = new Worker(this.#workerFile, { workerData: { dir: this.cache.dir, fingerprint: this.#fingerprint } });
    worker.on('message', (reply: WorkReply) => {
      const pending = this.#busy.get(worker)!;
      this.#busy.delete(worker);
      if (reply.error === undefined) pending.resolve(reply.size);
      else pending.reject(new Error(reply.error));
      if (this.#queue.length) {
        this.#idle.push(worker);
        this.#dispatch();
      } else {
        // Nothing left to render: the thread's heap (and resvg's buffers) would otherwise stay
        // allocated until the build ends, on top of Pagefind's. A later miss starts a new one.
        this.#workers -= 1;
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      // A thread that crashed fails its job and every queued one: the build must stop, not hang.
      this.#busy.get(worker)?.reject(error);
      for (const p of this.#queue.splice(0)) p.reject(error);
    });
    return worker;
  }
}
