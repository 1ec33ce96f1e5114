// 'newsdistill/batch' (src/threads.ts) with the worker pool replaced by an in-process stand-in, to
// see when a pool starts and what happens where workers cannot run.
import { afterEach, describe, expect, it, vi } from 'vitest';
import work from '../src/worker.js';
import { extractMany, type BatchResult } from '../src/threads.js';

const pools: { maxThreads: number; destroyed: boolean }[] = [];
const behaviour = { ping: 'answer' as 'answer' | 'fail' };

vi.mock('tinypool', () => ({
  Tinypool: class {
    state: { maxThreads: number; destroyed: boolean };
    constructor(options: { maxThreads: number }) {
      this.state = { maxThreads: options.maxThreads, destroyed: false };
      pools.push(this.state);
    }
    async run(task: Parameters<typeof work>[0]) {
      if ('ping' in task && behaviour.ping === 'fail') throw new Error('worker exited before answering');
      return work(task);
    }
    async destroy() {
      this.state.destroyed = true;
    }
  },
}));

const page = (i: number) => `Council vote ${i}\nThe council voted on Tuesday to extend the bus program for another year, members said.`;
async function collect(inputs: Iterable<string>, concurrency: number): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of extractMany(inputs, { concurrency })) out.push(r);
  return out;
}

describe('newsdistill/batch: when workers start', () => {
  afterEach(() => {
    pools.length = 0;
    behaviour.ping = 'answer';
    delete (globalThis as { Deno?: unknown }).Deno;
  });

  it('starts no pool for a single document, whatever the concurrency', async () => {
    const out = await collect([page(1)], 4);
    expect(pools).toHaveLength(0);
    expect(out).toHaveLength(1);
    expect('article' in out[0]!).toBe(true);
  });

  it('starts one pool once a second document waits, and destroys it at the end', async () => {
    const out = await collect([1, 2, 3].map(page), 2);
    expect(pools).toEqual([{ maxThreads: 2, destroyed: true }]);
    expect(out.map((r) => r.id)).toEqual(['0', '1', '2']);
  });

  it('works in this thread where workers cannot run (Deno), with the same results', async () => {
    (globalThis as { Deno?: unknown }).Deno = {};
    const out = await collect([1, 2, 3].map(page), 2);
    expect(pools).toHaveLength(0);
    expect(out.map((r) => 'article' in r && r.article.body)).toEqual((await collect([1, 2, 3].map(page), 1)).map((r) => 'article' in r && r.article.body));
  });

  it('falls back to this thread when a worker cannot start', async () => {
    behaviour.ping = 'fail';
    const out = await collect([1, 2, 3].map(page), 2);
    expect(pools).toEqual([{ maxThreads: 2, destroyed: true }]);
    expect(out.every((r) => 'article' in r)).toBe(true);
  });
});
