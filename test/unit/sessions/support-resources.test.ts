import {
  FIND_A_HELPLINE_URL,
  NOT_A_CRISIS_SERVICE,
  regionOfLocale,
  SUPPORTED_REGIONS,
  supportResourcesFor,
} from '../../../services/sessions/support-resources';

describe('support-resources', () => {
  describe('regionOfLocale', () => {
    it.each([
      ['en-GB', 'GB'],
      ['de-DE', 'DE'],
      ['en_US', 'US'],
      ['zh-Hant-TW', 'TW'],
      ['en', null],
      ['not a locale!', null],
    ])('reads %p as %p', (locale, expected) => {
      expect(regionOfLocale(locale)).toBe(expected);
    });
  });

  describe('supportResourcesFor', () => {
    it.each([
      ['en-US', 'US', '988 Suicide & Crisis Lifeline (call or text)', '988', 'Text HOME to 741741'],
      ['fr-CA', 'CA', '9-8-8 Suicide Crisis Helpline (call or text)', '988', 'Text 988'],
      ['en-GB', 'GB', 'Samaritans', '116 123', 'Text SHOUT to 85258'],
      ['ga-IE', 'IE', 'Samaritans', '116 123', 'Text HELLO to 50808'],
      ['en-AU', 'AU', 'Lifeline', '13 11 14', 'Text 0477 13 11 14'],
      ['mi-NZ', 'NZ', '1737, Need to talk? (call or text)', '1737', 'Text 1737'],
    ])('gives %s the resources of %s', (locale, region, name, phone, instructions) => {
      // Act
      const resources = supportResourcesFor(locale);

      // Assert
      expect(resources).toMatchObject({ region, crisisLine: { name, phone }, textService: { instructions } });
    });

    it('gives Germany both TelefonSeelsorge numbers and no text service', () => {
      expect(supportResourcesFor('de-DE')).toMatchObject({
        region: 'DE',
        crisisLine: { name: 'TelefonSeelsorge', phone: '0800 111 0 111', alternativePhone: '0800 111 0 222' },
        textService: null,
        emergency: 'If you are in immediate danger, call 112.',
      });
    });

    it.each([['en'], ['fr-FR'], ['es-419'], ['not a locale!'], ['']])('gives %p the international default', (locale) => {
      expect(supportResourcesFor(locale)).toEqual({
        region: null,
        crisisLine: { name: 'Find A Helpline: a helpline in your country', phone: null, alternativePhone: null, url: FIND_A_HELPLINE_URL },
        textService: null,
        emergency: 'If you are in immediate danger, contact your local emergency services.',
        findAHelplineUrl: 'https://findahelpline.com',
        disclaimer: NOT_A_CRISIS_SERVICE,
      });
    });

    it('states that Lacrima is not a crisis service in every entry', () => {
      const all = [...SUPPORTED_REGIONS.map((region) => supportResourcesFor(`en-${region}`)), supportResourcesFor('en')];

      expect(SUPPORTED_REGIONS).toEqual(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE']);
      expect(all.map((resources) => resources.disclaimer)).toEqual(
        Array(8).fill(
          'Lacrima is not a crisis service. If you are in danger or might act on thoughts of harming yourself, contact emergency services now.',
        ),
      );
    });

    it('returns fresh objects so one answer cannot change the next', () => {
      // Arrange
      const first = supportResourcesFor('en-GB');

      // Act
      first.crisisLine.phone = 'changed';

      // Assert
      expect(supportResourcesFor('en-GB').crisisLine.phone).toBe('116 123');
    });
  });
});
