// The boilerplate catalog in other European languages: every rule states its language, furniture
// lines in German, French, Spanish, Italian, Portuguese and Dutch are named with a reason, and
// sentences that merely use the same words are left alone.
import { describe, expect, it } from 'vitest';
import { boilerplateCatalog, compiledBoilerplateRules } from '../src/rules/boilerplate.js';
import { matchRule } from '../src/stages/classify.js';
import { countWords } from '../src/text.js';
import type { Line } from '../src/document.js';

const asLine = (text: string): Line => ({ index: 0, text, cleanStart: 0, span: [0, text.length], marker: null, indent: 0, blankBefore: false, heading: 0, words: countWords(text) });
const ruleOf = (text: string) => matchRule(asLine(text));

describe('boilerplate catalog languages', () => {
  it('states a language on every rule and keeps ids unique', () => {
    const ids = new Set<string>();
    for (const concept of boilerplateCatalog()) {
      for (const rule of concept.rules) {
        expect(rule.lang, rule.id).toMatch(/^(?:[a-z]{2}|und)$/);
        expect(rule.id.startsWith(`${concept.concept}.`), rule.id).toBe(true);
        expect(ids.has(rule.id), rule.id).toBe(false);
        ids.add(rule.id);
      }
    }
    const languages = new Set(compiledBoilerplateRules().map((r) => r.lang));
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']) expect(languages.has(lang), lang).toBe(true);
  });

  it.each([
    ['Anzeige', 'advertisement', 'de'],
    ['Publicitat', 'advertisement', 'ca'],
    ['Dit artikel is voorbehouden voor abonnees. Word nu abonnee en lees onbeperkt alle artikels voor 1 euro per week.', 'paywall', 'nl'],
    ['Foto di Paolo Lanzi / Studio Lanzi', 'caption', 'und'],
    ['Il punto torna domani mattina. Buona giornata.', 'newsletter', 'und'],
    ['Buongiorno, ecco le notizie da sapere oggi in provincia.', 'newsletter', 'und'],
    ['Sie lesen gern den Wirtschaftskurier? Jetzt W+ testen und alle Artikel lesen – 3 Monate für je 1 Euro.', 'subscription', 'de'],
    ['Abonnez-vous à notre infolettre et recevez chaque matin les nouvelles de votre région.', 'newsletter', 'fr'],
    ['Lyt til artiklen', 'audio', 'und'],
    ['Udostępnij', 'share', 'und'],
    ['Czytaj także: Nowe autobusy elektryczne wyjadą na ulice', 'related', 'pl'],
    ['Llegiu també: Els pagesos reclamen ajuts', 'related', 'ca'],
    ['Fot. Marcin Żbikowski', 'caption', 'und'],
    ['Comentaris (5)', 'navigation', 'und'],
    ['Få de viktigaste nyheterna från Ljungsele direkt i din inkorg varje morgon.', 'newsletter', 'und'],
    ['Sie lesen „Der Morgen“, den Newsletter der Mainlinger Rundschau. Hier kostenlos abonnieren.', 'newsletter', 'de'],
    ['- Werbung -', 'advertisement', 'de'],
    ['Publicité', 'advertisement', 'fr'],
    ['Publicidad', 'advertisement', 'es'],
    ['Pubblicità', 'advertisement', 'it'],
    ['Advertentie', 'advertisement', 'nl'],
    ['Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.', 'cookie', 'de'],
    ['Tout accepter', 'cookie', 'fr'],
    ['Este sitio web utiliza cookies propias y de terceros.', 'cookie', 'es'],
    ['We Care About Your Privacy', 'cookie', 'en'],
    ['Ihre Privatsphäre ist uns wichtig', 'cookie', 'de'],
    ['Nous respectons votre vie privée', 'cookie', 'fr'],
    ['Respetamos tu privacidad', 'cookie', 'es'],
    ['Weiter mit Werbung und Tracking', 'cookie', 'de'],
    ['Mit Werbung weiterlesen', 'cookie', 'de'],
    ['Continue with ads', 'cookie', 'en'],
    ['Melden Sie sich jetzt für unseren kostenlosen Morgen-Newsletter an', 'newsletter', 'de'],
    ['Inscrivez-vous à notre newsletter hebdomadaire', 'newsletter', 'fr'],
    ['Iscriviti alla nostra newsletter', 'newsletter', 'it'],
    ['Bereits Abonnent?', 'subscription', 'de'],
    ['Déjà abonné ?', 'subscription', 'fr'],
    ['Este contenido es exclusivo para suscriptores.', 'paywall', 'es'],
    ['Artikel teilen', 'share', 'de'],
    ['Compartir en WhatsApp', 'share', 'es'],
    ['Partilhar no Facebook', 'share', 'pt'],
    ['Add us on Google', 'share', 'en'],
    ['Hai salvato un nuovo articolo', 'share', 'und'],
    ['Non hai un account? Registrati in 1 minuto', 'subscription', 'it'],
    ['Noch kein Konto? Jetzt registrieren', 'subscription', 'de'],
    ["Vous n'avez pas de compte ? Inscrivez-vous", 'subscription', 'fr'],
    ['¿No tienes cuenta? Regístrate', 'subscription', 'es'],
    ['Artikel gespeichert', 'share', 'und'],
    ['Add us as a preferred source on Google', 'share', 'en'],
    ['Das könnte Sie auch interessieren', 'related', 'de'],
    ['À lire aussi :', 'related', 'fr'],
    ['Leia também', 'related', 'pt'],
    ['Lees ook', 'related', 'nl'],
    ['Kommentare (14)', 'navigation', 'de'],
    ['Laisser un commentaire', 'navigation', 'fr'],
    ['vor 3 Stunden', 'navigation', 'de'],
    ['Hace 20 minutos', 'navigation', 'es'],
    ['Temps de lecture : 4 min', 'navigation', 'fr'],
    ['Artikel anhören', 'audio', 'de'],
    ['Foto: Lena Brandt/Agentur', 'caption', 'de'],
    ['Impressum', 'legal', 'de'],
    ['Mentions légales', 'legal', 'fr'],
    ['Tutti i diritti riservati', 'legal', 'und'],
    ['Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.', 'cookie', 'de'],
    ['This content is hosted by a third party and needs your consent to load.', 'cookie', 'en'],
    ['Diese Zusammenfassung wurde mit Hilfe von KI erstellt.', 'credit', 'de'],
    ['I tuoi preferiti', 'share', 'und'],
    ['Meine Merkliste', 'share', 'und'],
    ['Mes favoris', 'share', 'und'],
    ['El ministro de Transportes, Luis Ortega, este lunes en Bilbao. EFE/ M. Salazar', 'credit', 'und'],
    ['Jetzt Talbote Digital testen: 4 Wochen für 0,99 €, danach 12,99 € im Monat.', 'subscription', 'de'],
    ['Offre découverte : 1 € le premier mois, sans engagement.', 'subscription', 'fr'],
    ['Abbonati alla Gazzetta di Valle: il primo mese a 1 euro, poi 5,99 euro al mese.', 'subscription', 'it'],
    ['Suscríbete por 1 € al mes y accede a todas las noticias.', 'subscription', 'es'],
    ['Assine o Diário do Vale por R$ 1,90 no primeiro mês.', 'subscription', 'pt'],
    ['Word abonnee: de eerste maand voor € 1, daarna maandelijks opzegbaar.', 'subscription', 'nl'],
    ['Prenumerera på Dalabladet – första månaden för 1 krona.', 'subscription', 'sv'],
    ['Få morgonens nyheter i din mejl – anmäl dig till vårt nyhetsbrev.', 'newsletter', 'sv'],
    ['Lees ook: Nieuw fietspad langs de dijk pas in het najaar klaar', 'related', 'nl'],
    ['Lire aussi | Le marché couvert rouvre ses portes après deux ans de travaux', 'related', 'fr'],
    ['Läs också: Skolan i Bredvik får ny rektor', 'related', 'sv'],
    ['Leggi anche: La fiera del libro torna in piazza a maggio', 'related', 'it'],
    ['Advertisement · Scroll to continue', 'advertisement', 'en'],
    ['Newsletter: Das Wichtigste aus der Region jeden Morgen in Ihrem Postfach. Jetzt kostenlos abonnieren', 'newsletter', 'und'],
    ['Newsletter: Recibe el resumen de los mercados cada tarde. Apúntate gratis', 'newsletter', 'und'],
    ["Vous aimez notre lettre ? Parrainez un ami et recevez un mois d'abonnement offert.", 'subscription', 'und'],
    ['Do you have a memory of Ada Brandt to share? Email us at memories@example.org', 'contact', 'en'],
    ['Warnungen direkt aufs Handy: Jetzt unsere Nachrichten-App kostenlos herunterladen', 'app', 'de'],
    ['Vous souhaitez lire la suite ? Abonnez-vous dès 1 € par mois.', 'paywall', 'fr'],
    ['Participe do canal do Jornal do Vale no WhatsApp', 'subscription', 'und'],
    ['Veja mais notícias da região no Jornal do Vale.', 'related', 'pt'],
    ['Lees verder na de advertentie', 'advertisement', 'nl'],
    ['Meld je aan voor onze gratis nieuwsbrief en ontvang elke ochtend het nieuws.', 'newsletter', 'nl'],
    ['Den här artikeln ingår i Plus', 'paywall', 'sv'],
    ['Prenumerera för att läsa vidare', 'paywall', 'sv'],
    ['Första månaden för 1 kr, därefter 129 kr/mån.', 'subscription', 'sv'],
    ['Redan prenumerant? Logga in', 'subscription', 'sv'],
    ['Allerede abonnent? Log ind', 'subscription', 'da'],
    ['Your Email Address', 'newsletter', 'en'],
    ['By submitting your information you agree to the Terms & Conditions and Privacy Policy.', 'newsletter', 'en'],
    ['Enjoying The Morning Post? Upgrade to Post Plus for the weekend edition, just £4 a month.', 'promo', 'en'],
    ['A version of this article appears in print on March 5, 2025, Section B, Page 4.', 'credit', 'en'],
    ['Have an opinion? Submit a letter to the editor.', 'contact', 'en'],
    ['Save', 'share', 'en'],
    ['Thanks for reading The Allotment Letter! Subscribe for free to receive new posts.', 'subscription', 'en'],
    ['This story appears in the June issue of Coastlines. Subscribe to the magazine.', 'credit', 'en'],
    ['The ferry at the quay at dawn. Photograph by Ana Ruiz', 'caption', 'en'],
    ['Das Werk in Oberau. (Archivbild) Foto: Jens Brandt/Kurier', 'caption', 'und'],
    ['La autora en su casa de Madrid. (Foto: Marta Ibarra / Agencia)', 'caption', 'und'],
    ['Les joueurs célèbrent la victoire. Photo Le Courrier du Sud / Marc Lenoir', 'caption', 'und'],
    ['Ada Brandt on her bike in 2019. (Courtesy of the Brandt family)', 'caption', 'en'],
    ['A woman walks in a park. Image credit: Ruth Vance/Stocksy', 'caption', 'en'],
    ['Listen to this briefing', 'audio', 'en'],
    ['WATCH LIVE: News 9 at 6', 'audio', 'en'],
    ['How we reviewed this article:', 'legal', 'en'],
    ['Vul je e-mailadres in', 'newsletter', 'nl'],
    ['Send us your letters', 'contact', 'en'],
    ['Try 4 weeks for $1', 'subscription', 'en'],
    ['Jetzt 4 Wochen für 1 € testen', 'subscription', 'de'],
    ['Essayez 1 mois pour 1 €', 'subscription', 'fr'],
    ['Prueba 1 mes por 1 €', 'subscription', 'es'],
    ['Abonnieren Sie Rundschau Plus und die Wochenzeitung Die Brücke – zum Preis von einem.', 'subscription', 'de'],
    ["Abonnez-vous au Courrier du Val et à Hebdo Plus pour le prix d'un seul abonnement.", 'subscription', 'fr'],
    ['SKIP ADVERTISEMENT', 'advertisement', 'en'],
    ['View this post on Instagram', 'navigation', 'en'],
    ['Have a question about this story? Email our newsroom.', 'contact', 'en'],
    ['Sponsored: Is your portfolio ready for a rate cut? Get the free guide', 'promo', 'en'],
    ["That's all for today. We'll be back tomorrow morning.", 'newsletter', 'und'],
    ['Écouter (3 min)', 'audio', 'fr'],
    ['Anhören (4 Min.)', 'audio', 'de'],
    ['Get The Harbour Dispatch delivered — $1.99 a week for your first year.', 'promo', 'en'],
    ['Support climate journalism. Become a member of The Harbour Post for $5 a month.', 'promo', 'en'],
    ['Never miss a ruling. Sign up for The Docket newsletter.', 'newsletter', 'en'],
    ['Découvrez nos offres numériques.', 'subscription', 'fr'],
    ['Jetzt Gruppenabo sichern – ideal für Unternehmen.', 'subscription', 'de'],
    ['A post shared by Harbour Rowing Club (@harbourrowing)', 'navigation', 'en'],
    ['Editorial Note: Opinions expressed here are the author\'s alone and not those of any bank or card issuer.', 'legal', 'en'],
    ['Quillbase helps teams ship faster with code review. Start your free 14-day trial today.', 'subscription', 'en'],
  ])('%s is %s furniture (%s)', (text, reason, lang) => {
    const rule = ruleOf(text);
    expect(rule?.reason).toBe(reason);
    expect(rule?.lang).toBe(lang);
  });

  it.each([
    'Die Anzeige gegen den Bürgermeister wurde am Montag von der Staatsanwaltschaft geprüft.',
    'Kommentar',
    'Le gouvernement a publié une publicité controversée pour la réforme des retraites, selon le ministère.',
    'La empresa dijo que los suscriptores aumentaron un 12 % en el último trimestre del año.',
    'Der Verlag teilte mit, dass der Newsletter künftig zweimal pro Woche erscheint und mehr Leser erreicht als erwartet.',
    'Wir verwenden seit Jahren dieselbe Methode, sagte die Forscherin.',
    'Abonnenten zahlen künftig 14,99 € im Monat, teilte der Verlag am Dienstag mit.',
    'Assinantes do serviço pagarão R$ 39,90 por mês a partir de março, informou a empresa.',
    'Les abonnés paieront 2 € de plus par mois à partir de janvier, a annoncé la plateforme.',
    'Kommunstyrelsens ordförande Anna Berg (C) säger att beslutet är ett hårt slag för orten.',
    'The council said it would upgrade to a premium plan for the city data, officials said.',
    'The research group plans to return to the range in July to install sensors.',
    'Prueba de ello es que el gobierno aprobó el plan, dijo el ministro.',
    'The streaming service raised its standard plan to $15.49 a month, the company said on Tuesday.',
    'The government will cut corporate rates to 21% next year.',
    'Customers can download the new Halcyon app from Friday.',
    'Combined, the council estimates that the first five steps can save a typical household $180 to $350 a year.',
  ])('keeps the sentence %s', (text) => {
    expect(ruleOf(text)).toBeNull();
  });
});

describe('furniture of review, recipe and blog pages', () => {
  it.each([
    ['As an Amazon Associate we earn from qualifying purchases.', 'advertisement', 'advertisement.affiliate-disclosure'],
    ['Disclosure: As an Affiliate Marketer, I earn from qualifying purchases.', 'advertisement', 'advertisement.affiliate-disclosure'],
    ['Products are chosen independently by our editors. Purchases made through our links may earn us a commission.', 'advertisement', 'advertisement.affiliate-disclosure'],
    ['This post may contain affiliate links.', 'advertisement', 'advertisement.affiliate-disclosure'],
    ['Pin this for later!', 'share', 'share.pin'],
    ['Like this:', 'share', 'share.pin'],
    ['Join our mailing list', 'newsletter', 'newsletter.join'],
    ["Port Eddery's morning newsletter", 'newsletter', 'newsletter.label'],
    ['Support local journalism. Subscribe for $1 for 6 months.', 'promo', 'promo.donation'],
    ['Energy Desk Pro: the full briefing, data dashboards and monthly analyst calls. Group plans for teams of five or more.', 'promo', 'promo.group-plan'],
    ['Freight Desk members get live rate alerts. Group licences available for logistics teams.', 'promo', 'promo.group-plan'],
    ['Africa Markets Daily is free for your first 30 days. Ask us about licences for your whole trading desk.', 'subscription', 'subscription.trial'],
    ['Try Farm Ledger Premium free for 14 days.', 'subscription', 'subscription.trial'],
    ['Get the Gulf Current app — the region\'s markets in your pocket.', 'app', 'app.download'],
    ['Download the Motor Pro app: alerts on every earnings release.', 'app', 'app.download'],
    ['Not a subscriber? Sign up for Europe Morning, free to your inbox every weekday.', 'newsletter', 'newsletter.delivered'],
    ['Audio: Listen to Markets Wrap · 3 min', 'audio', 'audio.listen-duration'],
    ['Listen to this article · 5:12 min', 'audio', 'audio.listen-duration'],
    ['Jetzt Artikel anhören (4 Min.)', 'audio', 'audio.listen-de'],
    ['Plus-Artikel', 'paywall', 'paywall.badge-de'],
    ['À lire également : Pontarlier : la médiathèque rouvre ses portes après travaux', 'related', 'related.inline-fr'],
    ["Newsletter Haut-Doubs : recevez l'essentiel de l'actualité locale chaque matin. Je m'inscris", 'newsletter', 'newsletter.signup-fr'],
    ['Follow GadgetForge on YouTube and TikTok for the latest reviews.', 'share', 'share.follow-platform'],
    ['Add The Pampas Review to your Andes Ledger plan for $1 a week.', 'promo', 'promo.price-per-period'],
    ['Read without limits: get 3 months of Deccan Byte Premium for ₹99.', 'promo', 'promo.access-offer'],
    ['Try Ledger Sport+ for £1 for your first month.', 'subscription', 'subscription.trial'],
    ['Sponsored Content: How mid-size retailers are rethinking logistics in 2023', 'promo', 'promo.sponsored-line'],
    ['TechPulse may earn a commission when you buy through links on our site.', 'advertisement', 'advertisement.affiliate-disclosure'],
    ['Receba as notícias da Gazeta do Vale no seu WhatsApp. Clique aqui e participe do nosso canal', 'subscription', 'subscription.messenger-news'],
    ['Newsletter Culture : chaque vendredi, nos coups de cœur dans votre boîte mail.', 'newsletter', 'newsletter.delivered-intl'],
    ['Stay connected with me!', 'newsletter', 'newsletter.join'],
    ['Did you make one of my recipes? Please take a moment to leave a star rating.', 'promo', 'promo.rating-prompt'],
    ['This story is funded by readers like you', 'promo', 'promo.donation'],
    ['View on Amazon', 'promo', 'promo.shop-at'],
    ["Book a three-night olive-country break from £649pp, including flights and half board.", 'promo', 'promo.book-offer'],
    ['Our pick: Harbour T3 smart thermostat — $129 at Quayside Supply', 'promo', 'promo.product-pick'],
    ['Recent stories by Dana Whitlock', 'related', 'related.more-by'],
    ['Print   Email   Share on Facebook', 'share', 'share.label'],
    ['Was this article helpful? Yes No', 'navigation', 'navigation.feedback'],
    ['Interactive radar: tap to expand', 'navigation', 'navigation.widget'],
    ["The Harbour Morning Brief newsletter is your guide to the region's markets and politics. Sign up here.", 'newsletter', 'newsletter.sign-up-here'],
    ['To support The Harbour Chronicle, order The Low Tide for £16.14 at the Chronicle bookshop. Delivery charges may apply.', 'promo', 'promo.shop-support'],
    ['Related guides', 'related', 'related.header'],
    ['Aceptamos cookies propias y de terceros para mejorar tu experiencia. Aceptar | Configurar', 'cookie', 'cookie.notice-es'],
    ['Nous avons besoin de votre consentement pour afficher ce contenu. Accepter les cookies', 'cookie', 'cookie.notice-fr'],
    ['Ferry passengers queue at the harbour in Tallinn, Estonia, June 5, 2025. HARBOUR WIRE/Mari Saar Purchase Licensing Rights, opens new tab', 'credit', 'credit.photo-agency'],
    ['Other posts you may enjoy', 'related', 'related.more-by'],
    ['You may be interested in the following topics as well', 'related', 'related.more-by'],
  ])('%s is %s furniture', (text, reason, id) => {
    const rule = ruleOf(text);
    expect(rule?.reason).toBe(reason);
    expect(rule?.id).toBe(id);
  });

  it.each([
    'Creators earn a commission on qualifying purchases, the company said in a filing on Tuesday.',
    'More in the coming days as the investigation develops and prosecutors weigh charges.',
    'Join the long queue of buyers and you will wait an hour for a loaf.',
    'Voters will have to click to view the ballot before they can print it, the county clerk said on Monday.',
    'More than 40,000 readers have signed up for the council newsletter since March, officials said.',
    'Our pick: the harbour walk, which takes an hour and costs nothing.',
    'Book prices rose from $20 to $25 a copy over the year, the publishers association said.',
    'Storage: 256GB ($1,299 / €1,349) or 512GB ($1,449 / €1,499)',
    'Do you have any idea how long the repairs will take, the councillor asked the engineers.',
  ])('keeps the sentence %s', (text) => {
    expect(ruleOf(text)).toBeNull();
  });
});
