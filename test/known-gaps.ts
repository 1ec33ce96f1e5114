// Fixture fields the library gets wrong today, named so the suite says so instead of hiding it.
// A test listed here is expected to fail (it.fails); when a fix makes it pass, the suite fails
// until the entry is removed.
export const KNOWN_GAPS: Record<string, string[]> = {
  // Score and fixture lists after the last paragraph read as a menu (short lines past the article's end).
  b14_sports_league_report: ['keep'],
  // Probe pages of stop 44 (fixes of theirs are tested; these fields are not yet right).
  // A Thai "ประเด็นสำคัญ" (key points) header is no named digest header; a sponsor's message line stays.
  s44_1304_th_business_rate_cut_keypoints: ['digest', 'remove'],
  // An advert's copy under its "Реклама" label, in the story's words ("Окна ПВХ ... скидка 30%").
  s44_1503_ru_city_portal_bridge_closure: ['remove'],
  // The same: "Кухни на заказ ..." under an advert label; a related link quoting a minister.
  s44_1506_ru_interview_theatre_director_qa: ['remove'],
  // "By News Now Staff": a staff credit the case reads as no author, the corpora as an author.
  s44_1808_ca_snow_day_closures: ['byline'],
  // A donation pitch under "DONATE TODAY".
  s44_1911_email_masthead_subline: ['remove'],
  // The newest live entry under its minute stamp is read as furniture; a betting box without a label stays.
  s44_2009_nl_liveblog_topper: ['keep', 'remove'],
};
