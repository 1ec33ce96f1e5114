/**
 * Which way a clause points in time, from the words around a date: the nearest tense-bearing word
 * to its left ("will vote on", "said on", "which meets on"), else to its right ("On Monday, the
 * council voted"), else a preposition that points ("until", "since"). Word lists per language
 * live in `src/rules/dates.ts`; this is the scan.
 */
import type { TenseSpec } from '../rules/dates.js';

export type Direction = -1 | 0 | 1;

export interface CompiledTense {
  future: RegExp;
  past: RegExp;
  perfectAux: RegExp;
  participle: RegExp;
  futureBeforeTo: RegExp;
  boundary: RegExp;
  targetPrep: RegExp;
  backwardPrep: RegExp;
  forwardPrep: RegExp;
  hedge: RegExp;
  definite: RegExp | null;
  deferral: RegExp;
  baseAfter: RegExp;
  bracketAux: RegExp;
  futureOverObject: RegExp;
  targetAhead: boolean;
  presentAfterFronted: RegExp | null;
  clause: { past: RegExp; future: RegExp } | null;
}

const whole = (source: string) => new RegExp(`^(?:${source})$`);

export function compileTense(spec: TenseSpec): CompiledTense {
  return {
    future: whole(spec.future),
    past: whole(spec.past),
    perfectAux: whole(spec.perfectAux),
    participle: whole(spec.participle),
    futureBeforeTo: whole(spec.futureBeforeTo),
    boundary: whole(spec.boundary),
    // "hasta el jueves", "until the end of", "hasta el mediodía del miércoles": a short article, or a
    // word and its link word, may stand between the preposition and the date.
    targetPrep: new RegExp(`(?:^|[\\s(])(?:${spec.targetPrep})(?:\\s+\\p{Ll}{1,4})?(?:\\s+\\p{Ll}{3,10}\\s+\\p{Ll}{1,4})?\\s*$`, 'iu'),
    backwardPrep: new RegExp(`(?:^|[\\s(])(?:${spec.backwardPrep})\\s*$`, 'i'),
    forwardPrep: new RegExp(`(?:^|[\\s(])(?:${spec.forwardPrep})\\s*$`, 'i'),
    hedge: new RegExp(`(?:^|\\s)(?:${spec.hedge})\\s*$`, 'i'),
    definite: spec.definite ? new RegExp(`(?:${spec.definite})$`, 'i') : null,
    deferral: whole(spec.deferral ?? '(?!)'),
    baseAfter: whole(spec.baseAfter ?? '(?!)'),
    bracketAux: whole(spec.bracketAux ?? '(?!)'),
    futureOverObject: whole(spec.futureOverObject ?? '(?!)'),
    targetAhead: spec.targetAhead ?? false,
    presentAfterFronted: spec.presentAfterFronted ? whole(spec.presentAfterFronted) : null,
    clause: spec.clause ? { past: new RegExp(spec.clause.past), future: new RegExp(spec.clause.future) } : null,
  };
}

/**
 * Words of a passive or progressive ("will be held", "is expected") and linking verbs ("will remain
 * closed", "stays shut"): the participle after them is no past tense.
 */
/** A forward preposition with at most this many words before the date heads its sentence. */
const FRONTED_PREP_WORDS = 3;
/** "by two hours on", "by 30 minutes at": a duration after "by", just before the date. */
const DURATION_BY = /\bby (?:\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:minutes?|hours?|days?|weeks?|months?|years?) (?:on|at|in)\s*$/i;
/** Boundary words that are also prepositions ("before the committee"). */
const PREPOSITION_BOUNDARY = /^(?:before|after|since|until)$/;
const PAST_NEGATION = /^(?:did|didn't|never)$/;
const BE = /^(?:is|are|am|be|being|been|will|'s|'re|to|get|gets|getting|remain|remains|remained|remaining|stay|stays|stayed|staying|ist|sind|wird|werden|est|sont|sera|seront|être|es|son|será|serán|ser)$/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|der|die|das|den|dem|des|ein|eine|einen|einem|le|la|les|un|une|du|el|los|las|una|unos|unas)$/;
/** Adverbs that sit between an article and a participle used as an adjective ("a still unspecified date"). */
const ADVERB = /^(?:still|yet|as-yet|newly|recently|previously|already|long|little|much|widely|hotly|highly|closely|officially|fully|partly|largely|badly|poorly|heavily|hastily|jointly|privately|publicly|freshly|specially|carefully)$/;
/** Adjectives between an article and a past-looking noun ("the first cut", "a further hit"). */
const NOUN_ADJECTIVE = /^(?:first|second|third|last|next|final|latest|new|big|biggest|major|deep|deeper|sharp|sharper|further|initial|another|surprise)$/;
const WAS = /^(?:was|were|had|hatte|hatten|war|waren|avait|était|había|era)$/;
/** Latin (with Vietnamese's extended letters, "sẽ") and Cyrillic letters (the scripts of the languages with tense tables) and digits, a per-cent sign kept on its number; no 'u' flag, which is slow. */
const WORD = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF][A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF'’ʼ-]*%?|[;:,]/g;
const LEFT_WORDS = 18;
const RIGHT_WORDS = 10;

interface Token {
  raw: string;
  low: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ raw: m[0], low: m[0].toLowerCase().replace(/’/g, "'") });
  return out;
}

/**
 * The direction a word gives its clause, or null when it gives none. `prev` and `next` are its
 * neighbours in reading order. A suffix-shaped tense word counts only in lower case: capitalised
 * words are names ("Sandra", "Fred").
 */
function marker(tok: Token, prev: Token | undefined, next: Token | undefined, next2: Token | undefined, t: CompiledTense, prev2?: Token): Direction | null {
  const lower = tok.raw === tok.low;
  // "May" the month is no modal.
  if (!lower && tok.low === 'may') return null;
  // "the proposed plan", and "a still unspecified date", "the newly built pier", "the first cut": a word between article and participle.
  const determined = prev !== undefined && (DETERMINER.test(prev.low) || (prev2 !== undefined && DETERMINER.test(prev2.low) && (ADVERB.test(prev.low) || NOUN_ADJECTIVE.test(prev.low))));
  // "next to the embassy" is a place.
  if (tok.low === 'next' && next?.low === 'to') return null;
  // "due to the storm" gives a cause, not a schedule.
  if (tok.low === 'due' && next?.low === 'to' && next2 !== undefined && DETERMINER.test(next2.low)) return null;
  const future = t.future.test(tok.low) || (t.futureBeforeTo.test(tok.low) && (next?.low === 'to' || next?.low === 'for'));
  // After a numeral a present-tense word is a noun: "312 votes to 244", "3 runs".
  // ("A second cohort of 20 will start": a modal is never a noun.)
  if (future && prev !== undefined && /^\d/.test(prev.low) && !prev.low.endsWith('%') && !/^(?:will|shall)$/.test(tok.low)) return null;
  // "forced the flight to return on Tuesday": an infinitive takes its tense from the verb governing it.
  if (future && prev?.low === 'to' && !/s$/.test(tok.low) && !t.futureBeforeTo.test(tok.low)) return null;
  // "did not take effect", "didn't open": a past negation leaves the tense to "did" (not so an
  // intent: "did not plan to remove him on Thursday" still looks ahead).
  if (future && !t.futureBeforeTo.test(tok.low) && prev !== undefined && (PAST_NEGATION.test(prev.low) || (prev.low === 'not' && prev2?.low === 'did'))) return null;
  if (future && (lower || tok.raw.length <= 4)) {
    // "the planned vote" is an adjective; "was expected to" a past view of the future: neither says
    // which way now is. After "that" a present-tense verb is a relative clause's ("the contract that expires in June").
    if (determined && !(prev?.low === 'that' && /s$/.test(tok.low))) return null;
    // "was expected to", "had been due to open": a past view of the future.
    if (prev && (WAS.test(prev.low) || (prev.low === 'been' && prev2?.low === 'had' && next?.low === 'to'))) return 0;
    return 1;
  }
  if (!lower) return null;
  // "could cut", "to set": a base form, whatever the past it looks like; the modal before it decides.
  if (prev !== undefined && t.baseAfter.test(prev.low)) return null;
  const pastWord = t.past.test(tok.low);
  const perfect = prev !== undefined && t.perfectAux.test(prev.low) && t.participle.test(tok.low);
  if (!pastWord && !perfect) return null;
  // "will be held", "is scheduled": passive or future, not a past tense; "the proposed plan": an adjective.
  if (prev && (BE.test(prev.low) || determined)) return null;
  return -1;
}

/** Conjunctions that open a clause of time (English); how far left of one its main clause's verb is looked for. */
const WHEN_CLAUSE = /^(?:when|once|whenever)$/;
const WHEN_REACH = 6;

/** An object of one to four words, then "to", after tokens[i] ("expect the river to"). */
function hasToAhead(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 5 && k < tokens.length; k++) {
    if (tokens[k]!.low === 'to') return true;
    if (tokens[k]!.low === ',' || tokens[k]!.low === ';') return false;
  }
  return false;
}

/** CJK text: the clause from the punctuation before the date to its sentence's end, read by the language's patterns. */
function unspacedClauseDirection(text: string, start: number, end: number, clause: { past: RegExp; future: RegExp }): Direction {
  const before = text.slice(Math.max(0, start - 80), start);
  const open = Math.max(...['，', '、', '。', '；', ',', ';', '！', '？', '\n'].map((p) => before.lastIndexOf(p)));
  const after = text.slice(end, end + 160);
  // A Chinese full-width comma closes the clause; Japanese "、" and Korean "," do not (the verb ends the sentence).
  const close = after.search(/[。！？\n，；]|[.!?](?=\s|$)/);
  const tail = close < 0 ? after : after.slice(0, close + 1);
  const own = before.slice(open + 1) + text.slice(start, end) + tail;
  if (clause.past.test(own)) return -1;
  return clause.future.test(own) ? 1 : 0;
}

/**
 * Direction of the clause around [start, end) of `text` (one sentence): -1 past, 1 future, 0 unknown.
 * The nearest tense word to the left wins; a date before its verb ("On Monday, the council voted")
 * takes the first one to the right. A date after "to", "until", "bis" is a target: a past verb
 * ("extended to Nov. 16") says nothing about it.
 */
export function clauseDirection(text: string, start: number, end: number, t: CompiledTense): Direction {
  if (t.clause) return unspacedClauseDirection(text, start, end, t.clause);
  // "until at least Monday" reads as "until Monday".
  const before = text.slice(Math.max(0, start - 160), start).replace(t.hedge, ' ');
  if (t.backwardPrep.test(before)) return -1;
  // "starting in August" looks ahead, unless it heads the sentence: "Beginning in March, the shop was
  // closed" takes its verb's tense, where it has one.
  const forward = t.forwardPrep.test(before) && !(t.definite?.test(text.slice(start, end)) ?? false);
  if (forward && tokens(before).length > FRONTED_PREP_WORDS) return 1;
  // "a warning in effect from 6 p.m. Wednesday until noon Friday": a notice's period runs ahead,
  // whatever verb issued it (not "was in effect", a report of the past).
  if (IN_EFFECT.test(before)) return 1;
  // "delayed by two hours on Thursday": a duration after "by" measures, it sets no target.
  const target = t.targetPrep.test(before) && !DURATION_BY.test(before);
  const settle = (d: Direction): Direction => (d < 0 && target ? 0 : d);
  // "after the panel on Tuesday approved the increase": a past verb right after the date is its
  // clause's own, whatever a verb further left ("fares will rise ... after") says.
  const next = tokens(text.slice(end, end + 40));
  // (A regular past in -ed only: elsewhere a noun may wear a past ending, Polish "oddział".)
  // ("on Monday charged with theft": a participle with its agent or charge is no clause's verb.)
  if (next[0] && next[0].raw === next[0].low && /ed$/.test(next[0].low) && t.past.test(next[0].low) && !t.future.test(next[0].low) && !/^\s*,/.test(text.slice(end, end + 3)) && !/^(?:with|by)$/.test(next[1]?.low ?? '')) return settle(-1);
  const left = tokens(before);
  // The right-hand scan crosses a comma only for a date at the head of its sentence ("On Monday, the council voted").
  let fronted = true;
  for (let i = left.length - 1, seen = 0; i >= 0; i--) {
    const tok = left[i]!;
    if (tok.low === ',') continue;
    seen++;
    if (seen > LEFT_WORDS || tok.low === ';' || tok.low === ':') {
      fronted = false;
      break;
    }
    // "postponed until Tuesday", "pushed back to Monday": the new date is still ahead.
    if (target && seen <= 6 && tok.raw === tok.low && t.deferral.test(tok.low)) return 1;
    // "hat am Montag ... beraten": the auxiliary of a perfect whose participle closes the clause.
    if (t.bracketAux.test(tok.raw)) return settle(-1);
    // "expect the river to crest on Thursday": the verb looks ahead over its object to the infinitive.
    if (tok.raw === tok.low && t.futureOverObject.test(tok.low) && !WAS.test(left[i - 1]?.low ?? '') && hasToAhead(left, i)) return 1;
    const dir = marker(tok, left[i - 1], left[i + 1], left[i + 2], t, left[i - 2]);
    if (dir !== null) return settle(dir);
    // "before the committee", "after a vote": a preposition ahead of a noun phrase bounds no clause.
    if (seen > 1 && t.boundary.test(tok.low) && !(PREPOSITION_BOUNDARY.test(tok.low) && left[i + 1] !== undefined && (DETERMINER.test(left[i + 1]!.low) || /^\p{Lu}/u.test(left[i + 1]!.raw)))) {
      // "... will rise when the rankings are published on Monday": a clause of time takes the future of
      // the clause it hangs on, where its own verb says nothing.
      if (WHEN_CLAUSE.test(tok.low)) {
        for (let k = i - 1; k >= 0 && k >= i - WHEN_REACH; k--) {
          const dir = marker(left[k]!, left[k - 1], left[k + 1], left[k + 2], t, left[k - 2]);
          if (dir === 1) return 1;
          if (dir !== null || left[k]!.low === ',' || left[k]!.low === ';') break;
        }
      }
      fronted = false;
      break;
    }
    if (seen > 4) fronted = false;
  }
  const right = tokens(text.slice(end, end + 120));
  for (let i = 0; i < right.length && i < RIGHT_WORDS; i++) {
    const tok = right[i]!;
    // A date inside a clause ("talks that are to conclude by May, invited ...") ends at its comma.
    if (tok.low === ',') {
      if (!fronted) break;
      continue;
    }
    // "Monday: the office releases its figures" heads its line as "On Monday, the office ..." does.
    if (tok.low === ':' && i === 0 && left.length === 0) continue;
    if (tok.low === ';' || tok.low === ':' || t.boundary.test(tok.low)) break;
    // "On Friday, the government planned to ...": a date heading its sentence dates the planning, which is past.
    if (fronted && /ed$/.test(tok.low) && t.futureBeforeTo.test(tok.low) && !BE.test(right[i - 1]?.low ?? '')) return settle(-1);
    const dir = marker(tok, i > 0 ? right[i - 1] : left[left.length - 1], right[i + 1], right[i + 2], t, i > 1 ? right[i - 2] : i === 1 ? left[left.length - 1] : left[left.length - 2]);
    if (dir !== null) return settle(dir);
    // "Am Samstag beruhigt sich die Lage": a present verb right after a fronted date, no perfect's auxiliary or participle.
    if (i === 0 && fronted && left.length <= FRONTED_PREP_WORDS && t.presentAfterFronted?.test(tok.low) && !t.perfectAux.test(tok.low) && !t.participle.test(tok.low)) return 1;
  }
  // "gilt bis Freitagabend": where the present tense also tells the future, a target no tense word
  // places lies ahead (in English news, "until Friday" with no verb is as often a report of the past).
  // "remains in place until 6am on Friday": a state that holds now runs on to its target.
  if (target && HOLDS_UNTIL.test(before)) return 1;
  return (target && t.targetAhead) || forward ? 1 : 0;
}

/** A notice "in effect" or "in force" from or until the date (English). */
const IN_EFFECT = /(?<!\b(?:was|were|been|had)\s)\bin (?:effect|force) (?:from|until|till|through)\b[^,;:]{0,40}$/i;

/** A present state right before "until" ("remains closed until", "is suspended until", English). */
const HOLDS_UNTIL = /\b(?:remains?|stays?|continues?|is|are|lasts?|runs?)\b(?: [^\s,.;:]+){0,4} (?:until|till|through)\s+$/i;
