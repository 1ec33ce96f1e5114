// warmUp() / createExtractor().ready(): what servers call before taking traffic.
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, warmUp } from '../src/index.js';

const PAGE = 'Officials in Springfield said Mayor Ana Ruiz approved the budget on Monday.';

describe('warmUp', () => {
  it('resolves, loads the full tagger when asked, and leaves results unchanged', async () => {
    const before = extract(PAGE);
    await warmUp({ tagger: 'compromise' });
    expect(extract(PAGE)).toEqual(before);
    expect(extract(PAGE, { tagger: 'compromise' }).entities.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('checks its options like extract()', async () => {
    await expect(warmUp({ timezone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'OPTIONS_INVALID' });
  });

  it('an extractor has ready()', async () => {
    const ex = createExtractor();
    await expect(ex.ready()).resolves.toBeUndefined();
    expect(ex.extract(PAGE).headline).toBe(extract(PAGE).headline);
  });
});
