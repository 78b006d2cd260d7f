import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'Vendim: kërkesa juaj për kthim të asistuar është pranuar',
  'title.assisted-return-refused': 'Vendim: kërkesa juaj për kthim të asistuar është refuzuar',
  'title.departure-deadline': 'Vendim që duhet të largoheni nga Norvegjia dhe afati juaj i largimit',
  'title.entry-ban': 'Ndalim hyrjeje: nuk mund të ktheheni në Norvegji për një periudhë',
  'title.appeal-decision': 'Vendim për ankesën tuaj',
  'title.deferral-decision': 'Përgjigje për kërkesën tuaj për të qëndruar në Norvegji ndërsa UNE shqyrton ankesën',

  'name.assisted-return-granted': 'Kthimi i asistuar u pranua',
  'name.assisted-return-refused': 'Kthimi i asistuar u refuzua',
  'name.departure-deadline': 'Afati i largimit',
  'name.entry-ban': 'Ndalim hyrjeje',
  'name.appeal-decision': 'Vendimi i UNE për ankesën',
  'name.deferral-decision': 'Shtyrja e ekzekutimit',

  'section.decision': 'Vendimi',
  'section.reasons': 'Arsyet',
  'section.rules': 'Çfarë thonë rregullat',
  'section.support': 'Mbështetja financiare',
  'section.next': 'Çfarë ndodh tani',
  'section.consequences': 'Nëse nuk largoheni',
  'section.appeal': 'Ankesa',
  'section.contact': 'Kontakti',
  'section.sources': 'Burimet',

  from: '{authority, select, udi {Drejtoria Norvegjeze e Imigracionit (UDI)} une {Bordi i Apelimeve të Imigracionit (UNE)} police {Policia Norvegjeze} other {Autoritetet norvegjeze të imigracionit}}',
  'header.from': 'Nga',
  'header.to': 'Për',
  'header.date': 'Data',
  'header.reference': 'Referenca',
  'header.caseNumber': 'Numri i çështjes në UDI',
  'header.concerns': 'Ky vendim ka të bëjë me',
  person: '{name}, i/e lindur më {born, date, long}',
  languageNote: 'Kjo letër është shkruar në gjuhën tuaj dhe në norvegjisht. Nëse dy tekstet ndryshojnë, vlen teksti norvegjisht.',
  'sources.intro': 'Kjo letër mbështetet në këto fjali të informacionit publik të autoriteteve (të cituara në anglisht, siç janë botuar):',

  'contact.udi': 'Drejtoria Norvegjeze e Imigracionit (UDI): www.udi.no.',
  'contact.une': 'Bordi i Apelimeve të Imigracionit (UNE): www.une.no.',
  'contact.police': 'Policia: www.politiet.no.',
  'contact.iom': 'Organizata Ndërkombëtare për Migracionin (IOM) ju ndihmon me udhëtimin: norway.iom.int. Pyetjet për vendimin dërgojini në UDI: www.udi.no.',
  'contact.reference': 'Jepni referencën {reference} kur na kontaktoni.',
  'contact.help': 'Avokati juaj, kujdestari juaj ose stafi i qendrës së pritjes mund t’ju ndihmojnë ta kuptoni këtë letër.',

  'appeal.howTo':
    'Mund ta ankimoni këtë vendim te Bordi i Apelimeve të Imigracionit (UNE). Dërgojeni ankesën {authority, select, police {te policia} other {te UDI}}, që e mori vendimin. Nëse nuk e ndryshojnë vetë vendimin, e dërgojnë ankesën te UNE.',
  'appeal.within': 'Afati i ankimit është tre javë nga dita kur e morët këtë vendim.',
  'appeal.withinFrom': 'U njoftuat për vendimin më {notified, date, long}. Afati i ankimit është tre javë nga ajo ditë.',
  'appeal.lastDay': 'Dita e fundit për t’u ankuar është {lastDay, date, long}.',
  'appeal.content':
    'Shkruani cilin vendim ankimoni, pse mendoni se është i gabuar dhe çfarë doni të ndryshohet, dhe nënshkruajeni ankesën (Ligji për administratën publike, nenet 28, 29 dhe 32).',
  'appeal.lodged': 'Ankesa juaj u regjistrua më {lodged, date, long}.',
  'appeal.decision':
    '{outcome, select, reversed {Bordi i Apelimeve të Imigracionit (UNE) e ka anuluar vendimin e {decided, date, long} që duhet të largoheni nga Norvegjia. Nuk keni nevojë të largoheni nga Norvegjia për shkak të atij vendimi.} other {Bordi i Apelimeve të Imigracionit (UNE) e ka refuzuar ankesën tuaj të {lodged, date, long}. Vendimi i {decided, date, long} që duhet të largoheni nga Norvegjia mbetet në fuqi.}}',
  'appeal.newDeadline': 'UNE ju ka dhënë një afat të ri: duhet të largoheni nga Norvegjia jo më vonë se {deadline, date, long}.',
  'appeal.reasons': 'Arsyet e UNE, siç i shkroi nëpunësi:',
  'appeal.final': 'Vendimi i UNE për një ankesë është përfundimtar dhe nuk mund të ankimohet.',

  'deadline.decision':
    'Më {decided, date, long}, {authority, select, udi {Drejtoria Norvegjeze e Imigracionit (UDI)} une {Bordi i Apelimeve të Imigracionit (UNE)} police {policia} other {autoritetet e imigracionit}} vendosi që duhet të largoheni nga Norvegjia: {kind, select, protectionRejected {kërkesa juaj për mbrojtje (azil) u refuzua} dublinTransfer {një vend tjetër evropian është përgjegjës për kërkesën tuaj për azil (vendim Dublini)} residenceRejected {kërkesa juaj për leje qëndrimi u refuzua} expelled {jeni dëbuar} permitRevoked {leja juaj e qëndrimit u revokua} citizenshipRevoked {shtetësia juaj norvegjeze u revokua} stayingWithoutPermission {po qëndroni në Norvegji pa leje} other {nuk keni të drejtë të qëndroni}}.',
  'deadline.dublin': 'Do të transferoheni në vendin që është përgjegjës për kërkesën tuaj për azil: {country}.',
  'deadline.expelled':
    'Vendimi përfshin dëbim. Pasi të largoheni, nuk mund të ktheheni për sa kohë vlen ndalimi i hyrjes; do të merrni një letër për ndalimin.',
  'deadline.upheld': 'Më {decided, date, long}, Bordi i Apelimeve të Imigracionit (UNE) e refuzoi ankesën tuaj dhe ju dha një afat të ri.',
  'deadline.by': 'Duhet të largoheni nga Norvegjia jo më vonë se {deadline, date, long}.',
  'deadline.leaveNow': 'Duhet të largoheni nga Norvegjia menjëherë.',

  'granted.byUdi': 'Drejtoria Norvegjeze e Imigracionit (UDI) e ka pranuar kërkesën tuaj për kthim të asistuar të {applied, date, long}.',
  'granted.byUne':
    'Bordi i Apelimeve të Imigracionit (UNE) e ka anuluar refuzimin e {refused, date, long}. Kërkesa juaj për kthim të asistuar e {applied, date, long} është pranuar.',
  'granted.destination': 'Do të ktheheni në {country} me ndihmën e IOM.',
  'granted.support': 'Familja juaj do të marrë {amount, number, nok} mbështetje financiare, të llogaritur në ditën kur aplikuat ({applied, date, long}).',
  'granted.supportLine': 'Një udhëtar {age, plural, one {# vjeç} other {# vjeç}}: {amount, number, nok} – {what}',
  'granted.iom':
    'Organizata Ndërkombëtare për Migracionin (IOM) do t’ju kontaktojë për të organizuar udhëtimin: dokumentet e udhëtimit, biletën dhe datën e udhëtimit.',
  'granted.travel': 'Udhëtimi juaj është rezervuar për {travel, date, long}.',
  'granted.withdraw': 'Nëse ndërroni mendje, mund ta tërhiqni kërkesën para se të udhëtoni.',

  'refused.byUdi': 'Drejtoria Norvegjeze e Imigracionit (UDI) e ka refuzuar kërkesën tuaj për kthim të asistuar të {applied, date, long}.',
  'refused.reasons': 'Arsyet e UDI, siç i shkroi nëpunësi:',
  'refused.rules': 'Çfarë thanë rregullat për kërkesën tuaj më {applied, date, long}:',
  'refused.appealDecided':
    '{outcome, select, reversed {Bordi i Apelimeve të Imigracionit (UNE) e anuloi këtë vendim më {decided, date, long}: kërkesa juaj është pranuar. Do të merrni një letër për këtë.} other {Bordi i Apelimeve të Imigracionit (UNE) e refuzoi ankesën tuaj më {decided, date, long}. Refuzimi është përfundimtar.}}',

  'ban.decision':
    'Vendimi i {decided, date, long} nga {authority, select, udi {Drejtoria Norvegjeze e Imigracionit (UDI)} une {Bordi i Apelimeve të Imigracionit (UNE)} police {policia} other {autoritetet e imigracionit}} ju dëbon nga Norvegjia me ndalim hyrjeje:',
  'ban.row':
    '{length, select, permanent {ndalim i përhershëm} other {ndalim për {years, plural, one {# vit} other {# vjet}}}} për të hyrë {scope, select, schengen {në Norvegji dhe në zonën Schengen} other {në Norvegji}} (vendim i {decided, date, long})',
  'ban.fromDeparture': 'Ndalimi vlen nga dita kur largoheni nga Norvegjia dhe zona Schengen. Njoftoni policinë kur do të largoheni.',
  'ban.period': 'Ndalimi vlen nga {from, date, long} deri më {until, date, long}, përfshirë këtë ditë.',
  'ban.fromPermanent': 'Ndalimi vlen nga {from, date, long} dhe nuk ka fund.',
  'ban.meaning': 'Nuk mund të ktheheni për sa kohë ndalimi është në fuqi. Shkelja e një ndalimi hyrjeje është vepër penale.',
  'ban.debt':
    'U detyroheni autoriteteve norvegjeze {amount, number, nok} për shpenzimet e kthimit tuaj. Nuk mund të ktheheni në Norvegji derisa t’i keni paguar.',

  'deferral.decision':
    '{authority, select, une {Bordi i Apelimeve të Imigracionit (UNE)} other {Drejtoria Norvegjeze e Imigracionit (UDI)}} e ka {outcome, select, granted {pranuar} other {refuzuar}} kërkesën tuaj të {requested, date, long} për të qëndruar në Norvegji ndërsa UNE shqyrton ankesën (shtyrja e ekzekutimit).',
  'deferral.granted': 'Mund të qëndroni në Norvegji derisa UNE të vendosë për ankesën tuaj. Nëse UNE e refuzon ankesën, do t’ju jepet një afat i ri largimi.',
  'deferral.denied':
    'Po qëndroni në Norvegji në mënyrë të paligjshme dhe duhet të largoheni nga Norvegjia menjëherë, edhe pse UNE nuk ka vendosur ende për ankesën tuaj.',
  'deferral.reasons': 'Arsyet, siç i shkroi nëpunësi:',

  'page.letters': 'Letrat',
  'page.lettersIntro': 'Çdo vendim si letër për personin, në gjuhën e tij dhe në norvegjisht, për ta printuar ose ruajtur si PDF.',
  'page.lettersIntroMine': 'Çdo vendim në çështjen tuaj si letër, në gjuhën tuaj dhe në norvegjisht, për ta printuar ose ruajtur si PDF.',
  'page.none': 'Ende nuk ka vendim për të cilin të shkruhet letër.',
  'page.intro': 'Letra në {language} dhe në norvegjisht. Për ta ruajtur si PDF, përdorni komandën Printo të shfletuesit dhe zgjidhni “Ruaj si PDF”.',
  'page.introNorwegian': 'Letra në norvegjisht. Për ta ruajtur si PDF, përdorni komandën Printo të shfletuesit dhe zgjidhni “Ruaj si PDF”.',
  'page.back': 'Kthehu te çështja',
  'page.backMine': 'Kthehu te kërkesa ime',
  'page.notYet': 'Kjo çështje nuk ka ende letër “{name}”: vendimi për të cilin do të fliste nuk është marrë.',
  'page.chooseLanguage': 'Gjuha e letrës',
  'page.show': 'Shfaq letrën',
} satisfies Messages<'letter'>;
