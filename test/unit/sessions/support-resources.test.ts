import { COUNTRY_RESOURCES } from '../../../services/sessions/support-resources.data';
import { reviewLines } from '../../../services/sessions/support-resources.check';
import {
  FIND_A_HELPLINE_URL,
  NOT_A_CRISIS_SERVICE,
  smsUri,
  SUPPORTED_COUNTRIES,
  supportResourcesFor,
  telUri,
} from '../../../services/sessions/support-resources';
import { isCountryCode } from '../../../services/users/user.country';

describe('support-resources', () => {
  describe('supportResourcesFor', () => {
    it.each([
      ['US', '988 Suicide & Crisis Lifeline (call or text)', 'tel:988', 'sms:741741?body=HOME', 'tel:911'],
      ['CA', '9-8-8 Suicide Crisis Helpline (call or text)', 'tel:988', 'sms:988', 'tel:911'],
      ['GB', 'Samaritans', 'tel:116123', 'sms:85258?body=SHOUT', 'tel:999'],
      ['IE', 'Samaritans Ireland', 'tel:116123', 'sms:50808?body=TALK', 'tel:112'],
      ['AU', 'Lifeline', 'tel:131114', 'sms:0477131114', 'tel:000'],
      ['NZ', '1737, Need to talk? (call or text)', 'tel:1737', 'sms:1737', 'tel:111'],
    ])('gives %s its own lines, each a URI a phone can act on', (country, name, phoneUri, sms, emergencyPhoneUri) => {
      // Act
      const resources = supportResourcesFor(country);

      // Assert
      expect(resources).toMatchObject({ country, crisisLine: { name, phoneUri }, textService: { smsUri: sms }, emergencyPhoneUri });
    });

    it('gives Germany both TelefonSeelsorge numbers as tel: URIs, no text service, 112, and where they were checked', () => {
      expect(supportResourcesFor('DE')).toMatchObject({
        country: 'DE',
        crisisLine: {
          name: 'TelefonSeelsorge',
          phone: '0800 111 0 111',
          phoneUri: 'tel:08001110111',
          alternativePhone: '0800 111 0 222',
          alternativePhoneUri: 'tel:08001110222',
          source: expect.stringMatching(/^https:\/\//),
          verifiedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        },
        textService: null,
        emergency: 'If you are in immediate danger, call 112.',
        emergencyPhone: '112',
      });
    });

    it('keeps a WhatsApp-only text service without an sms: URI', () => {
      expect(supportResourcesFor('SG').textService).toMatchObject({ smsUri: null, instructions: expect.stringContaining('WhatsApp') });
    });

    it.each([[null], [undefined], [''], ['XX'], ['LU'], ['de'], ['UK']])('gives %p the international default', (country) => {
      expect(supportResourcesFor(country)).toEqual({
        country: null,
        crisisLine: {
          name: 'Find A Helpline: a helpline in your country',
          phone: null,
          phoneUri: null,
          alternativePhone: null,
          alternativePhoneUri: null,
          url: FIND_A_HELPLINE_URL,
          source: 'https://findahelpline.com',
          verifiedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        },
        textService: null,
        emergency: 'If you are in immediate danger, contact your local emergency services.',
        emergencyPhone: null,
        emergencyPhoneUri: null,
        findAHelplineUrl: 'https://findahelpline.com',
        disclaimer: NOT_A_CRISIS_SERVICE,
      });
    });

    it('returns fresh objects so one answer cannot change the next', () => {
      // Arrange
      const first = supportResourcesFor('GB');

      // Act
      first.crisisLine.phone = 'changed';

      // Assert
      expect(supportResourcesFor('GB').crisisLine.phone).toBe('116 123');
    });
  });

  describe('the list', () => {
    const all = SUPPORTED_COUNTRIES.map((country) => supportResourcesFor(country));

    it('covers at least 25 countries, each an ISO 3166-1 alpha-2 code', () => {
      expect(SUPPORTED_COUNTRIES.length).toBeGreaterThanOrEqual(25);
      expect(SUPPORTED_COUNTRIES.filter((country) => !isCountryCode(country))).toEqual([]);
      expect(SUPPORTED_COUNTRIES).toEqual(expect.arrayContaining(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IN', 'ZA', 'BR', 'MX', 'JP']));
    });

    it('gives every line a source page over https and a real check date, never in the future', () => {
      const today = new Date().toISOString().slice(0, 10);
      for (const resources of all) {
        for (const entry of [resources.crisisLine, ...(resources.textService ? [resources.textService] : [])]) {
          expect([resources.country, entry.source]).toEqual([resources.country, expect.stringMatching(/^https:\/\/[^\s]+$/)]);
          expect(Number.isNaN(Date.parse(`${entry.verifiedOn}T00:00:00Z`))).toBe(false);
          expect(entry.verifiedOn <= today).toBe(true);
        }
      }
    });

    it('gives every number a tel: URI of its digits, and every SMS service with a number an sms: URI', () => {
      for (const resources of all) {
        const line = resources.crisisLine;
        // A star code (*4141) has no link: phones will not dial one from a tel: URI.
        const expected = line.phone?.includes('*') ? null : expect.stringMatching(/^tel:\d{3,}$/);
        expect([resources.country, line.phoneUri]).toEqual([resources.country, expected]);
        expect(line.phoneUri).toBe(telUri(line.phone as string));
        if (line.alternativePhone) expect(line.alternativePhoneUri).toMatch(/^tel:\d{3,}$/);
        expect(resources.emergencyPhoneUri).toMatch(/^tel:\d{3}$/);
        const sms = COUNTRY_RESOURCES[resources.country as string]?.textService?.sms;
        if (sms) expect(resources.textService?.smsUri).toBe(smsUri(sms.to, sms.body));
      }
    });

    it('states that Lacrima is not a crisis service in every entry', () => {
      expect(new Set([...all, supportResourcesFor(null)].map((resources) => resources.disclaimer))).toEqual(new Set([NOT_A_CRISIS_SERVICE]));
    });
  });
});

describe('check:resources', () => {
  it('prints one line per country, starting with its code, with its check date, age and source, oldest first', () => {
    // Arrange: a day well after every check, so ages differ only by the check dates.
    const today = new Date('2030-01-01T12:00:00Z');

    // Act
    const lines = reviewLines(today);

    // Assert
    const countries = lines.slice(0, SUPPORTED_COUNTRIES.length);
    expect(countries.map((line) => line.slice(0, 2)).sort()).toEqual([...SUPPORTED_COUNTRIES].sort());
    for (const line of countries) expect(line).toMatch(/^[A-Z]{2} {2}\d{4}-\d\d-\d\d +\d+ days .*(own|other) page https:\/\/\S+/);
    const ages = countries.map((line) => Number(/ (\d+) days /.exec(line)?.[1]));
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(lines.at(-1)).toMatch(new RegExp(`^${SUPPORTED_COUNTRIES.length} countries; the oldest check is \\d+ days old`));
  });
});
