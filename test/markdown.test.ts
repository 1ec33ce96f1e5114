// toMarkdown / toText: the Markdown rules (headline, dek, byline and date, headings, lists, quotes,
// digest and timeline as lists, no boilerplate), escaping, and the round trip back to the body.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, toMarkdown, toText, type Article, type Block } from '../src/index.js';
import { escapeMarkdown } from '../src/render/markdown.js';

/** A small CommonMark reader for what toMarkdown writes: block markers off, escapes undone, one block a line. */
function readBack(md: string, a: Article): string[] {
  const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const out: string[] = [];
  for (const raw of md.split('\n')) {
    if (!raw.trim() || raw.startsWith('<!--')) continue;
    let s = raw;
    if (/^# /.test(s)) continue; // the headline
    if (/^_.*_$/.test(s) && a.dek) continue; // the dek
    if (/^By .* · |^By [^·]*$|^\d{4}-\d{2}/.test(s) && out.length === 0) continue; // byline and date
    s = s.replace(/^## /, '').replace(/^> /, '').replace(/^- /, '');
    const merged = /^\*\*(.*?)\*\* (.*)$/.exec(s); // a timeline date header and its entry
    if (merged) out.push(unescape(merged[1]!), unescape(merged[2]!));
    else out.push(unescape(s));
  }
  return out;
}

const fixtures = (() => {
  const out: [string, Article][] = [];
  for (const dir of ['cases', 'html', 'pages']) {
    const base = new URL(`../fixtures/${dir}/`, import.meta.url);
    for (const f of fs.readdirSync(base).filter((x) => /\.(txt|html)$/.test(x)).sort()) out.push([`${dir}/${f}`, extract(fs.readFileSync(new URL(f, base), 'utf8'))]);
  }
  return out;
})();

describe('escapeMarkdown', () => {
  it.each([
    ['1. Not a list, a sentence that starts with a number.', '1\\. Not a list, a sentence that starts with a number.'],
    ['2024) was a year', '2024\\) was a year'],
    ['# of votes rose', '\\# of votes rose'],
    ['> not a quote', '\\> not a quote'],
    ['- not a bullet', '\\- not a bullet'],
    ['+ plus', '\\+ plus'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['*starred* and _under_ and `code`', '\\*starred\\* and \\_under\\_ and \\`code\\`'],
    ['[link](x) <b> a\\b', '\\[link\\](x) \\<b> a\\\\b'],
    ['Fish &amp; chips & peas', 'Fish \\&amp; chips & peas'],
    ['A plain sentence.', 'A plain sentence.'],
  ])('%s', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});

/** An Article with the given header and body blocks (spans laid end to end), as the pipeline would return it. */
function article(blocks: [Block['kind'], string][], extra: Partial<Article> = {}): Article {
  const base = extract('');
  let at = 0;
  const bs: Block[] = blocks.map(([kind, text]) => {
    const span: [number, number] = [at, at + text.length];
    at += text.length + 1;
    return { kind, text, span, section: null };
  });
  const body = bs.filter((b) => ['heading', 'paragraph', 'list-item', 'quote'].includes(b.kind)).map((b) => b.text).join('\n');
  return { ...base, blocks: bs, body, ...extra };
}

describe('toMarkdown', () => {
  const blocks: [Block['kind'], string][] = [
    ['headline', 'Council sets out plan for harbour flood wall'],
    ['byline', 'By Ada Quill and Ben Rook'],
    ['paragraph', 'The council has published plans for a flood wall along the harbour front, with work due to start in the autumn.'],
    ['paragraph', '1. That was the number of objections received by the deadline, officials said, to laughter at the meeting.'],
    ['paragraph', '# is how residents tagged their posts about the plan, which has drawn hundreds of comments online since Monday.'],
    ['heading', 'What the plan includes'],
    ['list-item', 'A wall 1.2 metres high along the quay'],
    ['list-item', 'Flood gates at the slipway and the lifeboat station'],
    ['quote', 'We cannot keep sandbagging every winter'],
    ['paragraph', 'Residents will be asked for their views at two meetings in the spring.'],
    ['heading', 'Key dates'],
    ['paragraph', 'June 2025: Consultation closes.'],
    ['paragraph', 'September 2025: Work begins on the first section.'],
  ];
  const a = article(blocks, {
    headline: 'Council sets out plan for harbour flood wall',
    dek: 'The wall would protect 400 homes from the kind of surge that flooded the quay in 2023.',
    byline: ['Ada Quill', 'Ben Rook'],
    publishedAt: { value: '2025-03-04', granularity: 'day', text: 'March 4, 2025', span: [0, 0], relative: false, source: 'text' },
    boilerplate: [{ text: 'Share this article', span: [900, 918], reason: 'share', rule: 'share.bar' }],
  });
  // The timeline entries as the dates stage reports them: inside their blocks.
  const june = a.blocks[11]!;
  const sept = a.blocks[12]!;
  a.events = [
    { date: { value: '2025-06', granularity: 'month', text: 'June 2025', span: [june.span[0], june.span[0] + 9], relative: false }, text: 'Consultation closes.', span: [june.span[0] + 11, june.span[1]], origin: 'timeline', qualifier: null },
    { date: { value: '2025-09', granularity: 'month', text: 'September 2025', span: [sept.span[0], sept.span[0] + 14], relative: false }, text: 'Work begins on the first section.', span: [sept.span[0] + 16, sept.span[1]], origin: 'timeline', qualifier: null },
  ];
  const md = toMarkdown(a);

  it('writes the headline as #, the dek in italics, then the byline and date line', () => {
    expect(md.split('\n\n').slice(0, 3)).toEqual([
      '# Council sets out plan for harbour flood wall',
      '_The wall would protect 400 homes from the kind of surge that flooded the quay in 2023._',
      'By Ada Quill and Ben Rook · 2025-03-04',
    ]);
  });
  it('keeps prose that starts with "1." or "#" as prose', () => {
    expect(md).toContain('\n\n1\\. That was the number of objections');
    expect(md).toContain('\n\n\\# is how residents tagged');
  });
  it('writes headings, lists and quotes', () => {
    expect(md).toMatch(/^## What the plan includes$/m);
    expect(md).toContain('\n\n- A wall 1.2 metres high along the quay\n- Flood gates at the slipway and the lifeboat station\n\n');
    expect(md).toMatch(/^> We cannot keep sandbagging every winter$/m);
  });
  it('writes timeline entries as a list', () => {
    expect(md).toContain('## Key dates\n\n- June 2025: Consultation closes.\n- September 2025: Work begins on the first section.\n');
  });
  it('leaves out boilerplate and the header blocks of the body', () => {
    expect(md).not.toContain('Share this article');
    expect(md.match(/Council sets out plan/g)).toHaveLength(1);
  });
  it('reads back to the body', () => expect(readBack(md, a).join('\n')).toBe(a.body));

  it('writes the dek in italics and a digest as a list', () => {
    const seed = fixtures.find(([n]) => n === 'cases/000_seed_daily_briefing.txt')![1];
    const out = toMarkdown(seed);
    expect(out).toContain(`_${escapeMarkdown(seed.dek!)}_`);
    for (const item of seed.digest) expect(out).toContain(`- ${escapeMarkdown(item.text)}`);
  });

  it('joins a timeline date header with its entry in one list item', () => {
    const seed = fixtures.find(([n]) => n === 'cases/000_seed_daily_briefing.txt')![1];
    expect(toMarkdown(seed)).toMatch(/^- \*\*June 24, 2024:\*\* The two kidnapped executives/m);
  });

  it('is empty for an empty article', () => expect(toMarkdown(extract(''))).toBe(''));
});

describe('round trip', () => {
  it.each(fixtures)('%s: reading the Markdown back gives the body', (_, a) => {
    expect(readBack(toMarkdown(a), a).join('\n')).toBe(a.body);
  });

  it('the text pipeline reads the Markdown back with the body kept', () => {
    const words = (s: string) => s.replace(/\\|\*\*/g, '').split(/\s+/).filter(Boolean);
    // Articles and live blogs: a listing's or a product's Markdown is short lines the text pipeline sets aside.
    const recalls = fixtures.filter(([, a]) => a.page.type === 'article' || a.page.type === 'liveblog').map(([name, a]) => {
      const back = new Map<string, number>();
      for (const w of words(extract(toMarkdown(a), { format: 'text' }).body)) back.set(w, (back.get(w) ?? 0) + 1);
      let kept = 0;
      const all = words(a.body);
      for (const w of all) {
        const n = back.get(w) ?? 0;
        if (n > 0) {
          kept++;
          back.set(w, n - 1);
        }
      }
      return [name, all.length ? kept / all.length : 1] as const;
    });
    const mean = recalls.reduce((s, [, r]) => s + r, 0) / recalls.length;
    expect(mean).toBeGreaterThanOrEqual(0.97);
    expect(recalls.filter(([, r]) => r < 0.85)).toEqual([]);
  });

  it('never renders a boilerplate line that is not also body text', () => {
    for (const [name, a] of fixtures) {
      const md = toMarkdown(a);
      // A teaser that repeats the headline or the dek is rendered once, as the headline or dek.
      const header = [a.headline, a.dek].filter(Boolean);
      const leaked = a.boilerplate.filter((b) => b.text.length >= 25 && !a.body.includes(b.text) && !header.includes(b.text) && md.includes(escapeMarkdown(b.text)));
      expect(leaked.map((b) => b.text), name).toEqual([]);
    }
  });
});

describe('toText', () => {
  it('is the body and nothing else', () => {
    for (const [, a] of fixtures) expect(toText(a)).toBe(a.body ? `${a.body}\n` : '');
  });
});
