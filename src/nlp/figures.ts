/**
 * Money, percentages and basis points in the kept content. Pure patterns: no tagger needed, and
 * prices in promos never reach this stage because boilerplate is not content.
 */
import { lazy } from '../lazy.js';
import { nlpRules } from '../rules/nlp.js';
import type { Figure } from '../schema.js';

const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const SCALE = '(thousand|million|billion|trillion|crore|lakh|bn|mn|mln|bln|tn|trn|[mbk])';

const patterns = lazy(() => {
  const r = nlpRules();
  const words = Object.keys(r.currencyWord).sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');
  return {
    // "$3 billion", "€450m", "US$1.2bn", "£35 million"
    symbolMoney: new RegExp(`(?<![\\w$])(US\\$|C\\$|A\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|€|£|¥|₹|₩|₽|₺)\\s?${NUMBER}(?:\\s?${SCALE}\\b)?`, 'g'),
    // "300 billion yuan", "2.1 billion Swedish kronor", "5 billion SEK"
    wordMoney: new RegExp(`(?<![\\w.$€£¥])${NUMBER}(?:\\s?${SCALE})?\\s+(${words}|[A-Z]{3})\\b`, 'gi'),
    // "USD 3 billion", "EUR 450 million"
    codeMoney: new RegExp(`\\b([A-Z]{3})\\s?${NUMBER}(?:\\s?${SCALE}\\b)?`, 'g'),
    // "60%", "3.5 percent", "+0.8%", "2 percentage points"
    percent: new RegExp(`(?<![\\w.])([-+−]?)${NUMBER}\\s?(%|percent\\b|per cent\\b|percentage points?\\b)`, 'gi'),
    // "25 basis points", "+3bp", "50 bps"
    basisPoints: new RegExp(`(?<![\\w.])([-+−]?)${NUMBER}\\s?(basis points?|bps|bp)\\b`, 'gi'),
  };
});

const toNumber = (s: string) => Number(s.replace(/,/g, ''));

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return nlpRules().scale[word.toLowerCase()] ?? 1;
}

interface Raw {
  start: number;
  end: number;
  kind: Figure['kind'];
  value: number | null;
  unit: string | null;
}

/** Figures in one piece of text, offsets relative to it. Overlaps keep the longer match. */
export function findFigures(text: string): Raw[] {
  const r = nlpRules();
  const p = patterns();
  const raw: Raw[] = [];
  for (const m of text.matchAll(p.symbolMoney)) {
    const unit = r.currencySymbol[m[1]!] ?? null;
    // A lone capital "M"/"B" after a symbol is a scale only when written tight ("$3bn", "$3B").
    raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'money', value: toNumber(m[2]!) * scaleOf(m[3]), unit });
  }
  for (const m of text.matchAll(p.wordMoney)) {
    const word = m[3]!;
    // '' marks a currency word without one ISO code ("crowns": Swedish, Norwegian, Danish...).
    const unit = r.currencyWord[word.toLowerCase()] ?? (r.currencyCode.test(word) ? (word === 'RMB' ? 'CNY' : word) : null);
    if (unit === null || unit === undefined) continue;
    raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'money', value: toNumber(m[1]!) * scaleOf(m[2]), unit: unit || null });
  }
  for (const m of text.matchAll(p.codeMoney)) {
    if (!r.currencyCode.test(m[1]!)) continue;
    raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'money', value: toNumber(m[2]!) * scaleOf(m[3]), unit: m[1] === 'RMB' ? 'CNY' : m[1]! });
  }
  for (const m of text.matchAll(p.percent)) {
    const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
    const points = /point/i.test(m[3]!);
    raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'percent', value: sign * toNumber(m[2]!), unit: points ? 'pp' : '%' });
  }
  for (const m of text.matchAll(p.basisPoints)) {
    const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
    raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'basis-points', value: sign * toNumber(m[2]!), unit: 'bp' });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  for (const f of raw) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}
