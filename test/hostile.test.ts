// Hostile inputs: nothing crashes, hangs, leaks script text into the body or pollutes prototypes.
import { describe, expect, it } from 'vitest';
import { ArticleSchema, extract } from '../src/index.js';
import { spanFaults } from './helpers/cases.js';

const ok = (input: string, options = {}) => {
  const a = extract(input, options);
  expect(ArticleSchema.safeParse(a).success).toBe(true);
  return a;
};
const PROSE = 'The city council approved the new transit budget on Tuesday after a long debate about bus routes.';

describe('hostile inputs', () => {
  it('binary garbage, NUL bytes and lone surrogates', () => {
    const bytes = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(spanFaults(ok(bytes, { format: 'text' }))).toBe(0);
    const a = ok(`${PROSE}\u0000\u0000 More text\ud800 and \udfff here.`);
    expect(a.body).not.toContain('\u0000');
    expect(spanFaults(a)).toBe(0);
  });

  it('RTL, CJK, zero-width characters, BOM, CRLF and lone CR', () => {
    const a = ok(`\ufeffعنوان الخبر\r\nقال المجلس يوم الثلاثاء إنه وافق على الميزانية الجديدة للنقل بعد نقاش طويل.\r東京都は火曜日、新しい交通予算を承認したと発表した。議会では長い議論が続いた。\nZero\u200bwidth\u200d${PROSE}`);
    expect(spanFaults(a)).toBe(0);
    expect(a.body).toContain('東京都は火曜日');
  });

  it('a 1 MB line without spaces and 100,000 short lines', () => {
    ok('x'.repeat(1_000_000));
    const many = Array.from({ length: 100_000 }, (_, i) => (i % 10 === 0 ? PROSE : `Item ${i}`)).join('\n');
    const a = ok(many, { format: 'text' });
    expect(spanFaults(a)).toBe(0);
  }, 120_000);

  it('10,000 nested elements, unclosed tags and a 2 MB attribute', () => {
    const deep = ok(`<html><body>${'<div>'.repeat(10_000)}<p>${PROSE}</p>${'</div>'.repeat(10_000)}</body></html>`);
    expect(deep.body).toContain('city council');
    ok(`<html><body><div><p>${PROSE}<p>${PROSE}<span><b><i>unclosed`);
    const a = ok(`<html><body><div data-x="${'a'.repeat(2_000_000)}"><p>${PROSE}</p></div></body></html>`, { maxInputBytes: 10_000_000 });
    expect(a.body).toContain('city council');
  }, 120_000);

  it('script-only pages and inline scripts never reach the body', () => {
    const a = ok('<html><head><script>var secret = "do not show"; function f(){}</script></head><body><script>window.x = 1;</script><style>p{color:red}</style></body></html>');
    expect(a.body).toBe('');
    const b = ok(`<html><body><article><p>${PROSE}</p><script>document.write("tracking pixel")</script><p>${PROSE}</p></article></body></html>`);
    expect(b.body).not.toMatch(/tracking|document\.write|color:red/);
  });

  it('JSON-LD that tries __proto__ does not pollute prototypes', () => {
    const ld = '{"@type":"NewsArticle","headline":"Polluted?","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"name":"x"}}}';
    const a = ok(`<html><head><script type="application/ld+json">${ld}</script><script type="application/ld+json">[null, 3, "x", {"@graph": [null]}]</script></head><body><p>${PROSE}</p></body></html>`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(a.headline).toBe('Polluted?');
  });
});
