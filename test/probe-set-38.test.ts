// Fixes of stop 38, each found on a page the library had not seen (texts written in our own words)
// or on the labelled corpora. Each test fails without its fix.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { looksLikeMarkdown, normalizeText, unwrapMarkdown } from '../src/stages/normalize.js';
import { spanFaults } from './helpers/cases.js';

const prose =
  'Transit agencies in a dozen mid-sized cities are redrawing their bus maps from a blank sheet this year. ' +
  'Planners said anonymised phone data showed that many trips never touch the city centre at all.';
const more =
  'Riders in the pilot areas report shorter waits, although some older residents miss the stops they used for years. ' +
  'The agencies plan to publish the results of the first full year in the autumn.';

/** A news page as a Markdown-writing scraper hands it over. */
const markdownPage = [
  '[Skip to main content](#main)',
  '',
  '[![The Harbour Courier](https://example.org/static/logo.svg)](https://example.org/)',
  '',
  '* [News](https://example.org/news)',
  '* [Business](https://example.org/business)',
  '* [Sport](https://example.org/sport)',
  '',
  '[News](https://example.org/news) / [Transport](https://example.org/news/transport)',
  '',
  '# Bus networks redrawn from scratch as cities chase shorter trips',
  '',
  '_Planners say phone data shows most journeys never reach the centre_',
  '',
  '**By Megan Tsao** and **Daniel Okonkwo**',
  '',
  'Published March 10, 2026',
  '',
  '![A bus at a stop in the rain](https://example.org/images/2026/03/10/bus-1200.jpg)',
  '',
  `${prose} The work is led by the [Regional Transit Authority](https://example.org/topic/rta) in the city.`,
  '',
  '**Leggi anche** [Metro line closes for a week of repairs](https://example.org/news/metro-repairs)',
  '',
  more,
  '',
  '**READ MORE:**',
  '',
  '* [New timetable for the harbour ferry](https://example.org/news/ferry-timetable)',
  '* [Opinion: the case for free buses](https://example.org/opinion/free-buses)',
  '',
  '## What happens next?',
  '',
  'The agencies will send letters to every household in April explaining which routes change and when the new maps take effect.',
  '',
  'A two-week trial without fares will run in June, and the council will publish the first figures from it before the summer recess.',
  '',
  '---',
  '',
  '© 2026 The Harbour Courier',
  '',
].join('\n');

describe('Markdown from a scraper is read as the text it marks up', () => {
  it('tells Markdown from plain text: two links with targets, or a heading with bold or a link', () => {
    expect(looksLikeMarkdown(markdownPage)).toBe(true);
    expect(looksLikeMarkdown(`${prose}\n\nSee the report [1] for details (page 4).\n`)).toBe(false);
    expect(looksLikeMarkdown('One link [here](https://example.org/a) in prose.\n')).toBe(false);
  });

  it('drops link, image and emphasis syntax, keeps the words, and maps each kept character to its source', () => {
    const source = 'Read **the report** by [the agency](https://example.org/r "title") and _its_ ![map](https://x.org/m.png) notes.\n[a](https://e.org/1) [b](/2)';
    const out = unwrapMarkdown(normalizeText(source));
    expect(out.clean).toBe('Read the report by the agency and its  notes.\na b');
    for (let i = 0; i < out.clean.length; i++) expect(source[out.toSource[i]!]).toBe(out.clean[i]);
  });

  it('reads the byline, headline and body of a Markdown page, with every character accounted for', () => {
    const a = extract(markdownPage, { format: 'text' });
    expect(a.headline).toBe('Bus networks redrawn from scratch as cities chase shorter trips');
    expect(a.byline).toEqual(['Megan Tsao', 'Daniel Okonkwo']);
    expect(a.body).toContain('The work is led by the Regional Transit Authority in the city.');
    expect(a.body).not.toContain('https://');
    expect(spanFaults(a)).toBe(0);
  });

  it('takes the one top-level heading as the headline over an italic dek the model likes as much', () => {
    const page = fs.readFileSync(new URL('../fixtures/cases/md11_es_zaragoza_bajas_emisiones.txt', import.meta.url), 'utf8');
    expect(extract(page, { format: 'text' }).headline).toBe('Zaragoza multará desde septiembre a los coches sin etiqueta que entren en el centro');
  });

  it('reads a bold label before a link as a related-story label', () => {
    const a = extract(markdownPage, { format: 'text' });
    expect(a.body).not.toContain('Metro line closes for a week of repairs');
    expect(a.boilerplate.find((b) => b.text.includes('Metro line closes'))?.reason).toBe('related');
  });

  it('ends a bulleted list of related links with its bullets: the section after it stays', () => {
    const a = extract(markdownPage, { format: 'text' });
    expect(a.body).not.toContain('New timetable for the harbour ferry');
    expect(a.body).toContain('The agencies will send letters to every household in April');
  });
});

describe('editors and reviewers are no authors', () => {
  const page = (credits: string) => `Home\nMoney\n\nFive ways to find a business to buy\n${credits}\nPublished on November 7, 2025\n\n${prose}\n\n${more}\n`;

  it('leaves the editor of "Written by X" / "Edited by Y" out of the byline', () => {
    expect(extract(page('Written by Rebecca Lake, CEPF®\n|\nEdited by Marie White, CEPF®')).byline).toEqual(['Rebecca Lake']);
  });

  it('reads no author from a line that opens with a reviewer label', () => {
    expect(extract(page('Reviewed By: Travel Editor, Sherry Mims')).byline).toEqual([]);
  });
});

describe('furniture behind a pictograph or a glued credit', () => {
  const page = (extra: string) => `Home\nCronaca\n\nLa funicolare riapre dopo otto mesi di lavori\n${extra}\n\n${prose}\n\n${more}\n`;

  it('reads a reading time after a clock pictograph as furniture', () => {
    const a = extract(page('⏱ Tempo di lettura: 3 minuti'));
    expect(a.body).not.toContain('Tempo di lettura');
  });

  it('reads a caption closed by "Name Surname/Agency" as a caption', () => {
    const a = extract(`Home\nHealth\n\nA diet rich in fiber may lower blood pressure\nBy Jane Ruiz\n\n${prose}\n\nLentils, oats and berries are among the foods highest in fiber. Anna Kowal/Stocksy\n\n${more}\n`);
    expect(a.body).not.toContain('Anna Kowal/Stocksy');
    expect(a.body).toContain('Transit agencies in a dozen');
  });
});
