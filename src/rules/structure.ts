/**
 * Vocabulary and shapes of article structure: series labels, digest headers, signposts, bylines,
 * date lines and datelines. Matched against folded text (see `fold`) unless noted.
 */
import { lazy } from '../lazy.js';

export const structureRules = lazy(() => ({
  /**
   * Series and format labels that make a kicker ("Briefing: ...", "EXPLAINER"). Section names
   * ("Business", "World") are navigation, not kickers.
   */
  kickerLabel: /^(?:(?:morning|evening|daily|weekly|weekend|midday|afternoon|nightly|world|business|markets?|china|asia|europe|tech|politics|climate|sports?)\s+)?(?:briefing|brief|explainer|explained|analysis|factbox|fact ?check|markets? wrap|wrap|live|live updates|insight|exclusive|q ?& ?a|interview|timeline|profile|obituary|preview|recap|the big read|big read|deep dive|in depth|breaking|breaking news|update|first look|opinion|column|editorial|commentary|review|dispatch|newsletter|digest)$/,

  /** Headers that open a digest list of summary bullets. */
  digestHeader: /^(?:digest(?: hub)?|news digest|in brief|briefly|at a glance|key (?:events|points|takeaways|facts|developments|moments|numbers)|the (?:key|main) points|takeaways|the takeaway|top takeaways|what (?:you need|to) know|what we know(?: so far)?|the big picture|summary|in summary|tl;?dr|the essentials|quick (?:read|hits|take)|highlights|today'?s (?:highlights|headlines|top stories)|the (?:news|day) in brief|news in brief|in this (?:story|article)|the bottom line|five things to know|\w+ things to know(?: today)?|the rundown|catch up quickly|need to know)$/,

  /** Label prefixes that are signposts inside a story, never story labels. */
  signpost: /^(?:why it matters|why this matters|the big picture|big picture|the bottom line|bottom line|what'?s next|what'?s new|what happened|what they'?re saying|between the lines|by the numbers|the backstory|backstory|background|context|go deeper|zoom in|zoom out|yes,? but|the other side|flashback|state of play|driving the news|the latest|catch up quick|details|note|notes|editor'?s note|correction|clarification|update|updated|disclaimer|source|sources|photo|image|video|watch|listen|read more|related|see also|more|q|a|question|answer|tip|warning|important|fact|facts|key quote|quote|reporting|editing|tags|topics|filed under|posted in|share|email|phone|tel|fax|contact|media contact|website|address|web|location|when|where|who|time|date|price|cost|tickets|venue|disclosure|about|summary|highlights|takeaway|update \d+|please note)$/,

  /** A byline line: "By Jane Doe", "By Jane Doe and John Roe, Staff Writers", "Author: Jane Doe". */
  bylinePrefix: /^(?:by|words by|written by|story by|author|authors|reporter|posted by|von|par|di|por)(?:\s?:)?\s(?=\S)/,

  /** Date line labels: "Published 3 March 2025", "Updated: ...", "Posted on ...". */
  publishedLabel: /^(?:published|first published|posted|posted on|published on|date|dated|release date|issued)\b\s*:?\s*/,
  updatedLabel: /^(?:updated|last updated|modified|last modified|revised)\b\s*:?\s*/,

  /** Structural lines that end in a colon: a timeline date header or an "As of" qualifier. */
  asOfHeader: /^as of\s([^:]{1,80}):$/,

  /** Series intro lines: "A run-down of key developments in ... :". */
  introLine: /^(?:a|an|the|here(?:'s| is| are)|your|today'?s|this (?:week|morning)'?s?)\b.{0,200}(?:run-?down|round-?up|roundup|summary|digest|briefing|what you need to know|key developments|the latest|top stories|headlines|news)\b.{0,200}:$/,

  /** Job titles and desks that follow names in bylines ("Jane Doe, Environment Reporter"). */
  notAName: /\b(?:reporter|reporters|writer|writers|editor|editors|correspondent|correspondents|staff|service|desk|columnist|contributor|contributors|producer|analyst|bureau|chief|senior|team|news|agency|reporting|press|newsroom|wire|wires|associated|editorial|board|foundation|network)\b/i,

  /** Person-name shape for bylines (after "By"): capitalised words, initials, particles. Matched on raw text. */
  personName: /^(?:[\p{Lu}][\p{L}'’.-]*|de|da|van|von|der|den|del|la|le|bin|al|el|di|du)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|da|van|von|der|den|del|la|le|bin|al|el|di|du)){0,4}$/u,
}));
