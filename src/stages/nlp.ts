/**
 * Stage 6, nlp: topics, entities and figures from the kept content.
 */
import type { DocumentState } from '../document.js';

export function nlp(state: DocumentState): void {
  state.topics = [];
  state.entities = { people: [], places: [], organizations: [] };
  state.figures = [];
}
