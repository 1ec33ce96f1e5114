/**
 * Sentence and clause boundaries inside a block, aware of the abbreviations news text is full of
 * (English titles and months; the scale and reference abbreviations of European figures: "1,8 Mrd. Euro";
 * Polish and Czech "ok.", "ul.", "tzv.", "mil.").
 */

const ABBREVIATION = /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|Inc|Corp|Co|Ltd|Bros|No|Nos|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|a\.m|p\.m|U\.S|U\.K|E\.U|U\.N|Mio|Mrd|Bio|Tsd|Mill|Md|Mds|Nr|Str|ca|bzw|inkl|zzgl|vgl|Abs|Sra|Avda|mln|mld|tys|proc|ok|ul|al|pl|np|tzw|godz|ang|mil|tis|tzv|resp|atd|str|nám|tj|ks|Kč|mrd|mio)\.)$/;

const CJK_STOP = /[。！？]/;

/** [start, end) ranges of the sentences in `text`. */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // CJK full stops end a sentence with or without a space after them (the longer pattern only where one occurs).
  const boundary = CJK_STOP.test(text) ? /[.!?…]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{Lo}\p{N}])|[。！？][」』”’)）\]]*\s*(?=\S)/gu : /[.!?…]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{Lo}\p{N}])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(start, m.index - 12), m.index + 1))) continue;
    ranges.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/** The clause of sentence [a, b) that holds offset `at`, for sentences with several dates. */
export function clauseRange(text: string, a: number, b: number, at: number): [number, number] {
  const sentence = text.slice(a, b);
  const cut = /[;,]\s|\s(?:but|while|whereas|and then)\s/g;
  let start = a;
  for (let m = cut.exec(sentence); m; m = cut.exec(sentence)) {
    const boundary = a + m.index;
    if (boundary >= at) return [start, boundary];
    start = a + m.index + m[0].length;
  }
  return [start, b];
}
