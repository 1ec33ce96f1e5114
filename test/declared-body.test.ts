import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// A paywalled page: the opening paragraph on the page, the whole text in JSON-LD articleBody.
const paragraphs = [
  'The regional water board voted on Thursday to raise tariffs by nine percent from January, the first increase in four years.',
  'Board members said the rise would pay for replacing cast-iron mains laid in the 1950s, which burst more than 300 times last winter.',
  'Households using an average amount of water will pay about 38 more a year, according to the board’s own estimate.',
  'Consumer groups criticised the timing, arguing that many families were still struggling with high energy bills.',
  'The board’s chair, Marta Oyelaran, said the network could not wait: “Every year we delay, the repairs cost more.”',
  'A public consultation on the tariff structure will open next month and run until the end of February.',
  'Smaller towns on the network’s eastern edge, where pipes are newest, have asked for a lower rate of their own.',
  'The board will publish a list of the streets where mains are to be replaced first before the consultation opens.',
];
const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Water tariffs to rise nine percent', articleBody: paragraphs.join('\n') };
const page = (body: string) => `<!doctype html><html><head><title>Water tariffs to rise nine percent | Valley Courier</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><nav><a href="/">Home</a><a href="/news">News</a></nav><article><h1>Water tariffs to rise nine percent</h1>${body}</article>
<footer>© Valley Courier</footer></body></html>`;

describe('a body the page declares in JSON-LD', () => {
  it('is the article when the page shows only its opening', () => {
    const a = extract(page(`<p>${paragraphs[0]}</p><div class="paywall">Subscribe to keep reading.</div>`), { format: 'html' });
    for (const p of paragraphs.slice(1)) expect(a.body).toContain(p);
    expect(a.warnings.map((w) => w.code)).toContain('HTML_DECLARED_BODY');
    expect(a.headline).toBe('Water tariffs to rise nine percent');
  });

  it('is not used when the page shows the article', () => {
    const a = extract(page(paragraphs.map((p) => `<p>${p}</p>`).join('')), { format: 'html' });
    expect(a.warnings.map((w) => w.code)).not.toContain('HTML_DECLARED_BODY');
    expect(a.body).toContain(paragraphs[5]);
  });

  it('is not used when the page does not show its opening (another story’s data)', () => {
    const a = extract(page('<p>An unrelated story about the county fair opens this paragraph and goes on for a while.</p>'), { format: 'html' });
    expect(a.warnings.map((w) => w.code)).not.toContain('HTML_DECLARED_BODY');
  });
});
