/**
 * The dated parameters of rule set 2 (reintegration support): the general cash rates and the country
 * programmes that give services in kind. Each value cites where it comes from.
 *
 * The history, as far as the sources date it:
 * - before 1 September 2015: NOK 20,000 before the deadline, 15,000 within two months after it, then
 *   10,000, and NOK 10,000 extra per child before *and* after the deadline (NOAS, Utrop). **Not encoded**:
 *   no source says when those rates took effect, and the two-month step is a rule of its own. An
 *   application before 1 September 2015 is therefore refused with RULES_PARAM_NOT_IN_FORCE.
 * - from 1 September 2015: NOK 20,000 per person before the deadline (children too) plus NOK 10,000 extra
 *   per child; after it NOK 7,000 per adult and NOK 2,000 per child, and no child extra (NOAS, Utrop). The
 *   police still gave these rates on 25 March 2020.
 * - the current rates: NOK 15,000 per person before the deadline (or when not registered in Norway) plus
 *   NOK 10,000 extra per child; NOK 5,000 per person after it (udi.no). **When they took effect is not
 *   known**: see `CURRENT_RATES_START` below.
 */
import { defineParameter } from '../engine/parameter.ts';
import type { Source } from '../engine/source.ts';
import type { Message } from '../engine/output.ts';
import { cite } from '../sources.ts';

/** The first day of the rates from 1 September 2015, the earliest Retur encodes. */
export const RATES_2015_START = '2015-09-01';

/**
 * The first day Retur applies the current rates. No source dates the change: the last source with the
 * earlier rates is the police's op-ed of 25 March 2020, so this is the earliest date the sources allow.
 */
export const CURRENT_RATES_START = '2020-03-26';

const CURRENT_RATES_START_NOTE =
  'When these rates took effect is not known. The police still gave the earlier rates (NOK 20,000 before the deadline, 7,000 after it) ' +
  'on 25 March 2020 (politiet-2020-assisted-return), and no source dates the change; Retur takes the earliest date the sources allow, ' +
  '26 March 2020. An application made between that day and the real date of the change gets the current rate here where the earlier ' +
  'rate applied: check with UDI before relying on an answer for such a date, and correct this date when the change is dated.';

const TABLE_NOTE =
  'A row of the table "Reintegration grant rates", whose columns are "Amount if you have applied before the deadline for leaving the ' +
  'country or are not registered in Norway" and "Amount if you have applied after the deadline for leaving the country". ' +
  'The Norwegian page (https://www.udi.no/retur/returprogrammer-og-ordninger/) gives the same amounts.';

const RATES_2015_NOTE =
  'The rates from 1 September 2015: "Justis- og beredskapsdepartementet har bestemt at fra 1. september 2015 vil du som søker assistert ' +
  'retur etter at utreisefristen din har gått ut, få mindre penger." The police still gave NOK 20,000 / 7,000 on 25 March 2020.';

const PER_PERSON_2015_NOTE =
  `${RATES_2015_NOTE} The amount is per person, children included: Utrop's family sums for two adults and three children ` +
  '(NOK 130,000 before the deadline = 5 × 20,000 + 3 × 10,000; NOK 20,000 after it = 2 × 7,000 + 3 × 2,000) only add up that way.';

const ratesTableRow = (row: string, extraNote = '') => cite('udi-return-programmes', row, { note: `${TABLE_NOTE}${extraNote} ${CURRENT_RATES_START_NOTE}` });

export const adultBeforeDeadline = defineParameter<number>({
  id: 'assisted-return.support.adult.before-deadline',
  description:
    'The reintegration grant for each adult (18 or over on the application date) who applies before the departure deadline, has no deadline, or is not registered in Norway',
  unit: 'NOK',
  values: [
    {
      from: RATES_2015_START,
      value: 20_000,
      source: cite('noas-2015-support-cut', 'Hvis du søker før utreisefristen din kan du få 20 000 kroner.', { note: RATES_2015_NOTE }),
    },
    {
      from: CURRENT_RATES_START,
      value: 15_000,
      source: ratesTableRow(
        'Reintegration grant for adults (over the age of 18) | NOK 15 000 per person | NOK 5 000 per person',
        ' "Over the age of 18" is read as 18 or over: the Somalia page counts a child as "under 18 år da dere søkte assistert retur".',
      ),
    },
  ],
});

export const adultAfterDeadline = defineParameter<number>({
  id: 'assisted-return.support.adult.after-deadline',
  description: 'The reintegration grant for each adult who applies after the departure deadline has expired',
  unit: 'NOK',
  values: [
    {
      from: RATES_2015_START,
      value: 7_000,
      source: cite('noas-2015-support-cut', 'Hvis du søker etter utreisefristen din kan voksne få 7 000 kroner, og barn få 2 000 kroner.', {
        note: RATES_2015_NOTE,
      }),
    },
    {
      from: CURRENT_RATES_START,
      value: 5_000,
      source: ratesTableRow('Reintegration grant for adults (over the age of 18) | NOK 15 000 per person | NOK 5 000 per person'),
    },
  ],
});

export const childBeforeDeadline = defineParameter<number>({
  id: 'assisted-return.support.child.before-deadline',
  description:
    'The reintegration grant for each child (under 18 on the application date) travelling with the family, before the deadline, with no deadline, or when not registered in Norway (the child extra comes on top)',
  unit: 'NOK',
  values: [
    {
      from: RATES_2015_START,
      value: 20_000,
      source: cite('noas-2015-support-cut', 'Hvis du søker før utreisefristen din kan du få 20 000 kroner.', { note: PER_PERSON_2015_NOTE }),
    },
    {
      from: CURRENT_RATES_START,
      value: 15_000,
      source: ratesTableRow('Reintegration grant for each child travelling with family or a guardian | NOK 15 000 per person | NOK 5 000 per person'),
    },
  ],
});

export const childAfterDeadline = defineParameter<number>({
  id: 'assisted-return.support.child.after-deadline',
  description: 'The reintegration grant for each child travelling with the family when the application comes after the departure deadline',
  unit: 'NOK',
  values: [
    {
      from: RATES_2015_START,
      value: 2_000,
      source: cite('noas-2015-support-cut', 'Hvis du søker etter utreisefristen din kan voksne få 7 000 kroner, og barn få 2 000 kroner.', {
        note: RATES_2015_NOTE,
      }),
    },
    {
      from: CURRENT_RATES_START,
      value: 5_000,
      source: ratesTableRow('Reintegration grant for each child travelling with family or a guardian | NOK 15 000 per person | NOK 5 000 per person'),
    },
  ],
});

export const childExtraBeforeDeadline = defineParameter<number>({
  id: 'assisted-return.support.child-extra.before-deadline',
  description: 'The extra reintegration grant for each child, paid only before the deadline (with no deadline, or when not registered in Norway)',
  unit: 'NOK',
  values: [
    {
      from: RATES_2015_START,
      value: 10_000,
      source: cite(
        'noas-2015-support-cut',
        'Barnefamilier kan få 10 000 kroner ekstra per barn hvis de søker før utreisefristen. Barnefamilier som søker etter utreisefristen får ingen ekstra støtte.',
        { note: RATES_2015_NOTE },
      ),
    },
    {
      from: CURRENT_RATES_START,
      value: 10_000,
      source: ratesTableRow(
        'Extra reintegration grant for each child travelling with family or a guardian | NOK 10 000 per person | no grant',
        ' The amount is unchanged; the value is repeated so that it cites the current source.',
      ),
    },
  ],
});

/** A country programme that gives services in kind (not cash) on top of the general grant. */
export interface CountryProgramme {
  /** Stable id, e.g. `iraq-ettc`. */
  readonly id: string;
  /** The citizenship it is for (ISO 3166-1 alpha-2). */
  readonly country: string;
  readonly provider: string;
  /** The value of the services, in NOK, as the source states it. */
  readonly servicesWorth: number;
  /** True when the source says each person gets the services; false when it states one amount and no more. */
  readonly perPerson: boolean;
  /** True when the source is about families with children under 18 only. */
  readonly onlyForFamiliesWithChildren: boolean;
  /** What the programme gives: `rules.assisted-return.support.programme.<id>`, with the value in NOK as `amount`. */
  readonly label: Message;
  readonly source: Source;
}

const iraqEttc: CountryProgramme = {
  id: 'iraq-ettc',
  country: 'IQ',
  provider: 'European Technology and Training Centre (ETTC)',
  servicesWorth: 30_000,
  perPerson: false,
  onlyForFamiliesWithChildren: false,
  label: { key: 'rules.assisted-return.support.programme.iraq-ettc', params: { amount: 30_000 } },
  source: cite(
    'udi-assisted-return-irq',
    'You can get reintegration services worth NOK 30,000, such as school, support in finding employment, training- or business establishment, or such, after arriving in Iraq.',
    { note: 'The page is personalised for an adult and does not say whether each member of a family gets the services, so perPerson is false.' },
  ),
};

const somaliaDrcFamilies: CountryProgramme = {
  id: 'somalia-drc-families',
  country: 'SO',
  provider: 'Danish Refugee Council (DRC)',
  servicesWorth: 30_000,
  perPerson: true,
  onlyForFamiliesWithChildren: true,
  label: { key: 'rules.assisted-return.support.programme.somalia-drc-families', params: { amount: 30_000 } },
  source: cite(
    'udi-assisted-return-som-families',
    'I tillegg får hver enkelt person støtte til arbeidsformidling, opplæring eller næringsetablering til en verdi av 30 000 kroner gjennom DRC i Somalia.',
    {
      note: 'The page is for families with children under 18 ("Familier med barn under 18 år"; its address places it under the Somalia (Mogadishu) programme, for families "fra resten av Somalia"). Where in Somalia a family returns to is not an input here; UDI decides who joins the programme.',
    },
  ),
};

export const countryProgrammes = defineParameter<readonly CountryProgramme[]>({
  id: 'assisted-return.support.country-programmes',
  description: 'Country programmes that give services in kind on top of the general cash grant (listed apart, never added to the cash total)',
  unit: 'programmes',
  values: [
    {
      from: RATES_2015_START,
      value: [],
      source: cite('udi-return-programmes', 'Special schemes have been established for assisted return to some countries.', {
        note: 'Retur does not encode the country programmes of 1 September 2015 to 25 March 2020 (IRRINI for Iraq, the Somalia programme with the Danish Refugee Council and others had other terms): this list is empty because they are not known here, not because there were none.',
      }),
    },
    {
      from: CURRENT_RATES_START,
      value: [iraqEttc, somaliaDrcFamilies],
      source: cite(
        'udi-return-programmes',
        'Special schemes have been established for assisted return to some countries. These schemes provide dedicated financial grants arrangements and practical help to find work, education, and a place to live in the home country.',
        {
          note: `The page names Afghanistan, Morocco, Somalia, Albania and Iraq; only the Iraq and Somalia programmes are encoded (the only ones with a stored page giving amounts), each with its own source. Their pages state the current general rates, so they are dated with them. ${CURRENT_RATES_START_NOTE}`,
        },
      ),
    },
  ],
});

/** The age from which a traveller counts as an adult, on the application date. */
export const adultAge = defineParameter<number>({
  id: 'assisted-return.support.adult-age',
  description: 'The age on the application date from which a traveller gets the adult rate; younger travellers are children',
  unit: 'years',
  values: [
    {
      from: RATES_2015_START,
      value: 18,
      source: cite(
        'udi-assisted-return-som-families',
        'Hvis dere søker før utreisefristen deres går ut, eller før dere får en utreisefrist, får dere 15 000 kroner per voksen og 25 000 kroner per barn som var under 18 år da dere søkte assistert retur.',
        {
          note: 'A child is a traveller under 18 on the application date; the rates table says "adults (over the age of 18)", read as 18 or over. From the first rates Retur encodes.',
        },
      ),
    },
  ],
});

/**
 * The extra support for handing in a valid travel document: NOK 5,000 per person, a trial UDI announced on
 * 18 June 2015, closed from 1 February 2018 (0 from then: the scheme is over, not unknown).
 */
export const travelDocumentSupplement = defineParameter<number>({
  id: 'assisted-return.support.travel-document',
  description:
    'The extra support for each traveller who hands in a valid travel document (or is named in one) with the application for assisted return; not paid with a valid residence permit in another Schengen country',
  unit: 'NOK',
  values: [
    {
      from: '2015-06-18',
      value: 5_000,
      source: cite('udi-travel-document-supplement', 'The extra economic support is NOK 5 000.', {
        note: "UDI's Norwegian page announcing the one-year trial was published on 18 June 2015 (the English one on 22 June): Retur applies it to applications from that day. The support was retroactive for applications in process; the rates before 1 September 2015 are not encoded, so that changes no answer here.",
      }),
    },
    {
      from: '2018-02-01',
      value: 0,
      source: cite('udi-travel-document-supplement-ends', 'This scheme will be closed from 1 February 2018.', {
        note: 'Those already granted the support were still paid ("we will pay it to you even if the date you are leaving is after 1 February"); Retur answers by the application date.',
      }),
    },
  ],
});

export const supportParameters = [
  adultBeforeDeadline,
  adultAfterDeadline,
  childBeforeDeadline,
  childAfterDeadline,
  childExtraBeforeDeadline,
  travelDocumentSupplement,
  adultAge,
  countryProgrammes,
] as const;
