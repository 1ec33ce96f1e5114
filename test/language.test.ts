import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { detectLanguage, primaryTag } from '../src/stages/language.js';

const GERMAN = [
  'Stadtrat beschließt neue Radwege für die Innenstadt',
  'Von Jana Vogt',
  'Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, dass in der Innenstadt bis zum Sommer drei neue Radwege entstehen sollen.',
  'Die Kosten für das Projekt liegen nach Angaben der Verwaltung bei rund 2,4 Millionen Euro, die zum Teil vom Land übernommen werden.',
  'Anwohner hatten sich zuvor über den dichten Verkehr in der Altstadt beschwert und mehr Platz für Fußgänger gefordert.',
].join('\n');

const ENGLISH = [
  'Council approves three new cycle lanes for the city centre',
  'By Jane Holt',
  'The council voted on Tuesday by a large majority to build three new cycle lanes in the city centre before the summer.',
  'The project will cost about 2.4 million euros, part of which is paid by the regional government, officials said.',
].join('\n');

describe('language', () => {
  it('names the language of the article text from its function words', () => {
    expect(extract(GERMAN).lang).toBe('de');
    expect(extract(ENGLISH).lang).toBe('en');
    expect(detectLanguage('El ayuntamiento aprobó el martes los nuevos carriles para las bicicletas, que costarán más de lo previsto por la ciudad.')?.lang).toBe('es');
    // Portuguese's commonest words ("de", "a", "o") are Romanian's too: they decide nothing.
    expect(detectLanguage('A cooperativa anunciou nesta quarta-feira um investimento de R$ 1,2 bilhão na construção de uma usina de etanol de milho, aprovado em agosto pelo conselho de desenvolvimento do estado.')?.lang).toBe('pt');
    expect(detectLanguage('Guvernul a anunțat marți că va majora pensiile și salariile în sectorul public de la 1 ianuarie, a declarat ministrul pentru presă.')?.lang).toBe('ro');
  });

  it('names languages by script and keeps Chinese apart from Japanese', () => {
    expect(detectLanguage('市议会周二以多数票通过了在市中心修建三条新自行车道的计划，预计夏季前完工。')?.lang).toBe('zh');
    expect(detectLanguage('市議会は火曜日、市の中心部に新しい自転車レーンを三本つくる計画を賛成多数で可決した。')?.lang).toBe('ja');
    expect(detectLanguage('시의회는 화요일 도심에 새로운 자전거 도로 세 개를 만드는 계획을 통과시켰다.')?.lang).toBe('ko');
  });

  it('says nothing without evidence', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12:30 | 4-2 | 88%')).toBeNull();
    expect(extract('').lang).toBeNull();
  });

  it('reads the declaration of an HTML page when the text cannot tell, and the text when it can', () => {
    const declared = '<html lang="is"><body><article><h1>Ný hjólabraut</h1><p>Borgarráð samþykkti á þriðjudag nýja hjólabraut í miðbænum.</p></article></body></html>';
    expect(extract(declared).lang).toBe('is');
    const mislabelled = `<html lang="en"><body><article>${GERMAN.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
    expect(extract(mislabelled).lang).toBe('de');
    expect(primaryTag('pt_BR')).toBe('pt');
    expect(primaryTag('nb-NO')).toBe('no');
    expect(primaryTag('not a tag')).toBeNull();
  });

  it('leaves topics empty and reads no capitalised noun as a name, with a warning, for a language the taggers do not read', () => {
    const a = extract(GERMAN);
    expect(a.topics).toEqual([]);
    expect(a.entities).toEqual({ people: [], places: [], organizations: [] });
    expect(a.warnings.map((w) => w.code)).toContain('NLP_LANGUAGE_UNSUPPORTED');
    expect(extract(ENGLISH).warnings.map((w) => w.code)).not.toContain('NLP_LANGUAGE_UNSUPPORTED');
  });
});
