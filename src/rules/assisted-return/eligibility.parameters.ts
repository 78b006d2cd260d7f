/**
 * The dated lists that assisted-return eligibility reads (seed 003):
 * - the nationalities the scheme does "normally not apply to" (seed 003's 19 countries);
 * - the nationalities exempt from the Schengen visa requirement (Annex II of Regulation (EU) 2018/1806), which
 *   seed 003 also excludes. Citizens of the EU/EEA and Switzerland need no visa either; they are in
 *   `eeaAndSwitzerland` (common/countries.ts), not here.
 *
 * Both lists start on 1 March 2020, the day the current grant regulation took effect: an assessment dated
 * earlier is answered with RULES_PARAM_NOT_IN_FORCE when a list is needed. To change a list, add a value with
 * the date it takes effect and its source; never edit a value that has been in force.
 */
import { defineParameter } from '../engine/parameter.ts';
import { cite } from '../sources.ts';

const sorted = (codes: readonly string[]) => Object.freeze([...codes].sort());

/** The first day these rules cover: the grant regulation (forskrift om tilskudd til assistert retur og tvangsretur). */
export const ELIGIBILITY_RULES_START = '2020-03-01';

export const excludedNationalities = defineParameter<readonly string[]>({
  id: 'assisted-return.excluded-nationalities',
  description: 'Citizenships the assisted-return scheme does normally not apply to (ISO 3166-1 alpha-2, XK for Kosovo)',
  unit: 'country codes',
  values: [
    {
      from: ELIGIBILITY_RULES_START,
      // Albania, Armenia, Bosnia and Herzegovina, Botswana, Georgia, Ghana, India, Israel, Kosovo, Croatia,
      // Montenegro, Mongolia, Namibia, North Macedonia, Romania, Serbia, South Africa, Tanzania, Ukraine.
      value: sorted(['AL', 'AM', 'BA', 'BW', 'GE', 'GH', 'IN', 'IL', 'XK', 'HR', 'ME', 'MN', 'NA', 'MK', 'RO', 'RS', 'ZA', 'TZ', 'UA']),
      source: cite(
        'seed-003',
        'are citizens of Albania, Armenia, Bosnia and Herzegovina, Botswana, Georgia, Ghana, India, Israel, Kosovo, Croatia, Montenegro, Mongolia, Namibia, Northern Macedonia, Romania, Serbia, South Africa, Tanzania, or Ukraine',
        {
          note:
            'Seed 003 gives no start date. The list is taken to apply from 1 March 2020, when the current grant regulation ' +
            '(forskrift om tilskudd til assistert retur og tvangsretur, see UDI 2022-007) took effect; what the list was under ' +
            'circular G-02/2016 before that is not known to Retur. "Northern Macedonia" is North Macedonia (MK); Kosovo is XK.',
        },
      ),
    },
  ],
});

// Annex II of Regulation (EU) 2018/1806, parts 1 (states), 2 (the Hong Kong and Macao SARs) and 4 (Taiwan; Kosovo
// from 2024), as it stood on 1 March 2020. The United Kingdom enters on 1 January 2021 (see the note there).
const ANNEX_II_2020 = [
  'AD',
  'AE',
  'AG',
  'AL',
  'AR',
  'AU',
  'BA',
  'BB',
  'BN',
  'BR',
  'BS',
  'CA',
  'CL',
  'CO',
  'CR',
  'DM',
  'FM',
  'GD',
  'GE',
  'GT',
  'HK',
  'HN',
  'IL',
  'JP',
  'KI',
  'KN',
  'KR',
  'LC',
  'MC',
  'MD',
  'ME',
  'MH',
  'MK',
  'MO',
  'MU',
  'MX',
  'MY',
  'NI',
  'NR',
  'NZ',
  'PA',
  'PE',
  'PW',
  'PY',
  'RS',
  'SB',
  'SC',
  'SG',
  'SM',
  'SV',
  'TL',
  'TO',
  'TT',
  'TV',
  'TW',
  'UA',
  'US',
  'UY',
  'VA',
  'VC',
  'VE',
  'VU',
  'WS',
];
const UNITED_KINGDOM_ADDED = [...ANNEX_II_2020, 'GB'];
const VANUATU_SUSPENDED = UNITED_KINGDOM_ADDED.filter((code) => code !== 'VU');
const KOSOVO_ADDED = [...VANUATU_SUSPENDED, 'XK'];

export const visaExemptNationalities = defineParameter<readonly string[]>({
  id: 'schengen.visa-exempt-nationalities',
  description:
    'Nationalities exempt from the Schengen visa requirement (Annex II of Regulation (EU) 2018/1806, which Norway applies as a Schengen state), other than citizens of the EU, the EEA and Switzerland',
  unit: 'country codes',
  values: [
    {
      from: ELIGIBILITY_RULES_START,
      value: sorted(ANNEX_II_2020),
      source: cite(
        'eu-2018-1806',
        'Annex II to this Regulation, which lists the third countries whose nationals are exempt from the requirement to be in possession of a visa when crossing the external borders of the Member States for stays of no more than 90 days in any 180-day period',
        {
          note:
            'Parts 1, 2 and 4 of Annex II as they stood on 1 March 2020, the first day these rules cover. Only the opening of the ' +
            'stored EUR-Lex consolidated text (4 August 2024) could be read, so the entries were read from the stored Dutch ' +
            'consolidated text of Annex II (inview.nl, in force from 13 October 2024) and checked against the Italian foreign ' +
            "ministry's list (esteri.it); the 2021, 2023 and 2024 changes below were then taken back out. Until 31 December " +
            '2020 British citizens are counted with the EU/EEA (countries.eu-eea-and-switzerland), not here. ' +
            'Regulation (EU) 2024/2495 (Serbian passports issued by the Coordination Directorate) changes no nationality.',
        },
      ),
    },
    {
      from: '2021-01-01',
      value: sorted(UNITED_KINGDOM_ADDED),
      source: cite(
        'eu-2018-1806',
        'Annex II to this Regulation, which lists the third countries whose nationals are exempt from the requirement to be in possession of a visa when crossing the external borders of the Member States for stays of no more than 90 days in any 180-day period',
        {
          note:
            'Regulation (EU) 2019/592 inserted "United Kingdom (excluding British nationals as referred to in Part 3)" into ' +
            "Annex II, applying once EU law ceased to apply to the United Kingdom: after the withdrawal agreement's " +
            'transition period, on 1 January 2021. Until then British citizens moved freely as EU citizens.',
        },
      ),
    },
    {
      from: '2023-02-04',
      value: sorted(VANUATU_SUSPENDED),
      source: cite(
        'eu-2023-222',
        'Commission Delegated Regulation (EU) 2023/222 of 1 December 2022 on the temporary suspension of the visa exemption for all nationals of Vanuatu',
        {
          note:
            'Vanuatu stays listed in Annex II, but its nationals need a visa while the suspension lasts. The regulation was ' +
            'published on 3 February 2023 (OJ L 32) and applies from the next day: the Council suspended the visa-waiver ' +
            'agreement with Vanuatu "as from 4 February 2023", and EUR-Lex ends the 18 months of 2023/222 on 3 August 2024. ' +
            '(Some summaries give 3 February, the day of publication.) Delegated Regulation (EU) 2024/2059 extended the ' +
            'suspension from 4 August 2024; whether it was extended again or made permanent must be checked before relying ' +
            'on this value after February 2026.',
        },
      ),
    },
    {
      from: '2024-01-01',
      value: sorted(KOSOVO_ADDED),
      source: cite(
        'eu-2023-850',
        'Regulation (EU) 2023/850 of the European Parliament and of the Council of 19 April 2023 amending Regulation (EU) 2018/1806 listing the third countries whose nationals must be in possession of visas when crossing the external borders and those whose nationals are exempt from that requirement (Kosovo)',
        {
          note:
            'Moves Kosovo from Part 2 of Annex I to Part 4 of Annex II, from the day ETIAS starts or 1 January 2024, whichever ' +
            'is earlier; ETIAS had not started, so 1 January 2024.',
        },
      ),
    },
  ],
});
