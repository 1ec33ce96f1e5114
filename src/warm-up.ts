/**
 * `warmUp()`: everything a first extract() would otherwise do on the clock, done before serving:
 * loads the optional full tagger's module (a dynamic import, so it also works where `require` does
 * not) and builds the lazy tables (rule patterns, the tagger's lexicon, both date engines, the HTML
 * parser) by extracting two small pages written for the purpose.
 */
import { extract, resolveOptions } from './extract.js';
import { compromise } from './nlp/tagger.js';
import type { ExtractOptions } from './schema.js';

const TEXT_PAGE = `Harbour Board Approves Ferry Timetable
By Ana Ruiz | March 3, 2024
PORT ELLIS — The harbour board approved a new ferry timetable on Monday, officials said, after residents of the Teal Islands asked for an earlier morning crossing.
- The first boat will leave at 6:10 a.m. from April 1.
- Fares rise 4% to $12.50.
Sign up for our newsletter`;

const HTML_PAGE = `<!doctype html><html><head><title>Library Reopens | Ellis Courier</title><meta property="article:published_time" content="2024-03-04T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Library reopens after repairs</h1><p>The county library reopened on Tuesday after a two-month repair of its roof, the director said.</p><p>Opening hours return to 9 a.m. to 8 p.m. on weekdays.</p></article><footer>© Ellis Courier</footer></body></html>`;

/** Resolves once the first real page will run at warm speed. Safe to call more than once. */
export async function warmUp(options: ExtractOptions = {}): Promise<void> {
  const resolved = resolveOptions(options);
  if (resolved.tagger === 'compromise') await compromise.ready();
  // A US and a UK address, so both the month-first and the day-first date engines are built.
  extract(TEXT_PAGE, { ...options, format: 'text', url: 'https://courier.example.com/ferry' });
  extract(HTML_PAGE, { ...options, format: 'html', url: 'https://courier.example.co.uk/library' });
}
