/**
 * Names from a byline line, in the world's forms: "By Jane Doe and John Roe, Staff Writers",
 * "Von Eileen Wagner 10.09.2025, 09:53 Uhr", "Par Claire Dubois et Marc Petit", "Jane Doe | Agency",
 * "Jane Doe · 3 min read · Mar 4, 2025", "Recipe by PJ Hamel", or a bare "Kelia Losa Reinoso".
 * Only names come out: no role, outlet, date or joining word, in page order, de-duplicated.
 *
 * Whether a line IS the byline is the header model's call (src/header/model.ts); this reads names.
 */
import { lazy, PropertyPattern } from '../lazy.js';
import { headerRules } from '../rules/header.js';
import { structureRules } from '../rules/structure.js';
import { deglue, fold, trimEndOf } from '../text.js';
import { findHeaderDates, isCalendarWord, isWeekday, monthDayAt } from './dates.js';
import { placeNames } from '../nlp/names.js';

export interface BylineReading {
  names: string[];
  /** The line opened with a byline word ("By", "Von", "Par", "Written by", ...). */
  prefixed: boolean;
  /** The opening word is a byline word in every language that has it ("by", "von"; not "de", "di"). */
  strong: boolean;
  /** The byline word stood inside the line ("Recipe by PJ Hamel"), not at its start. */
  inner?: boolean;
  /** A CJK byline read by its role word ("홍길동 기자", "记者 张伟"): a byline by construction. */
  unspaced?: boolean;
}

/** Lower-case words inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'van', 'von', 'der', 'den', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'di', 'du', 'ter', 'ten', 'zu', 'y', 'e', 'af']);
const MAX_NAME_WORDS = 5;
/** " in Vienna", " aus Wien" after a name in a byline, up to a separator or the end. */
// "i" and "a" also join two names (Polish, Croatian, Czech "Anna Nowak i Jan Kowalski"): after
// them only a one-word place ("Jane Doe i Oslo").
const placeAfterName = (prepositions: string) =>
  new PropertyPattern(new RegExp(`\\s(?:(?:${prepositions})\\s\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s\\p{Lu}[\\p{L}.'’-]{0,30})?|(?:a|i)\\s\\p{Lu}[\\p{L}.'’-]{0,30})(?=\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|$))`, 'gu'));
const PLACE_AFTER_NAME = placeAfterName('in|at|from|aus|en|à|em|da');
/** After Dutch "Door", "en" joins two names ("Door Anna Berg en Tim Holm"); it places no one. */
const PLACE_AFTER_NAME_NL = placeAfterName('in|at|from|aus|à|em|da');

/** A capitalised word or an initial ("J.", "McAllister", "O'Neill", "Jean-Luc", "ÉLODIE"). */
const NAME_WORD = new PropertyPattern(/^\p{Lu}[\p{L}\p{M}'’.-]*$/u);

function isName(part: string, allowSingle: boolean): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (words.length === 1 && !allowSingle) return false;
  // "Written By", "Last Modified", "Fact Checked": a label, not a name.
  const rules = headerRules();
  const folded = fold(part);
  if (rules.bylineLabel.test(folded) || rules.updatedLabel.test(folded) || rules.publishedLabel.test(folded) || rules.notNameLabel.test(folded)) return false;
  // "Tuesday February", "March": a date's words ("April Ryan" stays a name).
  if (words.every(isCalendarWord) || isWeekday(words[0]!)) return false;
  let capitalised = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (NAME_WORD.for(w).test(w)) capitalised++;
    else if (!(PARTICLES.has(w) && k > 0 && k < words.length - 1)) return false;
  }
  // "J. K." alone is not a name; a name has a word of two letters or more.
  return capitalised > 0 && words.some((w) => /\p{L}{2}/u.test(w));
}

const HAS_CAPITAL = /\p{Lu}/u;
const BULLET_VARIANTS = /[●⋅∙◦▪‧]/g;

/** "by" somewhere near the start of a short line: "Recipe by PJ Hamel", "Story and photos by ...". */
/** A possessive and a role of one or two words before a name: "our correspondent", "onze redacteur", "unserem Korrespondenten". */
const OUR_ROLE = new PropertyPattern(/^(?:our|onze|unserem|unserer|unseren|notre|nos|nuestro|nuestra|nuestros|il nostro|la nostra|nosso|nossa|vår|vores|vor|naszego|nasza|nasz)\s+(?:\p{L}+\s+)?\p{L}+\s+(?=\p{Lu}\p{Ll}+[\s-](?:\p{Lu}|(?:de|van|von|der|den|ter|da|di|du|le|la)\s))/u);

/** A role in lower case before each name: "political reporter Jessica Tran", "health editor Sam Lee and science reporter Ann Ko". */
const LOWER_ROLE = new PropertyPattern(/(?<=^|\s)(?:(?!(?:and|or|und|et|e|y)\s)\p{Ll}+\s+){0,2}(?:reporter|correspondent|editor|writer|columnist|journalist|critic|producer|analyst|contributor)s?\s+(?=\p{Lu}\p{Ll})/gu);

/**
 * A title of a department after a name, up to the next comma: ", Head of Marketing and Community
 * Development", ", Director of Sales". Its "and" joins departments, not people.
 */
const DEPARTMENT_ROLE = new PropertyPattern(/,\s*(?:\p{Lu}[\p{L}.]*\s){1,3}(?:of|for)\s\p{Lu}[^,]*/gu);

const INNER_BY = new PropertyPattern(/(?:^|\s)(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v):?\s(?=\p{Lu})/u);

/**
 * `prefixedOnly` asks only for a reading a byline word states ("By Jane Doe", "Posted on ... by X"):
 * the names read from bare capitals, the costliest part, are not looked for, and such a line reads
 * null. (A sign-off's "Written by ..." opens with a byline word, so it is read the same either way.)
 */
export function readByline(raw: string, prefixedOnly = false): BylineReading | null {
  const reading = readNames(raw, prefixedOnly) ?? signOffOf(raw);
  // A name the scraper did not glue keeps its own spelling ("FlowGuard EMEA", "SimplyThrilled").
  if (reading && reading.names.some((n) => n.includes(' '))) reading.names = reading.names.map((n) => asWritten(n, raw));
  return reading;
}

/** "Written by Ravi Subramanian. If you spotted a mistake, email me.": a sign-off's first sentence names its author. */
const SIGN_OFF = /^((?:[Ww]ritten|[Ww]ords|[Pp]osted) by [^.!?]{3,60}\.)\s+\p{Lu}/u;

function signOffOf(raw: string): BylineReading | null {
  const first = SIGN_OFF.exec(raw.trim());
  if (!first) return null;
  const reading = readNames(first[1]!.slice(0, -1));
  return reading && reading.prefixed ? reading : null;
}

/** "Posted on May 2, 2025 by ...": the "by" of a publication line is its author's, as a byline's opening word is. */
function opensWithPublication(before: string): boolean {
  return headerRules().publishedLabel.test(fold(before).slice(0, 24)) && /^\W*\p{L}+/u.test(before);
}

/** `name` with a space taken out where the line writes it glued, as one word ("Flow Guard" in "By FlowGuard"). */
function asWritten(name: string, line: string): string {
  if (line.includes(name)) return name;
  const parts = name.split(' ');
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k++) out += line.includes(out + parts[k]) ? parts[k] : ' ' + parts[k];
  return out;
}

/** Role words a Chinese byline writes beside its names. */
const CJK_ROLES = new Set(['记者', '記者', '通讯员', '通訊員', '编辑', '編輯', '责任编辑', '責任編輯', '摄影', '攝影', '实习生', '實習生', '作者', '撰文', '特约记者', '特約記者', '见习记者', '見習記者']);

/** A kana, Han or Hangul character: a line without one holds no CJK byline. */
export const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The names of a CJK byline ("홍길동 기자", "记者 张伟", "（中川由紀）"), or null. */
export function cjkNames(line: string): string[] | null {
  if (!UNSPACED_SCRIPT.test(line)) return null;
  const rules = headerRules();
  const signed = rules.japaneseSignature.exec(line.trim());
  if (signed) return rules.signatureNotName.test(signed[1]!) ? null : [signed[1]!.replace(/[\s　]+/g, '')];
  const m = rules.koreanNamesBeforeRole.exec(line) ?? rules.hanRoleBeforeNames.exec(line);
  if (!m) return null;
  // "作者：记者 张伟", "（记者 王磊 通讯员 刘芳）": the role words between the names are no names.
  const names = [...new Set(m[1]!.split(/[\s、,，・·]+/).filter((n) => n.length >= 2 && !CJK_ROLES.has(n)))];
  return names.length > 0 ? names : null;
}

/**
 * The wire credit opening a paragraph ("(서울=연합뉴스) 홍길동 기자 = ...", "〔記者陳怡君／新北報導〕...",
 * "新华社北京12月1日电（记者 张伟、李娜）..."): its names and where the credit ends, or null.
 */
export function leadCreditOf(text: string): { names: string[]; end: number } | null {
  if (!UNSPACED_SCRIPT.test(text.slice(0, 40))) return null;
  for (const pattern of headerRules().leadCredit) {
    const m = pattern.exec(text);
    if (m) return { names: [...new Set(m[1]!.split(/[\s、,，·]+/).filter((n) => n.length >= 2 && !CJK_ROLES.has(n)))], end: m[0].length };
  }
  return null;
}

/** Between the names of a closing signature: "Nguyễn Hải Yến - Phạm Đức Long", "A, B và C". */
const SIGNATURE_JOINT = /\s[-–—]\s|\s?[,;&]\s?|\s(?:và|and)\s/u;

/** The names of a line that is names alone, each of two words or more ("Nguyễn Hải Yến - Phạm Đức Long"), or null. */
export function signatureNames(text: string): string[] | null {
  if (headerRules().sourceCredit.test(fold(text.trim()))) return null;
  const parts = text.trim().split(SIGNATURE_JOINT).map((p) => p.trim());
  return parts.length <= 4 && parts.every((p) => isName(p, false)) ? [...new Set(parts)] : null;
}

function readNames(raw: string, prefixedOnly = false): BylineReading | null {
  const rules = headerRules();
  // Other bullets between a header's parts ("Jane Doe ● May 6, 2025 ⋅ 6 min read") read as the middle dot.
  const text = raw.replace(BULLET_VARIANTS, '·');
  // The social handle after a name goes before glued words are split ("Iacurci@GregIacurci").
  const plain = text.includes('@') ? text.replace(SOCIAL_HANDLE.for(text), '') : text;
  let line = (deglue(plain)?.text ?? plain).replace(/^[\s\-–—·•|:]+/, '').trim();
  if (line.length === 0 || line.length > 200) return null;
  const folded = fold(line);
  if (rules.sourceCredit.test(folded) || rules.newsroomCredit.test(folded)) return null;
  const unspaced = cjkNames(line);
  if (unspaced) return { names: unspaced, prefixed: true, strong: true, unspaced: true };
  const prefix = rules.bylinePrefix.exec(folded);
  if (prefix) {
    // "Door onze redacteur Pieter Vanhove", "By our correspondent Jane Doe": the role goes, the name stays.
    const rest = line.slice(prefix[0].length);
    const head = namesHead(rest);
    const collective = collectiveAuthor(head);
    // "By PanAm Wire": an agency's credit, no author; "Redacción Judicial": a desk's.
    if (collective === null && (isStaffCredit(head) || AGENCY_NAME.test(head))) return null;
    if (rules.newsroomPrefix.test(folded) && /^\p{Lu}\p{Ll}+$/u.test(head)) return null;
    // "di Redazione", "von Redaktion": the desk signs, no one is named. (A desk named in English, "News
    // Desk", signs as an author: the labelled pages read it so.)
    if (rules.newsroomCredit.test(fold(head))) return null;
    // "By DANNY FORSHAW FOR THE DAILY CLARION": a name in capitals, then the paper it writes for.
    const forPaper = CAPITALS_FOR_PAPER.exec(rest.trim());
    if (forPaper) return { names: [forPaper[1]!], prefixed: true, strong: rules.strongBylinePrefix.test(folded) };
    const names = collective ? [collective] : (namesIn(rest.replace(OUR_ROLE.for(rest), '').replace(LOWER_ROLE.for(rest), ''), true, /^door\b/.test(folded), !/^(?:av|af)\b/.test(folded)) ?? uncasedNames(head));
    return names ? { names, prefixed: true, strong: rules.strongBylinePrefix.test(folded) } : null;
  }
  const inner = INNER_BY.for(line).exec(line) ?? INNER_BY_HANDLE.for(line).exec(line);
  // "Reviewed by Tom Hadley, certified energy auditor": a reviewer or fact-checker is no author.
  if (inner && inner.index <= 60 && line.split(/\s+/).length <= 16 && !rules.notNameLabel.test(fold(line.slice(0, inner.index + inner[0].length)))) {
    const names = namesIn(line.slice(inner.index + inner[0].length), true);
    if (names) return { names, prefixed: true, strong: true, inner: !opensWithPublication(line.slice(0, inner.index)) };
  }
  const segments = line.split(SEGMENT);
  // "Medically reviewed by A — Written by B — Updated May 1", "Posted on <date> by B - 5 Comments":
  // a part of the line that opens with a byline word, or holds one, names the author; a reviewer's
  // or fact-checker's part does not.
  if (segments.length > 1) {
    for (const raw of segments) {
      const segment = raw.trim();
      const open = rules.bylinePrefix.exec(fold(segment));
      const within = open ? null : (INNER_BY.for(segment).exec(segment) ?? INNER_BY_HANDLE.for(segment).exec(segment));
      if (!open && !(within && segment.split(/\s+/).length <= 16 && !rules.notNameLabel.test(fold(segment.slice(0, within.index + within[0].length))))) continue;
      const names = namesIn(segment.slice(open ? open[0].length : within!.index + within![0].length), true);
      if (names) return { names, prefixed: true, strong: open ? rules.strongBylinePrefix.test(fold(segment)) : true, inner: open ? true : !opensWithPublication(segment.slice(0, within!.index)) };
    }
  }
  // What is left reads names without a byline word, and such a name has a capital letter; a line
  // opening with a reviewer's or editor's label ("Reviewed By: Travel Editor, Sherry Mims") names no author.
  if (prefixedOnly || !HAS_CAPITAL.test(line) || rules.notNameLabel.exec(folded)?.index === 0) return null;
  // "Dec 19, 2025 · Niko Matsakis", "12/19/2025 • Column • David Gordon": names may follow a date
  // or a label between separators; the first part that is a full name wins over a lone word.
  let single: string[] | null = null;
  for (const segment of segments) {
    // A format label ("Feature", "Opinion") beside the date is the piece's kind, not its author.
    if (structureRules().kickerLabel.test(fold(segment).trim())) continue;
    const names = segment.trim() && HAS_CAPITAL.test(segment) ? namesIn(segment, false) : null;
    if (!names) continue;
    // "Continental Press" under the headline: an agency's credit, not an author called "Continental".
    if (names.length === 1 && !names[0]!.includes(' ') && isOutlet(segment)) continue;
    // "Velora Medizintechnik AG" under a quote widget's date: a company, not a person.
    if (names.some((n) => COMPANY_SUFFIX.test(n))) continue;
    if (names.some((n) => n.includes(' '))) return { names, prefixed: false, strong: false };
    single ??= names;
  }
  // "Published on 28 April 2024, 14:26, Jane Doe": the name closes the dateline, after its date and time.
  const dates = findHeaderDates(line, false);
  const last = dates[dates.length - 1];
  if (last && last.end < line.length) {
    const tail = namesIn(line.slice(last.end).replace(rules.clockTail, ''), false);
    if (tail && tail.some((n) => n.includes(' '))) return { names: tail, prefixed: false, strong: false };
  }
  return single ? { names: single, prefixed: false, strong: false } : null;
}

/**
 * Letters of the scripts without capitals that a byline word may introduce: Arabic (and Persian),
 * Hebrew, the Indian scripts and Thai, with their vowel signs and an initial's dot ("க. செந்தில்நாதன்").
 */
const UNCASED_WORD = '[\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Oriya}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Thai}\\p{Script=Ethiopic}\\p{M}\\u200c\\u200d.]+';
// Built on first use: a pattern made from a string is compiled where it is made.
const uncasedNamesPattern = lazy(() => new PropertyPattern(new RegExp(`^${UNCASED_WORD}(?:\\s${UNCASED_WORD})+(?:\\s?[،,&]\\s?${UNCASED_WORD}(?:\\s${UNCASED_WORD})*)*$`, 'u')));
/** Between two names: a comma (Arabic or Latin), "&", a free-standing "and" (Arabic and Persian, Hebrew, Urdu, Hindi, Bengali, Tamil, Thai). */
const UNCASED_JOINT = / ?[،,&] ?| (?:و|ו|and|اور|और|एवं|ও|மற்றும்|และ) /;
/** A name in those scripts: two to four words. */
const UNCASED_NAME_WORDS = [2, 4] as const;

/**
 * The names after a byline word in a script without capitals ("بقلم: سلمى الحداد", "מאת יעל כהן",
 * "लेखक: सुधीर वर्मा, अंकिता राठौर"), where no capital marks a name: each part of two to four words
 * of that script, or null. A last part of one word after a comma is the reporter's town
 * ("रिपोर्ट: मनोज कुमार चौरसिया, बेतवापुर"), not a name.
 */
function uncasedNames(head: string): string[] | null {
  const text = head.trim();
  if (!uncasedNamesPattern().for(text).test(text)) return null;
  const parts = text.split(UNCASED_JOINT).map((p) => p.trim()).filter(Boolean);
  const words = (p: string) => p.split(/\s+/).length;
  if (parts.length > 1 && words(parts[parts.length - 1]!) === 1) parts.pop();
  const fits = (p: string) => words(p) >= UNCASED_NAME_WORDS[0] && words(p) <= UNCASED_NAME_WORDS[1];
  return parts.length > 0 && parts.length <= 4 && parts.every(fits) ? parts : null;
}

/** A company's legal form closing a name: no person signs so. */
const COMPANY_SUFFIX = /\s(?:AG|GmbH|SE|KGaA|Inc\.?|Ltd\.?|LLC|PLC|plc|S\.A\.|SA|SpA|S\.p\.A\.|N\.V\.|B\.V\.|NV|BV|Corp\.?|Oyj|ASA|AB)$/;

/** The part of a byline's rest that holds names: up to its first separator or number. */
function namesHead(rest: string): string {
  const stop = headerRules().nameStop.exec(rest);
  return (stop ? rest.slice(0, stop.index) : rest).trim().replace(/[.,:;]$/, '');
}

/** "DANNY FORSHAW FOR THE DAILY CLARION": two or three words in capitals, "FOR", the paper. */
const CAPITALS_FOR_PAPER = /^(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){1,2})\sFOR\s(?:THE\s)?\p{Lu}[\p{Lu}\s'’&-]{2,60}$/u;

/** A staff credit's last word. */
const STAFF_CREDIT = /\s(?:staff|desk|newsroom|team|editors)$/i;

/** A desk or team signing as the author ("Resy Staff", "News Desk"); "the" goes. `head` is `namesHead`'s. */
function collectiveAuthor(head: string): string | null {
  const m = headerRules().collectiveAuthor.exec(head);
  if (!m || (m.groups?.stem && isOutlet(m.groups.stem))) return null;
  return m[1]!;
}

/** "By Harbour Wire staff", "By the Valley News Staff": a paper's or a wire's staff credited, no one named. */
function isStaffCredit(head: string): boolean {
  const staff = STAFF_CREDIT.exec(head);
  return staff !== null && !headerRules().nameJoiner.test(head) && isOutlet(head.slice(0, staff.index));
}

const isOutlet = (name: string) => headerRules().outletName.test(name.trim().replace(/^the\s/i, 'The '));

/** A word joining the last name of a list ("and", "und", "e", "y", ...), not a comma. */
const CONJUNCTION = /^\s\p{L}+\s$/u;

/**
 * The index of the part after which a list of names closes: the part a conjunction joins, when a
 * comma follows it ("A and B, Outlet" -> 1); -1 when no comma follows a conjunction.
 */
function enumerationEnd(line: string, joiner: RegExp): number {
  let part = 0;
  let joined = -1;
  let rest = line;
  for (let m = joiner.exec(rest); m; m = joiner.exec(rest)) {
    part++;
    if (CONJUNCTION.test(m[0])) joined = part;
    else if (joined >= 0 && m[0] === ',') return joined;
    rest = rest.slice(m.index + m[0].length);
  }
  return -1;
}

/** "Posted on July 1, 2024 by infuy": a lower-case handle after "by" at the end of the line ("by default." ends a sentence). */
const INNER_BY_HANDLE = new PropertyPattern(/(?:^|\s)by:?\s(?=[\p{Ll}\d_][\p{L}\d_.-]{0,28}[\p{L}\d_]$)/u);

/** A social handle after a name, glued to it or not: "Greg Iacurci@GregIacurci", "Jane Doe @janedoe | Reuters". */
/** A user name as a byline writes it after "by" ("jsteinhardt"). */
const HANDLE = new PropertyPattern(/^[\p{L}\p{N}_.-]{2,30}$/u);
const SOCIAL_HANDLE = new PropertyPattern(/@[\p{L}\d_.]{2,30}(?=[ \t]?(?:[|·•,]|$))/gu);

/** A small word the cuts leave at the end: "Jane Doe on", "Marc Petit le". */
const DANGLING_WORD = /\s(?:on|at|in|am|um|le|el|il|op|de)$/;


/** Separators between the parts of a header line ("Jane Doe | Agency", "Mar 4 · 3 min read"). */
const SEGMENT = /[|·•]|\s[—–-]\s/;

/** The names at the start of `text`, up to where a separator, a date or a stamp word begins. */
/** "Wirtschaftskorrespondentin", "Sportreporter": a compound ending in a role (read in lower case). */
function isRoleCompound(word: string): boolean {
  const lower = word.toLowerCase();
  return headerRules().roleCompound.for(lower).test(lower);
}

const AGENCY_NAME = /^\p{Lu}\S*(?:\s\S+){0,3}\s(?:Wire|Newswire|News Service|News Agency|Press Agency|Wire Service)$/u;
/** A company's name by its legal form ("Harbour Foods Inc."): after an author's name, the employer, not a second author. */
const COMPANY_NAME = /^\p{Lu}[^\s,]*(?:\s[^\s,]+){0,5},?\s(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|AG|Corp|Corporation|Pty|S\.A|B\.V|N\.V|S\.p\.A|SRL|S\.L)\.?$/u;
const WITH_NAME = /,\s+(?:with|avec|mit|con|com|met|amb)\s+(?=\p{Lu}\p{Ll})/gu;

function namesIn(text: string, prefixed: boolean, dutch = false, catalan = true): string[] | null {
  const rules = headerRules();
  let line = text;
  // "Dec 17, 2025 Julian K. Arni": a date first, the names after it.
  const lead = findHeaderDates(line, false)[0];
  if (lead && lead.start <= 2) line = line.slice(lead.end).replace(rules.clockTail, '');
  // "Pieter de Vries in Vienna and Anna Kowalska in Warsaw": the places go, the names stay.
  line = line.replace((dutch ? PLACE_AFTER_NAME_NL : PLACE_AFTER_NAME).for(line), '');
  line = line.replace(DEPARTMENT_ROLE.for(line), '');
  const date = monthDayAt(line);
  if (date >= 0) line = line.slice(0, date);
  // "Par Claire Denoyelle, avec Hugo Lasserre": after a comma, "with" adds a name (not the reporting of a desk),
  // also after a list that "and" closed ("A and B, with C").
  line = line.replace(WITH_NAME, ' and ');
  for (const stop of [rules.nameStop, rules.nameStopWord, rules.nameStopSmall]) {
    const m = stop.exec(line);
    if (m) line = line.slice(0, m.index);
  }
  // What the cuts leave dangling: "Jane Doe on", "EcoFlow-", "Dr. Vahid Osman -".
  line = line.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ');
  for (let k = 0; k < 3; k++) line = trimEndOf(line, ' -–—|·•,:;').replace(DANGLING_WORD, '');
  line = line.replace(rules.nameTrailingAction, '');
  // "by jsteinhardt": after a byline word, a lone handle is a name as written.
  if (prefixed && HANDLE.for(line).test(line) && /\p{L}/u.test(line) && !isCalendarWord(line)) return [line];
  const names: string[] = [];
  // "X e Y, Gazeta Financeira": a list of names ends at its conjunction; a part after it set off by a comma is no name.
  const parts = line.split(rules.nameJoiner);
  const closedAt = enumerationEnd(line, rules.nameJoiner);
  for (const [n, raw] of parts.entries()) {
    if (closedAt >= 0 && n > closedAt && names.length >= 2) break;
    // "OMAR HADDAD Associated Press": a name in capitals, then its outlet in title case.
    const rawWords = raw.trim().split(/\s+/);
    const titleTail = rawWords.findIndex((w, k) => k >= 2 && /^\p{Lu}\p{Ll}+$/u.test(w) && rawWords.slice(0, k).every((x) => /^\p{Lu}\p{Lu}[\p{Lu}'’-]*$/u.test(x)));
    const unit = titleTail > 0 ? rawWords.slice(0, titleTail).join(' ') : raw;
    // "Jane Doe, Thornbury Courier-Post", "Jane Doe, The Daily Planet": after a full name, an outlet's name ends the names.
    if (names.some((n) => n.includes(' ')) && (rules.outletName.test(unit.trim()) || rules.outletLead.test(unit.trim()))) break;
    const part = trimEndOf(unit.trim(), '.,;:');
    if (!part) continue;
    const words = part.split(/\s+/);
    const at = words.findIndex((w) => rules.role.test(w) || isRoleCompound(w));
    if (at >= 0 || rules.role.test(part)) {
      // "Natalie Brandt Reporter", "Everfit Team": the name before the role, if any; a role
      // between names ("Jane Doe, Reporter, and John Roe") is skipped.
      // The name ends where a desk or a rank begins: "Will Judd Former Deputy Tech Editor", "Africa Ports Correspondent" (none).
      const desk = words.findIndex((w, k) => k < at && rules.beatWord.test(w));
      const before = words.slice(0, desk >= 0 ? desk : at).join(' ');
      if (names.length === 0 && at >= 1 && isName(before, true)) names.push(before);
      continue;
    }
    // "Brian Truitt USA TODAY": an outlet in capitals after a name in title case.
    const caps = words.findIndex((w, k) => k >= 2 && w.length >= 3 && /^\p{Lu}+$/u.test(w) && !/^\p{Lu}+$/u.test(words[0]!));
    const name = caps > 0 ? words.slice(0, caps).join(' ') : part;
    // A lone word after a full name is an outlet or a place ("Jane Doe, Reuters", "Gary Lindahl, Sentinel").
    const lone = !name.includes(' ');
    // "Jane Doe, Harbour Foods Inc.": the employer after a name is no second author.
    if (names.length > 0 && COMPANY_NAME.test(name)) break;
    if (isName(name, true) && !(lone && names.some((n) => n.includes(' ')))) names.push(name);
    else if (names.length > 0) break;
    else return null;
  }
  // "Per Laia Serrat i Puig", "Jordi Vilaseca i Roca": a Catalan name joins its two surnames with "i"; one
  // surname after it is no second author. (After a Nordic "Av", or before a place, "i Oslo" is "in Oslo".)
  const joined = catalan ? CATALAN_SURNAMES.exec(text.trim()) : null;
  if (names.length === 1 && joined && joined[1] === names[0] && !placeNames().has(joined[2]!.toLowerCase())) return [`${joined[1]} i ${joined[2]}`];
  return names.length > 0 ? [...new Set(names)] : null;
}
const CATALAN_SURNAMES = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+) i (\p{Lu}\p{Ll}+)$/u;

/**
 * Names from a line that declares itself a byline (a byline word first, or names before a
 * separator and a date); null otherwise. For lines the header model has not scored.
 */
export function parseByline(text: string): string[] | null {
  const reading = readByline(text);
  if (!reading) return null;
  if (reading.prefixed && reading.strong) return reading.names;
  // "Jane Doe - Nov 19, 2019, 10:31 pm" or "Jane Doe | March 3, 2025".
  const sep = /\s[-–—|·•]\s/.exec(text);
  if (sep && sep.index >= 3 && sep.index <= 60 && /\d{4}|\d{1,2}[./]\d{1,2}/.test(text.slice(sep.index))) return reading.names;
  return null;
}
