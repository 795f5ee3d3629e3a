import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExtractionPool } from '../../../electron/core/intake/pool';
import { bundleEntry } from '../../support/bundle';

const fake = bundleEntry('tests/integration/intake/fake-extract-worker.ts');
const pools: ExtractionPool[] = [];
const pool = (options: Partial<ConstructorParameters<typeof ExtractionPool>[0]> = {}) => {
  const p = new ExtractionPool({ workerPath: fake, size: 1, ...options });
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const answer = (n: number, delayMs = 0) => new Uint8Array([0, delayMs, n]);
const HANG = new Uint8Array([1]);
const CRASH = new Uint8Array([2]);
const OOM = new Uint8Array([3]);
const EXIT = new Uint8Array([4]);
const TYPED = new Uint8Array([5]);
const firstLine = async (p: Promise<{ lines: { text: string }[] }>) => (await p).lines[0]?.text;

describe('ExtractionPool', () => {
  it('queues files when every thread is busy and answers each', async () => {
    const p = pool({ size: 2 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => firstLine(p.extract(answer(n, 20)))));
    expect(results).toEqual(['file 1', 'file 2', 'file 3', 'file 4', 'file 5']);
    expect(p.stats.threads).toBeLessThanOrEqual(2);
  });

  it('passes typed errors from the parser through', async () => {
    await expect(pool().extract(TYPED)).rejects.toMatchObject({ code: 'IMPORT_NO_TEXT' });
  });

  it('stops a file over its time budget, replaces the thread and serves the next file', async () => {
    const p = pool({ limits: { timeoutMs: 300 } });
    const hung = p.extract(HANG);
    const next = p.extract(answer(7));
    await expect(hung).rejects.toMatchObject({ code: 'IMPORT_TIMEOUT', message: expect.stringMatching(/took longer than/) });
    expect(await firstLine(next)).toBe('file 7');
  });

  it('gives each file 15 seconds by default', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const p = pool();
      let outcome: unknown;
      const hung = p.extract(HANG).catch((e: { code: string; message: string }) => (outcome = e));
      await vi.advanceTimersByTimeAsync(14_900);
      expect(outcome).toBeUndefined();
      await vi.advanceTimersByTimeAsync(200);
      await hung;
      expect(outcome).toMatchObject({ code: 'IMPORT_TIMEOUT', message: expect.stringMatching(/longer than 15 seconds/) });
    } finally {
      vi.useRealTimers();
    }
  });

  it('while one thread hangs, the other threads keep serving files', async () => {
    const p = pool({ size: 2, limits: { timeoutMs: 1500 } });
    const hung = p.extract(HANG).catch((e: { code: string }) => e.code);
    const others = await Promise.all([1, 2, 3, 4].map((n) => firstLine(p.extract(answer(n, 10)))));
    expect(others).toEqual(['file 1', 'file 2', 'file 3', 'file 4']);
    expect(await hung).toBe('IMPORT_TIMEOUT');
    expect(await firstLine(p.extract(answer(5)))).toBe('file 5');
  });

  it('a crashing thread fails only its own file', async () => {
    const p = pool({ size: 1 });
    const results = await Promise.allSettled([p.extract(answer(1)), p.extract(CRASH), p.extract(EXIT), p.extract(answer(2))]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.lines[0]?.text : (r.reason as { code: string }).code))).toEqual([
      'file 1',
      'IMPORT_CORRUPT',
      'IMPORT_CORRUPT',
      'file 2',
    ]);
  });

  it('a thread that runs out of memory fails its file as too large', async () => {
    const p = pool({ limits: { workerMemoryMb: 48 } });
    await expect(p.extract(OOM)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect(await firstLine(p.extract(answer(3)))).toBe('file 3');
  });

  it('cancel() rejects what is still queued; the running file finishes', async () => {
    const p = pool({ size: 1 });
    const running = p.extract(answer(1, 100));
    const queued = [p.extract(answer(2)), p.extract(answer(3))];
    expect(p.cancel()).toBe(2);
    expect(p.cancel()).toBe(0);
    await expect(Promise.all(queued.map((q) => q.catch((e: { code: string }) => e.code)))).resolves.toEqual(['IMPORT_CANCELLED', 'IMPORT_CANCELLED']);
    expect(await firstLine(running)).toBe('file 1');
  });

  it('an abort signal cancels one file, queued or running', async () => {
    const p = pool({ size: 1 });
    const controller = new AbortController();
    const running = p.extract(HANG, { signal: controller.signal });
    const other = p.extract(answer(9));
    setTimeout(() => controller.abort(), 50);
    await expect(running).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
    expect(await firstLine(other)).toBe('file 9');
  });

  it('close() cancels everything and refuses new files', async () => {
    const p = pool({ size: 1 });
    const codeOf = (e: { code: string }) => e.code;
    const running = p.extract(HANG).catch(codeOf);
    const queued = p.extract(answer(1)).catch(codeOf);
    await p.close();
    expect(await running).toBe('IMPORT_CANCELLED');
    expect(await queued).toBe('IMPORT_CANCELLED');
    await expect(p.extract(answer(2))).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
    expect(p.stats).toEqual({ threads: 0, busy: 0, queued: 0 });
  });

  it('a worker that cannot start is an internal error, not a damaged file', async () => {
    const p = pool({ workerPath: '/nonexistent/extract-worker.mjs' });
    await expect(p.extract(answer(1))).rejects.toMatchObject({ code: 'INTERNAL' });
    // A path Node refuses outright (relative without ./) fails the same way, without throwing.
    await expect(pool({ workerPath: 'relative/worker.mjs' }).extract(answer(1))).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
