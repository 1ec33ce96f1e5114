/**
 * The Article as Markdown (CommonMark): headline as `#`, the dek in italics, a byline and date line,
 * then the body blocks in reading order: headings as `##`, paragraphs, lists (digest bullets and
 * timeline entries included), quotes. Boilerplate never appears. Text is escaped so that prose stays
 * prose: a paragraph starting with "1." or "#" does not become a list or a heading.
 */
import type { Article, Block } from '../schema.js';

/** Inline characters CommonMark would read as markup: emphasis, code, links, HTML, escapes. */
const INLINE = /[\\`*_[\]<]/g;
/** An entity reference ("&amp;") would be decoded; its ampersand is escaped. */
const ENTITY = /&(?=#?\w+;)/g;

/** Escapes inline markup and any line start that Markdown would read as a block marker. */
export function escapeMarkdown(text: string): string {
  let s = text.replace(INLINE, '\\$&').replace(ENTITY, '\\&');
  // Headings, quotes, list markers, ordered-list numbers, thematic breaks, setext underlines, fences.
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(s);
  if (ordered) s = `${ordered[1]}\\${ordered[2]}${s.slice(ordered[0].length)}`;
  else if (/^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|=+\s*$|-+\s*$|~~~|\+\+\+)/.test(s)) s = `\\${s}`;
  return s;
}

const BODY_KINDS = new Set<Block['kind']>(['heading', 'paragraph', 'list-item', 'quote']);

/** "June 2023:" alone on its line: a timeline date header over the entry below it. */
function isHeaderLine(text: string): boolean {
  return text.endsWith(':') && text.split(/\s+/).length <= 10;
}

export function toMarkdown(article: Article): string {
  const out: string[] = [];
  if (article.headline) out.push(`# ${escapeMarkdown(article.headline)}`);
  if (article.dek) out.push(`_${escapeMarkdown(article.dek)}_`);
  const credit = [article.byline.length ? `By ${joinNames(article.byline)}` : '', article.publishedAt?.value ?? ''].filter(Boolean).join(' · ');
  if (credit) out.push(escapeMarkdown(credit));

  // Timeline entries are read from the events the pipeline dated: the block that holds one is a list item.
  const timelineStarts = article.events.filter((e) => e.origin === 'timeline').map((e) => e.span);
  const inTimeline = (b: Block) => timelineStarts.some(([s, e]) => s >= b.span[0] && e <= b.span[1]);
  const blocks = article.blocks.filter((b) => BODY_KINDS.has(b.kind));
  // Paragraphs of one list run on without blank lines between them; everything else is its own block.
  let list: string[] | null = null;
  const flush = () => {
    if (list) out.push(list.join('\n'));
    list = null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if ((b.kind === 'paragraph' || b.kind === 'list-item') && isHeaderLine(b.text) && next && inTimeline(next) && !inTimeline(b)) {
      // A date header and its entry become one item: "- **June 2023:** The government ...".
      (list ??= []).push(`- **${escapeMarkdown(b.text)}** ${escapeMarkdown(next.text)}`);
      i++;
      continue;
    }
    if (b.kind === 'list-item' || (b.kind === 'paragraph' && inTimeline(b))) {
      (list ??= []).push(`- ${escapeMarkdown(b.text)}`);
      continue;
    }
    flush();
    if (b.kind === 'heading') out.push(`## ${escapeMarkdown(b.text)}`);
    else if (b.kind === 'quote') out.push(`> ${escapeMarkdown(b.text)}`);
    else out.push(escapeMarkdown(b.text));
  }
  flush();
  return out.length ? `${out.join('\n\n')}\n` : '';
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The body as plain text, one block a line: for pipelines that want the words and nothing else. */
export function toText(article: Article): string {
  return article.body ? `${article.body}\n` : '';
}
