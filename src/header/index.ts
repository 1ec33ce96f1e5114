/**
 * The page header: which lines above and at the top of the article are its headline, kicker, dek,
 * byline and date lines. Called by the `structure` stage before it reads the body, so the body
 * never takes a header line for a paragraph.
 */
import type { DocumentState, Line } from '../document.js';
import { need } from '../document.js';
import type { BlockKind, PublishedAt } from '../schema.js';
import { structureRules } from '../rules/structure.js';
import { headerRules } from '../rules/header.js';
import { countWords, fold, isTitleCase, lineSubSpan } from '../text.js';
import { pageRules } from '../rules/page.js';
import { isDateOnly, shapes } from '../rules/shapes.js';
import { PropertyPattern } from '../lazy.js';
import { chooseBylines, chooseDate, chooseHeadline } from './decide.js';
import { prevLine, BYLINE_ZONE_PROSE, bylineCandidates, dateCandidates, DATE_SOURCE, headerContext, headerZoneEnd, headlineCandidates, statedPublicationDate, originalPublicationDate, dateUnderByline, mastheadRelativeDate, copyrightHolder, leadCredit, closingSignature, titleOverStandfirst, isPaywallBadge, type DateCandidate, type HeaderContext } from './features.js';
import { readByline } from './byline.js';
import { HEADER_MODEL } from './weights.js';
import { compileModel, scoreCompiled } from './model.js';
import { lazy } from '../lazy.js';
import { HEADER_FLAG } from '../html/view.js';

/** The shipped trees with their feature names resolved, once, on first use. */
const headerModel = lazy(() => ({ ...HEADER_MODEL, headline: compileModel(HEADER_MODEL.headline), byline: compileModel(HEADER_MODEL.byline), date: compileModel(HEADER_MODEL.date) }));
import { matchDateline } from './lines.js';
import { machineDateValue, readDates } from '../dates/api.js';

export { parseByline } from './byline.js';

/** A kicker is a label, not a sentence. */
const KICKER_MAX_WORDS = 8;
/** A headline under a kicker label has at least this many words. */
const HEADLINE_MIN_WORDS = 3;
export { isDateLine, isStandaloneDateline, matchDateline } from './lines.js';


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
  /** The publication date the header states, or null. */
  published: PublishedAt | null;
}

/** How much less likely (in logits) a title line may be than the standfirst under it that the model picked. */
const TITLE_OVER_DEK_MARGIN = 0.5;
/** The same where the standfirst is signed right under it (title / dek / byline): the shape of most article headers. */
const TITLE_OVER_SIGNED_DEK_MARGIN = 1.5;
const SIGNED_DEK_TITLE_MIN_WORDS = 5;
/** How much less likely a title may be than a dek under it that opens as a continuation ("And ...", "Plus: ..."). */
const DEK_OPENER_MARGIN = 3;
/** A topic line over the headline has at most this many words; the headline under it at most this many; and so much less likely it may be (in logits). */
const TOPLINE_MAX_WORDS = 4;
const TITLE_UNDER_TOPLINE_MAX_WORDS = 16;
const TOPLINE_MARGIN = 1;
/** How many lines under a title a match result may sit and still be the title's score (byline, date and counters between). */
const SCORE_UNDER_TITLE_LINES = 6;
const MENU_SEPARATOR = /[|>›»]|\s\/\s/;
/** How far under a score the model's pick may sit and still be the match's report, and how much likelier (in logits) than the signed title over the score it may be. */
const LINES_UNDER_SCORE = 3;
const TITLE_OVER_SCORE_MARGIN = 2.5;
/** How far above the model's pick a title under a series label may sit, and how much less likely (in logits) it may be. */
const LABELLED_TITLE_GAP = 6;
const LABELLED_TITLE_MARGIN = 1.5;
/** How much likelier (in logits) the model's pick must be to outrank a Markdown page's one top-level heading. */
const MARKDOWN_TITLE_MARGIN = 2;

/**
 * Finds the header with the learned model (src/header/features.ts, model.ts, weights.ts): the
 * headline line, the byline lines and the publication date; then, by rule around the headline,
 * the kicker (a series label) and the dek (a standfirst between the headline and the body).
 * `skip` lines (digest lists) are never header lines. Header lines are kept, never boilerplate.
 */
export function findHeader(state: DocumentState, skip: ReadonlyMap<number, unknown>, entriesFrom = -1): Header {
  const lines = need(state, 'lines');
  const labels = need(state, 'labels');
  const region = need(state, 'region');
  const rules = structureRules();
  const roles = new Map<number, Role[]>();
  let headline: string | null = null;
  let kicker: string | null = null;
  let dek: string | null = null;

  const ctx = headerContext(state);
  const model = headerModel();
  // A match result under a title ("Kavanagh's late header sends Shelbourne top" / "Shelbourne 2
  // Derry City 1"), right under it or past its byline and date lines, is the score, not the headline;
  // a result alone on top may be the headline.
  const all = headlineCandidates(ctx);
  const titled = new Set(all.filter((c) => ctx.lines[c.line]!.words >= HEADLINE_MIN_WORDS + 1).map((c) => c.line));
  // The title right over the result, or a signed or dated title a few lines over it.
  // (A menu or breadcrumb over a date line is no title: "Sport >Sport Confidential|Revved Up|...".)
  const signedTitles = new Set(all.filter((c) => titled.has(c.line) && !MENU_SEPARATOR.test(ctx.lines[c.line]!.text) && (c.x['next.name'] === 1 || c.x['next.byline'] === 1 || c.x['next.date'] === 1)).map((c) => c.line));
  const titleAbove = (line: number) => {
    const prev = prevLine(ctx, line);
    if (titled.has(prev)) return prev;
    for (let k = prev, n = 0; k >= 0 && n < SCORE_UNDER_TITLE_LINES; k = prevLine(ctx, k), n++) if (signedTitles.has(k)) return k;
    return -1;
  };
  const scores = all.filter((c) => !skip.has(c.line) && shapes().scoreLine.test(ctx.lines[c.line]!.text) && titleAbove(c.line) >= 0).map((c) => c.line);
  let candidates = all.filter((c) => !skip.has(c.line) && !scores.includes(c.line));
  // A live blog's headline stands above its first entry: the lines under a stamp are the entry's title and text.
  if (entriesFrom >= 0 && candidates.some((c) => c.line < entriesFrom)) candidates = candidates.filter((c) => c.line < entriesFrom);
  // A line opening in lower case with a word that continues the line above ("from the Clearwater
  // River Alliance" under a masthead) is no headline, where another candidate is.
  // Nor is a bare clock time ("16:45 BST"): a live entry's stamp.
  const continuing = candidates.filter((c) => (!ctx.lines[c.line]!.marker && headerRules().lowerContinuation.test(ctx.lines[c.line]!.text)) || shapes().timeStamp.test(ctx.lines[c.line]!.text));
  if (continuing.length > 0 && continuing.length < candidates.length) candidates = candidates.filter((c) => !continuing.includes(c));
  let best = chooseHeadline(candidates, model.headline);
  // A dek that continues its title ("And what happens to mothers who now drive 70 minutes",
  // "Plus: a fertilizer megamerger ...") gives way to the title right above it.
  if (best && headerRules().dekOpener.test(fold(ctx.lines[best.line]!.text))) {
    const pick = best;
    const above = candidates.find((c) => c.line === prevLine(ctx, pick.line) && ctx.lines[c.line]!.words >= HEADLINE_MIN_WORDS && c.x['shape.date'] !== 1 && c.x['cls.rule'] !== 1 && c.x['end.period'] !== 1);
    if (above && scoreCompiled(pick.x, model.headline) - scoreCompiled(above.x, model.headline) <= DEK_OPENER_MARGIN) best = above;
  }
  // The lines right under a match's score ("Goals: ...") are its report, not its title: the title over
  // the score is the headline, where the model found it nearly as likely.
  const score = best ? scores.find((k) => best!.line > k && best!.line - k <= LINES_UNDER_SCORE) : undefined;
  if (best && score !== undefined) {
    const title = candidates.find((c) => c.line === titleAbove(score));
    if (title && signedTitles.has(title.line) && scoreCompiled(best.x, model.headline) - scoreCompiled(title.x, model.headline) <= TITLE_OVER_SCORE_MARGIN) best = title;
  }
  // A Markdown page's one top-level heading ("# Title") is its title, as an HTML page's one <h1>
  // is, over a dek or a teaser the model found nearly as likely.
  if (best && !ctx.hints && ctx.lines[best.line]!.heading !== 1) {
    const titles = ctx.lines.filter((l) => l.heading === 1);
    const title = titles.length === 1 ? candidates.find((c) => c.line === titles[0]!.index && ctx.lines[c.line]!.words >= HEADLINE_MIN_WORDS) : undefined;
    if (title && scoreCompiled(best.x, model.headline) - scoreCompiled(title.x, model.headline) <= MARKDOWN_TITLE_MARGIN) best = title;
  }
  // Right by construction: a series or format label on its own line ("Las claves del día",
  // "EXPLAINER") is the kicker over the headline, never the headline, where a candidate follows it.
  // So is the outlet's own name, which its promos and copyright line name ("THE FREIGHT LINE" over
  // "... access to The Freight Line").
  if (best && (rules.kickerLabel.test(fold(ctx.lines[best.line]!.text).replace(/[:|]$/, '').trim()) || namedByFurniture(ctx, best.line))) {
    // (Not the date line between them: "ANALYSIS" / "Tuesday, 11/3/2025" / the title.)
    const under = candidates.find((c) => c.line > best!.line && c.line <= best!.line + 2 && ctx.lines[c.line]!.words >= HEADLINE_MIN_WORDS && c.x['shape.date'] !== 1 && !rules.kickerLabel.test(fold(ctx.lines[c.line]!.text)));
    if (under) best = under;
  }
  // A title over its standfirst: the line just above a pick written in sentence case, shorter than
  // it and nearly as likely, is the title; the pick its dek ("Penhallow chase down 212 ..." /
  // "Pendry's unbeaten 88 sees ..."). A pick in title case, or in a script without case, stays; a
  // series label above it ("Las claves del día") is its kicker, not its title.
  if (best && best.x['case.title'] < 0.5 && best.x['end.period'] !== 1 && /\p{Ll}/u.test(ctx.lines[best.line]!.text)) {
    const pick = best;
    // (Run together, without a blank line: a blank line between two titles leaves it open which is the page's.)
    const signed = (pick.x['next.name'] === 1 || pick.x['next.byline'] === 1) && !ctx.lines[pick.line]!.blankBefore;
    // (Not a breadcrumb trail, "Piłka nożna / Ekstraklasa", nor the outlet the page's furniture names, "Diario de la Vega".)
    const above = candidates.find((c) => c.line === pick.line - 1 && c.x['len.title'] === 1 && c.x['shape.marker'] !== 1 && c.x['words.vs.next'] === -1 && c.x['cls.rule'] !== 1 && c.x['end.period'] !== 1 && c.x['end.colon'] !== 1 && c.x['sep.crumb'] !== 1 && !MENU_SEPARATOR.test(ctx.lines[c.line]!.text) && ctx.lines[c.line]!.words >= HEADLINE_MIN_WORDS && !rules.kickerLabel.test(fold(ctx.lines[c.line]!.text).replace(/[:|]$/, '').trim()) && !namedByFurniture(ctx, c.line) && !namesSource(ctx, c.line));
    // (The wider margin only for a title of a sentence's length: a short name over the title, "Diario de la Vega", is its source.)
    const margin = signed && above && ctx.lines[above.line]!.words >= SIGNED_DEK_TITLE_MIN_WORDS ? TITLE_OVER_SIGNED_DEK_MARGIN : TITLE_OVER_DEK_MARGIN;
    if (above && scoreCompiled(pick.x, model.headline) - scoreCompiled(above.x, model.headline) <= margin) best = above;
  }
  // A title right under a video player's interface ("Fullscreen" / "This is a modal window." / the
  // video's title) names the video: the headline stands above the player.
  if (best && labels[prevLine(ctx, best.line)]?.rule === 'audio.player-ui') {
    let top = prevLine(ctx, best.line);
    while (top >= 0 && (labels[top]!.rule === 'audio.player-ui' || ctx.lines[top]!.words <= 2)) top = prevLine(ctx, top);
    const above = candidates.find((c) => c.line === top && ctx.lines[c.line]!.words >= HEADLINE_MIN_WORDS && c.x['cls.rule'] !== 1);
    if (above) best = above;
  }
  // A topic line over the title ("Wasserknappheit im Landkreis Gifhorn" / "Landwirte sollen ein
  // Fünftel weniger Grundwasser pumpen" / "Stand: 14.01.2026"): the longer title right under a short
  // pick, itself right over the date line, nearly as likely, is the headline; the pick its topic.
  // (A breadcrumb trail, "FUTBOL / ANADOLU SÜPER LİGİ", is such a line whatever its length.)
  if (best && (ctx.lines[best.line]!.words <= TOPLINE_MAX_WORDS || best.x['sep.crumb'] === 1)) {
    const pick = best;
    const under = candidates.find((c) => c.line === pick.line + 1 && c.x['next.date'] === 1 && c.x['shape.date'] !== 1 && c.x['cls.rule'] !== 1 && c.x['shape.marker'] !== 1
      && !ctx.lines[c.line]!.blankBefore && ctx.lines[c.line]!.words > ctx.lines[pick.line]!.words && ctx.lines[c.line]!.words <= TITLE_UNDER_TOPLINE_MAX_WORDS
      && !/[.!?:]["'”’)]*$/.test(ctx.lines[c.line]!.text) && !headerRules().bylinePrefix.test(fold(ctx.lines[c.line]!.text)));
    if (under && scoreCompiled(pick.x, model.headline) - scoreCompiled(under.x, model.headline) <= TOPLINE_MARGIN) best = under;
  }
  // A standfirst of two sentences under its title line is not the headline: the title is.
  const title = best ? titleOverStandfirst(ctx, best.line) : -1;
  if (title >= 0) best = candidates.find((c) => c.line === title) ?? best;
  // A series label's title over the date line ("Briefing: Drugmakers race ..." / "Jan 16, 2024")
  // is the headline, above a section title the model preferred lower down.
  // So is a title just above the model's pick (its dek) that carries a series label, as its prefix
  // ("Evening Wrap: FTSE slips ...") or on the line above it ("Weekly Briefing").
  // The three lines run on without a blank line, the label is no menu's item (a bullet, or the last
  // of a run of one-word lines: "Economía / Deportes / Newsletter"), and the dek is no shorter than its title.
  const inMenuRun = (label: number) => label > 0 && !ctx.lines[label]!.blankBefore && ctx.lines[label - 1]!.words <= 2 && ctx.lines[label]!.words <= 2;
  // A series or format label ("Weekly Briefing", "PREP ROUNDUP"), unless the page's offers name it (a newsletter's masthead).
  const isSeriesLabel = (k: number) => {
    const label = fold(ctx.lines[k]!.text).replace(/[:|]$/, '').trim();
    return rules.kickerLabel.test(label) || (rules.namedSeries.test(label) && !namedByFurniture(ctx, k));
  };
  const labelAbove = (line: number) => line > 0 && !ctx.lines[line]!.blankBefore && !ctx.lines[line - 1]!.marker && !inMenuRun(line - 1) && isSeriesLabel(line - 1);
  const labelled = best
    ? candidates.find((c) => c.line < best!.line && (c.x['next.date'] === 1 && splitKicker(ctx.lines[c.line]!.text) !== null
      || (best!.line - c.line === 1 && c.x['shape.date'] !== 1 && !ctx.lines[best!.line]!.blankBefore && ctx.lines[c.line]!.words >= HEADLINE_MIN_WORDS && ctx.lines[best!.line]!.words >= ctx.lines[c.line]!.words && (splitKicker(ctx.lines[c.line]!.text) !== null || labelAbove(c.line)))))
    : undefined;
  if (labelled) best = labelled;
  // A title under its series label ("WEEKEND WRAP" / "Kōwhai Park stun leaders ..." / "Keri Tāwhiri"),
  // signed or dated right under it, is the headline over a line below it the model found nearly as
  // likely: a roundup's intro ("A round-up of Saturday's club rugby:"), a brief's first item's title.
  else if (best) {
    const pick = best;
    const pickScore = scoreCompiled(pick.x, model.headline);
    // The byline or date under the title vouches for the label over it, even after a section's one-word label ("Sport" / "WEEKEND WRAP").
    const labelOver = (line: number) => line > 0 && !ctx.lines[line]!.blankBefore && !ctx.lines[line - 1]!.marker && isSeriesLabel(line - 1);
    const signedUnder = (line: number) => {
      const c = candidates.find((x) => x.line === line);
      const next = ctx.lines[line + 1];
      return (c !== undefined && (c.x['next.name'] === 1 || c.x['next.byline'] === 1 || c.x['next.date'] === 1)) || (next !== undefined && headerRules().bylinePrefix.test(fold(next.text)));
    };
    // (Not over a pick that is itself such a title: "EN VIVO" / the title / "Publicado: ..." under a
    // ticker's "ÚLTIMA HORA | ..." that the menu's last entry, "Opinión", seems to label.)
    const titled = labelOver(pick.line) && signedUnder(pick.line) ? undefined : candidates.find((c) => c.line < pick.line && pick.line - c.line <= LABELLED_TITLE_GAP && c.x['shape.date'] !== 1 && c.x['cls.rule'] !== 1
      && ctx.lines[c.line]!.words >= HEADLINE_MIN_WORDS && !/[.:]["'”’)]*$/.test(ctx.lines[c.line]!.text) && labelOver(c.line) && signedUnder(c.line)
      && pickScore - scoreCompiled(c.x, model.headline) <= LABELLED_TITLE_MARGIN);
    if (titled) best = titled;
  }
  const headlineIndex = best ? best.line : -1;
  // The header is the top of the article: its lines never follow the body's paragraphs (a dek may
  // be one long line, so the body begins at the second paragraph of prose under the headline).
  const bodyBegins = headerZoneEnd(ctx, headlineIndex);
  const inHeader = (c: { line: number }) => !skip.has(c.line) && c.line < bodyBegins;
  // A byline may sit one paragraph lower; an author box at the article's end follows the body by nature.
  const bylineZoneEnd = headerZoneEnd(ctx, headlineIndex, BYLINE_ZONE_PROSE);
  const bylines = chooseBylines(bylineCandidates(ctx, headlineIndex, bylineZoneEnd).filter((c) => !skip.has(c.line)), model.byline, model.bylineThreshold, model.bylineShare, headlineIndex);
  // Where no header line names the reporters: a wire credit opening the first paragraph, or (where
  // the press signs so) the names under the last one, whose line is then the byline's.
  const credited = bylines.length === 0 ? leadCredit(ctx, headlineIndex, bylineZoneEnd) : [];
  const signature = bylines.length === 0 && credited.length === 0 ? closingSignature(ctx) : null;
  // "By Miriam Sato" / "and" / "Jonah Feld", "By Noelle Abernathy" / "Staff Writer" / "Follow" / "and Gabriel Estrada":
  // a second author the template sets on lines of their own under the first.
  const lastByline = bylines.length > 0 ? Math.max(...bylines.map((c) => c.line)) : -1;
  const continued = lastByline >= 0 ? continuedByline(ctx, lastByline) : null;
  const stated = bylines.length > 0 ? [...new Set([...bylines.flatMap((c) => c.reading.names), ...(continued?.names ?? [])])] : credited.length > 0 ? credited : (signature?.names ?? []);
  // A personal page names its author in its copyright line, where it has no byline.
  const holder = stated.length === 0 ? copyrightHolder(ctx) : null;
  const byline = holder ? [holder] : stated;
  const bylineLines = bylines.filter((c) => c.line >= 0).map((c) => c.line);
  // A dateline goes with its byline, which may sit a paragraph lower than the rest of the header.
  const inDateZone = (c: DateCandidate) => inHeader(c) || (!skip.has(c.line) && c.line < bylineZoneEnd && c.x['rel.byline'] === 1);
  let chosenDate = chooseDate(dateCandidates(ctx, headlineIndex, bylineLines).filter(inDateZone), model.date, model.dateThreshold);
  // Right by construction, where the model finds no date: a publication the page states in words.
  // Its line stays where it stands (the header is the top of the article).
  const statedDate = chosenDate ? null : (statedPublicationDate(ctx, headlineIndex) ?? dateUnderByline(ctx, bylineLines, bylineZoneEnd));
  // "Updated: Mar 04" under the headline and "First published: Mar 03" under the article: the
  // publication the page states wins over the update the model chose (the case format's rule).
  const statedOverUpdate = chosenDate && isUpdateLine(lines[chosenDate.line]?.text ?? '') ? statedPublicationDate(ctx, headlineIndex) : null;
  if (statedOverUpdate?.day && chosenDate?.day && statedOverUpdate.day < chosenDate.day) chosenDate = statedOverUpdate;
  // "This article was originally published on 26 Sep 2019 but has been regularly updated": the
  // header's later day is the latest revision's.
  const original = chosenDate ? originalPublicationDate(ctx, headlineIndex) : null;
  if (original?.day && chosenDate?.day && original.day < chosenDate.day) chosenDate = original;
  // "Published: 2 hours ago" under the headline, dated by the masthead's day: a publication read relative to it.
  // (Also where the model took the masthead's day itself, and the stamp says the story is older: "Среда, 21 мая 2025" / the title / "вчера в 18:05".)
  const relativeToMasthead = statedDate ? null : mastheadRelativeDate(ctx, headlineIndex);
  if (chosenDate && relativeToMasthead && chosenDate.line === relativeToMasthead.line && chosenDate.day !== relativeToMasthead.day) chosenDate = null;
  const mastheadDate = chosenDate ? null : relativeToMasthead;
  if (mastheadDate && mastheadDate.stampLine >= 0 && !roles.has(mastheadDate.stampLine)) roles.set(mastheadDate.stampLine, [{ kind: 'dateline' }]);
  const date = chosenDate ?? statedDate;
  const published = date ? publishedFrom(state, date) : mastheadDate ? { ...publishedFrom(state, mastheadDate), relative: true } : null;

  for (const i of signature ? [...bylineLines, signature.line] : bylineLines) roles.set(i, [{ kind: 'byline' }]);
  for (const i of continued?.lines ?? []) roles.set(i, [{ kind: 'byline' }]);
  // The date line is a header block, unless a rule removed it (a photo credit's date stays furniture).
  const dateLineRule = date && date.line >= 0 ? labels[date.line]!.rule : undefined;
  if (date && date === chosenDate && date !== original && date.line >= 0 && !roles.has(date.line) && date.line !== headlineIndex && (dateLineRule === undefined || dateLineRule.startsWith('position.') || dateLineRule.startsWith('html.'))) roles.set(date.line, [{ kind: 'dateline' }]);

  let firstContent = region.start;
  if (headlineIndex >= 0) {
    const line = lines[headlineIndex]!;
    const split = splitKicker(line.text);
    const lineRoles: Role[] = [];
    const own = split ? null : titleAfterTrail(line.text);
    if (own) {
      // The line's first role owns its start, so the trail or stamp before the title stays in its span.
      lineRoles.push({ kind: 'headline', from: own.start, to: line.text.length, text: own.title });
      headline = own.title;
    } else if (split) {
      kicker = split.kicker;
      lineRoles.push({ kind: 'kicker', from: 0, to: split.kickerEnd, text: split.kicker });
      lineRoles.push({ kind: 'headline', from: split.headlineStart, to: line.text.length, text: split.headline });
      headline = split.headline;
    } else {
      lineRoles.push({ kind: 'headline' });
      headline = line.text;
    }
    roles.set(headlineIndex, lineRoles);
    // A format label on its own line just above ("EXPLAINER"), or a line the markup calls a kicker.
    for (let k = headlineIndex - 1; k >= 0 && k >= headlineIndex - 3 && kicker === null; k--) {
      const above = lines[k]!;
      if (above.text === '' || roles.has(k)) continue;
      // A paywall badge between the label and the headline ("Décryptage" / "Réservé aux abonnés") is read past.
      if (isPaywallBadge(labels[k]!, above.words)) continue;
      const label = fold(above.text).replace(/[:|]$/, '').trim();
      const series = isSeriesLabel(k);
      if ((series && !namesSection(ctx, k, label)) || (above.words <= KICKER_MAX_WORDS && ((ctx.hints?.[k]?.header ?? 0) & HEADER_FLAG.kicker) !== 0)) {
        kicker = above.text.replace(/[:|]$/, '').trim();
        roles.set(k, [{ kind: 'kicker' }]);
      }
      break;
    }
    // A standfirst: the first sentence-like line under the headline that is still in the header,
    // above the article's first line or above its byline and date lines.
    // (A byline signed at the article's end, past the header's zone, bounds nothing up here.)
    const headerRoles = [...roles.keys()].filter((k) => k < bodyBegins);
    const headerEnd = Math.max(region.start, ...headerRoles.filter((k) => k > headlineIndex));
    for (let k = headlineIndex + 1, seen = 0; k < headerEnd && seen < DEK_LOOKAHEAD; k++) {
      const line = lines[k]!;
      if (line.text === '' || roles.has(k) || skip.has(k)) continue;
      seen++;
      const rule = labels[k]!.rule;
      if (rule !== undefined && !rule.startsWith('position.')) continue;
      // Furniture a rule names stays furniture, wherever the page's markup put it (an affiliate note).
      if (ctx.features[k]!.rule) break;
      if (isDek(line, fold(line.text))) {
        dek = line.text;
        roles.set(k, [{ kind: 'dek' }]);
      }
      break;
    }
    // The body starts after the header. Above the headline, short kept lines are the header's
    // furniture (a section label, a breadcrumb) and set-aside lines stay set aside (a time stamp up
    // there opens no live-blog entry); between the headline and its last header line, short kept
    // lines are furniture too (share labels, a photo's caption).
    const lastHeader = Math.max(headlineIndex, ...headerRoles);
    // Past a paragraph of the article's prose, a sentence is more of it, not furniture (a byline
    // that signs the text below it, as a letter's does).
    let pastProse = false;
    for (let k = 0; k <= lastHeader; k++) {
      if (roles.has(k) || skip.has(k) || k === headlineIndex) continue;
      const label = labels[k]!;
      const short = lines[k]!.words < HEADER_FURNITURE_MAX_WORDS;
      if (k > headlineIndex && label.keep && !short && ctx.features[k]!.sentence) pastProse = true;
      const prose = pastProse && ctx.features[k]!.sentence && lines[k]!.words >= SENTENCE_MIN_WORDS;
      if (label.keep && short && !prose && k >= region.start) labels[k] = { keep: false, reason: 'navigation', rule: k < headlineIndex ? 'header.before-headline' : 'header.furniture' };
      else if (!label.keep && k < headlineIndex && label.rule?.startsWith('position.')) labels[k] = { ...label, rule: 'header.before-headline' };
    }
    if (headlineIndex >= region.start && headlineIndex < region.end) firstContent = headlineIndex + 1;
  }
  for (const i of roles.keys()) labels[i] = { keep: true };
  return { roles, headline, kicker, dek, byline, headlineIndex, firstContent, published };
}

/** How many lines under the headline a standfirst may sit. */
const DEK_LOOKAHEAD = 3;
/** Lines this long inside the article region are prose, never header furniture. */
const HEADER_FURNITURE_MAX_WORDS = 15;
/** Past the article's first paragraph, a sentence this long is prose too. */
const SENTENCE_MIN_WORDS = 8;

/**
 * A standfirst: a series intro ("A run-down of ...:"), or a summary sentence of 8-60 words; one of
 * DEK_UNPUNCTUATED_MIN_WORDS or more in sentence case needs no full stop (many sites drop it).
 */
function isDek(line: Line, folded: string): boolean {
  if (structureRules().introLine.test(folded)) return true;
  // A line that continues the title ("Plus: a fertilizer megamerger ...", "And what happens to ...").
  if (headerRules().dekOpener.test(folded) && line.words >= HEADLINE_MIN_WORDS && !line.marker) return true;
  if (line.words < 8 || line.words > 60 || line.marker || splitKicker(line.text) || matchDateline(line.text) !== null) return false;
  if (/[.:!?]["'”’)]*$/.test(line.text)) return true;
  // Without its full stop, a line with a label's colon, a bracket or a slash is a menu or a credit ("Older post: ...", "(AP Photo/...)").
  return line.words >= DEK_UNPUNCTUATED_MIN_WORDS && !isTitleCase(line.text) && !/[:(/]/.test(line.text);
}
const DEK_UNPUNCTUATED_MIN_WORDS = 10;

/** The chosen date as the Article states it: the day (and time, as written), and where it was read. */
function publishedFrom(state: DocumentState, date: DateCandidate): PublishedAt {
  const value = date.time ? `${date.day}T${date.time}` : date.day!;
  const granularity: 'day' | 'time' = date.time ? 'time' : 'day';
  if (date.line >= 0) {
    const norm = need(state, 'normalized');
    const line = need(state, 'lines')[date.line]!;
    const written = line.text.slice(date.start, date.end);
    // The dates engine reads the zone a line gives ("07.40 GMT"); the header's reading gives the day.
    const exact = date.time ? readDates(line.text.slice(date.start), { lang: state.lang ?? null, timezone: state.options.timezone })[0] : undefined;
    // Its day may differ where the page's own order of numbers decided the header's ("12/03/2025
    // 22:10" day first on a British page): the header's day, the engine's time and zone.
    const timed = exact && exact.index <= 2 && exact.granularity === 'time' ? exact.value.slice(10) : '';
    const precise = timed.startsWith(`T${date.time}`) ? date.day + timed : value;
    return { value: precise, granularity, text: written, span: lineSubSpan(norm, line, date.start, date.end), relative: false, source: 'text' };
  }
  const meta = state.metadata;
  const text = date.line === DATE_SOURCE.metadata ? meta?.publishedAt : date.line === DATE_SOURCE.metadataModified ? meta?.page?.modifiedAt : state.options.url;
  if (date.line === DATE_SOURCE.url) return { value, granularity, text: text ?? date.day!, span: [0, 0], relative: false, source: 'url' };
  // A machine date-time keeps the offset it was written with ("2024-11-06T14:30:00+05:30").
  const machine = text ? machineDateValue(text, state.options.timezone) : null;
  const exact: { value: string; granularity: 'day' | 'time' } = machine && machine.value.startsWith(date.day!) ? machine : { value, granularity };
  return { ...exact, text: text ?? date.day!, span: [0, 0], relative: false, source: 'metadata' };
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



/** A crumb or a date stamp written before a headline on its line is at most this many words. */
const TRAIL_PART_MAX_WORDS = 6;

/**
 * The page's own title at the end of a line that leads to it: the last crumb of a breadcrumb trail
 * ("Home / Guides / Beginner's guide to tents": a trail ends at the page it sits on), or the title
 * after a date stamp written into the same line ("Dec 18 2025 Preparing the release").
 */
function titleAfterTrail(text: string): { title: string; start: number } | null {
  const field = headerRules().titleField.exec(text);
  if (field && countWords(text.slice(field[0].length)) >= 3) return { title: text.slice(field[0].length), start: field[0].length };
  const separator = pageRules().crumbSeparator;
  const parts = text.split(separator);
  // One '>' is a trail already ("Careers > How to negotiate"); one ' / ' may be the headline's own.
  const trail = parts.length >= 3 || (parts.length === 2 && !/\s\/\s/.test(text));
  // A part opening a French quotation ("« Les Heures creuses » : ...") ends at the quote's own '»'.
  if (trail && parts.slice(0, -1).every((p) => p.trim() !== '' && countWords(p) <= TRAIL_PART_MAX_WORDS && !p.includes('«'))) {
    const title = parts[parts.length - 1]!.trim();
    if (/\p{L}{2}/u.test(title)) return { title, start: text.lastIndexOf(title) };
  }
  const words = text.split(' ');
  for (let k = TRAIL_PART_MAX_WORDS - 2; k >= 3; k--) {
    const stamp = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    if (countWords(rest) >= 3 && /^\p{Lu}/u.test(rest) && isDateOnly(stamp) && /\d{4}/.test(stamp)) return { title: rest, start: stamp.length + 1 };
  }
  return null;
}

/** A line that opens with an update's label and names no publication ("Updated: Mar 04, 2025, 10:12 IST"). */
function isUpdateLine(text: string): boolean {
  const head = fold(text).replace(/^[^\p{L}]+/u, '').split(' ', 3).join(' ');
  const rules = headerRules();
  return rules.updatedLabel.test(head) && !rules.publishedLabel.test(fold(text));
}

/** "More from Opinion", "More in Explainers": a link to a section of the site, by its name. */
const MORE_FROM_SECTION = /^(?:more|latest|read more) (?:from|in) (.{2,40})$/;

/**
 * Whether the page links to a section by the label's name ("Opinion" over the headline, "More
 * from Opinion" under the article): then the label is the section's, not a kicker of the piece.
 */
function namesSection(ctx: ReturnType<typeof headerContext>, at: number, label: string): boolean {
  return ctx.lines.some((line, k) => k !== at && line.words <= 6 && MORE_FROM_SECTION.exec(fold(line.text).replace(/^[-•·\s]+/, '').trim())?.[1] === label);
}

/** Boilerplate that names the outlet: its offers, newsletters and copyright line. */
const OUTLET_NAMING_REASONS: ReadonlySet<string> = new Set(['promo', 'subscription', 'newsletter', 'legal']);

/** Whether the page's offers or copyright line name the line's words (two or more): the outlet's name. */
/**
 * A short line of capitalised words that the page names again inside longer lines ("Diario de la Vega" /
 * "... DIARIO DE LA VEGA/Mateo Crespo" / "Leggi l'articolo completo su ..."): a source's or an outlet's name.
 */
function namesSource(ctx: ReturnType<typeof headerContext>, i: number): boolean {
  const line = ctx.lines[i]!;
  if (line.words < 2 || line.words > SOURCE_NAME_MAX_WORDS || !isTitleCase(line.text, SOURCE_NAME_CAPITALS)) return false;
  const name = fold(line.text);
  return ctx.lines.some((other, k) => k !== i && other.words > line.words && fold(other.text).includes(name));
}
const SOURCE_NAME_MAX_WORDS = 5;
const SOURCE_NAME_CAPITALS = 0.5;

function namedByFurniture(ctx: ReturnType<typeof headerContext>, i: number): boolean {
  const line = ctx.lines[i]!;
  if (line.words < 2 || line.words > 5) return false;
  const name = fold(line.text);
  return ctx.lines.some((other, k) => k !== i && OUTLET_NAMING_REASONS.has(ctx.labels[k]!.reason ?? '') && other.words > line.words && fold(other.text).includes(name));
}

/** A quotation opening a line with the next word glued to its closing mark. */
const GLUED_QUOTE_KICKER = new PropertyPattern(/^["“„«»][^"“”„«»\n]{2,80}["”“«»](?=\p{Lu})/u);

function splitKicker(text: string): { kicker: string; kickerEnd: number; headline: string; headlineStart: number } | null {
  // A quoted kicker the scraper glued to the title ('"Es wird bald beginnen"Trump spricht ...').
  const quoted = GLUED_QUOTE_KICKER.for(text).exec(text);
  if (quoted && countWords(text.slice(quoted[0].length)) >= 3) return { kicker: quoted[0], kickerEnd: quoted[0].length, headline: text.slice(quoted[0].length), headlineStart: quoted[0].length };
  // "Analysis: ...", "Live | ...", "深度｜...", "[단독] ...", "【独家】...", a wire's "FACTBOX-Title".
  const m = /^([^:|｜：]{2,40})(?:[:|]\s|[｜：]\s?)(?=\S)/.exec(text) ?? /^[[【［]([^\]】］]{1,12})[\]】］]\s*(?=\S)/.exec(text) ?? /^(\p{Lu}{3,}(?: \p{Lu}{2,})?)-(?=\p{Lu})/u.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  const rules = structureRules();
  if (!rules.kickerLabel.test(fold(label)) && !rules.seriesPrefix.test(fold(label)) && !rules.namedSeries.test(fold(label))) return null;
  const headline = text.slice(m[0].length).trim();
  if (countWords(headline) < 3) return null;
  return { kicker: label, kickerEnd: m[0].trimEnd().length, headline, headlineStart: m[0].length };
}

/** The lines a template sets between two authors: a role, a follow button, a lone "and". */
const BETWEEN_AUTHORS = /^(?:and|follow|follow(?: on)? (?:x|twitter)|staff writer|staff reporter|reporter|correspondent|senior (?:\w+ )?(?:reporter|correspondent|writer|editor)|(?:\w+ )?(?:reporter|correspondent|writer))$/i;
/** How many lines under the byline a second author may come. */
const CONTINUED_BYLINE_LINES = 4;

/** A second author on a line of its own under the byline ("and Gabriel Estrada", or "and" then the name), or null. */
function continuedByline(ctx: HeaderContext, last: number): { names: string[]; lines: number[] } | null {
  const lines: number[] = [];
  let and = false;
  for (let k = last + 1, n = 0; k < ctx.lines.length && n < CONTINUED_BYLINE_LINES; k++) {
    const text = ctx.lines[k]!.text.trim();
    if (text === '') continue;
    n++;
    const joined = /^and\s+(\S.*)$/i.exec(text);
    if (joined || and) {
      const reading = ctx.lines[k]!.words <= CONTINUED_NAME_MAX_WORDS ? readByline(`By ${joined ? joined[1] : text}`) : null;
      return reading && reading.names.length > 0 ? { names: reading.names, lines: [...lines, k] } : null;
    }
    if (!BETWEEN_AUTHORS.test(text)) return null;
    if (/^and$/i.test(text)) and = true;
    lines.push(k);
  }
  return null;
}
const CONTINUED_NAME_MAX_WORDS = 6;
