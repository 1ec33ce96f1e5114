import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PropertyPattern } from '../src/lazy.js';
import { structureRules } from '../src/rules/structure.js';
import { compiledBoilerplateRules } from '../src/rules/boilerplate.js';
import { nlpRules } from '../src/rules/nlp.js';
import { dateRules } from '../src/rules/dates.js';
import { CaseBlindPattern } from '../src/text.js';

/** Everything a match tells: where, what, each group. */
function matches(re: RegExp, text: string): unknown {
  if (re.global) return [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]);
  re.lastIndex = 0;
  const m = re.exec(text);
  return m && [m.index, [...m], m.groups];
}

const fixtureLines = (() => {
  const dir = new URL('../fixtures/cases/', import.meta.url);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => fs.readFileSync(new URL(f, dir), 'utf8').split('\n'));
})();

const crafted = [
  'BERLIN (Agency) - Die Regierung hat am Montag',
  'SÃO PAULO, 12 de março (Agência) - O governo',
  'Frankfurt (ots) - Die Börse',
  'LONDON, March 3 (Agency) - Shares fell',
  "N'DJAMENA — The government said",
  'Caption here. Jane Doe/Agence Photo/Handout',
  'Ferhat Öztürk/Some Agency',
  'The U.S. economy grew 3.5% in the 2nd quarter, per-capita, said Maria Lopez-Ortiz, the UK envoy.',
  'Prime Minister Jane O’Neill told reporters; Governor Ana María Díaz said',
  'Ａｂｃ full-width and ǅ title-case letters, ÉCOLE',
];

describe('PropertyPattern', () => {
  it('compiles a twin without supplementary-plane ranges and keeps the exact pattern for text that needs it', () => {
    const p = new PropertyPattern(/^\p{Lu}[\p{L}'’-]+$/u);
    expect(p.for('Élan')).not.toBe(p.exact);
    expect(p.for('Élan').flags).toContain('v');
    expect(p.for('𝐁old')).toBe(p.exact);
    expect(p.for('𝐁old').test('𝐁old')).toBe(true);
    expect(p.for('x\uD800')).toBe(p.exact);
    expect(new PropertyPattern(/^\p{Lu}/iu).for('abc').flags).toBe('iu');
    expect(new PropertyPattern(/^abc/).for('abc').flags).toBe('');
  });

  it('gives the same matches as the exact pattern', () => {
    const patterns = [
      structureRules().wireDateline.upper,
      structureRules().wireDateline.title,
      ...compiledBoilerplateRules().flatMap((r) => (r.also && r.also.exact.unicode ? [r.also] : [])),
      ...Object.values(nlpRules()).filter((v): v is PropertyPattern => v instanceof PropertyPattern),
      new PropertyPattern(/(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?(?:-[\p{L}\p{N}]+)*/gu),
      new PropertyPattern(/(?<![\p{L}\d])[^\P{Lu}]\P{L}?[^\p{L}\s\d]*[\u00e9\x41\u{1F600}\-\/.]/gu),
    ];
    let hits = 0;
    for (const p of patterns) {
      expect(p.for('plain text'), p.exact.source).not.toBe(p.exact);
      for (const line of [...fixtureLines, ...crafted]) {
        const expected = matches(p.exact, line);
        expect(matches(p.for(line), line), `${p.exact.source.slice(0, 60)} on ${line}`).toEqual(expected);
        if (expected && (expected as unknown[]).length) hits++;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });
});

describe('CaseBlindPattern', () => {
  it('finds what the /i pattern finds, at the same offsets, in text of any case', () => {
    const exact = /\b(?:updated|aktualisiert|mis à jour|ıstanbul)\b/i;
    const p = new CaseBlindPattern(exact);
    for (const text of ['Updated March 3', 'ZULETZT AKTUALISIERT: 3. Mai', 'Mis À Jour le 4 mars', 'no label here', 'İstanbul updated', 'Straße ſtadt updated', 'K\u212aelvin UPDATED']) {
      expect(p.test(text), text).toBe(exact.test(text));
      expect(p.exec(text)?.index ?? null, text).toBe(exact.exec(text)?.index ?? null);
    }
  });

  it('reads the English date gate in lower case with the same answers', () => {
    const r = dateRules();
    for (const text of ['Shares fell in Q3 after the FY2024 results', 'We met last WEEKEND', 'The 4Q report', 'No date words in this sentence', "Back in '98 it rained"]) {
      expect(r.mayHoldDateLower.test(text.toLowerCase()), text).toBe(r.mayHoldDate.test(text));
    }
  });
});
