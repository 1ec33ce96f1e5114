// The article region: the rules' evidence (hard-wrapped paragraphs, "Term: phrase" lines), the
// region model's feature rows, the first-character dispatch of the boilerplate catalog, and the
// model at work on pages in our own words (teasers and comments after the article, a first paragraph
// outside the main container).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compiledBoilerplateRules, rulesByPrefix } from '../src/rules/boilerplate.js';
import { BOILERPLATE_NEEDLES, BOILERPLATE_PREFIXES } from '../src/rules/boilerplate-prefixes.js';
import { catalogNeedles, catalogPrefixes, linePrefixes, requiredLiterals } from '../src/pattern-prefixes.js';
import { isCodeLike, lastContentsSection, lineFeatures, markCodeRuns, matchRule } from '../src/stages/classify.js';
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

  it('reads "Term – phrase" checklist lines as "Term: phrase" lines', () => {
    expect(lineFeatures(asLine('Book the caterer – arrange a tasting and confirm numbers')).keyValue).toBe(true);
    expect(lineFeatures(asLine('Order the cake — ask about a dairy-free tier')).label).toBe(false);
    // A dash inside a word or with no phrase after it is no separator.
    expect(lineFeatures(asLine('Pre-wedding planning tips for busy couples')).keyValue).toBe(false);
    expect(lineFeatures(asLine('Weddings –')).keyValue).toBe(false);
  });
});

describe('boilerplate dispatch by the beginning of a line', () => {
  const sorted = (set: Set<string> | null) => set && [...set].sort();
  it('derives the beginnings of anchored patterns and refuses to guess the rest', () => {
    expect(sorted(linePrefixes('^(?:share|print)$', 3))).toEqual(['pri', 'sha']);
    expect(sorted(linePrefixes('^(?:share|print)$', 1))).toEqual(['p', 's']);
    expect(sorted(linePrefixes('^-? ?(?:anzeige|werbung) ?-?$', 2))).toEqual([' a', ' w', '- ', '-a', '-w', 'an', 'we']);
    expect(sorted(linePrefixes('^\\(?(?:foto|bild)\\s?:', 3))).toEqual(['(bi', '(fo', 'bil', 'fot']);
    // A line that may end early, a class it cannot list, an assertion it passes over, a named group.
    expect(sorted(linePrefixes('^(?:ok|okay)$', 3))).toEqual(['ok', 'oka']);
    expect(sorted(linePrefixes('^a[^b]c', 3))).toEqual(['a']);
    expect(sorted(linePrefixes('^\\bno(?=\\s)w', 3))).toEqual(['now']);
    expect(sorted(linePrefixes('^(?<word>ab)c', 3))).toEqual(['abc']);
    expect(sorted(linePrefixes('^\\d{1,2}h', 2))).toEqual([...'0123456789'].flatMap((d) => [`${d}h`, ...[...'0123456789'].map((e) => d + e)]).sort());
    expect(linePrefixes('\\bcookies?\\b', 3)).toBeNull();
    expect(linePrefixes('^(?:share)|print', 3)).toBeNull();
    expect(sorted(linePrefixes('^.{1,80} says:$', 3))).toEqual(['']);
    expect(sorted(linePrefixes('^(?:a|b)?$', 3))).toEqual(['', 'a', 'b']);
  });

  it('reads the strings every match of a pattern contains', () => {
    expect(requiredLiterals('\\bsubscri(?:be|ption|bers?)\\b')).toEqual(['subscri']);
    expect(requiredLiterals('^(?:share)|print')).toEqual(['print', 'share']);
    // Assertions join a run; optional parts and classes break it; the longest shortest needle wins.
    expect(requiredLiterals('\\bno\\b ?cookies?')).toEqual(['cookie']);
    expect(requiredLiterals('(?:ab|xyz)\\s(?:read|watch)')).toEqual(['read', 'watch']);
    expect(requiredLiterals('r[ée]daction|édité')).toEqual(['daction', 'édité']);
    // An alternative with nothing long enough leaves the whole pattern without needles.
    expect(requiredLiterals('newsletter|\\d+ m')).toBeNull();
    expect(requiredLiterals('ab?cd')).toBeNull();
    expect(requiredLiterals('^.{1,80} says:$')).toEqual([' says:']);
  });

  it('ships the tables the catalog gives (npm run build:boilerplate-prefixes)', () => {
    expect(BOILERPLATE_PREFIXES).toEqual(catalogPrefixes(compiledBoilerplateRules()));
    expect(BOILERPLATE_NEEDLES).toEqual(catalogNeedles(compiledBoilerplateRules()));
  });

  it('finds the same first rule as trying every rule in order', () => {
    const rules = compiledBoilerplateRules();
    expect(rulesByPrefix().anywhere.length).toBeLessThan(rules.length / 10);
    const dir = new URL('../fixtures/cases/', import.meta.url);
    const lines = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => fs.readFileSync(new URL(f, dir), 'utf8').split('\n'))
      .concat(['- Anzeige -', '(Foto: Jan Berg)', 'Il y a 3 heures', '5 min read', 'Leia também:', '14 Kommentare', '[Advertisement]', 'Share', 'Sh', 'Print this page']);
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

/** A gardening guide whose contents list its sections; the middle ones are lists of short lines. */
const GUIDE_SECTIONS = ['Picking a plot', 'Tools to borrow or buy', 'A planting calendar', 'Keeping volunteers coming back'];
function guidePage(): string {
  return [
    ...MENU,
    'How to start a community garden on a shared lot',
    'By Tomasz Wierzbicki',
    'Contents',
    ...GUIDE_SECTIONS,
    'A community garden turns an empty lot into a place where neighbours meet, trade seedlings and argue cheerfully about compost.',
    'This guide walks through the first season, from finding a plot to keeping people involved once the novelty of the first harvest has worn off.',
    GUIDE_SECTIONS[0],
    'Look for a lot with six hours of sun, a tap within reach of a hose, and an owner willing to sign a lease of at least three years.',
    'Ask the council for a soil test before anything else: old lots often hide rubble, and sometimes lead from paint long since scraped away.',
    GUIDE_SECTIONS[1],
    'Spades', 'Garden forks', 'Rakes', 'Hand trowels', 'Wheelbarrow', 'Hoses', 'Watering cans', 'Gloves', 'Twine', 'Tool shed', 'Padlock', 'Compost bins',
    GUIDE_SECTIONS[2],
    'March', 'Broad beans', 'Onion sets', 'April', 'Potatoes', 'Carrots', 'May', 'Courgettes', 'Runner beans', 'June', 'Leeks', 'Kale',
    GUIDE_SECTIONS[3],
    'Volunteers drift away when nobody knows what needs doing, so pin a weekly task list to the shed door and keep it short enough to finish.',
    'Hold a harvest supper in September and invite the whole street, not just the gardeners: it is the best recruiting event you will ever run.',
    'Newsletter', 'Sign up', 'About us', 'Contact', 'Advertise',
    '© 2025 The Allotment Courier. All rights reserved.',
  ].join('\n');
}

describe('table of contents', () => {
  it('carries the article on through every section its contents announce, lists of short lines included', () => {
    const a = extract(guidePage(), { format: 'text' });
    expect(a.body).toContain('pin a weekly task list to the shed door');
    expect(a.body).toContain('Hold a harvest supper in September');
    expect(a.body).not.toContain('All rights reserved');
  });

  it('finds the last announced section, but not in a menu the footer repeats', () => {
    const lines = guidePage().split('\n').map((t, i) => asLine(t, i));
    const features = lines.map(lineFeatures);
    const scores = lines.map((l, i) => (features[i]!.sentence ? l.words : -6));
    const heading = lines.map((l) => l.text).lastIndexOf(GUIDE_SECTIONS[3]!);
    const section = lastContentsSection(lines, features, scores, { start: heading - 40, end: heading });
    expect(section?.heading).toBe(heading);
    expect(section?.end).toBe(heading + 3);
    // The same menu at the top and the bottom of a page announces nothing.
    const menuTwice = [...MENU, ...STORY, ...MENU].map((t, i) => asLine(t, i));
    const f2 = menuTwice.map(lineFeatures);
    expect(lastContentsSection(menuTwice, f2, menuTwice.map((l) => l.words), { start: MENU.length, end: MENU.length + STORY.length })).toBeNull();
  });
});

describe('copyright lines', () => {
  it('end the article where they are the page notice, not where they credit a picture or discuss copyright', () => {
    expect(lineFeatures(asLine('© 2025 The Coastal Gazette. All rights reserved.')).hardStop).toBe(true);
    expect(lineFeatures(asLine('Coastal Gazette © 2025')).hardStop).toBe(true);
    expect(lineFeatures(asLine('(© 2025 Harbour News Agency. All rights reserved.)')).hardStop).toBe(true);
    expect(lineFeatures(asLine('The old breakwater at low tide, 1978 © Marta Olsson')).hardStop).toBe(false);
    expect(lineFeatures(asLine('The board said the plans were drawn up by an outside firm that retains copyright over the drawings.')).hardStop).toBe(false);
  });

  it('take "(C)" for the sign only before a year: after a name it is a party', () => {
    expect(lineFeatures(asLine('(c) 2025 Harbour News Agency')).rule?.id).toBe('legal.copyright');
    expect(lineFeatures(asLine('Copyright 2025 Harbour News Agency')).rule?.id).toBe('legal.copyright');
    const prose = 'Kommunstyrelsens ordförande Anna Berg (C) säger att beslutet är ett hårt slag för orten.';
    expect(lineFeatures(asLine(prose)).rule?.id).not.toBe('legal.copyright');
    expect(lineFeatures(asLine('The firm said copyright law protects the drawings.')).rule?.id).not.toBe('legal.copyright');
  });

  it('read a picture credit inside the article as a credit, and the story goes on after it', () => {
    const page = [
      ...MENU,
      'Breakwater to be rebuilt after winter storms',
      ...STORY.slice(0, 3),
      'Waves breaking over the northern wall in January, 2024 © Marta Olsson / Harbour Pictures',
      'Skippers want the old slipway kept open while the contractors are on site.',
      'The authority will publish a timetable for the works in March, a spokeswoman said.',
      'The northern wall was built in 1911 and last repaired in the 1970s.',
      'Comments (3)',
      '© 2025 The Coastal Gazette. All rights reserved.',
    ].join('\n');
    const a = extract(page, { format: 'text' });
    expect(a.body).toContain('The northern wall was built in 1911');
    expect(a.body).not.toContain('All rights reserved');
  });
});

describe('captions over a credit line', () => {
  it('read the short line right above a picture\'s credit as its caption, but keep a paragraph of prose there', () => {
    const page = (above: string) => [
      ...MENU,
      'Breakwater to be rebuilt after winter storms',
      'By Ana Ruiz',
      above,
      '(Photo: Marta Olsson / Harbour Pictures)',
      ...STORY,
      '© 2025 The Coastal Gazette. All rights reserved.',
    ].join('\n');
    const caption = 'Waves break over the northern wall of the harbour in January.';
    const a = extract(page(caption), { format: 'text' });
    expect(a.body).not.toContain(caption);
    expect(a.boilerplate.find((b) => b.text === caption)?.rule).toBe('signal.caption-above-credit');
    const prose = 'The harbour authority said on Monday that the northern wall, which was built in 1911 and last repaired in the 1970s, will be rebuilt over two summers at a cost of four million, after two winters of storms.';
    expect(extract(page(prose), { format: 'text' }).body).toContain(prose);
    // A gallery's title after the same label is no credit: the sentence above it is the article's.
    const memorial = 'A memorial service will be held at the harbour museum on Nov. 22.';
    const gallery = [...MENU, 'Breakwater keeper dies at 87', 'By Ana Ruiz', ...STORY, memorial, 'Photos: A life on the coast', '© 2025 The Coastal Gazette. All rights reserved.'].join('\n');
    expect(extract(gallery, { format: 'text' }).body).toContain(memorial);
  });
});

describe('tables the article announces', () => {
  it('keep the rows under the article\'s own title line at its foot', () => {
    const rows = ['Pos | Team | P | Pts', '1 | Harbour Town | 30 | 63', '2 | Quayside Rovers | 30 | 62', '3 | Mill Lane | 29 | 58'];
    const page = [
      ...MENU, 'Town go top after late winner', 'By Ana Ruiz', ...STORY, 'League table: top three', ...rows,
      'Harbour Town: Pryce; Whitlow, Adeyemi, Korsgaard, Blyth; Roe, Hennessy (Marsh 77), Doyle; Ferris, Okafor, Latham.',
      'Referee: Paul Haddon', 'Advertisement', 'More on this story', 'Terms of use', '© 2025 The Coastal Gazette. All rights reserved.',
    ].join('\n');
    const a = extract(page, { format: 'text' });
    for (const row of rows) expect(a.body).toContain(row);
  });
});

describe('a related list of question teasers', () => {
  it('takes the teasers under the header, a question and a topic-first title alike', () => {
    const page = [...MENU, 'Breakwater to be rebuilt after winter storms', 'By Ana Ruiz', ...STORY, 'Related', "What's in your tap water? Look up your town's latest test results", 'Harbour levels: An interactive map of every tide gauge', '© 2025 The Coastal Gazette. All rights reserved.'].join('\n');
    const a = extract(page, { format: 'text' });
    expect(a.body).not.toContain('tap water');
    expect(a.boilerplate.find((b) => b.text.startsWith("What's in your tap water"))?.rule).toBe('related.list');
  });
});

describe('pull quotes', () => {
  it('drop a quotation on a line of its own that a paragraph states word for word, but keep a quotation said once', () => {
    const said = 'He has crossed the sound more than forty thousand times. “You ask it nicely, and sometimes it says no,” he says as the ferry leaves the jetty.';
    const page = (quote: string) => [...MENU, 'The last ferryman of the sound', 'By Ana Ruiz', STORY[0], said, quote, ...STORY.slice(1), '© 2025 The Coastal Gazette. All rights reserved.'].join('\n');
    const pull = '“You ask it nicely, and sometimes it says no.”';
    const a = extract(page(pull), { format: 'text' });
    expect(a.boilerplate.find((b) => b.text === pull)?.rule).toBe('signal.pull-quote');
    expect(a.body).toContain(said);
    const fresh = '“The sound decides when we sail, not the timetable.”';
    expect(extract(page(fresh), { format: 'text' }).body).toContain(fresh);
    // The pull quote's attribution line goes with it.
    const signed = extract(page(`${pull}\n— Ana Ruiz, ferry passenger`), { format: 'text' });
    expect(signed.boilerplate.find((b) => b.text === '— Ana Ruiz, ferry passenger')?.rule).toBe('signal.pull-quote');
  });
});

describe('press releases', () => {
  const release = [
    'Newsroom', 'Browse News Releases', 'Send a Release', 'FOR IMMEDIATE RELEASE',
    'Halvard Pumps to acquire Mossline Valves in $80 million deal',
    'News provided by', 'Halvard Pumps', 'Nov 04, 2025, 08:00 ET',
    'BRENNFORD, Nov. 4, 2025 — Halvard Pumps said on Tuesday it would buy Mossline Valves for $80 million in cash, adding valve controls to its range of industrial pumps.',
    'The deal is expected to close in January 2026, subject to regulatory approvals, the two companies said in a joint statement.',
    'Mossline employs about 90 people at its plant in Aldermoor and will keep its name as a unit of Halvard, the companies said.',
    'About Halvard Pumps',
    'Halvard Pumps designs and builds industrial pumps for water utilities and chemical plants. Founded in 2011, the company is headquartered in Brennford and sells in 30 countries.',
  ].join('\n');

  it('names no author from the distributor under "News provided by"', () => {
    const a = extract(release, { format: 'text' });
    expect(a.byline).toEqual([]);
    expect(a.body).toContain('Mossline employs about 90 people');
  });
});

describe('lists a line ending in a colon announces', () => {
  const page = (after: string[]) => [
    ...MENU,
    'Volunteers to clear the harbour beach on Saturday',
    STORY[0],
    'The clean-up starts at nine at the lifeboat station, and the organisers expect about two hundred people to turn up this year.',
    'Each volunteer receives:',
    '- Gloves', '- Litter picker', '- Two sacks', '- Tide table', '- Water bottle',
    ...after,
  ].join('\n');

  it('keeps the short items as the article\'s own list when the story goes on after it', () => {
    const a = extract(page([
      'Children under twelve must come with an adult, and everyone is asked to stay above the tide line once the water turns.',
      'Last year the group filled more than three hundred sacks, most of them with plastic washed in by the autumn storms.',
    ]), { format: 'text' });
    expect(a.body).toContain('Litter picker');
    expect(a.body).toContain('Tide table');
    expect(a.body).toContain('Last year the group filled');
  });

  it('leaves a list that no more of the article follows to the rules', () => {
    const a = extract(page(['About us', 'Contact', 'Advertise', '© 2025 The Coastal Gazette. All rights reserved.']), { format: 'text' });
    expect(a.body).toContain('The clean-up starts at nine');
    expect(a.body).not.toContain('Advertise');
  });
});

describe('fact boxes', () => {
  it('keeps a block of short "Term: value" lines under an entry\'s paragraph, entry after entry', () => {
    const entry = (name: string, text: string, facts: string[]) => [name, text, ...facts];
    const page = [
      ...MENU,
      'Three small museums worth the ferry ride',
      'The islands are better known for their beaches, but each of the three main villages keeps a museum that repays an afternoon out of the wind.',
      ...entry('The Net Loft', 'A former rope works on the quay, the Net Loft tells the story of the herring fleet through its boats, its nets and the letters of the women who gutted the catch.',
        ['Location: North Quay', 'Open: April to October', 'Admission: 6 euros', 'Guided tours: Saturdays']),
      ...entry('The Lantern House', 'The keeper\'s cottage below the old light holds a small collection of lenses and logbooks, and on clear evenings the volunteers take visitors up the tower.',
        ['Location: Point Road', 'Open: weekends', 'Admission: free', 'Guided tours: on request']),
      ...entry('The Schoolroom', 'The last one-room school on the islands closed in 1968 and has been kept as it was, down to the slates, the stove and the map of a world that has since changed.',
        ['Location: Church Lane', 'Open: July and August', 'Admission: 3 euros', 'Guided tours: none']),
      'Newsletter', 'About us', 'Contact',
      '© 2025 The Island Courier. All rights reserved.',
    ].join('\n');
    const a = extract(page, { format: 'text' });
    expect(a.body).toContain('The last one-room school on the islands closed in 1968');
    expect(a.body).toContain('Admission: 6 euros');
    expect(a.body).not.toContain('All rights reserved');
  });
});


describe('the article\'s closing paragraph before the share buttons', () => {
  const page = [
    'Fjordposten', 'Nyheter', 'Sport', 'Meninger', 'Kultur', 'Søk', 'Logg inn', 'Abonnement', 'Nyheter', 'Helse',
    'Vi og våre partnere bruker informasjonskapsler for å tilpasse innhold og annonser og for å analysere trafikken. Du kan når som helst endre samtykket ditt.',
    'Jeg godtar', 'Endre innstillinger',
    'Ferjesambandet til Storøya kan bli lagt ned', 'Fylket vil spare penger på ferjene. Ordføreren kaller forslaget et svik mot øya.',
    'Av Ingrid Moe', 'Publisert 12.05.2025 14:03', 'Del',
    'Fylkesutvalget fikk i dag presentert en utredning som anbefaler å legge ned ferjesambandet til Storøya og erstatte det med en hurtigbåt.',
    'Overfarten tar i dag tjue minutter, og for mange pendlere vil reisetiden bli over en time med den nye ruten.',
    'Ifølge utredningen vil endringen gi en årlig innsparing på rundt 24 millioner kroner.',
    '– Dette er et svik mot hele øya. Vi kommer til å kjempe mot dette med alle midler, sier ordfører Randi Fosse.',
    'Les også', 'Pendlerne slår alarm: – Vi blir isolert', 'Slik er ferjetilbudet i fylket',
    'I fjor reiste 180 000 passasjerer med ferja, det høyeste antallet noensinne.',
    'Driftssjef Tor Nes sier at det er vanskelig å skaffe mannskap til et så lite samband.',
    '– Vi har hatt 15 prosent vakanse i mannskapet over lang tid. Det er ikke bærekraftig, sier Nes.',
    'Annonse',
    'Fredag samlet over 2000 mennesker seg til fakkeltog på kaia i protest mot planene.',
    'Fylkestinget skal fatte endelig vedtak i møtet 18. juni. Allerede på torsdag skal kommunestyret på Storøya behandle saken.',
    'Del', 'Kopier lenke', 'Kommentarer', 'Logg inn for å kommentere. Husk å holde en saklig tone.',
    'Ansvarlig redaktør: Kjersti Mæle', '© Fjordposten 2025',
  ].join('\n');

  it('keeps the last paragraph the rules kept, with only furniture after it', () => {
    expect(extract(page, { format: 'text' }).body).toContain('Fylkestinget skal fatte endelig vedtak i møtet 18. juni.');
  });
});

describe('the article after its results table', () => {
  const page = [
    'Pitchside Daily',
    'Football',
    'Cricket',
    'Rugby',
    'Tennis',
    'Fixtures & Results',
    'Tables',
    'Log in',
    'We value your privacy. We and our partners use cookies to personalise content and ads. I Accept | More Options',
    'Championship',
    'Kellmoor stun leaders Ashbury to blow the title race open',
    'By Femi Arkwright-Dale',
    'Published: 12/03/2025 22:10',
    'Kellmoor City 2-1 Ashbury Rovers',
    'Kellmoor City beat league leaders Ashbury Rovers 2-1 at Foundry Lane on Wednesday night, cutting the gap at the top of the Championship to four points with nine games left.',
    'Ashbury took the lead in the 17th minute when Tomas Eriksberg headed in a corner, but Kellmoor equalised just before half-time through a low shot from Rhys Mbatha. Substitute Leon Castellano won it in the 81st minute, turning sharply in the box and firing into the far corner.',
    'It was Kellmoor\'s first win over Ashbury since August 2021, and their seventh home win in a row. Manager Greta Hollowell said afterwards that her side had "earned the right to dream".',
    'Ashbury manager Colm Devereaux, whose team had won their previous five league games, blamed a "sloppy" second half. "We switched off and got punished," he said.',
    'Advertisement',
    'Ashbury striker Eriksberg, who has 21 league goals this season, limped off late on and will have a scan on Thursday. Devereaux said the club would know more about the injury before Saturday\'s trip to Penhallow Town.',
    'The result also helped Dunstable Vale, who moved to within five points of the top after a 3-0 win over Brackwater on Tuesday.',
    'Other Championship results on Wednesday',
    'Team | Score | Team',
    'Harlow Athletic | 1-1 | Penhallow Town',
    'Brackwater | 0-2 | Selby Forge',
    'Marston United | 3-2 | Orwell County',
    'Kellmoor host Dunstable Vale on March 22 in what could be a decisive match. Tickets for that game went on sale this morning and the club said more than 80% of the allocation had already been sold.',
    'Watch the highlights on Pitchside TV',
    'Get Pitchside Premium: ad-free, full match replays, £4.99 a month',
    'Match stats',
    'Related',
    'Championship table: full standings',
    'Transfer rumours: Ashbury eye Castellano',
    'Comments (87)',
    'Pitchside Daily © 2025 | Help | Cookies | Terms',
  ].join('\n');

  it('keeps the paragraph under the table the article kept', () => {
    expect(extract(page, { format: 'text' }).body).toContain('Kellmoor host Dunstable Vale on March 22');
  });
});
