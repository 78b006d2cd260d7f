import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility (src/rules/assisted-return/eligibility.ts)
  'assisted-return.eligibility.group.none': 'Ingen av gruppene som kan søke om assistert retur, passer med situasjonen din.',
  'assisted-return.eligibility.group.rejected':
    'Søknaden din om beskyttelse (asyl) eller om en annen oppholdstillatelse i Norge er avslått, eller du har trukket søknaden om beskyttelse. Personer i denne situasjonen kan søke om assistert retur.',
  'assisted-return.eligibility.group.protection-pending':
    'Søknaden din om beskyttelse (asyl) er til behandling. Asylsøkere kan søke om assistert retur når som helst i asylprosessen.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Du har ikke lovlig opphold i Norge og har aldri hatt en sak registrert hos UDI. Personer i denne situasjonen kan søke om assistert retur.',
  'assisted-return.eligibility.group.dublin-transfer':
    'Du har fått vedtak om overføring til et annet land etter Dublin-forordningen, men vil heller reise tilbake til hjemlandet ditt. Du kan søke om assistert retur, men du må reise innen fristene i Dublin-forordningen.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'Du har midlertidig oppholdstillatelse fram til du fyller 18 år. Personer i denne situasjonen kan søke om assistert retur.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'Du kan være offer for menneskehandel. Mulige ofre for menneskehandel kan søke om assistert retur.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Du er enslig mindreårig asylsøker. Enslige mindreårige asylsøkere kan søke om assistert retur.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Du er i en sårbar situasjon og har ikke søkt om beskyttelse. Du kan likevel få assistert retur; UDI trenger dokumentasjon på situasjonen din.',
  'assisted-return.eligibility.group.legal-residence':
    'Du har lovlig opphold i Norge. Personer med lovlig opphold kan ikke søke om assistert retur, men kan søke om tilbakevending.',
  'assisted-return.eligibility.exclusion.none': 'Ingen av begrensningene i ordningen gjelder for deg.',
  'assisted-return.eligibility.cannot-apply': 'Du kan ikke søke om assistert retur.',
  'assisted-return.eligibility.may-apply': 'Du er i minst én av gruppene som kan søke om assistert retur.',
  'assisted-return.eligibility.normally-excluded':
    'Fordi en begrensning i ordningen gjelder for deg, gjelder ordningen normalt ikke for deg, og en søknad vil normalt bli avslått.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker': 'Det gjøres unntak for enslige mindreårige asylsøkere, så du kan likevel søke.',
  'assisted-return.eligibility.exception.possible-trafficking-victim': 'Det gjøres unntak for mulige ofre for menneskehandel, så du kan likevel søke.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Det gjøres unntak for dem som har vært utsatt for vold, tvang eller utnytting, så du kan likevel søke.',
  'assisted-return.eligibility.destination.home-country': 'Assistert retur tar deg til hjemlandet ditt.',
  'assisted-return.eligibility.destination.country-of-residence':
    'Du kan returnere til et land der du har oppholdstillatelse, selv om du ikke er statsborger der, hvis landet er utenfor EU/EØS. Du må sende en kopi av en gyldig oppholdstillatelse.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} er i EU/EØS. Assistert retur til et land du ikke er statsborger av, gjelder bare land utenfor EU/EØS.',
  'assisted-return.eligibility.exclusion.excluded-nationality': 'Du er statsborger av {country}. Ordningen gjelder normalt ikke for statsborgere av {country}.',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Statsborgere av {country} er fritatt fra visumplikt til Schengen-området. Ordningen gjelder normalt ikke for borgere av land som er fritatt fra visumplikt.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Du er statsborger av {country}. Borgere av EU/EØS-land og Sveits trenger ikke visum, og ordningen gjelder normalt ikke for borgere av land som er fritatt fra visumplikt.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Du har fått støtte til assistert retur eller tilbakevending tidligere, har kommet tilbake til Norge og vil reise til et land som er med i Dublin-samarbeidet. Ordningen gjelder normalt ikke for deg.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Du hadde en oppholdstillatelse på annet grunnlag enn behov for beskyttelse, og den er utløpt eller tilbakekalt, eller du har ikke fått ny tillatelse. Ordningen gjelder normalt ikke for deg.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Søknaden din i Norge ble avslått fordi du har fått beskyttelse, opphold eller visum i et annet EU/EØS-land. Ordningen gjelder normalt ikke for deg.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Søknaden din om beskyttelse ble behandlet i UDIs 48-timersprosedyre. Søknader om assistert retur fra personer i denne prosedyren blir ikke alltid innvilget.',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Du har oppgitt at du kom til Norge som enslig mindreårig og nå er mellom 18 og 23 år, men etter fødselsdatoen din er du {age, number} år. Sjekk fødselsdatoen eller situasjonen du har oppgitt.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Du har oppgitt at du er enslig mindreårig asylsøker, men etter fødselsdatoen din er du {age, number} år, ikke under 18. Sjekk fødselsdatoen eller svaret du har gitt.',
  // Rule set 2: reintegration support (src/rules/assisted-return/support.ts)
  'assisted-return.support.timing.no-deadline': 'Dere har ikke fått en utreisefrist, så dere får den høye satsen.',
  'assisted-return.support.timing.not-registered': 'Dere er ikke registrert i Norge, så dere får den høye satsen uansett utreisefrist.',
  'assisted-return.support.age-group.adult': 'Denne reisende er 18 år eller eldre den dagen dere søker, og regnes som voksen.',
  'assisted-return.support.age-group.child': 'Denne reisende er under 18 år den dagen dere søker, og regnes som barn.',
  'assisted-return.support.grant.adult.before-deadline': 'Dere får reintegreringsstøtte for en voksen med den høye satsen.',
  'assisted-return.support.grant.adult.after-deadline': 'Dere får reintegreringsstøtte for en voksen med den lave satsen.',
  'assisted-return.support.grant.child.before-deadline': 'Dere får reintegreringsstøtte for et barn med den høye satsen.',
  'assisted-return.support.grant.child.after-deadline': 'Dere får reintegreringsstøtte for et barn med den lave satsen.',
  'assisted-return.support.child-extra.before-deadline': 'Dere får ekstra støtte for et barn, som bare gis med den høye satsen.',
  'assisted-return.support.child-extra.after-deadline': 'Det gis ingen ekstra støtte for barn med den lave satsen.',
  'assisted-return.support.travel-document.paid': 'Ekstra støtte for å levere gyldig reisedokument (eller for å stå oppført i ett), per person.',
  'assisted-return.support.travel-document.closed':
    'Den ekstra støtten for å levere gyldig reisedokument ble avsluttet 1. februar 2018, så den blir ikke utbetalt for denne søknaden.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Du har gyldig oppholdstillatelse i et annet Schengen-land, så du kan ikke få den ekstra støtten for gyldig reisedokument.',
  'assisted-return.support.programme.not-offered': 'Dette landprogrammet gjelder ikke for statsborgerskapet eller husstanden deres.',
  'assisted-return.support.programme.offered':
    'Et returprogram for statsborgerskapet deres gir tjenester. De vises for seg og regnes ikke med i kontantbeløpet.',
  'assisted-return.support.timing.on-or-before-deadline':
    'Dere søker innen utreisefristen ({deadline, date, long}), så dere får den høye satsen. Den gjelder også på selve fristdagen.',
  'assisted-return.support.timing.after-deadline':
    'Utreisefristen ({deadline, date, long}) hadde gått ut da dere søkte, så dere får den lave satsen og ingen ekstra penger for barn.',
  'assisted-return.support.programme.iraq-ettc':
    'I Irak kan du få reintegreringstjenester verdt {amount, number, nok} gjennom ETTC, for eksempel skole, hjelp til å finne arbeid, opplæring eller å starte en bedrift. Dette er tjenester, ikke kontanter.',
  'assisted-return.support.programme.somalia-drc-families':
    'I Somalia kan hver av dere få hjelp til arbeidsformidling, opplæring eller næringsetablering gjennom Dansk Flyktninghjelp (DRC), verdt {amount, number, nok} per person. Dette er tjenester, ikke kontanter.',
  // Rule set 3: the departure situation (src/rules/departure/), its reasons and its notes
  'departure.status.no-right-to-stay':
    'Du har ikke lovlig rett til å oppholde deg i Norge, og du har ingen utreisefrist som løper, så du må forlate Norge nå. Hvis du ikke reiser frivillig, vil politiet sende deg ut med tvang.',
  'departure.status.revoked-no-deadline':
    'UNEs vedtak gir deg ingen utreisefrist. Når UNE pålegger noen å reise ut, gir UNE også en frist, så vedtaket pålegger deg ikke å forlate Norge. Sjekk UNEs vedtak, der det står om du må reise eller ikke.',
  'departure.status.staying-without-permission':
    'Du oppholder deg i Norge uten tillatelse: du har tidligere fått en utreisefrist, og du har fortsatt plikt til å forlate Norge. Du må reise ut straks.',
  'departure.status.deferred-implementation-granted':
    'Du har fått lov til å bli i Norge mens UNE behandler klagen din (utsatt iverksetting). Du kan bli til UNE har tatt en avgjørelse. Hvis UNE avslår klagen, får du en frist for å forlate Norge.',
  'departure.status.deferred-implementation-denied':
    'Du har ikke fått lov til å bli i Norge mens UNE behandler klagen din. Du oppholder deg her ulovlig og må forlate Norge straks.',
  'departure.status.new-application-pending':
    'Oppholdstillatelsen eller statsborgerskapet ditt er tilbakekalt, men du har en ny søknad om oppholdstillatelse til behandling. Du kan ha rett til å bli i Norge mens søknaden behandles. I UNEs vedtak står det hva som gjelder for deg.',
  'departure.area.schengen-when-expelled':
    'Fordi du er utvist, må du også forlate Schengen-området, med mindre du har oppholdstillatelse i et annet Schengen-land.',
  'departure.area.schengen-when-revoked':
    'Fordi oppholdstillatelsen eller statsborgerskapet ditt er tilbakekalt og du ikke har fått ny oppholdstillatelse i Norge, har du vanligvis plikt til å forlate både Norge og Schengen-området.',
  'departure.area.norway-with-schengen-permit': 'Du har oppholdstillatelse i et annet Schengen-land, så du må forlate Norge, men ikke Schengen-området.',
  'departure.area.dublin-transfer': 'Du skal overføres til Dublin-landet som er ansvarlig for asylsøknaden din: du må forlate Norge og reise til det landet.',
  'departure.area.schengen-after-rejection':
    'Et vedtak som gir deg plikt til å forlate Norge, gir deg også plikt til å forlate Schengen-området, med mindre du har oppholdstillatelse eller annet grunnlag for opphold i et annet Schengen-land.',
  'departure.assisted-return.not-listed':
    'Assistert retur tilbys bare i noen tilfeller, og vedtaket ditt er ikke blant dem UDI nevner. Du kan likevel spørre UDI om du kan søke.',
  'departure.assisted-return.may-apply':
    'Du kan søke om assistert retur. Utreisefristen din har gått ut, så den ekstra støtten for å søke før fristen får du ikke lenger.',
  'departure.assisted-return.before-deadline':
    'Du kan søke om assistert retur. Søker du før utreisefristen har gått ut, kan du få ekstra støtte, og får du innvilget assistert retur, blir du som hovedregel ikke utvist.',
  'departure.entry-ban.none': 'Du er ikke utvist, så du har ikke innreiseforbud.',
  'departure.documents.not-applicable': 'Her er det ingen regel om dokumenter for din type vedtak.',
  'departure.documents.protection-claim': 'Hva som skjer med dokumentene du leverte, avhenger av om du reiser frivillig eller blir sendt ut med tvang.',
  'departure.national-registry.not-relevant': 'Du har ikke norsk fødselsnummer, så du blir ikke registrert som utflyttet i Folkeregisteret.',
  'departure.status.by-deadline': 'Du må forlate Norge senest {deadline, date, long}. Du er fortsatt innenfor fristen den dagen.',
  'departure.status.deadline-passed': 'Utreisefristen din ({deadline, date, long}) har gått ut. Du oppholder deg ulovlig i Norge og må reise ut straks.',
  'departure.status.deferred-implementation-pending':
    'Du har bedt om å få bli i Norge mens UNE behandler klagen din (utsatt iverksetting). Du vil få beskjed om du kan bli eller ikke. De fleste får ikke bli, så vær forberedt på å reise {deadlineRuns, select, yes {innen {deadline, date, long}, fristen i vedtaket ditt} other {med en gang}}.',
  'departure.consequences': 'Dette kan skje hvis du ikke forlater Norge når du må.',
  'departure.note.arrest-and-forced-return':
    'Hvis du ikke reiser, kan politiet pågripe deg og sende deg ut med tvang. Du kan bli holdt i forvaring, og du får ikke vite når du kan bli pågrepet.',
  'departure.note.deportation-costs-debt':
    'Hvis politiet sender deg ut, må du betale utgiftene til uttransporteringen. Hvis du ikke kan betale, betaler norske myndigheter, og du skylder dem pengene. Du kan ikke komme tilbake til Norge før du har betalt.',
  'departure.note.expulsion-and-entry-ban':
    'Fordi du har oppholdt deg ulovlig i Norge, kan du bli utvist fra Norge og andre Schengen-land og få forbud mot å reise inn i hele Schengen-området i 1–5 år. Brudd på innreiseforbud er straffbart.',
  'departure.note.no-right-to-work': 'Du kan ikke arbeide i Norge. Hvis du arbeider, kan du bli utvist.',
  'departure.note.family-returned-together': 'Hvis du har familie som også må reise, vil politiet prøve å sende dere ut sammen.',
  'departure.note.less-money-at-reception-centre': 'Hvis du bor på et asylmottak, får du nå mindre penger enn før.',
  'departure.note.arrest-and-forced-return.dublin':
    'Hvis du ikke får bli, vil politiet pågripe deg og sende deg til landet som skal behandle asylsøknaden din.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'Hvis du blir værende eller arbeider ulovlig i Norge, kan du bli utvist fra Norge og andre Schengen-land på nytt, og innreiseforbudet kan bli enda lengre.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Hvis du blir værende eller arbeider ulovlig i Norge, kan du bli utvist fra Norge og andre Schengen-land. Da får du forbud mot å reise inn i Norge, og vanligvis i Schengen-området, for en bestemt periode eller for alltid.',
  'departure.note.assisted-return.dublin':
    'I stedet for å bli overført til Dublin-landet kan du søke UDI om assistert retur til hjemlandet ditt: du får hjelp og penger til å reise hjem og etablere deg der. Om du fyller vilkårene, avhenger av saken din.',
  'departure.note.assisted-return':
    'Du kan søke UDI om assistert retur: du får hjelp og penger til å reise hjem og etablere deg der, og IOM hjelper deg med å organisere reisen. Om du fyller vilkårene, avhenger av saken din.',
  'departure.note.additional-support-before-deadline': 'Hvis du søker før utreisefristen har gått ut, kan du få ekstra økonomisk støtte.',
  'departure.note.no-expulsion-if-granted-before-deadline':
    'Hvis du søker før fristen og får innvilget assistert retur, blir du som hovedregel ikke utvist fra Norge.',
  'departure.note.no-additional-support-after-deadline':
    'Utreisefristen din har gått ut, så du kan ikke lenger få den ekstra økonomiske støtten som gis til dem som søker før fristen.',
  'departure.note.entry-ban-runs-from-departure':
    'Innreiseforbudet gjelder fra den dagen du forlater Norge og Schengen-området, så gi beskjed til norske myndigheter, for eksempel politiet, om når du skal reise. Du kan ikke komme tilbake mens forbudet gjelder, og brudd på forbudet er straffbart.',
  'departure.note.documents-returned-after-voluntary-return':
    'Hvis du reiser hjem frivillig, får du tilbake passet og andre dokumenter du leverte da du kom til Norge, senest når du kommer fram til hjemlandet.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Hvis du blir sendt ut med tvang, blir dokumentene dine overlevert til myndighetene i hjemlandet, og du kan måtte kontakte dem for å få dokumentene tilbake.',
  'departure.note.registered-as-moved':
    'Fordi du har hatt oppholdstillatelse og har norsk fødselsnummer, blir du registrert som utflyttet fra Norge i Folkeregisteret. Da kan du få problemer med offentlige tjenester som lege, skole og NAV.',
  'departure.note.registration-correction-form':
    'Registreringen din som utflyttet er (eller blir) gjort 1. oktober 2017 eller senere. Hvis du mener at utlendingsmyndighetene har gjort en feil, må du fylle ut og sende inn skjemaet på UDIs nettsider.',
  // Rule set 4: forced-return categories (src/rules/forced-return/category.ts)
  'forced-return.category.refused': 'Du må forlate Norge fordi du ikke har tillatelse til opphold. Det gir ikke forbud mot å komme tilbake.',
  'forced-return.category.expelled': 'Du er utvist. Du har forbud mot å reise inn i Norge i en periode, og brudd på forbudet er straffbart.',
  'forced-return.category.asylum': 'Søknaden din om beskyttelse (asyl) i Norge ble avslått.',
  'forced-return.category.dublin': 'Du overføres etter Dublin-forordningen til det europeiske landet som har ansvaret for asylsøknaden din.',
  'forced-return.category.ip': 'Du har fått internasjonal beskyttelse i et annet Schengen-land, og blir returnert dit.',
  'forced-return.responsible.npis': 'Politiets utlendingsenhet (PU) gjennomfører returen.',
  'forced-return.responsible.police-district': 'Politidistriktet gjennomfører returen.',
  'forced-return.responsible.udi': 'Utlendingsdirektoratet (UDI) har ansvaret for assistert retur.',
  // Rule set 5: re-entry (src/rules/re-entry/re-entry.ts)
  're-entry.ban.in-force':
    'Utvisningsvedtaket fra {decisionDate, date, long} gir deg {permanent, select, yes {varig forbud} other {forbud}} mot å reise inn i {scope, select, schengen {Norge og hele Schengen-området} other {Norge}}{permanent, select, yes {} other { i {years, plural, one {# år} other {# år}}, fra {start, date, long} til og med {lastDay, date, long}}}.',
  're-entry.ban.expired': 'Innreiseforbudet fra utvisningsvedtaket {decisionDate, date, long} har gått ut: siste dag var {lastDay, date, long}.',
  're-entry.scope.norway-only': 'Dette innreiseforbudet gjelder bare Norge, så det hindrer deg ikke i å reise inn i et annet Schengen-land.',
  're-entry.scope.norway': 'Et innreiseforbud gjelder alltid Norge.',
  're-entry.scope.schengen': 'Dette innreiseforbudet gjelder hele Schengen-området, så det hindrer deg også i å reise inn i et annet Schengen-land.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {Du er tidligere uttransportert, men det alene gir ikke forbud mot å komme tilbake. } other {}}Ingen innreiseforbud hindrer deg i å reise inn i {destination, select, norway {Norge} other {et annet Schengen-land}} {plannedEntryDate, date, long}.{owes, select, yes { Du skylder fortsatt {owed, number, nok} for uttransporteringen; betal tilbake før du kommer til Norge.} other {}}',
  're-entry.outcome.unpaid-costs':
    'Du skylder {owed, number, nok} for uttransporteringen din. Hvis du ikke har betalt tilbake, kan du bli bortvist når du kommer til Norge, og du kan bli utvist.',
  're-entry.outcome.entry-banned':
    'Du kan ikke reise inn i {destination, select, norway {Norge} other {et annet Schengen-land}} {plannedEntryDate, date, long}: {permanent, select, yes {du har varig innreiseforbud.} other {du har innreiseforbud til og med {until, date, long}.}}{schengen, select, yes { Forbudet gjelder hele Schengen-området.} other {}} Det er straffbart å reise inn mens innreiseforbudet gjelder.',
  're-entry.warning.decided-before-2010':
    'Utvisningen som ble vedtatt {decisionDate, date, long}, ble vedtatt før 1. januar 2010, etter utlendingsloven av 1988. Retur har ikke de lengdene på innreiseforbud som den loven tillot, så forbudet regnes slik det ble vedtatt: det gjelder til det går ut eller blir opphevet. Sjekk vedtaket.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'Utvisningen som ble vedtatt {decisionDate, date, long}, satte en lengde på innreiseforbudet som reglene den dagen ikke tillot. Et vedtak gjelder til det blir endret, så forbudet regnes slik det ble vedtatt. Sjekk vedtaket.',
  're-entry.warning.eea-ban-under-minimum':
    'Utvisningen som ble vedtatt {decisionDate, date, long}, gir en borger av et EU/EØS-land innreiseforbud i mindre enn {minimum} år, som er det korteste loven tillater for dem. Et vedtak gjelder til det blir endret, så forbudet regnes slik det ble vedtatt. Sjekk vedtaket.',
} satisfies Messages<'rules'>;
