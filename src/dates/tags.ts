/**
 * Tags our parsers and refiners put on chrono results: the precision really known, how the value
 * was resolved, and what the stage must still settle (anchors to the story's focus, baselines).
 */
export const TAG = {
  /** A result of one of our news rules (not of chrono's own parsers). */
  custom: 'nd/custom',
  /** One end of a range of days chrono read as one ("16-21 March"): its text may be digits alone. */
  rangePart: 'nd/range-part',
  /** The value came from the reference date (or the story's focus), not from the text alone. */
  relative: 'nd/relative',
  granularity: (g: string) => `nd/g:${g}`,
  season: (code: string) => `nd/season:${code}`,
  /** A period named without its year ("June", "the third quarter", "Christmas"): the clause's tense picks the year. */
  unanchored: (kind: UnanchoredKind) => `nd/unanchored:${kind}`,
  holiday: (name: string) => `nd/holiday:${name}`,
  /** Resolved against the story's focus by the stage: "a year earlier", "the quarter", "that day". */
  anchor: (spec: string) => `nd/anchor:${spec}`,
  /** A comparison baseline ("up from a year earlier"): a date mention, never an event. */
  baseline: 'nd/baseline',
  /** "now", "currently": the publication day; a date mention, never an event. */
  now: 'nd/now',
  /** Direction of the clause the date stands in: -1 past, 1 future. */
  direction: (d: number) => `nd/dir:${d}`,
  /** TIMEX3 value for granularities without an ISO form (decade "199", century "19"). */
  value: (v: string) => `nd/value:${v}`,
} as const;

export type UnanchoredKind = 'month' | 'day' | 'weekday' | 'quarter' | 'half' | 'season' | 'holiday' | 'weekend';

/** The value of the first tag with `prefix`, or null. */
export function tagValue(tags: Set<string>, prefix: string): string | null {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return null;
}
