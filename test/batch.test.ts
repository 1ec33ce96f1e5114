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
