/**
 * What the rules say, in English: the source of every other language. Each key is a message key a rule returns
 * without its `rules.` prefix: by default a rule's id (its reason), `….warning.<code>` for a warning,
 * `departure.note.<code>` for a note of the departure situation, `….programme.<id>` for a country programme.
 * ICU MessageFormat: `{deadline, date, long}` is an ISO date, `{amount, number, nok}` an amount in kroner,
 * `{country}` a country code the formatter names, selects choose on the values the rule gives. A test
 * (src/i18n/rules-messages.test.ts) checks that every key a rule can return is here with these placeholders.
 */

export default {
  // Rule set 1: assisted-return eligibility (src/rules/assisted-return/eligibility.ts)
  'assisted-return.eligibility.group.none': 'None of the groups who can apply for assisted return fits your situation.',
  'assisted-return.eligibility.group.rejected':
    'Your application for protection (asylum) or for another residence permit in Norway has been rejected, or you withdrew your application for protection. People in this situation can apply for assisted return.',
  'assisted-return.eligibility.group.protection-pending':
    'Your application for protection (asylum) is being considered. Asylum seekers can apply for assisted return at any stage of the asylum process.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'You do not have legal residence in Norway and have never had a case registered with UDI. People in this situation can apply for assisted return.',
  'assisted-return.eligibility.group.dublin-transfer':
    'You have a decision to be transferred to another country under the Dublin Regulation, but would rather return to your home country. You can apply for assisted return, but you must leave within the deadlines of the Dublin Regulation.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'You have a temporary residence permit until you turn 18. People in this situation can apply for assisted return.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'You may be a victim of human trafficking. Possible victims of human trafficking can apply for assisted return.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'You are an unaccompanied minor asylum seeker. Unaccompanied minor asylum seekers can apply for assisted return.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'You are in a vulnerable situation and have not applied for protection. You may get assisted return even so; UDI will need documentation of your situation.',
  'assisted-return.eligibility.group.legal-residence':
    'You have legal residence in Norway. People with legal residence cannot apply for assisted return, but can apply for repatriation.',
  'assisted-return.eligibility.exclusion.none': 'None of the exclusions from the scheme applies to you.',
  'assisted-return.eligibility.cannot-apply': 'You cannot apply for assisted return.',
  'assisted-return.eligibility.may-apply': 'You are in at least one of the groups who can apply for assisted return.',
  'assisted-return.eligibility.normally-excluded':
    'Because an exclusion applies, the scheme does not normally apply to you, and an application will normally be refused.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'An exception is made for unaccompanied minor asylum seekers, so you can apply all the same.',
  'assisted-return.eligibility.exception.possible-trafficking-victim':
    'An exception is made for possible victims of human trafficking, so you can apply all the same.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'An exception is made for victims of violence, coercion or exploitation, so you can apply all the same.',
  'assisted-return.eligibility.destination.home-country': 'Assisted return takes you to your home country.',
  'assisted-return.eligibility.destination.country-of-residence':
    'You can return to a country where you hold a residence permit, although you are not a citizen there, if it is outside the EU/EEA. You will need to send a copy of a valid residence permit.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} is in the EU/EEA. Assisted return to a country you are not a citizen of is only to a country outside the EU/EEA.',
  'assisted-return.eligibility.exclusion.excluded-nationality': 'You are a citizen of {country}. The scheme does not normally apply to citizens of {country}.',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Citizens of {country} are exempt from the visa requirement for the Schengen area. The scheme does not normally apply to nationals of a country exempt from the visa requirement.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'You are a citizen of {country}. Citizens of EU/EEA countries and Switzerland need no visa, and the scheme does not normally apply to nationals of a country exempt from the visa requirement.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'You have received support for assisted return or repatriation before, have come back to Norway, and want to go to a country that takes part in the Dublin cooperation. The scheme does not normally apply to you.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'You had a residence permit on grounds other than a need for protection, and it has expired or been revoked, or you were not granted a new one. The scheme does not normally apply to you.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Your application in Norway was rejected because you have been granted protection, residence or a visa in another EU/EEA country. The scheme does not normally apply to you.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    "Your application for protection was handled in UDI's 48-hour procedure. Applications for assisted return from people in this procedure are not always granted.",
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'You said you came to Norway as an unaccompanied minor and are now between 18 and 23 years old, but by your date of birth you are {age, number}. Check the date of birth or the situation you gave.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'You said you are an unaccompanied minor asylum seeker, but by your date of birth you are {age, number}, not under 18. Check the date of birth or the answer you gave.',
  // Rule set 2: reintegration support (src/rules/assisted-return/support.ts)
  'assisted-return.support.timing.no-deadline': 'You have not been given a deadline for leaving, so you get the higher rate.',
  'assisted-return.support.timing.not-registered': 'You are not registered in Norway, so you get the higher rate whatever the deadline.',
  'assisted-return.support.age-group.adult': 'This traveller is 18 or over on the day you apply, and counts as an adult.',
  'assisted-return.support.age-group.child': 'This traveller is under 18 on the day you apply, and counts as a child.',
  'assisted-return.support.grant.adult.before-deadline': 'You get the reintegration grant for an adult at the higher rate.',
  'assisted-return.support.grant.adult.after-deadline': 'You get the reintegration grant for an adult at the lower rate.',
  'assisted-return.support.grant.child.before-deadline': 'You get the reintegration grant for a child at the higher rate.',
  'assisted-return.support.grant.child.after-deadline': 'You get the reintegration grant for a child at the lower rate.',
  'assisted-return.support.child-extra.before-deadline': 'You get the extra grant for a child, which is paid only at the higher rate.',
  'assisted-return.support.child-extra.after-deadline': 'There is no extra grant for a child at the lower rate.',
  'assisted-return.support.travel-document.paid': 'Extra support for handing in a valid travel document (or being named in one), per person.',
  'assisted-return.support.travel-document.closed':
    'The extra support for handing in a valid travel document ended on 1 February 2018, so it is not paid for this application.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'You hold a valid residence permit in another Schengen country, so you cannot get the extra support for a valid travel document.',
  'assisted-return.support.programme.not-offered': 'This country programme is not for your citizenship or your household.',
  'assisted-return.support.programme.offered':
    'A return programme for your citizenship gives services in kind. They are listed apart and not counted in the cash total.',
  'assisted-return.support.timing.on-or-before-deadline':
    'You apply on or before your deadline for leaving ({deadline, date, long}), so you get the higher rate. It still applies on the deadline day itself.',
  'assisted-return.support.timing.after-deadline':
    'Your deadline for leaving ({deadline, date, long}) had passed when you applied, so you get the lower rate and no extra money for children.',
  'assisted-return.support.programme.iraq-ettc':
    'In Iraq, you can get reintegration services worth {amount, number, nok} through ETTC, such as school, help to find work, training or starting a business. These are services, not cash.',
  'assisted-return.support.programme.somalia-drc-families':
    'In Somalia, each of you can get help to find work, training or help to start a business through the Danish Refugee Council (DRC), worth {amount, number, nok} per person. These are services, not cash.',
  // Rule set 3: the departure situation (src/rules/departure/), its reasons and its notes
  'departure.status.no-right-to-stay':
    'You have no legal right to stay in Norway and no deadline for leaving runs for you, so you must leave Norway now. If you do not go voluntarily, the police will return you by force.',
  'departure.status.revoked-no-deadline':
    'UNE’s decision gives you no deadline for leaving. When UNE obliges someone to leave, it also gives a deadline, so the decision does not oblige you to leave Norway. Check UNE’s decision, which states whether you must leave.',
  'departure.status.staying-without-permission':
    'You are staying in Norway without permission: you were given a deadline for leaving earlier, and you are still obliged to leave. You must leave Norway immediately.',
  'departure.status.deferred-implementation-granted':
    'You have been allowed to remain in Norway while UNE considers your appeal (deferred implementation). You can stay until UNE has made a decision. If UNE rejects your appeal, you will be given a deadline for leaving.',
  'departure.status.deferred-implementation-denied':
    'You have not been allowed to remain in Norway while UNE considers your appeal. You are staying here illegally and must leave Norway immediately.',
  'departure.status.new-application-pending':
    'Your permit or citizenship has been revoked, but you have a new application for a residence permit under consideration. You may be entitled to remain in Norway while it is considered. UNE’s decision says what applies to you.',
  'departure.area.schengen-when-expelled':
    'Because you have been expelled, you must also leave the Schengen area, unless you hold a residence permit in another Schengen country.',
  'departure.area.schengen-when-revoked':
    'Because your permit or citizenship has been revoked and you have not been granted a new residence permit in Norway, you are usually obliged to leave both Norway and the Schengen area.',
  'departure.area.norway-with-schengen-permit': 'You hold a residence permit in another Schengen country, so you must leave Norway, but not the Schengen area.',
  'departure.area.dublin-transfer':
    'You are to be transferred to the Dublin country that is responsible for your asylum application: you must leave Norway for that country.',
  'departure.area.schengen-after-rejection':
    'A decision that obliges you to leave Norway also obliges you to leave the Schengen area, unless you hold a residence permit, or have another basis for residence, in another Schengen country.',
  'departure.assisted-return.not-listed':
    'Assisted return is offered only in some cases, and your kind of decision is not among those UDI lists. You can still ask UDI whether you can apply.',
  'departure.assisted-return.may-apply':
    'You can apply for assisted return. Your deadline for leaving has passed, so the additional support for applying before it is no longer available.',
  'departure.assisted-return.before-deadline':
    'You can apply for assisted return. If you apply before your deadline for leaving has passed, you can receive additional support, and if you are granted assisted return you will as a general rule not be expelled.',
  'departure.entry-ban.none': 'You have not been expelled, so you have no entry ban.',
  'departure.documents.not-applicable': 'There is no rule here about documents for your kind of decision.',
  'departure.documents.protection-claim': 'What happens to the documents you handed in depends on whether you return voluntarily or are returned by force.',
  'departure.national-registry.not-relevant': 'You have no Norwegian personal identity number, so you are not registered as moved in the National Registry.',
  'departure.status.by-deadline': 'You must leave Norway by {deadline, date, long} at the latest. You are still in time on that day.',
  'departure.status.deadline-passed':
    'Your deadline for leaving Norway ({deadline, date, long}) has passed. You are staying in Norway illegally and must leave immediately.',
  'departure.status.deferred-implementation-pending':
    'You have asked to remain in Norway while UNE considers your appeal (deferred implementation). You will be told whether you can remain or not. Most people are not allowed to remain, so be ready to leave {deadlineRuns, select, yes {by {deadline, date, long}, the deadline in your decision} other {at once}}.',
  'departure.consequences': 'This is what can happen if you do not leave Norway when you must.',
  'departure.note.arrest-and-forced-return':
    'If you do not leave, the police can arrest you and return you by force. You may be held in detention, and you will not be told when you could be arrested.',
  'departure.note.deportation-costs-debt':
    'If the police return you, you must pay the costs of the return. If you cannot pay, the Norwegian authorities pay and you owe them the money as a debt. You cannot come back to Norway until you have paid it.',
  'departure.note.expulsion-and-entry-ban':
    'Because you have stayed in Norway illegally, you can be expelled from Norway and other Schengen countries and banned from entering the whole Schengen area for 1–5 years. Breaking an entry ban is a criminal offence.',
  'departure.note.no-right-to-work': 'You cannot work in Norway. If you work, you can be expelled.',
  'departure.note.family-returned-together': 'If you have a family that must also leave, the police will try to return all of you together.',
  'departure.note.less-money-at-reception-centre': 'If you live at an asylum reception centre, you will now receive less money than before.',
  'departure.note.arrest-and-forced-return.dublin':
    'If you are not allowed to remain, the police will arrest you and transfer you to the country that will consider your asylum application.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'If you remain or work illegally in Norway, you can be expelled from Norway and other Schengen countries again, and the entry ban can be made even longer.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'If you stay or work illegally in Norway, you can be expelled from Norway and other Schengen countries. You will then be banned from entering Norway, and usually the Schengen area, for a set period or permanently.',
  'departure.note.assisted-return.dublin':
    'Instead of being transferred to the Dublin country, you can apply to UDI for assisted return to your home country: you get help and money to travel home and to resettle there. Whether you qualify depends on your case.',
  'departure.note.assisted-return':
    'You can apply to UDI for assisted return: you get help and money to travel home and to resettle there, and IOM helps you organise the journey. Whether you qualify depends on your case.',
  'departure.note.additional-support-before-deadline':
    'If you apply before your deadline for leaving has passed, you can receive additional financial support.',
  'departure.note.no-expulsion-if-granted-before-deadline':
    'If you apply before the deadline and are granted assisted return, you will as a general rule not be expelled from Norway.',
  'departure.note.no-additional-support-after-deadline':
    'Your deadline for leaving has passed, so you can no longer get the additional financial support given to those who apply before the deadline.',
  'departure.note.entry-ban-runs-from-departure':
    'The entry ban applies from the day you leave Norway and the Schengen area, so tell the Norwegian authorities when you are going to leave, for example the police. You may not come back while the ban is in force, and breaking it is a criminal offence.',
  'departure.note.documents-returned-after-voluntary-return':
    'If you return home voluntarily, your passport and any other documents you handed in when you came to Norway will be returned to you, at the latest when you arrive in your home country.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'If you are returned by force, your documents will be handed to the authorities in your home country, and you may have to contact them to get the documents back.',
  'departure.note.registered-as-moved':
    'Because you have held a residence permit and have a Norwegian personal identity number, you will be registered as moved from Norway in the National Registry. You may then have problems with public services such as doctors, schools and NAV.',
  'departure.note.registration-correction-form':
    'Your registration as moved is (or will be) made on 1 October 2017 or later. If you believe the immigration authorities have made a mistake, fill in and submit the form on UDI’s website.',
  // Rule set 4: forced-return categories (src/rules/forced-return/category.ts)
  'forced-return.category.refused': 'You must leave Norway because you have no permit to stay. This does not ban you from coming back.',
  'forced-return.category.expelled': 'You have been expelled. You are banned from entering Norway for a period, and breaking the ban is a criminal offence.',
  'forced-return.category.asylum': 'Your application for protection (asylum) in Norway was rejected.',
  'forced-return.category.dublin': 'You are transferred under the Dublin Regulation to the European country responsible for your asylum claim.',
  'forced-return.category.ip': 'You have been granted international protection in another Schengen country, and are returned there.',
  'forced-return.responsible.npis': 'The National Police Immigration Service (NPIS) carries out the return.',
  'forced-return.responsible.police-district': 'The police district carries out the return.',
  'forced-return.responsible.udi': 'The Norwegian Directorate of Immigration (UDI) is responsible for assisted returns.',
  // Rule set 5: re-entry (src/rules/re-entry/re-entry.ts)
  're-entry.ban.in-force':
    'Your expulsion decided on {decisionDate, date, long} bans you from entering {scope, select, schengen {Norway and the whole Schengen area} other {Norway}} {permanent, select, yes {permanently} other {for {years, plural, one {# year} other {# years}}, from {start, date, long} up to and including {lastDay, date, long}}}.',
  're-entry.ban.expired': 'The entry ban from your expulsion decided on {decisionDate, date, long} has run out: its last day was {lastDay, date, long}.',
  're-entry.scope.norway-only': 'This entry ban covers Norway only, so it does not stop you from entering another Schengen country.',
  're-entry.scope.norway': 'An entry ban always covers Norway.',
  're-entry.scope.schengen': 'This entry ban covers the whole Schengen area, so it also stops you from entering another Schengen country.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {You were deported earlier, but that alone does not forbid you to come back. } other {}}No entry ban stops you from entering {destination, select, norway {Norway} other {another Schengen country}} on {plannedEntryDate, date, long}.{owes, select, yes { You still owe {owed, number, nok} for your deportation; pay it back before you come to Norway.} other {}}',
  're-entry.outcome.unpaid-costs':
    'You owe {owed, number, nok} for your deportation. If you have not paid it back, you may be refused entry when you come to Norway, and you may be expelled.',
  're-entry.outcome.entry-banned':
    'You may not enter {destination, select, norway {Norway} other {another Schengen country}} on {plannedEntryDate, date, long}: {permanent, select, yes {you are banned from entering permanently.} other {you are banned from entering up to and including {until, date, long}.}}{schengen, select, yes { The ban applies to the whole Schengen area.} other {}} Entering while the ban is in force is a criminal offence.',
  're-entry.warning.decided-before-2010':
    'The expulsion decided on {decisionDate, date, long} was made before 1 January 2010, under the Immigration Act of 1988. Retur does not hold the ban lengths that Act allowed, so the ban is counted as it was decided: it stays in force until it runs out or is lifted. Check the decision.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'The expulsion decided on {decisionDate, date, long} set a ban length that the rules in force on that day did not allow. A decision stays in force until it is reversed, so the ban is counted as it was decided. Check the decision.',
  're-entry.warning.eea-ban-under-minimum':
    'The expulsion decided on {decisionDate, date, long} bans a citizen of an EU/EEA country for less than {minimum} years, the shortest ban the law allows for them. A decision stays in force until it is reversed, so the ban is counted as it was decided. Check the decision.',
};
