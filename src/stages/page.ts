/**
 * Stage, page: what the page is and what it says about itself (`Article.page`). HTML pages state
 * most of it in their metadata (read in the same DOM walk as the rest, `src/html/metadata.ts`);
 * in text the visible labels speak: a breadcrumb above the headline, "Tags: ..." and "Section: ..."
 * lines. Nothing here moves a line between body and boilerplate.
 *
 * The page type is read from structure first, declarations second: a listing is a long run of
 * teasers (headline-shaped lines, linked in HTML, each with at most a short summary and a date
 * under it) with little running prose outside the run; an article has its own prose.
 */
import type { DocumentState, Line, LineLabel, PageDeclared } from '../document.js';
import { lineHints, need } from '../document.js';
import type { DateRef, Page, PageType } from '../schema.js';
import { pageRules } from '../rules/page.js';
import { structureRules } from '../rules/structure.js';
import { headerRules } from '../rules/header.js';
import { isDateLike, isDateOnly, isDateTokens, shapes } from '../rules/shapes.js';
import { endsSentence, fold, splitList, toSourceSpan } from '../text.js';
import { readDates } from '../dates/api.js';
import type { LineFeatures } from './classify.js';

export function page(state: DocumentState): void {
  const lines = need(state, 'lines');
  const labels = need(state, 'labels');
  const features = need(state, 'features');
  const declared = state.metadata?.page ?? null;
  const headlineAt = headlineLine(state, lines);
  const visible = visibleLabels(lines, labels, headlineAt);
  const { type, evidence } = pageType(state, lines, labels, features, declared);
  const canonicalUrl = absolute(declared?.canonicalUrl ?? null, state.options.url);
  const result: Page = {
    siteName: declared?.siteName ?? null,
    description: declared?.description ?? null,
    image: absolute(declared?.image ?? null, canonicalUrl ?? state.options.url),
    canonicalUrl,
    modifiedAt: dateRef(declared?.modifiedAt ?? null) ?? visibleModified(state, lines, headlineAt),
    section: declared?.section ?? visible.section,
    tags: declared && declared.tags.length ? declared.tags : visible.tags,
    type,
  };
  state.page = result;
  if (type !== 'article') state.warnings.push({ code: 'PAGE_NOT_ARTICLE', message: `page read as ${type === 'other' ? 'not an article' : `a ${type}`}: ${evidence}` });
}

/** A URL made absolute against the page's address; null when it cannot be. */
function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return base === null && /^\/\/|^https?:/i.test(url) ? url : null;
  }
}

/** A metadata date ("2025-04-02T11:05:00+01:00") at the precision written. */
function dateRef(raw: string | null): DateRef | null {
  if (!raw) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(raw.trim());
  if (m) return { value: m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`, granularity: m[4] ? 'time' : 'day', text: raw, span: [0, 0], relative: false };
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) return null;
  return { value: d.toISOString().slice(0, 10), granularity: 'day', text: raw, span: [0, 0], relative: false };
}

/** Index of the headline's line, or -1. */
function headlineLine(state: DocumentState, lines: Line[]): number {
  const span = state.structure?.headlineSpan;
  if (!span) return -1;
  return lines.findIndex((l) => l.span[0] <= span[0] && span[0] < Math.max(l.span[1], l.span[0] + 1));
}

const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

/**
 * "Updated 12 February 2025" near the headline: the date written on that line. The dates stage reads
 * the publication line; this one short line is parsed here, only on pages that have it.
 */
function visibleModified(state: DocumentState, lines: Line[], headlineAt: number): DateRef | null {
  const norm = state.normalized;
  if (headlineAt < 0 || !norm) return null;
  // The label in the page's language ("Updated", "Aktualisiert am", "mis à jour le", "Actualizado:").
  const updated = headerRules().updatedLabel;
  for (let i = Math.max(0, headlineAt - 3); i < lines.length && i <= headlineAt + 8; i++) {
    const line = lines[i]!;
    if (line.words === 0 || line.words > 20) continue;
    const label = updated.exec(fold(line.text));
    if (!label) continue;
    // The label may follow a publication date on the same line ("Published ... | Updated ...").
    const at = label.index;
    const text = line.text.slice(Math.max(0, at));
    // Dotted numeric dates are day first wherever they are written ("12.03.2025"), as the header reads them.
    const dayFirst = DOTTED_DATE.test(text) ? true : undefined;
    const found = readDates(text, { lang: state.lang ?? null, timezone: state.options.timezone, dayFirst })[0];
    if (found) {
      const from = line.cleanStart + Math.max(0, at) + found.index;
      return { value: found.value, granularity: found.granularity, text: found.text, span: toSourceSpan(norm, from, from + found.text.length), relative: false };
    }
    return null;
  }
  return null;
}

/** Text-mode section and tags from the lines the page shows: breadcrumb, section and tag labels. */
function visibleLabels(lines: Line[], labels: LineLabel[], headlineAt: number): { section: string | null; tags: string[] } {
  const r = pageRules();
  let section: string | null = null;
  let tags: string[] = [];
  const headline = headlineAt >= 0 ? fold(lines[headlineAt]!.text) : null;
  // A breadcrumb sits just above the headline; its last crumb that is not the headline names the section.
  for (let i = headlineAt - 1; i >= 0 && i >= headlineAt - 6 && section === null; i--) {
    const line = lines[i]!;
    if (line.words === 0 || line.words > 16 || !r.crumbSeparator.test(line.text)) continue;
    const crumbs = line.text.split(r.crumbSeparator).map((c) => c.trim()).filter(Boolean);
    if (crumbs.length < 2 || crumbs.some((c) => c.split(/\s+/).length > 5)) continue;
    for (let k = crumbs.length - 1; k >= 0; k--) {
      const c = crumbs[k]!;
      if (r.homeCrumb.test(c) || (headline && headline.startsWith(fold(c)))) continue;
      section = c;
      break;
    }
  }
  // Labels after the headline (menus above it say "Topics" too).
  for (let i = Math.max(0, headlineAt + 1); i < lines.length; i++) {
    const line = lines[i]!;
    if (line.words === 0 || line.words > 40) continue;
    if (section === null && line.words <= 8) {
      const m = r.sectionLabel.exec(line.text);
      if (m && line.text.length > m[0].length) section = splitList(line.text.slice(m[0].length), r.tagSeparator)[0] ?? null;
    }
    if (tags.length) continue;
    const m = r.tagLabel.exec(line.text);
    if (!m || endsSentence(line.text)) continue;
    const rest = line.text.slice(m[0].length).trim();
    // "Tags: a, b, c" on one line, or "Tags" over a short list.
    tags = rest ? splitList(rest, r.tagSeparator) : tagsBelow(lines, labels, i);
    tags = tags.filter((t) => t.length >= 2 && t.length <= 60 && t.split(/\s+/).length <= 5).slice(0, r.maxTags);
  }
  return { section, tags };
}

function tagsBelow(lines: Line[], labels: LineLabel[], i: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k < lines.length && out.length < pageRules().maxTags; k++) {
    const line = lines[k]!;
    if (line.words === 0) {
      if (out.length) break;
      continue;
    }
    if (line.words > 5 || endsSentence(line.text) || labels[k]!.keep) break;
    out.push(line.text);
  }
  return out.length >= 2 ? out : [];
}

// --- Page type -------------------------------------------------------------------------------

interface Shape {
  /** Teasers were told by their links (HTML), not by shape alone. */
  linked: boolean;
  /** Teasers in the longest run of them. */
  run: number;
  /** Share of the kept article's words inside teaser runs (1 when nothing was kept). */
  bodyInRun: number;
  /** Share of the page's visible lines inside teaser runs. */
  runShare: number;
  /** Words of running prose outside teaser runs. */
  prose: number;
  /** Words of the longest stretch of that prose. */
  block: number;
  /** Time-stamp headings in the kept article (a live blog's posts). */
  stamps: number;
}

function pageType(state: DocumentState, lines: Line[], labels: LineLabel[], features: LineFeatures[], declared: PageDeclared | null): { type: PageType; evidence: string } {
  const T = pageRules().type;
  const r = pageRules();
  const shape = readShape(state, lines, labels, features);
  const structural = `a run of ${shape.run} teasers, teaser runs over ${Math.round(shape.runShare * 100)}% of the lines and ${Math.round(shape.bodyInRun * 100)}% of the body; outside it ${shape.prose} words of running prose, at most ${shape.block} in a row`;
  if (declared) {
    const types = declared.ldTypes;
    const live = types.find((t) => r.liveblogTypes.test(t));
    if (live) return { type: 'liveblog', evidence: `JSON-LD @type ${live}` };
    const article = types.some((t) => r.articleTypes.test(t)) || declared.ogType === 'article';
    const ldArticle = types.some((t) => r.articleTypes.test(t));
    const other = types.find((t) => r.otherTypes.test(t));
    if (other && !ldArticle) return { type: 'other', evidence: `JSON-LD @type ${other}` };
    if (!ldArticle && declared.ogType && r.otherOgType.test(declared.ogType)) return { type: 'other', evidence: `og:type ${declared.ogType}` };
    const listingType = types.find((t) => r.listingTypes.test(t));
    const listed = listingType ? `JSON-LD @type ${listingType}` : declared.ldListItems >= T.ldListMinItems ? `a JSON-LD ItemList of ${declared.ldListItems}` : declared.ldArticles >= T.ldListMinItems ? `${declared.ldArticles} JSON-LD articles` : null;
    if (listed && !ldArticle && shape.block < T.articleBlock) return { type: 'listing', evidence: `${listed}; ${structural}` };
    if (isListing(shape, article)) return { type: 'listing', evidence: structural };
    return { type: 'article', evidence: '' };
  }
  // A live blog's posts (time stamp, title, text) repeat like teasers: the stamps tell them apart.
  if (shape.stamps >= T.liveblogMinStamps) return { type: 'liveblog', evidence: `${shape.stamps} time-stamped posts` };
  if (isListing(shape, false)) return { type: 'listing', evidence: structural };
  return { type: 'article', evidence: '' };
}

function isListing(shape: Shape, declaredArticle: boolean): boolean {
  const T = pageRules().type;
  if (shape.run < T.listingMinTeasers || shape.runShare < (shape.linked ? T.listingMinShare : T.listingMinShareText) || shape.prose >= T.articleProse || shape.prose >= shape.run * T.proseWordsPerTeaser) return false;
  return shape.block < (declaredArticle ? T.declaredArticleBlock : T.articleBlock);
}

/** A short line shaped like a headline: not a sentence, not a date, not a label-colon. */
function headlineShaped(line: Line, f: LineFeatures): boolean {
  const T = pageRules().type;
  if (line.words < T.teaserMinWords || line.words > T.teaserMaxWords || f.colonHeader || f.tableRow) return false;
  if (/[.!。！]["'”’)\]]*$/.test(line.text)) return false;
  // A teaser may carry its date ("... 14 Feb 2025"); a line that is only a date or a byline is not one.
  if (HAS_DIGIT.test(line.text) && (isDateOnly(line.text) || isDateTokens(line.text))) return false;
  return !structureRules().bylinePrefix.test(fold(line.text));
}

/** Every date shape the checks below know has a digit: lines without one skip them. */
const HAS_DIGIT = /\d/;

/** A teaser's date or byline line. */
function datedOrSigned(line: Line): boolean {
  if (HAS_DIGIT.test(line.text) && (isDateOnly(line.text) || isDateTokens(line.text) || (line.words <= 12 && isDateLike(line.text)))) return true;
  return line.words <= 12 && structureRules().bylinePrefix.test(fold(line.text));
}

/** Short lines that may sit between teasers besides dates and bylines: "Read more", counts, labels (not a live blog's time stamps). */
function shortLabel(line: Line): boolean {
  return line.words <= 3 && !shapes().timeStamp.test(line.text);
}

function readShape(state: DocumentState, lines: Line[], labels: LineLabel[], features: LineFeatures[]): Shape {
  const T = pageRules().type;
  const hints = lineHints(state, lines) ?? null;
  const isTeaser = (i: number) => (!hints || hints[i]!.linkShare >= T.linkShare) && headlineShaped(lines[i]!, features[i]!);
  const prose = (i: number) => features[i]!.sentence && lines[i]!.words >= T.proseMinWords;
  const inRun = new Uint8Array(lines.length);
  // Walk teaser to teaser: a gap of meta lines and at most one short summary keeps the run going.
  let best = 0;
  let run: number[] = [];
  let teasers = 0;
  let gap: number[] = [];
  let gapProse = 0;
  let gapOther = 0;
  let gapDated = false;
  let unitDated = false;
  const close = () => {
    // The last teaser's summary belongs to the run.
    const tail = gap.find((k) => prose(k));
    if (teasers >= 2) for (const k of tail !== undefined ? [...run, tail] : run) inRun[k] = 1;
    best = Math.max(best, teasers);
    run = [];
    gap = [];
    teasers = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.words === 0) continue;
    if (isTeaser(i)) {
      // Without links, a title over a paragraph is an article's subheading; a teaser's gap is empty or dated.
      if (!hints && teasers > 0 && gapProse > 0 && !gapDated) close();
      unitDated = HAS_DIGIT.test(line.text) && isDateLike(line.text);
      run.push(...gap, i);
      gap = [];
      teasers++;
      gapProse = 0;
      gapOther = 0;
      gapDated = unitDated;
      continue;
    }
    if (teasers === 0) continue;
    gap.push(i);
    const dated = datedOrSigned(line);
    if (dated) gapDated = true;
    // A paragraph longer than a summary is running prose: the run ends before it.
    if (prose(i) && line.words > T.summaryMaxWords) {
      gap.pop();
      close();
      continue;
    }
    if (prose(i)) gapProse++;
    else if (!dated && !shortLabel(line)) gapOther++;
    if (gapProse > 1 || gapOther > 1) close();
  }
  close();
  // Prose anywhere on the page that no furniture rule claims (an article whose body the extraction
  // missed is still an article), and its longest stretch: paragraphs in a row, a short line between
  // them allowed (a subheading, "See the post:").
  let proseWords = 0;
  let block = 0;
  let longest = 0;
  let between = 0;
  let stamps = 0;
  const stamp = shapes().timeStamp;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (labels[i]!.keep && line.words <= 4 && stamp.test(line.text)) stamps++;
    if (line.words === 0) continue;
    if (!inRun[i] && prose(i) && !features[i]!.rule) {
      proseWords += line.words;
      block += line.words;
      longest = Math.max(longest, block);
      between = 0;
    } else if (inRun[i] || line.words > T.teaserMaxWords || ++between > 1) {
      block = 0;
      between = 0;
    }
  }
  let visible = 0;
  let covered = 0;
  let kept = 0;
  let keptInRun = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.words === 0) continue;
    visible++;
    covered += inRun[i]!;
    if (!labels[i]!.keep) continue;
    kept += lines[i]!.words;
    if (inRun[i]) keptInRun += lines[i]!.words;
  }
  return { linked: hints !== null, run: best, runShare: covered / Math.max(1, visible), bodyInRun: kept ? keptInRun / kept : 1, prose: proseWords, block: longest, stamps };
}
