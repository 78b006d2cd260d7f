/**
 * The words of rule set 3 (the departure situation): the sentences of the seeds it implements, word for word,
 * and the notes it hands back (consequences of not leaving, options, documents, the entry ban, the National
 * Registry), each a stable code with its message (a key in the `rules` namespace of src/i18n) and its source.
 *
 * The rules in situation.ts decide *which* notes apply; this file only holds what they say. Every quote here
 * is also cited by the rule that hands the note out, so the meta-test checks it against docs/sources/.
 */
import type { Source } from '../engine/source.ts';
import type { Message, MessageParams } from '../engine/output.ts';
import { cite } from '../sources.ts';

/**
 * A note handed back to the person: a stable code, its message (`rules.departure.note.<code>`, with a suffix
 * where the seeds say it differently after another kind of decision) and its source.
 */
export interface DepartureNote extends Message {
  readonly code: string;
  readonly source: readonly Source[];
}

const NO_PARAMS: MessageParams = Object.freeze({});

const s000 = (quote: string) => cite('seed-000', quote);
const s001 = (quote: string) => cite('seed-001', quote);
const s002 = (quote: string) => cite('seed-002', quote);

/** The seed sentences, grouped by document. Names say what the sentence is about. */
export const seed = {
  // Seed 000 (UDI: Deportation)
  mustLeave: s000('You must leave Norway if you do not have any legal right to stay here. The police will deport you if you do not go voluntarily.'),
  arrestAndDetention: s000(
    'You may be arrested and detained if you choose to stay in Norway illegally. You will then be deported. You will not be told when you could be arrested.',
  ),
  costsAsDebt: s000(
    'When you are deported, you yourself must pay the necessary travel costs. The Norwegian authorities will pay the cost on your behalf if you do not have enough money. That then becomes a debt you must pay back.',
  ),
  banOftenSchengen: s000('An entry ban will often apply to the whole Schengen area. Breach of an entry ban is a criminal offence.'),
  noReEntryWhileBanned: s000('You will not be allowed to re-enter the country for as long as the entry ban is in force.'),
  deportedNotBanned: s000('You are not forbidden to re-enter the country if you have been deported.'),
  documentsAfterVoluntaryReturn: s000(
    'Did you claim protection? If your claim was unsuccessful and you return to your homeland voluntarily, your passport and any other documents you handed over when you came to Norway will be returned to you. You will receive the documents at the latest when you arrive in your home country.',
  ),
  documentsAfterDeportation: s000(
    'If your claim was unsuccessful and we have to deport you, your documents will be handed to the authorities in your home country. You may have to contact them to get your documents back.',
  ),
  dublinTransferred: s000(
    'If your application for asylum is found to be a Dublin case, you will be notified that you will be transferred by the police to the Dublin country that is responsible for processing your application.',
  ),
  helpInSomeCases: s000('In some cases, you can apply for help to leave the country.'),
  assistedVoluntaryReturn: s000(
    'Assisted voluntary return means that you will be given financial support to travel home. You will also receive a sum of money to help you resettle in your home country.',
  ),

  // Seed 001 (UNE: If you must leave Norway), in the order of the page
  udiDecisionMustLeave: s001("If the UDI's decision states that you must leave Norway, it is important that you do so."),
  obligedByDeadline: s001('This means that you are obliged to leave Norway by this deadline. The deadline is written on the first page of the decision.'),
  iomHelp: s001('You can ask the International Organization for Migration (external link) for assistance to return home.'),
  additionalAssistanceBeforeDeadline: s001('You can receive additional financial assistance if you apply before the deadline for leaving has expired.'),
  policeCanArrest: s001('The police can arrest you and deport you from Norway.'),
  familyTogether: s001('If you have a family, the police will try to deport all of you together.'),
  noReturnUntilPaid: s001('If you are returned by the police, you cannot come back to Norway until you have paid the costs of your deportation.'),
  expulsionBecauseIllegalStay: s001(
    'You can be expelled from Norway and other Schengen countries because you have stayed illegally in Norway and be prohibited from entering the whole Schengen area for a period of 1–5 years.',
  ),
  noWork: s001('You cannot work in Norway. If you work, you can be expelled.'),
  lessMoney: s001('If you are staying at an asylum reception centre, you will now receive less money than before.'),
  deferredImplementation: s001('You can ask to remain in Norway while we consider your appeal. This is called deferred implementation.'),
  deferredNotified: s001(
    'You will be notified whether you can remain in Norway or not while we consider your appeal. Most people are not allowed to remain in Norway.',
  ),
  dublinArrest: s001('The police will arrest you and deport you to the country that will consider your asylum application.'),
  dublinExpulsion: s001(
    'You can be expelled from Norway and other Schengen countries if you have stayed illegally in Norway and be prohibited from entering the whole Schengen area for a period of 1–5 years.',
  ),
  deferredGranted: s001('If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision.'),
  expelledObliged: s001(
    'If you have been expelled, you are obliged to leave Norway. You must also leave the Schengen area if you do not hold a residence permit in another Schengen country.',
  ),
  deferredDenied: s001(
    'If you have not been allowed to remain in Norway while UNE considers your case, you are staying here illegally and must leave Norway immediately.',
  ),
  deadlineAfterDeferred: s001('If you have been allowed to remain in Norway while we consider your case, we will give you a deadline for leaving the country.'),
  familyMustAlsoLeave: s001('If you have a family that must also leave, the police will try to deport all of you together.'),
  expelledAgain: s001(
    'You can be expelled from Norway and other Schengen countries again if you remain or work illegally in Norway. The prohibition on entry can then be made even longer.',
  ),
  banFromDeparture: s001(
    'The prohibition on entry applies from the day you leave Norway and the Schengen area. It is therefore important that you notify the Norwegian authorities about when you are going to leave, for example by telling the police.',
  ),
  residenceRejected: s001(
    'If you have received a rejection of your application for a residence permit, you must leave Norway. It means that you are not allowed to be here. If you do not leave Norway, you will be staying here illegally.',
  ),
  withoutPermission: s001(
    'If you were staying in Norway without permission, you must leave immediately. That means that you have previously been given a deadline for leaving the country, and that you are still obliged to leave Norway.',
  ),
  expulsionSpecifiedOrPermanent: s001(
    'You can be expelled from Norway and other Schengen countries if you stay or work illegally in Norway. If you are expelled, you will be subject to a prohibition on entry. This means that you cannot return to Norway, and usually not to the Schengen area, for either a specified period or permanently.',
  ),
  revokedExpelledDeadline: s001(
    'You are then obliged to leave by the deadline stipulated by UNE. You must also leave the Schengen area if you do not hold a residence permit in another Schengen country.',
  ),
  revokedUsuallyLeave: s001(
    'If UNE has revoked your residence permits and you have not been granted a new residence permit in Norway, you are usually obliged to leave Norway and the Schengen area.',
  ),
  revokedDecisionStates: s001(
    "UNE's decision will state whether you are obliged to leave or not. If you are obliged to leave, UNE has also given you a deadline for leaving.",
  ),
  familyNotAllowedEither: s001('If you have a family that is not allowed to remain in Norway either, the police will try to deport all of you together.'),
  revokedNewApplication: s001(
    "If UNE has revoked your residence permits and you have a new application for a residence permit under consideration, you may be entitled to remain in Norway while the new application is being considered. The same applies if UNE has revoked your citizenship. See UNE's decision for more information about what applies to you.",
  ),
  registeredAsMoved: s001(
    'If you have previously held a residence permit in Norway and therefore have a Norwegian personal identity number, you will be registered as moved from Norway in the National Registry. This will have several consequences for you. You may experience problems with public services such as doctors, schools and NAV.',
  ),
  correctionForm: s001(
    'If you were registered as moved in the National Registry after 1 October 2017, and you believe that the immigration authorities have made a mistake, you must fill in and submit a form that you will find on UDI’s website.',
  ),

  // Seed 002 (UDI: Apply for assisted return)
  illegalAfterDeadline: s002('If you do not leave the country before the deadline, you will be considered as being in Norway illegally.'),
  alternativeToIllegalStay: s002(
    'The assisted return scheme provides help and money to return to and resettle in your home country. Assisted return is an alternative to staying in Norway without legal residency.',
  ),
  noWorkPermit: s002(
    'You will not be entitled to non-emergency healthcare, and you will not be eligible for a work permit, which means you will not have opportunities to earn a legal income that a permit provides.',
  ),
  groupRejected: s002('people whose application for protection (asylum) or another application for residence has been rejected'),
  groupDublin: s002(
    'people who have been given a decision about transfer to another country in accordance with the Dublin Regulations, but wish to return to their home country instead.',
  ),
  forcedReturnAndExpulsion: s002(
    'If they do not leave Norway by the deadline for leaving, they will be forcibly returned by the police and expelled from Norway and the Schengen area for 1–5 years.',
  ),
  oweTravelCosts: s002('Someone who is forcibly returned will also owe the cost of the travel expenses to the Norwegian authorities.'),
  noExpulsionIfGranted: s002(
    'People who apply for assisted return before the deadline for leaving, and are granted assisted return, will as a general rule not be expelled from Norway.',
  ),
  reducedSupportAtReception: s002(
    'Financial support for people who live in reception centres are regulated by factors such as the status of their case, and those with a deadline for leaving will receive reduced financial support.',
  ),
} as const;

/**
 * Utlendingsforskriften § 17-14a: a decision that obliges a person to leave the realm obliges them to leave the
 * Schengen area, unless they have a residence permit or another basis for residence in another Schengen country.
 */
export const dutyToLeaveSchengen = cite(
  'utf-17-14a',
  'Vedtak som innebærer at en utlending må forlate riket, jf. lovens § 90 sjette ledd, innebærer at utlendingen må forlate Schengenområdet, med mindre utlendingen har oppholdstillatelse eller annet grunnlag for opphold i et annet Schengenland.',
);

/** UDI's example of a rejected application: the duty to leave, with its deadline, is a duty to leave the Schengen area. */
export const rejectionMeansLeavingSchengen = cite(
  'udi-register-departure-outside-eea',
  'Du har fått avslag på en søknad om oppholdstillatelse og fått en utreiseplikt med utreisefrist fra Schengenområdet.',
);

/** UDI's page on registration as moved: the arrangement of 1 October 2017 applies from and including that day. */
export const udiDecidesRegistrationFrom = cite('udi-registered-as-moved', 'Fra og med 1. oktober 2017 er det UDI og UNE som bestemmer dette.', {
  note: 'Seed 001 says "after 1 October 2017"; UDI’s page says UDI and UNE decide registrations as moved from and including that day, so a registration on 1 October 2017 counts.',
});

// ---------------------------------------------------------------------------------------------------------
// Consequences of not leaving (seed 001's lists "What happens if you do not leave Norway?", with seeds 000
// and 002 where they say the same thing more fully).

const arrest: DepartureNote = {
  code: 'arrest-and-forced-return',
  key: 'rules.departure.note.arrest-and-forced-return',
  params: NO_PARAMS,
  source: [seed.policeCanArrest, seed.arrestAndDetention],
};

const costs: DepartureNote = {
  code: 'deportation-costs-debt',
  key: 'rules.departure.note.deportation-costs-debt',
  params: NO_PARAMS,
  source: [seed.noReturnUntilPaid, seed.costsAsDebt],
};

const expulsionOneToFiveYears = (extra: readonly Source[]): DepartureNote => ({
  code: 'expulsion-and-entry-ban',
  key: 'rules.departure.note.expulsion-and-entry-ban',
  params: NO_PARAMS,
  source: [...extra, seed.banOftenSchengen],
});

const noWork: DepartureNote = {
  code: 'no-right-to-work',
  key: 'rules.departure.note.no-right-to-work',
  params: NO_PARAMS,
  source: [seed.noWork, seed.noWorkPermit],
};

const family = (quote: Source): DepartureNote => ({
  code: 'family-returned-together',
  key: 'rules.departure.note.family-returned-together',
  params: NO_PARAMS,
  source: [quote],
});

export const consequences = {
  protectionRejected: [
    { ...arrest, source: [seed.policeCanArrest, seed.arrestAndDetention, seed.forcedReturnAndExpulsion] },
    family(seed.familyTogether),
    { ...costs, source: [...costs.source, seed.oweTravelCosts] },
    expulsionOneToFiveYears([seed.expulsionBecauseIllegalStay, seed.forcedReturnAndExpulsion]),
    noWork,
    {
      code: 'less-money-at-reception-centre',
      key: 'rules.departure.note.less-money-at-reception-centre',
      params: NO_PARAMS,
      source: [seed.lessMoney, seed.reducedSupportAtReception],
    },
  ],
  dublinTransfer: [
    {
      code: 'arrest-and-forced-return',
      key: 'rules.departure.note.arrest-and-forced-return.dublin',
      params: NO_PARAMS,
      source: [seed.dublinArrest],
    },
    family(seed.familyTogether),
    expulsionOneToFiveYears([seed.dublinExpulsion]),
    noWork,
  ],
  expelled: [
    arrest,
    family(seed.familyMustAlsoLeave),
    costs,
    {
      code: 'expulsion-and-entry-ban',
      key: 'rules.departure.note.expulsion-and-entry-ban.expelled-again',
      params: NO_PARAMS,
      source: [seed.expelledAgain, seed.banOftenSchengen],
    },
  ],
  residenceRejected: [
    arrest,
    family(seed.familyMustAlsoLeave),
    costs,
    {
      code: 'expulsion-and-entry-ban',
      key: 'rules.departure.note.expulsion-and-entry-ban.set-period-or-permanent',
      params: NO_PARAMS,
      source: [seed.expulsionSpecifiedOrPermanent, seed.banOftenSchengen],
    },
  ],
  revoked: [arrest, family(seed.familyNotAllowedEither), costs, expulsionOneToFiveYears([seed.expulsionBecauseIllegalStay]), noWork],
} as const satisfies Record<string, readonly DepartureNote[]>;

// ---------------------------------------------------------------------------------------------------------
// Options: assisted return (seeds 000, 001 and 002).

export const assistedReturnNote = (dublin: boolean): DepartureNote =>
  dublin
    ? {
        code: 'assisted-return',
        key: 'rules.departure.note.assisted-return.dublin',
        params: NO_PARAMS,
        source: [seed.groupDublin, seed.assistedVoluntaryReturn],
      }
    : {
        code: 'assisted-return',
        key: 'rules.departure.note.assisted-return',
        params: NO_PARAMS,
        source: [seed.groupRejected, seed.alternativeToIllegalStay, seed.assistedVoluntaryReturn, seed.iomHelp],
      };

export const higherSupportNote: DepartureNote = {
  code: 'additional-support-before-deadline',
  key: 'rules.departure.note.additional-support-before-deadline',
  params: NO_PARAMS,
  source: [seed.additionalAssistanceBeforeDeadline],
};

export const noExpulsionNote: DepartureNote = {
  code: 'no-expulsion-if-granted-before-deadline',
  key: 'rules.departure.note.no-expulsion-if-granted-before-deadline',
  params: NO_PARAMS,
  source: [seed.noExpulsionIfGranted],
};

export const noAdditionalSupportNote: DepartureNote = {
  code: 'no-additional-support-after-deadline',
  key: 'rules.departure.note.no-additional-support-after-deadline',
  params: NO_PARAMS,
  source: [seed.additionalAssistanceBeforeDeadline],
};

// ---------------------------------------------------------------------------------------------------------
// The entry ban (seeds 001 and 000), documents handed in (seed 000), the National Registry (seed 001).

export const entryBanNote: DepartureNote = {
  code: 'entry-ban-runs-from-departure',
  key: 'rules.departure.note.entry-ban-runs-from-departure',
  params: NO_PARAMS,
  source: [seed.banFromDeparture, seed.noReEntryWhileBanned, seed.banOftenSchengen],
};

export const documentNotes: readonly DepartureNote[] = [
  {
    code: 'documents-returned-after-voluntary-return',
    key: 'rules.departure.note.documents-returned-after-voluntary-return',
    params: NO_PARAMS,
    source: [seed.documentsAfterVoluntaryReturn],
  },
  {
    code: 'documents-handed-to-home-authorities-after-forced-return',
    key: 'rules.departure.note.documents-handed-to-home-authorities-after-forced-return',
    params: NO_PARAMS,
    source: [seed.documentsAfterDeportation],
  },
];

export const registeredAsMovedNote: DepartureNote = {
  code: 'registered-as-moved',
  key: 'rules.departure.note.registered-as-moved',
  params: NO_PARAMS,
  source: [seed.registeredAsMoved],
};

export const correctionFormNote: DepartureNote = {
  code: 'registration-correction-form',
  key: 'rules.departure.note.registration-correction-form',
  params: NO_PARAMS,
  source: [seed.correctionForm, udiDecidesRegistrationFrom],
};
