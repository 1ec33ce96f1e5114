import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const at = (text: string, publishedAt = '2024-09-25') => extract(text, { publishedAt }).dates.map((d) => [d.text, d.value, d.granularity]);

describe('dates', () => {
  it('resolves bare weekdays to the most recent such day unless the clause is about the future', () => {
    // 2024-09-25 is a Wednesday.
    expect(at('The ministry said Monday that exports had fallen sharply in the summer months.')).toContainEqual(['Monday', '2024-09-23', 'day']);
    expect(at('The committee will vote on Friday on the revised budget proposal for the city.')).toContainEqual(['Friday', '2024-09-27', 'day']);
  });

  it('keeps the precision actually known', () => {
    const d = at('Profits fell last year and are expected to recover in the third quarter, as they did in early 2011.');
    expect(d).toContainEqual(['last year', '2023', 'year']);
    expect(d).toContainEqual(['early 2011', '2011', 'year']);
    expect(d.some(([, v, g]) => g === 'quarter' && v === '2024-Q3')).toBe(true);
  });

  it('reads expressions chrono-node misses', () => {
    const d = at('The plant opened in 2019 and expanded in 2009-2010, the firm said. Output dipped in September last year and will rise next spring.');
    expect(d).toContainEqual(['2019', '2019', 'year']);
    expect(d).toContainEqual(['September last year', '2023-09', 'month']);
    expect(d).toContainEqual(['next spring', '2025-SP', 'season']);
  });

  it('rejects prices, names, fractions and durations', () => {
    const d = at('Sun Microsystems earned $2.50 a share, and the stock rose 7/8 to close at 5. It has grown for four years, and for three weeks.');
    expect(d).toEqual([]);
  });

  it('keeps a comparison baseline as a date mention but not as an event', () => {
    const a = extract('Net income rose to $4 million in the third quarter, up from $3 million a year earlier, the lender said on Tuesday.', { publishedAt: '2024-10-23' });
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([['the third quarter', '2024-Q3'], ['a year earlier', '2023-Q3'], ['Tuesday', '2024-10-22']]);
    expect(a.events.map((e) => e.date.text)).toEqual(['the third quarter', 'Tuesday']);
    // "14% below 2019 levels": the year a figure is measured against.
    const b = extract('Ridership is still 14% below 2019 levels, the transit agency said on Tuesday.', { publishedAt: '2025-06-15' });
    expect(b.events.map((e) => e.date.text)).toEqual(['Tuesday']);
    // "than in 2019", "compared with 98,000 in 2022", "up 12% on last year" (not "rose 2.7% on Monday").
    const events = (text: string) => extract(text, { publishedAt: '2025-03-12' }).events.map((e) => e.date.text);
    expect(events('Visitor numbers were 18% higher than in 2019, the museum said on Tuesday.')).toEqual(['Tuesday']);
    expect(events('The district enrolled 95,000 students, compared with 98,000 in 2022, officials said on Tuesday.')).toEqual(['Tuesday']);
    expect(events('Season ticket sales are up 12% on last year, the club said on Tuesday.')).toEqual(['Tuesday']);
    expect(events('The index rose 2.7% on Monday.')).toEqual(['Monday']);
    // In other languages: "deux fois plus qu'en 2021", "mais 15% do que em 2021".
    expect(extract("La fréquentation a atteint 80 000 entrées, soit deux fois plus qu'en 2021, selon la commune.", { publishedAt: '2024-06-10' }).events).toEqual([]);
    expect(extract('O número de consultas foi de 4.200, mais 15% do que em 2021, disse o vereador da câmara municipal.', { publishedAt: '2023-10-13' }).events).toEqual([]);
  });

  it('reads "tonight" and "tomorrow morning" as days', () => {
    const a = extract('Ice storm to hit the valley\nFreezing rain will begin tonight and last into tomorrow morning, forecasters said.', { publishedAt: '2025-01-10' });
    expect(a.dates.map((d) => [d.text, d.value.slice(0, 10)])).toEqual([['tonight', '2025-01-10'], ['tomorrow morning', '2025-01-11']]);
  });

  it('leaves a signpost label ("Why it matters:") out of its event\'s text and span', () => {
    const text = 'Basin states sign energy compact\nThe six states signed the compact on Tuesday, officials said.\nWhy it matters: Coal still supplied 41% of the basin\'s electricity as of last year, the agency said.';
    const a = extract(text, { publishedAt: '2024-06-12' });
    const e = a.events.find((x) => x.date.value === '2023')!;
    expect(e.text.startsWith('Coal still supplied')).toBe(true);
    expect(text.slice(e.span[0], e.span[0] + 19)).toBe('Coal still supplied');
  });

  it('excludes a leading "on" and trailing punctuation from spans', () => {
    const text = 'The talks collapsed on Tuesday.';
    const a = extract(text, { publishedAt: '2024-09-25' });
    const [d] = a.dates;
    expect(d!.text).toBe('Tuesday');
    expect(text.slice(d!.span[0], d!.span[1])).toBe('Tuesday');
  });

  it('infers the publication date from the content and says so', () => {
    const a = extract('Port reopens after storm\n- Monday, September 23, 2024:\n- The port reopened to container traffic after a four-day closure.\nOfficials said Monday that damage was lighter than feared at the main terminals.');
    expect(a.publishedAt?.value).toBe('2024-09-23');
    expect(a.publishedAt?.source).toBe('inferred');
    expect(a.warnings.map((w) => w.code)).toContain('PUBLISHED_AT_INFERRED');
  });

  it('prefers the Published line over the Updated line', () => {
    const a = extract('Lender agrees takeover\nUpdated March 5, 2025 09:10\nPublished March 4, 2025\nThe bank said on Tuesday it had agreed to buy its smaller rival for 2 billion euros in cash.');
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-03-04');
    expect(a.publishedAt?.source).toBe('text');
  });

  it('builds timeline events from date headers and as-of qualifiers', () => {
    const a = extract('Battery supply chain\nThe energy department said it would fund new battery plants across the country this decade.\n- June 24, 2024:\n- Two recycling plants were approved in Nevada.\n- As of last year:\n- China supplied over 60% of battery components.', { publishedAt: '2024-09-24' });
    const timeline = a.events.filter((e) => e.origin === 'timeline').map((e) => [e.date.value, e.qualifier, e.text.slice(0, 20)]);
    expect(timeline).toEqual([
      ['2024-06-24', null, 'Two recycling plants'],
      ['2023', 'as-of', 'China supplied over '],
    ]);
  });
});

describe('month-name alternation', () => {
  it('writes shared prefixes as a tree and keeps the flat list where case could blur a branch', async () => {
    const { wordAlternation } = await import('../src/header/dates.js');
    expect(wordAlternation(['juni', 'june', 'jun'])).toBe('jun(?:i|e|)');
    expect(wordAlternation(['mar', 'marzo', 'mars'])).toBe('mar(?:zo|s|)');
    expect(wordAlternation(['ſa', 'sa'])).toBe('ſa|sa');
    expect(wordAlternation(['sept.', 'sep'])).toBe('sep(?:t\\.|)');
  });

  it('matches exactly as the flat list sorted longest first', async () => {
    const { headerDatePatterns, wordAlternation } = await import('../src/header/dates.js');
    const p = headerDatePatterns();
    const names = [...p.monthOf.keys()];
    const tree = wordAlternation(names);
    const flat = [...names].sort((a, b) => b.length - a.length).join('|');
    expect(tree).not.toBe(flat);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    const word = () => {
      const name = pick(names);
      const cut = random() < 0.3 ? name.slice(0, 1 + Math.floor(random() * name.length)) : name;
      return random() < 0.3 ? cut.toUpperCase() : random() < 0.5 ? cut[0]!.toUpperCase() + cut.slice(1) : cut;
    };
    const texts = ['Published 12 March 2024', 'Julio 4, 2019 | 10:00', '3. Oktober 2023', '1er janvier 2020', '12 de agosto de 2021', '7 kesäkuuta 2022', 'Junio 31, 2020', 'Dec. 5 2024'];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = 0; j < 5; j++) text += pick([word, word, () => String(Math.floor(random() * 40)), () => String(2000 + Math.floor(random() * 30)), () => pick([', ', '. ', ' de ', 'th ', ''])])() + ' ';
      texts.push(text);
    }
    let hits = 0;
    for (const re of [p.dayMonthYear, p.monthDayYear, p.monthDay]) {
      expect(re.source).toContain(tree);
      const flatRe = new RegExp(re.source.split(tree).join(flat), re.flags);
      for (const text of texts) {
        const got = re.global ? [...text.matchAll(re)].map((m) => [m.index, ...m]) : re.exec(text)?.slice();
        const want = flatRe.global ? [...text.matchAll(flatRe)].map((m) => [m.index, ...m]) : flatRe.exec(text)?.slice();
        expect(got, text).toEqual(want);
        if (want && want.length) hits++;
      }
    }
    expect(hits).toBeGreaterThan(300);
    // The lower-case twins read a lower-cased line as the case-blind patterns read it as written.
    const { lowerCased } = await import('../src/text.js');
    texts.push('17 İyun 2024 and 3 Auguſt 2021', 'ŞUBAT 4, 2022', 'Published 12 MARCH 2024', 'Jane Doe MAR 5, 2025');
    let compared = 0;
    for (const text of texts) {
      const lower = lowerCased(text);
      if (lower === null) continue;
      compared++;
      for (const [re, twin] of [[p.dayMonthYear, p.lower.dayMonthYear], [p.monthDayYear, p.lower.monthDayYear], [p.monthDay, p.lower.monthDay]] as const) {
        const read = (r: RegExp, t: string) => (r.global ? [...t.matchAll(r)] : [r.exec(t)].filter((m) => m !== null)).map((m) => [m!.index, ...m!.map((g) => g?.toLowerCase())]);
        expect(read(twin, lower), text).toEqual(read(re, text));
      }
    }
    expect(compared).toBeGreaterThan(3000);
    expect(lowerCased('17 İyun 2024')).toBeNull();
    expect(lowerCased('3 Auguſt 2021')).toBeNull();
    expect(lowerCased('Mar 5, 2025 10:00 \u212aST')).toBeNull();
    // The line shapes read the same way.
    const { shapes } = await import('../src/rules/shapes.js');
    const s = shapes();
    for (const text of texts) {
      const lower = lowerCased(text);
      if (lower === null) continue;
      for (const part of [text, text.slice(0, 60), text.slice(0, 20)]) {
        const low = part.toLowerCase();
        expect(s.lower.date.test(low), part).toBe(s.date.test(part));
        expect(s.lower.dateOnly.test(low), part).toBe(s.dateOnly.test(part));
      }
    }
    for (const text of ['Tue, March 3, 2025 at 9:30 a.m. EST', 'MAR 5, 2025', '2024-09-23', '5 JUNE 2024:', 'Sunday 12 Jan 2025 10:12 GMT']) {
      expect(s.lower.dateOnly.test(lowerCased(text)!), text).toBe(true);
      expect(s.dateOnly.test(text), text).toBe(true);
    }
  });
});
