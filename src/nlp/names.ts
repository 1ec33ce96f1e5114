/**
 * Given names and surnames, from compromise's lexicon (its 3,000 first names are international):
 * whether "Halina Goetz" under a headline is a person or a section label, whether "Leon Tyler of
 * Bay Runner Cruises" is a person of an organization or one long name.
 */
import { lazy } from '../lazy.js';
import { taggerData } from './tagger-data.js';

export const personNames = lazy(() => {
  const words = (tag: string) => (taggerData.lexicon[tag] ?? '').split('\n').filter(Boolean);
  return { given: new Set([...words('FirstName'), ...words('MaleName'), ...words('FemaleName')]), surnames: new Set(words('LastName')) };
});

/** Every word or phrase the lexicon knows as a name: places, people's names and organizations. */
export const knownNames = lazy(() => {
  const out = new Set<string>();
  for (const [tags, words] of Object.entries(taggerData.lexicon)) {
    if (!/\b(?:City|Country|Region|Place|Organization|Person|FirstName|LastName|MaleName|FemaleName)\b/.test(tags)) continue;
    for (const w of words.split('\n')) if (w) out.add(w);
  }
  return out;
});

/** Words the lexicon knows only as adjectives, adverbs, modals, pronouns and other function words: "FREE", "HUGE", "MUST" in capitals are no acronym. */
export const plainWords = lazy(() => {
  const out = new Set<string>();
  for (const tag of ['Adjective', 'Adverb', 'Conjunction', 'Determiner', 'Modal', 'Possessive,Pronoun', 'Preposition', 'Pronoun']) {
    for (const w of (taggerData.lexicon[tag] ?? '').split('\n')) if (w) out.add(w);
  }
  return out;
});

/** Nouns that name what a person is or does ("economist", "adviser"): compromise's actors, and a few British spellings it lacks. */
export const personNouns = lazy(() => new Set([...(taggerData.lexicon.Actor ?? '').split('\n').filter(Boolean), 'adviser', 'spokesman', 'spokeswoman', 'spokesperson', 'resident', 'student']));

/** The lexicon's cities, countries and regions, lower case ("jordan", "georgia", "paris"). */
export const placeNames = lazy(() => {
  const out = new Set<string>();
  for (const [tags, words] of Object.entries(taggerData.lexicon)) if (/\b(?:City|Country|Region)\b/.test(tags)) for (const w of words.split('\n')) if (w) out.add(w);
  return out;
});
