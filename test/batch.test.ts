import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor, extractMany, type BatchResult } from '../src/index.js';

const outlet = [1, 2, 3, 4, 5].map((i) => fs.readFileSync(new URL(`../fixtures/outlet/page${i}.txt`, import.meta.url), 'utf8'));
const PROMO = 'Harbor Ledger · Serving the Chesapeake shore since 1901';

describe('createExtractor memory', () => {
  it('learns a promo line no rule knows, after it repeats across pages of one source', () => {
    const ex = createExtractor({ memory: { minPages: 3 } });
    const bodies = outlet.map((page) => ex.extract(page, { source: 'harbor-ledger' }));
    expect(bodies.slice(0, 3).every((a) => a.body.includes(PROMO))).toBe(true);
    for (const a of bodies.slice(3)) {
      expect(a.body).not.toContain(PROMO);
      expect(a.boilerplate.find((b) => b.text === PROMO)).toMatchObject({ reason: 'repeated', rule: 'memory.repeated-across-pages' });
      // The pages' own stories stay.
      expect(a.body.length).toBeGreaterThan(150);
    }
  });

  it('keeps sources apart and is deterministic for the same order', () => {
    const run = () => {
      const ex = createExtractor();
      return outlet.map((page, i) => ex.extract(page, { source: i % 2 ? 'a' : 'b' }).body);
    };
    expect(run()).toEqual(run());
    const ex = createExtractor({ memory: { minPages: 3 } });
    const last = outlet.map((page, i) => ex.extract(page, { source: `s${i}` })).pop()!;
    expect(last.body).toContain(PROMO);
  });

  it('stays bounded', () => {
    const ex = createExtractor({ memory: { minPages: 1, maxSources: 2 } });
    ex.extract(outlet[0]!, { source: 'x' });
    ex.extract(outlet[1]!, { source: 'y' });
    ex.extract(outlet[2]!, { source: 'z' }); // evicts x
    expect(ex.extract(outlet[3]!, { source: 'x' }).body).toContain(PROMO);
  });
});

describe('extractMany', () => {
  it('returns results in input order, errors as records', async () => {
    const inputs = ['First story\nThe first story says the council met on Monday to approve the new budget.', { id: 'bad' } as never, { id: 'h', html: '<p>An HTML page with one paragraph that is long enough to be the article body.</p>' }];
    const out: BatchResult[] = [];
    for await (const r of extractMany(inputs)) out.push(r);
    expect(out.map((r) => r.id)).toEqual(['0', 'bad', 'h']);
    expect('error' in out[1]!).toBe(true);
    expect('article' in out[2]! && out[2].article.source.format).toBe('html');
  });

  it('reads an async iterable lazily (backpressure)', async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        produced++;
        yield `Story ${i}\nThe committee voted on Tuesday to extend the program for another year, members said.`;
      }
    }
    const it = extractMany(source())[Symbol.asyncIterator]();
    await it.next();
    await it.next();
    expect(produced).toBeLessThanOrEqual(3);
    await it.return?.(undefined);
  });
});

describe('extractMany: input checks', () => {
  it('empty or blank text is INPUT_EMPTY, a record that is not an object is INPUT_TYPE', async () => {
    const out: BatchResult[] = [];
    for await (const r of extractMany(['', { id: 'b', text: ' \n ' }, { id: 'h', html: '' }, null as never, 5 as never])) out.push(r);
    expect(out.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['INPUT_EMPTY', 'INPUT_EMPTY', 'INPUT_EMPTY', 'INPUT_TYPE', 'INPUT_TYPE']);
  });

  it('rejects bad batch options before the first document, naming the option', async () => {
    const first = (options: object) => extractMany(['a page'], options as never).next();
    await expect(first({ format: 'xml' })).rejects.toMatchObject({ code: 'OPTIONS_INVALID', message: expect.stringContaining("'format'") });
    await expect(first({ concurrency: 0 })).rejects.toMatchObject({ code: 'OPTIONS_INVALID', message: expect.stringContaining("'concurrency'") });
    // The runtime-neutral entry has no worker threads, and says where they are.
    await expect(first({ concurrency: 2 })).rejects.toMatchObject({ code: 'OPTIONS_INVALID', message: expect.stringContaining('newsdistill/batch') });
  });
});

describe('newsdistill/batch on real worker threads (the built package)', () => {
  it('keeps input order and error records over two workers', async () => {
    // By address, so type-checking does not need a build; npm test builds first.
    const { extractMany: threaded } = (await import(new URL('../dist/batch.js', import.meta.url).href)) as typeof import('../src/threads.js');
    const pages = outlet.map((text, i) => ({ id: `p${i}`, text }));
    const out: BatchResult[] = [];
    for await (const r of threaded([...pages.slice(0, 2), { id: 'empty', text: '' }, ...pages.slice(2)], { concurrency: 2 })) out.push(r);
    expect(out.map((r) => r.id)).toEqual(['p0', 'p1', 'empty', 'p2', 'p3', 'p4']);
    expect(out.filter((r) => 'article' in r)).toHaveLength(5);
    expect('error' in out[2]! && out[2].error.code).toBe('INPUT_EMPTY');
  });
});
