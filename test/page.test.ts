// Article.page: metadata fields from HTML and from visible labels in text, and page.type on our own
// articles, live blogs, listings, section fronts, a product page and a forum thread (fixtures/pages).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, extract, type Article } from '../src/index.js';

const pagesDir = new URL('../fixtures/pages/', import.meta.url);
const expected = JSON.parse(fs.readFileSync(new URL('expect.json', pagesDir), 'utf8')) as Record<string, Record<string, unknown>>;
const read = (dir: URL, f: string) => extract(fs.readFileSync(new URL(f, dir), 'utf8'), { format: f.endsWith('.txt') ? 'text' : 'html' });
const notArticle = (a: Article) => a.warnings.filter((w) => w.code === 'PAGE_NOT_ARTICLE');

describe.each(Object.entries(expected))('page fixture %s', (file, want) => {
  const a = read(pagesDir, file);
  it('is schema-valid', () => expect(ArticleSchema.safeParse(a).success).toBe(true));
  for (const [field, value] of Object.entries(want)) {
    it(field, () => {
      const got = field === 'modifiedAt' ? (a.page.modifiedAt?.value ?? null) : a.page[field as keyof Article['page']];
      expect(got).toEqual(value);
    });
  }
  it('warns with the evidence exactly when the page is not an article', () => {
    const warnings = notArticle(a);
    if (a.page.type === 'article') expect(warnings).toEqual([]);
    else {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message).toMatch(/JSON-LD|og:type|teaser|time-stamped/);
    }
  });
});

describe('page.type on the other fixtures', () => {
  const liveBlogs = new Set(['04_live_blog.html', 'a07_liveblog_tube_strike.txt', 'a08_liveblog_wildfires.txt', 'c01_liveblog_spring_statement.txt', 'c03_liveticker_bahnstreik.txt', 'c04_liveblog_stocks_yields.txt']);
  const htmlDir = new URL('../fixtures/html/', import.meta.url);
  const casesDir = new URL('../fixtures/cases/', import.meta.url);
  const files = [
    ...fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html')).map((f) => [htmlDir, f] as const),
    ...fs.readdirSync(casesDir).filter((f) => f.endsWith('.txt')).map((f) => [casesDir, f] as const),
  ];
  it.each(files.map(([dir, f]) => [f, dir] as const))('%s', (f, dir) => {
    expect(read(dir, f).page.type).toBe(liveBlogs.has(f) ? 'liveblog' : 'article');
  });
});

describe('page fields', () => {
  it('makes relative image and canonical addresses absolute against the page address', () => {
    const html = `<html><head><meta property="og:image" content="/img/quay.jpg"><link rel="canonical" href="/news/quay-reopens"></head>
      <body><article><h1>Quay reopens after repairs</h1><p>The quay reopened on Monday after six weeks of repairs to its timber piles, the harbour board said.</p>
      <p>Fishing boats that had moored at the outer pier since March were moving back by the afternoon.</p></article></body></html>`;
    const a = extract(html, { url: 'https://news.example/x/y' });
    expect(a.page.image).toBe('https://news.example/img/quay.jpg');
    expect(a.page.canonicalUrl).toBe('https://news.example/news/quay-reopens');
    // Without an address a relative one cannot be made whole: null, not a broken URL.
    expect(extract(html).page.image).toBeNull();
  });

  it('reads the section from a JSON-LD breadcrumb and tags from JSON-LD keywords', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'NewsArticle', headline: 'Ferry fares to rise in May', keywords: 'ferries, fares, islands' },
      { '@type': 'BreadcrumbList', itemListElement: [
        { '@type': 'ListItem', position: 2, name: 'Transport', item: 'https://n.example/transport' },
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://n.example/' },
        { '@type': 'ListItem', position: 3, name: 'Ferry fares to rise in May' },
      ] },
    ] };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Ferry fares to rise in May</h1>
      <p>Return fares on the island routes will rise by 4% from the first of May, the operator said on Thursday.</p></article></body></html>`;
    const a = extract(html);
    expect(a.page.section).toBe('Transport');
    expect(a.page.tags).toEqual(['ferries', 'fares', 'islands']);
    expect(a.page.type).toBe('article');
  });

  it('reads a breadcrumb trail a scraper wrote without spaces ("Home>World>Europe") as one, and a quote mark as none', () => {
    const body = ['Return fares on the island routes will rise by 4% from the first of May, the operator said on Thursday, citing fuel and crew costs.', 'Season tickets for islanders are frozen for another year, and children under twelve will still travel free on every route.'];
    const a = extract(['Home>World>Europe', '', 'Ferry fares to rise across the Baltic in May', '', ...body].join('\n'));
    expect(a.page.section).toBe('Europe');
    expect(a.headline).toBe('Ferry fares to rise across the Baltic in May');
    const quoted = extract(['Hafen»Wir bleiben«: Streik geht weiter', '', ...body].join('\n'));
    expect(quoted.page.section).toBeNull();
  });

  it('decodes entities a CMS escaped twice into JSON-LD and meta values', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Council&#39;s &quot;green corridor&quot; plan passes', author: { name: 'Ren&eacute;e Moss' } };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script>
      <meta property="og:description" content="Trams &amp;amp; bikes first"></head><body><main>
      <p>The plan gives the river path to walkers and cyclists from next spring, after two years of consultation.</p></main></body></html>`;
    const a = extract(html);
    expect(a.headline).toBe('Council\'s "green corridor" plan passes');
    expect(a.byline).toEqual(['Renée Moss']);
    expect(a.page.description).toBe('Trams & bikes first');
  });

  it('reads "Filed under" and "Category" lines in text without moving them into the body', () => {
    const text = [
      'Library extends opening hours in the evenings',
      'By Nadia Brook',
      'The town library will stay open until 8pm on weekdays from next month, after a survey found most readers could only visit after work.',
      'The council said the extra hours would be covered by two new part-time posts and volunteers from the friends group.',
      'Category: Local',
      'Filed under: libraries, council, opening hours',
    ].join('\n');
    const a = extract(text);
    expect(a.page.section).toBe('Local');
    expect(a.page.tags).toEqual(['libraries', 'council', 'opening hours']);
    expect(a.body).not.toMatch(/Filed under/);
  });

  it('reads a German "Stand:" line under a standfirst as the page\'s date: the state of the page, no update of an earlier one', () => {
    const entry = (time: string, text: string) => [`+++ ${time} Uhr +++`, text, 'Teilen'];
    const text = [
      'Nachrichten', 'Wetter', 'Sport', 'Regional', 'Startseite', 'LIVE',
      'Sturmtief über der Küste: Orkanböen im Norden, Schulen bleiben geschlossen',
      'Das Sturmtief zieht über Norddeutschland hinweg. Bahn, Fähren und Schulen sind betroffen. Alle Entwicklungen im Ticker.',
      'Stand: 27.02.2025, 12:24 Uhr',
      'Von Jonas Brettmann und Nina Okonkwo',
      'mit Material von dpa',
      'Ticker neu laden',
      ...entry('12:20', 'Die Bahn hat den Fernverkehr zwischen Hamburg und Westerland wieder aufgenommen. Nach Kiel sollen die Züge erst ab Freitagmorgen wieder regulär fahren, teilte ein Sprecher mit.'),
      ...entry('11:35', 'In Ostfriesland ist ein Autofahrer von einem umstürzenden Baum getroffen und schwer verletzt worden. Der 54-Jährige war nach Angaben der Polizei auf einer Landstraße unterwegs.'),
      ...entry('10:42', 'Der Sturm hat nach ersten Schätzungen bislang Schäden von rund 40 Millionen Euro verursacht. Ein Sturm im Oktober 2021 hatte in der Region mehr als doppelt so viel Schaden angerichtet.'),
    ].join('\n');
    expect(extract(text).publishedAt?.value.slice(0, 10)).toBe('2025-02-27');
  });

  it('reads the visible update line in the page\'s language as modifiedAt, apart from the publication', () => {
    const para = 'Der Gemeinderat hat am Donnerstagabend mit 19 zu 8 Stimmen die Sanierung des Hallenbads an der Lindenallee beschlossen, die Kosten liegen bei zwölf Millionen.';
    const de = extract(`Feldinger Bote\n\nHallenbad wird saniert\nVon Ottilie Brandvold\nAktualisiert am 14.11.2025, 16:48 Uhr\nVeröffentlicht am 13.11.2025, 19:02 Uhr\n\n${para}\n\n${para}`);
    expect(de.publishedAt?.value.slice(0, 10)).toBe('2025-11-13');
    expect(de.page.modifiedAt?.value.slice(0, 10)).toBe('2025-11-14');
    const fr = extract(`Le Courrier\n\nL'usine ferme ses portes\nPar Ottilie Brandvold\nPublié le 3 mars 2025 à 10h12, mis à jour le 4 mars 2025 à 08h30\n\nLa direction a annoncé lundi la fermeture du site, qui emploie 240 salariés dans la région depuis plus de trente ans.\n\nLes syndicats ont appelé à une grève jeudi devant les grilles de l'usine.`);
    expect(fr.publishedAt?.value.slice(0, 10)).toBe('2025-03-03');
    expect(fr.page.modifiedAt?.value.slice(0, 10)).toBe('2025-03-04');
  });

  it('is empty, not absent, on a page that says nothing about itself', () => {
    const a = extract('Rain is expected across the region on Friday, forecasters said, with the heaviest showers in the hills.');
    expect(a.page).toEqual({ siteName: null, description: null, image: null, canonicalUrl: null, modifiedAt: null, section: null, tags: [], type: 'article' });
  });
});
