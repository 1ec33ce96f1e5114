/**
 * People, places and organizations: compromise's matches, cleaned ("China's" -> "China",
 * "Manila," -> "Manila"), completed by rules that generalize (organization heads such as Ministry or
 * Department of, titles such as Premier or Minister, "said X"), merged across spellings
 * ("U.S." / "US" / "United States"), with false organizations such as "Chinese company" dropped.
 */
import { lazy, PropertyPattern } from '../lazy.js';
import { nlpRules } from '../rules/nlp.js';
import { knownNames, personNames, personNouns, plainWords } from './names.js';
import { compareText, isTitleCase, trimEndOf } from '../text.js';
import type { Entities, Entity, Span } from '../schema.js';
import type { EntityMatch, Segment, TaggedContent } from './tagger.js';

type Kind = 'people' | 'places' | 'organizations';

interface Mention {
  kind: Kind;
  name: string;
  segment: number;
  start: number;
  end: number;
  /** Rule-found mentions beat compromise's on the same words. */
  strength: number;
}

/** Alias groups: which spellings are one entity, and of which kind. */
const PLACE_GROUPS = new Set(['U.S.', 'U.K.', 'UAE']);

const LEADING_NON_WORD = new PropertyPattern(/^[^\p{L}\p{N}]+/u);

function clean(text: string): { name: string; lead: number; trail: number } {
  // Returns a mutable record: callers may strip more (titles) and move `lead`.
  let name = text;
  const lead0 = name.length;
  name = name.replace(LEADING_NON_WORD.for(name), '');
  // "The" is no part of a name, but of the few the lexicon knows with it ("The Hague", "The Bronx").
  if (/^(?:the|The)\s/.test(name) && !knownNames().has(trimEndOf(name, ' \t\n,.;:!?)"”’\'').toLowerCase().replace(/\s+/g, ' ').replace(/['’]s$/, ''))) {
    name = name.replace(/^(?:the|The)\s+/, '');
  }
  name = name.replace(nlpRules().clauseOpener.for(name), '');
  const lead = lead0 - name.length;
  const before = name.length;
  name = trimEndOf(name, ' \t\n,.;:!?)"”’\'');
  name = name.replace(/['’]s$/u, '').replace(/['’]$/u, '');
  // "U.S" lost its last dot to the trim above when it ended a sentence.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(name)) name += '.';
  return { name: name.trim(), lead, trail: before - name.length };
}

function canonical(name: string): string {
  for (const group of nlpRules().aliases) if (group.includes(name)) return group[0]!;
  return name;
}

function keyOf(name: string): string {
  return canonical(name).replace(/\./g, '').toLowerCase();
}

function fromMatch(kind: Kind, m: EntityMatch, strength: number): Mention | null {
  const c = clean(m.text);
  if (kind === 'people') {
    // "President William" -> "William": the title is not the name.
    const title = leadingTitle(c.name);
    if (title) {
      c.name = c.name.slice(title[0].length);
      c.lead += title[0].length;
    }
  }
  if (!c.name || !/^\p{Lu}/u.test(c.name)) return null;
  if (kind === 'organizations' && nlpRules().notOrg.test(c.name)) return null;
  if (c.name.length < 2) return null;
  return { kind, name: c.name, segment: m.segment, start: m.start + c.lead, end: m.start + c.lead + c.name.length, strength };
}

/** One to three capitalised words, read from a given offset. */
const NAME_AT = new PropertyPattern(/(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+/uy);
const CAPITALIZED_WORD = new PropertyPattern(/^\p{Lu}[\p{L}.&'’-]*$/u);
/**
 * Capitalised words that end a name read backwards: an owner's possessive ("Thailand's"), a place
 * of origin ("Trondheim-based"), a sentence's last word ("Friday.").
 */
const NOT_IN_NAME = new PropertyPattern(/['’]s$|-(?:based|born|owned|listed|run|led|backed|headquartered)$|\p{Ll}{2}\.$/u);
/** " of the Korea Development", after a head: up to four capitalized words (not a day or a month: "on Tuesday"). */
const ORG_TAIL = new PropertyPattern(/ (?:of|for|on)(?: the)?((?: (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)\p{Lu}[\p{L}.&'’-]*){1,4})/uy);

/** The word that ends just before `end` (after one space), or null. */
function wordBefore(text: string, end: number): { word: string; start: number } | null {
  if (end < 2 || text[end - 1] !== ' ') return null;
  const start = text.lastIndexOf(' ', end - 2) + 1;
  return { word: text.slice(start, end - 1), start };
}

/**
 * The name around an organization head: up to four capitalized words before it ("U.S. Department"),
 * or "X of (the) Y" names ("Federation of Korean Industries"), and an "of/for/on ..." tail
 * ("Bank of Korea"). Scans words instead of one pattern, which would backtrack on long runs.
 */
function organizationAround(text: string, headStart: number, headEnd: number): [number, number] {
  const capitalsBefore = (end: number, max: number): number => {
    let start = end;
    for (let k = 0; k < max; k++) {
      const w = wordBefore(text, start);
      if (!w || !CAPITALIZED_WORD.for(w.word).test(w.word) || NOT_IN_NAME.for(w.word).test(w.word)) break;
      start = w.start;
    }
    return start;
  };
  let from = capitalsBefore(headStart, 4);
  // "X of (the) Y HEAD": at most three words between "of" and the head.
  const near = capitalsBefore(headStart, 3);
  if (near < headStart && near === from) {
    let w = wordBefore(text, near);
    if (w?.word === 'the') w = wordBefore(text, w.start);
    if (w && (w.word === 'of' || w.word === 'for')) {
      const far = capitalsBefore(w.start, 4);
      // Not where the words before "of" name a person ("Captain Leon Tyler of Bay Runner Cruises"),
      // nor a plural noun heading the sentence ("Shares of Micron Technology rose").
      const before = text.slice(far, w.start - 1);
      const pluralOpener = /^\p{Lu}\p{Ll}+[^s]s$/u.test(before) && (far === 0 || /[.!?]["'”’]? $/.test(text.slice(0, far)));
      if (far < w.start && !namesPerson(before) && !pluralOpener) from = far;
    }
  }
  // The tail opens with " of", " for" or " on" right after the head: most heads have none.
  let tail: RegExpExecArray | null = null;
  if (text.startsWith(' of ', headEnd) || text.startsWith(' for ', headEnd) || text.startsWith(' on ', headEnd)) {
    const tailPattern = ORG_TAIL.for(text);
    tailPattern.lastIndex = headEnd;
    tail = tailPattern.exec(text);
  }
  return [from, tail ? headEnd + tail[0].length : headEnd];
}

/** "Virginia-based", "Silicon Valley-based": the place before "-based". */
const BASED_IN = new PropertyPattern(/(?<![\p{L}-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})-based\b/gu);
/** "Maryland and Virginia", "Virginia and Maryland": one or two capitalised words beside a place. */
const AND_AFTER = new PropertyPattern(/^,? (?:and|or) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/u);
const AND_BEFORE = new PropertyPattern(/(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?),? (?:and|or) $/u);

/**
 * Places joined to a place by "and"/"or" ("Maryland and Virginia"): a name the tagger read as a given
 * name or left alone. Not where another mention already claims the words.
 */
function coordinatedPlaces(content: TaggedContent, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  // Built on the first coordination found: most texts have none.
  let termAt: Map<string, TaggedContent['terms'][number]> | null = null;
  // Each word a proper noun, none a plural, a people's name, an organization, a month or a day ("Republicans and Virginia").
  const properWords = (segment: number, start: number, name: string) => {
    let at = start;
    termAt ??= new Map(content.terms.map((t) => [`${t.segment}:${t.start}`, t]));
    for (const word of name.split(' ')) {
      const t = termAt.get(`${segment}:${at}`);
      if (!t || !t.tags.has('ProperNoun') || NOT_COORDINATED_PLACE.some((tag) => t.tags.has(tag))) return false;
      at += word.length + 1;
    }
    return true;
  };
  const claimed = (segment: number, start: number, end: number) => mentions.some((m) => m.segment === segment && m.start < end && start < m.end && m.kind !== 'places' && m.name.includes(' '));
  const add = (segment: number, start: number, name: string) => {
    if (!claimed(segment, start, start + name.length) && properWords(segment, start, name)) out.push({ kind: 'places', name, segment, start, end: start + name.length, strength: 1 });
  };
  for (const m of mentions) {
    if (m.kind !== 'places') continue;
    const text = content.segments[m.segment]!.text;
    const a = AND_AFTER.for(text).exec(text.slice(m.end));
    if (a) add(m.segment, m.end + a[0].length - a[1]!.length, a[1]!);
    const b = AND_BEFORE.for(text).exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (b) add(m.segment, m.start - b[0].length, b[1]!);
  }
  return out;
}
const NOT_COORDINATED_PLACE = ['Plural', 'Demonym', 'Organization', 'Month', 'WeekDay', 'Date', 'Acronym'];

/**
 * Words that end in a title and start with no given name describe a role, not a person ("Liberal
 * Democrat MP", "Finance Minister"); "Stephen King" keeps his name.
 */
function isRole(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2) return false;
  const r = nlpRules();
  return r.titleWords.has(words[words.length - 1]!) && !personNames().given.has(words[0]!.toLowerCase());
}

/** Whether capitalised words are a person's name: a title before it, or a known given name first. */
function namesPerson(words: string): boolean {
  const title = leadingTitle(words);
  if (title && title[0].length > 0) return true;
  const first = words.split(' ')[0]!.toLowerCase();
  return words.includes(' ') && personNames().given.has(first);
}

/**
 * The titles and owner's possessive before a name ("Fed's Governor"), or null. Only a name holding a
 * title word or a possessive runs the pattern: most names have neither.
 */
function leadingTitle(name: string): RegExpExecArray | null {
  const r = nlpRules();
  if (!name.includes("'s") && !name.includes('’s') && !name.split(/\s+/).some((w) => r.titleWords.has(w))) return null;
  return r.leadingTitle.for(name).exec(name);
}

/** Whether `text` holds an organization head. One compiled pattern serves every use of the list. */
function hasOrgHead(text: string): boolean {
  return text.search(nlpRules().orgHeadAll) >= 0;
}

/** Whether `text` ends in an organization head ("Hanil Securities"). */
/**
 * An everyday word written in capitals ("MORE", "OFF", "BEFORE" from a button or a caps line), not an
 * acronym. Question words stay out: "WHO" names the World Health Organization.
 */
function isCapitalisedWord(name: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(name)) return false;
  const lower = name.toLowerCase();
  const r = nlpRules();
  return r.edgeWord.test(lower) || plainWords().has(lower) || (r.stopword.has(lower) && !/^(?:who|what|which|where|when|why|how|whom|whose)$/.test(lower));
}

function endsInOrgHead(text: string): boolean {
  let end = -1;
  for (const m of text.matchAll(nlpRules().orgHeadAll)) end = m.index + m[0].length;
  return end === text.length;
}

/** How strongly a "said" rule ("Jane Doe said", "said Jane Doe") reads a person. */
const SAID_STRENGTH = 1.5;

/** Rule-found mentions in one segment's text. */
function ruleMentions(segment: number, text: string): Mention[] {
  const r = nlpRules();
  const out: Mention[] = [];
  // Organization heads: "U.S. Department of Energy", "Bank of Korea", "Rheinwerk Antriebe AG".
  let covered = 0;
  for (const head of text.matchAll(r.orgHeadAll)) {
    if (head.index! < covered) continue;
    const [from, to] = organizationAround(text, head.index!, head.index! + head[0].length);
    covered = to;
    const c = clean(text.slice(from, to));
    // "Chipmaker Orrin Systems": a describing word at the sentence's start is not part of the name.
    const descriptor = r.orgDescriptor.for(c.name).exec(c.name);
    if (descriptor && descriptor[0].length < c.name.length) {
      c.name = c.name.slice(descriptor[0].length);
      c.lead += descriptor[0].length;
    }
    if (c.name.split(/\s+/).length < 2 || r.notOrg.test(c.name)) continue;
    // Starts at a sentence's first word: "The Ministry" is fine, "Officials at the Ministry" is not a name.
    if (!/^\p{Lu}/u.test(c.name)) continue;
    out.push({ kind: 'organizations', name: c.name, segment, start: from + c.lead, end: from + c.lead + c.name.length, strength: 2 });
  }
  // "a Virginia-based developer": where something is based is a place.
  for (const m of text.matchAll(BASED_IN.for(text))) {
    const article = /^(?:The|A|An) /.exec(m[1]!)?.[0].length ?? 0;
    const name = m[1]!.slice(article);
    out.push({ kind: 'places', name, segment, start: m.index! + article, end: m.index! + m[1]!.length, strength: 1 });
  }
  for (const m of text.matchAll(r.countryAcronym.for(text))) {
    out.push({ kind: 'places', name: m[0], segment, start: m.index!, end: m.index! + m[0].length, strength: 1 });
  }
  // "director Hal Wentworth": a role in lower case names a person by a name of two or three words.
  for (const m of text.matchAll(r.roleBeforeName.for(text))) {
    const name = m[1]!.replace(/['’]s$/u, '');
    if (hasOrgHead(name)) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ kind: 'people', name, segment, start, end: start + name.length, strength: 2 });
  }
  for (const m of text.matchAll(r.personTitle.for(text))) {
    let start = m.index! + m[0].length - m[1]!.length;
    let found = m[1]!;
    // "Deputy Prime Minister Siriporn Kaewmanee": the match took the rest of the title for the
    // name; the name is what follows the whole title.
    const title = leadingTitle(found);
    if (title && title[0].length > 0) {
      const after = NAME_AT.for(text);
      after.lastIndex = start + title[0].length;
      const rest = after.exec(text);
      if (!rest) continue;
      start = rest.index;
      found = rest[0];
    }
    // "President William Ruto's government": the owner's name without its possessive.
    const name = found.replace(/['’]s$/u, '');
    if (hasOrgHead(name)) continue;
    out.push({ kind: 'people', name, segment, start, end: start + name.length, strength: 2 });
  }
  // "Lucía Ferreyra, an adviser to the ministry,", "Imogen Achterberg, 46,": a name described as a person.
  for (const m of APPOSITIVE_GATE.test(text) ? text.matchAll(NAME_APPOSITIVE.for(text)) : []) {
    const [, written, description, age] = m as unknown as [string, string, string | undefined, string | undefined];
    if (age === undefined && !description!.split(' ').some((w) => personNouns().has(w))) continue;
    // "As Matt Burns, a ...": the sentence's first word is not the name's.
    const opener = r.clauseOpener.for(written).exec(written)?.[0].length ?? 0;
    const name = written.slice(opener);
    if (!name.includes(' ') || hasOrgHead(name) || leadingTitle(name)) continue;
    out.push({ kind: 'people', name, segment, start: m.index! + opener, end: m.index! + opener + name.length, strength: 2 });
  }
  // "Dolores Whitby, who chairs the committee,": a name that "who" describes is a person's.
  for (const m of text.includes(', who ') ? text.matchAll(NAME_WHO.for(text)) : []) {
    const opener = r.clauseOpener.for(m[1]!).exec(m[1]!)?.[0].length ?? 0;
    const name = m[1]!.slice(opener);
    if (!name.includes(' ') || hasOrgHead(name) || leadingTitle(name)) continue;
    out.push({ kind: 'people', name, segment, start: m.index! + opener, end: m.index! + opener + name.length, strength: 2 });
  }
  for (const m of text.matchAll(r.saidAfter)) {
    // The two or three words before "said".
    const before = text.slice(Math.max(0, m.index! - 70), m.index!);
    const words = before.split(' ').slice(-3);
    for (let k = 0; k < words.length - 1; k++) {
      const name = words.slice(k).join(' ');
      if (!r.nameWords.for(name).test(name) || hasOrgHead(name) || r.clauseOpener.for(name).test(name) || /^(?:The|A|An|He|She|They|It|We|I|Officials?|Analysts?)\b/.test(name)) continue;
      const start = m.index! - name.length;
      out.push({ kind: 'people', name, segment, start, end: m.index!, strength: SAID_STRENGTH });
      break;
    }
  }
  for (const m of text.matchAll(r.saidPerson.for(text))) {
    const name = m[1]!;
    if (hasOrgHead(name) || /^(?:The|A|An|He|She|They|It|We|I|Officials?|Analysts?)\b/.test(name)) continue;
    const start = m.index! + m[0].indexOf(name);
    out.push({ kind: 'people', name, segment, start, end: start + name.length, strength: SAID_STRENGTH });
  }
  return out;
}

export function findEntities(content: TaggedContent): Entities {
  const mentions: Mention[] = [];
  for (const m of content.people) {
    const x = fromMatch('people', m, 1);
    // A single capitalised word is a person only if a fuller name contains it (merged below).
    if (x) mentions.push(x);
  }
  for (const m of content.places) {
    const x = fromMatch('places', m, 1);
    if (x) mentions.push(x);
  }
  for (const m of content.organizations) {
    const x = fromMatch('organizations', m, 1);
    if (!x) continue;
    // compromise calls "U.S." an organization; the country groups are places.
    if (PLACE_GROUPS.has(canonical(x.name))) x.kind = 'places';
    mentions.push(x);
  }
  content.segments.forEach((seg, i) => mentions.push(...ruleMentions(i, seg.text)));
  mentions.push(...placesAfterIn(content));
  mentions.push(...namesOfSurnames(content));
  mentions.push(...coordinatedPlaces(content, mentions));
  // "Manila, Philippines": two places.
  for (const m of [...mentions]) {
    const comma = m.name.indexOf(', ');
    if (m.kind !== 'places' || comma < 0) continue;
    const second = m.name.slice(comma + 2);
    mentions.push({ ...m, name: second, start: m.start + comma + 2 });
    m.name = m.name.slice(0, comma);
    m.end = m.start + comma;
  }
  // A name ending in an organization head is an organization ("Hanil Securities").
  const r = nlpRules();
  for (const m of mentions) if (m.kind !== 'organizations' && m.name.includes(' ') && endsInOrgHead(m.name)) m.kind = 'organizations';
  for (const m of mentions) if ((PLACE_GROUPS.has(canonical(m.name)) || r.thoroughfareAtEnd.test(m.name)) && m.kind !== 'places') m.kind = 'places';

  // Titles are not names ("Premier Li Qiang" -> "Li Qiang"), whoever found the mention; a place or
  // an organization that is a title and a name ("Reserve Governor Lena Marsh") is that person.
  const titles: Mention[] = [];
  for (const m of mentions) {
    const title = leadingTitle(m.name);
    if (!title || title[0].length === 0 || title[0].length >= m.name.length) continue;
    const rest = m.name.slice(title[0].length);
    if (m.kind !== 'people') {
      if (!r.nameWords.for(rest).test(rest) || hasOrgHead(rest)) continue;
      m.kind = 'people';
    }
    titles.push({ ...m, end: m.start + title[0].length });
    m.name = rest;
    m.start += title[0].length;
  }
  // The words of a title name nobody ("White House Press" in "White House Press Secretary Jane Doe").
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (titles.some((t) => t.segment === m.segment && m.start >= t.start && m.end <= t.end)) mentions.splice(k, 1);
  }
  // No organization or person at all: a time zone, a currency code, a measure or a product
  // abbreviation in capitals ("GMT", "SEK", "GDP", "SUV"), an abbreviation in the plural ("MPs"), an
  // organization head alone ("Council", "Bank"), or an everyday word in capitals ("MORE"). Places
  // keep theirs ("CT" is also Connecticut).
  const notName = (m: Mention) =>
    (m.kind === 'people' && isRole(m.name)) ||
    m.kind !== 'places' && (r.notNameAcronym.has(m.name) || r.currencyCode.test(m.name) || /^\p{Lu}{2,}s$/u.test(m.name) || (!m.name.includes(' ') && endsInOrgHead(m.name)) || isCapitalisedWord(m.name));
  // "Baar (Switzerland": a name ends before a bracket it does not close.
  for (const m of mentions) {
    const open = m.name.indexOf(' (');
    if (open > 0 && !m.name.includes(')', open)) {
      m.name = m.name.slice(0, open);
      m.end = m.start + open;
    }
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (notName(mentions[k]!)) mentions.splice(k, 1);
  // "according to USA Today": a name the tagger reads as an organization stays one where a "said"
  // rule would make it a person (those rules only see capitals).
  const organizationAt = new Set(mentions.filter((m) => m.kind === 'organizations').map((m) => `${m.segment}:${m.start}:${m.end}`));
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.kind === 'people' && m.strength === SAID_STRENGTH && organizationAt.has(`${m.segment}:${m.start}:${m.end}`)) mentions.splice(k, 1);
  }
  // Overlaps: the longer mention wins, then the stronger rule.
  mentions.sort((a, b) => a.segment - b.segment || a.start - b.start || b.end - b.start - (a.end - a.start) || b.strength - a.strength);
  const kept: Mention[] = [];
  for (const m of mentions) {
    const clash = kept.find((k) => k.segment === m.segment && m.start < k.end && k.start < m.end);
    if (!clash) {
      kept.push(m);
      continue;
    }
    const longer = m.end - m.start > clash.end - clash.start;
    if (longer || (m.end - m.start === clash.end - clash.start && m.strength > clash.strength)) kept.splice(kept.indexOf(clash), 1, m);
  }

  // Group by canonical key; a one-word person name joins a fuller name that contains it.
  const groups = new Map<string, { kind: Kind; forms: Map<string, number>; spans: Span[]; plain: boolean }>();
  const titleCased = content.segments.map((seg) => isTitleCased(seg.text));
  const knownTerms = titleCased.includes(true) ? knownNameTerms(content, titleCased) : new Map<number, [number, number][]>();
  const fullNames = kept.filter((m) => m.kind === 'people' && m.name.includes(' '));
  for (const m of kept) {
    let key = `${m.kind}:${keyOf(m.name)}`;
    if (m.kind === 'people' && !m.name.includes(' ')) {
      const full = fullNames.find((f) => f.name.split(/\s+/).includes(m.name));
      if (full) key = `people:${keyOf(full.name)}`;
      else continue; // a lone given or family name with no fuller mention is too weak
    }
    const g = groups.get(key) ?? { kind: m.kind, forms: new Map<string, number>(), spans: [], plain: false };
    g.plain ||= !titleCased[m.segment] || isKnownName(m.name, knownNames()) || (knownTerms.get(m.segment)?.some(([a, b]) => a < m.end && m.start < b) ?? false);
    g.forms.set(m.name, (g.forms.get(m.name) ?? 0) + 1);
    g.spans.push(content.segments[m.segment]!.toSource(m.start, m.end));
    groups.set(key, g);
  }
  const out: Entities = { people: [], places: [], organizations: [] };
  for (const g of groups.values()) {
    // Capitals in a title-cased heading are the style's, not a name's ("Why You Should Trust Us",
    // "Data"): a name seen only there is no evidence of an entity.
    if (!g.plain) continue;
    const forms = [...g.forms.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1]);
    const name = g.kind === 'people' ? forms[0]![0] : [...g.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    const aliases = forms.map(([f]) => f).filter((f) => f !== name);
    // "Kestrel Water Technologies Inc." is also written without its legal form.
    const short = g.kind === 'organizations' ? withoutLegalForm(name) : null;
    if (short && short !== name && !aliases.includes(short)) aliases.push(short);
    const entity: Entity = {
      name,
      aliases,
      count: g.spans.length,
      spans: g.spans.sort((a, b) => a[0] - b[0]),
    };
    out[g.kind].push(entity);
  }
  for (const k of ['people', 'places', 'organizations'] as const) out[k].sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  return out;
}

/** A company's name without its legal form ("Kestrel Water Inc" -> "Kestrel Water"), where two words or more remain. */
function withoutLegalForm(name: string): string | null {
  const m = LEGAL_FORM.exec(name);
  if (!m) return null;
  const rest = name.slice(0, m.index).replace(/,\s*$/, '');
  return rest.includes(' ') ? rest : null;
}
// The lookbehind starts the separator where it starts: a run of spaces is tried once, not from each space.
const LEGAL_FORM = /(?<![\s,])(?:,\s*|\s+)(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|SE|NV|BV|GmbH|S\.A|S\.p\.A|Pty)\.?$/;

/** Tags the tagger gives only to words it knows as names: a place, a given or family name, a company. */
const KNOWN_NAME_TAGS = ['City', 'Country', 'Region', 'Place', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization'];

/** Where, in each title-cased segment, the tagger knows a word as a name: segment -> [start, end) of those words. */
function knownNameTerms(content: TaggedContent, titleCased: readonly boolean[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  for (const t of content.terms) {
    if (!titleCased[t.segment] || !KNOWN_NAME_TAGS.some((tag) => t.tags.has(tag))) continue;
    const list = out.get(t.segment) ?? [];
    list.push([t.start, t.end]);
    out.set(t.segment, list);
  }
  return out;
}

/** The lexicon knows the name, or one of its words, as a place, a person's name or an organization ("Baltimore Ravens"). */
function isKnownName(name: string, known: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase().replace(/['’]s$/, '');
  return known.has(lower) || name.split(/[\s-]+/).some((w) => PLACE_GROUPS.has(w) || (w.length > 1 && known.has(w.toLowerCase())));
}

/**
 * Capitals in this segment are the style's: every word longer than a function word is capitalised
 * (a title-case heading, or a one-word label such as "Data"). Stricter than the tagger's test:
 * a reference line with a few lower-case words keeps its names.
 */
function isTitleCased(text: string): boolean {
  return isTitleCase(text, 1, 1);
}

/**
 * News names a person in full once, then by the surname alone: a capitalised word that speaks
 * ("Matos said") or is given an age ("Achterberg, 46,") makes the full name it ends ("Rui Matos")
 * a person wherever it stands, whatever the tagger called it.
 */
function namesOfSurnames(content: TaggedContent): Mention[] {
  const surnames = new Set<string>();
  const stop = nlpRules().stopword;
  for (const seg of content.segments) {
    if (!speaksGate().test(seg.text)) continue;
    for (const m of seg.text.matchAll(surnameSpeaks().for(seg.text))) {
      const word = m[1]!;
      const lower = word.toLowerCase();
      if (!plainWords().has(lower) && !stop.has(lower) && !nlpRules().titleWords.has(word)) surnames.add(word);
    }
  }
  const out: Mention[] = [];
  if (surnames.size === 0) return out;
  const plain = plainWords();
  content.segments.forEach((seg, segment) => {
    if (![...surnames].some((name) => seg.text.includes(name))) return;
    for (const m of seg.text.matchAll(GIVEN_AND_SURNAME.for(seg.text))) {
      const [whole, given, surname] = m as unknown as [string, string, string];
      if (!surnames.has(surname) || surnames.has(given)) continue;
      const lower = given.toLowerCase();
      if (plain.has(lower) || stop.has(lower) || nlpRules().titleWords.has(given) || hasOrgHead(whole)) continue;
      // Inside a longer run of capitals ("Port Alder Marsh") the two words are not the whole name;
      // a capitalised function word before them opens the sentence ("When Rui Matos").
      const before = WORD_BEFORE.for(seg.text).exec(seg.text.slice(Math.max(0, m.index! - 30), m.index!))?.[1];
      if (before && !stop.has(before.toLowerCase()) && !plain.has(before.toLowerCase())) continue;
      out.push({ kind: 'people', name: whole, segment, start: m.index!, end: m.index! + whole.length, strength: SURNAME_STRENGTH });
    }
  });
  return out;
}
/** Where an appositive can be at all: a comma, then an article or a digit (a cheap test before the pattern). */
const APPOSITIVE_GATE = /, (?:an? |the |\d)/;
const NAME_WHO = new PropertyPattern(/(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}), who\b/gu);
/** Two or three capitalised words, then a description of a person ("an adviser", "the former economist") or an age. */
const NAME_APPOSITIVE = new PropertyPattern(/(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}), (?:(?:a|an|the) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}]+)\b|(\d{1,3}),)/gu);
/** Where a surname can speak or be given an age at all (a cheap test before the pattern). */
const speaksGate = lazy(() => new RegExp(`\\b(?:${nlpRules().speakingVerbs})\\b|, \\d`));
/** A capitalised word that says something (not a price that "added 4%") or is given an age: "Matos said", "Achterberg, 46,". */
const surnameSpeaks = lazy(() => new PropertyPattern(new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?:,? (?:${nlpRules().speakingVerbs})\\b(?! [\\d$€£¥+−-])|, \\d{1,3},)`, 'gu')));
/** Two capitalised words, not inside a longer run of them. */
const GIVEN_AND_SURNAME = new PropertyPattern(/(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-]| \p{Lu})/gu);
/** The capitalised word before a match, when a space parts them. */
const WORD_BEFORE = new PropertyPattern(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*) $/u);
/** A full name its surname vouches for beats the tagger's reading of the same words ("Celia Marsh" no place). */
const SURNAME_STRENGTH = 2.5;

const NOT_PLACE_TAGS = ['Month', 'WeekDay', 'Date', 'Person', 'Organization', 'Value', 'Acronym'];

/** Language names as English writes them ("Chinese", "Spanish", "Portuguese"): no place ends so. */
const LANGUAGE_WORD = /^[a-z]+(?:ese|ish)$/;

/** "in Manila", "in the Philippines": a proper noun after "in" is a place the tagger did not know. */
function placesAfterIn(content: TaggedContent): Mention[] {
  const { terms } = content;
  const out: Mention[] = [];
  for (let i = 0; i < terms.length - 1; i++) {
    if (terms[i]!.normal !== 'in') continue;
    let k = i + 1;
    if (terms[k]?.normal === 'the') k++;
    const start = k;
    while (k < terms.length && k - start < 3 && terms[k]!.segment === terms[i]!.segment && terms[k]!.tags.has('ProperNoun') && !NOT_PLACE_TAGS.some((t) => terms[k]!.tags.has(t))) {
      k++;
      if (/[,.;:]/.test(terms[k - 1]!.post)) break;
    }
    // "in Chinese", "in Spanish": a language, not a place.
    if (k === start || (k === start + 1 && LANGUAGE_WORD.test(terms[start]!.normal))) continue;
    const first = terms[start]!;
    const last = terms[k - 1]!;
    const name = clean(content.segments[first.segment]!.text.slice(first.start, last.end)).name;
    if (!/^\p{Lu}/u.test(name)) continue;
    out.push({ kind: 'places', name, segment: first.segment, start: first.start, end: first.start + name.length, strength: 0.5 });
  }
  return out;
}

/** A capitalised word of a place name ("Saint-Denis", "Md."), no digits. */
const PLACE_WORD = new PropertyPattern(/^\p{Lu}[\p{L}.'’-]*$/u);
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?$/;

/**
 * The place a wire dateline names ("LONDON, March 19 (Agency) -", "NAIROBI, Kenya -") is a place of
 * the article: added to `entities.places`, in title case where the dateline writes capitals.
 */
export function datelinePlaces(entities: Entities, datelines: readonly Segment[]): Entities {
  if (datelines.length === 0) return entities;
  const places = entities.places.map((e) => ({ ...e, spans: [...e.spans] }));
  for (const d of datelines) {
    let at = 0;
    for (const part of d.text.split(/[,(/]/).slice(0, 2)) {
      const dash = part.search(/\s[-–—]/u);
      const raw = dash >= 0 ? part.slice(0, dash) : part;
      const lead = raw.length - raw.trimStart().length;
      const words = raw.trim();
      const start = at + lead;
      at += part.length + 1;
      // A place is one to four capitalised words, not a date ("March 19") nor a number.
      const first = words.toLowerCase().split(' ')[0]!.replace(/\.$/, '');
      const parts = words.split(' ');
      if (parts.length > 4 || !parts.every((w) => PLACE_WORD.for(w).test(w)) || nlpRules().monthName.has(first) || WEEKDAY.test(first)) break;
      const written = /\p{Ll}/u.test(words) ? words : words.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
      // "Okla." is Oklahoma.
      const name = canonical(written);
      const span = d.toSource(start, start + words.length);
      const same = places.find((e) => keyOf(e.name) === keyOf(name) || e.aliases.some((a) => keyOf(a) === keyOf(name)));
      if (same) {
        // "OSLO" found in the text as written reads "Oslo".
        if (!/\p{Ll}/u.test(same.name) && name !== same.name) [same.name, same.aliases] = [name, [...new Set([same.name, ...same.aliases])]];
        if (written !== same.name && !same.aliases.includes(written)) same.aliases = [...same.aliases, written];
        same.spans = [...same.spans, span].sort((a, b) => a[0] - b[0]);
        same.count = same.spans.length;
      } else places.push({ name, aliases: written === name ? [] : [written], count: 1, spans: [span] });
    }
  }
  places.sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  return { ...entities, places };
}
