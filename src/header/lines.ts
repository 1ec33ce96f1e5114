/**
 * Line shapes both the header and the body read: date lines ("Published March 3, 2025",
 * "Updated 10:31 | 3 Mar") and wire datelines ("FRANKFURT, Oct 9 (Agency) -").
 */
import { headerRules } from '../rules/header.js';
import { structureRules } from '../rules/structure.js';
import { isDateOnly, isDateLike, isDateTokens } from '../rules/shapes.js';
import { fold, trimEndOf } from '../text.js';

/** Past this many words a line that opens with a label in another language is a sentence ("Publicado en 2019, el libro ..."). */
const LABELLED_LINE_MAX_WORDS = 12;

export function isDateLine(text: string): boolean {
  const rules = structureRules();
  const folded = fold(text);
  if (rules.publishedLabel.test(folded) || rules.updatedLabel.test(folded) || opensWithDateLabel(folded)) {
    return isDateLike(text) || /\d/.test(text);
  }
  const bar = text.indexOf('|');
  return isDateOnly(bar >= 0 ? text.slice(0, bar).trim() : text) || isDateTokens(text);
}

/** "Actualizado: 15/04/2025", "Ultimo aggiornamento: 10 ottobre 2024": the header's labels in the languages it reads. */
function opensWithDateLabel(folded: string): boolean {
  if (folded.split(' ', LABELLED_LINE_MAX_WORDS + 1).length > LABELLED_LINE_MAX_WORDS) return false;
  const opening = folded.split(' ', 3).join(' ');
  const labels = headerRules();
  return labels.publishedLabel.test(opening) || labels.updatedLabel.test(opening);
}

/** Every dateline pattern ends in a dash and a space ("LONDON (Agency) — ") or in an agency's closing bracket ("(Agency): "). */
const DATELINE_DASH = /[-–—]\s|\):?\s/;
/** An agency's capitals between the date's comma and the dash ("Taipei, Mar 11, CNA – "). */
const AGENCY_CAPS = /,\s\p{Lu}{2,8}\s?[-–—]\s/u;

export function matchDateline(text: string): { text: string; end: number; bodyStart: number } | null {
  // A line without a dash or a bracket before a space is none: the patterns, costly to compile, are not run.
  if (!DATELINE_DASH.test(text)) return null;
  const wire = structureRules().wireDateline;
  // Cheap necessary conditions first, so most pages never compile the two patterns: a dateline in
  // capitals has no lower-case second letter ("LONDON"), one in title case names its agency in
  // brackets or slashes ("Berlin (Wire) -") or in capitals after a comma ("Taipei, Mar 11, CNA -").
  const upper = text.length > 1 && text[1] === text[1]!.toUpperCase() ? wire.upper.for(text).exec(text) : null;
  const m = upper ?? (text.includes('(') || text.includes('/') || AGENCY_CAPS.test(text) ? wire.title.for(text).exec(text) : null);
  if (!m) return null;
  const month = m.groups?.month ?? m.groups?.monthAfterDay;
  if (month !== undefined && !wire.months.has(month.toLowerCase())) return null;
  const head = m[1]!;
  // Guard against "U.S. - China talks": a dateline carries a date, an agency or a long dash.
  if (!/[(\d—–]/.test(head)) return null;
  // Without its dash, a title-case place with a bracket ("Prime Minister (PM) Narendra ...") is a dateline only with its date.
  if (!upper && !/[-–—]\s$/.test(head) && month === undefined && !/\d/.test(head.slice(0, head.lastIndexOf('(')))) return null;
  const label = trimEndOf(head, ' -–—').trim();
  return { text: label, end: label.length, bodyStart: head.length };
}

/** "FRANKFURT, Oct 9 (Agency) -" alone on its line. */
export function isStandaloneDateline(text: string): boolean {
  return /[-–—]$/.test(text) && matchDateline(`${text} x`) !== null;
}
