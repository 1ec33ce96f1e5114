// Bylines the press writes outside the header (texts written in our own words): a wire credit
// opening the first paragraph in Korean, Taiwanese and mainland Chinese, a Vietnamese signature
// under the last paragraph, an Indonesian report line. Each test fails without its fix.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const lines = (...parts: string[]) => parts.join('\n');

const ZH_PAGE = (lead: string) => lines(
  '滨江日报', '首页 > 财经', '全市新能源汽车销量同比增长三成', '2025年03月12日 08:30', '',
  `${lead}记者11日从市商务局获悉，今年前两个月全市新能源汽车销量达到4.2万辆，同比增长31%。`, '',
  '市商务局副局长王强表示，下一步将继续推动充电设施建设，方便市民出行。', '',
  '今年，全市计划新建公共充电桩5000个，覆盖所有街道。',
);

describe('bylines: a wire credit opening the first paragraph', () => {
  it('reads the reporters of a mainland Chinese dispatch and keeps the paragraph in the body', () => {
    const a = extract(ZH_PAGE('新华社杭州3月11日电（记者 张伟、李娜）'));
    expect(a.byline).toEqual(['张伟', '李娜']);
    expect(a.body.startsWith('新华社杭州3月11日电（记者 张伟、李娜）记者11日')).toBe(true);
    expect(a.blocks.filter((b) => b.kind === 'byline')).toEqual([]);
  });

  it('reads "本报讯（记者 王芳）" and keeps its paragraph', () => {
    const a = extract(ZH_PAGE('本报讯（记者 王芳）'));
    expect(a.byline).toEqual(['王芳']);
    expect(a.body).toContain('本报讯（记者 王芳）记者11日从市商务局获悉');
  });

  it('reads a Korean wire credit "(세종=outlet) names 기자 =" on a long first paragraph', () => {
    const text = lines(
      '한빛일보', '경제', '반도체 수출 석 달 연속 증가', '입력 2025.04.01 09:12', '',
      '(세종=한빛일보) 김민수·이지은 기자 = 반도체 수출이 석 달 연속 증가한 것으로 나타났다. 산업통상자원부는 1일 3월 수출입 동향을 발표하고 반도체 수출액이 지난해 같은 달보다 크게 늘었다고 밝혔다. 정부는 하반기에도 증가세가 이어질 것으로 내다봤다.', '',
      '업계는 인공지능 서버용 메모리 수요가 당분간 이어질 것으로 보고 있다.',
    );
    const a = extract(text);
    expect(a.byline).toEqual(['김민수', '이지은']);
    expect(a.body).toContain('(세종=한빛일보) 김민수·이지은 기자 = 반도체 수출이');
  });

  it('reads a Taiwanese credit "〔記者name／place報導〕"', () => {
    const text = lines(
      '北港日報', '首頁 > 地方', '新北生育津貼加碼　明年起每胎3萬元', '2024/12/30 14:35', '',
      '〔記者陳怡君／新北報導〕新北市政府今（30）日宣布，明年1月1日起將生育津貼由每胎2萬元提高至3萬元，雙胞胎以上每名新生兒再加發5000元，預估每年需增加經費約10億元。', '',
      '市府社會局長林佳蓉表示，新北市去年出生數創歷史新低，少子化問題嚴峻。',
    );
    expect(extract(text).byline).toEqual(['陳怡君']);
  });
});

const VI_PAGE = (signature: string) => lines(
  'Nhịp Sống Việt', 'Thời sự', 'Tuyến metro số 3 chạy thử đoạn ngầm trong tháng tới', 'Thứ hai, 3/11/2025, 08:00 (GMT+7)', '',
  'Ban quản lý đường sắt đô thị cho biết đoạn đi ngầm của tuyến metro số 3 sẽ chạy thử trong tháng tới, sau khi các nhà thầu hoàn tất lắp đặt hệ thống tín hiệu.', '',
  'Người dân sống dọc tuyến mong công trình sớm hoàn thành vì rào chắn kéo dài ảnh hưởng tới buôn bán và đi lại trong nhiều năm qua.', '',
  signature, '',
  'Chia sẻ', 'Facebook', 'Zalo', 'Tin liên quan', 'Ý kiến (12)',
);

describe('bylines: a Vietnamese signature under the last paragraph', () => {
  it('reads the names alone on the line under the last paragraph as the byline, out of the body', () => {
    const a = extract(VI_PAGE('Nguyễn Hải Yến - Phạm Đức Long'));
    expect(a.byline).toEqual(['Nguyễn Hải Yến', 'Phạm Đức Long']);
    expect(a.body).not.toContain('Phạm Đức Long');
  });

  it('does not take a source credit ("Theo Báo ...", after the paper) for a signature', () => {
    expect(extract(VI_PAGE('Theo Báo Đồng Bằng')).byline).toEqual([]);
  });
});

describe('bylines: an Indonesian report line', () => {
  it('reads "Laporan Wartawan outlet, name" as the name alone', () => {
    const text = lines(
      'Kabar Priangan', 'Olahraga', 'Bandung Tuan Rumah Kejuaraan Bulu Tangkis Remaja', 'Senin, 10 Maret 2025 09:15 WIB', '',
      'Laporan Wartawan Kabar Priangan, Dimas Prakoso', '',
      'Kota Bandung ditunjuk menjadi tuan rumah kejuaraan bulu tangkis remaja tingkat nasional yang akan digelar bulan depan di GOR Pajajaran.', '',
      'Ketua panitia mengatakan sebanyak 400 atlet dari 30 provinsi telah mendaftar untuk mengikuti kejuaraan tersebut.',
    );
    expect(extract(text).byline).toEqual(['Dimas Prakoso']);
  });
});

// Gaps found by this stop's English probe sets (live blogs, newsletters; texts in our own words).
const BRIEFING_TOP = ['The Harbour Note', 'Newsletters | Podcasts | Sign in', 'Morning Briefing', 'Ferry fares rise as the new timetable starts', 'By Ines Calder', 'Thursday 6 March 2025', ''];
const body = (text: string) => extract(text).body;
const STORIES_BEFORE = [
  'Fares: Return tickets on the island ferries rise by 6% from Monday, the operator said, blaming fuel costs.', '',
  'Islanders who commute daily will pay about £4 more a week, and the operator said season tickets would follow in April.', '',
  'Harbour: Dredging of the inner harbour finished two weeks early, letting larger fishing boats land their catch at any tide.', '',
];
const STORIES_AFTER = [
  'Schools: The council confirmed that two primary schools on the east side will merge next year after a long consultation.', '',
  'Parents had asked for the merger to wait for a new building, but councillors said the rolls were falling too fast.', '',
];

describe('live blogs: stamps written with a dot', () => {
  it('reads "14.02 GMT" stamps as the times of their entries, written as the page writes them', () => {
    const text = lines(
      'Valley Courier', 'News', 'Live', 'Rail strike live: no trains on the coast line as talks stall', 'Tue 4 Mar 2025 14.02 GMT', 'By Rhona Gill', '',
      '14.02 GMT', 'Union says talks will resume', 'The drivers\' union said talks with the operator would resume after the weekend, though no date had been agreed.', 'Share', '',
      '11.40 GMT', 'Buses replace trains', 'Replacement buses are running every 20 minutes between the three largest stations, the operator said.', 'Share', '',
      '09.15 GMT', 'Welcome', 'Good morning and welcome to our live coverage of the strike on the coast line, where no trains are running today.', 'Share',
    );
    const stamps = extract(text).events.filter((e) => e.origin === 'timeline').map((e) => [e.date.value, e.date.text]);
    expect(stamps).toEqual([
      ['2025-03-04T14:02Z', '14.02 GMT'],
      ['2025-03-04T11:40Z', '11.40 GMT'],
      ['2025-03-04T09:15Z', '09.15 GMT'],
    ]);
  });
});

describe('newsletters: sponsors, sign-offs and app promos', () => {
  it('takes the pitch under a sponsor credit that names the sponsor, up to its link', () => {
    const text = lines(...BRIEFING_TOP, ...STORIES_BEFORE,
      'SUPPORTED BY LANTERN ENERGY', 'Switch to a fixed-rate tariff in under five minutes with Lantern Energy, the supplier rated first for service in the north.', 'Compare tariffs →', '',
      ...STORIES_AFTER,
    );
    expect(body(text)).not.toContain('fixed-rate tariff');
    expect(body(text)).toContain('two primary schools');
  });

  it('takes a sponsor statement and the pitch that names its sponsor', () => {
    const text = lines(...BRIEFING_TOP,
      'Fares: Return tickets on the island ferries rise by 6% from Monday, the operator said, blaming fuel costs.', '',
      'The Harbour Note is supported by Brightwell Tools.', 'Brightwell makes hand tools for boatyards across the north. See the range at brightwell.example', '',
      'Schools: The council confirmed that two primary schools on the east side will merge next year after a long consultation.',
    );
    expect(body(text)).not.toContain('supported by Brightwell');
    expect(body(text)).not.toContain('hand tools for boatyards');
  });

  it('takes the labelled pitch under a header that names no sponsor ("A message from our partner")', () => {
    const text = lines(...BRIEFING_TOP,
      'Fares: Return tickets on the island ferries rise by 6% from Monday, the operator said, blaming fuel costs.', '',
      'A message from our partner', 'Kestrel Savings: put your money to work with a fixed rate that beats inflation. Open an account today.', 'Open an account', '',
      'Schools: The council confirmed that two primary schools on the east side will merge next year after a long consultation.',
    );
    expect(body(text)).not.toContain('Kestrel Savings');
    expect(body(text)).toContain('Schools: The council confirmed');
  });

  it('takes "That\'s all for this morning" and "Available on iOS and Android" as furniture, with no event from the sign-off', () => {
    const text = lines(...BRIEFING_TOP,
      'Fares: Return tickets on the island ferries rise by 6% from Monday, the operator said, blaming fuel costs.', '',
      'Get every sailing time in the Harbour Note app.', 'Available on iOS and Android', '',
      'Schools: The council confirmed that two primary schools on the east side will merge next year after a long consultation.', '',
      "That's all for this morning. See you tomorrow.",
    );
    const a = extract(text);
    expect(a.body).not.toContain('Available on iOS');
    expect(a.body).not.toContain("That's all");
    expect(a.events.map((e) => e.date.text)).not.toContain('tomorrow');
  });
});

describe('furniture the English probe pages leaked', () => {
  const leaks = [
    'Comments have been disabled on this article for legal reasons.',
    'Prices as of 4:00 p.m. ET. Source: exchange data.',
    'Live tracker: see how every council seat in the region changed hands',
    'Audio: Our transport correspondent on what the strike means',
    'Harbour Note Plus members get our full fares tracker and monthly calls with the newsroom. Upgrade for 25% off.',
    'Tideway Pro: get instant alerts on every sailing. Start your free 14-day trial.',
    'Is your fleet ready for the new rules? Download the free guide from Quayside Freight',
    'Lantern Savings is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority.',
  ];
  it.each(leaks)('removes "%s" from between paragraphs', (leak) => {
    const text = lines(...BRIEFING_TOP, ...STORIES_BEFORE, leak, '', ...STORIES_AFTER);
    const a = extract(text);
    expect(a.body).not.toContain(leak.slice(0, 30));
    expect(a.body).toContain('two primary schools');
  });

  it('keeps a spec sheet\'s "Audio:" line, which names its part', () => {
    const text = lines('Laptop review: the Corvane 14 is light and quiet', 'By Amir Dace', '', 'The Corvane 14 weighs just over a kilogram and runs quietly under load, though its battery life trails rivals.', '',
      'Audio: VX2040 codec with two built-in speakers', 'Display: 14-inch panel at 2880 by 1800', 'Ports: two USB-C, one USB-A and a headphone jack', '',
      'At its launch price it undercuts most rivals, and the keyboard is among the best we have tested this year.');
    expect(extract(text).body).toContain('Audio: VX2040 codec with two built-in speakers');
  });

  it('reads a weekday line of a calendar ("Monday: The office publishes ...") as no story', () => {
    const text = lines(...BRIEFING_TOP, ...STORIES_BEFORE, 'THE WEEK AHEAD', 'Monday: The harbour board publishes its annual report on ferry reliability.', 'Tuesday: Councillors vote on the new parking charges for the seafront.', '', ...STORIES_AFTER);
    expect(extract(text).stories.map((s) => s.label)).toEqual(['Fares', 'Harbour', 'Schools']);
  });
});

describe('headline: a title over its standfirst', () => {
  it('takes the title line, not the longer sentence-case standfirst under it that scores nearly as high', () => {
    const text = lines(
      'Dunmore Gazette', 'Home | News | Sport | Cricket | Rugby | Football | Opinion', 'Cricket › County Championship', '',
      'Ashcombe chase down 240 to beat Holloway by five wickets', '',
      "Marsh's unbeaten 102 sees the visitors home with an hour to spare at the Mill Ground", '',
      'Tom Haverty', 'Cricket correspondent', 'Sunday 13 April 2025, 7:48pm', '',
      'KELLAND — Dan Marsh struck an unbeaten 102 as Ashcombe chased down 240 with an hour to spare, beating Holloway by five wickets on the final afternoon.', '',
      'Holloway, who had been bowled out for 198 in their second innings shortly after lunch, never looked like defending their total once Marsh settled.', '',
      'The win lifts Ashcombe to second in the table, eleven points behind the leaders with four matches left.',
    );
    const a = extract(text);
    expect(a.headline).toBe('Ashcombe chase down 240 to beat Holloway by five wickets');
    expect(a.dek).toBe("Marsh's unbeaten 102 sees the visitors home with an hour to spare at the Mill Ground");
  });
});

describe('captions: a list item over a gallery link', () => {
  it('keeps the last bullet of a list above a "PHOTOS: ..." link, which is no picture credit for it', () => {
    const text = lines(
      'KVTA News', 'Weather', 'Floodwaters begin to recede in Marsh County', 'Published March 8, 2025, 6:05 a.m. CT', 'By Dana Whitlock', '',
      'Floodwaters across Marsh County began to recede on Friday, though hundreds of homes remain cut off by closed roads and the river is still above flood stage.', '',
      'County officials said crews would start clearing debris from the worst-hit streets once the water falls below the bridge decks.', '',
      'How the flooding unfolded',
      '- March 2, 2025:', '- Heavy rain begins over the upper basin, with 5 inches falling in a day.',
      '- March 5, 2025:', '- The governor asks the federal government for a disaster declaration.',
      'PHOTOS: Flooding across Marsh County',
      'Copyright 2025 KVTA. All rights reserved.',
    );
    expect(extract(text).body).toContain('The governor asks the federal government for a disaster declaration.');
  });
});

describe('kickers: a review series', () => {
  it('reads "Week in Review" over the title as the kicker', () => {
    const text = lines('The Harbour Note', 'Home | Politics | Business', 'Week in Review', 'Ferry fares rise, the harbour reopens and two schools merge', 'By Ines Calder', 'Sat 8 Mar 2025', '', ...STORIES_BEFORE, ...STORIES_AFTER);
    const a = extract(text);
    expect(a.kicker).toBe('Week in Review');
    expect(a.headline).toBe('Ferry fares rise, the harbour reopens and two schools merge');
  });
});
