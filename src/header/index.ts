/**
 * The page header: which lines above and at the top of the article are its headline, kicker, dek,
 * byline and date lines. Called by the `structure` stage before it reads the body, so the body
 * never takes a header line for a paragraph.
 */
import type { DocumentState, Line, LineLabel } from '../document.js';
import { need } from '../document.js';
import type { BlockKind } from '../schema.js';
import { structureRules } from '../rules/structure.js';
import { isDateLike, shapes } from '../rules/shapes.js';
import { endsSentence, fold, isAllCaps } from '../text.js';
import { parseByline } from './byline.js';
import { isDateLine, isStandaloneDateline } from './lines.js';

export { parseByline } from './byline.js';
export { isDateLine, isStandaloneDateline, matchDateline } from './lines.js';

/** How far above the article the headline may sit, in non-blank lines. */
const HEADER_LOOKBACK = 25;
/** How far above the article byline and date lines are looked for. */
const META_LOOKBACK = 12;

export interface Role {
  kind: BlockKind;
  /** Part of the line, when a line holds two blocks (kicker + headline, dateline + paragraph). */
  from?: number;
  to?: number;
  text?: string;
}

export interface Header {
  /** Line index -> the roles the header gave it (header lines are kept, never boilerplate). */
  roles: Map<number, Role[]>;
  headline: string | null;
  kicker: string | null;
  dek: string | null;
  byline: string[];
  headlineIndex: number;
  /** The first line the body reads (past a headline that opened the article region). */
  firstContent: number;
}

/** Finds the header; `skip` lines (digest lists) are never header lines. Marks header lines kept. */
export function findHeader(state: DocumentState, skip: ReadonlyMap<number, unknown>): Header {
  const lines = need(state, 'lines');
  const labels = need(state, 'labels');
  const region = need(state, 'region');
  const rules = structureRules();
  const digestLines = skip;
  const roles = new Map<number, Role[]>();
  let headline: string | null = null;
  let kicker: string | null = null;
  let dek: string | null = null;
  const byline: string[] = [];

  // --- Above the article: byline and date lines near its start anchor the headline, which sits
  // just above them; without them, scan back from the article's first line.
  const isFurniture = (i: number) => {
    const rule = labels[i]!.rule;
    return rule !== undefined && !rule.startsWith('position.') && rule !== 'signal.label-run';
  };
  let anchor = region.start;
  for (let i = region.start - 1, seenMeta = 0; i >= 0 && seenMeta < META_LOOKBACK; i--) {
    const line = lines[i]!;
    if (line.text === '' || digestLines.has(i)) continue;
    seenMeta++;
    // The markup may file bylines and dates under header or meta classes: they still count here.
    if (isFurniture(i) && !labels[i]!.rule?.startsWith('html.')) continue;
    if (isDateLine(line.text) || isStandaloneDateline(line.text)) {
      roles.set(i, [{ kind: 'dateline' }]);
      anchor = i;
      continue;
    }
    const names = parseByline(line.text);
    if (names) {
      roles.set(i, [{ kind: 'byline' }]);
      byline.unshift(...names);
      anchor = i;
    }
  }
  let firstContent = region.start;
  let headlineIndex = -1;
  let seen = 0;
  for (let i = anchor - 1; i >= 0 && seen < HEADER_LOOKBACK; i--) {
    const line = lines[i]!;
    if (line.text === '' || digestLines.has(i) || roles.has(i)) continue;
    seen++;
    if (isFurniture(i)) continue;
    const text = line.text;
    if (isDateLine(text) || isStandaloneDateline(text) || parseByline(text)) continue;
    if (line.words <= 2 || shapes().timeStamp.test(text)) continue;
    const isIntro = rules.introLine.test(fold(text));
    const isStandfirst = /[.:]["'”’)]*$/.test(text) && line.words >= 8 && !splitKicker(text);
    if (isIntro || isStandfirst) {
      if (dek === null) {
        dek = text;
        roles.set(i, [{ kind: 'dek' }]);
      }
      continue;
    }
    if (line.words > 30) break;
    headlineIndex = i;
    // A title line above a longer standfirst without end punctuation: the title is the headline.
    const above = previousTitleLine(lines, labels, i);
    if (above >= 0 && dek === null && !splitKicker(text) && looksLikeStandfirstUnder(lines[above]!.text, line)) {
      dek = text;
      roles.set(i, [{ kind: 'dek' }]);
      headlineIndex = above;
    }
    break;
  }
  if (headlineIndex < 0 && region.start < region.end) {
    // No title-like line above the article: a first line that is a question or a short title.
    const first = lines[region.start]!;
    if (first.words <= 20 && !first.marker && (/[?!]$/.test(first.text) || !endsSentence(first.text)) && region.end - region.start > 1) {
      headlineIndex = region.start;
    }
  }
  // HTML pages state their headline: the line that says it wins over the text's guess.
  const stated = state.metadata?.headline ? fold(state.metadata.headline) : null;
  if (stated) {
    const match = lines.findIndex((l, i) => i < Math.max(region.end, 1) && l.words > 0 && (fold(l.text) === stated || (l.words >= 3 && stated.includes(fold(l.text)) && fold(l.text).length >= stated.length * 0.6)));
    if (match >= 0 && match !== headlineIndex) {
      if (headlineIndex >= 0) roles.delete(headlineIndex);
      headlineIndex = match;
      roles.delete(match);
    }
  }
  if (headlineIndex >= 0) {
    const line = lines[headlineIndex]!;
    const split = splitKicker(line.text);
    const lineRoles: Role[] = [];
    if (split) {
      kicker = split.kicker;
      lineRoles.push({ kind: 'kicker', from: 0, to: split.kickerEnd, text: split.kicker });
      lineRoles.push({ kind: 'headline', from: split.headlineStart, to: line.text.length, text: split.headline });
      headline = split.headline;
    } else {
      lineRoles.push({ kind: 'headline' });
      headline = line.text;
    }
    roles.set(headlineIndex, lineRoles);
    labels[headlineIndex] = { keep: true };
    // A format label on its own line just above ("EXPLAINER").
    for (let k = headlineIndex - 1; k >= 0 && k >= headlineIndex - 3 && kicker === null; k--) {
      const above = lines[k]!;
      if (above.text === '') continue;
      if (rules.kickerLabel.test(fold(above.text).replace(/[:|]$/, '').trim())) {
        kicker = above.text.replace(/[:|]$/, '').trim();
        roles.set(k, [{ kind: 'kicker' }]);
        labels[k] = { keep: true };
      }
      break;
    }
    if (headlineIndex === region.start) firstContent = region.start + 1;
  }
  for (const [i, lineRoles] of roles) {
    labels[i] = { keep: true };
    if (lineRoles[0]?.kind === 'dek' && headlineIndex > i) {
      // A sentence above the headline is not its standfirst.
      roles.delete(i);
      labels[i] = { keep: false, reason: 'navigation', rule: 'position.before-article' };
      dek = null;
    }
  }
  return { roles, headline, kicker, dek, byline, headlineIndex, firstContent };
}

/**
 * The page's stated headline and authors where the text gave none; stated authors also complete a
 * byline line that named only some of them ("By Jane Doe, Reporter, and John Roe" reads only Jane
 * Doe). They never replace names the text gives that they lack.
 */
export function completeHeader(state: DocumentState, header: Pick<Header, 'headline' | 'byline'>): void {
  if (header.headline === null && state.metadata?.headline) header.headline = state.metadata.headline;
  const statedAuthors = state.metadata?.byline ?? [];
  const statedKeys = new Set(statedAuthors.map((n) => fold(n)));
  if (statedAuthors.length > header.byline.length && header.byline.every((n) => statedKeys.has(fold(n)))) header.byline.splice(0, header.byline.length, ...statedAuthors);
  header.byline.splice(0, header.byline.length, ...new Set(header.byline));
}

/** The line just above `i` if it could be a headline (title-like, not furniture), else -1. */
function previousTitleLine(lines: Line[], labels: LineLabel[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (line.text === '') continue;
    const rule = labels[k]!.rule;
    if (rule && !rule.startsWith('position.')) return -1;
    // Headlines may end in a full stop ("They should test it."), but not run long.
    if (line.words < 3 || line.words > 25 || (endsSentence(line.text) && line.words > 14) || line.marker || isDateLike(line.text)) return -1;
    return k;
  }
  return -1;
}

/**
 * Two title-like lines above the byline: the first is the headline and the second its standfirst,
 * unless the first is a masthead or label (all capitals, or too short to be a headline).
 */
function looksLikeStandfirstUnder(above: string, line: Line): boolean {
  if (isAllCaps(above)) return false;
  const aboveWords = above.split(/\s+/).length;
  return aboveWords >= 4 && line.words >= 6;
}

function splitKicker(text: string): { kicker: string; kickerEnd: number; headline: string; headlineStart: number } | null {
  const m = /^([^:|]{2,40})[:|]\s(?=\S)/.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  if (!structureRules().kickerLabel.test(fold(label))) return null;
  const headline = text.slice(m[0].length).trim();
  if (headline.split(/\s+/).length < 3) return null;
  return { kicker: label, kickerEnd: m[0].trimEnd().length, headline, headlineStart: m[0].length };
}
