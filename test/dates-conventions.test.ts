// Issue 15, value accuracy: conventions of how news prose refers to time, as TimeML reads them.
// Our own sentences, invented outlets and people.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const dates = (text: string, publishedAt: string) => extract(text, { publishedAt }).dates.map((d) => [d.text, d.value, d.granularity]);

describe('news time conventions', () => {
  it('reads years spelled out as broadcast transcripts write them', () => {
    const d = dates(
      'Harbourview nineteen eighty-eight. A storm floods the old town. March nineteen ninety-two. The river rises again. ' +
        'In nineteen seventy-one the mill closed, and the council promised a new bridge by the year two thousand. ' +
        'Prices had not been this low since the winter of nineteen ninety-four. The abbey kept its ledgers for two thousand years, ' +
        'and nineteen ninety people signed the petition.',
      '1998-04-02',
    );
    expect(d).toContainEqual(['nineteen eighty-eight', '1988', 'year']);
    expect(d).toContainEqual(['March nineteen ninety-two', '1992-03', 'month']);
    expect(d).toContainEqual(['nineteen seventy-one', '1971', 'year']);
    expect(d).toContainEqual(['the year two thousand', '2000', 'year']);
    expect(d).toContainEqual(['the winter of nineteen ninety-four', '1994-WI', 'season']);
    const texts = d.map(([t]) => t);
    expect(texts.some((t) => /two thousand years|nineteen ninety people/i.test(String(t)))).toBe(false);
    expect(texts).not.toContain('nineteen ninety');
  });
});
