import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'Vedtak: søknaden din om assistert retur er innvilget',
  'title.assisted-return-refused': 'Vedtak: søknaden din om assistert retur er avslått',
  'title.departure-deadline': 'Vedtak om at du må forlate Norge, og fristen din for å reise',
  'title.entry-ban': 'Innreiseforbud: du kan ikke komme tilbake til Norge i en periode',
  'title.appeal-decision': 'Vedtak i klagesaken din',
  'title.deferral-decision': 'Svar på anmodningen din om å få bli i Norge mens UNE behandler klagen',

  'name.assisted-return-granted': 'Assistert retur innvilget',
  'name.assisted-return-refused': 'Assistert retur avslått',
  'name.departure-deadline': 'Utreisefrist',
  'name.entry-ban': 'Innreiseforbud',
  'name.appeal-decision': 'UNEs vedtak i klagesaken',
  'name.deferral-decision': 'Utsatt iverksetting',

  'section.decision': 'Vedtaket',
  'section.reasons': 'Begrunnelse',
  'section.rules': 'Hva reglene sier',
  'section.support': 'Økonomisk støtte',
  'section.next': 'Hva skjer nå',
  'section.consequences': 'Hvis du ikke reiser',
  'section.appeal': 'Klage',
  'section.contact': 'Kontakt',
  'section.sources': 'Kilder',

  from: '{authority, select, udi {Utlendingsdirektoratet (UDI)} une {Utlendingsnemnda (UNE)} police {Politiet} other {Utlendingsmyndighetene}}',
  'header.from': 'Fra',
  'header.to': 'Til',
  'header.date': 'Dato',
  'header.reference': 'Referanse',
  'header.caseNumber': 'UDIs saksnummer',
  'header.concerns': 'Vedtaket gjelder',
  person: '{name}, født {born, date, long}',
  languageNote: 'Dette brevet er skrevet på ditt språk og på norsk. Hvis tekstene er ulike, gjelder den norske teksten.',
  'sources.intro': 'Brevet bygger på disse setningene i myndighetenes offentlige informasjon (sitert på engelsk, slik de er publisert):',

  'contact.udi': 'Utlendingsdirektoratet (UDI): www.udi.no.',
  'contact.une': 'Utlendingsnemnda (UNE): www.une.no.',
  'contact.police': 'Politiet: www.politiet.no.',
  'contact.iom':
    'Den internasjonale organisasjonen for migrasjon (IOM) hjelper deg med reisen: norway.iom.int. Spørsmål om vedtaket sender du til UDI: www.udi.no.',
  'contact.reference': 'Oppgi referansen {reference} når du kontakter oss.',
  'contact.help': 'Advokaten din, vergen din eller de ansatte på mottaket kan hjelpe deg å forstå dette brevet.',

  'appeal.howTo':
    'Du kan klage på vedtaket til Utlendingsnemnda (UNE). Send klagen til {authority, select, police {politiet} other {UDI}}, som traff vedtaket. Hvis de ikke endrer vedtaket selv, sender de klagen videre til UNE.',
  'appeal.within': 'Klagefristen er tre uker fra den dagen du mottok vedtaket.',
  'appeal.withinFrom': 'Du fikk melding om vedtaket {notified, date, long}. Klagefristen er tre uker fra den dagen.',
  'appeal.lastDay': 'Siste dag for å klage er {lastDay, date, long}.',
  'appeal.content':
    'Skriv hvilket vedtak du klager på, hvorfor du mener det er feil og hva du ønsker endret, og underskriv klagen (forvaltningsloven §§ 28, 29 og 32).',
  'appeal.lodged': 'Klagen din ble registrert {lodged, date, long}.',
  'appeal.decision':
    '{outcome, select, reversed {Utlendingsnemnda (UNE) har omgjort vedtaket av {decided, date, long} om at du må forlate Norge. Du må ikke forlate Norge på grunn av det vedtaket.} other {Utlendingsnemnda (UNE) har avslått klagen din av {lodged, date, long}. Vedtaket av {decided, date, long} om at du må forlate Norge, står ved lag.}}',
  'appeal.newDeadline': 'UNE har gitt deg en ny frist: du må forlate Norge senest {deadline, date, long}.',
  'appeal.reasons': 'UNEs begrunnelse, slik saksbehandleren skrev den:',
  'appeal.final': 'UNEs vedtak i en klagesak er endelig og kan ikke påklages.',

  'deadline.decision':
    '{decided, date, long} bestemte {authority, select, udi {Utlendingsdirektoratet (UDI)} une {Utlendingsnemnda (UNE)} police {politiet} other {utlendingsmyndighetene}} at du må forlate Norge: {kind, select, protectionRejected {søknaden din om beskyttelse (asyl) ble avslått} dublinTransfer {et annet europeisk land har ansvaret for asylsøknaden din (et Dublin-vedtak)} residenceRejected {søknaden din om oppholdstillatelse ble avslått} expelled {du er utvist} permitRevoked {oppholdstillatelsen din ble tilbakekalt} citizenshipRevoked {det norske statsborgerskapet ditt ble tilbakekalt} stayingWithoutPermission {du oppholder deg i Norge uten tillatelse} other {du har ikke rett til å være her}}.',
  'deadline.dublin': 'Du skal overføres til {country}, som har ansvaret for asylsøknaden din.',
  'deadline.expelled':
    'Vedtaket omfatter utvisning. Når du har reist, kan du ikke komme tilbake så lenge innreiseforbudet gjelder; du får et eget brev om forbudet.',
  'deadline.upheld': '{decided, date, long} avslo Utlendingsnemnda (UNE) klagen din og ga deg en ny frist.',
  'deadline.by': 'Du må forlate Norge senest {deadline, date, long}.',
  'deadline.leaveNow': 'Du må forlate Norge umiddelbart.',

  'granted.byUdi': 'Utlendingsdirektoratet (UDI) har innvilget søknaden din om assistert retur av {applied, date, long}.',
  'granted.byUne':
    'Utlendingsnemnda (UNE) har omgjort avslaget av {refused, date, long}. Søknaden din om assistert retur av {applied, date, long} er innvilget.',
  'granted.destination': 'Du skal reise tilbake til {country} med hjelp fra IOM.',
  'granted.support': 'Husstanden din får {amount, number, nok} i økonomisk støtte, beregnet på den dagen du søkte ({applied, date, long}).',
  'granted.supportLine': 'En reisende på {age, plural, one {# år} other {# år}}: {amount, number, nok} – {what}',
  'granted.iom': 'Den internasjonale organisasjonen for migrasjon (IOM) kontakter deg for å ordne reisen: reisedokumenter, billett og reisedato.',
  'granted.travel': 'Reisen din er bestilt til {travel, date, long}.',
  'granted.withdraw': 'Hvis du ombestemmer deg, kan du trekke søknaden før du reiser.',

  'refused.byUdi': 'Utlendingsdirektoratet (UDI) har avslått søknaden din om assistert retur av {applied, date, long}.',
  'refused.reasons': 'UDIs begrunnelse, slik saksbehandleren skrev den:',
  'refused.rules': 'Hva reglene sa om søknaden din {applied, date, long}:',
  'refused.appealDecided':
    '{outcome, select, reversed {Utlendingsnemnda (UNE) omgjorde dette vedtaket {decided, date, long}: søknaden din er innvilget. Du får et eget brev om det.} other {Utlendingsnemnda (UNE) avslo klagen din {decided, date, long}. Avslaget er endelig.}}',

  'ban.decision':
    'Vedtaket av {decided, date, long} fra {authority, select, udi {Utlendingsdirektoratet (UDI)} une {Utlendingsnemnda (UNE)} police {politiet} other {utlendingsmyndighetene}} utviser deg fra Norge med innreiseforbud:',
  'ban.row':
    '{length, select, permanent {varig forbud} other {forbud i {years, plural, one {# år} other {# år}}}} mot innreise til {scope, select, schengen {Norge og Schengen-området} other {Norge}} (vedtak av {decided, date, long})',
  'ban.fromDeparture': 'Forbudet gjelder fra den dagen du forlater Norge og Schengen-området. Si fra til politiet når du skal reise.',
  'ban.period': 'Forbudet gjelder fra {from, date, long} til og med {until, date, long}.',
  'ban.fromPermanent': 'Forbudet gjelder fra {from, date, long} og har ingen slutt.',
  'ban.meaning': 'Du kan ikke komme tilbake så lenge forbudet gjelder. Brudd på innreiseforbud er straffbart.',
  'ban.debt':
    'Du skylder norske myndigheter {amount, number, nok} for kostnadene ved uttransporteringen. Du kan ikke komme tilbake til Norge før du har betalt.',

  'deferral.decision':
    '{authority, select, une {Utlendingsnemnda (UNE)} other {Utlendingsdirektoratet (UDI)}} har {outcome, select, granted {innvilget} other {avslått}} anmodningen din av {requested, date, long} om å få bli i Norge mens UNE behandler klagen (utsatt iverksetting).',
  'deferral.granted': 'Du kan bli i Norge til UNE har avgjort klagen. Hvis UNE avslår klagen, får du en ny utreisefrist.',
  'deferral.denied': 'Du oppholder deg ulovlig i Norge og må forlate Norge umiddelbart, selv om UNE ikke har avgjort klagen ennå.',
  'deferral.reasons': 'Begrunnelsen, slik saksbehandleren skrev den:',

  'page.letters': 'Brev',
  'page.lettersIntro': 'Hvert vedtak som brev til personen, på personens språk og på norsk, til utskrift eller lagring som PDF.',
  'page.lettersIntroMine': 'Hvert vedtak i saken din som brev, på ditt språk og på norsk, til utskrift eller lagring som PDF.',
  'page.none': 'Det finnes ennå ikke noe vedtak å skrive brev om.',
  'page.intro': 'Brevet på {language} og på norsk. Vil du lagre det som PDF, bruker du nettleserens utskriftskommando og velger «Lagre som PDF».',
  'page.introNorwegian': 'Brevet på norsk. Vil du lagre det som PDF, bruker du nettleserens utskriftskommando og velger «Lagre som PDF».',
  'page.back': 'Tilbake til saken',
  'page.backMine': 'Tilbake til søknaden min',
  'page.notYet': 'Saken har ennå ikke noe brev «{name}»: vedtaket brevet skulle fortelle om, er ikke truffet.',
  'page.chooseLanguage': 'Språket i brevet',
  'page.show': 'Vis brevet',
} satisfies Messages<'letter'>;
