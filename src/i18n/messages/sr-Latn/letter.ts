import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'Rešenje: vaš zahtev za pomoć pri povratku je odobren',
  'title.assisted-return-refused': 'Rešenje: vaš zahtev za pomoć pri povratku je odbijen',
  'title.departure-deadline': 'Rešenje da morate napustiti Norvešku i vaš rok za odlazak',
  'title.entry-ban': 'Zabrana ulaska: ne možete se vratiti u Norvešku određeno vreme',
  'title.appeal-decision': 'Rešenje o vašoj žalbi',
  'title.deferral-decision': 'Odgovor na vaš zahtev da ostanete u Norveškoj dok UNE razmatra žalbu',

  'name.assisted-return-granted': 'Pomoć pri povratku odobrena',
  'name.assisted-return-refused': 'Pomoć pri povratku odbijena',
  'name.departure-deadline': 'Rok za odlazak',
  'name.entry-ban': 'Zabrana ulaska',
  'name.appeal-decision': 'Rešenje UNE o žalbi',
  'name.deferral-decision': 'Odlaganje izvršenja',

  'section.decision': 'Rešenje',
  'section.reasons': 'Obrazloženje',
  'section.rules': 'Šta kažu pravila',
  'section.support': 'Finansijska pomoć',
  'section.next': 'Šta se sada dešava',
  'section.consequences': 'Ako ne odete',
  'section.appeal': 'Žalba',
  'section.contact': 'Kontakt',
  'section.sources': 'Izvori',

  from: '{authority, select, udi {Direktorat za imigraciju Norveške (UDI)} une {Žalbena komisija za imigraciju (UNE)} police {Norveška policija} other {Norveški imigracioni organi}}',
  'header.from': 'Od',
  'header.to': 'Za',
  'header.date': 'Datum',
  'header.reference': 'Referenca',
  'header.caseNumber': 'Broj predmeta u UDI',
  'header.concerns': 'Rešenje se odnosi na',
  person: '{name}, rođen(a) {born, date, long}',
  languageNote: 'Ovo pismo je napisano na vašem jeziku i na norveškom. Ako se tekstovi razlikuju, važi norveški tekst.',
  'sources.intro': 'Pismo se zasniva na ovim rečenicama iz javnih informacija organa vlasti (citirane na engleskom, kako su objavljene):',

  'contact.udi': 'Direktorat za imigraciju (UDI): www.udi.no.',
  'contact.une': 'Žalbena komisija za imigraciju (UNE): www.une.no.',
  'contact.police': 'Policija: www.politiet.no.',
  'contact.iom': 'Međunarodna organizacija za migracije (IOM) pomaže vam oko putovanja: norway.iom.int. Pitanja o rešenju šaljite UDI-ju: www.udi.no.',
  'contact.reference': 'Navedite referencu {reference} kada nam se obraćate.',
  'contact.help': 'Vaš advokat, staratelj ili zaposleni u prihvatnom centru mogu vam pomoći da razumete ovo pismo.',

  'appeal.howTo':
    'Na ovo rešenje možete uložiti žalbu Žalbenoj komisiji za imigraciju (UNE). Pošaljite žalbu {authority, select, police {policiji} other {UDI-ju}}, koji je doneo rešenje. Ako sam ne izmeni rešenje, prosleđuje žalbu UNE-u.',
  'appeal.within': 'Rok za žalbu je tri nedelje od dana kada ste primili ovo rešenje.',
  'appeal.withinFrom': 'Obavešteni ste o rešenju {notified, date, long}. Rok za žalbu je tri nedelje od tog dana.',
  'appeal.lastDay': 'Poslednji dan za žalbu je {lastDay, date, long}.',
  'appeal.content':
    'Napišite na koje rešenje se žalite, zašto mislite da je pogrešno i šta želite da se promeni, i potpišite žalbu (Zakon o upravnom postupku, članovi 28, 29 i 32).',
  'appeal.lodged': 'Vaša žalba je registrovana {lodged, date, long}.',
  'appeal.decision':
    '{outcome, select, reversed {Žalbena komisija za imigraciju (UNE) je poništila rešenje od {decided, date, long} da morate napustiti Norvešku. Zbog tog rešenja ne morate napustiti Norvešku.} other {Žalbena komisija za imigraciju (UNE) je odbila vašu žalbu od {lodged, date, long}. Rešenje od {decided, date, long} da morate napustiti Norvešku ostaje na snazi.}}',
  'appeal.newDeadline': 'UNE vam je dao novi rok: morate napustiti Norvešku najkasnije {deadline, date, long}.',
  'appeal.reasons': 'Obrazloženje UNE, kako ga je napisao službenik:',
  'appeal.final': 'Rešenje UNE o žalbi je konačno i na njega se ne može žaliti.',

  'deadline.decision':
    '{decided, date, long} {authority, select, udi {Direktorat za imigraciju (UDI)} une {Žalbena komisija za imigraciju (UNE)} police {policija} other {imigracioni organi}} je odlučio da morate napustiti Norvešku: {kind, select, protectionRejected {vaš zahtev za zaštitu (azil) je odbijen} dublinTransfer {druga evropska zemlja je odgovorna za vaš zahtev za azil (dablinsko rešenje)} residenceRejected {vaš zahtev za dozvolu boravka je odbijen} expelled {proterani ste} permitRevoked {vaša dozvola boravka je opozvana} citizenshipRevoked {vaše norveško državljanstvo je oduzeto} stayingWithoutPermission {boravite u Norveškoj bez dozvole} other {nemate pravo da ostanete}}.',
  'deadline.dublin': 'Bićete premešteni u zemlju koja je odgovorna za vaš zahtev za azil: {country}.',
  'deadline.expelled': 'Rešenje obuhvata proterivanje. Kada odete, ne možete se vratiti dok traje zabrana ulaska; o zabrani ćete dobiti posebno pismo.',
  'deadline.upheld': '{decided, date, long} Žalbena komisija za imigraciju (UNE) je odbila vašu žalbu i dala vam novi rok.',
  'deadline.by': 'Morate napustiti Norvešku najkasnije {deadline, date, long}.',
  'deadline.leaveNow': 'Morate odmah napustiti Norvešku.',

  'granted.byUdi': 'Direktorat za imigraciju (UDI) je odobrio vaš zahtev za pomoć pri povratku od {applied, date, long}.',
  'granted.byUne':
    'Žalbena komisija za imigraciju (UNE) je poništila odbijanje od {refused, date, long}. Vaš zahtev za pomoć pri povratku od {applied, date, long} je odobren.',
  'granted.destination': 'Vratićete se u zemlju {country} uz pomoć IOM-a.',
  'granted.support': 'Vaše domaćinstvo će dobiti {amount, number, nok} finansijske pomoći, izračunate na dan kada ste podneli zahtev ({applied, date, long}).',
  'granted.supportLine': 'Putnik star {age, plural, one {# godinu} few {# godine} other {# godina}}: {amount, number, nok} – {what}',
  'granted.iom': 'Međunarodna organizacija za migracije (IOM) će vas kontaktirati da organizuje putovanje: putne isprave, kartu i datum putovanja.',
  'granted.travel': 'Vaše putovanje je rezervisano za {travel, date, long}.',
  'granted.withdraw': 'Ako se predomislite, možete povući zahtev pre putovanja.',

  'refused.byUdi': 'Direktorat za imigraciju (UDI) je odbio vaš zahtev za pomoć pri povratku od {applied, date, long}.',
  'refused.reasons': 'Obrazloženje UDI, kako ga je napisao službenik:',
  'refused.rules': 'Šta su pravila rekla o vašem zahtevu na dan {applied, date, long}:',
  'refused.appealDecided':
    '{outcome, select, reversed {Žalbena komisija za imigraciju (UNE) je poništila ovo rešenje {decided, date, long}: vaš zahtev je odobren. O tome ćete dobiti posebno pismo.} other {Žalbena komisija za imigraciju (UNE) je odbila vašu žalbu {decided, date, long}. Odbijanje je konačno.}}',

  'ban.decision':
    'Rešenjem od {decided, date, long} koje je doneo {authority, select, udi {Direktorat za imigraciju (UDI)} une {Žalbena komisija za imigraciju (UNE)} police {policija} other {imigracioni organi}} proterani ste iz Norveške sa zabranom ulaska:',
  'ban.row':
    '{length, select, permanent {trajna zabrana} other {zabrana od {years, plural, one {# godine} few {# godine} other {# godina}}}} ulaska {scope, select, schengen {u Norvešku i šengenski prostor} other {u Norvešku}} (rešenje od {decided, date, long})',
  'ban.fromDeparture': 'Zabrana važi od dana kada napustite Norvešku i šengenski prostor. Obavestite policiju kada nameravate da odete.',
  'ban.period': 'Zabrana važi od {from, date, long} do {until, date, long}, uključujući i taj dan.',
  'ban.fromPermanent': 'Zabrana važi od {from, date, long} i nema kraj.',
  'ban.meaning': 'Ne možete se vratiti dok je zabrana na snazi. Kršenje zabrane ulaska je krivično delo.',
  'ban.debt': 'Dugujete norveškim vlastima {amount, number, nok} za troškove vašeg povratka. Ne možete se vratiti u Norvešku dok to ne platite.',

  'deferral.decision':
    '{authority, select, une {Žalbena komisija za imigraciju (UNE)} other {Direktorat za imigraciju (UDI)}} je {outcome, select, granted {odobrio} other {odbio}} vaš zahtev od {requested, date, long} da ostanete u Norveškoj dok UNE razmatra žalbu (odlaganje izvršenja).',
  'deferral.granted': 'Možete ostati u Norveškoj dok UNE ne odluči o vašoj žalbi. Ako UNE odbije žalbu, dobićete novi rok za odlazak.',
  'deferral.denied': 'Boravite u Norveškoj nezakonito i morate odmah napustiti Norvešku, iako UNE još nije odlučio o vašoj žalbi.',
  'deferral.reasons': 'Obrazloženje, kako ga je napisao službenik:',

  'page.letters': 'Pisma',
  'page.lettersIntro': 'Svako rešenje kao pismo osobi, na njenom jeziku i na norveškom, za štampu ili čuvanje kao PDF.',
  'page.lettersIntroMine': 'Svako rešenje u vašem predmetu kao pismo, na vašem jeziku i na norveškom, za štampu ili čuvanje kao PDF.',
  'page.none': 'Još nema rešenja o kome bi se pisalo pismo.',
  'page.intro': 'Pismo na jeziku „{language}” i na norveškom. Da biste ga sačuvali kao PDF, izaberite Štampaj u pregledaču, a zatim „Sačuvaj kao PDF”.',
  'page.introNorwegian': 'Pismo na norveškom. Da biste ga sačuvali kao PDF, izaberite Štampaj u pregledaču, a zatim „Sačuvaj kao PDF”.',
  'page.back': 'Nazad na predmet',
  'page.backMine': 'Nazad na moj zahtev',
  'page.notYet': 'Ovaj predmet još nema pismo „{name}”: rešenje o kome bi pismo govorilo nije doneto.',
  'page.chooseLanguage': 'Jezik pisma',
  'page.show': 'Prikaži pismo',
} satisfies Messages<'letter'>;
