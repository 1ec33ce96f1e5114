/**
 * Stage 5, dates: publication date, date mentions and events (filled in by the dates work).
 */
import type { DocumentState } from '../document.js';

export function dates(state: DocumentState): void {
  state.publishedAt = null;
  state.dates = [];
  state.events = [];
}
