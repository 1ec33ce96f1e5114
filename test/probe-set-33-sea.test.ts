// Gaps found by this stop's Vietnamese, Indonesian and Malay probe set (texts written in our own words): each test fails without its fix.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const lines = (...parts: string[]) => parts.join('\n');
const events = (text: string) => extract(text).events.map((e) => [e.date.text, e.date.value]);
const figures = (text: string) => extract(text).figures.map((f) => [f.text, f.value, f.unit]);

const VI_BODY = 'Theo ông Trần Minh Quân, các nhà thầu đã hoàn thành phần lớn khối lượng công việc và đang chờ thiết bị từ nước ngoài. Người dân trong khu vực cho biết họ rất mong chờ tuyến đường mới này.';
const ID_BODY = 'Menurut Kepala Dinas Perhubungan, Budi Santoso, proyek tersebut akan meningkatkan kenyamanan warga yang setiap hari menggunakan transportasi umum di kota itu.';

/** A page: its title, a blank, its date line, then `content` between two paragraphs of filler prose. */
const page = (title: string, dateLine: string, filler: string, ...content: string[]) => lines(title, '', dateLine, '', filler, '', ...content, '', filler);
const VI_TITLE = 'Đà Nẵng khởi công cầu mới qua sông Hàn';
const VI_DATE = 'Thứ ba, 11/3/2025, 10:30 (GMT+7)';

describe('dates: Vietnamese', () => {
  it('reads day-first dates after "ngày", months by number, relative phrases with the unit first, and quarters', () => {
    const text = page(
      VI_TITLE, VI_DATE, VI_BODY,
      'Chiều hôm qua, UBND thành phố đã phê duyệt dự án. Ngày 28/2, đoàn kiểm tra đã làm việc với nhà thầu.',
      'Năm ngoái, lượng khách qua cầu cũ đạt 10 triệu lượt. Dự án dự kiến hoàn thành vào tháng 7 năm sau, sau khi quý III/2025 kết thúc.',
    );
    expect(events(text)).toEqual([
      ['hôm qua', '2025-03-10'],
      ['Ngày 28/2', '2025-02-28'],
      ['Năm ngoái', '2024'],
      ['tháng 7 năm sau', '2026-07'],
      ['quý III/2025', '2025-Q3'],
    ]);
  });
});

describe('dates: Vietnamese weekdays', () => {
  it('reads "thứ Hai tuần tới" as next Monday, not as two weeks ahead, by its clause\'s future "sẽ"', () => {
    const text = page(VI_TITLE, VI_DATE, VI_BODY, 'Thứ Hai tuần tới, UBND thành phố sẽ họp với nhà thầu. Thứ Sáu tuần trước, đoàn kiểm tra đã làm việc tại công trường.');
    expect(events(text)).toEqual([
      ['Thứ Hai tuần tới', '2025-03-17'],
      ['Thứ Sáu tuần trước', '2025-03-07'],
    ]);
  });
});

describe('dates: Indonesian and Malay', () => {
  it('reads relative phrases with the unit first, Malay weekdays and "semalam", and quarters', () => {
    const text = page(
      'Kerajaan negeri umum projek tebatan banjir baharu', 'Selasa, 18 November 2025 11:20 AM', ID_BODY,
      'Semalam, kerajaan negeri mengumumkan peruntukan tambahan. Mesyuarat pada Khamis lalu telah meluluskan cadangan itu.',
      'Tahun lalu, banjir melanda tiga daerah. Projek itu akan bermula pada suku pertama tahun depan.',
    );
    expect(events(text)).toEqual([
      ['Semalam', '2025-11-17'],
      ['Khamis', '2025-11-13'],
      ['Tahun lalu', '2024'],
      ['suku pertama tahun depan', '2026-Q1'],
    ]);
  });

  it('takes the first publication over an update line above it ("Diperbarui" / "Diterbitkan")', () => {
    const text = lines(
      'Berita',
      'Teknologi',
      'Batam bangun pusat data baru',
      'Diperbarui 12 Mar 2025, 09:15 WIB',
      'Diterbitkan Senin, 10 Maret 2025 14:00 WIB',
      'Penulis: Rina Wulandari',
      '',
      ID_BODY,
      '',
      ID_BODY,
    );
    expect(extract(text).publishedAt?.value.slice(0, 10)).toBe('2025-03-10');
  });
});

describe('figures: Vietnamese, Indonesian and Malay', () => {
  it('reads decimal commas and scale words in Vietnamese and Indonesian, and Malay per cent and scale words', () => {
    const vi = page(VI_TITLE, VI_DATE, VI_BODY, 'Tổng vốn đầu tư là 35.600 tỷ đồng, tăng 3,5% so với dự kiến.');
    expect(figures(vi)).toEqual([
      ['35.600 tỷ đồng', 3.56e13, 'VND'],
      ['3,5%', 3.5, '%'],
    ]);
    const id = page('Investasi Jawa Tengah naik', 'Selasa, 11 Maret 2025 10:30 WIB', ID_BODY, 'Realisasi investasi mencapai Rp 58,3 triliun, naik 12,4 persen.');
    expect(figures(id)).toEqual([
      ['Rp 58,3 triliun', 5.83e13, 'IDR'],
      ['12,4 persen', 12.4, '%'],
    ]);
    const ms = page('Kerajaan negeri umum projek baharu', 'Selasa, 18 November 2025 11:20 AM', ID_BODY, 'Projek bernilai RM2.5 bilion itu siap 60 peratus.');
    expect(figures(ms)).toEqual([
      ['RM2.5 bilion', 2.5e9, 'MYR'],
      ['60 peratus', 60, '%'],
    ]);
  });
});

describe('header: Vietnamese, Indonesian and Malay pages', () => {
  it('takes no newsletter prompt for the headline, and reads a format label above it as the kicker', () => {
    const text = lines(
      'Trang chủ',
      'Thời sự',
      'Kinh doanh',
      'Đăng nhập',
      'Đăng ký nhận bản tin',
      'Thời sự > Giao thông',
      'PHÂN TÍCH',
      'Thứ ba, 11/3/2025, 10:30 (GMT+7)',
      'Đà Nẵng khởi công cầu mới qua sông Hàn sau hai năm chuẩn bị',
      '',
      VI_BODY,
      '',
      VI_BODY,
    );
    const a = extract(text);
    expect([a.kicker, a.headline]).toEqual(['PHÂN TÍCH', 'Đà Nẵng khởi công cầu mới qua sông Hàn sau hai năm chuẩn bị']);
  });

  it('reads a Malay date line above the headline, not its update below', () => {
    const text = lines(
      'Negeri > Kelantan',
      'Ahad, 1 Disember 2024 8:05 PM',
      'Mangsa banjir di Kelantan meningkat kepada empat puluh ribu orang',
      'Dikemas kini: 2 Dis 2024 7:30 AM',
      '',
      ID_BODY,
      '',
      ID_BODY,
    );
    expect(extract(text).publishedAt?.value.slice(0, 10)).toBe('2024-12-01');
  });

  it('reads two authors joined by "dan"', () => {
    const text = lines(
      'Mangsa banjir di Kelantan meningkat',
      'Ahad, 1 Disember 2024 8:05 PM',
      'Oleh Siti Aminah dan Ahmad Faizal',
      '',
      ID_BODY,
      '',
      ID_BODY,
    );
    expect(extract(text).byline).toEqual(['Siti Aminah', 'Ahmad Faizal']);
  });
});

