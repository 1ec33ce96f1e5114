// Fixture fields the library gets wrong today, named so the suite says so instead of hiding it.
// A test listed here is expected to fail (it.fails); when a fix makes it pass, the suite fails
// until the entry is removed.
export const KNOWN_GAPS: Record<string, string[]> = {
  // Score and fixture lists after the last paragraph read as a menu (short lines past the article's end).
  b14_sports_league_report: ['keep'],
  // Genre fixtures of issue 14 whose page header (src/header/, the lead's rewrite) the current header
  // misreads; the expectations are right and stay so.
  // German byline "Von X und Y" (no "und" separator), "Stand: 24.02.2026, 16:45 Uhr" is no date line,
  // so the byline line is taken for the headline and "Liveticker" (not a kicker label yet) is lost.
  c03_liveticker_bahnstreik: ['headline', 'kicker', 'byline', 'publishedAt'],
  // "10/02/2026 - 07:00" is not read as a date line: it is taken for the headline, and the date is lost.
  c07_boletin_despertador: ['headline', 'publishedAt'],
  // "Tuesday, June 9, 2026 | By Priya Raman": the byline after the date on one line is not read.
  c08_newsletter_evening_local: ['byline'],
  // "Veröffentlicht: 15. Juli 2026, 09:12 Uhr": German label and month name, no date line.
  c10_digest_auf_einen_blick_hitze: ['publishedAt'],
  // "Nora Vasquez | nvasquez@..." (a byline with an e-mail address) is taken for the headline.
  c11_digest_bottom_case_stands: ['headline', 'byline'],
  // "Publié le 03/06/2026 à 08h15" is not read as a date line: it is taken for the headline.
  c12_digest_fr_a_retenir_greve: ['headline', 'publishedAt'],
  // A bare author name on its own line (no "By") under the headline is not read as a byline.
  c20_future_fraud_trial: ['byline'],
  c21_future_uk_rail_fares: ['byline'],
};
