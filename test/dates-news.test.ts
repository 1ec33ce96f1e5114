// Issue 15, points 1 and 2: the date expressions of news prose chrono-node misses, each at the
// precision the text gives, and the values that follow the story's time. Our own sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const dates = (text: string, publishedAt = '2024-10-23') => extract(text, { publishedAt }).dates.map((d) => [d.text, d.value, d.granularity]);

describe('news date expressions', () => {
  it('reads bare years in date contexts, not amounts, counts, addresses or names', () => {
    const d = dates('The pier, built in 1931 and rebuilt after the 2009 storm, drew 2,000 visitors, 1500 more than the $2010 budget assumed. Flight 2020 leaves from 1999 Harbour Road. The class of \'58 met again in 2019.');
    expect(d).toContainEqual(['1931', '1931', 'year']);
    expect(d).toContainEqual(['2009', '2009', 'year']);
    expect(d).toContainEqual(['2019', '2019', 'year']);
    expect(d).toContainEqual(["'58", '1958', 'year']);
    const texts = d.map(([t]) => t);
    for (const notYear of ['1500', '2010', '2020', '1999']) expect(texts).not.toContain(notYear);
    // A number followed by a decimal figure is a value in a row of data ("Russell 2000 1,993.76 +43.37").
    const table = 'Stocks rally as yields ease\n\nStocks rose on Tuesday as bond yields eased, traders said.\n\nIndex\tClose\tChange\t%\nDow Jones\t42,110.20\t+310.15\t+0.74%\nRussell 2000\t1,993.76\t+43.37\t+2.22%\n\nThe rally was broad, with small caps leading the way after the jobs report.';
    expect(dates(table).map(([t]) => t)).not.toContain('2000');
    expect(dates('Sales fell in 2023 after the plant closed.').map(([t]) => t)).toContain('2023');
  });

  it('reads a month, not a two-digit year, before a number of the sentence ("in January, 62% of customers")', () => {
    expect(dates('In a survey we ran in January, 62% of customers asked for quieter machines.', '2025-03-01')).toContainEqual(['January', '2025-01', 'month']);
    expect(dates('In June 62 people came to the hearing.', '2025-03-01')).toContainEqual(['June', '2024-06', 'month']);
    expect(dates('In June 62 people came to the hearing.', '2025-03-01').map(([, v]) => v)).not.toContain('1962-06');
  });

  it('reads "the final quarter" as the fourth', () => {
    expect(dates('Carbon prices rose in the final quarter of last year, the exchange said.', '2026-03-02')).toContainEqual(['the final quarter of last year', '2025-Q4', 'quarter']);
  });

  it('reads relative periods at their own precision', () => {
    const d = dates('Exports rose last quarter and this month, fell last May and earlier this year, and should recover next summer and by the end of the year.');
    expect(d).toContainEqual(['last quarter', '2024-Q3', 'quarter']);
    expect(d).toContainEqual(['this month', '2024-10', 'month']);
    expect(d).toContainEqual(['last May', '2024-05', 'month']);
    expect(d).toContainEqual(['earlier this year', '2024', 'year']);
    expect(d).toContainEqual(['next summer', '2025-SU', 'season']);
    expect(d).toContainEqual(['the end of the year', '2024', 'year']);
  });

  it('reads fiscal years, decades, centuries, weekends and holidays', () => {
    const d = dates('The utility cut its fiscal 2025 forecast, its worst since the 1990s and the mid-\'80s, and the lowest this century. Crews worked over the weekend and will rest on Christmas Eve.');
    expect(d).toContainEqual(['fiscal 2025', '2025', 'year']);
    expect(d).toContainEqual(['the 1990s', '199', 'decade']);
    expect(d).toContainEqual(["the mid-'80s", '198', 'decade']);
    expect(d).toContainEqual(['this century', '20', 'century']);
    expect(d).toContainEqual(['the weekend', '2024-W42', 'week']);
    expect(d).toContainEqual(['Christmas Eve', '2024-12-24', 'day']);
  });

  it('resolves "a year earlier" and "the quarter" against the period the story is about', () => {
    const a = extract('Harlow Mills said on Tuesday that net income fell to $12 million in the second quarter from $15 million a year earlier. Sales in the quarter rose 3%, and the year-ago quarter included a one-time gain.', { publishedAt: '2024-08-07' });
    const d = a.dates.map((x) => [x.text, x.value, x.granularity]);
    expect(d).toContainEqual(['the second quarter', '2024-Q2', 'quarter']);
    expect(d).toContainEqual(['a year earlier', '2023-Q2', 'quarter']);
    expect(d).toContainEqual(['the quarter', '2024-Q2', 'quarter']);
    expect(d).toContainEqual(['the year-ago quarter', '2023-Q2', 'quarter']);
    // Baselines are mentions, never events.
    expect(a.events.map((e) => e.date.text)).not.toContain('a year earlier');
  });

  it('follows the story for "that year", "the next day" and a bare time', () => {
    const d = dates('The bridge closed on March 4, 2019. The next day, engineers found cracks, and later that year it was torn down. A crane arrived at 7:15 a.m. on June 2, 2019.');
    expect(d).toContainEqual(['The next day', '2019-03-05', 'day']);
    expect(d).toContainEqual(['later that year', '2019', 'year']);
    expect(d.find(([t]) => t?.startsWith('7:15'))?.[1]).toMatch(/^2019-06-02T07:15/);
  });

  it('splits ranges into their two dates', () => {
    const d = dates('Octel bought shares from Aug. 26 to Oct. 20, the filing shows.', '2024-10-30');
    expect(d).toContainEqual(['Aug. 26', '2024-08-26', 'day']);
    expect(d).toContainEqual(['Oct. 20', '2024-10-20', 'day']);
  });

  it('reads "now" as the publication day, a mention and never an event', () => {
    const a = extract('The fund now holds a fifth of its assets in cash, its manager said on Monday.', { publishedAt: '2024-10-23' });
    expect(a.dates.map((d) => [d.text, d.value])).toContainEqual(['now', '2024-10-23']);
    expect(a.events.map((e) => e.date.text)).toEqual(['Monday']);
  });
});
