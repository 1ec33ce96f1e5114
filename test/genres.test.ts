// News page genres beyond the briefing: digests under headers no rule names, live blogs,
// newsletters and wire copy. Pages here are written for the test, not taken from the fixtures.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const removed = (a: ReturnType<typeof extract>, text: string) => a.boilerplate.find((b) => b.text === text);

describe('digest lists under any header', () => {
  const story = (header: string, items: string[], tail: string[] = []) =>
    extract([
      'Harbour ferry fares to double as operator cuts winter timetable',
      'By Ines Kovač',
      'Published 4 November 2025',
      header,
      ...items,
      'The operator of the harbour ferry said on Tuesday that single fares would double to £6 from January, as it cut the winter timetable to one boat an hour.',
      'Passenger numbers on the ferry have fallen by a third since the new road bridge opened, and the operator said the service lost £1.2 million last year.',
      'The council, which subsidises concession fares, said it would review its grant to the operator and consult commuters before the changes take effect.',
      'Commuters said the cuts would leave them stranded on winter evenings, when the last boat now leaves at 7pm.',
      ...tail,
    ].join('\n'));

  it('reads a summary list under a header no rule names', () => {
    const a = story('The gist, quickly', [
      '- Single fares double to £6 from January.',
      '- The winter timetable drops to one boat an hour.',
      '- The council will review its grant to the operator.',
    ]);
    expect(a.digest.map((d) => d.text)).toEqual([
      'Single fares double to £6 from January.',
      'The winter timetable drops to one boat an hour.',
      'The council will review its grant to the operator.',
    ]);
    expect(a.digest.every((d) => d.section === 'The gist, quickly')).toBe(true);
  });

  it('joins a topic-label bullet to the description bullet after it', () => {
    const a = story('Catch up in a minute:', [
      '- Fares',
      '- A single ticket will cost £6 from January, twice the current price.',
      '- Timetable',
      '- Only one boat an hour will run through the winter months.',
    ]);
    expect(a.digest.map((d) => d.label)).toEqual(['Fares', 'Timetable']);
  });

  it('reads numbered summary sentences at the end of the article', () => {
    const a = story('', [], [
      'What happens next:',
      '1. The operator will publish the new timetable by the end of November.',
      '2. The council will decide on its grant at a meeting in December.',
      '3. Commuters can comment on the changes until the end of the year.',
    ]);
    expect(a.digest.map((d) => d.text.slice(0, 30))).toEqual(['The operator will publish the ', 'The council will decide on its', 'Commuters can comment on the c']);
  });

  it('reads a bulleted "What you need to know" header as the digest\'s, like the items under it', () => {
    const a = story('- What you need to know', [
      '- Single fares double to £6 from January.',
      '- The winter timetable drops to one boat an hour.',
      '- The council will review its grant to the operator.',
    ]);
    expect(a.digest.map((d) => d.section)).toEqual(['What you need to know', 'What you need to know', 'What you need to know']);
  });

  it('reads "QUICK TAKES" and "The short list" as digest headers', () => {
    for (const header of ['QUICK TAKES', '- The short list']) {
      const a = story(header, ['- Single fares double to £6 from January.', '- The winter timetable drops to one boat an hour.', '- The council will review its grant to the operator.']);
      expect(a.digest.length, header).toBe(3);
    }
  });

  it('ends a digest at a timeline\'s title, and reads a month named alone ("- May:") as a timeline header', () => {
    const a = extract([
      'Harbour ferry fares to double as operator cuts winter timetable',
      'Published 20 November 2024',
      'The operator of the harbour ferry said on Tuesday that single fares would double to £6 from January, as it cut the winter timetable to one boat an hour.',
      'Passenger numbers on the ferry have fallen by a third since the new road bridge opened, and the operator said the service lost £1.2 million last year.',
      '- IN BRIEF',
      '- Single fares double to £6 from January.',
      '- The winter timetable drops to one boat an hour.',
      '- How we got here',
      '- 2021:',
      '- The new road bridge opened to traffic.',
      '- May:',
      '- The operator warned that the winter service was losing money.',
    ].join('\n'), { format: 'text' });
    expect(a.digest.map((d) => d.text)).toEqual(['Single fares double to £6 from January.', 'The winter timetable drops to one boat an hour.']);
    expect(a.events.filter((e) => e.origin === 'timeline').map((e) => [e.date.value, e.text])).toEqual([
      ['2021', 'The new road bridge opened to traffic.'],
      ['2024-05', 'The operator warned that the winter service was losing money.'],
    ]);
  });

  it('keeps a timeline\'s last short entry before the page\'s menu bullets', () => {
    const a = extract([
      "Sports Business",
      "MORNING BRIEFING",
      "Stadium Naming Deals Hit Record as Clubs Chase New Money",
      "July 3, 2023",
      "By Owen Gallagher",
      "▶ Listen to this briefing",
      "",
      "Football: English second-tier club Harwick Town sold the naming rights to its stadium to payments company Zentra for £45 million over 10 years on Friday, the largest such deal outside the top flight. Sponsorship spending across European football rose 9% in the second quarter, according to research firm Pitchwise.",
      "Why it matters: Naming rights have become one of the few revenue lines growing faster than broadcasting income, which has stalled for many leagues.",
      "Cricket: A consortium led by Dubai-based investor Rashid Kareem agreed on Saturday to buy a 30% stake in the Mumbai Monsoons franchise, valuing the team at $1.1 billion.",
      "",
      "Follow the money in sport: sign up for the Sports Business Weekly newsletter.",
      "Try Ledger Sport+ for £1 for your first month.",
      "",
      "Basketball: The Pacific Basketball Association will vote Thursday on a plan to let private equity funds own up to 20% of a team.",
      "Motor racing: Velox Racing reported revenue of $620 million last year, up 24% from 2021, helped by a new title sponsor.",
      "- At a glance",
      "- Naming rights",
      "- Harwick Town's stadium deal is worth £45 million.",
      "- Investors will buy 30% of the Mumbai Monsoons at a $1.1 billion valuation.",
      "- The Pacific Basketball Association may open team ownership to private equity.",
      "- Timeline",
      "- 2019:",
      "- The Pacific Basketball Association first allowed institutional investors to own minority stakes.",
      "- March:",
      "- Harwick Town's owners put the stadium naming rights up for sale.",
      "- June 30, 2023:",
      "- Harwick Town signed the Zentra naming deal.",
      "- PODCAST",
      "- MOST POPULAR",
    ].join('\n'), { format: 'text' });
    expect(a.body).toContain('Harwick Town signed the Zentra naming deal.');
    expect(a.events.map((e) => e.date.value)).toContain('2023-06-30');
  });

  it('does not take a related-article list at the end for a digest', () => {
    const a = story('Chapters of the morning', [], [
      'Elsewhere on the waterfront',
      '- Lighthouse keepers reunite for the beacon’s 150th birthday',
      '- Seal pups return to the estuary sandbanks',
    ]);
    expect(a.digest).toEqual([]);
  });

  it('does not take a reading list of sentences at the end for a digest: the article does not tell its items', () => {
    const a = story('', [], [
      'The ferry has run between the two harbours since 1952, and it carried more than a million passengers a year before the bridge opened in the spring of 2019.',
      'Links I liked',
      '- A long essay on the economics of roadside farm stands, by a grower in the hills.',
      '- A thread from an orchardist on what frost protection really costs per tree.',
      '- A map of every community garden in the county, far longer than anyone expected.',
    ]);
    expect(a.digest).toEqual([]);
  });

  it('does not take a menu of section names for a digest', () => {
    const a = story('Sections', ['- News', '- Sport', '- Weather', '- Travel']);
    expect(a.digest).toEqual([]);
  });

  it('keeps a list a sentence leads into, as the article’s own list and not a digest', () => {
    const a = extract([
      'Harbour ferry fares to double as operator cuts winter timetable',
      'The operator of the harbour ferry said on Tuesday that single fares would double to £6 from January, as it cut the winter timetable to one boat an hour.',
      'Passengers who travel every day are advised to:',
      '- buy a season ticket before December',
      '- keep their paper receipts',
      '- check the timetable online',
      '- allow extra time at weekends',
      'Passenger numbers on the ferry have fallen by a third since the new road bridge opened, and the operator said the service lost £1.2 million last year.',
      'The council, which subsidises concession fares, said it would review its grant to the operator and consult commuters before the changes take effect.',
      'Commuters said the cuts would leave them stranded on winter evenings, when the last boat now leaves at 7pm.',
    ].join('\n'));
    expect(a.digest).toEqual([]);
    expect(a.body).toContain('keep their paper receipts');
    expect(a.body).toContain('allow extra time at weekends');
  });
});

describe('live blogs', () => {
  const page = [
    'Live',
    'Ferry strike live: crossings cancelled as talks collapse',
    'First published on Tue 4 Nov 2025 07.40 GMT',
    'By Ines Kovač',
    'What you missed',
    '- Union walks out of talks with the operator',
    '- All crossings cancelled until Thursday',
    'Show key events only',
    '11.52am GMT',
    'Talks collapse',
    'The union said talks with the operator had broken down after the company refused to improve its pay offer of 3%.',
    'Updated at 11.58am GMT',
    'Share',
    '9.15am GMT',
    'Crossings cancelled',
    'The operator said on Monday that all crossings were cancelled and that refunds would be paid automatically.',
    'Share',
    '3h ago',
    'Commuters queue for buses',
    'Long queues formed at the bus station as commuters looked for another way into the city centre this morning.',
    'Share',
    'Load more updates',
  ].join('\n');
  const a = extract(page, { format: 'text' });

  it('dates each entry’s paragraphs at the entry’s time on the page’s day', () => {
    const timed = a.events.filter((e) => e.origin === 'timeline').map((e) => [e.date.value.slice(0, 16), e.text.slice(0, 20)]);
    expect(timed).toEqual([
      ['2025-11-04T11:52', 'The union said talks'],
      ['2025-11-04T09:15', 'The operator said on'],
      // "3h ago" without a scrape time to count back from: the page's day, no invented hour.
      ['2025-11-04', 'Long queues formed a'],
    ]);
  });

  it('keeps the entries’ own dates as events of their own', () => {
    expect(a.events.some((e) => e.origin === 'prose' && e.date.value === '2025-11-03' && e.text.startsWith('The operator said on Monday'))).toBe(true);
  });

  it('reads stamps and titles as headings and the key events as the digest', () => {
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['11.52am GMT', 'Talks collapse', '3h ago', 'Commuters queue for buses']));
    expect(a.digest.map((d) => d.text)).toEqual(['Union walks out of talks with the operator', 'All crossings cancelled until Thursday']);
  });

  it('removes interface leftovers, per-entry update stamps and share labels', () => {
    for (const line of ['Show key events only', 'Updated at 11.58am GMT', 'Share', 'Load more updates']) expect(removed(a, line), line).toBeDefined();
  });

  it('reads a stamp and title on one line, with the entry’s author above it', () => {
    const b = extract([
      'Floods live: schools close across the valley as the river rises',
      'By Hannah Moyo and Tom Birch',
      'Published 5 February 2026',
      'Hannah Moyo',
      '15:10 GMT – Residents told to move valuables upstairs',
      'The Environment Agency told people living near the river to move valuables upstairs as levels approached those of 2015.',
      'Share',
      'Tom Birch',
      '14:42 GMT – Army on standby',
      'The Ministry of Defence said 80 soldiers were ready to help with sandbagging if the council asked for support.',
      'Share',
    ].join('\n'));
    expect(b.events.filter((e) => e.origin === 'timeline').map((e) => e.date.value.slice(0, 16))).toEqual(['2026-02-05T15:10', '2026-02-05T14:42']);
    expect(b.blocks.filter((x) => x.kind === 'byline').map((x) => x.text)).toEqual(expect.arrayContaining(['Hannah Moyo', 'Tom Birch']));
  });

  it('does not take a comment thread or a list of teasers for a live blog', () => {
    const article = [
      'Council approves new cycle lanes on Harbour Road',
      'By Dana Fox',
      'March 3, 2026',
      'The council approved plans on Tuesday for protected cycle lanes along Harbour Road, removing 120 parking spaces between the station and the ferry terminal.',
      'Councillor Amir Shah said the lanes would make the road safer for the 2,000 cyclists who use it every day, and that work would start in June.',
      'Shop owners on the road said they had not been consulted and feared losing customers who drive in from outside the city.',
    ];
    const comments = extract([...article, 'Comments (2)', 'harbourcyclist', '10:42', 'Great news, this road is terrifying at rush hour and the lanes are long overdue.', 'Reply', 'Mike_T', '09:15', 'Another war on drivers, and the shops will suffer for it all through the winter.', 'Reply'].join('\n'));
    const teasers = extract([...article, 'More news', 'Ferry fares to double from January as timetable is cut', 'Ines Kovač', '3 hours ago', 'The operator said single fares would rise to £6 as it cut the winter timetable to one boat an hour.', 'Seal pups return to the estuary sandbanks in record numbers', 'Tom Birch', '5 hours ago', 'Volunteers counted 212 pups on the sandbanks, the highest number since counts began.'].join('\n'));
    expect(comments.events.filter((e) => e.origin === 'timeline')).toEqual([]);
    expect(teasers.events.filter((e) => e.origin === 'timeline')).toEqual([]);
  });

  it('does not take two time stamps in a table for a live blog', () => {
    const t = extract('Tide times for the harbour this week\nThe harbour master published the tide table for the week.\nHigh tide\n09:12\n21:40\nLow tide\n03:05\n15:22');
    expect(t.events.filter((e) => e.origin === 'timeline')).toEqual([]);
  });
});

describe('newsletters', () => {
  const a = extract([
    'View in browser',
    'THE LOW TIDE',
    'Ferry fares double, a new bridge toll and a seal count',
    'Tuesday, November 4, 2025',
    'Hi everyone,',
    'Inside today',
    '- Ferry fares double from January',
    '- Why the bridge toll is back',
    '- The seal count comes in',
    '1. Ferry fares',
    'Single fares on the harbour ferry will double to £6 from January, the operator said on Monday, as it cut the winter timetable.',
    '2. Bridge toll',
    'The council voted to bring back a £1 toll on the road bridge to pay for repairs to its cables, reversing a decision made in 2019.',
    'A WORD FROM OUR PARTNER',
    'Quayside Coffee roasts every bean by the water. Show this email for a free pastry with any coffee.',
    'Find a café →',
    '3. Seal count',
    'Volunteers counted 212 seal pups on the estuary sandbanks, the highest number since counts began.',
    'That’s all for today. See you tomorrow!',
    '— Marta',
    'Today’s newsletter was edited by Owen Price.',
    'Unsubscribe',
  ].join('\n'));

  it('removes the greeting, the sponsor block, the sign-off and the signature', () => {
    for (const line of ['Hi everyone,', 'A WORD FROM OUR PARTNER', 'Quayside Coffee roasts every bean by the water. Show this email for a free pastry with any coffee.', 'Find a café →', 'That’s all for today. See you tomorrow!', '— Marta', 'Today’s newsletter was edited by Owen Price.']) {
      expect(removed(a, line), line).toBeDefined();
    }
    for (const line of ['A WORD FROM OUR PARTNER', 'Quayside Coffee roasts every bean by the water. Show this email for a free pastry with any coffee.', 'Find a café →']) expect(removed(a, line)!.reason, line).toBe('advertisement');
  });

  it('ends a sponsor\'s pitch at the next labelled story of the briefing', () => {
    const b = extract([
      'THE TIDE LINE',
      'Fares rise, a library reopens and the pier lights are back',
      'Ferries: Single fares on the harbour ferry will double to £6 from January, the operator said on Monday.',
      'Libraries: The Harlan Street branch library reopens after a renovation that added a children\'s wing.',
      'A MESSAGE FROM QUAYSIDE SAVINGS BANK',
      'Quayside Savings Bank: Open a saver account this month and earn 4.25% on balances up to £50,000. Terms apply.',
      'Schools: The school district will start classes two hours late on Tuesdays, to give teachers time for planning.',
      'Business: The chowder house on Front Street will close for good at the end of the month after 31 years.',
    ].join('\n'), { format: 'text' });
    expect(removed(b, 'Quayside Savings Bank: Open a saver account this month and earn 4.25% on balances up to £50,000. Terms apply.')?.reason).toBe('advertisement');
    for (const kept of ['Schools: The school district', 'Business: The chowder house']) expect(b.body, kept).toContain(kept);
  });

  it('reads the contents list as the digest and numbered titles as section headings', () => {
    expect(a.digest.map((d) => d.text)).toEqual(['Ferry fares double from January', 'Why the bridge toll is back', 'The seal count comes in']);
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['Ferry fares', 'Bridge toll', 'Seal count']));
    expect(a.blocks.find((b) => b.text.startsWith('Volunteers counted'))!.section).toBe('Seal count');
  });
});

describe('wire copy', () => {
  const lead = (first: string) => extract(`Harbour ferry fares to double\n\n${first} The operator said the cuts were needed after a third fewer passengers used the ferry this year.`);

  it.each([
    ['BANGKOK (ONA) — The ferry operator said on Tuesday it would double fares.', 'BANGKOK (ONA)'],
    ['LONDON, March 3 (Meridian) - The ferry operator said on Tuesday it would double fares.', 'LONDON, March 3 (Meridian)'],
    ['MADRID, 3 mar (Íbera) - La naviera dijo el martes que duplicará las tarifas.', 'MADRID, 3 mar (Íbera)'],
    ['PARIS, 12 juin (Hexa) - La compagnie a annoncé mardi le doublement des tarifs.', 'PARIS, 12 juin (Hexa)'],
    ['Hamburg (ddn) - Die Reederei will die Preise verdoppeln.', 'Hamburg (ddn)'],
  ])('reads the dateline of %s', (first, dateline) => {
    const a = lead(first);
    expect(a.blocks.find((b) => b.kind === 'dateline')?.text).toBe(dateline);
  });

  it('leaves a ticker symbol in prose alone', () => {
    const a = lead('Apple (AAPL) - shares fell 3% on Tuesday after the ferry news.');
    expect(a.blocks.some((b) => b.kind === 'dateline')).toBe(false);
  });

  it.each([
    'A ferry leaves the harbour in Portsmouth, Britain, January 12, 2025. MERIDIAN/Ana Souza/File Photo',
    'Foto: Kai Remmers/ddn',
    '(Información de Diego Ferrer; editado por Clara Montes)',
    '(Reportage Jean Morel, édité par Anne Roux)',
    'ddn sk/hm',
  ])('removes the credit line %s', (line) => {
    const a = extract(`Harbour ferry fares to double\n${line}\nThe ferry operator said on Tuesday it would double single fares to £6 from January as passenger numbers fell.\nThe council said it would review its grant.`);
    expect(a.body).not.toContain(line);
    expect(['credit', 'caption']).toContain(removed(a, line)?.reason);
  });

  it('keeps a numbered section heading with a slash in it', () => {
    const text = 'Logging raw HTTP messages\nThe handler writes each request and response exactly as it went over the wire, which makes failures easy to replay.\n3.1. Raw Request/Response Capture\nThe library captures messages in their protocol format rather than as structured log fields, so tools can read them back.\nIt also redacts sensitive headers by default.';
    expect(extract(text).boilerplate.map((b) => b.text)).not.toContain('3.1. Raw Request/Response Capture');
  });
});

describe('a match report written live, stamped by the minute of play', () => {
  const entry = (stamp: string, text: string) => [stamp, text, 'Share'];
  const page = [
    'Football', 'Scores', 'Tables', 'Live',
    'Harbour Town 2-1 Quayside Rovers: late header keeps Town top – as it happened',
    'Rovers had levelled from the spot before a late header settled it.',
    'Ana Ruiz',
    'Sat 17 May 2025 21:54 BST',
    'Share',
    ...entry('FT', 'Full time: Harbour Town 2-1 Quayside Rovers. Town hold on through four minutes of stoppage time and stay two points clear at the top.'),
    ...entry("85'", 'Substitution for Harbour Town: Aldous off, Marchetti on. The manager is shoring things up with an extra centre-half.'),
    ...entry("78' GOAL!", 'GOAL! Harbour Town 2-1 Quayside Rovers. Dunmore whips in a free-kick from the left and Akande rises above everyone at the far post.'),
    ...entry('HT', 'Half-time: Harbour Town 1-0 Quayside Rovers. Town have had most of the ball and deserve their lead, though Rovers hit the post.'),
    ...entry('KO', "We're under way at the harbour ground in front of a full house."),
    ...entry('Pre-match', 'The home manager names an unchanged side. A win would keep Town two points clear of the chasing pack with two games left.'),
    'Get involved: send us your thoughts on X using #TownRovers',
    'Most viewed',
    'Terms of Use',
  ].join('\n');
  const a = extract(page, { format: 'text' });

  it('keeps every entry, the first and the last, under its minute as a heading', () => {
    for (const text of ['Full time: Harbour Town 2-1', 'Substitution for Harbour Town', "We're under way", 'The home manager names']) expect(a.body).toContain(text);
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(expect.arrayContaining(['FT', "85'", "78' GOAL!", 'HT', 'KO', 'Pre-match']));
  });

  it('reads no story from an entry that opens "Half-time:" and drops the call for readers\' thoughts', () => {
    expect(a.stories).toEqual([]);
    expect(a.body).not.toContain('Get involved');
  });
});

describe('key events with their time stamps as bullets', () => {
  it('reads the events as the digest and passes over the stamps between them', () => {
    const text = [
      'News', 'Weather', 'LIVE',
      'Hill fire: thousands evacuated as flames near the ridge',
      'By Aoife Brennan',
      'Published 17 August 2024',
      'Key events',
      '- 12m ago', '- Fire crosses Route 9, forcing closure of the highway',
      '- 1h ago', '- Evacuation order expanded to all of Carver Ridge',
      '- 3h ago', '- Governor declares a state of emergency for the county',
      'The fire has burned about 18,000 acres since it was reported on Thursday afternoon, and was 5% contained on Saturday, officials said.',
      'About 6,500 residents have been ordered to leave their homes, and shelters are open at two schools in the valley, the county said.',
    ].join('\n');
    expect(extract(text).digest.map((d) => d.text)).toEqual([
      'Fire crosses Route 9, forcing closure of the highway',
      'Evacuation order expanded to all of Carver Ridge',
      'Governor declares a state of emergency for the county',
    ]);
  });
});

describe('working lists are no digest', () => {
  const prose = 'We tested nine cordless vacuums in three homes over two months, on carpet, hardwood and tile, with pet hair, cereal and fine sand.';
  it('reads a jump list under "In this article" as contents, not a digest', () => {
    const a = extract(['Best cordless vacuums of 2025', 'By Jane Doe', 'Updated January 14, 2025', 'In this article', '- Our top picks', '- How we tested', '- What to look for', '', prose, '', 'Our top picks', prose.replace('nine', 'twelve'), 'How we tested', prose.replace('three', 'four'), 'What to look for', prose.replace('two', 'five')].join('\n'));
    expect(a.digest).toEqual([]);
  });

  it('reads a recipe\'s steps and a release\'s changes as the page\'s own lists', () => {
    const recipe = extract(['Brown butter pumpkin loaf', 'By Jane Doe', 'October 3, 2024', '', 'This loaf is the one I bake every autumn when the first cold morning arrives, and it keeps for days.', '', 'Instructions', '- Heat the oven to 350°F and line a loaf pan with parchment.', '- Melt the butter and cook it until it smells nutty, then let it cool.', '- Whisk the flour, baking soda, spice and salt in a bowl.', '- Fold the dry ingredients into the wet ones and bake for an hour.'].join('\n'));
    expect(recipe.digest).toEqual([]);
    const release = extract(['Driftwood 4.0 is out', 'Posted March 3, 2025', '', 'Driftwood 4.0 brings faster builds and a new plugin system, and it drops some old features that held the project back.', '', 'Breaking changes', '- Node 18 is now the minimum supported version.', '- The legacy page helper has been removed from the templates.', '- Custom build hooks must now return a promise.', '', 'Upgrading takes most sites a few minutes, and the guide lists every step with examples for each change.'].join('\n'));
    expect(release.digest).toEqual([]);
  });
});

describe('stories are told in sentences', () => {
  it('takes neither data rows nor the outlet\'s notes for stories', () => {
    const a = extract(['Cedar County home prices dip for the first time in two years', 'By Jane Doe', 'October 15, 2024', '', 'Home prices in Cedar County fell 2% in September from a year earlier, the first annual decline since 2022, as more sellers listed homes.', '', 'Pine Ridge: median price $455,000, down from $468,000 a year ago, with homes selling in 41 days on average', 'Mill District: median price $389,000, up slightly from last year, with homes selling in 36 days on average', '', 'Agents said buyers now have more room to negotiate, especially on homes that have sat unsold for more than a month.', '', 'Our editorial process: Every article is reviewed by a licensed agent and checked against county records before it is published.'].join('\n'));
    expect(a.stories).toEqual([]);
  });
});
