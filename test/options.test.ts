// extract() options: ExtractOptionsSchema is the one check, and every bad value is OPTIONS_INVALID
// naming the option (never a silently ignored value, never another error code).
import { describe, expect, it } from 'vitest';
import { extract, ExtractOptionsSchema, NewsdistillError } from '../src/index.js';

const PAGE = 'Council approves budget\nThe council approved the new budget on Monday after a long debate, officials said.';

function rejection(options: unknown): NewsdistillError {
  try {
    extract(PAGE, options as never);
  } catch (err) {
    return err as NewsdistillError;
  }
  throw new Error(`accepted ${JSON.stringify(options)}`);
}

describe('extract options', () => {
  it.each([
    [{ maxInputBytes: 'x' }, 'maxInputBytes'],
    [{ maxInputBytes: -1 }, 'maxInputBytes'],
    [{ maxInputBytes: 0 }, 'maxInputBytes'],
    [{ maxInputBytes: 1.5 }, 'maxInputBytes'],
    [{ url: 5 }, 'url'],
    [{ format: 'xml' }, 'format'],
    [{ tagger: 'spacy' }, 'tagger'],
    [{ publishedAt: 'next week-ish' }, 'publishedAt'],
    [{ publishedAt: new Date('nope') }, 'publishedAt'],
    [{ publishedAt: 20240101 }, 'publishedAt'],
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ timezone: 7 }, 'timezone'],
    [{ formatt: 'html' }, 'formatt'],
  ])('%j is OPTIONS_INVALID naming %s', (options, name) => {
    const err = rejection(options);
    expect(err).toBeInstanceOf(NewsdistillError);
    expect(err.code).toBe('OPTIONS_INVALID');
    expect(err.message).toContain(`'${name}'`);
  });

  it('options that are not an object are OPTIONS_INVALID', () => {
    for (const options of [null, 'html', 5, ['format']]) expect(rejection(options).code).toBe('OPTIONS_INVALID');
  });

  it('accepts every key the schema declares, with valid values, and real time zones', () => {
    expect(Object.keys(ExtractOptionsSchema.shape).sort()).toEqual(['format', 'maxInputBytes', 'publishedAt', 'tagger', 'timezone', 'url']);
    const a = extract(PAGE, { format: 'text', publishedAt: '2024-03-04', url: 'https://example.com/a', timezone: 'America/Chicago', tagger: 'lexicon', maxInputBytes: 1000 });
    expect(a.publishedAt?.value).toBe('2024-03-04');
    expect(extract(PAGE, { publishedAt: new Date('2024-03-04T00:00:00Z'), timezone: 'UTC' }).publishedAt?.value).toBe('2024-03-04');
  });

  it('the size limit still applies to valid limits', () => {
    expect(() => extract(PAGE, { maxInputBytes: 10 })).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
    // Multi-byte text is measured in UTF-8 bytes, without Buffer: 40 characters of 3 bytes each.
    expect(() => extract('€'.repeat(40), { maxInputBytes: 100 })).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE', message: expect.stringContaining('120 bytes') }));
    expect(() => extract('😀'.repeat(25), { maxInputBytes: 100 })).not.toThrow();
  });
});
