/**
 * Pages rendered on the client by React Server Components (Next.js's app router) may carry the
 * article only in their payload: `self.__next_f.push([1,"..."])` scripts whose JSON strings, joined,
 * hold text rows ("24:T1b7b,<p>...</p>") with the article's HTML. This reads those rows back.
 */
import { htmlRules } from '../rules/html.js';

/** The HTML of the payload's text rows that hold markup, in page order; '' when there are none. */
export function flightHtml(html: string): string {
  if (!html.includes('self.__next_f.push')) return '';
  const r = htmlRules();
  let payload = '';
  for (const m of html.matchAll(r.flightPush)) {
    try {
      payload += JSON.parse(m[1]!) as string;
    } catch {
      // A push cut off or not a JSON string: the rest of the payload is still read.
    }
  }
  const rows: string[] = [];
  for (const m of payload.matchAll(r.flightTextRow)) {
    const text = takeUtf8Bytes(payload, m.index + m[0].length, parseInt(m[1]!, 16));
    if (r.flightMarkup.test(text)) rows.push(text);
  }
  return rows.join('\n');
}

/** The characters of `s` from `from` that take `bytes` bytes in UTF-8 (rows give their length so). */
function takeUtf8Bytes(s: string, from: number, bytes: number): string {
  let i = from;
  for (let n = 0; i < s.length && n < bytes; ) {
    const c = s.codePointAt(i)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return s.slice(from, i);
}
