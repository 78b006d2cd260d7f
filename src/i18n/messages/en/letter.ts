/**
 * Decision letters (src/cases/letters.ts builds them, src/web/letters/ prints them): the letter itself, and the
 * page around it. A letter's sentences that say what a rule set said come from the `rules` namespace.
 */
export default {
  'title.assisted-return-granted': 'Decision: your application for assisted return is granted',
  'title.assisted-return-refused': 'Decision: your application for assisted return is refused',
  'title.departure-deadline': 'Decision that you must leave Norway, and your deadline for leaving',
  'title.entry-ban': 'Entry ban: you may not come back to Norway for a period',
  'title.appeal-decision': 'Decision on your appeal',
  'title.deferral-decision': 'Answer to your request to remain in Norway while UNE considers your appeal',

  'name.assisted-return-granted': 'Assisted return granted',
  'name.assisted-return-refused': 'Assisted return refused',
  'name.departure-deadline': 'Deadline for leaving',
  'name.entry-ban': 'Entry ban',
  'name.appeal-decision': 'UNE’s decision on the appeal',
  'name.deferral-decision': 'Deferred implementation',

  'section.decision': 'The decision',
  'section.reasons': 'Reasons',
  'section.rules': 'What the rules say',
  'section.support': 'Financial support',
  'section.next': 'What happens now',
  'section.consequences': 'If you do not leave',
  'section.appeal': 'Appeal',
  'section.contact': 'Contact',
  'section.sources': 'Sources',

  from: '{authority, select, udi {The Norwegian Directorate of Immigration (UDI)} une {The Immigration Appeals Board (UNE)} police {The Norwegian Police} other {The Norwegian immigration authorities}}',
  'header.from': 'From',
  'header.to': 'To',
  'header.date': 'Date',
  'header.reference': 'Reference',
  'header.caseNumber': 'UDI case number',
  'header.concerns': 'This decision concerns',
  person: '{name}, born {born, date, long}',
  languageNote: 'This letter is written in your language and in Norwegian. If the two texts differ, the Norwegian text applies.',
  'sources.intro': 'This letter rests on these sentences of the authorities’ public information (quoted in English, as published):',

  'contact.udi': 'The Norwegian Directorate of Immigration (UDI): www.udi.no.',
  'contact.une': 'The Immigration Appeals Board (UNE): www.une.no.',
  'contact.police': 'The police: www.politiet.no.',
  'contact.iom':
    'The International Organization for Migration (IOM) helps you with the journey: norway.iom.int. Questions about the decision go to UDI: www.udi.no.',
  'contact.reference': 'Give the reference {reference} when you contact us.',
  'contact.help': 'Your lawyer, your guardian or the staff at your reception centre can help you understand this letter.',

  'appeal.howTo':
    'You can appeal this decision to the Immigration Appeals Board (UNE). Send the appeal to {authority, select, police {the police} other {UDI}}, who made the decision. If they do not change the decision themselves, they send the appeal on to UNE.',
  'appeal.within': 'The time limit for appealing is three weeks from the day you received this decision.',
  'appeal.withinFrom': 'You were notified of the decision on {notified, date, long}. The time limit for appealing is three weeks from that day.',
  'appeal.lastDay': 'The last day to appeal is {lastDay, date, long}.',
  'appeal.content':
    'Write which decision you appeal, why you think it is wrong and what you want changed, and sign the appeal (Public Administration Act, sections 28, 29 and 32).',
  'appeal.lodged': 'Your appeal was registered on {lodged, date, long}.',
  'appeal.decision':
    '{outcome, select, reversed {The Immigration Appeals Board (UNE) has reversed the decision of {decided, date, long} that you must leave Norway. You do not have to leave Norway because of that decision.} other {The Immigration Appeals Board (UNE) has rejected your appeal of {lodged, date, long}. The decision of {decided, date, long} that you must leave Norway stands.}}',
  'appeal.newDeadline': 'UNE has given you a new deadline: you must leave Norway by {deadline, date, long}.',
  'appeal.reasons': 'UNE’s reasons, as the caseworker wrote them:',
  'appeal.final': 'UNE’s decision on an appeal is final and cannot be appealed.',

  'deadline.decision':
    'On {decided, date, long}, {authority, select, udi {the Norwegian Directorate of Immigration (UDI)} une {the Immigration Appeals Board (UNE)} police {the police} other {the immigration authorities}} decided that you must leave Norway: {kind, select, protectionRejected {your application for protection (asylum) was rejected} dublinTransfer {another European country is responsible for your asylum application (a Dublin decision)} residenceRejected {your application for a residence permit was rejected} expelled {you have been expelled} permitRevoked {your residence permit was revoked} citizenshipRevoked {your Norwegian citizenship was revoked} stayingWithoutPermission {you are staying in Norway without permission} other {you have no right to stay}}.',
  'deadline.dublin': 'You are to be transferred to {country}, which is responsible for your asylum application.',
  'deadline.expelled':
    'The decision includes an expulsion. When you leave, you may not come back for the period of the entry ban; you will get a letter about the ban.',
  'deadline.upheld': 'On {decided, date, long}, the Immigration Appeals Board (UNE) rejected your appeal and gave you a new deadline.',
  'deadline.by': 'You must leave Norway by {deadline, date, long} at the latest.',
  'deadline.leaveNow': 'You must leave Norway immediately.',

  'granted.byUdi': 'The Norwegian Directorate of Immigration (UDI) has granted your application for assisted return of {applied, date, long}.',
  'granted.byUne':
    'The Immigration Appeals Board (UNE) has reversed the refusal of {refused, date, long}. Your application for assisted return of {applied, date, long} is granted.',
  'granted.destination': 'You will return to {country} with help from IOM.',
  'granted.support': 'Your household will receive {amount, number, nok} in financial support, as calculated on the day you applied ({applied, date, long}).',
  'granted.supportLine': 'A traveller aged {age, plural, one {# year} other {# years}}: {amount, number, nok} – {what}',
  'granted.iom':
    'The International Organization for Migration (IOM) will contact you to arrange the journey: travel documents, the ticket and the travel date.',
  'granted.travel': 'Your journey is booked for {travel, date, long}.',
  'granted.withdraw': 'If you change your mind, you can withdraw your application before you travel.',

  'refused.byUdi': 'The Norwegian Directorate of Immigration (UDI) has refused your application for assisted return of {applied, date, long}.',
  'refused.reasons': 'UDI’s reasons, as the caseworker wrote them:',
  'refused.rules': 'What the rules said about your application on {applied, date, long}:',
  'refused.appealDecided':
    '{outcome, select, reversed {The Immigration Appeals Board (UNE) reversed this decision on {decided, date, long}: your application is granted. You will get a letter about it.} other {The Immigration Appeals Board (UNE) rejected your appeal on {decided, date, long}. The refusal is final.}}',

  'ban.decision':
    'The decision of {decided, date, long} by {authority, select, udi {the Norwegian Directorate of Immigration (UDI)} une {the Immigration Appeals Board (UNE)} police {the police} other {the immigration authorities}} expels you from Norway with an entry ban:',
  'ban.row':
    '{length, select, permanent {a permanent ban} other {a ban of {years, plural, one {# year} other {# years}}}} on entering {scope, select, schengen {Norway and the Schengen area} other {Norway}} (decision of {decided, date, long})',
  'ban.fromDeparture': 'The ban applies from the day you leave Norway and the Schengen area. Tell the police when you are going to leave.',
  'ban.period': 'The ban applies from {from, date, long} up to and including {until, date, long}.',
  'ban.fromPermanent': 'The ban applies from {from, date, long} and has no end.',
  'ban.meaning': 'You may not come back while the ban is in force. Breaking an entry ban is a criminal offence.',
  'ban.debt': 'You owe the Norwegian authorities {amount, number, nok} for the costs of your return. You cannot come back to Norway until you have paid it.',

  'deferral.decision':
    '{authority, select, une {The Immigration Appeals Board (UNE)} other {The Norwegian Directorate of Immigration (UDI)}} has {outcome, select, granted {granted} other {refused}} your request of {requested, date, long} to remain in Norway while UNE considers your appeal (deferred implementation).',
  'deferral.granted': 'You may stay in Norway until UNE has decided your appeal. If UNE rejects the appeal, you will be given a new deadline for leaving.',
  'deferral.denied': 'You are staying in Norway illegally and must leave Norway immediately, even though UNE has not yet decided your appeal.',
  'deferral.reasons': 'The reasons, as the caseworker wrote them:',

  'page.letters': 'Letters',
  'page.lettersIntro': 'Each decision as a letter to the person, in their language and in Norwegian, to print or save as PDF.',
  'page.lettersIntroMine': 'Each decision in your case as a letter, in your language and in Norwegian, to print or save as a PDF.',
  'page.none': 'There is no decision to write a letter about yet.',
  'page.intro': 'The letter in {language} and in Norwegian. To save it as a PDF, use your browser’s Print command and choose “Save as PDF”.',
  'page.introNorwegian': 'The letter in Norwegian. To save it as a PDF, use your browser’s Print command and choose “Save as PDF”.',
  'page.back': 'Back to the case',
  'page.backMine': 'Back to my application',
  'page.notYet': 'This case has no letter “{name}” yet: the decision it would tell has not been made.',
  'page.chooseLanguage': 'Language of the letter',
  'page.show': 'Show the letter',
};
