/**
 * Stage 4, language: the article's language as a BCP 47 primary subtag, or null. It decides which
 * date and byline vocabularies apply and whether the English-only NLP runs.
 *
 * The article's own words are the first evidence (they cannot be a template default, as
 * `<html lang="en">` on a German page is); the page's declaration (`<html lang>`, `og:locale`,
 * JSON-LD `inLanguage`) settles what the text leaves open, and names languages the detector
 * does not know.
 */
import type { DocumentState } from '../document.js';
import { need } from '../document.js';
import { functionWords, KNOWN_LANGUAGES, SCRIPT_LANGUAGES } from '../rules/language.js';

/** Enough of the article to decide; function words are a tenth to a half of running text. */
const SAMPLE_CHARS = 6000;
/** Fewer function-word hits than this is no evidence. */
const MIN_HITS = 4;
/** The best language must lead the next by this factor to be named from the text alone. */
const MIN_LEAD = 1.25;
/** In running text of a listed language its function words are a fifth or more of the words; in an unlisted one a few look-alikes are far fewer. */
const MIN_SHARE = 0.05;

export interface LanguageGuess {
  lang: string;
  /** 'script' and clear function-word leads are decisive; 'weak' gives way to a declaration. */
  strength: 'script' | 'clear' | 'weak';
}

/** The language of a text from its script or its function words; null without evidence. */
export function detectLanguage(text: string): LanguageGuess | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const latin = sample.match(/[A-Za-zÀ-ɏ]/g)?.length ?? 0;
  let scriptBest: { lang: string; count: number } | null = null;
  let scriptTotal = 0;
  for (const { lang, pattern } of SCRIPT_LANGUAGES) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count === 0) continue;
    // Kana marks Japanese even where Han characters outnumber it (a few kana are a quoted name).
    if (lang === 'ja' && count >= 10) return { lang, strength: 'script' };
    // Letters Russian lacks mark Ukrainian; letters Arabic lacks mark Urdu or Persian.
    // (So do the letters Kazakh adds to the Cyrillic alphabet.)
    if ((lang === 'uk' || lang === 'ur' || lang === 'fa' || lang === 'kk') && count >= 3) return { lang, strength: 'script' };
    // Bulgarian writes "ъ" in common words and has no "ы", "э" or "ё", which fill any Russian text.
    if (lang === 'bg') {
      if (count >= 3 && !/[ыэёЫЭЁ]/.test(sample)) return { lang, strength: 'script' };
      continue;
    }
    scriptTotal += count;
    if (!scriptBest || count > scriptBest.count) scriptBest = { lang, count };
  }
  if (scriptBest && scriptTotal > latin) return { lang: scriptBest.lang, strength: 'script' };

  const words = functionWords();
  const hits = new Map<string, number>();
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w.length > 0) total++;
    const langs = w.length > 0 && w.length < 8 ? words.get(w) : undefined;
    if (!langs) continue;
    for (const l of langs) {
      // A word many languages share ("de", "a") is weaker evidence for each than one only it has.
      hits.set(l, (hits.get(l) ?? 0) + 1 / Math.sqrt(langs.length));
      counts.set(l, (counts.get(l) ?? 0) + 1);
    }
  }
  let best = '';
  let first = 0;
  let second = 0;
  for (const [lang, n] of hits) {
    if (n > first) {
      second = first;
      first = n;
      best = lang;
    } else if (n > second) second = n;
  }
  const found = counts.get(best) ?? 0;
  if (found < MIN_HITS || found < total * MIN_SHARE) return null;
  return { lang: best, strength: first >= second * MIN_LEAD ? 'clear' : 'weak' };
}

/** "en-GB", "de_DE", "pt-br" -> "en", "de", "pt"; anything else -> null. */
export function primaryTag(value: string | null | undefined): string | null {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(value ?? '');
  if (!m) return null;
  const tag = m[1]!.toLowerCase();
  // Norwegian's two written standards read alike; the detector names them 'no'.
  return tag === 'nb' || tag === 'nn' ? 'no' : tag;
}

export function language(state: DocumentState): void {
  const lines = need(state, 'lines');
  const labels = need(state, 'labels');
  // The kept lines are the article; a page with almost none kept is read whole.
  let text = '';
  for (let i = 0; i < lines.length && text.length < SAMPLE_CHARS; i++) if (labels[i]!.keep) text += lines[i]!.text + '\n';
  if (text.length < 200) {
    // Read whole, sampled from the middle of the page, past the menus at its top.
    const all = lines.map((l) => l.text).join('\n');
    const from = Math.max(0, Math.floor(all.length / 2) - SAMPLE_CHARS / 2);
    text = all.slice(from, from + SAMPLE_CHARS);
  }
  const guess = detectLanguage(text);
  const declared = primaryTag(state.metadata?.lang);
  // A declared language the detector cannot name (Icelandic, Catalan, ...) is taken at its word.
  if (declared && !KNOWN_LANGUAGES.includes(declared) && guess?.strength !== 'script') state.lang = declared;
  else if (guess && (guess.strength !== 'weak' || !declared)) state.lang = guess.lang;
  else state.lang = declared;
}
