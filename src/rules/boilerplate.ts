/**
 * The boilerplate catalog: what page furniture says, grouped by concept. Patterns are matched
 * against a folded line (lower case, straight quotes, '-' for dashes, bullet marker stripped).
 *
 * `maxWords` is what keeps real sentences: a 40-word paragraph about a streaming service's
 * subscriptions is not a promo, however many sales words it holds. Outlet and brand names never
 * appear here; rules must hold for pages we have not seen.
 */
import type { BoilerplateReason } from '../schema.js';
import { lazy } from '../lazy.js';

export interface BoilerplateRule {
  /** Stable id, `concept.name`, reported in `boilerplate[].rule`. */
  id: string;
  pattern: RegExp;
  /** A second pattern the line must also match (two plain patterns instead of one with ".*"). */
  also?: RegExp;
  /** Lines with more words than this never match the rule. */
  maxWords: number;
}

export interface BoilerplateConcept {
  concept: string;
  reason: BoilerplateReason;
  /** A line that also matches this reads as reporting, not furniture, and is kept. */
  unless?: RegExp;
  rules: BoilerplateRule[];
}

export interface CompiledRule extends BoilerplateRule {
  reason: BoilerplateReason;
  unless?: RegExp;
}

/** News prose about subscriptions, podcasts or newsletters: reporting verbs and results. */
const REPORTING = /\b(?:said|says|told|according to|reported|announced|rose|fell|grew|jumped|dropped|declined|increased|decreased|added|lost|gained|surged|slumped|doubled|percent|per cent|\d+(?:\.\d+)?%|million|billion|quarter|analysts?|company|companies|firm|users|listeners|viewers|customers|households)\b/;

const SHARE_WORDS = 'share|tweet|email|e-mail|print|copy link|copy url|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|flipboard|pocket|tumblr|sms|mail|link copied|copied';

/** Newsletter sign-offs ("That's it for today.", "See you tomorrow", "Nos leemos mañana"); a line holds one or two. */
const SIGNOFF = "(?:(?:and )?that'?s (?:it|all|a wrap)(?: (?:for|from) (?:today|now|tonight|us|me|this week|this (?:edition|issue)|the week))?|see you (?:tomorrow|next week|on \\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|soon|next time|in the morning)|until (?:next time|next week|tomorrow|then|monday)|till (?:next time|tomorrow)|thanks? (?:you )?for reading(?: and see you \\w+)?|have a (?:great|good|nice|lovely|wonderful|restful) (?:day|evening|weekend|week|night)|enjoy (?:your|the) (?:day|evening|weekend)|talk (?:to you )?(?:soon|tomorrow)|take care|cheers|best|all the best|best wishes|warmly|regards|bis morgen|bis dann|bis (?:nächste woche|zum nächsten mal|bald)|schönen (?:abend|tag|sonntag)|à demain|à la semaine prochaine|à bientôt|bonne (?:journée|soirée|lecture|semaine)|hasta (?:mañana|la próxima|pronto)|nos leemos(?: mañana| la próxima semana| pronto)?|eso es todo(?: por hoy)?|a domani|buona giornata|saludos|un saludo)";

/** Greetings that open a newsletter ("Good morning,", "Hi all,", "¡Buenos días!", "Guten Morgen"). */
const GREETING = "^¡?(?:good (?:morning|afternoon|evening|day)|morning|evening|hi|hello|hey|howdy|greetings|dear (?:readers?|subscribers?|friends)|welcome back|guten (?:morgen|tag|abend)|hallo|moin|liebe leser(?:innen)?(?: und leser)?|bonjour|bonsoir|chers lecteurs|buenos d[ií]as|buenas(?: tardes| noches)?|hola|queridos lectores|buongiorno|buonasera|ciao)\\b";

export const boilerplateCatalog = lazy((): BoilerplateConcept[] => [
  {
    concept: 'subscription',
    reason: 'subscription',
    unless: REPORTING,
    rules: [
      // Imperative offers: "Subscribe to both X and Y", "Subscribe now", "Subscribe for $1".
      { id: 'subscription.imperative', pattern: /^(?:please )?(?:subscribe|resubscribe)\b(?! to (?:(?:the|a|her|his|their) )?(?:channel|podcast|feed))/, maxWords: 30 },
      { id: 'subscription.offer', pattern: /\bsubscri(?:be|ption|bers?)\b/, also: /\b(?:discount|offer|price|save|saving|deal|trial|per (?:month|week|year)|a (?:month|week|year)|only|today|now|unlimited|exclusive|access|plans?|unlock)\b/, maxWords: 30 },
      { id: 'subscription.account', pattern: /^(?:already (?:a )?(?:subscriber|member|registered)|(?:log|sign) ?in|(?:log|sign) ?(?:out|up)|register|create (?:an|a free|your) account|my account|manage (?:your )?(?:subscription|account)|become a (?:member|subscriber)|join (?:now|today)|support (?:our|independent) journalism)\b/, maxWords: 14 },
      { id: 'subscription.trial', pattern: /\b(?:free trial|start (?:your|a) (?:free )?trial|try (?:it )?(?:free|for \S+)|cancel any ?time|\d+ (?:days?|weeks?) free|per month after|billed (?:annually|monthly))\b/, maxWords: 30 },
    ],
  },
  {
    concept: 'promo',
    reason: 'promo',
    unless: REPORTING,
    rules: [
      { id: 'promo.unlock', pattern: /^(?:unlock|get|enjoy|claim|grab) (?:exclusive|unlimited|full|premium|special|\d+%)\b/, maxWords: 30 },
      { id: 'promo.price-of-one', pattern: /\bfor the price of (?:one|a single)\b|\b(?:special|limited[- ]time|introductory|holiday|black friday) (?:offer|deal|price|rate)\b|\bsave (?:up to )?\d+%/, maxWords: 30 },
      { id: 'promo.access-offer', pattern: /\b\d+ (?:months?|weeks?|days?) (?:of )?(?:unlimited|free|digital|full|premium)\b|\bunlimited (?:digital )?access\b|\b(?:group|team|corporate|enterprise|organi[sz]ation(?:al)?|family) (?:subscriptions?|plans?|access|rates?|pricing|discounts?)\b|\borgani[sz]ations with \d+ or more\b/, maxWords: 35 },
      // Headers of a newsletter's sponsor block; the pitch under them is taken by structure.
      { id: 'promo.sponsor-header', pattern: /^(?:sponsored (?:content|message|post) from [^.!?]{2,50}|(?:(?:a (?:word|message|note) )?from )?(?:our|today'?s|this (?:week|issue)'?s) (?:sponsors?|partners?)|a (?:word|message|note) from (?!(?:the|our|your) (?:editors?|publishers?|team|newsroom)\b)[^.!?]{2,50}|(?:today'?s|this (?:week|issue|edition)'?s?) sponsor|(?:un )?mensaje de (?:nuestros? )?patrocinador(?:es)?|(?:eine )?nachricht (?:unseres|von unserem) (?:sponsors?|partners?)|(?:un )?message de (?:notre )?(?:sponsor|partenaire)|(?:un )?messaggio (?:del nostro )?sponsor)[:.]?$/, maxWords: 8 },
      // One-line sponsor credits ("Presented by X", "Patrocinado por X"): furniture, but no pitch follows.
      { id: 'promo.sponsor-credit', pattern: /^(?:presented by|powered by|in partnership with|brought to you by|supported by|patrocinado por|presentado por|con el apoyo de|präsentiert von|unterstützt von|présenté par|sponsorisé par|en partenariat avec|in collaborazione con|offerto da) [^.!?]{1,60}$/, maxWords: 8 },
      // A call to action that ends in an arrow ("Open an account →", "Book today →").
      { id: 'promo.cta-arrow', pattern: /[→»›➔➜▸▶]$/, also: /^[^.!?>]{1,60}[→»›➔➜▸▶]$/, maxWords: 8 },
      { id: 'promo.sponsor', pattern: /^(?:sponsor(?:ed)? (?:message|content|post)|a message from (?:our|this) (?:sponsor|partner)|(?:today'?s|this (?:issue|newsletter|episode) is) (?:sponsor|brought to you by|presented by)\b.{0,200}|try \S+(?: \S+)? (?:free|for free)\b.{0,200})$/, maxWords: 30 },
      { id: 'promo.sponsored', pattern: /^(?:sponsored(?: content| by .{0,200})?|paid (?:content|post|partner(?:ship)?)|partner content|presented by .{0,200}|in partnership with .{0,200}|brought to you by .{0,200}|promoted(?: content| stories)?)$/, maxWords: 10 },
      { id: 'promo.shop', pattern: /^(?:shop now|buy now|order now|see (?:the )?deal|check price|view (?:deal|offer)|learn more|find out more|click here\b.{0,200}|get (?:the )?deal)$/, maxWords: 10 },
    ],
  },
  {
    concept: 'paywall',
    reason: 'paywall',
    unless: REPORTING,
    rules: [
      { id: 'paywall.subscribers-only', pattern: /\b(?:for|to) (?:our )?(?:paying )?(?:subscribers|members) only\b|\bsubscribers? (?:only|exclusive)\b|\bpremium (?:content|article|story)\b/, maxWords: 30 },
      { id: 'paywall.continue-reading', pattern: /\b(?:to|and) (?:continue|keep) reading\b|\bcontinue reading\b|\bread the (?:full|rest of the|whole) (?:article|story)\b|\bto read (?:the|this) (?:full |whole )?(?:article|story)\b|\bunlock (?:this|the) (?:article|story)\b/, maxWords: 30 },
      { id: 'paywall.limit', pattern: /\b(?:you have|you've) (?:reached|read|used) (?:your|all|\d+)\b/, also: /\b(?:articles?|stories|limit)\b/, maxWords: 30 },
      { id: 'paywall.free-left', pattern: /\bfree articles? (?:left|remaining)\b|\barticle limit\b/, maxWords: 30 },
    ],
  },
  {
    concept: 'audio',
    reason: 'audio',
    unless: REPORTING,
    rules: [
      { id: 'audio.listen', pattern: /^(?:listen|listen now|listen to (?:this|the|our)(?: full| complete)? (?:article|story|version|episode|podcast|audio)|listen to (?:the )?(?:full|complete) (?:version|article|story|episode)|audio|play|pause|play audio|hear this story|\d+(?:[: ]\d+)? ?min(?:ute)?s? (?:listen|audio)|listen \d+ ?min(?:ute)?s?|audio (?:version|edition)|voiced by .{0,200})$/, maxWords: 10 },
      { id: 'audio.generated', pattern: /\b(?:audio|narration|this (?:voice|reading)) (?:is |was )?(?:generated|produced|created|read) (?:by|using|with) (?:ai|artificial intelligence|automated|a synthetic)\b|\bai-generated (?:audio|voice|narration)\b/, maxWords: 25 },
      { id: 'audio.podcast-promo', pattern: /\bnever miss an episode\b|\bsubscribe to (?:the |our )?.{0,40}podcast\b|\bfollow (?:the|our) podcast\b|\bnew episodes? (?:every|each|drop|out)\b|\bwherever you get (?:your )?podcasts\b|\bour (?:\w+ ){0,2}podcast\b/, maxWords: 30 },
      { id: 'audio.listen-duration', pattern: /^(?:listen|hear|play)\b[^\d]{0,40}\d+\s?(?:min|mins|minutes?)\)?(?: (?:listen|read))?$/, maxWords: 10 },
      { id: 'audio.podcast-label', pattern: /^(?:podcasts?|the podcast|our podcasts?|listen (?:on|in) .{0,200}|subscribe (?:on|in) .{0,200}|(?:available on|listen on) (?:apple|spotify|google).{0,200})$/, maxWords: 8 },
    ],
  },
  {
    concept: 'navigation',
    reason: 'navigation',
    rules: [
      { id: 'navigation.skip', pattern: /^(?:skip to (?:main )?(?:content|navigation|search|footer)|jump to (?:content|navigation)|back to top|go to top|top of page|scroll to top|toggle (?:navigation|menu|search)|open (?:menu|navigation)|close(?: menu)?|menu|main menu|search|search\b.{0,200}\bsearch|home|homepage|next|previous|prev|next (?:article|story|post|page)|previous (?:article|story|post|page)|more|show more|load more|see more|see all|view all|expand|collapse|sections|all sections|topics|tags?:?.{0,200}|categories|filed under:?.{0,200}|posted in:?.{0,200}|breadcrumbs?|you are here:?.{0,200})$/, maxWords: 8 },
      { id: 'navigation.popular', pattern: /^(?:most (?:popular|read|viewed|shared|commented|emailed)(?: (?:articles|stories|now|this week|today))?|trending(?: now| stories| topics)?|popular(?: now| stories| articles)?|top stories|editor'?s? picks?|latest(?: news| stories| headlines)?|just in|don't miss|must reads?|highlights|featured|in (?:other|case you missed) news|what'?s hot|hot topics)$/, maxWords: 6 },
      { id: 'navigation.comments', pattern: /^(?:(?:top rated |top |all |reader |readers'? |user |latest |most recent |\d+ )?comments?(?: \(\d+\))?|\d+ comments?|no comments(?: yet)?|leave a (?:comment|reply)|post a comment|add (?:a )?comment|view comments|show comments|join the (?:conversation|discussion)|reply|report(?: comment| abuse)?|comment policy|cancel reply|be the first to comment.{0,200}|you must be logged in to post a comment\.?|log in to comment\.?)$/, maxWords: 10 },
      // Comment and teaser furniture: "jdoe says:", "2 days ago at 07:52 am", "Rating: 36 Votes", "32M ago".
      { id: 'navigation.comment-meta', pattern: /^.{1,80}\s(?:says|said|wrote|writes|replied|commented):$|^(?:rating|score|votes?|likes?|points?): -?\d+(?: votes?| points?)?$|^-?\d+ (?:likes?|replies|repl(?:y|ies)|points?|votes?|upvotes?|dislikes?)$|^(?:reply|reply to this comment|like|dislike|upvote|downvote|flag|permalink|quote|report this comment|show replies|hide replies|view replies|load more comments|comments are closed\.?|comments for this (?:article|thread) are (?:now )?closed\.?)$/, maxWords: 16 },
      { id: 'navigation.time-ago', pattern: /^(?:(?:about|over|almost) )?(?:\d+|an?|one)\s?(?:s|m|h|d|w|mo|y|sec|secs|seconds?|min|mins|minutes?|hr|hrs|hours?|days?|weeks?|months?|years?)\.? ago(?: at \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?$|^(?:just now|yesterday at \d{1,2}:\d{2}.{0,200})$/, maxWords: 8 },
      // Machine residue of a page dump: bare URLs, ISO time stamps, comma-glued tag lists.
      { id: 'navigation.url', pattern: /^(?:https?:\/\/|www\.)\S+$/, maxWords: 3 },
      { id: 'navigation.iso-timestamp', pattern: /^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/, maxWords: 2 },
      { id: 'navigation.tag-list', pattern: /^[^.!?]*$/, also: /,\S[^,]{0,80},\S[^,]{0,80},\S/, maxWords: 60 },
      { id: 'navigation.keyword-list', pattern: /^[^.!?:;]*$/, also: /(?:,[^,.!?]{2,40}){6}/, maxWords: 60 },
      { id: 'navigation.breadcrumb', pattern: /^[^>›»]{1,30}(?:\s[>›»]\s[^>›»]{1,30}){1,6}$|^[^|]{1,25}(?:\s\|\s[^|]{1,25}){2,8}$/, maxWords: 16 },
      { id: 'navigation.browser-notice', pattern: /\b(?:enable|turn on|activate|allow) javascript\b|\bjavascript (?:is )?(?:disabled|required|must be enabled)\b|\byour browser (?:does not|doesn't) support\b|\bupgrade your browser\b/, maxWords: 30 },
      { id: 'navigation.pagination', pattern: /^(?:page \d+(?: of \d+)?|\d+ of \d+|continue(?: to)?(?: next page)?|single page view|view as single page)$/, maxWords: 6 },
      // Live-blog interface leftovers: toggles, filters, refresh and load buttons, pinned labels, notices.
      { id: 'navigation.liveblog-ui', pattern: /^(?:show (?:key events|all (?:posts|updates|events))(?: only)?|key events only|filter by:?.{0,40}|(?:load|show|see|view) (?:more|older|newer|new|latest|previous|all) (?:updates|posts|entries)|(?:\d+ )?new (?:updates?|posts?)|(?:jump|skip|go) to (?:the )?(?:latest|newest|key events)(?: updates?| posts?)?|(?:newest|oldest|latest) first|sort by:? (?:newest|oldest|latest)(?: first)?|pinned(?: post)?|auto-?(?:update|refresh)(?: on| off)?|refresh(?: page)?|follow|ticker aktualisieren|aktualisieren|neue beiträge|ältere beiträge laden|mehr laden|actualiser|voir plus de messages|cargar más|actualizar|this is a live blog\b.{0,120}|(?:this|the) (?:page|blog|live blog) (?:will )?(?:auto-?)?(?:updates?|refresh(?:es)?) automatically\.?)$/, maxWords: 16 },
      // A live-blog entry's own update stamp: a time with no date ("Updated at 2.47pm GMT").
      { id: 'navigation.update-stamp', pattern: /^(?:updated|edited|last updated)(?: at)?:? \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?: [a-z]{2,5})?$/, maxWords: 6 },
    ],
  },
  {
    concept: 'share',
    reason: 'share',
    rules: [
      { id: 'share.label', pattern: new RegExp(`^(?:(?:${SHARE_WORDS})(?:[ ,/|]+(?:${SHARE_WORDS}))*)$`), maxWords: 12 },
      { id: 'share.call', pattern: /^(?:share (?:this|the|on|via|to|article|story|page|post)\b.{0,200}|share:?|shares?:? ?\d*|\d+ shares?|follow us(?: on .{0,200})?|follow (?:on|@).{0,200}|like us on .{0,200}|connect with us.{0,200}|send (?:to|via) .{0,200}|email this (?:article|story|page)|print this (?:article|story|page)|save (?:this )?(?:article|story)?|saved|bookmark|gift (?:this )?article|give this article)$/, maxWords: 10 },
      // Per-entry buttons of live blogs and share bars in other languages.
      { id: 'share.entry', pattern: /^(?:share (?:this )?(?:post|update|entry)|copy link to (?:this )?(?:post|update|entry|section)|link to (?:this )?(?:post|update|entry)|permalink|teilen|link kopieren|beitrag teilen|partager|copier le lien|compartir|copiar (?:el )?enlace|condividi)$/, maxWords: 6 },
    ],
  },
  {
    concept: 'advertisement',
    reason: 'advertisement',
    rules: [
      { id: 'advertisement.label', pattern: /^(?:advertisement|advertisements|advert|adverts|ad|ads|ad feedback|advertise with us|advertising|sponsored|scroll to continue(?: with content)?|(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?|continue reading (?:below|the main story)|remove ads|ad-free|close ad|report (?:this )?ad)$/, maxWords: 8 },
      { id: 'advertisement.sponsor-pitch', pattern: /^this (?:newsletter|edition|issue|email|episode|briefing|podcast|week'?s (?:newsletter|edition|issue)) is (?:supported|sponsored|presented|brought to you|made possible|powered) by\b/, maxWords: 80 },
      { id: 'advertisement.label-intl', pattern: /^(?:anzeige|werbung|publicité|publicidad|pubblicità|reklame)$/, maxWords: 1 },
    ],
  },
  {
    concept: 'newsletter',
    reason: 'newsletter',
    unless: REPORTING,
    rules: [
      { id: 'newsletter.signup', pattern: /^(?:sign up|signup|subscribe) (?:for|to) (?:our|the|my|a|free|daily|weekly)\b/, also: /\b(?:newsletter|email|briefing|digest|alerts?|updates)\b/, maxWords: 35 },
      { id: 'newsletter.inbox', pattern: /\b(?:get|receive) (?:our|the|a) (?:free )?(?:\w+ ){0,3}(?:newsletter|email|briefing)\b/, also: /\b(?:inbox|sign up|subscribe|free|daily|weekly|every)\b/, maxWords: 35 },
      { id: 'newsletter.delivered', pattern: /\bnewsletter sign ?up\b|\bdelivered (?:straight |directly )?to your inbox\b|\bin your inbox\b/, maxWords: 35 },
      { id: 'newsletter.form', pattern: /^(?:enter (?:your )?e-?mail(?: address)?|e-?mail address|your e-?mail|sign up|sign me up|thanks? (?:you )?for signing up!?|you'?re (?:all )?(?:signed up|subscribed)!?|by (?:signing up|subscribing|clicking)\b.{0,200}|invalid email.{0,200}|please enter a valid email.{0,200}|we respect your privacy\.?|unsubscribe at any time\.?|privacy (?:notice|policy)|you can unsubscribe at any time\.?)$/, maxWords: 40 },
      { id: 'newsletter.named', pattern: /^sign up (?:for|to)\b.{0,200}\bnewsletter\b|\bour (?:\w+ ){0,2}newsletter\b|\bforward(?:ed)? (?:this|to) (?:e-?mail|newsletter)|\bforwarded to you\b|\bview (?:this e-?mail )?in (?:your )?browser\b|^unsubscribe\b|\bupdate your (?:e-?mail )?preferences\b|\bmanage (?:your )?e-?mail preferences\b|^(?:no,? thanks|maybe later|not now)$/, maxWords: 25 },
      { id: 'newsletter.label', pattern: /^(?:newsletters?|our newsletters?|free newsletters?|daily newsletter|weekly newsletter|email newsletters?|get our newsletter|\w+(?: \w+)? newsletter)$/, maxWords: 5 },
      // A greeting alone, ending in its punctuation ("Hi all,", "Hello, Riverside!"; not "Morning Edition"),
      // or with a line about the issue itself ("Good morning. Here's what's moving in tech.").
      { id: 'newsletter.greeting', pattern: new RegExp(`${GREETING}[^.!?,:]{0,40}[.!?,:]+$`), maxWords: 6 },
      { id: 'newsletter.greeting-intro', pattern: new RegExp(GREETING), also: /\b(?:here'?s|here is|here are|welcome back|welcome to (?:the|this|today'?s|your) (?:newsletter|edition|issue|briefing)|today'?s (?:edition|newsletter|issue|briefing)|this (?:edition|newsletter|issue|week'?s)|\d+-minute read|minutes? to read|in today'?s)\b/, maxWords: 20 },
      { id: 'newsletter.signoff', pattern: new RegExp(`^¡?${SIGNOFF}[,.!…]*(?:\\s+¡?${SIGNOFF}[,.!…]*)?$`), maxWords: 14 },
      { id: 'newsletter.reply', pattern: /\breply\b|^you(?:'re| are) /, also: /\breply to this (?:e-?mail|newsletter|message)\b|\b(?:just )?hit reply\b|^you(?:'re| are) (?:receiving|getting) this\b/, maxWords: 40 },
      { id: 'newsletter.footer-intl', pattern: /reenvi|suscr|baja|preferencias|navegador|browser|abbestell|abmeld|weitergeleitet|navigateur|désinscri|désabonn/, also: /(?:^|[¿¡\s])(?:te han reenviado|reenviado este (?:boletín|correo)|suscríbete|darse de baja|date de baja|gestionar (?:tus )?preferencias|ver en (?:el|tu) navegador|im browser (?:ansehen|öffnen|lesen)|newsletter abbestellen|abmelden|weitergeleitet|voir (?:dans|sur) (?:le|votre) navigateur|se désinscrire|se désabonner|désabonnement)(?=$|[\s.,!?|])/, maxWords: 25 },
    ],
  },
  {
    concept: 'cookie',
    reason: 'cookie',
    rules: [
      { id: 'cookie.notice', pattern: /\b(?:we|this (?:site|website)|our (?:site|website|partners)) uses? cookies\b|\bcookies? (?:policy|settings|preferences|notice|consent)\b|\baccept (?:all )?cookies\b|\buse of cookies\b|\bby continuing to (?:use|browse|visit)\b|\bconsent to (?:the use of|our use of) (?:cookies|your data)\b|\bmanage (?:cookie|privacy) (?:settings|preferences|options)\b|\butilizziamo i cookie\b|\bnous utilisons des cookies\b|\bverwendet cookies\b/, maxWords: 80 },
      { id: 'cookie.button', pattern: /^(?:accept(?: all)?|reject(?: all)?|agree|i agree|i accept|ok|okay|got it|allow(?: all)?(?: cookies)?|decline|manage (?:options|preferences|settings)|customi[sz]e|more (?:info|information|options)|necessary cookies|(?:save|confirm) (?:my )?(?:choices|preferences)|dismiss)$/, maxWords: 5 },
    ],
  },
  {
    concept: 'related',
    reason: 'related',
    rules: [
      { id: 'related.header', pattern: /^(?:related(?: articles| stories| content| coverage| posts| links| reading| topics| news| video)?|read (?:more|also|next)|more (?:on|from|about|in|stories|news|coverage|articles|like this|to read)\b[^:.…]{0,200}|see also|also read|also on [^:.…]{0,200}|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|what to read next|further reading|keep reading|up next|watch next|more videos?|top videos|around the web|from (?:our|the) partners|elsewhere on [^:.…]{0,200}|(?:você|voce) (?:pode|também pode) gostar|leia (?:também|mais)|veja também|te puede interesar|también te puede interesar|lee también|leer más|vous aimerez aussi|à lire aussi|lire aussi|sur le même sujet|potrebbe interessarti|leggi anche|ti potrebbe interessare|auch interessant|das könnte sie auch interessieren|mehr zum thema|lees ook|meer nieuws|czytaj też|przeczytaj również|читайте также)[:.…]*$/, maxWords: 8 },
      { id: 'related.inline', pattern: /^(?:read (?:more|also|next)|related|see also|also read|recommended|watch|more)\s*[:|>»-]\s*\S.{0,200}$/, maxWords: 30 },
    ],
  },
  {
    concept: 'caption',
    reason: 'caption',
    rules: [
      { id: 'caption.photo-credit', pattern: /^\(?(?:photo|photos|photograph|image|picture|pic|video|illustration|graphic|credit|photo credit|image credit|source)(?: by| courtesy(?: of)?)?\s?[:/|]\s?\S/, maxWords: 45 },
      { id: 'caption.photo-parenthesis', pattern: /\)\.?$/, also: /\((?:photo|image|picture|illustration|credit)s?(?: by| courtesy of)?:? /, maxWords: 45 },
      { id: 'caption.agency-credit', pattern: /\/ ?(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|istock)(?: via [^)]{0,40})?\)?\.?$/, maxWords: 45 },
      { id: 'caption.wire-photo', pattern: /^\((?:ap|afp|epa) photo\/[^)]{0,80}\)$/, maxWords: 45 },
      { id: 'caption.photo-by', pattern: /^(?:photo|image|illustration)(?:graph)? (?:by|courtesy of) |^(?:getty|shutterstock|istock|alamy)(?: images)?$/, maxWords: 45 },
      { id: 'caption.trailing-credit', pattern: /(?:^|[.!?]\s)(?:photo|image|picture|photograph|credit|photo credit)s?:\s?[^.!?]{2,60}$/, maxWords: 45 },
      { id: 'caption.outlet-photo', pattern: /\)\.?$/, also: /\s(?:photo|image|picture)s?\/[^)]/, maxWords: 45 },
      { id: 'caption.photo-slash', pattern: /\)\.?$/, also: /\((?:photo|image|picture)s?(?:\/|:|\sby)/, maxWords: 45 },
      { id: 'caption.gallery', pattern: /^(?:(?:view|open|see|launch) (?:the )?(?:gallery|slideshow|photos|images)\b.{0,200}|\d+ (?:of|\/) \d+|\d+ (?:photos|images)|view (?:gallery|slideshow|photos)|(?:open|launch|enlarge) (?:gallery|slideshow|image|photo)|expand image|image \d+ of \d+|click to enlarge|watch(?: the)? video|video|play video|\d+:\d\d)$/, maxWords: 6 },
    ],
  },
  {
    concept: 'credit',
    reason: 'credit',
    rules: [
      { id: 'credit.wire', pattern: /^\(?(?:additional )?(?:reporting|writing|editing|compiled|contributing|research|graphics|production|translation) by\b.{0,200}$|^\(?(?:reporting|editing) and (?:writing|editing|reporting)\b.{0,200}$/, maxWords: 40 },
      { id: 'credit.contributed', pattern: /^(?:(?:the )?associated press|staff) (?:writers?|reporters?) .{0,200} contributed (?:to )?this (?:report|story|article)\.?$|^.{0,200} contributed (?:reporting|to this (?:report|story|article))\.?$/, maxWords: 30 },
      { id: 'credit.newsletter', pattern: /^(?:this|today'?s|tonight'?s|this week'?s) (?:newsletter|edition|email|issue|briefing|digest)\b/, also: /\b(?:was|is|were) (?:written|edited|produced|compiled|curated|reported|put together)\b/, maxWords: 45 },
      { id: 'credit.newsletter-team', pattern: /\bis (?:written|produced|compiled|curated|put together) by\b/, also: /\band (?:edited|produced|copy-?edited|designed) by\b/, maxWords: 45 },
      // "(Información de X; editado por Y)", "(Reportage X, édité par Y)", "(Bericht von X, redigiert von Y)".
      { id: 'credit.wire-intl', pattern: /^\((?:informaci[oó]n|reporte|reportaje|redacci[oó]n|edici[oó]n|editado|escrito|texto|reportage|r[ée]daction|[ée]dit[ée]|bericht|berichterstattung|redigiert|mitarbeit|traducci[oó]n|traduction)\b[^)]{2,200}\)\.?$|^(?:informaci[oó]n|reportaje|reportage|bericht) (?:de|par|por|von) [^;]{2,80}; (?:editado|[ée]dit[ée]|redigiert|edici[oó]n)\b.{0,120}$/, maxWords: 40 },
      // A caption ending in "AGENCY/Photographer Name(/File Photo)" after its last sentence, or a credit line
      // "AGENCY/Photographer Name/File Photo" alone (any agency, any language). A bare "X/Y Z" line may be
      // a menu entry or a list item ("Gear tape/duct tape"), so it needs the file-photo suffix.
      { id: 'credit.photo-agency', pattern: /\//, also: /(?:[.!?)"]\s)\p{L}{2,15}(?: \p{L}{2,15})?\/[\p{L}'.-]{2,20}(?: (?!(?:for|of|the|and|to|in|on|with|a|an)\b)[\p{L}'.-]{2,20}){1,3}(?:\/(?:file photo|file|pool|handout|illustration|foto de archivo|archivo|archive|archivbild|archives|photo d'archives))?(?: purchase licensing rights)?(?<!\.)$|^\p{L}{2,15}(?: \p{L}{2,15})?\/[\p{L}'.-]{2,20}(?: [\p{L}'.-]{2,20}){1,3}\/(?:file photo|file|pool|handout|foto de archivo|archivo|archivbild|photo d'archives)$/u, maxWords: 60 },
      { id: 'credit.photo-line', pattern: /^(?:foto|fotos|bild|bildquelle|fotograf[ií]a|imagen|cr[ée]dits? photos?|photo)\s?(?::|©|by)\s?[^.!?]{2,80}$/, maxWords: 12 },
      // Agency and editors' initials closing agency copy ("ddn sk/hm").
      { id: 'credit.agency-initials', pattern: /^[a-z]{2,5}(?: [a-z]{1,4}(?:\/[a-z]{1,4}){1,3}){1,2}$/, maxWords: 3 },
    ],
  },
  {
    concept: 'legal',
    reason: 'legal',
    rules: [
      { id: 'legal.copyright', pattern: /(?:^|\s)(?:©|\(c\)|copyright)\s*(?:\d{4}|[a-z])|\ball rights reserved\b|^copyright\b/, maxWords: 40 },
      { id: 'legal.terms', pattern: /^(?:terms(?: of (?:use|service|sale))?(?: and conditions)?|terms & conditions|privacy(?: policy| notice| statement| settings)?|cookie (?:policy|settings)|accessibility(?: statement)?|sitemap|site map|site index|contact us|about us|careers|jobs|advertise|help|faq|imprint|impressum|legal(?: notice)?|disclaimer|do not sell my (?:personal )?(?:info|information)|your privacy choices|ad choices|corrections|rss(?: feeds?)?|code of (?:conduct|ethics)|editorial (?:standards|guidelines))$/, maxWords: 8 },
      { id: 'legal.disclaimer', pattern: /\bforward-looking statements?\b|\b(?:data|quotes?|prices?) (?:are |is )?delayed\b|\b(?:this (?:material|content|article) may not be (?:published|reproduced)|may not be (?:published|reproduced), broadcast|not (?:be )?(?:reproduced|redistributed) without\b)/, maxWords: 90 },
    ],
  },
  {
    concept: 'app',
    reason: 'app',
    unless: REPORTING,
    rules: [
      { id: 'app.download', pattern: /\b(?:download|get|install|try) (?:our|the|the free|our free) (?:\w+ )?app\b|\bavailable on the app store\b|\bget it on google play\b|^(?:app store|google play|download on the app store|download the app)$/, maxWords: 30 },
    ],
  },
  {
    concept: 'contact',
    reason: 'contact',
    rules: [
      { id: 'contact.header', pattern: /^(?:media|press|investor|journalist)(?: relations)? (?:contacts?|enquiries|inquiries)\s*:?(?:\s.{0,200})?$|^(?:for (?:more|further) information|for media (?:inquiries|enquiries))(?:,? (?:please )?contact\b.{0,200})?:?$|^contacts?:$/, maxWords: 20 },
      { id: 'contact.detail', pattern: /^(?!\d{4}-\d{2}-\d{2}$|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$)(?:(?:e-?mail|tel|telephone|phone|mobile|fax|t|m|e)(?:\s?[:.])?\s?)?(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,30}|\+?\(?\d[\d\s().-]{6,30}\d)$|^(?:tel|telephone|phone|mobile)\s?[:.]\s?\S|^(?:e-?mail|email us)\s?[:.]\s?\S{1,80}@\S{1,80}$/, maxWords: 10 }, // (not a date line: "2026-01-14" is no phone number)
      { id: 'contact.tip', pattern: /\b(?:send us (?:a |your )?(?:tip|story idea)|have a (?:news )?tip\??|got a (?:news )?tip\??|contact (?:the|our) (?:author|reporter|newsroom)|write to (?:the author|us) at\b)/, maxWords: 30 },
      { id: 'contact.reach-author', pattern: /\breach/, also: /\b(?:can be reached|reach (?:her|him|them|me|the (?:author|reporter|writer))) (?:at|on|via|by)\b/, maxWords: 30 },
    ],
  },
]);

/** The catalog flattened in order: first match wins. */
export const compiledBoilerplateRules = lazy((): CompiledRule[] =>
  boilerplateCatalog().flatMap((group) => group.rules.map((rule) => ({ ...rule, reason: group.reason, unless: group.unless }))),
);
