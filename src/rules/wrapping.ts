/**
 * A text browser's link numbers (lynx -dump): "[16]Marisa Okafor", "a state [21]tourism grant", with
 * the addresses listed under "References" at the end. The numbers go in `normalize` (their span stays
 * with the line), so that names, titles and sentences read whole; a page needs the list of addresses
 * and a few marks.
 */
export const LINK_REFERENCES = {
  heading: /^[ \t]*References[ \t]*$/m,
  /** An entry of the list: "  16. https://...": a paper's reference list holds citations, not addresses. */
  entry: /^[ \t]*\d{1,4}\.[ \t]+(?:https?:|ftp:|file:|mailto:)/gm,
  /** The mark sits right before the link's first letter (a citation's "[11]," or "[60]." does not). */
  mark: /\[\d{1,4}\](?=\p{L})/gu,
  minMarks: 5,
} as const;

/**
 * Hard-wrapped text: lynx, w3m, pandoc's plain writer and html2text break paragraphs into lines of
 * a fixed width (72-80 characters by default), so one paragraph arrives as many short lines that
 * read like a menu or a run of teasers. `normalize` finds the width from the lines themselves and
 * joins a line to the next where the next line's first word would not have fitted: that is where
 * a greedy wrapper broke it, and nowhere else.
 */
export const WRAP = {
  /** The widths a wrapper is looked for at; pages of paragraph-long lines have most lines past the top. */
  minWidth: 48,
  maxWidth: 110,
  /** A page is read as wrapped only with at least this many broken line pairs at the width found... */
  minBrokenPairs: 6,
  /** ...and this many broken pairs for each breakable line longer than the width (which a wrapper would have broken). */
  brokenPerOverlong: 4,
  /** ...and at least this share of the breakable lines near the width (the ones a wrapper filled) ending in a break. */
  minBrokenShare: 0.5,
  nearWidth: 0.75,
  /**
   * A line counts as breakable prose when it holds at least this many spaces, and one for each
   * `charsPerSpace` characters: text of scripts written without spaces (Chinese, Japanese, Thai)
   * is wrapped anywhere and has no first word to measure.
   */
  minSpaces: 2,
  charsPerSpace: 12,
  /**
   * Characters a wrapper may leave unused before the width: tools count a link's reference mark,
   * a tab or a wide character differently, and some break a little early.
   */
  slack: 4,
  /** A next line whose first word is longer than this is no wrapped word (a link, a run of unspaced script). */
  maxFirstWord: 30,
} as const;
