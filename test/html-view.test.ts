// The HTML text view and the DOM hints it hands to classify: small synthetic pages, one behaviour each.
import { describe, expect, it } from 'vitest';
import { htmlToView } from '../src/html/view.js';

const PROSE = 'The council approved the new budget on Tuesday, after a long debate about schools, roads and the water supply, and the mayor said the vote was a relief for everyone involved.';

describe('html view', () => {
  it('gives one hint per line even for rows of empty table cells', () => {
    const html = `<html><body><table><tr><td></td><td></td></tr><tr><td>Rates</td><td>12</td></tr></table><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;
    const v = htmlToView(html);
    expect(v.text.split('\n').every((l) => l.trim() !== '')).toBe(true);
    expect(v.hints.length).toBe(v.text.split('\n').length);
  });
});
