/**
 * What the rules said, as the console shows it to staff: the same messages as the `rules` namespace (same keys
 * after `rule.`, same placeholders), written about the person ("The person may apply…") instead of to them
 * ("You can apply…"). Spread into the console namespace (console.ts), so they exist in English, bokmål and
 * nynorsk only; src/web/console/staff-wording.test.ts checks that every rule message has one.
 */
export default {
  // Rule set 1: assisted-return eligibility
  'rule.assisted-return.eligibility.group.none': 'None of the groups who can apply for assisted return fits the person’s situation.',
  'rule.assisted-return.eligibility.group.rejected':
    'The person’s application for protection (asylum) or for another residence permit in Norway has been rejected, or they withdrew their application for protection. People in this situation can apply for assisted return.',
  'rule.assisted-return.eligibility.group.protection-pending':
    'The person’s application for protection (asylum) is being considered. Asylum seekers can apply for assisted return at any stage of the asylum process.',
  'rule.assisted-return.eligibility.group.unregistered-without-legal-residence':
    'The person has no legal residence in Norway and has never had a case registered with UDI. People in this situation can apply for assisted return.',
  'rule.assisted-return.eligibility.group.dublin-transfer':
    'The person has a decision to be transferred to another country under the Dublin Regulation, but would rather return to their home country. They may apply for assisted return, but must leave within the deadlines of the Dublin Regulation.',
  'rule.assisted-return.eligibility.group.temporary-residence-until-18':
    'The person has a temporary residence permit until they turn 18. People in this situation can apply for assisted return.',
  'rule.assisted-return.eligibility.group.possible-trafficking-victim':
    'The person may be a victim of human trafficking. Possible victims of human trafficking can apply for assisted return.',
  'rule.assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'The person is an unaccompanied minor asylum seeker. Unaccompanied minor asylum seekers can apply for assisted return.',
  'rule.assisted-return.eligibility.group.vulnerable-without-protection-application':
    'The person is in a vulnerable situation and has not applied for protection. They may get assisted return even so; UDI needs documentation of their situation.',
  'rule.assisted-return.eligibility.group.legal-residence':
    'The person has legal residence in Norway. People with legal residence cannot apply for assisted return, but can apply for repatriation.',
  'rule.assisted-return.eligibility.exclusion.none': 'None of the exclusions from the scheme applies to the person.',
  'rule.assisted-return.eligibility.cannot-apply': 'The person cannot apply for assisted return.',
  'rule.assisted-return.eligibility.may-apply': 'The person is in at least one of the groups who may apply for assisted return.',
  'rule.assisted-return.eligibility.normally-excluded':
    'Because an exclusion applies, the scheme does not normally apply to the person, and an application will normally be refused.',
  'rule.assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'An exception is made for unaccompanied minor asylum seekers, so the person may apply all the same.',
  'rule.assisted-return.eligibility.exception.possible-trafficking-victim':
    'An exception is made for possible victims of human trafficking, so the person may apply all the same.',
  'rule.assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'An exception is made for victims of violence, coercion or exploitation, so the person may apply all the same.',
  'rule.assisted-return.eligibility.destination.home-country': 'Assisted return takes the person to their home country.',
  'rule.assisted-return.eligibility.destination.country-of-residence':
    'The person may return to a country where they hold a residence permit, although they are not a citizen there, if it is outside the EU/EEA. A copy of a valid residence permit is needed.',
  'rule.assisted-return.eligibility.destination.eea-country':
    '{country} is in the EU/EEA. Assisted return to a country the person is not a citizen of is only to a country outside the EU/EEA.',
  'rule.assisted-return.eligibility.exclusion.excluded-nationality':
    'The person is a citizen of {country}. The scheme does not normally apply to citizens of {country}.',
  'rule.assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Citizens of {country} are exempt from the visa requirement for the Schengen area. The scheme does not normally apply to nationals of a country exempt from the visa requirement.',
  'rule.assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'The person is a citizen of {country}. Citizens of EU/EEA countries and Switzerland need no visa, and the scheme does not normally apply to nationals of a country exempt from the visa requirement.',
  'rule.assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'The person has received support for assisted return or repatriation before, has come back to Norway, and wants to go to a country that takes part in the Dublin cooperation. The scheme does not normally apply to them.',
  'rule.assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'The person had a residence permit on grounds other than a need for protection, and it has expired or been revoked, or they were not granted a new one. The scheme does not normally apply to them.',
  'rule.assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'The person’s application in Norway was rejected because they have been granted protection, residence or a visa in another EU/EEA country. The scheme does not normally apply to them.',
  'rule.assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'The person’s application for protection was handled in UDI’s 48-hour procedure. Applications for assisted return from people in this procedure are not always granted.',
  'rule.assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'The application says the person came to Norway as an unaccompanied minor and is now between 18 and 23 years old, but by the date of birth they are {age, number}. Check the date of birth or the situation given.',
  'rule.assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'The application says the person is an unaccompanied minor asylum seeker, but by the date of birth they are {age, number}, not under 18. Check the date of birth or the answer given.',
  // Rule set 2: reintegration support
  'rule.assisted-return.support.timing.no-deadline': 'The household has not been given a deadline for leaving, so it gets the higher rate.',
  'rule.assisted-return.support.timing.not-registered': 'The household is not registered in Norway, so it gets the higher rate whatever the deadline.',
  'rule.assisted-return.support.age-group.adult': 'This traveller is 18 or over on the day of the application, and counts as an adult.',
  'rule.assisted-return.support.age-group.child': 'This traveller is under 18 on the day of the application, and counts as a child.',
  'rule.assisted-return.support.grant.adult.before-deadline': 'The household gets the reintegration grant for an adult at the higher rate.',
  'rule.assisted-return.support.grant.adult.after-deadline': 'The household gets the reintegration grant for an adult at the lower rate.',
  'rule.assisted-return.support.grant.child.before-deadline': 'The household gets the reintegration grant for a child at the higher rate.',
  'rule.assisted-return.support.grant.child.after-deadline': 'The household gets the reintegration grant for a child at the lower rate.',
  'rule.assisted-return.support.child-extra.before-deadline': 'The household gets the extra grant for a child, which is paid only at the higher rate.',
  'rule.assisted-return.support.child-extra.after-deadline': 'There is no extra grant for a child at the lower rate.',
  'rule.assisted-return.support.travel-document.paid': 'Extra support for handing in a valid travel document (or being named in one), per person.',
  'rule.assisted-return.support.travel-document.closed':
    'The extra support for handing in a valid travel document ended on 1 February 2018, so it is not paid for this application.',
  'rule.assisted-return.support.travel-document.residence-in-other-schengen-country':
    'The person holds a valid residence permit in another Schengen country, so they cannot get the extra support for a valid travel document.',
  'rule.assisted-return.support.programme.not-offered': 'This country programme is not for the household’s citizenship or composition.',
  'rule.assisted-return.support.programme.offered':
    'A return programme for the household’s citizenship gives services in kind. They are listed apart and not counted in the cash total.',
  'rule.assisted-return.support.timing.on-or-before-deadline':
    'The application was made on or before the deadline for leaving ({deadline, date, long}), so the household gets the higher rate. It still applies on the deadline day itself.',
  'rule.assisted-return.support.timing.after-deadline':
    'The deadline for leaving ({deadline, date, long}) had passed when the application was made, so the household gets the lower rate and no extra money for children.',
  'rule.assisted-return.support.programme.iraq-ettc':
    'In Iraq, the person can get reintegration services worth {amount, number, nok} through ETTC, such as school, help to find work, training or starting a business. These are services, not cash.',
  'rule.assisted-return.support.programme.somalia-drc-families':
    'In Somalia, each member of the household can get help to find work, training or help to start a business through the Danish Refugee Council (DRC), worth {amount, number, nok} per person. These are services, not cash.',
  // Rule set 3: the departure situation
  'rule.departure.status.no-right-to-stay':
    'The person has no legal right to stay in Norway and no deadline for leaving runs for them, so they must leave Norway now. If they do not go voluntarily, the police will return them by force.',
  'rule.departure.status.revoked-no-deadline':
    'UNE’s decision gives the person no deadline for leaving. When UNE obliges someone to leave, it also gives a deadline, so the decision does not oblige the person to leave Norway. Check UNE’s decision, which states whether they must leave.',
  'rule.departure.status.staying-without-permission':
    'The person is staying in Norway without permission: they were given a deadline for leaving earlier and are still obliged to leave. They must leave Norway immediately.',
  'rule.departure.status.deferred-implementation-granted':
    'The person has been allowed to remain in Norway while UNE considers the appeal (deferred implementation), until UNE has decided. If UNE rejects the appeal, the person will be given a deadline for leaving.',
  'rule.departure.status.deferred-implementation-denied':
    'The person has not been allowed to remain in Norway while UNE considers the appeal. They are staying illegally and must leave Norway immediately.',
  'rule.departure.status.new-application-pending':
    'The person’s permit or citizenship has been revoked, but a new application for a residence permit is under consideration. The person may be entitled to remain in Norway while it is considered. UNE’s decision says what applies.',
  'rule.departure.area.schengen-when-expelled':
    'Because the person has been expelled, they must also leave the Schengen area, unless they hold a residence permit in another Schengen country.',
  'rule.departure.area.schengen-when-revoked':
    'Because the person’s permit or citizenship has been revoked and no new residence permit in Norway has been granted, they are usually obliged to leave both Norway and the Schengen area.',
  'rule.departure.area.norway-with-schengen-permit':
    'The person holds a residence permit in another Schengen country, so they must leave Norway, but not the Schengen area.',
  'rule.departure.area.dublin-transfer':
    'The person is to be transferred to the Dublin country responsible for their asylum application: they must leave Norway for that country.',
  'rule.departure.area.schengen-after-rejection':
    'A decision that obliges the person to leave Norway also obliges them to leave the Schengen area, unless they hold a residence permit, or have another basis for residence, in another Schengen country.',
  'rule.departure.assisted-return.not-listed':
    'Assisted return is offered only in some cases, and this kind of decision is not among those UDI lists. The person may still ask UDI whether they can apply.',
  'rule.departure.assisted-return.may-apply':
    'The person may apply for assisted return. The deadline for leaving has passed, so the additional support for applying before it is no longer available.',
  'rule.departure.assisted-return.before-deadline':
    'The person may apply for assisted return. An application before the deadline for leaving has passed can bring additional support, and a person granted assisted return will as a general rule not be expelled.',
  'rule.departure.entry-ban.none': 'The person has not been expelled, so they have no entry ban.',
  'rule.departure.documents.not-applicable': 'There is no rule here about documents for this kind of decision.',
  'rule.departure.documents.protection-claim':
    'What happens to the documents the person handed in depends on whether they return voluntarily or are returned by force.',
  'rule.departure.national-registry.not-relevant':
    'The person has no Norwegian personal identity number, so they are not registered as moved in the National Registry.',
  'rule.departure.status.by-deadline': 'The person must leave Norway by {deadline, date, long} at the latest, and is still in time on that day.',
  'rule.departure.status.deadline-passed':
    'The person’s deadline for leaving Norway ({deadline, date, long}) has passed. They are staying in Norway illegally and must leave immediately.',
  'rule.departure.status.deferred-implementation-pending':
    'The person has asked to remain in Norway while UNE considers the appeal (deferred implementation) and will be told whether they may. Most are not allowed to remain, so the person should be ready to leave {deadlineRuns, select, yes {by {deadline, date, long}, the deadline in the decision} other {at once}}.',
  'rule.departure.consequences': 'What can happen if the person does not leave Norway when they must.',
  'rule.departure.note.arrest-and-forced-return':
    'If the person does not leave, the police can arrest them and return them by force. They may be held in detention, and are not told when they could be arrested.',
  'rule.departure.note.deportation-costs-debt':
    'If the police return the person, they must pay the costs of the return. If they cannot pay, the Norwegian authorities pay and the person owes them the money as a debt. They cannot come back to Norway until it is paid.',
  'rule.departure.note.expulsion-and-entry-ban':
    'Because the person has stayed in Norway illegally, they can be expelled from Norway and other Schengen countries and banned from entering the whole Schengen area for 1–5 years. Breaking an entry ban is a criminal offence.',
  'rule.departure.note.no-right-to-work': 'The person may not work in Norway. Working can lead to expulsion.',
  'rule.departure.note.family-returned-together': 'If the person has family who must also leave, the police will try to return them all together.',
  'rule.departure.note.less-money-at-reception-centre': 'If the person lives at an asylum reception centre, they now receive less money than before.',
  'rule.departure.note.arrest-and-forced-return.dublin':
    'If the person is not allowed to remain, the police will arrest them and transfer them to the country that will consider their asylum application.',
  'rule.departure.note.expulsion-and-entry-ban.expelled-again':
    'If the person remains or works illegally in Norway, they can be expelled from Norway and other Schengen countries again, and the entry ban can be made even longer.',
  'rule.departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'If the person stays or works illegally in Norway, they can be expelled from Norway and other Schengen countries, and then banned from entering Norway, and usually the Schengen area, for a set period or permanently.',
  'rule.departure.note.assisted-return.dublin':
    'Instead of being transferred to the Dublin country, the person may apply to UDI for assisted return to their home country: help and money to travel home and resettle there. Whether they qualify depends on the case.',
  'rule.departure.note.assisted-return':
    'The person may apply to UDI for assisted return: help and money to travel home and resettle there, with IOM organising the journey. Whether they qualify depends on the case.',
  'rule.departure.note.additional-support-before-deadline':
    'If the person applies before the deadline for leaving has passed, they can receive additional financial support.',
  'rule.departure.note.no-expulsion-if-granted-before-deadline':
    'If the person applies before the deadline and is granted assisted return, they will as a general rule not be expelled from Norway.',
  'rule.departure.note.no-additional-support-after-deadline':
    'The person’s deadline for leaving has passed, so they can no longer get the additional financial support given to those who apply before the deadline.',
  'rule.departure.note.entry-ban-runs-from-departure':
    'The entry ban applies from the day the person leaves Norway and the Schengen area, so they should tell the Norwegian authorities, for example the police, when they will leave. They may not come back while the ban is in force, and breaking it is a criminal offence.',
  'rule.departure.note.documents-returned-after-voluntary-return':
    'If the person returns home voluntarily, their passport and any other documents they handed in on arrival in Norway are returned to them, at the latest when they arrive in their home country.',
  'rule.departure.note.documents-handed-to-home-authorities-after-forced-return':
    'If the person is returned by force, their documents are handed to the authorities of their home country, and they may have to contact them to get the documents back.',
  'rule.departure.note.registered-as-moved':
    'Because the person has held a residence permit and has a Norwegian personal identity number, they will be registered as moved from Norway in the National Registry, which may cause problems with public services such as doctors, schools and NAV.',
  'rule.departure.note.registration-correction-form':
    'The person’s registration as moved is (or will be) made on 1 October 2017 or later. If they believe the immigration authorities have made a mistake, they can submit the form on UDI’s website.',
  // Rule set 4: forced-return categories
  'rule.forced-return.category.refused': 'The person must leave Norway because they have no permit to stay. This does not ban them from coming back.',
  'rule.forced-return.category.expelled':
    'The person has been expelled. They are banned from entering Norway for a period, and breaking the ban is a criminal offence.',
  'rule.forced-return.category.asylum': 'The person’s application for protection (asylum) in Norway was rejected.',
  'rule.forced-return.category.dublin': 'The person is transferred under the Dublin Regulation to the European country responsible for their asylum claim.',
  'rule.forced-return.category.ip': 'The person has been granted international protection in another Schengen country, and is returned there.',
  'rule.forced-return.responsible.npis': 'The National Police Immigration Service (NPIS) carries out the return.',
  'rule.forced-return.responsible.police-district': 'The police district carries out the return.',
  'rule.forced-return.responsible.udi': 'The Norwegian Directorate of Immigration (UDI) is responsible for assisted returns.',
  // Rule set 5: re-entry
  'rule.re-entry.ban.in-force':
    'The expulsion decided on {decisionDate, date, long} bans the person from entering {scope, select, schengen {Norway and the whole Schengen area} other {Norway}} {permanent, select, yes {permanently} other {for {years, plural, one {# year} other {# years}}, from {start, date, long} up to and including {lastDay, date, long}}}.',
  'rule.re-entry.ban.expired':
    'The entry ban from the person’s expulsion decided on {decisionDate, date, long} has run out: its last day was {lastDay, date, long}.',
  'rule.re-entry.scope.norway-only': 'This entry ban covers Norway only, so it does not stop the person from entering another Schengen country.',
  'rule.re-entry.scope.norway': 'An entry ban always covers Norway.',
  'rule.re-entry.scope.schengen': 'This entry ban covers the whole Schengen area, so it also stops the person from entering another Schengen country.',
  'rule.re-entry.outcome.no-bar':
    '{deported, select, yes {The person was deported earlier, but that alone does not forbid them to come back. } other {}}No entry ban stops the person from entering {destination, select, norway {Norway} other {another Schengen country}} on {plannedEntryDate, date, long}.{owes, select, yes { They still owe {owed, number, nok} for their deportation, which should be paid back before they come to Norway.} other {}}',
  'rule.re-entry.outcome.unpaid-costs':
    'The person owes {owed, number, nok} for their deportation. If it has not been paid back, they may be refused entry when they come to Norway, and may be expelled.',
  'rule.re-entry.outcome.entry-banned':
    'The person may not enter {destination, select, norway {Norway} other {another Schengen country}} on {plannedEntryDate, date, long}: {permanent, select, yes {they are banned from entering permanently.} other {they are banned from entering up to and including {until, date, long}.}}{schengen, select, yes { The ban applies to the whole Schengen area.} other {}} Entering while the ban is in force is a criminal offence.',
  'rule.re-entry.warning.decided-before-2010':
    'The expulsion decided on {decisionDate, date, long} was made before 1 January 2010, under the Immigration Act of 1988. Retur does not hold the ban lengths that Act allowed, so the ban is counted as it was decided: it stays in force until it runs out or is lifted. Check the decision.',
  'rule.re-entry.warning.length-not-allowed-on-decision-date':
    'The expulsion decided on {decisionDate, date, long} set a ban length that the rules in force on that day did not allow. A decision stays in force until it is reversed, so the ban is counted as it was decided. Check the decision.',
  'rule.re-entry.warning.eea-ban-under-minimum':
    'The expulsion decided on {decisionDate, date, long} bans a citizen of an EU/EEA country for less than {minimum} years, the shortest ban the law allows for them. A decision stays in force until it is reversed, so the ban is counted as it was decided. Check the decision.',
};
