/**
 * What a page says about itself: the declared kinds that tell an article from a listing, a product
 * or a forum thread, and the visible labels that name a section or list tags in text. The weights
 * of the structural page-type decision live here too, beside the evidence they weigh.
 */
import { lazy } from '../lazy.js';

export const pageRules = lazy(() => ({
  /** schema.org types of a single article (the page's main entity when it is one). */
  articleTypes: /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|Review|HowTo|Recipe)$/,
  liveblogTypes: /^LiveBlogPosting$/,
  /** Collections of other pages. */
  listingTypes: /^(?:CollectionPage|SearchResultsPage)$/,
  /** Pages that are not news prose: shop items, forum threads, profiles, job ads. */
  otherTypes: /^(?:Product|ProductGroup|IndividualProduct|DiscussionForumPosting|QAPage|ProfilePage|JobPosting|RealEstateListing)$/,
  /** og:type values of non-article pages ("product", "product.item", "profile", "video.other", "music.song"). */
  otherOgType: /^(?:product(?:\.\w+)?|og:product|profile|books?\.\w+|music\.\w+|video\.(?:movie|episode|tv_show))$/,
  /** A breadcrumb's first crumb, the home page: not a section. */
  homeCrumb: /^(?:home|homepage|home page|start|startseite|inicio|accueil|início|home ?page)$/i,
  maxTags: 30,

  /** Text mode: "Tags: a, b, c", "Filed under: x", "Topics: ..." (matched on the line as written). */
  tagLabel: /^(?:tags?|tagged(?: with| as)?|topics?|keywords?|filed under|related topics|themen|schlagw(?:ö|o)rter|etiquetas|temas|mots-cl(?:é|e)s|sujets)\s*:?\s*/i,
  /** Text mode: "Section: World", "Category: Business", "Posted in Travel". */
  sectionLabel: /^(?:section|category|categories|posted in|filed in|published in|rubrik|ressort|secci(?:ó|o)n|cat(?:é|e)gorie|rubrique)\s*:?\s+/i,
  /** Separators between the parts of a visible breadcrumb ("Home > World > Europe"). */
  crumbSeparator: /\s[>›»]\s|(?<=\p{L})[>›](?=\p{Lu})|\s\/\s/u,
  /** Separators between tags on one line. */
  tagSeparator: /[,;|·•]/,

  /**
   * The structural page-type decision (see `src/stages/page.ts`). A teaser is a short, headline-shaped
   * line: linked in HTML; in text a title-like line followed by at most one short summary and a
   * date or byline. Running prose is the article's own paragraphs.
   */
  type: {
    /** Headline-shaped lines have this many words. */
    teaserMinWords: 5,
    teaserMaxWords: 20,
    /** HTML: a line at least this much link text is a link. */
    linkShare: 0.65,
    /** A teaser's summary is at most this long (blog excerpts run to about 55 words). */
    summaryMaxWords: 70,
    /** A paragraph of running prose: a sentence of at least this many words. */
    proseMinWords: 12,
    /** Listing: at least this many teasers ... */
    listingMinTeasers: 8,
    /** ... teaser runs over at least this share of the page's lines (a listing is mostly teasers) ... */
    listingMinShare: 0.5,
    /** ... more of it in text, where teasers are told by shape alone (a short article's sidebars look alike) ... */
    listingMinShareText: 0.7,
    /** ... and fewer than this many words of running prose per teaser ... */
    proseWordsPerTeaser: 25,
    /** ... and less running prose than this outside the run in all ... */
    articleProse: 250,
    /** ... and no stretch of it this long (an article's body, however short, is paragraphs in a row). */
    articleBlock: 80,
    /** A page that declares itself an article needs less to stay one. */
    declaredArticleBlock: 50,
    /** Declared listing types or a JSON-LD ItemList of this many items count as a listing's evidence. */
    ldListMinItems: 5,
    /** Liveblog in text: at least this many time-stamp headings in the body. */
    liveblogMinStamps: 4,
  },
}));
