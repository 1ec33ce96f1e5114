// Issue 12, point 3: which of a page's dates is its publication date (invented pages and outlets).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const story =
  '<article><h1>Valley orchard growers count a late frost</h1>' +
  '<p>Orchard growers in the upper valley counted their losses this week after a late frost hit the blossoms of early apple varieties.</p>' +
  '<p>The growers association said most of the pear harvest should still come in, though later than usual, and asked the county for advice.</p></article>';
const withMeta = (meta: string) => `<html><head>${meta}<title>Valley orchard growers count a late frost</title></head><body>${story}</body></html>`;

describe('publication date from meta tags', () => {
  it('reads meta names that spell a publication date beyond the common ones', () => {
    for (const name of ['pub-date', 'published-date', 'analytics-pub-date', 'publish_date', 'published']) {
      expect(extract(withMeta(`<meta name="${name}" content="2023-05-17">`)).publishedAt?.value, name).toBe('2023-05-17');
    }
  });

  it('prefers a name that says date over one that says time, and never reads an update', () => {
    const a = extract(withMeta('<meta name="published-time" content="2025-01-09T08:00:00Z"><meta name="published-date" content="2023-05-17">'));
    expect(a.publishedAt?.value).toBe('2023-05-17');
    expect(extract(withMeta('<meta name="last-published" content="2025-01-09"><meta name="updated-date" content="2025-01-10">')).publishedAt).toBeNull();
  });
});

describe('publication date from a text header', () => {
  const prose =
    'Homeowners planning a kitchen remodel should expect the work to run in three phases, contractors in the county said this week. ' +
    'Design and permits usually take a month, demolition and rough-in about two weeks, and finishing work the rest of the time.';
  const page = (dateLine: string, footer = '') =>
    `Understanding renovation phases and timelines\n${dateLine}\n\n${prose}\n\n${prose.replace('kitchen', 'bathroom')}\n${footer}`;

  it('reads a dotted date month-first where the page\'s own dates show month-first', () => {
    expect(extract(page('09.10.2024')).publishedAt?.value).toBe('2024-10-09');
    const usPage = page('09.10.2024', '\nMore guides\nWhat a permit costs\n11.24.2025\nChoosing a contractor\n11.04.2025\n');
    expect(extract(usPage).publishedAt?.value).toBe('2024-09-10');
  });

  it('takes no date from an offer\'s deadline', () => {
    expect(extract(page('Limited Time Offer ~ Redeem by 12/31/2025')).publishedAt).toBeNull();
    expect(extract(page('By Dana Whitlock | December 2, 2025')).publishedAt?.value).toBe('2025-12-02');
  });

  it('reads a date the scraper glued to the reading time after it', () => {
    expect(extract(page('Mar 27, 20255 mins')).publishedAt?.value).toBe('2025-03-27');
    expect(extract(page('by Dana Whitlock May 2nd 202511 mins read')).publishedAt?.value).toBe('2025-05-02');
  });

  it('reads a date line that an affiliate disclosure closes: the disclosure is no offer', () => {
    const line = 'Published: Mar 8, 2024 · Modified: May 19, 2025 by Dana Whitlock · This post may contain affiliate links';
    expect(extract(page(line)).publishedAt?.value).toBe('2024-03-08');
  });
});

describe('a relative stamp dated by the masthead', () => {
  const page = (masthead: string, stamp: string) =>
    `Valley Today\n${masthead}\n- Home\n- News\n- Weather\n- Travel\n- Sport\n- Business\n- Community\n- Jobs\n- Contact\n\nAmber snow warning issued for the high ground\n${stamp}\n\n` +
    'An amber warning for heavy snow has been issued for the upper valley, with forecasters saying rural roads could be cut off for a time.\n' +
    'Between 10cm and 15cm of snow is likely in many areas, the weather service said, with drifting in strong northerly winds.';

  it('reads "2 hours ago" under the headline as the masthead\'s day, and "3 days ago" as three days before it', () => {
    const hours = extract(page('Fri 16 Jan 2026', 'Published: 2 hours ago'), { format: 'text' }).publishedAt;
    expect([hours?.value, hours?.relative]).toEqual(['2026-01-16', true]);
    expect(extract(page('Fri 16 Jan 2026', 'Published 3 days ago'), { format: 'text' }).publishedAt?.value).toBe('2026-01-13');
  });

  it('reads nothing without a masthead day, or with two days above the headline', () => {
    expect(extract(page('Weather and travel', 'Published: 2 hours ago'), { format: 'text' }).publishedAt).toBeNull();
    expect(extract(page('Fri 16 Jan 2026\nThu 15 Jan 2026', 'Published: 2 hours ago'), { format: 'text' }).publishedAt).toBeNull();
  });
});

describe('publication date stated below the header', () => {
  const para = (day: string) =>
    `The ferry company will add a late crossing on ${day} evenings from June, its operations manager said, after commuters asked for a later boat home from the city.`;
  const body = [para('Friday'), para('Saturday'), para('Sunday'), para('Monday')].join('\n');

  it('reads a publication line at the article\'s foot, or a date under its label, where the header has none', () => {
    const foot = (lines: string) => `Island Notes\n\nLate ferry added for commuters\n\n${body}\n\n${lines}\n\nRelated posts`;
    expect(extract(foot('Published August 13, 2025'), { format: 'text' }).publishedAt?.value).toBe('2025-08-13');
    expect(extract(foot('Published\nAugust 13, 2025\nAuthor\nLale Ersoy'), { format: 'text' }).publishedAt?.value).toBe('2025-08-13');
    // An update, or two pieces that each state their day (comments, teasers), state no publication.
    expect(extract(foot('Last published August 13, 2025'), { format: 'text' }).publishedAt).toBeNull();
    expect(extract(foot('Published August 13, 2025\nA reader writes\nPublished August 20, 2025'), { format: 'text' }).publishedAt).toBeNull();
  });

  it('keeps a dateline beside its byline when a standfirst the scraper wrote twice stands above them', () => {
    const dek = 'Commuters asked for a later boat home from the city, and the ferry company listened to them this spring.';
    const text = `Island Notes\n\nLate ferry added for commuters\n${dek}\n${dek}\nLale Ersoy\nAugust 13, 2025\n\n${body}`;
    expect(extract(text, { format: 'text' }).publishedAt?.value).toBe('2025-08-13');
  });
});

describe('a numeric date line with a 24-hour time', () => {
  const prose =
    'The county team held on for a narrow win on Wednesday night, their first at home since the autumn, after a tense second half in the rain. ' +
    'Their coach said afterwards that the players had earned a rest before the next round of fixtures.';
  const page = (dateLine: string) => `County hold on for a narrow home win\nBy Jane Doe\n${dateLine}\n\n${prose}\n\n${prose.replace('county', 'visiting')}`;

  it('reads the day first where the time is past noon on a 24-hour clock, and keeps the zone with it', () => {
    expect(extract(page('Published: 12/03/2025 22:10')).publishedAt?.value).toBe('2025-03-12T22:10Z');
  });

  it('reads the month first where nothing on the page says otherwise', () => {
    expect(extract(page('Published: 12/03/2025 10:10 a.m.')).publishedAt?.value.slice(0, 10)).toBe('2025-12-03');
  });
});
