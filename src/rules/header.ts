/**
 * Vocabulary of the page header, by language: byline prefixes and roles, publication and update
 * labels, month names, relative and reading-time stamps. The header model reads these as features
 * (evidence, weighed by learned weights), and the name and date readers use them to cut a line down
 * to names or to a day. Matched against folded text (see `fold`) unless noted.
 *
 * Languages: en, de, fr, es, it, pt, nl, sv, da, no, pl, tr, fi, cs, ro (as far as each concept has
 * words; words shared by several languages are listed once).
 */
import { lazy, PropertyPattern } from '../lazy.js';
import { CaseBlindPattern } from '../text.js';

/** Month names and their usual abbreviations, per language (index + 1 = month number). */
export const MONTH_NAMES: Record<string, readonly string[]> = {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  de: ['januar jänner jan', 'februar feber feb', 'märz mär', 'april apr', 'mai', 'juni', 'juli', 'august aug', 'september sep sept', 'oktober okt', 'november nov', 'dezember dez'],
  fr: ['janvier janv', 'février fevrier févr fevr', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août aout', 'septembre', 'octobre', 'novembre', 'décembre decembre déc'],
  es: ['enero ene', 'febrero', 'marzo', 'abril abr', 'mayo', 'junio', 'julio', 'agosto ago', 'septiembre setiembre', 'octubre', 'noviembre', 'diciembre dic'],
  it: ['gennaio gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto', 'settembre set', 'ottobre ott', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro fev', 'março marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro out', 'novembro', 'dezembro dez'],
  nl: ['januari', 'februari', 'maart mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  no: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember des'],
  pl: ['stycznia styczeń', 'lutego luty', 'marca marzec', 'kwietnia kwiecień', 'maja maj', 'czerwca czerwiec', 'lipca lipiec', 'sierpnia sierpień', 'września wrzesień', 'października październik', 'listopada listopad', 'grudnia grudzień'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  fi: ['tammikuuta tammikuu', 'helmikuuta helmikuu', 'maaliskuuta maaliskuu', 'huhtikuuta huhtikuu', 'toukokuuta toukokuu', 'kesäkuuta kesäkuu', 'heinäkuuta heinäkuu', 'elokuuta elokuu', 'syyskuuta syyskuu', 'lokakuuta lokakuu', 'marraskuuta marraskuu', 'joulukuuta joulukuu'],
  cs: ['ledna leden', 'února únor', 'března březen', 'dubna duben', 'května květen', 'června červen', 'července červenec', 'srpna srpen', 'září', 'října říjen', 'listopadu listopad', 'prosince prosinec'],
  ro: ['ianuarie ian', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  sk: ['januára január', 'februára február', 'marca marec', 'apríla apríl', 'mája máj', 'júna jún', 'júla júl', 'augusta august', 'septembra september', 'októbra október', 'novembra november', 'decembra december'],
  hu: ['január', 'február febr', 'március márc', 'április ápr', 'május', 'június', 'július', 'augusztus', 'szeptember szept', 'október', 'november', 'december'],
  ca: ['gener', 'febrer', 'març marc', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'],
  ru: ['января январь янв', 'февраля февраль фев', 'марта март мар', 'апреля апрель апр', 'мая май', 'июня июнь июн', 'июля июль июл', 'августа август авг', 'сентября сентябрь сен', 'октября октябрь окт', 'ноября ноябрь ноя', 'декабря декабрь дек'],
  uk: ['січня січень', 'лютого лютий', 'березня березень', 'квітня квітень', 'травня травень', 'червня червень', 'липня липень', 'серпня серпень', 'вересня вересень', 'жовтня жовтень', 'листопада листопад', 'грудня грудень'],
  // Greek in the genitive a date takes and the nominative, with and without the accent ("10 Φεβρουαρίου 2026").
  el: ['ιανουαρίου ιανουαριου ιανουάριος ιανουαριος ιαν', 'φεβρουαρίου φεβρουαριου φεβρουάριος φεβρουαριος φεβ', 'μαρτίου μαρτιου μάρτιος μαρτιος μαρ', 'απριλίου απριλιου απρίλιος απριλιος απρ', 'μαΐου μαιου μάιος μαιος', 'ιουνίου ιουνιου ιούνιος ιουνιος', 'ιουλίου ιουλιου ιούλιος ιουλιος', 'αυγούστου αυγουστου αύγουστος αυγουστος αυγ', 'σεπτεμβρίου σεπτεμβριου σεπτέμβριος σεπτεμβριος σεπ', 'οκτωβρίου οκτωβριου οκτώβριος οκτωβριος οκτ', 'νοεμβρίου νοεμβριου νοέμβριος νοεμβριος νοε', 'δεκεμβρίου δεκεμβριου δεκέμβριος δεκεμβριος δεκ'],
  // Lithuanian genitive and nominative ("2026 m. lapkričio 29 d."), Latvian nominative, locative and
  // genitive ("2026. gada 17. decembris"), Estonian ("17. detsember 2026").
  lt: ['sausio sausis', 'vasario vasaris', 'kovo kovas', 'balandžio balandis', 'gegužės gegužė', 'birželio birželis', 'liepos liepa', 'rugpjūčio rugpjūtis', 'rugsėjo rugsėjis', 'spalio spalis', 'lapkričio lapkritis', 'gruodžio gruodis'],
  lv: ['janvāris janvārī janvāra', 'februāris februārī februāra', 'marts martā marta', 'aprīlis aprīlī aprīļa', 'maijs maijā maija', 'jūnijs jūnijā jūnija', 'jūlijs jūlijā jūlija', 'augusts augustā augusta', 'septembris septembrī septembra', 'oktobris oktobrī oktobra', 'novembris novembrī novembra', 'decembris decembrī decembra'],
  et: ['jaanuar jaanuaril', 'veebruar veebruaril', 'märts märtsil', 'aprill aprillil', 'mai mail', 'juuni juunil', 'juuli juulil', 'august augustil', 'september septembril', 'oktoober oktoobril', 'november novembril', 'detsember detsembril'],
  // Bulgarian ("29 януари 2025"); Serbian in Latin and Cyrillic letters; Croatian in the genitive a date
  // takes (its "listopada" is October, but Polish, listed first, reads it as November); Slovenian.
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  is: ['janúar jan', 'febrúar feb', 'mars', 'apríl apr', 'maí', 'júní', 'júlí', 'ágúst', 'september sept', 'október okt', 'nóvember nóv', 'desember des'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  // Georgian and Armenian: the name as it stands before or after the day ("17 იანვარი 2026", "Մայիսի 21, 2026": genitive).
  ka: ['იანვარი იანვრის', 'თებერვალი თებერვლის', 'მარტი მარტის', 'აპრილი აპრილის', 'მაისი მაისის', 'ივნისი ივნისის', 'ივლისი ივლისის', 'აგვისტო აგვისტოს', 'სექტემბერი სექტემბრის', 'ოქტომბერი ოქტომბრის', 'ნოემბერი ნოემბრის', 'დეკემბერი დეკემბრის'],
  hy: ['հունվար հունվարի', 'փետրվար փետրվարի', 'մարտ մարտի', 'ապրիլ ապրիլի', 'մայիս մայիսի', 'հունիս հունիսի', 'հուլիս հուլիսի', 'օգոստոս օգոստոսի', 'սեպտեմբեր սեպտեմբերի', 'հոկտեմբեր հոկտեմբերի', 'նոյեմբեր նոյեմբերի', 'դեկտեմբեր դեկտեմբերի'],
  bg: ['януари яну', 'февруари фев', 'март мар', 'април апр', 'май', 'юни', 'юли', 'август авг', 'септември сеп', 'октомври окт', 'ноември ное', 'декември дек'],
  sr: ['januar januara', 'februar februara', 'mart marta', 'april aprila', 'maj maja', 'jun juna', 'jul jula', 'avgust avgusta', 'septembar septembra', 'oktobar oktobra', 'novembar novembra', 'decembar decembra'],
  srCyrl: ['јануар јануара', 'фебруар фебруара', 'март марта', 'април априла', 'мај маја', 'јун јуна', 'јул јула', 'август августа', 'септембар септембра', 'октобар октобра', 'новембар новембра', 'децембар децембра'],
  hr: ['siječnja siječanj', 'veljače veljača', 'ožujka ožujak', 'travnja travanj', 'svibnja svibanj', 'lipnja lipanj', 'srpnja srpanj', 'kolovoza kolovoz', 'rujna rujan', 'listopada listopad', 'studenoga studenog studeni', 'prosinca prosinac'],
  sl: ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija junij', 'julija julij', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  // Arabic: the Egyptian and Gulf names, then the Levantine ones of a word ("4 مارس 2025", "12 آذار 2025");
  // Hebrew, also with the prefix "in" ("4 במרץ 2025").
  // ("_" joins the two words of a Levantine name: "تشرين الأول".)
  ar: ['يناير كانون_الثاني', 'فبراير شباط', 'مارس آذار', 'أبريل ابريل نيسان', 'مايو أيار', 'يونيو يونيه حزيران', 'يوليو يوليه تموز', 'أغسطس اغسطس آب', 'سبتمبر أيلول', 'أكتوبر اكتوبر تشرين_الأول', 'نوفمبر تشرين_الثاني', 'ديسمبر كانون_الأول'],
  he: ['ינואר בינואר', 'פברואר בפברואר', 'מרץ במרץ מרס במרס', 'אפריל באפריל', 'מאי במאי', 'יוני ביוני', 'יולי ביולי', 'אוגוסט באוגוסט', 'ספטמבר בספטמבר', 'אוקטובר באוקטובר', 'נובמבר בנובמבר', 'דצמבר בדצמבר'],
  // Indonesian with the Malay spellings and both languages' abbreviations ("2 Dis 2024", "12 Mar 2025", "1 Ogos 2024").
  id: ['januari jan', 'februari feb', 'maret mac mar', 'april apr', 'mei', 'juni jun', 'juli julai jul', 'agustus ogos agt ags agu ogo', 'september sep sept', 'oktober okt', 'november nov', 'desember disember des dis'],
  // Kazakh ("6 мамыр 2025 ж."); Uzbek in Latin letters ("2025-yil 15-aprel").
  kk: ['қаңтар қаңтардың', 'ақпан ақпанның', 'наурыз наурыздың', 'сәуір сәуірдің', 'мамыр мамырдың', 'маусым маусымның', 'шілде шілденің', 'тамыз тамыздың', 'қыркүйек қыркүйектің', 'қазан қазанның', 'қараша қарашаның', 'желтоқсан желтоқсанның'],
  uz: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr sentyabr', 'oktabr oktyabr', 'noyabr', 'dekabr'],
  // Hindi and Marathi in Devanagari, with the spellings with and without the nukta and the half nasal;
  // Bengali; Tamil with its abbreviations ("03 டிச 2024"); Gujarati; Punjabi in Gurmukhi; Telugu.
  hi: ['जनवरी', 'फ़रवरी फरवरी', 'मार्च', 'अप्रैल अप्रेल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर सितम्बर', 'अक्टूबर अक्तूबर', 'नवंबर नवम्बर', 'दिसंबर दिसम्बर'],
  mr: ['जानेवारी', 'फेब्रुवारी', 'मार्च', 'एप्रिल', 'मे', 'जून', 'जुलै', 'ऑगस्ट', 'सप्टेंबर', 'ऑक्टोबर', 'नोव्हेंबर', 'डिसेंबर'],
  bn: ['জানুয়ারি জানুয়ারী', 'ফেব্রুয়ারি ফেব্রুয়ারী', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট অগাস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'],
  ta: ['ஜனவரி ஜன', 'பிப்ரவரி பிப்', 'மார்ச்', 'ஏப்ரல்', 'மே', 'ஜூன்', 'ஜூலை', 'ஆகஸ்ட் ஆக', 'செப்டம்பர் செப்', 'அக்டோபர் அக்', 'நவம்பர் நவ', 'டிசம்பர் டிச'],
  gu: ['જાન્યુઆરી', 'ફેબ્રુઆરી', 'માર્ચ', 'એપ્રિલ', 'મે', 'જૂન', 'જુલાઈ', 'ઑગસ્ટ ઓગસ્ટ', 'સપ્ટેમ્બર', 'ઑક્ટોબર ઓક્ટોબર', 'નવેમ્બર', 'ડિસેમ્બર'],
  pa: ['ਜਨਵਰੀ', 'ਫ਼ਰਵਰੀ ਫਰਵਰੀ', 'ਮਾਰਚ', 'ਅਪ੍ਰੈਲ ਅਪਰੈਲ', 'ਮਈ', 'ਜੂਨ', 'ਜੁਲਾਈ', 'ਅਗਸਤ', 'ਸਤੰਬਰ', 'ਅਕਤੂਬਰ', 'ਨਵੰਬਰ', 'ਦਸੰਬਰ'],
  te: ['జనవరి', 'ఫిబ్రవరి', 'మార్చి', 'ఏప్రిల్', 'మే', 'జూన్', 'జూలై', 'ఆగస్టు', 'సెప్టెంబర్', 'అక్టోబర్', 'నవంబర్', 'డిసెంబర్'],
  // Swahili, Hausa ("15 ga Oktoba, 2026") and Somali.
  sw: ['januari', 'februari', 'machi', 'aprili', 'mei', 'juni', 'julai', 'agosti', 'septemba', 'oktoba', 'novemba', 'desemba'],
  ha: ['janairu', 'fabrairu', 'maris', 'afrilu', 'mayu', 'yuni', 'yuli', 'agusta', 'satumba', 'oktoba', 'nuwamba', 'disamba'],
  so: ['janaayo', 'febraayo', 'maarso', 'abriil', 'may', 'juun', 'luulyo', 'ogost', 'sebteembar', 'oktoobar', 'nofeembar', 'diseembar'],
  // Urdu, and Persian as Iran writes the Gregorian months (Afghan pages write them as Urdu does).
  ur: ['جنوری', 'فروری فبروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
  fa: ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه می', 'ژوئن', 'ژوئیه جولای', 'اوت آگوست', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  // Thai, with the abbreviations ("15 พ.ค. 2568"); its years are the Buddhist era's (see header/dates.ts).
  th: ['มกราคม ม.ค', 'กุมภาพันธ์ ก.พ', 'มีนาคม มี.ค', 'เมษายน เม.ย', 'พฤษภาคม พ.ค', 'มิถุนายน มิ.ย', 'กรกฎาคม ก.ค', 'สิงหาคม ส.ค', 'กันยายน ก.ย', 'ตุลาคม ต.ค', 'พฤศจิกายน พ.ย', 'ธันวาคม ธ.ค'],
};

/**
 * The months of the solar Hijri calendar, Iran's names and Afghanistan's ("۲۸ مهر ۱۴۰۵", "۲۴ میزان ۱۴۰۵"):
 * a header date in them is converted to the Gregorian day (see header/dates.ts).
 */
export const SOLAR_HIJRI_MONTH_NAMES: readonly string[] = ['فروردین حمل', 'اردیبهشت ثور', 'خرداد جوزا', 'تیر سرطان', 'مرداد امرداد اسد', 'شهریور سنبله', 'مهر میزان', 'آبان عقرب', 'آذر قوس', 'دی جدی', 'بهمن دلو', 'اسفند حوت'];

/** Weekday names, Monday first, per language: "on Wednesday" in a story dates it near a Wednesday. */
export const WEEKDAY_NAMES: Record<string, readonly string[]> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  pt: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  fi: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  cs: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  tr: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  uk: ['понеділок', 'вівторок', 'середа', 'четвер', "п'ятниця", 'субота', 'неділя'],
};

export const headerRules = lazy(() => ({
  /**
   * A dek's opening that continues its title and so never opens a headline: "And what happens to ...",
   * "Plus: a fertilizer megamerger ...", "Also: ..." (English). Matched on the folded line.
   */
  dekOpener: /^(?:and|but|plus\s?:|also\s?:)\s/,
  /**
   * A feed's or reader tool's field name before the title ("Title: ...", "Titel: ...", "Headline: ..."):
   * the title is what follows it (en, de, nl, fr, es, pt, it, sv).
   */
  titleField: /^(?:title|headline|titel|titre|título|titulo|titolo|rubrik|überschrift)\s?:\s+(?=\S)/i,
  /**
   * A line that opens with one of these words in lower case continues the line above it (a
   * masthead's "from the Clearwater River Alliance"), so it is no headline: English, German,
   * French, Spanish, Portuguese, Italian, Dutch, Nordic. Matched on the line as written.
   */
  lowerContinuation: /^(?:from|and|or|with|of|for|by|in|on|at|to|the|a|an|und|oder|von|mit|et|ou|avec|de|du|des|y|o|con|del|e|com|do|da|ed|di|en|van|met|och|og|med|fra|från)\s(?=.*\p{Lu})/u,
  /**
   * Words that open a byline, before the names: "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af",
   * "Text:", "Written by", "Posted by", "Reporting by"; Indonesian "Laporan Wartawan Outlet," (the
   * outlet before the comma goes with the words); Quebec's "Un texte de", Russian "Беседовала" (the
   * interviewer), Uzbek "Muallif:", Tagalog "Ni", Hindi and Marathi "लेखक", "रिपोर्ट", "द्वारा", Bengali
   * "লিখেছেন", Tamil "எழுத்தாளர்", Gujarati "અહેવાલ", Punjabi "ਲੇਖਕ", Telugu "రచయిత", Thai "ผู้เขียน",
   * "รายงานโดย", "เรื่อง", Vietnamese "Bài và ảnh:". The trailing separator is part of the match.
   */
  bylinePrefix: /^(?:by|words by|interview by|interviewed by|(?:ein|eine) (?:kommentar|analyse|gastbeitrag|essay|interview|bericht|reportage|kolumne|glosse) von|written by|story by|reporting by|posted by|published by|report by|reported by|text by|photos? and text by|contributors?|contributed by|contributions? from|(?:article|post|story) (?:written )?by|(?:this|the) (?:post|article|story|piece|guide|report) (?:was |is )?(?:written|authored|penned) by|von|texto de|textos de|texte de|text von|pišu|piše|text|texte|texto|autor|autorin|autoren|author|authors|auteur|auteurs|autore|autori|par|por|di|door|av|af|de|redacción|redaktion|reporter|bericht|verfasst von|geschrieben von|escrito por|écrit par|scritto da|a cura di|skrevet av|skrevet af|γράφει(?: (?:ο|η))?|γράφουν(?: οι)?|από|oprac\.|opracowanie|napisał|napisała|autorzy|autorka|yazan|yazar|kirjoittanut|teksti|tekst|szerző|szerzők|autorius|autorė|autoriai|autors|συντ[αά]κτης|συντ[αά]κτρια|συντ[αά]ξη|words(?=\s?:)|report(?=\s?:)|(?:dc:)?creator(?=\s?:)|per|автор|авторы|автори|текст(?=\s?:)|haber(?=\s?:)|muhabir|oleh|penulis|pewarta|wartawan|laporan (?:wartawan|reporter|jurnalis|kontributor)(?: [^,]{1,40})?,|tác giả|phóng viên|بقلم|كتب(?=\s?[:-])|كتبت(?=\s?[:-])|إعداد(?=\s?:)|نویسنده|نوشته|نامہ نگار|رپورٹ|تحریر|گزارشگران|گزارشگر|گزارش|خبرنگار|מאת|un texte de|mwandishi|imewekwa na|daga|qoraa|warbixin|oníròyìn|láti ọwọ́|ዘጋቢ|histoire de|historia de|geschichte von|storia di|беседовала|беседовал|muallif|ni|लेखक|रिपोर्ट|रिपोर्टर|द्वारा|লিখেছেন|লেখক|প্রতিবেদক|எழுத்தாளர்|செய்தியாளர்|અહેવાલ|લેખક|ਲੇਖਕ|ਰਿਪੋਰਟ|రచయిత|ผู้เขียน|รายงานโดย|รายงาน|เรื่องและภาพ|เรื่อง|ข่าว\/ภาพ|โดย|bài và ảnh|bài(?=\s?:))(?:\s?[:|፡]\s*|\s[-–]\s|\s+)(?=\S)/,
  /**
   * CJK bylines, which no spacing or capital marks: a Korean name before its role ("홍길동 기자",
   * "서울=홍길동 특파원 hong@...", "구현모·신현주 기자"); a Chinese or Japanese role label before the
   * names, opening the line, a bracket or a part of it ("记者 张伟", "本报记者 李娜", "文・山田太郎"). An editor's
   * credit ("（责编：王芳）", "编辑：赵雪") names no author.
   */
  /** A Japanese reporter signs the article's end with the name alone in brackets ("（中川由紀）"); an agency's or a desk's name ("（東和通信）") is no author. */
  japaneseSignature: /^[（(]\s*((?:\p{Script=Han}{2,4})(?:[\s　]?\p{Script=Han}{1,3})?)\s*[)）]$/u,
  signatureNotName: /(?:通信|新聞|新报|社|電|局|部|庁|省|署|会|所|院|班|団)$/u,
  // (Every repeat bounded: the patterns run over whole lines, at every position.)
  koreanNamesBeforeRole: /(?<![가-힣])([가-힣]{2,4}(?:[ \u3000]{0,2}[·,][ \u3000]{0,2}[가-힣]{2,4}){0,4})[ \u3000]{0,2}(?:기자|특파원|선임기자|객원기자|논설위원|통신원)(?![가-힣])/u,
  hanRoleBeforeNames: /(?:^|[\s(（【[])[ \u3000]{0,2}(?:本报|本報|本社)?(?:记者|記者|作者|撰文|特约记者|特約記者|編集委員|論説委員|解説委員|特派員|文[ \u3000]{0,2}[:：=＝・/]|筆者)[ \u3000]{0,2}[:：=＝・|]?[ \u3000]{0,2}(\p{Script=Han}{2,4}(?:[ \u3000]{0,2}[、,，・ \u3000][ \u3000]{0,2}\p{Script=Han}{2,4}){0,4})(?=$|[\s)）】\]、,，])/u,
  /**
   * A wire credit opening the article's first paragraph, where these presses name the reporter:
   * Korean "(서울=연합뉴스) 홍길동 기자 =", Taiwanese "〔記者陳怡君／新北報導〕", mainland Chinese
   * "新华社北京12月1日电（记者 张伟、李娜）" and "本报讯（记者 王芳）". Group 1 holds the names.
   */
  leadCredit: [
    /^[(（][^()（）=＝]{1,20}[=＝][^()（）]{1,20}[)）][ \u3000]{0,2}([가-힣]{2,4}(?:[ \u3000]{0,2}[·,][ \u3000]{0,2}[가-힣]{2,4}){0,4})[ \u3000]{0,2}(?:기자|특파원|선임기자|객원기자|통신원)[ \u3000]{0,2}[=＝]/u,
    /^[〔［[【(（][ \u3000]{0,2}(?:記者|记者)[ \u3000]{0,2}(\p{Script=Han}{2,4}(?:[ \u3000]{0,2}[、,，][ \u3000]{0,2}\p{Script=Han}{2,4}){0,4})[ \u3000]{0,2}[／/]/u,
    /^[^（(。]{0,30}(?:电|讯|電|訊)[ \u3000]{0,2}[（(][ \u3000]{0,2}(?:本报|本報)?(?:记者|記者)[ \u3000]{0,2}(\p{Script=Han}{2,4}(?:[ \u3000]{0,2}[、,， \u3000][ \u3000]{0,2}\p{Script=Han}{2,4}){0,4})[ \u3000]{0,2}[)）]/u,
  ] as const,
  /**
   * Languages whose press signs the article at its end with the reporter's name alone on a line
   * (Vietnamese: "Ngọc Trâm", "Nguyễn Hải Yến - Phạm Đức Long" under the last paragraph). Elsewhere
   * a bare name there is as often a caption's or a quote's.
   */
  signsAtEnd: new Set(['vi']),
  /** A newsroom or agency credit, no person: "Redakcia Správy SRT", "Agencia EFE", "Redakce", "Toimitus", "Szerkesztőség" (sk, cs, pl, hr, fi, hu, ro, nl, it, pt). */
  newsroomCredit: /^(?:agencia|agence|agenzia|agência|agentur|redakcia|redakce|redakcja|redakcija|uredništvo|toimitus|szerkesztőség|redacția|redactia|redactie|redazione|redação|redaccao)(?:\s|$)/,
  /** A source's credit, no author: "Theo Báo Đồng Bằng" ("after the Đồng Bằng paper"), "Nguồn: TTXVN", "Source: Reuters". */
  sourceCredit: /^(?:theo (?:báo|tạp chí|thông tấn xã|ttxvn|đài)(?=\s|$)|(?:nguồn|sumber|source|quelle|fuente|fonte)\s?:)/u,
  /** Prefixes that make a line a byline on their own (the ambiguous "de", "di", "text" need a name after them). */
  strongBylinePrefix: /^(?:by|words by|interview by|interviewed by|(?:ein|eine) (?:kommentar|analyse|gastbeitrag|essay|interview|bericht|reportage|kolumne|glosse) von|written by|story by|reporting by|posted by|text by|photos? and text by|(?:article|post|story) (?:written )?by|(?:this|the) (?:post|article|story|piece|guide|report) (?:was |is )?(?:written|authored|penned) by|von|par|por|door|av|af|autor|autorin|author|auteur|autore|redacción|verfasst von|geschrieben von|escrito por|écrit par|scritto da|a cura di|skrevet av|autorzy|autorka|yazan|yazar|autorius|autorė|autors|συντ[αά]κτης|συντ[αά]κτρια|автор|авторы|автори|penulis)(?:\s?[:|]\s*|\s+)(?=\S)/,
  /** A label over a distributor or a sponsor, not an author: "News provided by" / "Quillon Robotics". */
  distributorLabel: /\b(?:provided|distributed|presented|sponsored|powered|supported|brought to you) by:?$/,
  /** Letters after a name, as written: "MD", "Ph.D.", "FACLM", "CEPF®", "E-RYT" (two capitals or more, no lower-case run). Matched as written. */
  postNominal: /^(?=[^\p{Lu}]*\p{Lu}[^\p{Lu}]*\p{Lu})(?!.*\p{Ll}{2})[\p{L}.®-]{2,8},?$/u,
  /** A photographer's role on the line under a name ("Henrik Aas" / "Fotograf"): a picture's credit, no author. */
  photographerRole: /^(?:photographer|photo|photos|fotograf|fotografin|fotografen|fotógrafo|fotógrafa|fotografo|fotografa|photographe|fotó|fotoriporter|kuvaaja|kuvat|fotoreporter|fotoreporterka|bild|bilder|foto)$/,
  /** A byline word alone on its line, the name on the next ("Author" / "Jane Doe"). */
  bylineLabel: /^(?:by|author|authors|author\(s\)|written by|posted by|words by|story by|contributors?|contributed by|contributions? from|(?:article|post|story) (?:written )?by|autor|autorin|autoren|von|par|por|auteur|auteurs|autore|redaktion|text|texte|texto|door|av|af)\s?:?$/,
  /** A profile button written after the name ("By Jane Doe Follow"): en, de, fr, es, it, pt, nl. */
  nameTrailingAction: /\s(?:follow|folgen|suivre|seguir|segui|volgen|subscribe|abonnieren|s'abonner|suscribirse|iscriviti|profile|profil|perfil|profilo)$/i,
  /**
   * Page labels that look like capitalised names beside a byline ("Fact Checked", "Post Tags",
   * "Reviewed By", "Edited by"): a part holding one is no name, and an editor is no author ("Written
   * and edited by" still is). en, de, fr, es, it, pt, nl.
   */
  /** A review's info box ("Cast: ...", "Director: ...", "Runtime: 2h 31m", "Publisher: ..."): never the headline. */
  reviewInfoLabel: /^(?:cast|starring|director|directed by|screenplay|runtime|running time|certificate|certification|rated|genre|release date|in cinemas|streaming on|publisher|published by|pages|isbn|translated by|platforms?|developer|price)\s?:\s/,
  notNameLabel: new CaseBlindPattern(/(?<![\wÀ-ɏ])(?:fact[- ]?checked|checked by|embargoed|embargo|for immediate release|press release|news release|media release|download|reviewed|reviewed by|medically reviewed|(?<!and )(?:copy[- ]?)?edited|tags|tagged|categories|category|filed under|related|geprüft|faktencheck|schlagworte|schlagwörter|kategorien|kategorie|vérifié|vérifiée|étiquettes|catégories|catégorie|verificado|verificada|etiquetas|categorías|categoría|verificato|categorie|categorias|trefwoorden|categorieën)(?![\wÀ-ɏ])/i),
  /**
   * A desk or a team that signs as the author after a byline word ("By Resy Staff", "by News Desk",
   * "By the Lavazza Team", "By The Currency editors"): one to three capitalised words and the
   * collective noun. A paper's or a wire's staff ("By Lanyard Wire staff") is a credit (see `outletName`). en.
   */
  collectiveAuthor: /^(?:[Tt]he\s)?((?<stem>(?:[\p{Lu}\d][\p{L}\d&.'’-]{0,30}\s){1,3})(?:[Tt]eam|[Ss]taff|[Dd]esk|[Nn]ewsdesk|[Nn]ewsroom|[Ee]ditors|[Ee]ditorial [Tt]eam|[Ee]ditorial [Ss]taff|[Ee]ditorial [Bb]oard)|[Nn]ews ?[Dd]esk|[Tt]eam \p{Lu}[\p{L}\d]{1,30})$/u,
  /** Job titles, desks and roles that follow or precede names; a part made of them is not a name. */
  role: new CaseBlindPattern(/\b(?:reporter|reporters|writer|writers|editor|editors|correspondent|correspondents|staff|columnists?|contributor|contributors|producer|analyst|bureau|studio|chief|senior|team|desk|newsroom|editorial|contributing|freelance|journalists?|journalistin|redakteur|redakteurin|redaktor|redaktorin|redaktion|korrespondent|korrespondentin|rédaction|rédacteur|rédactrice|journaliste|envoyé spécial|envoyée spéciale|enviado especial|enviada especial|periodista|corresponsal|redactor|redactora|redacción|redazione|giornalista|inviato|inviata|redação|repórter|redactie|verslaggever|correspondent|reporter|journalists?|redaksjonen|journalisten|muhabir|haber merkezi|toimittaja|photographer|photography|illustrator|illustration|graphics|video|anchor|host|professor|founder|ceo|director|manager|head|lead|specialist|expert|consultant|author|service|reporting|agency|press|newsroom|network|wire|wires|associated|communications|comms|public affairs|media relations|press office)\b/i),
  /**
   * A role written as one compound word after a name (de, nl, sv, da, no: "Landeskorrespondentin",
   * "Wirtschaftsredakteur", "Nyhetsreporter").
   */
  /** A rank, a beat or a region before a role ("Africa Ports Correspondent", "Former Deputy Tech Editor"): never a name. */
  beatWord: /^(?:former|deputy|executive|associate|assistant|managing|acting|interim|africa|african|asia|asian|europe|european|america|american|latin|middle|east|west|north|south|world|global|international|foreign|national|local|regional|city|state|political|politics|policy|health|medical|science|scientific|business|economics|economic|economy|finance|financial|markets?|energy|climate|environment|environmental|transport|transportation|ports?|shipping|aviation|education|crime|courts?|legal|security|defen[cs]e|diplomatic|technology|tech|sports?|football|cricket|rugby|culture|arts?|music|film|food|travel|fashion|motoring|property|weather|agriculture|farming|labou?r|religion|social|investigations?|data|digital|consumer|retail|industry|mining|media)$/i,
  roleCompound: new PropertyPattern(/^\p{L}{2,}(?:korrespondent|redakteur|redacteur|reporter|journalist|fotograf|autor)(?:in|innen|en)?$/u),
  /** Separators between names ("and", "&", commas) in the languages above, Indonesian/Malay "dan" and Vietnamese "và" too. */
  /**
   * An outlet's name as a byline credits it after the author's: "The ..." or two words or more
   * ending in a newspaper's or a broadcaster's head noun ("Thornbury Courier-Post", "Valley News").
   */
  /** An outlet or agency named by its kind first ("Jornal Vale Aberto", "Agência Atlântico", "Diario del Sur"): after an author, no second author. */
  outletLead: /^(?:Jornal|Diário|Diario|Periódico|Periodico|Gazeta|Folha|Correio|Giornale|Corriere|Gazzetta|Journal|Zeitung|Revista|Rádio|Radio|Agência|Agencia|Agence|Agenzia|Agentur)\s\p{Lu}/u,
  /** A newsroom's own name as a byline's opening word ("Redacción Judicial", "Redazione Cronaca"): a desk follows, one word, no author. */
  newsroomPrefix: /^(?:redacción|redaccion|redação|redacao|redazione|redaktion|redactie|rédaction|redaction)\s/,
  outletName: /^The\s\p{Lu}|^\p{Lu}\S*(?:\s\S+)*[\s-](?:News|Service|Agency|Post|Times|Herald|Wire|Press|Journal|Courier|Gazette|Tribune|Chronicle|Telegraph|Observer|Dispatch|Bulletin|Register|Sentinel|Examiner|Enquirer|Inquirer|Advocate|Leader|Magazine|Radio|Television|TV|Media|Network|Newswire|Zeitung|Nachrichten|Rundschau|Anzeiger|Kurier|Tagblatt|Presse|Diario|Giornale|Gazzetta|Dagblad|Courant)$/u,
  nameJoiner: /[,;&+/]|\s(?:and|und|et|y|e|en|och|og|i|ve|ja|a|și|dan|và)\s/iu,
  /**
   * What follows a date on a dateline before a name may: a clock time with its word and zone
   * ("um 15:46 Uhr /", ", 14:26 Uhr,", "at 10:20 am ·", "à 9h30", "kl. 08.15 CET").
   */
  clockTail: /^[\s,]*(?:(?:um|at|à|a las|alle|om|kl\.?|klo)\s+)?(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:(?:am|pm|h|hrs)\b|a\.m\.|p\.m\.)?\s*)?(?:uhr\b)?(?:\s*(?:cet|cest|gmt|utc|mez|mesz|[ecmp][sd]t)\b)?[\s,;/|·•–—-]*/iu,
  /** Where the names on a byline line end: a separator, a digit (a date, a time, a reading time). */
  nameStop: /\s?[|·•—–]|\s-\s|\s\d|\s{3,}/u,
  /** Stamp words that end the names ("Jane Doe Updated March 3"). */
  nameStopWord: new CaseBlindPattern(/\b(?:updated|published|posted|aktualisiert|veröffentlicht|publié|publiée|mis à jour|publicado|publicada|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret)(?![\wÀ-ɏ])/i),
  /** Small lower-case words that end the names: "Jane Doe in Berlin", "on March 3" (case-sensitive: "Le Pen" is a name). */
  nameStopSmall: /\s(?:on|at|in|am|um|le|el|il|op|with|mit|avec|con|com|met)\s|\s(?:In|On|At)\s(?=\p{Lu})/u,
  /** First-publication labels: "Published", "Veröffentlicht am", "Publié le", "Publicado el". */
  publishedLabel: new CaseBlindPattern(/(?<![\wÀ-ɏ])(?:published|first published|posted|posted on|published on|publish date|pub date|pubdate|publication date|date published|date of publication|publikationsdatum|date de publication|fecha de publicación|data di pubblicazione|data de publicação|publicatiedatum|released|issued|veröffentlicht|publiziert|erschienen|erstellt|publié|publiée|mis en ligne|publicado|publicada|pubblicato|pubblicata|gepubliceerd|geplaatst|publicerad|publisert|publiceret|opublikowano|objavljeno|δημοσιεύθηκε|δημοσίευση|yayınlanma|yayınlandı|julkaistu|publicat|publikováno|publikované|közzétéve|megjelent|diterbitkan|dipublikasikan|disiarkan|xuất bản|đăng lúc|ngày đăng)(?![\wÀ-ɏ])|(?:^|\s)(?:опубликовано|опубликована|опубліковано|публикувано|публикувана|дата публикации|дата публікації)(?=[\s:,]|$)/i),
  /**
   * A first publication stated in the article's words, whatever the header shows ("This article was
   * originally published on 26 Sep 2019 but has been regularly updated"): the date right after it.
   */
  originallyPublished: new CaseBlindPattern(/(?<![\wÀ-ɏ])(?:(?:originally|first) (?:published|posted|appeared)|ursprünglich (?:veröffentlicht|erschienen)|erstmals (?:veröffentlicht|erschienen)|(?:publié|publiée) (?:initialement|à l'origine|pour la première fois)|initialement (?:publié|publiée)|publicad[oa] originalmente|originalmente publicad[oa]|pubblicat[oa] originariamente|originariamente pubblicat[oa]|oorspronkelijk gepubliceerd|ursprungligen publicerad)(?![\wÀ-ɏ])/i),
  /**
   * Print-edition labels: "A version of this article appears in print on", "Ausgabe vom", "édition
   * papier du". The paper prints a story the day it went online or the day after, so such a day
   * is no publication date by itself.
   */
  printEdition: new CaseBlindPattern(/(?<![\wÀ-ɏ])(?:print edition|appears? in print|appeared in (?:the )?(?:\S+ ){0,4}print edition|in print on|ausgabe vom|printausgabe|gedruckten ausgabe|zeitungsausgabe|édition (?:papier|imprimée)(?: du)?|edición impresa|edizione (?:cartacea|in edicola)|papieren krant|printutgåvan|papiravisen)\b/i),
  /** Update labels: "Updated", "Aktualisiert", "Mis à jour", "Actualizado", "Last modified". */
  updatedLabel: new CaseBlindPattern(/\b(?:updated|last updated|last update|last published|modified|last modified|revised|edited|aktualisiert|zuletzt aktualisiert|geändert|mis à jour|modifié|modifiée|actualizado|actualizada|actualización|modificado|aggiornato|aggiornata|ultimo aggiornamento|atualizado|atualizada|bijgewerkt|laatst bijgewerkt|laatste update|gewijzigd|uppdaterad|oppdatert|sist oppdatert|opdateret|zaktualizowano|güncelleme|güncellendi|päivitetty|actualizat|aktualizováno|aktualizované|frissítve|módosítva|aktualizacja|ostatnia aktualizacja|aktualizace|poslední aktualizace|aktualizácia|diperbarui|dikemas kini|kemas kini|cập nhật)(?![\wÀ-ɏ])|(?:^|\s)(?:обновлено|обновлена|оновлено|актуализирано|актуализирана|последнее обновление)(?=[\s:,]|$)/i),
  /** Relative stamps, meaningful only against a known scrape time: "3h ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 horas". */
  relativeStamp: new CaseBlindPattern(/\b(?:\d+\s?(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)\s+ago|(?:an?|one)\s+(?:hour|minute|day|week)\s+ago|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)|vor\s+(?:einer|einem)\s+(?:minute|stunde|tag|woche)|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?)|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?)|\d+\s+(?:minuti|ore|giorni)\s+fa|há\s+\d+\s+(?:minutos?|horas?|dias?)|\d+\s+(?:minuten|uur|dagen)\s+geleden|för\s+\d+\s+(?:minuter|timmar|dagar)\s+sedan|\d+\s+(?:minutter|timer|dager|dage)\s+siden|yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag|igår|idag|i går|i dag)\b/i),
  /** Reading-time and view-count furniture that shares the byline's line. */
  readingTime: new CaseBlindPattern(/\b(?:\d+\s?(?:-|–)?\s?(?:min|mins|minutes?|minute)\.?\s+(?:read|lesen|lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd|läsning|lesing|lesetid|okuma)|(?:lesedauer|lesezeit|reading time|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|lesetid|läsetid|okuma süresi)\s?:?\s?\d+|\d+\s+(?:views|comments|shares)|\d+\s?(?:min|minutes?|minuten|minutos?|minuti)\b)/i),

  /** A line made only of the outlet's share and font furniture that often sits between header lines. */
  headerFurniture: new CaseBlindPattern(/^(?:share|share this|share this article|share on \w+|tweet|email|print|save|comments?|\d+ comments?|listen|listen to this article|font size|a a a|aa|teilen|partager|compartir|condividi|delen|dela|del|paylaş|jaa|copy link|link copied|follow|subscribe|sign in|log in|login|menu|search|close|zoom|advertisement|anzeige|publicidad|publicité|pubblicità|advertentie|annons|annonse|reklam|mainos)$/i),
}));
