import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from '../../../shared/cv/document';
import { CoreError } from '../errors';
import { cancelled, outOfMemory, parserCrashed, timedOut } from './failures';
import { resolveLimits, type ExtractionLimits } from './limits';
import type { FromExtractWorker, WorkerConfig } from './pool-protocol';

export interface ExtractionPoolOptions {
  /** The bundled worker entry (dist/core/extract-worker.mjs). */
  workerPath: string;
  /** Threads; defaults to the number of cores. */
  size?: number;
  limits?: Partial<ExtractionLimits>;
  /** An idle thread is stopped after this long, to give its memory back. */
  idleMs?: number;
}

export interface ExtractOptions {
  /** Only used to word the error for a damaged file named .pdf/.docx; never to pick a parser. */
  fileName?: string;
  signal?: AbortSignal;
  /** This file's time budget instead of the pool's. */
  timeoutMs?: number;
}

const notStarted = () => new CoreError('INTERNAL', 'The document reader could not be started.');

interface Job {
  id: number;
  bytes: Uint8Array;
  options: ExtractOptions;
  resolve: (doc: ExtractedDocument) => void;
  reject: (error: CoreError) => void;
  cleanup: () => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

/**
 * Parses files in worker threads, one file per thread at a time, each thread with a memory cap
 * and each file with a time budget. A thread that hangs, runs out of memory or crashes is
 * thrown away and replaced; only the file it was reading fails.
 */
export class ExtractionPool {
  private readonly limits: ExtractionLimits;
  private readonly size: number;
  private readonly idleMs: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ExtractionPoolOptions) {
    this.limits = resolveLimits(options.limits);
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.idleMs = options.idleMs ?? 60_000;
  }

  extract(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
    if (this.closed) return Promise.reject(cancelled());
    if (options.signal?.aborted) return Promise.reject(cancelled());
    return new Promise<ExtractedDocument>((resolve, reject) => {
      const job: Job = { id: this.nextId++, bytes, options, resolve, reject, cleanup: () => undefined };
      const signal = options.signal;
      if (signal) {
        const onAbort = () => this.abort(job);
        signal.addEventListener('abort', onAbort, { once: true });
        job.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Rejects every file still waiting for a thread; files being parsed finish. Returns how many were cancelled. */
  cancel(): number {
    const waiting = this.queue.splice(0);
    for (const job of waiting) this.settle(job, cancelled());
    return waiting.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancel();
    const stopping = [...this.slots].map((slot) => {
      if (slot.job) this.settle(slot.job, cancelled());
      return this.discard(slot);
    });
    await Promise.all(stopping);
  }

  /** Threads alive and files waiting, for progress displays and tests. */
  get stats(): { threads: number; busy: number; queued: number } {
    const slots = [...this.slots];
    return { threads: slots.length, busy: slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = [...this.slots].find((s) => !s.job);
      if (!slot && this.slots.size < this.size) {
        try {
          slot = this.spawn();
        } catch {
          // An unusable worker path or no threads left: the file cannot be read now.
          this.settle(this.queue.shift() as Job, notStarted());
          continue;
        }
      }
      if (!slot) return;
      const job = this.queue.shift() as Job;
      if (slot.idle) clearTimeout(slot.idle);
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.expire(slot), this.budget(job));
      const hint = job.options.fileName ? { fileName: job.options.fileName } : undefined;
      slot.worker.postMessage({ id: job.id, bytes: job.bytes, ...(hint ? { hint } : {}) });
    }
  }

  private budget(job: Job): number {
    const own = job.options.timeoutMs;
    return own !== undefined && own > 0 ? own : this.limits.timeoutMs;
  }

  private spawn(): Slot {
    const workerData: WorkerConfig = { limits: this.limits };
    const worker = new Worker(this.options.workerPath, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.workerMemoryMb, maxYoungGenerationSizeMb: 64 },
    });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (m: FromExtractWorker) => this.onMessage(slot, m));
    worker.on('error', (e: Error) => this.onFailure(slot, e));
    worker.on('exit', () => this.onFailure(slot, undefined));
    return slot;
  }

  private onMessage(slot: Slot, m: FromExtractWorker): void {
    if (m.type === 'ready') {
      slot.ready = true;
      return;
    }
    const job = slot.job;
    if (!job || job.id !== m.id) return;
    this.release(slot);
    if (m.ok) this.settle(job, undefined, m.doc);
    else this.settle(job, new CoreError(m.error.code, m.error.message));
    this.dispatch();
  }

  /** The thread died (crash, out of memory) or exited: its file fails, the slot is freed. */
  private onFailure(slot: Slot, error: Error | undefined): void {
    if (!this.slots.has(slot)) return;
    const job = slot.job;
    this.slots.delete(slot);
    this.release(slot);
    if (job) {
      const code = (error as { code?: unknown } | undefined)?.code;
      const failure =
        code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? outOfMemory()
          : slot.ready
            ? parserCrashed()
            : notStarted();
      this.settle(job, failure);
    }
    void slot.worker.terminate().catch(() => undefined);
    this.dispatch();
  }

  private expire(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    this.release(slot);
    this.settle(job, timedOut(this.budget(job)));
    void this.discard(slot);
    this.dispatch();
  }

  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, cancelled());
      return;
    }
    const slot = [...this.slots].find((s) => s.job === job);
    if (!slot) return;
    this.release(slot);
    this.settle(job, cancelled());
    void this.discard(slot);
    this.dispatch();
  }

  /** The slot has no job any more; an idle thread no longer keeps the process alive. */
  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    slot.worker.unref();
    if (this.slots.has(slot) && !this.closed) {
      slot.idle = setTimeout(() => void this.discard(slot), this.idleMs);
      slot.idle.unref();
    }
  }

  /** Stops a thread for good (hung, cancelled or idle); a new one is started when needed. */
  private async discard(slot: Slot): Promise<void> {
    this.slots.delete(slot);
    if (slot.idle) clearTimeout(slot.idle);
    if (slot.timer) clearTimeout(slot.timer);
    await slot.worker.terminate().catch(() => undefined);
  }

  private settle(job: Job, error: CoreError | undefined, doc?: ExtractedDocument): void {
    job.cleanup();
    if (error) job.reject(error);
    else if (doc) job.resolve(doc);
  }
}
