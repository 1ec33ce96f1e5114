/**
 * Entities on pages in other languages, read from the shape of names: the English tagger and its
 * lexicon would call every capitalised German noun a name. A run of capitalised words counts only
 * where something types it: an organization's word ("Ministerio", "Stadtwerke", "GmbH") or its
 * capitals ("DGAC"), a given name or a title before the name ("Bürgermeisterin Katrin Möller"), a
 * verb of saying beside it ("sagte Ralf Henning"), or a place's name (the countries in the page's
 * own language, the cities and regions of the lexicon). Whatever nothing types is left out.
 */
import { lazy, PropertyPattern } from '../lazy.js';
import { functionWords, KNOWN_LANGUAGES } from '../rules/language.js';
import { intlNameRules } from '../rules/nlp.js';
import type { Entities, Entity, Span } from '../schema.js';
import { personNames, placeNames } from './names.js';
import type { Segment } from './tagger.js';
import { trimEndOf } from '../text.js';

type Kind = keyof Entities;

/** A run of capitalised words, with the particles names hold between them ("Banco de España", "Ludwig van Beethoven"). */
const NAME_RUN = new PropertyPattern(/\p{Lu}[\p{L}\p{M}'’&-]*(?:\s(?:(?:(?:van|von)(?: der| den| de)?|de|del|della|di|da|do|dos|du|ter|la|le)\s)?\p{Lu}[\p{L}\p{M}'’&-]*){0,5}/gu);
/** Capitals alone, two to six ("DGAC", "SNCTA", "DWD"), with digits or a hyphenated part. */
const ACRONYM = /^\p{Lu}{2,6}(?:-\p{Lu}{1,6}|\d{1,3})?$/u;
/** Where a sentence begins: the start of the text, or after its closing punctuation or a dash. */
const SENTENCE_START = /(?:^|[.!?:;»"“”]\s+|[–—-]\s+)$/;

/** Every country's name in one language, from the runtime's own region names. */
const countryNames = Object.fromEntries(
  KNOWN_LANGUAGES.map((lang) => [
    lang,
    lazy(() => {
      const out = new Set<string>();
      let names: Intl.DisplayNames;
      try {
        names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      } catch {
        return out;
      }
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          const name = names.of(code);
          if (name && name !== code) out.add(name.toLowerCase());
        }
      }
      return out;
    }),
  ]),
);

function isPlace(name: string, lang: string): boolean {
  const lower = name.toLowerCase();
  return placeNames().has(lower) || (countryNames[lang]?.() ?? countryNames.en!()).has(lower);
}

interface Mention {
  kind: Kind;
  name: string;
  segment: number;
  start: number;
}

/** The kind of a run of capitalised words at `start` of `text`, or null where nothing types it. */
function kindOf(text: string, start: number, name: string, lang: string): { kind: Kind; name: string; start: number } | null {
  const r = intlNameRules();
  const words = name.split(/\s+/);
  if (words.length === 1 && ACRONYM.test(name)) return r.notOrganization.has(name) ? null : { kind: isPlace(name, lang) ? 'places' : 'organizations', name, start };
  // A title before the name makes it a person's ("Bürgermeisterin Katrin Möller", "Frau Möller").
  const titled = r.titleBefore.for(name).exec(name);
  if (titled && titled[0].length > 0 && titled[0].length < name.length) return { kind: 'people', name: name.slice(titled[0].length), start: start + titled[0].length };
  const before = text.slice(Math.max(0, start - 40), start);
  if (words.length >= 2 && words.some((w) => r.organizationWord.test(w))) return { kind: 'organizations', name, start };
  if (words.length === 1 && functionWords().has(name.toLowerCase())) return null;
  if (isPlace(name, lang)) return { kind: 'places', name, start };
  // "Spediteur Frank Oltmanns": a capitalised noun before a given name and a surname.
  const givenAt = words.findIndex((w, k) => k > 0 && k <= words.length - 2 && personNames().given.has(w.toLowerCase()));
  if (givenAt > 0 && !words.slice(0, givenAt).some((w) => r.organizationWord.test(w))) {
    const offset = words.slice(0, givenAt).join(' ').length + 1;
    return { kind: 'people', name: name.slice(offset), start: start + offset };
  }
  if (words.length >= 2 && words.length <= 4) {
    const given = personNames().given.has(words[0]!.toLowerCase());
    const titledBefore = r.titleAtEnd.test(before);
    const after = text.slice(start + name.length, start + name.length + 30);
    const speaks = r.saidAfter.test(after) || r.saidBefore.test(before);
    if (given || titledBefore || speaks) return { kind: 'people', name, start };
  }
  // "in Köln", "em São Paulo": a preposition of place before a short name, in a language whose
  // nouns are written in lower case (in German, a town's name by its ending).
  if (words.length <= 3 && name.length >= 3 && r.placePreposition.test(before) && (!r.capitalisedNouns.has(lang) || (words.length === 1 && r.placeNameEnding.test(name)))) return { kind: 'places', name, start };
  return null;
}

export function entitiesByShape(segments: readonly Segment[], lang: string): Entities {
  const mentions: Mention[] = [];
  segments.forEach((seg, i) => {
    if (seg.role === 'headline' || seg.role === 'label') return; // headline and label capitals are the style's
    for (const m of seg.text.matchAll(NAME_RUN.for(seg.text))) {
      let name = trimEndOf(m[0], ".’'-");
      let start = m.index!;
      // An article or preposition capitalised where a sentence or a line begins opens no name ("Die Stadtwerke").
      const first = name.split(/\s+/)[0]!;
      if (name.includes(' ') && intlNameRules().openerWord.test(first.toLowerCase())) {
        name = name.slice(first.length + 1);
        start += first.length + 1;
      } else if (!name.includes(' ') && SENTENCE_START.test(seg.text.slice(Math.max(0, start - 3), start)) && !ACRONYM.test(name) && !isPlace(name, lang)) {
        // A sentence's first word is capitalised for the sentence: alone, it is no name.
        continue;
      }
      const typed = kindOf(seg.text, start, name, lang);
      if (typed) mentions.push({ ...typed, segment: i });
    }
  });
  const groups = new Map<string, { kind: Kind; name: string; spans: Span[] }>();
  for (const m of mentions) {
    const key = `${m.kind}:${m.name.toLowerCase()}`;
    const g = groups.get(key) ?? { kind: m.kind, name: m.name, spans: [] };
    g.spans.push(segments[m.segment]!.toSource(m.start, m.start + m.name.length));
    groups.set(key, g);
  }
  const out: Entities = { people: [], places: [], organizations: [] };
  for (const g of groups.values()) {
    const entity: Entity = { name: g.name, aliases: [], count: g.spans.length, spans: g.spans.sort((a, b) => a[0] - b[0]) };
    out[g.kind].push(entity);
  }
  // A surname alone joins the full name it ends ("Möller" after "Katrin Möller").
  out.people = out.people.filter((p) => p.name.includes(' ') || !out.people.some((q) => q !== p && q.name.endsWith(` ${p.name}`)));
  for (const k of ['people', 'places', 'organizations'] as const) out[k].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  return out;
}
