/**
 * The public contract, in one place. Every type users see is inferred from these schemas, so the
 * runtime validator and the TypeScript types cannot drift apart.
 */
import { z } from 'zod';

/** `[start, end)` in UTF-16 code units of `source.text`. */
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/**
 * Precision of a resolved date. The contract's six levels plus `half` and `season`, which news uses
 * ("the first half", "next spring") and which no coarser level states honestly (TIMEX3 has both),
 * and `decade` ('199', "the 1990s") and `century` ('19', "the 20th century") as TIMEX3 writes them.
 */
export const GranularitySchema = z.enum(['century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'time']);

export const DateRefSchema = z.object({
  /** ISO 8601 at the precision actually known: '199' (decade), '2023', '2024-H1', '2024-Q3', '2025-SP', '2024-09', '2024-W39', '2024-09-23', '2024-09-23T16:45+05:30'. */
  value: z.string(),
  granularity: GranularitySchema,
  /** The expression as written. */
  text: z.string(),
  span: SpanSchema,
  /** True when the value was resolved against the publication date (weekday, "last year"). */
  relative: z.boolean(),
});

export const PublishedAtSchema = DateRefSchema.extend({
  /** Where the date was read: the option, the page's text, its metadata, its URL, or inferred from the content. */
  source: z.enum(['option', 'text', 'metadata', 'url', 'inferred']),
});

export const BlockKindSchema = z.enum(['headline', 'kicker', 'dek', 'byline', 'dateline', 'heading', 'paragraph', 'list-item', 'quote']);

export const BlockSchema = z.object({
  kind: BlockKindSchema,
  text: z.string(),
  span: SpanSchema,
  /** The enclosing section header, or null. */
  section: z.string().nullable(),
});

export const StorySchema = z.object({ label: z.string(), text: z.string(), span: SpanSchema });

export const DigestItemSchema = z.object({
  text: z.string(),
  label: z.string().nullable(),
  section: z.string().nullable(),
  span: SpanSchema,
});

export const EventSchema = z.object({
  date: DateRefSchema,
  text: z.string(),
  span: SpanSchema,
  origin: z.enum(['timeline', 'prose']),
  qualifier: z.enum(['as-of']).nullable(),
});

export const TopicSchema = z.object({
  label: z.string(),
  kind: z.enum(['phrase', 'person', 'place', 'organization']),
  score: z.number().min(0).max(1),
  count: z.number().int().nonnegative(),
});

export const EntitySchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  count: z.number().int().nonnegative(),
  spans: z.array(SpanSchema),
});

export const EntitiesSchema = z.object({
  people: z.array(EntitySchema),
  places: z.array(EntitySchema),
  organizations: z.array(EntitySchema),
});

export const FigureSchema = z.object({
  /** As written; a range's lower end takes the upper end's unit ("8%" of "8-10%") and spans the range. */
  text: z.string(),
  kind: z.enum(['money', 'percent', 'basis-points', 'quantity']),
  value: z.number().nullable(),
  /** ISO 4217 code for money, '%' for percentages, 'bp' for basis points, or the counted noun. */
  unit: z.string().nullable(),
  span: SpanSchema,
});

export const BoilerplateReasonSchema = z.enum([
  'promo', 'subscription', 'paywall', 'audio', 'navigation', 'share', 'advertisement', 'newsletter', 'cookie',
  'related', 'caption', 'credit', 'legal', 'contact', 'app', 'repeated', 'other',
]);

export const BoilerplateSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  reason: BoilerplateReasonSchema,
  /** Stable id of the rule or signal that removed it, e.g. 'subscription.imperative'. */
  rule: z.string(),
});

export const WarningSchema = z.object({ code: z.string(), message: z.string() });

export const PageTypeSchema = z.enum(['article', 'liveblog', 'listing', 'other']);

/** What the page says about itself (meta tags, Open Graph, JSON-LD, visible labels); null or [] where it is silent. */
export const PageSchema = z.object({
  siteName: z.string().nullable(),
  description: z.string().nullable(),
  /** The page's lead image (og:image, JSON-LD image), absolute when the page's address is known. */
  image: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  modifiedAt: DateRefSchema.nullable(),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  /** 'listing': a section front, archive or home page; 'other': a product, forum thread or profile. The evidence is in a PAGE_NOT_ARTICLE warning. */
  type: PageTypeSchema,
});

export const SourceSchema = z.object({ format: z.enum(['text', 'html']), text: z.string() });

export const ArticleSchema = z.object({
  schemaVersion: z.literal(1),
  headline: z.string().nullable(),
  kicker: z.string().nullable(),
  dek: z.string().nullable(),
  byline: z.array(z.string()),
  /** BCP 47 primary language subtag ('en', 'de', 'ja'), or null when neither the text nor the page tells. */
  lang: z.string().nullable(),
  publishedAt: PublishedAtSchema.nullable(),
  /** Page metadata and the page's type. Added within schema version 1 (additive). */
  page: PageSchema,
  body: z.string(),
  blocks: z.array(BlockSchema),
  stories: z.array(StorySchema),
  digest: z.array(DigestItemSchema),
  dates: z.array(DateRefSchema),
  events: z.array(EventSchema),
  topics: z.array(TopicSchema),
  entities: EntitiesSchema,
  figures: z.array(FigureSchema),
  boilerplate: z.array(BoilerplateSchema),
  warnings: z.array(WarningSchema),
  source: SourceSchema,
});

/** A string `Date` can read (ISO 8601 and the forms JavaScript accepts). */
const isDateString = (s: string) => !Number.isNaN(new Date(s).getTime());

/** A zone the runtime's Intl knows (IANA names and their aliases); checked only when one is given. */
function isTimeZone(zone: string): boolean {
  if (zone === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What extract() accepts; it validates every call against this schema, unknown keys included. */
export const ExtractOptionsSchema = z.strictObject({
  format: z.enum(['auto', 'text', 'html']).optional(),
  /** Overrides inference; a Date or an ISO 8601 string. */
  publishedAt: z.union([z.date(), z.string().refine(isDateString, 'not a date')], { error: 'expected a Date or a date string' }).optional(),
  url: z.string().optional(),
  /** IANA zone for date-times written without one. Default 'UTC'. */
  timezone: z.string().refine(isTimeZone, 'not an IANA time zone').optional(),
  /**
   * Part-of-speech tagger behind topics and entities. 'lexicon' (default): compromise's lexicon and
   * model in one fast pass. 'compromise': the full compromise pipeline, about 10x slower (nlp stage).
   */
  tagger: z.enum(['lexicon', 'compromise']).optional(),
  /** Larger inputs throw INPUT_TOO_LARGE. Default 5 MB (UTF-8 bytes). */
  maxInputBytes: z.number().int().positive().optional(),
});

export type Span = z.infer<typeof SpanSchema>;
export type Granularity = z.infer<typeof GranularitySchema>;
export type DateRef = z.infer<typeof DateRefSchema>;
export type PublishedAt = z.infer<typeof PublishedAtSchema>;
export type BlockKind = z.infer<typeof BlockKindSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Story = z.infer<typeof StorySchema>;
export type DigestItem = z.infer<typeof DigestItemSchema>;
export type ArticleEvent = z.infer<typeof EventSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Entities = z.infer<typeof EntitiesSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type BoilerplateReason = z.infer<typeof BoilerplateReasonSchema>;
export type Boilerplate = z.infer<typeof BoilerplateSchema>;
export type PageType = z.infer<typeof PageTypeSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
