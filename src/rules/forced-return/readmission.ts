/**
 * Norway's readmission agreements (seed 000: "Norway has readmission agreements with 30 countries. These
 * countries have agreed to take back both their own nationals and certain others who are deported from
 * Norway."), as a dated parameter: regjeringen.no's list as of June 2017, each agreement with
 * the day it was signed and the day it took effect (null: signed, not in force).
 *
 * The police are shown whether an agreement is in force with the destination of a planned forced return. It
 * decides nothing: "Norway does not need a readmission agreement to return people to their homelands"
 * (seed 000). ⚠️ The list is the one of June 2017; it omits the EU-level agreements Norway is party to or
 * mirrors. A newer list is a new dated value, not an edit of this one.
 */
import { defineParameter, lookup } from '../engine/parameter.ts';
import { compareDates, type IsoDate } from '../engine/dates.ts';
import type { Source } from '../engine/source.ts';
import { cite } from '../sources.ts';

export interface ReadmissionAgreement {
  /** ISO 3166-1 alpha-2 (XK for Kosovo). */
  readonly country: string;
  readonly signedOn: IsoDate;
  /** The day the agreement took effect; null when it had not by the date of the list. */
  readonly inForceFrom: IsoDate | null;
}

// regjeringen.no, "Tilbaketakelsesavtaler": "Land / Signeringsdato / Ikrafttredelsesdato", in the page's order.
const june2017: readonly ReadmissionAgreement[] = [
  { country: 'AF', signedOn: '2005-08-10', inForceFrom: '2005-08-10' }, // Afghanistan
  { country: 'AL', signedOn: '2008-09-12', inForceFrom: '2009-05-01' }, // Albania
  { country: 'AM', signedOn: '2010-01-20', inForceFrom: '2010-06-26' }, // Armenia
  { country: 'AZ', signedOn: '2014-12-03', inForceFrom: null }, // Aserbajdsjan: "Ikke trådt i kraft."
  { country: 'BA', signedOn: '2005-06-30', inForceFrom: '2007-11-25' }, // Bosnia
  { country: 'BG', signedOn: '1998-12-16', inForceFrom: '1999-09-26' }, // Bulgaria
  { country: 'BI', signedOn: '2009-03-10', inForceFrom: '2009-03-10' }, // Burundi
  { country: 'EE', signedOn: '1997-01-14', inForceFrom: '1997-05-11' }, // Estland
  { country: 'ET', signedOn: '2012-01-26', inForceFrom: '2012-01-26' }, // Etiopia
  { country: 'GE', signedOn: '2011-11-10', inForceFrom: '2012-01-25' }, // Georgia
  { country: 'HK', signedOn: '2006-09-15', inForceFrom: '2007-01-01' }, // Hong Kong
  { country: 'IQ', signedOn: '2009-05-15', inForceFrom: '2009-05-15' }, // Irak
  { country: 'KZ', signedOn: '2010-10-12', inForceFrom: null }, // Kasakhstan: "Ikke trådt i kraft."
  { country: 'XK', signedOn: '2010-10-15', inForceFrom: '2011-01-01' }, // Kosovo
  { country: 'HR', signedOn: '2005-01-24', inForceFrom: '2005-07-30' }, // Kroatia
  { country: 'LV', signedOn: '1997-05-15', inForceFrom: '1997-07-01' }, // Latvia
  { country: 'LT', signedOn: '1992-12-15', inForceFrom: '1993-01-15' }, // Litauen
  { country: 'MK', signedOn: '2006-09-25', inForceFrom: '2007-06-21' }, // Makedonia
  { country: 'MD', signedOn: '2005-03-21', inForceFrom: '2006-08-09' }, // Moldova
  { country: 'ME', signedOn: '2009-12-16', inForceFrom: '2009-12-16' }, // Montenegro
  { country: 'RO', signedOn: '2002-07-17', inForceFrom: '2003-07-24' }, // Romania
  { country: 'RU', signedOn: '2007-06-08', inForceFrom: '2008-12-01' }, // Russland
  { country: 'RS', signedOn: '2009-11-30', inForceFrom: '2010-06-01' }, // Serbia
  { country: 'SK', signedOn: '2005-02-15', inForceFrom: '2005-05-28' }, // Slovakia
  { country: 'CH', signedOn: '2005-06-16', inForceFrom: '2005-09-22' }, // Sveits
  { country: 'SE', signedOn: '2003-12-18', inForceFrom: '2003-12-18' }, // Sverige
  { country: 'TZ', signedOn: '2011-04-05', inForceFrom: '2011-04-05' }, // Tanzania
  { country: 'CZ', signedOn: '1990-07-12', inForceFrom: '1993-01-01' }, // Tsjekkia
  { country: 'UA', signedOn: '2008-02-13', inForceFrom: '2011-09-01' }, // Ukraina
  { country: 'VN', signedOn: '2007-07-04', inForceFrom: '2007-10-14' }, // Vietnam
];

export const readmissionAgreements = defineParameter<readonly ReadmissionAgreement[]>({
  id: 'forced-return.readmission-agreements',
  description: 'The countries Norway has a readmission agreement with, with the day each was signed and took effect',
  unit: 'agreements',
  values: [
    {
      from: '2017-06-01',
      value: june2017,
      source: cite('regjeringen-readmission', 'Per juni 2017 har Norge inngått tilbaketakelsesavtaler med 30 land.', {
        note:
          'The list is known as of June 2017 only, so it is dated from 1 June 2017: an agreement that had ended before then would be missing from it. ' +
          'Azerbaijan (signed 3 December 2014) and Kazakhstan (signed 12 October 2010) are listed as "Ikke trådt i kraft" (not in force).',
      }),
    },
  ],
});

export interface ReadmissionAnswer {
  readonly country: string;
  /** An agreement with the country is in force on the date. */
  readonly inForce: boolean;
  /** The listed agreement, in force or not; null when the country is not on the list. */
  readonly agreement: ReadmissionAgreement | null;
  /** The day the list read took effect, and its source. */
  readonly listFrom: IsoDate;
  readonly source: Source;
}

/** Whether, and how, Norway has a readmission agreement with a country on a date (throws before the list's date). */
export function readmissionAgreement(country: string, date: IsoDate): ReadmissionAnswer {
  const list = lookup(readmissionAgreements, date);
  const agreement = list.value.find((a) => a.country === country) ?? null;
  const inForce = agreement !== null && agreement.inForceFrom !== null && compareDates(agreement.inForceFrom, date) <= 0;
  return { country, inForce, agreement, listFrom: list.from, source: list.source };
}

/** True when Norway has a readmission agreement in force with the country on the date. */
export function hasReadmissionAgreement(country: string, date: IsoDate): boolean {
  return readmissionAgreement(country, date).inForce;
}
