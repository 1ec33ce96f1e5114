/**
 * Stage 5, structure: digest lists, then the page header (src/header/: headline, kicker, dek,
 * byline, date lines), then block kinds and sections inside the article; then the "Label: text"
 * stories, the digest list and the timeline groups (date headers and the lines they date).
 */
import type { DocumentState, Line, LineLabel, NormalizedText, StructuredDocument, TimelineEntry } from '../document.js';
import { need } from '../document.js';
import type { Block, BlockKind, Boilerplate, DigestItem, Span, Story } from '../schema.js';
import { structureRules } from '../rules/structure.js';
import { isDateOnly, isDateLike, shapes } from '../rules/shapes.js';
import { endsSentence, fold, isAllCaps, lineSubSpan } from '../text.js';
import { completeHeader, findHeader, isDateLine, matchDateline, type Role } from '../header/index.js';
import type { LineFeatures } from './classify.js';

export function structure(state: DocumentState): void {
  const norm = need(state, 'normalized');
  const lines = need(state, 'lines');
  const labels = need(state, 'labels');
  const features = need(state, 'features');
  const region = need(state, 'region');
  const rules = structureRules();

  const roles = new Map<number, Role[]>();

  // --- Digest lists anywhere: live blogs put "Key events" above the article, briefings inside it.
  const digestLines = claimDigestLists(lines, labels, features);
  for (const [i, kind] of digestLines) {
    labels[i] = { keep: true };
    roles.set(i, [{ kind }]);
  }

  // --- The header: headline, kicker, dek, byline and date lines (src/header/).
  const header = findHeader(state, digestLines);
  for (const [i, lineRoles] of header.roles) roles.set(i, lineRoles);
  let { dek } = header;
  const { kicker, firstContent } = header;

  // --- Inside the article: block kinds, datelines, bylines, sections.
  let section: string | null = null;
  let seenParagraph = false;
  const sectionOf = new Map<number, string | null>();
  for (let i = firstContent; i < region.end; i++) {
    const line = lines[i]!;
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
    if (isHeading(line, features[i]!, nextKept(lines, labels, i, region.end))) {
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
  const stories = findStories(norm, lines, blockAt, contentIdx);
  const { digest, timeline } = findDigestAndTimeline(norm, lines, blockAt, contentIdx);

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





/**
 * Lines under a digest header ("Key events", "IN BRIEF"): summary bullets, or plain lines on pages
 * that lost their bullets. Ends at a blank-separated paragraph, a timeline date header, another
 * header or furniture. Returns line index -> block kind.
 */
function claimDigestLists(lines: Line[], labels: LineLabel[], features: LineFeatures[]): Map<number, BlockKind> {
  const rules = structureRules();
  const claimed = new Map<number, BlockKind>();
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (head.words === 0 || head.words > 6 || !rules.digestHeader.test(fold(head.text).replace(/:$/, ''))) continue;
    const items: number[] = [];
    const marker = lines[i + 1]?.marker ?? null;
    for (let k = i + 1; k < lines.length && items.length < 20; k++) {
      const line = lines[k]!;
      const rule = labels[k]!.rule;
      if (line.text === '') break;
      if (rule && !rule.startsWith('position.') && rule !== 'signal.label-run' && rule !== 'signal.repeated-in-page') break;
      if (line.marker !== marker || isTimelineHeader(line) || line.words > 80 || shapes().timeStamp.test(line.text)) break;
      if (rules.digestHeader.test(fold(line.text).replace(/:$/, ''))) break;
      if (line.words <= 8 && isAllCaps(line.text)) break; // the next section's header
      if (marker === null && features[k]!.sentence && line.words > 40) break;
      items.push(k);
    }
    if (items.length < 2) continue;
    claimed.set(i, 'heading');
    for (const k of items) claimed.set(k, 'list-item');
    i = items[items.length - 1]!;
  }
  return claimed;
}

/** Whether `text` names most of the content words of `label`. */
function mentions(text: string, label: string): boolean {
  const words = fold(label).match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  if (words.length === 0) return false;
  const hay = fold(text);
  // Compare word stems loosely ("rates" / "rate") by their first four letters.
  return words.filter((w) => hay.includes(w.slice(0, 4))).length / words.length >= 0.6;
}


function nextKept(lines: Line[], labels: LineLabel[], i: number, end: number): Line | null {
  for (let k = i + 1; k < end; k++) if (labels[k]!.keep && lines[k]!.text !== '') return lines[k]!;
  return null;
}




function isHeading(line: Line, f: LineFeatures, next: Line | null): boolean {
  if (line.words === 0 || line.words > 12 || f.tableRow) return false;
  const text = line.text;
  if (structureRules().digestHeader.test(fold(text).replace(/:$/, ''))) return true;
  if (line.marker) return false;
  if (endsSentence(text) && !text.endsWith('?')) return false;
  if (text.endsWith(':') && isDateLike(text)) return false;
  if (shapes().timeStamp.test(text)) return true;
  if (!next) return false;
  // A heading introduces prose or a list.
  return next.words >= 6 || next.marker !== null;
}


/** "Smart cars: China has criticized ..." paragraphs of briefings. */
function findStories(norm: NormalizedText, lines: Line[], blockAt: Map<number, Block>, contentIdx: number[]): Story[] {
  const rules = structureRules();
  const stories: Story[] = [];
  for (const i of contentIdx) {
    const block = blockAt.get(i)!;
    if (block.kind !== 'paragraph') continue;
    const line = lines[i]!;
    const m = /^([\p{Lu}\p{N}][^:.!?]{1,50}?):\s+(?=\S)/u.exec(line.text);
    if (!m) continue;
    const label = m[1]!.trim();
    const rest = line.text.slice(m[0].length);
    const labelWords = label.split(/\s+/).length;
    if (labelWords > 6 || rest.split(/\s+/).length < 6) continue;
    if (rules.signpost.test(fold(label)) || isDateLike(label) || /^\d/.test(label) || structureRules().asOfHeader.test(fold(label) + ':')) continue;
    // Speaker turns ("Smith: We ...") and quotes are not stories; a story label is not a lone name word pair.
    if (/["“”]/.test(label)) continue;
    stories.push({ label, text: rest, span: [lineSubSpan(norm, line, m[0].length, line.text.length)[0], block.span[1]] });
  }
  return stories;
}

function isTimelineHeader(line: Line): { qualifier: 'as-of' | null } | null {
  const text = line.text;
  if (!text.endsWith(':') || line.words > 10) return null;
  if (structureRules().asOfHeader.test(fold(text))) return { qualifier: 'as-of' };
  if (isDateOnly(text)) return { qualifier: null };
  return null;
}

/** "June 24, 2024: The two ..." or "March 2020: Lockdown begins." on one line. */
function inlineTimeline(text: string): number | null {
  const m = /^([^:]{3,40}):\s+(?=\S)/.exec(text);
  if (!m) return null;
  const head = m[1]!;
  if (!isDateOnly(head) && !structureRules().asOfHeader.test(fold(head) + ':')) return null;
  return m[0].length;
}

function findDigestAndTimeline(norm: NormalizedText, lines: Line[], blockAt: Map<number, Block>, contentIdx: number[]): { digest: DigestItem[]; timeline: TimelineEntry[] } {
  const rules = structureRules();
  const digest: DigestItem[] = [];
  const timeline: TimelineEntry[] = [];
  let inDigest: string | null = null;
  let pendingLabel: { text: string; span: Span } | null = null;
  let current: TimelineEntry | null = null;

  for (let n = 0; n < contentIdx.length; n++) {
    const i = contentIdx[n]!;
    const line = lines[i]!;
    const block = blockAt.get(i)!;
    const header = isTimelineHeader(line);
    if (header) {
      current = { header: { text: line.text.replace(/:$/, ''), span: block.span }, qualifier: header.qualifier, items: [] };
      timeline.push(current);
      inDigest = null;
      pendingLabel = null;
      continue;
    }
    if (block.kind === 'heading') {
      current = null;
      pendingLabel = null;
      inDigest = rules.digestHeader.test(fold(line.text).replace(/:$/, '')) ? line.text.replace(/:$/, '') : null;
      continue;
    }
    if (current) {
      // A date header dates the block right after it, and further list items of the same list.
      const first = current.items.length === 0;
      if (first || (block.kind === 'list-item' && current.items.length > 0 && blockAt.get(contentIdx[n - 1]!)?.kind === 'list-item')) {
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
      continue;
    }
    if (inDigest !== null) {
      if (block.kind !== 'list-item' || (line.words <= 8 && isAllCaps(line.text))) {
        inDigest = null;
        pendingLabel = null;
        continue;
      }
      // A topic label bullet is short and named again by the description bullet after it.
      const nextIdx = contentIdx[n + 1];
      const next = nextIdx !== undefined ? blockAt.get(nextIdx) : undefined;
      const isLabel = line.words <= 6 && !endsSentence(line.text) && !line.text.endsWith(':') && next !== undefined && next.kind === 'list-item' && mentions(next.text, line.text);
      if (isLabel) {
        pendingLabel = { text: block.text, span: block.span };
        continue;
      }
      digest.push({
        text: block.text,
        label: pendingLabel ? pendingLabel.text : null,
        section: inDigest,
        span: pendingLabel ? [pendingLabel.span[0], block.span[1]] : block.span,
      });
      pendingLabel = null;
    }
  }
  return { digest, timeline };
}
