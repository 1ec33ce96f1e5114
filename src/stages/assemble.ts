/**
 * Last stage, assemble: the plain-JSON Article from what the stages found.
 */
import type { DocumentState } from '../document.js';
import { need } from '../document.js';
import type { Article, BlockKind, Page } from '../schema.js';

/** The page when nothing was read of it (and for the fallback Article). */
export function emptyPage(): Page {
  return { siteName: null, description: null, image: null, canonicalUrl: null, modifiedAt: null, section: null, tags: [], type: 'article' };
}

/** Block kinds that make up `body`; headline, kicker, dek, byline and datelines are fields. */
const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'list-item', 'quote']);

export function assembleArticle(state: DocumentState): Article {
  const s = need(state, 'structure');
  const blocks = s.blocks;
  return {
    schemaVersion: 1,
    headline: s.headline,
    kicker: s.kicker,
    dek: s.dek,
    byline: s.byline,
    lang: state.lang ?? null,
    publishedAt: state.publishedAt ?? null,
    page: state.page ?? emptyPage(),
    body: blocks.filter((b) => BODY_KINDS.has(b.kind)).map((b) => b.text).join('\n'),
    blocks,
    stories: s.stories,
    digest: s.digest,
    dates: state.dates ?? [],
    events: state.events ?? [],
    topics: state.topics ?? [],
    entities: state.entities ?? { people: [], places: [], organizations: [] },
    figures: state.figures ?? [],
    boilerplate: s.boilerplate,
    warnings: state.warnings,
    source: { format: state.format, text: state.view ?? state.input },
  };
}
