/**
 * Markdown a scraper writes around the page's text (html2text, markdownify, reader services):
 * the syntax goes in `normalize`, the words stay, and spans still point into the Markdown. Each
 * entry drops what it matches except its first group, in the order listed: images before links
 * (a linked logo is a link around an image), links before emphasis. A `suffix` is written after
 * the kept group, at the offset of the match's last character.
 */

/** Evidence that text is Markdown: inline links or images with a target, bold pairs, ATX headings. */
export const MARKDOWN_EVIDENCE = {
  link: /\]\((?:https?:|\/|#|\.{1,2}\/|mailto:|www\.)[^()[\]\n]*\)/g,
  bold: /\*\*[^*\n]{1,200}\*\*/g,
  heading: /^#{1,6}[ \t]+\S/gm,
} as const;

/** Two links, or a heading with bold or a link, make a page Markdown; one bracket pair in prose does not. */
export const MARKDOWN_MIN_LINKS = 2;

export const MARKDOWN_SYNTAX: readonly { name: string; pattern: RegExp; suffix?: string }[] = [
  // "**Leggi anche** [title](url)": a bold label before a link reads as the label it is ("Leggi anche: title").
  { name: 'label-before-link', pattern: /^([ \t]*)\*\*([^*\n]{1,40}?[^\s*:|.!?»>-])\*\*(?=[ \t]+\[)/gm, suffix: ':' },
  // ![alt](https://.../photo.jpg "title"): the picture goes whole; its caption is a line of its own.
  { name: 'image', pattern: /!\[[^[\]\n]*\]\((?:[^()[\]\n]|\([^()[\]\n]*\))*\)/g },
  // [text](url "title"), [](url): the text stays.
  { name: 'link', pattern: /\[([^[\]\n]*)\]\((?:[^()[\]\n]|\([^()[\]\n]*\))*\)/g },
  // [text][ref]: a reference link's text stays.
  { name: 'reference-link', pattern: /\[([^[\]\n]+)\]\[[^[\]\n]*\]/g },
  // <https://example.com>: an autolink's address stays, its brackets go.
  { name: 'autolink', pattern: /<((?:https?:\/\/|mailto:)[^\s<>]+)>/g },
  // **bold**, __bold__, ~~struck~~.
  { name: 'strong', pattern: /\*\*(?=[^\s*])((?:[^*\n]|\*(?!\*))*?[^\s*])\*\*/g },
  { name: 'strong-underscore', pattern: /(?<![\p{L}\p{N}_])__(?=[^\s_])((?:[^_\n]|_(?!_))*?[^\s_])__(?![\p{L}\p{N}_])/gu },
  { name: 'strike', pattern: /~~(?=[^\s~])((?:[^~\n]|~(?!~))*?[^\s~])~~/g },
  // *italic*, _italic_: not a list's "* " marker, not a snake_case word or 2*3*4.
  { name: 'emphasis', pattern: /(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^\n*]*?[^\s*\\])\*(?![\p{L}\p{N}*])/gu },
  { name: 'emphasis-underscore', pattern: /(?<![\p{L}\p{N}_\\])_(?=[^\s_])([^\n_]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu },
  // `code`
  { name: 'code', pattern: /`([^`\n]+)`/g },
  // "> quoted line", "> > nested": the quote's marks go.
  { name: 'blockquote', pattern: /^[ \t]{0,3}(?:>[ \t]?)+/gm },
  // \* \_ \[ : an escaped character stays, its backslash goes.
  { name: 'escape', pattern: /\\([\\`*_{}[\]()#+\-.!|>~])/g },
];
