/**
 * The documents Retur's rules cite. The five seeds (docs/sources/) are the specification; the others are
 * public pages of the authorities (and a few others) that say more precisely what the seeds say, cited by URL.
 */
import type { Source, SourceDocument } from './engine/source.ts';

export const documents = {
  'seed-000': {
    id: 'seed-000',
    title: 'Deportation',
    publisher: 'UDI (Norwegian Directorate of Immigration)',
    file: '000_44b4acafdd3ee764.txt',
  },
  'seed-001': {
    id: 'seed-001',
    title: 'If you must leave Norway',
    publisher: 'UNE (Immigration Appeals Board)',
    file: '001_fe0ef3f85635c819.txt',
  },
  'seed-002': {
    id: 'seed-002',
    title: 'Apply for assisted return',
    publisher: 'UDI (Norwegian Directorate of Immigration)',
    file: '002_8d40b80022d75993.txt',
  },
  'seed-003': {
    id: 'seed-003',
    title: 'Who can apply for assisted return?',
    publisher: 'UDI regulations',
    file: '003_c2248d09914449de.txt',
    url: 'https://udi.no/ru/return/who-is-eligible-for-the-return-scheme-and-how-to-apply',
  },
  'seed-004': {
    id: 'seed-004',
    title: 'Forced returns from Norway as of March 2026',
    publisher: 'Police (NPIS, National Police Immigration Service)',
    file: '004_c0cde88ac650aa74.txt',
  },
  'udi-assisted-return-irq': {
    id: 'udi-assisted-return-irq',
    title: 'Assisted return to Iraq',
    publisher: 'UDI',
    url: 'https://udi.no/en/want-to-apply/assisted-return/assisted-return/?c=irq',
  },
  'udi-assisted-return-som-families': {
    id: 'udi-assisted-return-som-families',
    title: 'Assisted return to Somalia: families with children under 18',
    publisher: 'UDI',
    url: 'https://www.udi.no/skal-soke/assistert-retur/assistert-retur-til-somalia-mogadishu/familier-med-barn-under-18-ar-fra-resten-av-somalia/',
  },
  'eu-2018-1806': {
    id: 'eu-2018-1806',
    title: 'Regulation (EU) 2018/1806, Annex II (visa-exempt third countries), consolidated 4 August 2024',
    publisher: 'European Union',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A02018R1806-20240804',
  },
  'eu-2023-222': {
    id: 'eu-2023-222',
    title: 'Commission Delegated Regulation (EU) 2023/222: temporary suspension of the visa exemption for all nationals of Vanuatu',
    publisher: 'European Union',
    url: 'https://eur-lex.europa.eu/eli/reg_del/2023/222/oj',
  },
  'eu-2023-850': {
    id: 'eu-2023-850',
    title: 'Regulation (EU) 2023/850: Kosovo moved to Annex II of Regulation (EU) 2018/1806 (visa exemption)',
    publisher: 'European Union',
    url: 'https://eur-lex.europa.eu/eli/reg/2023/850/oj',
  },
  'utl-71': {
    id: 'utl-71',
    title: 'Utlendingsloven § 71 (expulsion bars later entry)',
    publisher: 'Lovdata / UDI regelverk',
    url: 'https://www.udiregelverk.no/no/rettskilder/sentrale/utlendingsloven/kap8/71/',
  },
  'utf-14-2': {
    id: 'utf-14-2',
    title: 'Utlendingsforskriften § 14-2 (length of the entry ban)',
    publisher: 'Lovdata / UDI regelverk',
    url: 'https://www.udiregelverk.no/en/documents/relevant-acts-and-regulations/utlendingsforskriften/kap14/14-2/',
  },
  'g-07-2016': {
    id: 'g-07-2016',
    title: 'Circular G-07/2016: a 10-year entry ban as a new option',
    publisher: 'Ministry of Justice / UDI regelverk',
    url: 'https://udiregelverk.no/no/nyheter/nytt-alternativ-til-innreiseforbodets-lengde-ved-utvising/',
  },
  'fvl-29': {
    id: 'fvl-29',
    title: 'Forvaltningsloven § 29 (the time limit for an appeal)',
    publisher: 'Lovdata',
    url: 'https://lovdata.no/lov/1967-02-10/§29',
  },
  'dl-149': {
    id: 'dl-149',
    title: 'Domstolloven § 149 (a time limit ending on a Saturday, Sunday or public holiday runs to the next working day)',
    publisher: 'Lovdata',
    url: 'https://lovdata.no/lov/1915-08-13-5/§149',
  },
  'regjeringen-fvl-29-2004': {
    id: 'regjeringen-fvl-29-2004',
    title:
      'Forslag om endring av forvaltningsloven vedr. tidsfrister for klage (letter of 10 February 2004, on how the time limit of forvaltningsloven § 29 is counted)',
    publisher: 'regjeringen.no',
    url: 'https://www.regjeringen.no/no/dokumenter/-29---forslag-om-endring-av-forvaltnings/id456280/',
  },
  'helligdagsfredloven-2': {
    id: 'helligdagsfredloven-2',
    title: 'Helligdagsfredloven § 2 (lov 24. februar 1995 nr. 12 om helligdager og helligdagsfred: the public holidays)',
    publisher: 'Lovdata',
    url: 'https://lovdata.no/lov/1995-02-24-12/§2',
  },
  'hoytidsdager-1': {
    id: 'hoytidsdager-1',
    title: 'Lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdager, § 1',
    publisher: 'Lovdata',
    url: 'https://lovdata.no/lov/1947-04-26-1/§1',
  },
  'une-expulsion': {
    id: 'une-expulsion',
    title: 'UNE: Utvisning (when the entry ban starts)',
    publisher: 'UNE',
    url: 'http://une.no/no/sakstyper/Utvisning-etter-utlendingslovens--29-OG-30/',
  },
  'udi-eea-expulsion': {
    id: 'udi-eea-expulsion',
    title: 'UDI: Utvisning av borger av et EU/EØS-land',
    publisher: 'UDI',
    url: 'https://udi.no/ord-og-begreper/utvisning/borger-av-et-eueos-land',
  },
  'utl-124': {
    id: 'utl-124',
    title: 'Utlendingsloven § 124 (entry ban for EU/EEA citizens: not shorter than two years)',
    publisher: 'Lovdata / UDI regelverk',
    url: 'https://udiregelverk.no/en/documents/relevant-acts-and-regulations/utlendingsloven/kap13/124/',
  },
  'utf-17-14a': {
    id: 'utf-17-14a',
    title: 'Utlendingsforskriften § 17-14a (the duty to leave the realm is a duty to leave the Schengen area)',
    publisher: 'Lovdata / UDI regelverk',
    url: 'https://udiregelverk.no/no/rettskilder/sentrale/utlendingsforskriften/kap17/17-14a/',
  },
  'udi-register-departure-outside-eea': {
    id: 'udi-register-departure-outside-eea',
    title: 'UDI: Jeg skal til et land utenfor EU/EØS (registering the departure from the Schengen area)',
    publisher: 'UDI',
    url: 'https://www.udi.no/ord-og-begreper/registrere-utreise/jeg-skal-til-et-land-utenfor-eueos/',
  },
  'g-02-2018': {
    id: 'g-02-2018',
    title: 'Circular G-02/2018: Myndighetsarrangert retur av enslige mindreårige uten beskyttelsesbehov (authority-arranged return of unaccompanied minors)',
    publisher: 'Ministry of Justice and Public Security / regjeringen.no',
    url: 'https://www.regjeringen.no/no/dokumenter/g-022018-myndighetsarrangert-retur-av-enslige-mindrearige-uten-beskyttelsesbehov/id2601554/',
  },
  'udi-travel-document-supplement': {
    id: 'udi-travel-document-supplement',
    title: 'Additional economic support if you have a valid travel document',
    publisher: 'UDI',
    url: 'https://www.udi.no/en/important-messages/additional-economic-support-if-you-have-a-valid-travel-document/',
  },
  'udi-travel-document-supplement-ends': {
    id: 'udi-travel-document-supplement-ends',
    title: 'The UDI finishes the arrangement with extra financial support for the travel home if you have a valid travel document',
    publisher: 'UDI',
    url: 'https://www.udi.no/en/important-messages/the-udi-finishes-the-arrangement-with-extra-financial-support-for-the-travel-home-if-you-have-a-valid-travel-dokument/',
  },
  'utl-91': {
    id: 'utl-91',
    title: 'Utlendingsloven § 91 (liability for costs)',
    publisher: 'Lovdata / UDI regelverk',
    url: 'https://udiregelverk.no/en/documents/relevant-acts-and-regulations/utlendingsloven/kap11/91/',
  },
  'politiet-retur': {
    id: 'politiet-retur',
    title: 'Politiet: Retur',
    publisher: 'Police',
    url: 'https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/retur/',
  },
  'regjeringen-readmission': {
    id: 'regjeringen-readmission',
    title: 'Tilbaketakelsesavtaler (readmission agreements), as of June 2017',
    publisher: 'regjeringen.no',
    url: 'https://www.regjeringen.no/no/tema/innvandring-og-integrering/innsikt/tilbaketakelsesavtaler/id2001692/',
  },
  'eea-agreement': {
    id: 'eea-agreement',
    title: 'Members of the EU, the EEA and Switzerland (free movement; no visa required)',
    publisher: 'European Union / EFTA',
    url: 'https://www.efta.int/eea/eea-agreement',
  },
  'udi-2022-007': {
    id: 'udi-2022-007',
    title: 'UDI 2022-007: Tilskudd til assistert retur og tvangsretur',
    publisher: 'UDI regelverk',
    url: 'https://udiregelverk.no/rettskilder/udi-retningslinjer/udi-2022-007',
  },
  'im-2011-003': {
    id: 'im-2011-003',
    title: 'IM 2011-003: departure deadline (7 to 30 days)',
    publisher: 'UDI regelverk',
    url: 'https://www.udiregelverk.no/no/rettskilder/udi-interne-meldinger/im-2011-003/',
  },
  'udi-registered-as-moved': {
    id: 'udi-registered-as-moved',
    title: 'UDI: Registrert som utflyttet i folkeregisteret (registered as moved in the National Registry)',
    publisher: 'UDI',
    url: 'https://www.udi.no/ord-og-begreper/registrert-som-utflyttet-i-folkeregisteret/',
  },
  'udi-return-programmes': {
    id: 'udi-return-programmes',
    title: 'Return programmes and schemes: general reintegration grant rates',
    publisher: 'UDI',
    url: 'https://udi.no./uk/return/return-programmes-and-schemes',
  },
  'noas-2015-support-cut': {
    id: 'noas-2015-support-cut',
    title: 'Mindre penger til de som søker assistert retur (the rates from 1 September 2015)',
    publisher: 'NOAS (Norwegian Organisation for Asylum Seekers)',
    url: 'https://www.noas.no/mindre-penger-til-de-som-soker-assistert-retur/',
  },
  'utrop-2015-support-cut': {
    id: 'utrop-2015-support-cut',
    title: 'Mindre penger til asylsøkere som returnerer (the rates from 1 September 2015)',
    publisher: 'Utrop',
    url: 'https://utrop.no/live-plus/28940',
  },
  'politiet-2020-assisted-return': {
    id: 'politiet-2020-assisted-return',
    title: 'Muligheten for å returnere assistert (op-ed by the National Police Immigration Service, 25 March 2020)',
    publisher: 'Police (PU)',
    url: 'https://www.politiet.no/aktuelt-tall-og-fakta/aktuelt/nyheter/2020/03/25/muligheten-for-a-returnere-assistert/',
  },
} as const satisfies Record<string, SourceDocument>;

export type DocumentId = keyof typeof documents;

/** A citation: the document and the sentence, word for word. */
export function cite(document: DocumentId, quote: string, extra: { url?: string; note?: string } = {}): Source {
  const doc: SourceDocument = documents[document];
  const url = extra.url ?? doc.url;
  return {
    document,
    quote,
    ...(url === undefined ? {} : { url }),
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}
