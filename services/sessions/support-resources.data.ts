/**
 * Crisis and support lines by country (ISO 3166-1 alpha-2). A wrong number can
 * cost a life, so every entry names the page its numbers were checked against
 * and the day of that check, and `npm run check:resources` lists them oldest
 * first for a person to review before each release. A country whose line could
 * not be confirmed from a public source is left out: its members get the
 * international default, never a guess.
 *
 * Checked on 2026-12-02 against stored copies of the pages named in `source`
 * (the service's own page where one was found, `sourceIsServiceOwn`; otherwise
 * a health ministry, regulator or news page quoting the number). `review`
 * holds what the next reviewer should look at first.
 *
 * Left on the international default after that check: LU, IT, DK, CZ, EE
 * (hours, cost or weekend closures that could not be confirmed), CO (regional
 * lines only), MY (one source, a number that changed).
 */

export interface LineEntry {
  name: string;
  /** As a person in the country dials it. */
  phone: string;
  alternativePhone?: string;
  /** The service's own site, for more ways to reach it; null where it was not confirmed. */
  url: string | null;
}

export interface TextEntry {
  name: string;
  instructions: string;
  /** For an `sms:` URI; absent where the service is reached another way (WhatsApp). */
  sms?: { to: string; body?: string };
  /** Where the text service was checked, when not on the line's source page. */
  source?: string;
}

export interface CountryEntry {
  crisisLine: LineEntry;
  textService?: TextEntry;
  /** The emergency number to call in immediate danger. */
  emergencyPhone: string;
  /** Words after the number, where one number is not the whole answer. */
  emergencyNote?: string;
  /** The https page the numbers were checked against. */
  source: string;
  sourceIsServiceOwn: boolean;
  /** YYYY-MM-DD of the last check against `source`. */
  verifiedOn: string;
  review?: string;
}

const CHECKED = '2026-12-02';

export const COUNTRY_RESOURCES: Readonly<Record<string, CountryEntry>> = {
  US: {
    crisisLine: { name: '988 Suicide & Crisis Lifeline (call or text)', phone: '988', url: 'https://988lifeline.org' },
    textService: {
      name: 'Crisis Text Line',
      instructions: 'Text HOME to 741741',
      sms: { to: '741741', body: 'HOME' },
      source: 'https://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729',
    },
    emergencyPhone: '911',
    source: 'https://contactlistens.org/get-help/',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'A 988 network crisis centre\u2019s page; 988lifeline.org itself was not in the stored pages.',
  },
  CA: {
    crisisLine: { name: '9-8-8 Suicide Crisis Helpline (call or text)', phone: '988', url: 'https://988.ca' },
    textService: { name: '9-8-8 by text', instructions: 'Text 988', sms: { to: '988' } },
    emergencyPhone: '911',
    source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  GB: {
    crisisLine: { name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org' },
    textService: { name: 'Shout', instructions: 'Text SHOUT to 85258', sms: { to: '85258', body: 'SHOUT' }, source: 'https://giveusashout.org/about-us/faq' },
    emergencyPhone: '999',
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    sourceIsServiceOwn: true,
    verifiedOn: CHECKED,
  },
  IE: {
    crisisLine: { name: 'Samaritans Ireland', phone: '116 123', url: 'https://www.samaritans.org/ireland' },
    textService: {
      name: '50808',
      instructions: 'Text TALK to 50808',
      sms: { to: '50808', body: 'TALK' },
      source: 'https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466',
    },
    emergencyPhone: '112',
    emergencyNote: 'or 999',
    source:
      'https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'The 50808 keyword is from its 2020 launch coverage.',
  },
  AU: {
    crisisLine: { name: 'Lifeline', phone: '13 11 14', url: 'https://www.lifeline.org.au' },
    textService: {
      name: 'Lifeline Text',
      instructions: 'Text 0477 13 11 14',
      sms: { to: '0477131114' },
      source: 'https://www.thepushupchallenge.com.au/blog/what-happens-when-you-call-lifeline-',
    },
    emergencyPhone: '000',
    source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'A Lifeline member centre\u2019s page; calls from a landline cost a local call.',
  },
  NZ: {
    crisisLine: { name: '1737, Need to talk? (call or text)', phone: '1737', url: 'https://1737.org.nz' },
    textService: { name: '1737, Need to talk?', instructions: 'Text 1737', sms: { to: '1737' } },
    emergencyPhone: '111',
    source: 'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  DE: {
    crisisLine: { name: 'TelefonSeelsorge', phone: '0800 111 0 111', alternativePhone: '0800 111 0 222', url: 'https://www.telefonseelsorge.de' },
    emergencyPhone: '112',
    source: 'https://www.domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'telefonseelsorge.de was not in the stored pages; 116 123 may also reach it (one parish page).',
  },
  AT: {
    crisisLine: { name: 'TelefonSeelsorge, Notruf 142', phone: '142', url: null },
    emergencyPhone: '112',
    source: 'https://www.katholisch.at/telefonseelsorge',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  CH: {
    crisisLine: { name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico (Tel 143)', phone: '143', url: 'https://www.143.ch' },
    emergencyPhone: '144',
    emergencyNote: 'or 112',
    source: 'https://www.143.ch/maenner-kampagne-2016',
    sourceIsServiceOwn: true,
    verifiedOn: CHECKED,
    review: 'A regional branch says a call costs a flat 20 Rappen; the 2016 campaign page says free.',
  },
  FR: {
    crisisLine: { name: '3114, num\u00e9ro national de pr\u00e9vention du suicide', phone: '3114', url: 'https://3114.fr' },
    emergencyPhone: '112',
    source: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
    sourceIsServiceOwn: true,
    verifiedOn: CHECKED,
  },
  BE: {
    crisisLine: {
      name: 'Zelfmoordlijn 1813; in French: Centre de Pr\u00e9vention du Suicide (0800 32 123)',
      phone: '1813',
      alternativePhone: '0800 32 123',
      url: 'https://www.zelfmoord1813.be',
    },
    emergencyPhone: '112',
    source: 'https://zelfmoord1813.be/blog/chat-zelfmoordlijn-langer-geopend',
    sourceIsServiceOwn: true,
    verifiedOn: CHECKED,
    review: 'The French line is confirmed on preventionsuicide.be (activity report 2022).',
  },
  NL: {
    crisisLine: { name: '113 Zelfmoordpreventie', phone: '113', alternativePhone: '0800 0113', url: 'https://www.113.nl' },
    emergencyPhone: '112',
    source: 'https://www.113.nl/schoolopdracht',
    sourceIsServiceOwn: true,
    verifiedOn: CHECKED,
    review: '113 became free in October 2025; 0800 0113 was free before.',
  },
  ES: {
    crisisLine: { name: 'L\u00ednea 024, atenci\u00f3n a la conducta suicida', phone: '024', url: null },
    emergencyPhone: '112',
    source: 'https://www.laopinioncoruna.es/galicia/2025/10/11/medio-millar-gallegos-acude-mes-122505329.html',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  PT: {
    crisisLine: { name: 'Linha Nacional de Preven\u00e7\u00e3o do Suic\u00eddio', phone: '1411', url: null },
    emergencyPhone: '112',
    source: 'https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'Started in September 2025.',
  },
  SE: {
    crisisLine: { name: 'Sj\u00e4lvmordslinjen (Mind)', phone: '90101', url: 'https://mind.se' },
    emergencyPhone: '112',
    source: 'https://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'Opening hours differ between sources (around the clock; 06-24 in 2018).',
  },
  NO: {
    crisisLine: { name: 'Mental Helse Hjelpetelefonen', phone: '116 123', alternativePhone: '22 40 00 40', url: null },
    emergencyPhone: '113',
    emergencyNote: '(medical emergency)',
    source: 'https://radio3bodo.no/nyheter/aktuelt/jeg-kan-forsta-det-men-jeg-kan-aldri-godta-det-108712/',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'The alternative is Kirkens SOS (NRK, 2021).',
  },
  FI: {
    crisisLine: { name: 'MIELI Kriisipuhelin (Crisis Helpline)', phone: '09 2525 0111', url: 'https://mieli.fi' },
    emergencyPhone: '112',
    source: 'https://mieli.fi/helpline',
    sourceIsServiceOwn: true,
    verifiedOn: CHECKED,
    review: 'Calls cost the operator\u2019s usual rate.',
  },
  PL: {
    crisisLine: { name: 'Kryzysowy Telefon Zaufania', phone: '116 123', url: null },
    emergencyPhone: '112',
    source: 'https://www.nask.pl/pl/aktualnosci/5199,Numer-116-123-calodobowa-infolinia-zapewniajaca-wsparcie-psychologiczne-ze-wspar.html',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  GR: {
    crisisLine: {
      name: '\u0393\u03c1\u03b1\u03bc\u03bc\u03ae \u03a0\u03b1\u03c1\u03ad\u03bc\u03b2\u03b1\u03c3\u03b7\u03c2 \u03b3\u03b9\u03b1 \u03c4\u03b7\u03bd \u0391\u03c5\u03c4\u03bf\u03ba\u03c4\u03bf\u03bd\u03af\u03b1 1018 (Klimaka)',
      phone: '1018',
      alternativePhone: '10306',
      url: null,
    },
    emergencyPhone: '112',
    source: 'https://www.reader.gr/ygeia/pagkosmia-imera-psyhikis-ygeias-oles-oi-tilefonikes-grammes-kai-oi-foreis-poy-prosferoyn-dorean/618464',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'The alternative is the Ministry of Health\u2019s 24-hour psychosocial support line.',
  },
  HU: {
    crisisLine: { name: 'Lelki Els\u0151seg\u00e9ly Telefonszolg\u00e1lat', phone: '116 123', url: null },
    emergencyPhone: '112',
    source: 'https://www.bama.hu/helyi-kozelet/2024/09/megelozheto-az-ongyilkossag-mindig-van-segitseg-figyeljunk-egymasra',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  IS: {
    crisisLine: { name: 'Hj\u00e1lpars\u00edmi Rau\u00f0a krossins 1717', phone: '1717', url: 'https://www.1717.is' },
    emergencyPhone: '112',
    source: 'https://www.raudikrossinn.is/verkefni/innanlandsverkefni/heilbrigdi-og-velferd/hjalparsiminn-1717-og-netspjallid/',
    sourceIsServiceOwn: true,
    verifiedOn: CHECKED,
    review: 'No longer answers calls from a withheld number.',
  },
  IN: {
    crisisLine: { name: 'Tele-MANAS', phone: '14416', alternativePhone: '1-800-891-4416', url: null },
    emergencyPhone: '112',
    source: 'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  ZA: {
    crisisLine: { name: 'SADAG 24-hour helpline', phone: '0800 456 789', url: 'https://www.sadag.org' },
    textService: { name: 'SADAG SMS', instructions: 'Send an SMS to 31393 and a counsellor will call you back', sms: { to: '31393' } },
    emergencyPhone: '112',
    emergencyNote: 'from a mobile, or 10111 for the police',
    source: 'https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to-reach-out-amid-world-suicide-prevention-day/',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  BR: {
    crisisLine: { name: 'CVV, Centro de Valoriza\u00e7\u00e3o da Vida', phone: '188', url: 'https://cvv.org.br' },
    emergencyPhone: '192',
    source: 'https://redeglobo.globo.com/rj/tvriosul/Acontece/noticia/cvv-oferece-apoio-emocional-e-atua-na-prevencao-do-suicidio.ghtml',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  MX: {
    crisisLine: { name: 'L\u00ednea de la Vida', phone: '800 911 2000', url: null },
    emergencyPhone: '911',
    source: 'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  JP: {
    crisisLine: { name: '\u3088\u308a\u305d\u3044\u30db\u30c3\u30c8\u30e9\u30a4\u30f3 (Yorisoi Hotline)', phone: '0120-279-338', url: null },
    emergencyPhone: '119',
    source: 'https://www.hurights.or.jp/archives/newsinbrief-ja/section1/2015/01/post-52.html',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'The newest page with the number is from 2015 (the Ministry of Health\u2019s from 2013): check it first.',
  },
  SG: {
    crisisLine: { name: 'Samaritans of Singapore (SOS)', phone: '1767', url: 'https://www.sos.org.sg' },
    textService: { name: 'SOS CareText', instructions: 'Send a WhatsApp message to 9151 1767' },
    emergencyPhone: '995',
    source: 'https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans-singapore-help-2929241',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  KR: {
    crisisLine: { name: '\uc790\uc0b4\uc608\ubc29 \uc0c1\ub2f4\uc804\ud654 109 (suicide prevention line)', phone: '109', url: null },
    textService: { name: '\ub9c8\ub4e4\ub79c (Madeleine)', instructions: 'Text 109', sms: { to: '109' }, source: 'https://m.segye.com/ampView/20240910518155' },
    emergencyPhone: '119',
    source: 'https://newspim.com/news/view/20240102000281',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  AR: {
    crisisLine: { name: 'L\u00ednea de Salud Mental (Ministerio de Salud)', phone: '0800 999 0091', url: null },
    emergencyPhone: '911',
    source: 'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
  },
  CL: {
    crisisLine: { name: 'L\u00ednea de Prevenci\u00f3n del Suicidio *4141 (MINSAL)', phone: '*4141', url: null },
    emergencyPhone: '131',
    source:
      'https://www.biobiochile.cl/noticias/nacional/chile/2023/01/06/no-estas-solo-minsal-lanza-fono-confidencial-4141-para-auxiliar-a-personas-con-ideacion-suicida.shtml',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: 'Described as reachable from any mobile; from a landline not confirmed.',
  },
  HK: {
    crisisLine: { name: 'The Samaritans (24-hour multilingual line)', phone: '2896 0000', url: 'https://samaritans.org.hk' },
    emergencyPhone: '999',
    source: 'https://samaritans.org.hk/',
    sourceIsServiceOwn: true,
    verifiedOn: CHECKED,
    review: 'The stored copy of the service\u2019s page is old (2013): check it first.',
  },
  PH: {
    crisisLine: { name: 'NCMH Crisis Hotline', phone: '1553', alternativePhone: '0917 899 8727', url: null },
    emergencyPhone: '911',
    source: 'https://mb.com.ph/2026/01/03/doh-nearly-1000-callers-seek-help-from-mental-health-hotline',
    sourceIsServiceOwn: false,
    verifiedOn: CHECKED,
    review: '1553 is a landline number; the alternative serves mobiles.',
  },
};

/** The international default: a directory of lines, and local emergency services. */
export const INTERNATIONAL_ENTRY = {
  name: 'Find A Helpline: a helpline in your country',
  url: 'https://findahelpline.com',
  source: 'https://findahelpline.com',
  verifiedOn: CHECKED,
} as const;
