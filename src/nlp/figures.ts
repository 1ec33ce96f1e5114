/**
 * Money, percentages and basis points in the kept content. Pure patterns: no tagger needed, and
 * prices in promos never reach this stage because boilerplate is not content.
 */
import { lazy } from '../lazy.js';
import { nlpRules } from '../rules/nlp.js';
import type { Figure } from '../schema.js';

/** Scales in the Arabic script (Urdu, Persian, Arabic), crores and lakhs in the Indian scripts (the nukta composed or not), the Thai million: see `scale` in rules/nlp.ts. */
const INDIC_THAI_SCALES = 'bilioni|milioni|bilyan|milyan|biliyan|miliyan|ቢሊዮን|ሚሊዮን|ہزار|هزار|لاکھ|کروڑ|ارب|میلیون|مليون|ملايين|میلیارد|مليار|مليارات|ألف|آلاف|करोड\u093c|करो\u095c|करोड|लाख|কোটি|লক্ষ|লাখ|கோடி|லட்சம்|કરોડ|લાખ|ਕਰੋੜ|ਲੱਖ|కోట్ల|కోటి|లక్షల|ล้าน';
/** After a scale or currency word: no more of an ASCII word (a word boundary, that also holds after a word in another script). */
const WORD_END = '(?![a-z0-9_])';
/** Per cent in Urdu, Persian, Arabic, Hindi, Marathi, Bengali, Tamil, Gujarati, Punjabi, Telugu, Thai, Tagalog (the nukta composed or not). */
const PERCENT_WORDS_POINT = 'በመቶ|فیصد|درصد|بالمئة|بالمائة|في المئة|في المائة|प्रतिशत|(?:फ\u093c?|\u095e)ीसदी|शतांश|टक्के|टक्का|टक्क्यांनी|শতাংশ|சதவீதம்|ટકા|(?:ਫ\u0a3c?|\u0a5e)ੀਸਦੀ|ਪ੍ਰਤੀਸ਼ਤ|శాతం|เปอร์เซ็นต์|porsiyento|porsyento';
// (Also the Indian grouping of lakhs and crores: "7,90,000".)
const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const SCALE = '(lakh crore|thousand|million|billion|trillion|crore|lakh|bilion|trilion|juta|ribu|bn|mn|mln|bln|tn|trn|[mbk]|' + INDIC_THAI_SCALES + ')';
/**
 * "180.000", "3 000", "10'000", "12,4": thousands grouped by a dot, a (narrow) space or (Swiss) an
 * apostrophe, a decimal comma. A dot before one or two digits is a decimal point all the same
 * ("48.7%", "$ 18.6 millones" in Mexico): no thousands group has fewer than three.
 */
const NUMBER_DECIMAL_COMMA = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:[ \\u00a0\\u202f'’]\\d{3})+(?:[,.]\\d+)?|\\d+\\.\\d{1,2}(?!\\d)|\\d+(?:,\\d+)?)";

/** Alternatives longest first, dots and dollar signs escaped ("Rs.", "J$"). */
const alternation = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.$]/g, '\\$&')).join('|');

const patterns = lazy(() => {
  const r = nlpRules();
  const words = alternation(Object.keys(r.currencyWord));
  const cjkScales = Object.keys(r.cjkScale).join('|');
  return {
    // "$3 billion", "€450m", "US$1.2bn", "£35 million"
    symbolMoney: new RegExp(`(?<![\\w$])(US\\$|C\\$|A\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|€|£|¥|₹|₩|₦|₽|₺|₱)\\s?${NUMBER}(?:\\s?${SCALE}${WORD_END}|-(?=[a-z]{4})${SCALE}${WORD_END})?`, 'g'),
    // "Rs 312 crore", "N45bn", "R87 million", "P2.5 billion": a currency's letters as its sign.
    // Written tight, "mil" and "bil" are scales too ("RM480mil", "RM1.2bil", as Malaysian papers write them).
    // ("Rs 230-crore loan": the scale hyphened to its amount.)
    letterMoney: new RegExp(`(?<![\\w$.])(${alternation(Object.keys(r.currencyLetters))})\\s?${NUMBER}(?:(?:\\s?|-(?=[a-z]{4}))${SCALE}${WORD_END}|(mil|bil)\\b)?(?![\\w%])`, 'g'),
    // "300 billion yuan", "2.1 billion Swedish kronor", "5 billion SEK"
    wordMoney: new RegExp(`(?<![\\w.$€£¥])${NUMBER}(?:\\s?${SCALE})?\\s+(${words}|[A-Z]{3})${WORD_END}`, 'gi'),
    // "USD 3 billion", "EUR 450 million"
    codeMoney: new RegExp(`\\b([A-Z]{3})\\s?${NUMBER}(?:\\s?${SCALE}${WORD_END})?`, 'g'),
    // "1兆2000億円", "5000万元", "9억5000만달러": amounts with CJK units between their digits, the currency after.
    cjkMoney: new RegExp(`(?<![\\d.,])((?:${NUMBER}\\s?(?:${cjkScales})\\s?)*${NUMBER}\\s?(?:${cjkScales})?)\\s?(${alternation(Object.keys(r.cjkCurrency))})`, 'g'),
    // "60%", "3.5 percent", "+0.8%", "2 percentage points", "15％"
    // ("2.8pc": British broadsheets write "pc", tight after the number.)
    percent: new RegExp(`(?<![\\w.\u0590-\u05ff])([-+−]?)${NUMBER}\\s?(%|％|٪|peratus\\b|percent\\b|per cent\\b|percentage points?\\b|pc\\b(?!\\s?(?:users|gamers|games|version|market|sales|shipments))|(?:${PERCENT_WORDS_POINT})(?![\\u0900-\\u0dff]))`, 'gi'),
    // Swahili and Somali write the word before the number: "asilimia 4.6", "boqolkiiba 32".
    percentBefore: new RegExp(`(?<![\\w.,%])(?:asilimia|boqolkiiba)\\s${NUMBER}(?!\\d|[.,]\\d)`, 'gi'),
    // "25 basis points", "+3bp", "50 bps"
    basisPoints: new RegExp(`(?<![\\w.\u0590-\u05ff])([-+−]?)${NUMBER}\\s?(basis points?|bps|bp)\\b`, 'gi'),
  };
});

/**
 * The same figures where the page's language writes a decimal comma ("5,50 Euro", "12,4 Millionen
 * Euro", "6,2 millions d'euros", "15 Prozent", "3.000 euros"): its own scale, currency and per-cent
 * words, and a currency sign after the amount ("5,50 €").
 */
function localPatterns(n: string) {
  const r = nlpRules();
  const scale = `(${alternation(Object.keys(r.scaleDecimalComma))})`;
  const words = alternation([...Object.keys(r.currencyWordDecimalComma), ...Object.keys(r.currencyWord)]);
  return {
    symbolMoney: new RegExp(`(?<![\\w$])(US\\$|C\\$|A\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|€|£|¥|₹|₩|₦|₽|₺|₱)\\s?${n}(?:\\s?${scale}(?![\\p{L}]))?`, 'gu'),
    // "Rp 5 triliun", "Rp1,6 miliar": a currency's letters as its sign, where the decimal mark is a comma.
    letterMoney: new RegExp(`(?<![\\w$.])(${alternation(Object.keys(r.currencyLetters))})\\s?${n}(?:\\s?${scale}(?![\\p{L}]))?(?![\\w%])`, 'gu'),
    symbolAfterMoney: new RegExp(`(?<![\\w.,])${n}(?:\\s?${scale})?\\s?(€|\\$|£|¥|CHF|zł)(?![\\p{L}])`, 'giu'),
    wordMoney: new RegExp(`(?<![\\w.,$€£¥])${n}(?:\\s?${scale})?(?:\\s+(?:de|di|d'|d’))?\\s*(${words}|[A-Z]{3})(?![\\p{L}])`, 'giu'),
    codeMoney: new RegExp(`\\b([A-Z]{3})\\s?${n}(?:\\s?${scale}(?![\\p{L}]))?`, 'gu'),
    // Turkish writes the sign or the word before the number: "%18", "yüzde 41".
    percentBefore: new RegExp(`(?<![\\w.,%])(?:%\\s?|yüzde\\s)${n}(?!\\d|[.,]\\d)`, 'giu'),
    percent: new RegExp(`(?<![\\w.,\\p{L}])([-+−]?)${n}\\s?(%|(?:${r.percentDecimalComma})(?![\\p{L}])|prozentpunkte?(?![\\p{L}])|points? de pourcentage|puntos? porcentuales?|punti percentuali|punto percentuale|pontos? percentua(?:l|is)|procentpunt(?:en)?|procentenheter|prosentpoeng|procentpoint)`, 'giu'),
    basisPoints: new RegExp(`(?<![\\w.,\\p{L}])([-+−]?)${n}\\s?(${r.basisPointsDecimalComma}|bps|bp)(?![\\p{L}])`, 'giu'),
  };
}
const decimalCommaPatterns = lazy(() => localPatterns(NUMBER_DECIMAL_COMMA));
/** The same words where a page in such a language writes a decimal point ("$1,141.60 pesos" in Mexico). */
const decimalPointLocalPatterns = lazy(() => localPatterns(NUMBER));

const toNumber = (s: string) => Number(s.replace(/,/g, ''));
const toNumberDecimalComma = (s: string) => (/^\d+\.\d{1,2}$/.test(s) ? Number(s) : Number(s.replace(/\.(?=\d{3})|[\s\u00a0\u202f'’]/g, '').replace(/[,.]/, '.')));

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return nlpRules().scale[word.toLowerCase()] ?? 1;
}

function scaleOfDecimalComma(word: string | undefined): number {
  if (!word) return 1;
  const lower = word.toLowerCase();
  return nlpRules().scaleDecimalComma[lower] ?? nlpRules().scale[lower] ?? 1;
}

/** How a language writes numbers: its patterns, its number reading, its scale and currency words. */
interface NumberStyle {
  patterns: () => { symbolMoney: RegExp; letterMoney?: RegExp; cjkMoney?: RegExp; symbolAfterMoney?: RegExp; wordMoney: RegExp; codeMoney: RegExp; percent: RegExp; percentBefore?: RegExp; basisPoints: RegExp };
  toNumber: (digits: string) => number;
  scale: (word: string | undefined) => number;
  currencyWord: (lower: string) => string | undefined;
}

const POINT_STYLE: NumberStyle = { patterns, toNumber, scale: scaleOf, currencyWord: (w) => nlpRules().currencyWord[w] };
const DECIMAL_COMMA_STYLE: NumberStyle = {
  patterns: decimalCommaPatterns,
  toNumber: toNumberDecimalComma,
  scale: scaleOfDecimalComma,
  currencyWord: (w) => nlpRules().currencyWordDecimalComma[w] ?? nlpRules().currencyWord[w],
};

const DECIMAL_POINT_LOCAL_STYLE: NumberStyle = { ...DECIMAL_COMMA_STYLE, patterns: decimalPointLocalPatterns, toNumber };

/**
 * A number with both marks settles which is the decimal one ("1,141.60" against "1.141,60"): a page in a
 * decimal-comma language that writes the point (es-MX, es-US) reads its figures so.
 */
function styleFor(lang: string | null, writesPoint: boolean): NumberStyle {
  if (lang === null || !nlpRules().decimalCommaLang.has(lang)) return POINT_STYLE;
  return writesPoint ? DECIMAL_POINT_LOCAL_STYLE : DECIMAL_COMMA_STYLE;
}

/** Whether the texts of a page write the decimal point where both marks meet, and never the comma. */
export function writesDecimalPoint(texts: readonly string[]): boolean {
  return texts.some((t) => POINT_DECIMALS.test(t)) && !texts.some((t) => COMMA_DECIMALS.test(t));
}
const POINT_DECIMALS = /\d,\d{3}\.\d{1,2}(?!\d)/;
const COMMA_DECIMALS = /\d\.\d{3},\d{1,2}(?!\d)/;

/** A character every CJK amount's currency word holds: a page without one runs no CJK money pattern. */
const CJK_MONEY_SIGN = /[円元원ドル달러위안ユーロ유로엔]/;

/** One number of a CJK amount and the unit after it. */
const CJK_AMOUNT_PART = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?([百千천万萬만億亿억兆조])?/g;

/** Cents written tight after a number ("512.3c", "16c a litre"). */
const TIGHT_CENTS = /(?<![\w.,$€£])(\d{1,4}(?:\.\d{1,2})?)c(?![\w%°])/g;

/** Currency words that name a hundredth of their currency: "60 cents", "20 sen", "27 centavos", "64 копейки". */
const HUNDREDTHS = new Set(['cents', 'cent', 'sen', 'kobo', 'centavos', 'céntimos', 'копеек', 'копейки', 'копейка']);

interface Raw {
  start: number;
  end: number;
  /** The figure as written where it is not one slice of the text: a range's lower end takes its upper end's unit ("8%" of "8-10%"). */
  text?: string;
  kind: Figure['kind'];
  value: number | null;
  unit: string | null;
}

/** A bare number and a range's joint before a figure: "8-10%", "3 and 5 percent", "zwischen 3 und 5 Prozent", "de 2 à 4 %". */
const RANGE_LOW = /(?<![\w.,])(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?)\s?(?:-|–|to|and|und|bis|et|à|y|a|e|tot|en|och|og|i)\s?$/;
/** How far before a figure its range's lower end may start. */
const RANGE_LOW_JOINT_CHARS = 18;

/**
 * The lower ends of ranges, split off as figures of their own with the upper end's unit and scale
 * ("8-10%" gives 8% and 10%), as the case format has it.
 */
function rangeLowerEnds(text: string, raw: Raw[], style: NumberStyle): Raw[] {
  const out: Raw[] = [];
  for (const f of raw) {
    // (An upper end written without its sign has its lower end already: "$4-5 billion".)
    if (f.value === null || f.text !== undefined || !/^\d/.test(text.slice(f.start, f.end))) continue;
    const from = Math.max(0, f.start - RANGE_LOW_JOINT_CHARS);
    const m = RANGE_LOW.exec(text.slice(from, f.start));
    if (!m) continue;
    const written = text.slice(f.start, f.end);
    const upper = /^\d[\d.,' \u00a0\u202f]*\d|^\d/.exec(written)![0];
    const low = style.toNumber(m[1]!);
    const high = style.toNumber(upper);
    if (!(high > 0) || !(low < high)) continue;
    const start = from + m.index;
    // Its span is the range as written ("8-10%"): no slice of the text reads "8%".
    out.push({ start, end: f.end, text: m[1]! + written.slice(upper.length), kind: f.kind, value: (f.value * low) / high, unit: f.unit });
  }
  return out;
}

/** A money range's upper end after a lower end written with its sign alone: "-5 billion" of "$4-5 billion", " to $5bn". */
const MONEY_RANGE_HIGH = lazy(() => new RegExp(`^\\s?(?:-|–|to)\\s?(US\\$|C\\$|A\\$|\\$|€|£|¥|₹)?${NUMBER}(\\s?)${SCALE}\\b`));
/** How much of the text after a lower end the upper end may take. */
const MONEY_RANGE_CHARS = 32;

/**
 * A money range whose scale follows its upper end only ("$4-5 billion", "$55-65 million", "$4 to
 * $5bn"): the lower end takes the upper end's scale, and an upper end written without the sign
 * becomes a figure of its own with the lower end's sign ("$5 billion"), as the case format has it.
 */
function moneyRangeScales(text: string, kept: Raw[], style: NumberStyle): Raw[] {
  const out: Raw[] = [];
  for (const f of kept) {
    const written = text.slice(f.start, f.end);
    const sign = f.kind === 'money' && f.text === undefined ? /^(?:US\$|C\$|A\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹)(?=\s?\d[\d.,]*$)/.exec(written) : null;
    if (!sign || f.value === null) {
      out.push(f);
      continue;
    }
    const m = MONEY_RANGE_HIGH().exec(text.slice(f.end, f.end + MONEY_RANGE_CHARS));
    const scale = m ? style.scale(m[4]) : 1;
    if (!m || scale === 1 || (m[1] !== undefined && m[1] !== sign[0])) {
      out.push(f);
      continue;
    }
    out.push({ ...f, text: `${written}${m[3]}${m[4]}`, value: f.value * scale });
    // An upper end with its own sign is a figure already ("$5bn" of "$4 to $5bn").
    if (m[1] === undefined) {
      const start = f.end + m[0].search(/\d/);
      out.push({ start, end: f.end + m[0].length, text: `${sign[0]}${m[2]}${m[3]}${m[4]}`, kind: 'money', value: style.toNumber(m[2]!) * scale, unit: f.unit });
    }
  }
  return out;
}

/** Figures in one piece of text, offsets relative to it. Overlaps keep the longer match. */
export function findFigures(text: string, lang: string | null = null, writesPoint = writesDecimalPoint([text]), letterSigns = letterSignsIn([text], lang, writesPoint)): Raw[] {
  const style = styleFor(lang, writesPoint);
  const found = figuresIn(text, style, letterSigns);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  // A range's lower end overlaps its upper end's span by design: added after the overlaps are settled.
  const scaled = moneyRangeScales(text, kept, style);
  return [...scaled, ...rangeLowerEnds(text, scaled, style)].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** How far before "55 pounds" a word of weight may stand. */
const POUNDS_CONTEXT_CHARS = 48;
/** How close after a weight in pounds the other end of its range stands ("55 pounds to 110 pounds"). */
const POUNDS_RANGE_CHARS = 8;

/** A letter sign's amount that is money whatever the page: with a scale, grouped thousands or cents. */
function isSureLetterMoney(m: RegExpMatchArray): boolean {
  return (m[3] ?? m[4]) !== undefined || /\d,\d{3}|^\d+\.\d{2}$/.test(m[2]!);
}

/** The one-letter currency signs ("N", "R", "P") the page's texts write before a sure amount. */
export function letterSignsIn(texts: readonly string[], lang: string | null = null, writesPoint = writesDecimalPoint(texts)): ReadonlySet<string> {
  const p = styleFor(lang, writesPoint).patterns();
  const out = new Set<string>();
  if (!p.letterMoney) return out;
  for (const t of texts) for (const m of t.matchAll(p.letterMoney)) if (m[1]!.length === 1 && isSureLetterMoney(m)) out.add(m[1]!);
  return out;
}

function figuresIn(text: string, style: NumberStyle, letterSigns: ReadonlySet<string>): Raw[] {
  const r = nlpRules();
  const p = style.patterns();
  const raw: Raw[] = [];
  const code = (c: string) => (c === 'RMB' ? 'CNY' : c);
  const money = (m: RegExpMatchArray, amount: string, scale: string | undefined, unit: string | null) =>
    raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'money', value: style.toNumber(amount) * style.scale(scale), unit });
  // A lone capital "M"/"B" after a symbol is a scale only when written tight ("$3bn", "$3B").
  for (const m of text.matchAll(p.symbolMoney)) money(m, m[2]!, m[3] ?? m[4], r.currencySymbol[m[1]!] ?? null);
  // "5,50 €": the sign after the amount, where the language writes it so.
  if (p.symbolAfterMoney) for (const m of text.matchAll(p.symbolAfterMoney)) money(m, m[1]!, m[2], r.currencySymbol[m[3]!] ?? (m[3] === 'zł' ? 'PLN' : null));
  if (p.letterMoney) {
    for (const m of text.matchAll(p.letterMoney)) {
      // A lone "N", "R" or "P" before a number is a sign only with a scale, grouped thousands or cents
      // ("R1.12 a litre"), or with three digits or more where the page writes that sign so elsewhere
      // ("from N985", beside "N1,020"); "N95 masks" is no money.
      if (m[1]!.length === 1 && !isSureLetterMoney(m) && !(letterSigns.has(m[1]!) && /^\d{3,}$/.test(m[2]!))) continue;
      money(m, m[2]!, m[3] ?? m[4], r.currencyLetters[m[1]!] ?? null);
    }
  }
  let weightEnd = -Infinity;
  for (const m of text.matchAll(p.wordMoney)) {
    const word = m[3]!;
    const lower = word.toLowerCase();
    // "in 1956 won the title": "won" after a bare number is the verb; the currency has a scale or grouped thousands.
    if (lower === 'won' && !m[2] && !/[,.]\d{3}/.test(m[1]!)) continue;
    // "the weight limit from 55 pounds to 110 pounds", "5 pounds of flour": a weight, not sterling.
    // (So is the upper end of a range of weights: "to 110 pounds".)
    if ((lower === 'pounds' || lower === 'pound') && !m[2]) {
      const before = text.slice(Math.max(0, m.index! - POUNDS_CONTEXT_CHARS), m.index!).toLowerCase();
      if (m.index! - weightEnd <= POUNDS_RANGE_CHARS || r.poundsWeightBefore.test(before) || r.poundsWeightAfter.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12).toLowerCase())) {
        weightEnd = m.index! + m[0].length;
        continue;
      }
    }
    // '' marks a currency word without one ISO code ("crowns": Swedish, Norwegian, Danish...).
    const unit = style.currencyWord(lower) ?? (r.currencyCode.test(word) ? code(word) : null);
    if (unit === null || unit === undefined) continue;
    money(m, m[1]!, m[2], unit || null);
    // "60 cents", "20 sen": a hundredth of the currency; "38,240 mdp": millions of it.
    if (HUNDREDTHS.has(lower)) raw[raw.length - 1]!.value! /= 100;
    // "4,850 ล้านบาท": a million baht, written as one word.
    if (lower === 'ล้านบาท') raw[raw.length - 1]!.value! *= 1e6;
    if (lower === 'mdp' || lower === 'mdd') raw[raw.length - 1]!.value! *= 1e6;
  }
  // (A code written tight to a short number names a product, not an amount: "RON95 petrol".)
  for (const m of text.matchAll(p.codeMoney)) if (r.currencyCode.test(m[1]!) && !/^[A-Z]{3}\d{1,3}$/.test(m[0])) money(m, m[2]!, m[3], code(m[1]!));
  if (p.cjkMoney && CJK_MONEY_SIGN.test(text)) {
    for (const m of text.matchAll(p.cjkMoney)) {
      // The amount is the sum of its parts, each number times the unit after it ("1兆2000億" = 1.2 trillion).
      let value = 0;
      for (const part of m[1]!.matchAll(CJK_AMOUNT_PART)) value += Number(part[1]!.replace(/,/g, '')) * (part[2] ? r.cjkScale[part[2]]! : 1);
      raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'money', value, unit: r.cjkCurrency[m[m.length - 1]!] ?? null });
    }
  }
  // "512.3c", "a dividend of 205c a share": cents written tight after the number (a lower-case "c": "4C" is a temperature).
  if (style === POINT_STYLE && /\dc\b/.test(text)) {
    for (const m of text.matchAll(TIGHT_CENTS)) raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'money', value: Math.round(Number(m[1]) * 100) / 10000, unit: null });
  }
  for (const m of text.matchAll(p.percent)) {
    const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
    const points = /point|punkt|punt|ponto|enhet|poeng/i.test(m[3]!);
    raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'percent', value: sign * style.toNumber(m[2]!), unit: points ? 'pp' : '%' });
  }
  if (p.percentBefore && /%|yüzde|asilimia|boqolkiiba/i.test(text)) {
    for (const m of text.matchAll(p.percentBefore)) raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'percent', value: style.toNumber(m[1]!), unit: '%' });
  }
  for (const m of text.matchAll(p.basisPoints)) {
    const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
    raw.push({ start: m.index!, end: m.index! + m[0].length, kind: 'basis-points', value: sign * style.toNumber(m[2]!), unit: 'bp' });
  }
  return raw;
}
