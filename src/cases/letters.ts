/**
 * Decision letters: what the processes record, told to the person as a letter. Built from the case as the
 * reader's role sees it (access.ts, `viewFor`), so a letter can hold nothing that view hides; and a letter never
 * reads the forced-return process at all, so a planned forced return cannot appear in one, whoever reads it.
 *
 * A letter holds no words: every sentence is a message key with its parameters (the `letter` namespace of
 * src/i18n, or the `rules` namespace for what a rule set said), as the rules' answers are; the page puts it
 * into the person's language and into Norwegian. Dates are ISO dates, amounts are whole kroner, countries are
 * ISO codes: the catalogue's formats make them words.
 *
 * The kinds, and when each exists:
 * - `assisted-return-granted`: UDI granted the application, or UNE reversed UDI's refusal on appeal;
 * - `assisted-return-refused`: UDI refused the application (the appeal to UNE, from the day the refusal reached
 *   the person with the last day to appeal when UDI has recorded it, and the appeal's outcome when decided);
 * - `departure-deadline`: the decision that the household must leave and the deadline now in force, with what
 *   the departure-situation rules say follows from it on the day it was given (none after UNE reversed it);
 * - `entry-ban`: the entry bans of an expulsion, once recorded (their period is the re-entry rules' answer);
 * - `appeal-decision`: UNE's decision on the appeal against the decision that the household must leave;
 * - `deferral-decision`: the answer to the request to remain in Norway while UNE considers the appeal.
 */
import { cite } from '../rules/sources.ts';
import type { Source } from '../rules/engine/source.ts';
import { appealDeadline, evaluateDepartureSituation, departureSituationInput } from '../rules/departure/situation.ts';
import { reasonSchema } from '../rules/engine/output.ts';
import { supportOutput } from '../rules/assisted-return/support.ts';
import { z } from 'zod';
import { currentDeadline, type CaseDoc, type Person } from './model.ts';
import { departureFacts } from './processes/forced-return.ts';
import { isExpulsion } from './processes/entry-bans.ts';

export const letterKinds = [
  'assisted-return-granted',
  'assisted-return-refused',
  'departure-deadline',
  'entry-ban',
  'appeal-decision',
  'deferral-decision',
] as const;
export type LetterKind = (typeof letterKinds)[number];

export const isLetterKind = (value: string): value is LetterKind => (letterKinds as readonly string[]).includes(value);

/** A sentence of a letter: a full message key (`letter.…` or `rules.…`) and its parameters. */
export interface LetterText {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** Placeholders whose text is a message of its own (a support line's rule), put into words first. */
  readonly nested?: Readonly<Record<string, LetterText>>;
}

export interface LetterSection {
  /** What the section is: its heading is `letter.section.<id>`. */
  readonly id: 'decision' | 'reasons' | 'rules' | 'support' | 'next' | 'consequences' | 'appeal' | 'contact';
  readonly paragraphs: readonly LetterText[];
  /** Words a caseworker wrote (the reasons of a decision), shown as written, in whatever language they are. */
  readonly written?: string;
  /** Lines shown as a list after the paragraphs (the support's lines, the rules' reasons). */
  readonly list?: readonly LetterText[];
}

export type Authority = 'udi' | 'une' | 'police';

export interface Letter {
  readonly kind: LetterKind;
  /** Who made the decision the letter tells. */
  readonly authority: Authority;
  /** The date of that decision (YYYY-MM-DD). */
  readonly date: string;
  readonly reference: string;
  readonly udiCaseNumber?: string;
  /** Whom it is addressed to: the main applicant, or the first adult of the household. */
  readonly recipient: Pick<Person, 'name' | 'dateOfBirth' | 'preferredLanguage'>;
  /** Everyone the decision concerns. */
  readonly concerns: readonly Pick<Person, 'name' | 'dateOfBirth'>[];
  readonly title: LetterText;
  readonly sections: readonly LetterSection[];
  /** The sentences of the public sources the letter rests on, word for word. */
  readonly sources: readonly Source[];
}

/** A value a message selects on: ICU's selectors take no hyphen (`protection-rejected` is `protectionRejected`). */
const selector = (value: string): string => value.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

const text = (key: string, params: Readonly<Record<string, string | number>> = {}): LetterText => ({ key: `letter.${key}`, params });

const uniqueSources = (sources: readonly Source[]): Source[] => {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const id = `${s.document}\u0000${s.quote}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
};

/** The sentences each kind rests on (seed quotes, checked word for word against docs/sources/ by the tests). */
const seedSources = {
  assistedReturn: cite('seed-000', 'UDI processes the application for assisted return, while IOM provide practical assistance for the journey.'),
  deadline: cite('seed-001', 'This means that you are obliged to leave Norway by this deadline.'),
  deferral: cite('seed-001', 'You can ask to remain in Norway while we consider your appeal. This is called deferred implementation.'),
  deferralGranted: cite('seed-001', 'If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision.'),
  deferralDenied: cite(
    'seed-001',
    'If you have not been allowed to remain in Norway while UNE considers your case, you are staying here illegally and must leave Norway immediately.',
  ),
  newDeadline: cite(
    'seed-001',
    'If you have been allowed to remain in Norway while we consider your case, we will give you a deadline for leaving the country.',
  ),
  entryBan: cite('seed-000', 'You will not be allowed to re-enter the country for as long as the entry ban is in force.'),
  entryBanSchengen: cite('seed-000', 'An entry ban will often apply to the whole Schengen area. Breach of an entry ban is a criminal offence.'),
  entryBanFrom: cite('seed-001', 'The prohibition on entry applies from the day you leave Norway and the Schengen area.'),
  debt: cite('seed-001', 'If you are returned by the police, you cannot come back to Norway until you have paid the costs of your deportation.'),
} as const;

/** The main applicant: the first adult, or the first person of the household. */
function recipientOf(doc: CaseDoc): Person {
  const person = doc.household.find((p) => p.role === 'adult') ?? doc.household[0];
  if (!person) throw new Error(`Case ${doc.id} has no household`);
  return person;
}

/** Who to contact about a letter of this authority, and the reference to give. */
function contact(doc: CaseDoc, authority: Authority | 'iom'): LetterSection {
  return { id: 'contact', paragraphs: [text(`contact.${authority}`), text('contact.reference', { reference: doc.reference }), text('contact.help')] };
}

/** How to appeal a first-instance decision to UNE (forvaltningsloven §§ 28, 29 and 32), and whether one was lodged. */
function appealToUne(decidedBy: 'udi' | 'police', lodgedOn: string | undefined, notifiedOn: string | null, appealBy: string | null = null): LetterSection {
  return {
    id: 'appeal',
    paragraphs: [
      text('appeal.howTo', { authority: decidedBy }),
      notifiedOn === null ? text('appeal.within') : text('appeal.withinFrom', { notified: notifiedOn }),
      // The last day as the departure-situation rules work it out from the day the decision reached the person.
      ...(appealBy === null ? [] : [text('appeal.lastDay', { lastDay: appealBy })]),
      text('appeal.content'),
      ...(lodgedOn === undefined ? [] : [text('appeal.lodged', { lodged: lodgedOn })]),
    ],
  };
}

const reasonsOf = (answer: Readonly<Record<string, unknown>> | undefined) =>
  z
    .array(reasonSchema)
    .catch([])
    .parse(answer?.['reasons'] ?? []);

function base(doc: CaseDoc, kind: LetterKind, authority: Authority, date: string, sections: readonly LetterSection[], sources: readonly Source[]): Letter {
  const recipient = recipientOf(doc);
  return {
    kind,
    authority,
    date,
    reference: doc.reference,
    ...(recipient.udiCaseNumber === undefined ? {} : { udiCaseNumber: recipient.udiCaseNumber }),
    recipient: {
      name: recipient.name,
      dateOfBirth: recipient.dateOfBirth,
      ...(recipient.preferredLanguage === undefined ? {} : { preferredLanguage: recipient.preferredLanguage }),
    },
    concerns: doc.household.map((p) => ({ name: p.name, dateOfBirth: p.dateOfBirth })),
    title: text(`title.${kind}`),
    sections,
    sources: uniqueSources(sources),
  };
}

function deadlineParagraph(doc: CaseDoc): LetterText {
  const deadline = currentDeadline(doc);
  return deadline === null ? text('deadline.leaveNow') : text('deadline.by', { deadline });
}

function assistedReturnGranted(doc: CaseDoc): Letter | null {
  const a = doc.assistedReturn;
  const byUne = a.appeal?.outcome === 'reversed' && a.appeal.decidedOn !== undefined;
  if (a.decision?.outcome !== 'granted' && !byUne) return null;
  if (a.status === 'withdrawn') return null;
  const date = byUne ? a.appeal!.decidedOn! : a.decision!.on;
  const support = supportOutput.pick({ total: true, lines: true }).safeParse(a.support?.answer);
  const sections: LetterSection[] = [
    {
      id: 'decision',
      paragraphs: [
        byUne
          ? text('granted.byUne', { applied: a.appliedOn ?? date, refused: a.decision?.on ?? date })
          : text('granted.byUdi', { applied: a.appliedOn ?? date }),
        ...(a.destination ? [text('granted.destination', { country: a.destination })] : []),
      ],
    },
    ...(support.success
      ? [
          {
            id: 'support',
            paragraphs: [text('granted.support', { amount: support.data.total, applied: a.appliedOn ?? date })],
            list: support.data.lines.map((line) => ({
              ...text('granted.supportLine', { amount: line.amount, age: line.age }),
              nested: { what: { key: line.label.key, params: line.label.params } },
            })),
          } satisfies LetterSection,
        ]
      : []),
    {
      id: 'next',
      paragraphs: [
        text('granted.iom'),
        ...(a.travel ? [text('granted.travel', { travel: a.travel.travelDate })] : []),
        deadlineParagraph(doc),
        text('granted.withdraw'),
      ],
    },
    contact(doc, 'iom'),
  ];
  const sources = [seedSources.assistedReturn, ...reasonsOf(a.support?.answer).flatMap((r) => r.source)];
  return base(doc, 'assisted-return-granted', byUne ? 'une' : 'udi', date, sections, sources);
}

function assistedReturnRefused(doc: CaseDoc): Letter | null {
  const a = doc.assistedReturn;
  if (a.decision?.outcome !== 'rejected') return null;
  const reasons = reasonsOf(a.eligibility?.answer);
  const appealDecided = a.appeal?.decidedOn !== undefined && a.appeal.outcome !== undefined;
  const sections: LetterSection[] = [
    { id: 'decision', paragraphs: [text('refused.byUdi', { applied: a.appliedOn ?? a.decision.on })] },
    { id: 'reasons', paragraphs: [text('refused.reasons')], written: a.decision.reasons },
    ...(reasons.length === 0
      ? []
      : [
          {
            id: 'rules',
            paragraphs: [text('refused.rules', { applied: a.appliedOn ?? a.decision.on })],
            list: reasons.map((r) => ({ key: r.key, params: r.params })),
          } satisfies LetterSection,
        ]),
    { id: 'next', paragraphs: [deadlineParagraph(doc)] },
    appealDecided
      ? { id: 'appeal', paragraphs: [text('refused.appealDecided', { decided: a.appeal!.decidedOn!, outcome: a.appeal!.outcome! })] }
      : // From the day the rejection reached the person, when UDI recorded it: the last day as the rules reckon it.
        appealToUne(
          'udi',
          a.appeal?.lodgedOn,
          a.decision.notifiedOn ?? null,
          a.decision.notifiedOn === undefined ? null : appealDeadline(a.decision.notifiedOn),
        ),
    contact(doc, 'udi'),
  ];
  return base(doc, 'assisted-return-refused', 'udi', a.decision.on, sections, [seedSources.assistedReturn, ...reasons.flatMap((r) => r.source)]);
}

/** The decision that the household must leave, told as of the day the deadline now in force was given. */
function departureDeadline(doc: CaseDoc): Letter | null {
  if (doc.appeal.status === 'reversed') return null;
  const newDeadline = doc.appeal.status === 'upheld' && doc.appeal.newDeadline !== undefined && doc.appeal.decidedOn !== undefined;
  const authority: Authority = newDeadline ? 'une' : doc.decision.authority;
  const date = newDeadline ? doc.appeal.decidedOn! : doc.decision.date;
  // The situation as it was when the deadline was given: before any appeal of the decision, or as UNE left it.
  const asGiven: CaseDoc = newDeadline ? doc : { ...doc, appeal: { status: 'none' }, deferral: { status: 'none' } };
  const facts = departureSituationInput.safeParse(departureFacts(asGiven, date));
  const situation = facts.success ? evaluateDepartureSituation(facts.data, { trace: false }) : null;
  const rulesText = (m: { key: string; params: Readonly<Record<string, string | number>> }): LetterText => ({ key: m.key, params: m.params });
  const mayAppeal = doc.decision.authority !== 'une' && doc.decision.kind !== 'staying-without-permission' && doc.appeal.status !== 'upheld';
  const decidedBy = doc.decision.authority === 'police' ? 'police' : 'udi';
  const sections: LetterSection[] = [
    {
      id: 'decision',
      paragraphs: [
        text('deadline.decision', { authority: doc.decision.authority, decided: doc.decision.date, kind: selector(doc.decision.kind) }),
        ...(doc.decision.kind === 'dublin-transfer' && doc.decision.receivingCountry
          ? [text('deadline.dublin', { country: doc.decision.receivingCountry })]
          : []),
        ...(isExpulsion(doc) ? [text('deadline.expelled')] : []),
        ...(newDeadline ? [text('deadline.upheld', { decided: date })] : []),
        deadlineParagraph(asGiven),
        ...(situation ? situation.reasons.map(rulesText) : []),
      ],
    },
    ...(situation && situation.consequences.length > 0
      ? [
          {
            id: 'consequences',
            paragraphs: [{ key: 'rules.departure.consequences', params: {} }],
            list: situation.consequences.map(rulesText),
          } satisfies LetterSection,
        ]
      : []),
    ...(situation && (situation.options.length > 0 || situation.entryBanNote)
      ? [{ id: 'next', paragraphs: [...situation.options, ...(situation.entryBanNote ? [situation.entryBanNote] : [])].map(rulesText) } satisfies LetterSection]
      : []),
    ...(mayAppeal ? [appealToUne(decidedBy, doc.appeal.registeredOn, doc.decision.notifiedOn, situation?.appealBy ?? null)] : []),
    contact(doc, authority),
  ];
  const sources = [
    seedSources.deadline,
    ...(situation
      ? [
          ...situation.reasons.flatMap((r) => r.source),
          ...situation.consequences.flatMap((n) => n.source),
          ...situation.options.flatMap((n) => n.source),
          ...(situation.entryBanNote?.source ?? []),
        ]
      : []),
  ];
  return base(doc, 'departure-deadline', authority, date, sections, sources);
}

function entryBan(doc: CaseDoc): Letter | null {
  if (doc.entryBans.length === 0) return null;
  const first = doc.entryBans[0]!;
  const bans = doc.entryBans.map((ban) =>
    text('ban.row', {
      length: ban.length === 'permanent' ? 'permanent' : 'years',
      years: ban.length === 'permanent' ? 0 : ban.length,
      scope: ban.scope,
      decided: ban.decisionDate,
    }),
  );
  const periods = doc.entryBans.map((ban) =>
    ban.from === null
      ? text('ban.fromDeparture')
      : ban.until === null
        ? text('ban.fromPermanent', { from: ban.from })
        : text('ban.period', { from: ban.from, until: ban.until }),
  );
  const sections: LetterSection[] = [
    { id: 'decision', paragraphs: [text('ban.decision', { authority: doc.decision.authority, decided: first.decisionDate })], list: bans },
    { id: 'next', paragraphs: [...periods, text('ban.meaning'), ...(doc.debt.balance > 0 ? [text('ban.debt', { amount: doc.debt.balance })] : [])] },
    contact(doc, 'police'),
  ];
  return base(doc, 'entry-ban', doc.decision.authority, first.decisionDate, sections, [
    seedSources.entryBan,
    seedSources.entryBanSchengen,
    seedSources.entryBanFrom,
    ...(doc.debt.balance > 0 ? [seedSources.debt] : []),
  ]);
}

function appealDecision(doc: CaseDoc): Letter | null {
  const appeal = doc.appeal;
  if ((appeal.status !== 'upheld' && appeal.status !== 'reversed') || appeal.decidedOn === undefined) return null;
  const paragraphs: LetterText[] = [
    text('appeal.decision', {
      outcome: appeal.status,
      decided: doc.decision.date,
      authority: doc.decision.authority,
      lodged: appeal.registeredOn ?? appeal.decidedOn,
    }),
  ];
  if (appeal.status === 'upheld') {
    paragraphs.push(
      appeal.newDeadline === undefined
        ? deadlineParagraph(doc)
        : appeal.newDeadline === null
          ? text('deadline.leaveNow')
          : text('appeal.newDeadline', { deadline: appeal.newDeadline }),
    );
  }
  const sections: LetterSection[] = [
    { id: 'decision', paragraphs },
    { id: 'reasons', paragraphs: [text('appeal.reasons')], written: appeal.reasons ?? '' },
    { id: 'appeal', paragraphs: [text('appeal.final')] },
    contact(doc, 'une'),
  ];
  return base(doc, 'appeal-decision', 'une', appeal.decidedOn, sections, appeal.status === 'upheld' ? [seedSources.newDeadline] : []);
}

function deferralDecision(doc: CaseDoc): Letter | null {
  const deferral = doc.deferral;
  if ((deferral.status !== 'granted' && deferral.status !== 'denied') || deferral.decidedOn === undefined) return null;
  const by: Authority = deferral.decidedBy ?? 'une';
  const sections: LetterSection[] = [
    {
      id: 'decision',
      paragraphs: [
        text('deferral.decision', { outcome: deferral.status, authority: by, requested: deferral.requestedOn ?? deferral.decidedOn }),
        text(deferral.status === 'granted' ? 'deferral.granted' : 'deferral.denied'),
      ],
    },
    ...(deferral.reasons ? [{ id: 'reasons', paragraphs: [text('deferral.reasons')], written: deferral.reasons } satisfies LetterSection] : []),
    contact(doc, by),
  ];
  return base(doc, 'deferral-decision', by, deferral.decidedOn, sections, [
    seedSources.deferral,
    deferral.status === 'granted' ? seedSources.deferralGranted : seedSources.deferralDenied,
  ]);
}

const builders: Record<LetterKind, (doc: CaseDoc) => Letter | null> = {
  'assisted-return-granted': assistedReturnGranted,
  'assisted-return-refused': assistedReturnRefused,
  'departure-deadline': departureDeadline,
  'entry-ban': entryBan,
  'appeal-decision': appealDecision,
  'deferral-decision': deferralDecision,
};

/** The letter of a kind for a case as the reader sees it, or null when the case has no such decision (yet). */
export function letterFor(view: CaseDoc, kind: LetterKind): Letter | null {
  return builders[kind](view);
}

/** Every letter a case (as the reader sees it) has, in the order of `letterKinds`. */
export function lettersFor(view: CaseDoc): Letter[] {
  return letterKinds.flatMap((kind) => letterFor(view, kind) ?? []);
}
