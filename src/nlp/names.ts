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
