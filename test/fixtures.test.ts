// Every annotated case in fixtures/cases, field by field: a failure names the fixture and field.
import { describe, expect, it } from 'vitest';
import { ArticleSchema, extract } from '../src/index.js';
import { digestDiff, leakedBoilerplate, loadCases, missingKeep, norm, spanFaults, storiesDiff } from './helpers/cases.js';
import { KNOWN_GAPS } from './known-gaps.js';

const cases = loadCases();

describe.each(cases)('fixture $name', ({ name, text, gold }) => {
  const article = extract(text, { format: 'text' });
  const check = (field: string, fn: () => void) => {
    const gap = KNOWN_GAPS[name]?.includes(field);
    (gap ? it.fails : it)(field, fn);
  };

  check('schema', () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.source.text).toBe(text);
  });
  check('spans', () => expect(spanFaults(article)).toBe(0));
  check('keep', () => expect(missingKeep(article, gold)).toEqual([]));
  check('remove', () => expect(leakedBoilerplate(article, gold)).toEqual([]));
  check('headline', () => {
    const ok = [gold.headline, ...(gold.headlineAlternatives ?? [])].map(norm);
    expect(ok).toContain(norm(article.headline));
  });
  check('kicker', () => expect(norm(article.kicker)).toBe(norm(gold.kicker)));
  check('byline', () => expect(article.byline.map(norm).sort()).toEqual(gold.byline.map(norm).sort()));
  check('digest', () => expect(digestDiff(article, gold)).toEqual({ missing: [], extra: [] }));
  check('stories', () => expect(storiesDiff(article, gold)).toEqual({ missing: [], extra: [] }));
  if (gold.publishedAt) {
    const { earliest, latest } = gold.publishedAt;
    check('publishedAt', () => {
      const day = article.publishedAt?.value.slice(0, 10) ?? '';
      expect(day >= earliest && day <= latest, `${day} not in ${earliest}..${latest}`).toBe(true);
    });
  }
});

it('has at least 30 cases over at least 12 styles', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
});
