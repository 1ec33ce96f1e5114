import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { flightHtml } from '../src/html/flight.js';

// A page its app renders in the browser: a spinner in the DOM, the article only in the React Server
// Components payload (text rows "id:T<bytes in hex>,<html>" inside JSON strings).
const article = '<p>The harbour authority approved a second ferry berth on Tuesday, ending a two-year dispute with the fishing cooperative over the quay’s north side.</p><p>Construction is due to start in spring and will cost about 14 million, the authority said.</p>';
const bytes = (s: string) => new TextEncoder().encode(s).length;
const row = `1a:T${bytes(article).toString(16)},${article}`;
const page = `<!doctype html><html lang="en"><head><title>Second ferry berth approved | Harbour Times</title>
<meta property="og:title" content="Second ferry berth approved after two-year dispute"></head>
<body><main><div class="spinner"></div></main>
<script>self.__next_f.push([1,${JSON.stringify('0:["$","div",null,{}]\n')}])</script>
<script>self.__next_f.push([1,${JSON.stringify(row + '2b:["$","p",null,{}]\n')}])</script>
</body></html>`;

describe('pages rendered from a React Server Components payload', () => {
  it('reads the text rows back by their UTF-8 length', () => {
    expect(flightHtml(page)).toBe(article);
  });

  it('takes the article from the payload when the page shows none, with a warning', () => {
    const a = extract(page, { format: 'html' });
    expect(a.body).toContain('The harbour authority approved a second ferry berth on Tuesday');
    expect(a.body).toContain('Construction is due to start in spring');
    expect(a.body).not.toContain('2b:');
    expect(a.headline).toBe('Second ferry berth approved after two-year dispute');
    expect(a.warnings.map((w) => w.code)).toContain('HTML_CLIENT_RENDERED');
  });

  it('leaves a page alone whose DOM already holds the article', () => {
    const rendered = page.replace('<div class="spinner"></div>', `<article><h1>Second ferry berth approved</h1>${article}${article.replace(/harbour/g, 'port')}</article>`);
    const a = extract(rendered, { format: 'html' });
    expect(a.warnings.map((w) => w.code)).not.toContain('HTML_CLIENT_RENDERED');
    expect(a.body).toContain('The port authority approved');
  });

  it('is empty for pages without a payload', () => {
    expect(flightHtml('<html><body><p>Plain page.</p></body></html>')).toBe('');
  });
});
