/**
 * Language evidence, as data: the commonest function words of each language written in Latin
 * script (short, frequent, and rarely shared across languages), and the scripts that name their
 * language on their own. Tags are BCP 47 primary language subtags.
 */
import { lazy } from '../lazy.js';

/**
 * About twenty function words per language. Words shared by two of the listed languages are kept
 * only where they are among the most frequent of both; the margin test in `detectLanguage` settles
 * close calls.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to in is that for it with was on as are be this by at from have has not but which were they been their said would will',
  de: 'der die und das ist nicht mit den von zu sich auf im für dem ein eine des auch es wird sind wurde bei nach aus noch wie einer',
  fr: 'de le la les et des est une pour du dans que qui pas sur au avec ce il elle sont aux par plus mais ont été cette leur',
  es: 'de el los las y del que en por una con para se es al lo como más pero sus su fue ha este está son entre también',
  it: 'il di che della per non con una sono gli alla del dei nel è le anche come più ha dalla questo ma essere stato delle',
  pt: 'de a e o os da do das dos no na que em para com uma um não por mais como ao foi são pela pelo também está seu sua muito',
  nl: 'de het een van en in is dat op te zijn met voor niet aan er ook als door bij maar om werd worden naar deze',
  sv: 'och att det som en på är av för med till den har inte om ett var de från men sig ska kan vid hade efter i',
  // Danish and Norwegian share most of their commonest words: each lists the forms the other spells otherwise.
  da: 'og at det som en på er af for med til den har ikke om et var de fra men sig skal kan ved havde efter også i blev bliver været meget noget hvad siger fik',
  no: 'og at det som en på er av for med til den har ikke om et var de fra men seg skal kan ved hadde etter også i ble blir vært mye enn noe hva sier fikk',
  pl: 'i w na nie się z do że to jest o jak po od za co jego przez być są ale tak już czy dla',
  tr: 've bir bu da de için ile çok daha olarak gibi kadar sonra ama olan en ya mı değil şey her ancak',
  fi: 'ja on ei että oli se hän ovat myös kun mutta tai niin kuin joka ole jo sen nyt vain voi',
  cs: 'a v se na je že to s z do o jako by ale pro jsou tak jeho již také byl bylo podle',
  sk: 'a v sa na je že to s z do o ako by ale pre sú tak jeho už aj bol bolo podľa ktorý ktorá alebo',
  ca: 'els les la del que per amb una als és va van dels pel seva seu també però més com aquest aquesta són han fins el en i hi ho perquè',
  // Not 'de', 'a', 'o': the commonest words of Portuguese, Spanish and French too, they made
  // Portuguese pages read as Romanian.
  ro: 'și şi în la cu nu pe din că un este pentru mai care sunt au fost se ca sau acest unui unei după acesta aceasta către însă dintre fără iar prin spre cât când foarte doar astfel potrivit încă asupra',
  hu: 'a az és hogy nem is egy meg van de csak már még ez mint vagy volt kell lesz ami',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena bisa atau mereka',
  vi: 'và của là có được cho không những trong các với một người đã này khi để đến từ cũng',
  hr: 'je i u na da se za su od koji koja što ali kao iz ili bi bio bila nije će prema nakon također između biti',
  sl: 'je in v na da se za so ki ne pa tudi kot bo po od bi bil bila ter še ali lahko ga jih',
  et: 'ja on et ei see oli mis ka kui aga oma nii siis selle mida veel ning seda kes pole ta',
  lt: 'ir yra kad su į iš buvo bet kaip per už nuo apie jau dar tai jis ji taip bus nėra kuris kurie',
  lv: 'un ir ka ar uz no par bet kā arī tas to bija vai lai pēc jau tikai viņš tā',
};

/** Scripts that name a language by themselves (checked before function words). */
export const SCRIPT_LANGUAGES: readonly { lang: string; pattern: RegExp }[] = [
  { lang: 'ja', pattern: /[\u3041-\u3096\u30a1-\u30fa]/g }, // kana (not the middle dot or long-vowel mark Chinese pages borrow)
  { lang: 'ko', pattern: /[\uac00-\ud7af]/g },
  { lang: 'zh', pattern: /[\u4e00-\u9fff]/g },
  { lang: 'el', pattern: /[\u0370-\u03ff]/g },
  { lang: 'ur', pattern: /[\u0679\u0688\u0691\u06ba\u06d2]/g }, // ٹ ڈ ڑ ں ے: letters Persian and Arabic lack
  { lang: 'fa', pattern: /[\u067e\u0686\u0698\u06af]/g }, // پ چ ژ گ: letters Arabic lacks
  { lang: 'ar', pattern: /[\u0600-\u06ff]/g },
  { lang: 'he', pattern: /[\u0590-\u05ff]/g },
  { lang: 'th', pattern: /[\u0e00-\u0e7f]/g },
  { lang: 'hi', pattern: /[\u0900-\u097f]/g },
  { lang: 'bn', pattern: /[\u0980-\u09ff]/g },
  { lang: 'pa', pattern: /[\u0a00-\u0a7f]/g },
  { lang: 'gu', pattern: /[\u0a80-\u0aff]/g },
  { lang: 'ta', pattern: /[\u0b80-\u0bff]/g },
  { lang: 'te', pattern: /[\u0c00-\u0c7f]/g },
  { lang: 'kn', pattern: /[\u0c80-\u0cff]/g },
  { lang: 'ml', pattern: /[\u0d00-\u0d7f]/g },
  { lang: 'si', pattern: /[\u0d80-\u0dff]/g },
  { lang: 'lo', pattern: /[\u0e80-\u0eff]/g },
  { lang: 'my', pattern: /[\u1000-\u109f]/g },
  { lang: 'km', pattern: /[\u1780-\u17ff]/g },
  { lang: 'ka', pattern: /[\u10a0-\u10ff]/g },
  { lang: 'hy', pattern: /[\u0530-\u058f]/g },
  { lang: 'am', pattern: /[\u1200-\u137f]/g },
  { lang: 'kk', pattern: /[әғқңөұүһӘҒҚҢӨҰҮҺ]/g }, // letters Russian and Ukrainian lack
  { lang: 'uk', pattern: /[іїєґІЇЄҐ]/g }, // letters Russian lacks
  { lang: 'bg', pattern: /[ъЪ]/g }, // frequent in Bulgarian, rare in Russian (told apart in the detector by ы, э, ё)
  { lang: 'ru', pattern: /[\u0400-\u04ff]/g },
];

/**
 * More function words the detector reads, beyond those the region model was trained to count
 * (`regionModelFunctionWords`): Turkish builds much with suffixes, so its free-standing words are
 * few, and a page's share of them fell short of the detector's floor.
 */
const DETECTOR_WORDS: Record<string, string> = {
  // Uzbek in Latin letters.
  uz: "va bu uchun bilan ham esa edi emas lekin yil deb dedi qilib bo'yicha ko'ra yana hamda biroq ushbu",
  tr: 'ise ki veya ayrıca göre önce üzerine tarafından nedeniyle karşı arasında olduğu oldu var yok yeni ilk iki bin milyon yıl bunun şu o ne',
};

/** word -> the languages listing it. */
export const functionWords = lazy(() => {
  const map = wordLanguages(Object.keys(FUNCTION_WORDS));
  for (const [lang, words] of Object.entries(DETECTOR_WORDS)) {
    for (const w of words.split(' ')) {
      const list = map.get(w);
      if (list) {
        if (!list.includes(lang)) list.push(lang);
      } else map.set(w, [lang]);
    }
  }
  return map;
});

/**
 * The languages whose function words the region model (src/model/) was trained to count: its
 * "function-word share" feature must read lines as it did in training, so languages added to the
 * detector since (hr, sl, et, lt, lv) join it only when the model is retrained.
 */
const REGION_MODEL_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'pl', 'tr', 'fi', 'cs', 'sk', 'ca', 'ro', 'hu', 'id', 'vi'];
export const regionModelFunctionWords = lazy(() => wordLanguages(REGION_MODEL_LANGUAGES));

function wordLanguages(languages: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const lang of languages) {
    for (const w of FUNCTION_WORDS[lang]!.split(' ')) {
      const list = map.get(w);
      if (list) list.push(lang);
      else map.set(w, [lang]);
    }
  }
  return map;
}

/** The languages the detector can name. */
export const KNOWN_LANGUAGES: readonly string[] = [...Object.keys(FUNCTION_WORDS), ...SCRIPT_LANGUAGES.map((s) => s.lang)];
