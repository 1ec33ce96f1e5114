/**
 * Decisions from the header model's scores: the headline line, the byline lines, the publication
 * date. Shared by inference (src/header/index.ts) and the trainer, which tunes the thresholds on
 * the very decisions the library makes.
 */
import type { BylineCandidate, Candidate, DateCandidate, HeadlineFeature } from './features.js';
import { DATE_SOURCE } from './features.js';
import { argmax, scoreCompiled as score, softmax, type CompiledModel } from './model.js';

export function chooseHeadline(candidates: Candidate<HeadlineFeature>[], model: CompiledModel): Candidate<HeadlineFeature> | null {
  const scores = candidates.map((c) => score(c.x, model));
  const best = argmax(scores);
  if (best < 0) return null;
  // A title the page states twice in a row (a breadcrumb's last entry, then the heading) just above
  // the model's pick, and nearly as likely, is the title; the pick is its dek or first section.
  const top = candidates[best]!;
  const repeated = candidates.findIndex(
    (c, k) => c.line < top.line && top.line - c.line <= REPEATED_TITLE_GAP && c.x['prev.same'] === 1 && c.x['cls.rule'] !== 1 && scores[best]! - scores[k]! <= REPEATED_TITLE_MARGIN,
  );
  if (repeated >= 0) return candidates[repeated]!;
  // A sentence under the byline ("The bank expects ... fine.", a one-sentence lead, a newsletter's
  // "Here's what happened today.") against a title above the byline, and nearly as likely: the title.
  if (top.x['end.period'] === 1 && top.x['cls.sentence'] === 1) {
    const signs = (c: Candidate<HeadlineFeature>) => c.x['next.byline'] === 1 || candidates.some((b) => b.line > c.line && b.line < top.line && b.x['self.byline'] === 1);
    const signed = candidates.findIndex((c, k) => c.line < top.line && top.line - c.line <= SIGNED_TITLE_GAP && c.x['end.period'] !== 1 && c.x['cls.rule'] !== 1 && scores[best]! - scores[k]! <= SIGNED_TITLE_MARGIN && signs(c));
    if (signed >= 0) return candidates[signed]!;
  }
  return top;
}

/** How much less likely (in logits) the line a byline signs may be than a sentence below it, and how many lines above it. */
const SIGNED_TITLE_MARGIN = 1.5;
const SIGNED_TITLE_GAP = 6;

/** How many lines above the model's pick a repeated title may sit, and how much less likely it may be (in logits). */
const REPEATED_TITLE_GAP = 3;
const REPEATED_TITLE_MARGIN = 1;

/** The share of "none"'s probability a byline with a date on or beside its line must pass. */
const DATELINE_MARGIN = 0.8;

/** How many lines above the headline a line that states its author may sit, outside the header's window. */
const SIGNED_ABOVE = 16;

/** How many lines above the headline a line that states its author still belongs to its header. */
const STATED_ABOVE = 10;

/** How far apart (in lines) two byline lines of one byline may sit ("Jane Doe" / "John Roe"). */
const BYLINE_SPREAD = 2;

/**
 * The byline lines, in page order: a softmax over the candidates and "none"; the likeliest line
 * (or the page's stated authors) unless "none" is likelier or it falls short of `threshold`; then
 * its neighbours that are at least `share` as likely ("Jane Doe" / "John Roe" on two lines).
 */
export function chooseBylines(all: BylineCandidate[], model: CompiledModel, threshold: number, share = 0.5, headline = -1): BylineCandidate[] {
  // Lines far from the header that state their author are no part of the model's choice: they
  // stand only where it finds no byline, and only alone (a list of articles names an author each).
  // A caption's sentence closed by its photographer's credit ("... March 18, 2026. Wire/Tom Pike")
  // names who took the picture, not who wrote the story.
  const candidates = all.filter((c) => c.x['pos.far'] !== 1 && !(c.x['cls.credit'] === 1 && c.x['len.long'] === 1 && c.x['prefix.strong'] !== 1));
  const p = softmax(candidates.map((c) => score(c.x, model)));
  let best = -1;
  let none = 0;
  candidates.forEach((c, k) => {
    if (c.reading.names.length === 0) none += p[k]!;
    else if (best < 0 || p[k]! > p[best]!) best = k;
  });
  // A dateline that names people ("Jane Doe | 05.04.2025"), each a name of two or three words,
  // needs less margin over "none"; not one of a list's dated items below the article (its teasers).
  const lead = best >= 0 ? candidates[best]! : null;
  const teaser = !!lead && lead.x['pos.bottom'] === 1 && lead.x['list.peers'] > 0;
  const dated = !!lead && !teaser && (lead.x['date'] === 1 || lead.x['near.date'] === 1) && lead.reading.names.every((n) => /^\S+(?:\s\S+){1,2}$/.test(n));
  if (best < 0 || p[best]! < threshold || p[best]! <= none * (dated ? DATELINE_MARGIN : 1)) {
    // Right by construction: "By Jane Doe" (or "Von", "Par", ...) opening the article, clear of
    // navigation and rules, names a person even where the model doubts it; so does a CJK byline's
    // role word ("记者 张伟", "홍길동 기자"), on a line short enough to be taken for a menu's.
    // So does such a line in the block of page details just above the headline ("Author: Jane Doe" /
    // "Last Updated: ..." / the title), which the article region leaves outside.
    const justAbove = (c: BylineCandidate) => headline >= 0 && c.line < headline && headline - c.line <= STATED_ABOVE && c.x['list.peers'] === 0;
    const stated = candidates.findIndex((c) => c.line >= 0 && c.x['prefix.strong'] === 1 && (c.x['pos.region'] === 1 || justAbove(c)) && c.x['pos.bottom'] === 0 && c.x['pos.far'] !== 1 && (c.x['cls.nav'] === 0 || c.reading.unspaced === true || justAbove(c)) && c.x['cls.rule'] === 0 && c.x['names.single'] === 0 && !c.reading.inner && c.reading.names.length > 0);
    if (stated < 0) {
      // So does an author box's name under its label ("Written by" / "Jane Doe") or over its bio. Above the
      // headline only just above it: higher up are the site's menus ("By Industry").
      const signed = all.find((c) => (headline < 0 || c.line >= headline - SIGNED_ABOVE) && (c.x['pos.far'] === 1 || c.x['pos.bottom'] === 1) && (c.x['prefix.strong'] === 1 || ((c.x['prev.bylabel'] === 1 || c.x['bio.below'] === 1) && c.whole === true)) && !c.reading.inner && c.x['list.peers'] === 0 && c.x['list.item'] === 0 && c.x['names.single'] === 0 && c.x['cls.rule'] === 0 && c.x['cls.credit'] === 0 && c.reading.names.length > 0);
      return signed ? [signed] : [];
    }
    best = stated;
  }
  const chosen = [candidates[best]!];
  for (const dir of [-1, 1]) {
    let last = candidates[best]!.line;
    for (let k = best + dir; k >= 0 && k < candidates.length; k += dir) {
      const c = candidates[k]!;
      if (c.line < 0 || last < 0 || Math.abs(c.line - last) > BYLINE_SPREAD) break;
      // Neighbours stay on the byline's side of the headline, and a lone word needs a byline word.
      if (headline >= 0 && (c.line < headline) !== (candidates[best]!.line < headline)) break;
      // Two names stacked on lines of their own ("Sara Claes" / "Ruben Van Looy"), each a known given
      // name and nothing else, sign together however much less likely the model finds the second.
      const stacked = Math.abs(c.line - last) === 1 && isBareName(c) && isBareName(candidates[best]!);
      if ((p[k]! < p[best]! * share && !stacked) || (!c.reading.prefixed && c.reading.names.every((n) => !n.includes(' ')))) continue;
      chosen.push(c);
      last = c.line;
    }
  }
  return chosen.sort((a, b) => a.line - b.line);
}

/** A line that is one person's name and nothing else, with a given name the name lists know. */
function isBareName(c: BylineCandidate): boolean {
  return c.x['names.whole'] === 1 && c.x['name.given'] > 0 && c.reading.names.length === 1 && c.x['cls.rule'] === 0 && c.x['shape.marker'] === 0;
}

/** How many days after publication an update still belongs to the story's first telling. */
const UPDATE_SPAN_DAYS = 3;

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000;
}

/**
 * The publication date: candidates of one day pool their probability; the best day wins unless
 * "none" is likelier or the day falls short of `threshold` (a wrong date is worse than none).
 */
export function chooseDate(candidates: DateCandidate[], model: CompiledModel, threshold: number): DateCandidate | null {
  // "Published March 4 | Updated March 5": a first-publication label outranks an update label.
  const published = new Set(candidates.filter((c) => c.x['label.pub'] === 1).map((c) => c.day));
  if (published.size > 0) candidates = candidates.filter((c) => c.x['label.upd'] !== 1 || published.has(c.day));
  // A line showing the day the metadata gives as the last modification, days after the first
  // publication, shows the update ("20.04.2024 | 10:00" on a story first published the day before).
  // Further apart, the metadata's "published" is more often the day a reused page was created.
  const metaDay = candidates.find((c) => c.line === DATE_SOURCE.metadata)?.day ?? null;
  const modifiedDay = candidates.find((c) => c.line === DATE_SOURCE.metadataModified)?.day ?? null;
  if (metaDay !== null && modifiedDay !== null && metaDay < modifiedDay && daysBetween(metaDay, modifiedDay) <= UPDATE_SPAN_DAYS) candidates = candidates.filter((c) => c.line < 0 || c.day !== modifiedDay);
  const p = softmax(candidates.map((c) => score(c.x, model)));
  const byDay = new Map<string, number>();
  let none = 0;
  candidates.forEach((c, k) => {
    // A print edition's day is not a publication day by itself (it only attests one, below).
    if (c.day === null) none += p[k]!;
    else if (c.x['label.print'] !== 1) byDay.set(c.day, (byDay.get(c.day) ?? 0) + p[k]!);
  });
  let day: string | null = null;
  let best = 0;
  for (const [d, q] of byDay) if (q > best) [day, best] = [d, q];
  // A day the page's metadata and a line of its header both state is the day, whatever a teaser's
  // date around the headline scores: two sources that agree outweigh the model's doubt. A print
  // edition of that day or the next ("Ausgabe vom 26.04." for a story online on the 25th) agrees.
  const states = (c: DateCandidate, d: string) => c.day === d || (c.x['label.print'] === 1 && c.day !== null && c.day > d && daysBetween(d, c.day) === 1);
  const attested = metaDay !== null && candidates.some((c) => c.line >= 0 && states(c, metaDay)) ? metaDay : null;
  if (attested !== null && (byDay.get(attested) ?? 0) > none) [day, best] = [attested, byDay.get(attested)!];
  else if (day === null || best < threshold || best <= none) return null;
  // The line that states the day (for its span), else the strongest source of it.
  let pick = -1;
  candidates.forEach((c, k) => {
    if (c.day !== day) return;
    if (pick < 0 || (c.line >= 0 && candidates[pick]!.line < 0) || ((c.line >= 0) === (candidates[pick]!.line >= 0) && p[k]! > p[pick]!)) pick = k;
  });
  return candidates[pick]!;
}
