/**
 * Vocabulary-free signals: the weights that decide where the article is. A line's score says how
 * much it looks like article prose (positive) or like page furniture (negative); the article is the
 * stretch of lines with the best total (after Finn et al.'s Body Text Extraction).
 */
export const regionWeights = {
  /** A line a rule names as boilerplate. */
  ruleHit: -6,
  /** Comment threads, copyright footers: the article rarely goes on past them. */
  hardStop: -30,
  /** Sentences of at least `longWords` words score their word count, capped. */
  longWords: 10,
  longCap: 80,
  /** Shorter sentences score this much per word. */
  mediumWords: 5,
  mediumPerWord: 0.6,
  shortSentence: 0.5,
  /** "Header:" lines and timeline dates: structure inside an article. */
  colonHeader: 1,
  /** Unpunctuated but long lines (a paragraph cut by the scraper) score this much per word. */
  unpunctuatedLongWords: 15,
  unpunctuatedPerWord: 0.5,
  /** Flattened table rows are neutral. */
  tableRow: 0,
  /** "Term: phrase" lines (specs, glossaries) are mildly article-like. */
  keyValue: 1,
  /** Lines of code are neutral: a tutorial's code block must not split its article in two. */
  code: 0,
  /** The article's own lists (announced bullets, fact boxes) are neutral: they do not end the article. */
  articleList: 0,
  /** Short unpunctuated lines: menus, labels, headline lists. */
  shortLabel: -6,
  shortBullet: -5,
} as const;

/**
 * Credit lines that open with their label and stand alone ("(Photo: Ana Ruiz / Gazette)", "Foto:
 * dpa"): the short line just above one is the picture's caption.
 */
export const PHOTO_CREDIT_RULES = new Set([
  'caption.photo-credit', 'caption.photo-by', 'caption.wire-photo',
  'caption.photo-credit-de', 'caption.photo-credit-fr', 'caption.photo-credit-es', 'caption.photo-credit-it', 'caption.photo-credit-pt', 'caption.photo-credit-nl',
]);
export const CREDIT_LINE_MAX_WORDS = 12;
export const CAPTION_MAX_WORDS = 35;

/** Inside the article, this many short unpunctuated lines in a row are a menu or a headline list. */
export const LABEL_RUN_MIN = 3;

/** A label line (for runs) has at most this many words. */
export const LABEL_MAX_WORDS = 14;

/** Rule ids after which the article does not go on (see `hardStop`). */
export const HARD_STOP_RULES = new Set([
  'navigation.comments', 'navigation.comment-meta', 'legal.copyright', 'contact.release-end', 'contact.notes-to-editors',
  'navigation.comments-de', 'navigation.comments-fr', 'navigation.comments-es', 'navigation.comments-it', 'navigation.comments-pt', 'navigation.comments-nl',
]);

/** A press release's end and its notes to editors: nothing after them is the article (see `endAtReleaseEnd`). */
export const RELEASE_END_RULES = new Set(['contact.release-end', 'contact.notes-to-editors']);

/**
 * The buttons and counts of an embedded social post ("Copy link", "Read 86 replies", "2.4K", "9:14 AM · Mar
 * 3, 2026"): a "Reply" among them is the post's button, not a comment thread's start.
 */
export const SOCIAL_EMBED_LINE = /^(?:copy link|repost|reposts|retweet|retweets|quote|like|likes|follow|share|view on (?:x|twitter|instagram|threads|bluesky|facebook|tiktok)|read (?:\d[\d.,]*k? )?(?:more )?(?:replies|comments)|@[a-z0-9_.]{2,30}|·|\d[\d.,]*[km]?|\d{1,2}:\d{2}\s?[ap]m\s?·.{0,30})$/i;
/** How many lines around such a "Reply" the post's other buttons may sit. */
export const SOCIAL_EMBED_REACH = 3;

/**
 * Hard stops that are notices: they end the article only where the notice heads its line, at most
 * this many words in (a site's name); further in, the line is a picture's credit or a sentence.
 */
export const NOTICE_RULES = new Set(['legal.copyright']);
export const NOTICE_MAX_WORDS_BEFORE = 3;

/** Prose needed before a hard stop for the article to end there (about two short paragraphs). */
export const MIN_ARTICLE_SCORE = 40;

/**
 * When the region model keeps less than `minShare` of the page's prose (sentences of `proseWords`
 * words or more) and the rules' region holds `rulesFactor` times as much, the rules' region stands.
 */
export const SAFETY_NET = { proseWords: 10, minShare: 0.25, rulesFactor: 2 } as const;

/** Pages of fewer lines are left to the rules: the region model reads a line against its page. */
export const REGION_MODEL_MIN_LINES = 15;
/**
 * Past this many lines the input is no single page (a log, a dump, a concatenation): the model's
 * feature rows (some 130 numbers a line) would take tens of megabytes, and the rules decide alone.
 */
export const REGION_MODEL_MAX_LINES = 20_000;
