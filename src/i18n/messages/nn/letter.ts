import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'Vedtak: søknaden din om assistert retur er innvilga',
  'title.assisted-return-refused': 'Vedtak: søknaden din om assistert retur er avslått',
  'title.departure-deadline': 'Vedtak om at du må forlate Noreg, og fristen din for å reise',
  'title.entry-ban': 'Innreiseforbod: du kan ikkje kome tilbake til Noreg i ein periode',
  'title.appeal-decision': 'Vedtak i klagesaka di',
  'title.deferral-decision': 'Svar på oppmodinga di om å få bli i Noreg medan UNE behandlar klaga',

  'name.assisted-return-granted': 'Assistert retur innvilga',
  'name.assisted-return-refused': 'Assistert retur avslått',
  'name.departure-deadline': 'Utreisefrist',
  'name.entry-ban': 'Innreiseforbod',
  'name.appeal-decision': 'Vedtaket til UNE i klagesaka',
  'name.deferral-decision': 'Utsett iverksetjing',

  'section.decision': 'Vedtaket',
  'section.reasons': 'Grunngiving',
  'section.rules': 'Kva reglane seier',
  'section.support': 'Økonomisk stønad',
  'section.next': 'Kva skjer no',
  'section.consequences': 'Dersom du ikkje reiser',
  'section.appeal': 'Klage',
  'section.contact': 'Kontakt',
  'section.sources': 'Kjelder',

  from: '{authority, select, udi {Utlendingsdirektoratet (UDI)} une {Utlendingsnemnda (UNE)} police {Politiet} other {Utlendingsstyresmaktene}}',
  'header.from': 'Frå',
  'header.to': 'Til',
  'header.date': 'Dato',
  'header.reference': 'Referanse',
  'header.caseNumber': 'Saksnummeret til UDI',
  'header.concerns': 'Vedtaket gjeld',
  person: '{name}, fødd {born, date, long}',
  languageNote: 'Dette brevet er skrive på språket ditt og på norsk. Dersom tekstane er ulike, gjeld den norske teksten.',
  'sources.intro': 'Brevet byggjer på desse setningane i den offentlege informasjonen frå styresmaktene (siterte på engelsk, slik dei er publiserte):',

  'contact.udi': 'Utlendingsdirektoratet (UDI): www.udi.no.',
  'contact.une': 'Utlendingsnemnda (UNE): www.une.no.',
  'contact.police': 'Politiet: www.politiet.no.',
  'contact.iom':
    'Den internasjonale organisasjonen for migrasjon (IOM) hjelper deg med reisa: norway.iom.int. Spørsmål om vedtaket sender du til UDI: www.udi.no.',
  'contact.reference': 'Oppgi referansen {reference} når du kontaktar oss.',
  'contact.help': 'Advokaten din, verja di eller dei tilsette på mottaket kan hjelpe deg å forstå dette brevet.',

  'appeal.howTo':
    'Du kan klage på vedtaket til Utlendingsnemnda (UNE). Send klaga til {authority, select, police {politiet} other {UDI}}, som gjorde vedtaket. Dersom dei ikkje endrar vedtaket sjølve, sender dei klaga vidare til UNE.',
  'appeal.within': 'Klagefristen er tre veker frå den dagen du fekk vedtaket.',
  'appeal.withinFrom': 'Du fekk melding om vedtaket {notified, date, long}. Klagefristen er tre veker frå den dagen.',
  'appeal.lastDay': 'Siste dag for å klage er {lastDay, date, long}.',
  'appeal.content':
    'Skriv kva vedtak du klagar på, kvifor du meiner det er feil og kva du ønskjer endra, og skriv under klaga (forvaltningslova §§ 28, 29 og 32).',
  'appeal.lodged': 'Klaga di vart registrert {lodged, date, long}.',
  'appeal.decision':
    '{outcome, select, reversed {Utlendingsnemnda (UNE) har gjort om vedtaket av {decided, date, long} om at du må forlate Noreg. Du må ikkje forlate Noreg på grunn av det vedtaket.} other {Utlendingsnemnda (UNE) har avslått klaga di av {lodged, date, long}. Vedtaket av {decided, date, long} om at du må forlate Noreg, står ved lag.}}',
  'appeal.newDeadline': 'UNE har gitt deg ein ny frist: du må forlate Noreg seinast {deadline, date, long}.',
  'appeal.reasons': 'Grunngivinga til UNE, slik saksbehandlaren skreiv henne:',
  'appeal.final': 'Vedtaket til UNE i ei klagesak er endeleg og kan ikkje klagast på.',

  'deadline.decision':
    '{decided, date, long} bestemde {authority, select, udi {Utlendingsdirektoratet (UDI)} une {Utlendingsnemnda (UNE)} police {politiet} other {utlendingsstyresmaktene}} at du må forlate Noreg: {kind, select, protectionRejected {søknaden din om vern (asyl) vart avslått} dublinTransfer {eit anna europeisk land har ansvaret for asylsøknaden din (eit Dublin-vedtak)} residenceRejected {søknaden din om opphaldsløyve vart avslått} expelled {du er utvist} permitRevoked {opphaldsløyvet ditt vart tilbakekalla} citizenshipRevoked {det norske statsborgarskapet ditt vart tilbakekalla} stayingWithoutPermission {du oppheld deg i Noreg utan løyve} other {du har ikkje rett til å vere her}}.',
  'deadline.dublin': 'Du skal overførast til {country}, som har ansvaret for asylsøknaden din.',
  'deadline.expelled':
    'Vedtaket omfattar utvising. Når du har reist, kan du ikkje kome tilbake så lenge innreiseforbodet gjeld; du får eit eige brev om forbodet.',
  'deadline.upheld': '{decided, date, long} avslo Utlendingsnemnda (UNE) klaga di og gav deg ein ny frist.',
  'deadline.by': 'Du må forlate Noreg seinast {deadline, date, long}.',
  'deadline.leaveNow': 'Du må forlate Noreg med ein gong.',

  'granted.byUdi': 'Utlendingsdirektoratet (UDI) har innvilga søknaden din om assistert retur av {applied, date, long}.',
  'granted.byUne':
    'Utlendingsnemnda (UNE) har gjort om avslaget av {refused, date, long}. Søknaden din om assistert retur av {applied, date, long} er innvilga.',
  'granted.destination': 'Du skal reise tilbake til {country} med hjelp frå IOM.',
  'granted.support': 'Hushaldet ditt får {amount, number, nok} i økonomisk stønad, rekna ut den dagen du søkte ({applied, date, long}).',
  'granted.supportLine': 'Ein reisande på {age, plural, one {# år} other {# år}}: {amount, number, nok} – {what}',
  'granted.iom': 'Den internasjonale organisasjonen for migrasjon (IOM) kontaktar deg for å ordne reisa: reisedokument, billett og reisedato.',
  'granted.travel': 'Reisa di er bestilt til {travel, date, long}.',
  'granted.withdraw': 'Dersom du ombestemmer deg, kan du trekkje søknaden før du reiser.',

  'refused.byUdi': 'Utlendingsdirektoratet (UDI) har avslått søknaden din om assistert retur av {applied, date, long}.',
  'refused.reasons': 'Grunngivinga til UDI, slik saksbehandlaren skreiv henne:',
  'refused.rules': 'Kva reglane sa om søknaden din {applied, date, long}:',
  'refused.appealDecided':
    '{outcome, select, reversed {Utlendingsnemnda (UNE) gjorde om dette vedtaket {decided, date, long}: søknaden din er innvilga. Du får eit eige brev om det.} other {Utlendingsnemnda (UNE) avslo klaga di {decided, date, long}. Avslaget er endeleg.}}',

  'ban.decision':
    'Vedtaket av {decided, date, long} frå {authority, select, udi {Utlendingsdirektoratet (UDI)} une {Utlendingsnemnda (UNE)} police {politiet} other {utlendingsstyresmaktene}} utviser deg frå Noreg med innreiseforbod:',
  'ban.row':
    '{length, select, permanent {varig forbod} other {forbod i {years, plural, one {# år} other {# år}}}} mot innreise til {scope, select, schengen {Noreg og Schengen-området} other {Noreg}} (vedtak av {decided, date, long})',
  'ban.fromDeparture': 'Forbodet gjeld frå den dagen du forlèt Noreg og Schengen-området. Sei frå til politiet når du skal reise.',
  'ban.period': 'Forbodet gjeld frå {from, date, long} til og med {until, date, long}.',
  'ban.fromPermanent': 'Forbodet gjeld frå {from, date, long} og har inga slutt.',
  'ban.meaning': 'Du kan ikkje kome tilbake så lenge forbodet gjeld. Brot på innreiseforbod er straffbart.',
  'ban.debt':
    'Du skuldar norske styresmakter {amount, number, nok} for kostnadene ved uttransporteringa. Du kan ikkje kome tilbake til Noreg før du har betalt.',

  'deferral.decision':
    '{authority, select, une {Utlendingsnemnda (UNE)} other {Utlendingsdirektoratet (UDI)}} har {outcome, select, granted {innvilga} other {avslått}} oppmodinga di av {requested, date, long} om å få bli i Noreg medan UNE behandlar klaga (utsett iverksetjing).',
  'deferral.granted': 'Du kan bli i Noreg til UNE har avgjort klaga. Dersom UNE avslår klaga, får du ein ny utreisefrist.',
  'deferral.denied': 'Du oppheld deg ulovleg i Noreg og må forlate Noreg med ein gong, sjølv om UNE ikkje har avgjort klaga enno.',
  'deferral.reasons': 'Grunngivinga, slik saksbehandlaren skreiv henne:',

  'page.letters': 'Brev',
  'page.lettersIntro': 'Kvart vedtak som brev til personen, på språket til personen og på norsk, til utskrift eller lagring som PDF.',
  'page.lettersIntroMine': 'Kvart vedtak i saka di som brev, på språket ditt og på norsk, til utskrift eller lagring som PDF.',
  'page.none': 'Det finst enno ikkje noko vedtak å skrive brev om.',
  'page.intro': 'Brevet på {language} og på norsk. Vil du lagre det som PDF, bruker du utskriftskommandoen i nettlesaren og vel «Lagre som PDF».',
  'page.introNorwegian': 'Brevet på norsk. Vil du lagre det som PDF, bruker du utskriftskommandoen i nettlesaren og vel «Lagre som PDF».',
  'page.back': 'Tilbake til saka',
  'page.backMine': 'Tilbake til søknaden min',
  'page.notYet': 'Saka har enno ikkje noko brev «{name}»: vedtaket brevet skulle fortelje om, er ikkje gjort.',
  'page.chooseLanguage': 'Språket i brevet',
  'page.show': 'Vis brevet',
} satisfies Messages<'letter'>;
