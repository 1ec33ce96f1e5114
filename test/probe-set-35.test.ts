// Fixes of this stop, each found on a page the library had not seen (texts written in our own
// words). Each test fails without its fix.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const prose =
  'Short walks after meals can steady blood sugar for many adults, a review of clinic records suggests. ' +
  'Nurses at the county health service said even ten minutes made a difference for patients who tried it for a month.';
const page = (dateLine: string) => `Ten-minute walks and your health\n${dateLine}\n\n${prose}\n\n${prose.replace('county', 'city')}\n`;

describe('publication dates', () => {
  it('reads a date in capitals glued to the section label before it, and keeps the update glued after it apart', () => {
    const a = extract(page('Healthy LivingDECEMBER 22, 2022Updated: JANUARY 02, 2026'));
    expect(a.publishedAt?.value).toBe('2022-12-22');
  });
});

describe('a publication the page states below its header', () => {
  const article = (tail: string) =>
    `Home\nBlog\nCareers\n\nWhat a nurse practitioner degree takes\n\n${prose}\n\n${prose.replace('Nurses', 'Tutors')}\n\n${tail}\n\nMore from the blog\nContact us\n`;

  it('takes the day right after a publication label, however long its line runs on with the update and the categories', () => {
    const a = extract(article('Posted on November 25, 2024December 3, 2024 in College News, Health Sciences, Nursing, Graduate Programs, Student Life'));
    expect(a.publishedAt?.value).toBe('2024-11-25');
  });

  it('reads "Publish date" as a publication label over its date', () => {
    expect(extract(article('Publish date\n15 November 2018')).publishedAt?.value).toBe('2018-11-15');
  });

  it('takes the date under an author box at the end of the article', () => {
    const longer = [1, 2, 3, 4, 5, 6].map((k) => prose.replace('ten minutes', `${k * 5} minutes`)).join('\n\n');
    const a = extract(article(`${longer}\n\nWritten by Moira Castellane and Tobias Wren\nApril 8, 2024`));
    expect(a.byline).toEqual(['Moira Castellane', 'Tobias Wren']);
    expect(a.publishedAt?.value).toBe('2024-04-08');
  });
});

describe('bylines signed by a desk or a team', () => {
  const story = (byline: string) => `Ferry timetable changes from Monday\n${byline}\nMarch 3, 2026\n\n${prose}\n\n${prose.replace('county', 'harbour')}\n`;

  it('keeps the desk or team that signs as the author, as written, without "the"', () => {
    expect(extract(story('By Riverside Staff')).byline).toEqual(['Riverside Staff']);
    expect(extract(story('by News Desk')).byline).toEqual(['News Desk']);
    expect(extract(story('By the Harbour Lines Team')).byline).toEqual(['Harbour Lines Team']);
  });

  it('reads a paper\'s or a wire\'s staff as a credit, not an author', () => {
    expect(extract(story('By Lanyard Wire staff')).byline).toEqual([]);
    expect(extract(story('By the Valley News Staff')).byline).toEqual([]);
  });

  it('still reads a person and drops a role after the name', () => {
    expect(extract(story('By Jane Ostrow, Staff Writer')).byline).toEqual(['Jane Ostrow']);
  });
});

describe('figures: money ranges with the scale after the upper end', () => {
  const story = (sentence: string) => `Lender sets aside more for bad loans\nBy Jane Ostrow\nMarch 3, 2026\n\n${sentence}\n\n${prose}\n\n${prose.replace('county', 'harbour')}\n`;
  const texts = (sentence: string) => extract(story(sentence)).figures.map((f) => f.text);

  it('gives both ends the scale and the sign: "$4-5 billion", "$55-65 million", "£3–4m"', () => {
    expect(texts('The bank expects charges of $4-5 billion this year and a $55-65 million fine.')).toEqual(['$4 billion', '$5 billion', '$55 million', '$65 million']);
    expect(texts('A £3–4m deal closed on Friday.')).toEqual(['£3m', '£4m']);
  });

  it('gives the lower end the scale where the upper end has its own sign: "$4 to $5bn"', () => {
    const a = extract(story('It raised $4 to $5bn from investors.'));
    expect(a.figures.map((f) => [f.text, f.value])).toEqual([['$4bn', 4e9], ['$5bn', 5e9]]);
  });
});

describe('events: years and day words inside names and noun phrases', () => {
  const story = (sentence: string) =>
    `Hearing checks urged for adults over fifty\nBy Jane Ostrow\nNovember 6, 2025\n\nAudiologists said many adults wait years before having their hearing tested by a professional.\n\n${sentence}\n`;
  const events = (sentence: string) => extract(story(sentence)).events.map((e) => [e.date.value, e.date.granularity]);

  it('reads "A 2023 analysis" as the year: a noun in -sis is no plural count', () => {
    expect(events('A 2023 analysis by the charity found that the cost was rising.')).toEqual([['2023', 'year']]);
    expect(events('Some 2023 cars were recalled after the fault was found.')).toEqual([]);
  });

  it('reads no day in a name ending in a day word ("Hear Tomorrow", "USA Today")', () => {
    expect(events('The charity Hear Tomorrow estimated the cost to employers.')).toEqual([]);
    expect(events('Shares of USA Today owner Gannett rose in early trading.')).toEqual([]);
    expect(events('Officials met on Monday. Today the council voted on it.')).toEqual([['2025-11-03', 'day'], ['2025-11-06', 'day']]);
  });
});

describe('events: "unlikely to" looks ahead as "likely to" does', () => {
  it('reads the month after "are unlikely to" as the coming one', () => {
    const page = `River levels stay low\nBy Jane Ostrow\nJanuary 20, 2026\n\nBarge operators said cargoes had been cut by half since the summer because of the drought.\n\nEngineers said levels are unlikely to recover in October, when the rains usually return.\n`;
    expect(extract(page).events.map((e) => e.date.value)).toContain('2026-10');
  });
});

describe('boilerplate in other languages: an advert\'s copy and a newsletter\'s promise', () => {
  const de = (inserted: string) =>
    'Kreisklinik schließt Geburtsstation\nVon Anna Beispiel\n18.03.2026, 11:17 Uhr\n\n' +
    'Die Kreisklinik wird ihre Geburtsstation zum 30. Juni schließen. Der Kreistag stimmte am Dienstagabend mit 31 zu 28 Stimmen für den Plan der Klinikleitung.\n' +
    `${inserted}\n` +
    'Als Grund nennt die Klinik vor allem den Personalmangel. Von den elf Hebammenstellen seien derzeit nur sechs besetzt, sagte der Geschäftsführer.\n';

  it('removes the copy under an advert label that ends in a call to act, and keeps a sentence that ends in its full stop', () => {
    const ad = extract(de('Anzeige\nStrom und Gas vergleichen – bis zu 350 € im Jahr sparen. Jetzt Tarifrechner starten'));
    expect(ad.body).not.toContain('Tarifrechner');
    expect(ad.figures.map((f) => f.text)).not.toContain('350 €');
    const news = extract(de('Verbraucherschützer raten Familien, die Tarife zu prüfen. Wer wechseln will, sollte jetzt vergleichen.'));
    expect(news.body).toContain('sollte jetzt vergleichen.');
  });

  it('removes a newsletter\'s promise of delivery in German and Norwegian', () => {
    expect(extract(de('Newsletter\nDer Morgen im Kreis: Die wichtigsten Nachrichten – jeden Werktag um 6 Uhr in Ihrem Postfach.\nJetzt anmelden')).body).not.toContain('Postfach');
    expect(extract(de('Få de viktigste nyhetene fra Rogaland rett i innboksen.\nMeld deg på nyhetsbrevet')).body).not.toContain('innboksen');
  });
});

describe('stories: a dateline in capitals is no briefing item', () => {
  const page = (first: string, second: string) =>
    `Civic body to desilt drains before monsoon\nWork on the city's 14 main drains is to be finished by the end of May, before the first rains.\nBy Meera Joshi\nPublished: 11/03/2026, 21:10 IST\n\nKey Highlights\n- Committee approves desilting of 14 main drains\n- Work to finish by the end of May\n- Contractors face fines for delays\n\n${first}\n\n${second}\n\nThe ward office said contractors would be fined for every day of delay past the deadline.\n`;

  it('reads "PUNE: ..." opening the first paragraph under a digest as the dateline, and keeps labelled items that are a briefing', () => {
    const dated = extract(page('PUNE: The civic body will begin desilting the city\'s main storm drains next week, officials said on Wednesday.', 'Residents in low-lying areas have complained of flooding every monsoon for years, the ward office said.'));
    expect(dated.stories).toEqual([]);
    const briefing = extract(page('MARKETS: Shares in Mumbai rose for a third day as banks gained on hopes of lower rates.', 'RUPEE: The currency held steady against the dollar as exporters sold dollars near the close.'));
    expect(briefing.stories.map((s) => s.label)).toEqual(['MARKETS', 'RUPEE']);
  });
});

describe('events in other languages', () => {
  const page = (pub: string, lead: string, sentence: string) => `Rådhuset legger fram plan for stasjonen\n${pub}\n\n${lead}\n\n${sentence}\n\n${lead}\n`;
  const events = (pub: string, lead: string, sentence: string) => {
    const a = extract(page(pub, lead, sentence));
    return a.events.filter((e) => sentence.includes(e.text.slice(0, 20))).map((e) => e.date.value);
  };
  const it_ = 'Il comune ha presentato in mattinata il progetto per la nuova stazione, discusso da anni in città.';
  const fr = 'La mairie a présenté dans la matinée le projet de la nouvelle gare, discuté depuis des années.';
  const no = 'Kommunen la i formiddag fram planen for den nye stasjonen, som har vært diskutert i mange år.';

  it('reads the direction word after a weekday the parser took in ("lunedì prossimo" said on a Monday is a week on)', () => {
    expect(events('9 marzo 2026', it_, "Le opposizioni hanno chiesto di discutere la delibera lunedì prossimo.")).toEqual(['2026-03-16']);
    expect(events('9 mars 2026', fr, "L'opposition a demandé que le conseil en débatte lundi prochain.")).toEqual(['2026-03-16']);
  });

  it('reads Norwegian: no Thursday in "på to år", a month of next year, and "neste" on a page it could take for Danish', () => {
    expect(events('10. mars 2026', no, 'Dette er den tredje økningen på to år.')).toEqual([]);
    expect(events('10. mars 2026', no, 'Vegvesenet skal etter planen legge fram en ny prognose i februar neste år.')).toEqual(['2027-02']);
    expect(events('10. mars 2026', no, 'Bystyret skal behandle saken neste mandag.')).toEqual(['2026-03-16']);
    expect(extract(page('10. mars 2026', no, 'Prisene steg kraftig i mai i fjor.')).lang).toBe('no');
  });
});

describe('kicker: a section\'s name over the headline is no kicker', () => {
  const page = (tail: string) =>
    'Wexley Park Gazette\nOpinion\nGas leaf blowers have had their day in our village\nBy Margaret Okafor, Contributing Columnist\nSept. 25, 2025\n\n' +
    'Every fall the village sounds like a small airfield, as crews with gas-powered blowers work their way down our streets.\n\n' +
    'The village received 412 noise complaints about landscaping equipment last year, more than about barking dogs.\n\n' + tail;

  it('drops "Opinion" as a kicker where the page links to "More from Opinion", and keeps it otherwise', () => {
    expect(extract(page('More from Opinion\nWhy our libraries need longer hours\n')).kicker).toBeNull();
    expect(extract(page('Most read\nWhy our libraries need longer hours\n')).kicker).toBe('Opinion');
  });
});

describe('events: a weekday\'s event the present waits for', () => {
  const page = (sentence: string) => `Yen slips as traders wait for data\nBy Jane Ostrow\nTuesday, January 20, 2026\n\nThe yen weakened against the dollar in Asian trading as bond yields rose for a third session.\n\n${sentence}\n`;
  const days = (sentence: string) => extract(page(sentence)).events.filter((e) => e.text.startsWith(sentence.slice(0, 12))).map((e) => e.date.value);

  it('reads "are now watching Friday\'s release" and "ahead of Thursday\'s vote" as the coming days, "watched Friday\'s release" as the past one', () => {
    expect(days("Investors are now watching Friday's release of consumer price data.")).toEqual(['2026-01-23']);
    expect(days("Ahead of Thursday's vote, the minister met party leaders.")).toEqual(['2026-01-22']);
    expect(days("Investors watched Friday's release of consumer price data.")).toEqual(['2026-01-16']);
  });
});

describe('events: English news idioms', () => {
  const page = (pub: string, sentence: string) => `Council news in brief\nBy Jane Ostrow\n${pub}\n\nThe council met for its monthly session and heard reports from several committees.\n\n${sentence}\n`;
  const days = (pub: string, sentence: string) => extract(page(pub, sentence)).events.filter((e) => sentence.includes(e.text.slice(0, 12))).map((e) => e.date.value);

  it('reads a participle after the date as no verb of the clause ("due to appear ... on Monday charged with")', () => {
    expect(days('Friday, March 20, 2026', 'The men are due to appear at the court on Monday charged with conspiracy to handle stolen goods.')).toEqual(['2026-03-23']);
  });

  it('reads the scheduled present "open" as looking ahead', () => {
    expect(days('Wednesday, September 9, 2026', 'Pre-orders open on Friday for customers in Europe.')).toEqual(['2026-09-11']);
  });

  it('reads "delayed by two hours on Thursday night" as the past Thursday: a duration sets no target', () => {
    expect(days('Friday, May 8, 2026', 'The count was delayed by two hours on Thursday night after a recount was demanded.')).toEqual(['2026-05-07']);
  });

  it('reads "in June of 14 counts" as June, not June 2014', () => {
    expect(days('December 10, 2025', 'A jury convicted Wray in June of 14 counts of wire fraud.')).toEqual(['2025-06']);
  });

  it('gives each day of a list that shares one month', () => {
    expect(days('November 15, 2025', 'Drivers will walk out on 25 and 27 November in a dispute over pay.')).toEqual(['2025-11-25', '2025-11-27']);
    expect(days('November 15, 2025', 'Strikes are planned for November 25 and 27 at all depots.')).toEqual(['2025-11-25', '2025-11-27']);
  });
});

describe('boilerplate: appeals, buttons and offers in several languages', () => {
  const article = (lead: string, inserted: string, more: string) => `Headline of the report on the river\n12.03.2026\n\n${lead}\n${inserted}\n${more}\n`;
  const en = (inserted: string) => extract(article(
    'The county opened a new flood barrier on the river on Tuesday after two years of building work and several delays.',
    inserted,
    'Engineers said the barrier would protect about 900 homes from the kind of flooding the town suffered in 2020.',
  ));

  it('removes a reader appeal, its button and a newsletter\'s name line (en)', () => {
    for (const line of ['Independent journalism needs your support. Back The Valley Review from just £1 a week.', 'Support us', 'Get the Valley Politics newsletter']) {
      expect(en(line).body, line).not.toContain(line);
    }
  });

  it('removes share buttons and offers in French, a reload button in German, related links and ad copy in Spanish, ad copy and a follow prompt in Turkish', () => {
    const cases: [string, string, string][] = [
      ['La commune a inauguré mardi une nouvelle digue sur la rivière après deux ans de travaux.', 'Offrir cet article', 'Les ingénieurs estiment que la digue protégera environ 900 logements.'],
      ['La commune a inauguré mardi une nouvelle digue sur la rivière après deux ans de travaux.', 'Cet article vous est offert. Abonnez-vous pour soutenir un journalisme indépendant.', 'Les ingénieurs estiment que la digue protégera environ 900 logements.'],
      ['Der Landkreis hat am Dienstag nach zwei Jahren Bauzeit einen neuen Hochwasserschutz am Fluss eröffnet, der mehrere Ortsteile sichern soll.', 'Liveblog aktualisieren', 'Die Ingenieure sagen, der neue Damm schütze rund 900 Häuser vor einem Hochwasser, wie es die Stadt im Jahr 2020 erlebt hat.'],
      ['El ayuntamiento inauguró el martes un nuevo dique en el río tras dos años de obras.', 'Te recomendamos: El río alcanza su nivel más alto en una década', 'Los ingenieros calculan que el dique protegerá unas 900 viviendas.'],
      ['El ayuntamiento inauguró el martes un nuevo dique en el río tras dos años de obras.', '¿Buscas crédito para tu negocio? Obtén hasta $500,000 pesos. Solicítalo en Financiera Ribera', 'Los ingenieros calculan que el dique protegerá unas 900 viviendas.'],
      ['Belediye salı günü iki yıllık çalışmanın ardından nehir üzerinde yeni bir taşkın seti açtı ve mahalle sakinleri törene katıldı.', 'Hayalinizdeki eve sadece %1,99 faizle sahip olun! Fırsatları kaçırmayın, hemen başvurun.', 'Mühendisler yeni setin kentteki yaklaşık 900 evi 2020 yılındaki gibi bir selden koruyacağını söyledi.'],
      ['Belediye salı günü iki yıllık çalışmanın ardından nehir üzerinde yeni bir taşkın seti açtı ve mahalle sakinleri törene katıldı.', "Google News'te bizi takip edin, abone olun ve en son haberlerden haberdar olun.", 'Mühendisler yeni setin kentteki yaklaşık 900 evi 2020 yılındaki gibi bir selden koruyacağını söyledi.'],
    ];
    for (const [lead, inserted, more] of cases) {
      const body = extract(article(lead, inserted, more)).body;
      expect(body, inserted).not.toContain(inserted);
      expect(body, inserted).toContain(lead);
    }
  });
});

describe('figures and dates in other languages', () => {
  it('reads Turkish percentages written with the sign or the word first ("%18", "yüzde 41"), and "mdp" as millions of pesos', () => {
    const tr = 'Kentin en büyük içme suyu kaynağı olan barajdaki doluluk oranı pazartesi günü %18\'e geriledi. Geçen yıl aynı dönemde bu oran yüzde 41 seviyesindeydi.';
    expect(extract(`Barajlar alarm veriyor\n11.03.2026\n\n${tr}\n\n${tr}\n`).figures.map((f) => f.text)).toEqual(['%18', 'yüzde 41']);
    const es = 'Los ingresos del trimestre sumaron 38,240 mdp, impulsados por la obra pública, y la acción cerró en $1,234.50 tras subir 3.2% en la sesión.';
    const money = extract(`Cementera eleva sus ingresos\n11/03/2026\n\n${es}\n\n${es}\n`).figures.find((f) => f.text === '38,240 mdp');
    expect([money?.value, money?.unit]).toEqual([38_240_000_000, 'MXN']);
  });

  it('dates "Vandaag, 09:14" under the headline by the masthead\'s day written in Dutch', () => {
    const page = 'Naar de inhoud\nwoensdag 11 maart 2026\nGelders Dagblad\nNieuws\nNijmegen\nArnhem\nRegio\nSport\nInloggen\nAbonneren\n' +
      'Wij en onze partners gebruiken cookies om je een betere ervaring te bieden en om ons websiteverkeer te analyseren.\nAlles accepteren\nVoorkeuren beheren\nNijmegen\n' +
      "Waalbrug acht weken dicht voor auto's: 'Dit gaat pijn doen in de spits'\nDe gemeente verwacht lange files op de omleiding via de snelweg.\nDoor Joris van den Berg\nVandaag, 09:14\nDeel dit artikel\n" +
      "Vanaf 6 april is de Waalbrug in Nijmegen acht weken lang dicht voor auto's en vrachtverkeer. Dat maakte de gemeente dinsdag bekend.\n\n" +
      'Bij een inspectie in november vorig jaar ontdekten ingenieurs roestschade aan de stalen dwarsliggers onder het wegdek.\n';
    const a = extract(page);
    expect(a.publishedAt?.value).toBe('2026-03-11');
  });
});

describe('bylines: a photographer\'s credit closing a caption is no byline', () => {
  it('takes no author from "... March 18, 2026. Harbour Wire/Tom Pike" where the story is signed by its wire\'s staff', () => {
    const page = 'World\nBusiness\nUK\nPolice raid chop shop in Manchester\nBy Harbour Wire staff\nMarch 20, 2026\n' +
      '[1/2] Police officers stand outside a warehouse in Openshaw, Manchester, Britain, March 18, 2026. Harbour Wire/Tom Pike\n\n' +
      'MANCHESTER, England — Police arrested five men on Wednesday after finding stolen cars being broken up for parts at a warehouse in east Manchester.\n\n' +
      'Officers recovered 14 vehicles and engine parts worth about £400,000, Greater Manchester Police said in a statement.\n\n' +
      'Reporting by Helen Marsh; Editing by Gareth Lowe\n';
    expect(extract(page).byline).toEqual([]);
  });
});
