// Property-based tests (fast-check): extract never throws on a string, its output passes the
// schema, spans are sound, text input is fully accounted for, and it is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, extract } from '../src/index.js';
import { spanFaults } from './helpers/cases.js';

const RUNS = 1000;

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/);
const sentence = fc.array(word, { minLength: 3, maxLength: 18 }).map((ws) => `${ws.join(' ')}.`);
const line = fc.oneof(
  sentence,
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
  fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')),
  sentence.map((s) => `- ${s}`),
  sentence.map((s) => `• ${s}`),
  word.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}: ${'Officials said on Monday the plan would cost $3 billion.'}`),
  fc.constantFrom('Subscribe now for $1 a week', 'Share this article', 'Advertisement', 'Listen to this article', '- March 3, 2025:', 'Published 4 March 2025', 'By Jane Doe', 'IN BRIEF', '© 2025 Example Media', 'As of last year:', '16:45 BST'),
  fc.constantFrom('', ' ', '\u00a0', '\u200b', '\ufeff'),
);
const newline = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const page = fc.array(fc.tuple(line, newline), { minLength: 0, maxLength: 25 }).map((parts) => parts.map(([l, n]) => l + n).join(''));
const htmlPage = fc.array(fc.tuple(fc.constantFrom('p', 'div', 'li', 'h1', 'h2', 'nav', 'aside', 'footer', 'script', 'article', 'span'), line), { maxLength: 15 }).map(
  (els) => `<html><body>${els.map(([t, l]) => `<${t} class="x">${l.replace(/</g, '&lt;')}</${t}>`).join('')}</body></html>`,
);
const anyString = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), page, htmlPage);

describe('properties: counterexamples found by fast-check, kept as fixed cases', () => {
  it('keeps the body whole when it is extracted again after a leading live-blog stamp', () => {
    const page = '• a A A a A A A a a Aaa.\n16:45 BST\nA: Officials said on Monday the plan would cost $3 billion.\n16:45 BST\n- A A a A a A.\n';
    const first = extract(page, { format: 'text' });
    const again = extract(first.body, { format: 'text' });
    expect(again.headline).toBeNull();
    expect(again.body).toBe(first.body);
  });
});

describe('properties', () => {
  it('never throws on a string and always passes ArticleSchema', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const a = extract(s);
        expect(ArticleSchema.safeParse(a).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('every span lies inside source.text and holds its record text', () => {
    const clean = (x: string) => x.replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(fc.oneof(page, htmlPage), (s) => {
        const a = extract(s);
        const src = a.source.text;
        for (const rec of [...a.blocks, ...a.boilerplate, ...a.stories, ...a.digest, ...a.figures, ...a.dates]) {
          const [start, end] = rec.span;
          expect(0 <= start && start <= end && end <= src.length).toBe(true);
          // A range's lower end ("8%" of "8-10%") spans the range as written and holds its number.
          const held = 'unit' in rec && 'value' in rec ? (/^\D*\d[\d.,']*/.exec(rec.text)?.[0] ?? rec.text) : rec.text;
          if ('text' in rec && rec.text && !('granularity' in rec && rec.span[1] === 0)) expect(clean(src.slice(start, end))).toContain(clean(held).slice(0, 20));
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('for text input, blocks and boilerplate cover every non-space character exactly once', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.string({ maxLength: 300 })), (s) => {
        expect(spanFaults(extract(s, { format: 'text' }))).toBe(0);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('is deterministic, and extracting the body again keeps all of it', () => {
    fc.assert(
      fc.property(page, (s) => {
        const a = extract(s, { format: 'text' });
        expect(extract(s, { format: 'text' })).toEqual(a);
        if (a.body.trim()) {
          const again = extract(a.body, { format: 'text' });
          const norm = (x: string) => x.replace(/\s+/g, ' ').trim();
          // Everything kept the second time came from the first body, and the article's prose survives.
          expect(norm(a.body)).toContain(norm(again.body).slice(0, 40));
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
