/**
 * What the DOM says about page furniture: tags that are never content, tags and class/id hints
 * that mark regions with a reason, and the hints that mark the article itself.
 */
import { lazy } from '../lazy.js';
import type { BoilerplateReason } from '../schema.js';

export const htmlRules = lazy(() => ({
  /**
   * Opening tags in a row (nothing but whitespace between) kept before the parser sees them. Real
   * pages nest a few dozen deep; htmlparser2 keeps its open-element stack with shift/unshift, so
   * thousands of nested tags cost time quadratic in the depth.
   */
  maxOpeningRun: 256,
  /**
   * Class, id, itemprop and rel words that say what a header element is (evidence for the header
   * model, not rules on their own). Words in English and the languages of the corpora's markup.
   */
  headerHint: {
    title: /(?:^|[\s_-])(?:headline|title|entry-title|post-title|article-title|titel|titulo|titre)(?:$|[\s_-])/i,
    author: /(?:^|[\s_-])(?:author|authors|byline|by-line|writer|contributor|autor|autoren|auteur|autore|reporter)(?:$|[\s_-])|\bauthor\b/i,
    date: /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|pubdate|datepublished|posted|posted-on|datum|fecha|publish-date|post-date|entry-date|meta-date)(?:$|[\s_-])/i,
    /** A kicker over the headline, in the names CMSs give it: en, de ("Dachzeile", "Spitzmarke"), fr, es, it. */
    kicker: /(?:^|[\s_-])(?:kicker|topline|overline|eyebrow|roofline|supertitle|pretitle|dachzeile|spitzmarke|surtitre|antetitulo|occhiello)(?:$|[\s_-])/i,
  },
  /**
   * Meta tags (name, property or itemprop, lower-cased) that state the first publication, read after
   * JSON-LD's datePublished: the common names first, then any name that spells a publication date or
   * time ("published-date", "pub-date", "publish_time", "dc.date.issued"), never a modified one; a
   * name that says "date" before one that says "time" (a time field is often the page's build time).
   */
  publishedMeta: ['article:published_time', 'datepublished', 'og:published_time', 'date'],
  publishedMetaName: /(?:^|[._:-])pub(?:lish(?:ed)?|lication)?[._:-]?(?:date|time|datetime|on|at)?$|^(?:dc|dcterms)[.:](?:date[.:])?(?:issued|created)$|^citation_date$/,
  /** A meta name that speaks of an update, not of the first publication. */
  notPublishedMeta: /modif|updat|revis|edit|expir|review|last/,
  /** A <title> with no closing tag anywhere after it reads as raw text to the end of the page. */
  titleOpen: /<title\b[^<>]*>/i,
  titleClose: /<\/title\s*>/i,
  /** Streamed rendering: hidden segments, their placeholders, and the script calls that pair them. */
  streamedSegment: /^S:[0-9a-f]{1,8}$/,
  streamedPlaceholder: /^[BP]:[0-9a-f]{1,8}$/,
  streamedPair: /\$R[CS]\("([BPS]:[0-9a-f]{1,8})","([BPS]:[0-9a-f]{1,8})"/g,
  /**
   * React Server Components payload: the page's data pushed as JSON strings, and in it text rows
   * ("24:T1b7b,<p>...") whose length is given in UTF-8 bytes. An app that renders the article on the
   * client leaves it only there.
   */
  flightPush: /self\.__next_f\.push\(\[1,("(?:[^"\\\n]|\\.)*")\]\)/g,
  flightTextRow: /(?:^|\n)[0-9a-f]{1,8}:T([0-9a-f]{1,8}),/g,
  /** Markup in a text row: the row is HTML worth reading. */
  flightMarkup: /<(?:p|h[1-6]|li|blockquote)[\s>]/,
  /**
   * Never text of the page: dropped with everything inside. Not <head> itself: a page that never
   * closes its head holds its whole body there for htmlparser2, while browsers show it; the head's
   * own children (title, meta, link, script, style) are dropped by name.
   */
  invisible: new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'title', 'meta', 'link', 'button', 'select', 'option', 'input', 'textarea', 'video', 'audio', 'picture', 'source', 'map']),
  /** Elements that start a new line in the text view. */
  block: new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'figcaption', 'form', 'fieldset', 'address', 'hr', 'br', 'details', 'summary', 'caption', 'center', 'body', 'html']),
  /** Elements that start a new line inside a heading: a date stamp in an <h1> is not part of the headline. */
  blockInHeading: new Set(['time']),
  /** Tags whose whole region is furniture, with the reason. */
  regionTag: {
    nav: 'navigation', aside: 'related', footer: 'navigation', form: 'newsletter', figcaption: 'caption', menu: 'navigation',
  } as Record<string, BoilerplateReason>,
  /** class/id words that mark furniture, with the reason (matched as whole words of the attribute). */
  hint: [
    [/\b(?:nav|navbar|navigation|menu|breadcrumbs?|masthead|topbar|header-nav|site-header|skip-link|pagination|pager)\b/i, 'navigation'],
    [/\b(?:share|sharing|social|sharebar|share-bar|share-tools|social-links|follow-us)\b/i, 'share'],
    [/\b(?:related|recommended|recirc|more-stories|more-from|read-more|most-popular|most-read|trending|outbrain|taboola|also-read|next-article|teaser|promo-list)\b/i, 'related'],
    [/\b(?:comments?|disqus|discussion|replies|respond)\b/i, 'navigation'],
    [/\b(?:newsletter|signup|sign-up|subscribe|subscription|paywall|piano|regwall|meter)\b/i, 'subscription'],
    [/\b(?:ad|ads|advert|advertisement|dfp|gpt-ad|sponsor|sponsored|banner|doubleclick|adslot|ad-slot)\b/i, 'advertisement'],
    [/\b(?:cookie|consent|gdpr|cmp)\b/i, 'cookie'],
    [/\b(?:footer|site-footer|copyright|legal)\b/i, 'legal'],
    [/\b(?:sidebar|side-bar|right-rail|left-rail)\b/i, 'related'],
    [/\b(?:caption|credit|photo-credit|image-credit|wp-caption-text)\b/i, 'caption'],
    [/\b(?:byline|author-bio|author-info|bio)\b/i, 'credit'],
    [/\b(?:hidden|visually-hidden|sr-only|screen-reader-text|offscreen|d-none)\b/i, 'other'],
  ] as [RegExp, BoilerplateReason][],
  /** Tags of quoted content: a "social" wrapper directly around one is an embedded post, not a share bar. */
  quoteTags: new Set(['blockquote']),
  /** Text rules that read " | " as a typed separator: a DOM table row is data, whatever its shape. */
  notForTableRows: new Set(['navigation.breadcrumb']),
  /** class/id/itemprop words of the article body. */
  articleHint: /\b(?:article-?body|articlebody|article-content|article__body|story-?body|story-content|post-?content|post-body|entry-content|main-content|body-text|article-text|content-body|rich-text|paywall-content|td-post-content)\b/i,
  positiveHint: /\b(?:article|story|post|entry|content|body|main|text|blog|news)\b/i,
  negativeHint: /\b(?:comment|meta|footer|footnote|sidebar|widget|related|share|social|promo|ad|nav|menu|header|masthead|subscribe|newsletter|popup|modal|cookie)\b/i,
}));
