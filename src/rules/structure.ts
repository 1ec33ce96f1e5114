/**
 * Vocabulary and shapes of article structure: series labels, digest headers, signposts, bylines,
 * date lines and datelines. Matched against folded text (see `fold`) unless noted.
 */
import { lazy, PropertyPattern } from '../lazy.js';
import { DATE_LANGUAGES } from './dates.js';

/** Month names and abbreviations of wire datelines ("Oct 9", "3 mar", "12 juin", "4. März"), lower case; the date tables add every other form. */
const DATELINE_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'fév', 'avr', 'juil', 'déc',
  'januar', 'jänner', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'jän', 'mär', 'okt', 'dez',
];

/**
 * The dateline patterns: an upper-case place (agency optional), or a title-case place with an agency.
 * The month is any short word here, checked against `months` by the caller: the month names inside
 * the pattern made it the costliest regex of a page's first extraction (compiled on first use).
 */
function datelinePatterns(): { upper: PropertyPattern; title: PropertyPattern; months: ReadonlySet<string> } {
  const month = (name: string) => `(?<${name}>\\p{L}{3,10})\\.?`;
  const date = `(?:,?\\s(?:${month('month')}\\s\\d{1,2}|\\d{1,2}\\.?\\s(?:de\\s)?${month('monthAfterDay')}|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4})?)(?:,?\\s(?:de\\s)?\\d{4})?)?`;
  const region = `(?:,\\s[\\p{Lu}][\\p{L}.]{1,30}(?:\\s[\\p{Lu}][\\p{L}.]{1,30})?)?`;
  // "(Agency)", "/Agency/", or an agency's capitals after the date's comma ("Mar 11, CNA –").
  const agency = `(?:\\s?\\([^)]{2,40}\\)|\\s?\\/[^/]{2,40}\\/|,\\s\\p{Lu}{2,8}(?=\\s?[-–—]))`;
  // "6 de marzo de 2025.— Vecinos": a full stop may close the date before the dash.
  const dash = `\\.?\\s?[-–—]{1,3}\\s`;
  const upper = `[\\p{Lu}][\\p{Lu}\\p{M}.'’-]{1,30}(?:[ -][\\p{Lu}][\\p{Lu}\\p{M}.'’-]{1,30}){0,3}`;
  const title = `[\\p{Lu}][\\p{Ll}\\p{M}.'’-]{1,30}(?:[ -][\\p{Lu}][\\p{Ll}\\p{M}.'’-]{1,30}){0,2}`;
  // After an agency, a colon or nothing may stand for the dash ("KUALA LUMPUR (Nov 27): ...",
  // "New Delhi, Mar 11 (Agency) The cabinet ..."); `matchDateline` then asks a title-case place for its date.
  return {
    upper: new PropertyPattern(new RegExp(`^(${upper}${region}${date}(?:${agency}(?:${dash}|:\\s)|${dash}))(?=\\S)`, 'u')),
    title: new PropertyPattern(new RegExp(`^(${title}${region}${date}${agency}(?:${dash}|:?\\s))(?=[\\p{Lu}"“„«])`, 'u')),
    // Every form of every month the date tables know ("травня", "listopada", "Mart"), beside the abbreviations.
    months: new Set([...DATELINE_MONTHS, ...Object.values(DATE_LANGUAGES).flatMap((l) => Object.keys(l.months).map((m) => m.toLowerCase()))]),
  };
}

export const structureRules = lazy(() => ({
  /**
   * Series and format labels that make a kicker ("Briefing: ...", "EXPLAINER", "Liveticker",
   * "Analyse", "En direct", "Opinión"), in the languages of the date vocabulary. Section names
   * ("Business", "World") are navigation, not kickers.
   */
  /**
   * A briefing named by its subject ("Americas Briefing", "Brussels Briefing"): a kicker, unless the
   * page's sign-up offer names it, which makes it the newsletter's masthead ("Get Statehouse Brief
   * free in your inbox").
   */
  namedSeries: /^(?:the )?[a-zà-ÿ'-]{3,20}(?: [a-zà-ÿ'-]{3,20})?\s(?:briefing|brief|briefs|roundup|round-up|rundown|digest|watch|investigates|notebook|notes)$/,
  /** Kickers that name a briefing, whose one "Label: text" paragraph is a story; a review's or an obituary's is a signpost. */
  briefingKicker: /\Bbriefing\b|\Bbrevet\b|\b(?:briefing|brief|roundup|round-up|week ahead|wrap|digest|newsletter|marktbericht|wochenrückblick|morgenlage|der morgen|der abend|lo que (?:debes|tienes que|hay que) saber|l'essentiel|la matinale|las claves|lo esencial|il punto|la giornata)\b/,
  kickerLabel: /^(?:the\s+)?(?:(?:morning|evening|daily|weekly|weekend|midday|afternoon|nightly|world|business|markets?|china|asia|europe|tech|politics|climate|sports?|culture|arts|science|health|education|courts|city|energy)\s+)?(?:briefing|brief|weekly|roundup|round-up|week ahead|the week ahead|(?:the )?(?:week|month|year) in (?:review|brief)|(?:news|world|business|sport|sports) in brief|marktbericht|wochenrückblick|explainer|explained|analysis|factbox|fact ?check|markets? wrap|wrap|live|live updates|insight|exclusive|q ?& ?a|interview|feature|investigation|special report|timeline|profile|obituary|preview|recap|the big read|big read|(?:the )?big interview|(?:theatre|theater|book|film|movie|music|album|concert|live|gig|restaurant|game|tv|dance|opera|art|exhibition|stage|food|wine|product|podcast) review|letters(?: to the editor)?|your letters|readers'? letters|tv tonight|what to watch|tonight's tv|tv picks|(?:police|crime|court|courts|fire) (?:blotter|log|briefs|beat)|polizeibericht|polizeimeldungen|blaulicht|faits divers|cronaca nera|sucesos|the long read|long read|deep dive|in depth|breaking|breaking news|update|first look|opinion|column|editorial|commentary|guest essay|guest column|guest opinion|op-ed|essay|tracker|(?:[a-z]+ ){1,2}tracker|(?:morning|evening|weekend|late|early|sunday|saturday|daily|digital|night|noon) edition|boletim|review|dispatch|newsletter|digest|liveticker|live-ticker|ticker|live-blog|liveblog|en direct|en vivo|en directo|directo|in diretta|diretta|ao vivo|analyse|kommentar|meinung|gastbeitrag|faktencheck|erklärt|hintergrund|baggrund|bakgrunn|bakgrund|achtergrond|reportage|décryptage|éditorial|tribune|entretien|chronique|análisis|opinión|entrevista|crónica|tribuna|analisi|commento|intervista|editoriale|retroscena|análise|opinião|der morgen|der abend|morgenlage|morgenbriefing|abendbriefing|wochenbriefing|tagesbriefing|ochtendbriefing|avondbriefing|weekbriefing|morgonbrevet|kvällsbrevet|morgenbrevet|briefing poranny|briefing wieczorny|briefing dnia|lo que debes saber hoy|lo que tienes que saber hoy|lo que hay que saber hoy|lo que debes saber|l'essentiel(?: du (?:matin|soir|jour))?|le brief|la matinale|las claves(?: del día)?|lo esencial|il punto|la giornata|match report|match preview|player ratings|crítica|critica|kritik|critique(?: (?:cinéma|théâtre|musique|littéraire|télé|séries?|livre|disque|film|expo|danse|opéra))?|recensione|resenha|recensão|recensie|recenzja|recenze|recension|anmeldelse|arvostelu|nachruf|nécrologie|necrologio|necrológica|obituario|in memoriam|porträt|reportaje|reportagem|inchiesta|direkt|direkte|just nu|na żywo|relacja na żywo|klumme|kronik|arvio|arvostelu|kampreferat|anmeldelse|recension|la guida|guida|última hora|ultima hora|ultima ora|enquête|investigación|exklusiv|exclusivo|esclusiva|vysvětlujeme|vysvetľujeme|wyjaśniamy|explicamos|on vous explique|uitleg|uitgelegd|förklaring|forklaring|analyysi|analiza|analýza|analiză|analys|krönika|ledare|anàlisi|crònica|opinió|reportatge|pääkirjoitus|kolumni|úvodník|rozbor|jegyzet|köşe yazısı|elemzés|komentarz|komentář|komentár|kommentti|vélemény|wywiad|rozhovor|interjú|haastattelu|interviu|reportaż|reportáž|riport|felieton|recenzja|recenzia|kritika|kolumna|解説|解说|社説|社论|社論|コラム|分析|深度|独家|獨家|评论|評論|特稿|快讯|快訊|专访|專訪|インタビュー|速報|独自|뉴스분석|단독|사설|칼럼|해설|인터뷰|기획|속보|분석|phân tích|độc quyền|phỏng vấn|bình luận|eksklusif|analisis|wawancara|opini|tajuk rencana|laporan khusus|temu bual|skaidrojums|viedoklis|intervija|paaiškiname|paaiškinimas|nuomonė|interviu|selgitus|arvamus|intervjuu|объясняем|аналитика|мнение|интервью|пояснюємо|аналітика|думка|інтерв'ю|інтерв’ю|ανάλυση|συνέντευξη|άποψη|analiz|röportaj|görüş|yorum|vorschau|spielbericht|analyse-flash|analysten-check|börse am (?:morgen|mittag|abend)|märkte am (?:morgen|abend)|finanzwissen kompakt|long-term review|(?:first|hands-on|in-depth) review|(?:le )?pagelle|market close|markets? at the close|closing bell|ground report|ग्राउंड रिपोर्ट|hỏi - đáp|hỏi đáp|hỏi-đáp|утренний брифинг|вечерний брифинг)$/,

  /**
   * Series names that are kickers only as a headline's prefix ("The Daily Download: ...", "Week in
   * Review: ..."); on a line of their own above the headline they are a newsletter's masthead.
   */
  seriesPrefix: /^(?:(?:the )?(?:week|year|month) in review|the (?:morning|evening|daily|weekly|nightly|weekend)(?: [a-z]+)?)$/,

  /**
   * Headers of a page's own working lists, never a digest however summary-like their items: a
   * recipe's or a guide's steps, its ingredients or requirements, a release's changes, a review's
   * pros and cons (en, de, fr, es, it, pt, nl).
   */
  procedureHeader: /^(?:what to do(?: (?:if|when|during|before|after|in)\b.{0,60})?|what you (?:can|should) do|how to (?:stay|keep|protect|prepare)\b.{0,60}|(?:safety|travel|storm|heat|winter) tips|tips|dos and don'?ts|was (?:sie|man) tun (?:kann|sollte|können|sollten)|que faire(?: en cas de.{0,40})?|qué hacer(?: en caso de.{0,40}| ante.{0,40})?|cosa fare(?: in caso di.{0,40})?|instructions|directions|method|steps|step[- ]by[- ]step|how to make (?:it|them)|preparation|ingredients|you(?:'ll)? (?:will )?need|what you(?:'ll)? need|requirements|prerequisites|breaking changes|(?:bug )?fixes|bug fixes|changes|changelog|new features|improvements|deprecations|known issues|pros|cons|pros and cons|specs|specifications|zubereitung|zutaten|préparation|ingrédients|preparación|ingredientes|preparazione|ingredienti|modo de preparo|bereiding|ingrediënten|notes? (?:to|for) editors?|editor'?s notes?|notes|background(?: information)?|media contacts?|press contacts?|for (?:further|more) information|about (?:the|us|this) \S+(?: \S+){0,3}|fact ?sheet|facts and figures|references|bibliography|footnotes|further reading|works cited|citations|literatur|bibliographie|bibliografía|bibliografia|referencias|références|riferimenti|referências|hinweise für (?:die )?redaktionen|notes aux rédactions|notas para (?:los )?editores|note per (?:le )?redazioni)$/,

  /**
   * Digest headers that never head a jump list: a live blog's key events repeat its entries' titles
   * word for word and are still its summary (the case format's convention).
   */
  /**
   * A recipe card's sections, which a blog prints under its story of the dish: the ingredients, then
   * the method, then its notes. The card is the article's, however little prose its lines hold.
   */
  recipeIngredients: /^(?:ingredients|zutaten|ingrédients|ingredientes|ingredienti|ingrediënten|ingredienser|składniki)(?: for [^:]{1,40})?:?$/,
  recipeMethod: /^(?:instructions|directions|method|preparation|steps|how to make (?:it|them)|zubereitung|préparation|preparación|elaboración|preparazione|procedimento|modo de preparo|bereiding|werkwijze|tillagning|fremgangsmåde|fremgangsmåte|przygotowanie):?$/,
  recipeNotes: /^(?:notes?|recipe notes?|cook'?s notes?|tips|storage|make ahead|substitutions|hinweise|tipps|astuces|conseils|notas|consejos|consigli|dicas|opmerkingen):?$/,
  summaryHeader: /^key (?:events|points|takeaways|facts|developments|moments)$/,

  /** A schedule's header over timed items ("Today's events", "What's on", "On the agenda"; en). */
  scheduleHeader: /^(?:today'?s (?:events|schedule|agenda|calendar)|what'?s on(?: today| this week(?:end)?)?|(?:today'?s |local |community )?events(?: today| this week(?:end)?)?|on the agenda|agenda|schedule|calendar|coming up(?: today)?|things to do(?: today)?)$/,

  /** Headers that open a digest list of summary bullets. */
  digestHeader: /^(?:digest(?: hub)?|news digest|key moments|belangrijkste momenten|momentos clave|momenti chiave|moments clés|die wichtigsten (?:momente|szenen)|najważniejsze momenty|in brief|in short|briefly|in het kort|kort fortalt|kort sagt|kort om|das wichtigste in kürze|in kürze|kurz gesagt|en bref|l'essentiel|en resumen|en resumen:|lo esencial|in breve|in sintesi|em resumo|resumindo|w skrócie|najważniejsze|v kostce|stručně|v skratke|röviden|pe scurt|lyhyesti|pähkinänkuoressa|at a glance|key (?:events|points|takeaways|facts|developments|moments|numbers)|the (?:key|main) points|takeaways|the takeaway|top takeaways|what (?:you need to|you should|to) know|what we know(?: so far)?|the big picture|summary|in summary|tl;?dr|the essentials|quick (?:read|hits|takes?)|(?:the )?short list|highlights|(?:key |financial |operational |transaction |(?:first|second|third|fourth) quarter (?:\d{4} )?|(?:full[- ]year|annual|half[- ]year) (?:\d{4} )?)highlights(?: (?:for|of) the (?:quarter|year|period|half))?|today'?s (?:highlights|headlines|top stories|takeaways|key points)|the (?:news|day) in brief|news in brief|(?:last|this) (?:week|month) in brief|(?:the )?(?:week|weekend|month) in brief|what else (?:happened|is happening|you need to know)(?: today| this week)?|(?:also|elsewhere) (?:today|this week)|around the (?:world|region|state|city)|in this (?:story|article)|the bottom line|five things to know|\w+ things to know(?: today)?|the rundown|catch up quickly|need to know|(?:the (?:day|week|news) )?in (?:\d{1,3}|thirty|sixty|ninety) seconds|what (?:we'?re|we are|i'?m) watching|on (?:our|the) radar)$/,

  /**
   * Live-blog entry stamps, matched on folded text: a time of day with an optional zone ("09:12 gmt",
   * "2.41pm", "4:18 p.m. et"; not a video length "01:43 min"),
   * "16:45 uhr", "09h12") or an age ("24m ago", "3 hours ago", "vor 5 minuten", "il y a 2 h", "hace 3 horas").
   * A full date with a time ("tue 14 mar 2026 09.12 gmt") is read from its tokens (see `isEntryStamp`).
   */
  entryStamp: /^(?:(?:kl\.?|klo\.?|godz\.?|ore|h\.)\s?\d{1,2}[:.]\d{2}|\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?\s?m\.?)?(?:\s?(?:uhr|h|gmt|utc|bst|ist|cet|cest|mez|mesz|wet|west|eet|eest|msk|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|akst|akdt|hst|aest|aedt|acst|awst|nzst|nzdt|jst|kst|hkt|sgt|sast|wat|cat|eat|brt|art))?|(?:\d{1,3}|an?|one)\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\.?(?:,? \d{1,2}\s?(?:m|mins?|minutes?)\.?)? ago|just now|(?:vor|il y a|hace) \d{1,3}\s?(?:min|minuten?|minutes?|minutos?|h|std|stunden?|heures?|horas?)|\d{1,3} (?:min|minuti|ore|ora) fa)$/,

  /** A stamp and the entry's title on one line ("14:05 GMT – Deputy mayor: strike 'deeply damaging'"). */
  /**
   * A match report's live entries are stamped by the minute of play ("34'", "90+3'", "78' GOAL!",
   * "63' RED CARD") or by its phase ("KO", "HT", "FT", "Full-time", "Pre-match").
   */
  matchMinuteStamp: /^(?:\d{1,3}(?:\s?\+\s?\d{1,2})?['’′](?: [a-z]{2,10}(?: [a-z]{2,10})?!?)?|ko|ht|ft|full[- ]time|half[- ]time|kick[- ]off|pre[- ]match|aet)$/,
  entryStampPrefix: /^\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:uhr|gmt|utc|bst|cet|cest|mez|mesz|et|est|edt|pt|pst|pdt|ct|cst|cdt))?\s?(?:[-–—|:·]\s)?(?=\p{Lu})/u,

  /**
   * Wire datelines opening a paragraph, matched on raw text: "BANGKOK (ONA) —", "LONDON, March 3 (Agency) -",
   * "MADRID, 12 may (Agency) -", "PARIS, 12 juin (Agency) -", "Berlin (agency) - Die ..." (a title-case
   * place needs the agency and a capital after the dash, so "Apple (AAPL) - shares fell" stays prose).
   */
  wireDateline: datelinePatterns(),

  /** A page's own date-line labels, which a live-blog entry stamp never carries. */
  stampLabel: /\b(?:published|updated|posted|modified|revised|stand|aktualisiert|ver[oö]ffentlicht|publi[ée]|mis [àa] jour|actualizado|publicado)\b/,

  /**
   * Last words of a colon-ended line that lead into a list ("The plan would:", "Passengers are advised
   * to:"): such a line is part of the prose, not a digest header.
   */
  /** A clause that leads into a list by its opening words ("Among its findings:", "Unter anderem:", "Parmi les mesures :"). */
  leadInStart: /^(?:among|amongst|of (?:the|these|those|them|which)|in particular|for example|for instance|specifically|in addition|including|unter (?:anderem|den|ihnen)|darunter|parmi|entre (?:ellos|ellas|otros|otras|las|los)|tra (?:cui|gli|le|i)|onder (?:meer|andere)|bland (?:annat|dem))\b/,
  leadInEnd: /\b(?:include|includes|including|are|were|is|was|be|been|following|follows|as|such as|like|by|to|of|for|with|and|or|the|a|an|that|these|those|this|said|says|say|would|will|can|could|should|must|may|might|has|have|had|need|needs|sind|ist|waren|wie|folgt|folgende|folgenden|unter anderem|sont|est|comme|suivants?|suivantes?|notamment|son|es|como|siguientes?|incluyen|entre ellos)$/,

  /**
   * Function words of four letters or more that say nothing about what a digest item is about; the
   * support test (does the page talk about the item?) skips them. A few languages of news.
   */
  supportStopwords: new Set([
    'about', 'after', 'again', 'also', 'among', 'been', 'before', 'being', 'could', 'does', 'done', 'down', 'each', 'even', 'every', 'from', 'have', 'here', 'into', 'just', 'last', 'more', 'most', 'much', 'next', 'only', 'other', 'over', 'says', 'said', 'some', 'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'under', 'until', 'upon', 'very', 'were', 'what', 'when', 'where', 'which', 'while', 'whom', 'will', 'with', 'would', 'your', 'year', 'years', 'today', 'week', 'first', 'still', 'back', 'many', 'make', 'takes', 'take',
    'aber', 'auch', 'dass', 'eine', 'einen', 'einer', 'nach', 'noch', 'oder', 'sich', 'sind', 'über', 'unter', 'wird', 'werden', 'beim', 'mehr', 'dans', 'avec', 'pour', 'sont', 'plus', 'leur', 'mais', 'cette', 'comme', 'entre', 'para', 'como', 'desde', 'pero', 'sobre', 'entre', 'este', 'esta', 'unos', 'unas', 'tras',
  ]) as ReadonlySet<string>,

  /** A label that introduces a quotation ("Local MP Gareth Lowri said:"), never a story's. */
  quoteIntro: /\b(?:said|says|told(?: \S+){0,2}|added|adds|wrote|writes|explained|warned|asked|replied|noted|stated|sagte|sagt|erklärte|a déclaré|a dit|déclare|dijo|afirmó|declaró|ha detto|ha dichiarato|disse|afirmou|zei|zegt|sa|sade)$/,

  /** Label prefixes that are signposts inside a story, never story labels. */
  signpost: /^(?:why it matters|why this matters|what to watch(?: for)?|what to look for|what we'?re watching|looking ahead|the big picture|big picture|the bottom line|bottom line|what'?s next|what'?s new|what happened|what they'?re saying|between the lines|by the numbers|the backstory|backstory|background|context|go deeper|zoom in|zoom out|yes,? but|the other side|flashback|state of play|driving the news|the latest|catch up quick|details|note|notes|editor'?s note|correction|clarification|update|updated|disclaimer|source|sources|(?:data|image|photo|video) sources?|methodology|how we (?:test|tested|chose|rate)|(?:our )?editorial (?:standards|process|policy|guidelines)|our (?:promise|mission|methodology|process|standards)|partner offer|photo|image|video|watch|listen|read more|related|see also|more|q|a|question|answer|tip|warning|important|fact|facts|key quote|quote|reporting|editing|tags|topics|filed under|posted in|share|email|phone|tel|fax|contact|media contact|website|address|web|location|when|where|who|time|date|price|cost|tickets|venue|disclosure|about|summary|highlights|takeaway|the good|the bad|the ugly|pros|cons|verdict|the verdict|specs|the reason is simple|the answer is simple|the short answer|short answer|the catch|update \d+|please note|da segnare(?: in agenda)?|da ricordare|à noter|a tener en cuenta|zum vormerken|save the date|warum (?:das|es) wichtig ist|warum das zählt|was das bedeutet|was das heißt|was das heisst|worum es geht|der hintergrund|hintergrund|der kontext|ausblick|was jetzt kommt|wie es weitergeht|pourquoi c'est important|pourquoi ça compte|pourquoi cela compte|ce qu'il faut retenir|ce qu'il faut savoir|ce que ça change|le contexte|contexte|en clair|à surveiller|la suite|et après|por qué importa|por qué es importante|por qué es relevante|qué significa|qué hay detrás|el contexto|contexto|lo que hay que saber|a tener en cuenta|qué sigue|lo que viene|por que importa|por que isso importa|por que é importante|o contexto|o que significa|o que vem a seguir|perché è importante|perché conta|perché è rilevante|il contesto|contesto|cosa significa|cosa succede ora|cosa cambia|waarom dit belangrijk is|waarom het belangrijk is|waarom het ertoe doet|wat dit betekent|wat betekent dit|de context|context|wat nu|hoe verder|därför är det viktigt|varför det är viktigt|varför det spelar roll|vad det betyder|bakgrund|derfor er det viktig|hvorfor det er viktig|derfor er det vigtigt|hvorfor det er vigtigt|baggrund|dlaczego to ważne|dlaczego to jest ważne|co to oznacza|co to znaczy|kontekst|tło|proč na tom záleží|proč je to důležité|co to znamená|почему это важно|что это значит|что дальше|контекст|чому це важливо|що це означає|neden önemli|mengapa ini penting|tại sao điều này quan trọng)$/,

  /** A byline line: "By Jane Doe", "By Jane Doe and John Roe, Staff Writers", "Author: Jane Doe". */
  bylinePrefix: /^(?:by|words by|written by|story by|author|authors|reporter|posted by|von|par|di|por)(?:\s?:)?\s(?=\S)/,

  /** Date line labels: "Published 3 March 2025", "Updated: ...", "Posted on ...". */
  publishedLabel: /^(?:published|first published|posted|posted on|published on|date|dated|release date|issued)\b\s*:?\s*/,
  updatedLabel: /^(?:updated|last updated|modified|last modified|revised)\b\s*:?\s*/,

  /** Structural lines that end in a colon: a timeline date header or an "As of" qualifier. */
  asOfHeader: /^as of\s([^:]{1,80}):$/,

  /** Series intro lines: "A run-down of key developments in ... :". */
  /**
   * What follows an author's name in the bio at an article's foot ("Jane Doe is a senior
   * correspondent ...", "... writes about energy", "... ist Redakteurin", "... est journaliste").
   */
  authorBioVerb: /^,? (?:is|was|has (?:been|covered|reported|written)|writes|covers|reports on|joined|ist|war|schreibt|arbeitet|est|écrit|es|escribe|è|scrive|é|escreve|är|er|skriver)(?![\wÀ-ɏ])/,
  introLine: /^(?:a|an|the|here(?:'s| is| are)|your|today'?s|this (?:week|morning)'?s?)\b.{0,200}(?:run-?down|round-?up|roundup|summary|digest|briefing|what you need to know|key developments|the latest|top stories|headlines|news)\b.{0,200}:$/,

  /** Job titles and desks that follow names in bylines ("Jane Doe, Environment Reporter"). */
  notAName: /\b(?:reporter|reporters|writer|writers|editor|editors|correspondent|correspondents|staff|service|desk|columnist|contributor|contributors|producer|analyst|bureau|chief|senior|team|news|agency|reporting|press|newsroom|wire|wires|associated|editorial|board|foundation|network)\b/i,

}));
