// Issue 15, point 4: date-times keep the offset they were written with, and a publishedAt option
// written as a string keeps its calendar day and offset.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const page = (published: string) =>
  `<html><head><meta property="article:published_time" content="${published}"><title>Harbour board approves dredging plan</title></head>` +
  '<body><article><h1>Harbour board approves dredging plan</h1><p>The harbour board approved the dredging plan on Tuesday after a long debate about silt and shipping.</p>' +
  '<p>Work on the outer channel is expected to start next month, the board said in a statement.</p></article></body></html>';

describe('offsets of publication dates', () => {
  it('keeps the offset of a metadata date-time', () => {
    const a = extract(page('2024-11-06T14:30:00+05:30'));
    expect(a.publishedAt).toMatchObject({ value: '2024-11-06T14:30+05:30', granularity: 'time', source: 'metadata' });
  });

  it('keeps a metadata date-time in UTC as Z and a day as a day', () => {
    expect(extract(page('2024-11-06T09:05:00Z')).publishedAt?.value).toBe('2024-11-06T09:05Z');
    expect(extract(page('2024-11-06')).publishedAt).toMatchObject({ value: '2024-11-06', granularity: 'day' });
  });

  it('keeps the day and offset of a publishedAt option written as a string', () => {
    // 23:30 on the US west coast is already the next day in UTC; the story is dated the 6th.
    const a = extract('The harbour board approved the dredging plan on Tuesday after a long debate.', { publishedAt: '2024-11-06T23:30-08:00' });
    expect(a.publishedAt).toMatchObject({ value: '2024-11-06T23:30-08:00', granularity: 'time', source: 'option' });
    // 2024-11-06 is a Wednesday: "Tuesday" is the 5th, resolved against the day as written.
    expect(a.dates.map((d) => [d.text, d.value])).toContainEqual(['Tuesday', '2024-11-05']);
  });

  it("gives a date-time written without an offset the timezone option's offset", () => {
    const a = extract('The harbour board approved the dredging plan on Tuesday after a long debate.', { publishedAt: '2024-11-06T09:00', timezone: 'Europe/Berlin' });
    expect(a.publishedAt?.value).toBe('2024-11-06T09:00+01:00');
  });

  it('still takes a Date object as an instant in UTC', () => {
    const a = extract('The harbour board approved the dredging plan on Tuesday after a long debate.', { publishedAt: new Date(Date.UTC(2024, 10, 6, 7, 30)) });
    expect(a.publishedAt?.value).toBe('2024-11-06T07:30Z');
  });

  it('keeps the offset a time in the text is written with, and gives a bare time the day beside it', () => {
    const a = extract('The ministry published the decree on Nov. 6, 2024 at 2:30 p.m. IST, and the court sat again at 9 a.m.', { publishedAt: '2024-11-08' });
    const values = a.dates.map((d) => d.value);
    expect(values).toContain('2024-11-06T14:30+05:30');
    expect(values).toContain('2024-11-06T09:00Z');
  });
});
