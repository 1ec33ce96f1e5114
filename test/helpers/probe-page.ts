// The article text the probe-set tests set boilerplate, bylines and dates around (written in our own words).
import type { extract } from '../../src/index.js';

export const prose =
  'Transit agencies in a dozen mid-sized cities are redrawing their bus maps from a blank sheet this year. ' +
  'Planners said anonymised phone data showed that many trips never touch the city centre at all.';
export const more =
  'Riders in the pilot areas report shorter waits, although some older residents miss the stops they used for years. ' +
  'The agencies plan to publish the results of the first full year in the autumn.';

/** A news page with `extra` between its two paragraphs. */
export const page = (extra: string) => `Home\nNews\n\nA quiet revolution in the way cities plan their bus routes\nBy Jane Ruiz\n\n${prose}\n\n${extra}\n\n${more}\n`;

/** The line was removed by a rule of the catalog, not merely for where it stands (outside the article, above the headline). */
export function removedByRule(a: ReturnType<typeof extract>, line: string): boolean {
  return a.boilerplate.some((b) => b.text.includes(line.slice(2, 30)) && !/^(?:position|header)\./.test(b.rule));
}
