/**
 * Stage 5, structure: newsletter furniture, live-blog entry stamps and digest lists, then the page
 * header (src/header/: headline, kicker, dek, byline, date lines), then block kinds and sections
 * inside the article; then the "Label: text" stories, the digest list and the timeline (date headers
 * and the lines they date, live-blog entries and their paragraphs).
 */
import type { DocumentState, Line, LineLabel, NormalizedText, StructuredDocument, TimelineEntry } from '../document.js';
import { lineHints, need } from '../document.js';
import type { Block, Boilerplate, DigestItem, Span, Story } from '../schema.js';
import { structureRules } from '../rules/structure.js';
import { personNames, placeNames } from '../nlp/names.js';
import { headerRules } from '../rules/header.js';
import { isDateOnly, isDateLike, isMonthOnly, isWeekdayOnly, isWrittenDateOnly, opensWithWeekday, shapes, TIMED_ENTRY } from '../rules/shapes.js';
import { endsSentence, fold, isAllCaps, lineSubSpan } from '../text.js';
import { completeHeader, findHeader, isDateLine, matchDateline, type Role } from '../header/index.js';
import type { LineFeatures } from './classify.js';
import { findDigestLists, isNamedDigestHeader, itemText, keepLedInLists, keepScheduleLists, type DigestList } from '../structure/digest.js';
import { extendToEntries, findEntryStamps, isEntryAuthor, isEntryTitle, liveEntries, markEntryButtons } from '../structure/liveblog.js';
import { markNewsletterFurniture } from '../structure/newsletter.js';

/** What the structure stage settles before it reads the header: the lines the header may not take. */
export interface BeforeHeader {
  roles: Map<number, Role[]>;
  claimed: Map<number, true>;
  article: { start: number; end: number };
  stamps: number[];
  digests: DigestList[];
}

/**
 * The structure stage up to the header: newsletter furniture, led-in lists, live-blog stamps and
 * digest lists relabel lines first. The header trainer (src/header/training.ts) runs this too, so
 * the model learns from the very lines the library shows it.
 */
/** Entry stamps that make a page a live blog whose headline stands above them all. */
const LIVE_BLOG_MIN_STAMPS = 3;

export function settleBeforeHeader(state: DocumentState): BeforeHeader {
  const lines = need(state, 'lines');
  const labels = need(state, 'labels');
  const features = need(state, 'features');
  const region = need(state, 'region');
  const roles = new Map<number, Role[]>();

  // --- Newsletter furniture that needs context: a sponsor's pitch, a signature under a sign-off.
  markNewsletterFurniture(lines, labels);

  // --- Bullets a sentence leads into ("Passengers are advised to:") are the article's own list.
  keepLedInLists(lines, labels);
  keepScheduleLists(lines, labels);

  // --- Live-blog entry stamps ("09:12 GMT", "24m ago"): headings that open entries, kept even
  // where they read as a teaser's age.
  const stamps = findEntryStamps(lines, labels, features, region);
  const article = extendToEntries(lines, labels, stamps, region);
  // A list led in at the article's foot may run past the region the classifier drew.
  for (let i = lines.length - 1; i >= article.end; i--) {
    if (labels[i]!.keep && lines[i]!.text !== '') {
      article.end = i + 1;
      break;
    }
  }
  markEntryButtons(lines, labels, stamps);
  const claimed = new Map<number, true>();
  for (const i of stamps) {
    labels[i] = { keep: true };
    roles.set(i, [{ kind: 'heading' }]);
    claimed.set(i, true);
  }

  // --- Digest lists anywhere: live blogs put "Key events" above the article, briefings inside it.
  const hints = lineHints(state, lines);
  const digests = findDigestLists(lines, labels, features, region, (i) => hints?.[i]!.dom.heading || lines[i]!.heading);
  for (const list of digests) {
    for (const i of [list.header, ...list.items]) {
      // A jump list is the page's navigation, set aside (and no header line either).
      if (list.contents) {
        labels[i] = { keep: false, reason: 'navigation', rule: 'structure.contents' };
        claimed.set(i, true);
        continue;
      }
      labels[i] = { keep: true };
      roles.set(i, [{ kind: i === list.header ? 'heading' : 'list-item' }]);
      claimed.set(i, true);
    }
  }
  return { roles, claimed, article, stamps, digests: digests.filter((d) => !d.contents) };
}

export function structure(state: DocumentState): void {
  const norm = need(state, 'normalized');
  const lines = need(state, 'lines');
  const labels = need(state, 'labels');
  const features = need(state, 'features');
  const region = need(state, 'region');
  const rules = structureRules();
  const { roles, claimed, article, stamps, digests } = settleBeforeHeader(state);

  // --- The header: headline, kicker, dek, byline and date lines (src/header/).
  // (Two stamps may be a teaser's time and the article's own dateline; three make a live blog.)
  const header = findHeader(state, claimed, stamps.length >= LIVE_BLOG_MIN_STAMPS ? Math.min(...stamps) : -1);
  for (const [i, lineRoles] of header.roles) roles.set(i, lineRoles);
  let { dek } = header;
  // A newsletter's first section title ("1. Markets", "CHIPS") sits just above the prose the article
  // region starts at, below the header.
  const above = prevNonBlank(lines, region.start);
  if (above > header.headlineIndex && !roles.has(above) && labels[above]!.rule === 'position.before-article' && isSectionTitleAbove(lines[above]!, prevNonBlankLine(lines, above), lines[region.start] ?? null)) {
    labels[above] = { keep: true };
    article.start = Math.min(article.start, above);
  }
  const { kicker, firstContent } = header;
  // Live-blog entry authors join the header's byline (src/structure/liveblog.ts).
  const byline = header.byline;

  // --- Inside the article: block kinds, datelines, bylines, sections.
  let section: string | null = null;
  let seenParagraph = false;
  const sectionOf = new Map<number, string | null>();
  const stampSet = new Set(stamps);
  let nameCounts: Map<string, number> | undefined;
  let prevKept: Line | null = null;
  for (let i = Math.min(firstContent, article.start); i < article.end; i++) {
    const line = lines[i]!;
    const prev = prevKept;
    if (labels[i]!.keep && line.text !== '') prevKept = line;
    if (!labels[i]!.keep) continue;
    if (roles.has(i)) {
      const kind = roles.get(i)![0]!.kind;
      if (kind === 'heading') section = line.text.replace(/:$/, '');
      sectionOf.set(i, kind === 'heading' ? null : section);
      continue;
    }
    const text = line.text;
    if (isDateLine(text) && !text.endsWith(':')) {
      // Before the first paragraph a date line is the page's date; after it, a live blog's day header.
      if (seenParagraph) {
        roles.set(i, [{ kind: 'heading' }]);
        section = text;
        sectionOf.set(i, null);
      } else roles.set(i, [{ kind: 'dateline' }]);
      continue;
    }
    if (dek === null && text.endsWith(':') && rules.introLine.test(fold(text))) {
      dek = text;
      roles.set(i, [{ kind: 'dek' }]);
      continue;
    }
    // A bare name right under (or just above) a live-blog stamp: the entry's author.
    const afterStamp = prev !== null && stampSet.has(prev.index);
    const beforeStamp = stampSet.size > 0 && stampSet.has(nextNonBlank(lines, i));
    // Only a name the page names again (in its byline, over other entries) is an author: a TV guide's
    // programme titles sit under time stamps too.
    if ((afterStamp || beforeStamp) && isEntryAuthor(text, line.words) && (byline.some((n) => fold(n) === fold(text)) || (nameCounts ??= countLines(lines)).get(fold(text))! >= 2)) {
      roles.set(i, [{ kind: 'byline' }]);
      byline.push(text);
      continue;
    }
    const next = nextKept(lines, labels, i, article.end);
    const underStamp = afterStamp || (prev !== null && roles.get(prev.index)?.[0]?.kind === 'byline' && stampSet.has(prevKeptBefore(lines, labels, prev.index)));
    if (isHeading(line, features[i]!, next) || isNumberedSection(line, prev, next) || (underStamp && isEntryTitle(line, next))) {
      roles.set(i, [{ kind: 'heading' }]);
      section = text.replace(/:$/, '');
      sectionOf.set(i, null);
      continue;
    }
    sectionOf.set(i, section);
    if (line.marker) {
      roles.set(i, [{ kind: 'list-item' }]);
      continue;
    }
    if (/^>\s?/.test(text)) {
      roles.set(i, [{ kind: 'quote', from: text.match(/^>\s?/)![0].length, to: text.length }]);
      continue;
    }
    const dateline = matchDateline(text);
    if (dateline !== null) {
      roles.set(i, [
        { kind: 'dateline', from: 0, to: dateline.end, text: dateline.text },
        { kind: 'paragraph', from: dateline.bodyStart, to: text.length },
      ]);
      continue;
    }
    roles.set(i, [{ kind: 'paragraph' }]);
    seenParagraph = true;
  }
  // Lines kept after the article's end by no rule: nothing to do, they stay boilerplate.
  markAuthorBios(lines, labels, roles, byline, article);

  // --- Blocks and boilerplate records, in reading order.
  const blocks: Block[] = [];
  const boilerplate: Boilerplate[] = [];
  const blockAt = new Map<number, Block>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineRoles = labels[i]!.keep ? roles.get(i) : undefined;
    if (!lineRoles) {
      const label = labels[i]!;
      boilerplate.push({
        text: line.text === '' ? norm.source.slice(line.span[0], line.span[1]) : line.text,
        span: line.span,
        reason: label.reason ?? 'other',
        rule: label.rule ?? 'position.unplaced',
      });
      continue;
    }
    for (const [k, role] of lineRoles.entries()) {
      const from = role.from ?? 0;
      const to = role.to ?? line.text.length;
      // The first part of a line owns its bullet marker and leading characters, so spans stay gap-free,
      // and each part runs up to where the next begins (separators such as " — " go with the part before).
      const sub = lineSubSpan(norm, line, from, to);
      const next = lineRoles[k + 1];
      const end = next ? lineSubSpan(norm, line, next.from ?? 0, next.to ?? line.text.length)[0] : line.span[1];
      const span: Span = [k === 0 ? line.span[0] : sub[0], end];
      const block: Block = {
        kind: role.kind,
        text: role.text ?? line.text.slice(from, to).trim(),
        span,
        section: sectionOf.get(i) ?? null,
      };
      blocks.push(block);
      if (k === lineRoles.length - 1) blockAt.set(i, block);
    }
  }

  const contentIdx = [...blockAt.keys()].filter((i) => ['paragraph', 'list-item', 'heading', 'quote'].includes(blockAt.get(i)!.kind));
  const timeline = findTimeline(norm, lines, blockAt, contentIdx);
  if (stamps.length > 0) timeline.push(...liveEntries(stamps, blockAt, article.end));
  const digest = digestItems(digests, blockAt);
  // A briefing tells several stories; one "Getting there: ..." paragraph in a feature is a signpost,
  // unless the page names itself a briefing (its kicker) or sums itself up (a digest).
  const digestLines = new Set(digests.flatMap((d) => d.items));
  const candidates = findStories(norm, lines, blockAt, contentIdx.filter((i) => !digestLines.has(i)));
  // A live blog's "Half-time: ..." and "Substitution: ..." are its entries' openings, not stories.
  const briefing = kicker !== null && structureRules().briefingKicker.test(fold(kicker));
  const stories = stamps.length === 0 && (candidates.length >= 2 || briefing || digest.length > 0) ? candidates : [];

  completeHeader(state, header);
  const headlineBlock = blocks.find((b) => b.kind === 'headline');
  const result: StructuredDocument = {
    publishedAt: header.published,
    headline: header.headline,
    kicker,
    dek,
    byline: header.byline,
    blocks,
    boilerplate,
    stories,
    digest,
    timeline,
    headlineSpan: headlineBlock ? headlineBlock.span : null,
  };
  state.structure = result;
}





/** Paragraphs of the article before its foot, where an author's bio never stands. */
const BIO_AFTER_PARAGRAPHS = 3;

/**
 * The bio at the article's foot that opens with an author of the byline ("Jane Doe is a senior
 * correspondent for the Gazette. She joined in 2010.") is a credit, not the story.
 */
function markAuthorBios(lines: Line[], labels: LineLabel[], roles: Map<number, Role[]>, byline: string[], article: { start: number; end: number }): void {
  const names = byline.map(fold).filter((n) => n.includes(' '));
  if (names.length === 0) return;
  const verb = structureRules().authorBioVerb;
  // A person's given name or surname ("Jonah Pell"): not a brand's or a team's byline ("QCY Official", "The Upwork Team").
  const parts = byline
    .filter((n) => /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(n) && !headerRules().role.test(n))
    .flatMap((n) => fold(n).split(' '))
    .filter((w) => w.length >= 3);
  let paragraphs = 0;
  for (let i = article.start; i < article.end; i++) {
    if (!labels[i]!.keep || roles.get(i)?.[0]?.kind !== 'paragraph') continue;
    paragraphs++;
    if (paragraphs <= BIO_AFTER_PARAGRAPHS) continue;
    const text = fold(lines[i]!.text);
    // The full name, or one part of it as a bio under an author card writes it ("Jonah covers broadband").
    const name = names.find((n) => text.startsWith(n)) ?? parts.find((n) => text.startsWith(n) && !/^[\p{L}\p{N}]/u.test(text.slice(n.length)));
    if (name === undefined || !verb.test(text.slice(name.length))) continue;
    roles.delete(i);
    labels[i] = { keep: false, reason: 'credit', rule: 'credit.author-bio' };
  }
}

function countLines(lines: Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) if (line.words > 0 && line.words <= 4) counts.set(fold(line.text), (counts.get(fold(line.text)) ?? 0) + 1);
  return counts;
}

function nextNonBlank(lines: Line[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text !== '') return k;
  return -1;
}

function prevNonBlank(lines: Line[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.text !== '') return k;
  return -1;
}

function prevNonBlankLine(lines: Line[], i: number): Line | null {
  const k = prevNonBlank(lines, i);
  return k >= 0 ? lines[k]! : null;
}

function prevKeptBefore(lines: Line[], labels: LineLabel[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (labels[k]!.keep && lines[k]!.text !== '') return k;
  return -1;
}

function nextKept(lines: Line[], labels: LineLabel[], i: number, end: number): Line | null {
  for (let k = i + 1; k < end; k++) if (labels[k]!.keep && lines[k]!.text !== '') return lines[k]!;
  return null;
}




function isHeading(line: Line, f: LineFeatures, next: Line | null): boolean {
  if (line.heading > 0 && line.words > 0) return true;
  if (line.words === 0 || line.words > 12 || f.tableRow) return false;
  const text = line.text;
  if (isNamedDigestHeader(text)) return true;
  if (line.marker) return false;
  if (endsSentence(text) && !text.endsWith('?')) return false;
  if (text.endsWith(':') && isDateLike(text)) return false;
  if (shapes().timeStamp.test(text)) return true;
  if (!next) return false;
  // A heading introduces prose or a list.
  return next.words >= 6 || next.marker !== null;
}


/** A section title over the first paragraph: numbered, in capitals, or ending in a colon. */
function isSectionTitleAbove(line: Line, prev: Line | null, next: Line | null): boolean {
  if (isNumberedSection(line, prev, next)) return true;
  if (line.marker || line.words > 6 || endsSentence(line.text) || !next || next.words < 6) return false;
  return isAllCaps(line.text) || line.text.endsWith(':');
}

/**
 * "2. Markets" over prose: a newsletter's numbered section title, not a one-item list (the line
 * before is not an item of the same numbered list).
 */
function isNumberedSection(line: Line, prev: Line | null, next: Line | null): boolean {
  if (line.marker !== 'number' || line.words > 8 || endsSentence(line.text) || line.text.endsWith(':')) return false;
  if (!next || next.marker !== null || next.words < 6) return false;
  return !prev || prev.marker !== 'number';
}

/** Share of a story's words that open in lower case: prose has most of its words so. */
const STORY_MIN_LOWER_SHARE = 0.4;

/** "Smart cars: China has criticized ..." paragraphs of briefings. */
/** A numbered item is a story only when it tells one: a paragraph's length. */
const NUMBERED_STORY_MIN_WORDS = 15;

const CLOCK_IN_LABEL = /\b\d{1,2}\s?[h:.]\s?\d{2}\b/;
/** "Step 1: Visit the board's website.": a how-to's numbered step, not a briefing's story. */
const STEP_LABEL = /^(?:step|schritt|étape|paso|passo|stap|krok)\s\d{1,2}$/i;

function findStories(norm: NormalizedText, lines: Line[], blockAt: Map<number, Block>, contentIdx: number[]): Story[] {
  const rules = structureRules();
  const stories: Story[] = [];
  for (const i of contentIdx) {
    const block = blockAt.get(i)!;
    const line = lines[i]!;
    // A briefing may number its stories ("1. Chips: Voltaic said Tuesday ..."); bullets are lists.
    if (block.kind !== 'paragraph' && !(block.kind === 'list-item' && line.marker === 'number' && line.words >= NUMBERED_STORY_MIN_WORDS)) continue;
    const m = /^([\p{Lu}\p{N}][^:.!?]{1,50}?):\s+(?=\S)/u.exec(line.text);
    if (!m) continue;
    const label = m[1]!.trim();
    const rest = line.text.slice(m[0].length);
    const labelWords = label.split(/\s+/).length;
    const words = rest.split(/\s+/);
    // A story is told in sentences: "Pine Ridge: median price $455,000, 41 days on market" is a data row.
    if (labelWords > 6 || words.length < 6 || !endsSentence(rest)) continue;
    // A story is told in prose: a team sheet or a scorers' line ("Pardo; Lucena, Gorostiza, ...") is data.
    if (words.filter((w) => /^\p{Ll}/u.test(w)).length < words.length * STORY_MIN_LOWER_SHARE) continue;
    // A weekday's line ("Monday: The office publishes ...") is a calendar's entry, not a story.
    // So is an update's stamp ("Mise à jour 16h20 : ..."): a label with a clock time.
    if (rules.signpost.test(fold(label)) || isDateLike(label) || isWeekdayOnly(label) || /^\d/.test(label) || CLOCK_IN_LABEL.test(label) || STEP_LABEL.test(label) || structureRules().asOfHeader.test(fold(label) + ':')) continue;
    // Speaker turns ("Smith: We ...") and quotes are not stories; a story label is not a lone name word pair.
    if (/["“”«»„]/.test(label) || rules.quoteIntro.test(fold(label)) || isSpeakerName(label)) continue;
    stories.push({ label, text: rest, span: [lineSubSpan(norm, line, m[0].length, line.text.length)[0], block.span[1]] });
  }
  // "PUNE: The civic body ...": a place in capitals opening the first paragraph, where no other
  // paragraph opens with a label, is the story's dateline, not a briefing's item.
  const first = contentIdx.find((i) => blockAt.get(i)!.kind === 'paragraph');
  // A label that opens two paragraphs or more is a speaker's turns in an interview ("Белова: ..."):
  // a briefing gives each story a label of its own.
  const turns = new Map<string, number>();
  for (const story of stories) turns.set(story.label, (turns.get(story.label) ?? 0) + 1);
  if ([...turns.values()].some((n) => n > 1)) return stories.filter((story) => turns.get(story.label) === 1);
  if (stories.length === 1 && first !== undefined && lines[first]!.text.startsWith(stories[0]!.label + ':') && isAllCaps(stories[0]!.label)) return [];
  return stories;
}

/** "Marcus: ...", "Tori Haines: ...": a speaker's turn in a transcript or a pundits' panel (a given name first, no place). */
function isSpeakerName(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  return personNames().given.has(words[0]!.toLowerCase()) && !placeNames().has(label.toLowerCase());
}

function isTimelineHeader(line: Line): { qualifier: 'as-of' | null } | null {
  const text = line.text;
  if (!text.endsWith(':') || line.words > 10) return null;
  if (structureRules().asOfHeader.test(fold(text))) return { qualifier: 'as-of' };
  if (isDateOnly(text) || isWrittenDateOnly(text.slice(0, -1)) || isMonthOnly(text.slice(0, -1)) || isWeekdayOnly(text.slice(0, -1))) return { qualifier: null };
  return null;
}

/** "June 24, 2024: The two ..." or "March 2020: Lockdown begins." on one line. */
function inlineTimeline(text: string): number | null {
  // ("June 2019 – The council approves ...": a dash may stand for the colon.)
  const m = /^([^:–—]{3,40}?)(?::\s+(?=\S)|\s[–—-]\s+(?=[\p{Lu}"“‘']))/u.exec(text);
  if (!m) return null;
  const head = m[1]!.trim();
  if (!isWrittenDateOnly(head) && !structureRules().asOfHeader.test(fold(head) + ':')) return null;
  return m[0].length;
}

/** A full date alone on its line, without the colon ("15 April 2014", "12 oktober 2022"). */
function isBareDateLine(line: Line): boolean {
  // A year, or a weekday beside the day and month ("Monday, April 28" over a police log's entries).
  return line.words <= BARE_DATE_MAX_WORDS && !line.text.endsWith(':') && isWrittenDateOnly(line.text) && (/\d{4}/.test(line.text) || opensWithWeekday(line.text));
}
const BARE_DATE_MAX_WORDS = 6;
/** A short line in capitals, with letters and no full stop: a section's label, whatever its markup. */
function isCapitalsLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= CAPITALS_LABEL_MAX_CHARS && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && !/[.!?]$/.test(t);
}
const CAPITALS_LABEL_MAX_CHARS = 60;

/** Bare date lines, each over a line of its own, that make a timeline. */
const BARE_TIMELINE_MIN_ENTRIES = 2;

function findTimeline(norm: NormalizedText, lines: Line[], blockAt: Map<number, Block>, contentIdx: number[]): TimelineEntry[] {
  const timeline: TimelineEntry[] = [];
  let current: TimelineEntry | null = null;
  // A chronology written as bare date lines, each over its event ("15 April 2014" / "The airport
  // opens its second runway."): the dates head the lines under them, as "15 April 2014:" would.
  let bareEntries = 0;
  for (let n = 0; n + 1 < contentIdx.length; n++) {
    if (isBareDateLine(lines[contentIdx[n]!]!) && !isBareDateLine(lines[contentIdx[n + 1]!]!)) bareEntries++;
  }
  const bareHeaders = bareEntries >= BARE_TIMELINE_MIN_ENTRIES;
  for (let n = 0; n < contentIdx.length; n++) {
    const i = contentIdx[n]!;
    const line = lines[i]!;
    const block = blockAt.get(i)!;
    const header = isTimelineHeader(line) ?? (bareHeaders && isBareDateLine(line) && n + 1 < contentIdx.length ? { qualifier: null } : null);
    if (header) {
      current = { header: { text: line.text.replace(/:$/, ''), span: block.span }, qualifier: header.qualifier, items: [] };
      timeline.push(current);
      continue;
    }
    // A heading, or a bullet in capitals naming the next section ("- SLOVAK REFERENDUM"), ends the entry.
    if (block.kind === 'heading' || (current && current.items.length > 0 && isCapitalsLabel(block.text))) {
      current = null;
      continue;
    }
    if (current) {
      // A date header dates the block right after it, and further list items of the same list.
      const first = current.items.length === 0;
      // So does a log's run of entries each opening with its time ("8:14 a.m. — Staff at ... reported").
      const sameList = block.kind === 'list-item' && blockAt.get(contentIdx[n - 1]!)?.kind === 'list-item';
      const timedRun = TIMED_ENTRY.test(block.text) && current.items.length > 0 && TIMED_ENTRY.test(current.items[current.items.length - 1]!.text);
      if (first || (current.items.length > 0 && (sameList || timedRun))) {
        current.items.push({ text: block.text, span: block.span });
        continue;
      }
      current = null;
    }
    const inline = block.kind === 'paragraph' || block.kind === 'list-item' ? inlineTimeline(line.text) : null;
    if (inline !== null) {
      const head = line.text.slice(0, inline).replace(/:\s*$/, '');
      timeline.push({
        header: { text: head, span: lineSubSpan(norm, line, 0, head.length) },
        qualifier: /^as of\b/i.test(head) ? 'as-of' : null,
        items: [{ text: line.text.slice(inline), span: [lineSubSpan(norm, line, inline, line.text.length)[0], block.span[1]] }],
      });
    }
  }
  return timeline;
}

/** Digest items in reading order; a topic-label bullet joins the description after it. */
function digestItems(lists: DigestList[], blockAt: Map<number, Block>): DigestItem[] {
  const digest: DigestItem[] = [];
  for (const list of lists) {
    let pending: Block | null = null;
    for (const i of list.items) {
      const block = blockAt.get(i);
      if (!block) continue;
      if (list.labels.has(i)) {
        pending = block;
        continue;
      }
      digest.push({ text: itemText(block.text), label: pending ? itemText(pending.text) : null, section: list.section, span: pending ? [pending.span[0], block.span[1]] : block.span });
      pending = null;
    }
  }
  return digest;
}
