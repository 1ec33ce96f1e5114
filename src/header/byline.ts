/** Names from a byline line. */
import { structureRules } from '../rules/structure.js';
import { isDateLike } from '../rules/shapes.js';
import { fold, splitList } from '../text.js';

/** "By Jane Doe and John Roe, Staff Writers" -> names; null when the line is not a byline. */
export function parseByline(text: string): string[] | null {
  const rules = structureRules();
  const folded = fold(text);
  let rest: string;
  const prefix = rules.bylinePrefix.exec(folded);
  if (prefix) rest = text.slice(prefix[0].length);
  else {
    // "Jane Doe - Nov 19, 2019, 10:31 pm" or "Jane Doe | March 3, 2025".
    const sep = /\s[-–—|·•]\s/.exec(text);
    if (!sep || sep.index < 3 || sep.index > 60 || !isDateLike(text.slice(sep.index + 3))) return null;
    rest = text.slice(0, sep.index);
  }
  const sep = /\s[-–—|·•]\s/.exec(rest);
  if (sep) rest = rest.slice(0, sep.index);
  const stamp = /\b(?:updated|published|posted)\b/i.exec(rest);
  if (stamp) rest = rest.slice(0, stamp.index);
  rest = rest.replace(/\s(?:in|at|from)\s\p{Lu}[\p{L}.'-]{0,30}(?:\s\p{Lu}[\p{L}.'-]{0,30})?(?=,|\sand\b|\s?&|$)/gu, '');
  const parts = splitList(rest, /,|\band\b|&|;/);
  const names: string[] = [];
  for (const part of parts) {
    // "Natalie Brandt Reporter": markup that sets the title beside the name loses the comma.
    const words = part.split(/\s+/);
    const titleAt = names.length === 0 && rules.notAName.test(part) ? words.findIndex((w) => rules.notAName.test(w)) : -1;
    const name = titleAt >= 2 ? words.slice(0, titleAt).join(' ') : part;
    if (rules.personName.test(name) && name.split(/\s+/).length >= 2 && !isDateLike(name) && !rules.notAName.test(name)) {
      names.push(name);
      if (name !== part) break; // the title ends the names
    } else if (names.length > 0) break; // a title after the names: "Staff Writer", "Bloomberg"
  }
  return names.length > 0 ? names : null;
}
