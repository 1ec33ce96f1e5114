// Issue 15, point 3: dates in the page's language (chrono-node's parsers for it and our news rules),
// day-first numeric dates, and the engine's functions for the header's date lines.
import { describe, expect, it } from 'vitest';
import { parseDateLine, readDates } from '../src/dates/api.js';
import { extract } from '../src/index.js';

const read = (text: string, publishedAt: string) => {
  const a = extract(text, { publishedAt });
  return { lang: a.lang, dates: a.dates.map((d) => [d.text, d.value, d.granularity]) };
};
/** The value read for the expression written `written`. */
const day = (text: string, publishedAt: string, written: string) => read(text, publishedAt).dates.find((d) => d[0] === written)?.[1];

describe('dates in other languages', () => {
  it('reads no date in a greeting, a compound place name or a figure, and a French or German target ahead', () => {
    const texts = (text: string, publishedAt: string) => read(text, publishedAt).dates.map((d) => d[0]);
    expect(texts('Guten Morgen und willkommen zu unserem Liveticker zum Hochwasser an der Lahn. Der Pegel steigt weiter, sagte ein Sprecher der Stadt.', '2025-09-18')).not.toContain('Morgen');
    expect(texts("Les élus de la majorité ont voté contre le budget du maire. La circulation reste difficile à Saint-Brévin-sur-Mer, où la mairie a fermé deux routes.", '2025-10-10')).toEqual([]);
    const fr = read("Les élus de la majorité ont voté contre le budget présenté par le maire. Les chauffeurs de bus sont en grève jusqu'à jeudi dans toute l'agglomération.", '2025-10-14');
    expect(fr.dates).toContainEqual(['jeudi', '2025-10-16', 'day']);
    const de = read('Die Bahn hat den Streik am Montag beendet, sagte eine Sprecherin. Für Mittwoch rechne man mit Verspätungen am Morgen, danach solle der Verkehr wieder normal laufen.', '2026-02-24');
    expect(de.dates).toContainEqual(['Mittwoch', '2026-02-25', 'day']);
  });

  it('reads a weekday in the tense of its language: Dutch compounds, Swedish "på", Italian schedules, French inverted perfects', () => {
    expect(day('De oppositie diende een motie in tegen het plan van de gemeente. De gemeenteraad stemde dinsdagavond met 14 tegen 1 voor het plan van het college.', '2024-04-03', 'dinsdagavond')).toBe('2024-04-02');
    expect(day('Kommunen har beslutat att stänga vårdcentralen i byn. På lördag planerar föreningen en demonstration vid torget i centrum.', '2024-05-22', 'lördag')).toBe('2024-05-25');
    expect(day('Il comune ha annunciato la riapertura del ponte dopo i lavori della scorsa estate. Per sabato mattina è in programma una breve cerimonia con il sindaco.', '2025-03-10', 'sabato mattina')).toBe('2025-03-15');
    expect(day("Les élus de la majorité ont voté contre le budget présenté par le maire de la ville. « Le maire a perdu le contrôle de sa majorité », a-t-il déclaré mercredi.", '2025-03-06', 'mercredi')).toBe('2025-03-05');
  });

  it('reads a present tense that schedules as the future: "sluit voor 1 juli", "apre lunedì", "stängs den 30 juni"', () => {
    expect(day('Het gemeentebestuur heeft het plan goedgekeurd. Het zwembad sluit voor 1 juli de deuren voor een grote renovatie.', '2025-03-12', '1 juli')).toBe('2025-07-01');
    expect(day('Il comune ha presentato il programma del festival. La prevendita apre lunedì sul sito del festival, con biglietti a prezzo ridotto.', '2025-03-21', 'lunedì')).toBe('2025-03-24');
    expect(day('Kommunen har beslutat att lägga ned verksamheten. Sågverket stängs den 30 juni, enligt ett pressmeddelande från bolaget.', '2025-03-14', 'den 30 juni')).toBe('2025-06-30');
  });

  it('reads an Italian conditional and a present that schedules as ahead: "dovrebbero attenuarsi giovedì", "torna transitabile sabato"', () => {
    const text = 'La giunta regionale ha approvato ieri sera la bozza del bilancio di previsione, che vale 14 miliardi di euro. La Protezione civile ha diramato un\'allerta arancione su tutta la fascia costiera. Secondo i previsori le precipitazioni dovrebbero attenuarsi giovedì. Il ponte di Cerreto torna transitabile sabato, dopo quattordici mesi di lavori.';
    expect(day(text, '2025-10-07', 'giovedì')).toBe('2025-10-09');
    expect(day(text, '2025-10-07', 'sabato')).toBe('2025-10-11');
  });

  it('reads Swedish "i fjol" as last year and "i går" as yesterday', () => {
    expect(read('Kommunen har beslutat att lägga ned skolan i byn efter långa diskussioner om ekonomin. I fjol gick nämnden back med 14 miljoner kronor, och i tisdags röstade fullmäktige för nedläggningen.', '2024-11-20').dates).toContainEqual(['fjol', '2023', 'year']);
    expect(read('Trafikverket har stängt banan efter olyckan vid bron i Ljungsele. I går meddelade Sjöbygdstrafiken att ersättningsbussar sätts in på sträckan.', '2025-04-10').dates).toContainEqual(['går', '2025-04-09', 'day']);
  });

  it('reads the direction word beside a weekday: "a próxima sexta-feira" on a Friday is the next one', () => {
    expect(day('A câmara aprovou o projeto na semana passada, mas a votação final ficou marcada para a próxima sexta-feira, disse o presidente.', '2023-10-13', 'sexta-feira')).toBe('2023-10-20');
    expect(day('A câmara aprovou o projeto ontem. A oposição criticou a decisão na segunda-feira passada, disse o presidente.', '2023-10-13', 'segunda-feira')).toBe('2023-10-09');
  });

  it('reads Norwegian and Danish dates: day-first dates, weekdays, "i går", "i fjor", "næste uge"', () => {
    const no = read('Brattli IL sikret seg opprykk til 2. divisjon søndag ettermiddag etter en 3–1-seier over Nordvik, og treneren var fornøyd med laget. I fjor endte klubben på fjerdeplass, og i tirsdags fikk spillerne beskjed om at banen skal oppgraderes. Kampen ble utsatt til 12. mai 2026, opplyste klubben i går. Styret møtes igjen på fredag.', '2025-11-17');
    expect(no.lang).toBe('no');
    for (const d of [['søndag', '2025-11-16', 'day'], ['fjor', '2024', 'year'], ['tirsdags', '2025-11-11', 'day'], ['12. mai 2026', '2026-05-12', 'day'], ['går', '2025-11-16', 'day'], ['fredag', '2025-11-21', 'day']]) expect(no.dates).toContainEqual(d);
    const da = read('Byrådet i Haldrup vedtog i går den nye skolestruktur med 19 stemmer mod 12, og forældrene var glade for det. Forslaget blev første gang fremlagt i marts, og sidste år lukkede kommunen to skoler. Borgmesteren sagde mandag, at de nye regler træder i kraft 1. august. Næste uge holder forældrebestyrelsen møde, og på torsdag åbner kommunen en høring.', '2025-06-04');
    expect(da.lang).toBe('da');
    for (const d of [['går', '2025-06-03', 'day'], ['marts', '2025-03', 'month'], ['sidste år', '2024', 'year'], ['mandag', '2025-06-02', 'day'], ['1. august', '2025-08-01', 'day'], ['Næste uge', '2025-W24', 'week'], ['torsdag', '2025-06-05', 'day']]) expect(da.dates).toContainEqual(d);
  });

  it('takes no event from an update line under the header in the page\'s language', () => {
    const para = 'El índice de precios de la provincia subió 2,7% en marzo, según informó este lunes el instituto de estadística, el menor dato en cinco meses.';
    for (const label of ['Actualizado:', 'Ultimo aggiornamento:', 'Oppdatert']) {
      const a = extract(`La inflación provincial se desaceleró en marzo\nAlimentos y bebidas volvieron a subir por encima del promedio. El Gobierno destaca la tendencia.\nPor Lucía Bertolini\nPublicado: 14/04/2025 - 20:40\n${label} 15/04/2025 - 09:14\n${para}\n${para}`, { format: 'text' });
      expect(a.events.map((e) => e.text), label).not.toContainEqual(expect.stringContaining(label));
      expect(a.body, label).not.toContain(label);
    }
  });

  it('reads "La prossima settimana" with its article as a week, not a day a week on', () => {
    expect(read('Il comune ha presentato il piano per la frana. La prossima settimana partiranno i lavori di messa in sicurezza della strada provinciale.', '2025-03-12').dates).toContainEqual(['La prossima settimana', '2025-W12', 'week']);
  });

  it('reads a weekday after German "für" and after an English extension "through" as ahead', () => {
    expect(day('Die Gewerkschaft hat den Streik angekündigt. Verdi ruft für Donnerstag zum Warnstreik bei der Nordbahn auf.', '2025-03-18', 'Donnerstag')).toBe('2025-03-20');
    // A month after "für" is a month all the same ("meldeten für Juni ein Umsatzplus").
    expect(day('Die Firma hat gute Zahlen vorgelegt. Die Händler meldeten für Juni ein Umsatzplus von drei Prozent, teilte der Verband mit.', '2024-07-10', 'Juni')).toBe('2024-06');
    expect(day('The weather service said the heat would last. It extended a heat advisory through Wednesday evening, officials said.', '2024-06-24', 'Wednesday evening')).toBe('2024-06-26');
  });

  it('reads the Swedish weekday forms chrono-node leaves out: "i tisdags", "måndagskväll"', () => {
    expect(day('Kommunen har beslutat att stänga vårdcentralen i byn. Fackklubben kallades till ett extra möte redan i tisdags, men fick inga besked.', '2025-03-14', 'tisdags')).toBe('2025-03-11');
    expect(day('Kommunen har beslutat att stänga vårdcentralen i byn. Föreningen håller ett möte om beslutet på måndagskväll i bygdegården.', '2025-03-14', 'måndagskväll')).toBe('2025-03-17');
  });

  it('reads months after a preposition, "last week", "next year" and half-years in Portuguese, Italian, Dutch and Swedish', () => {
    const pt = read('O instituto de pesquisa informou nesta segunda-feira que as vendas do comércio cresceram 2,4% em fevereiro. Desde dezembro, as vendas acumulam alta, e no ano passado caíram. O banco revisou a projeção para o segundo semestre.', '2025-04-14');
    expect(pt.lang).toBe('pt');
    expect(pt.dates).toEqual(expect.arrayContaining([['fevereiro', '2025-02', 'month'], ['dezembro', '2024-12', 'month'], ['ano passado', '2024', 'year'], ['segundo semestre', '2025-H2', 'half']]));
    const it = read("Il comune ha approvato il bilancio a febbraio, dopo che l'anno scorso il ponte era stato chiuso per i lavori. I fondi arriveranno nel secondo semestre, secondo la giunta.", '2025-03-10');
    expect(it.lang).toBe('it');
    expect(it.dates).toEqual(expect.arrayContaining([['febbraio', '2025-02', 'month'], ["l'anno scorso", '2024', 'year'], ['secondo semestre', '2025-H2', 'half']]));
    const nl = read('De oppositiepartij diende vorige week een motie in tegen het plan van de gemeente. Vorig jaar daalde het aantal bezoekers van het zwembad, en het college wil in september met nieuwe plannen komen.', '2024-04-03');
    expect(nl.lang).toBe('nl');
    expect(nl.dates).toEqual(expect.arrayContaining([['vorige week', '2024-W13', 'week'], ['Vorig jaar', '2023', 'year'], ['september', '2024-09', 'month']]));
    const sv = read('Förra veckan protesterade invånarna mot beslutet att stänga vårdcentralen i byn. Förra året ökade antalet besök, och kommunen ska fatta ett nytt beslut i september.', '2024-05-24');
    expect(sv.lang).toBe('sv');
    expect(sv.dates).toEqual(expect.arrayContaining([['Förra veckan', '2024-W20', 'week'], ['Förra året', '2023', 'year'], ['september', '2024-09', 'month']]));
  });

  it('reads German news prose', () => {
    const { lang, dates } = read(
      'Die Verkehrsbetriebe von Gernsfeld haben am Dienstag mitgeteilt, dass die neue Straßenbahnlinie erst im zweiten Quartal 2026 fahren wird. ' +
        'Ursprünglich war die Eröffnung für Ende dieses Jahres geplant. Im vergangenen Sommer hatten Bauarbeiter bei den Arbeiten alte Leitungen aus den 1920er Jahren gefunden. ' +
        'Der Stadtrat will am 3. Dezember über zusätzliche Mittel entscheiden.',
      '2025-11-13',
    );
    expect(lang).toBe('de');
    expect(dates).toContainEqual(['Dienstag', '2025-11-11', 'day']);
    expect(dates).toContainEqual(['zweiten Quartal 2026', '2026-Q2', 'quarter']);
    expect(dates).toContainEqual(['Ende dieses Jahres', '2025', 'year']);
    expect(dates).toContainEqual(['vergangenen Sommer', '2025-SU', 'season']);
    expect(dates).toContainEqual(['1920er Jahren', '192', 'decade']);
    expect(dates).toContainEqual(['3. Dezember', '2025-12-03', 'day']);
  });

  it('reads a German season after any form of its word ("das kommende Frühjahr", "letztes Frühjahr")', () => {
    const { dates } = read('Die Ministerin kündigte am Montag einen Gesetzentwurf für das kommende Frühjahr an. Letztes Frühjahr waren die Mieten stark gestiegen.', '2026-11-03');
    expect(dates).toContainEqual(['kommende Frühjahr', '2027-SP', 'season']);
    expect(dates).toContainEqual(['Letztes Frühjahr', '2026-SP', 'season']);
  });

  it('reads a German weekday joined to a part of the day ("Freitagabend") as that day, ahead where the present tense says so', () => {
    // 2026-07-15 is a Wednesday.
    const { dates } = read('Der Wetterdienst warnt vor großer Hitze. Die Warnung gilt ab Mittwochmittag und soll bis Freitagabend bestehen bleiben, teilte der DWD mit. Am Montagmorgen fielen viele Züge aus.', '2026-07-15');
    expect(dates).toContainEqual(['Mittwochmittag', '2026-07-15', 'day']);
    expect(dates).toContainEqual(['Freitagabend', '2026-07-17', 'day']);
    expect(dates).toContainEqual(['Montagmorgen', '2026-07-13', 'day']);
  });

  it('reads a comparison baseline in Spanish and German as a date but no event ("frente al 34% de hace un año")', () => {
    const es = extract('Sequía\n\nEl embalse está al 22% de su capacidad, frente al 34% de hace un año, informó la junta el lunes.', { publishedAt: '2025-04-10' });
    expect(es.dates.map((d) => d.text)).toContain('hace un año');
    expect(es.events.map((e) => e.date.text)).not.toContain('hace un año');
    const de = extract('Mieten\n\nDie Mieten lagen um 4 Prozent höher gegenüber dem Vorjahresmonat März 2024, teilte das Amt mit.', { publishedAt: '2025-04-10' });
    expect(de.events.map((e) => e.date.value)).not.toContain('2024-03');
    const events = (text: string) => extract(text, { publishedAt: '2025-04-14' }).events.map((e) => e.date.value);
    expect(events('Varejo\n\nO governo anunciou um novo programa para as pequenas empresas. As vendas subiram 3,1% em relação ao mesmo mês de 2024, segundo o instituto.')).not.toContain('2024');
    expect(events('Vårdcentralen\n\nKommunen har presenterat en ny plan för vården i regionen. Antalet besök ökade med 12 procent jämfört med 2022, enligt regionen.')).not.toContain('2022');
    expect(events('Fund Raises More\n\nDonations reached 4.1 million, more than double the 2022 total, the fund said on Monday.')).not.toContain('2022');
    expect(events('Deuda\n\nEl ayuntamiento aprobó ayer el presupuesto para el próximo año con los votos del gobierno local. La deuda bajó a 430 millones de euros frente a los 455 millones de euros de diciembre, según el ayuntamiento.')).not.toContain('2024-12');
  });

  it('reads French news prose', () => {
    const { lang, dates } = read(
      "La préfecture a annoncé mercredi que le pont de Saint-Vrain restera fermé jusqu'au 15 janvier. " +
        "Les travaux, lancés en septembre dernier, devaient initialement s'achever fin novembre. Il y a deux ans, une crue avait déjà endommagé les piles de l'ouvrage, " +
        'construit dans les années 1950. Une réunion publique est prévue la semaine prochaine à la mairie.',
      '2025-11-13',
    );
    expect(lang).toBe('fr');
    expect(dates).toContainEqual(['mercredi', '2025-11-12', 'day']);
    expect(dates).toContainEqual(['15 janvier', '2026-01-15', 'day']);
    expect(dates).toContainEqual(['septembre dernier', '2025-09', 'month']);
    expect(dates).toContainEqual(['fin novembre', '2025-11', 'month']);
    expect(dates).toContainEqual(['Il y a deux ans', '2023', 'year']);
    expect(dates).toContainEqual(['années 1950', '195', 'decade']);
    expect(dates).toContainEqual(['la semaine prochaine', '2025-W47', 'week']);
  });

  it('reads Spanish news prose', () => {
    const { lang, dates } = read(
      'La Diputación de Valdecuervos aprobó el martes un plan de carreteras que se ejecutará entre 2026 y 2028. ' +
        'El año pasado la provincia ya invirtió una cantidad récord en asfaltado, según el diputado de Obras, que presentará el proyecto definitivo a finales de enero. ' +
        'Hace tres años las lluvias de otoño cortaron varias vías durante semanas. La licitación se abrirá el próximo mes.',
      '2025-11-13',
    );
    expect(lang).toBe('es');
    expect(dates).toContainEqual(['martes', '2025-11-11', 'day']);
    expect(dates).toContainEqual(['2026', '2026', 'year']);
    expect(dates).toContainEqual(['El año pasado', '2024', 'year']);
    expect(dates).toContainEqual(['finales de enero', '2026-01', 'month']);
    expect(dates).toContainEqual(['Hace tres años', '2022', 'year']);
    expect(dates).toContainEqual(['el próximo mes', '2025-12', 'month']);
  });

  it('reads numeric dates day first where the language or the address does', () => {
    expect(readDates('Stand: 03.04.2025', { lang: 'de' }).map((d) => d.value)).toEqual(['2025-04-03']);
    expect(readDates('Mis à jour le 03/04/2025', { lang: 'fr' }).map((d) => d.value)).toEqual(['2025-04-03']);
    expect(readDates('Updated 03/04/2025', { lang: 'en' }).map((d) => d.value)).toEqual(['2025-03-04']);
    const a = extract('Council approves the bypass\nThe council approved the bypass in a meeting on 03/04/2025, officials said on Tuesday.', { url: 'https://news.example.co.uk/local/bypass', publishedAt: '2025-04-08' });
    expect(a.dates.map((d) => d.value)).toContain('2025-04-03');
  });

  it('parses date lines in a given language for the header', () => {
    expect(parseDateLine('Veröffentlicht am 12. März 2024, 14:05 Uhr', { lang: 'de' })).toMatchObject({ value: '2024-03-12T14:05Z', granularity: 'time' });
    expect(parseDateLine('Publié le 3 mars 2025 à 10h12', { lang: 'fr', timezone: 'Europe/Paris' })).toMatchObject({ value: '2025-03-03T10:12+01:00' });
    expect(parseDateLine('Actualizado el 5 de junio de 2024', { lang: 'es' })).toMatchObject({ value: '2024-06-05', granularity: 'day', text: '5 de junio de 2024' });
    expect(parseDateLine('By Ada Lin | Sept. 23, 2024', { lang: 'en' })?.value).toBe('2024-09-23');
    // Without a reference, a weekday alone is no date.
    expect(parseDateLine('Veröffentlicht am Montag', { lang: 'de' })).toBeNull();
    expect(parseDateLine('Veröffentlicht am Montag', { lang: 'de', reference: new Date(Date.UTC(2024, 2, 13)) })?.value).toBe('2024-03-11');
  });
});

describe('Spanish targets, next weekdays and mornings', () => {
  it('reads "hasta el jueves" and "hasta el mediodía del miércoles" ahead, as a target', () => {
    const text = 'Nevadas en la sierra de Montesalto\nLa compañía eléctrica ha anunciado que no repondrá el servicio al menos hasta el mediodía del miércoles, según un comunicado.\nLa agencia prevé que las nevadas continúen hasta el jueves en toda la provincia.';
    expect(day(text, '2025-03-04', 'miércoles')).toBe('2025-03-05');
    expect(day(text, '2025-03-04', 'jueves')).toBe('2025-03-06');
  });

  it('reads "el próximo martes" said on a Tuesday as a week on', () => {
    const text = 'El Congreso debate la reforma del agua\nLa diputada presentará un punto de acuerdo sobre las tarifas el próximo martes en el pleno del Congreso.';
    expect(day(text, '2025-04-01', 'próximo martes')).toBe('2025-04-08');
  });

  it('reads "de la mañana" as the morning, and "mañana" as tomorrow', () => {
    const text = 'Trenes suspendidos en la provincia\nRenfe suspendió a las siete de la mañana todos los trenes de la línea.\nEl servicio se reanudará mañana a primera hora, según la compañía.';
    const found = read(text, '2025-03-04').dates;
    expect(found.filter((d) => d[0] === 'mañana').map((d) => d[1])).toEqual(['2025-03-05']);
  });
});
