// Issue 14, point 5: a month-day, month or weekday without a year resolves to the occurrence the
// clause's tense points at, relative to the publication date; coarser expressions keep their
// granularity. Our own sentences, one clause shape each.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const dates = (text: string, publishedAt: string) => extract(text, { publishedAt }).dates.map((d) => [d.text, d.value, d.granularity]);
const events = (text: string, publishedAt: string) => extract(text, { publishedAt }).events.map((e) => [e.date.text, e.date.value]);

describe('dates that read tense', () => {
  it('sends a future-tense month-day to the coming occurrence', () => {
    const text = 'The planning board will vote on Feb. 3 on the rezoning request for the old tannery site, its chair said.';
    expect(dates(text, '2024-12-10')).toContainEqual(['Feb. 3', '2025-02-03', 'day']);
    expect(events(text, '2024-12-10')).toContainEqual(['Feb. 3', '2025-02-03']);
  });

  it('sends a future half-year ahead, keeps a just-ended one for its results, and reads no date in a match\'s half', () => {
    expect(dates('Orchard sales will rise in the second half, the growers association said.', '2026-03-09')).toContainEqual(['the second half', '2026-H2', 'half']);
    expect(dates('The grower will report second-half results on Thursday.', '2026-03-09')).toContainEqual(['second-half', '2025-H2', 'half']);
    expect(dates('Kestrel added a second from the penalty spot early in the second half to seal the win.', '2026-03-09').filter((d) => d[2] === 'half')).toEqual([]);
    expect(dates('The second half of the match belonged to the visitors.', '2026-03-09').filter((d) => d[2] === 'half')).toEqual([]);
  });

  it('reads a team\'s travel and a German meeting that "findet statt" as the coming occurrence', () => {
    expect(dates('Kestrel travel to Brookfield on Wednesday night before hosting Penrith City next Saturday.', '2026-03-09')).toContainEqual(['Wednesday night', '2026-03-11', 'day']);
    expect(dates('Die Hauptversammlung des Konzerns findet am Donnerstag in Stuttgart statt, teilte das Unternehmen mit.', '2024-05-07')).toContainEqual(['Donnerstag', '2024-05-09', 'day']);
  });

  it('reads a relative clause\'s present, a plural schedule and "starting in" as the coming occurrence', () => {
    const pub = '2026-01-24';
    expect(dates('The board could renegotiate the bus contract that expires in June.', pub)).toContainEqual(['June', '2026-06', 'month']);
    expect(dates('Stage 3 water restrictions take effect across 14 towns on Monday.', pub)).toContainEqual(['Monday', '2026-01-26', 'day']);
    expect(dates('Rovers return to league action against Castleford United on Wednesday.', pub)).toContainEqual(['Wednesday', '2026-01-28', 'day']);
    expect(dates('The board voted 5-2 to move the schools to a four-day week starting in August.', pub)).toContainEqual(['August', '2026-08', 'month']);
    expect(dates('Starting in June, fares rise by 5%.', pub)).toContainEqual(['June', '2026-06', 'month']);
  });

  it('reads "will" across a preposition ("before the committee"), a court listing as ahead, and an infinitive by its governing verb', () => {
    const pub = '2024-03-13';
    expect(dates('Advocates will testify before the Senate Finance Committee on Thursday, organizers said.', pub)).toContainEqual(['Thursday', '2024-03-14', 'day']);
    expect(dates('The hearing has been listed for 12 December, the court said.', pub)).toContainEqual(['12 December', '2024-12-12', 'day']);
    expect(dates('A fault forced the flight to return to Lisbon on Tuesday, the airline said.', pub)).toContainEqual(['Tuesday', '2024-03-12', 'day']);
    expect(dates('The team plans to return to training on Thursday.', pub)).toContainEqual(['Thursday', '2024-03-14', 'day']);
    // "had been due to open": the plan as it stood, in the past.
    expect(dates('The new stand had been due to open on 12 August, but the work overran.', '2023-09-29')).toContainEqual(['12 August', '2023-08-12', 'day']);
  });

  it('keeps the past where "did" negates the verb or a fronted "beginning in" heads a past sentence', () => {
    const pub = '2026-01-24';
    expect(dates('The new rules did not take effect until Monday.', pub)).toContainEqual(['Monday', '2026-01-19', 'day']);
    expect(dates('Beginning in March, the shop was closed on Sundays.', pub)).toContainEqual(['March', '2025-03', 'month']);
    expect(dates('Harbour City extended their unbeaten start to nine matches on Saturday.', pub)).toContainEqual(['Saturday', '2026-01-24', 'day']);
  });

  it('dates nothing by a weekday that recurs ("every other Thursday", "chaque vendredi", "jeden Montag")', () => {
    expect(dates('Her column appears every other Thursday.', '2026-01-24')).toEqual([]);
    expect(dates('The farmers market opens every Saturday in the square.', '2026-01-24')).toEqual([]);
    expect(dates('Le marché a lieu chaque vendredi sur la place de la mairie.', '2024-07-03')).toEqual([]);
    expect(dates('Der Wochenmarkt findet jeden Montag auf dem Rathausplatz statt.', '2024-07-03')).toEqual([]);
    // One weekday is still a day.
    expect(dates('The farmers market opened on Saturday in the square.', '2026-01-28')).toContainEqual(['Saturday', '2026-01-24', 'day']);
    // "on a Friday afternoon" is some Friday.
    expect(dates('We found out on a Friday afternoon that the plant would close.', '2024-10-23')).toEqual([]);
    // Opening days are a schedule too; one opening day is not.
    expect(dates('The restaurant is open Wednesday to Sunday for dinner.', '2025-06-16')).toEqual([]);
    expect(dates('Le musée est ouvert du mardi au dimanche, sauf les jours fériés.', '2025-06-16')).toEqual([]);
    expect(dates('The new bridge opens Tuesday, officials said.', '2025-06-16')).toContainEqual(['Tuesday', '2025-06-17', 'day']);
    expect(dates('The store was closed Monday after the flood.', '2025-06-18')).toContainEqual(['Monday', '2025-06-16', 'day']);
  });

  it('dates nothing by a sign-off ("That\'s all for today.")', () => {
    expect(events('The council approved the harbour budget on Monday. That\'s all for today.', '2025-10-07').map((e) => e[0])).toEqual(['Monday']);
  });

  it('reads "the last week of September" as September only', () => {
    expect(dates('Sales peaked in the last week of September, the agency said.', '2025-10-07')).toEqual([['September', '2025-09', 'month']]);
  });

  it('reads no date in "weekday services" or in a figure after a month ("September, 11% more")', () => {
    expect(dates('Only 14 of its usual 310 weekday services ran on Monday, the operator said.', '2025-10-07').map((d) => d[0])).toEqual(['Monday']);
    expect(dates('Home sales rose in September, 11% more than a year earlier, the agency said.', '2025-10-07').map((d) => d[1])).not.toContain('2011-09');
  });

  it('reads a present-tense schedule as the coming occurrence', () => {
    const text = 'The water authority, which meets on Jan. 9, has not yet set a date for the public hearing on rates.';
    expect(dates(text, '2024-12-18')).toContainEqual(['Jan. 9', '2025-01-09', 'day']);
  });

  it('reads a schedule in the plural or with "comes" as the coming occurrence ("the Rovers host Millbrook on Friday")', () => {
    expect(dates('Harbour Rovers host Millbrook Athletic on Friday night at the riverside ground.', '2025-02-16')).toContainEqual(['Friday night', '2025-02-21', 'day']);
    expect(dates('The paperback edition comes out on Thursday, the publisher said.', '2025-03-08')).toContainEqual(['Thursday', '2025-03-13', 'day']);
  });

  it('ends a range after its start, in any language we read, but joins no two kinds of date', () => {
    expect(dates('A storm warning is in effect from 7 p.m. Tuesday until 1 p.m. Thursday, the weather service said.', '2026-01-27')).toContainEqual(['1 p.m. Thursday', '2026-01-29T13:00Z', 'time']);
    expect(dates('Las restricciones se aplicarán entre el 1 de abril y el 30 de septiembre, informó la junta.', '2025-03-10')).toContainEqual(['30 de septiembre', '2025-09-30', 'day']);
    expect(dates('The exhibition ran from November 3 to January 15 at the city gallery.', '2025-03-10')).toEqual([['November 3', '2024-11-03', 'day'], ['January 15', '2025-01-15', 'day']]);
    expect(dates('After a small revision Friday to December\'s figures, payrolls rose.', '1998-02-06')).toContainEqual(['December', '1997-12', 'month']);
  });

  it('sends a past-tense month-day to the last occurrence, also across a year end', () => {
    expect(dates('The governor said on Dec. 3 that the state budget would be balanced without new taxes.', '2025-01-15')).toContainEqual(['Dec. 3', '2024-12-03', 'day']);
    expect(dates('Ticket sales fell sharply in November, the theatre group reported in its annual letter.', '2025-01-20')).toContainEqual(['November', '2024-11', 'month']);
  });

  it('reads "proposed" before a date as a past verb, and a linking verb as no past', () => {
    // 2025-09-21 is a Sunday.
    expect(dates('The ministry proposed in March to lower the speed limit on rural roads.', '2025-09-21')).toContainEqual(['March', '2025-03', 'month']);
    expect(dates('The harbour bridge will remain closed until at least Thursday while divers inspect its piers.', '2025-09-21')).toContainEqual(['Thursday', '2025-09-25', 'day']);
    expect(dates('The lease lapses on Dec. 31 if the tenant does not renew it.', '2025-09-21')).toContainEqual(['Dec. 31', '2025-12-31', 'day']);
  });

  it('reads a verb after a modal or "to" as its base form, whatever past it looks like ("could cut")', () => {
    const text = 'An economist said the bank could cut again in the second quarter if exports keep falling.';
    expect(dates(text, '2025-03-05')).toContainEqual(['the second quarter', '2025-Q2', 'quarter']);
    expect(dates('The utility plans to set new rates in the third quarter.', '2025-03-05')).toContainEqual(['the third quarter', '2025-Q3', 'quarter']);
    // A past verb still reads as one.
    expect(dates('Exports fell sharply in the fourth quarter, the agency said.', '2025-03-05')).toContainEqual(['the fourth quarter', '2024-Q4', 'quarter']);
  });

  it('reads "this summer" as the current year\'s, whatever the verbs around it', () => {
    // "licensed" is the nearest tense word, and it reads as past: "this" decides, not the verb.
    const text = 'Seed will go to about 40 licensed growers this summer, the university said.';
    expect(dates(text, '2025-03-04')).toContainEqual(['this summer', '2025-SU', 'season']);
    expect(dates('Ridership fell this summer, the agency said.', '2025-10-02')).toContainEqual(['this summer', '2025-SU', 'season']);
    // Winter is named by the year it begins: in February, this winter began last December.
    expect(dates('Heating bills rose this winter, the regulator said.', '2025-02-10')).toContainEqual(['this winter', '2024-WI', 'season']);
    expect(dates('The shelter will open more beds this winter, the city said.', '2025-10-02')).toContainEqual(['this winter', '2025-WI', 'season']);
  });

  it('takes no event from a heading of a few words, only from what it heads', () => {
    const page = [
      'THE HARBOUR NOTE',
      'Pier closes, a ferry vote and cheaper fish',
      'Wednesday, January 14, 2026',
      'Good morning. Here is what is happening along the coast.',
      'In today\'s edition',
      '- The pier closes for repairs',
      '- A ferry vote',
      '1. The pier closes',
      'The council voted on Tuesday to close the pier for repairs after divers found cracks in two of its piles.',
    ].join('\n');
    const got = events(page, '2026-01-14');
    expect(got).toContainEqual(['Tuesday', '2026-01-13']);
    expect(got.map(([t]) => t)).not.toContain('today');
  });

  it('reads the weekday of the story\'s own day as that day, whatever the tense', () => {
    // 2025-09-17 is a Wednesday.
    expect(dates('The council will vote on the budget on Wednesday, the mayor said.', '2025-09-17')).toContainEqual(['Wednesday', '2025-09-17', 'day']);
    expect(dates('The council will vote on the budget next Wednesday, the mayor said.', '2025-09-17')).toContainEqual(['next Wednesday', '2025-09-24', 'day']);
  });

  it('dates the planning only where the date heads its sentence ("On Friday, the city planned to ...")', () => {
    const text = 'A federal judge set the trial to begin on Feb. 17 and scheduled a status hearing for January, court records show.';
    expect(dates(text, '2026-11-20')).toContainEqual(['Feb. 17', '2027-02-17', 'day']);
  });

  it('reads a count before a present-tense word as a noun ("312 votes to 244")', () => {
    // 2026-01-28 is a Wednesday: the vote was the day before.
    expect(dates('MPs approved the bill by 312 votes to 244 on Tuesday night.', '2026-01-28')).toContainEqual(['Tuesday night', '2026-01-27', 'day']);
  });

  it('makes "from" a baseline only after a change or a figure', () => {
    const from = (text: string) => events(text, '2026-01-28').map(([t]) => t);
    expect(from('Household bills will rise by an average of £86 a year from April, the regulator said.')).toContain('April');
    expect(from('Retail sales were up 4% from March, the statistics office said on Friday.')).not.toContain('March');
  });

  it('resolves a weekday by the same rule', () => {
    // 2025-04-16 is a Wednesday.
    expect(dates('Dock workers will strike on Friday unless the port authority improves its offer.', '2025-04-16')).toContainEqual(['Friday', '2025-04-18', 'day']);
    expect(dates('Dock workers went on strike on Friday after talks with the port authority broke down.', '2025-04-16')).toContainEqual(['Friday', '2025-04-11', 'day']);
    expect(dates('The ferry operator said last Wednesday that crossings would resume.', '2025-04-16')).toContainEqual(['last Wednesday', '2025-04-09', 'day']);
  });

  it('takes the weekday a full date names into account', () => {
    // Nov. 4 is a Monday in 2024, not in 2023.
    expect(dates('Council members met on Monday, Nov. 4, to review the draft budget.', '2024-11-02')).toContainEqual(['Monday, Nov. 4', '2024-11-04', 'day']);
  });

  it('keeps the granularity of coarser expressions', () => {
    const d = dates('The studio expects to finish the new wing by 2026 and to open a second gallery next spring, and will name a director later this year.', '2025-06-05');
    expect(d).toContainEqual(['2026', '2026', 'year']);
    expect(d).toContainEqual(['next spring', '2026-SP', 'season']);
    expect(d).toContainEqual(['later this year', '2025', 'year']);
  });

  it('lets a target preposition outweigh a past verb ("extended to", "postponed until")', () => {
    expect(dates('The tender offer was extended to Nov. 16 after too few shares were tendered.', '2024-10-30')).toContainEqual(['Nov. 16', '2024-11-16', 'day']);
  });

  it('reads a bare month without tense as the last one unless the next is much nearer', () => {
    expect(dates('Dividends are payable Jan. 2 to holders of record.', '2024-11-20')).toContainEqual(['Jan. 2', '2025-01-02', 'day']);
    expect(dates('Chairman Amos Reyes stepped down in March for health reasons and was replaced by his deputy.', '2024-11-02')).toContainEqual(['March', '2024-03', 'month']);
  });
});
