// The fixed development split of the page corpora, shared by eval:body and the region trainer.
// Pages are grouped by site (the URL's host; the id where there is no URL), so no site's template
// is in both halves: half A is for tuning and training, half B shows whether that generalises.
// The half is the low bit of the FNV-1a hash of the site; the next bit folds half A in two.

function fnv(key) {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function siteOf(page) {
  try {
    return new URL(page.url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return page.id;
  }
}

/** 'A' or 'B'. */
export function half(page) {
  return fnv(siteOf(page)) & 1 ? 'B' : 'A';
}

/** 0 or 1: two folds of a half, by the same site grouping. */
export function fold(page) {
  return (fnv(siteOf(page)) >>> 1) & 1;
}
