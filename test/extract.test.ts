import { describe, expect, it } from 'vitest';
import { ArticleSchema, extract, NewsdistillError } from '../src/index.js';
import { spanFaults } from './helpers/cases.js';

const PAGE = [
  'Menu',
  'Home',
  'World',
  'Harbour authority approves second container terminal',
  'By Ana Ruiz',
  'Published March 3, 2025',
  'The port authority voted on Monday to build a second container terminal, doubling capacity by 2030 at a cost of $1.2 billion.',
  'Share this article',
  'Officials said the expansion would create about 900 permanent jobs and ease congestion that has left ships waiting for days.',
  'Advertisement',
  'Residents living near the docks have raised concerns about truck traffic, and the authority promised a noise study before construction starts.',
  '© 2025 Example Media. All rights reserved.',
].join('\n');

describe('extract', () => {
  it('returns a schema-valid Article whose source is the input', () => {
    const a = extract(PAGE);
    expect(ArticleSchema.parse(a)).toEqual(a);
    expect(a.source).toEqual({ format: 'text', text: PAGE });
    expect(a.schemaVersion).toBe(1);
  });

  it('finds headline and byline and removes furniture with reasons', () => {
    const a = extract(PAGE);
    expect(a.headline).toBe('Harbour authority approves second container terminal');
    expect(a.byline).toEqual(['Ana Ruiz']);
    expect(a.body).toContain('The port authority voted on Monday');
    expect(a.body).not.toContain('Share this article');
    expect(a.body).not.toContain('Advertisement');
    const reasons = Object.fromEntries(a.boilerplate.map((b) => [b.text, b.reason]));
    expect(reasons['Share this article']).toBe('share');
    expect(reasons['Advertisement']).toBe('advertisement');
    expect(reasons['© 2025 Example Media. All rights reserved.']).toBe('legal');
  });

  it('accounts for every non-space character exactly once', () => {
    expect(spanFaults(extract(PAGE))).toBe(0);
  });

  it('keeps offsets right through CRLF, BOM, NBSP and zero-width characters', () => {
    const odd = '\uFEFFHarbour\u00a0authority approves terminal\r\nBy Ana Ruiz\r\n\r\nThe port\u200b authority voted on Monday to build a second terminal at the harbour.\rOfficials said it would create about 900 jobs over the next decade.\r\n';
    const a = extract(odd);
    expect(spanFaults(a)).toBe(0);
    for (const b of a.blocks) {
      // The span's slice, cleaned the same way, holds the block's text.
      const slice = odd.slice(b.span[0], b.span[1]).replace(/[\u200b\uFEFF]/g, '').replace(/\u00a0/g, ' ');
      expect(slice).toContain(b.text);
    }
    expect(a.body).toContain('The port authority voted on Monday');
  });

  it('is deterministic', () => {
    expect(extract(PAGE)).toEqual(extract(PAGE));
  });

  it('keeps real sentences that talk about subscriptions and podcasts', () => {
    const text = [
      'Streaming service adds subscribers',
      'The streaming company said subscriptions rose 12% in the quarter as its cheaper plan drew new customers in Asia and Europe.',
      'Her weekly podcast drew two million listeners last month, the network said in a statement on Tuesday.',
      'Subscribe now for unlimited access — just $1 a week.',
    ].join('\n');
    const a = extract(text);
    expect(a.body).toContain('subscriptions rose 12%');
    expect(a.body).toContain('Her weekly podcast drew');
    expect(a.body).not.toContain('Subscribe now');
  });

  it('gives an Article, not an exception, for empty and odd strings', () => {
    for (const s of ['', '   \n\n', '\u0000\u0001\u0002', '\ud800 lone surrogate', '----', '•']) {
      const a = extract(s);
      expect(ArticleSchema.safeParse(a).success).toBe(true);
      expect(spanFaults(a)).toBe(0);
    }
  });

  it('throws typed errors for wrong types and oversize input', () => {
    expect(() => extract(42 as unknown as string)).toThrow(NewsdistillError);
    try {
      extract(null as unknown as string);
    } catch (err) {
      expect((err as NewsdistillError).code).toBe('INPUT_TYPE');
    }
    try {
      extract('x'.repeat(2000), { maxInputBytes: 1000 });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(NewsdistillError);
      expect((err as NewsdistillError).code).toBe('INPUT_TOO_LARGE');
    }
  });
});
