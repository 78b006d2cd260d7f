/**
 * The words of rule set 3 (the departure situation): the sentences of the seeds it implements, word for word,
 * and the notes it hands back (consequences of not leaving, options, documents, the entry ban, the National
 * Registry), each a stable code with a plain-language sentence in English and Norwegian bokmål and its source.
 *
 * The rules in situation.ts decide *which* notes apply; this file only holds what they say. Every quote here
 * is also cited by the rule that hands the note out, so the meta-test checks it against docs/sources/.
 */
import type { Source } from '../engine/source.ts';
import { cite } from '../sources.ts';

/** A note handed back to the person: a stable code, the sentence in English and bokmål, and its source. */
export interface DepartureNote {
  readonly code: string;
  readonly en: string;
  readonly nb: string;
  readonly source: readonly Source[];
}

const s000 = (quote: string) => cite('seed-000', quote);
const s001 = (quote: string) => cite('seed-001', quote);
const s002 = (quote: string) => cite('seed-002', quote);

/** The seed sentences, grouped by document. Names say what the sentence is about. */
export const seed = {
  // Seed 000 (UDI: Deportation)
  mustLeave: s000('You must leave Norway if you do not have any legal right to stay here. The police will deport you if you do not go voluntarily.'),
  arrestAndDetention: s000('You may be arrested and detained if you choose to stay in Norway illegally. You will then be deported. You will not be told when you could be arrested.'),
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
  deferredNotified: s001('You will be notified whether you can remain in Norway or not while we consider your appeal. Most people are not allowed to remain in Norway.'),
  dublinArrest: s001('The police will arrest you and deport you to the country that will consider your asylum application.'),
  dublinExpulsion: s001(
    'You can be expelled from Norway and other Schengen countries if you have stayed illegally in Norway and be prohibited from entering the whole Schengen area for a period of 1–5 years.',
  ),
  deferredGranted: s001('If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision.'),
  expelledObliged: s001('If you have been expelled, you are obliged to leave Norway. You must also leave the Schengen area if you do not hold a residence permit in another Schengen country.'),
  deferredDenied: s001('If you have not been allowed to remain in Norway while UNE considers your case, you are staying here illegally and must leave Norway immediately.'),
  deadlineAfterDeferred: s001('If you have been allowed to remain in Norway while we consider your case, we will give you a deadline for leaving the country.'),
  familyMustAlsoLeave: s001('If you have a family that must also leave, the police will try to deport all of you together.'),
  expelledAgain: s001('You can be expelled from Norway and other Schengen countries again if you remain or work illegally in Norway. The prohibition on entry can then be made even longer.'),
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
  revokedExpelledDeadline: s001('You are then obliged to leave by the deadline stipulated by UNE. You must also leave the Schengen area if you do not hold a residence permit in another Schengen country.'),
  revokedUsuallyLeave: s001(
    'If UNE has revoked your residence permits and you have not been granted a new residence permit in Norway, you are usually obliged to leave Norway and the Schengen area.',
  ),
  revokedDecisionStates: s001("UNE's decision will state whether you are obliged to leave or not. If you are obliged to leave, UNE has also given you a deadline for leaving."),
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

/** UDI's page on registration as moved: the arrangement of 1 October 2017 applies from and including that day. */
export const udiDecidesRegistrationFrom = cite('udi-registered-as-moved', 'Fra og med 1. oktober 2017 er det UDI og UNE som bestemmer dette.', {
  note: 'Seed 001 says "after 1 October 2017"; UDI’s page says UDI and UNE decide registrations as moved from and including that day, so a registration on 1 October 2017 counts.',
});

// ---------------------------------------------------------------------------------------------------------
// Consequences of not leaving (seed 001's lists "What happens if you do not leave Norway?", with seeds 000
// and 002 where they say the same thing more fully).

const arrest: DepartureNote = {
  code: 'arrest-and-forced-return',
  en: 'If you do not leave, the police can arrest you and return you by force. You may be held in detention, and you will not be told when you could be arrested.',
  nb: 'Hvis du ikke reiser, kan politiet pågripe deg og sende deg ut med tvang. Du kan bli holdt i forvaring, og du får ikke vite når du kan bli pågrepet.',
  source: [seed.policeCanArrest, seed.arrestAndDetention],
};

const costs: DepartureNote = {
  code: 'deportation-costs-debt',
  en: 'If the police return you, you must pay the costs of the return. If you cannot pay, the Norwegian authorities pay and you owe them the money as a debt. You cannot come back to Norway until you have paid it.',
  nb: 'Hvis politiet sender deg ut, må du betale utgiftene til uttransporteringen. Hvis du ikke kan betale, betaler norske myndigheter, og du skylder dem pengene. Du kan ikke komme tilbake til Norge før du har betalt.',
  source: [seed.noReturnUntilPaid, seed.costsAsDebt],
};

const expulsionOneToFiveYears = (extra: readonly Source[]): DepartureNote => ({
  code: 'expulsion-and-entry-ban',
  en: 'Because you have stayed in Norway illegally, you can be expelled from Norway and other Schengen countries and banned from entering the whole Schengen area for 1–5 years. Breaking an entry ban is a criminal offence.',
  nb: 'Fordi du har oppholdt deg ulovlig i Norge, kan du bli utvist fra Norge og andre Schengen-land og få forbud mot å reise inn i hele Schengen-området i 1–5 år. Brudd på innreiseforbud er straffbart.',
  source: [...extra, seed.banOftenSchengen],
});

const noWork: DepartureNote = {
  code: 'no-right-to-work',
  en: 'You cannot work in Norway. If you work, you can be expelled.',
  nb: 'Du kan ikke arbeide i Norge. Hvis du arbeider, kan du bli utvist.',
  source: [seed.noWork, seed.noWorkPermit],
};

const family = (quote: Source): DepartureNote => ({
  code: 'family-returned-together',
  en: 'If you have a family that must also leave, the police will try to return all of you together.',
  nb: 'Hvis du har familie som også må reise, vil politiet prøve å sende dere ut sammen.',
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
      en: 'If you live at an asylum reception centre, you will now receive less money than before.',
      nb: 'Hvis du bor på et asylmottak, får du nå mindre penger enn før.',
      source: [seed.lessMoney, seed.reducedSupportAtReception],
    },
  ],
  dublinTransfer: [
    {
      code: 'arrest-and-forced-return',
      en: 'If you are not allowed to remain, the police will arrest you and transfer you to the country that will consider your asylum application.',
      nb: 'Hvis du ikke får bli, vil politiet pågripe deg og sende deg til landet som skal behandle asylsøknaden din.',
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
      en: 'If you remain or work illegally in Norway, you can be expelled from Norway and other Schengen countries again, and the entry ban can be made even longer.',
      nb: 'Hvis du blir værende eller arbeider ulovlig i Norge, kan du bli utvist fra Norge og andre Schengen-land på nytt, og innreiseforbudet kan bli enda lengre.',
      source: [seed.expelledAgain, seed.banOftenSchengen],
    },
  ],
  residenceRejected: [
    arrest,
    family(seed.familyMustAlsoLeave),
    costs,
    {
      code: 'expulsion-and-entry-ban',
      en: 'If you stay or work illegally in Norway, you can be expelled from Norway and other Schengen countries. You will then be banned from entering Norway, and usually the Schengen area, for a set period or permanently.',
      nb: 'Hvis du blir værende eller arbeider ulovlig i Norge, kan du bli utvist fra Norge og andre Schengen-land. Da får du forbud mot å reise inn i Norge, og vanligvis i Schengen-området, for en bestemt periode eller for alltid.',
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
        en: 'Instead of being transferred to the Dublin country, you can apply to UDI for assisted return to your home country: you get help and money to travel home and to resettle there. Whether you qualify depends on your case.',
        nb: 'I stedet for å bli overført til Dublin-landet kan du søke UDI om assistert retur til hjemlandet ditt: du får hjelp og penger til å reise hjem og etablere deg der. Om du fyller vilkårene, avhenger av saken din.',
        source: [seed.groupDublin, seed.assistedVoluntaryReturn],
      }
    : {
        code: 'assisted-return',
        en: 'You can apply to UDI for assisted return: you get help and money to travel home and to resettle there, and IOM helps you organise the journey. Whether you qualify depends on your case.',
        nb: 'Du kan søke UDI om assistert retur: du får hjelp og penger til å reise hjem og etablere deg der, og IOM hjelper deg med å organisere reisen. Om du fyller vilkårene, avhenger av saken din.',
        source: [seed.groupRejected, seed.alternativeToIllegalStay, seed.assistedVoluntaryReturn, seed.iomHelp],
      };

export const higherSupportNote: DepartureNote = {
  code: 'additional-support-before-deadline',
  en: 'If you apply before your deadline for leaving has passed, you can receive additional financial support.',
  nb: 'Hvis du søker før utreisefristen har gått ut, kan du få ekstra økonomisk støtte.',
  source: [seed.additionalAssistanceBeforeDeadline],
};

export const noExpulsionNote: DepartureNote = {
  code: 'no-expulsion-if-granted-before-deadline',
  en: 'If you apply before the deadline and are granted assisted return, you will as a general rule not be expelled from Norway.',
  nb: 'Hvis du søker før fristen og får innvilget assistert retur, blir du som hovedregel ikke utvist fra Norge.',
  source: [seed.noExpulsionIfGranted],
};

export const noAdditionalSupportNote: DepartureNote = {
  code: 'no-additional-support-after-deadline',
  en: 'Your deadline for leaving has passed, so you can no longer get the additional financial support given to those who apply before the deadline.',
  nb: 'Utreisefristen din har gått ut, så du kan ikke lenger få den ekstra økonomiske støtten som gis til dem som søker før fristen.',
  source: [seed.additionalAssistanceBeforeDeadline],
};

// ---------------------------------------------------------------------------------------------------------
// The entry ban (seeds 001 and 000), documents handed in (seed 000), the National Registry (seed 001).

export const entryBanNote: DepartureNote = {
  code: 'entry-ban-runs-from-departure',
  en: 'The entry ban applies from the day you leave Norway and the Schengen area, so tell the Norwegian authorities when you are going to leave, for example the police. You may not come back while the ban is in force, and breaking it is a criminal offence.',
  nb: 'Innreiseforbudet gjelder fra den dagen du forlater Norge og Schengen-området, så gi beskjed til norske myndigheter, for eksempel politiet, om når du skal reise. Du kan ikke komme tilbake mens forbudet gjelder, og brudd på forbudet er straffbart.',
  source: [seed.banFromDeparture, seed.noReEntryWhileBanned, seed.banOftenSchengen],
};

export const documentNotes: readonly DepartureNote[] = [
  {
    code: 'documents-returned-after-voluntary-return',
    en: 'If you return home voluntarily, your passport and any other documents you handed in when you came to Norway will be returned to you, at the latest when you arrive in your home country.',
    nb: 'Hvis du reiser hjem frivillig, får du tilbake passet og andre dokumenter du leverte da du kom til Norge, senest når du kommer fram til hjemlandet.',
    source: [seed.documentsAfterVoluntaryReturn],
  },
  {
    code: 'documents-handed-to-home-authorities-after-forced-return',
    en: 'If you are returned by force, your documents will be handed to the authorities in your home country, and you may have to contact them to get the documents back.',
    nb: 'Hvis du blir sendt ut med tvang, blir dokumentene dine overlevert til myndighetene i hjemlandet, og du kan måtte kontakte dem for å få dokumentene tilbake.',
    source: [seed.documentsAfterDeportation],
  },
];

export const registeredAsMovedNote: DepartureNote = {
  code: 'registered-as-moved',
  en: 'Because you have held a residence permit and have a Norwegian personal identity number, you will be registered as moved from Norway in the National Registry. You may then have problems with public services such as doctors, schools and NAV.',
  nb: 'Fordi du har hatt oppholdstillatelse og har norsk fødselsnummer, blir du registrert som utflyttet fra Norge i Folkeregisteret. Da kan du få problemer med offentlige tjenester som lege, skole og NAV.',
  source: [seed.registeredAsMoved],
};

export const correctionFormNote: DepartureNote = {
  code: 'registration-correction-form',
  en: 'Your registration as moved is (or will be) made on 1 October 2017 or later. If you believe the immigration authorities have made a mistake, fill in and submit the form on UDI’s website.',
  nb: 'Registreringen din som utflyttet er (eller blir) gjort 1. oktober 2017 eller senere. Hvis du mener at utlendingsmyndighetene har gjort en feil, må du fylle ut og sende inn skjemaet på UDIs nettsider.',
  source: [seed.correctionForm, udiDecidesRegistrationFrom],
};
