/**
 * Lexicons for topics, entities and figures: words that are never topics on their own, heads and
 * titles that mark organizations and people, currencies and scales.
 */
import { lazy, PropertyPattern } from '../lazy.js';

/** Titles before a person's name, in any mention ("Secretary", "District Judge", "Sgt."). */
const PERSON_TITLES = [
  'Vice President', 'President', 'Premier', 'Prime Minister', 'Minister', 'Secretary', 'Chancellor', 'Governor', 'Gov\\.',
  'Senator', 'Sen\\.', 'Representative', 'Rep\\.', 'Congressman', 'Congresswoman', 'Assemblyman', 'Assemblywoman', 'Assemblymember', 'Assembly Member', 'Councilmember',
  'Councillor', 'Councilor', 'Councilman', 'Councilwoman', 'Council Member', 'Alderman', 'Mayor',
  'Judge', 'Justice', 'Magistrate', 'Prosecutor', 'Attorney', 'Solicitor', 'Sheriff', 'Superintendent',
  'Inspector', 'Detective', 'Sergeant', 'Sgt\\.', 'Lieutenant', 'Lt\\.', 'Officer', 'Trooper', 'Constable',
  'General', 'Gen\\.', 'Admiral', 'Colonel', 'Col\\.', 'Captain', 'Capt\\.', 'Commander',
  'Chief Executive', 'CEO', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Director', 'Commissioner', 'Ambassador',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Dr\\.', 'Mr\\.', 'Mrs\\.', 'Ms\\.', 'Professor', 'Prof\\.',
  // British and Commonwealth style writes the short titles without a full stop ("Mr Obi", "Dr Shah").
  'Dr', 'Mr', 'Mrs', 'Ms', 'Prof',
  'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Sheikh', 'Deputy', 'Bishop', 'Archbishop', 'Rabbi', 'Imam',
  'Reverend', 'Rev\\.', 'Pastor', 'Treasurer', 'Comptroller', 'Founder', 'Speaker', 'MP', 'MEP', 'MSP', 'MLA',
  // Councillors and members of parliaments elsewhere: "Cllr Shabana Hussain", "TD Gerry Fahy" (Ireland), MLC, MPP, MNA, MHK.
  'Cllr', 'Cllr\\.', 'TD', 'MHK', 'MLC', 'MPP', 'MNA',
].join('|');
/** Words that read as a title only where compromise left them before a name ("Coach", "Analyst"). */
const LEADING_ONLY_TITLES = ['Chief', 'Executive', 'Owner', 'Manager', 'City Manager', 'City Engineer', 'Engineer', 'City Clerk', 'Clerk', 'Administrator', 'Coach', 'Analyst', 'Economist'].join('|');

/** U.S. states and the abbreviations AP style writes in datelines (states of five letters or fewer have none). */
const AP_STATES: readonly (readonly [string, string])[] = [
  ['Alabama', 'Ala.'], ['Arizona', 'Ariz.'], ['Arkansas', 'Ark.'], ['California', 'Calif.'], ['Colorado', 'Colo.'], ['Connecticut', 'Conn.'],
  ['Delaware', 'Del.'], ['Florida', 'Fla.'], ['Georgia', 'Ga.'], ['Illinois', 'Ill.'], ['Indiana', 'Ind.'], ['Kansas', 'Kan.'], ['Kentucky', 'Ky.'],
  ['Louisiana', 'La.'], ['Maryland', 'Md.'], ['Massachusetts', 'Mass.'], ['Michigan', 'Mich.'], ['Minnesota', 'Minn.'], ['Mississippi', 'Miss.'],
  ['Missouri', 'Mo.'], ['Montana', 'Mont.'], ['Nebraska', 'Neb.'], ['Nevada', 'Nev.'], ['New Hampshire', 'N.H.'], ['New Jersey', 'N.J.'],
  ['New Mexico', 'N.M.'], ['New York', 'N.Y.'], ['North Carolina', 'N.C.'], ['North Dakota', 'N.D.'], ['Oklahoma', 'Okla.'], ['Oregon', 'Ore.'],
  ['Pennsylvania', 'Pa.'], ['Rhode Island', 'R.I.'], ['South Carolina', 'S.C.'], ['South Dakota', 'S.D.'], ['Tennessee', 'Tenn.'], ['Vermont', 'Vt.'],
  ['Virginia', 'Va.'], ['Washington', 'Wash.'], ['West Virginia', 'W.Va.'], ['Wisconsin', 'Wis.'], ['Wyoming', 'Wyo.'],
];

export const nlpRules = lazy(() => {
  const ORG_HEAD = /\b(?:Ministry|Department|Commission|Committee|Council|Bank|Agency|Authority|Administration|Bureau|Office|Institute|University|College|School|Association|Federation|Union|Party|Court|Parliament|Congress|Senate|Assembly|Board|Fund|Foundation|Trust|Corporation|Corp\.?|Company|Co\.?|Inc\.?|Ltd\.?|LLC|PLC|plc|AG|SA|GmbH|Group|Holdings|Airlines|Airways|Motors|Systems|Technologies|Technology|Partners|Capital|Exchange|Reserve|Service|Services|Police|Army|Navy|Force|Forces|Organization|Organisation|Network|Times|Post|News|Press|Media|Journal|Energy|Petroleum|Oil|Pharmaceuticals|Labs|Laboratory|Laboratories|Observatory|Securities|Semiconductors?|Cruises|Audio|Water|Air|Minerals|Research|Cooperative|Monitor|Retail|Markets|Foods|Pharma|Insurance|Banks|Ventures|Studios|Entertainment|Robotics|Electric|Power|Powergrid|Utilities|Telecom|Communications|Logistics|Shipping|Lines|Railways?|Transit|Chamber(?: of [A-Z][a-z]+)?|Tribunal|Commission|Regulator|Watch|Alliance|Coalition|Initiative|Center|Centre|Elementary|Primary|Academy|Club|United|League|FC|SC|AFC|CF|Athletic|Rovers|Wanderers|Freight|Microsystems|Photonics)\b/;
  return {
    /** Nouns too generic to tag an article with, alone. */
    /** Past tenses the lexicon knows only as nouns: after a noun and before a figure, an adverb or a preposition they are the verb ("revenue rose 5%"). */
    pastTenseNoun: new Set(['rose', 'saw']),
    genericNoun: new Set(
      ('year years month months week weeks day days time times today people thing things way ways lot lots part parts number numbers ' +
        'percent per cent cent cents official officials statement statements report reports spokesman spokeswoman spokesperson source sources ' +
        'company companies firm firms group groups government governments country countries world plan plans issue issues state states ' +
        'case cases point points end start side sides place places use area areas kind sort fact facts move moves deal deals effort efforts ' +
        'man men woman women person others other one ones many most some all any each something anything nothing everything someone anyone ' +
        'mr mrs ms dr last next first second third new old high low more less least much million billion trillion thousand hundred dozen ' +
        'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
        'morning evening night afternoon weekend decade century quarter half level levels rate rates amount share shares price prices ' +
        'news story stories article articles interview interviews comment comments analyst analysts expert experts member members leader leaders ' +
        'director directors executive executives chief head president minister secretary chairman chairwoman ' +
        'study studies development developments glance summary hearing hearings treatment research researchers scientists survey data result results ' +
        'spokesman spokesmen spokeswoman residents authorities agency department city town area region service problem problems question questions ' +
        'reason reasons change changes list support effect effects impact cost costs system systems work job jobs life lives home homes family families ' +
        // A change or a step, named alone: what rose or was cut is the topic, not the rising.
        'cut cuts rise rises fall falls drop drops gain gains increase increases decline declines hold stretch bet bets threat threats ' +
        'meeting meetings sale sales site sites phase phases pause record records forecast forecasts reduction outlook step steps').split(/\s+/),
    ),
    /** Function words the tagger sometimes calls nouns or adjectives ("against", "down"). */
    stopword: new Set(
      ('a about above across after against along amid among around as at away back before behind below beneath beside besides between beyond but by ' +
        'despite down during except for from in inside into like near nearby off on onto out outside over past per since than through throughout till to toward ' +
        'towards under underneath unlike until up upon versus via with within without yet also just even still already again ever never not no nor so too very ' +
        'here there where when why how what which who whom whose whether while although though because if unless however thus therefore meanwhile ' +
        'run said says say according including include includes included such').split(/\s+/),
    ),
    /** Words that cannot begin or end a keyphrase. */
    edgeWord: /^(?:the|a|an|this|that|these|those|its|his|her|their|our|your|my|some|any|all|both|each|every|other|such|more|most|less|many|much|several|few|own|same|new|former|current|recent|last|next|first|second|third|early|late|mid|top|key|major|main|big|small|large|further|total|overall|about|over|nearly|almost|around|only|also|just|very|\d[\d,.]*|%|percent)$/i,

    /** "undamaged", "unidentified": a negated participle describes a thing rather than an action. */
    negatedParticiple: /^(?:un|non)[a-z]{3,}(?:ed|en)$/,
    /** Upper-case acronyms that are places, not pronouns or organizations ("US", "UK"). */
    placeAcronym: new Set(['US', 'UK', 'LA', 'NY', 'DC', 'GB', 'UAE', 'NYC']),
    /** Month names: capitalized "March" and "May" are months, not verbs or modals. */
    monthName: new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ')),
    /** Words that end a street's or a square's name: a place, whoever the tagger thought it was ("North Main Street"). */
    thoroughfareAtEnd: / (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Highway|Square|Plaza|Parkway|Bridge)$/,
    /** Every head in a text (organization names are read around them, in code); the one compiled form of the list. */
    orgHeadAll: new RegExp(ORG_HEAD.source, 'g'),
    /** Lower-case or generic phrases compromise mislabels as organizations ("Chinese company"). */
    notOrg: /^(?:(?:the )?(?:[a-z]+ )*(?:company|companies|firm|group|bank|ministry|government|agency|department|court|party|union|police|army|council|committee|board|office)s?|[A-Z][a-z]+(?:an|ese|ish|i) (?:company|companies|firm|firms|group|groups|bank|banks|government|officials?|authorities))$/,
    /** Verbs a person speaks with: a capitalised word before them is someone's name ("Matos said"). */
    speakingVerbs: 'said|says|told|added|explained|recalled|wrote|asked|replied',
    /** A word that opens a clause, capitalised where a sentence begins, before a name: "But Kennedy", "At Syracuse University". */
    clauseOpener: new PropertyPattern(/^(?:But|And|Or|So|Yet|If|When|While|Because|Although|Though|Since|Unless|Whether|For|In|At|On|From|With|By|This|That|These|Those|After|Before|During|As|Of|To)\s+(?=\p{Lu})/u),
    /** Titles that precede a person's name. */
    personTitle: new PropertyPattern(new RegExp(`\\b(?:${PERSON_TITLES})\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)`, 'gu')),
    /** A role in lower case before a full name: "director Hal Wentworth", "chief executive Ana Ruiz". */
    roleBeforeName: new PropertyPattern(/\b(?:director|chief executive|chairman|chairwoman|spokesman|spokeswoman|spokesperson|coach|manager|professor|economist|analyst|founder|editor|author|singer|actor|actress|novelist|writer|lawyer|striker|goalkeeper|midfielder|defender|captain|dr|mayor|senator|judge)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu),
    /**
     * What stands before a person's name in a mention: an owner's possessive ("Fed's Lena Marsh")
     * and titles, each with up to two capitalised words that qualify it ("Transportation Secretary",
     * "Federal Reserve Governor", "District Judge"). May match nothing.
     */
    leadingTitle: new PropertyPattern(new RegExp(`^(?:\\p{Lu}[\\p{L}.]*['’]s\\s+)?(?:(?:\\p{Lu}[\\p{L}-]+\\s+){0,3}?(?:${PERSON_TITLES}|${LEADING_ONLY_TITLES})\\s+)*`, 'u')),
    /** Every word of the titles above ("Gov.", "Vice", "President"): a name holding none has no title. */
    titleWords: new Set([PERSON_TITLES, LEADING_ONLY_TITLES].join('|').replaceAll('\\.', '.').split(/[| ]/)),
    /** Capitalised words that describe an organization at a sentence's start ("Chipmaker Orrin Systems"). */
    /** Units and scales a figure carries: no topic of their own ("bn", "basis points"). */
    unitPhrase: /^(?:bn|mn|m|k|million|billion|trillion|basis points?|bps?|percent|per cent|percentage points?|pp)$/i,
    /** A newsletter's greeting or sign-off is no topic ("Good morning"). */
    greetingPhrase: /^(?:good (?:morning|afternoon|evening|night)|happy (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holidays)|welcome back|see you)$/i,
    orgDescriptor: new PropertyPattern(/^(?:A|An|Former|Rival|Chipmaker|Carmaker|Automaker|Retailer|Lender|Insurer|Broker|Brokerage|Miner|Airline|Startup|Start-up|Regulator|Operator|Developer|Builder|Homebuilder|Supplier|Manufacturer|Conglomerate|Utility|Publisher|Broadcaster|Streamer|Grocer|Drugmaker|Nonprofit)\s+(?=\p{Lu})/u),
    /**
     * Capitals that name no person, place or organization, by kind: time zones, economic measures
     * and everyday abbreviations (currency codes are `currencyCode`). The tagger calls them
     * organizations ("GDP", "GMT", "EV").
     */
    notNameAcronym: new Set([
      ...'GMT UTC BST CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT ET PT CT AEST AEDT IST JST KST HKT SGT'.split(' '),
      ...'GDP GNP CPI PPI PMI PCE VAT IPO ETF ETFS EPS ROI YOY QOQ'.split(' '),
      ...'ID EV AI TV PR PM AM MP CEO CFO COO CTO HQ FAQ PDF URL DIY RSVP ASAP FYI'.split(' '),
      // Technology and product abbreviations.
      ...'PC SUV LED LCD OLED GPS HVAC AWD RWD FWD VR ECG EKG MRI USB HDMI SSD HDD CPU GPU RAM DVD NAS IPS WLTP ICT IQ'.split(' '),
      // Computing, web and business abbreviations: what a page is about, never who.
      ...'IT API UI UX ML LLM NLP SEO SEM SERP PPC CTR CTA CRM CMS ERP SaaS SLA KPI QA HR B2B B2C'.split(' '),
      ...'SQL HTML CSS JSON XML CSV HTTP HTTPS DNS VPN TLS SSL MFA SSO IP ISP OS CLI IDE ORM DOM RSS ETL CI CD DB'.split(' '),
      ...'GB MB TB KB HD HDR DPI DSLR AR AV SMS NFT PCB PVC POS CAGR'.split(' '),
      // Study, health and fitness abbreviations.
      ...'MBA GPA ADHD HIIT EQ BMI'.split(' '),
    ]),
    /** Abbreviations that begin a place's name, before its period ("St. Louis", "Mt. Hood", "Ft. Worth"). */
    placePrefixAbbreviation: new Set(['st', 'ste', 'mt', 'ft']),
    /** Country acronyms and short names compromise may miss or call organizations. */
    countryAcronym: new PropertyPattern(/(?<![\p{L}.])(?:U\.S\.|U\.K\.|US|UK|UAE|U\.A\.E\.)(?![\p{L}])/gu),
    /** "said Jane Doe", "Jane Doe said". */
    saidPerson: new PropertyPattern(/\b(?:said|says|told|according to)\s((?:\p{Lu}[\p{L}'’-]{1,30}\s){1,2}\p{Lu}[\p{L}'’-]{1,30})\b/gu),
    /** "Jane Doe said": the name is read backwards from the verb, in code. */
    saidAfter: /,?\s(?:said|says|told)\b/gu,
    nameWords: new PropertyPattern(/^(?:\p{Lu}[\p{L}'’-]{1,30}\s){1,2}\p{Lu}[\p{L}'’-]{1,30}$/u),

    /** Spellings of one place or body that are the same entity. */
    aliases: [
      ['U.S.', 'US', 'United States', 'U.S.A.', 'USA', 'United States of America', 'America'],
      ['U.K.', 'UK', 'United Kingdom', 'Britain', 'Great Britain'],
      ['E.U.', 'EU', 'European Union'],
      ['U.N.', 'UN', 'United Nations'],
      ['UAE', 'U.A.E.', 'United Arab Emirates'],
      // U.S. states as AP-style datelines abbreviate them ("CRISFIELD, Md. -").
      ...AP_STATES.map(([name, abbreviation]) => [name, abbreviation]),
    ] as string[][],

    /** Currencies: symbol or word -> ISO 4217. */
    /** Letters written before an amount as a sign ("Rs 312 crore", "N45bn", "R87 million"); the lone letters only with a scale or grouped thousands. */
    currencyLetters: { Shs: 'UGX', ZiG: 'ZWG', 'S/': 'PEN', 'S/.': 'PEN', 'Bs.': 'VES', Bs: 'VES', 'RD$': 'DOP', '₡': 'CRC', Q: 'GTQ', Rs: 'INR', 'Rs.': 'INR', N: 'NGN', R: 'ZAR', KSh: 'KES', Ksh: 'KES', Sh: 'KES', P: 'PHP', Php: 'PHP', RM: 'MYR', Rp: 'IDR', 'Rp.': 'IDR', 'GH¢': 'GHS', 'GH₵': 'GHS', '₵': 'GHS', 'J$': 'JMD', 'TT$': 'TTD', 'EC$': 'XCD', 'NT$': 'TWD', 'Tk': 'BDT', Dh: 'AED', Dhs: 'AED', SR: 'SAR', QR: 'QAR' } as Record<string, string>,
    currencySymbol: { $: 'USD', US$: 'USD', 'C$': 'CAD', 'A$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₦': 'NGN', 'R$': 'BRL', '₽': 'RUB', '₺': 'TRY', '₱': 'PHP', 'CHF': 'CHF' } as Record<string, string>,
    currencyWord: {
      // Rupees in Hindi, Marathi, Bengali, Tamil, Gujarati, Punjabi and Telugu; Bangladeshi taka in Bengali; the Thai baht, and
      // "ล้านบาท" (a million baht, written as one word).
      // Urdu, Persian and Arabic: rupees, tomans, Afghanis, dollars; rials, dinars and dirhams name several currencies.
      shilingi: '', shilin: '', 'ብር': 'ETB', dola: 'USD',
      'روپے': 'PKR', 'روپیہ': 'PKR', 'تومان': 'IRR', 'افغانی': 'AFN', 'ڈالر': 'USD', 'دلار': 'USD', 'دولار': 'USD', 'ریال': '', 'ريال': '', 'دينار': '', 'دینار': '', 'درهم': '', 'جنيه': '', 'يورو': 'EUR', 'یورو': 'EUR',
      'रुपये': 'INR', 'रुपए': 'INR', 'रुपया': 'INR', 'রুপি': 'INR', 'টাকা': 'BDT', 'ரூபாய்': 'INR', 'રૂપિયા': 'INR', 'ਰੁਪਏ': 'INR', 'రూపాయలు': 'INR', 'บาท': 'THB', 'ล้านบาท': 'THB',
      kobo: '', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
      yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', won: 'KRW', rupee: 'INR', rupees: 'INR', rupiah: 'IDR', ringgit: 'MYR', sen: '', cedi: 'GHS', cedis: 'GHS', taka: 'BDT', baht: 'THB',
      peso: 'MXN', pesos: 'MXN', real: 'BRL', reais: 'BRL', rand: 'ZAR', franc: 'CHF', francs: 'CHF', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK',
      'swedish kronor': 'SEK', 'swedish krona': 'SEK', 'norwegian kroner': 'NOK', 'danish kroner': 'DKK', 'swiss francs': 'CHF', 'cfa francs': 'XOF', 'cfa franc': 'XOF', 'canadian dollars': 'CAD', 'australian dollars': 'AUD',
      'swedish crowns': 'SEK', 'norwegian crowns': 'NOK', 'danish crowns': 'DKK', 'czech crowns': 'CZK', crowns: '', crown: '', 'hong kong dollars': 'HKD', 'new taiwan dollars': 'TWD', 'taiwan dollars': 'TWD', dirhams: 'AED', dirham: 'AED', riyals: 'SAR', riyal: 'SAR', lira: 'TRY', roubles: 'RUB', rubles: 'RUB', naira: 'NGN', shillings: 'KES', shilling: 'KES', dong: 'VND', zloty: 'PLN', cents: '', cent: '', lei: 'RON', leu: 'RON', koruna: 'CZK', korun: 'CZK', forint: 'HUF',
    } as Record<string, string>,
    /** Words before "55 pounds" that make it a weight ("raise the weight limit from 55 pounds"), and words after it ("5 pounds of flour", "per square inch"). */
    poundsWeightBefore: /\b(?:weigh\w*|weight|heav(?:y|ier|iest)|light(?:er|est)|payload|loads?|lift\w*|carr(?:y|ies|ying)|mass|capacity|gain\w*|lost|lose|losing|shed\w*|bench|squat\w*|deadlift\w*)\b/,
    poundsWeightAfter: /^\s+(?:of|per)\b/,
    currencyCode: /^(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|NZD|HKD|SGD|INR|KRW|SEK|NOK|DKK|BRL|MXN|ZAR|RUB|TRY|IDR|MYR|THB|PHP|VND|AED|SAR|PLN|KES|NGN|TWD|CZK|RON|HUF|LKR|PKR|BDT|QAR|KWD|OMR|EGP|GHS|UGX|TZS|MAD|ARS|CLP|COP|PEN|UAH|ILS)$/,
    /** CJK number units, written between the digits of one amount ("1兆2000億円", "9억5000만달러", "5000万元"). ja, zh, ko. */
    cjkScale: { 百: 1e2, 千: 1e3, 천: 1e3, 万: 1e4, 萬: 1e4, 만: 1e4, 億: 1e8, 亿: 1e8, 억: 1e8, 兆: 1e12, 조: 1e12 } as Record<string, number>,
    /** CJK currency words after the amount; "元" is read as the yuan (a Taiwanese page's "元" is the dollar). ja, zh, ko. */
    cjkCurrency: { 円: 'JPY', 日元: 'JPY', 엔: 'JPY', 元: 'CNY', 人民币: 'CNY', 人民幣: 'CNY', 위안: 'CNY', 원: 'KRW', 韩元: 'KRW', 韓元: 'KRW', ドル: 'USD', 달러: 'USD', 美元: 'USD', ユーロ: 'EUR', 유로: 'EUR', 欧元: 'EUR', 歐元: 'EUR', 新台币: 'TWD', 新台幣: 'TWD' } as Record<string, string>,
    // Malay writes the decimal point: 'RM2.5 bilion', '1.2 juta'.
    /** Scale words; "mil" and "bil" are read only written tight after a currency's letters ("RM480mil"): a Spanish or Portuguese "mil" is a thousand. */
    // Crores and lakhs in the Indian scripts (with the nukta composed or not: "करोड़"), the Thai million.
    // Swahili, Somali and Hausa; Amharic.
    scale: { bilioni: 1e9, milioni: 1e6, bilyan: 1e9, milyan: 1e6, biliyan: 1e9, miliyan: 1e6, 'ቢሊዮን': 1e9, 'ሚሊዮን': 1e6, 'ہزار': 1e3, 'هزار': 1e3, 'ألف': 1e3, 'آلاف': 1e3, 'لاکھ': 1e5, 'کروڑ': 1e7, 'ارب': 1e9, 'میلیون': 1e6, 'مليون': 1e6, 'ملايين': 1e6, 'میلیارد': 1e9, 'مليار': 1e9, 'مليارات': 1e9, 'करोड\u093c': 1e7, 'करो\u095c': 1e7, 'करोड': 1e7, 'लाख': 1e5, 'কোটি': 1e7, 'লক্ষ': 1e5, 'লাখ': 1e5, 'கோடி': 1e7, 'லட்சம்': 1e5, 'કરોડ': 1e7, 'લાખ': 1e5, 'ਕਰੋੜ': 1e7, 'ਲੱਖ': 1e5, 'కోట్ల': 1e7, 'కోటి': 1e7, 'లక్షల': 1e5, 'ล้าน': 1e6, 'lakh crore': 1e12, bilion: 1e9, juta: 1e6, trilion: 1e12, ribu: 1e3, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, crore: 1e7, lakh: 1e5, mil: 1e6, bil: 1e9 } as Record<string, number>,

    /** Languages that write a decimal comma and group thousands with a dot or a space ("12,4", "180.000", "3 000"). */
    decimalCommaLang: new Set(['uz', 'kk', 'be', 'mk', 'az', 'sq', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ca', 'gl', 'eu', 'da', 'sv', 'no', 'nb', 'nn', 'fi', 'is', 'et', 'lv', 'lt', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'ro', 'hu', 'ru', 'uk', 'el', 'tr', 'id', 'vi']),
    /** Their scale words (lower case; German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Polish). */
    scaleDecimalComma: {
      tausend: 1e3, mille: 1e3, mila: 1e3, mil: 1e3, duizend: 1e3, tys: 1e3, 'tys.': 1e3,
      million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, millions: 1e6, millones: 1e6, 'millón': 1e6, milioni: 1e6, milione: 1e6, 'milhões': 1e6, 'milhão': 1e6, miljoen: 1e6, miljoner: 1e6, miljon: 1e6, millioner: 1e6, mln: 1e6, 'mln.': 1e6,
      milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, 'mil millones': 1e9, 'miles de millones': 1e9, miliardi: 1e9, miliardo: 1e9, 'mil milhões': 1e9, 'bilhões': 1e9, 'bilhão': 1e9, miljard: 1e9, miljarder: 1e9, milliarder: 1e9, mld: 1e9, 'mld.': 1e9,
      billionen: 1e12, billion: 1e12,
      // Czech, Romanian, Finnish ("350 tisíc korun", "4,2 mil. Kč", "64,5 milioane de lei", "2,4 miljoonan euron").
      // Russian, Ukrainian and Turkish ('1,2 млрд рублей', '450 млн гривень', '2,5 milyar lira').
      'тыс.': 1e3, 'тис.': 1e3, 'трлн': 1e12, 'трлн.': 1e12, mlrd: 1e9, 'млн': 1e6, 'млн.': 1e6, 'млрд': 1e9, 'млрд.': 1e9, bin: 1e3, milyon: 1e6, milyar: 1e9,
      'tisíc': 1e3, 'tis.': 1e3, milion: 1e6, milionu: 1e6, 'milionů': 1e6, miliony: 1e6, 'mil.': 1e6, miliard: 1e9, miliardy: 1e9, miliardu: 1e9,
      mii: 1e3, milioane: 1e6, miliarde: 1e9, tuhatta: 1e3, miljoonaa: 1e6, miljoonan: 1e6, miljoona: 1e6, miljardia: 1e9, miljardin: 1e9,
      // Slovak, Hungarian, and Finnish in more cases ("12 miliónov eur", "3,5 milliárd forint", "46 miljoonalla eurolla").
      'miliónov': 1e6, 'milióny': 1e6, 'milióna': 1e6, 'milión': 1e6, 'miliárd': 1e9, ezer: 1e3, 'millió': 1e6, 'milliárd': 1e9,
      miljoonalla: 1e6, miljoonaan: 1e6, miljardilla: 1e9, miljardiin: 1e9,
      // Slovenian, Croatian, Estonian and Lithuanian ("1,2 milijona evrov", "3 milijuna eura", "1,1 miljonit eurot", "1,2 mln. eurų").
      milijon: 1e6, milijona: 1e6, milijonov: 1e6, milijarda: 1e9, milijard: 1e9, milijarde: 1e9, milijun: 1e6, milijuna: 1e6, milijardi: 1e9, 'tisuća': 1e3,
      // Greek, Bulgarian and Serbian ("30 εκατ. ευρώ", "86,3 млн. лв.", "120 miliona dinara").
      'χιλ.': 1e3, 'εκατ.': 1e6, 'εκατομμύρια': 1e6, 'δισ.': 1e9, 'δισεκατομμύρια': 1e9, 'хил.': 1e3, 'милиона': 1e6, 'милиарда': 1e9, miliona: 1e6,
      miljonit: 1e6, miljonile: 1e6, miljardit: 1e9, 'milijonų': 1e6, milijonai: 1e6, 'milijardų': 1e9, 'tūkst.': 1e3,
      // Indonesian and Vietnamese ('Rp 5 triliun', '1,6 miliar', '35.600 tỷ đồng', '2,5 triệu'); Malay, which our
      // language detection reads as Indonesian ('RM2.5 bilion').
      ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12, bilion: 1e9, trilion: 1e12, 'nghìn': 1e3, 'ngàn': 1e3, 'triệu': 1e6, 'tỷ': 1e9, 'tỉ': 1e9,
    } as Record<string, number>,
    /** Their currency words ('' where the word names no one currency). */
    currencyWordDecimalComma: {
      euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', 'dólares': 'USD', 'dólar': 'USD', dollari: 'USD', franken: 'CHF', francs: '', francos: '', franchi: 'CHF',
      // Swiss francs written "Fr." after the amount ("212 Mio. Fr.", "3.40 Fr.").
      'fr.': 'CHF',
      pfund: 'GBP', livres: 'GBP', libras: 'GBP', sterline: 'GBP', kronen: '', kronor: 'SEK', kroner: '', 'kr.': '', kr: '', couronnes: '', coronas: '', corone: '', 'złotych': 'PLN', 'zł': 'PLN',
      rubel: 'RUB', rubles: 'RUB', roubles: 'RUB', yuan: 'CNY', yen: 'JPY', yens: 'JPY', pesos: '', 'reais': 'BRL', 'real': 'BRL',
      // Mexican press: "38,240 mdp" (millones de pesos), "120 mdd" (millones de dólares).
      mdp: 'MXN', mdd: 'USD',
      korun: 'CZK', koruny: 'CZK', korunu: 'CZK', 'kč': 'CZK', lei: 'RON', leu: 'RON', euron: 'EUR', euroa: 'EUR',
      eur: 'EUR', eurolla: 'EUR', euroon: 'EUR', evrov: 'EUR', evra: 'EUR', evrih: 'EUR', eura: 'EUR', eurot: 'EUR', eurost: 'EUR', 'eurų': 'EUR', eurai: 'EUR', eurais: 'EUR', forint: 'HUF', forintot: 'HUF', forinttal: 'HUF', forintba: 'HUF', ft: 'HUF',
      // West and Central African CFA francs, the kwanza, the metical; Russian, Ukrainian and Turkish words.
      'francs cfa': 'XOF', 'franc cfa': 'XOF', fcfa: 'XOF', 'f cfa': 'XOF', kwanzas: 'AOA', kwanza: 'AOA', kz: 'AOA', meticais: 'MZN', metical: 'MZN',
      'рублей': 'RUB', 'рубля': 'RUB', 'рубль': 'RUB', 'руб.': 'RUB', 'гривень': 'UAH', 'гривні': 'UAH', 'гривня': 'UAH', 'грн': 'UAH', 'грн.': 'UAH',
      // Indonesian and Vietnamese.
      // Latin American centavos, kopecks (hundredths, as cents are); soles, bolívares, quetzales, colones; the Kazakh tenge, the Uzbek som; Tunisian and Algerian dinars; sterling in French.
      centavos: '', 'céntimos': '', 'копеек': '', 'копейки': '', 'копейка': '', soles: 'PEN', 'bolívares': 'VES', quetzales: 'GTQ', colones: 'CRC', 'тенге': 'KZT', 'теңге': 'KZT', "so'm": 'UZS', 'soʻm': 'UZS', 'сум': 'UZS', dinars: '', 'livres sterling': 'GBP',
      rupiah: 'IDR', 'đồng': 'VND', 'đô la': 'USD', 'usd': 'USD',
      // Greek, Bulgarian and Serbian ("8 ευρώ", "1077 лв.", "50.000 dinara").
      'ευρώ': 'EUR', 'лв': 'BGN', 'лв.': 'BGN', 'лева': 'BGN', 'лев': 'BGN', dinara: 'RSD', dinar: 'RSD', dinari: 'RSD', 'динара': 'RSD',
      'евро': 'EUR', 'євро': 'EUR', 'долларов': 'USD', 'доллара': 'USD', 'доларів': 'USD', 'долара': 'USD', lira: 'TRY', 'liralık': 'TRY', tl: 'TRY', dolar: 'USD', 'dolarlık': 'USD', avro: 'EUR',
    } as Record<string, string>,
    /** Their words for per cent and for basis points. */
    percentDecimalComma: 'процентов|процента|процент|відсотків|відсотка|відсоток|пайыз|foiz|persen|peratus|phần trăm|prozent|pour cent|por ciento|per cento|por cento|procent|prosent|prosenttia|procenta|procento|procentu|proc\\.|la sută|percenta|percent|százalékkal|százalékát|százaléka|százalékos|százalék|posto|postotaka|postotak|odsto|одсто|посто|τοις εκατό|на сто|odstotkov|odstotka|odstotke|odstotek|protsenti|protsendi|protsent|procentų|procentais|procentai|procente',
    basisPointsDecimalComma: 'базисных пунктов|базисных пункта|базисный пункт|б\\.\\s?п\\.|basis poin|điểm cơ bản|basispunkte|basispunkten|points? de base|puntos básicos|punti base|pontos base|basispunten|punkty bazowe',
  };
});

/**
 * Names on pages in other languages (src/nlp/names-intl.ts): the words that type a run of
 * capitalised words, by concept, in de, fr, es, it, pt, nl, the Nordic languages, pl and cs.
 */
export const intlNameRules = lazy(() => ({
  /** Capitalised titles opening a name ("Bürgermeisterin Katrin Möller", "Mme Dupont", "Sra. Ruiz"). */
  titleBefore: new PropertyPattern(/^(?:(?:\p{Lu}\p{Ll}+(?:chef|chefin|leiter|leiterin|sprecher|sprecherin|direktor|direktorin|präsident|präsidentin|ministerin|minister|vorsitzender|vorsitzende|trainer|trainerin)|Herr|Frau|Dr\.|Prof\.|(?:Ober)?[Bb]ürgermeister(?:in)?|Minister(?:in)?|Ministerpräsident(?:in)?|(?:Bundes)?[Kk]anzler(?:in)?|Präsident(?:in)?|Landrat|Landrätin|Senator(?:in)?|Monsieur|Madame|M\.|Mme|Maître|Señor|Señora|Sr\.|Sra\.|Don|Doña|Signor|Signora|Sig\.|Senhor|Senhora|Dona|Pan|Pani|Papst|Pape|Papa)\s+)+/u),
  /** A role in lower case right before a name ("le maire Paul Guérin", "la alcaldesa Clara Brugada"). */
  titleAtEnd: /(?:^|\s)(?:maire|ministre|présidente?|presidente|directeur|directrice|porte-parole|préfète?|députée?|sénat(?:eur|rice)|alcaldesa|alcalde|presidenta|ministr[oa]|director[a]?|portavoz|consejer[oa]|sindac[oa]|assessore|prefett[oa]|prefeit[oa]|governador[a]?|secretári[oa]|deputad[oa]|vereador[a]?|burgemeester|wethouder|minister|voorzitter|woordvoerder|borgmästare|ordförande|statsminister|borgermester|ordfører|burmistrz|prezydent|premier|rzecznik|starosta|primátor|hejtman|ministr|mluvčí|ředitel(?:ka)?|entrenador|allenatore|treinador|técnico|trainer|sprecherin|sprecher|chef(?:fe)?|jef[ea]|chefe)\s+$/iu,
  /** A verb of saying before the name ("sagte Ralf Henning", "selon Thomas Lenoir", "dijo la ministra Ana Ruiz"). */
  saidBefore: /(?:^|[\s,])(?:sagte|sagt|erklärte|betonte|meinte|so|laut|selon|explique|déclare|indique|précise|confie|estime|ajoute|souligne|según|dijo|afirmó|explicó|señaló|aseguró|indicó|secondo|ha detto|ha spiegato|disse|afirmou|explicou|segundo|zei|zegt|volgens|enligt|säger|sa|ifølge|sier|siger|sagde|według|powiedział[a]?|podle|řekl[a]?|uvedl[a]?)\s+(?:(?:der|die|le|la|el|il|o|a|de|het)\s+\p{Ll}+\s+)?$/iu,
  /** A verb of saying after the name ("Ralf Henning sagte", "Thomas Lenoir a déclaré"). */
  saidAfter: /^,?\s(?:sagte|sagt|erklärte|betonte|meinte|a déclaré|a expliqué|a indiqué|a affirmé|a dit|a souligné|dijo|afirmó|explicó|señaló|aseguró|indicó|ha detto|ha spiegato|ha dichiarato|ha affermato|disse|afirmou|explicou|declarou|zei|zegt|verklaarde|sa|säger|sier|siger|sagde|powiedział[a]?|řekl[a]?|uvedl[a]?|dedi|söyledi|mengatakan|ujar)(?![\wÀ-ɏ])/iu,
  /** A word that types a run of capitals as an organization ("Ministerio de Trabajo", "NordWest Direktbank"). */
  organizationWord: /^(?:Ministerium|Ministère|Ministerio|Ministero|Ministério|Ministerie|Ministerstwo|Ministerstvo|Bank|Banque|Banco|Banca|Universität|Université|Universidad|Università|Universidade|Universiteit|Universitet|Uniwersytet|Partei|Parti|Partido|Partito|Partij|Verband|Association|Asociación|Associazione|Associação|Vereniging|Förening|Forening|Gesellschaft|Société|Sociedad|Società|Sociedade|GmbH|AG|SA|SpA|S\.A\.|S\.p\.A\.|Ltda|BV|NV|AB|ASA|Oy|Stiftung|Fondation|Fundación|Fondazione|Fundação|Stichting|Agentur|Agence|Agencia|Agenzia|Agência|Polizei|Police|Policía|Polizia|Polícia|Politie|Polisen|Politiet|Policja|Gericht|Tribunal|Tribunale|Rechtbank|Conseil|Consejo|Consiglio|Conselho|Raad|Senat|Sénat|Senado|Senato|Parlament|Parlement|Parlamento|Kommission|Commission|Comisión|Commissione|Comissão|Gruppe|Groupe|Grupo|Gruppo|Groep|Institut|Instituto|Istituto|Zentrum|Centre|Centro|Klinikum|Hospital|Hôpital|Ospedale|Verein|Club|Klub|FC|SV|CF|Ayuntamiento|Comune|Prefeitura|Gemeente|Kommune|Kommun|Gmina|Mairie|Bundestag|Bundesrat|Landtag|Assemblée|Asamblea|Assemblea|Gobierno|Gouvernement|Governo|Regierung|Regering|Sindicato|Syndicat|Gewerkschaft|Vakbond|Konzern|Holding|Airlines|Energie|Énergie|Energía|Energia|Telecom|Bahn|Verlag|Éditions|Ediciones|Edizioni|Films|Productions|Studios?|\p{Lu}\p{Ll}+(?:bank|werke|ministerium|amt|verband|partei|gesellschaft|gruppe|stiftung|kasse|versicherung|klinikum|bahn|gericht|behörde|agentur|konzern|dienst|verein))$/u,
  /** Capitals that name no organization (time zones, measures, everyday abbreviations, as in English). */
  notOrganization: new Set([...nlpRules().notNameAcronym, 'MEZ', 'MESZ', 'UHR', 'TVA', 'IVA', 'MWST', 'PIB', 'BIP', 'IPC', 'KI', 'IA', 'PDF']),
  /** Languages that capitalise every noun: a capitalised word there is no name by its capital. */
  capitalisedNouns: new Set(['de', 'lb']),
  /** A preposition of place before a single name ("à Marseille", "en Sevilla", "nel Valdarno", "i Lund"). */
  placePreposition: /(?:^|\s)(?:à|en|em|nel|nella|nello|i|w|we|ve|v|in|aus|nach|près de|cerca de|vicino a|perto de|bij|nära|ved)\s$/u,
  /** German place names by their endings ("Hildesheim", "Weserhausen", "Wolfsburg"): after "in", "aus", "nach". */
  placeNameEnding: /\p{Ll}(?:heim|hausen|burg|dorf|berg|feld|ingen|leben|rode|hagen|walde|bach|stedt|stadt|brück|münde)$/u,
  /** Words that open a sentence in capitals and open no name ("Der Stadtrat", "Selon Thomas Lenoir"). */
  openerWord: /^(?:der|die|das|den|dem|des|ein|eine|im|am|beim|zum|zur|laut|mit|für|von|auf|bei|nach|seit|le|la|les|l'|un|une|au|aux|du|dans|pour|avec|sur|par|selon|el|los|las|lo|al|del|según|para|con|por|sobre|il|gli|nel|nella|sul|sulla|secondo|per|su|o|os|as|um|uma|no|na|segundo|com|em|het|een|volgens|met|voor|bij|op|en|ett|det|enligt|med|för|på|ifølge|ved|og|und|et|y|e|i|w|z|na|do|ve|v|a)$/,
}));

