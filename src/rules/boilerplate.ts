/**
 * The boilerplate catalog: what page furniture says, grouped by concept. Patterns are matched
 * against a folded line (lower case, straight quotes, '-' for dashes, bullet marker stripped).
 *
 * `maxWords` is what keeps real sentences: a 40-word paragraph about a streaming service's
 * subscriptions is not a promo, however many sales words it holds. Outlet and brand names never
 * appear here; rules must hold for pages we have not seen.
 */
import type { BoilerplateReason } from '../schema.js';
import { lazy, PropertyPattern } from '../lazy.js';
import { BOILERPLATE_NEEDLES, BOILERPLATE_PREFIXES } from './boilerplate-prefixes.js';

export interface BoilerplateRule {
  /** Stable id, `concept.name`, reported in `boilerplate[].rule` (`-de`, `-fr`, ... for other languages). */
  id: string;
  /** The language the rule's words are in (BCP 47), 'und' for shapes that hold in any language. */
  lang: string;
  pattern: RegExp;
  /** A second pattern the line must also match (two plain patterns instead of one with ".*"). */
  also?: RegExp;
  /** Lines with more words than this never match the rule. */
  maxWords: number;
  /** Lines that also match this are not the rule's; it takes the place of the concept's `unless`. */
  unless?: RegExp;
}

export interface BoilerplateConcept {
  concept: string;
  reason: BoilerplateReason;
  /** A line that also matches this reads as reporting, not furniture, and is kept. */
  unless?: RegExp;
  rules: BoilerplateRule[];
}

export interface CompiledRule extends Omit<BoilerplateRule, 'also'> {
  reason: BoilerplateReason;
  unless?: RegExp;
  /** `also`, run through `for(line)` (it may hold Unicode-property classes). */
  also?: PropertyPattern;
}

/** News prose about subscriptions, podcasts or newsletters: reporting verbs and results. */
const REPORTING = /\b(?:said|says|told|according to|reported|announced|rose|fell|grew|jumped|dropped|declined|increased|decreased|added|lost|gained|surged|slumped|doubled|percent|per cent|\d+(?:\.\d+)?%|million|billion|quarter|analysts?|company|companies|firm|users|listeners|viewers|customers|households)\b/;

const SHARE_WORDS = 'share|save|save article|save for later|bookmark|tweet|email article|email this article|email|e-mail|print article|print this article|print|copy link|copy url|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|flipboard|pocket|tumblr|sms|mail|link copied|copied';
/** A share button's label: a network or action, or "share on" one ("Print  Email  Share on Facebook"). */
const SHARE_TOKEN = `(?:share (?:on|via|to|by) )?(?:${SHARE_WORDS})`;

/** Newsletter sign-offs ("That's it for today.", "See you tomorrow", "Nos leemos mañana"); a line holds one or two. */
const SIGNOFF = "(?:we'?ll be back (?:tomorrow|next week|on \\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?(?: with (?:more|the latest))?|(?:and )?that'?s (?:it|all|a wrap|(?:the|our|your) (?:roundup|round-up|briefing|newsletter|digest|wrap))(?: (?:for|from) (?:today|now|tonight|us|me|this week|this (?:morning|afternoon|evening)|this (?:edition|issue)|the week))?|see you (?:tomorrow|next week|on \\w+|(?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|then|soon|next time|in the morning)|until (?:next time|next week|tomorrow|then|monday)|till (?:next time|tomorrow)|thanks? (?:you )?for reading(?: and see you \\w+)?|have a (?:great|good|nice|lovely|wonderful|restful) (?:day|evening|weekend|week|night)|enjoy (?:your|the) (?:day|evening|weekend)|talk (?:to you )?(?:soon|tomorrow)|take care|cheers|best|all the best|best wishes|warmly|regards|bis morgen|bis dann|bis (?:nächste woche|zum nächsten mal|bald)|schönen (?:abend|tag|sonntag)|à demain|à la semaine prochaine|à bientôt|bonne (?:journée|soirée|lecture|semaine)|hasta (?:mañana|la próxima|pronto)|nos leemos(?: mañana| la próxima semana| pronto)?|eso es todo(?: por hoy)?|a domani|buona giornata|saludos|un saludo|(?:\\S+ ){0,3}(?:returns|is back|will be back) (?:tomorrow|next week|on \\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|evening))?(?: at \\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm|a\\.m\\.|p\\.m\\.)?)?|(?:\\S+ ){0,3}(?:torna|torniamo|revient|revenons|vuelve|volvemos|volta|voltamos) (?:domani|demain|mañana|amanhã)(?: (?:mattina|matin|por la mañana|de manhã))?)";

/** An advert's label in English. */
const AD_LABEL = 'advertisement|advertisements|advert|adverts|ad|ads|ad feedback|advertise with us|advertising|sponsored|scroll to continue(?: with content)?|(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?|continue reading (?:below|the main story)|remove ads|ad-free|close ad|report (?:this )?ad|skip (?:this )?(?:ad|advertisement)|(?:skip past|after) (?:the )?(?:newsletter |ad )?(?:promotion|advertisement)|advertisement \\d{1,2}';

/**
 * The terms of a subscription offer in the languages below: a price or a period of the offer
 * ("0,99 €", "R$ 1,90", "1 krona", "le premier mois", "jederzeit kündbar", "sans engagement").
 */
const OFFER_TERMS = /zum preis von (?:einem|einer)|pour le prix d'une?|por el precio de|al prezzo di|\d\s?(?:€|kr\b|kronor|krona|kroner?\b|krone\b|euros?\b|reais\b)|(?:€|r\$|\$|£)\s?\d|\b(?:gratis|grátis|kostenlos|gratuit|gratuito|sans engagement|kündbar|disdici|cancele|cancela|avsluta|opzegbaar|opsig|monat|wochen|mois|mese|mes|mês|månad|månaden|maand|måned|måneden|uker|ukene|uger|ugerne|veckor|veckorna)\b/;

/** Greetings that open a newsletter ("Good morning,", "Hi all,", "¡Buenos días!", "Guten Morgen"). */
const GREETING = "^¡?(?:good (?:morning|afternoon|evening|day)|morning|evening|hi|hello|hey|howdy|greetings|dear (?:readers?|subscribers?|friends)|welcome back|guten (?:morgen|tag|abend)|hallo|moin|liebe leser(?:innen)?(?: und leser)?|bonjour|bonsoir|chers lecteurs|buenos d[ií]as|buenas(?: tardes| noches)?|hola|queridos lectores|buongiorno|buonasera|ciao)\\b";

export const boilerplateCatalog = lazy((): BoilerplateConcept[] => [
  {
    concept: 'subscription',
    reason: 'subscription',
    unless: REPORTING,
    rules: [
      // "Vous lisez un article gratuit. Profitez de ... à partir de 1 € le premier mois." (fr, de, it, es).
      { id: 'subscription.free-article-intl', lang: 'und', pattern: /^(?:vous lisez un article (?:gratuit|offert|en accès libre)|sie lesen (?:einen )?(?:kostenlosen|frei zugänglichen) artikel|stai leggendo un articolo (?:gratuito|gratis)|estás leyendo (?:un artículo|una noticia) (?:gratuit[oa]|en abierto))\b/, maxWords: 40 },
      // Imperative offers: "Subscribe to both X and Y", "Subscribe now", "Subscribe for $1".
      { id: 'subscription.imperative', lang: 'en', pattern: /^(?:please )?(?:subscribe|resubscribe)\b(?! to (?:(?:the|a|her|his|their) )?(?:channel|podcast|feed))/, maxWords: 30 },
      // A trial's small print under its button: "No credit card required.", "Cancel anytime."
      { id: 'subscription.small-print', lang: 'en', pattern: /^(?:no credit card (?:required|needed)|cancel (?:at )?any ?time|free (?:forever|for \d+ days)|no (?:strings attached|commitment))[.!]?$/, maxWords: 8 },
      { id: 'subscription.offer', lang: 'en', pattern: /\bsubscri(?:be|ption|bers?)\b/, also: /\b(?:discount|offer|price|save|saving|deal|trial|per (?:month|week|year)|a (?:month|week|year)|only|today|now|unlimited|exclusive|access|plans?|unlock|for free)\b/, maxWords: 30 },
      { id: 'subscription.account', lang: 'en', pattern: /^(?:already (?:a )?(?:subscriber|member|registered)|(?:log|sign) ?in|(?:log|sign) ?(?:out|up)|register|create (?:an|a free|your) account|(?:don't|do not) have an account|my account|manage (?:your )?(?:subscription|account)|become a (?:member|subscriber)|join (?:now|today)|support (?:our|independent) journalism)\b/, maxWords: 14 },
      { id: 'subscription.trial', lang: 'en', pattern: /\b(?:free trial|start (?:your|a) (?:free )?(?:\d+-(?:day|week|month) )?trial|try (?:it )?(?:free|for \S+)|free for (?:your |the )?first \d+ (?:days?|weeks?|months?)|^try [^.!?]{0,40}\bfree for \d+ (?:days?|weeks?|months?)|^try [^.!?]{0,40}\bfor [$£€₹¥]\s?\d[\d.,]*\b|try \d+ (?:days?|weeks?|months?) for|cancel any ?time|\d+ (?:days?|weeks?) free|per month after|billed (?:annually|monthly))\b/, maxWords: 30 },
      { id: 'subscription.account-de', lang: 'de', pattern: /^(?:jetzt abonnieren|abonnieren|abo abschließen|zum abo|abo-?angebote?|jetzt (?:abo|testen) .{0,40}|bereits abonnent\??|schon abonnent\??|sie sind bereits abonnent\??|anmelden|einloggen|abmelden|registrieren|jetzt registrieren|mein konto|(?:sie haben )?noch kein (?:konto|benutzerkonto)\?.{0,200}|weiterlesen mit .{0,200}|jetzt \S*abo sichern.{0,200})$/, maxWords: 14 },
      { id: 'subscription.account-fr', lang: 'fr', pattern: /^(?:découvrez nos offres(?: numériques| d'abonnement)?\.?|s'abonner|abonnez-vous|je m'abonne|déjà abonné\s?\??|vous êtes déjà abonné\s?\??|se connecter|connexion|se déconnecter|s'inscrire|mon compte|créer (?:un|mon) compte|(?:vous n'avez )?pas (?:encore )?de compte\s?\?.{0,200}|offre (?:d'abonnement|spéciale).{0,200})$/, maxWords: 14 },
      { id: 'subscription.account-es', lang: 'es', pattern: /^(?:suscríbete|suscríbase|suscribirse|hazte (?:socio|suscriptor|premium)|¿?ya eres (?:suscriptor|socio|premium)\??|iniciar sesión|inicia sesión|cerrar sesión|regístrate|registrarse|mi cuenta|crear (?:una )?cuenta|¿?no tienes (?:una )?cuenta\?.{0,200})$/, maxWords: 14 },
      { id: 'subscription.account-it', lang: 'it', pattern: /^(?:abbonati(?: ora| subito)?|sei già abbonato\??|accedi|esci|registrati|il mio account|crea (?:un )?account|non hai (?:ancora )?un account\?.{0,200})$/, maxWords: 14 },
      { id: 'subscription.account-pt', lang: 'pt', pattern: /^(?:assine(?: já| agora)?|assinar|já é assinante\??|já sou assinante|entrar|iniciar sessão|terminar sessão|cadastre-se|registe-se|minha conta|a minha conta|criar conta)$/, maxWords: 14 },
      // A call to follow the outlet on a messenger: "Jetzt unseren WhatsApp-Kanal abonnieren", "Join our WhatsApp channel".
      // The outlet's news pushed to a messenger: "Receba as notícias da Gazeta no seu WhatsApp", "Get our news on Telegram".
      { id: 'subscription.messenger-news', lang: 'und', pattern: /\b(?:whatsapp|telegram)\b/, also: /\b(?:receba|recebe|recibe|recibí|ricevi|recevez|get|erhalten|erhalte|ontvang|få)(?![\wÀ-ɏ]).{0,80}\b(?:whatsapp|telegram)\b/, maxWords: 30 },
      { id: 'subscription.messenger-channel', lang: 'und', pattern: /\b(?:whatsapp|telegram|signal)[- ]?(?:kanal|channel|canal|kanaal|kanalen|kanalen)\b|\b(?:kanal|channel|canal|kanaal) (?:\S+ ){0,8}(?:no|on|auf|en|sur|su|op|på|in|de|do|da) (?:whatsapp|telegram)\b/, also: /(?<![\wÀ-ɏ])(?:abonnieren|folgen|join|follow|subscribe|suivez|rejoignez|síguenos|únete|únase|súmese|únanse|segui|iscriviti|siga|participe|entre|volg|följ)\b/, maxWords: 30 },
      // "Urmărește-ne pe canalul de WhatsApp!", "Intră pe canal": a messenger channel's pitch and button.
      { id: 'subscription.messenger-channel-ro', lang: 'ro', pattern: /\bcanalul (?:nostru )?de (?:whatsapp|telegram)\b|^intră pe canal$/, maxWords: 25 },
      // A reader's referral offer: "Parrainez un ami et recevez un mois d'abonnement offert", "Refer a friend".
      { id: 'subscription.referral', lang: 'und', pattern: /\b(?:refer a friend|parrainez(?: un ami)?|freunde werben|invita a un amigo|convida um amigo|invita un amico)\b/, maxWords: 40 },
      // An offer that opens with its call to subscribe, and states its price or terms.
      // The offer may follow a question to the reader: "Sie lesen gern den Kurier? Jetzt W+ testen ...".
      { id: 'subscription.offer-de', lang: 'de', pattern: /(?:^|\? )(?:jetzt (?:\S+ ){0,8}(?:testen|abonnieren|lesen|weiterlesen|sichern)|abonnieren sie|(?:\S+ ){0,3}abo (?:testen|abschließen|sichern))\b/, also: OFFER_TERMS, maxWords: 40 },
      // "Jetzt weiterlesen mit Thurauer Tagblatt Digital", "Lesen Sie weiter für nur CHF 1.– im ersten Monat.": the wall's offer.
      { id: 'subscription.continue-de', lang: 'de', pattern: /^(?:jetzt |hier )?weiterlesen mit\b|^lesen sie (?:jetzt )?weiter (?:für|mit)\b/, maxWords: 25 },
      { id: 'subscription.trial-de', lang: 'de', pattern: /\bjetzt \d+ (?:wochen|monate) (?:für \d+(?:[.,]\d+)? ?€|gratis|kostenlos) (?:testen|lesen)\b|\bdigitalabo\b/, maxWords: 30 },
      // A gifted article's note: "Cet article vous est offert. Abonnez-vous pour soutenir ...".
      { id: 'subscription.gifted-fr', lang: 'fr', pattern: /^cet article vous (?:est|a été) offert\b|\babonnez-vous pour (?:soutenir|accéder|lire|continuer)\b/, maxWords: 40 },
      { id: 'subscription.offer-fr', lang: 'fr', pattern: /^(?:(?:(?:cet article vous (?:intéresse|plaît)|vous aimez (?:nos|cet|notre) (?:articles?|journal|contenu|travail)) ?\? )?abonnez-vous|s'abonner|je m'abonne|essayez|offre (?:spéciale|d'abonnement|découverte|d'essai)|profitez de (?:notre|l')offre)\b/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.offer-it', lang: 'it', pattern: /^(?:abbonati|abbonatevi|abbonarsi|offerta (?:speciale|lancio))\b/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.offer-es', lang: 'es', pattern: /^(?:suscríbete|suscribete|suscribite|prueba|hazte suscriptor|oferta (?:especial|de suscripción))\b|\bsuscribite desde\b/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.offer-pt', lang: 'pt', pattern: /^(?:assine|assina|oferta especial)\b|^gostou (?:deste|desta|do) (?:artigo|texto|reportagem|conteúdo)\?/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.offer-ca', lang: 'ca', pattern: /^(?:fes-te subscriptor|fes-te subscriptora|subscriu-te|fes-te soci|fes-te sòcia)\b/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.offer-pl', lang: 'pl', pattern: /^(?:(?:za)?subskrybuj|wykup (?:subskrypcję|prenumeratę|dostęp)|kup (?:subskrypcję|prenumeratę|dostęp))\b.{0,120}\d/, maxWords: 40 },
      { id: 'subscription.offer-nl', lang: 'nl', pattern: /^(?:abonneer|neem een abonnement|word abonnee|probeer (?:\S+ ){0,4}(?:gratis|voor))\b/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.offer-sv', lang: 'sv', pattern: /^(?:prenumerera|bli prenumerant|teckna (?:en )?prenumeration|första (?:månaden|veckan|\d+ månaderna))\b/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.offer-da', lang: 'da', pattern: /^(?:abonner|bliv abonnent|tegn (?:et )?abonnement|første (?:måned|\d+ måneder))\b/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.offer-no', lang: 'no', pattern: /^(?:abonner|bli abonnent|tegn (?:et )?abonnement|første (?:måned|\d+ måneder))\b/, also: OFFER_TERMS, maxWords: 40 },
      { id: 'subscription.account-sv', lang: 'sv', pattern: /^(?:(?:är du )?redan prenumerant\??(?: logga in)?|logga in|logga ut|mitt konto|skapa (?:ett )?konto)$/, maxWords: 10 },
      // "Prova X Plus – första månaden för 1 kr. Avsluta när du vill.": a trial offer's terms.
      { id: 'subscription.trial-nordic', lang: 'und', pattern: /\b(?:första månaden för|første måned(?:en)? for|de første \d+ (?:måneder|uker|ugers?) for|avsluta när du vill|opsig(?:er)? når som helst|avslutt når du vil|ingen bindingstid)\b/, maxWords: 40 },
      // Account prompts that offer the page's features ("You can save this article by registering for free here.", "Follow your favorite stocks").
      { id: 'subscription.register-features', lang: 'en', pattern: /^(?:you can save this article by registering\b.{0,120}|(?:create|create a|create your) free account|follow your favou?rite (?:stocks|teams|topics|authors)|sign in to (?:save|follow|comment)\b.{0,60})$/, maxWords: 25 },
      // "Unlock the full picture with X Premium ..., now 30% off your first year.": a subscription's offer.
      { id: 'subscription.first-year-offer', lang: 'en', pattern: /\b\d{1,2}% off (?:your |the )?first (?:year|month|\d+ months)\b|^unlock (?:the full|full|unlimited|all)\b.{0,100}\b(?:premium|subscription|membership)\b/, unless: /\b(?:said|says|told|according to)\b/, maxWords: 40 },
      // "Subscribers get 40% off Premium this month."
      { id: 'subscription.discount', lang: 'en', pattern: /\b(?:subscribers?|members?) (?:get|save|enjoy|receive) (?:\d+% off|a discount|(?:up to )?[$£€]\d)/, unless: /\b(?:said|says|told|according to)\b/, maxWords: 25 },
      { id: 'subscription.account-da', lang: 'da', pattern: /^(?:(?:er du )?allerede abonnent\??(?: log ind)?|log ind|log ud|min konto|opret (?:en )?konto)$/, maxWords: 10 },
      { id: 'subscription.account-no', lang: 'no', pattern: /^(?:(?:er du )?allerede abonnent\??(?: logg inn)?|logg inn|logg ut|min side|min konto|opprett (?:en )?konto)$/, maxWords: 10 },
      { id: 'subscription.account-nl', lang: 'nl', pattern: /^(?:abonneer(?: nu)?|neem een abonnement|word abonnee|al abonnee\??|ben je al abonnee\??|inloggen|uitloggen|registreren|mijn account|account aanmaken)$/, maxWords: 14 },
      { id: 'subscription.ad-free', lang: 'en', pattern: /\bad-free (?:reading|experience|access|browsing|version)\b/, maxWords: 40 },
      // "Our journalism costs money. Support the Herald from just £1 for your first month."
      { id: 'subscription.support-from', lang: 'en', pattern: /^(?:our|quality|independent|local|good) journalism (?:costs money|takes time|isn't free|is not free)\b|\bsupport (?:the |us |our )?\S+(?: \S+)? from (?:just |only )?[$€£₹]\s?\d/, maxWords: 40 },
      // Slovak/Czech "Predplaťte si ... za 4,99 € mesačne", Hungarian "Tetszett a cikk? Támogassa ...".
      { id: 'subscription.offer-cee', lang: 'und', pattern: /^(?:predplaťte si|předplaťte si)(?![\wÀ-ɏ])|^tetszett a cikk\?\s?támogass|^támogassa a (?:független )?\S+ (?:helyi )?újságírást/, maxWords: 40 },
      { id: 'subscription.thanks', lang: 'en', pattern: /^thank you for (?:being a|your) (?:subscriber|subscription|support)\b.{0,160}$/, maxWords: 40 },
      // "Profitez de notre offre : 1 € le premier mois" (fr); Austria's consent-or-pay "Pur-Abo: Ohne Werbung und Tracking um 4,99 Euro im Monat" (de).
      { id: 'subscription.take-offer-fr', lang: 'fr', pattern: /^(?:profitez|bénéficiez) de (?:notre|cette|l')\s?offre\b/, maxWords: 40 },
      { id: 'subscription.pur-de', lang: 'de', pattern: /^pur-abo\b|\bohne werbung und (?:ohne )?tracking\b/, maxWords: 30 },
      // A metered wall's count: "Sie haben das Limit an kostenlosen Artikeln erreicht", "Vous avez lu 3 articles gratuits
      // ce mois-ci", "Has leído 3 artículos gratuitos", "Hai letto 3 articoli gratuiti". (de, fr, es, it, pt, nl)
      { id: 'subscription.meter-intl', lang: 'und', pattern: /\blimit an kostenlosen artikeln\b|\bsie haben (?:\d+|alle) (?:kostenlose[n]? )?artikel\b|\bvous avez (?:lu|consulté) (?:\d+|vos) articles? (?:gratuits?|offerts?)\b|\bhas (?:leído|consultado) (?:\d+|tus) artículos? gratuitos?\b|\bhai letto (?:\d+|i tuoi) articoli gratuiti\b|\bvocê (?:leu|já leu) (?:\d+|seus) artigos? gratuitos?\b|\bje hebt (?:\d+|alle) gratis artikel/, maxWords: 40 },
      // More meters and walls: "Você atingiu o limite de 5 reportagens gratuitas por mês", "Aquest contingut és exclusiu per a
      // subscriptors", "Continua llegint", "Olvass korlátlanul havi 1990 forintért!". (pt, ca, hu, ro)
      { id: 'subscription.wall-intl', lang: 'und', pattern: /\b(?:atingiu o limite de \d+ (?:reportagens|matérias|artigos|notícias)|aquest contingut és exclusiu per a subscriptors|este conteúdo é exclusivo para assinantes|acest conținut este disponibil doar abonaților|ez a tartalom csak előfizetőknek)\b|^(?:continua llegint|continue lendo|continuă lectura|olvass korlátlanul)\b|^fes-te'?n? (?:subscriptor|subscriptora|soci|sòcia)\b|^subscriu-te\b.{0,120}\d/, maxWords: 40 },
      { id: 'subscription.support-intl', lang: 'und', pattern: /^(?:susține|sustine|sprijină) jurnalismul\b|^támogasd a (?:független )?(?:\S+ ){0,2}újságírást\b|\bolvasói támogatásból működik\b|^apoie o jornalismo\b|^el periodisme de proximitat necessita\b/, maxWords: 40 },
      { id: 'subscription.support-fr', lang: 'fr', pattern: /^(?:vous aimez (?:nos|cet|notre) (?:articles?|journal|contenu|travail)\s?\?\s?)?soutenez (?:le journalisme|l'information|notre (?:travail|rédaction|journal|média))\b/, maxWords: 30 },
      // An offer with its price or its first month, in the languages of central and eastern Europe, Greece
      // and Finland: "Czytaj bez limitu ... Pierwszy miesiąc za 1 zł.", "Оформите подписку ... Первый месяц — за 1 евро.",
      // "Předplatné ... jen za 49 Kč měsíčně", "Tilaa Talousviikko – 3 kk 9,90 €/kk". (pl, cs, sk, ru, uk, bg, el, sr/hr, hu, fi)
      { id: 'subscription.offer-price-intl', lang: 'und', pattern: /(?:předplatné|předplať|predplatné|predplať|subskrypc|prenumerat|abonament|подписк|підписк|передплат|абонамент|συνδρομ|pretplat|előfizet|^tilaa(?![\wÀ-ɏ])|tilaus|bez limitu|απεριόριστη πρόσβαση|неограничен|необмежен|neomezen|rajattoma|підтримайте|поддержите|wesprzyj|podpořte|υποστηρίξτε)/, also: /\d\s?(?:€|zł|zl|kč|лв|грн|гривень|гривні|eur|евро|евра|din|ft|lei|₴)|€\s?\d|pierwszy miesiąc|πρώτο μήνα|первый месяц|перший місяць|първия месец|první měsíc|prvý mesiac|prvi mesec|első hónap/, maxWords: 40 },
      // "Saat rajattoman pääsyn kaikkiin juttuihin", "Απεριόριστη πρόσβαση σε όλα τα άρθρα": unlimited access to the outlet's articles. (fi, el, pl, cs, sk, bg, uk, ru)
      { id: 'subscription.unlimited-intl', lang: 'und', pattern: /(?:rajattoman pääsyn|απεριόριστη πρόσβαση|bez limitu|neomezený přístup|neobmedzený prístup|неограничен достъп|необмежений доступ|неограниченный доступ)/, also: /(?:juttu|artikl|artyku|analiz|treści|άρθρ|περιεχ|článk|obsah|стати|статт|матеріал|материал|новин)/, maxWords: 30 },
      // "Прочетете целия анализ с абонамент ...": the rest of the article for subscribers. (bg, ru, uk, pl, cs, sk, el)
      { id: 'subscription.read-full-intl', lang: 'und', pattern: /^(?:прочетете|прочитайте|читайте|дочитайте|czytaj|przeczytaj|přečtěte|prečítajte|διαβάστε)(?![\wÀ-ɏ]).{0,80}(?:абонамент|подписк|підписк|передплат|subskrypc|prenumerat|předplatn|predplatn|συνδρομ)/, maxWords: 40 },
      { id: 'subscription.button-intl', lang: 'und', pattern: /^(?:абонирай се|абонирайте се|předplatit|předplaťte|predplatiť|zaprenumeruj|subskrybuj|εγγραφή τώρα|εγγραφείτε|γίνε συνδρομητής|tilaa tästä|tilaa nyt|оформить подписку|оформите подписку|підписатися|передплатити|pretplati se|pretplatite se|előfizetek|abonează-te)[!.]?$/, maxWords: 4 },
      // Arabic offers ("اشترك في ... مقابل ٥ دنانير شهرياً فقط"), Malay and Indonesian newsletter sign-ups.
      { id: 'subscription.offer-ar', lang: 'ar', pattern: /(?:^|\s)(?:اشترك|اشتركوا|اشترك الآن|للاشتراك)(?:\s|$)/, also: /(?:شهري|شهرياً|سنوي|مقابل|مجان|بلس)/, maxWords: 40 },
    ],
  },
  {
    concept: 'promo',
    reason: 'promo',
    unless: REPORTING,
    rules: [
      // "Enjoying The Daybreak? Upgrade to Gazette Plus for ...": the outlet's own upsell.
      { id: 'promo.upgrade', lang: 'en', pattern: /^(?:enjoying|enjoy|like|love|liking) [^?]{1,40}\? (?:upgrade|subscribe|become|support|join|share|forward|sign up|get)\b|\bupgrade to \S+(?: \S+){0,2} (?:plus|premium|pro|unlimited)\b/, maxWords: 40 },
      // "Become a member of The Post for $5 a month", "Get every match live — stream with SportsPass from
      // $9.99 a month": a price per period in a line a call to act opens (or a sentence of it).
      { id: 'promo.price-per-period', lang: 'en', pattern: /(?:[$£€₹¥]|\brs\.? ?)\s?\d[\d.,]*\s?(?:a|per|\/)\s?(?:month|week|year|mo|wk|yr)\b/, also: /(?:^|[.!?—–:]\s)(?:get|become|join|stream|start|try|support|sign up|subscribe|save|unlock|enjoy|add|just)\b|[.!]\s?subscribe(?: now| today)?[.!]?$/, maxWords: 35 },
      { id: 'promo.unlock', lang: 'en', pattern: /^(?:unlock(?: the)?|get|enjoy|claim|grab) (?:exclusive|unlimited|full|premium|special|\d+%)\b/, maxWords: 30 },
      { id: 'promo.price-of-one', lang: 'en', pattern: /\bfor the price of (?:one|a single|\d+|two|three|six|nine|ten)\b|\b(?:special|limited[- ]time|introductory|holiday|black friday) (?:offer|deal|price|rate)\b|\bsave (?:up to )?\d+%/, maxWords: 30 },
      { id: 'promo.access-offer', lang: 'en', pattern: /\b\d+ (?:months?|weeks?|days?) (?:of )?(?:unlimited|free|digital|full|premium)\b|\bget \d+ (?:months?|weeks?) of [^.!?]{1,40} for [$£€₹¥]\s?\d|^read without limits\b|\bunlimited (?:digital )?access\b|\borgani[sz]ations with \d+ or more\b/, maxWords: 35 },
      // A plan sold to a whole team names its buyers; a report's "analyst" or "company" does not
      // make it news ("Group plans for teams of five or more", "licences for your whole trading desk").
      { id: 'promo.group-plan', lang: 'en', pattern: /\b(?:group|team|corporate|enterprise|organi[sz]ation(?:al)?|family) (?:subscriptions?|plans?(?! to\b)|access|rates?|pricing|discounts?|licen[cs]es?)\b|\blicen[cs]es? for (?:your|the) (?:whole |entire )?(?:team|desk|trading desk|newsroom|office|organi[sz]ation|company|firm)\b/, unless: /\b(?:said|says|told|according to|reported|announced|percent|per cent|\d+(?:\.\d+)?%|tax(?:es)?|government|lawmakers|bill)\b/, maxWords: 35 },
      { id: 'promo.sponsor', lang: 'en', pattern: /^(?:sponsor(?:ed)? (?:message|content|post)|a message from this (?:sponsor|partner)|(?:today'?s|this (?:issue|newsletter|episode) is) (?:sponsor|brought to you by|presented by)\b.{0,200}|try \S+(?: \S+)? (?:free|for free)\b.{0,200})$/, maxWords: 30 },
      { id: 'promo.sponsored-line', lang: 'en', pattern: /^(?:sponsored|sponsored content|paid content|partner content|advertisement|ad|promoted)\s?:\s|^(?:sponsored|sponsored content|paid content|partner content|promoted)\s?(?:[·•|]|[-–—](?= ))\s/, maxWords: 30 },
      { id: 'promo.sponsored', lang: 'en', pattern: /^(?:sponsored(?: content| by .{0,200})?|paid (?:content|post|partner(?:ship)?)|partner content|presented by .{0,200}|in partnership with .{0,200}|brought to you by .{0,200}|promoted(?: content| stories)?)$/, maxWords: 10 },
      // A sponsor's credit with its pitch on one line: "Sponsored by X: Open an account ...", "Today's
      // Download is brought to you by X. Book a demo", "A MESSAGE FROM X: ...", and a funder's
      // disclosure that names the editors' independence.
      { id: 'promo.sponsor-pitch-line', lang: 'en', pattern: /^(?:(?:today'?s|this (?:week'?s )?)[^.!?]{0,40} (?:is|are) )?(?:sponsored|presented|brought to you|supported|powered|underwritten|made possible) by [^.!?:]{2,60}[.:](?:\s|$)/, maxWords: 60 },
      { id: 'promo.message-from', lang: 'en', pattern: /^a message from [^:.!?]{2,60}:\s/, maxWords: 80 },
      // "Ce contenu a été produit avec l'aide financière de ...": a funder's credit (fr, es).
      { id: 'promo.funder-disclosure-intl', lang: 'und', pattern: /^(?:ce contenu a été (?:produit|réalisé|rendu possible) (?:avec|grâce à)|este contenido (?:fue|ha sido) (?:producido|realizado) con (?:el )?(?:apoyo|financiamiento|ayuda))\b/, maxWords: 40 },
      { id: 'promo.funder-disclosure', lang: 'en', pattern: /\b(?:is|are) (?:supported|sponsored|funded|underwritten) by\b.{0,120}\beditorial (?:independence|control)\b/, maxWords: 50 },
      // "Match coverage in association with Velocity Bet": a section's sponsor named under it.
      { id: 'promo.coverage-sponsor', lang: 'en', pattern: /^(?:\S+ ){0,3}(?:coverage|content|section|series|report|podcast|newsletter|briefing) (?:is )?(?:in association with|in partnership with|sponsored by|brought to you by|presented by|powered by|supported by) [^.!?]{1,60}$/, maxWords: 14 },
      // An obituary page's florist offer ("Send flowers to the family of ...").
      { id: 'promo.sympathy-flowers', lang: 'en', pattern: /^(?:send (?:sympathy )?flowers\b.{0,80}|order (?:flowers )?from a (?:trusted )?local florist\.?|plant (?:a )?(?:memorial )?trees? in (?:memory|honou?r) of\b.{0,60})$/, maxWords: 16 },
      // "Before you go: ...": an appeal or a promo closing the article.
      { id: 'promo.before-you-go', lang: 'en', pattern: /^before you go[:,—-]/, unless: /\b(?:said|says|told|according to)\b/, maxWords: 60 },
      { id: 'promo.shop', lang: 'en', pattern: /^(?:shop (?:the|this) (?:story|look|post)|shop now|buy now|order now|see (?:the )?deal|check price|view (?:deal|offer)|learn more|find out more|click here\b.{0,200}|get (?:the )?deal)$/, maxWords: 10 },
      { id: 'promo.shop-intl', lang: 'und', pattern: /^(?:mehr erfahren|jetzt (?:\S+ ){0,2}(?:starten|kaufen|bestellen|sichern|testen|entdecken|eröffnen)|en savoir plus|je (?:découvre|commande|m'abonne)|saber más|más información|scopri di più|dowiedz się więcej|zjistit více|daha fazla bilgi)$/, maxWords: 5 },
      // A product box's pick with its price at a shop ("Our pick: Nestwell T3 thermostat — $129 at Homestead Supply").
      { id: 'promo.product-pick', lang: 'en', pattern: /^(?:our (?:top )?picks?|top pick|best (?:overall|budget|value|buy)|editor'?s (?:pick|choice)|buy it|get it)\s?:/, also: /[$€£]\s?\d[\d.,]*\s+(?:at|from|on|via)\s+\S/, maxWords: 25 },
      // "Book a three-night break from £649pp, including flights": an offer that opens with its call and a price.
      { id: 'promo.book-offer', lang: 'en', pattern: /^(?:book|reserve|order|grab|save on|treat yourself to)\b/, also: /\b(?:from|for|at|only|just)\s+[$€£]\s?\d[\d.,]*(?:pp|pps|\s?per (?:person|night))?\b/, maxWords: 40 },
      // A product's price button: "$599 at Amazon", "£179 at Currys".
      // "Upcoming webinar: ... Register free", "Law firm subscriptions: get firm-wide access. Request a demo".
      { id: 'promo.event-cta', lang: 'en', pattern: /(?:^|[.!?:] )(?:register (?:free|now|today|here)|request a demo|book a demo|rsvp(?: now| today)?|save your (?:seat|spot)|reserve your (?:seat|spot)|get (?:your )?tickets)[.!]?$/, unless: /\b(?:said|says|told)\b/, maxWords: 30 },
      // An advert's copy set into the article: its offer, then a call to act with no full stop after it
      // ("... save up to 350 EUR a year. Start the tariff calculator now", "... in 24 hours. Book your
      // appointment"). A sentence of news ends in its full stop.
      { id: 'promo.ad-copy', lang: 'en', pattern: /(?:[.!?]|\s-)\s(?:shop now|buy now|order now|book now|learn more|find out more|get (?:a |your )?(?:free )?quote|start (?:your )?free trial|compare (?:deals|prices) now|apply (?:now|today)|see (?:the )?(?:offers?|deals?))$/, maxWords: 40 },
      { id: 'promo.ad-copy-de', lang: 'de', pattern: /(?:[.!?]|\s-)\s(?:jetzt (?:\S+ ){0,2}(?:starten|vergleichen|sichern|bestellen|kaufen|entdecken|testen|buchen|anfragen|beantragen|informieren|wechseln)|mehr erfahren|hier (?:bestellen|klicken|informieren))$/, maxWords: 40 },
      { id: 'promo.ad-copy-es', lang: 'es', pattern: /(?:[.!?]|\s-)\s(?:pide (?:tu|su) (?:cita|presupuesto)|solicita (?:tu|su) (?:cita|presupuesto|oferta)|reserva (?:ya|ahora)|compra (?:ya|ahora)|contrata (?:ya|ahora)|descúbrelo(?: ya| ahora)?|más información|infórmate(?: aquí| ya)?|llama (?:ya|ahora)|solicítalo(?: ya| aquí| en (?:\S+ ){0,2}\S+)?)$/, maxWords: 40 },
      { id: 'promo.ad-copy-it', lang: 'it', pattern: /(?:[.!?]|\s-)\s(?:attiva (?:ora|subito)(?: online)?|scopri di più|scopri l'offerta|acquista (?:ora|subito)|richiedi (?:ora )?(?:un )?preventivo|prenota (?:ora|subito)|chiama (?:ora|subito))$/, maxWords: 40 },
      { id: 'promo.ad-copy-fr', lang: 'fr', pattern: /(?:[.!?]|\s-)\s(?:en savoir plus|je (?:découvre|commande|profite de l'offre)|j'en profite|découvrez l'offre|commandez(?: maintenant| dès maintenant)|profitez-en(?: maintenant)?)$/, maxWords: 40 },
      { id: 'promo.ad-copy-nl', lang: 'nl', pattern: /(?:[.!?]|\s-)\s(?:bestel (?:nu|direct)|ontdek (?:het nu|meer)|vraag (?:nu )?(?:een )?offerte aan|meer informatie|boek nu|koop nu)$/, maxWords: 40 },
      { id: 'promo.ad-copy-nordic', lang: 'no', pattern: /(?:[.!?]|\s-)\s(?:finn (?:din|ditt|dine) (?:\S+ )?i dag|bestill (?:nå|i dag)|kjøp (?:nå|i dag)|köp (?:nu|idag)|beställ (?:nu|idag)|boka (?:nu|idag)|køb (?:nu|i dag)|bestil (?:nu|i dag))$/, maxWords: 40 },
      { id: 'promo.ad-copy-tr', lang: 'tr', pattern: /(?:[.!?,]|\s-)\s(?:hemen (?:başvurun|başvur|inceleyin|satın alın|tıklayın)|şimdi (?:başvurun|satın alın))[.!]?$/, maxWords: 40 },
      { id: 'promo.follow-on-news-tr', lang: 'tr', pattern: /\babone olun\b|\bgoogle news['’]t[ae] takip edin\b/, also: /\b(?:google news|haberlerden|bildirim|kanalımıza|takip edin)\b/, maxWords: 30 },
      // "Síguenos en Google News y no te pierdas ...": a prompt to follow the outlet on a news app.
      { id: 'promo.follow-on-news-intl', lang: 'und', pattern: /^(?:síguenos|siguenos|siga-nos|segue-nos|seguici|suivez-nous|folgen sie uns|folge uns|volg ons|följ oss|følg os|følg oss|obserwuj nas|sledujte nás|ikuti kami) (?:en|no|nos|su|sur|auf|bei|op|på|w|v|na|di) (?:google (?:news|noticias|notícias|actualités)|whatsapp|telegram)\b|^seguí a .{2,60} en (?:google (?:news|noticias)|whatsapp|telegram|instagram|x|twitter|facebook)\b|^kövess(?:en)? minket (?:a |az )?(?:facebookon|instagramon|google hírekben|tiktokon|youtube-on)|^únete a (?:nuestro|nuestra) (?:canal|comunidad|grupo)\b|\bya (?:está|estamos) en (?:whatsapp|telegram)\b|^(?:acompanhe|siga) (?:o|a) .{2,60} no (?:whatsapp|telegram|google notícias)\b/, maxWords: 30 },
      // "Síguenos en Facebook, Instagram y X para más noticias de ..." (es).
      { id: 'promo.follow-social-es', lang: 'es', pattern: /^(?:síguenos|siguenos|síganos|sígannos) (?:en|por) (?:facebook|instagram|x|twitter|tiktok|youtube|threads|nuestras redes)\b/, maxWords: 30 },
      // "Click here for the latest stock market news and in-depth analysis": a portal's promo.
      { id: 'promo.click-here-latest', lang: 'en', pattern: /^click here for (?:the latest|more|all the latest)\b/, maxWords: 25 },
      // "กดติดตามเพจ ... เพื่อไม่พลาดข่าวสาร" (th): a call to follow the outlet's page.
      { id: 'promo.follow-page-th', lang: 'th', pattern: /^กดติดตาม(?:เพจ)?\s?\S/, maxWords: 30 },
      // "Подписывайтесь на «...» в Telegram", "Новини ... у Viber — підписуйтесь", "Ακολουθήστε ... στο Google News",
      // "Google News'te Abone Ol", "... WhatsApp kanalımıza katılın": a messaging channel and a verb to follow it.
      // ru, uk, el, tr, lt, lv, et, vi (Indonesian: newsletter.follow-id).
      { id: 'promo.follow-channel-world', lang: 'und', pattern: /(?:^|[\s«"„(])(?:telegram|viber|whatsapp|google news|line oa(?![a-z])|गूगल न्यूज़|गूगल न्यूज|дзен[еу]?|яндекс\.?\s?новост)/, also: /(?:подписывайтесь|подпишитесь|підписуйтесь|підпишіться|ακολουθήστε|εγγραφείτε|abone ol|katılın|takip edin|sekite|sekit mus|seko mums|sekojiet|jälgi|liitu|theo dõi|tham gia|sumate|súmate|unite|únete|junte-se|entre no canal|iscriviti al canale|unisciti|obuna bo|ติดตาม|फॉलो करें|फ़ॉलो करें|फॉलो करा|ফলো করুন)/, maxWords: 45 },
      // "Join the Harbour Gazette WhatsApp community for the latest news straight to your phone."
      { id: 'promo.join-community', lang: 'en', pattern: /^(?:click here to )?join (?:\S+ ){1,6}(?:whatsapp|telegram|facebook) (?:community|group|channel)\b/, maxWords: 35 },
      // "Watch every match live on X. Plans from $24.99 a month.": a streaming service's offer.
      { id: 'promo.streaming-plans', lang: 'en', pattern: /^(?:watch|stream) (?:every|all|the|each) .{0,100}\blive on\b.{0,100}\b(?:plans? (?:from|start)|free trial|subscribe)\b/, maxWords: 40 },
      // An obituary site's offer beside the notice: "To plant trees in memory, please visit the Sympathy Store."
      { id: 'promo.memorial-trees', lang: 'en', pattern: /^to (?:plant (?:a )?trees?|send flowers) in (?:memory|honou?r)\b/, maxWords: 25 },
      // A market page's tool pitch: "Track the stocks you own with a free watchlist. Create your watchlist now."
      { id: 'promo.watchlist', lang: 'en', pattern: /\bcreate (?:your|a) (?:free )?(?:watchlist|portfolio) (?:now|today|here)\b|^track the (?:stocks|shares|funds|companies) you (?:own|follow)\b/, maxWords: 30 },
      // A company blog's product pitch: "Use our free retrospective template with ...", "Shop our favorite shoes".
      { id: 'promo.use-our', lang: 'en', pattern: /^(?:use|try|get|download|grab|shop) our (?:free |favou?rite |best-selling |new )?(?:[\w'’-]+ ){0,3}(?:templates?|tools?|app|software|platform|calculator|checklist|guide|planner|picks|products|shoes|gear)\b/, maxWords: 25 },
      // A booking or shopping link: "Check prices on Booking.com!", "Check availability".
      { id: 'promo.check-prices', lang: 'en', pattern: /\bcheck (?:prices|rates|availability|the latest price)(?: (?:on|at) [\w.-]+)?[.!]?$/, maxWords: 30 },
      // A law firm's pitch: "... for a free, no-obligation case review. You pay nothing unless we win."
      { id: 'promo.free-consultation', lang: 'en', pattern: /\b(?:you pay nothing unless we win|no win,? no fee|free,? no-obligation (?:case review|consultation|quote)|(?:call|contact us) (?:today )?for a free (?:case review|consultation|evaluation))\b/, maxWords: 60 },
      // An appeal for readers' pieces: "We want to hear from you. To submit an I Remember ...".
      { id: 'promo.reader-submissions', lang: 'en', pattern: /^we want to hear from you\b|^to submit (?:an?|your) (?:[\w'’-]+ ){0,4}(?:piece|story|obituary|tribute|letter|photo)s?\b/, maxWords: 60 },
      { id: 'promo.join-channel', lang: 'en', pattern: /^(?:click here to )?join (?:\S+ ){1,4}on (?:whatsapp|telegram|google news)\b/, maxWords: 30 },
      // "Deals: Our favorite mesh Wi-Fi systems are up to $120 off right now": a shopping promo's label and its offer.
      { id: 'promo.deals-label', lang: 'en', pattern: /^(?:deals?|deal alert|sale|today's deals?)\s?:/, also: /\b(?:\d+% off|[$£€]\d[\d,.]* off|off right now|save (?:up to )?[$£€]?\d|lowest price)\b/, maxWords: 30 },
      // "This article was paid for by Visit X": a sponsor's disclosure.
      // "Republish this story for free under a Creative Commons license": a nonprofit's reuse offer.
      // "Get Latest India News along with Latest News and Top Headlines from India and around the world."
      { id: 'promo.latest-news', lang: 'en', pattern: /^get (?:the )?latest (?:\S+ ){0,3}news\b.{0,100}\b(?:top headlines|breaking news|latest news)\b/, maxWords: 30 },
      { id: 'promo.republish', lang: 'en', pattern: /^republish (?:this|our) (?:story|article|piece)s?\b/, maxWords: 30 },
      { id: 'promo.read-original', lang: 'en', pattern: /^read the original (?:article|story|piece|post)(?: (?:here|at|on) [^.!?]{2,40})?\.?$/, maxWords: 12 },
      { id: 'promo.giveaway', lang: 'en', pattern: /\benter (?:our|the|this) (?:free )?(?:giveaway|competition|contest|prize draw|sweepstakes|raffle)\b|^win (?:tickets|a pair|two|a|an) .{0,80}\b(?:giveaway|competition|prize draw|enter)\b/, maxWords: 40 },
      { id: 'promo.today-on-site', lang: 'en', pattern: /^(?:today|also|now|new|this week) on [a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s?:/, maxWords: 40 },
      { id: 'promo.join-plus', lang: 'en', pattern: /^join \S+(?: \S+){0,2} (?:for|to get|and get) (?:ad-free|unlimited|exclusive|premium|members-only|early access)\b/, maxWords: 30 },
      { id: 'promo.check-availability', lang: 'en', pattern: /^(?:check (?:availability|prices|rates)|see (?:availability|rates|prices)|book (?:now|your stay|a room)) (?:at|on|for|with) [^.!?]{2,40}$/, maxWords: 8 },
      { id: 'promo.email-course', lang: 'en', pattern: /\b(?:take|join|sign up for|start|get) (?:our|my|the) free (?:\d+[- ](?:day|week) )?(?:e-?mail |online |video )?(?:course|class|challenge|masterclass|bootcamp)\b|^(?:start|join|take) (?:the|my|our) (?:free )?(?:course|class|challenge)[!.]?$/, maxWords: 40 },
      // "Go deeper: Read our explainer on ... →": a link to another piece.
      { id: 'promo.go-deeper', lang: 'en', pattern: /^go deeper\s?[:|>»-]\s?\S.{0,200}$/, maxWords: 40 },
      { id: 'promo.paid-for', lang: 'en', pattern: /^this (?:article|content|story|post|page) (?:was|is) (?:paid for|sponsored|produced in partnership with|brought to you) by\b/, maxWords: 40 },
      // A premium tier's upsell ("Ledger Pro members get our full tracker. Upgrade for 20% off.",
      // "Harbourside Pro: get real-time alerts ... Start your free 30-day trial.") and a gated report's offer.
      { id: 'promo.premium-tier', lang: 'en', pattern: /(?:\b(?:pro|premium|plus|insider|vip)|\+) (?:members|subscribers) (?:get|receive|enjoy)\b|\bupgrade (?:now |today )?(?:for|to) (?:\d|pro\b|premium|plus\b)|\bstart (?:your|a) free (?:\d{1,3}[- ]day )?(?:trial|month|week)\b|\bdownload (?:the|our|a) free (?:guide|report|e-?book|white ?paper|toolkit|checklist)\b/, maxWords: 40 },
      // A link to a page's feature under a label, in the imperative ("Live results map: see how every
      // ward voted", "Live scores: follow every match ..."): a story is told in sentences, not orders.
      { id: 'promo.feature-link', lang: 'en', pattern: /^[^:.!?]{2,40}: (?:see|follow|find out|check|explore|watch|listen to|track|get) (?:how|every|all|the latest|our|live|what|where|who|which)\b[^.!?]*$/, maxWords: 20 },
      // An audio or video piece's title under its label, with no sentence and no figure ("Audio: Our weather
      // team on what comes next"; a spec sheet's "Audio: VIA VT1708A codec" has its model number).
      { id: 'promo.media-teaser', lang: 'en', pattern: /^(?:audio|video|watch|listen|podcast): [^.!?\d]{1,80}$/, maxWords: 15 },
      // "Watch highlights: Lincoln Ridge at Mill Creek (2:47)": a video's label, its length and all.
      { id: 'promo.highlights-teaser', lang: 'en', pattern: /^(?:watch|see|view) (?:the )?(?:extended |full |match |game )?(?:highlights|replay)\s?[:|-]\s?[^.!?]{1,80}$|^(?:video )?highlights: [^.!?|]{1,60}\bvs?\.? [^.!?|]{1,40}(?: \| [^.!?|]{1,40})?$/, maxWords: 16 },
      { id: 'promo.scroll-for-video', lang: 'en', pattern: /^scroll down for (?:the )?(?:video|videos|more)\.?$/, maxWords: 6 },
      // "Don't miss out on the headlines from AFL. Followed categories will be added to My News."
      { id: 'promo.follow-topic', lang: 'en', pattern: /^don'?t miss out on the (?:latest |headlines |news )?(?:headlines |news )?(?:from|on|about) .{1,60}\bfollowed (?:categories|topics)\b/, unless: /\b(?:said|says|told)\b/, maxWords: 30 },
      { id: 'promo.reprints', lang: 'en', pattern: /\b(?:photo )?reprints? (?:are )?available\b|^(?:click here to )?order (?:photo )?prints\b/, maxWords: 25 },
      // "Book a table at Saltgrass with OpenSeat", "BOOK TICKETS", "Book now via Ticketwave": a booking call to action.
      { id: 'promo.booking', lang: 'en', pattern: /^(?:book (?:a table|tickets?|now|your (?:tickets?|table|seats?|stay))|buy tickets|get tickets)\b[^.!?]{0,80}$/, maxWords: 12 },
      { id: 'promo.presale', lang: 'en', pattern: /\b(?:presale|pre-sale|early) access\b.{0,100}\bjoin\b/, maxWords: 40 },
      { id: 'promo.price-button', lang: 'en', pattern: /^[$£€]\s?\d[\d.,]*\s+at\s+\S+(?:\s\S+){0,2}$/, maxWords: 6 },
      { id: 'promo.buy-from', lang: 'en', pattern: /^buy (?:[^.!?]{2,80} )?(?:from|at) [^.!?]{2,40} for [$£€]\s?\d/, maxWords: 40 },
      { id: 'promo.shop-at', lang: 'en', pattern: /^(?:view|buy|shop|see|check price|see price) (?:it )?(?:on|at) [^.!?]{2,30}$/, maxWords: 6 },
      // A recipe or post asking for the reader's rating, and a request for donations.
      { id: 'promo.rating-prompt', lang: 'en', pattern: /\b(?:leave (?:a )?(?:star )?rating|rate this (?:recipe|post|article)|did you (?:make|try) (?:this|one of my|any of my|my) recipes?)\b/, maxWords: 30 },
      // "To support The Chronicle, order the book at our shop. Delivery charges may apply."
      { id: 'promo.shop-support', lang: 'en', pattern: /\bdelivery charges may apply\b|^to support (?:the |our )?[^,]{2,60}, (?:order|buy|purchase)\b/, maxWords: 40 },
      { id: 'promo.donation', lang: 'en', pattern: /\b(?:funded by readers like you|support (?:local|independent|quality|public-interest|community|our) (?:\w+ )?(?:news|journalism|reporting)|support our (?:\w+ ){1,2}(?:coverage|journalism|reporting|newsroom) with a (?:tax-deductible )?(?:gift|donation)|(?:please )?(?:make|consider(?: making)?) a (?:one-time |monthly |tax-deductible |small )?(?:donation|gift|contribution)(?: from [$£€]\s?\d)?|is independent and free to read|donate (?:(?:to|at) (?:\S+ ){1,5})?(?:now|today)|your (?:gift|donation|support) makes (?:\S+ ){0,4}possible|become a (?:monthly )?(?:donor|supporter|patron))\b|^support us$/, maxWords: 40 },
      { id: 'promo.donation-intl', lang: 'und', pattern: /\b(?:független újságírás\S*|nezávisl\S+ žurnalisti\S+|niezależne\S* dziennikarstw\S*|jurnalismul(?:ui)? independent|oberoende journalistik|uavhengig journalistikk|uafhængig journalistik|unabhängigen journalismus|journalisme indépendant|periodismo independiente|giornalismo indipendente|jornalismo independente|onafhankelijke journalistiek)\b/, also: /\b(?:támogasd|támogassa|támogass|podpořte|wesprzyj|wspieraj|sprijin|susține|stöd|stötta|støtt|støt|unterstützen sie|unterstütze|soutenez|soutenir|apoya|apóyanos|sostieni|apoie|steun)\b/, maxWords: 50 },
      { id: 'promo.donation-button-intl', lang: 'und', pattern: /^(?:támogatom|támogatás|podpořit|chci podpořit|wspieram|wesprzyj|sprijin|susțin|stöd oss|støtt oss|støt os|jetzt unterstützen|je soutiens|apoya|sostienici|apoie|doneer)[!.]?$/, maxWords: 3 },
      // "X is a nonprofit newsroom. We rely on readers like you ...", "... is public interest journalism co-funded by ...": an appeal, a funder's note.
      { id: 'promo.nonprofit-appeal', lang: 'en', pattern: /\bis an? (?:independent,? |registered |charitable )?(?:nonprofit|non-profit)(?: (?:newsroom|news organi[sz]ation|news site|organi[sz]ation))?\b.{0,120}\b(?:rely on|depend on|support|donat)|^did you (?:find|enjoy|value) this (?:story|article|report)\b.{0,160}\b(?:support|donat|contribut|subscri)|^we rely on readers like you\b|\bis public interest journalism (?:co-)?funded by\b/, unless: /\b(?:said|says|told|according to)\b/, maxWords: 50 },
      // A shop widget's heading and its claim ("Today's best X deals", "We check over 250 million products every day").
      { id: 'promo.deals-widget', lang: 'en', pattern: /^today'?s best .{2,60} deals$|^we check over [\d,.]+ (?:million |billion )?products\b.{0,80}$/, unless: /\b(?:said|says|told|according to)\b/, maxWords: 20 },
      // "Independent journalism matters. Support The Post from just €1", "Stream every match live ... New customers get 14 days free."
      { id: 'promo.support-from', lang: 'en', pattern: /\bjournalism (?:matters|needs your support)\b|^(?:support|back) [^.!?]{2,40} from (?:just |only )?[$£€]\s?\d/, also: /\b(?:support|subscribe|donate|from (?:just|only)|first month)\b/, maxWords: 30 },
      { id: 'promo.new-customers', lang: 'en', pattern: /\bnew (?:customers|subscribers|members|users) (?:get|can get|receive|enjoy) (?:\S+ ){0,3}(?:free|off)\b|^stream (?:every|all|each) \S+(?: \S+)? live\b/, unless: /\b(?:said|says|told|according to)\b/, maxWords: 30 },
      // Headers of a newsletter's sponsor block; the pitch under them is taken by structure.
      { id: 'promo.sponsor-header', lang: 'und', pattern: /^(?:sponsored (?:content|message|post) from [^.!?]{2,50}|(?:(?:a (?:word|message|note) )?from )?(?:our|today'?s|this (?:week|issue)'?s) (?:sponsors?|partners?)|a (?:word|message|note) from (?!(?:the|our|your) (?:editors?|publishers?|team|newsroom)\b)[^.!?]{2,50}|(?:today'?s|this (?:week|issue|edition)'?s?) sponsor|(?:un )?mensaje de (?:nuestros? )?patrocinador(?:es)?|(?:eine )?nachricht (?:unseres|von unserem) (?:sponsors?|partners?)|(?:un )?message de (?:notre )?(?:sponsor|partenaire)|(?:un )?messaggio (?:del nostro )?sponsor)[:.]?$/, maxWords: 8 },
      // One-line sponsor credits ("Presented by X", "Patrocinado por X"): furniture, but no pitch follows.
      // "Le brief est présenté par X. Le commanditaire ...", "X ist Partnerin dieses Newsletters. Die Redaktion ist unabhängig."
      { id: 'promo.sponsor-statement-intl', lang: 'und', pattern: /\b(?:(?:le|la|ce|cette) (?:brief|infolettre|newsletter|bulletin|édition) est (?:présentée?|offerte?|commanditée?) par|ist (?:partner|partnerin|sponsor|sponsorin|präsentator) (?:dieses|des|dieser) (?:newsletters?|briefings?|ausgabe)|(?:este|el) (?:boletín|newsletter) (?:está|es) (?:patrocinado|presentado) por|questa newsletter è (?:offerta|presentata|sponsorizzata) da|deze nieuwsbrief wordt (?:aangeboden|gesponsord|mogelijk gemaakt) door|detta nyhetsbrev (?:presenteras|sponsras) av)\b/, maxWords: 40 },
      // "Hothouse is supported by Terrafin Capital.": a newsletter's sponsor credit as a sentence of its own.
      { id: 'promo.sponsor-statement', lang: 'en', pattern: /^[^.!?]{1,40} (?:is|are) (?:sponsored|presented|brought to you|supported|powered|underwritten|made possible) by [^.!?:]{2,60}\.?$/, maxWords: 12 },
      { id: 'promo.sponsor-credit', lang: 'und', pattern: /^(?:presented by|powered by|in partnership with|brought to you by|supported by|patrocinado por|presentado por|con el apoyo de|präsentiert von|unterstützt von|présenté par|sponsorisé par|en partenariat avec|in collaborazione con|offerto da) [^.!?]{1,60}$/, maxWords: 8 },
      // A call to action that ends in an arrow ("Open an account →", "Book today →").
      { id: 'promo.cta-arrow', lang: 'und', pattern: /[→»›➔➜▸▶]$/, also: /^[^.!?>]{1,60}[→»›➔➜▸▶]$/, maxWords: 8 },
      // "Join The Luzon Tribune's community on Viber", "Follow Desert Herald on WhatsApp Channels", "X is on WhatsApp. Tap here to join".
      { id: 'promo.messenger-follow', lang: 'en', pattern: /\b(?:join|follow) (?:\S+ ){1,6}(?:on|via) (?:whatsapp|telegram|viber|signal)(?: channels?)?\b|\bis (?:now )?on (?:whatsapp|telegram|viber)\b.{0,80}\b(?:join|follow|tap|click|subscribe)\b/, maxWords: 35 },
    ],
  },
  {
    concept: 'paywall',
    reason: 'paywall',
    unless: REPORTING,
    rules: [
      { id: 'paywall.subscribers-only', lang: 'en', pattern: /\b(?:for|to) (?:our )?(?:paying )?(?:subscribers|members) only\b|\bsubscribers? (?:only|exclusive)\b|\bpremium (?:content|article|story)\b/, maxWords: 30 },
      { id: 'paywall.continue-reading', lang: 'en', pattern: /\b(?:to|and) (?:continue|keep) reading\b|\bcontinue reading\b|\bread the (?:full|rest of the|whole) (?:article|story)\b|\bto read (?:the|this) (?:full |whole )?(?:article|story)\b|\bunlock (?:this|the) (?:article|story)\b/, maxWords: 30 },
      { id: 'paywall.limit', lang: 'en', pattern: /\b(?:you have|you've) (?:reached|read|used) (?:your|all|\d+)\b/, also: /\b(?:articles?|stories|limit)\b/, maxWords: 30 },
      { id: 'paywall.free-left', lang: 'en', pattern: /\bfree articles? (?:left|remaining)\b|\barticle limit\b/, maxWords: 30 },
      { id: 'paywall.subscribers-only-de', lang: 'de', pattern: /\b(?:exklusiv für (?:abonnenten|abonnentinnen|abonnierende)|nur für (?:abonnenten|abonnentinnen|abonnierende)|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnierende))/, maxWords: 25 },
      // "Lees verder met Premium", "Dit artikel is alleen beschikbaar voor abonnees." (nl)
      { id: 'paywall.read-on-nl', lang: 'nl', pattern: /^lees (?:verder|het hele artikel|dit artikel) met \S+$|\b(?:dit|het) (?:artikel|stuk|verhaal) is (?:alleen|uitsluitend) (?:beschikbaar )?voor (?:abonnees|premium-?leden|leden)\b/, maxWords: 40 },
      // "Sie haben das Ende des frei verfügbaren Textes erreicht." (de)
      { id: 'paywall.free-text-end-de', lang: 'de', pattern: /\bende des (?:frei|kostenlos) (?:verfügbaren|lesbaren) (?:textes|artikels|inhalts)\b/, maxWords: 40 },
      // A paywall badge alone on its line, over a teaser or a headline ("PREMIUM", "Z+", "Abo").
      { id: 'paywall.badge', lang: 'und', pattern: /^(?:premium|abo|exclusief|\p{L}{1,3}\+)$/u, maxWords: 1 },
      // A paid article's badge over its title: "Plus-Artikel", "Abo-Inhalt", "Premium-Beitrag".
      { id: 'paywall.badge-de', lang: 'de', pattern: /^(?:\S+ )?(?:plus|abo|premium)-?(?:artikel|inhalt|beitrag)$/, maxWords: 3 },
      { id: 'paywall.subscribers-only-fr', lang: 'fr', pattern: /\b(?:réservée? aux abonnés|il vous reste \d+ ?% de (?:cet|l')article à lire|(?:pour|vous souhaitez|envie de) lire la suite(?: de cet article)?)/, maxWords: 25 },
      { id: 'paywall.subscribers-only-es', lang: 'es', pattern: /\b(?:exclusivo para (?:suscriptores|socios|abonados)|solo para (?:suscriptores|socios)|para seguir leyendo|para continuar leyendo)/, maxWords: 25 },
      { id: 'paywall.subscribers-only-it', lang: 'it', pattern: /\b(?:riservat[oa] agli abbonati|solo per (?:gli )?abbonati|per continuare a leggere)/, maxWords: 25 },
      { id: 'paywall.subscribers-only-pt', lang: 'pt', pattern: /\b(?:exclusivo para assinantes|só para assinantes|apenas para assinantes|para continuar (?:lendo|a ler))/, maxWords: 25 },
      { id: 'paywall.subscribers-only-sv', lang: 'sv', pattern: /\b(?:för att läsa vidare|(?:den här|denna) artikeln? ingår i|endast för prenumeranter|läs vidare med)\b/, maxWords: 25 },
      { id: 'paywall.subscribers-only-da', lang: 'da', pattern: /\b(?:for at læse videre|kun for abonnenter|forbeholdt abonnenter)\b/, maxWords: 25 },
      { id: 'paywall.subscribers-only-no', lang: 'no', pattern: /\b(?:for å lese videre|kun for abonnenter|forbeholdt abonnenter)\b|^vil du lese (?:resten|videre|hele saken)\b/, maxWords: 25 },
      { id: 'paywall.read-on-nordic', lang: 'und', pattern: /^(?:vill du läsa (?:resten|vidare|hela artikeln)|vil du læse (?:resten|videre|hele artiklen)|haluatko lukea (?:loput|koko jutun))\b.{0,80}\??$/, maxWords: 20 },
      // "บทความนี้สงวนสิทธิ์สำหรับสมาชิก ..." (th), "Bài viết thuộc gói Hội viên. Đăng ký ngay ..." (vi): a members-only notice.
      { id: 'paywall.members-only-th-vi', lang: 'und', pattern: /^บทความนี้สงวนสิทธิ์(?:เฉพาะ)?สำหรับสมาชิก|^bài viết (?:thuộc|dành cho) (?:gói )?(?:hội viên|thành viên|độc giả trả phí)/, maxWords: 60 },
      { id: 'paywall.subscribers-only-nl', lang: 'nl', pattern: /\b(?:(?:alleen|exclusief) voor abonnees|(?:is )?voorbehouden (?:voor|aan) abonnees|word (?:nu )?abonnee\b|lees verder met (?:een|je) .{0,40}(?:abonnement|account))/, maxWords: 40 },
      // Paywall lines in Polish, Czech, Slovak, Hungarian, Romanian, Finnish; German "exklusiver Inhalt für Abonnenten".
      { id: 'paywall.subscribers-only-intl', lang: 'und', pattern: /\b(?:dostępny tylko dla (?:subskrybentów|prenumeratorów)|tylko dla (?:subskrybentów|prenumeratorów)|(?:pozostało|zbývá|zostáva|a rămas) \d+ ?% (?:artykułu|článku|din articol)|jen pro předplatitele|iba pre predplatiteľov|csak előfizetőknek|doar pentru abonați|vain tilaajille|exklusive[rn]? inhalte? für (?:abonnenten|abonnentinnen|abonnierende))(?![\wÀ-ɏ])/, maxWords: 30 },
      { id: 'paywall.buy-subscription-pl', lang: 'und', pattern: /^kup (?:subskrypcję|prenumeratę|dostęp)(?![\wÀ-ɏ])/, maxWords: 25 },
    ],
  },
  {
    concept: 'audio',
    reason: 'audio',
    unless: REPORTING,
    rules: [
      // An embedded podcast's episode line: "Folge 212: Wer bezahlt die Schulen?", "Épisode 14 : ...", "Episodio 3 - ...".
      { id: 'audio.episode-intl', lang: 'und', pattern: /^(?:folge|episode|épisode|episodio|episódio|aflevering|odcinek|avsnitt|afsnit|jakso|epizoda)\s\d{1,4}\s?[:|–-]\s?\S.{2,120}$/, maxWords: 20 },
      // Its show's title: "Stimmenfang – der Politik-Podcast", "Le Nouvel Esprit - le podcast éco".
      { id: 'audio.podcast-title-intl', lang: 'und', pattern: /^[^.!?]{2,60}\s[–—-]\s(?:der |die |das |le |la |el |il |the |de |het |o )?(?:\S+[ -])?podcast(?: \S+)?$/, maxWords: 10 },
      { id: 'audio.listen', lang: 'en', pattern: /^(?:listen|listen now|listen to (?:this|the|our)(?: full| complete)? (?:article|story|version|episode|podcast|audio|briefing|newsletter|report)|listen to (?:the )?(?:full|complete) (?:version|article|story|episode)|audio|play|pause|play audio|hear this story|\d+(?:[: ]\d+)? ?min(?:ute)?s? (?:listen|audio)|listen \d+ ?min(?:ute)?s?|audio (?:version|edition)|voiced by .{0,200})$/, maxWords: 10 },
      { id: 'audio.podcasts-here', lang: 'en', pattern: /^listen to (?:our|the) (?:[\w'’-]+ ){0,3}podcasts? (?:here|now)\.?$/, maxWords: 10 },
      // A podcast episode's link: "Listen: Why spring freezes are getting harder (Podcast, 24 min)".
      // "Listen to this briefing: The ... podcast is out every weekday. Subscribe on Apple Podcasts.": its podcast's pitch.
      { id: 'audio.listen-promo', lang: 'en', pattern: /^listen to (?:this|the|today'?s|tonight'?s) (?:briefing|article|story|episode|newsletter|podcast)\s?[:|-]\s?\S/, also: /\b(?:podcasts?|spotify|subscribe)\b/, maxWords: 45 },
      // A player's duration alone on its line ("5 min", "12:40"): no sentence of the article.
      { id: 'audio.duration', lang: 'und', pattern: /^(?:\d{1,2}:\d{2}|\d{1,3} ?(?:min|mins|minutes|minuten|minutos|minuti))$/, maxWords: 2 },
      { id: 'audio.listen-episode', lang: 'en', pattern: /^listen\s?:\s?.{3,150}\((?:podcast|audio|episode)(?:,\s?\d+\s?(?:min|mins|minutes))?\)$/, maxWords: 30 },
      { id: 'audio.listen-podcast', lang: 'en', pattern: /^listen\s?:\s?(?:on |in )?(?:this week'?s|today'?s|the latest|our|the new) (?:\S+ ){0,4}?(?:podcast|episode|show)\b/, maxWords: 50 },
      { id: 'audio.listen-app', lang: 'en', pattern: /^listen to more (?:stories|articles|news|podcasts)\b.{0,60}$/, maxWords: 14 },
      // A web video player's interface, as a scraper writes it out (video.js and its kind): buttons, clocks, menus, dialogs.
      { id: 'audio.player-ui', lang: 'en', pattern: /^(?:video player is loading\.?|play(?: video)?|pause|mute|unmute|current time\s?\d{1,2}:\d{2}(?::\d{2})?|duration\s?\d{1,2}:\d{2}(?::\d{2})?|remaining time\s?-?\s?\d{1,2}:\d{2}(?::\d{2})?|loaded\s?:\s?\d{1,3}(?:\.\d+)?\s?%|stream type (?:live|on demand)|seek to live, currently (?:behind|playing) live|playback rate|\d(?:\.\d+)?x|chapters|descriptions(?: off, selected)?|captions(?: off, selected| settings, opens captions settings dialog)?|subtitles(?: off, selected| settings, opens subtitles settings dialog)?|audio track|fullscreen|non-fullscreen|picture-in-picture|this is a modal window\.?|beginning of dialog window\..{0,120}|end of dialog window\.?|close modal dialog|text\s?color|reset restore all settings to the default values)$/, maxWords: 16 },
      { id: 'audio.watch-live', lang: 'en', pattern: /^(?:watch(?: it)? live|live video|watch now|watch the video|video player loading)\b(?:\s?[:|-]\s?[^.!?]{0,60})?$/, maxWords: 10 },
      { id: 'audio.generated', lang: 'en', pattern: /\bread by an? (?:automated|synthetic|computer-generated|artificial|ai) voice\b|\b(?:audio|narration|this (?:voice|reading)) (?:is |was )?(?:generated|produced|created|read) (?:by|using|with) (?:ai|artificial intelligence|automated|a synthetic)\b|\bai-generated (?:audio|voice|narration)\b/, maxWords: 25 },
      { id: 'audio.podcast-promo', lang: 'en', pattern: /\bnever miss an episode\b|\bsubscribe to (?:the |our )?.{0,40}podcast\b|\bfollow (?:the|our) podcast\b|\bnew episodes? (?:every|each|drop|out)\b|\bwherever you get (?:your )?podcasts\b|\bour (?:\w+ ){0,2}podcast\b/, maxWords: 30 },
      { id: 'audio.listen-duration', lang: 'en', pattern: /^(?:audio:\s?)?(?:listen|hear|play)\b[^\d]{0,40}(?:\d+\s?(?:min|mins|minutes?)|\d{1,2}:\d{2}(?:\s?(?:min|mins|minutes?))?)\)?(?: (?:listen|read))?$/, maxWords: 10 },
      // "Podcast: The Circuit Notes podcast — Episode 212: ...", "The Checkup podcast: Is it flu? Listen now 22 min".
      { id: 'audio.podcast-episode', lang: 'en', pattern: /^(?:podcast|the \S+(?: \S+){0,3} podcast)\s?[:|-]/, also: /\b(?:episode \d+|listen(?: now)?|\d+ ?min)\b/, maxWords: 30 },
      { id: 'audio.podcast-label', lang: 'en', pattern: /^(?:podcasts?|the podcast|our podcasts?|listen (?:on|in) .{0,200}|subscribe (?:on|in) .{0,200}|(?:available on|listen on) (?:apple|spotify|google).{0,200})$/, maxWords: 8 },
      // "Hören Sie auch unseren Podcast ...", "Escucha el pódcast ...", "Luister ook naar onze podcast ...", "Lyssna på vår podd ...".
      { id: 'audio.podcast-promo-intl', lang: 'und', pattern: /^(?:hören sie|hört|jetzt hören|escucha|escuche|escuchá|écoutez|écoute|ascolta|ascoltate|luister|beluister|posłuchaj|słuchaj|lyssna|lytt|lyt|ouça|ouve|poslechněte si|poslouchejte|kuuntele|hallgassa)(?![\wÀ-ɏ]).{0,120}(?:podcast|pódcast|podkast|podd\b|poddar|episodio|épisode|episódio|aflevering|odcinek|avsnitt|folge\b|jakso|epizód|spotify|apple podcasts)/, maxWords: 30 },
      { id: 'audio.listen-de', lang: 'de', pattern: /^(?:(?:jetzt )?(?:den )?artikel (?:jetzt )?(?:anhören|vorlesen(?: lassen)?)|vorlesen|anhören|jetzt anhören|audio-?version|\d+ min(?:\.|uten)? anhören)(?: ?\(?\d{1,2} ?min(?:\.|utes?|uten|utos|uti)?\)?)?$/, maxWords: 10 },
      { id: 'audio.listen-fr', lang: 'fr', pattern: /^(?:écouter(?: l'article| cet article)?|écoutez(?: cet article)?|version audio|lecture audio)(?: ?\(?\d{1,2} ?min(?:\.|utes?|uten|utos|uti)?\)?)?$/, maxWords: 10 },
      { id: 'audio.listen-es', lang: 'es', pattern: /^(?:escuchar(?: (?:la |esta )?(?:noticia|nota)| (?:el |este )?artículo| audio)?|escucha (?:esta noticia|este artículo)|escuchá (?:esta nota|esta noticia|este artículo|la nota))(?: ?\(?\d{1,2} ?min(?:\.|utes?|uten|utos|uti)?\)?)?$/, maxWords: 10 },
      { id: 'audio.listen-it', lang: 'it', pattern: /^(?:ascolta(?: l'articolo| questo articolo| la notizia| l'audio)?)(?: ?\(?\d{1,2} ?min(?:\.|utes?|uten|utos|uti)?\)?)?$/, maxWords: 10 },
      { id: 'audio.listen-pt', lang: 'pt', pattern: /^(?:ouvir(?: (?:o )?(?:artigo|texto)| (?:a )?notícia)?|ouça (?:este|o) (?:artigo|texto)|escutar(?: (?:o )?artigo)?)(?: ?\(?\d{1,2} ?min(?:\.|utes?|uten|utos|uti)?\)?)?$/, maxWords: 10 },
      { id: 'audio.listen-nl', lang: 'nl', pattern: /^(?:luister(?: naar (?:dit|het) artikel)?|beluister(?: dit artikel)?|voorlezen)(?: ?\(?\d{1,2} ?min(?:\.|utes?|uten|utos|uti)?\)?)?$/, maxWords: 10 },
      { id: 'audio.listen-nordic', lang: 'und', pattern: /^(?:lyt til (?:artiklen|artikel(?:en)?)|lyssna på artikeln|lyssna|hør (?:artikkelen|saken)|lytt til (?:artikkelen|saken)|posłuchaj(?: artykułu)?|escolta(?: l'article)?|poslechnout(?: si)?(?: článek)?|poslechněte si článek|vypočuť si článok|makaleyi dinle|dengarkan(?: artikel)?)(?: ?\(?\d{1,2} ?min(?:\.|utter|uter|ut)?\)?)?$/, maxWords: 10 },
      { id: 'audio.listen-title-intl', lang: 'und', pattern: /^(?:lyssna|lytt|lyt|hør|kuuntele|posłuchaj|poslechněte si|poslechnout si|ascultă|hallgasd meg|dinle)\s?:\s?\S.{2,150}$/, maxWords: 25 },
      { id: 'audio.player-intl', lang: 'und', pattern: /^(?:přehrát|přehrávat|pozastavit|odtwórz|lejátszás|redă|spela upp|spill av|afspil|toista|oynat)$|^\d{1,2}:\d{2}(?::\d{2})? ?\/ ?\d{1,2}:\d{2}(?::\d{2})?$|^poslechněte si (?:reportáž|rozhovor|celý|celou|pořad|záznam)(?:\s.{0,80})?$/, maxWords: 12 },
      { id: 'audio.listen-more', lang: 'und', pattern: /^(?:nghe bài viết|nghe tin|слушать(?: статью)?|послухати(?: статтю)?|ακούστε(?: το άρθρο)?|poslušajte(?: članak)?|kuuntele(?: artikkeli)?)$/, maxWords: 4 },
      // Machine-read audio notes: "La version audio de cet article est générée automatiquement", "Audio generado por IA".
      { id: 'audio.generated-intl', lang: 'und', pattern: /\bversion audio de cet article est (?:générée|produite|lue)\b|\baudio (?:generado|creado) (?:automáticamente|por (?:ia|inteligencia artificial))\b|\b(?:dieser|der) artikel wurde (?:automatisch|maschinell|von einer ki) (?:vertont|vorgelesen)\b|(?<![\wÀ-ɏ])áudio (?:gerado|criado) (?:automaticamente|por (?:ia|inteligência artificial))\b/, maxWords: 30 },
      // Video players' labels and durations: "Vídeo: Resumen y goles del ...", "Přehrát video 2:41", "Duration 2:05".
      { id: 'audio.video-label-intl', lang: 'und', pattern: /^(?:vídeo|vidéo|wideo|videó|video)\s?[:|]\s?\S.{0,150}$|^(?:přehrát video|prehrať video|odtwórz (?:wideo|film)|videó lejátszása|redă video(?:clipul)?|toista video|video afspelen|video abspielen|lire la vidéo|reproducir (?:el )?vídeo|riproduci (?:il )?video|reproduzir (?:o )?vídeo|spela upp video|spill av video|afspil video|play video|guarda il video|guarda la gallery|guarda le foto|regardez la vidéo|voir la vidéo|mira el vídeo|ver el vídeo|video ansehen|zum video|assista ao vídeo|bekijk de video)(?: \(?\d{1,2}:\d{2}\)?)?$|^(?:duration|dauer|durée|duración|durata|duração|duur|längd|varighet|varighed|délka|czas trwania|időtartam|durată|kesto)\s?:?\s?\d{1,2}:\d{2}(?::\d{2})?$/, maxWords: 25 },
      // "वीडियो: देखें मैच के आखिरी ओवर का रोमांच", "Ver resumen en video (03:41)": a video's teaser (hi, bn, ta, mr, gu, pa, th; es).
      { id: 'audio.video-label-asia', lang: 'und', pattern: /^(?:वीडियो|ভিডিও|வீடியோ|व्हिडिओ|વીડિયો|ਵੀਡੀਓ|วิดีโอ)\s?[:|]\s?\S.{0,150}$|^(?:ver|mira|mirá|vea) (?:el )?(?:resumen|video|vídeo|los goles)\b.{0,80}\(\d{1,2}:\d{2}\)$/, maxWords: 25 },
      // "ฟังพอดแคสต์ ... ตอนล่าสุด: ..." (th): a podcast's teaser.
      { id: 'audio.podcast-th', lang: 'th', pattern: /^ฟังพอดแคสต์/, maxWords: 30 },
      { id: 'audio.teaser-duration', lang: 'und', pattern: /^(?:audio|podcast|video|vidéo|vídeo)\s?:\s?.{3,150}\(\d{1,3}\s?(?:min|mins|minuten|minutes|minutos|minuti|sek|sec)\.?\)$/, maxWords: 30 },
      { id: 'audio.listen-on-platform', lang: 'en', pattern: /^listen (?:on|via|to us on|to (?:the|our) (?:\S+ ){0,3}(?:podcast|show) on) (?:spotify|apple podcasts|google podcasts|amazon music|youtube music|pocket casts|overcast|castbox|iheartradio|audible)\b/, maxWords: 25 },
    ],
  },
  {
    concept: 'navigation',
    reason: 'navigation',
    rules: [
      { id: 'navigation.jump-list', lang: 'en', pattern: /^(?:in this (?:article|story|guide|post)|article content)$/, maxWords: 4 },
      { id: 'navigation.transcript-toggle', lang: 'en', pattern: /^(?:show|hide|view|read) (?:the )?(?:full )?transcript$/, maxWords: 4 },
      // "Spotted a mistake? Select it and press Ctrl+Enter" (any language).
      { id: 'navigation.report-error', lang: 'und', pattern: /ctrl\s?\+\s?enter/, maxWords: 25 },
      { id: 'navigation.report-typo', lang: 'en', pattern: /^(?:spot(?:ted)?|see|found|notice) an? (?:typo|error|mistake)\??\s?(?:let us know|tell us|report it|email us|click here)?\b.{0,60}$|^report an? (?:typo|error|correction)\.?$/, maxWords: 14 },
      // "TRAFFIC ALERT: Eastbound Loop 240 closed ...": a station's ticker between paragraphs.
      { id: 'navigation.alert-ticker', lang: 'en', pattern: /^(?:traffic|weather|travel|storm|school closings?|closings) (?:alert|advisory|update)s?\s?[:|]\s?\S/, maxWords: 30 },
      { id: 'navigation.map-link', lang: 'en', pattern: /^(?:tap|click) here (?:for|to see|to view) (?:our|the) (?:interactive|live|full|latest) \S+(?: \S+){0,3}\.?$/, maxWords: 14 },
      // Recipe pages' buttons ("Jump to Recipe", "Print Recipe").
      { id: 'navigation.recipe-buttons', lang: 'en', pattern: /^(?:jump to recipe|print recipe|pin recipe|save recipe|rate (?:this )?recipe|jump to (?:the )?comments)$/, maxWords: 4 },
      { id: 'navigation.skip', lang: 'en', pattern: /^(?:skip to (?:main )?(?:content|navigation|search|footer)|jump to (?:content|navigation)|back to top|go to top|top of page|scroll to top|toggle (?:navigation|menu|search)|open (?:menu|navigation)|close(?: menu)?|menu|main menu|search|search\b.{0,200}\bsearch|home|homepage|next|previous|prev|next (?:article|story|post|page)|previous (?:article|story|post|page)|more|show more|load more|see more|see all|view all|expand|collapse|sections|all sections|topics|tags?:?.{0,200}|categories|filed under:?.{0,200}|posted in:?.{0,200}|breadcrumbs?|you are here:?.{0,200})$/, maxWords: 8 },
      // A portal's marker where the story goes on past an advert or a fold: "Story continues", "Story continues below advertisement".
      // "Check back for updates.": a developing story's promise, not its text.
      { id: 'navigation.check-back', lang: 'en', pattern: /^(?:please )?(?:check back|stay tuned)(?: (?:later|soon|here))?(?: for (?:updates|more(?: details| information| updates)?|the latest))?[.!]?$|^stay with (?:\S+ ){1,4}for (?:updates|the latest|more)\b.{0,60}$/, maxWords: 20 },
      // "Join the conversation. You must be logged in to comment.": a comment box's prompt.
      { id: 'navigation.logged-in-to-comment', lang: 'en', pattern: /\byou (?:must|need to) (?:be )?(?:logged in|log in|sign in|signed in) to (?:post a |leave a |add a )?(?:comment|reply)\b/, maxWords: 20 },
      { id: 'navigation.story-continues', lang: 'en', pattern: /^story continues(?: below)?(?: (?:the )?advertisement)?[.…]?$/, maxWords: 5 },
      // "Continues below", "La noticia continúa debajo", "Continuer la lecture", "Weiterlesen nach der Anzeige", "L'articolo continua sotto" (en, es, fr, de, it, pt).
      { id: 'navigation.story-continues-intl', lang: 'und', pattern: /^(?:continues below|خبر جاری ہے|(?:the )?(?:story|article) continues|(?:la noticia|la nota|el artículo) continúa (?:debajo|abajo|después de la publicidad)|continúa leyendo|continuer la lecture|la suite (?:ci-dessous|après (?:la|cette) publicité)|weiterlesen nach der anzeige|(?:der )?artikel geht (?:unten |nach der anzeige )?weiter|l'articolo continua (?:sotto|dopo la pubblicità)|continua a leggere|a (?:notícia|matéria) continua (?:abaixo|após a publicidade)|continua (?:depois|após) da publicidade)[.…]?$/, maxWords: 8 },
      // "Haberin Devamı" ("the story goes on"): a button in the middle of a Turkish article.
      { id: 'navigation.story-continues-tr', lang: 'tr', pattern: /^haber[iı]̇?n devamı$/, maxWords: 3 },
      // A page's text-size buttons ("A A A", "A- A A+").
      { id: 'navigation.text-size', lang: 'und', pattern: /^(?:a[+-]?\s?){3}$|^(?:text|font) size(?:\s?[:|-]\s?(?:a[+-]?\s?){1,3})?$|^(?:change|increase|decrease) (?:text |font )?size$/, maxWords: 6 },
      { id: 'navigation.popular', lang: 'en', pattern: /^(?:most (?:popular|read|viewed|shared|commented|emailed)(?: (?:articles|stories|now|this week|today))?(?: (?:in|on) [a-z&'-]+(?: [a-z&'-]+)?)?|trending(?: now| stories| topics)?|popular(?: now| stories| articles)?|top stories|editor'?s? picks?|latest(?: news| stories| headlines)?|just in|don't miss|must reads?|highlights|featured|in (?:other|case you missed) news|what'?s hot|hot topics)$/, maxWords: 6 },
      { id: 'navigation.comments', lang: 'en', pattern: /^(?:(?:top rated |top |all |reader |readers'? |user |latest |most recent |\d+ )?comments?(?: \(\d+\)|: \d+)?|\d+ comments?|no comments(?: yet)?|leave a (?:comment|reply)|post a comment|add (?:a )?comment|view comments|show comments|join the (?:conversation|discussion)|reply|report(?: comment| abuse)?|comment policy|cancel reply|be the first to comment.{0,200}|you must be logged in to post a comment\.?|log in to comment\.?)$/, maxWords: 10 },
      { id: 'navigation.comments-closed', lang: 'en', pattern: /^comments (?:have been|are|were) (?:disabled|closed|turned off|switched off)\b/, maxWords: 20 },
      // Comment and teaser furniture: "jdoe says:", "2 days ago at 07:52 am", "Rating: 36 Votes", "32M ago".
      { id: 'navigation.comment-meta', lang: 'en', pattern: /^.{1,80}\s(?:says|said|wrote|writes|replied|commented):$|^(?:rating|score|votes?|likes?|points?): -?\d+(?: votes?| points?)?$|^-?\d+ (?:likes?|replies|repl(?:y|ies)|points?|votes?|upvotes?|dislikes?)$|^(?:reply|reply to this comment|like|dislike|upvote|downvote|flag|permalink|quote|report this comment|show replies|hide replies|view replies|load more comments|comments are closed\.?|comments for this (?:article|thread) are (?:now )?closed\.?)$/, maxWords: 16 },
      { id: 'navigation.time-ago', lang: 'en', pattern: /^(?:(?:about|over|almost) )?(?:\d+|an?|one)\s?(?:s|m|h|d|w|mo|y|sec|secs|seconds?|min|mins|minutes?|hr|hrs|hours?|days?|weeks?|months?|years?)\.? ago(?: at \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?$|^(?:just now|yesterday at \d{1,2}:\d{2}.{0,200})$/, maxWords: 8 },
      // Machine residue of a page dump: bare URLs, ISO time stamps, comma-glued tag lists.
      // A template's placeholder left unrendered ("$$ARTICLEAD$$", "{{ad_slot}}", "%%AD%%").
      { id: 'navigation.template-placeholder', lang: 'und', pattern: /^(?:\$\$[a-z0-9_]{2,40}\$\$|\{\{[^{}]{1,40}\}\}|%%[a-z0-9_]{2,40}%%)$/, maxWords: 3 },
      { id: 'navigation.url', lang: 'und', pattern: /^(?:https?:\/\/|www\.)\S+$/, maxWords: 3 },
      { id: 'navigation.iso-timestamp', lang: 'und', pattern: /^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/, maxWords: 2 },
      // A price or a size in the list makes it a spec line ("256GB ($1,299 / €1,349)"), not tags.
      { id: 'navigation.tag-list', lang: 'und', pattern: /^[^.!?]*$/, also: /,\S[^,]{0,80},\S[^,]{0,80},\S/, unless: /[$€£¥]\s?\d|\d\s?(?:gb|tb|mb|mm|cm|kg|mah|hz|w)\b/, maxWords: 60 },
      { id: 'navigation.keyword-list', lang: 'und', pattern: /^[^.!?:;]*$/, also: /(?:,[^,.!?]{2,40}){6}/, maxWords: 60 },
      // Not a row of a table's figures ("Yes | 55,930 | 61.8%").
      { id: 'navigation.breadcrumb', lang: 'und', pattern: /^[^>›»]{1,30}(?:\s[>›»]\s[^>›»]{1,30}){1,6}$|^[^|]{1,25}(?:\s\|\s[^|]{1,25}){2,8}$/, unless: /(?:\|\s[$€£]?\d[\d.,]*%?\s*){2}/, maxWords: 16 },
      // A masthead's tagline under the outlet's name: "Das Magazin für Politik und Gesellschaft", "The week in climate, from Northwind Media".
      { id: 'navigation.tagline', lang: 'und', pattern: /^(?:the|das|die|der|le|la|el|il|o|a|het|de|your|ihr|votre|tu|il tuo) (?:\S+ )?(?:magazine|magazin|newspaper|zeitung|journal|newsletter|revue|revista|rivista|tijdschrift|quotidien|diario|quotidiano|wochenzeitung|nachrichtenmagazin|nachrichtenportal|weekly|daily) (?:for|für|de|pour|para|per|voor|des|der|du|del|on|about|über) [^.!?:]{2,60}$|^(?:the )?(?:week|day|month|morning|evening|weekend|year) in [^,.!?:]{2,50}, (?:from|by) [^.!?:]{2,40}$/, maxWords: 12 },
      { id: 'navigation.browser-notice', lang: 'en', pattern: /\b(?:enable|turn on|activate|allow) javascript\b|\bjavascript (?:is )?(?:disabled|required|must be enabled)\b|\byour browser (?:does not|doesn't) support\b|\bupgrade your browser\b/, maxWords: 30 },
      { id: 'navigation.pagination', lang: 'en', pattern: /^(?:page \d+(?: of \d+)?|\d+ of \d+|continue(?: to)?(?: next page)?|single page view|view as single page|[«‹<]?\s?(?:previous|next|prev\.?) page\s?[»›>]?|show (?:the )?full (?:article|story|text)|expand (?:the )?(?:full )?(?:article|story))$/, maxWords: 6 },
      // A section break or an underline drawn with marks ("* * *", "***", "-----", "=====", "· · ·"): layout, no text.
      { id: 'navigation.section-break', lang: 'und', pattern: /^([-*_=~·•+#])(?:\s?\1){2,}$/, maxWords: 40 },
      // An embed's or a chart's stub left in the text: "Twitter/X embed", "Download data", "Archived link: post 1", "Cite this article".
      { id: 'navigation.widget-stub', lang: 'en', pattern: /^(?:(?:twitter|x|twitter\/x|instagram|facebook|tiktok|youtube|bluesky|threads)(?: post)? embed|embedded (?:post|tweet|video)|download (?:the )?(?:data|csv|chart data|dataset)|archived link(?:: (?:post|link|tweet) \d+)?|cite this (?:article|page|story))$/, maxWords: 5 },
      // "Maharashtra HSC Result 2025 LIVE: Check direct link, toppers list here": a link to the outlet's live page.
      { id: 'navigation.live-link', lang: 'en', pattern: /\blive(?: updates)?\s?:\s?(?:check|get|watch|follow|read|see)\b.{0,100}\bhere\.?$/, maxWords: 25 },
      // A live blog's controls: "Auto Refresh Feeds", "Automatisch aktualisieren", "Weitere Beiträge laden", "View on X". (en, de, fr, es, it, nl, pt)
      { id: 'navigation.live-controls', lang: 'und', pattern: /^(?:auto[- ]?refresh(?: feeds?)?|auto[- ]?update|automatisch (?:aktualisieren|verversen)|actualización automática|actualisation automatique|aggiornamento automatico|atualização automática|weitere beiträge (?:laden|anzeigen)|mehr beiträge laden|charger plus de (?:posts|messages|publications)|cargar más (?:entradas|publicaciones)|carica altri (?:post|aggiornamenti)|meer berichten laden|carregar mais (?:posts|publicações)|view on x|view on twitter)(?:\s?[:|]?\s?(?:on|off|an|aus))?$/, maxWords: 6 },
      // A quote widget beside a market story: "Related stocks", "Stocks in this article: X (SGX: K9LR) S$1.27 +0.8%",
      // "1126.HK Tai Wo Land HK$14.48 +0.35%" (a ticker code, a name, a price and its change in one row; a markets
      // wrap's own table, "Stoxx 600 549.10 -0.2%", names its index without a code and stays).
      { id: 'navigation.quote-widget', lang: 'en', pattern: /^(?:related stocks|stocks in this (?:article|story)|companies in this (?:article|story)|quotes in this (?:article|story)|tickers? in this (?:article|story))\b.{0,160}$|^(?:\d{4,6}(?:\.[a-z]{1,3})?|[a-z]{1,5}\.[a-z]{1,3}) (?:\S+ ){1,6}[a-z$€£¥₩]{0,3}\s?\d[\d,.]*\s+[+-−]\d[\d.,]*%$/, maxWords: 30 },
      { id: 'navigation.most-viewed-link', lang: 'en', pattern: /^\[(?:most (?:viewed|read|popular)|trending|popular|editor'?s picks?|top stor(?:y|ies))\]\s?\S/, maxWords: 30 },
      // A widget's own label ("Interactive radar: tap to expand", "Click to enlarge").
      // What an embedded social post leaves in the text: "View this post on Instagram", "A post shared by ...".
      { id: 'navigation.social-embed', lang: 'en', pattern: /^view (?:this|the full) (?:post|video|reel) on (?:instagram|tiktok|x|twitter|facebook|threads|youtube)$|^a (?:post|video|reel) shared by .{1,80}$|^(?:watch|view) on (?:youtube|instagram|tiktok)$|^read (?:\d[\d.,]*k? )?(?:more )?replies$/, maxWords: 16 },
      { id: 'navigation.widget', lang: 'en', pattern: /\b(?:tap|click|press) (?:here )?to (?:expand|enlarge|zoom(?: in)?|view (?:larger|full ?screen)|play|interact|open the (?:map|chart|gallery))\b/, maxWords: 8 },
      // A feedback widget under an article ("Was this article helpful? Yes No").
      { id: 'navigation.feedback', lang: 'en', pattern: /^(?:was this (?:article|page|post|guide|story|information|answer|update|tip|review) (?:helpful|useful)|did you find this (?:article|page|post|guide) (?:helpful|useful)|how (?:was|did you like) this (?:article|issue|post))\??(?:\s+(?:yes|no))*$/, maxWords: 10 },
      // A post's neighbours: "← Previous: Notes from a conference", "Next post →".
      { id: 'navigation.prev-next', lang: 'en', pattern: /^[←→«»‹›]?\s?(?:previous|next|older|newer)(?: (?:post|article|story|entry))?\s?[:→←»«›‹]\s?.{0,150}$/, maxWords: 25 },
      // "Cet article vous a été utile ? Sachez que vous pouvez suivre ...": the question and what the site asks after it.
      { id: 'navigation.feedback-follow-fr', lang: 'fr', pattern: /^cet article vous a (?:été utile|plu)\s?\?/, maxWords: 40 },
      { id: 'navigation.feedback-intl', lang: 'und', pattern: /^(?:cet article vous a-t-il été utile|cet article vous a-t-il plu|war dieser artikel hilfreich|war dieser beitrag hilfreich|¿?te ha resultado útil (?:este artículo|esta información)|¿?te ha sido útil (?:este artículo|esta información)|questo articolo ti è stato utile|questo articolo è stato utile|was dit artikel nuttig|este artigo foi útil)\s?\??(?:\s+(?:oui|non|ja|nein|sí|si|no|nee|sim|não))*$/, maxWords: 12 },
      // A live blog's reload button: "Liveblog aktualisieren", "Actualiser le direct", "Refresh the feed".
      { id: 'navigation.refresh', lang: 'und', pattern: /^(?:(?:liveblog|live-?ticker|ticker|seite|feed) (?:aktualisieren|neu laden)|actualiser(?: le direct| la page)?|rafraîchir(?: la page)?|actualizar(?: la página)?|refresh(?: the)?(?: page| feed| live blog)?|aggiorna(?: la pagina| la diretta)?|ververs(?: de pagina)?)$/, maxWords: 4 },
      { id: 'navigation.skip-de', lang: 'de', pattern: /^(?:zum inhalt(?: springen)?|direkt zum inhalt|zur navigation|nach oben|zurück nach oben|startseite|suche|suchen|menü|hauptmenü|menü schließen|schließen|mehr anzeigen|alle anzeigen|mehr laden|zurück|weiter|vorheriger artikel|nächster artikel|themen|rubriken|(?:schlagworte?|schlagwörter|themen):.{0,200})$/, maxWords: 8 },
      // A live blog's load-more button, Nordic and Polish: "Visa fler uppdateringar", "Vis flere", "Załaduj więcej".
      { id: 'navigation.load-more-intl', lang: 'und', pattern: /^(?:visa fler(?: uppdateringar| inlägg| nyheter)?|vis flere(?: opdateringer| oppdateringer| nyheder| nyheter)?|indlæs flere|last flere|näytä lisää|lataa lisää|załaduj więcej|pokaż więcej|wczytaj więcej|načíst další|zobrazit další|daha fazla yükle)$/, maxWords: 4 },
      { id: 'navigation.skip-fr', lang: 'fr', pattern: /^(?:aller au contenu(?: principal)?|passer au contenu(?: principal)?|retour en haut(?: de (?:la )?page)?|haut de page|accueil|rechercher|recherche|fermer|voir plus|voir tout|afficher plus|charger plus|suivant|précédent|article suivant|article précédent|rubriques|(?:mots-clés|thèmes|sujets)\s?:.{0,200})$/, maxWords: 8 },
      { id: 'navigation.skip-es', lang: 'es', pattern: /^(?:saltar al contenido(?: principal)?|ir al contenido(?: principal)?|volver arriba|ir arriba|inicio|portada|buscar|búsqueda|menú|cerrar|ver más|ver todo|mostrar más|cargar más|siguiente|anterior|noticia siguiente|noticia anterior|secciones|(?:temas|etiquetas|archivado en):.{0,200})$/, maxWords: 8 },
      { id: 'navigation.skip-it', lang: 'it', pattern: /^(?:vai al contenuto(?: principale)?|salta al contenuto(?: principale)?|torna su|torna in alto|cerca|chiudi|mostra (?:di )?più|vedi (?:tutti|tutto|altro)|carica altri|successivo|precedente|articolo successivo|articolo precedente|sezioni|(?:argomenti|tag):.{0,200})$/, maxWords: 8 },
      { id: 'navigation.skip-pt', lang: 'pt', pattern: /^(?:(?:ir|saltar|pular) para o conteúdo(?: principal)?|voltar ao topo|início|página inicial|pesquisar|buscar|fechar|ver mais|ver tudo|carregar mais|próximo|próxima|anterior|seções|secções|(?:temas|assuntos|tags):.{0,200})$/, maxWords: 8 },
      { id: 'navigation.skip-nl', lang: 'nl', pattern: /^(?:naar (?:de )?(?:hoofd)?inhoud|ga naar (?:de )?inhoud|terug naar boven|naar boven|zoeken|sluiten|meer (?:weergeven|tonen|laden)|toon meer|alles bekijken|volgende|vorige|volgend artikel|vorig artikel|rubrieken|(?:onderwerpen|tags):.{0,200})$/, maxWords: 8 },
      // What a scraper writes for a widget still loading: "Loading...", "Laden …", "Chargement…".
      { id: 'navigation.loading', lang: 'und', pattern: /^(?:loading|laden|wird geladen|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|a carregar|laddar|lastar|indlæser|načítání|načítava sa|ładowanie|betöltés|se încarcă|ladataan)\s?(?:\.{2,3}|…)?$/, maxWords: 3 },
      // The label over an article's tags: ca, hu, fi, pl, cs, sk, ro, sv, da, no, nl.
      { id: 'navigation.tags-intl', lang: 'und', pattern: /^(?:etiquetes|címkék|címke|aiheet|avainsanat|tagit|tagi|słowa kluczowe|štítky|témata|značky|štítky článku|etichete|cuvinte cheie|etiketter|nøgleord|emneord|stikkord|trefwoorden|onderwerpen)\s?:?$/, maxWords: 3 },
      { id: 'navigation.comments-de', lang: 'de', pattern: /^(?:kommentare(?: \(\d+\)| \d+)?|\d+ kommentare?|\d+ postings?|postings?(?: \(\d+\))?|leserkommentare|kommentar (?:schreiben|verfassen|abgeben)|(?:jetzt )?kommentieren|diskutieren sie mit[.!]?|zu den kommentaren|kommentare anzeigen|(?:noch )?keine kommentare(?: vorhanden)?\.?|schreiben sie einen kommentar\.?|ihre meinung(?: ist gefragt)?[.!]?)$/, maxWords: 10 },
      { id: 'navigation.comments-fr', lang: 'fr', pattern: /^(?:commentaires(?: \(\d+\)| \d+)?|\d+ commentaires?|réagir(?: \(\d+\))?|réagissez|laisser un commentaire|ajouter un commentaire|écrire un commentaire|répondre|signaler(?: un abus)?|aucun commentaire\.?|voir les commentaires|afficher les commentaires)$/, maxWords: 10 },
      { id: 'navigation.comments-es', lang: 'es', pattern: /^(?:comentarios(?: \(\d+\)| \d+)?|\d+ comentarios?|comentar|deja (?:un|tu) comentario|escribe (?:un|tu) comentario|añadir (?:un )?comentario|responder|denunciar|sin comentarios\.?|ver comentarios|mostrar comentarios)$/, maxWords: 10 },
      { id: 'navigation.comments-it', lang: 'it', pattern: /^(?:commenti(?: \(\d+\)| \d+)?|\d+ commenti|commenta|lascia un commento|scrivi un commento|rispondi|segnala|nessun commento\.?|mostra i commenti|leggi i commenti)$/, maxWords: 10 },
      { id: 'navigation.comments-pt', lang: 'pt', pattern: /^(?:comentários(?: \(\d+\))?|\d+ comentários?|comentar|deixe (?:um|seu|o seu) comentário|escreva (?:um|seu) comentário|responder|denunciar|sem comentários\.?|ver comentários)$/, maxWords: 10 },
      { id: 'navigation.comments-nl', lang: 'nl', pattern: /^(?:reacties(?: \(\d+\))?|\d+ reacties?|reageer|reageren|plaats een reactie|laat een reactie achter|beantwoorden|rapporteren|geen reacties\.?|bekijk (?:de )?reacties)$/, maxWords: 10 },
      { id: 'navigation.comments-intl', lang: 'und', pattern: /^(?:komentarze|komentarz|skomentuj|kommentarer|kommentere|kommentér|comentaris|comenta)(?: \(\d+\))?$|^\d+ (?:komentarzy|komentarze|kommentarer|comentaris)$/, maxWords: 4 },
      { id: 'navigation.time-ago-de', lang: 'de', pattern: /^vor (?:\d+|einer?|einem) (?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)$/, maxWords: 6 },
      { id: 'navigation.time-ago-fr', lang: 'fr', pattern: /^il y a (?:\d+|une?) (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)$/, maxWords: 6 },
      { id: 'navigation.time-ago-es', lang: 'es', pattern: /^hace (?:\d+|una?) (?:segundos?|minutos?|min|horas?|h|días?|semanas?|mes(?:es)?|años?)$/, maxWords: 6 },
      { id: 'navigation.time-ago-it', lang: 'it', pattern: /^(?:\d+|una?) (?:secondi?|minuti?|min|ore|ora|giorni?|settimane?|mesi?|anni?) fa$/, maxWords: 6 },
      { id: 'navigation.time-ago-pt', lang: 'pt', pattern: /^há (?:\d+|uma?) (?:segundos?|minutos?|min|horas?|h|dias?|semanas?|mês|meses|anos?)$/, maxWords: 6 },
      { id: 'navigation.time-ago-nl', lang: 'nl', pattern: /^(?:\d+|een) (?:seconden?|minuten?|min|uur|uren|dagen?|weken?|maanden?|jaar|jaren) geleden$/, maxWords: 6 },
      { id: 'navigation.reading-time', lang: 'en', pattern: /^(?:\d+ ?(?:min|mins|minutes?) read|(?:estimated )?read(?:ing)? time:? ?\d+ ?(?:min|mins|minutes?))$/, maxWords: 6 },
      { id: 'navigation.reading-time-de', lang: 'de', pattern: /^(?:lesezeit:? ?(?:ca\. )?\d+ ?(?:min\.?|minuten)|\d+ ?(?:min\.?|minuten) lesezeit)$/, maxWords: 6 },
      { id: 'navigation.reading-time-fr', lang: 'fr', pattern: /^(?:temps de lecture ?:? ?\d+ ?(?:min\.?|minutes?)|lecture ?:? ?\d+ ?(?:min\.?|minutes?)|\d+ ?(?:min\.?|minutes?) de lecture)$/, maxWords: 6 },
      { id: 'navigation.reading-time-es', lang: 'es', pattern: /^(?:tiempo de lectura:? ?\d+ ?(?:min\.?|minutos?)|lectura:? ?\d+ ?(?:min\.?|minutos?)|\d+ ?(?:min\.?|minutos?) de lectura)$/, maxWords: 6 },
      { id: 'navigation.reading-time-it', lang: 'it', pattern: /^(?:tempo di lettura:? ?\d+ ?(?:min\.?|minuti)|lettura:? ?\d+ ?(?:min\.?|minuti)|\d+ ?(?:min\.?|minuti|') ?di lettura)$/, maxWords: 6 },
      { id: 'navigation.reading-time-pt', lang: 'pt', pattern: /^(?:tempo de leitura:? ?\d+ ?(?:min\.?|minutos?)|leitura:? ?\d+ ?(?:min\.?|minutos?)|\d+ ?(?:min\.?|minutos?) de leitura)$/, maxWords: 6 },
      { id: 'navigation.reading-time-nl', lang: 'nl', pattern: /^(?:leestijd:? ?\d+ ?(?:min\.?|minuten)|\d+ ?(?:min\.?|minuten) leestijd)$/, maxWords: 6 },
      { id: 'navigation.reading-time-intl', lang: 'und', pattern: /^(?:læsetid|lästid|lesetid|leestijd|czas czytania|doba čtení|doba čítania|olvasási idő|timp de citire|lukuaika|tiempo de lectura|temps de lecture|tempo di lettura|tempo de leitura|skaitymo laikas|lasīšanas laiks|lugemisaeg|okuma süresi|waktu baca|время чтения|час читання|χρόνος ανάγνωσης|thời gian đọc)\s?:?\s?(?:ca\. |cirka |ok\. |~)?\d+ ?(?:min\.?|minutter|minuter|minuten|minut|minuty|perc|minute|minuuttia|minutos|minuti|minutės|minutes|minučių|minūtes|minūtēm|minutit|dakika|dk\.?|menit|мин\.?|минут[аы]?|хв\.?|хвилин[иа]?|λεπτά|phút)$/, maxWords: 6 },
      // Live-blog interface leftovers: toggles, filters, refresh and load buttons, pinned labels, notices.
      { id: 'navigation.liveblog-ui', lang: 'und', pattern: /^(?:show (?:key events|all (?:posts|updates|events))(?: only)?|key events only|filter by:?.{0,40}|(?:load|show|see|view) (?:more|older|newer|new|latest|previous|all) (?:updates|posts|entries)|(?:\d+ )?new (?:updates?|posts?)|(?:jump|skip|go) to (?:the )?(?:latest|newest|key events)(?: updates?| posts?)?|(?:newest|oldest|latest) first|sort by:? (?:newest|oldest|latest)(?: first)?|pinned(?: post)?|auto-?(?:update|refresh)(?: on| off)?|refresh(?: page)?|follow|ticker aktualisieren|aktualisieren|neue beiträge|ältere beiträge laden|mehr laden|actualiser|voir plus de messages|voir (?:uniquement|seulement) les (?:posts|messages) (?:essentiels|importants)|charger plus de (?:posts|messages)|cargar más(?: actualizaciones| publicaciones| entradas| noticias)?|ver más (?:actualizaciones|publicaciones|entradas)|carregar mais(?: atualizações)?|actualizar|ladda om(?: för (?:senaste|nya inlägg))?|visa (?:fler|nya) inlägg|oppdater(?: siden)?|vis flere (?:innlegg|opdateringer)|opdater(?: siden)?|nieuwe berichten laden|laad meer|ververs|carica altri|aggiorna|carregar mais|atualizar|this is a live blog\b.{0,120}|(?:this|the) (?:page|blog|live blog) (?:will )?(?:auto-?)?(?:updates?|refresh(?:es)?) automatically\.?)$/, maxWords: 16 },
      // A live-blog entry's own update stamp: a time with no date ("Updated at 2.47pm GMT").
      { id: 'navigation.update-stamp', lang: 'en', pattern: /^(?:updated|edited|last updated)(?: at)?:? \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?: [a-z]{2,5})?$/, maxWords: 6 },
      // "Etichete: Valea Sărății, corupție, primar": a tag line, label and tags.
      { id: 'navigation.tags-list-intl', lang: 'und', pattern: /^(?:tags|tagged|filed under|etichete|címkék|etiketler|oznake|märksõnad|žymės|tagy|štítky|etiquetas|schlagwörter|stichwörter|mots-clés|trefwoorden|tagit|avainsanat|etiketter|emneord|stikkord|słowa kluczowe|tagi)\s?:\s?\S.{0,200}$/, also: /,|^[^\s:]+\s?:\s?\S+(?: \S+){0,4}$/, maxWords: 30 },
      // Tag lists in English ("Keywords:"), Italian ("Tag:"), Bengali, Tamil, Hindi, Thai and Vietnamese.
      { id: 'navigation.tags-list-asia', lang: 'und', pattern: /^(?:keywords|برچسب‌ها|برچسب ها|برچسب|ٹیگز|الوسوم|كلمات مفتاحية|tag|ট্যাগ|ট্যাগস|குறிச்சொற்கள்|टैग|टॅग|ટૅગ|ਟੈਗ|แท็ก|từ khóa|từ khoá)\s?:\s?\S.{0,200}$/, also: /,|^[^\s:]+\s?:\s?\S+(?: \S+){0,4}$/, maxWords: 30 },
      // "کد خبر: ۱۱۲۲۳۳۴" (fa), "رمز الخبر: ..." (ar): the item's number in the outlet's system.
      { id: 'navigation.news-code', lang: 'und', pattern: /^(?:کد خبر|رمز الخبر|news id)\s?:\s?[\d۰-۹٠-٩]+$/, maxWords: 5 },
      // A masthead's weather widget: "Weather: -14°C Port Anselm, Snow", "Wetter: 12 °C", "Погода: +14 °C" (en, de, fr, it, es, ru, pl, sv, da, no).
      { id: 'navigation.weather-widget', lang: 'und', pattern: /^(?:weather|wetter|météo|meteo|clima|tiempo|погода|pogoda|väder|vejret|været)\s?:?\s?[-+−]?\d{1,3}\s?°/, maxWords: 10 },
      // "อ่าน 4 นาที" (th), "पढ़ने का समय: 4 मिनट" (hi): a reading time.
      { id: 'navigation.reading-time-asia', lang: 'und', pattern: /^(?:อ่าน\s?\d{1,3}\s?นาที|पढ़ने का समय\s?:?\s?\d{1,3} मिनट|\d{1,3} मिनट (?:में )?पढ़ें)$/, maxWords: 6 },
      // "Fehler gefunden? Jetzt melden." (de), "Per commentare devi essere registrato. Accedi o registrati." (it)
      { id: 'navigation.report-error-de', lang: 'de', pattern: /^fehler gefunden\?\s?(?:jetzt )?melden\.?$/, maxWords: 6 },
      { id: 'navigation.comments-login-it', lang: 'it', pattern: /^per commentare (?:devi|è necessario|occorre) (?:essere registrat[oa]|accedere|effettuare (?:il )?(?:login|l'accesso))\b/, maxWords: 20 },
    ],
  },
  {
    concept: 'share',
    reason: 'share',
    rules: [
      { id: 'share.label', lang: 'en', pattern: new RegExp(`^(?:share(?: this(?: article| story| post)?)?\\s?:\\s?)?(?:(?:${SHARE_TOKEN})(?:[ ,/|·•]+(?:${SHARE_TOKEN}))*)$`), maxWords: 12 },
      // Prompts to share the story that name no network: "Social Sharing", "Kindly share this story:".
      { id: 'share.prompt', lang: 'en', pattern: /^(?:social sharing|(?:kindly|please) share this (?:story|article|post|news)\s?:?|share this (?:story|article) with (?:a friend|your friends)\s?:?)$/, maxWords: 8 },
      // Pinterest and like buttons with their labels ("Pin this for later!", "Like this:").
      { id: 'share.pin', lang: 'en', pattern: /^(?:pin|pin (?:this|it)(?: [\w'’-]+)?(?: for later| now)?|pin for later|save (?:this|it) (?:to|on|for) pinterest|like this:)[!.]*$/, maxWords: 6 },
      // "Follow GadgetForge on YouTube and TikTok for the latest reviews": the outlet's (or author's) channels.
      { id: 'share.follow-platform', lang: 'en', pattern: /^(?:follow|subscribe to|find) (?:us|\S+(?: \S+){0,3}) on (?:youtube|tiktok|instagram|facebook|twitter|x|linkedin|threads|bluesky|whatsapp|telegram|google news)\b/, maxWords: 20 },
      { id: 'share.call', lang: 'en', pattern: /^(?:share (?:this|the|on|via|to|article|story|page|post)\b.{0,200}|share:?|shares?:? ?\d*|\d+ shares?|follow us(?: on .{0,200})?|follow (?:on|@).{0,200}|like us on .{0,200}|add us (?:on|as) .{0,200}|connect with us.{0,200}|send (?:to|via) .{0,200}|email this (?:article|story|page)|print this (?:article|story|page)|save (?:this )?(?:article|story)?|saved|bookmark|gift (?:this )?article|give this article)$/, maxWords: 10 },
      { id: 'share.call-de', lang: 'de', pattern: /^(?:teilen|artikel teilen|beitrag teilen|drucken|artikel drucken|per e-?mail (?:teilen|versenden|senden)|link kopieren|link kopiert|merken|artikel merken|(?:auf|bei|via) .{1,40} teilen|teilen (?:auf|via) .{0,200}|folgen sie uns(?: auf .{0,200})?)$/, maxWords: 10 },
      // "Per Mail teilen", "Diesen Artikel teilen: WhatsApp | LinkedIn | E-Mail", "Lesedauer: 5 Minuten" (de).
      { id: 'share.call-de-more', lang: 'de', pattern: /^(?:per (?:e-?)?mail teilen|diesen artikel teilen\b.{0,80}|lesedauer\s?:?\s?(?:ca\.\s?)?\d{1,3}\s?(?:min\.?|minuten))$/, maxWords: 12 },
      // Share, save and print buttons in Russian, Ukrainian, Turkish, Japanese, Chinese and Korean.
      { id: 'share.call-world', lang: 'und', pattern: /^(?:поделиться|поділитися|paylaş|保存|ブックマーク|シェア|シェアする|この記事をシェアする|ツイート|印刷|링크복사|링크 복사|공유|공유하기|스크랩|인쇄|分享|分享到|微信|微博|qq空间|收藏|打印|bagikan|kongsi|chia sẻ|lihat foto|salin tautan|salin link)$/, maxWords: 2 },
      { id: 'share.copy-link-more', lang: 'und', pattern: /^(?:sao chép liên kết|kopiraj (?:link|poveznicu)|αντιγραφή (?:συνδέσμου|link)|скопіювати посилання|скопировать ссылку)$/, maxWords: 4 },
      // "Bagikan: Facebook Twitter WhatsApp": a share call over its networks' names.
      { id: 'share.call-list-world', lang: 'und', pattern: /^(?:bagikan|kongsi|chia sẻ|paylaş|поделиться|поділитися)\s*:\s*(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|email|e-mail|salin|tautan|link|copy|zalo)\b/, maxWords: 10 },
      { id: 'share.call-fr', lang: 'fr', pattern: /^(?:partager|partagez(?: cet article)?|partager (?:l'article|cet article|sur .{0,200}|par .{0,200})|imprimer|envoyer par e-?mail|copier le lien|lien copié|sauvegarder|enregistrer|offrir (?:cet |l')article|ajouter à (?:vos|mes) (?:sélections|favoris|articles)|suivez-nous(?: sur .{0,200})?)$/, maxWords: 10 },
      { id: 'share.call-es', lang: 'es', pattern: /^(?:compartir|comparte|compartir (?:en|por|vía) .{0,200}|compartir (?:esta noticia|este artículo|artículo)|imprimir|enviar por (?:e-?mail|correo)|copiar (?:el )?enlace|enlace copiado|guardar|síguenos(?: en .{0,200})?)$/, maxWords: 10 },
      // "Shiriki habari hii:", "Raba wannan labari:": share prompts in Swahili and Hausa.
      { id: 'share.call-africa', lang: 'und', pattern: /^(?:shiriki(?: habari hii)?|raba wannan labari|pin ìròyìn yìí|wadaag)\s?:?$/, maxWords: 5 },
      { id: 'share.call-it', lang: 'it', pattern: /^(?:condividi|condividi (?:su|via|con) .{0,200}|condividi (?:l'articolo|questo articolo)|stampa|invia per e-?mail|copia (?:il )?link|link copiato|salva|seguici(?: su .{0,200})?)$/, maxWords: 10 },
      { id: 'share.call-pt', lang: 'pt', pattern: /^(?:compartilhar|compartilhe|partilhar|partilhe|(?:compartilhar|partilhar) (?:no|na|via|por) .{0,200}|imprimir|enviar por e-?mail|copiar (?:o )?link|link copiado|salvar|siga-nos(?: no .{0,200})?)$/, maxWords: 10 },
      { id: 'share.call-nl', lang: 'nl', pattern: /^(?:delen|deel (?:dit artikel|via .{0,200})|delen (?:via|op) .{0,200}|printen|afdrukken|mailen|link kopiëren|link gekopieerd|bewaren|opslaan|volg ons(?: op .{0,200})?)$/, maxWords: 10 },
      { id: 'share.call-nordic', lang: 'und', pattern: /^(?:del|dela|del artiklen|del artikkelen|dela artikeln|udostępnij|podziel się|comparteix|kopiér link|kopiera länk|kopier lenke|kopiuj link|jaa|jaa artikkeli|kopioi linkki|sdílet|kopírovat odkaz|zdieľať|kopírovať odkaz|megosztás|link másolása|distribuie|copiază linkul|trimite)$/, maxWords: 4 },
      // The notice a save button leaves ("You saved a new article", "Hai salvato un nuovo articolo"): en, de, fr, es, it.
      // The account's list of saved stories, as a menu entry ("My favourites", "I tuoi preferiti").
      { id: 'share.saved-list', lang: 'und', pattern: /^(?:my (?:favou?rites|saved (?:articles|stories)|bookmarks|reading list)|saved (?:articles|stories)|meine (?:favoriten|merkliste|gespeicherten artikel)|merkliste|mes (?:favoris|articles (?:sauvegardés|enregistrés))|mis (?:favoritos|artículos guardados)|artículos guardados|(?:i (?:tuoi|miei) )?(?:preferiti|articoli salvati)|(?:os )?meus favoritos|mijn (?:favorieten|opgeslagen artikelen))$/, maxWords: 5 },
      { id: 'share.saved', lang: 'und', pattern: /^(?:you(?:'ve| have) saved (?:an?|this|the) (?:new )?(?:article|story)|(?:article|story) saved|saved to (?:your )?(?:reading list|bookmarks)|artikel (?:wurde )?gespeichert|sie haben (?:einen|den|diesen) artikel gespeichert|article (?:sauvegardé|enregistré)|vous avez (?:sauvegardé|enregistré) (?:un|cet) article|artículo guardado|has guardado (?:un|este) artículo|articolo salvato|hai salvato (?:un nuovo |questo |l')?articolo)\.?$/, maxWords: 8 },
      // Per-entry buttons of live blogs and share bars in other languages.
      { id: 'share.entry', lang: 'und', pattern: /^(?:share (?:this )?(?:post|update|entry)|copy link to (?:this )?(?:post|update|entry|section)|link to (?:this )?(?:post|update|entry)|permalink|teilen|link kopieren|beitrag teilen|partager|copier le lien|compartir|copiar (?:el )?enlace|condividi)$/, maxWords: 6 },
    ],
  },
  {
    concept: 'advertisement',
    reason: 'advertisement',
    rules: [
      // One label, or two in one row ("Advertisement · Scroll to continue").
      { id: 'advertisement.label', lang: 'en', pattern: new RegExp(`^[\\[(]?(?:${AD_LABEL})(?:\\s*[·•|–-]\\s*(?:${AD_LABEL}))?[\\])]?$`), maxWords: 8 },
      // "Valley 11 News Sponsored: Fall tire swap savings at ... Book online today.": a sponsor's card with its label.
      { id: 'advertisement.sponsored-card', lang: 'en', pattern: /^(?:\S+ ){0,4}sponsored(?: content| post)?\s?:\s?\S/, maxWords: 40 },
      // "Sponsored by Northshore Tire & Auto - winter tires installed same day": a sponsor's line in the story.
      { id: 'advertisement.sponsored-by-line', lang: 'en', pattern: /^sponsored by [^.!?]{2,120}$/, maxWords: 16 },
      // An ad blocker notice: "La pubblicità contribuisce a mantenere gratuita l'informazione. Disattiva l'adblock."
      { id: 'advertisement.adblock', lang: 'und', pattern: /\bad-?block(?:er|ers)?\b/, maxWords: 40 },
      { id: 'advertisement.label-de', lang: 'de', pattern: /^(?:-? ?(?:anzeige|werbung) ?-?|gesponsert|weiter nach der anzeige|(?:der )?artikel (?:wird|geht) nach der anzeige (?:fortgesetzt|weiter)|lesen sie nach der anzeige weiter)$/, maxWords: 10 },
      { id: 'advertisement.label-fr', lang: 'fr', pattern: /^(?:-? ?publicité ?-?|annonce|contenu sponsorisé|sponsorisé|la suite après (?:la|cette) publicité|l'article continue après la publicité)$/, maxWords: 10 },
      { id: 'advertisement.label-es', lang: 'es', pattern: /^(?:-? ?publicidad ?-?|anuncio|contenido patrocinado|patrocinado|sigue leyendo (?:después|debajo) de la publicidad|continúa (?:leyendo )?(?:después|debajo) de la publicidad)$/, maxWords: 10 },
      { id: 'advertisement.label-it', lang: 'it', pattern: /^(?:-? ?pubblicità ?-?|annuncio|contenuto sponsorizzato|sponsorizzato|continua (?:a leggere )?dopo la pubblicità)$/, maxWords: 10 },
      { id: 'advertisement.label-pt', lang: 'pt', pattern: /^(?:-? ?publicidade ?-?|anúncio|conteúdo patrocinado|patrocinado|continua (?:depois|após) (?:da|a) publicidade)$/, maxWords: 10 },
      { id: 'advertisement.label-nl', lang: 'nl', pattern: /^(?:-? ?advertentie ?-?|reclame|gesponsord|gesponsorde inhoud|(?:het )?artikel gaat verder (?:na|onder) de advertentie|lees verder (?:na|onder) de advertentie)$/, maxWords: 10 },
      { id: 'advertisement.label-pl', lang: 'pl', pattern: /^(?:-? ?reklama ?-?|materiał sponsorowany|dalsza część (?:artykułu|tekstu) pod reklamą|(?:artykuł|tekst) (?:czytaj )?dalej pod reklamą)$/, maxWords: 7 },
      { id: 'advertisement.label-sv', lang: 'sv', pattern: /^(?:-? ?annons ?-?|sponsrat)$/, maxWords: 4 },
      { id: 'advertisement.label-da', lang: 'da', pattern: /^(?:-? ?annonce ?-?|reklame|sponsoreret)$/, maxWords: 4 },
      { id: 'advertisement.label-no', lang: 'no', pattern: /^(?:-? ?annonse ?-?|reklame|sponset)$/, maxWords: 4 },
      { id: 'advertisement.label-ca', lang: 'ca', pattern: /^(?:-? ?publicitat ?-?|contingut patrocinat|patrocinat)$/, maxWords: 4 },
      { id: 'advertisement.label-ro', lang: 'ro', pattern: /^(?:-? ?publicitate ?-?|conținut sponsorizat|continut sponsorizat)$/, maxWords: 4 },
      { id: 'advertisement.label-fi', lang: 'fi', pattern: /^(?:-? ?mainos ?-?|kaupallinen yhteistyö|sponsoroitu)$/, maxWords: 4 },
      { id: 'advertisement.label-cs', lang: 'cs', pattern: /^(?:-? ?inzerce ?-?|komerční sdělení|sponzorovaný obsah|pokračování článku (?:pod|za) reklamou|článek pokračuje (?:pod|za) reklamou)$/, maxWords: 6 },
      { id: 'advertisement.not-loaded', lang: 'en', pattern: /^this advertisement has not loaded yet\b.{0,80}$/, maxWords: 20 },
      // A betting or gaming offer's terms ("Bet £10 and get £30 in free bets. New customers only. 18+.").
      { id: 'advertisement.gambling', lang: 'en', pattern: /\b(?:new customers only|t&cs apply|gamble responsibly|begambleaware(?:\.org)?|when the fun stops,? stop|odds (?:are )?subject to change|gambling problem\?|\d+ in bonus bets|1-800-gambler)\b/, unless: /\b(?:said|says|told|according to)\b/, maxWords: 40 },
      // The betting partner's box: "18+ | Graj odpowiedzialnie", "Грай відповідально. 21+", "Bukmacher: ... bonus powitalny".
      // (pl, uk, ru, bg, el, cs, sk, sr/hr, da, sv, no, es, it, pt, de, fr)
      { id: 'advertisement.gambling-intl', lang: 'und', pattern: /(?:graj odpowiedzialnie|bonus powitalny|bonus kazan|en yüksek oranlar|aposte com responsabilidade|jogue com responsabilidade|jogo legal e seguro|joacă responsabil|tippelj te is|fogadj a\b|felelősségteljes játék|juga amb responsabilitat|грай відповідально|играйте ответственно|играй отговорно|παίξε υπεύθυνα|hrajte zodpovědně|hraj zodpovedne|igraj odgovorno|spil ansvarligt|spela ansvarsfullt|spill ansvarlig|juega con responsabilidad|gioca responsabilmente|jogue com responsabilidade|spiele verantwortungsvoll|spielen sie verantwortungsvoll|jouez de manière responsable|jouer comporte des risques)/, maxWords: 40 },
      // Advert and sponsor labels in Arabic, Hebrew, Persian, Turkish, Malay and Indonesian ("إعلان", "פרסומת", "تبلیغات", "BAHİS", "Kandungan tajaan").
      { id: 'advertisement.label-rtl-asia', lang: 'und', pattern: /^(?:إعلان|اعلان|اشتہار|اشتہارات|محتوى مدعوم|محتوى ممول|محتوى برعاية|פרסומת|תוכן שיווקי|תוכן ממומן|تبلیغات|آگهی|رپرتاژ آگهی|bahis|sponsorlu(?: içerik)?|kandungan tajaan|konten bersponsor|konten bersponsor|advertorial)$|^בשיתוף\s\S/, maxWords: 12 },
      { id: 'advertisement.label-tr', lang: 'tr', pattern: /^(?:haberin devamı (?:reklamdan sonra|reklamın altında)|reklamdan sonra devam ediyor)$/, maxWords: 6 },
      { id: 'advertisement.label-more', lang: 'und', pattern: /^(?:-? ?(?:oglas|oglasi|διαφήμιση|διαφημιση|quảng cáo|iklan) ?-?)$/, maxWords: 3 },
      // Advert labels in Hindi, Bengali, Tamil, Marathi, Gujarati, Punjabi, Telugu, Thai, Kazakh and Uzbek.
      { id: 'advertisement.label-south-asia', lang: 'und', pattern: /^(?:[-*]{0,3} ?(?:ปิดโฆษณา|พื้นที่โฆษณา|विज्ञापन|বিজ্ঞাপন|விளம்பரம்|जाहिरात|જાહેરાત|ਇ(?:\u0a36|\u0a38\u0a3c)ਤਿਹਾਰ|ప్రకటన|โฆษณา|жарнама|reklama) ?[-*]{0,3})$/, maxWords: 2 },
      // Advert labels in Swahili, Hausa, Yoruba, Amharic and Somali ("TANGAZO", "TALLA", "Ìpolówó ọjà", "ማስታወቂያ", "XAYAYSIIS").
      { id: 'advertisement.label-africa', lang: 'und', pattern: /^(?:-? ?(?:tangazo|matangazo|talla|ìpolówó ọjà|ipolowo oja|ማስታወቂያ|xayaysiis) ?-?)$/, maxWords: 3 },
      // Russia's legal marking of an advert: "Реклама. ООО «...». ИНН 5900000000. erid: 2SDnje..." (ru).
      { id: 'advertisement.marking-ru', lang: 'ru', pattern: /\berid\s?:\s?[\w-]{4,}|^реклама\.\s(?:\S+ ){0,12}(?:инн|огрн)(?![\p{L}\d])/u, maxWords: 60 },
      { id: 'advertisement.label-hu', lang: 'hu', pattern: /^(?:-? ?hirdetés ?-?|reklám|szponzorált tartalom)$/, maxWords: 4 },
      { id: 'advertisement.label-sk', lang: 'sk', pattern: /^(?:-? ?inzercia ?-?|reklama|sponzorovaný obsah)$/, maxWords: 4 },
      // "Advertise with us", "Advertise with The Courier": the outlet's own sales link.
      { id: 'advertisement.advertise-with', lang: 'en', pattern: /^advertise (?:with|on|in) (?:us|\S+(?: \S+){0,3})$/, maxWords: 6 },
      { id: 'advertisement.sponsor-pitch', lang: 'en', pattern: /^this (?:newsletter|edition|issue|email|episode|briefing|podcast|week'?s (?:newsletter|edition|issue)) is (?:supported|sponsored|presented|brought to you|made possible|powered) by\b/, maxWords: 80 },
      // Russian, Ukrainian, Turkish, Japanese, Chinese and Korean advert labels.
      { id: 'advertisement.label-world', lang: 'und', pattern: /^(?:-? ?(?:реклама|реклами|на правах рекламы|на правах реклами|партнерский материал|партнерський матеріал|материал продолжится после рекламы|продолжение после рекламы|reklam|reklāma|reklaama|sponsorlu (?:içerik|haber)|広告|スポンサーリンク|pr広告|广告|廣告|推广|광고|애드) ?-?)$/, maxWords: 4 },
      { id: 'advertisement.label-intl', lang: 'und', pattern: /^(?:anzeige|werbung|publicité|publicidad|pubblicità|reklame)$/, maxWords: 1 },
      { id: 'advertisement.label-bilingual', lang: 'und', pattern: /^(?:advertisement|publicité|anzeige|publicidad|pubblicità|advertentie|reklame|annonse|annons|mainos|reklama|publicitat)(?:\s?[\/|·•]\s?(?:advertisement|publicité|anzeige|publicidad|pubblicità|advertentie|reklame|annonse|annons|mainos|reklama|publicitat))+$/, maxWords: 6 },
      // The ends and continuations of an ad slot: "Článok pokračuje pod reklamou", "Mainos päättyy", "Ende der Anzeige".
      { id: 'advertisement.slot-intl', lang: 'und', pattern: /^(?:článok pokračuje pod reklamou|článek pokračuje pod reklamou|artykuł (?:czytaj dalej|kontynuowany) pod reklamą|dalsza część (?:artykułu|tekstu) pod reklamą|a cikk a hirdetés után folytatódik|articolul continuă (?:după|sub) reclamă|mainos (?:päättyy|alkaa)|annonse(?:n)? slutt|reklame slut|annons(?:en)? slut|(?:ende der anzeige|anzeige ende)|fin de la publicit[ée]|fin de la publicidad)$/, maxWords: 8 },
      { id: 'advertisement.label-adv', lang: 'it', pattern: /^adv$/, maxWords: 1 },
      // Affiliate disclosures of review and shopping pages ("As an Amazon Associate we earn from qualifying purchases").
      { id: 'advertisement.affiliate-disclosure', lang: 'en', pattern: /\b(?:as an (?:amazon )?(?:associate|affiliate(?: marketer)?)\b|may earn (?:a )?(?:small )?(?:affiliate )?commission when you (?:buy|book|shop|click|sign up)\b|(?:we|i) (?:may )?(?:earn|receive|make) (?:a |an )?(?:small )?(?:affiliate )?(?:commission|compensation)\b|earns? from qualifying purchases|purchases made through (?:our|these|the) links|(?:when|if) you (?:buy|shop|purchase)(?: something)? (?:through|via|from) (?:the )?links on (?:our|this) (?:site|website|page)|may earn an? (?:small )?affiliate commission\b|products (?:are|were) (?:chosen|selected) independently|(?:this|the) (?:post|article|page|site) (?:may )?contains? affiliate links)/, maxWords: 60, unless: /\b(?:said|says|according to|reported)\b/ },
      // "Reclamă" (ro), "Oglasno sporočilo" (sl), "Reklaam" (et), "Hirdetés" (hu), "Oglas" (hr), "Reklama" (cs, sk, pl, lt), "Reklam" (tr).
      { id: 'advertisement.label-cee', lang: 'und', pattern: /^(?:reclamă|reclama|publicitate|oglas|oglasno sporočilo|reklaam|hirdetés|reklama|reklam|advertentie|mainos|annons)$/, maxWords: 2 },
      // Public radio's underwriting line: "Support for GLPM comes from Brightwater Credit Union, ...".
      { id: 'advertisement.underwriting', lang: 'en', pattern: /^support for (?:\S+ ){1,4}(?:comes|is provided) (?:from|by)\b/, maxWords: 40 },
      // "Switch to Gleann Energy and lock in a fixed rate. Terms apply.": an advertiser's small print.
      { id: 'advertisement.terms-apply', lang: 'en', pattern: /(?:^|[.!] )(?:terms|t ?& ?cs?|t's and c's|terms and conditions) apply\.?$/, maxWords: 25 },
    ],
  },
  {
    concept: 'newsletter',
    reason: 'newsletter',
    unless: REPORTING,
    rules: [
      // A newsletter box's title: 'Newsletter „Lahn am Morgen“', "Newsletter «L'essentiel du matin»".
      { id: 'newsletter.named-box-intl', lang: 'und', pattern: /^newsletter\s[„"“«‚'][^„"“”«»]{2,60}[“"”»‘']$/, maxWords: 10 },
      // Its promise: "Cada jueves, todo lo que necesitas saber sobre ...", "Ogni mattina alle 7 le notizie ... Iscriviti gratis".
      { id: 'newsletter.schedule-promise-intl', lang: 'und', pattern: /^(?:cada (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|día|semana),? (?:todo lo que|lo (?:más|mejor|último)|las (?:claves|noticias|historias))|(?:ogni|tutte le) (?:mattin[ae]|sera|giorno|settimana|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)[\s,].{0,150}\biscriviti\b)/, maxWords: 30 },
      // Indonesian portals' calls to follow them: "Dapatkan update berita pilihan ...", "Simak breaking news ... di ponselmu".
      { id: 'newsletter.follow-id', lang: 'und', pattern: /^(?:dapatkan|simak) (?:update |informasi )?(?:berita|breaking news|artikel)\b.{0,200}\b(?:setiap hari|ponsel\w*|whatsapp|telegram|google news|channel)\b/, maxWords: 45 },
      // "Get the biggest business stories emailed to you every weekday.", "... straight to your inbox".
      { id: 'newsletter.to-your-inbox', lang: 'en', pattern: /^(?:get|receive|have) (?:\S+ ){0,6}(?:stories|news|headlines|updates|analysis|briefings?)\b.{0,60}\b(?:emailed to you|delivered to (?:you|your inbox)|straight to your inbox|in your inbox)\b/, maxWords: 35 },
      // The consent line under a sign-up box: "By providing an email address. I agree to the Terms of Use ...".
      { id: 'newsletter.email-consent', lang: 'en', pattern: /^by (?:providing|entering|submitting) (?:an|your) email(?: address)?\b/, maxWords: 45 },
      // Dutch newsletters pitched by their day: "Sportkrant Nieuwsbrief: elke maandag de beste verhalen ...".
      { id: 'newsletter.weekly-nl', lang: 'nl', pattern: /\bnieuwsbrief\s*:\s*(?:elke|iedere) (?:dag|week|ochtend|avond|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/, maxWords: 30 },
      { id: 'newsletter.sign-up-for', lang: 'en', pattern: /\bsign up (?:for|to) (?:\S+ ){0,6}newsletters?\b/, maxWords: 25 },
      { id: 'newsletter.signup', lang: 'en', pattern: /^(?:sign up|signup|subscribe) (?:for|to) (?:our|the|my|a|free|daily|weekly)\b/, also: /\b(?:newsletter|email|briefing|digest|alerts?|updates|guide)\b/, maxWords: 35 },
      { id: 'newsletter.inbox', lang: 'en', pattern: /\b(?:get|receive) (?:our|the|a) (?:free )?(?:\w+ ){0,3}(?:newsletter|email|briefing)\b/, also: /\b(?:inbox|sign up|subscribe|free|daily|weekly|every)\b/, maxWords: 35 },
      // The small print and the rest of a sign-up box: "We use your sign-up to send you the newsletters
      // you asked for ...", "We have more newsletters", "You may occasionally receive promotional content from X."
      { id: 'newsletter.box-small-print', lang: 'en', pattern: /^we use your (?:sign-?up|email(?: address)?) to send you\b|^we have more newsletters\b|^you may (?:occasionally |also )?receive promotional (?:content|messages|offers|emails)\b/, maxWords: 45 },
      { id: 'newsletter.delivered', lang: 'en', pattern: /\bnewsletter sign ?up\b|\b(?:delivered|sent) (?:straight |directly )?to your inbox\b|\bin your inbox\b|\bfree to your inbox\b/, maxWords: 35 },
      // "Get alerts on the biggest stories as they happen.": a push-alert pitch.
      { id: 'newsletter.alerts', lang: 'en', pattern: /^get (?:breaking news )?(?:alerts|notifications) (?:on|about|for|when)\b/, maxWords: 15 },
      { id: 'newsletter.form', lang: 'en', pattern: /^(?:enter (?:your )?e-?mail(?: address)?|e-?mail address|your e-?mail(?: address)?|sign up|sign me up|contact me with (?:news|offers)\b.{0,200}|thanks? (?:you )?for signing up!?|you'?re (?:all )?(?:signed up|subscribed)!?|by (?:signing up|subscribing|clicking|submitting (?:your )?(?:information|details|email))\b.{0,200}|invalid email.{0,200}|please enter a valid email.{0,200}|we respect your privacy\.?|unsubscribe at any time\.?|privacy (?:notice|policy)(?:: .{0,200})?|you can unsubscribe at any time\.?)$/, maxWords: 40 },
      { id: 'newsletter.named', lang: 'en', pattern: /^sign up (?:for|to)\b.{0,200}\bnewsletter\b|\bour (?:\w+ ){0,2}newsletter\b|\bforward(?:ed)? (?:this|to) (?:e-?mail|newsletter)|\bforwarded to you\b|\bview (?:this e-?mail )?in (?:your )?browser\b|^unsubscribe\b|\bupdate your (?:e-?mail )?preferences\b|\bmanage (?:your )?e-?mail preferences\b|^(?:no,? thanks|maybe later|not now)$/, maxWords: 25 },
      // "Sign up for Northbeam Daily, the five things you need to know ...", "Get Pulse, our free health
      // policy newsletter, every Tuesday": a named newsletter and what it brings.
      { id: 'newsletter.named-pitch', lang: 'en', pattern: /^(?:sign up for|subscribe to|get) (?:\S+ ){0,3}?\S+, (?:the|our) (?:free )?(?:\S+ ){0,6}?(?:newsletter|briefing|digest|email|things you need to know)\b/, maxWords: 40 },
      // "Know someone who'd like The Stack? Forward them this link.": a newsletter's referral line.
      { id: 'newsletter.forward', lang: 'en', pattern: /^(?:know someone|know anyone)\b[^?]{2,80}\?\s?(?:forward|share|send)\b/, maxWords: 30 },
      { id: 'newsletter.sign-up-here', lang: 'en', pattern: /\bsign up (?:here|now|today|for free)\b/, also: /\b(?:newsletter|briefing|bulletin|digest|e-?mail|inbox)\b/, maxWords: 40 },
      // A newsletter's pitch under its name: "The ideas shaping the week, delivered every Sunday. Sign up now."
      { id: 'newsletter.sign-up-now', lang: 'en', pattern: /(?:^|[.!?]\s)sign up (?:now|here|today|for free)[.!]?$|\bdelivered every (?:day|morning|evening|weekday|week|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b.{0,60}\bsign up\b|\bsign up (?:to|for) (?:the |our )?(?:[\w'’-]+ ){0,4}(?:e-?mails?|newsletters?|bulletins?) here\.?$/, maxWords: 30 },
      // A personal blog's footer: "If you enjoyed this, you can subscribe via RSS or get new posts by email."
      { id: 'newsletter.rss', lang: 'en', pattern: /\bsubscribe (?:via|by|with|through) (?:rss|email|e-mail)\b|\bget new posts by (?:e-?mail|rss)\b/, maxWords: 30 },
      { id: 'newsletter.email-field', lang: 'en', pattern: /^(?:type|enter) your (?:e-?mail|email address)(?:\.{3}|…)?$/, maxWords: 5 },
      { id: 'newsletter.join', lang: 'en', pattern: /^(?:join (?:our|my|the) (?:mailing list|email list|e-?mail newsletter|newsletter|facebook group|community)\b|stay (?:connected|in touch) with (?:me|us)\b|keep up with (?:the latest|our latest|all the latest)\b)/, maxWords: 15 },
      // "Grid Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber."
      { id: 'newsletter.reader-supported', lang: 'en', pattern: /\bis a reader-supported publication\b|\bconsider becoming a (?:free or )?paid subscriber\b/, maxWords: 40 },
      // A signup form's replies and promises: "Email sent! Check your inbox to complete your signup.", "No spam. Unsubscribe anytime."
      { id: 'newsletter.signup-reply', lang: 'en', pattern: /^email sent!?(?: check your inbox\b.{0,80})?$|^check your inbox to (?:complete|confirm|finish) your (?:signup|sign-up|subscription)\.?$|^no spam\.? unsubscribe (?:at )?any ?time\.?$/, maxWords: 16 },
      // "We'll never share your email.", "The tech news that matters in Europe, delivered every weekday at 7am CET.": a newsletter box's promises.
      { id: 'newsletter.box-promise', lang: 'en', pattern: /^we'?ll never share your (?:email|e-mail|details)(?: address)?(?: with anyone)?\.?(?: unsubscribe (?:at )?any ?time\.?)?$|\bdelivered (?:to your inbox )?every (?:weekday|morning|evening|day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/, also: /^we'?ll never share|\b(?:news|newsletter|briefing|stories|headlines|digest|roundup|round-up)\b/, maxWords: 25 },
      { id: 'newsletter.label', lang: 'en', pattern: /^(?:newsletters?|our newsletters?|free newsletters?|daily newsletter|weekly newsletter|email newsletters?|get our newsletter|get (?:the|our) (?:\w+ ){1,3}newsletters?|\w+(?: \w+)? newsletter|(?:\w+ )?\w+['’]s(?: \w+)? newsletter)$/, maxWords: 5 },
      { id: 'newsletter.signup-de', lang: 'de', pattern: /\b(?:sie lesen .{0,60}\bnewsletter\b|hier (?:kostenlos |gratis )?(?:abonnieren|anmelden)|newsletter (?:abonnieren|bestellen)|zum newsletter anmelden|für (?:den|unseren) newsletter anmelden|melden sie sich (?:jetzt )?(?:für|zu) (?:unserem|unseren|den) (?:\S+ ){0,3}(?:\S{1,30}-)?newsletter|unser(?:en)? (?:\S+ )?(?:\S{1,30}-)?newsletter)\b/, maxWords: 30 },
      // The newsletter's promise of delivery: "nos coups de cœur dans votre boîte mail", "direkt in Ihr Postfach".
      // "Recevez chaque vendredi notre sélection ...": a newsletter's promise of its day.
      { id: 'newsletter.every-intl', lang: 'und', pattern: /^(?:recevez|recibe|recibí|ricevi|receba|recebe|erhalten sie|erhalte|ontvang|få|otrzymuj|dostávejte) (?:chaque|cada|ogni|todas? as|tod[oa]s? os|jeden|jede|elke|varje|hver|każd\S+|každ\S+) /, maxWords: 30 },
      // A sign-up box's promise of the day's news, without the word newsletter: "Chaque matin, recevez l'essentiel
      // de l'actualité", "Receba o X Manhã", "Tilmeld dig vores morgenbrev", "Get the morning newsletter with ...".
      // "Užsiprenumeruokite ... naujienlaiškį", "Подпишитесь на рассылку", "Bültenimize abone olun": lt, lv, et, el, ru, uk, tr, id, vi.
      { id: 'newsletter.subscribe-world', lang: 'und', pattern: /(?:užsiprenumeruokite|prenumeruokite|abonē|pierakstieties|telli|εγγραφείτε|подпишитесь|подписывайтесь|підпишіться|підписуйтесь|abone ol|berlangganan|đăng ký)/, also: /(?:naujienlaišk|el\. pašt|jaunumu vēstul|uudiskir|newsletter|ενημερωτικ|рассылк|розсилк|bülten|buletin|bản tin)/, maxWords: 30 },
      { id: 'newsletter.daily-promise-intl', lang: 'und', pattern: /^(?:chaque (?:matin|soir|jour|semaine),? recevez|recevez (?:chaque (?:matin|soir|jour)|gratuitement) |receba (?:o|a|gratuitamente) |recibe (?:cada (?:mañana|día)|gratis) |ricevi (?:ogni (?:mattina|giorno)|gratis) |tilmeld dig (?:vores|vort) \S*(?:brev|nyhedsbrev)\b|meld deg på (?:vårt|vår) \S*(?:brev|nyhetsbrev)\b|prenumerera på (?:vårt|vår) \S*(?:brev|nyhetsbrev)\b|schrijf je in voor (?:onze|de) \S*(?:brief|nieuwsbrief)\b|get (?:the|our) (?:morning|evening|daily|weekly|free) (?:\S+ )?newsletter\b|get (?:local|the latest|the day's|the week's) (?:news|stories|headlines)(?: \S+){0,3} (?:every|each) (?:morning|evening|day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|start your (?:day|morning|week) with (?:the |our )?\S+)/, maxWords: 30 },
      { id: 'newsletter.delivered-intl', lang: 'und', pattern: /\b(?:i din inkorg|direkt i inkorgen|i din indbakke|direkte i indbakken|i innboksen din|(?:rett|direkte) i innboksen|na twoją skrzynkę|al teu correu|dans (?:votre|ta) boîte (?:mail|e-mail|aux lettres)|dans (?:votre|ta) boîte de réception|(?:direkt )?in (?:ihr|dein|ihrem|deinem|ihre|deine) (?:e-mail-)?(?:postfach|inbox|mailbox)|en tu (?:bandeja de entrada|correo)|nella tua (?:casella|email|inbox)|na sua caixa de (?:entrada|e-mail)|in (?:je|uw) (?:inbox|mailbox)|ve vaší (?:e-mailové )?schránce|do vaší (?:e-mailové )?schránky|vo vašej (?:e-mailovej )?schránke|(?:direto )?no seu e-mail|(?:direto )?na sua caixa de correio)(?![\wÀ-ɏ])/, maxWords: 35 },
      // Sign-up prompts in Croatian, Greek, Ukrainian, Russian and Vietnamese.
      { id: 'newsletter.signup-more', lang: 'und', pattern: /(?:^|\s)(?:pretplatite se na (?:naš|naše|besplatni) (?:\S+ )?(?:newsletter|bilten)|(?:γραφτείτε|εγγραφείτε) στο newsletter|підписуйтеся на (?:наш|нашу) (?:\S+ )?(?:telegram-канал|канал|розсилку)|подпишитесь на (?:наш|нашу) (?:\S+ )?(?:telegram-канал|канал|рассылку)|đăng ký nhận bản tin)/, maxWords: 40 },
      // "Abonnez-vous au brief :", "Vous avez reçu ce courriel d'un collègue ?", "Partagez ce brief", "Wurde Ihnen dieser Newsletter weitergeleitet?".
      { id: 'newsletter.forwarded-intl', lang: 'und', pattern: /^(?:abonnez-vous (?:au|à la|a la) (?:brief|bulletin|infolettre|lettre)\b|vous avez reçu ce (?:courriel|message|brief|bulletin|e-?mail)|on vous a transféré|partagez ce (?:brief|courriel|bulletin|message|infolettre)$|(?:wurde ihnen )?diese[rn]? (?:newsletter|briefing|e-?mail) (?:wurde (?:ihnen )?)?weitergeleitet|teilen sie diese[nsr]? (?:newsletter|briefing)|¿?(?:te (?:reenviaron|han reenviado|han enviado)|te reenviaron) este (?:correo|boletín|newsletter)|comparte este (?:boletín|newsletter|correo)|ti hanno inoltrato questa newsletter|condividi questa newsletter|heb je deze (?:nieuwsbrief|mail) doorgestuurd gekregen|deel deze nieuwsbrief|fick du (?:det här|detta) (?:nyhetsbrev|mejl) (?:vidarebefordrat|av en vän))/, maxWords: 40 },
      { id: 'newsletter.signup-fr', lang: 'fr', pattern: /\b(?:(?:inscrivez-vous|abonnez-vous) (?:à|a) (?:notre |la |l['’])(?:\S+ )?infolettre|inscrivez-vous (?:à|a) (?:notre|la) (?:\S+ )?newsletter|abonnez-vous (?:à|a) (?:notre|la) (?:\S+ )?newsletter|recevez (?:notre|la) (?:\S+ )?newsletter|notre newsletter|s'inscrire (?:à|a) la newsletter|^newsletter\b.{0,120}\bje m'inscris$)\b/, maxWords: 30 },
      { id: 'newsletter.signup-es', lang: 'es', pattern: /\b(?:suscríbete (?:a|al) (?:nuestro|nuestra|el|la) (?:boletín|newsletter)|recibe (?:nuestro|nuestra|el|la) (?:boletín|newsletter)|nuestr[oa] (?:boletín|newsletter)|apúntate (?:a|al) (?:\S+ ){0,3}(?:boletín|newsletter))\b/, maxWords: 30 },
      { id: 'newsletter.signup-it', lang: 'it', pattern: /\b(?:iscriviti alla (?:nostra )?newsletter|ricevi la (?:nostra )?newsletter|la nostra newsletter)\b/, maxWords: 30 },
      { id: 'newsletter.signup-pt', lang: 'pt', pattern: /\b(?:(?:assine|receba|subscreva) (?:a )?(?:nossa )?newsletter|inscreva-se (?:na|em nossa) newsletter|nossa newsletter)\b/, maxWords: 30 },
      { id: 'newsletter.signup-nl', lang: 'nl', pattern: /\b(?:(?:schrijf je in voor|meld je aan voor|ontvang) (?:de|onze) (?:\S+ )?\S{0,20}nieuwsbrief|onze (?:gratis |dagelijkse |wekelijkse )?nieuwsbrief)\b/, maxWords: 30 },
      // "Newsletter: Das Wichtigste ... Jetzt kostenlos abonnieren", "Newsletter: Recibe ... Apúntate gratis".
      { id: 'newsletter.labelled', lang: 'und', pattern: /^newsletter\s*[:|]/, also: /\b(?:abonnieren|anmelden|apúntate|apuntate|suscríbete|suscribete|inscrivez|inscris|iscriviti|assine|inscreva|aanmelden|anmäl|sign up|subscribe|gratis|kostenlos|gratuit|gratuita|free)\b/, maxWords: 40 },
      // Vietnamese, Indonesian and Malay: "Đăng ký nhận bản tin", "Berlangganan newsletter", "Langgan buletin kami".
      { id: 'newsletter.signup-sea', lang: 'und', pattern: /^(?:đăng ký nhận (?:bản tin|tin|email)|nhận bản tin|(?:berlangganan|daftar|langgan) (?:newsletter|buletin|nawala)(?: kami)?|dapatkan newsletter)\b/, maxWords: 20 },
      { id: 'newsletter.signup-sv', lang: 'sv', pattern: /\b(?:anmäl dig till (?:vårt|vår|det) \S{0,20}nyhetsbrev|prenumerera på (?:vårt|vår) \S{0,20}nyhetsbrev|(?:vårt|vår) \S{0,20}nyhetsbrev)\b/, maxWords: 30 },
      { id: 'newsletter.signup-da', lang: 'da', pattern: /\b(?:tilmeld dig (?:vores|vort) (?:\S+ )?\S{0,20}nyhedsbrev|(?:vores|vort) \S{0,20}nyhedsbrev)\b/, maxWords: 30 },
      { id: 'newsletter.signup-no', lang: 'no', pattern: /\b(?:meld deg på (?:vårt|vår) \S{0,20}nyhetsbrev|(?:vårt|vår) \S{0,20}nyhetsbrev)\b/, maxWords: 30 },
      { id: 'newsletter.signup-pl', lang: 'pl', pattern: /\b(?:zapisz się (?:na|do) (?:\S+ ){0,3}newslett|nasz(?:ego)? (?:\S+ )?newslett|zamów (?:\S+ ){0,2}newslett)/, maxWords: 30 },
      { id: 'newsletter.signup-cs', lang: 'cs', pattern: /\b(?:přihlaste se k odběru|odebírejte (?:náš )?(?:\S+ )?newsletter|náš newsletter|přihlásit k odběru newsletteru)/, maxWords: 30 },
      { id: 'newsletter.signup-ro', lang: 'ro', pattern: /\b(?:abonează-te la (?:\S+ ){0,3}newsletter\S*|aboneaza-te la (?:\S+ ){0,3}newsletter\S*|newsletterul nostru)/, maxWords: 30 },
      { id: 'newsletter.signup-fi', lang: 'fi', pattern: /\b(?:tilaa (?:\S+ ){0,3}\S*kirje|uutiskirjeemme|uutiset sähköpostiisi)/, maxWords: 30 },
      { id: 'newsletter.signup-ca', lang: 'ca', pattern: /\b(?:apunta['’]t (?:al|a la) (?:\S+ ){0,3}(?:butlletí|newsletter)|subscriu-te (?:al|a la) (?:\S+ ){0,3}(?:butlletí|newsletter)|el nostre butlletí)/, maxWords: 30 },
      { id: 'newsletter.signup-sk', lang: 'sk', pattern: /\b(?:prihláste sa na odber|odoberajte (?:náš )?(?:\S+ )?newsletter|náš newsletter)/, maxWords: 30 },
      { id: 'newsletter.signup-hu', lang: 'hu', pattern: /\b(?:iratkozz(?:on|ék|) fel (?:\S+ ){0,2}hírlevel|hírlevelünk)/, maxWords: 30 },
      // "Sign up to Culture Notes, our weekly round-up of ...": a named newsletter and what it holds.
      { id: 'newsletter.named-roundup', lang: 'en', pattern: /^sign up (?:for|to) [^,.]{2,40}, (?:our|the|a) (?:free )?(?:daily|weekly|monthly|fortnightly)\b/, maxWords: 30 },
      // "Ao se cadastrar, você concorda com os Termos de Uso", "Al suscribirte, aceptas ...": a sign-up form's consent line.
      { id: 'newsletter.consent-intl', lang: 'und', pattern: /^(?:ao (?:se cadastrar|se inscrever|assinar|clicar)|al (?:suscribirte|registrarte|hacer clic)|en vous inscrivant|mit (?:der|ihrer) anmeldung|iscrivendoti|door je aan te melden),? /, also: /\b(?:concorda|aceitas?|aceptas?|acceptez|akzeptieren|akzeptierst|stimmen|stimmst|accetti|ga je akkoord)/, maxWords: 40 },
      { id: 'newsletter.form-de', lang: 'de', pattern: /^(?:e-?mail-adresse|ihre e-?mail(?:-adresse)?|jetzt (?:kostenlos )?anmelden|vielen dank für ihre anmeldung[.!]?)$/, maxWords: 8 },
      { id: 'newsletter.form-fr', lang: 'fr', pattern: /^(?:votre (?:adresse )?e-?mail|adresse e-?mail|je m'inscris|inscription|merci pour votre inscription[.!]?)$/, maxWords: 8 },
      { id: 'newsletter.form-es', lang: 'es', pattern: /^(?:tu (?:correo|e-?mail)|correo electrónico|suscribirme|darse de alta|gracias por suscribirte[.!]?)$/, maxWords: 8 },
      { id: 'newsletter.form-it', lang: 'it', pattern: /^(?:la tua e-?mail|indirizzo e-?mail|iscriviti|grazie per (?:esserti iscritto|l'iscrizione)[.!]?)$/, maxWords: 8 },
      { id: 'newsletter.form-pt', lang: 'pt', pattern: /^(?:seu e-?mail|o seu e-?mail|endereço de e-?mail|inscreva-se|cadastre-se|obrigado por (?:se inscrever|subscrever)[.!]?)$/, maxWords: 8 },
      { id: 'newsletter.form-nl', lang: 'nl', pattern: /^(?:(?:vul )?(?:je |uw )?e-?mailadres(?: in)?|inschrijven|aanmelden|nieuwsbrief \S+|bedankt voor je inschrijving[.!]?)$/, maxWords: 8 },
      { id: 'newsletter.form-nordic', lang: 'und', pattern: /^(?:tilmeld(?: dig)?|din e-?mail(?:adresse)?|e-?mailadresse|anmäl dig|din e-?postadress|e-?postadress|meld deg på|din e-?postadresse)$/, maxWords: 4 },
      { id: 'newsletter.form-pl', lang: 'pl', pattern: /^(?:zapisz się|zapisuję się|zamawiam|zapisz mnie|twój (?:adres )?e-?mail|adres e-?mail|dziękujemy za zapis(?:anie się)?[.!]?)$/, maxWords: 5 },
      { id: 'newsletter.form-cs', lang: 'cs', pattern: /^(?:odebírat|přihlásit(?: se)?|váš e-?mail|e-?mailová adresa|děkujeme za přihlášení[.!]?)$/, maxWords: 5 },
      { id: 'newsletter.form-ro', lang: 'ro', pattern: /^(?:mă abonez|ma abonez|abonează-te|aboneaza-te|adresa (?:ta )?de e-?mail|mulțumim pentru abonare[.!]?)$/, maxWords: 5 },
      { id: 'newsletter.form-fi', lang: 'fi', pattern: /^(?:tilaa|tilaa uutiskirje|sähköpostiosoite(?:si)?|kiitos tilauksesta[.!]?)$/, maxWords: 5 },
      { id: 'newsletter.form-ca', lang: 'ca', pattern: /^(?:subscriu-m['’]hi|subscriu-t['’]hi|el teu correu(?: electrònic)?|adreça electrònica)$/, maxWords: 5 },
      { id: 'newsletter.form-sk', lang: 'sk', pattern: /^(?:prihlásiť na odber|odoberať|váš e-?mail|e-?mailová adresa)$/, maxWords: 5 },
      { id: 'newsletter.form-hu', lang: 'hu', pattern: /^(?:feliratkozom|feliratkozás|e-?mail-?cím|az ön e-?mail-?címe)$/, maxWords: 5 },
      { id: 'newsletter.label-intl', lang: 'und', pattern: /^(?:newsletter|nieuwsbrief|boletín|newsletters?)$/, maxWords: 2 },
      // A greeting alone, ending in its punctuation ("Hi all,", "Hello, Riverside!"; not "Morning Edition"),
      // or with a line about the issue itself ("Good morning. Here's what's moving in tech.").
      { id: 'newsletter.greeting', lang: 'und', pattern: new RegExp(`${GREETING}[^.!?,:]{0,40}[.!?,:]+$`), maxWords: 6 },
      { id: 'newsletter.greeting-intro-intl', lang: 'und', pattern: new RegExp(GREETING), also: /(?:^|[\s,])(?:ecco|voici|voilà|estas son|aquí (?:tienes|están)|hier (?:sind|ist|kommt)|das sind|eis|aqui (?:estão|vão)|dit zijn|här är)(?=[\s,:])/, maxWords: 25 },
      { id: 'newsletter.greeting-intro', lang: 'en', pattern: new RegExp(GREETING), also: /\b(?:here'?s|here is|here are|welcome back|welcome to (?:the|this|today'?s|your) (?:newsletter|edition|issue|briefing)|today'?s (?:edition|newsletter|issue|briefing)|this (?:edition|newsletter|issue|week'?s)|\d+-minute read|minutes? to read|in today'?s)\b/, maxWords: 20 },
      { id: 'newsletter.signoff', lang: 'und', pattern: new RegExp(`^¡?${SIGNOFF}[,.!…]*(?:\\s+¡?${SIGNOFF}[,.!…]*)?$`), maxWords: 14 },
      // A newsletter's goodbye in other languages; no signature follows it as it does the English one.
      { id: 'newsletter.signoff-intl', lang: 'und', pattern: /^(?:grazie per (?:averci|aver) letto|ci sentiamo domani|merci de nous avoir lus|gracias por leernos|danke (?:fürs|für das|für ihr) lesen|bedankt voor het lezen|obrigad[oa] por (?:nos )?ler)\b.{0,80}$/, maxWords: 14 },
      { id: 'newsletter.reply', lang: 'en', pattern: /\breply\b|^you(?:'re| are) /, also: /\breply to this (?:e-?mail|newsletter|message)\b|\b(?:just )?hit reply\b|^you(?:'re| are) (?:receiving|getting) this\b/, maxWords: 40 },
      { id: 'newsletter.footer-intl', lang: 'und', pattern: /reenvi|suscr|baja|preferencias|navegador|browser|abbestell|abmeld|weitergeleitet|navigateur|désinscri|désabonn/, also: /(?:^|[¿¡\s])(?:te han reenviado|reenviado este (?:boletín|correo)|suscríbete|darse de baja|date de baja|gestionar (?:tus )?preferencias|ver en (?:el|tu) navegador|im browser (?:ansehen|öffnen|lesen)|newsletter abbestellen|abmelden|weitergeleitet|voir (?:dans|sur) (?:le|votre) navigateur|se désinscrire|se désabonner|désabonnement)(?=$|[\s.,!?|])/, maxWords: 25 },
      // A newsletter's blurb under its sign-up: "Breaking news from across Nova Scotia, delivered as it happens."
      { id: 'newsletter.blurb', lang: 'en', pattern: /^(?:breaking news|the (?:latest|top|biggest) (?:news|stories|headlines)|(?:\S+ ){0,3}top stories)\b.{0,80}\b(?:delivered|every (?:morning|day|weekday|evening|week)|straight to your inbox|as it happens)\b/, maxWords: 25 },
      // "The day's clinical news and research, every weekday at 7am. Free for registered users.": a newsletter's pitch under its name.
      { id: 'newsletter.blurb-free', lang: 'en', pattern: /\bfree (?:for|to) (?:all |registered |logged-in |our )?(?:users|subscribers|members|readers)\.?$/, also: /\bevery (?:morning|day|weekday|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\binbox\b|\bnewsletter\b/, unless: /\b(?:said|says|told|according to)\b/, maxWords: 25 },
      // "Join 40,000 readers who get our long reads first. Sign up for The Quarterly Letter.", "... every Saturday. Sign up free."
      { id: 'newsletter.join-readers', lang: 'en', pattern: /^join (?:more than |over )?[\d,.]+k? (?:other )?(?:readers|subscribers|people|others)\b.{0,160}\bsign up\b|\bevery (?:morning|day|weekday|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.? sign up(?: for free| free|, it's free)?\.?$/, maxWords: 40 },
      { id: 'newsletter.our-free', lang: 'en', pattern: /^sign up (?:for|to) (?:the |our )?(?:\S+ ){1,5}(?:our|a) free (?:daily|weekly|morning|evening)? ?(?:newsletter|briefing|email)\b/, maxWords: 40 },
      // A newsletter's pitch under its name: "Get a weekly breakdown of the biggest decisions, from our legal team.",
      // "Our national security team on the threats and the money. Every Tuesday." (its schedule as a fragment).
      { id: 'newsletter.pitch-schedule', lang: 'en', pattern: /^get (?:a|the|our) (?:daily|weekly|monthly|twice-weekly) (?:breakdown|roundup|round-up|digest|briefing|newsletter|email|look|rundown)\b|(?:^|[.!?]\s)every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|morning|evening)\.?$/, unless: /\b(?:said|says|told)\b/, maxWords: 30 },
      { id: 'newsletter.consent-ways', lang: 'en', pattern: /\bin ways (?:that )?you(?:'ve| have) consented to\b/, maxWords: 60 },
      // "Абонирайте се за бюлетина на ...", "Zapisz się do newslettera", "Підпишіться на розсилку": bg, pl, uk, ru, cs, sk, el, sr/hr.
      { id: 'newsletter.signup-cee', lang: 'und', pattern: /^(?:абонирайте се|абонирай се|запишете се|zapisz się|zapisz sie|subskrybuj|підпишіться|подпишитесь|přihlaste se|prihláste sa|odebírejte|εγγραφείτε|prijavite se|pretplatite se)(?![\wÀ-ɏ]).{0,80}(?:бюлетин|newsletter|розсилк|рассылк|newsletteru|newslettera|ενημερωτικ|bilten)/, maxWords: 40 },
      { id: 'newsletter.signup-ms', lang: 'und', pattern: /^(?:langgan|berlangganan|daftar)\b.{0,80}\b(?:surat berita|buletin|newsletter)\b/, maxWords: 40 },
      // A newsletter's blurb in German and French: "Die wichtigsten Nachrichten aus dem Bezirk, jeden Werktag um 17 Uhr.", "Chaque matin à 7 heures, l'essentiel de l'actualité ...".
      { id: 'newsletter.blurb-de', lang: 'de', pattern: /^(?:die wichtigsten|alle wichtigen) (?:nachrichten|news|infos|themen|meldungen)\b.{0,80}(?:jeden (?:morgen|abend|tag|werktag|montag|freitag|samstag|sonntag)|täglich|wöchentlich|direkt in (?:ihr|dein) postfach)/, maxWords: 25 },
      { id: 'newsletter.blurb-fr', lang: 'fr', pattern: /^chaque (?:matin|soir|jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.{0,40}(?:l'essentiel|le meilleur|les informations|l'actualité|notre sélection)/, maxWords: 30 },
    ],
  },
  {
    concept: 'cookie',
    reason: 'cookie',
    rules: [
      { id: 'cookie.notice', lang: 'en', pattern: /\b(?:we|this (?:site|website)|our (?:site|website|partners)) uses? cookies\b|\bsmall (?:text )?files called cookies\b|\bwe(?:'d| would) (?:also )?like to (?:use|set) (?:\w+ )?cookies\b|\b(?:accept|use) (?:analytics|analytical|marketing|advertising|optional|performance|tracking) cookies\b|\bcookies? (?:policy|settings|preferences|notice|consent)\b|\baccept (?:all )?cookies\b|\buse of cookies\b|\bby continuing to (?:use|browse|visit)\b|\bconsent to (?:the use of|our use of) (?:cookies|your data)\b|\bmanage (?:cookie|privacy) (?:settings|preferences|options)\b/, maxWords: 80 },
      { id: 'cookie.title', lang: 'en', pattern: /^(?:we (?:care about|value|respect) your privacy|your privacy (?:matters|choices|preferences|is important to us)|privacy (?:preferences|preference cent(?:er|re)|overview|choices)|manage (?:your )?(?:cookies|consent(?: preferences)?|privacy(?: preferences)?)|cookie (?:consent|banner|notice)|this (?:website|site) uses cookies)[.!]?$/, maxWords: 8 },
      { id: 'cookie.title-de', lang: 'de', pattern: /^(?:wir respektieren ihre privatsphäre|ihre privatsphäre ist uns wichtig|ihre privatsphäre|datenschutz-?einstellungen|datenschutzpräferenzen|cookie-?zustimmung)[.!]?$/, maxWords: 8 },
      { id: 'cookie.title-fr', lang: 'fr', pattern: /^(?:nous respectons votre vie privée|votre vie privée(?: est importante)?|respect de votre vie privée|gestion des cookies|paramètres de confidentialité)[.!]?$/, maxWords: 8 },
      { id: 'cookie.title-es', lang: 'es', pattern: /^(?:respetamos tu privacidad|respetamos su privacidad|tu privacidad es importante|su privacidad es importante|tu privacidad|gestión de cookies|preferencias de privacidad)[.!]?$/, maxWords: 8 },
      { id: 'cookie.button', lang: 'en', pattern: /^(?:accept(?: all)?|reject(?: all)?|agree|i agree|i accept|ok|okay|got it|allow(?: all)?(?: cookies)?|decline|manage (?:options|preferences|settings)|customi[sz]e|more (?:info|information|options)|necessary cookies|(?:save|confirm) (?:my )?(?:choices|preferences)|dismiss|continue with (?:ads|advertising)(?: and tracking)?|read (?:ad-free|without ads))$/, maxWords: 5 },
      { id: 'cookie.notice-de', lang: 'de', pattern: /\b(?:wir (?:verwenden|nutzen|setzen) cookies|diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies|verwendet cookies|cookie-?einstellungen|cookie-?richtlinie|datenschutzeinstellungen|mit der nutzung (?:dieser|unserer) (?:website|webseite|seite) stimmen sie)\b/, maxWords: 80 },
      { id: 'cookie.notice-fr', lang: 'fr', pattern: /\b(?:nous utilisons des cookies|accepter (?:les|tous les) cookies|votre consentement pour (?:afficher|charger|lire) ce contenu|ce site (?:web )?utilise des cookies|paramètres (?:des|de) cookies|gérer (?:les|mes) cookies|politique (?:de|relative aux) cookies|en poursuivant votre navigation|vous acceptez l'utilisation de cookies|nous et nos partenaires (?:utilisons|stockons|déposons|accédons)|paramétrer les cookies)\b/, maxWords: 80 },
      { id: 'cookie.notice-es', lang: 'es', pattern: /\b(?:utilizamos cookies|usamos cookies|aceptamos cookies|cookies propias y de terceros|aceptar (?:las |todas las )?cookies|este (?:sitio|sitio web|portal) (?:utiliza|usa) cookies|configuración de cookies|política de cookies|acepta(?:s)? el uso de cookies|si continúa(?:s)? navegando)\b/, maxWords: 80 },
      { id: 'cookie.notice-it', lang: 'it', pattern: /\b(?:utilizziamo (?:i )?cookie|questo sito (?:web )?utilizza (?:i )?cookie|impostazioni (?:dei )?cookie|informativa (?:estesa )?sui cookie|acconsenti all'uso dei cookie)\b/, maxWords: 80 },
      { id: 'cookie.notice-pt', lang: 'pt', pattern: /\b(?:utilizamos cookies|usamos cookies|este (?:site|sítio) (?:utiliza|usa) cookies|definições de cookies|configurações de cookies|política de cookies|aceita a utilização de cookies|o seu consentimento é importante|a sua privacidade é importante)\b/, maxWords: 80 },
      { id: 'cookie.notice-nl', lang: 'nl', pattern: /\b(?:wij gebruiken cookies|we gebruiken cookies|deze (?:website|site) gebruikt cookies|cookie-?instellingen|cookiebeleid|cookieverklaring)\b/, maxWords: 80 },
      { id: 'cookie.notice-cee', lang: 'und', pattern: /\b(?:folosește cookie-uri|folosim cookie-uri|używamy (?:plików )?cookies|ta strona (?:używa|korzysta z) (?:plików )?cookies?|plików cookie|soubor(?:y|ů) cookies?|súbor(?:y|ov) cookies?|používáním cookies|používaním cookies|cookie-uri(?:le|lor)?|sütik|sütiket|evästeitä|evästeet|evästeiden|používáme (?:soubory )?cookies|používame (?:súbory )?cookies|sütiket használ|käytämme evästeitä)(?![\wÀ-ɏ])/, maxWords: 80 },
      // Polish consent box: "Dbamy o Twoją prywatność. Wraz z naszymi Zaufanymi Partnerami przetwarzamy Twoje dane ..."
      { id: 'cookie.notice-pl', lang: 'pl', pattern: /^(?:dbamy o (?:twoją|państwa) prywatność|szanowny użytkowniku,? zanim przejdziesz do serwisu)(?![\wÀ-ɏ])|\bprzetwarzamy (?:twoje|państwa) dane osobowe\b/, maxWords: 80 },
      // Swedish, Norwegian, Danish consent text: "använder kakor (cookies)", "bruker informasjonskapsler", "bruger cookies".
      { id: 'cookie.notice-nordic', lang: 'und', pattern: /\b(?:använder (?:vi )?(?:kakor|cookies)|bruker (?:vi )?(?:informasjonskapsler|cookies)|bruger (?:vi )?cookies|anvender (?:vi )?cookies|(?:kakor|informasjonskapsler) \(cookies\))(?![\wÀ-ɏ])/, also: /\b(?:partner|partnere|partners|upplevelse|oplevelse|opplevelse|annonser|annoncer|trafik|trafikken|samtykke|samtycke|inställningar|indstillinger|innstillinger)\b/, maxWords: 80 },
      // Placeholders of embedded posts and videos held back until the reader consents.
      { id: 'cookie.external-content', lang: 'en', pattern: /\b(?:this|the) (?:content|embed|video|post|element) (?:is|may be|has been) (?:hosted|provided|blocked)\b.{0,80}\bthird[- ]part(?:y|ies)\b|\bthird[- ]party (?:content|embeds?)\b.{0,120}\b(?:cookies|consent|accept|allow|enable)\b|^(?:show|load|allow|view|enable) (?:external |embedded |third[- ]party )?(?:content|embeds?|media)$/, maxWords: 60 },
      { id: 'cookie.external-content-de', lang: 'de', pattern: /\ban dieser stelle finde(?:st du|n sie) (?:einen|den) (?:\S+ ){0,6}externen inhalt|\bich bin (?:damit )?einverstanden, dass mir (?:\S+ )?(?:externe[rn]? )?inhalte?\b|\b(?:personenbezogene )?daten (?:können|werden) an drittplattformen übermittelt\b|\bprivatsphäre-einstellungen verhindern\b|^(?:externe[rn]? inhalte? (?:anzeigen|laden|erlauben)|\S+-inhalte? (?:erlauben|anzeigen|laden)|empfohlener redaktioneller inhalt|link zum \S+-inhalt)$/, maxWords: 60 },
      { id: 'cookie.external-content-fr', lang: 'fr', pattern: /\bce contenu (?:est|a été) bloqué\b|\bcontenu (?:externe|tiers)\b.{0,120}\b(?:cookies|consentement|accepter|autoriser)\b|^(?:afficher|autoriser) le contenu$/, maxWords: 60 },
      // Consent buttons in Polish, Czech, Slovak, Hungarian, Romanian and Finnish.
      { id: 'cookie.button-cee', lang: 'und', pattern: /^(?:zgadzam się|akceptuję(?: wszystkie)?|akceptuj(?: wszystkie)?|więcej opcji|odrzuć(?: wszystkie)?|souhlasím|přijmout vše|odmítnout vše|upravit nastavení|súhlasím|prijať všetko|odmietnuť všetko|elfogadom|összes elfogadása|elutasítom|accept toate|acceptă(?: toate)?|refuz(?: toate)?|hyväksy kaikki|vain välttämättömät|evästeasetukset|hylkää kaikki)$/, maxWords: 4 },
      // Consent boxes in el, ru, uk, tr, id, lt, lv, et, vi: the notice, its title and its buttons.
      { id: 'cookie.notice-world', lang: 'und', pattern: /(?:χρησιμοποιο[υύ]με cookies|χρησιμοποιε[ιί] cookies|использу(?:ем|ет) (?:файлы )?cookie|використову(?:ємо|є) (?:файли )?cookie|çerez(?:ler)?(?:i|imiz)? kullan|menggunakan cookie|naudojame slapuk|naudoja slapuk|izmantojam sīkdatn|izmanto sīkdatn|kasutame küpsis|kasutab küpsis|sử dụng cookie)/, maxWords: 80 },
      { id: 'cookie.title-world', lang: 'und', pattern: /^(?:σεβ[οό]μαστε την ιδιωτικ[οό]τητ[αά] σας|мы ценим вашу конфиденциальность|ми цінуємо вашу конфіденційність|gizliliğinize önem veriyoruz|gizliliğiniz bizim için önemli|kami menghargai privasi anda|mes gerbiame jūsų privatumą|mēs cienām jūsu privātumu|me austame teie privaatsust|chúng tôi tôn trọng quyền riêng tư của bạn)[.!]?$/, maxWords: 8 },
      { id: 'cookie.button-world', lang: 'und', pattern: /^(?:συμφων[ωώ]|διαφων[ωώ]|περισσ[οό]τερες επιλογ[εέ]ς|αποδοχ[ηή](?: [οό]λων)?|απ[οό]ρριψη(?: [οό]λων)?|принять(?: все)?|отклонить(?: все)?|прийняти(?: все)?|відхилити(?: все)?|tümünü kabul et|kabul et(?:iyorum)?|reddet|terima semua|tolak semua|sutinku|nesutinku|priimti visus|atmesti visus|piekrītu|pieņemt visus|noraidīt visus|nõustun|luba kõik|keeldu kõigist|đồng ý|chấp nhận(?: tất cả)?|từ chối(?: tất cả)?)$/, maxWords: 4 },
      { id: 'cookie.button-de', lang: 'de', pattern: /^(?:alle akzeptieren|akzeptieren|alle ablehnen|ablehnen|zustimmen|einverstanden|alle cookies akzeptieren|nur notwendige cookies(?: akzeptieren)?|einstellungen(?: verwalten)?|auswahl (?:speichern|bestätigen|erlauben)|weiter mit werbung(?: und tracking)?|mit werbung (?:weiter)?lesen|werbefrei (?:weiter)?lesen|jetzt werbefrei lesen)$/, maxWords: 5 },
      { id: 'cookie.button-fr', lang: 'fr', pattern: /^(?:tout accepter|accepter(?: et fermer| tout)?|tout refuser|refuser|continuer sans accepter|j'accepte|paramétrer|personnaliser|gérer mes choix|enregistrer mes choix)$/, maxWords: 5 },
      { id: 'cookie.button-es', lang: 'es', pattern: /^(?:aceptar(?: todas?| todo| cookies)?|rechazar(?: todas?| todo)?|configurar|personalizar|guardar (?:preferencias|configuración)|acepto)$/, maxWords: 5 },
      { id: 'cookie.button-it', lang: 'it', pattern: /^(?:accetta(?: tutti| tutto)?|rifiuta(?: tutti| tutto)?|accetto|personalizza|gestisci (?:preferenze|opzioni)|salva (?:preferenze|le mie scelte))$/, maxWords: 5 },
      { id: 'cookie.button-pt', lang: 'pt', pattern: /^(?:aceitar(?: todos| tudo| cookies)?|rejeitar(?: todos| tudo)?|recusar|aceito|personalizar|gerir (?:preferências|cookies)|gerenciar (?:preferências|cookies))$/, maxWords: 5 },
      { id: 'cookie.button-nl', lang: 'nl', pattern: /^(?:alles accepteren|accepteren|akkoord|alles weigeren|weigeren|instellingen(?: aanpassen)?|voorkeuren (?:opslaan|beheren))$/, maxWords: 5 },
      { id: 'cookie.partners-de', lang: 'de', pattern: /^wir und unsere (?:\d+ )?partner (?:nutzen|verwenden|speichern|verarbeiten)\b/, maxWords: 120 },
    ],
  },
  {
    concept: 'related',
    reason: 'related',
    rules: [
      { id: 'related.header', lang: 'en', pattern: /^(?:(?:also )?worth your time|related(?: articles?| stor(?:y|ies)| content| coverage| posts?| links| reading| topics| news| video)?|read (?:more|also|next)|more (?:on|from|about|in|stories|news|coverage|articles|like this|to read)\b[^:.…]{0,200}|see also|also read|also on [^:.…]{0,200}|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|what to read next|further reading|keep reading|up next|watch next|more videos?|top videos|around the web|from (?:our|the) partners|elsewhere on [^:.…]{0,200}|related (?:guides|reads|resources|products|tools|videos|questions))\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.more-by', lang: 'en', pattern: /^(?:more by (?:the|this) author|(?:more|recent|latest) (?:stories|articles|posts) by [^:.…]{2,60}|other (?:posts|articles|stories) you (?:may|might) (?:also )?(?:like|enjoy)|read more of our (?:articles|stories|posts)|you (?:may|might) (?:also )?be interested in (?:the following|these|this)\b[^:.…]{0,60})\s?[:.…]*$/, maxWords: 12 },
      // "More by Jane Doe", "Letters to the editor: Want to respond ...": the author's other pieces, a call for letters.
      { id: 'related.more-by-author', lang: 'en', pattern: /^(?:more by \S+(?: \S+){0,3}|letters to the editor:.{0,160}|want to respond to this (?:essay|article|column|story)\?.{0,120})$/, maxWords: 30 },
      { id: 'related.inline', lang: 'en', pattern: /^(?:read(?: (?:more|also|next))?|related|see also|also read|also watch|also check|also see|don'?t miss|must read|recommended|watch|more)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      // "Lees ook: <headline>", "Lire aussi | <headline>": a teaser on one line, after its header.
      { id: 'related.inline-de', lang: 'de', pattern: /^(?:lesen sie (?:auch|hier)|mehr zum thema|auch interessant|weiterlesen|(?:das|dies) könnte sie (?:auch )?interessieren)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-fr', lang: 'fr', pattern: /^(?:[➡→►▶]\ufe0f?\s?)?(?:à lire (?:aussi|également)|a lire (?:aussi|également)|lire (?:aussi|également)|lisez aussi|voir aussi|à voir aussi|sur le même sujet)(?:\s*[:|>»-]|\.)\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-es', lang: 'es', pattern: /^(?:mirá también|lee también|lea también|leé también|seguí leyendo|sigue leyendo|(?:también )?(?:te|le) puede interesar|puede interesarle|(?:te|le) recomendamos|leer más|lea más|lee además|lea además|lee más)\s*[:|>»→-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-it', lang: 'it', pattern: /^(?:leggi anche|vedi anche|potrebbe interessarti|leggi di più|guarda (?:il|anche il) video)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.more-news-pt', lang: 'pt', pattern: /^(?:veja|leia|confira) mais (?:notícias|reportagens|vídeos)\b/, maxWords: 20 },
      { id: 'related.inline-pt', lang: 'pt', pattern: /^(?:leia também|leia mais|veja também|saiba mais)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-nl', lang: 'nl', pattern: /^(?:lees ook|lees meer|ook interessant)\s*[:|>»-]\s*\S.{0,200}$|^(?:lees ook\.|meer lezen\?) \S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-sv', lang: 'sv', pattern: /^(?:läs (?:också|även|mer))\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-da', lang: 'da', pattern: /^(?:læs (?:også|mere))\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-no', lang: 'no', pattern: /^(?:les (?:også|mer))\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-pl', lang: 'pl', pattern: /^(?:(?:prze)?czytaj (?:także|też|również|więcej)|zobacz (?:także|też|również))\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-ca', lang: 'ca', pattern: /^(?:llegiu també|llegeix també|també et pot interessar|et pot interessar)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-cs', lang: 'cs', pattern: /^(?:čtěte (?:také|též|více)|přečtěte si (?:také|též)|související)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-ro', lang: 'ro', pattern: /^(?:citește (?:și|mai mult)|citeste (?:si|mai mult)|vezi (?:și|si))\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-fi', lang: 'fi', pattern: /^(?:lue (?:myös|lisää)|katso myös)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-sk', lang: 'sk', pattern: /^(?:čítajte (?:aj|tiež|viac)|prečítajte si (?:aj|tiež)|súvisiace)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      // The same headers alone on their line, over the linked title under them: "Baca juga:", "Lasi arī",
      // "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "Bunlar da ilginizi çekebilir". ru, uk, tr, id, vi, el, lt, lv, et.
      { id: 'related.header-world', lang: 'und', pattern: /^(?:читайте также|читать также|смотрите также|читайте ещё|читайте еще|по теме|похожие (?:статьи|новости)|читайте також|дивіться також|читайте ще|по темі|схожі новини|[iı]̇?lg[iı]̇?l[iı]̇? haber(?:ler)?|bunlar da (?:[iı]̇?lg[iı]̇?n[iı]̇?z[iı]̇? çekeb[iı]̇?l[iı]̇?r|hoşunuza g[iı]̇?deb[iı]̇?l[iı]̇?r)|bunu da okuyun|ayrıca okuyun|baca juga|baca pula|lihat juga|simak juga|berita terkait|artikel terkait|đọc nhiều|xem nhiều|tin đọc nhiều|tin xem nhiều|xem thêm|đọc thêm|tin liên quan|bài liên quan|διαβ[αά]στε (?:επ[ιί]σης|ακ[οό]μα|ακ[οό]μη)|δε[ιί]τε επ[ιί]σης|σχετικ[αά] [αά]ρθρα|skaitykite (?:daugiau|taip pat)|taip pat skaitykite|susiję straipsniai|lasi arī|lasiet arī|saistītie raksti|loe ka|loe lisaks|seotud artiklid)\s?[:：.…]*$/, maxWords: 8 },
      // "Читайте также:", "Дивіться також:", "İLGİLİ HABER:", "関連記事：", "相关阅读：", "관련기사" (alone or before a headline).
      { id: 'related.inline-world', lang: 'und', pattern: /^(?:читайте также|читайте еще|читайте ещё|смотрите также|см\. также|читайте також|дивіться також|читайте ще|[iı]̇?lg[iı]̇?l[iı]̇? haber(?:ler)?|bunu da okuyun|ayrıca okuyun|baca juga|baca pula|lihat juga|simak juga|berita terkait|artikel terkait|skaitykite (?:daugiau|taip pat)|taip pat skaitykite|lasi arī|lasiet arī|loe ka|loe lisaks|xem thêm|đọc thêm|tin liên quan|bài liên quan|basahin din|関連記事|関連ニュース|あわせて読みたい|相关阅读|相关新闻|延伸阅读|相關閱讀|관련기사|관련 기사|함께 보면 좋은 기사)(?:\s*[:：|>»-]\s*\S.{0,200}|\s+\S.{0,200})?$/, maxWords: 30 },
      // "यह भी पढ़ें: ...", "আরও পড়ুন: ...", "இதையும் படிக்க: ...", "हेही वाचा: ...", "આ પણ વાંચો: ...", "ਇਹ ਵੀ ਪੜ੍ਹੋ: ...",
      // "อ่านข่าวที่เกี่ยวข้อง: ...", "Có thể bạn quan tâm", "Тағы оқыңыз: ...", "Shuningdek o'qing: ...", "Все новости по теме: ...":
      // read-also links in Hindi, Bengali, Tamil, Marathi, Gujarati, Punjabi, Telugu, Thai, Vietnamese, Kazakh, Uzbek and Russian.
      { id: 'related.inline-asia', lang: 'und', pattern: /^(?:>{1,3} ?)?(?:อ่านต่อ|(?:यह|ये|इसे) भी प(?:\u0922\u093c|\u095d)ें|और प(?:\u0922\u093c|\u095d)ें|আরও প(?:\u09a1\u09bc|\u09dc)ুন|আরো প(?:\u09a1\u09bc|\u09dc)ুন|இதையும் படிக்க|இதையும் படியுங்கள்|மேலும் படிக்க|हेही वाचा|हे पण वाचा|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|ఇది కూడా చదవండి|อ่านข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|ข่าวแนะนำ|ข่าวที่น่าสนใจ|ข่าวล่าสุด|có thể bạn quan tâm|тағы оқыңыз|shuningdek o['ʻ‘’]qing|yana o['ʻ‘’]qing|все новости по теме|материалы по теме)(?:\s*[:：|>»→-]\s*\S.{0,200}|\s+\S.{0,200})?$/, maxWords: 30 },
      // "SOMA PIA: ...", "Karanta kuma: ...", "Ẹ tún ka: ...", "ተጨማሪ ያንብቡ፡ ...", "Akhri sidoo kale: ...": read-also links in Swahili, Hausa, Yoruba, Amharic and Somali.
      { id: 'related.inline-africa', lang: 'und', pattern: /^(?:soma (?:pia|zaidi|hii pia)|habari zaidi|karanta kuma|ẹ tún ka|ka tún|ተጨማሪ ያንብቡ|akhri sidoo kale|sidoo kale akhri|war kale)(?:\s*[:：፡|>»→-]\s*\S.{0,200}|\s+\S.{0,200})?$/, maxWords: 30 },
      // Arabic, Hebrew and Persian "read also" headers and links; Malay and Indonesian "BACA:" before a headline.
      { id: 'related.inline-rtl', lang: 'und', pattern: /^(?:(?:اقرأ|إقرأ) (?:أيضاً|أيضا|ايضا|ايضاً|المزيد)|یہ بھی پڑھیں|مزید پڑھیں|همچنان بخوانید|أخبار ذات صلة|اخبار ذات صلة|اخبار مرتبط|כתבות נוספות(?: באתר)?|עוד באתר|עוד בנושא|קראו גם|(?:بیشتر )?بخوانید|مطالب مرتبط)(?:\s?:.{0,200}|\s.{0,200})?$|^baca\s?:\s?\S.{0,200}$/, maxWords: 30 },
      // Croatian/Serbian/Bosnian/Slovene and Greek "read also" links.
      { id: 'related.inline-balkan-el', lang: 'und', pattern: /^(?:pročitajte (?:još|i|također)|čitajte (?:još|i)|preberite (?:še|tudi)|povezano|vezane vijesti|διαβ[αά]στε (?:επ[ιί]σης|ακ[οό]μα|ακ[οό]μη)|δε[ιί]τε επ[ιί]σης|σχετικ[αά] [αά]ρθρα)\s?:?(?:\s|$)/, maxWords: 30 },
      { id: 'related.inline-hu', lang: 'hu', pattern: /^(?:kapcsolódó(?: cikk(?:ek)?| hír(?:ek)?)?|olvassa el ezt is|ezt is ajánljuk)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.inline-hu-read', lang: 'hu', pattern: /^(?:olvasd el ezt is|ezt is olvasd el|ajánljuk még)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
      { id: 'related.header-de', lang: 'de', pattern: /^(?:mehr zum thema|mehr aus (?:dem )?ressort|(?:das|dies) könnte sie (?:auch )?interessieren|lesen sie auch|lesen sie (?:hier )?mehr|auch interessant|weitere (?:artikel|nachrichten|themen|meldungen)|(?:empfehlungen|empfohlen)(?: der redaktion| für sie)?|meistgelesen(?:e artikel)?|am meisten gelesen|top-?themen|neueste artikel|aktuelle nachrichten|zum thema|verwandte (?:artikel|themen)|passend zum thema|weiterlesen|mehr lesen)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-fr', lang: 'fr', pattern: /^(?:à lire (?:aussi|également)|a lire (?:aussi|également)|lire (?:aussi|également)|lisez aussi|articles en lien|en lien avec cet article|sur le même (?:sujet|thème)|vous aimerez (?:peut-être )?aussi|à voir aussi|voir aussi|les plus lus|les plus populaires|articles (?:liés|similaires|recommandés)|dernières (?:actualités|infos|nouvelles)|à découvrir|dans la même rubrique|lire la suite|lire plus)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-es', lang: 'es', pattern: /^(?:mirá también|mira también|te puede interesar|también te puede interesar|(?:le|te) (?:puede|podría) interesar|lee también|lea también|leer más|seguir leyendo|más leídas|lo más leído|noticias relacionadas|artículos relacionados|relacionad[oa]s?|últimas noticias|más noticias(?: de .{2,40})?|te recomendamos|contenido relacionado)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-it', lang: 'it', pattern: /^(?:leggi anche|potrebbe interessarti(?: anche)?|ti potrebbe interessare|i più letti|più letti|articoli correlati|correlati|ultime notizie|altre notizie|da non perdere|vedi anche|consigliati|continua a leggere|leggi di più|approfondimenti|approfondisci)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-pt', lang: 'pt', pattern: /^(?:leia também|leia mais|veja também|veja mais|(?:você|voce) (?:pode|também pode) gostar|mais lidas|as mais lidas|notícias relacionadas|artigos relacionados|relacionad[oa]s|últimas notícias|mais notícias|recomendado para você|saiba mais|continue lendo|continuar a ler|ler mais)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-nl', lang: 'nl', pattern: /^(?:lees ook|lees meer|verder lezen|meer nieuws|meest gelezen|gerelateerd(?:e artikelen| nieuws)?|ook interessant|aanbevolen|laatste nieuws|meer over dit onderwerp)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-pl', lang: 'pl', pattern: /^(?:czytaj (?:też|także|również|więcej)|przeczytaj (?:również|też|także)|zobacz (?:też|także|również)|najczęściej czytane|polecane)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-sv', lang: 'sv', pattern: /^(?:läs (?:också|mer|även)|mest lästa|relaterat|relaterade artiklar)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-da', lang: 'da', pattern: /^(?:læs (?:også|mere)|mest læste|relateret|relaterede artikler)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-no', lang: 'no', pattern: /^(?:les (?:også|mer)|mest lest|relatert|relaterte artikler)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-cs', lang: 'cs', pattern: /^(?:mohlo by vás (?:také )?zajímat|čtěte (?:také|též)|přečtěte si (?:také|též)|nejčtenější|související(?: články)?|další zprávy)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-sk', lang: 'sk', pattern: /^(?:čítajte (?:aj|tiež)|mohlo by vás zaujímať|najčítanejšie|súvisiace(?: články)?)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-hu', lang: 'hu', pattern: /^(?:kapcsolódó(?: cikkek| hírek)?|legolvasottabb(?: cikkek)?|ajánljuk|ezt is ajánljuk|ez is érdekelheti(?: önt)?|ezek is érdekelhetik)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-ro', lang: 'ro', pattern: /^(?:citește (?:și|mai mult)|citeste (?:si|mai mult)|cele mai citite|articole (?:similare|asemănătoare)|știri similare|te-ar putea interesa|s-ar putea să te intereseze|ți-ar putea plăcea)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-fi', lang: 'fi', pattern: /^(?:lue (?:myös|lisää)|luetuimmat|katso myös|aiheesta muualla|uusimmat)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-ca', lang: 'ca', pattern: /^(?:llegiu també|llegeix també|el més llegit|més llegides|notícies relacionades|també et pot interessar)\s?[:.…]*$/, maxWords: 8 },
      { id: 'related.header-ru', lang: 'ru', pattern: /^(?:читайте также|читать также|смотрите также|по теме|похожие (?:статьи|новости)|самое читаемое|популярное)\s?[:.…]*$/, maxWords: 8 },
    ],
  },
  {
    concept: 'caption',
    reason: 'caption',
    rules: [
      // "Photography by Sam Reyes" under a feature's byline: who took the pictures, not who wrote it ("Photos and text by" is the author's).
      { id: 'caption.photography-by', lang: 'en', pattern: /^(?:photography|photographs|photos?|pictures?|images?|illustrations?|video|graphics|styling)(?: and (?!text|words|story|reporting)\S+)? by (?:\S+ ){0,5}\S+$/, maxWords: 10 },
      { id: 'caption.photo-credit', lang: 'en', pattern: /^\(?(?:photo|photos|photograph|image|picture|pic|video|illustration|graphic|credit|photo credit|image credit|source)(?: by| courtesy(?: of)?)?\s?[:/|]\s?\S/, maxWords: 45 },
      { id: 'caption.photo-parenthesis', lang: 'en', pattern: /\)\.?$/, also: /\((?:[\p{L}&'’.-]+ ){0,3}(?:photo|image|picture|illustration|credit)s?(?: by| courtesy of)?:? /u, maxWords: 45 },
      { id: 'caption.agency-credit', lang: 'en', pattern: /\/ ?(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|istock)(?: via [^)]{0,40})?\)?\.?$/, maxWords: 45 },
      { id: 'caption.wire-photo', lang: 'en', pattern: /^\((?:ap|afp|epa) photo\/[^)]{0,80}\)$/, maxWords: 45 },
      { id: 'caption.photo-by', lang: 'en', pattern: /^(?:photo|image|illustration)(?:graph)? (?:by|courtesy of) |^(?:getty|shutterstock|istock|alamy)(?: images)?$/, maxWords: 45 },
      // "... on the quay at dawn. Photograph by Jonah Vail": the credit closes the caption.
      { id: 'caption.trailing-photo-by', lang: 'en', pattern: /(?:^|[.!?)]\s)(?:photo|photograph|image|picture)s? (?:by|courtesy of) [^.!?]{2,60}$/, maxWords: 45 },
      // "... (Archivbild) Foto: Jens Ruhland/Kurier", "... (Foto: Marta Ibarz / Agencia)".
      // The agency may follow in brackets: "... Generalitat. Foto: Manuel Bruque (EFE)".
      { id: 'caption.trailing-credit-intl', lang: 'und', pattern: /[.!?)]\s\(?(?:foto|fotos|bild|fotografía|imagen|immagine|imagem|beeld)\s?:\s?[^.!?()]{2,60}(?:\s\([^.!?()]{2,20}\))?\)?$/, maxWords: 45 },
      // "[Image: Volunteers plant shoal grass]", "[Bild: Der alte Bahnhof]": a text dump's stand-in for a picture.
      { id: 'caption.image-placeholder', lang: 'und', pattern: /^\[(?:image|img|photo|picture|figure|bild|foto|grafik|imagen|immagine|imagem|afbeelding|video|vidéo|vídeo)\s?:[^\]]{1,200}\]$/, maxWords: 45 },
      // "... in 2019. (Courtesy of the Dorsey family)", "... la victoire. Photo Éclaireur du Sud / M. Cassagne".
      // A caption closed by its credit after a sentence or a separator, in any language: "... centru Prahy. | foto:
      // Michal Šebek, Denní Zpravodaj", "... Kuopiossa. Kuva: A / B", "... Fot. Piotr Nowak", "... (foto Schicchi)",
      // "... esta manhã | Inês Bravo - Lusa".
      { id: 'caption.trailing-credit-sep', lang: 'und', pattern: /(?:[.!?)]|\s[|–—-])\s\(?(?:foto|fotos|fot\.|fotó|fotografía|fotografia|imagen|immagine|imagem|beeld|bild|kuva|kép|zdjęcie|snímek|sursa foto|sursă foto|crédits? photo|фото|ảnh|φωτ\.|φωτογραφία|fotoğraf)(?:\s?:\s?|\s)[^.!?()|]{2,70}\)?\.?$|\s\|\s[\p{L}'’.-]{2,20}(?: [\p{L}'’.-]{2,20}){1,3} [-–] [\p{L}'’.-]{2,20}(?: [\p{L}'’.-]{2,20}){0,2}$|\s\((?:foto|photo|fot\.|fotó)\s[^()]{2,40}\)$/u, maxWords: 60 },
      // ... or by "Photographer / Outlet" after its last sentence ("... Mestalla. JUANJO MONTERDE / MARCADOR"), the slash
      // set off by spaces or the credit in brackets ("... weak layers. (Jordan Hale/Coastline News)"),
      // or after a dash ("... (17) - Marcos Vidal/Diário Paulistano"), or a name glued to its agency
      // ("... highest in fiber. Anna Kowal/Stocksy"). A numbered heading
      // ("3.1. Request / Response") or a match-up ("Leeds vs. Hull / Wigan") is none.
      { id: 'caption.trailing-credit-slash', lang: 'und', pattern: /[.!?)]\s[\p{L}'’.-]{3,20}(?: [\p{L}'’.-]{2,20}){0,3} \/ [\p{L}'’.-]{2,20}(?: [\p{L}'’.-]{2,20}){0,3}$|[.!?]\s\([\p{L}'’.-]{3,20}(?: [\p{L}'’.-]{2,20}){0,3} ?\/ ?[\p{L}'’.-]{2,20}(?: [\p{L}'’.-]{2,20}){0,3}\)$|\s[|–—-]\s[\p{L}'’.-]{3,20}(?: [\p{L}'’.-]{2,20}){0,3} ?\/ ?[\p{L}'’.-]{2,20}(?: [\p{L}'’.-]{2,20}){0,3}$|[.!?)]\s[\p{L}'’-]{2,20}(?: [\p{L}'’-]{2,20}){1,2}\/[\p{L}'’-]{2,20}(?: [\p{L}'’-]{2,20})?$/u, also: /^\S+(?:\s\S+){3,}[.!?)]\s/, unless: /^\d{1,2}(?:\.\d{1,2})*\.?\s|\bvs?\.\s/, maxWords: 60 },
      // A caption closed by its source and photographer: "... Senin (15/9/2025). OUTLET.com/NAME", "... REUTERS/Name".
      // The source is a web address ("... Senin (15/9/2025). OUTLET.com/Name"); an agency's name before
      // the slash is `credit.photo-agency`'s, and "vs. Low-Code/No-Code" no caption.
      { id: 'caption.trailing-source-slash', lang: 'und', pattern: /[.!?)]\s[a-z][\w-]{1,30}\.[a-z]{2,6}(?:\.[a-z]{2})?\/\s?\p{L}[\p{L} .'’-]{1,40}$/u, maxWords: 45 },
      // Lithuanian credits close the caption with "nuotr." (photo): "Daugiabučiai Vilniuje / Žinių lapas nuotr.".
      { id: 'caption.trailing-credit-lt', lang: 'lt', pattern: / nuotr\.$/, also: /(?:^|\s)(?:[\p{L}.'’-]+ ){0,3}[\p{L}.'’-]+ nuotr\.$/u, maxWords: 40 },
      { id: 'caption.courtesy', lang: 'en', pattern: /[.!?]\s\(courtesy(?: of)? [^()]{2,60}\)\.?$/, maxWords: 45 },
      { id: 'caption.trailing-agency-slash', lang: 'und', pattern: /[.!?]\s(?:photo|foto)s? [^.!?():/]{2,40} ?\/ ?[^.!?():/]{2,40}$/, maxWords: 45 },
      { id: 'caption.trailing-credit', lang: 'en', pattern: /(?:^|[.!?]\s)(?:photo|image|picture|photograph|credit|photo credit|image credit)s?:\s?[^.!?]{2,60}$/, maxWords: 45 },
      { id: 'caption.outlet-photo', lang: 'en', pattern: /\)\.?$/, also: /\s(?:photo|image|picture)s?\/[^)]/, maxWords: 45 },
      { id: 'caption.photo-slash', lang: 'en', pattern: /\)\.?$/, also: /\((?:photo|image|picture)s?(?:\/|:|\sby)/, maxWords: 45 },
      { id: 'caption.gallery', lang: 'en', pattern: /^(?:(?:view|open|see|launch) (?:the )?(?:gallery|slideshow|photos|images)\b.{0,200}|\d+ (?:of|\/) \d+|\d+ (?:photos|images)|view (?:gallery|slideshow|photos)|(?:open|launch|enlarge) (?:gallery|slideshow|image|photo)|expand image|image \d+ of \d+|click to enlarge|watch(?: the)? video|video|play video|\d+:\d\d)$/, maxWords: 6 },
      { id: 'caption.photo-credit-de', lang: 'de', pattern: /^\(?(?:foto|fotos|bild|bilder|bildquelle|grafik)\s?[:/|©]\s?\S/, maxWords: 30 },
      { id: 'caption.photo-credit-intl', lang: 'und', pattern: /^\(?(?:fot\.|foto di|φωτ\.(?: αρχείου)?\s?:|(?:fot|zdjęcie|fotografia|imatge|фото|ảnh|φωτογραφία|fotoğraf)\s?[:/|©])\s?[\p{L}.'-]+(?:\s[\p{L}.'-]+){0,3}(?:\s?\/\s?\S.{0,40})?$/u, maxWords: 10 },
      { id: 'caption.photo-credit-fr', lang: 'fr', pattern: /^\(?(?:crédits?(?: photo)?|photo)\s?:\s?\S/, maxWords: 30 },
      // "Foto archivo: Líneas de transmisión ... (Suministrada)", "Imagen de referencia. Crédito: Policía ..." (es).
      { id: 'caption.reference-es', lang: 'es', pattern: /^(?:foto(?: de)? archivo|imagen de (?:referencia|archivo)|imagen ilustrativa|foto ilustrativa|foto de referencia)\b/, maxWords: 40 },
      { id: 'caption.photo-credit-es', lang: 'es', pattern: /^\(?(?:foto|fotos|imagen|imágenes|fotografía)\s?[:/|©]\s?\S/, maxWords: 30 },
      { id: 'caption.photo-credit-it', lang: 'it', pattern: /^\(?(?:foto|immagine|fotografia)\s?[:/|©]\s?\S/, maxWords: 30 },
      { id: 'caption.photo-credit-pt', lang: 'pt', pattern: /^\(?(?:foto|fotos|imagem|fotografia)\s?[:/|©]\s?\S/, maxWords: 30 },
      { id: 'caption.photo-credit-nl', lang: 'nl', pattern: /^\(?(?:foto|beeld|afbeelding)\s?[:/|©]\s?\S/, maxWords: 30 },
      // A caption's credit at its end: "... in Karachi. — Photo courtesy PCC", "... File photo", "... Pic by Nimalsiri Edirisinghe".
      // (Not "Courtesy X Gallery." alone: an art piece's list of works credits each work so.)
      { id: 'caption.credit-tail', lang: 'en', pattern: /(?:[.!?)"]\s|\s-\s?)(?:photo courtesy(?: of)?|pic(?:ture)? by|photo by|file photo)(?: \S+){0,4}\.?$|[.!?]\s(?:file photo|file pic)\.?$/, maxWords: 45 },
      // "... in Bengaluru. | Photo Credit: SPECIAL ARRANGEMENT", "... last man on Thursday. | Photo: PTI": a caption closed by its credit after a bar.
      { id: 'caption.credit-after-bar', lang: 'en', pattern: /[.!?)]\s?\|\s?(?:photo|photo credit|image|image credit|picture|pic|file photo)s?\s?:\s?[^|.!?]{2,60}$/, maxWords: 60 },
      { id: 'caption.gallery-label', lang: 'en', pattern: /^open this (?:photo|image|picture) in (?:the )?gallery:?$/, maxWords: 8 },
      // An image's alt text the scraper kept: "Photo shows a road sign at the edge of a town."
      { id: 'caption.alt-text', lang: 'en', pattern: /^(?:photo|image|picture|graphic|illustration) (?:shows|showing|of)\b/, maxWords: 40 },
      // A broadcaster's picture labels: "Image source, Ellie Marsh/NBT", "Image caption,", "Media caption,".
      { id: 'caption.image-label', lang: 'en', pattern: /^(?:image|media|video) (?:source|caption)\s?[,:](?:\s.{0,80})?$/, maxWords: 12 },
      // "Tomasz Nowak / Outlet / Na zdjęciu: ...", "Pictured: ...": a picture's caption by its label, alone or after its credits.
      // (en, pl, bg, ru, uk, el, cs, sk, hr/sr/sl, de, fr, es, it, pt, nl, sv, no, da, fi, hu, ro)
      { id: 'caption.in-photo', lang: 'und', pattern: /(?:^|[\/|]\s?)(?:pictured|in the photo|na zdjęciu|на снимката|на снимке|на фото|на фотографії|στη φωτογραφία|na snímku|na snímke|na fotografiji|na slici|auf dem bild|sur la photo|en la foto|en la imagen|nella foto|na foto|op de foto|på bilden|på bildet|på billedet|kuvassa|a képen|în fotografie)\s?:\s?\S/, maxWords: 45 },
    ],
  },
  {
    concept: 'credit',
    reason: 'credit',
    rules: [
      // An author box's bio opening with the role: "Journaliste à la rédaction de Lorient depuis 2018, il suit ...",
      // "Giornalista, si occupa di risparmio ...", "Periodista de la sección de Economía desde 2015." (a sentence of prose names its subject first).
      { id: 'credit.author-bio-intl', lang: 'und', pattern: /^(?:journaliste|giornalista|periodista|redakteurin|redakteur|reporterin|korrespondentin|korrespondent|correspondante|correspondant|corresponsal|corrispondente)(?:,\s| à la rédaction| au service| de la rédaction| del | de la sección| presso | bei | für | im ressort)/, maxWords: 45 },
      // "(This story has not been edited by X staff and is auto-generated from a syndicated feed.)"
      { id: 'credit.syndicated-feed', lang: 'en', pattern: /^\(?(?:this|the above) (?:story|article|report|copy) has not been edited by\b/, maxWords: 40 },
      // "jml/apa": a Spanish wire's editors' initials closing the story.
      { id: 'credit.editor-initials', lang: 'es', pattern: /^[a-zñ]{2,4}(?:\/[a-zñ]{2,4}){1,3}$/, maxWords: 1 },
      { id: 'credit.wire', lang: 'en', pattern: /^\(?(?:additional )?(?:reporting|writing|editing|compiled|contributing|research|graphics|production|translation) by\b.{0,200}$|^\(?(?:reporting|editing) and (?:writing|editing|reporting)\b.{0,200}$/, maxWords: 40 },
      // The label of an author card at the foot: "About the author", "Über die Autorin", "À propos de l'auteur".
      { id: 'credit.author-label', lang: 'und', pattern: /^(?:about the (?:author|authors|writer|reporter|contributor)|meet the (?:author|writer)|über (?:den autor|die autorin|die autoren|den verfasser)|zur person|à propos de l'(?:auteur|autrice)|sobre (?:el autor|la autora|o autor|a autora)|sull'autore|sull'autrice|over de (?:auteur|schrijver)|om (?:forfatteren|skribenten|författaren|skribenten)|o autorze|o autorce)$/, maxWords: 5 },
      // "A version of this article appears in print on March 5, 2025, Section B": the print edition's note.
      { id: 'credit.print-edition', lang: 'en', pattern: /^a version of this (?:article|story|review|column) (?:appears|appeared) in print\b|^(?:it )?appeared in the (?:\S+ ){1,5}print edition\b|^this (?:article|story|feature) (?:appears|appeared) in the (?:\S+ ){1,3}(?:issue|edition)\b/, maxWords: 45 },
      // "Een versie van dit artikel verscheen ook in de krant van 18 juni 2025", "Dieser Artikel erschien in der Printausgabe".
      { id: 'credit.print-edition-intl', lang: 'und', pattern: /^een versie van dit artikel (?:verscheen|is verschenen) (?:ook )?in de krant\b|^(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist erschienen) (?:auch |zuerst )?in der (?:\S+ )?(?:print)?ausgabe\b|^cet article (?:est paru|a été publié) dans (?:l'édition|notre édition|le journal|le numéro|notre numéro)\b|^este artículo (?:se publicó|apareció|fue publicado) en la edición impresa\b|^denne artikel(?:en)? (?:blev bragt|er bragt|stod) (?:også )?i (?:avisen|dagens avis)\b/, maxWords: 30 },
      // A market table's footnote: "Prices as of 5:30 a.m. ET. Source: exchange data."
      { id: 'credit.market-data', lang: 'en', pattern: /^(?:prices|quotes|data) (?:as of|delayed|at close|at) [^!?:]{1,30}(?::\d\d[^!?:]{0,20})?(?: source: [^!?]{1,40})?$/, maxWords: 14 },
      { id: 'credit.contributed', lang: 'en', pattern: /^(?:(?:the )?associated press|staff) (?:writers?|reporters?) .{0,200} contributed (?:to )?this (?:report|story|article)\.?$|^.{0,200} contributed (?:reporting|to this (?:report|story|article))\.?$/, maxWords: 30 },
      // Notes that a machine wrote the summary box above the article.
      { id: 'credit.ai-summary', lang: 'en', pattern: /\bsummary (?:was |is )?(?:generated|created|written|produced) (?:by|with|using) (?:ai|artificial intelligence|chatgpt|a language model)\b|\bai-generated summary\b/, maxWords: 30 },
      { id: 'credit.ai-summary-de', lang: 'de', pattern: /\bzusammenfassung (?:wurde |ist )?(?:mit|von|durch) (?:hilfe (?:von |einer )?)?(?:ki|künstliche[rn]? intelligenz)\b|\bki-generierte zusammenfassung\b/, maxWords: 30 },
      { id: 'credit.ai-summary-no', lang: 'no', pattern: /\b(?:sammendraget|oppsummeringen) er (?:laget|skrevet|generert) (?:av|med) (?:chatgpt|ki|kunstig intelligens)\b/, maxWords: 30 },
      // AI-summary notes in Danish, Swedish and Dutch.
      { id: 'credit.ai-summary-intl', lang: 'und', pattern: /\b(?:resuméet|opsummeringen) er (?:lavet|skrevet|genereret) (?:af|med) (?:ai|kunstig intelligens)\b|\bsammanfattningen är (?:gjord|skriven|genererad) (?:av|med) (?:ai|chatgpt)\b|\bdeze samenvatting is (?:gemaakt|gegenereerd) (?:met|door) (?:ai|kunstmatige intelligentie)\b/, maxWords: 30 },
      { id: 'credit.newsletter', lang: 'en', pattern: /^(?:this|today'?s|tonight'?s|this week'?s) (?:newsletter|edition|email|issue|briefing|digest)\b/, also: /\b(?:was|is|were) (?:written|edited|produced|compiled|curated|reported|put together)\b/, maxWords: 45 },
      { id: 'credit.newsletter-team', lang: 'en', pattern: /\bis (?:written|produced|compiled|curated|put together) by\b/, also: /\band (?:edited|produced|copy-?edited|designed) by\b/, maxWords: 45 },
      // "Today's Daybreak was edited by Lila Moss.": who put the newsletter together ("This post was written by" names its author).
      // "Interview produced by X. Q&A edited for length and clarity.": the interview's credit line.
      { id: 'credit.edited-for-length', lang: 'en', pattern: /\b(?:edited|condensed) for (?:length|clarity|brevity)(?: and (?:clarity|length|brevity))?\b/, maxWords: 30 },
      { id: 'credit.edited-by', lang: 'en', pattern: /^(?:today'?s|tonight'?s|this week'?s|this) (?:\S+ ){1,3}(?:was|is) (?:edited|produced|compiled|curated|put together) by\b.{2,120}$/, maxWords: 25 },
      // "(Información de X; editado por Y)", "(Reportage X, édité par Y)", "(Bericht von X, redigiert von Y)".
      { id: 'credit.wire-intl', lang: 'und', pattern: /^\((?:informaci[oó]n|reporte|reportaje|redacci[oó]n|edici[oó]n|editado|escrito|texto|reportage|r[ée]daction|[ée]dit[ée]|bericht|berichterstattung|redigiert|mitarbeit|traducci[oó]n|traduction)\b[^)]{2,200}\)\.?$|^(?:informaci[oó]n|reportaje|reportage|bericht) (?:de|par|por|von) [^;]{2,80}; (?:editado|[ée]dit[ée]|redigiert|edici[oó]n)\b.{0,120}$/, maxWords: 40 },
      // A caption ending in "AGENCY/Photographer Name(/File Photo)" after its last sentence, or a credit line
      // "AGENCY/Photographer Name/File Photo" alone (any agency, any language). A bare "X/Y Z" line may be
      // a menu entry or a list item ("Gear tape/duct tape"), so it needs the file-photo suffix. A
      // section number is no sentence: "3.1. Raw Request/Response Capture" is a heading.
      { id: 'credit.photo-agency', lang: 'und', pattern: /\//, unless: /^\d{1,2}(?:\.\d{1,2})*\.?\s/, also: /(?:[.!?)"]\s)\p{L}{2,15}(?: \p{L}{2,15})?\/ ?[\p{L}'.-]{2,20}(?: (?!(?:for|of|the|and|to|in|on|with|a|an)\b)[\p{L}'.-]{2,20}){1,3}(?:\/(?:file photo|file|pool|handout|illustration|foto de archivo|archivo|archive|archivbild|archives|photo d'archives))?(?: purchase licensing rights)?(?:,? opens (?:in )?(?:a )?new (?:tab|window))?(?<!\.)$|^\p{L}{2,15}(?: \p{L}{2,15})?\/[\p{L}'.-]{2,20}(?: [\p{L}'.-]{2,20}){1,3}\/(?:file photo|file|pool|handout|foto de archivo|archivo|archivbild|photo d'archives)$/u, maxWords: 60 },
      { id: 'credit.photo-line', lang: 'und', pattern: /^(?:foto|fotos|bild|bildquelle|fotograf[ií]a|imagen|cr[ée]dits? photos?|photo)\s?(?::|©|by)\s?[^.!?]{2,80}$/, maxWords: 12 },
      // Agency and editors' initials closing agency copy ("ddn sk/hm").
      { id: 'credit.agency-initials', lang: 'und', pattern: /^[a-z]{2,5}(?: [a-z]{1,4}(?:\/[a-z]{1,4}){1,3}){1,2}$/, maxWords: 3 },
      // An agency's part in the story: "Avec les informations de La Presse canadienne", "Ritzau har bidraget til artiklen".
      { id: 'credit.wire-contrib-intl', lang: 'und', pattern: /^(?:avec (?:les )?informations (?:de|d'|du|des)|con información de|com informações d[aoe]s?|mit material (?:von|der|des)|med bidrag fra)\s?\S.{0,80}$|^\S+(?: \S+)? (?:har bidraget til|har bidratt til|har bidragit till) (?:artiklen|artikkelen|artikeln|denne artikel|denne artikkelen|denna artikel)\.?$/, maxWords: 16 },
      // A source line under the article: "Zdroj: ČVT, ČTK", "Źródło: PAP", "Forrás: MTI".
      { id: 'credit.source-intl', lang: 'und', pattern: /^(?:zdroj|zdroje|źródło|źródła|forrás|forrás(?:ok)?|sursa|surse|lähde|lähteet|kilde|kilder|källa|källor|kaynak|sumber|источник|джерело|πηγή|šaltinis|avots|allikas|nguồn)\s?:\s?[^.!?]{2,60}$/, maxWords: 8 },
      // A picture's credit alone on its line, without a colon: "Foto Kees van de Veen".
      { id: 'credit.photo-name', lang: 'und', pattern: /^(?:foto|fotó|beeld) \p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){1,3}$/u, maxWords: 5 },
      // A column's note on its spelling: "A autora escreve segundo o novo Acordo Ortográfico".
      { id: 'credit.spelling-note-pt', lang: 'pt', pattern: /^(?:o autor|a autora|os autores|as autoras) (?:escreve|escrevem) (?:segundo o|de acordo com o|ao abrigo do) (?:novo |antigo )?acordo ortográfico\.?$/, maxWords: 14 },
      // "Northshire Business Post is part of Meridian Regional Publishing Ltd.": the outlet's owner.
      { id: 'credit.publisher', lang: 'en', pattern: /^\S+(?: \S+){0,5} is (?:part of|a (?:division|unit|subsidiary|publication|brand|title) of|(?:owned|published) by) (?:\S+ ){0,5}(?:ltd|limited|inc|plc|llc|media|group|publishing|publications|holdings|newspapers|foundation|trust)(?:, an? (?:registered |independent |non-?profit |charitable )?(?:\S+ ){0,2}(?:charity|nonprofit|non-profit|organi[sz]ation))?\.?$/, maxWords: 16 },
      // A government page's issuer line ("From: Energy Retail Standards Authority"): the page's furniture, no headline.
      { id: 'credit.from-issuer', lang: 'en', pattern: /^from:\s?\S/, maxWords: 10 },
      // A syndicating site's note under a press release it carries ("(Disclaimer: The above press release has been
      // provided by ...)", "(Only the headline and picture of this report may have been reworked ...)").
      { id: 'credit.syndication', lang: 'en', pattern: /^\(?disclaimer:\s?(?:the above|this) (?:press release|content|story|article|report)\b|\bonly the headline(?: and (?:the )?picture)? of this (?:report|story|article) may have been reworked\b|\b(?:is|was) (?:auto-generated|published) from a syndicated feed\b/, maxWords: 60 },
      // "Dear Maud appears in Life every Tuesday, Thursday and Saturday.": a column's schedule.
      { id: 'credit.column-schedule', lang: 'en', pattern: /^(?:\S+ ){1,5}(?:appears|runs|is published) (?:in (?:the )?(?:\S+ ){1,2})?(?:every|each|on) (?:day|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/, maxWords: 25 },
      // "From the newsroom of the Brannock Valley Courier": a newsletter's masthead line.
      { id: 'credit.masthead-from', lang: 'en', pattern: /^(?:from|a newsletter from|brought to you by) the (?:newsroom|editors|team|staff|journalists|reporters) (?:of|at) \S.{0,60}$/, maxWords: 12 },
      // "This story was produced with funding from the Local Journalism Initiative.", "This article originally appeared on The Courier: ..."
      { id: 'credit.funded-by', lang: 'en', pattern: /^(?:this (?:story|article|report|project|coverage|reporting)|(?:the )?reporting for this (?:story|article|series|project)) (?:was|is) (?:produced|made possible|supported|funded) (?:with|by|through|in part by|thanks to) (?:funding|support|a grant|grants?)?\b|^this (?:article|story) (?:originally )?appeared (?:on|in|at) (?!\d)\S/, maxWords: 40 },
      // "This report by Dominion Wire was first published May 14, 2025.": the syndicated report's origin.
      { id: 'credit.first-published', lang: 'en', pattern: /^this (?:report|article|story|piece|column) by [^.]{2,60} was (?:first|originally) published\b/, maxWords: 30 },
      // "This story was first published by the Bellmont Daily Ledger on March 12, 2025.", "This story was written by Eleanor Pike, Civic Reporting Partnership, and Sam Whitford."
      { id: 'credit.first-published-by', lang: 'en', pattern: /^this (?:report|article|story|piece|column) was (?:first |originally )?published by [^.]{2,80}|^this (?:report|article|story|piece) was (?:written|reported|produced) by [^.]{2,140}\.?$/, maxWords: 30 },
      // "With files from the Keystone Press.": a wire's contribution.
      { id: 'credit.with-files', lang: 'en', pattern: /^with files from (?:the )?[^.]{2,80}\.?$/, maxWords: 16 },
      // A research aggregator's notes: "This article has been reviewed according to SciWire's editorial process and policies.", "Provided by Harlow Institute of Astrophysics".
      { id: 'credit.editorial-process', lang: 'en', pattern: /\breviewed according to [^.]{2,60} editorial process\b|^provided by [^.!?]{2,80}$/, maxWords: 40 },
      { id: 'credit.government-funded', lang: 'en', pattern: /^(?:the )?(?:\S+ ){1,5}(?:is|are) (?:funded|supported) by the government of\b/, maxWords: 25 },
      // An agency credit in brackets closing a German-language story: "(red, Agenturen)", "(APA/dpa)".
      { id: 'credit.agency-brackets', lang: 'de', pattern: /^\((?:red|apa|dpa|sda|ats|afp|reuters|kna|epd|ag)\.?(?:\s?[,/]\s?(?:agenturen|apa|dpa|sda|afp|reuters|red|ag)\.?)*\)\.?$/, maxWords: 4 },
    ],
  },
  {
    concept: 'legal',
    reason: 'legal',
    rules: [
      // "Riproduzione riservata ©", "© Riproduzione riservata" (it): the rights notice under an article.
      { id: 'legal.reserved-it', lang: 'it', pattern: /^(?:©\s?)?riproduzione (?:riservata|vietata)(?:\s?©)?\.?$/, maxWords: 4 },
      // "(c)" and the word count as the sign only before a year: "(C)" after a politician's name is
      // a party (Sweden's Centre), and "copyright law" is prose.
      // A financial advertiser's regulatory line ("X is authorised by the Prudential Regulation Authority").
      { id: 'legal.regulated-by', lang: 'en', pattern: /\b(?:is|are) (?:authori[sz]ed|regulated)(?: and regulated)? by the (?:prudential regulation authority|financial conduct authority|securities and exchange commission)\b/, maxWords: 50 },
      { id: 'legal.copyright', lang: 'en', pattern: /(?:^|\s)©\s*(?:\d{4}|[a-z])|(?:^|\s)(?:\(c\)|copyright)\s*(?:©\s*)?\d{4}|\ball rights reserved\b|^(?:copyright|\(c\))\s/, maxWords: 40 },
      { id: 'legal.terms', lang: 'en', pattern: /^(?:terms(?: of (?:use|service|sale))?(?: and conditions)?|terms & conditions|privacy(?: policy| notice| statement| settings)?|cookie (?:policy|settings)|accessibility(?: statement)?|sitemap|site map|site index|contact us|about us|careers|jobs|advertise|help|faq|imprint|legal(?: notice)?|disclaimer|do not sell my (?:personal )?(?:info|information)|your privacy choices|ad choices|corrections|rss(?: feeds?)?|code of (?:conduct|ethics)|editorial (?:standards|guidelines))$/, maxWords: 8 },
      { id: 'legal.disclaimer', lang: 'en', pattern: /\bforward-looking (?:statements?|information)\b|\b(?:data|quotes?|prices?) (?:are |is )?delayed\b|\b(?:this (?:material|content|article) may not be (?:published|reproduced)|may not be (?:published|reproduced), broadcast|not (?:be )?(?:reproduced|redistributed) without\b)|\bnot (?:a |intended as a )?substitute for (?:professional )?(?:medical|legal|financial) advice\b|\bthis (?:news )?(?:article|story|content) is copyrighted\b|\b(?:does not|do not|doesn't|is not intended to) constitute (?:investment|financial|legal|tax|medical) advice\b|\bfor (?:general )?information(?:al)? (?:purposes )?only and (?:does not|should not|is not)\b/, maxWords: 90 },
      // "Disclaimer: The views and recommendations made above are those of ...": a page's own disclaimer.
      { id: 'legal.disclaimer-line', lang: 'en', pattern: /^disclaimer\s?:\s/, maxWords: 80 },
      // "Citation: ... (2025, January 29) retrieved 30 January 2025 from https://...", "This document is subject to copyright. Apart from any fair dealing ...".
      { id: 'legal.citation-notice', lang: 'en', pattern: /^citation\s?:.{10,300}\bretrieved\b.{0,40}\bfrom https?:|\bthis document is subject to copyright\b|\bapart from any fair dealing\b/, maxWords: 90 },
      // "Khuyến cáo: Thông tin trong bài viết chỉ mang tính chất tham khảo ...", "डिस्क्लेमर: यहां दी गई जानकारी ...": an investment disclaimer (vi, hi).
      { id: 'legal.disclaimer-asia', lang: 'und', pattern: /^(?:khuyến cáo|miễn trừ trách nhiệm|डिस्क्लेमर|अस्वीकरण|ডিসক্লেইমার|คำเตือน)\s?:\s?\S/, also: /tham khảo|khuyến nghị|जानकारी|सलाह|निवेश|তথ্য|ลงทุน/, maxWords: 80 },
      // "Prices were accurate at the time of publishing but may change."
      { id: 'legal.price-notice', lang: 'en', pattern: /\bprices? (?:were|are|was|is) (?:accurate|correct) (?:at|as of) the time of (?:publishing|publication|writing)\b/, maxWords: 30 },
      // A health site's review notes: "How we reviewed this article:", "... has strict sourcing guidelines ...".
      { id: 'legal.sourcing-note', lang: 'en', pattern: /^how we (?:reviewed|fact-?checked|sourced) this article:?$|\bstrict sourcing guidelines\b|^our experts continually monitor\b/, maxWords: 45 },
      { id: 'legal.editorial-note', lang: 'en', pattern: /^(?:editorial|advertiser|affiliate) (?:note|disclosure|disclaimer)\s?:/, maxWords: 80 },
      { id: 'legal.opinion-disclaimer', lang: 'en', pattern: /\b(?:opinions?|views?) expressed (?:in this (?:column|article|piece|post|editorial)|here(?:in)?|by (?:the )?(?:author|contributors?|writers?)) (?:(?:are|is) (?:solely )?(?:(?:those|that) of\b|(?:the )?(?:author|writer|contributor)s?'?(?:'s)? own\b)|represents? the (?:position|views?|opinion) of\b)|\bdo(?:es)? not necessarily (?:reflect|represent) (?:the (?:views?|opinions?|position|policy) of|those of)\b/, maxWords: 60 },
      { id: 'legal.opinion-disclaimer-de', lang: 'de', pattern: /\b(?:gibt|geben|spiegelt|spiegeln) nicht (?:notwendigerweise|zwingend|unbedingt) die (?:meinung|ansicht|haltung) der redaktion\b|\bmuss nicht (?:mit )?der meinung der redaktion\b/, maxWords: 60 },
      { id: 'legal.opinion-disclaimer-fr', lang: 'fr', pattern: /\bn'engagent? que (?:leurs?|son|ses) auteurs?\b|\bne reflètent? pas (?:nécessairement )?(?:l'opinion|la position|les vues) de\b/, maxWords: 60 },
      // Danish, Norwegian, Swedish: "Klummen er udtryk for skribentens egen holdning.", "Kronikken gir uttrykk for skribentens meninger."
      { id: 'legal.opinion-disclaimer-nordic', lang: 'und', pattern: /(?<![\wÀ-ɏ])(?:er|gir|är) (?:et )?(?:udtryk|uttrykk|uttryck) for (?:skribentens|forfatterens|artikelforfatterens|debattørens) (?:egen |egne )?(?:holdning|holdninger|meninger|mening|åsikter|åsikt)\b|\b(?:skribenten|debattøren) (?:står|svarer) (?:selv )?for (?:sine|egne) (?:meninger|holdninger)\b/, maxWords: 30 },
      { id: 'legal.opinion-disclaimer-es', lang: 'es', pattern: /\bno (?:reflejan?|representan?) necesariamente (?:la opinión|el punto de vista|la postura) de\b|\b(?:es|son) (?:de )?(?:exclusiva )?responsabilidad(?: exclusiva)? de (?:su|sus|el|la|los|las) autor(?:es|a|as)?\b/, maxWords: 60 },
      { id: 'legal.terms-de', lang: 'de', pattern: /^(?:impressum|datenschutz(?:erklärung|hinweise|einstellungen)?|agb|allgemeine geschäftsbedingungen|nutzungsbedingungen|kontakt|barrierefreiheit|über uns|karriere|mediadaten|werben|hilfe)$/, maxWords: 8 },
      // A finance portal's notes: "Alle Angaben ohne Gewähr.", "Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.",
      // "Risikohinweis: ...", "Transparenzhinweis: Einige Links ..." (de).
      { id: 'legal.finance-notes-de', lang: 'de', pattern: /\balle angaben ohne gewähr\b|\bfür den inhalt der mitteilung ist der emittent\b|^(?:risikohinweis|transparenzhinweis|haftungsausschluss)\s?:\s?\S/, maxWords: 60 },
      { id: 'legal.terms-fr', lang: 'fr', pattern: /^(?:mentions légales|politique de confidentialité|confidentialité|données personnelles|conditions générales(?: d'utilisation| de vente)?|cgu|cgv|gestion des cookies|nous contacter|contactez-nous|qui sommes-nous\s?\??|plan du site|accessibilité|aide)$/, maxWords: 8 },
      { id: 'legal.terms-es', lang: 'es', pattern: /^(?:aviso legal|política de privacidad|privacidad|términos y condiciones|condiciones (?:de uso|generales)|contacto|contáctenos|quiénes somos|mapa del sitio|accesibilidad|ayuda)$/, maxWords: 8 },
      { id: 'legal.terms-it', lang: 'it', pattern: /^(?:note legali|informativa (?:sulla )?privacy|termini e condizioni|condizioni (?:d'uso|generali)|contatti|chi siamo|mappa del sito|accessibilità|aiuto)$/, maxWords: 8 },
      { id: 'legal.terms-pt', lang: 'pt', pattern: /^(?:aviso legal|política de privacidade|privacidade|termos (?:de uso|e condições)|contato|contacto|contactos|fale conosco|quem somos|mapa do site|acessibilidade|ajuda)$/, maxWords: 8 },
      { id: 'legal.terms-nl', lang: 'nl', pattern: /^(?:privacybeleid|privacyverklaring|algemene voorwaarden|gebruiksvoorwaarden|over ons|colofon|toegankelijkheid)$/, maxWords: 8 },
      { id: 'legal.rights-reserved', lang: 'und', pattern: /\b(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|alla rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter reservert)\b/, maxWords: 40 },
      // An Australian outlet's Acknowledgement of Country in its footer or under a story.
      { id: 'legal.acknowledgement-of-country', lang: 'en', pattern: /^(?:we |(?:\S+ ){1,5})acknowledges? (?:the )?(?:traditional (?:owners|custodians)|first nations|aboriginal and torres strait islander)\b/, maxWords: 70 },
      // "The Northstar Gazette is a member of the National NewsMedia Council.": the press council the outlet answers to.
      { id: 'legal.press-council', lang: 'en', pattern: /\bis (?:a )?member of (?:the )?(?:\S+ ){0,4}(?:press|news ?media|media) (?:council|complaints (?:commission|authority)|standards (?:organi[sz]ation|council))\b|\bis regulated by (?:the )?(?:independent press standards organi[sz]ation|ipso|impress)\b/, maxWords: 40 },
      // A licence line ("This work is licensed under a Creative Commons Attribution 4.0 ...") and a fact-checker's
      // membership ("X is a verified signatory of the International Fact-Checking Network's Code of Principles").
      { id: 'legal.licence', lang: 'en', pattern: /\b(?:is )?licen[sc]ed under (?:a |the )?creative commons\b|^(?:cc by(?:-[a-z]{2}){0,3} \d\.\d|creative commons attribution\b)/, maxWords: 40 },
      { id: 'legal.fact-check-network', lang: 'en', pattern: /\bsignatory (?:of|to) the international fact-?checking network\b/, maxWords: 40 },
      // "Bench & Bar Brief is not a law firm and does not provide legal advice."
      { id: 'legal.no-advice', lang: 'en', pattern: /\bis not a law firm\b|\b(?:does|do) not (?:provide|constitute|offer|give) (?:legal|financial|investment|tax|medical) advice\b/, maxWords: 40 },
    ],
  },
  {
    concept: 'app',
    reason: 'app',
    unless: REPORTING,
    rules: [
      { id: 'app.download-de', lang: 'de', pattern: /\b(?:unsere|die) \S*app (?:\S+ ){0,2}(?:herunterladen|installieren)\b/, maxWords: 30 },
      { id: 'app.download-fr', lang: 'fr', pattern: /\btéléchargez (?:gratuitement )?(?:notre|l')application\b/, maxWords: 30 },
      { id: 'app.download-it', lang: 'it', pattern: /^scarica (?:gratis )?(?:l'app|la (?:nostra )?app|l'applicazione)\b/, maxWords: 30 },
      { id: 'app.download-es', lang: 'es', pattern: /\bdescarga (?:gratis )?(?:nuestra|la) app\b/, maxWords: 30 },
      { id: 'app.download', lang: 'en', pattern: /\b(?:download|get|install|try) (?:our|the|the free|our free) (?:\w+ )?app\b|(?:^|[.!?:—–-]\s)(?:download|get|install) the (?:[\w+'’&-]+ ){1,5}app\b|\bavailable on the app store\b|\bget it on google play\b|^(?:app store|google play|download on the app store|download the app)$|^(?:now )?available (?:on|for|in) (?:the )?(?:ios|android|iphone|app store|google play)(?:,? (?:and|&|or) (?:on )?(?:the )?(?:ios|android|ipad|app store|google play))?\.?$/, maxWords: 30 },
      // "Track every launch live in the Countdown app — free on iOS and Android", "Our app puts every vote in your pocket. Download it now.", "Follow cases in real time with the Bench & Bar app."
      { id: 'app.plug', lang: 'en', pattern: /\bapp\b.{0,30}\b(?:free )?on ios (?:and|or|&) android\b|^our app\b.{0,80}\b(?:download|install|get) it\b|^(?:follow|track|get|see) (?:\S+ ){1,6}(?:with|in|on) (?:the|our) (?:[\w+'’&-]+ ){1,4}app\.?$/, maxWords: 35 },
      // "Download de Middagkoerier-app", "Volg alle uitslagen in de Sportkrant-app. Download nu gratis." (nl)
      { id: 'app.download-nl', lang: 'nl', pattern: /\bdownload (?:de|onze) (?:gratis )?\S+-app\b|\bin de \S+-app\b.{0,40}\bdownload\b/, maxWords: 30 },
      // "Download de gratis app van X", "suivre X dans notre application mobile", "Baixe o app".
      { id: 'app.download-intl', lang: 'und', pattern: /\bdownload (?:de|onze) (?:gratis )?app\b|\bdans notre application(?: mobile)?\b|\bbaix[ea] (?:o|nosso) (?:app|aplicativo)\b|\bladda ner (?:vår |appen)|\blast ned (?:vår |appen)|\bhent (?:vores )?app(?:en)?\b|\bstáhněte si (?:naši )?aplikaci\b|\bpobierz (?:naszą )?aplikację(?![\wÀ-ɏ])|\btöltse le (?:az )?alkalmazás/, maxWords: 35 },
      // "Preuzmite aplikaciju ...", "Pobierz aplikację", "uygulamamızı indirin", "muat turun aplikasi": download our app (sr/hr, pl, cs, sk, bg, uk, ru, el, hu, tr, ms, id, ar).
      { id: 'app.download-world', lang: 'und', pattern: /^(?:preuzmite|preuzmi|skinite|pobierz|stáhněte|stiahnite|изтеглете|завантажте|скачайте|κατεβάστε|töltse le)(?![\wÀ-ɏ]).{0,40}(?:aplikacij|aplikacj|aplikaci|приложени|додаток|застосунок|εφαρμογ|alkalmaz)|\buygulamamız(?:ı)? (?:indir|yükle)|\b(?:muat turun|unduh|download) aplikasi\b|(?:حمّل|حمل|نزّل) (?:ال)?تطبيق/, maxWords: 40 },
      // "ताज़ा खबरों के लिए ... ऐप डाउनलोड करें" (hi), "অ্যাপ ডাউনলোড করুন" (bn), "ஆப்பை பதிவிறக்கம் செய்யுங்கள்" (ta), "ॲप डाउनलोड करा" (mr).
      { id: 'app.download-south-asia', lang: 'und', pattern: /(?:ऐप|एप|ॲप|অ্যাপ|ஆப்|ஆப்பை|એપ|ਐਪ) (?:\S+ ){0,2}(?:डाउनलोड|ডাউনলোড|பதிவிறக்க|ડાઉનલોડ|ਡਾਊਨਲੋਡ)/, maxWords: 40 },
      // "اپلیکیشن بورس‌نگار را نصب کنید" (fa), "حمّل تطبيق ..." (ar), "ایپ ڈاؤن لوڈ کریں" (ur).
      { id: 'app.download-rtl', lang: 'und', pattern: /(?:اپلیکیشن|اپ|برنامه) (?:\S+ ){0,3}را (?:نصب|دانلود) کنید|(?:حمّل|حمل|نزّل|نزل) (?:تطبيق|التطبيق)|ایپ (?:\S+ ){0,2}ڈاؤن ?لوڈ کریں/, maxWords: 40 },
    ],
  },
  {
    concept: 'contact',
    reason: 'contact',
    rules: [
      { id: 'contact.header', lang: 'en', pattern: /^(?:for )?(?:media|press|investor|journalist)(?: relations)? (?:contacts?|enquiries|inquiries|queries)\s*:?(?:\s.{0,200})?$|^(?:for (?:more|further) information|for media (?:inquiries|enquiries))(?:,? (?:please )?contact\b.{0,200})?:?$|^contacts?:$/, maxWords: 20 },
      // A press release's contact line: "Contact: Jane Doe, Communications Director". ("FOR IMMEDIATE
      // RELEASE" stays to position: as a rule it moved the region and with it the headline's features.)
      { id: 'contact.release-head', lang: 'en', pattern: /^(?:media )?contacts?\s?:\s?\S.{0,120}$/, also: /\b(?:director|manager|officer|communications|media|press|relations|spokes\w+|@|\d{3})/, maxWords: 20 },
      { id: 'contact.detail', lang: 'und', pattern: /^(?!\d{4}-\d{2}-\d{2}$|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$)(?:(?:e-?mail|tel|telephone|phone|mobile|fax|t|m|e)(?:\s?[:.])?\s?)?(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,30}|\+?\(?\d[\d\s().-]{6,30}\d)$|^(?:tel|telephone|phone|mobile)\s?[:.]\s?\S|^(?:e-?mail|email us)\s?[:.]\s?\S{1,80}@\S{1,80}$/, maxWords: 10 }, // (not a date line: "2026-01-14" is no phone number)
      // A contact card on one line: "Neha Kulkarni | Kestrel Comms | neha.k@example.com | +91 98200 55012".
      { id: 'contact.card', lang: 'und', pattern: /^(?:[^|·•@\n]{2,60} [|·•] ){0,4}(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,30}|\+?\(?\d[\d ().-]{6,20}\d)(?: [|·•] [^|·•\n]{2,60}){0,4}$/, also: / [|·•] /, maxWords: 24 },
      // A support line under a story ("If this story has raised issues for you, contact ... on 13 92 76"), in English.
      { id: 'contact.support-line', lang: 'en', pattern: /^if (?:this (?:story|article|report) has raised (?:issues|concerns|any issues)|you or someone you know (?:needs|is (?:struggling|in (?:crisis|danger)|affected))|you(?:'re| are) (?:struggling|affected by|feeling)).{0,200}\b(?:contact|call|phone|text|visit|reach out)\b/, maxWords: 60 },
      // "Write to Daniel Brevik at daniel.brevik@example.com": a paper's contact line under a story.
      { id: 'contact.write-to', lang: 'en', pattern: /^write to (?:[^@\s]+ ){1,4}at [^@\s]+@\S+/, maxWords: 40 },
      // "Reach Jane Doe at jdoe@example.com or 555-0119.": the reporter's contact line under a story.
      { id: 'contact.reach-at', lang: 'en', pattern: /^(?:reach|contact|email) (?:[^@\s]+ ){1,4}at (?:[\w.+-]+@\S+|\+?\(?\d{3})/, maxWords: 40 },
      { id: 'contact.tip', lang: 'en', pattern: /\b(?:send us (?:a |your )?(?:tip|story idea)|have a (?:news )?tip\??|got a (?:news )?tip\??|contact (?:the|our) (?:author|reporter|newsroom)|write to (?:the author|us) at\b)/, maxWords: 30 },
      { id: 'contact.tip-intl', lang: 'und', pattern: /^(?:heb (?:jij|je|u) (?:iets gezien|een tip)|haben sie (?:einen hinweis|etwas beobachtet|eine frage an die redaktion)|hast du (?:einen hinweis|etwas beobachtet)|vous avez (?:une info|une information|été témoin)|(?:¿)?tienes (?:una pista|información)|hai una segnalazione)\b.{0,160}(?:mail|e-?mail|whatsapp|schreib|écrivez|escríbenos|scrivi|@)/, maxWords: 40 },
      { id: 'contact.tip-question-intl', lang: 'und', pattern: /^(?:har du en (?:historie|historia|nyhed|nyhet|tip|tips)|har du et tips?|har du tips|vet du (?:mer|noe mer)|tiedätkö lisää|máte tip|masz temat|ai o poveste|van egy jó sztorija)\??$/, maxWords: 8 },
      // "¿Tiene una denuncia o una historia que contar? Escríbanos a nuestro WhatsApp ...", "¿Tienes fotos del temporal? Envíalos a ..." (es);
      // "Bạn đọc có thể gửi câu hỏi về ..." (vi): the newsroom asking for readers' tips.
      { id: 'contact.tip-question-es-vi', lang: 'und', pattern: /^¿(?:tiene|tienes|tienen|vio|viste)\b.{0,120}\?\s(?:escríbanos|escríbenos|envíalos|envíanos|envíelos|envíenos|contáctenos|contáctanos|comunícate|comuníquese)\b|^bạn đọc (?:có thể )?gửi (?:câu hỏi|thắc mắc|ý kiến|bài viết|tin bài)\b/, maxWords: 45 },
      // "Har du en mening om sagen? Skriv et debatindlæg ...", "Har du bilder eller tips? Skicka till ...": a call for readers' letters or tips.
      { id: 'contact.callout-nordic', lang: 'und', pattern: /^har du (?:en mening om (?:sagen|saken)|bilder eller tips|bilder|tips|billeder|en kommentar)\?\s?(?:skriv|skicka|send|tipsa|ring|mejla|mail)/, maxWords: 40 },
      { id: 'contact.write-to-intl', lang: 'und', pattern: /^(?:skriv til (?:os|oss)|skriv till oss|tipsa oss|kirjoita meille|napište nám|napisz do nas|scrieți-ne|írjon nekünk|schreiben sie uns|écrivez-nous|escríbenos|scrivici|escreva-nos|mail (?:ons|naar))\b.{0,120}@/, maxWords: 40 },
      // A call for readers' memories or stories: "Do you have a memory of X to share? Email us at ...".
      { id: 'contact.reader-callout', lang: 'en', pattern: /^(?:do you have|have you got|have you|have an?|got an?|are you|did you|were you)\b[^?]{3,160}\?\s*(?:please )?(?:email|e-mail|contact|get in touch|tell us|let us know|write to|send|message|whatsapp|text|call|dm)\b/, maxWords: 45 },
      { id: 'contact.send-thoughts', lang: 'en', pattern: /^(?:get involved|have your say|join the conversation)\b.{0,200}\b(?:send|email|tweet|tell|share)\b|^send us your (?:thoughts|views|comments|questions|photos|pictures)\b/, maxWords: 30 },
      { id: 'contact.letters', lang: 'en', pattern: /\b(?:submit|send|write) (?:us )?a letter to the editor\b|^letters? to the editor$|^send us your letters?$|\b(?:email|send) your letter (?:of|to)\b/, maxWords: 45 },
      { id: 'contact.reach-author', lang: 'en', pattern: /\breach/, also: /\b(?:can be reached|reach (?:her|him|them|me|the (?:author|reporter|writer))) (?:at|on|via|by)\b/, maxWords: 30 },
      // "Submit scores and stats to preps@example.com by 10 p.m.": a call for readers' results or news.
      { id: 'contact.submit-to', lang: 'en', pattern: /^[*_]?(?:submit|send|email) (?:\S+ ){0,4}(?:scores|results|stats|news|photos|tips|announcements|obituaries|letters|events|notes|items|listings|notices|submissions)(?: \S+){0,4} to \S+@\S+/, maxWords: 40 },
      // A press release's end and the notes to journalists under it ("Ends", "-30-", "###", "Notes to editors"):
      // what follows is the press office's, not the story's, so both end the article (see HARD_STOP_RULES).
      { id: 'contact.release-end', lang: 'und', pattern: /^(?:-+\s?)?(?:ends|# ?# ?#|-30-|end of (?:press )?release|ende der pressemitteilung|fin du communiqué|fin del comunicado)(?:\s?-+)?$/, maxWords: 5 },
      { id: 'contact.notes-to-editors', lang: 'und', pattern: /^(?:notes?|information) (?:to|for) (?:the )?editors?:?$|^(?:hinweise? (?:für|an) (?:die )?redaktion(?:en)?|note aux rédactions|notas? (?:para|a) (?:los )?editores|nota per (?:i )?redattori|noot voor de redactie):?$/, maxWords: 6 },
    ],
  },
]);

/** The catalog flattened in order: first match wins. */
export const compiledBoilerplateRules = lazy((): CompiledRule[] =>
  boilerplateCatalog().flatMap((group) =>
    group.rules.map((rule) => ({
      ...rule,
      reason: group.reason,
      unless: rule.unless ?? group.unless,
      also: rule.also && new PropertyPattern(rule.also),
    })),
  ),
);

/** Every needle the catalog names, once, with the first three characters that index it. */
export interface NeedleIndex {
  /** Needle ids by a key of their first three UTF-16 code units (`trigramKey`); every needle is at least three long. */
  byTrigram: Map<number, number[]>;
  /** Needle text by id. */
  text: string[];
}

/**
 * A key for the three code units at `at`: ten bits of each, so the key is a small integer (a map
 * hashes those far faster than the doubles an exact 48-bit key would be). Code units that share
 * their low bits share a bucket; the caller compares the needle itself, so that costs no match.
 */
export function trigramKey(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0x3ff) << 20) | ((text.charCodeAt(at + 1) & 0x3ff) << 10) | (text.charCodeAt(at + 2) & 0x3ff);
}

/**
 * The catalog's rule indices (ascending) by the beginning a folded line must have to match them
 * (`BOILERPLATE_PREFIXES`, up to three characters). The rules that may match any line (those not
 * anchored at the start, and any whose pattern changed since the table was generated: its length
 * differs, so a stale table costs time, never a match) are indexed instead by their needles
 * (`BOILERPLATE_NEEDLES`, strings one of which a line must contain to match): `rulesOfNeedle[id]`
 * lists the rules a needle admits, and `anywhere` holds those with no usable needle, tried on
 * every line. A line is then tried against tens of rules, not the hundred-odd unanchored ones.
 * `needles[k]`: the needle ids of prefixed rule k, or null to try it regardless.
 */
export const rulesByPrefix = lazy((): { rules: CompiledRule[]; byPrefix: Map<string, number[]>; anywhere: number[]; needles: (readonly number[] | null)[]; rulesOfNeedle: number[][]; needleIndex: NeedleIndex } => {
  const rules = compiledBoilerplateRules();
  const needleIndex: NeedleIndex = { byTrigram: new Map(), text: [] };
  const idOf = new Map<string, number>();
  const needleId = (needle: string): number => {
    let id = idOf.get(needle);
    if (id === undefined) {
      id = needleIndex.text.push(needle) - 1;
      idOf.set(needle, id);
      const key = trigramKey(needle, 0);
      const bucket = needleIndex.byTrigram.get(key);
      if (bucket) bucket.push(id);
      else needleIndex.byTrigram.set(key, [id]);
    }
    return id;
  };
  const needles = rules.map((rule) => {
    const entry = BOILERPLATE_NEEDLES[rule.id];
    if (!entry || entry[0] !== rule.pattern.source.length) return null;
    const strings = entry.slice(1) as string[];
    // A needle under three characters cannot be indexed by its trigram: try the rule regardless.
    return strings.every((n) => n.length >= 3) ? strings.map(needleId) : null;
  });
  const byPrefix = new Map<string, number[]>();
  const anywhere: number[] = [];
  const rulesOfNeedle: number[][] = needleIndex.text.map(() => []);
  rules.forEach((rule, k) => {
    const entry = BOILERPLATE_PREFIXES[rule.id];
    if (entry && entry[0] === rule.pattern.source.length) {
      for (let j = 1; j < entry.length; j++) {
        const prefix = entry[j] as string;
        const list = byPrefix.get(prefix);
        if (list) list.push(k);
        else byPrefix.set(prefix, [k]);
      }
    } else if (needles[k]) for (const id of needles[k]!) rulesOfNeedle[id]!.push(k);
    else anywhere.push(k);
  });
  return { rules, byPrefix, anywhere, needles, rulesOfNeedle, needleIndex };
});
