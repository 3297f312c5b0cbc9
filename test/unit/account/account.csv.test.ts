import { csvField, SESSION_CSV_COLUMNS, sessionCsvRow, toCsv } from '../../../services/account/account.csv';
import { CatalystKind, Emotion } from '../../../services/sessions/session.enums';
import { buildSession } from '../../fixtures/sessions';

describe('account CSV', () => {
  describe('csvField', () => {
    it.each([
      ['plain text', 'calm evening', 'calm evening'],
      ['a comma', 'lighter, calmer', '"lighter, calmer"'],
      ['double quotes', 'it was "fine"', '"it was ""fine"""'],
      ['a line feed', 'one\ntwo', '"one\ntwo"'],
      ['a CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
      ['an empty string', '', ''],
      ['unicode', 'Tränen 😢', 'Tränen 😢'],
    ])('writes %s as RFC 4180 asks', (_case, value, expected) => {
      expect(csvField(value)).toBe(expected);
    });

    it.each([
      ['=', '=1+1', "'=1+1"],
      ['+', '+49 30 1234', "'+49 30 1234"],
      ['-', '-2 points', "'-2 points"],
      ['@', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
      ['a tab', '\t=1+1', "'\t=1+1"],
      ['a carriage return', '\r=1+1', `"'\r=1+1"`],
      ['a line feed', '\n=2+2', `"'\n=2+2"`],
      ['a space, then =', ' =1+1', "' =1+1"],
      ['spaces, then @', '  @SUM(A1)', "'  @SUM(A1)"],
      ['a no-break space, then +', '\u00a0+1', "'\u00a0+1"],
      ['a tab, then =HYPERLINK', '\t=HYPERLINK("http://evil.test")', `"'\t=HYPERLINK(""http://evil.test"")"`],
    ])('defuses text starting with %s so a spreadsheet shows it as text', (_trigger, value, expected) => {
      expect(csvField(value)).toBe(expected);
    });

    it('defuses and quotes together: the apostrophe goes inside the quotes', () => {
      expect(csvField('=HYPERLINK("http://evil.test","x")')).toBe(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    });

    it('leaves formula characters alone anywhere but at the start', () => {
      expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e');
      expect(csvField(' a = b')).toBe(' a = b');
    });

    it('writes numbers and booleans as they are, and null or undefined as an empty field', () => {
      expect([csvField(-3), csvField(0), csvField(true), csvField(false), csvField(null), csvField(undefined)]).toEqual(['-3', '0', 'true', 'false', '', '']);
    });
  });

  describe('toCsv', () => {
    it('ends every record with CRLF so pages concatenate', () => {
      expect(
        toCsv([
          ['a', 'b'],
          ['c,d', null],
        ]),
      ).toBe('a,b\r\n"c,d",\r\n');
      expect(toCsv([])).toBe('');
    });
  });

  describe('sessionCsvRow', () => {
    it('has one value per column, lists joined with "; " and a catalyst as KIND: reference', () => {
      const session = buildSession({
        id: 'session-x',
        startedAt: '2026-03-10T18:00:00.000Z',
        durationMinutes: 25,
        catalysts: [{ kind: CatalystKind.MUSIC, reference: 'our song' }, { kind: CatalystKind.BREATHWORK }],
        emotions: [Emotion.GRIEF, Emotion.RELIEF],
        reflection: '+1 for showing up',
      });

      const row = sessionCsvRow(session);

      expect(row).toHaveLength(SESSION_CSV_COLUMNS.length);
      const byColumn = Object.fromEntries(SESSION_CSV_COLUMNS.map((c, i) => [c, row[i]]));
      expect(byColumn).toMatchObject({
        id: 'session-x',
        durationMinutes: 25,
        day: '2026-03-10',
        catalysts: 'MUSIC: our song; BREATHWORK',
        emotions: 'GRIEF; RELIEF',
        distressBefore: 6,
        distressAfter: 3,
        selfHarmThoughts: false,
      });
      expect(toCsv([row])).toContain(",'+1 for showing up,");
    });

    it('leaves the duration empty for a session still in progress', () => {
      const row = sessionCsvRow(buildSession({ status: 'IN_PROGRESS', endedAt: null }));

      expect(row[SESSION_CSV_COLUMNS.indexOf('durationMinutes')]).toBeNull();
      expect(row[SESSION_CSV_COLUMNS.indexOf('endedAt')]).toBeNull();
    });
  });
});
