// ReDoS audit: every regular expression literal in src/ and every RegExp in the rule tables is
// checked with recheck; any with super-linear (polynomial or exponential) backtracking fails.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { superLinear } from './helpers/backtracking.js';
import { boilerplateCatalog } from '../src/rules/boilerplate.js';
import { dateRules } from '../src/rules/dates.js';
import { htmlRules } from '../src/rules/html.js';
import { nlpRules } from '../src/rules/nlp.js';
import { shapes } from '../src/rules/shapes.js';
import { structureRules } from '../src/rules/structure.js';
import { headerRules } from '../src/rules/header.js';
import { headerDatePatterns } from '../src/header/dates.js';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return fs.statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function literals(): { where: string; re: RegExp }[] {
  const out: { where: string; re: RegExp }[] = [];
  for (const file of sourceFiles(srcDir)) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        out.push({ where: `${path.relative(srcDir, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, re: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** RegExps built at run time from pattern strings (dates, shapes, html rules). */
function tableRegexes(): { where: string; re: RegExp }[] {
  const out: { where: string; re: RegExp }[] = [];
  const walk = (v: unknown, where: string, depth = 0) => {
    if (depth > 5 || v === null || v === undefined) return;
    if (v instanceof RegExp) out.push({ where, re: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`, depth + 1));
    else if (typeof v === 'object' && !(v instanceof Set)) for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`, depth + 1);
  };
  walk(dateRules(), 'dateRules');
  walk(shapes(), 'shapes');
  walk(htmlRules(), 'htmlRules');
  walk(nlpRules(), 'nlpRules');
  walk(structureRules(), 'structureRules');
  walk(boilerplateCatalog(), 'boilerplateCatalog');
  walk(headerRules(), 'headerRules');
  walk(headerDatePatterns(), 'headerDatePatterns');
  return out;
}

describe('ReDoS audit', () => {
  const all = [...literals(), ...tableRegexes()];
  const unique = [...new Map(all.map((x) => [`${x.re.source}/${x.re.flags}`, x])).values()];

  it('finds the regexes', () => {
    expect(unique.length).toBeGreaterThan(150);
  });

  it('still flags patterns that backtrack super-linearly on the real engine', () => {
    expect(superLinear('^(?:\\p{Lu}[\\p{L}-]+\\s*)*\\d', 'u')).toBe('exponential');
    expect(superLinear('\\s*a*\\s*b', '')).toBe('polynomial');
    expect(superLinear('^\\s*a+b', '')).toBeNull();
  }, 120_000);

  it('has no regex with super-linear backtracking', () => {
    const bad: string[] = [];
    for (const { where, re } of unique) {
      const complexity = superLinear(re.source, re.flags);
      if (complexity) bad.push(`${where} ${complexity}: /${re.source.slice(0, 100)}/`);
    }
    expect(bad).toEqual([]);
  }, 1_200_000); // about 5 minutes on an idle 2-core machine; twice that under load
});
