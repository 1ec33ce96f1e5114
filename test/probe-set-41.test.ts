// Fixes of stop 41, each found on the labelled corpora or a page the library had not seen (texts
// written in our own words). Each test fails without its fix.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { prose, more } from './helpers/probe-page.js';

describe('bylines: a bare name under the standfirst, with a given name from beyond English', () => {
  // No byline word, no date beside it: only a known given name says the line is a person.
  const page = (name: string) =>
    `Docs\nPricing\n\nWhy our bus planners stopped trusting the old route maps\nSplitting the network into twelve zones cut average waits by a third, the pilot found.\n${name}\nContents\n- What the phone data showed\n- What we changed first\n\n${prose}\n\n${more}\n`;

  it.each(['Joakim Lindqvist', 'Halina Goetz', 'Thabo Nkosi', 'Giulia Ferraro'])('reads "%s" as the byline', (name) => {
    expect(extract(page(name)).byline).toEqual([name]);
  });
});
