// The article region: the rules' evidence (hard-wrapped paragraphs, "Term: phrase" lines), the
// region model's feature rows, the first-character dispatch of the boilerplate catalog, and the
// model at work on pages in our own words (teasers and comments after the article, a first paragraph
// outside the main container).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compiledBoilerplateRules, firstCharacters, rulesByFirstCharacter } from '../src/rules/boilerplate.js';
import { isCodeLike, lineFeatures, markCodeRuns, matchRule } from '../src/stages/classify.js';
import { CONTEXT_FEATURES, REGION_FEATURES, contextRows, regionRows } from '../src/model/region-features.js';
import { regionModel } from '../src/model/region-weights.js';
import { countWords, fold } from '../src/text.js';
import type { Line } from '../src/document.js';

const asLine = (text: string, index = 0): Line => ({ index, text, cleanStart: 0, span: [0, text.length], marker: null, indent: 0, blankBefore: false, heading: 0, words: countWords(text) });

const MENU = ['Home', 'World', 'Business', 'Science', 'Sport', 'Culture', 'Opinion', 'Podcasts'];
const STORY = [
  'The harbour authority approved a plan on Monday to rebuild the northern breakwater, which storms have battered for three winters running.',
  'Engineers told the board that the wall had lost nearly a third of its armour stone since 2021, leaving the fishing fleet exposed in easterly gales.',
  'The work will cost about 14 million euros and is expected to start in the spring, once the herring season has closed and the quay is quieter.',
  'Skippers who attended the meeting said they welcomed the decision but asked that the old slipway stay open while the contractors are on site.',
  'The authority said a temporary mooring area would be set up inside the inner basin, and that it would publish a timetable for the works in March.',
  'A similar project in a neighbouring port ran two years over schedule, and several board members asked for monthly progress reports this time.',
];
const TEASERS = [
  ['Ferry timetable changes for the winter', 'Crossings to the islands will run twice a day from November, the operator said.'],
  ['New lighthouse keeper takes up post', 'The first resident keeper in forty years moved in last week.'],
  ['Fish market to open on Sundays', 'Traders voted narrowly in favour of a trial over the summer months.'],
  ['Coastal path closed after landslip', 'Walkers are asked to use the inland route until repairs are finished.'],
];

function textPage(): string {
  return [
    ...MENU,
    'Breakwater to be rebuilt after winter storms',
    'By Ines Moreau',
    '12 February 2025',
    ...STORY,
    'More from the coast',
    ...TEASERS.flat(),
    'Comments (3)',
    'harbourwatcher',
    'About time, the wall has been crumbling for years.',
    'Reply',
    '© 2025 The Coastal Gazette. All rights reserved.',
  ].join('\n');
}

describe('rules evidence for the region', () => {
  it('reads hard-wrapped paragraphs as prose, not as a run of labels', () => {
    const wrapped = [
      'The harbour authority approved a plan on Monday to rebuild the northern',
      'breakwater, which storms have battered for three winters running, and',
      'engineers said the wall had lost nearly a third of its armour stone since',
      'the last repairs, leaving the fishing fleet exposed in easterly gales.',
    ];
    const page = [...MENU, 'Breakwater to be rebuilt', ...wrapped, ...STORY.slice(0, 2), 'Contact us', 'Privacy policy'].join('\n');
    const a = extract(page, { format: 'text' });
    for (const l of wrapped) expect(a.body).toContain(l);
    expect(a.body).not.toContain('Privacy policy');
  });

  it('tells code from menu labels', () => {
    expect(isCodeLike('SELECT name, COUNT(id) FROM users WHERE id = 3;')).toBe(true);
    expect(isCodeLike('const total = items.reduce((a, b) => a + b, 0);')).toBe(true);
    expect(isCodeLike('Sign up for our newsletter')).toBe(false);
    expect(isCodeLike('Q&A | Terms & Conditions | Contact')).toBe(false);
    expect(lineFeatures(asLine('Prices (from $20) vary by region.')).code).toBe(false);
    expect(lineFeatures(asLine('if (retries > 3) { return null; }')).label).toBe(false);
  });

  it('tells "Term: phrase" lines from menu labels', () => {
    expect(lineFeatures(asLine('Battery: up to 18 hours of playback on one charge')).keyValue).toBe(true);
    expect(lineFeatures(asLine('Battery: up to 18 hours of playback on one charge')).label).toBe(false);
    expect(lineFeatures(asLine('Latest headlines')).label).toBe(true);
    expect(lineFeatures(asLine('Updated: 3 March 2025 at 10:00')).keyValue).toBe(false);
  });
});

describe('boilerplate dispatch by first character', () => {
  it('derives the first characters of anchored patterns and refuses to guess the rest', () => {
    expect([...firstCharacters('^(?:share|print)$')!].sort()).toEqual(['p', 's']);
    expect([...firstCharacters('^-? ?(?:anzeige|werbung) ?-?$')!].sort()).toEqual([' ', '-', 'a', 'w']);
    expect([...firstCharacters('^\\(?(?:foto|bild)\\s?:')!].sort()).toEqual(['(', 'b', 'f']);
    expect(firstCharacters('\\bcookies?\\b')).toBeNull();
    expect(firstCharacters('^.{1,80} says:$')).toBeNull();
    expect(firstCharacters('^(?:a|b)?$')).toBeNull();
  });

  it('finds the same first rule as trying every rule in order', () => {
    const rules = compiledBoilerplateRules();
    const { always } = rulesByFirstCharacter();
    expect(always.length).toBeLessThan(rules.length / 2);
    const dir = new URL('../fixtures/cases/', import.meta.url);
    const lines = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => fs.readFileSync(new URL(f, dir), 'utf8').split('\n'))
      .concat(['- Anzeige -', '(Foto: Jan Berg)', 'Il y a 3 heures', '5 min read', 'Leia também:', '14 Kommentare', '[Advertisement]']);
    for (const raw of lines) {
      const text = raw.trim().replace(/^[-•*]\s+/, '');
      if (!text) continue;
      const line = asLine(text);
      const folded = fold(text);
      const brute = rules.find((r) => line.words <= r.maxWords && r.pattern.test(folded) && (!r.also || r.also.exact.test(folded)) && !(r.unless && r.unless.test(folded))) ?? null;
      expect(matchRule(line)?.id ?? null, text).toBe(brute?.id ?? null);
    }
  });
});

describe('region model', () => {
  it('ships weights for both formats that match the features the code computes', () => {
    for (const mode of ['text', 'html'] as const) {
      const m = regionModel(mode);
      expect(m, mode).not.toBeNull();
      expect(m!.line.features).toEqual(REGION_FEATURES);
      if (m!.context) expect(m!.context.features).toEqual([...REGION_FEATURES, ...CONTEXT_FEATURES]);
      expect(m!.line.roots.length).toBeGreaterThan(10);
    }
  });

  it('computes one finite row per line, DOM features zero for text', () => {
    const lines = textPage().split('\n').map((t, i) => asLine(t, i));
    const f = lines.map((l) => lineFeatures(l));
    const rows = regionRows({
      lines, labels: lines.map(() => ({ keep: true })), scores: lines.map((l) => l.words), region: { start: 0, end: lines.length },
      sentence: f.map((x) => x.sentence), label: f.map((x) => x.label), colonHeader: f.map((x) => x.colonHeader), tableRow: f.map((x) => x.tableRow),
      keyValue: f.map((x) => x.keyValue), wrapped: f.map((x) => x.wrapped), dateLike: f.map((x) => x.dateLike), code: f.map((x) => x.code),
      ruleReason: f.map((x) => x.rule?.reason ?? null), hardStop: f.map(() => false),
    });
    expect(rows.length).toBe(lines.length * REGION_FEATURES.length);
    expect(rows.every(Number.isFinite)).toBe(true);
    const inMain = REGION_FEATURES.indexOf('inMain');
    expect(lines.every((_, i) => rows[i * REGION_FEATURES.length + inMain] === 0)).toBe(true);
    const around = contextRows(lines.map(() => 0.5), lines);
    expect(around.length).toBe(lines.length * CONTEXT_FEATURES.length);
    expect(around.every(Number.isFinite)).toBe(true);
  });

  it('keeps the story and drops the teasers, comments and footer after it (text)', () => {
    const a = extract(textPage(), { format: 'text' });
    for (const s of STORY) expect(a.body).toContain(s);
    expect(a.body).not.toContain('Crossings to the islands');
    expect(a.body).not.toContain('About time, the wall');
    expect(a.body).not.toContain('All rights reserved');
    for (const b of a.boilerplate) expect(b.rule).toBeTruthy();
  });

  it('keeps a first paragraph the page set outside the main container (HTML)', () => {
    const nav = `<nav><ul>${MENU.map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></nav>`;
    const teasers = `<aside class="related"><h3>More from the coast</h3>${TEASERS.map(([h, d]) => `<div class="card"><a href="/t"><h4>${h}</h4></a><p>${d}</p></div>`).join('')}</aside>`;
    const html = `<html><head><title>Breakwater to be rebuilt</title></head><body>${nav}<div class="page"><h1>Breakwater to be rebuilt after winter storms</h1>` +
      `<p class="lead">${STORY[0]}</p><div class="article-body">${STORY.slice(1).map((s) => `<p>${s}</p>`).join('')}</div></div>${teasers}` +
      `<footer><p>© 2025 The Coastal Gazette. All rights reserved.</p></footer></body></html>`;
    const a = extract(html, { format: 'html' });
    for (const s of STORY) expect(a.body).toContain(s);
    expect(a.body).not.toContain('Crossings to the islands');
    expect(a.body).not.toContain('Business');
  });

  it('reads a scraped code block as code throughout, its short fragments included, but not a menu of counts', () => {
    // JSX as a scraper flattens it: a few lines carry code punctuation, most are short fragments.
    const code = ['import { useState } from "react";', 'export function TideList({ readings }) {', 'return (', '<ul>', 'Gauges', '{readings.map(r => (', '<li key={r.station}>', 'station', '</li>', '))}', '</ul>', ')', '}'];
    const lines = code.map((t, i) => asLine(t, i));
    const features = lines.map(lineFeatures);
    expect(features.filter((f) => f.label).length).toBeGreaterThan(3);
    markCodeRuns(lines, features, false);
    expect(features.every((f) => f.code && !f.label)).toBe(true);
    // Categories with their counts look like code to a character count, not to a code run.
    const menu = ['Harbour (47)', 'Ferries (12)', 'Weather (3)', 'Fishing (28)', 'Events (9)'].map((t, i) => asLine(t, i));
    const menuFeatures = menu.map(lineFeatures);
    markCodeRuns(menu, menuFeatures, false);
    expect(menuFeatures.some((f) => f.code && !isCodeLike(menu[menuFeatures.indexOf(f)]!.text))).toBe(false);
    expect(menuFeatures.map((f) => f.label)).toEqual(menu.map((l) => lineFeatures(l).label));
  });
});
