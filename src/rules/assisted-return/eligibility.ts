/**
 * Rule set 1: who can apply for assisted return (seed 003, with seed 002's vulnerable-situation route and
 * 48-hour-procedure caveat, and seed 000 on withdrawn applications).
 *
 * The law reads as defaults with exceptions, and so do the rules. They are three definitions, decided in turn:
 *
 *   1. `group` — is the person in a group that may apply? Default: no. Each group of seed 003 (and seed 002's
 *      vulnerable-situation route) is an exception to that default. Legal residence in Norway is an exception
 *      to the groups ("cannot apply for assisted return, but can apply for repatriation"), except three:
 *      temporary residence until 18 is itself legal residence, and possible victims of human trafficking and
 *      unaccompanied minor asylum seekers are the groups seed 003 makes its own exceptions for ("Exceptions are
 *      made for unaccompanied minor asylum seekers and possible victims of human trafficking."); their group
 *      sentences set no condition on residence, so the particular group prevails over the general sentence.
 *   2. `exclusion` — does one of the exclusions apply ("The scheme does normally not apply to…")? Default: no.
 *      It is decided only for someone in a group: the exclusions narrow the groups, so for anyone else they
 *      change nothing (an Albanian who fits no group is simply not eligible) and the dated lists are not read.
 *   3. `outcome` — default `not-eligible`; being in a group is an exception to that (`eligible`); an exclusion
 *      is an exception to the group (`normally-not-eligible`); seed 003's exceptions for unaccompanied minor
 *      asylum seekers and possible victims of trafficking are exceptions to the exclusion
 *      (`eligible-by-exception`).
 *
 * The 48-hour procedure is none of these: seed 002 gives it as a caveat on being granted ("Not everyone will
 * have their application granted. This applies, among others, to people who come from countries where the
 * UDI process the application for protection within 48 hours."), so it changes no outcome and is a warning
 * (`forty-eight-hour-procedure`) to everyone who can apply, the exceptions included.
 *
 * Deciding "is there a group" and "is there an exclusion" first keeps every rule's condition about one thing
 * and makes the exception trees short; no rule depends on the order rules are listed in.
 */
import { z } from 'zod';
import { Context } from '../engine/context.ts';
import { ageOn } from '../engine/dates.ts';
import { decide, defineRules, type Decision } from '../engine/rule.ts';
import { defineRuleSet, type EvaluateOptions } from '../engine/ruleset.ts';
import { isoDateSchema, messageSchema, reasonOf, reasonSchema, traceSchema, type MessageParams, type Reason } from '../engine/output.ts';
import type { Trace } from '../engine/trace.ts';
import { countryCode, eeaAndSwitzerland } from '../common/countries.ts';
import { cite } from '../sources.ts';
import { excludedNationalities, visaExemptNationalities } from './eligibility.parameters.ts';
import { cases } from './eligibility.cases.ts';

export const eligibilityOutcomes = ['eligible', 'eligible-by-exception', 'normally-not-eligible', 'not-eligible'] as const;
export type EligibilityOutcome = (typeof eligibilityOutcomes)[number];
export const eligibilityConditions = ['leave-within-dublin-deadlines', 'met-by-family-or-carers'] as const;
export type EligibilityCondition = (typeof eligibilityConditions)[number];
export const eligibilityAlternatives = ['repatriation'] as const;
export type EligibilityAlternative = (typeof eligibilityAlternatives)[number];
export const vulnerabilities = [
  'former-unaccompanied-minor-aged-18-to-23',
  'over-60-single-without-network',
  'trafficking',
  'violence-coercion-or-exploitation',
  'health-condition-needing-treatment-at-home',
] as const;
export const eligibilityWarnings = [
  'former-unaccompanied-minor-not-aged-18-to-23',
  'unaccompanied-minor-asylum-seeker-aged-18-or-over',
  'forty-eight-hour-procedure',
] as const;
export type EligibilityWarning = (typeof eligibilityWarnings)[number];

export const eligibilityDestinations = ['home-country', 'country-of-residence', 'not-to-an-eea-country'] as const;
export type EligibilityDestination = (typeof eligibilityDestinations)[number];

const applicationStatus = ['none', 'pending', 'rejected', 'granted'] as const;

export const assistedReturnEligibilityInput = z
  .strictObject({
    date: isoDateSchema.describe('The day of the assessment (YYYY-MM-DD)'),
    citizenship: countryCode.describe('Citizenship, as an ISO 3166-1 alpha-2 code in upper case (XK for Kosovo)'),
    dateOfBirth: isoDateSchema.optional().describe('Date of birth (YYYY-MM-DD), not after `date`; used only to check answers that imply an age'),
    legalResidence: z.boolean().default(false).describe('Holds legal residence in Norway now'),
    protection: z
      .enum([...applicationStatus, 'withdrawn'])
      .default('none')
      .describe('The application for protection (asylum) in Norway; a withdrawn application counts as a rejected one'),
    residenceApplication: z.enum(applicationStatus).default('none').describe('Any other application for residence in Norway'),
    registeredWithUdi: z
      .boolean()
      .default(false)
      .describe("Has had a case registered in UDI's case system (DUF); an application for protection or residence is such a case"),
    dublinTransferDecision: z
      .boolean()
      .default(false)
      .describe('Has a decision on transfer to another country under the Dublin Regulation, but would rather return home'),
    temporaryResidenceUntil18: z.boolean().default(false).describe('Holds a temporary residence permit until the age of 18'),
    possibleTraffickingVictim: z.boolean().default(false).describe('Is a possible victim of human trafficking'),
    unaccompaniedMinorAsylumSeeker: z.boolean().default(false).describe('Is an unaccompanied minor asylum seeker'),
    previouslyReturnedWithSupportAndReimmigrated: z
      .boolean()
      .default(false)
      .describe('Has received support through an assisted-return or repatriation programme before and has re-immigrated to Norway'),
    wantsToGoToDublinCountry: z
      .boolean()
      .default(false)
      .describe('Wants to go to a country that takes part in the Dublin cooperation (rather than to the home country)'),
    permitOnOtherGroundsEnded: z
      .boolean()
      .default(false)
      .describe('A residence permit on grounds other than a need for protection has expired or been revoked, or was not renewed'),
    rejectedForStatusInOtherEeaCountry: z
      .boolean()
      .default(false)
      .describe('An application in Norway was rejected because of protection, residence or a visa granted in another EU/EEA country'),
    fortyEightHourProcedure: z.boolean().default(false).describe("The protection claim was handled in UDI's 48-hour procedure"),
    vulnerabilities: z.array(z.enum(vulnerabilities)).default([]).describe('Vulnerable situations (seed 002); UDI asks for documentation of them'),
    returnToCountryOfResidence: countryCode
      .optional()
      .describe('A country the person is not a citizen of but holds a residence permit in, to return there instead of to the home country'),
  })
  .superRefine((input, issues) => {
    if (input.dateOfBirth !== undefined && input.dateOfBirth > input.date) {
      issues.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'the date of birth is after the date of the assessment' });
    }
  })
  .meta({ id: 'AssistedReturnEligibilityInput' });

export type AssistedReturnEligibilityInput = z.output<typeof assistedReturnEligibilityInput>;
type Facts = AssistedReturnEligibilityInput;

const seed003 = (quote: string, note?: string) => cite('seed-003', quote, note === undefined ? {} : { note });
const seed002 = (quote: string, note?: string) => cite('seed-002', quote, note === undefined ? {} : { note });

const LEGAL_RESIDENCE_QUOTE = 'Foreign nationals with legal residence in Norway cannot apply for assisted return, but can apply for repatriation';
const DUBLIN_QUOTE =
  'they have received a decision regarding transferral to another country that participates in the cooperation under the Dublin Regulation, but would rather return to their home country. This requires him or her to leave by the deadlines stipulated by the Dublin Regulation.';
const NORMALLY_NOT_QUOTE = 'The scheme does normally not apply to foreign nationals who:';
const DUBLIN_SOURCES = [seed003(DUBLIN_QUOTE)];
// Answers share these frozen lists rather than allocate new ones on every evaluation.
const NONE: readonly never[] = Object.freeze([]);
const DUBLIN_CONDITIONS: readonly EligibilityCondition[] = Object.freeze(['leave-within-dublin-deadlines'] as const);
const MINOR_CONDITIONS: readonly EligibilityCondition[] = Object.freeze(['met-by-family-or-carers'] as const);
const DUBLIN_AND_MINOR_CONDITIONS: readonly EligibilityCondition[] = Object.freeze(['leave-within-dublin-deadlines', 'met-by-family-or-carers'] as const);
/**
 * An unaccompanied minor is returned only to family, a guardian or other adequate care, who meet the child
 * (utlendingsloven § 90 eighth paragraph and the Return Directive art. 10, as circular G-02/2018 gives them).
 */
const MINOR_MET_SOURCES = [
  cite(
    'g-02-2018',
    'Enslige mindreårige er imidlertid i en særstilling fordi tvungen utsendelse bare kan skje til et familiemedlem, en utnevnt verge eller til et annet forsvarlig omsorgstilbud (jf. utlendingsloven § 90 åttende ledd og returdirektivet artikkel 10).',
  ),
  cite(
    'g-02-2018',
    'Målet med ordningen er at den enslige mindreårige uten beskyttelsesbehov skal kunne gjenforenes med omsorgspersoner eller returnere til et annet forsvarlig omsorgstilbud i hjemlandet.',
  ),
  cite(
    'g-02-2018',
    'En slik returordning krever imidlertid et særlig nært samarbeid mellom norske utlendingsmyndigheter fordi den enslige mindreårige vil ha behov for ledsagelse frem til annen omsorgsperson/omsorgstilbud.',
  ),
];
const REPATRIATION: readonly EligibilityAlternative[] = Object.freeze(['repatriation'] as const);
const LEGAL_RESIDENCE_SOURCES = [seed003(LEGAL_RESIDENCE_QUOTE)];
const EXCEPTIONS_QUOTE = 'Exceptions are made for unaccompanied minor asylum seekers and possible victims of human trafficking.';

/** A trafficking victim who says so among the vulnerabilities is (at least) a possible victim of trafficking. */
const isPossibleTraffickingVictim = (f: Pick<Facts, 'possibleTraffickingVictim' | 'vulnerabilities'>) =>
  f.possibleTraffickingVictim || f.vulnerabilities.includes('trafficking');

// ─── 1. Is the person in a group that may apply? ─────────────────────────────────────────────────────────────

export type GroupStatus = 'in-a-group' | 'no-group' | 'legal-residence';

const GROUP_NONE = 'assisted-return.eligibility.group.none';

export const groupDefinition = defineRules<Facts, GroupStatus>({
  id: 'assisted-return.eligibility.group',
  description: 'Whether the person is in one of the groups that may apply for assisted return',
  key: (status) => status,
  rules: [
    {
      id: GROUP_NONE,
      description: 'Someone who fits none of the groups below cannot apply for assisted return.',
      source: [
        seed003('Foreign nationals can apply for assisted return if:'),
        seed003('There are exceptions, but the above bullet list contains the main rules.'),
      ],
      when: () => true,
      then: 'no-group',
    },
    {
      id: 'assisted-return.eligibility.group.rejected',
      label: 'group',
      exceptionTo: [GROUP_NONE],
      description:
        'Someone whose application for protection or for another residence permit in Norway was rejected may apply; a withdrawn application for protection counts as rejected.',
      source: [
        seed003('they have received a rejection of their application for protection (asylum) or another application for residence in Norway'),
        cite('seed-000', 'The scheme applies to those who withdraw their applications for protection or whose applications are refused.'),
      ],
      reads: ['protection', 'residenceApplication'],
      when: (f) => f.protection === 'rejected' || f.protection === 'withdrawn' || f.residenceApplication === 'rejected',
      then: 'in-a-group',
    },
    {
      id: 'assisted-return.eligibility.group.protection-pending',
      label: 'group',
      exceptionTo: [GROUP_NONE],
      description: 'Someone whose application for protection is under consideration may apply, at any stage of the asylum process.',
      source: [
        seed003('their application for protection is under consideration'),
        seed003('Asylum seekers can apply for assisted return at any stage of the asylum process.'),
      ],
      reads: ['protection'],
      when: (f) => f.protection === 'pending',
      then: 'in-a-group',
    },
    {
      id: 'assisted-return.eligibility.group.unregistered-without-legal-residence',
      label: 'group',
      exceptionTo: [GROUP_NONE],
      description:
        'Someone without legal residence who has never had a case registered in DUF may apply. An application for protection or residence is itself a registered case.',
      source: [
        seed003('they do not have legal residence and have not had a case registered in the computer system used for immigration and refugee cases (DUF)'),
      ],
      reads: ['legalResidence', 'registeredWithUdi', 'protection', 'residenceApplication'],
      when: (f) => !f.legalResidence && !f.registeredWithUdi && f.protection === 'none' && f.residenceApplication === 'none',
      then: 'in-a-group',
    },
    {
      id: 'assisted-return.eligibility.group.dublin-transfer',
      label: 'group',
      exceptionTo: [GROUP_NONE],
      description:
        'Someone with a decision on transfer to another Dublin country who would rather return home may apply, on condition that they leave within the Dublin deadlines.',
      source: [seed003(DUBLIN_QUOTE)],
      reads: ['dublinTransferDecision'],
      when: (f) => f.dublinTransferDecision,
      then: 'in-a-group',
    },
    {
      id: 'assisted-return.eligibility.group.temporary-residence-until-18',
      label: 'group',
      exceptionTo: [GROUP_NONE],
      description: 'Someone with temporary residence until the age of 18 may apply, although that is legal residence.',
      source: [seed003('they have temporary residence until the age of 18')],
      reads: ['temporaryResidenceUntil18'],
      when: (f) => f.temporaryResidenceUntil18,
      then: 'in-a-group',
    },
    {
      id: 'assisted-return.eligibility.group.possible-trafficking-victim',
      label: 'group',
      exceptionTo: [GROUP_NONE],
      description: 'A possible victim of human trafficking may apply (also someone who gives trafficking as their vulnerable situation).',
      source: [seed003('they are possible victims of human trafficking'), seed002('you were a victim of human trafficking')],
      reads: ['possibleTraffickingVictim', 'vulnerabilities'],
      when: isPossibleTraffickingVictim,
      then: 'in-a-group',
    },
    {
      id: 'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker',
      label: 'group',
      exceptionTo: [GROUP_NONE],
      description: 'An unaccompanied minor asylum seeker may apply.',
      source: [seed003('they are unaccompanied minor asylum seekers')],
      reads: ['unaccompaniedMinorAsylumSeeker'],
      when: (f) => f.unaccompaniedMinorAsylumSeeker,
      then: 'in-a-group',
    },
    {
      id: 'assisted-return.eligibility.group.vulnerable-without-protection-application',
      label: 'group',
      exceptionTo: [GROUP_NONE],
      description: 'Someone in a vulnerable situation may apply without having applied for protection; UDI asks for documentation.',
      source: [
        seed002(
          'If you are in a vulnerable situation, you may be eligible to receive support through assisted return even though you have not applied for protection.',
        ),
        seed002('If you are in a vulnerable situation we will need some documentation in confirmation.'),
      ],
      reads: ['vulnerabilities', 'protection'],
      when: (f) => f.vulnerabilities.length > 0 && f.protection === 'none',
      then: 'in-a-group',
    },
    {
      id: 'assisted-return.eligibility.group.legal-residence',
      exceptionTo: [GROUP_NONE, 'group'],
      description:
        'Someone with legal residence in Norway cannot apply for assisted return, but can apply for repatriation. Three groups of seed 003 are not barred by it: temporary residence until 18 is itself legal residence, and possible victims of human trafficking and unaccompanied minor asylum seekers are the groups the seed makes its own exceptions for; their group sentences set no condition on residence, so the particular group prevails over the general sentence.',
      source: [
        seed003(LEGAL_RESIDENCE_QUOTE),
        seed003('they have temporary residence until the age of 18'),
        seed003('they are possible victims of human trafficking'),
        seed003('they are unaccompanied minor asylum seekers'),
        seed003(EXCEPTIONS_QUOTE),
      ],
      reads: ['legalResidence', 'temporaryResidenceUntil18', 'possibleTraffickingVictim', 'vulnerabilities', 'unaccompaniedMinorAsylumSeeker'],
      when: (f) => f.legalResidence && !f.temporaryResidenceUntil18 && !isPossibleTraffickingVictim(f) && !f.unaccompaniedMinorAsylumSeeker,
      then: 'legal-residence',
    },
  ],
});

// ─── 2. Does an exclusion apply? (decided only for someone in a group) ───────────────────────────────────────

export type ExclusionStatus = 'excluded' | 'not-excluded';

const EXCLUSION_NONE = 'assisted-return.eligibility.exclusion.none';

export const exclusionDefinition = defineRules<Facts, ExclusionStatus>({
  id: 'assisted-return.eligibility.exclusion',
  description: 'Whether one of the exclusions from the scheme applies to someone in a group that may apply',
  key: (status) => status,
  rules: [
    {
      id: EXCLUSION_NONE,
      description: 'When none of the exclusions below applies, nothing narrows the group the person is in.',
      source: [seed003(NORMALLY_NOT_QUOTE)],
      when: () => true,
      then: 'not-excluded',
    },
    {
      id: 'assisted-return.eligibility.exclusion.excluded-nationality',
      label: 'exclusion',
      exceptionTo: [EXCLUSION_NONE],
      description: 'The scheme does normally not apply to citizens of the countries on the list (the parameter assisted-return.excluded-nationalities).',
      source: [
        seed003(
          'are citizens of Albania, Armenia, Bosnia and Herzegovina, Botswana, Georgia, Ghana, India, Israel, Kosovo, Croatia, Montenegro, Mongolia, Namibia, Northern Macedonia, Romania, Serbia, South Africa, Tanzania, or Ukraine',
        ),
      ],
      reads: ['citizenship'],
      when: (f, ctx) => ctx.param(excludedNationalities).includes(f.citizenship),
      then: 'excluded',
      params: (f) => ({ country: f.citizenship }),
    },
    {
      id: 'assisted-return.eligibility.exclusion.visa-exempt-nationality',
      label: 'exclusion',
      exceptionTo: [EXCLUSION_NONE],
      description:
        'The scheme does normally not apply to nationals of a country exempt from the Schengen visa requirement (the parameter schengen.visa-exempt-nationalities).',
      source: [seed003('are nationals of a country exempt from the visa requirement')],
      reads: ['citizenship'],
      when: (f, ctx) => ctx.param(visaExemptNationalities).includes(f.citizenship),
      then: 'excluded',
      params: (f) => ({ country: f.citizenship }),
    },
    {
      id: 'assisted-return.eligibility.exclusion.eea-or-swiss-citizen',
      label: 'exclusion',
      exceptionTo: [EXCLUSION_NONE],
      description:
        'Citizens of the EU/EEA and Switzerland need no visa either, so the same exclusion applies to them (the parameter countries.eu-eea-and-switzerland).',
      source: [
        seed003(
          'are nationals of a country exempt from the visa requirement',
          'Citizens of EU/EEA states and Switzerland need no visa either (free movement); seed 003 itself lists Croatia and Romania.',
        ),
      ],
      reads: ['citizenship'],
      when: (f, ctx) => ctx.param(eeaAndSwitzerland).includes(f.citizenship),
      then: 'excluded',
      params: (f) => ({ country: f.citizenship }),
    },
    {
      id: 'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country',
      label: 'exclusion',
      exceptionTo: [EXCLUSION_NONE],
      description:
        'The scheme does normally not apply to someone who received assisted-return or repatriation support before, re-immigrated, and wants to go to a Dublin country.',
      source: [
        seed003(
          'have previously received support through programmes for assisted return or repatriation, and who have re-immigrated to Norway and want to return to a country under the Dublin Regulations',
        ),
      ],
      reads: ['previouslyReturnedWithSupportAndReimmigrated', 'wantsToGoToDublinCountry'],
      when: (f) => f.previouslyReturnedWithSupportAndReimmigrated && f.wantsToGoToDublinCountry,
      then: 'excluded',
    },
    {
      id: 'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended',
      label: 'exclusion',
      exceptionTo: [EXCLUSION_NONE],
      description:
        'The scheme does normally not apply to someone whose residence permit on grounds other than protection expired or was revoked, or who was not granted a new one.',
      source: [
        seed003(
          'have been granted a residence permit on other grounds than a need for protection that has expired or been revoked, or have not been granted a new residence permit',
        ),
      ],
      reads: ['permitOnOtherGroundsEnded'],
      when: (f) => f.permitOnOtherGroundsEnded,
      then: 'excluded',
    },
    {
      id: 'assisted-return.eligibility.exclusion.status-in-other-eea-country',
      label: 'exclusion',
      exceptionTo: [EXCLUSION_NONE],
      description:
        'The scheme does normally not apply to someone rejected in Norway because they have protection, residence or a visa in another EU/EEA country.',
      source: [
        seed003(
          'have received a rejection of their application for protection or of another application for residence in Norway because he or she has been granted protection, residence, or a visa in another EU/EEA country',
        ),
      ],
      reads: ['rejectedForStatusInOtherEeaCountry'],
      when: (f) => f.rejectedForStatusInOtherEeaCountry,
      then: 'excluded',
    },
  ],
});

// ─── 3. The outcome ──────────────────────────────────────────────────────────────────────────────────────────

interface OutcomeFacts {
  readonly group: GroupStatus;
  readonly excluded: boolean;
  readonly unaccompaniedMinorAsylumSeeker: boolean;
  readonly possibleTraffickingVictim: boolean;
  readonly vulnerabilities: Facts['vulnerabilities'];
}

const CANNOT_APPLY = 'assisted-return.eligibility.cannot-apply';
const MAY_APPLY = 'assisted-return.eligibility.may-apply';
const NORMALLY_EXCLUDED = 'assisted-return.eligibility.normally-excluded';
const VIOLENCE_EXCEPTION = 'assisted-return.eligibility.exception.violence-coercion-or-exploitation';

export const outcomeDefinition = defineRules<OutcomeFacts, EligibilityOutcome>({
  id: 'assisted-return.eligibility.outcome',
  description: 'Whether the person can apply for assisted return',
  key: (outcome) => outcome,
  rules: [
    {
      id: CANNOT_APPLY,
      description: 'Someone in none of the groups, or with legal residence, cannot apply for assisted return.',
      source: [seed003('Foreign nationals can apply for assisted return if:'), seed003(LEGAL_RESIDENCE_QUOTE)],
      when: () => true,
      then: 'not-eligible',
    },
    {
      id: MAY_APPLY,
      exceptionTo: [CANNOT_APPLY],
      description: 'Someone in a group that may apply is eligible.',
      source: [seed003('Foreign nationals can apply for assisted return if:')],
      reads: ['group'],
      when: (f) => f.group === 'in-a-group',
      then: 'eligible',
    },
    {
      id: NORMALLY_EXCLUDED,
      label: 'exclusion',
      exceptionTo: [MAY_APPLY],
      description: 'When an exclusion applies, the scheme does normally not apply, although the person is in a group.',
      source: [seed003(NORMALLY_NOT_QUOTE), seed003('There are exceptions, but the above bullet list contains the main rules.')],
      reads: ['group', 'excluded'],
      when: (f) => f.group === 'in-a-group' && f.excluded,
      then: 'normally-not-eligible',
    },
    {
      id: 'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker',
      exceptionTo: ['exclusion'],
      description: 'An unaccompanied minor asylum seeker is eligible even when an exclusion applies.',
      source: [seed003(EXCEPTIONS_QUOTE)],
      reads: ['excluded', 'unaccompaniedMinorAsylumSeeker'],
      when: (f) => f.excluded && f.unaccompaniedMinorAsylumSeeker,
      then: 'eligible-by-exception',
    },
    {
      id: 'assisted-return.eligibility.exception.possible-trafficking-victim',
      exceptionTo: ['exclusion'],
      description: 'A possible victim of human trafficking is eligible even when an exclusion applies.',
      source: [seed003(EXCEPTIONS_QUOTE)],
      reads: ['excluded', 'possibleTraffickingVictim', 'vulnerabilities'],
      when: (f) => f.excluded && isPossibleTraffickingVictim(f),
      then: 'eligible-by-exception',
    },
    {
      id: VIOLENCE_EXCEPTION,
      exceptionTo: ['exclusion'],
      addable: true,
      description:
        'Not the law, an exception a reform may add: someone who has been a victim of violence, coercion or exploitation is eligible even when an exclusion applies, as a possible victim of trafficking is.',
      source: [
        seed002(
          'you have been a victim of violence or subjected to coercion or exploitation',
          'A vulnerable situation UDI names. The law makes exceptions to the exclusions only for unaccompanied minor asylum seekers and possible victims of trafficking; a reform may add this one.',
        ),
      ],
      reads: ['excluded', 'vulnerabilities'],
      when: (f) => f.excluded && f.vulnerabilities.includes('violence-coercion-or-exploitation'),
      then: 'eligible-by-exception',
    },
  ],
});

// ─── Where to: the home country, or a country of residence outside the EU/EEA ────────────────────────────────

const RESIDENCE_ELSEWHERE_QUOTE =
  'If you have a residence permit in a country outside the EU/EEA (where you are not a citizen), you can apply for assisted return to return there. In such case, you will need to submit a copy of a valid residence permit.';

export const destinationDefinition = defineRules<Facts, EligibilityDestination>({
  id: 'assisted-return.eligibility.destination',
  description: 'Where assisted return may take the person: the home country, or a country outside the EU/EEA where they hold a residence permit',
  key: (destination) => destination,
  rules: [
    {
      id: 'assisted-return.eligibility.destination.home-country',
      description: 'Assisted return takes the person to their home country.',
      source: [seed002('The assisted return scheme provides help and money to return to and resettle in your home country.')],
      reads: ['returnToCountryOfResidence'],
      when: (f) => f.returnToCountryOfResidence === undefined,
      then: 'home-country',
    },
    {
      id: 'assisted-return.eligibility.destination.country-of-residence',
      description: 'A person with a residence permit in a country they are not a citizen of may return there instead, with a copy of a valid permit.',
      source: [seed002(RESIDENCE_ELSEWHERE_QUOTE)],
      reads: ['returnToCountryOfResidence'],
      when: (f) => f.returnToCountryOfResidence !== undefined,
      then: 'country-of-residence',
    },
    {
      id: 'assisted-return.eligibility.destination.eea-country',
      exceptionTo: ['assisted-return.eligibility.destination.country-of-residence'],
      description:
        'A country of residence in the EU/EEA (or Switzerland) is not a destination for assisted return: the seed names countries outside the EU/EEA only.',
      source: [seed002(RESIDENCE_ELSEWHERE_QUOTE)],
      reads: ['returnToCountryOfResidence'],
      when: (f, ctx) => f.returnToCountryOfResidence !== undefined && ctx.param(eeaAndSwitzerland).includes(f.returnToCountryOfResidence),
      then: 'not-to-an-eea-country',
      params: (f) => ({ country: f.returnToCountryOfResidence ?? '' }),
    },
  ],
});

// ─── The answer ──────────────────────────────────────────────────────────────────────────────────────────────

const warningSchema = z.object({ code: z.enum(eligibilityWarnings), ...messageSchema.shape });

export const assistedReturnEligibilityOutput = z
  .object({
    outcome: z.enum(eligibilityOutcomes).describe('Whether the person can apply for assisted return'),
    conditions: z
      .array(z.enum(eligibilityConditions))
      .describe(
        'Conditions attached to assisted return if it is granted (empty when the outcome is not-eligible): leaving within the Dublin deadlines; for an unaccompanied minor, being met by family or other carers on return',
      ),
    alternatives: z.array(z.enum(eligibilityAlternatives)).describe('Other schemes the person can apply for instead'),
    destination: z
      .enum(eligibilityDestinations)
      .describe(
        'Where assisted return may take the person: home-country; country-of-residence (outside the EU/EEA, with a copy of a valid permit); not-to-an-eea-country',
      ),
    warnings: z
      .array(warningSchema)
      .describe(
        'Answers that do not fit the date of birth, and the caveat for the 48-hour procedure; they do not change the outcome, which takes the answers as given',
      ),
    reasons: z.array(reasonSchema).describe('The rules that applied, in order: groups, exclusions, outcome; defeated rules included'),
    trace: traceSchema.optional(),
  })
  .meta({ id: 'AssistedReturnEligibilityOutput' });

/** A warning: its code, and its message (`rules.assisted-return.eligibility.warning.<code>`, with the age). */
export interface EligibilityWarningMessage {
  readonly code: EligibilityWarning;
  readonly key: string;
  readonly params: MessageParams;
}

export interface AssistedReturnEligibilityResult {
  readonly outcome: EligibilityOutcome;
  readonly conditions: readonly EligibilityCondition[];
  readonly alternatives: readonly EligibilityAlternative[];
  readonly destination: EligibilityDestination;
  readonly warnings: readonly EligibilityWarningMessage[];
  readonly reasons: readonly Reason[];
  readonly trace?: Trace;
}

/**
 * The whole story of a decision: every rule that applied, also those set aside by an exception ("normally
 * excluded because…, but…"), leaving out the definition's bare default when another of its rules applied.
 */
function tellStory<F, E>(reasons: Reason[], decision: Decision<F, E>, facts: F, defaultRule: string): void {
  const applied = decision.applied;
  for (let i = 0; i < applied.length; i++) {
    const rule = applied[i]!;
    if (applied.length === 1 || rule.id !== defaultRule) reasons.push(reasonOf(rule, facts));
  }
}

/** The 48-hour procedure: seed 002 gives it as a caveat on being granted, not as an exclusion from applying. */
const FORTY_EIGHT_HOUR_SOURCES = [
  seed002(
    'Not everyone will have their application granted. This applies, among others, to people who come from countries where the UDI process the application for protection within 48 hours.',
  ),
];

function warningsOf(input: Facts, outcome: EligibilityOutcome, ctx: Context): AssistedReturnEligibilityResult['warnings'] {
  const warnings: EligibilityWarningMessage[] = [];
  const warn = (code: EligibilityWarning, params: MessageParams) => warnings.push({ code, key: `rules.assisted-return.eligibility.warning.${code}`, params });
  const formerMinor = input.vulnerabilities.includes('former-unaccompanied-minor-aged-18-to-23');
  if (input.dateOfBirth !== undefined && (formerMinor || input.unaccompaniedMinorAsylumSeeker)) {
    const age = ctx.computed('assisted-return.eligibility.age', ageOn(input.dateOfBirth, input.date), { dateOfBirth: input.dateOfBirth, date: input.date }, [
      seed002('you came to Norway as an unaccompanied minor and are now between 18 and 23 years old'),
      seed003('they are unaccompanied minor asylum seekers'),
    ]);
    if (formerMinor && (age < 18 || age > 23)) warn('former-unaccompanied-minor-not-aged-18-to-23', { age });
    if (input.unaccompaniedMinorAsylumSeeker && age >= 18) warn('unaccompanied-minor-asylum-seeker-aged-18-or-over', { age });
  }
  // Said of those who can apply: it changes no outcome, and means nothing to someone who cannot apply at all.
  const caveat = ctx.computed(
    'assisted-return.eligibility.forty-eight-hour-caveat',
    input.fortyEightHourProcedure && mayBeGranted(outcome),
    { fortyEightHourProcedure: input.fortyEightHourProcedure, outcome },
    FORTY_EIGHT_HOUR_SOURCES,
  );
  if (caveat) warn('forty-eight-hour-procedure', {});
  return warnings.length === 0 ? NONE : warnings;
}

// "Normally not" is not "never": UDI may still grant it, and then the Dublin deadlines bind as for anyone else.
const mayBeGranted = (outcome: EligibilityOutcome) => outcome !== 'not-eligible';

export function evaluateAssistedReturnEligibility(input: Facts, options: EvaluateOptions = {}): AssistedReturnEligibilityResult {
  const ctx = new Context('assisted-return-eligibility', input.date, options.trace ?? true, options.reform);
  const group = decide(groupDefinition, input, ctx);
  // The exclusions narrow the groups; for someone in no group (or with legal residence) they change nothing.
  const exclusion = group.value === 'in-a-group' ? decide(exclusionDefinition, input, ctx) : null;
  const outcomeFacts: OutcomeFacts = {
    group: group.value,
    excluded: exclusion?.value === 'excluded',
    unaccompaniedMinorAsylumSeeker: input.unaccompaniedMinorAsylumSeeker,
    possibleTraffickingVictim: input.possibleTraffickingVictim,
    vulnerabilities: input.vulnerabilities,
  };
  const outcome = decide(outcomeDefinition, outcomeFacts, ctx);

  // Attached to assisted return if it is granted: the Dublin deadlines, and for an unaccompanied minor a family
  // member, guardian or other carer who meets the child on return.
  const granted = mayBeGranted(outcome.value);
  const dublin = input.dublinTransferDecision && granted;
  const minor = input.unaccompaniedMinorAsylumSeeker && granted;
  const conditions: readonly EligibilityCondition[] = dublin ? (minor ? DUBLIN_AND_MINOR_CONDITIONS : DUBLIN_CONDITIONS) : minor ? MINOR_CONDITIONS : NONE;
  const alternatives: readonly EligibilityAlternative[] = group.value === 'legal-residence' ? REPATRIATION : NONE;
  if (ctx.tracing) {
    ctx.computed(
      'assisted-return.eligibility.conditions',
      conditions,
      { dublinTransferDecision: input.dublinTransferDecision, unaccompaniedMinorAsylumSeeker: input.unaccompaniedMinorAsylumSeeker, outcome: outcome.value },
      [...DUBLIN_SOURCES, ...MINOR_MET_SOURCES],
    );
    ctx.computed('assisted-return.eligibility.alternatives', alternatives, { group: group.value }, LEGAL_RESIDENCE_SOURCES);
  }
  const warnings = warningsOf(input, outcome.value, ctx);
  const destination = decide(destinationDefinition, input, ctx).value;

  const reasons: Reason[] = [];
  tellStory(reasons, group, input, GROUP_NONE);
  if (exclusion) tellStory(reasons, exclusion, input, EXCLUSION_NONE);
  tellStory(reasons, outcome, outcomeFacts, CANNOT_APPLY);
  if (!ctx.tracing) return { outcome: outcome.value, conditions, alternatives, destination, warnings, reasons };
  return { outcome: outcome.value, conditions, alternatives, destination, warnings, reasons, trace: ctx.trace() };
}

export const assistedReturnEligibilityRuleSet = defineRuleSet({
  id: 'assisted-return-eligibility',
  title: 'Assisted-return eligibility',
  description:
    'Whether a foreign national can apply for assisted return (seed 003, with seed 002): the groups who may apply, the exclusions from the scheme (19 nationalities, visa-exempt nationals, re-immigration after earlier support, an ended permit on other grounds, status in another EU/EEA country), the exceptions for unaccompanied minor asylum seekers and possible victims of trafficking, legal residence, which points to repatriation instead, and the caveat that not everyone in the 48-hour procedure is granted.',
  path: 'assisted-return/eligibility',
  command: ['check', 'assisted-return'],
  input: assistedReturnEligibilityInput,
  output: assistedReturnEligibilityOutput,
  dateOf: (input) => input.date,
  evaluate: evaluateAssistedReturnEligibility,
  definitions: [groupDefinition, exclusionDefinition, outcomeDefinition, destinationDefinition],
  parameters: [excludedNationalities, visaExemptNationalities, eeaAndSwitzerland],
  cases,
  // The exclusions a policy change might lift as a whole (src/rules/reform.ts); the groups and the outcome stay.
  reformable: {
    rules: [
      'assisted-return.eligibility.exclusion.excluded-nationality',
      'assisted-return.eligibility.exclusion.visa-exempt-nationality',
      'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country',
      'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended',
      'assisted-return.eligibility.exclusion.status-in-other-eea-country',
    ],
    // Exceptions to the exclusions a policy change might add; each never applies under the law.
    exceptions: [VIOLENCE_EXCEPTION],
  },
});
