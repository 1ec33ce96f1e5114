import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { bylineCandidates, headlineCandidates, prepare } from '../src/header/training.js';
import { readByline } from '../src/header/byline.js';

describe('structure', () => {
  it('splits a series prefix into the kicker', () => {
    const a = extract('Briefing: Port strike ends after six days\nWorkers voted on Sunday to accept a new contract with a 20% raise over four years, union leaders said.');
    expect(a.kicker).toBe('Briefing');
    expect(a.headline).toBe('Port strike ends after six days');
  });

  it('reads a briefing\'s name in French and Spanish as its kicker, and numbered "Label: text" items as its stories', () => {
    const body = 'Les chauffeurs de bus de l\'agglomération sont en grève jusqu\'à jeudi, et seul un bus sur trois circule aux heures de pointe, selon la direction du réseau.';
    const fr = extract(`L'essentiel du matin\nGrève des bus et loyers en hausse : ce qu'il faut retenir ce mardi\nPar Camille Arnaud\n${body}\n${body}`);
    expect([fr.kicker, fr.headline]).toEqual(["L'essentiel du matin", "Grève des bus et loyers en hausse : ce qu'il faut retenir ce mardi"]);
    const es = extract(`Las claves del día\nEl Gobierno aprueba el plan de vivienda y sube el alquiler\nPor Lucía Ferreyra\nEl Consejo de Ministros aprobó este martes el plan de vivienda, que prevé construir veinte mil pisos en cinco años, según el ministerio.`);
    expect(es.kicker).toBe('Las claves del día');
    const weekly = extract(`Culture Weekly: A new opera house, a ballet comeback and the Corvin Prize shortlist\nBy Ana Ruiz\n${'The city opened its new opera house on Saturday with a sold-out gala, and the ballet company returned to the stage after two years of renovation work.'}`);
    expect([weekly.kicker, weekly.headline]).toEqual(['Culture Weekly', 'A new opera house, a ballet comeback and the Corvin Prize shortlist']);
    const numbered = extract([
      'Home', 'Tech', 'Newsletters',
      'Morning Briefing: Chips, clouds and privacy',
      'By Ana Ruiz',
      'March 4, 2025',
      'Good morning. Here is what is moving in technology today, from a paused chip plant to a long cloud outage and a new privacy inquiry.',
      '1. Chips: Voltaic said on Tuesday that it would pause construction of its chip plant in Redmere for at least eighteen months, blaming weak demand.',
      '2. Cloud: A configuration error at Stratocum knocked thousands of websites offline for nearly four hours on Monday, the company said in a statement.',
      '3. Privacy: The data regulator opened an inquiry into how the Chirply app shares location data with advertisers, officials said on Tuesday.',
      'That is all for this morning. We will be back tomorrow with more of the news that matters in technology and business.',
    ].join('\n'));
    expect(numbered.stories.map((s) => s.label)).toEqual(['Chips', 'Cloud', 'Privacy']);
  });

  it('reads format labels in other languages as the kicker', () => {
    const a = extract('Analyse: Warum die Mieten in den Großstädten weiter steigen\nIn Berlin, Hamburg und München sind die Angebotsmieten im vergangenen Jahr erneut deutlich gestiegen, zeigt eine neue Auswertung.');
    expect([a.kicker, a.headline]).toEqual(['Analyse', 'Warum die Mieten in den Großstädten weiter steigen']);
    const b = extract('EN DIRECT\nGrève des contrôleurs aériens : des centaines de vols annulés\nLa Direction générale de l\'aviation civile a demandé aux compagnies de réduire leurs programmes de vols mardi, a-t-on appris lundi.');
    expect([b.kicker, b.headline]).toEqual(['EN DIRECT', 'Grève des contrôleurs aériens : des centaines de vols annulés']);
  });

  it('reads "INVESTIGATION" over the headline as its kicker', () => {
    const para = 'The county water board knew for three years that its testing contractor skipped samples, records show, and said nothing to residents.';
    expect(extract(`News\nINVESTIGATION\nThe samples that were never taken\nBy Deena Marsh\nMarch 3, 2025\n${para}\n${para.replace('three', 'four')}`, { format: 'text' }).kicker).toBe('INVESTIGATION');
  });

  it('takes a series label\'s title over the date line for the headline, above a section title lower down', () => {
    const page = [
      'HEALTH & PHARMA', 'Briefing: Drugmakers Race to Refill Antibiotic Shortages', 'Jan 16, 2024 12:05 a.m.', 'Listen to the full version', '',
      'The pharma stories you need this morning.', 'Key points',
      '- A drugmaker will build a $1.2 billion antibiotics plant in North Carolina.', '- US regulators approved a weekly obesity injection.', '',
      'A new antibiotics plant',
      'The drugmaker said Friday it would spend $1.2 billion on a plant in North Carolina to make amoxicillin and other generic antibiotics, which have been in short supply for much of the past two years.',
      'Production is due to start next year, its chief operating officer said, and the company has signed long-term supply contracts with two hospital groups.',
    ].join('\n');
    const a = extract(page, { format: 'text' });
    expect([a.kicker, a.headline]).toEqual(['Briefing', 'Drugmakers Race to Refill Antibiotic Shortages']);
  });

  it('never takes the outlet\'s name, which its offers name, for the headline', () => {
    const page = [
      'THE FREIGHT LINE', 'Dockworker Strike Threatens the Busiest Ports', 'Thursday 7 August 2025 06.00 BST', 'Clara Ostrow and Tomas Wisniak', '',
      'Good morning. Here is what is moving in world shipping.',
      'Ports: Dockworkers at the two largest ports will walk out for 48 hours from Monday after pay talks with terminal operators collapsed on Tuesday. The union is seeking a 7% raise; operators have offered 4.5%.',
      'Tankers: A Greek owner ordered six crude tankers worth a combined $780 million from a South Korean shipyard. Tanker day rates climbed 18% in July.',
      '', 'Group subscriptions: give your whole logistics team access to The Freight Line.', 'Listen to Knots, our weekly shipping podcast, wherever you get your podcasts.', '',
      'Canals: The canal authority said Wednesday it would raise the daily transit quota to 38 ships from September as water levels recover.',
      'Freight rates: Spot rates for a 40-foot container fell 6% to $2,340 earlier this week, according to a box index.',
      '- MOST VIEWED', '- NEWSLETTERS',
    ].join('\n');
    expect(extract(page, { format: 'text' }).headline).toBe('Dockworker Strike Threatens the Busiest Ports');
  });

  it('takes a format label the model rated highest as the kicker over the headline under it', () => {
    const para = 'El Gobierno regional aprobó ayer el proyecto de ley que limitará las subidas del alquiler en las zonas tensionadas de la región.';
    const a = extract(`Diario de Valdecasa\nPortada\nEconomía\nDeportes\nNewsletter\nLas claves del día\nLa ley de alquileres, la huelga de médicos y el derbi del domingo\nPor Lucía Echeverri\nPublicado el 8 de noviembre de 2023, 06:30\n${para}\n${para.replace('ayer', 'hoy')}`, { format: 'text' });
    expect([a.kicker, a.headline]).toEqual(['Las claves del día', 'La ley de alquileres, la huelga de médicos y el derbi del domingo']);
  });

  it('reads a series name prefixing the headline as its kicker, but not the same name as a masthead above it', () => {
    const para = 'The council approved four hundred new homes on the old depot site on Monday, after a long debate about parking and the bus route.';
    const prefixed = extract(`The Daily Download: Chip stocks rally as memory demand doubles\n${para}\n${para}`, { format: 'text' });
    expect([prefixed.kicker, prefixed.headline]).toEqual(['The Daily Download', 'Chip stocks rally as memory demand doubles']);
    expect(extract(`Week in Review: Chip stocks rally as memory demand doubles\n${para}\n${para}`, { format: 'text' }).kicker).toBe('Week in Review');
    expect(extract(`THE DAILY CIRCUIT\nChip stocks rally as memory demand doubles\n${para}\n${para}`, { format: 'text' }).kicker).toBeNull();
  });

  it('splits a quoted kicker the scraper glued to the title', () => {
    const a = extract('"Wir bleiben hier"Bauern blockieren die Zufahrt zum Hafen\nSeit dem frühen Morgen stehen Traktoren vor dem Tor, die Polizei hat die Zufahrt gesperrt, sagte ein Sprecher der Stadt.');
    expect([a.kicker, a.headline]).toEqual(['"Wir bleiben hier"', 'Bauern blockieren die Zufahrt zum Hafen']);
    // A quotation that opens the title with a colon and a space is part of it.
    const b = extract('"Wir bleiben hier": Bauern blockieren die Zufahrt zum Hafen\nSeit dem frühen Morgen stehen Traktoren vor dem Tor, die Polizei hat die Zufahrt gesperrt, sagte ein Sprecher der Stadt.');
    expect([b.kicker, b.headline]).toEqual([null, '"Wir bleiben hier": Bauern blockieren die Zufahrt zum Hafen']);
  });

  it('finds labeled stories but not signposts', () => {
    const a = extract([
      'Morning Briefing: Three things to know',
      'Chips: The chipmaker said it would delay its new plant in Arizona by a year because of weak demand.',
      'Why it matters: The delay pushes back hundreds of construction jobs that the state had counted on.',
      'Rates: The central bank kept its policy rate unchanged at 4.5% and signalled no cut before summer.',
    ].join('\n'));
    expect(a.stories.map((s) => s.label)).toEqual(['Chips', 'Rates']);
    expect(a.stories[0]!.text.startsWith('The chipmaker said')).toBe(true);
  });

  it('reads a digest with a topic-label bullet and stops at the timeline', () => {
    const a = extract([
      'Daily roundup of the energy transition',
      'Grid operators across Europe reported record solar output over the weekend, as prices briefly turned negative.',
      '- IN BRIEF',
      '- Spain approved two offshore wind farms off the coast of Galicia.',
      '- Grid Storage Fund',
      '- The Grid Storage Fund will lend 2 billion euros to battery projects over five years.',
      '- March 3, 2025:',
      '- The first auction for storage contracts opened.',
    ].join('\n'));
    expect(a.digest.map((d) => [d.label, d.text.slice(0, 20)])).toEqual([
      [null, 'Spain approved two o'],
      ['Grid Storage Fund', 'The Grid Storage Fun'],
    ]);
    expect(a.digest.every((d) => d.section === 'IN BRIEF')).toBe(true);
  });

  it('splits a wire dateline from the first paragraph', () => {
    const a = extract('Kenya raises fuel prices\nNAIROBI, March 4 (Agency) - Kenya raised pump prices by 5% on Tuesday, the energy regulator said in a statement.');
    const kinds = a.blocks.map((b) => b.kind);
    expect(kinds).toContain('dateline');
    expect(a.body.startsWith('Kenya raised pump prices')).toBe(true);
  });

  it('parses bylines with places and titles', () => {
    const a = extract('Bank agrees takeover of rival lender\nBy Ingrid Solberg in Stockholm and Pieter de Waal, Banking Correspondent\nThe bank said on Monday it had agreed to buy its smaller rival for 2 billion euros in cash.');
    expect(a.byline).toEqual(['Ingrid Solberg', 'Pieter de Waal']);
  });

  it('takes the last crumb of a breadcrumb trail, or the title after a date stamp, as the headline on its line', () => {
    const para = 'The council agreed on Tuesday to keep the night buses running through the winter, after a petition signed by nine thousand riders.';
    const trail = extract(`Home / Guides / Camping / Choosing a tent for windy coasts\n\n${para}\n\n${para.replace('Tuesday', 'Friday')}`, { format: 'text' });
    expect(trail.headline).toBe('Choosing a tent for windy coasts');
    const stamp = extract(`Mar 4 2025 Night buses stay for the winter\n\n${para}\n\n${para.replace('Tuesday', 'Friday')}`, { format: 'text' });
    expect(stamp.headline).toBe('Night buses stay for the winter');
    // The line's characters stay covered: the trail is part of the headline block's span.
    const block = trail.blocks.find((b) => b.kind === 'headline')!;
    expect(block.span[0]).toBe(0);
    const plain = extract(`Night buses stay for the winter\n\n${para}\n\n${para.replace('Tuesday', 'Friday')}`, { format: 'text' });
    expect(plain.headline).toBe('Night buses stay for the winter');
  });

  it('never takes a publication line ("Posted on <date> by <name>") for the headline', () => {
    const para = 'The council agreed on Tuesday to keep the night buses running through the winter, after a petition signed by nine thousand riders.';
    const text = `Harbour Notes\nHome\nNews\n\nPosted on March 3, 2025 by Ottilie Brandvold - 4 Comments on Will the night buses run all winter?\nWill the night buses run all winter?\n${para}\n${para.replace('Tuesday', 'Friday')}\n${para.replace('Tuesday', 'Monday')}`;
    const a = extract(text, { format: 'text' });
    expect(a.headline).toBe('Will the night buses run all winter?');
  });

  it('never takes names and their role ("Ottilie Brandvold | Columnist") for a headline, though it takes a title-case line ending in a role word', () => {
    const para = 'The council approved a new car park beside the station on Wednesday, at a cost of fourteen million pounds, and called it part of its climate plan.';
    const text = `Evening Post\nOpinion\n\nHarbour Studio Strikes Deal With Writers\nOttilie Brandvold | Columnist\nJane Doe, Staff Writer\nThu 12 Jun 2025 06.00 BST\n\n${para}\n\n${para.replace('Wednesday', 'Tuesday')}`;
    const { ctx } = prepare(text, 'text', null);
    const candidates = headlineCandidates(ctx).map((c) => ctx.lines[c.line]!.text);
    expect(candidates).toContain('Harbour Studio Strikes Deal With Writers');
    expect(candidates).not.toContain('Ottilie Brandvold | Columnist');
    expect(candidates).not.toContain('Jane Doe, Staff Writer');
  });

  it('takes the teaser headlines under a related header in any language, topic-first ones too', () => {
    const para = 'Der Gemeinderat hat am Donnerstagabend mit 19 zu 8 Stimmen die Sanierung des Hallenbads an der Lindenallee beschlossen, die Kosten liegen bei zwölf Millionen.';
    const text = `Feldinger Bote\n\nHallenbad wird saniert\nVon Ottilie Brandvold\n\n${para}\nLesen Sie auch\nNeues Baugebiet am Mühlbach: Erste Bagger rollen im Frühjahr\nKita-Gebühren: Eltern protestieren vor dem Rathaus\n${para.replace('Donnerstagabend', 'Montag')}\n${para.replace('Donnerstagabend', 'Dienstag')}`;
    const a = extract(text, { format: 'text' });
    expect(a.body).not.toContain('Baugebiet');
    expect(a.body).not.toContain('Kita-Gebühren');
    expect(a.boilerplate.find((b) => b.text.startsWith('Kita-Gebühren'))?.rule).toBe('related.list');
    // The paragraph after the list goes on with the article: no teaser's summary.
    expect(a.body).toContain('am Montag mit 19 zu 8 Stimmen');
  });

  it('takes the list under a related header in the middle of a scraped page without blank lines', () => {
    const text = [
      'Zum Inhalt springen', 'Menü', 'Suche', 'Region', 'Oberwangen',
      'Stadtrat stimmt für neue Stadtbibliothek – Gebühren steigen',
      'Aktualisiert am 21.10.2025, 09:12 Uhr', 'Veröffentlicht am 20.10.2025, 18:40 Uhr', 'Von Ilka Marquardt',
      'Die alte Bibliothek am Marktplatz stammt aus dem Jahr 1962. Foto: Tobias Ehrle',
      'Oberwangen. Die Stadtbibliothek zieht in das frühere Postgebäude am Bahnhof. Mit 21 zu 6 Stimmen hat der Stadtrat am Montagabend den Umbau beschlossen. Die Kosten schätzt die Verwaltung auf 8,6 Millionen Euro.',
      'Rund 2,2 Millionen Euro davon soll der Bund aus einem Förderprogramm für Innenstädte tragen. Den Rest finanziert die Stadt über Kredite.',
      'Lesen Sie auch',
      'Neue Radwege am Fluss: Erste Abschnitte im Sommer fertig',
      'Schulbus-Chaos: Eltern beschweren sich beim Landratsamt',
      'Der Umbau soll im Frühjahr 2026 beginnen und etwa achtzehn Monate dauern. So lange bleibt die alte Bibliothek geöffnet.',
      '„Eine Bibliothek am Bahnhof erreichen auch Pendler und Schüler aus den Dörfern“, sagte Bürgermeister Arno Feldkamp in der Sitzung.',
      'Anzeige',
      'Die Fraktion der Unabhängigen stimmte dagegen. Ihr Sprecher Ralf Oberle kritisierte, die Stadt habe andere Standorte nicht geprüft.',
      'Nach dem Umzug sollen die Jahresgebühren um rund zehn Prozent steigen. Ein Ausweis für Erwachsene würde dann 22 Euro im Jahr kosten.',
      'Der Förderverein der Bibliothek begrüßte die Entscheidung und kündigte eine Spendenaktion für neue Leseplätze an.',
      'Mehr zum Thema', 'Lesesommer: Immer mehr Kinder leihen Hörbücher aus',
      'Artikel teilen', 'Facebook', 'WhatsApp', 'E-Mail',
      '© Oberwangener Anzeiger 2025 – Alle Rechte vorbehalten', 'Datenschutz | Impressum | Cookie-Einstellungen',
    ].join('\n');
    const a = extract(text, { format: 'text' });
    expect(a.body).not.toContain('Neue Radwege am Fluss');
    expect(a.body).not.toContain('Schulbus-Chaos');
    expect(a.body).toContain('Der Umbau soll im Frühjahr 2026 beginnen');
  });

  it('reads a standfirst without its full stop as the dek, but no menu or photo credit under the headline', () => {
    const para = 'The council approved a new car park beside the station on Wednesday, at a cost of fourteen million pounds, and called it part of its climate plan.';
    const page = (second: string) => `Evening Post\nNews\n\nCouncil backs station car park\n${second}\nBy Ottilie Brandvold\nThu 12 Jun 2025 06.00 BST\n\n${para}\n\n${para.replace('Wednesday', 'Tuesday')}`;
    expect(extract(page('Spending on 600 parking spaces will lock in the very traffic the council says it wants to cut'), { format: 'text' }).dek)
      .toBe('Spending on 600 parking spaces will lock in the very traffic the council says it wants to cut');
    expect(extract(page('Back to overview Older post: the council budget vote in review for residents'), { format: 'text' }).dek).toBeNull();
    expect(extract(page('Councillors arrive at the town hall in Wexmouth before the vote on Wednesday (Post Photo/Mari Saar)'), { format: 'text' }).dek).toBeNull();
  });

  it('reads only names: no label beside the byline ("Written By", "Fact Checked"), no profile button, no agency credited with the author', () => {
    expect(readByline('Reviewed by Tom Hadley, certified energy auditor')).toBeNull();
    expect(readByline('Written By')).toBeNull();
    expect(readByline('Fact Checked')).toBeNull();
    expect(readByline('Last Modified: March 3, 2025')).toBeNull();
    expect(readByline('Post Tags')).toBeNull();
    // An outlet credited after the author is no name; a second author after a comma is.
    expect(readByline('By Naledi Brightwater, Thornbury Courier-Post')?.names).toEqual(['Naledi Brightwater']);
    expect(readByline('By Naledi Brightwater, The Daily Planet')?.names).toEqual(['Naledi Brightwater']);
    expect(readByline('Von Katrin Seibold, Malte Kjellberg')?.names).toEqual(['Katrin Seibold', 'Malte Kjellberg']);
    expect(readByline('By Jane Doe, John Roe and Ann Lee')?.names).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
    // Dutch "en" after "Door" joins two names; elsewhere "en" may place one ("Por Ana Ruiz en Madrid").
    expect(readByline('Door Sanne Wittebrood en Joost Terpstra')?.names).toEqual(['Sanne Wittebrood', 'Joost Terpstra']);
    expect(readByline('Por Ana Ruiz en Madrid')?.names).toEqual(['Ana Ruiz']);
    expect(readByline('A cura di Federica Nardone')?.names).toEqual(['Federica Nardone']);
    // A format label beside the date is the piece's kind ("Feature", "Opinion", "Análisis").
    for (const label of ['Feature', 'Opinion', 'Análisis', 'Feature · Mar 27, 2025']) expect(readByline(label), label).toBeNull();
    expect(readByline('Written by Maren Ilves')?.names).toEqual(['Maren Ilves']);
    expect(readByline('Teodor Last')?.names).toEqual(['Teodor Last']);
    // A profile button after the name, an agency credited "with" the author.
    expect(readByline('By Ottilie Brandvold Follow')?.names).toEqual(['Ottilie Brandvold']);
    expect(readByline('Von Ottilie Brandvold mit dpa')?.names).toEqual(['Ottilie Brandvold']);
    expect(readByline('Por Ana Lucía Ferrer con información de agencias')?.names).toEqual(['Ana Lucía Ferrer']);
    // A role written as one compound word is no part of the name.
    expect(readByline('Von Karla Weißmann Landeskorrespondentin')?.names).toEqual(['Karla Weißmann']);
    expect(readByline('Av Siri Holmgren, nyhetsreporter')?.names).toEqual(['Siri Holmgren']);
    // The name closing a dateline, after its date, time and clock word.
    expect(readByline('Beitrag vom 3. März 2025, 09:12 Uhr, Henrike Saalfeld')?.names).toEqual(['Henrike Saalfeld']);
    expect(readByline('3. März 2025 um 09:12 Uhr / Henrike Saalfeld')?.names).toEqual(['Henrike Saalfeld']);
    // A social handle after the name, glued to it or not, is no part of it.
    expect(readByline('Ingrid Vasquez@IngridVasquez')?.names).toEqual(['Ingrid Vasquez']);
    expect(readByline('By Ingrid Vasquez @ivasquez | Harbour Post')?.names).toEqual(['Ingrid Vasquez']);
    // An initial after a date is the name's, not an hour's "h".
    expect(readByline('28 April 2024 H. G. Wells')?.names).toEqual(['H. G. Wells']);
    // The author's part of a long dateline; a reviewer's part names no author.
    expect(readByline('Medically reviewed by Oona Pratt, RN — Written by Idris Falk — Updated on May 1, 2024')?.names).toEqual(['Idris Falk']);
    expect(readByline('Posted on June 2, 2025 by Lale Ersoy (LabNotes) - 12 Comments on Why our test rig keeps overheating in summer')?.names).toEqual(['Lale Ersoy']);
    // Any bullet between the parts; a contributors' label; a brand's name as the page writes it.
    expect(readByline('by Maren Ilves ● March 4, 2025 ● 6 min read')?.names).toEqual(['Maren Ilves']);
    expect(readByline('By Idris Falk ⋅ Senior Review Editor ⋅ Updated May 6, 2025')?.names).toEqual(['Idris Falk']);
    expect(readByline('Contributors: Oona Pratt')?.names).toEqual(['Oona Pratt']);
    // A newsroom's credit names nobody.
    expect(readByline('Redacción')).toBeNull();
    // The "by" of a publication line is a byline's; a photo's is a credit's.
    expect(readByline('Posted on June 2, 2025 by Lale Ersoy - 3 Comments')?.inner).toBeFalsy();
    expect(readByline('Photo by Lale Ersoy')?.inner).toBe(true);
    expect(readByline('By: PipeWorks Nordic on 04-ago-2021 5:11:10')?.names).toEqual(['PipeWorks Nordic']);
  });

  it('finds the writer in a byline of 22 words, under a label at the article\'s end, and beside a reading time', () => {
    const para = (day: string) => `The lighthouse on the north pier will close for repairs from ${day}, the harbour trust said, and the walkway beside it will stay open to visitors through the summer season.`;
    const body = [para('Monday'), para('Tuesday'), para('Wednesday'), para('Thursday')].join('\n');
    const longByline = 'Posted on June 2, 2025 by Lale Ersoy (LabNotes) - 12 Comments on Why the north pier lighthouse is closing for repairs';
    expect(extract(`Harbour Notes\n\nWhy the north pier lighthouse is closing for repairs\n${longByline}\n\n${body}`, { format: 'text' }).byline).toEqual(['Lale Ersoy']);
    const authorBox = `Harbour Notes\n\nWhy the north pier lighthouse is closing for repairs\n\n${body}\n\nPublished\nJune 2, 2025\nAuthor\nLale Ersoy\n\nRelated posts`;
    expect(extract(authorBox, { format: 'text' }).byline).toEqual(['Lale Ersoy']);
    const stamped = `Harbour Notes\n\nWhy the north pier lighthouse is closing for repairs\n-\n  Lale Ersoy\n- Jun 2\n- 4 min read\n\n${body}`;
    expect(extract(stamped, { format: 'text' }).byline).toEqual(['Lale Ersoy']);
  });

  it('reads a personal page\'s author from its copyright line where it has no byline, but no organization', () => {
    const para = (day: string) => `I rebuilt the garden shed on ${day} with timber from the old fence, and the roof now keeps the rain off the tools for the first time in years.`;
    const page = (holder: string) => `Notes from the Shed\n\nRebuilding the shed\n\n${para('Saturday')}\n${para('Sunday')}\n${para('Monday')}\n\nArchive\n${holder}`;
    expect(extract(page('© 2025 Toby Hedley. All rights reserved.'), { format: 'text' }).byline).toEqual(['Toby Hedley']);
    expect(extract(page('© 2025 Logan University'), { format: 'text' }).byline).toEqual([]);
  });

  it('reads a name over its role as a byline, and a sentence opening with "By" as nobody\'s', () => {
    const para = (day: string) => `The lighthouse on the north pier will close for repairs from ${day}, the harbour trust said, and the walkway beside it will stay open to visitors through the summer season.`;
    const body = [para('Monday'), para('Tuesday'), para('Wednesday'), para('Thursday')].join('\n');
    expect(extract(`Harbour Notes\n\nWhy the north pier lighthouse is closing for repairs\nLale Ersoy\nHarbour Reporter\n\n${body}`, { format: 'text' }).byline).toEqual(['Lale Ersoy']);
    // A sentence of the closing paragraph opens with "By" and stands a few lines above the author box.
    const closing = 'By learning from the trust\'s survey of the pier, the town can plan its repairs before the winter storms.';
    const boxed = `Harbour Notes\n\nWhy the north pier lighthouse is closing for repairs\n\n${body}\n${closing}\n\nWritten by Lale Ersoy\nLale Ersoy writes about the harbour and its history for the trust.\n\nRead more:\nTen walks along the coast\nThe ferry timetable for June`;
    expect(extract(boxed, { format: 'text' }).byline).toEqual(['Lale Ersoy']);
  });

  it('never takes a line that credits a writer by a byline word for the headline', () => {
    const body = 'The lighthouse on the north pier will close for repairs from Monday, the harbour trust said, and the walkway beside it will stay open to visitors through the summer season.';
    const text = `Harbour Notes\n\nLighthouse to close for repairs\nBy Lale Ersoy ⋅ Harbour Reporter ⋅ Updated June 2, 2025\nContributions From: Oona Pratt\n\n${body}\n${body.replace('Monday', 'Tuesday')}`;
    const a = extract(text, { format: 'text' });
    expect(a.headline).toBe('Lighthouse to close for repairs');
    expect(a.byline).toContain('Lale Ersoy');
  });

  it('offers no line that names the site\'s own address among its words as a headline, but keeps a title trail', () => {
    const text = [
      'Weekend reads from harbourpost.example',
      'HarbourPost.example | Local | Ferry fares to rise in May',
      'Ferry fares to rise in May',
      'Return fares on the island routes will rise by 4% from the first of May, the operator said on Thursday, citing fuel and crew costs.',
      'Season tickets for islanders are frozen for another year, and children under twelve will still travel free on every route.',
    ].join('\n');
    const { ctx } = prepare(text, 'text', 'https://www.harbourpost.example/local/ferry-fares-to-rise');
    const offered = headlineCandidates(ctx).map((c) => ctx.lines[c.line]!.text);
    expect(offered).not.toContain('Weekend reads from harbourpost.example');
    expect(offered).toContain('HarbourPost.example | Local | Ferry fares to rise in May');
    expect(offered).toContain('Ferry fares to rise in May');
  });

  it('marks a title the line above states again, alone or as the last entry of a breadcrumb trail', () => {
    const text = [
      'Blog/Outdoor guides/How to pick a tent for wet weather',
      'How to pick a tent for wet weather',
      'On this page',
      'Why the fly sheet matters',
      'A tent that keeps the rain out starts with its fly sheet: the outer layer takes the weather so the inner tent stays dry, guides say.',
      'Seams, poles and the groundsheet come next, and each one is worth checking in the shop before a wet weekend in the hills.',
    ].join('\n');
    const { ctx } = prepare(text, 'text', null);
    const repeated = headlineCandidates(ctx).filter((c) => c.x['prev.same'] === 1).map((c) => ctx.lines[c.line]!.text);
    expect(repeated).toEqual(['How to pick a tent for wet weather']);
  });

  it('offers a line that spells out the URL slug as a headline candidate, however far from the region', () => {
    const menu = Array.from({ length: 120 }, (_, k) => `Menu entry ${k + 1}`);
    const text = [
      'Ledger & Lamp', '',
      'Closing the Books Without Overtime', '',
      ...menu, '',
      'Month-end close checklist for small teams',
      'Every month our clients ask how to get the books closed in a week instead of three, and the answer is mostly in the order of the work.',
      'Start with the bank reconciliations, since every later step depends on cash being right, and leave accruals for the last two days.',
    ].join('\n');
    const { ctx } = prepare(text, 'text', 'https://ledgerandlamp.example/blog/closing-the-books-without-overtime/');
    const offered = headlineCandidates(ctx).map((c) => ctx.lines[c.line]!.text);
    expect(offered).toContain('Closing the Books Without Overtime');
  });

  it('finds a byline under a standfirst and a summary paragraph, a paragraph lower than the rest of the header', () => {
    const text = [
      'Home', 'Science', '',
      'Ancient seeds sprout after two thousand years in a jar', '',
      'Botanists coaxed seeds found in a sealed clay jar near the coast into growing, the oldest ever to germinate in the region.',
      'The young palms, now almost a metre tall, are kept in a locked greenhouse at the university while the team studies their genes.',
      'Tomas Lindqvist', 'Published Thursday 4 April 2024 - 10:12', '',
      'The team planted 32 seeds in sterile soil and treated them with hormones and fertiliser, and six of them sprouted within eight weeks of planting.',
      'Radiocarbon dating of fragments of the seed shells placed them between the first century before and the first century after the common era.',
      'The researchers now hope to cross the plants with modern varieties to recover traits that were lost over centuries of cultivation.',
    ].join('\n');
    const a = extract(text, { format: 'text' });
    expect(a.byline).toEqual(['Tomas Lindqvist']);
    expect(a.body).not.toMatch(/Tomas Lindqvist/);
  });

  it('reads "- Summary" closing a table of contents as its last entry, not as the header of a digest holding the headline', () => {
    const text = [
      'Blog', '',
      'In this article',
      '- Why the queue backs up',
      '- Measuring the lag',
      '- Two fixes that worked',
      '- Summary', '',
      'Draining a Backed-Up Job Queue Without Downtime',
      'Our nightly jobs fell hours behind. Here is how we found the cause and fixed it in place.',
      'By Ottilie Brandvold', '',
      'For three weeks in March our nightly billing jobs finished later each morning, until customers began to see invoices dated a day late.',
      'The queue itself was healthy: workers were idle half the night while a single slow consumer held a lock on the table everyone needed.',
      'We split the lock by account and moved the slow consumer to its own pool, and the backlog drained in under an hour without a restart.',
    ].join('\n');
    const a = extract(text, { format: 'text' });
    expect(a.headline).toBe('Draining a Backed-Up Job Queue Without Downtime');
    expect(a.byline).toEqual(['Ottilie Brandvold']);
    expect(a.digest.map((d) => d.text)).not.toContain('Draining a Backed-Up Job Queue Without Downtime');
  });

  it('reads a day-first date opening a line as a date, not a numbered item, and the name after it as the byline', () => {
    const text = [
      'Wirtschaft', '',
      'Die Fähre nach Sylt fährt ab Mai öfter', '',
      'Die Reederei verdichtet den Takt im Sommer und setzt ein zweites Schiff ein.',
      '9. September 2025 um 15:46 Uhr / Henrike Saalfeld', '',
      'Ab dem ersten Mai fährt die Fähre zwischen Havneby und List stündlich statt alle zwei Stunden, teilte die Reederei am Dienstag mit.',
      'Für die Sommermonate chartert das Unternehmen ein zweites Schiff, das bisher auf der Ostsee im Einsatz war und bis zu 400 Autos fasst.',
      'Die Preise für Hin- und Rückfahrt bleiben nach Angaben der Reederei in diesem Jahr unverändert, für Wohnmobile gilt ein neuer Tarif.',
      '1. Mai: erster Tag des neuen Fahrplans',
    ].join('\n');
    const a = extract(text, { format: 'text' });
    expect(a.byline).toEqual(['Henrike Saalfeld']);
    expect(a.publishedAt?.value).toBe('2025-09-09T15:46Z');
    // A month word without a number after it opens a numbered item as before.
    const { ctx } = prepare(['1. May we suggest a walk first', '9. September 2025 um 15:46 Uhr', '2. Mai bis Juni geschlossen'].join('\n'), 'text', null);
    expect(ctx.lines.map((l) => l.marker)).toEqual(['number', null, 'number']);
  });

  it('offers a bare name beside a relative time stamp as a byline candidate ("Jane Doe|Published 1 day ago")', () => {
    const { ctx } = prepare(['News', '', 'Council votes to reopen the old ferry pier', '', 'Sifiso Ntuli|Published 1 day ago', '', 'The council voted on Tuesday to reopen the pier after two years of repairs, ending a dispute that split the town for months.', 'Work on the landing stage will finish in the spring, officials said, and the first ferry will call at the pier in April.'].join('\n'), 'text', null);
    expect(bylineCandidates(ctx, 1).map((c) => c.reading.names)).toContainEqual(['Sifiso Ntuli']);
  });

  it('takes the author from a line that signs the article under its body, but not from bylines in a list of other articles', () => {
    const page = (foot: string[]) => [
      'Home', 'Guides', 'Garden', '',
      'How to Keep Tomatoes Cropping Into October', '',
      'Late-season tomatoes need less water and more sun than most growers think, and a few small changes in September can add weeks of harvest before the first frost.', '',
      'By the middle of September most tomato plants start to look tired. The lower leaves yellow, the stems harden and new flowers drop before they set fruit.', '',
      'The first step is to cut the growing tips. A plant that keeps making new leaves spends its sugar on them instead of on the fruit already hanging.', '',
      'Water less often but more deeply. Cooler nights slow the roots, and soil that stays wet invites blight, which spreads fastest in damp autumn mornings.', '',
      'Finally, strip the lower leaves so that air moves through the plant and the low sun reaches the fruit. Green tomatoes picked before a frost still ripen indoors.', '',
      ...foot, '',
      'Share this article', 'Privacy policy',
    ].join('\n');
    expect(extract(page(['Written by Marguerite Okafor']), { format: 'text' }).byline).toEqual(['Marguerite Okafor']);
    expect(extract(page(['More guides', '', '- Pruning roses in winter', '  By Daniel Hart', '- Raised beds for small gardens', '  By Ines Moreau']), { format: 'text' }).byline).toEqual([]);
    expect(extract(page(['More guides', '', 'Pruning roses in winter', 'By Daniel Hart', 'Raised beds for small gardens', 'By Ines Moreau']), { format: 'text' }).byline).toEqual([]);
  });

  it('keeps a short sentence that follows the article\'s first paragraph, though a signature below it reads as the byline', () => {
    const text = [
      'Home', 'Opinion', 'Letters to the Editor',
      'Readers on library closures and the Mill Road cycle lane',
      'Our readers have their say on the week\'s talking points',
      'Sat 8 Mar 2025 07.00 GMT',
      'Share',
      'Closing the branch library would be a false economy',
      'Your report about the council\'s plan to close three branch libraries to save money left out the people who will pay the real price: children and older readers without the internet.',
      'The consultation closes on 28 March. I urge every reader to respond before then.',
      'Harriet Colbeck, Fenwick',
      'Give the cycle lane a fair trial',
      'Drivers who complain about the Mill Road cycle lane seem to forget that it only opened in January. Traffic always takes a few months to settle into a new pattern.',
      'Owen Prideaux, Westbury',
    ].join('\n');
    expect(extract(text).body).toContain('The consultation closes on 28 March. I urge every reader to respond before then.');
  });

  it('reads the name over an author box\'s bio as the byline where the header names nobody', () => {
    const text = [
      'Home', 'Blog', 'Guides',
      'How to choose a winter coat that lasts',
      'A good coat is an investment, and a few checks in the shop tell you whether it will last ten winters or two.',
      'Start with the seams. Pull gently at the shoulder and under the arm: the stitches should not open, and the lining should move with the shell.',
      'Then look at the zip. A metal zip with a storm flap keeps the wind out far better than a plastic one, and it can be replaced when it breaks.',
      'Finally, check the label for the fill. Down is warmest for its weight, but a synthetic fill keeps its warmth when it gets wet.',
      'Laura Bennett',
      'Laura Bennett is a textile engineer who has tested outdoor clothing for fifteen years and writes about gear that lasts.',
      'Related articles', 'Privacy policy',
    ].join('\n');
    expect(extract(text).byline).toEqual(['Laura Bennett']);
  });

  it('removes the author\'s bio at the article\'s foot as a credit, but keeps a paragraph that only names the author', () => {
    const page = (foot: string) => [
      'Home', 'Opinion', '',
      'The harbour needs a ferry, not another car park',
      'By Marguerite Okafor', '',
      'The council will decide next month whether to spend twelve million on a car park by the ferry terminal, and the plan deserves a closer look than it has had.', '',
      'Every space in the deck is an invitation to drive to the harbour rather than take the bus, and the roads around the terminal are already full at rush hour.', '',
      'A shuttle pilot in 2019 carried four hundred people a day before its funding ran out, and nobody has explained why it was not renewed.', '',
      'The alternative is cheaper and it has already been tried here. Councillors should ask what the car park will cost in traffic before they vote for it.', '',
      foot, '',
      'Share this article', 'Privacy policy',
    ].join('\n');
    const bio = 'Marguerite Okafor is a contributing columnist for the Harbour Post. She has covered transport in the city since 2012.';
    const a = extract(page(bio), { format: 'text' });
    expect(a.body).not.toContain('contributing columnist');
    expect(a.boilerplate.find((b) => b.text === bio)?.rule).toBe('credit.author-bio');
    const named = 'Marguerite Okafor rode the shuttle herself last spring, and it was full every morning of the pilot.';
    expect(extract(page(named), { format: 'text' }).body).toContain(named);
  });

  it('offers names without a "By" as byline candidates when a role follows them on the line', () => {
    const text = [
      'Why the city should keep its night buses running',
      '',
      'Cutting the late routes would save little and strand the workers who keep hospitals, bakeries and stations open.',
      'Oyelaran Adebayo and Szymek Wróblewski | Guest Columnists',
      '',
      'When the transport board meets next month it will weigh a proposal to end every bus route that runs after midnight, a saving of about 2 million a year.',
      'The people who ride those buses are nurses, cleaners and bakers whose shifts begin or end when the trains have stopped, and few of them own a car.',
      'A cheaper timetable would push them into taxis they cannot afford or onto long walks home through empty streets.',
    ].join('\n');
    // Names no lexicon knows, no "By", no date: the role after the bar is the evidence of a byline.
    const { ctx } = prepare(text, 'text', null);
    const named = (c: ReturnType<typeof bylineCandidates>[number]) => c.reading.names.length > 0;
    expect(bylineCandidates(ctx, 0).filter(named).map((c) => c.reading.names)).toEqual([['Oyelaran Adebayo', 'Szymek Wróblewski']]);
    const { ctx: bare } = prepare(text.replace(' | Guest Columnists', ''), 'text', null);
    expect(bylineCandidates(bare, 0).filter(named)).toEqual([]);
  });
});

describe('stories', () => {
  const para = 'The valley town of Orvena keeps its old mill running for visitors every weekend, and the bakery beside it sells bread from its flour.';
  it('reads no story from a lone signpost in a feature, nor from a team sheet', () => {
    const feature = `Travel\n\nA weekend in Orvena\n\n${para}\n${para.replace('weekend', 'Sunday')}\nGetting there: The nearest station is at Palvezza, twenty kilometres away, with buses up the hill three times a day.\n${para.replace('town', 'village')}`;
    expect(extract(feature, { format: 'text' }).stories).toEqual([]);
    const report = `Sport\n\nOrvena win the cup final\n\n${para}\n${para.replace('weekend', 'Sunday')}\nOrvena FC: Bassi; Lunardi, Gorini, Melis, Ibba; Casu, Tola (Ferru, 70), Vacca; Ruiu, Pinna, Cossu.\nPalvezza: Barra; Sorgia, Quaglia, Argiolas, Pala; Olla, Boi; Lai (Rais, 75), Vidili, Cuccu; Mura.`;
    expect(extract(report, { format: 'text' }).stories).toEqual([]);
  });

  it('reads no story from a quotation\'s introduction ("Local councillor Rhian Pugh said: ...")', () => {
    const briefing = `Morning Briefing\n\nWhat you need to know today\n\nHousing: The council approved four hundred new homes on the old depot site on Monday, after a long debate about parking.\n\nLocal councillor Rhian Pugh said: "This is the second time in four years that the depot plan has changed, and patience is wearing thin."\n\nTransport: The tram line to the hospital will close for two weeks in May while engineers replace the track near the river.\n\n${para}`;
    expect(extract(briefing, { format: 'text' }).stories.map((s) => s.label)).toEqual(['Housing', 'Transport']);
  });

  it('reads the stories of a briefing', () => {
    const briefing = `Morning Briefing\n\nWhat you need to know today\n\nHousing: The council approved four hundred new homes on the old depot site on Monday, after a long debate about parking.\nTransport: The tram line to the hospital will close for two weeks in May while engineers replace the track near the river.\n${para}`;
    expect(extract(briefing, { format: 'text' }).stories.map((s) => s.label)).toEqual(['Housing', 'Transport']);
  });
});

describe('live tickers', () => {
  it('keeps a photo caption under an article\'s one date line out of the body: one time stamp is no live blog', () => {
    const text = [
      "Crime & Courts",
      "Former Alder Falls treasurer convicted of stealing $412,000 from town accounts",
      "Jury deliberated less than four hours before finding Margaret Duval guilty on all counts",
      "By Ashley Moreno",
      "Staff Writer",
      "March 26, 2025 at 6:12 p.m.",
      "Margaret Duval leaves Cumberland County Superior Court in Portland on Tuesday. (Derek Pham/Staff Photographer)",
      "Gift this article",
      "PORTLAND — A jury on Wednesday convicted the former treasurer of Alder Falls of embezzling more than $412,000 from the small town's accounts over six years, money prosecutors said she spent on casino trips, a lakeside camp and her daughter's wedding.",
      "Margaret Duval, 61, was found guilty of one count of theft by unauthorized taking, 14 counts of forgery and one count of misuse of entrusted property after a seven-day trial in Cumberland County Superior Court. The jury deliberated for just under four hours.",
      "Justice Harold Keane set sentencing for June 10. Duval faces up to 30 years in prison on the theft charge alone, though prosecutors said they would likely seek a sentence of six to eight years.",
      "\"This was not a mistake or a bookkeeping error. It was a deliberate scheme, repeated month after month, to take money that belonged to the people of Alder Falls,\" Assistant Attorney General Colin Brandt told jurors in his closing argument on Monday.",
      "Duval's attorney, Rebecca Sato, argued that the town's lax oversight had allowed errors to pile up and that her client had repaid part of the money. \"She made bad choices, but she is not the criminal mastermind the state described,\" Sato said outside the courthouse. She said she would appeal.",
      "Advertisement",
      "State auditors discovered the missing funds in August 2023, when a new town manager noticed that property-tax receipts did not match bank deposits. An audit later found that Duval had written 212 checks to herself or to a shell company she controlled between 2017 and 2023.",
      "The losses amounted to roughly 9% of the town's annual budget. Alder Falls, a town of about 2,300 residents, raised property taxes by 4.5% last year in part to cover the shortfall, according to town records.",
      "\"Our residents paid for this twice — once when the money was taken and again on their tax bills,\" said Select Board Chair Lorraine Whitcomb, who attended every day of the trial.",
      "The town has recovered about $96,000 through an insurance claim and hopes to recover more through restitution, Whitcomb said.",
    ].join('\n');
    expect(extract(text, { format: 'text' }).body).not.toContain('leaves Cumberland County Superior Court');
  });

  it('reads stamps between crosses ("+++ 13:45 Uhr +++") and keeps each entry\'s text between share buttons, adverts and a channel promo', () => {
    const text = [
      'Lahnbote', 'Liveticker', '', 'Hochwasser an der Wendel: Pegel steigt weiter', 'Von Ilka Marquardt', 'Stand: 18.09.2025, 15:10 Uhr', '',
      '+++ 15:10 Uhr +++', 'Innenminister besucht Krisenstab',
      'Landesinnenminister Gerd Hollacher hat sich im Krisenstab in Marbach ein Bild von der Lage gemacht und weitere Hilfe zugesagt.', 'Teilen',
      '+++ 13:45 Uhr +++', 'Land sagt Soforthilfe zu',
      'Die Landesregierung stellt betroffenen Haushalten fünf Millionen Euro Soforthilfe zur Verfügung. Anträge sollen ab Montag bei den Gemeinden gestellt werden können.', 'Teilen', 'Anzeige',
      '+++ 11:20 Uhr +++', 'Evakuierung der Altstadt läuft',
      'Feuerwehr und Technisches Hilfswerk haben begonnen, die Marbacher Altstadt zu räumen. Betroffen sind rund 800 Menschen.', 'Teilen',
      'Jetzt unseren WhatsApp-Kanal abonnieren und keine Eilmeldung mehr verpassen',
      '+++ 09:05 Uhr +++', 'Pegel über sechs Metern',
      'Der Pegel der Wendel hat in der Nacht die Marke von sechs Metern überschritten. Zuletzt war der Fluss im Juni 2013 so hoch gestiegen.', 'Teilen',
      'Mehr zum Thema', '- So schützen Sie Ihren Keller vor Hochwasser', 'Impressum',
    ].join('\n');
    const a = extract(text, { format: 'text', publishedAt: '2025-09-18' });
    expect(a.body).toContain('Die Landesregierung stellt betroffenen Haushalten');
    expect(a.body).toContain('Der Pegel der Wendel hat in der Nacht');
    expect(a.body).not.toContain('WhatsApp-Kanal');
    const times = a.events.filter((e) => e.date.granularity === 'time').map((e) => e.date.value.slice(11, 16));
    expect(times).toEqual(expect.arrayContaining(['15:10', '13:45', '11:20', '09:05']));
  });
});

describe('a title with a dash over a two-sentence standfirst', () => {
  const page = [
    'Norrvikens Tidning',
    'Nyheter',
    'Sport',
    'Nöje',
    'Familj',
    'E-tidning',
    'Logga in',
    'Bli prenumerant',
    'Vi använder kakor (cookies) för att ge dig en bättre upplevelse. Genom att fortsätta godkänner du att vi använder kakor.',
    'Godkänn alla',
    'Hantera inställningar',
    'NYHETER',
    'Byskolan i Älvsnäs läggs ned – föräldrarna rasar',
    'Kommunstyrelsen röstade för nedläggning efter en lång debatt. Föräldrar lovar att överklaga beslutet.',
    'Publicerad 11 mars 2025 kl 21.14',
    'Uppdaterad 12 mars 2025 kl 07.02',
    'Johan Lindqvist',
    'johan.lindqvist@norrvikenstidning.se',
    'Läs senare',
    'Dela',
    '',
    'Efter nästan fyra timmars debatt röstade kommunstyrelsen i Norrvik på tisdagskvällen för att lägga ned skolan i Älvsnäs. Beslutet fattades med 7 röster mot 6, och de 34 eleverna ska från hösten gå i Storbackens skola, drygt två mil bort.',
    '',
    'Enligt kommunens beräkningar sparar nedläggningen omkring 4,2 miljoner kronor per år. Kommunen räknar med ett underskott på 38 miljoner kronor i år, och barn- och utbildningsförvaltningen har fått i uppdrag att minska sina kostnader med 3,5 procent.',
    '',
    'Läs också: Nya busslinjen mellan Norrvik och Storbacken försenas',
    'Annons',
    'Prenumerera på vårt nyhetsbrev – få de viktigaste lokala nyheterna varje morgon.',
    '',
    '– Vi förstår att det här är tungt för familjerna i Älvsnäs, men vi kan inte blunda för att elevantalet har halverats på tio år, säger kommunstyrelsens ordförande Birgitta Holm.',
    '',
    'Föräldraföreningen, som samlade in över 1 200 namnunderskrifter mot nedläggningen i januari, tänker nu överklaga beslutet till förvaltningsrätten.',
    '',
    '– Våra barn ska inte behöva sitta en timme i buss varje dag för att politikerna har räknat fel, säger Emma Sjöberg, ordförande i föreningen och mamma till två elever på skolan.',
    '',
    'Skolan i Älvsnäs byggdes 1912 och är en av de sista byskolorna i kommunen. Redan förra året stängdes förskolan i samma byggnad. Oppositionen ville i stället utreda en sammanslagning med skolan i Granön, men det förslaget röstades ned.',
    '',
    'Kommentera',
    'Mest läst',
    'Kontakta redaktionen',
    'Ansvarig utgivare: Karin Ek',
    '© Norrvikens Tidning 2025',
  ].join('\n');

  it('takes the title, and the standfirst of two sentences under it as the dek', () => {
    const a = extract(page);
    expect(a.headline).toBe('Byskolan i Älvsnäs läggs ned – föräldrarna rasar');
    expect(a.dek).toBe('Kommunstyrelsen röstade för nedläggning efter en lång debatt. Föräldrar lovar att överklaga beslutet.');
  });
});

describe('bylines with a role between the byline word and the name', () => {
  it.each([
    ['Door onze redacteur Pieter Vanhove', ['Pieter Vanhove']],
    ['Door onze verslaggever Sanne de Vries-Oosterhuis', ['Sanne de Vries-Oosterhuis']],
    ['By our Washington correspondent Jane Doe', ['Jane Doe']],
    ['Von unserem Korrespondenten Max Weber', ['Max Weber']],
    ['Autorzy: Tomasz Wróblewski, Agnieszka Nowicka-Bąk', ['Tomasz Wróblewski', 'Agnieszka Nowicka-Bąk']],
  ])('reads %s', (line, names) => {
    expect(readByline(line)?.names).toEqual(names);
  });
});
