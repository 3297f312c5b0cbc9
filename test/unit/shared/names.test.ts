import { confusable, nameKeys, normalizeName } from '../../../services/shared/names';

describe('normalizeName', () => {
  it('stores NFKC, trimmed, one space between words', () => {
    expect(normalizeName('  Ｒｉｖｅｒ  ', 'pseudonym', 40)).toBe('River');
    expect(normalizeName('Sky   at\u00A0dusk', 'pseudonym', 40)).toBe('Sky at dusk');
    expect(normalizeName('ﬁre', 'pseudonym', 40)).toBe('fire');
  });

  it.each([
    ['a zero-width space', 'River\u200B'],
    ['a zero-width joiner', 'Ri\u200Dver'],
    ['a right-to-left override', 'Ri\u202Ever'],
    ['a bidi isolate', '\u2066River\u2069'],
    ['NUL', 'Riv\u0000er'],
    ['a newline', 'River\nOwner here'],
    ['a tab', 'River\tOwner'],
    ['a soft hyphen', 'Ri\u00ADver'],
    ['a private-use character', 'River\uE000'],
    ['a line separator', 'River\u2028'],
  ])('refuses %s, naming the field', (_what, value) => {
    expect(() => normalizeName(value, 'pseudonym', 40)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['pseudonym'] }));
  });

  it('refuses a blank name and counts length in characters a reader sees (code points)', () => {
    expect(() => normalizeName(' \u3000 ', 'displayName', 60)).toThrow(expect.objectContaining({ fields: ['displayName'] }));
    expect(normalizeName('🌊'.repeat(40), 'pseudonym', 40)).toHaveLength(80);
    expect(() => normalizeName('🌊'.repeat(41), 'pseudonym', 40)).toThrow(expect.objectContaining({ fields: ['pseudonym'] }));
  });
});

describe('confusable names (Unicode TR39 skeletons)', () => {
  it.each([
    ['River', 'River'],
    ['River', 'river'],
    ['River', 'RIVER'],
    ['River', 'R\u0456ver'], // Cyrillic і
    ['River', 'Riv\u0435r'], // Cyrillic е
    ['River', 'Ｒｉｖｅｒ'],
    ['RIver', 'Rlver'], // capital I, small l
    ['Willow', 'Wi11ow'],
    ['Ash', 'Αsh'], // Greek Alpha
    ['m', 'rn'],
  ])('%s and %s could be taken one for the other', (a, b) => {
    expect(confusable(normalizeName(a, 'p', 40), normalizeName(b, 'p', 40))).toBe(true);
  });

  it.each([
    ['River', 'River 2'],
    ['Ash', 'Fern'],
    ['Zoe', 'Zoë'],
    ['李明', '李朋'],
  ])('%s and %s stay apart', (a, b) => {
    expect(confusable(normalizeName(a, 'p', 40), normalizeName(b, 'p', 40))).toBe(false);
  });

  it('gives every name at most two keys', () => {
    expect(nameKeys('River').length).toBeLessThanOrEqual(2);
    expect(nameKeys('RIVER')).toContain(nameKeys('River')[0]);
  });
});
