/**
 * Test cases for rule set 3 (the departure situation), as data: a sentence for a name, the source it tests,
 * the input as a caller sends it, and the part of the answer that must match (objects on the keys given,
 * arrays in full). Most cases use a decision of Monday 2 March 2026 with a deadline of Monday 23 March 2026,
 * assessed on the day before (22 March), the day of (23 March) and the day after (24 March) the deadline.
 * `daysLeft` counts the days still in time up to and including the deadline day: 2 the day before, 1 on the day.
 */
import type { TestCase } from '../engine/ruleset.ts';

const decided = { decisionDate: '2026-03-02' } as const;
const withDeadline = { decisionDate: '2026-03-02', departureDeadline: '2026-03-23' } as const;
const dayBefore = '2026-03-22';
const dayOf = '2026-03-23';
const dayAfter = '2026-03-24';

const code = (c: string) => ({ code: c });
const codes = (...cs: string[]) => cs.map(code);

const protectionConsequences = codes(
  'arrest-and-forced-return',
  'family-returned-together',
  'deportation-costs-debt',
  'expulsion-and-entry-ban',
  'no-right-to-work',
  'less-money-at-reception-centre',
);
const dublinConsequences = codes('arrest-and-forced-return', 'family-returned-together', 'expulsion-and-entry-ban', 'no-right-to-work');
const expelledConsequences = codes('arrest-and-forced-return', 'family-returned-together', 'deportation-costs-debt', 'expulsion-and-entry-ban');
const residenceConsequences = expelledConsequences;
const revokedConsequences = codes(
  'arrest-and-forced-return',
  'family-returned-together',
  'deportation-costs-debt',
  'expulsion-and-entry-ban',
  'no-right-to-work',
);
const beforeDeadlineOptions = codes('assisted-return', 'additional-support-before-deadline', 'no-expulsion-if-granted-before-deadline');
const afterDeadlineOptions = codes('assisted-return', 'no-additional-support-after-deadline');
const protectionDocuments = codes('documents-returned-after-voluntary-return', 'documents-handed-to-home-authorities-after-forced-return');

export const cases: readonly TestCase<unknown>[] = [
  // --- The last day to appeal ----------------------------------------------------------------------------
  {
    name: 'A rejection that reached the person on Wednesday 4 March 2026 may be appealed until Wednesday 25 March, three weeks later',
    source: 'fvl-29: "Fristen for klage er tre uker fra det tidspunkt underretning om vedtaket er kommet fram til vedkommende part."',
    input: { assessmentDate: dayBefore, decision: 'protection-rejected', ...withDeadline, notifiedOn: '2026-03-04' },
    expect: { status: 'must-leave-by', appealBy: '2026-03-25' },
  },
  // The three weeks end on a Saturday, a Sunday or a public holiday: the last day is the next working day.
  {
    name: 'A rejection that reached the person on Saturday 7 March 2026 may be appealed until Monday 30 March: three weeks end on Saturday 28 March',
    source:
      'dl-149: "Ender en frist paa en lørdag, helgedag eller dag som etter lovgivningen er likestilt med helgedag forlenges fristen til den nærmest følgende virkedag."',
    input: { assessmentDate: dayBefore, decision: 'protection-rejected', ...withDeadline, notifiedOn: '2026-03-07' },
    expect: { appealBy: '2026-03-30' },
  },
  {
    name: 'Three weeks that end on Easter Monday, 6 April 2026, run to Tuesday 7 April',
    source: 'helligdagsfredloven-2: "f) annen påskedag (første mandag etter første påskedag)"; dl-149',
    input: {
      assessmentDate: '2026-03-16',
      decision: 'protection-rejected',
      decisionDate: '2026-03-13',
      departureDeadline: '2026-04-30',
      notifiedOn: '2026-03-16',
    },
    expect: { appealBy: '2026-04-07' },
  },
  {
    name: 'Three weeks that end on Maundy Thursday, 2 April 2026, run over Good Friday, the weekend and Easter Monday to Tuesday 7 April',
    source: 'helligdagsfredloven-2: "c) skjærtorsdag (siste torsdag før første påskedag), d) langfredag (siste fredag før første påskedag)"; dl-149',
    input: { assessmentDate: '2026-03-12', decision: 'expelled', decisionDate: '2026-03-10', departureDeadline: '2026-04-30', notifiedOn: '2026-03-12' },
    expect: { appealBy: '2026-04-07' },
  },
  {
    name: 'Three weeks that end on Wednesday 17 May 2028, Constitution Day, run to Thursday 18 May',
    source: 'hoytidsdager-1: "1. og 17. mai er høgtidsdager og skal være jamstelt med søndager"; dl-149',
    input: {
      assessmentDate: '2028-04-26',
      decision: 'protection-rejected',
      decisionDate: '2028-04-24',
      departureDeadline: '2028-06-01',
      notifiedOn: '2028-04-26',
    },
    expect: { appealBy: '2028-05-18' },
  },
  {
    name: 'Three weeks that end on Friday 1 May 2026 run over the weekend to Monday 4 May',
    source: 'hoytidsdager-1: "1. og 17. mai er høgtidsdager"; dl-149',
    input: {
      assessmentDate: '2026-04-10',
      decision: 'residence-rejected',
      decisionDate: '2026-04-08',
      departureDeadline: '2026-05-29',
      notifiedOn: '2026-04-10',
    },
    expect: { appealBy: '2026-05-04' },
  },
  {
    name: 'Three weeks that end on Ascension Day, Thursday 14 May 2026, run to Friday 15 May',
    source: 'helligdagsfredloven-2: "g) Kristi Himmelfartsdag (sjette torsdag etter første påskedag)"; dl-149',
    input: {
      assessmentDate: '2026-04-23',
      decision: 'protection-rejected',
      decisionDate: '2026-04-21',
      departureDeadline: '2026-06-01',
      notifiedOn: '2026-04-23',
    },
    expect: { appealBy: '2026-05-15' },
  },
  {
    name: 'Three weeks that end on Whit Monday, 25 May 2026, run to Tuesday 26 May',
    source: 'helligdagsfredloven-2: "i) annen pinsedag (første mandag etter første pinsedag)"; dl-149',
    input: {
      assessmentDate: '2026-05-04',
      decision: 'protection-rejected',
      decisionDate: '2026-04-30',
      departureDeadline: '2026-06-15',
      notifiedOn: '2026-05-04',
    },
    expect: { appealBy: '2026-05-26' },
  },
  {
    name: 'Three weeks that end on Christmas Day, Friday 25 December 2026, run over Boxing Day and the Sunday to Monday 28 December',
    source: 'helligdagsfredloven-2: "j) første juledag (25. desember), k) annen juledag (26. desember)"; dl-149',
    input: {
      assessmentDate: '2026-12-04',
      decision: 'protection-rejected',
      decisionDate: '2026-12-02',
      departureDeadline: '2027-01-15',
      notifiedOn: '2026-12-04',
    },
    expect: { appealBy: '2026-12-28' },
  },
  {
    name: 'Three weeks that end on New Year’s Day, Friday 1 January 2027, run over the weekend to Monday 4 January',
    source: 'helligdagsfredloven-2: "b) nyttårsdag (1. januar)"; dl-149',
    input: {
      assessmentDate: '2026-12-11',
      decision: 'protection-rejected',
      decisionDate: '2026-12-09',
      departureDeadline: '2027-01-29',
      notifiedOn: '2026-12-11',
    },
    expect: { appealBy: '2027-01-04' },
  },
  {
    name: 'Christmas Eve is a working day: three weeks that end on Thursday 24 December 2026 end on that day',
    source: 'helligdagsfredloven-2: Christmas Eve is not among the holidays; dl-149',
    input: {
      assessmentDate: '2026-12-03',
      decision: 'protection-rejected',
      decisionDate: '2026-12-01',
      departureDeadline: '2027-01-15',
      notifiedOn: '2026-12-03',
    },
    expect: { appealBy: '2026-12-24' },
  },
  {
    name: 'Without the day the decision reached the person, Retur gives no last day to appeal',
    source: 'fvl-29: the time limit runs from the day the decision reached the person',
    input: { assessmentDate: dayBefore, decision: 'protection-rejected', ...withDeadline },
    expect: { appealBy: null },
  },
  {
    name: 'Once the decision has been appealed, there is no last day to appeal it',
    source: 'fvl-29: the time limit is for lodging an appeal',
    input: { assessmentDate: dayBefore, decision: 'expelled', ...withDeadline, notifiedOn: '2026-03-04', appeal: 'pending' },
    expect: { appealBy: null },
  },
  {
    name: 'A residence permit revoked by UNE, UNE’s own decision, has no last day to appeal to UNE',
    source: 'fvl-29: an appeal goes to the authority above the one that decided; UNE is the last',
    input: { assessmentDate: dayBefore, decision: 'permit-revoked', ...withDeadline, notifiedOn: '2026-03-04' },
    expect: { appealBy: null },
  },
  // --- Protection (asylum) rejected -------------------------------------------------------------------
  {
    name: 'A rejected asylum seeker assessed the day before the deadline must leave by it, with 2 days left (today and the deadline day), and can still get the additional assisted-return support',
    source:
      'seed-001: "This means that you are obliged to leave Norway by this deadline."; "You can receive additional financial assistance if you apply before the deadline for leaving has expired."',
    input: { assessmentDate: dayBefore, decision: 'protection-rejected', ...withDeadline },
    expect: {
      status: 'must-leave-by',
      deadline: '2026-03-23',
      deadlinePassed: false,
      daysLeft: 2,
      area: 'norway-and-schengen-area',
      consequences: protectionConsequences,
      options: beforeDeadlineOptions,
      entryBanNote: null,
      documents: protectionDocuments,
      nationalRegistry: null,
      reasons: [
        { rule: 'departure.status.by-deadline', key: 'rules.departure.status.by-deadline', params: { deadline: '2026-03-23' } },
        { rule: 'departure.area.schengen-after-rejection' },
      ],
    },
  },
  {
    name: 'On the deadline day itself a rejected asylum seeker is still in time: must leave by the deadline, 1 day left (today), the higher support still open',
    source: 'seed-001: "obliged to leave Norway by this deadline" (the deadline day counts as in time)',
    input: { assessmentDate: dayOf, decision: 'protection-rejected', ...withDeadline },
    expect: { status: 'must-leave-by', daysLeft: 1, deadlinePassed: false, options: beforeDeadlineOptions },
  },
  {
    name: 'The day after the deadline a rejected asylum seeker is in Norway illegally and must leave now; the additional support is gone',
    source: 'seed-002: "If you do not leave the country before the deadline, you will be considered as being in Norway illegally."',
    input: { assessmentDate: dayAfter, decision: 'protection-rejected', ...withDeadline },
    expect: {
      status: 'must-leave-now',
      deadline: '2026-03-23',
      deadlinePassed: true,
      daysLeft: null,
      consequences: protectionConsequences,
      options: afterDeadlineOptions,
      documents: protectionDocuments,
      reasons: [{ rule: 'departure.status.deadline-passed' }, { rule: 'departure.area.schengen-after-rejection' }],
    },
  },
  {
    name: 'A rejected asylum seeker given no deadline must leave now, and counts as applying for assisted return before any deadline',
    source:
      'seed-000: "You must leave Norway if you do not have any legal right to stay here."; udi.no (Iraq): "or before you are given a deadline for leaving"',
    input: { assessmentDate: '2026-03-05', decision: 'protection-rejected', ...decided },
    expect: {
      status: 'must-leave-now',
      deadline: null,
      deadlinePassed: false,
      daysLeft: null,
      options: beforeDeadlineOptions,
      reasons: [{ rule: 'departure.status.no-right-to-stay' }, { rule: 'departure.area.schengen-after-rejection' }],
    },
  },
  {
    name: 'An appeal alone, with no request for deferred implementation, does not stop the deadline: must leave by it',
    source: 'seed-001: "You can ask to remain in Norway while we consider your appeal. This is called deferred implementation."',
    input: { assessmentDate: dayOf, decision: 'protection-rejected', ...withDeadline, appeal: 'pending' },
    expect: { status: 'must-leave-by', daysLeft: 1 },
  },
  {
    name: 'A rejected asylum seeker waiting for an answer on deferred implementation the day before the deadline is told most are not allowed to remain, with 2 days left',
    source:
      'seed-001: "You will be notified whether you can remain in Norway or not while we consider your appeal. Most people are not allowed to remain in Norway."',
    input: { assessmentDate: dayBefore, decision: 'protection-rejected', ...withDeadline, appeal: 'pending', deferredImplementation: 'pending' },
    expect: {
      status: 'awaiting-answer-on-deferred-implementation',
      daysLeft: 2,
      options: beforeDeadlineOptions,
      reasons: [{ rule: 'departure.status.deferred-implementation-pending' }, { rule: 'departure.area.schengen-after-rejection' }],
    },
  },
  {
    name: 'Still waiting for an answer on deferred implementation the day after the deadline: still awaiting, with no days left counted',
    source: 'seed-001: "You will be notified whether you can remain in Norway or not while we consider your appeal."',
    input: { assessmentDate: dayAfter, decision: 'protection-rejected', ...withDeadline, appeal: 'pending', deferredImplementation: 'pending' },
    expect: { status: 'awaiting-answer-on-deferred-implementation', daysLeft: null, deadlinePassed: true, options: afterDeadlineOptions },
  },
  {
    name: 'A rejected asylum seeker allowed to remain while UNE considers the appeal may stay, even the day after the original deadline',
    source: 'seed-001: "If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision."',
    input: { assessmentDate: dayAfter, decision: 'protection-rejected', ...withDeadline, appeal: 'pending', deferredImplementation: 'granted' },
    expect: {
      status: 'may-remain-while-une-considers',
      daysLeft: null,
      consequences: protectionConsequences,
      reasons: [{ rule: 'departure.status.deferred-implementation-granted' }, { rule: 'departure.area.schengen-after-rejection' }],
    },
  },
  {
    name: 'A rejected asylum seeker refused deferred implementation must leave by the deadline in the decision, and may still apply for the support given before it',
    source:
      'seed-001: "If your asylum application has been rejected, you will also have been given a deadline for leaving Norway. This means that you are obliged to leave Norway by this deadline." ("must leave Norway immediately" is said only in the section for expulsion)',
    input: { assessmentDate: dayBefore, decision: 'protection-rejected', ...withDeadline, appeal: 'pending', deferredImplementation: 'denied' },
    expect: {
      status: 'must-leave-by',
      daysLeft: 2,
      deadlinePassed: false,
      options: beforeDeadlineOptions,
      reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.schengen-after-rejection' }],
    },
  },
  {
    name: 'A rejected asylum seeker refused deferred implementation after the deadline has passed must leave now, with no support for applying before it',
    source:
      'seed-001: "If you have received a rejection of your application for a residence permit, you must leave Norway. It means that you are not allowed to be here. If you do not leave Norway, you will be staying here illegally."',
    input: { assessmentDate: '2026-03-24', decision: 'protection-rejected', ...withDeadline, appeal: 'pending', deferredImplementation: 'denied' },
    expect: {
      status: 'must-leave-now',
      deadlinePassed: true,
      reasons: [{ rule: 'departure.status.deadline-passed' }, { rule: 'departure.area.schengen-after-rejection' }],
    },
  },
  {
    name: 'Once UNE has decided the appeal after deferred implementation was granted, the new deadline in UNE’s decision applies',
    source: 'seed-001: "If you have been allowed to remain in Norway while we consider your case, we will give you a deadline for leaving the country."',
    input: {
      assessmentDate: '2026-06-10',
      decision: 'protection-rejected',
      decisionDate: '2026-03-02',
      departureDeadline: '2026-06-30',
      appeal: 'decided',
      deferredImplementation: 'granted',
    },
    expect: { status: 'must-leave-by', daysLeft: 21 },
  },
  {
    name: 'A rejected asylum seeker who holds a residence permit in another Schengen country must leave Norway, not the Schengen area',
    source:
      'utlendingsforskriften § 17-14a: "… innebærer at utlendingen må forlate Schengenområdet, med mindre utlendingen har oppholdstillatelse eller annet grunnlag for opphold i et annet Schengenland."',
    input: { assessmentDate: dayBefore, decision: 'protection-rejected', ...withDeadline, residencePermitInOtherSchengenCountry: true },
    expect: {
      status: 'must-leave-by',
      area: 'norway',
      reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.norway-with-schengen-permit' }],
    },
  },

  // --- Dublin transfer ---------------------------------------------------------------------------------
  {
    name: 'A person with a Dublin decision and no deadline must leave now; the police transfer them, costs are not listed, and assisted return home is an option',
    source:
      'seed-001 (Dublin): "The police will arrest you and deport you to the country that will consider your asylum application."; seed-002: "people who have been given a decision about transfer…"',
    input: { assessmentDate: '2026-03-05', decision: 'dublin-transfer', ...decided },
    expect: {
      status: 'must-leave-now',
      area: 'norway',
      reasons: [{ rule: 'departure.status.no-right-to-stay' }, { rule: 'departure.area.dublin-transfer' }],
      consequences: [
        { code: 'arrest-and-forced-return', key: 'rules.departure.note.arrest-and-forced-return.dublin' },
        code('family-returned-together'),
        code('expulsion-and-entry-ban'),
        code('no-right-to-work'),
      ],
      options: [
        { code: 'assisted-return', source: [{ document: 'seed-002' }, { document: 'seed-000' }] },
        code('additional-support-before-deadline'),
        code('no-expulsion-if-granted-before-deadline'),
      ],
      documents: [],
      entryBanNote: null,
    },
  },
  {
    name: 'A person with a Dublin decision who has asked for deferred implementation waits for the answer',
    source: 'seed-001 (Dublin): "You will be notified whether you can remain in Norway or not while we consider your appeal."',
    input: { assessmentDate: '2026-03-05', decision: 'dublin-transfer', ...decided, appeal: 'pending', deferredImplementation: 'pending' },
    expect: { status: 'awaiting-answer-on-deferred-implementation', daysLeft: null, consequences: dublinConsequences },
  },
  {
    name: 'A person with a Dublin decision allowed to remain while UNE considers the appeal can stay until UNE has decided',
    source: 'seed-001: "If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision."',
    input: { assessmentDate: '2026-03-05', decision: 'dublin-transfer', ...decided, appeal: 'pending', deferredImplementation: 'granted' },
    expect: { status: 'may-remain-while-une-considers' },
  },
  {
    name: 'A person with a Dublin decision not allowed to remain while UNE considers the appeal must leave now and will be transferred by the police',
    source: 'seed-001: "What happens if you have not been allowed to remain in Norway while UNE is considering your appeal?"',
    input: { assessmentDate: '2026-03-05', decision: 'dublin-transfer', ...decided, appeal: 'pending', deferredImplementation: 'denied' },
    expect: { status: 'must-leave-now', consequences: dublinConsequences },
  },
  {
    name: 'A person with a Dublin decision and a deadline must leave by it; on the deadline day 1 day (that day) is left',
    source: 'utlendingsloven § 90 (as amended by Prop. 16 L (2015–2016)): Dublin cases may be given a shorter deadline or none',
    input: { assessmentDate: dayOf, decision: 'dublin-transfer', ...withDeadline },
    expect: { status: 'must-leave-by', daysLeft: 1, options: beforeDeadlineOptions },
  },
  {
    name: 'A residence permit in another Schengen country changes nothing for a Dublin decision: the person leaves Norway for the responsible Dublin country',
    source:
      'seed-000: "If your application for asylum is found to be a Dublin case, you will be notified that you will be transferred by the police to the Dublin country that is responsible for processing your application."',
    input: { assessmentDate: dayOf, decision: 'dublin-transfer', ...withDeadline, residencePermitInOtherSchengenCountry: true },
    expect: { status: 'must-leave-by', area: 'norway', reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.dublin-transfer' }] },
  },

  // --- Residence application rejected ----------------------------------------------------------------
  {
    name: 'A person whose residence application was rejected must leave by the deadline the day before it, with 2 days left',
    source: 'seed-001: "If you have received a rejection of your application for a residence permit, you must leave Norway."',
    input: { assessmentDate: dayBefore, decision: 'residence-rejected', ...withDeadline },
    expect: {
      status: 'must-leave-by',
      daysLeft: 2,
      consequences: [
        code('arrest-and-forced-return'),
        {
          code: 'family-returned-together',
          source: [{ quote: 'If you have a family that must also leave, the police will try to deport all of you together.' }],
        },
        code('deportation-costs-debt'),
        { code: 'expulsion-and-entry-ban', key: 'rules.departure.note.expulsion-and-entry-ban.set-period-or-permanent' },
      ],
      options: beforeDeadlineOptions,
      documents: [],
    },
  },
  {
    name: 'A person whose residence application was rejected is still in time on the deadline day',
    source: 'seed-001: "This means that you are obliged to leave Norway by this deadline."',
    input: { assessmentDate: dayOf, decision: 'residence-rejected', ...withDeadline },
    expect: { status: 'must-leave-by', daysLeft: 1 },
  },
  {
    name: 'A person whose residence application was rejected must leave Norway and the Schengen area, as after every decision that obliges a person to leave the realm',
    source:
      'utlendingsforskriften § 17-14a: "Vedtak som innebærer at en utlending må forlate riket … innebærer at utlendingen må forlate Schengenområdet"; udi.no: "Du har fått avslag på en søknad om oppholdstillatelse og fått en utreiseplikt med utreisefrist fra Schengenområdet."',
    input: { assessmentDate: dayBefore, decision: 'residence-rejected', ...withDeadline },
    expect: { area: 'norway-and-schengen-area', reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.schengen-after-rejection' }] },
  },
  {
    name: 'A person whose residence application was rejected and who holds a residence permit in another Schengen country must leave Norway, not the Schengen area',
    source: 'utlendingsforskriften § 17-14a: "… med mindre utlendingen har oppholdstillatelse eller annet grunnlag for opphold i et annet Schengenland."',
    input: { assessmentDate: dayBefore, decision: 'residence-rejected', ...withDeadline, residencePermitInOtherSchengenCountry: true },
    expect: { area: 'norway', reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.norway-with-schengen-permit' }] },
  },
  {
    name: 'A person staying without permission who holds a residence permit in another Schengen country must leave Norway, not the Schengen area',
    source: 'utlendingsforskriften § 17-14a: "… med mindre utlendingen har oppholdstillatelse eller annet grunnlag for opphold i et annet Schengenland."',
    input: { assessmentDate: dayAfter, decision: 'staying-without-permission', ...withDeadline, residencePermitInOtherSchengenCountry: true },
    expect: { status: 'must-leave-now', area: 'norway' },
  },
  {
    name: 'A person whose citizenship UNE revoked with expulsion, and who holds a residence permit in another Schengen country, must leave Norway, not the Schengen area',
    source:
      'seed-001: "You must also leave the Schengen area if you do not hold a residence permit in another Schengen country."; utlendingsforskriften § 17-14a',
    input: { assessmentDate: dayOf, decision: 'citizenship-revoked', expelled: true, ...withDeadline, residencePermitInOtherSchengenCountry: true },
    expect: { status: 'must-leave-by', area: 'norway' },
  },
  {
    name: 'A person whose residence application was rejected and who is still in Norway the day after the deadline is staying illegally and must leave now',
    source: 'seed-001: "If you do not leave Norway, you will be staying here illegally."',
    input: { assessmentDate: dayAfter, decision: 'residence-rejected', ...withDeadline },
    expect: { status: 'must-leave-now', deadlinePassed: true, consequences: residenceConsequences, options: afterDeadlineOptions },
  },
  {
    name: 'A person whose residence application was rejected, allowed to remain while UNE considers the appeal, may stay',
    source: 'seed-001: "If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision."',
    input: { assessmentDate: dayAfter, decision: 'residence-rejected', ...withDeadline, appeal: 'pending', deferredImplementation: 'granted' },
    expect: { status: 'may-remain-while-une-considers', daysLeft: null },
  },
  {
    name: 'A person whose residence application was rejected and who was refused deferred implementation must leave by the deadline in the decision; on its day 1 day is left',
    source:
      'seed-001: "If you have received a rejection of your application for a residence permit, you must leave Norway." ("must leave Norway immediately" is said only in the section for expulsion)',
    input: { assessmentDate: dayOf, decision: 'residence-rejected', ...withDeadline, appeal: 'pending', deferredImplementation: 'denied' },
    expect: {
      status: 'must-leave-by',
      daysLeft: 1,
      options: beforeDeadlineOptions,
      reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.schengen-after-rejection' }],
    },
  },
  {
    name: 'After UNE decided the appeal of a person allowed to remain meanwhile, UNE’s deadline applies: must leave by it on the day of the deadline',
    source:
      'seed-001: "If you have been allowed to remain in Norway while we consider your case, we will give you a deadline for leaving the country. This means that you are obliged to leave Norway by this deadline."',
    input: { assessmentDate: dayOf, decision: 'residence-rejected', ...withDeadline, appeal: 'decided', deferredImplementation: 'granted' },
    expect: { status: 'must-leave-by', daysLeft: 1 },
  },

  // --- Expelled ------------------------------------------------------------------------------------------
  {
    name: 'An expelled person must leave Norway and the Schengen area by the deadline; the entry ban runs from the day they leave, so they should tell the police',
    source:
      'seed-001: "If you have been expelled, you are obliged to leave Norway. You must also leave the Schengen area…"; "The prohibition on entry applies from the day you leave Norway and the Schengen area."',
    input: { assessmentDate: dayBefore, decision: 'expelled', ...withDeadline },
    expect: {
      status: 'must-leave-by',
      daysLeft: 2,
      area: 'norway-and-schengen-area',
      consequences: [
        code('arrest-and-forced-return'),
        code('family-returned-together'),
        code('deportation-costs-debt'),
        { code: 'expulsion-and-entry-ban', key: 'rules.departure.note.expulsion-and-entry-ban.expelled-again' },
      ],
      options: [],
      entryBanNote: { code: 'entry-ban-runs-from-departure' },
      documents: [],
      reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.schengen-when-expelled' }],
    },
  },
  {
    name: 'An expelled person is still in time on the deadline day',
    source: 'seed-001: "we will give you a deadline for leaving the country"',
    input: { assessmentDate: dayOf, decision: 'expelled', ...withDeadline },
    expect: { status: 'must-leave-by', daysLeft: 1, entryBanNote: { code: 'entry-ban-runs-from-departure' } },
  },
  {
    name: 'An expelled person still in Norway the day after the deadline must leave now',
    source: 'seed-002: "If you do not leave the country before the deadline, you will be considered as being in Norway illegally."',
    input: { assessmentDate: dayAfter, decision: 'expelled', ...withDeadline },
    expect: { status: 'must-leave-now', deadlinePassed: true, consequences: expelledConsequences, options: [] },
  },
  {
    name: 'An expelled person not allowed to remain while UNE considers the appeal is staying illegally and must leave immediately, even before the deadline',
    source:
      'seed-001: "If you have not been allowed to remain in Norway while UNE considers your case, you are staying here illegally and must leave Norway immediately."',
    input: { assessmentDate: dayBefore, decision: 'expelled', ...withDeadline, appeal: 'pending', deferredImplementation: 'denied' },
    expect: { status: 'must-leave-now', daysLeft: null, area: 'norway-and-schengen-area' },
  },
  {
    name: 'An expelled person who holds a residence permit in another Schengen country must leave Norway, not the Schengen area',
    source:
      'seed-001: "If you have been expelled, you are obliged to leave Norway. You must also leave the Schengen area if you do not hold a residence permit in another Schengen country."',
    input: { assessmentDate: dayBefore, decision: 'expelled', ...withDeadline, residencePermitInOtherSchengenCountry: true },
    expect: {
      status: 'must-leave-by',
      area: 'norway',
      reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.norway-with-schengen-permit' }],
    },
  },
  {
    name: 'An expelled person allowed to remain while UNE considers the appeal may stay until UNE decides',
    source: 'seed-001: "If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision."',
    input: { assessmentDate: dayAfter, decision: 'expelled', ...withDeadline, appeal: 'pending', deferredImplementation: 'granted' },
    expect: { status: 'may-remain-while-une-considers', entryBanNote: { code: 'entry-ban-runs-from-departure' } },
  },
  {
    name: 'An expelled person waiting for an answer on deferred implementation on the deadline day has 1 day left',
    source: 'seed-001: "You will be notified whether you can remain in Norway or not while we consider your appeal."',
    input: { assessmentDate: dayOf, decision: 'expelled', ...withDeadline, appeal: 'pending', deferredImplementation: 'pending' },
    expect: { status: 'awaiting-answer-on-deferred-implementation', daysLeft: 1 },
  },
  {
    name: 'An expelled person allowed to remain until UNE decided is given a deadline in UNE’s decision and must leave by it',
    source:
      'seed-001: "If you have been allowed to remain in Norway while we consider your case, we will give you a deadline for leaving the country. The deadline is written on the first page of the decision."',
    input: { assessmentDate: dayBefore, decision: 'expelled', ...withDeadline, appeal: 'decided', deferredImplementation: 'granted' },
    expect: { status: 'must-leave-by', daysLeft: 2 },
  },
  {
    name: 'An expelled person with a Norwegian personal identity number is registered as moved and may use UDI’s correction form',
    source:
      'seed-001: "If you have previously held a residence permit in Norway and therefore have a Norwegian personal identity number, you will be registered as moved from Norway in the National Registry."',
    input: { assessmentDate: dayBefore, decision: 'expelled', ...withDeadline, hasNorwegianIdNumber: true },
    expect: {
      nationalRegistry: { registeredAsMovedOn: null, correctionForm: true, notes: codes('registered-as-moved', 'registration-correction-form') },
    },
  },

  // --- Permit or citizenship revoked ---------------------------------------------------------------------
  {
    name: 'A person whose permit UNE revoked with expulsion must leave Norway and the Schengen area by UNE’s deadline; 2 days left the day before',
    source:
      'seed-001: "You are then obliged to leave by the deadline stipulated by UNE. You must also leave the Schengen area if you do not hold a residence permit in another Schengen country."',
    input: { assessmentDate: dayBefore, decision: 'permit-revoked', expelled: true, ...withDeadline },
    expect: {
      status: 'must-leave-by',
      daysLeft: 2,
      area: 'norway-and-schengen-area',
      consequences: revokedConsequences,
      options: [],
      entryBanNote: { code: 'entry-ban-runs-from-departure' },
      nationalRegistry: null,
    },
  },
  {
    name: 'A person whose citizenship UNE revoked with expulsion is still in time on the deadline day',
    source: 'seed-001: "The same applies if UNE has revoked your Norwegian citizenship and you have been expelled."',
    input: { assessmentDate: dayOf, decision: 'citizenship-revoked', expelled: true, ...withDeadline },
    expect: { status: 'must-leave-by', daysLeft: 1, area: 'norway-and-schengen-area', entryBanNote: { code: 'entry-ban-runs-from-departure' } },
  },
  {
    name: 'A person whose permit UNE revoked with expulsion must leave now the day after the deadline',
    source: 'seed-001: "What happens if you do not leave Norway by the deadline?"',
    input: { assessmentDate: dayAfter, decision: 'permit-revoked', expelled: true, ...withDeadline },
    expect: { status: 'must-leave-now', consequences: revokedConsequences },
  },
  {
    name: 'A person whose permit UNE revoked without expulsion but with a deadline must usually leave Norway and the Schengen area by it',
    source:
      'seed-001: "you are usually obliged to leave Norway and the Schengen area"; "If you are obliged to leave, UNE has also given you a deadline for leaving."',
    input: { assessmentDate: dayBefore, decision: 'permit-revoked', ...withDeadline },
    expect: {
      status: 'must-leave-by',
      daysLeft: 2,
      area: 'norway-and-schengen-area',
      entryBanNote: null,
      reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.schengen-when-revoked' }],
    },
  },
  {
    name: 'A person whose permit UNE revoked without expulsion, who holds a residence permit in another Schengen country, must leave Norway but not the Schengen area',
    source:
      'utlendingsforskriften § 17-14a: "Vedtak som innebærer at en utlending må forlate riket … innebærer at utlendingen må forlate Schengenområdet, med mindre utlendingen har oppholdstillatelse eller annet grunnlag for opphold i et annet Schengenland."',
    input: { assessmentDate: dayBefore, decision: 'permit-revoked', ...withDeadline, residencePermitInOtherSchengenCountry: true },
    expect: {
      status: 'must-leave-by',
      area: 'norway',
      reasons: [{ rule: 'departure.status.by-deadline' }, { rule: 'departure.area.norway-with-schengen-permit' }],
    },
  },
  {
    name: 'A person whose permit UNE revoked without expulsion and without a deadline is not obliged to leave: no consequences, no area, no registry note',
    source:
      'seed-001: "UNE\'s decision will state whether you are obliged to leave or not. If you are obliged to leave, UNE has also given you a deadline for leaving."',
    input: { assessmentDate: '2026-03-05', decision: 'permit-revoked', ...decided, hasNorwegianIdNumber: true },
    expect: {
      status: 'not-obliged-to-leave',
      daysLeft: null,
      area: null,
      consequences: [],
      options: [],
      entryBanNote: null,
      nationalRegistry: null,
      reasons: [{ rule: 'departure.status.revoked-no-deadline' }],
    },
  },
  {
    name: 'A person whose citizenship UNE revoked without expulsion and without a deadline is not obliged to leave',
    source: 'seed-001: "The same applies if UNE has revoked your Norwegian citizenship and you have not been granted a new residence permit in Norway."',
    input: { assessmentDate: '2026-03-05', decision: 'citizenship-revoked', ...decided },
    expect: { status: 'not-obliged-to-leave' },
  },
  {
    name: 'A person whose permit UNE revoked with expulsion but who was given no deadline must leave now',
    source: 'seed-000: "You must leave Norway if you do not have any legal right to stay here."',
    input: { assessmentDate: '2026-03-05', decision: 'permit-revoked', expelled: true, ...decided },
    expect: { status: 'must-leave-now', reasons: [{ rule: 'departure.status.no-right-to-stay' }, { rule: 'departure.area.schengen-when-expelled' }] },
  },
  {
    name: 'A person whose permit was revoked, with a new application under consideration, may be entitled to remain even the day after the deadline',
    source: 'seed-001: "you may be entitled to remain in Norway while the new application is being considered"',
    input: { assessmentDate: dayAfter, decision: 'permit-revoked', newApplicationPending: true, ...withDeadline },
    expect: {
      status: 'may-remain-while-new-application-considered',
      daysLeft: null,
      area: 'norway-and-schengen-area',
      reasons: [{ rule: 'departure.status.new-application-pending' }, { rule: 'departure.area.schengen-when-revoked' }],
    },
  },
  {
    name: 'A person whose citizenship was revoked, with expulsion and a new application under consideration, may be entitled to remain; the entry-ban note still applies',
    source: 'seed-001: "The same applies if UNE has revoked your citizenship. See UNE\'s decision for more information about what applies to you."',
    input: { assessmentDate: dayBefore, decision: 'citizenship-revoked', expelled: true, newApplicationPending: true, ...withDeadline },
    expect: { status: 'may-remain-while-new-application-considered', daysLeft: null, entryBanNote: { code: 'entry-ban-runs-from-departure' } },
  },
  {
    name: 'A new application pending with no deadline and no expulsion: may be entitled to remain (the exception sets aside "not obliged")',
    source: 'seed-001: "If UNE has revoked your residence permits and you have a new application for a residence permit under consideration…"',
    input: { assessmentDate: '2026-03-05', decision: 'permit-revoked', newApplicationPending: true, ...decided },
    expect: { status: 'may-remain-while-new-application-considered', area: 'norway-and-schengen-area' },
  },

  // --- The National Registry: registrations from 1 October 2017 ------------------------------------------
  {
    name: 'A person registered as moved on 30 September 2017 is told about the registration but not the correction form',
    source:
      'seed-001: "If you were registered as moved in the National Registry after 1 October 2017…"; udi.no: "Fra og med 1. oktober 2017 er det UDI og UNE som bestemmer dette."',
    input: {
      assessmentDate: '2017-10-20',
      decision: 'permit-revoked',
      expelled: true,
      decisionDate: '2017-09-01',
      departureDeadline: '2017-09-22',
      hasNorwegianIdNumber: true,
      registeredAsMovedOn: '2017-09-30',
    },
    expect: {
      status: 'must-leave-now',
      nationalRegistry: { registeredAsMovedOn: '2017-09-30', correctionForm: false, notes: codes('registered-as-moved') },
    },
  },
  {
    name: 'A person registered as moved on 1 October 2017 may use UDI’s correction form',
    source: 'udi.no: "Fra og med 1. oktober 2017 er det UDI og UNE som bestemmer dette." (from and including that day)',
    input: {
      assessmentDate: '2017-10-20',
      decision: 'permit-revoked',
      expelled: true,
      decisionDate: '2017-09-01',
      departureDeadline: '2017-09-22',
      hasNorwegianIdNumber: true,
      registeredAsMovedOn: '2017-10-01',
    },
    expect: {
      nationalRegistry: { registeredAsMovedOn: '2017-10-01', correctionForm: true, notes: codes('registered-as-moved', 'registration-correction-form') },
    },
  },
  {
    name: 'A person not yet registered as moved, assessed on 30 September 2017, is told about the registration but not the correction form',
    source: 'udi.no: "Fra og med 1. oktober 2017 er det UDI og UNE som bestemmer dette."',
    input: {
      assessmentDate: '2017-09-30',
      decision: 'residence-rejected',
      decisionDate: '2017-09-01',
      departureDeadline: '2017-09-29',
      hasNorwegianIdNumber: true,
    },
    expect: { status: 'must-leave-now', nationalRegistry: { registeredAsMovedOn: null, correctionForm: false } },
  },
  {
    name: 'A person not yet registered as moved, assessed on 1 October 2017, is told about the correction form',
    source: 'seed-001: "If you were registered as moved in the National Registry after 1 October 2017…"',
    input: {
      assessmentDate: '2017-10-01',
      decision: 'residence-rejected',
      decisionDate: '2017-09-01',
      departureDeadline: '2017-09-29',
      hasNorwegianIdNumber: true,
    },
    expect: { nationalRegistry: { registeredAsMovedOn: null, correctionForm: true } },
  },

  // --- Staying without permission --------------------------------------------------------------------------
  {
    name: 'A person staying without permission after an earlier deadline must leave immediately; the additional support is gone',
    source:
      'seed-001: "If you were staying in Norway without permission, you must leave immediately. That means that you have previously been given a deadline for leaving the country…"',
    input: { assessmentDate: dayAfter, decision: 'staying-without-permission', ...withDeadline },
    expect: {
      status: 'must-leave-now',
      deadlinePassed: true,
      consequences: residenceConsequences,
      options: afterDeadlineOptions,
      reasons: [{ rule: 'departure.status.staying-without-permission' }, { rule: 'departure.area.schengen-after-rejection' }],
    },
  },
  {
    name: 'A person staying without permission whose earlier deadline is not given must leave immediately, and is not treated as applying before a deadline',
    source: 'seed-001: "That means that you have previously been given a deadline for leaving the country, and that you are still obliged to leave Norway."',
    input: { assessmentDate: '2026-03-05', decision: 'staying-without-permission', ...decided },
    expect: { status: 'must-leave-now', deadline: null, options: afterDeadlineOptions },
  },

  // --- Calendar boundaries -----------------------------------------------------------------------------------
  {
    name: 'A deadline of 29 February 2028 leaves 2 days on 28 February (28 and 29 February)',
    source: 'Retur: dates are calendar days; the deadline day is still in time',
    input: { assessmentDate: '2028-02-28', decision: 'protection-rejected', decisionDate: '2028-02-07', departureDeadline: '2028-02-29' },
    expect: { status: 'must-leave-by', daysLeft: 2 },
  },
  {
    name: 'A deadline of 29 February 2028 has passed on 1 March 2028',
    source: 'Retur: dates are calendar days',
    input: { assessmentDate: '2028-03-01', decision: 'protection-rejected', decisionDate: '2028-02-07', departureDeadline: '2028-02-29' },
    expect: { status: 'must-leave-now', deadlinePassed: true },
  },
  {
    name: 'Across the new year, a deadline of 1 January 2027 leaves 2 days on 31 December 2026',
    source: 'Retur: dates are calendar days',
    input: { assessmentDate: '2026-12-31', decision: 'residence-rejected', decisionDate: '2026-12-10', departureDeadline: '2027-01-01' },
    expect: { status: 'must-leave-by', daysLeft: 2 },
  },
  {
    name: 'A deadline on the decision day itself, assessed that day, leaves 1 day (that day)',
    source: 'Retur: the deadline day is still in time',
    input: { assessmentDate: '2026-03-02', decision: 'expelled', decisionDate: '2026-03-02', departureDeadline: '2026-03-02' },
    expect: { status: 'must-leave-by', daysLeft: 1 },
  },

  // --- Refused input -------------------------------------------------------------------------------------------
  {
    name: 'A deadline before the decision date is refused',
    source: 'Retur: cross-field checks refuse impossible dates',
    input: { assessmentDate: dayOf, decision: 'protection-rejected', decisionDate: '2026-03-02', departureDeadline: '2026-03-01' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An assessment before the decision date is refused',
    source: 'Retur: cross-field checks refuse impossible dates',
    input: { assessmentDate: '2026-03-01', decision: 'protection-rejected', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'The expelled flag on a decision other than a revocation is refused',
    source: 'seed-001: the revoked-permit sections distinguish "and you have been expelled"',
    input: { assessmentDate: dayOf, decision: 'protection-rejected', expelled: true, ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A new application pending on a decision other than a revocation is refused',
    source: 'seed-001: the revoked-permit sections distinguish "you have a new application for a residence permit under consideration"',
    input: { assessmentDate: dayOf, decision: 'expelled', newApplicationPending: true, ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'Deferred implementation without an appeal is refused',
    source: 'seed-001: "You can ask to remain in Norway while we consider your appeal."',
    input: { assessmentDate: dayOf, decision: 'dublin-transfer', deferredImplementation: 'granted', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A pending request for deferred implementation after UNE has decided the appeal is refused',
    source: 'seed-001: "If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision."',
    input: { assessmentDate: dayOf, decision: 'expelled', appeal: 'decided', deferredImplementation: 'pending', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An appeal pending against UNE’s own revocation is refused',
    source: 'seed-001: "If UNE has revoked your residence permit/citizenship…"',
    input: { assessmentDate: dayOf, decision: 'permit-revoked', appeal: 'pending', deferredImplementation: 'pending', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An appeal for a person staying without permission is refused',
    source: 'seed-001: "If you were staying in Norway without permission, you must leave immediately."',
    input: { assessmentDate: dayAfter, decision: 'staying-without-permission', appeal: 'pending', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'Staying without permission with a deadline that has not passed is refused',
    source: 'seed-001: "That means that you have previously been given a deadline for leaving the country"',
    input: { assessmentDate: dayOf, decision: 'staying-without-permission', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A registration as moved without a Norwegian personal identity number is refused',
    source: 'seed-001: "…and therefore have a Norwegian personal identity number, you will be registered as moved"',
    input: { assessmentDate: dayOf, decision: 'expelled', registeredAsMovedOn: '2026-03-10', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A registration as moved after the assessment date is refused',
    source: 'Retur: cross-field checks refuse impossible dates',
    input: { assessmentDate: dayOf, decision: 'expelled', hasNorwegianIdNumber: true, registeredAsMovedOn: '2026-03-24', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An unknown kind of decision is refused',
    source: 'Retur: every input is parsed by one schema',
    input: { assessmentDate: dayOf, decision: 'asylum-rejected', ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A missing decision is refused',
    source: 'Retur: every input is parsed by one schema',
    input: { assessmentDate: dayOf, ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An unknown field is refused',
    source: 'Retur: every input is parsed by one schema; unknown fields are an error',
    input: { assessmentDate: dayOf, decision: 'expelled', inNorway: true, ...withDeadline },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A deadline that is not in the calendar is refused',
    source: 'Retur: dates are calendar dates',
    input: { assessmentDate: dayOf, decision: 'expelled', decisionDate: '2026-02-02', departureDeadline: '2026-02-29' },
    expectError: 'REQUEST_INVALID',
  },
];
