// Fixes of stop 42, each found on a page the library had not seen (texts written in our own words).
// Each test fails without its fix.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { prose, more, page as newsPage, removedByRule } from './helpers/probe-page.js';

/** The line, set between an article's paragraphs, leaves the body and is removed by a catalog rule. */
function expectRemovedByRule(line: string): void {
  const a = extract(newsPage(line));
  expect(a.body).not.toContain(line);
  expect(removedByRule(a, line)).toBe(true);
}

describe("a press release's sign-off: 'About <issuer>' over the issuer's description", () => {
  const release = (about: string, description: string) =>
    `Newsroom\nPress releases\n\nMarch 3, 2026\nHalloran Mills to reopen its Carvel wool plant, creating 140 jobs\n\n${prose}\n\n${more}\n\n` +
    'Production is due to start in the autumn, the company said, once the looms have been refitted.\n\n' +
    `${about}\n${description}\nMedia contact\npress@halloran.example\n`;

  it('ends the article at the heading when the next line describes the issuer', () => {
    const a = extract(release('About Halloran Mills', 'Founded in 1902, Halloran Mills spins and weaves wool for tailors in nine countries. Learn more at halloran.example.'));
    expect(a.body).toContain('once the looms have been refitted');
    expect(a.body).not.toContain('About Halloran Mills');
    expect(a.body).not.toContain('spins and weaves wool for tailors');
    expect(a.boilerplate.find((b) => b.text === 'About Halloran Mills')?.rule).toBe('pressrelease.about');
  });

  it('leaves a heading that no description of it follows', () => {
    const a = extract(newsPage('About Carvel\nThe town lost its last mill in 1998, and the high street has struggled since, traders say.'));
    expect(a.boilerplate.some((b) => b.rule === 'pressrelease.about')).toBe(false);
    expect(a.body).toContain('The town lost its last mill in 1998');
    expect(a.body).toContain(more);
  });

  it('reads a company suffix\'s full stop as no sentence end', () => {
    const a = extract(release('About Halloran Mills Ltd.', 'Halloran Mills has spun wool in Carvel since 1902 and sells to tailors in nine countries.'));
    expect(a.body).not.toContain('has spun wool in Carvel since 1902');
    expect(a.boilerplate.find((b) => b.text === 'About Halloran Mills Ltd.')?.rule).toBe('pressrelease.about');
  });
});
