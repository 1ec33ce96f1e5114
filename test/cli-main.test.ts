// The CLI's exit codes for what a real run cannot provoke on purpose: an internal failure in a
// document (the guard for our own bugs) and a dependency that stops loading mid-batch.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NewsdistillError } from '../src/errors.js';
import { extract } from '../src/extract.js';

const results: { current: unknown[] | Error } = { current: [] };

vi.mock('../src/threads.js', () => ({
  async *extractMany(inputs: AsyncIterable<unknown>) {
    for await (const _ of inputs) {
      const next = results.current;
      if (next instanceof Error) throw next;
      yield next.shift();
    }
  },
}));

describe('cli exit codes', () => {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const writeErr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  afterEach(() => {
    write.mockClear();
    writeErr.mockClear();
  });
  const twoFiles = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-main-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'y');
    return dir;
  };
  const article = extract('Council approves budget\nThe council approved the budget on Monday, officials said.');

  it('exits 4 when any document needed the internal-error guard, 1 for error records alone', async () => {
    const { main } = await import('../src/cli.js');
    const broken = { ...article, warnings: [{ code: 'INTERNAL_ERROR', message: 'extraction failed (boom)' }] };
    results.current = [{ id: 'a', article: broken }, { id: 'b', error: { code: 'INPUT_EMPTY', message: 'empty' } }];
    expect(await main(['--no-progress', twoFiles()])).toBe(4);
    results.current = [{ id: 'a', article }, { id: 'b', error: { code: 'INPUT_EMPTY', message: 'empty' } }];
    expect(await main(['--no-progress', twoFiles()])).toBe(1);
    results.current = [{ id: 'a', article }, { id: 'b', article }];
    expect(await main(['--no-progress', twoFiles()])).toBe(0);
  });

  it('exits 3 and names the module when a dependency cannot load', async () => {
    const { main } = await import('../src/cli.js');
    results.current = new NewsdistillError('DEPENDENCY_MISSING', "the dependency 'compromise' could not be loaded (Cannot find module 'compromise')");
    expect(await main(['--no-progress', twoFiles()])).toBe(3);
    expect(writeErr.mock.calls.join('')).toMatch(/'compromise' could not be loaded/);
    expect(write).not.toHaveBeenCalledWith(expect.stringContaining('schemaVersion'));
  });
});
