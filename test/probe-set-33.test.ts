// Gaps found by this stop's CJK probe set and corpus pages (texts written in our own words): each test fails without its fix.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const lines = (...parts: string[]) => parts.join('\n');
const events = (text: string) => extract(text).events.map((e) => [e.date.text, e.date.value]);

describe('dates: Japanese, Chinese and Korean', () => {
  it('reads Japanese dates with their unit signs, a day of the month alone and relative words', () => {
    const text = lines(
      '仙台市、新しい図書館を開館',
      '2025年3月11日 10:30',
      '',
      '仙台市は11日、青葉区に新しい図書館を開館した。工事は2023年4月に始まった。',
      '昨年の来館者数は前の施設で約30万人だった。来年1月には分館も開く予定だ。',
      '市は月曜日に記者会見を開き、第3四半期の利用状況を公表する方針を示した。',
    );
    expect(events(text)).toEqual([
      ['11日', '2025-03-11'],
      ['2023年4月', '2023-04'],
      ['昨年', '2024'],
      ['来年1月', '2026-01'],
      ['月曜日', '2025-03-10'],
      ['第3四半期', '2024-Q3'],
    ]);
  });

  it('reads Chinese months of a relative year, last month and a year with its sign', () => {
    const text = lines(
      '成都地铁新线路通车',
      '',
      '发布时间：2025-03-11 10:30',
      '',
      '成都市交通运输局宣布，地铁新线路正式开通运营，全长约二十八公里，沿线设有十九座车站。',
      '成都市去年4月宣布修建新线路，明年1月将开通第二段。',
      '上个月，市政府召开了协调会议。3月5日，2019年的调查数据再次被引用。',
    );
    expect(events(text)).toEqual([
      ['去年4月', '2024-04'],
      ['明年1月', '2026-01'],
      ['上个月', '2025-02'],
      ['3月5日', '2025-03-05'],
      ['2019', '2019'],
    ]);
  });

  it('reads Korean dates, the coming month, halves and quarters, and a weekday after its date as that date', () => {
    const text = lines(
      '대전시, 새 도서관 문 열어',
      '입력 2025.03.11 10:30',
      '',
      '대전시는 10일 새 도서관을 개관했다고 밝혔다. 대전시는 지난해 4월 공사를 시작했다.',
      '오는 5월에는 두 번째 도서관이 문을 연다. 3월 5일 수요일 설명회가 열렸다.',
      '시는 내년 상반기까지 1분기 이용 실적을 공개할 계획이다.',
    );
    expect(events(text)).toEqual([
      ['10일', '2025-03-10'],
      ['지난해 4월', '2024-04'],
      ['오는 5월', '2025-05'],
      ['3월 5일 수요일', '2025-03-05'],
      ['내년 상반기', '2026-H1'],
      ['1분기', '2025-Q1'],
    ]);
  });

  it('reads a Japanese clause\'s tense off its closing verb, parts of months and a month alone', () => {
    const text = lines(
      '名古屋で梅が見頃に',
      '2025年3月20日 18:00',
      '',
      '名古屋市の公園では、21日から4月6日まで夜間の特別公開を行う。梅は平年より5日早い開花で、2月中旬から咲き始めた。',
      '公園の管理事務所によると、昨年10月に植え替えた若木も順調に育っている。10月には記念の催しを開いた。',
    );
    expect(events(text)).toEqual([
      ['21日', '2025-03-21'],
      ['4月6日', '2025-04-06'],
      ['2月中旬', '2025-02'],
      ['昨年10月', '2024-10'],
      ['10月', '2024-10'],
    ]);
  });

  it('reads Chinese days of a named month, Taiwanese bracketed days, and a clause that ends at its comma', () => {
    const text = lines(
      '哈尔滨提前供暖',
      '',
      '发布时间：2024-10-29 16:20',
      '',
      '受强冷空气影响，黑龙江省大部地区气温明显下降，哈尔滨市区最低气温降至零下八摄氏度左右。',
      '哈尔滨市供热办公室28日发布通知，全市集中供暖将提前至10月30日开始。',
      '本月15日起，市民可通过手机查询供暖进度。下个月3日，供热企业将公布检修结果。',
      '市政府今（29）日表示，相关补贴已经发放完毕。',
    );
    expect(events(text)).toEqual([
      ['28日', '2024-10-28'],
      ['10月30日', '2024-10-30'],
      ['本月15日', '2024-10-15'],
      ['下个月3日', '2024-11-03'],
      ['今（29）日', '2024-10-29'],
    ]);
  });

  it('reads a Korean month before a number that is no day, a day of next month, and no year in an amount', () => {
    const text = lines(
      '광주시, 데이터센터 증설 착수',
      '입력 2024.07.24 10:30',
      '',
      '광주시는 오는 9월 2단계 증설에 착공할 예정이다. 신청은 다음 달 4일까지 받는다.',
      '지금까지 누적 3만2000여 명이 교육에 참여했고, 사업은 6월 말 마무리됐다.',
    );
    expect(events(text)).toEqual([
      ['오는 9월', '2024-09'],
      ['다음 달 4일', '2024-08-04'],
      ['6월 말', '2024-06'],
    ]);
  });

  it('does not read a count of days or a daily rate as a day of the month', () => {
    const text = lines(
      '横浜の新駅、利用者予測を公表',
      '2025年3月11日',
      '',
      '横浜市によると、新駅の利用者は1日約2万人を見込む。工事には300日間かかった。',
    );
    expect(events(text)).toEqual([]);
  });
});

describe('bylines: Japanese, Chinese and Korean forms', () => {
  it('reads a Korean name before its role, with the e-mail after it', () => {
    const text = lines(
      '대전시, 새 도서관 문 열어',
      '입력 2025.03.11 10:30',
      '',
      '대전시는 10일 유성구에 새 도서관을 개관했다고 밝혔다. 도서관은 지하 1층, 지상 4층 규모다.',
      '시 관계자는 "주민들이 책과 가까워지는 공간이 되길 바란다"고 말했다.',
      '',
      '이서준 기자 seojun@example.co.kr',
    );
    expect(extract(text).byline).toEqual(['이서준']);
  });

  it('reads Chinese reporters after their label at the article\'s end, and no editor as an author', () => {
    const text = lines(
      '成都地铁新线路通车',
      '发布时间：2025-03-11 10:30',
      '',
      '成都市交通运输局11日宣布，地铁新线路正式开通运营，全长约二十八公里。',
      '市民普遍表示，新线路让通勤时间缩短了将近一半。',
      '',
      '本报记者 赵明远 钱小雨',
      '（责编：孙悦）',
    );
    expect(extract(text).byline).toEqual(['赵明远', '钱小雨']);
  });

  it('reads a Japanese signature in brackets at the end, but not an agency\'s name', () => {
    const body = ['仙台市は11日、青葉区に新しい図書館を開館した。', '市によると、蔵書は約40万冊に上る。'];
    const signed = lines('仙台市、新しい図書館を開館', '2025年3月11日', '', ...body, '', '（森田恵子）');
    const agency = lines('仙台市、新しい図書館を開館', '2025年3月11日', '', ...body, '', '（東北通信）');
    expect(extract(signed).byline).toEqual(['森田恵子']);
    expect(extract(agency).byline).toEqual([]);
  });

  it('reads a short article\'s closing byline, and keeps its first paragraph in the body', () => {
    const text = lines(
      '成都地铁新线路通车',
      '发布时间：2025-03-11 10:30',
      '',
      '成都市交通运输局11日宣布，地铁新线路正式开通运营，全长约二十八公里。',
      '新线路沿线设有十九座车站，其中换乘站六座，高峰时段发车间隔为三分钟。',
      '据介绍，新线路的建设历时四年，总投资超过两百亿元。',
      '市民普遍表示，新线路让通勤时间缩短了将近一半。',
      '',
      '本报记者 赵明远',
    );
    const a = extract(text);
    // A short line, taken for a menu's, that its role word makes a byline.
    expect(a.byline).toEqual(['赵明远']);
    expect(a.dek).toBeNull();
    expect(a.body).toContain('成都市交通运输局11日宣布');
  });
});

describe('header: CJK headlines and kickers', () => {
  it('takes the title line, not a closing sentence, as the headline of a Japanese page', () => {
    const text = lines(
      '仙台市で新しい図書館が開館',
      '',
      '2025年3月11日 10:30',
      '',
      '仙台市は2025年3月11日、新しい図書館を開館したと発表した。工事は2023年4月に始まった。',
      '',
      '市によると、利用者は1日約3千人を見込んでいる。',
    );
    expect(extract(text).headline).toBe('仙台市で新しい図書館が開館');
  });

  it('splits a bracketed or full-width-separated format label off the headline as its kicker', () => {
    const body = ['', '입력 2025.03.11 10:30', '', '대전시는 10일 새 도서관을 개관했다고 밝혔다. 도서관은 지하 1층, 지상 4층 규모다.'];
    const korean = extract(lines('[단독] 대전시, 새 도서관 문 열어', ...body));
    expect([korean.kicker, korean.headline]).toEqual(['단독', '대전시, 새 도서관 문 열어']);
    const chinese = extract(lines('深度｜成都地铁新线路为何提前通车', '', '发布时间：2025-03-11 10:30', '', '成都市交通运输局11日宣布，地铁新线路正式开通运营，全长约二十八公里。'));
    expect([chinese.kicker, chinese.headline]).toEqual(['深度', '成都地铁新线路为何提前通车']);
  });
});

describe('figures: CJK amounts', () => {
  it('reads amounts with units between their digits, the currency after them, and full-width per cent', () => {
    const text = lines(
      '仙台市、新しい図書館を開館',
      '2025年3月11日',
      '',
      '仙台市は11日、新しい市立図書館の開館式を行い、多くの市民が訪れた。',
      '総事業費は1兆2000億円に上り、利用料収入は15％増えた。',
      '成都市的投资达5000万元，增长3.5%。',
      '수출액은 9억5000만달러를 넘었다.',
    );
    expect(extract(text).figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['1兆2000億円', 1.2e12, 'JPY'],
      ['15％', 15, '%'],
      ['5000万元', 5e7, 'CNY'],
      ['3.5%', 3.5, '%'],
      ['9억5000만달러', 9.5e8, 'USD'],
    ]);
  });
});
