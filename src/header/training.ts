/**
 * The trainer's view of the pipeline (scripts/train-header.mjs bundles this file): run the stages
 * up to the header, then hand over the header candidates and the decisions the library makes.
 * Not part of the package's entry points.
 */
import type { ResolvedOptions } from '../document.js';
import { newState } from '../extract.js';
import { STAGES } from '../pipeline.js';
import { settleBeforeHeader } from '../stages/structure.js';
import { BYLINE_ZONE_PROSE, bylineCandidates, dateCandidates, headerContext, headerZoneEnd, headlineCandidates, HEADLINE_FEATURES, BYLINE_FEATURES, DATE_FEATURES, DATE_SOURCE, tokens, tokenF1 } from './features.js';
import { chooseBylines, chooseDate, chooseHeadline } from './decide.js';
import { HEADER_MODEL } from './weights.js';
import { compileModel, score, sigmoid } from './model.js';

export function prepare(input: string, format: 'text' | 'html', url: string | null) {
  const options: ResolvedOptions = { format, publishedAt: null, url, timezone: 'UTC', tagger: 'lexicon' };
  const state = newState(input, options);
  for (const stage of STAGES) {
    if (stage.name === 'structure') break;
    stage.run(state);
  }
  const settled = settleBeforeHeader(state);
  return { state, ctx: headerContext(state), claimed: settled.claimed, settled };
}

export {
  BYLINE_ZONE_PROSE, bylineCandidates, dateCandidates, headerZoneEnd, headlineCandidates, chooseBylines, chooseDate, chooseHeadline,
  HEADLINE_FEATURES, BYLINE_FEATURES, DATE_FEATURES, DATE_SOURCE, HEADER_MODEL, tokens, tokenF1, score, sigmoid, compileModel,
};
