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

describe('tense conventions for weekdays', () => {
  // 2025-04-16 is a Wednesday.
  it('reads a deferral verb before a target preposition as pointing ahead', () => {
    expect(dates('The harbour board postponed until Tuesday any vote on the new ferry fares.', '2025-04-16')).toContainEqual(['Tuesday', '2025-04-22', 'day']);
    expect(dates('The trial was adjourned to Monday after a juror fell ill.', '2025-04-16')).toContainEqual(['Monday', '2025-04-21', 'day']);
    // Without a deferral verb a past verb before "until" says nothing, and a bare weekday is the last one.
    expect(dates('The pickets stayed outside the depot until Monday.', '2025-04-16')).toContainEqual(['Monday', '2025-04-14', 'day']);
  });

  it('dates the planning itself when the weekday heads the sentence', () => {
    expect(dates('On Monday, the district council planned to reopen the library by summer.', '2025-04-16')).toContainEqual(['Monday', '2025-04-14', 'day']);
    expect(dates('The district council plans to reopen the library on Monday.', '2025-04-16')).toContainEqual(['Monday', '2025-04-21', 'day']);
  });

  it('reads a participle after an article and an adverb as an adjective, not a past tense', () => {
    // "a still unspecified date": the clause's tense is "would".
    expect(dates('The bonus would be paid on a still unspecified date in February to staff on the payroll on Dec. 20.', '2024-10-30')).toContainEqual(['February', '2025-02', 'month']);
    expect(dates('The bonus would be paid on a still unspecified date in February to staff on the payroll on Dec. 20.', '2024-10-30')).toContainEqual(['Dec. 20', '2024-12-20', 'day']);
    expect(dates('The family planned a reunion on Saturday.', '2025-04-16')).toContainEqual(['Saturday', '2025-04-12', 'day']);
  });

  it('reads a plural present-tense "meet" as a schedule, like "meets"', () => {
    expect(dates('The two union leaders meet separately Monday with the transport minister.', '2025-04-16')).toContainEqual(['Monday', '2025-04-21', 'day']);
  });

  it('does not read "next to" as a future', () => {
    expect(dates('A gas main burst next to the old market hall on Friday, the fire service said.', '2025-04-16')).toContainEqual(['Friday', '2025-04-11', 'day']);
  });

  it('keeps "Yesterday" before a name, and "today\'s" before an event, as days', () => {
    const d = dates("Yesterday Lakeford mayor Ines Varga opened the bridge. Today's vote on the budget is the last of the session, and tomorrow's hearing starts early.", '2025-04-16');
    expect(d).toContainEqual(['Yesterday', '2025-04-15', 'day']);
    expect(d).toContainEqual(["Today", '2025-04-16', 'day']);
    expect(d).toContainEqual(['tomorrow', '2025-04-17', 'day']);
    expect(dates("The festival speaks to today's youth in a way few events do.", '2025-04-16').map(([t]) => t)).not.toContain('today');
  });

  it('reads an English figure with a dot as a number, not a clock time, unless a time word says so', () => {
    const d = dates('The index fell 1.2%, or 5.38, on Friday. The last ferry leaves at 9.45 on Saturday.', '2025-04-16');
    expect(d).toContainEqual(['Friday', '2025-04-11', 'day']);
    expect(d.map(([t]) => t)).not.toContain('5.38, on Friday');
    expect(d.some(([, v]) => String(v).startsWith('2025-04-19T09:45'))).toBe(true);
  });
});

describe('the period a results story reports', () => {
  it('measures "a year ago" from the reported quarter, not a quarter of history named earlier', () => {
    const d = dates(
      'Norvale Power stopped paying a dividend in the third quarter of 1991 because of trouble at its coal plant. ' +
        'Norvale reported third-quarter net of $41 million, or 62 cents a share, up from $37 million a year ago.',
      '2024-10-28',
    );
    expect(d).toContainEqual(['the third quarter of 1991', '1991-Q3', 'quarter']);
    expect(d).toContainEqual(['a year ago', '2023-Q3', 'quarter']);
  });

  it('reads "the corresponding period last year", "last year\'s quarter" and "the quarter a year ago" as the reported quarter a year back', () => {
    const d = dates(
      'Brightwell Tools posted a loss for the second quarter ended June 30, against a profit for the corresponding period last year. ' +
        "Export sales for last year's quarter were $3 million. For the quarter a year ago, it earned $2 million. Last year the company sold its boat unit.",
      '2024-08-06',
    );
    expect(d).toContainEqual(['the corresponding period last year', '2023-Q2', 'quarter']);
    expect(d).toContainEqual(["last year's quarter", '2023-Q2', 'quarter']);
    expect(d).toContainEqual(['the quarter a year ago', '2023-Q2', 'quarter']);
    expect(d).toContainEqual(['Last year', '2023', 'year']);
    // Our own passages read "the same period last year" as the year.
    expect(dates('Profit fell in the second quarter, compared with the same period last year.', '2024-08-06')).toContainEqual(['last year', '2023', 'year']);
  });

  it('reads "this quarter\'s loss", "the latest period" and "the full year" against the story, "this quarter" alone as the current one', () => {
    const d = dates(
      "Harwick Mills lost $4 million in the third quarter. This quarter's loss includes a plant closing charge. " +
        'Sales in the latest period fell 6%. The chief executive forecast higher earnings for the full year.',
      '2024-11-05',
    );
    expect(d).toContainEqual(['This quarter', '2024-Q3', 'quarter']);
    expect(d).toContainEqual(['the latest period', '2024-Q3', 'quarter']);
    expect(d).toContainEqual(['the full year', '2024', 'year']);
    expect(dates('The agency expects to hire 40 people this quarter.', '2024-11-05')).toContainEqual(['this quarter', '2024-Q4', 'quarter']);
  });
});
