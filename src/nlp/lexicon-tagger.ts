/**
 * The fast tagger: compromise's own lexicon and tagging model (its word list, ambiguity classes
 * with their context clues, suffix patterns, organization and place head words, tag hierarchy)
 * applied in one linear pass over our own tokens. The model's tables are generated from the
 * pinned compromise at build time (`scripts/build-tagger-data.mjs` -> `tagger-data.ts`), so this
 * tagger neither loads compromise nor depends on its internals at run time. It skips
 * compromise's tokenizer and its match-based post-tagger, which are 60-70% of compromise's time;
 * on news prose it agrees with compromise on what keyphrases and entities need (nouns,
 * adjectives, verbs, names) on about 95% of tokens, and the nlp stage takes about a tenth of the
 * time. `tagger: 'compromise'` runs the full compromise pipeline instead.
 */
import { lazy, PropertyPattern } from '../lazy.js';
import { nlpRules } from '../rules/nlp.js';
import { sentenceRanges } from '../sentences.js';
import { isTitleCase } from '../text.js';
import { taggerData, type TaggedPattern } from './tagger-data.js';
import type { EntityMatch, Segment, TaggedContent, Term } from './tagger.js';

type Tags = ReadonlySet<string>;

interface Clues {
  beforeTags: Record<string, string>;
  afterTags: Record<string, string>;
  beforeWords: Record<string, string>;
  afterWords: Record<string, string>;
}

/** What the lexicon knows of one lower-case word or phrase; one lookup per token. */
interface WordEntry {
  /** Its tags with their parents. */
  tags?: Tags;
  /** An ambiguous word: its class ("Adj|Noun", "Noun|Verb", ...) and the clues that decide. */
  switchKind?: string;
  clues?: Clues;
  /** First word of multi-word entries: the most words such an entry has. */
  multi?: number;
}

interface LexiconModel {
  entries: Map<string, WordEntry>;
  /** Suffix patterns by suffix length, longest first. */
  suffixes: { length: number; table: Map<string, string> }[];
  /** Word-shape patterns for unknown words, tried after the suffixes. */
  shapes: [RegExp, string][];
  /** Last letter -> patterns on the word's ending ("-ful", "-ial" are adjectives). */
  endings: Map<string, [RegExp, string][]>;
  /** Context rules for words nothing else explains: [neighbouring word or tag, resulting tag]. */
  neighbours: { leftWords: Map<string, string>; rightWords: Map<string, string>; leftTags: [string, string][]; rightTags: [string, string][] };
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  /** A tag name -> it and its parents (MaleName -> Person, ProperNoun, Noun, ...). */
  expand: (tags: string[]) => Tags;
}

const lexiconModel = lazy((): LexiconModel => {
  const data = taggerData;
  const parents = data.parents;
  const expanded = new Map<string, Tags>();
  const expand = (tags: string[]): Tags => {
    const key = tags.join('|');
    const hit = expanded.get(key);
    if (hit) return hit;
    const set = new Set<string>();
    for (const t of tags) {
      set.add(t);
      for (const p of parents[t] ?? []) set.add(p);
    }
    expanded.set(key, set);
    return set;
  };
  // Most words are only their tags: they share one entry per tag list (24,600 words, 73 lists),
  // and a word that needs more (a multi-word start, an ambiguity class) gets its own copy.
  const entries = new Map<string, WordEntry>();
  const extend = (word: string, more: WordEntry) => entries.set(word, { ...entries.get(word), ...more });
  // Each word is in one list (a later list would win), so the first pass only sets; the second
  // marks the first words of multi-word names and terms ("new york", "prime minister"); phrasal
  // verbs do not matter here.
  const phraseLists: string[] = [];
  for (const [key, words] of Object.entries(data.lexicon)) {
    const tags = expand(key.split(','));
    const shared: WordEntry = { tags };
    for (const word of words.split('\n')) entries.set(word, shared);
    if (tags.has('Noun') || tags.has('Adjective')) phraseLists.push(words);
  }
  for (const words of phraseLists) {
    for (const word of words.split('\n')) {
      if (!word.includes(' ')) continue;
      const parts = word.split(' ');
      extend(parts[0]!, { multi: Math.max(entries.get(parts[0]!)?.multi ?? 0, parts.length) });
    }
  }
  for (const [kind, words] of Object.entries(data.switches)) {
    const clues = data.clues[kind];
    for (const word of words.split('\n')) extend(word, clues ? { switchKind: kind, clues } : { switchKind: kind });
  }
  const suffixes = data.suffixes
    .map((table, length) => ({ length, table: new Map(Object.entries(table)) }))
    .filter((s) => s.table.size > 0)
    .reverse();
  for (const t of Object.keys(parents)) expand([t]);
  for (const combo of [['Noun', 'Adjective'], ['Acronym', 'ProperNoun', 'Noun', 'Singular'], ['ProperNoun', 'Noun', 'Singular']]) expand(combo);
  const n = data.neighbours;
  const pattern = ([source, flags, tag]: TaggedPattern): [RegExp, string] => [new RegExp(source, flags), tag];
  return {
    entries,
    suffixes,
    shapes: data.shapes.map(pattern),
    endings: new Map(Object.entries(data.endings).map(([last, rules]) => [last, rules.map(pattern)])),
    neighbours: { leftWords: new Map(n.leftWords), rightWords: new Map(n.rightWords), leftTags: n.leftTags, rightTags: n.rightTags },
    orgWords: new Set(data.orgWords),
    placeWords: new Set(data.placeWords),
    // Combinations not seen while building are computed afresh: the built model stays read-only.
    expand: (tags) => expanded.get(tags.join('|')) ?? new Set(tags.flatMap((t) => [t, ...(parents[t] ?? [])])),
  };
});

// Dotted acronyms, words with inner apostrophes and hyphens, numbers with their separators.
const TOKEN = new PropertyPattern(/(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?(?:-[\p{L}\p{N}]+)*/gu);
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,6}s?$/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT_START = /^\p{N}/u;
const NAME_KINDS = ['Person', 'Place', 'Organization', 'ProperNoun', 'Month', 'WeekDay', 'Date', 'Demonym', 'Honorific'];
const CLOSED_CLASS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'Auxiliary', 'QuestionWord', 'Negative', 'Adverb', 'Possessive'];

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  segment: number;
  /** First word of its sentence, or inside a title-case line: capitals say nothing there. */
  caseBlind: boolean;
  possessive: boolean;
  /** What the lexicon knows of `lower`, looked up once. */
  entry: WordEntry | undefined;
}

function tokenize(segments: Segment[]): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  segments.forEach((seg, segment) => {
    // Capitals say nothing in a title-case line, nor in one written all in capitals ("DIGEST HUB").
    const titleCase = isTitleCase(seg.text) || !HAS_LOWER.test(seg.text);
    // One scan over the segment; sentence ranges only number the tokens (no token spans two).
    const ranges = sentenceRanges(seg.text);
    let r = 0;
    let first = true;
    for (const m of seg.text.matchAll(TOKEN.for(seg.text))) {
      const start = m.index!;
      while (r < ranges.length - 1 && start >= ranges[r]![1]) {
        r++;
        sentence++;
        first = true;
      }
      const text = m[0];
      const possessive = text.length > 2 && (text.endsWith("'s") || text.endsWith('’s') || text.endsWith("'S") || text.endsWith('’S'));
      const lower = (possessive ? text.slice(0, -2) : text).toLowerCase();
      tokens.push({
        text,
        lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
        start,
        end: start + text.length,
        sentence,
        segment,
        caseBlind: first || titleCase,
        possessive,
        entry: undefined,
      });
      first = false;
    }
    sentence++;
  });
  return tokens;
}

/** An unknown word's tag from its letters alone: suffixes, word shapes, endings (compromise's order). */
function letterTag(model: LexiconModel, lower: string): string | null {
  for (const { length, table } of model.suffixes) {
    if (lower.length <= length) continue;
    const tag = table.get(lower.slice(-length));
    if (tag) return tag;
  }
  for (const [re, tag] of model.shapes) if (re.test(lower)) return tag;
  for (const [re, tag] of model.endings.get(lower[lower.length - 1]!) ?? []) if (re.test(lower)) return tag;
  return null;
}

/** An unknown word's tag from its letters, then its neighbours, else a noun. */
function guessTag(run: TagRun, t: Token, prevTags: Tags | undefined, prev: Token | undefined, next: Token | undefined): string {
  const model = run.model;
  let fromLetters = run.byLetters.get(t.lower);
  if (fromLetters === undefined) run.byLetters.set(t.lower, (fromLetters = letterTag(model, t.lower)));
  if (fromLetters) return fromLetters;
  const n = model.neighbours;
  const byWord = (prev && n.leftWords.get(prev.lower)) || (next && n.rightWords.get(next.lower));
  if (byWord) return byWord;
  if (prevTags) for (const [tag, result] of n.leftTags) if (prevTags.has(tag)) return result;
  const nextTags = next?.entry?.tags;
  if (nextTags) for (const [tag, result] of n.rightTags) if (nextTags.has(tag)) return result;
  return /[^su]s$/.test(t.lower) ? 'Plural' : 'Singular';
}

/** Picks a reading of an ambiguous word from its neighbours, as compromise's clues do. */
function resolveSwitch(clues: Clues, prev: Token | undefined, prevTags: Tags | undefined, next: Token | undefined): string | undefined {
  if (next && clues.afterWords[next.lower]) return clues.afterWords[next.lower];
  if (prev && clues.beforeWords[prev.lower]) return clues.beforeWords[prev.lower];
  if (prevTags) for (const t of prevTags) if (clues.beforeTags[t]) return clues.beforeTags[t];
  const nextTags = next?.entry?.tags;
  if (nextTags) for (const t of nextTags) if (clues.afterTags[t]) return clues.afterTags[t];
  return undefined;
}

const hasAny = (tags: Tags, list: string[]) => list.some((t) => tags.has(t));

/** What one document's tagging shares: the model and caches that live as long as the call. */
interface TagRun {
  model: LexiconModel;
  /** Words the text capitalizes where capitals mean something. */
  capitalized: ReadonlySet<string>;
  /** Unknown word -> its tag from its letters. */
  byLetters: Map<string, string | null>;
  /** `tags` with one more tag; the same sets recur, so each combination is built once. */
  plus: (tags: Tags, tag: string) => Tags;
}

function tagRun(model: LexiconModel, capitalized: ReadonlySet<string>): TagRun {
  const added = new Map<Tags, Map<string, Tags>>();
  return {
    model,
    capitalized,
    byLetters: new Map(),
    plus: (tags, tag) => {
      if (tags.has(tag)) return tags;
      const byTag = added.get(tags) ?? new Map<string, Tags>();
      added.set(tags, byTag);
      let out = byTag.get(tag);
      if (!out) byTag.set(tag, (out = new Set([...tags, tag])));
      return out;
    },
  };
}

export function tagWithLexicon(segments: Segment[]): TaggedContent {
  const model = lexiconModel();
  const tokens = tokenize(segments);
  for (const t of tokens) t.entry = model.entries.get(t.lower);
  // Words the text capitalizes where capitals mean something: names, even at a sentence start.
  const capitalizedMidSentence = new Set<string>();
  for (const t of tokens) if (!t.caseBlind && UPPER_START.test(t.text) && HAS_LOWER.test(t.text)) capitalizedMidSentence.add(t.lower);

  const tags: Tags[] = new Array(tokens.length);
  const run = tagRun(model, capitalizedMidSentence);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
    const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
    // Multi-word entries ("new york", "prime minister"): every word takes the entry's tags.
    const span = t.entry?.multi;
    if (span) {
      let matched = 0;
      // Keys of one to `span` words from here, inside the sentence; the longest known one wins.
      const keys: string[] = [t.lower];
      for (let k = 1; k < span && tokens[i + k]?.sentence === t.sentence; k++) keys.push(`${keys[k - 1]} ${tokens[i + k]!.lower}`);
      for (let n = keys.length; n >= 2 && !matched; n--) {
        const entry = model.entries.get(keys[n - 1]!)?.tags;
        if (!entry || !(entry.has('Noun') || entry.has('Adjective'))) continue;
        matched = n;
        for (let k = 0; k < n; k++) tags[i + k] = withCase(run, tokens[i + k]!, entry);
      }
      if (matched) {
        i += matched - 1;
        continue;
      }
    }
    tags[i] = tagWord(run, t, prev, prev ? tags[i - 1] : undefined, next);
  }

  const terms: Term[] = tokens.map((t, index) => {
    const seg = segments[t.segment]!.text;
    const nextStart = tokens[index + 1]?.segment === t.segment ? tokens[index + 1]!.start : seg.length;
    const post = t.segment === tokens[index + 1]?.segment ? seg.slice(t.end, nextStart) : `${seg.slice(t.end)}\n`;
    let termTags = tags[index]!;
    if (t.possessive) termTags = run.plus(termTags, 'Possessive');
    if (t.text.includes('-') && !DIGIT_START.test(t.text)) termTags = run.plus(termTags, 'Hyphenated');
    return { text: t.text, normal: t.lower, tags: termTags, index, sentence: t.sentence, segment: t.segment, start: t.start, end: t.end, post };
  });
  return { segments, terms, ...namedRuns(run, terms) };
}

function tagWord(run: TagRun, t: Token, prev: Token | undefined, prevTags: Tags | undefined, next: Token | undefined): Tags {
  const model = run.model;
  if (DIGIT_START.test(t.text)) {
    // "58-year-old", "20-person": a number compounded with words modifies a noun.
    if (/-\p{L}/u.test(t.text)) return model.expand(['Noun', 'Adjective']);
    return model.expand(/(?:st|nd|rd|th)$/.test(t.text) ? ['Ordinal'] : ['Cardinal']);
  }
  if (t.text.includes('-')) {
    // Hyphenated compounds modify or name things ("hurricane-force winds", "100-meter").
    return t.entry?.tags ?? model.expand(['Noun', 'Adjective']);
  }
  let known = t.entry?.tags;
  const clues = t.entry?.clues;
  if (clues) {
    const reading = resolveSwitch(clues, prev, prevTags, next);
    if (reading) known = model.expand([reading]);
    // An adjective-or-noun right before a noun modifies it ("crude oil", "federal troops").
    const nextTags = next && t.end + 1 === next.start ? next.entry?.tags : undefined;
    if (t.entry?.switchKind === 'Adj|Noun' && nextTags?.has('Noun') && !nextTags.has('Pronoun')) known = model.expand(['Adjective']);
  }
  if (known) return withCase(run, t, known);
  if (nlpRules().negatedParticiple.test(t.lower)) return withCase(run, t, model.expand(['Adjective']));
  return withCase(run, t, model.expand([guessTag(run, t, prevTags, prev, next)]));
}

/** Capitals turn a word into a name unless the word is a function word or stands where capitals say nothing. */
function withCase(run: TagRun, t: Token, known: Tags): Tags {
  const model = run.model;
  if (!UPPER_START.test(t.text)) return known;
  if (nlpRules().placeAcronym.has(t.text)) return model.expand(['Acronym', 'Place', 'ProperNoun', 'Noun', 'Singular']);
  if (ALL_CAPS.test(t.text) && !t.caseBlind) {
    if (known.has('Organization') || known.has('Place') || known.has('Country')) return known;
    return model.expand(['Acronym', 'ProperNoun', 'Noun', 'Singular']);
  }
  const month = nlpRules().monthName.has(t.lower);
  if (month) return model.expand(['Month']);
  if (hasAny(known, NAME_KINDS)) return known.has('Month') || known.has('WeekDay') ? known : run.plus(known, 'ProperNoun');
  if (t.caseBlind) {
    // "Officials said" vs "Harbor officials": a sentence-initial word is a name only if the text capitalizes it elsewhere.
    if (!run.capitalized.has(t.lower) || hasAny(known, CLOSED_CLASS)) return known;
  } else if (t.lower === 'the') return known;
  // Mid-sentence capitals make a name ("De Beers", "Federal Reserve"), as compromise reads them.
  return known.has('Noun') && !known.has('Pronoun') ? run.plus(known, 'ProperNoun') : model.expand(['ProperNoun', 'Noun', 'Singular']);
}

/** People, places and organizations: runs of capitalized words, typed by the lexicon and head words. */
function namedRuns(tagging: TagRun, terms: Term[]): Pick<TaggedContent, 'people' | 'places' | 'organizations'> {
  const model = tagging.model;
  const out = { people: [] as EntityMatch[], places: [] as EntityMatch[], organizations: [] as EntityMatch[] };
  const isName = (t: Term) => t.tags.has('ProperNoun') && !hasAny(t.tags, ['Month', 'WeekDay', 'Date', 'Pronoun', 'Value', 'Demonym']);
  for (let i = 0; i < terms.length; i++) {
    if (!isName(terms[i]!)) continue;
    let j = i;
    // Extend over plain spaces; "Bank of England", "Gulf of Mexico" bridge over "of".
    for (;;) {
      const cur = terms[j]!;
      const next = terms[j + 1];
      if (!next || next.segment !== cur.segment || next.sentence !== cur.sentence || cur.tags.has('Possessive')) break;
      // "St. Croix", "Mt. Hood": the abbreviation's period is inside the name.
      const joined = cur.post === ' ' || (cur.post === '. ' && nlpRules().placePrefixAbbreviation.has(cur.normal));
      if (joined && isName(next)) {
        j++;
        continue;
      }
      const after = terms[j + 2];
      const head = model.orgWords.has(cur.normal) || model.placeWords.has(cur.normal);
      if (head && cur.post === ' ' && next.normal === 'of' && next.post === ' ' && after && after.segment === cur.segment && isName(after)) {
        j += 2;
        continue;
      }
      break;
    }
    const run = terms.slice(i, j + 1);
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const match: EntityMatch = { text: `${terms[i]!.text}${run.slice(1).map((t, k) => `${run[k]!.post}${t.text}`).join('')}`, segment: first.segment, start: first.start, end: last.end };
    const kind = kindOf(model, run, terms[i - 1]);
    if (kind) {
      out[kind].push(match);
      const tag = kind === 'people' ? 'Person' : kind === 'places' ? 'Place' : 'Organization';
      for (const t of run) t.tags = tagging.plus(t.tags, tag);
    }
    i = j;
  }
  return out;
}

function kindOf(model: LexiconModel, run: Term[], before: Term | undefined): 'people' | 'places' | 'organizations' | null {
  const last = run[run.length - 1]!;
  const any = (tag: string) => run.some((t) => t.tags.has(tag));
  if (any('Organization') || model.orgWords.has(last.normal)) return 'organizations';
  if (run.some((t) => hasAny(t.tags, ['Place', 'Country', 'City', 'Region'])) || (run.length > 1 && model.placeWords.has(last.normal))) return 'places';
  const titled = before !== undefined && before.tags.has('Honorific');
  if (titled || run[0]!.tags.has('FirstName') || (run.length > 1 && last.tags.has('LastName'))) return 'people';
  if (run.length === 1 && last.tags.has('Acronym')) return 'organizations';
  return null;
}
