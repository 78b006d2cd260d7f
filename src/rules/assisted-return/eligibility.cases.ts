/**
 * Test cases for rule set 1 (assisted-return eligibility), as data: a sentence for a name, the source it tests,
 * the input as a caller sends it, and the part of the answer that must match. `reasons` are matched in full
 * (every rule that applied, in order: groups, exclusions, outcome), so each case also pins down the story told.
 * They run in src/rules/cases.test.ts and, through the HTTP API, in test/api-rules.test.ts.
 */
import type { TestCase } from '../engine/ruleset.ts';

const group = (id: string) => ({ rule: `assisted-return.eligibility.group.${id}` });
const exclusion = (id: string) => ({ rule: `assisted-return.eligibility.exclusion.${id}` });
const exception = (id: string) => ({ rule: `assisted-return.eligibility.exception.${id}` });
const outcome = (id: 'cannot-apply' | 'may-apply' | 'normally-excluded') => ({ rule: `assisted-return.eligibility.${id}` });

const MAY_APPLY = outcome('may-apply');
const NORMALLY_EXCLUDED = outcome('normally-excluded');
const CANNOT_APPLY = outcome('cannot-apply');
const NO_EXCLUSION = exclusion('none');
const NO_GROUP = group('none');

const DATE = '2026-03-10';
const FORMER_MINOR = 'former-unaccompanied-minor-aged-18-to-23';

export const cases: readonly TestCase<unknown>[] = [
  // ── The groups that may apply ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'A rejected asylum seeker from Afghanistan can apply for assisted return',
    source: 'seed-003: "they have received a rejection of their application for protection (asylum) …"',
    input: { date: DATE, citizenship: 'AF', protection: 'rejected' },
    expect: { outcome: 'eligible', conditions: [], alternatives: [], warnings: [], reasons: [group('rejected'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'Someone who withdrew their application for protection is treated as rejected and can apply',
    source: 'seed-000: "The scheme applies to those who withdraw their applications for protection or whose applications are refused."',
    input: { date: DATE, citizenship: 'IQ', protection: 'withdrawn' },
    expect: { outcome: 'eligible', reasons: [group('rejected'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'Someone whose application for another residence permit was rejected can apply',
    source: 'seed-003: "… or another application for residence in Norway"',
    input: { date: DATE, citizenship: 'PK', residenceApplication: 'rejected' },
    expect: { outcome: 'eligible', reasons: [group('rejected'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'An asylum seeker whose application is under consideration can apply, and counts as registered with UDI without saying so',
    source:
      'seed-003: "their application for protection is under consideration"; "Asylum seekers can apply for assisted return at any stage of the asylum process."',
    input: { date: DATE, citizenship: 'SY', protection: 'pending' },
    expect: { outcome: 'eligible', reasons: [group('protection-pending'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'Someone without legal residence who has never had a case registered with UDI can apply',
    source:
      'seed-003: "they do not have legal residence and have not had a case registered in the computer system used for immigration and refugee cases (DUF)"',
    input: { date: DATE, citizenship: 'AF' },
    expect: { outcome: 'eligible', reasons: [group('unregistered-without-legal-residence'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'Someone without legal residence who has had a case registered with UDI, with nothing pending or rejected, fits no group and cannot apply',
    source: 'seed-003: "Foreign nationals can apply for assisted return if:" (the groups are the main rules)',
    input: { date: DATE, citizenship: 'AF', registeredWithUdi: true },
    expect: { outcome: 'not-eligible', conditions: [], alternatives: [], reasons: [NO_GROUP, CANNOT_APPLY] },
  },
  {
    name: 'Someone with a Dublin transfer decision who would rather go home can apply, on condition of leaving within the Dublin deadlines',
    source:
      'seed-003: "… but would rather return to their home country. This requires him or her to leave by the deadlines stipulated by the Dublin Regulation."',
    input: { date: DATE, citizenship: 'ER', registeredWithUdi: true, dublinTransferDecision: true },
    expect: { outcome: 'eligible', conditions: ['leave-within-dublin-deadlines'], reasons: [group('dublin-transfer'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'Someone with temporary residence until 18 can apply although that is legal residence, and is not pointed to repatriation',
    source: 'seed-003: "they have temporary residence until the age of 18"',
    input: { date: DATE, citizenship: 'AF', registeredWithUdi: true, legalResidence: true, temporaryResidenceUntil18: true },
    expect: { outcome: 'eligible', alternatives: [], reasons: [group('temporary-residence-until-18'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'A possible victim of human trafficking can apply',
    source: 'seed-003: "they are possible victims of human trafficking"',
    input: { date: DATE, citizenship: 'NG', registeredWithUdi: true, possibleTraffickingVictim: true },
    expect: { outcome: 'eligible', reasons: [group('possible-trafficking-victim'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'An unaccompanied minor asylum seeker from a country with no exclusion is simply eligible, needing no exception, and must be met by family or other carers on return',
    source:
      'seed-003: "they are unaccompanied minor asylum seekers"; G-02/2018: "tvungen utsendelse bare kan skje til et familiemedlem, en utnevnt verge eller til et annet forsvarlig omsorgstilbud"',
    input: { date: DATE, citizenship: 'AF', protection: 'pending', unaccompaniedMinorAsylumSeeker: true },
    expect: {
      outcome: 'eligible',
      conditions: ['met-by-family-or-carers'],
      reasons: [group('protection-pending'), group('unaccompanied-minor-asylum-seeker'), NO_EXCLUSION, MAY_APPLY],
    },
  },
  {
    name: 'A single person over 60 without a network at home who has not applied for protection can apply through the vulnerable-situation route',
    source:
      'seed-002: "If you are in a vulnerable situation, you may be eligible to receive support through assisted return even though you have not applied for protection."',
    input: { date: DATE, citizenship: 'ET', registeredWithUdi: true, vulnerabilities: ['over-60-single-without-network'] },
    expect: { outcome: 'eligible', reasons: [group('vulnerable-without-protection-application'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'A person in a vulnerable situation who applied for protection comes in through the rejection, not the vulnerable-situation route',
    source: 'seed-002: "… even though you have not applied for protection"',
    input: { date: DATE, citizenship: 'ET', protection: 'rejected', vulnerabilities: ['health-condition-needing-treatment-at-home'] },
    expect: { outcome: 'eligible', reasons: [group('rejected'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'A person whose application for protection was granted, with nothing else, fits no group',
    source: 'seed-003: "Foreign nationals can apply for assisted return if:"',
    input: { date: DATE, citizenship: 'SY', protection: 'granted' },
    expect: { outcome: 'not-eligible', alternatives: [], reasons: [NO_GROUP, CANNOT_APPLY] },
  },

  // ── The exclusions ─────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'A rejected asylum seeker from Albania is normally not eligible: Albania is on the list, and Albanians need no visa',
    source:
      'seed-003: "The scheme does normally not apply to foreign nationals who: are citizens of Albania, …"; "are nationals of a country exempt from the visa requirement"',
    input: { date: DATE, citizenship: 'AL', protection: 'rejected' },
    expect: {
      outcome: 'normally-not-eligible',
      conditions: [],
      alternatives: [],
      reasons: [
        group('rejected'),
        {
          ...exclusion('excluded-nationality'),
          key: 'rules.assisted-return.eligibility.exclusion.excluded-nationality',
          params: { country: 'AL' },
        },
        exclusion('visa-exempt-nationality'),
        MAY_APPLY,
        NORMALLY_EXCLUDED,
      ],
    },
  },
  {
    name: 'An Albanian who fits none of the groups is not eligible, not "normally not eligible": the exclusions narrow the groups and are not weighed',
    source: 'seed-003: "Foreign nationals can apply for assisted return if:"; "The scheme does normally not apply to …"',
    input: { date: DATE, citizenship: 'AL', registeredWithUdi: true },
    expect: { outcome: 'not-eligible', reasons: [NO_GROUP, CANNOT_APPLY] },
  },
  {
    name: 'A rejected asylum seeker from Ghana who has been a victim of violence is normally not eligible: the law has no exception for violence, only one a reform may add',
    source: 'seed-003: "Exceptions are made for unaccompanied minor asylum seekers and possible victims of human trafficking."',
    input: { date: DATE, citizenship: 'GH', protection: 'rejected', vulnerabilities: ['violence-coercion-or-exploitation'] },
    expect: { outcome: 'normally-not-eligible', reasons: [group('rejected'), exclusion('excluded-nationality'), MAY_APPLY, NORMALLY_EXCLUDED] },
  },
  {
    name: 'A rejected asylum seeker from Ghana is normally not eligible because Ghana is on the list, although Ghanaians need a visa',
    source: 'seed-003: "are citizens of … Ghana …"',
    input: { date: DATE, citizenship: 'GH', protection: 'rejected' },
    expect: { outcome: 'normally-not-eligible', reasons: [group('rejected'), exclusion('excluded-nationality'), MAY_APPLY, NORMALLY_EXCLUDED] },
  },
  {
    name: 'A rejected asylum seeker from Brazil is normally not eligible because Brazilians need no visa',
    source: 'seed-003: "are nationals of a country exempt from the visa requirement"; Regulation (EU) 2018/1806 Annex II',
    input: { date: DATE, citizenship: 'BR', protection: 'rejected' },
    expect: { outcome: 'normally-not-eligible', reasons: [group('rejected'), exclusion('visa-exempt-nationality'), MAY_APPLY, NORMALLY_EXCLUDED] },
  },
  {
    name: 'A Polish citizen whose residence application was rejected is normally not eligible: EU citizens need no visa',
    source: 'seed-003: "are nationals of a country exempt from the visa requirement" (EU/EEA and Swiss citizens need no visa either)',
    input: { date: DATE, citizenship: 'PL', residenceApplication: 'rejected' },
    expect: { outcome: 'normally-not-eligible', reasons: [group('rejected'), exclusion('eea-or-swiss-citizen'), MAY_APPLY, NORMALLY_EXCLUDED] },
  },
  {
    name: 'A Swiss citizen without legal residence and never registered with UDI is normally not eligible',
    source: 'seed-003: "are nationals of a country exempt from the visa requirement" (Regulation (EU) 2018/1806, Annex II)',
    input: { date: DATE, citizenship: 'CH' },
    expect: {
      outcome: 'normally-not-eligible',
      reasons: [group('unregistered-without-legal-residence'), exclusion('eea-or-swiss-citizen'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },
  {
    name: 'A rejected asylum seeker from Romania is excluded twice over: by the list and as an EU citizen',
    source: 'seed-003: "are citizens of … Romania …"; "are nationals of a country exempt from the visa requirement"',
    input: { date: DATE, citizenship: 'RO', protection: 'rejected' },
    expect: {
      outcome: 'normally-not-eligible',
      reasons: [group('rejected'), exclusion('excluded-nationality'), exclusion('eea-or-swiss-citizen'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },
  {
    name: 'Someone who had support before, re-immigrated and wants to go to a Dublin country is normally not eligible',
    source:
      'seed-003: "have previously received support through programmes for assisted return or repatriation, and who have re-immigrated to Norway and want to return to a country under the Dublin Regulations"',
    input: { date: DATE, citizenship: 'AF', protection: 'rejected', previouslyReturnedWithSupportAndReimmigrated: true, wantsToGoToDublinCountry: true },
    expect: {
      outcome: 'normally-not-eligible',
      reasons: [group('rejected'), exclusion('reimmigrated-after-support-to-dublin-country'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },
  {
    name: 'Someone who had support before and re-immigrated, but wants to go home rather than to a Dublin country, can apply',
    source: 'seed-003: "… and want to return to a country under the Dublin Regulations" (both parts are needed)',
    input: { date: DATE, citizenship: 'AF', protection: 'rejected', previouslyReturnedWithSupportAndReimmigrated: true },
    expect: { outcome: 'eligible', reasons: [group('rejected'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'Someone whose permit on grounds other than protection expired and whose new application was rejected is normally not eligible',
    source:
      'seed-003: "have been granted a residence permit on other grounds than a need for protection that has expired or been revoked, or have not been granted a new residence permit"',
    input: { date: DATE, citizenship: 'PK', residenceApplication: 'rejected', permitOnOtherGroundsEnded: true },
    expect: {
      outcome: 'normally-not-eligible',
      reasons: [group('rejected'), exclusion('permit-on-other-grounds-ended'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },
  {
    name: 'Someone rejected in Norway because of a visa granted in another EU/EEA country is normally not eligible',
    source: 'seed-003: "… because he or she has been granted protection, residence, or a visa in another EU/EEA country"',
    input: { date: DATE, citizenship: 'IR', protection: 'rejected', rejectedForStatusInOtherEeaCountry: true },
    expect: {
      outcome: 'normally-not-eligible',
      reasons: [group('rejected'), exclusion('status-in-other-eea-country'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },
  {
    name: "Someone whose protection claim was handled in UDI's 48-hour procedure can apply, with the seed's caveat that not everyone is granted",
    source:
      'seed-002: "Not everyone will have their application granted. This applies, among others, to people who come from countries where the UDI process the application for protection within 48 hours."',
    input: { date: DATE, citizenship: 'MA', protection: 'rejected', fortyEightHourProcedure: true },
    expect: {
      outcome: 'eligible',
      warnings: [{ code: 'forty-eight-hour-procedure', key: 'rules.assisted-return.eligibility.warning.forty-eight-hour-procedure', params: {} }],
      reasons: [group('rejected'), NO_EXCLUSION, MAY_APPLY],
    },
  },
  {
    name: 'The 48-hour caveat is not given to someone who cannot apply at all',
    source: 'seed-002: "Not everyone will have their application granted." (said of those who can apply)',
    input: { date: DATE, citizenship: 'MA', registeredWithUdi: true, fortyEightHourProcedure: true },
    expect: { outcome: 'not-eligible', warnings: [], reasons: [NO_GROUP, CANNOT_APPLY] },
  },
  {
    name: 'The 48-hour caveat stands beside an exclusion: an Albanian in the 48-hour procedure is normally not eligible, by the list, and told both',
    source: 'seed-003: "are citizens of Albania …"; seed-002: "Not everyone will have their application granted."',
    input: { date: DATE, citizenship: 'AL', protection: 'rejected', fortyEightHourProcedure: true },
    expect: {
      outcome: 'normally-not-eligible',
      warnings: [{ code: 'forty-eight-hour-procedure' }],
      reasons: [group('rejected'), exclusion('excluded-nationality'), exclusion('visa-exempt-nationality'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },
  {
    name: 'A Croatian rejected asylum seeker in 2026 is excluded by the list and as an EU citizen',
    source: 'seed-003: "are citizens of … Croatia …"',
    input: { date: DATE, citizenship: 'HR', protection: 'rejected' },
    expect: {
      outcome: 'normally-not-eligible',
      reasons: [group('rejected'), exclusion('excluded-nationality'), exclusion('eea-or-swiss-citizen'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },

  // ── The exceptions to the exclusions ─────────────────────────────────────────────────────────────────────
  {
    name: 'An unaccompanied minor asylum seeker from Albania is normally excluded, but eligible by exception',
    source: 'seed-003: "Exceptions are made for unaccompanied minor asylum seekers and possible victims of human trafficking."',
    input: { date: DATE, citizenship: 'AL', protection: 'pending', unaccompaniedMinorAsylumSeeker: true },
    expect: {
      outcome: 'eligible-by-exception',
      conditions: ['met-by-family-or-carers'],
      alternatives: [],
      reasons: [
        group('protection-pending'),
        group('unaccompanied-minor-asylum-seeker'),
        exclusion('excluded-nationality'),
        exclusion('visa-exempt-nationality'),
        MAY_APPLY,
        NORMALLY_EXCLUDED,
        {
          ...exception('unaccompanied-minor-asylum-seeker'),
          key: 'rules.assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker',
          params: {},
        },
      ],
    },
  },
  {
    name: 'A possible victim of human trafficking from Brazil is normally excluded as visa-exempt, but eligible by exception',
    source: 'seed-003: "Exceptions are made for … possible victims of human trafficking."',
    input: { date: DATE, citizenship: 'BR', registeredWithUdi: true, possibleTraffickingVictim: true },
    expect: {
      outcome: 'eligible-by-exception',
      reasons: [
        group('possible-trafficking-victim'),
        exclusion('visa-exempt-nationality'),
        MAY_APPLY,
        NORMALLY_EXCLUDED,
        exception('possible-trafficking-victim'),
      ],
    },
  },
  {
    name: 'An Albanian who gives trafficking as her vulnerable situation and never applied for protection counts as a possible victim and is eligible by exception',
    source: 'seed-002: "you were a victim of human trafficking"; seed-003: "Exceptions are made for … possible victims of human trafficking."',
    input: { date: DATE, citizenship: 'AL', registeredWithUdi: true, vulnerabilities: ['trafficking'] },
    expect: {
      outcome: 'eligible-by-exception',
      reasons: [
        group('possible-trafficking-victim'),
        group('vulnerable-without-protection-application'),
        exclusion('excluded-nationality'),
        exclusion('visa-exempt-nationality'),
        MAY_APPLY,
        NORMALLY_EXCLUDED,
        exception('possible-trafficking-victim'),
      ],
    },
  },
  {
    name: 'An unaccompanied minor whose claim is in the 48-hour procedure is eligible, and still given the caveat: the 48-hour procedure is not an exclusion for the exceptions to set aside',
    source:
      'seed-002: "Not everyone will have their application granted. This applies, among others, to people who come from countries where the UDI process the application for protection within 48 hours."',
    input: { date: DATE, citizenship: 'MA', protection: 'pending', unaccompaniedMinorAsylumSeeker: true, fortyEightHourProcedure: true },
    expect: {
      outcome: 'eligible',
      warnings: [{ code: 'forty-eight-hour-procedure' }],
      reasons: [group('protection-pending'), group('unaccompanied-minor-asylum-seeker'), NO_EXCLUSION, MAY_APPLY],
    },
  },
  {
    name: 'A Kosovar unaccompanied minor who may be a trafficking victim meets both exceptions, which agree',
    source: 'seed-003: "Exceptions are made for unaccompanied minor asylum seekers and possible victims of human trafficking."',
    input: { date: DATE, citizenship: 'XK', protection: 'pending', unaccompaniedMinorAsylumSeeker: true, possibleTraffickingVictim: true },
    expect: {
      outcome: 'eligible-by-exception',
      reasons: [
        group('protection-pending'),
        group('possible-trafficking-victim'),
        group('unaccompanied-minor-asylum-seeker'),
        exclusion('excluded-nationality'),
        exclusion('visa-exempt-nationality'),
        MAY_APPLY,
        NORMALLY_EXCLUDED,
        exception('unaccompanied-minor-asylum-seeker'),
        exception('possible-trafficking-victim'),
      ],
    },
  },

  // ── Legal residence ───────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'A person with legal residence in Norway cannot apply for assisted return, but can apply for repatriation',
    source: 'seed-003: "Foreign nationals with legal residence in Norway cannot apply for assisted return, but can apply for repatriation"',
    input: { date: DATE, citizenship: 'AF', registeredWithUdi: true, legalResidence: true },
    expect: {
      outcome: 'not-eligible',
      conditions: [],
      alternatives: ['repatriation'],
      reasons: [
        {
          ...group('legal-residence'),
          key: 'rules.assisted-return.eligibility.group.legal-residence',
          params: {},
        },
        CANNOT_APPLY,
      ],
    },
  },
  {
    name: 'Legal residence overrides a pending application for protection',
    source: 'seed-003: "Foreign nationals with legal residence in Norway cannot apply for assisted return …"',
    input: { date: DATE, citizenship: 'AF', legalResidence: true, protection: 'pending' },
    expect: { outcome: 'not-eligible', alternatives: ['repatriation'], reasons: [group('protection-pending'), group('legal-residence'), CANNOT_APPLY] },
  },
  {
    name: 'Legal residence does not bar an unaccompanied minor asylum seeker: an Albanian one with legal residence is eligible by exception, not pointed to repatriation',
    source:
      'seed-003: "they are unaccompanied minor asylum seekers"; "Exceptions are made for unaccompanied minor asylum seekers and possible victims of human trafficking."',
    input: { date: DATE, citizenship: 'AL', legalResidence: true, protection: 'pending', unaccompaniedMinorAsylumSeeker: true },
    expect: {
      outcome: 'eligible-by-exception',
      alternatives: [],
      reasons: [
        group('protection-pending'),
        group('unaccompanied-minor-asylum-seeker'),
        exclusion('excluded-nationality'),
        exclusion('visa-exempt-nationality'),
        MAY_APPLY,
        NORMALLY_EXCLUDED,
        exception('unaccompanied-minor-asylum-seeker'),
      ],
    },
  },
  {
    name: 'Legal residence does not bar a possible victim of human trafficking: she can apply and is not pointed to repatriation',
    source:
      'seed-003: "they are possible victims of human trafficking"; "Exceptions are made for unaccompanied minor asylum seekers and possible victims of human trafficking."',
    input: { date: DATE, citizenship: 'NG', registeredWithUdi: true, legalResidence: true, possibleTraffickingVictim: true },
    expect: { outcome: 'eligible', alternatives: [], reasons: [group('possible-trafficking-victim'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'Legal residence does not bar someone who gives trafficking as her vulnerable situation',
    source: 'seed-002: "you were a victim of human trafficking"; seed-003: "they are possible victims of human trafficking"',
    input: { date: DATE, citizenship: 'NG', registeredWithUdi: true, legalResidence: true, vulnerabilities: ['trafficking'] },
    expect: {
      outcome: 'eligible',
      alternatives: [],
      reasons: [group('possible-trafficking-victim'), group('vulnerable-without-protection-application'), NO_EXCLUSION, MAY_APPLY],
    },
  },
  {
    name: 'Legal residence still bars someone in a vulnerable situation other than trafficking',
    source: 'seed-003: "Foreign nationals with legal residence in Norway cannot apply for assisted return, but can apply for repatriation"',
    input: { date: DATE, citizenship: 'NG', registeredWithUdi: true, legalResidence: true, vulnerabilities: ['health-condition-needing-treatment-at-home'] },
    expect: {
      outcome: 'not-eligible',
      alternatives: ['repatriation'],
      reasons: [group('vulnerable-without-protection-application'), group('legal-residence'), CANNOT_APPLY],
    },
  },
  {
    name: 'Someone with legal residence and a Dublin transfer decision cannot apply, so no Dublin condition is set',
    source: 'seed-003: legal residence; "This requires him or her to leave by the deadlines stipulated by the Dublin Regulation."',
    input: { date: DATE, citizenship: 'AF', registeredWithUdi: true, legalResidence: true, dublinTransferDecision: true },
    expect: {
      outcome: 'not-eligible',
      conditions: [],
      alternatives: ['repatriation'],
      reasons: [group('dublin-transfer'), group('legal-residence'), CANNOT_APPLY],
    },
  },
  {
    name: 'An Albanian with temporary residence until 18 (legal residence) is in a group and so normally not eligible, not pointed to repatriation',
    source: 'seed-003: "they have temporary residence until the age of 18"; "are citizens of Albania …"',
    input: { date: DATE, citizenship: 'AL', registeredWithUdi: true, legalResidence: true, temporaryResidenceUntil18: true },
    expect: {
      outcome: 'normally-not-eligible',
      alternatives: [],
      reasons: [group('temporary-residence-until-18'), exclusion('excluded-nationality'), exclusion('visa-exempt-nationality'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },
  {
    name: 'An Albanian unaccompanied minor with temporary residence until 18 is eligible by exception',
    source: 'seed-003: "they have temporary residence until the age of 18"; "Exceptions are made for unaccompanied minor asylum seekers …"',
    input: {
      date: DATE,
      citizenship: 'AL',
      registeredWithUdi: true,
      legalResidence: true,
      temporaryResidenceUntil18: true,
      unaccompaniedMinorAsylumSeeker: true,
    },
    expect: {
      outcome: 'eligible-by-exception',
      alternatives: [],
      reasons: [
        group('temporary-residence-until-18'),
        group('unaccompanied-minor-asylum-seeker'),
        exclusion('excluded-nationality'),
        exclusion('visa-exempt-nationality'),
        MAY_APPLY,
        NORMALLY_EXCLUDED,
        exception('unaccompanied-minor-asylum-seeker'),
      ],
    },
  },

  // ── The Dublin condition ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'An Albanian with a Dublin transfer decision is normally not eligible; if granted all the same, the Dublin deadlines still bind',
    source: 'seed-003: "This requires him or her to leave by the deadlines stipulated by the Dublin Regulation."',
    input: { date: DATE, citizenship: 'AL', registeredWithUdi: true, dublinTransferDecision: true },
    expect: { outcome: 'normally-not-eligible', conditions: ['leave-within-dublin-deadlines'] },
  },
  {
    name: 'An Albanian unaccompanied minor with a Dublin transfer decision is eligible by exception, on condition of the Dublin deadlines and of being met by family or other carers',
    source: 'seed-003: the Dublin group and the exception for unaccompanied minor asylum seekers; G-02/2018 (care on return)',
    input: { date: DATE, citizenship: 'AL', registeredWithUdi: true, dublinTransferDecision: true, unaccompaniedMinorAsylumSeeker: true },
    expect: { outcome: 'eligible-by-exception', conditions: ['leave-within-dublin-deadlines', 'met-by-family-or-carers'] },
  },

  // ── Where to ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'A rejected asylum seeker from Afghanistan with a residence permit in Türkiye may return there instead of home',
    source:
      'seed-002: "If you have a residence permit in a country outside the EU/EEA (where you are not a citizen), you can apply for assisted return to return there."',
    input: { date: DATE, citizenship: 'AF', protection: 'rejected', returnToCountryOfResidence: 'TR' },
    expect: { outcome: 'eligible', destination: 'country-of-residence' },
  },
  {
    name: 'A residence permit in Sweden, inside the EU/EEA, is no destination for assisted return',
    source: 'seed-002: "If you have a residence permit in a country outside the EU/EEA (where you are not a citizen)…"',
    input: { date: DATE, citizenship: 'AF', protection: 'rejected', returnToCountryOfResidence: 'SE' },
    expect: { outcome: 'eligible', destination: 'not-to-an-eea-country' },
  },
  {
    name: 'Without a country of residence the destination is the home country',
    source: 'seed-002: "The assisted return scheme provides help and money to return to and resettle in your home country."',
    input: { date: DATE, citizenship: 'AF', protection: 'rejected' },
    expect: { outcome: 'eligible', destination: 'home-country' },
  },

  // ── The dated lists ────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'On 31 December 2023 a rejected asylum seeker from Kosovo is excluded by the list only: Kosovars still needed a visa',
    source: 'seed-003 list; Regulation (EU) 2023/850 (Kosovo visa-exempt from 1 January 2024)',
    input: { date: '2023-12-31', citizenship: 'XK', protection: 'rejected' },
    expect: { outcome: 'normally-not-eligible', reasons: [group('rejected'), exclusion('excluded-nationality'), MAY_APPLY, NORMALLY_EXCLUDED] },
  },
  {
    name: 'From 1 January 2024 a rejected asylum seeker from Kosovo is also excluded as visa-exempt',
    source: 'Regulation (EU) 2023/850: Kosovo moved to Annex II from 1 January 2024',
    input: { date: '2024-01-01', citizenship: 'XK', protection: 'rejected' },
    expect: {
      outcome: 'normally-not-eligible',
      reasons: [group('rejected'), exclusion('excluded-nationality'), exclusion('visa-exempt-nationality'), MAY_APPLY, NORMALLY_EXCLUDED],
    },
  },
  {
    name: 'On 3 February 2023 a rejected asylum seeker from Vanuatu is normally not eligible: Vanuatu nationals were still visa-exempt',
    source: 'Regulation (EU) 2018/1806 Annex II; Delegated Regulation (EU) 2023/222 (suspension from 4 February 2023)',
    input: { date: '2023-02-03', citizenship: 'VU', protection: 'rejected' },
    expect: { outcome: 'normally-not-eligible', reasons: [group('rejected'), exclusion('visa-exempt-nationality'), MAY_APPLY, NORMALLY_EXCLUDED] },
  },
  {
    name: 'From 4 February 2023 the visa exemption of Vanuatu is suspended, so a rejected asylum seeker from Vanuatu can apply',
    source: 'Delegated Regulation (EU) 2023/222: temporary suspension of the visa exemption for all nationals of Vanuatu',
    input: { date: '2023-02-04', citizenship: 'VU', protection: 'rejected' },
    expect: { outcome: 'eligible', reasons: [group('rejected'), NO_EXCLUSION, MAY_APPLY] },
  },
  {
    name: 'On 1 March 2020, the first day the lists cover, a British citizen whose residence application was rejected is normally not eligible: still free movement in the transition period',
    source: 'The withdrawal agreement transition period (to 31 December 2020); Regulation (EU) 2018/1806 Annex II with Regulation (EU) 2019/592 after it',
    input: { date: '2020-03-01', citizenship: 'GB', residenceApplication: 'rejected' },
    expect: { outcome: 'normally-not-eligible', reasons: [group('rejected'), exclusion('eea-or-swiss-citizen'), MAY_APPLY, NORMALLY_EXCLUDED] },
  },
  {
    name: 'On 1 March 2020, the first day the lists cover, a rejected asylum seeker from Afghanistan can apply',
    source: 'assisted-return.excluded-nationalities: from 1 March 2020 (the grant regulation)',
    input: { date: '2020-03-01', citizenship: 'AF', protection: 'rejected' },
    expect: { outcome: 'eligible' },
  },
  {
    name: 'On 29 February 2020, before the lists start, someone in a group cannot be assessed: the date is outside what the rules cover',
    source: 'assisted-return.excluded-nationalities: from 1 March 2020 (no earlier list is known)',
    input: { date: '2020-02-29', citizenship: 'AF', protection: 'rejected' },
    expectError: 'RULES_PARAM_NOT_IN_FORCE',
  },
  {
    name: 'On 31 December 2020, the last day of the Brexit transition, a British citizen whose asylum claim was rejected is normally not eligible',
    source: 'seed-003: "are nationals of a country exempt from the visa requirement" (countries.eu-eea-and-switzerland still lists GB)',
    input: { date: '2020-12-31', citizenship: 'GB', protection: 'rejected' },
    expect: { outcome: 'normally-not-eligible' },
  },
  {
    name: 'On 1 January 2021, when British citizens no longer move freely, a rejected British asylum seeker is still normally not eligible, as visa-exempt',
    source: 'seed-003: "are nationals of a country exempt from the visa requirement" (countries.eu-eea-and-switzerland drops GB on this day)',
    input: { date: '2021-01-01', citizenship: 'GB', protection: 'rejected' },
    expect: { outcome: 'normally-not-eligible' },
  },
  {
    name: 'On 30 June 2013 a Croatian who fits no group is not eligible; with no group the exclusions and their lists are not needed',
    source: 'seed-003: "Foreign nationals can apply for assisted return if:" (countries.eu-eea-and-switzerland changes on 1 July 2013, before the lists start)',
    input: { date: '2013-06-30', citizenship: 'HR', registeredWithUdi: true },
    expect: { outcome: 'not-eligible', reasons: [NO_GROUP, CANNOT_APPLY] },
  },
  {
    name: 'On 1 July 2013, the day Croatia joined the EU, a Croatian who fits no group is not eligible, without any list',
    source: 'seed-003: "Foreign nationals can apply for assisted return if:" (countries.eu-eea-and-switzerland changes on this day)',
    input: { date: '2013-07-01', citizenship: 'HR', registeredWithUdi: true },
    expect: { outcome: 'not-eligible', reasons: [NO_GROUP, CANNOT_APPLY] },
  },
  {
    name: 'On 1 July 2013 a rejected Croatian asylum seeker cannot be assessed: the exclusions are needed and their lists start in 2020',
    source: 'assisted-return.excluded-nationalities: from 1 March 2020',
    input: { date: '2013-07-01', citizenship: 'HR', protection: 'rejected' },
    expectError: 'RULES_PARAM_NOT_IN_FORCE',
  },

  // ── Ages, from the date of birth: warnings, never a refusal ────────────────────────────────────────────────
  {
    name: 'A former unaccompanied minor aged 23, the day before turning 24, fits the vulnerable situation without a warning',
    source: 'seed-002: "you came to Norway as an unaccompanied minor and are now between 18 and 23 years old"',
    input: { date: DATE, citizenship: 'AF', registeredWithUdi: true, dateOfBirth: '2002-03-11', vulnerabilities: [FORMER_MINOR] },
    expect: { outcome: 'eligible', warnings: [] },
  },
  {
    name: 'A former unaccompanied minor on their 24th birthday gets a warning about the age, and the answer is unchanged',
    source: 'seed-002: "… and are now between 18 and 23 years old"',
    input: { date: DATE, citizenship: 'AF', registeredWithUdi: true, dateOfBirth: '2002-03-10', vulnerabilities: [FORMER_MINOR] },
    expect: {
      outcome: 'eligible',
      warnings: [
        {
          code: 'former-unaccompanied-minor-not-aged-18-to-23',
          key: 'rules.assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23',
          params: { age: 24 },
        },
      ],
    },
  },
  {
    name: 'A former unaccompanied minor on their 18th birthday fits the vulnerable situation without a warning',
    source: 'seed-002: "… and are now between 18 and 23 years old"',
    input: { date: DATE, citizenship: 'AF', registeredWithUdi: true, dateOfBirth: '2008-03-10', vulnerabilities: [FORMER_MINOR] },
    expect: { outcome: 'eligible', warnings: [] },
  },
  {
    name: 'A "former" unaccompanied minor the day before turning 18 gets a warning about the age',
    source: 'seed-002: "… and are now between 18 and 23 years old"',
    input: { date: DATE, citizenship: 'AF', registeredWithUdi: true, dateOfBirth: '2008-03-11', vulnerabilities: [FORMER_MINOR] },
    expect: { outcome: 'eligible', warnings: [{ code: 'former-unaccompanied-minor-not-aged-18-to-23' }] },
  },
  {
    name: 'Someone born on 29 February 2008 turns 18 on 28 February 2026, so a former unaccompanied minor gets no warning that day',
    source: 'seed-002: "… between 18 and 23 years old" (a 29 February birthday falls on 28 February in a common year)',
    input: { date: '2026-02-28', citizenship: 'AF', registeredWithUdi: true, dateOfBirth: '2008-02-29', vulnerabilities: [FORMER_MINOR] },
    expect: { outcome: 'eligible', warnings: [] },
  },
  {
    name: 'Someone born on 29 February 2008 is still 17 on 27 February 2026, so a former unaccompanied minor gets a warning',
    source: 'seed-002: "… between 18 and 23 years old"',
    input: { date: '2026-02-27', citizenship: 'AF', registeredWithUdi: true, dateOfBirth: '2008-02-29', vulnerabilities: [FORMER_MINOR] },
    expect: { outcome: 'eligible', warnings: [{ code: 'former-unaccompanied-minor-not-aged-18-to-23' }] },
  },
  {
    name: 'An unaccompanied minor asylum seeker on their 18th birthday gets a warning, and the answer takes the answers as given',
    source: 'seed-003: "they are unaccompanied minor asylum seekers"',
    input: { date: DATE, citizenship: 'AL', protection: 'pending', unaccompaniedMinorAsylumSeeker: true, dateOfBirth: '2008-03-10' },
    expect: {
      outcome: 'eligible-by-exception',
      warnings: [
        {
          code: 'unaccompanied-minor-asylum-seeker-aged-18-or-over',
          key: 'rules.assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over',
          params: { age: 18 },
        },
      ],
    },
  },
  {
    name: 'An unaccompanied minor asylum seeker the day before their 18th birthday gets no warning',
    source: 'seed-003: "they are unaccompanied minor asylum seekers"',
    input: { date: DATE, citizenship: 'AL', protection: 'pending', unaccompaniedMinorAsylumSeeker: true, dateOfBirth: '2008-03-11' },
    expect: { outcome: 'eligible-by-exception', warnings: [] },
  },
  {
    name: 'A child born on the day of the assessment is accepted',
    source: 'Retur: the date of birth must not be after the date of the assessment',
    input: { date: DATE, citizenship: 'SO', protection: 'pending', unaccompaniedMinorAsylumSeeker: true, dateOfBirth: DATE },
    expect: { outcome: 'eligible', warnings: [] },
  },

  // ── Refused input ──────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'A date of birth after the date of the assessment is refused',
    source: 'Retur: the date of birth must not be after the date of the assessment',
    input: { date: DATE, citizenship: 'AF', dateOfBirth: '2026-03-11' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A date of birth that is not in the calendar is refused',
    source: 'Retur: dates are calendar dates',
    input: { date: DATE, citizenship: 'AF', dateOfBirth: '2008-02-30' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An unknown field is refused',
    source: 'Retur: every input is parsed by one schema; unknown fields are an error',
    input: { date: DATE, citizenship: 'AF', protecton: 'rejected' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A date that is not in the calendar is refused',
    source: 'Retur: dates are calendar dates',
    input: { date: '2026-02-30', citizenship: 'AF' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A date in another format than YYYY-MM-DD is refused',
    source: 'Retur: dates are ISO calendar dates',
    input: { date: '10.03.2026', citizenship: 'AF' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A missing date is refused',
    source: 'Retur: the date of the assessment is required',
    input: { citizenship: 'AF' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A missing citizenship is refused',
    source: 'Retur: the citizenship is required',
    input: { date: DATE },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A country code in lower case is refused',
    source: 'Retur: ISO 3166-1 alpha-2 codes in upper case',
    input: { date: DATE, citizenship: 'af' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'The code for an unknown region (ZZ) is refused',
    source: 'Retur: ISO 3166-1 alpha-2 codes',
    input: { date: DATE, citizenship: 'ZZ' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A retired country code (YU, Yugoslavia) is refused',
    source: 'Retur: current ISO 3166-1 alpha-2 codes',
    input: { date: DATE, citizenship: 'YU' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An unknown vulnerable situation is refused',
    source: 'seed-002: the vulnerable situations listed',
    input: { date: DATE, citizenship: 'AF', vulnerabilities: ['poverty'] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'Only an application for protection can be withdrawn; a withdrawn residence application is refused',
    source: 'Retur: residenceApplication is none, pending, rejected or granted',
    input: { date: DATE, citizenship: 'AF', residenceApplication: 'withdrawn' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A yes/no answer given as text is refused',
    source: 'Retur: booleans are true or false',
    input: { date: DATE, citizenship: 'AF', legalResidence: 'yes' },
    expectError: 'REQUEST_INVALID',
  },
];
