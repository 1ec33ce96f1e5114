/**
 * The pipeline, in reading order. This list is the one place the order of stages is declared;
 * each stage reads what the ones before it left in the document state and adds its own part.
 */
import type { DocumentState } from './document.js';
import { read } from './stages/read.js';
import { normalize } from './stages/normalize.js';
import { segment } from './stages/segment.js';
import { classify } from './stages/classify.js';
import { language } from './stages/language.js';
import { structure } from './stages/structure.js';
import { dates } from './stages/dates.js';
import { nlp } from './stages/nlp.js';
import { page } from './stages/page.js';

export interface Stage {
  name: string;
  run(state: DocumentState): void;
}

export const STAGES: readonly Stage[] = [
  { name: 'read', run: read }, // pick text or HTML; HTML becomes a text view
  { name: 'normalize', run: normalize }, // clean copy + offset map
  { name: 'segment', run: segment }, // lines, bullets, spans
  { name: 'classify', run: classify }, // article region and boilerplate
  { name: 'language', run: language }, // the article's language, from its words and the page's declaration
  { name: 'structure', run: structure }, // headline, byline, blocks, stories, digest, timeline
  { name: 'dates', run: dates }, // publication date, date mentions, events
  { name: 'page', run: page }, // page metadata and type: article, live blog, listing or other
  { name: 'nlp', run: nlp }, // topics, entities, figures
];

/** Runs every stage; `onStage` lets the benchmark time them. */
export function runStages(state: DocumentState, onStage?: (name: string, ms: number) => void): void {
  for (const stage of STAGES) {
    if (onStage) {
      const t0 = performance.now();
      stage.run(state);
      onStage(stage.name, performance.now() - t0);
    } else stage.run(state);
  }
}
