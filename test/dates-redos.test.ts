// ReDoS audit of the date rules compiled per language (built at run time from the tables in
// src/rules/dates.ts, so the literal audit in redos.test.ts does not see them).
import { describe, expect, it } from 'vitest';
import { superLinear } from './helpers/backtracking.js';
import { dateLanguage, supportedDateLanguages } from '../src/dates/parsers.js';

describe('ReDoS audit of the compiled date languages', () => {
  it('has no rule, gate or year check with super-linear backtracking', () => {
    const seen = new Map<string, string>();
    for (const lang of supportedDateLanguages) {
      const C = dateLanguage(lang)!;
      const named: [string, RegExp][] = [
        ...C.rules.flatMap((r, i): [string, RegExp][] => [[`${lang}.rules[${i}] ${r.kind}`, r.re], [`${lang}.rules[${i}].gate`, r.gate]]),
        [`${lang}.notYearAfter`, C.notYearAfter], [`${lang}.notYearBefore`, C.notYearBefore], [`${lang}.oldYearBefore`, C.oldYearBefore],
        [`${lang}.leadTrim`, C.leadTrim], ...(C.mayHoldDate instanceof RegExp ? [[`${lang}.mayHoldDate`, C.mayHoldDate] as [string, RegExp]] : []),
        ...Object.entries(C.tense).filter((e): e is [string, RegExp] => e[1] instanceof RegExp).map(([k, re]): [string, RegExp] => [`${lang}.tense.${k}`, re]),
        ...(C.tense.clause ? [[`${lang}.tense.clause.past`, C.tense.clause.past], [`${lang}.tense.clause.future`, C.tense.clause.future]] as [string, RegExp][] : []),
        ...(C.nowGate ? [[`${lang}.nowGate`, C.nowGate] as [string, RegExp]] : []),
        ...(C.yearCountAfter ? [[`${lang}.yearCountAfter`, C.yearCountAfter] as [string, RegExp]] : []),
        ...(C.yearStrongBefore ? [[`${lang}.yearStrongBefore`, C.yearStrongBefore] as [string, RegExp]] : []),
      ];
      for (const [where, re] of named) seen.set(`${re.source}/${re.flags}`, where);
    }
    expect(seen.size).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const [key, where] of seen) {
      const cut = key.lastIndexOf('/');
      const complexity = superLinear(key.slice(0, cut), key.slice(cut + 1));
      if (complexity) bad.push(`${where} ${complexity}: /${key.slice(0, 100)}/`);
    }
    expect(bad).toEqual([]);
  }, 1_200_000); // about 4 minutes on an idle 2-core machine; twice that under load
});
