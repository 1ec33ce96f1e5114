// The HTML text view and the DOM hints it hands to classify: small synthetic pages, one behaviour each.
import { describe, expect, it } from 'vitest';
import { capNesting, htmlToView } from '../src/html/view.js';
import { extract } from '../src/index.js';

const PROSE = 'The council approved the new budget on Tuesday, after a long debate about schools, roads and the water supply, and the mayor said the vote was a relief for everyone involved.';

describe('html view', () => {
  it('gives one hint per line even for rows of empty table cells', () => {
    const html = `<html><body><table><tr><td></td><td></td></tr><tr><td>Rates</td><td>12</td></tr></table><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;
    const v = htmlToView(html);
    expect(v.text.split('\n').every((l) => l.trim() !== '')).toBe(true);
    expect(v.hints.length).toBe(v.text.split('\n').length);
  });

  it('keeps an unlinked short list inside the article but drops a linked one', () => {
    const items = ['Active noise cancellation', 'Three sizes of soft tips', 'Sweat and water resistant', 'Wireless charging case'];
    const heads = ['Council votes on the budget', 'Schools reopen next week', 'Roadworks close the bridge', 'Storm warning for the coast'];
    const html = `<html><body><article><p>${PROSE}</p><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul><p>${PROSE}</p>` +
      `<ul>${heads.map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ul><p>${PROSE}</p></article></body></html>`;
    const a = extract(html, { format: 'html' });
    for (const t of items) expect(a.body).toContain(t);
    for (const t of heads) expect(a.body).not.toContain(t);
  });

  it('keeps links written out as their address inside the article', () => {
    const html = `<html><body><article><p>${PROSE}</p><p><a href="http://example.org/report">http://example.org/report</a></p><p>${PROSE}</p></article></body></html>`;
    expect(extract(html, { format: 'html' }).body).toContain('http://example.org/report');
  });

  it('drops the summaries of a teaser list inside the article container', () => {
    const teasers = [1, 2, 3].map((n) => `<div><a href="/t${n}">Other story number ${n} in the list</a></div><div>Summary of other story ${n} for readers</div>`).join('');
    const html = `<html><body><article><p>${PROSE}</p><p>${PROSE}</p>${teasers}</article></body></html>`;
    const body = extract(html, { format: 'html' }).body;
    expect(body).toContain('the mayor said');
    expect(body).not.toContain('Summary of other story');
  });

  it('keeps a paragraph that sits between two promo links', () => {
    const html = `<html><body><article><p>${PROSE}</p><p><a href="/app">GET THE APP BY CLICKING HERE</a></p><p>Shares are up 39 percent this year while the index is up 24 percent.</p><p><a href="/more">READ MORE BY CLICKING HERE</a></p></article></body></html>`;
    expect(extract(html, { format: 'html' }).body).toContain('Shares are up 39 percent');
  });

  it('keeps a data table inside the article although its rows look like breadcrumbs', () => {
    const rows = [['Pos', 'Player', 'Points'], ['1', 'Kyle Busch', '5040'], ['2', 'Martin Truex', '5035']];
    const table = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const html = `<html><body><article><p>${PROSE}</p>${table}<p>${PROSE}</p></article></body></html>`;
    const v = htmlToView(html);
    expect(v.hints.filter((h) => h.tableRow).length).toBe(3);
    expect(extract(html, { format: 'html' }).body).toContain('Kyle Busch | 5040');
  });

  it('does not end the article at a "Report" button inside a share widget', () => {
    const html = `<html><body><article><p>${PROSE}</p><p>${PROSE}</p><div class="social-embed"><p>Report</p></div><p>The second half of the story goes on here, and it is long enough to be read as a paragraph of prose.</p></article></body></html>`;
    expect(extract(html, { format: 'html' }).body).toContain('The second half of the story');
  });

  it('finds an article typed straight into a column div beside a long link menu', () => {
    const menu = `<div class="col-a"><ul>${Array.from({ length: 60 }, (_, i) => `<li><a href="/c${i}">Category ${i}</a></li>`).join('')}</ul></div>`;
    const html = `<html><body><div class="container"><div class="row">${menu}<div class="col-b"><p class="title">Vehicles broken into</p><small>05/10/2018</small><br>${PROSE} ${PROSE}<br><div class="row"><a href="/share">Facebook</a></div></div></div>` +
      `<div class="bottom"><div>Town Hall - Main Street 1111 - Phone 555 0100, open on weekdays.</div></div></div></body></html>`;
    const v = htmlToView(html);
    const line = v.text.split('\n').findIndex((l) => l.startsWith('The council approved'));
    expect(v.hints[line]!.inMain).toBe(true);
  });

  it('drops other stories nested as <article> cards inside the article', () => {
    const cards = [1, 2].map((n) => `<article class="card"><p>Another story number ${n}, with a long summary that reads like prose and goes on for a while, as cards do.</p></article>`).join('');
    const html = `<html><body><article><p>${PROSE}</p><p>${PROSE}</p><h3>You may like</h3>${cards}</article></body></html>`;
    const body = extract(html, { format: 'html' }).body;
    expect(body).toContain('the mayor said');
    expect(body).not.toContain('Another story number');
  });

  it('keeps a body that is an <article> inside a page-wide <article>', () => {
    const html = `<html><body><article class="page"><div class="entry-content"><article class="story"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></article><p>Short note.</p></div></article></body></html>`;
    expect(extract(html, { format: 'html' }).body).toContain('the mayor said');
  });

  it('prefers the declared article body inside a declared layout column that also holds a ticker', () => {
    const ticker = `<div class="ticker"><ul>${[1, 2, 3, 4].map((n) => `<li><span>Headline ${n} from the ticker, with its own long summary that reads like prose, line ${n}.</span></li>`).join('')}</ul></div>`;
    const html = `<html><body><div class="main-content-left">${ticker}<div class="article-body"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div></div></body></html>`;
    const body = extract(html, { format: 'html' }).body;
    expect(body).toContain('the mayor said');
    expect(body).not.toContain('from the ticker');
  });

  it('keeps the outer declared body when an inner declared block holds only a small part of it', () => {
    const html = `<html><body><div class="article-body"><p>${PROSE}</p><p>${PROSE}</p><p>Second part: ${PROSE}</p><div class="rich-text"><p>${PROSE}</p></div></div></body></html>`;
    expect(extract(html, { format: 'html' }).body).toContain('Second part:');
  });

  it('keeps an embedded post the article quotes although its wrapper is classed social', () => {
    const html = `<html><body><article><p>${PROSE}</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>The governor answered that the campaign was meant to raise awareness.</p></blockquote></div><p>${PROSE}</p>` +
      `<div class="social-share"><a href="/s">Share on Facebook</a> <a href="/t">Share on Twitter</a></div></article></body></html>`;
    const body = extract(html, { format: 'html' }).body;
    expect(body).toContain('The governor answered');
    expect(body).not.toContain('Share on Facebook');
  });
});

describe('html headings', () => {
  const para = 'The regional council approved the new ferry timetable on Tuesday after two months of talks with the operators and the island communities.';
  it('reads a date stamp written inside the <h1> as its own line, not as part of the headline', () => {
    const page = `<html><body><article><header><h1><a href="/p"><time datetime="2025-03-11T09:00:00Z">Mar 11 2025</time> Ferry timetable approved for the islands</a></h1></header><p>${para}</p><p>${para}</p></article></body></html>`;
    expect(htmlToView(page).text.split('\n').slice(0, 2)).toEqual(['Mar 11 2025', 'Ferry timetable approved for the islands']);
    const a = extract(page, { format: 'html' });
    expect(a.headline).toBe('Ferry timetable approved for the islands');
    expect(a.publishedAt?.value).toBe('2025-03-11');
  });

  it('never takes the page <h1> under a "Summary" label for an item of a digest list', () => {
    const page = `<html><head><title>Ferry timetable approved for the islands</title></head><body><main><div>Summary</div><h1>Ferry timetable approved for the islands</h1><div>The council backs a winter schedule; the operators keep two boats.</div><div>By Ailsa Brennock</div><p>${para}</p><p>${para}</p></main></body></html>`;
    const a = extract(page, { format: 'html' });
    expect(a.headline).toBe('Ferry timetable approved for the islands');
    expect(a.digest.map((d) => d.text)).not.toContain('Ferry timetable approved for the islands');
  });
});

describe('broken markup', () => {
  const SECOND = 'Residents who spoke at the meeting said the repairs to the old pumping station were overdue, and several asked when work on the harbour wall would begin.';

  it('reads body markup that sits inside an unclosed <head>', () => {
    // No </head> and no <body>: the parser keeps every element inside <head>, as a browser would not.
    const html = `<html><head><title>Budget passes</title><meta charset="utf-8"><div class="story"><h1>Budget passes</h1><p>${PROSE}</p><p>${SECOND}</p></div></html>`;
    const a = extract(html, { format: 'html' });
    expect(a.body).toContain('The council approved the new budget');
    expect(a.body).toContain('pumping station');
  });

  it('ends a <title> that is never closed at its first line', () => {
    const html = `<html><head><title>Budget passes | The Riverside Courier\nvar layout = "wide";</script></head><body><div><p>${PROSE}</p><p>${SECOND}</p></div></body></html>`;
    const v = htmlToView(html);
    expect(v.text).toContain('The council approved the new budget');
    expect(extract(html, { format: 'html' }).body).toContain('harbour wall');
  });

  it('moves streamed segments into their placeholders, dropping the loading filler', () => {
    // Streamed server rendering: the article arrives hidden at the end and a script moves it in place.
    const html = `<html><body><header><p>Riverside Courier</p></header><main><h1>Budget passes</h1>` +
      `<!--$?--><template id="B:0"></template><div>Loading story...</div><!--/$--></main><footer><p>About us</p></footer>` +
      `<div hidden id="S:0"><p>${PROSE}</p><p>${SECOND}</p></div><script>$RC("B:0","S:0")</script></body></html>`;
    const v = htmlToView(html);
    const lines = v.text.split('\n');
    expect(lines).not.toContain('Loading story...');
    expect(lines.findIndex((l) => l.startsWith('The council'))).toBeLessThan(lines.indexOf('About us'));
    expect(extract(html, { format: 'html' }).body).toContain('harbour wall');
  });

  it('pairs a placeholder with the segment of the same number when no script names them', () => {
    const html = `<html><body><article><template id="P:3"></template></article><div hidden id="S:3"><p>${PROSE}</p></div></body></html>`;
    expect(htmlToView(html).text).toContain('The council approved');
  });

  it('records the DOM around each line for the region model', () => {
    const html = `<html><body><nav class="menu"><ul><li><a href="/a">News</a></li></ul></nav><article class="post-content"><p>${PROSE}</p></article></body></html>`;
    const v = htmlToView(html);
    const lines = v.text.split('\n');
    const menu = v.hints[lines.indexOf('- News')]!;
    const para = v.hints[lines.findIndex((l) => l.startsWith('The council'))]!;
    expect(menu.dom.inList).toBe(true);
    expect(menu.dom.negativeAncestors).toBeGreaterThan(0);
    expect(para.dom.block).toBe('p');
    expect(para.dom.inArticleTag).toBe(true);
    expect(para.dom.positiveAncestors).toBeGreaterThan(0);
    expect(para.dom.blockChars).toBe(PROSE.length);
  });
});

describe('nesting guard', () => {
  it('keeps ordinary pages byte for byte and flattens only absurd runs of opening tags', () => {
    const page = '<html><body><div class="a"><div><p>Text <b>bold</b></p></div></div></body></html>';
    expect(capNesting(page)).toBe(page);
    const deep = `<body>${'<div>'.repeat(1000)}<p>x</p>${'</div>'.repeat(1000)}</body>`;
    const capped = capNesting(deep);
    // <body> and the outermost divs, then the innermost divs and the <p>: 256 opening tags in all.
    expect(capped.match(/<div>/g)!.length).toBe(256 - 2);
    expect(capped).toContain('<p>x</p>');
  });

  it('finds tags as /<(\\/?)[a-zA-Z][^<>]*>/ does, on pages of stray brackets and deep runs', () => {
    // The regex form of the guard, as it read before the hand-written scan.
    const reference = (html: string): string => {
      const drop: [number, number][] = [];
      let run: [number, number][] = [];
      let lastEnd = 0;
      const endRun = () => {
        if (run.length > 256) drop.push([run[128]![0], run[run.length - 129]![1]]);
        run = [];
      };
      for (const m of html.matchAll(/<(\/?)[a-zA-Z][^<>]*>/g)) {
        if (m[1] === '/' || html.slice(lastEnd, m.index).trim() !== '') endRun();
        lastEnd = m.index + m[0].length;
        if (m[1] !== '/') run.push([m.index, lastEnd]);
      }
      endRun();
      let out = '';
      let kept = 0;
      for (const [a, b] of drop) {
        out += html.slice(kept, a);
        kept = b;
      }
      return out + html.slice(kept);
    };
    const pieces = ['<div>', '<div class="a">', ' ', '\n', '</div>', '<', '>', '</', '< b>', '<1>', 'x', '<a<b>', '<Z/>', '</>'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let flattened = 0;
    for (let k = 0; k < 60; k++) {
      // Some pages mostly stray brackets, some long runs of opening tags broken now and then.
      const openShare = k % 2 ? 0.7 : 0.997;
      const parts: string[] = [];
      for (let n = Math.floor(next() * 1500); n > 0; n--) parts.push(next() < openShare ? '<div>' : pieces[Math.floor(next() * pieces.length)]!);
      const page = parts.join('');
      expect(capNesting(page)).toBe(reference(page));
      if (capNesting(page) !== page) flattened++;
    }
    expect(flattened).toBeGreaterThan(5);
  });
});

describe('page metadata', () => {
  it('takes no e-mail address or bare id from the author fields as a name', () => {
    const page = (author: string) => `<html><head><meta name="author" content="${author}"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"48213"},{"name":"Ines Carvalho"}]}</script></head><body><p>x</p></body></html>`;
    expect(htmlToView(page('i.carvalho@example.org')).metadata.byline).toEqual(['Ines Carvalho']);
    expect(htmlToView(page('Tomás Reyes')).metadata.byline).toEqual(['Ines Carvalho', 'Tomás Reyes']);
  });
});
