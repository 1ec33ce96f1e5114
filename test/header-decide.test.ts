// The header's decisions where a rule is right by construction and overrides the model's doubt.
import { describe, expect, it } from 'vitest';
import { chooseBylines, chooseDate, chooseHeadline } from '../src/header/decide.js';
import { BYLINE_SOURCE, DATE_SOURCE, type BylineCandidate, type DateCandidate } from '../src/header/features.js';
import { compileModel } from '../src/header/model.js';

// A model that doubts every line naming someone: "none" always scores higher.
const doubting = compileModel({ base: 0, trees: [['names.count', 0.1, 1, -1]] });

function candidate(line: number, names: string[], x: Record<string, number>, inner = false): BylineCandidate {
  const features = { bias: 1, 'names.count': names.length / 3, 'pos.region': 1, 'pos.bottom': 0, 'cls.nav': 0, 'cls.rule': 0, 'names.single': names.every((n) => !n.includes(' ')) ? 1 : 0, prefix: 1, 'prefix.strong': 1, ...x };
  return { line, x: features as BylineCandidate['x'], reading: { names, prefixed: true, strong: true, ...(inner ? { inner } : {}) } };
}
const none = (): BylineCandidate => ({ line: BYLINE_SOURCE.none, x: { bias: 1 } as BylineCandidate['x'], reading: { names: [], prefixed: false, strong: false } });

describe('chooseBylines', () => {
  it('keeps a "By Jane Doe" line opening the article even when the model prefers none', () => {
    const chosen = chooseBylines([candidate(12, ['Jane Doe'], {}), none()], doubting, 0.1);
    expect(chosen.map((c) => c.reading.names)).toEqual([['Jane Doe']]);
  });

  it('leaves the doubt standing for a byline word inside a line, navigation, a lone word or a line outside the article', () => {
    for (const c of [
      candidate(12, ['Step Guide'], {}, true),
      candidate(12, ['Jane Doe'], { 'cls.nav': 1 }),
      candidate(12, ['Admin'], {}),
      candidate(12, ['Jane Doe'], { 'pos.region': 0 }),
    ]) expect(chooseBylines([c, none()], doubting, 0.1)).toEqual([]);
  });

  it('takes a dateline naming people on a narrower margin over "none" than a bare line', () => {
    // "none" a little likelier than the line (e^-0.1), as for "Jane Doe | 05.04.2025".
    const unsure = compileModel({ base: 0, trees: [['names.count', 0.1, 0, -0.1]] });
    const line = (x: Record<string, number>, names = ['Lena Marsh']) => ({ ...candidate(20, names, { prefix: 0, 'prefix.strong': 0, ...x }), reading: { names, prefixed: false, strong: false } });
    expect(chooseBylines([line({ date: 1 }), none()], unsure, 0.1).map((c) => c.reading.names)).toEqual([['Lena Marsh']]);
    expect(chooseBylines([line({}), none()], unsure, 0.1)).toEqual([]);
    // Words that are not a name of two or three words get no such allowance.
    expect(chooseBylines([line({ date: 1 }, ['Digital Office Organizing Papers']), none()], unsure, 0.1)).toEqual([]);
    // Nor does a dated teaser of a list below the article ("By Jo Penn" / "Mar 9, 2026" / next teaser).
    expect(chooseBylines([line({ date: 1, 'pos.bottom': 1, 'list.peers': 2 / 3 }), none()], unsure, 0.1)).toEqual([]);
  });
});

describe('a line that signs the article outside the header', () => {
  it('names the author where the model finds no byline, unless it sits in a list, beside other bylines or in a credit', () => {
    const signed = (x: Record<string, number> = {}) => candidate(240, ['Marguerite Okafor'], { 'pos.far': 1, 'list.peers': 0, 'list.item': 0, 'cls.credit': 0, ...x });
    expect(chooseBylines([signed(), none()], doubting, 0.1, 0.5, 10).map((c) => c.reading.names)).toEqual([['Marguerite Okafor']]);
    for (const x of [{ 'list.peers': 1 / 3 }, { 'list.item': 1 }, { 'cls.credit': 1 }, { 'names.single': 1 }] as Record<string, number>[]) {
      expect(chooseBylines([signed(x), none()], doubting, 0.1, 0.5, 10)).toEqual([]);
    }
    // Far above the headline is the site's menu ("By Industry"), not the article's author.
    expect(chooseBylines([{ ...signed(), line: 2 }, none()], doubting, 0.1, 0.5, 60)).toEqual([]);
  });

  it('is never the model\'s pick over a byline in the header', () => {
    // A model that would rate the far line highest, were it among the model's candidates.
    const trusting = compileModel({ base: 0, trees: [['pos.far', 0.5, 0, 2]] });
    const header = candidate(12, ['Jane Doe'], { 'pos.far': 0 });
    const signed = candidate(240, ['Marguerite Okafor'], { 'pos.far': 1 });
    expect(chooseBylines([header, signed, none()], trusting, 0.1, 0.5, 10).map((c) => c.reading.names)).toEqual([['Jane Doe']]);
  });
});

describe('chooseDate', () => {
  const day = (line: number, d: string | null, x: Record<string, number> = {}): DateCandidate => ({ line, day: d, x: { bias: 1, ...x } as unknown as DateCandidate['x'] } as DateCandidate);
  // A model that scores a teaser's line (marked 'teaser') above anything else.
  const teaserLoving = compileModel({ base: 0, trees: [['teaser', 0.5, 0, 2]] });

  it('takes the day the metadata and a header line both state over a teaser the model likes better', () => {
    const candidates = [day(3, '2023-04-27', { teaser: 1 }), day(9, '2023-04-28'), day(DATE_SOURCE.metadata, '2023-04-28'), day(DATE_SOURCE.none, null, { none: 1 })];
    expect(chooseDate(candidates, teaserLoving, 0.65)?.day).toBe('2023-04-28');
    // Without the metadata's word, the teaser's day stands.
    expect(chooseDate(candidates.filter((c) => c.line !== DATE_SOURCE.metadata), teaserLoving, 0.65)?.day).toBe('2023-04-27');
  });

  it('reads a line showing the modification day, days after publication, as the update', () => {
    // The model likes the line best, then the metadata's published day.
    const model = compileModel({ base: 0, trees: [['shown', 0.5, 0, 3], ['meta', 0.5, 0, 2], ['none', 0.5, 0, -5]] });
    const page = (modified: string) => [day(8, modified, { shown: 1 }), day(DATE_SOURCE.metadata, '2024-04-19', { meta: 1 }), day(DATE_SOURCE.metadataModified, modified), day(DATE_SOURCE.none, null, { none: 1 })];
    expect(chooseDate(page('2024-04-20'), model, 0.65)?.day).toBe('2024-04-19');
    // A year apart, the line's day is the page's own statement.
    expect(chooseDate(page('2025-04-20'), model, 0.65)?.day).toBe('2025-04-20');
  });

  it('reads a print edition\'s day as no publication day, but as agreeing with metadata a day earlier', () => {
    // The model likes the print line best ("Ausgabe vom 26.04.2024"), a caption's old date next.
    const model = compileModel({ base: 0, trees: [['print', 0.5, 0, 2], ['caption', 0.5, 0, 1.5], ['meta', 0.5, 0, 1.5], ['none', 0.5, 0, -2]] });
    const printLine = day(19, '2024-04-26', { print: 1, 'label.print': 1 });
    const page = [printLine, day(25, '2010-12-06', { caption: 1 }), day(DATE_SOURCE.metadata, '2024-04-25', { meta: 1 }), day(DATE_SOURCE.none, null, { none: 1 })];
    expect(chooseDate(page, model, 0.65)?.day).toBe('2024-04-25');
    // Without metadata, the print day is not taken, and the caption alone is too doubtful.
    expect(chooseDate(page.filter((c) => c.line !== DATE_SOURCE.metadata), model, 0.65)).toBeNull();
    // A print edition two days after the metadata's day does not attest it.
    const late = { ...printLine, day: '2024-04-27' };
    expect(chooseDate([late, ...page.slice(1)], model, 0.65)).toBeNull();
  });
});

describe('chooseHeadline', () => {
  const line = (n: number, x: Record<string, number>) => ({ line: n, x: { ...x } as never });
  // A model that likes a line next to the body ('near') a little more than a title-like one.
  const model = compileModel({ base: 0, trees: [['near', 0.5, 0, 3.5], ['titleish', 0.5, 0, 3]] });

  it('takes a title the page states twice in a row just above a pick that is nearly as likely', () => {
    const title = line(34, { titleish: 1, 'prev.same': 1 });
    const dek = line(36, { near: 1 });
    expect(chooseHeadline([title, dek], model)?.line).toBe(34);
    // Stated once, or far above, or much less likely, it does not override the model.
    expect(chooseHeadline([line(34, { titleish: 1 }), dek], model)?.line).toBe(36);
    expect(chooseHeadline([line(30, { titleish: 1, 'prev.same': 1 }), dek], model)?.line).toBe(36);
    expect(chooseHeadline([line(34, { 'prev.same': 1 }), dek], model)?.line).toBe(36);
    // A repeated line a boilerplate rule claims ("Sign in") is no title.
    expect(chooseHeadline([line(34, { titleish: 1, 'prev.same': 1, 'cls.rule': 1 }), dek], model)?.line).toBe(36);
  });
});
