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
