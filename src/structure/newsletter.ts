/**
 * Newsletter furniture that a single line's words cannot tell: the sponsor's pitch under a sponsor
 * header ("A MESSAGE FROM ...", "Sponsored") up to its link line, and the signature under a sign-off
 * ("Until next week," then "— Tomasz"). The header and sign-off lines themselves are boilerplate rules.
 */
import type { Line, LineLabel } from '../document.js';
import { endsSentence } from '../text.js';

/**
 * Rules whose line opens a sponsor block ("A MESSAGE FROM ...": the pitch follows). Ad-slot labels
 * ("Advertisement", "Sponsor Message") sit between paragraphs of the article and open nothing.
 */
const SPONSOR_HEADERS = new Set(['promo.sponsor-header']);
/** A sponsor's pitch runs at most this many lines and words per line. */
const PITCH_MAX_LINES = 3;
const PITCH_MAX_WORDS = 70;
/** A call-to-action link line ends the pitch ("Open an account →", "Learn more"). */
const CTA_RULES = new Set(['promo.cta-arrow', 'promo.shop', 'promo.shop-intl']);
const SIGNATURE_MAX_WORDS = 6;

function isOpen(label: LineLabel): boolean {
  return label.keep || label.rule?.startsWith('position.') === true || label.rule === 'signal.sponsor-box' || label.rule === 'signal.inside-offer-box';
}

/** A section title: short, unpunctuated, with prose under it; it ends a pitch. */
function isTitleLike(line: Line, next: Line | undefined): boolean {
  return line.words <= 8 && !endsSentence(line.text) && !/[→»›]$/.test(line.text) && next !== undefined && next.words >= 6;
}

/** Sponsor lines the catalog files under promo; in a sponsor block they are its advertisement. */
const SPONSOR_LINES = new Set(['promo.sponsor-header', 'promo.sponsor-credit', 'promo.sponsor-statement']);
/**
 * A sponsor's credit ("SUPPORTED BY HOLLOWAY ENERGY", "Hothouse is supported by Terrafin Capital.")
 * heads a pitch only where one follows: a paragraph naming the sponsor, or ending on its link.
 */
const SPONSOR_CREDITS = new Set(['promo.sponsor-credit', 'promo.sponsor-statement']);

export function markNewsletterFurniture(lines: Line[], labels: LineLabel[]): void {
  // A page that puts its advert label between paragraphs more than once marks its ad slots with it
  // (the scraper dropped the ads' images): the text under each label is the article's.
  let advertLabels = 0;
  for (const label of labels) if (label.rule?.startsWith('advertisement.label')) advertLabels++;
  for (let i = 0; i < lines.length; i++) {
    const rule = labels[i]!.rule;
    if (rule && SPONSOR_LINES.has(rule)) labels[i] = { ...labels[i]!, reason: 'advertisement' };
    // An advert's label ("Anzeige") heads the advert's copy only where a call to act ends it ("Mehr
    // erfahren"): a label alone between paragraphs marks an image the scraper dropped.
    const advertLabel = rule?.startsWith('advertisement.label') === true;
    const headsCopy = rule && (SPONSOR_CREDITS.has(rule) || (advertLabel && advertLabels === 1)) && pitchFollows(lines, labels, i);
    if ((rule && SPONSOR_HEADERS.has(rule)) || headsCopy) markPitch(lines, labels, i);
    else if (rule === 'newsletter.signoff') markSignature(lines, labels, i);
    else if (rule?.startsWith('newsletter.')) markSignupPitch(lines, labels, i);
  }
}

/** A sign-up box's pitch runs at most this many lines between its newsletter lines. */
const SIGNUP_PITCH_MAX_LINES = 2;
const SIGNUP_PITCH_MAX_WORDS = 40;

/**
 * The pitch of a sign-up box: lines closed above and below by the box's own lines ("Free weekly
 * newsletter" / "The week's environment news, the good and the bad." / "Privacy notice: ..."). No
 * rule reads the pitch's words; the newsletter lines around it tell what it is.
 */
function markSignupPitch(lines: Line[], labels: LineLabel[], top: number): void {
  const pitch: number[] = [];
  for (let k = top + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.text === '') continue;
    if (labels[k]!.rule?.startsWith('newsletter.')) {
      for (const p of pitch) labels[p] = { keep: false, reason: 'newsletter', rule: 'newsletter.signup-pitch' };
      return;
    }
    if (pitch.length === SIGNUP_PITCH_MAX_LINES || !isOpen(labels[k]!) || line.marker || line.words > SIGNUP_PITCH_MAX_WORDS) return;
    pitch.push(k);
  }
}

/** Capitalised words of a sponsor's credit after its "by" ("Terrafin", "Capital"; "HOLLOWAY", "ENERGY"). */
function sponsorNames(credit: string): Set<string> {
  const by = credit.search(/\bby\s/i);
  const named = by >= 0 ? credit.slice(by + 3) : credit;
  return new Set((named.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).map((w) => w.toLowerCase()));
}

/** The lines under a credit, up to a blank line: the first names the sponsor, or the last is a link line. */
function pitchFollows(lines: Line[], labels: LineLabel[], credit: number): boolean {
  const names = sponsorNames(lines[credit]!.text);
  for (let k = credit + 1, seen = 0; k < lines.length && seen <= PITCH_MAX_LINES; k++) {
    const line = lines[k]!;
    if (line.text === '') {
      if (seen > 0) return false;
      continue;
    }
    seen++;
    const rule = labels[k]!.rule;
    if ((rule && CTA_RULES.has(rule)) || /[→»›➔➜▸▶]$/.test(line.text)) return seen > 1;
    // A copyright line or a credit between them: the label's paragraphs are the article's end.
    if (!isOpen(labels[k]!)) return false;
    if (seen === 1 && (line.text.match(/\p{L}[\p{L}'’-]{2,}/gu) ?? []).some((w) => names.has(w.toLowerCase()))) return true;
  }
  return false;
}

/** "Schools: Port Eddery will ...": a briefing's labelled story. */
const STORY_LABEL = /^\p{Lu}[^:.!?]{0,40}:\s+\S/u;

/** How many lines above a sponsor header a labelled story shows the briefing is told in them. */
const LABELLED_LOOKBACK = 12;

/** A sponsor header's words that name no one ("A message from our partner", "Today's sponsors"). */
const GENERIC_SPONSOR_WORDS = new Set(['message', 'word', 'note', 'from', 'our', 'today', "today's", 'this', 'week', "week's", 'issue', "issue's", 'edition', 'sponsor', 'sponsors', 'partner', 'partners', 'the']);

/** Words of three letters or more, in lower case. */
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);

function markPitch(lines: Line[], labels: LineLabel[], header: number): void {
  const sponsor = wordsOf(lines[header]!.text);
  const namesSponsor = [...sponsor].some((w) => !GENERIC_SPONSOR_WORDS.has(w));
  // Only a briefing told in labelled stories resumes with one ("Small business owners: get paid
  // faster" under a sponsor header of a numbered newsletter is the pitch).
  let labelledAbove = false;
  for (let k = header - 1; k >= 0 && k >= header - LABELLED_LOOKBACK && !labelledAbove; k--) labelledAbove = labels[k]!.keep && STORY_LABEL.test(lines[k]!.text);
  let taken = 0;
  for (let k = header + 1; k < lines.length && taken < PITCH_MAX_LINES; k++) {
    const line = lines[k]!;
    if (line.text === '') continue;
    const rule = labels[k]!.rule;
    if (rule && CTA_RULES.has(rule)) {
      labels[k] = { ...labels[k]!, reason: 'advertisement' }; // the link line ends the block
      return;
    }
    if (taken > 0 && line.blankBefore) return;
    // A labelled story after the pitch, or one whose label is not the sponsor's, is the briefing
    // again; under a header that names no sponsor ("A message from our partner") the first line is the pitch.
    const label = STORY_LABEL.exec(line.text) ? line.text.slice(0, line.text.indexOf(':')) : null;
    if (label !== null && labelledAbove && (taken > 0 || (namesSponsor && ![...wordsOf(label)].some((w) => sponsor.has(w))))) return;
    if (!isOpen(labels[k]!) || line.marker || line.words > PITCH_MAX_WORDS || isTitleLike(line, lines[k + 1])) return;
    labels[k] = { keep: false, reason: 'advertisement', rule: 'advertisement.sponsor-block' };
    taken++;
    if (/[→»›➔➜▸▶]$/.test(line.text)) return; // the pitch ended on its own link
  }
}

function markSignature(lines: Line[], labels: LineLabel[], signoff: number): void {
  const k = signoff + 1;
  const line = lines[k];
  if (!line || line.words === 0 || line.words > SIGNATURE_MAX_WORDS || !isOpen(labels[k]!)) return;
  // "— Priya", "Tomasz", "Dana and the team": a name, no sentence.
  if (!/^(?:[-–—]\s?)?\p{Lu}/u.test(line.text) || endsSentence(line.text)) return;
  labels[k] = { keep: false, reason: 'newsletter', rule: 'newsletter.signature' };
}
