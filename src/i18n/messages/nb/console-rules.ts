/** Det reglene sa, slik konsollen viser det til saksbehandlere: om personen, ikke til personen (en/console-rules.ts). */
export default {
  // Regelsett 1: hvem som kan søke om assistert retur
  'rule.assisted-return.eligibility.group.none': 'Ingen av gruppene som kan søke om assistert retur, passer med situasjonen til personen.',
  'rule.assisted-return.eligibility.group.rejected':
    'Personens søknad om beskyttelse (asyl) eller om en annen oppholdstillatelse i Norge er avslått, eller personen har trukket søknaden om beskyttelse. Personer i denne situasjonen kan søke om assistert retur.',
  'rule.assisted-return.eligibility.group.protection-pending':
    'Personens søknad om beskyttelse (asyl) er til behandling. Asylsøkere kan søke om assistert retur når som helst i asylprosessen.',
  'rule.assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Personen har ikke lovlig opphold i Norge og har aldri hatt en sak registrert hos UDI. Personer i denne situasjonen kan søke om assistert retur.',
  'rule.assisted-return.eligibility.group.dublin-transfer':
    'Personen har fått vedtak om overføring til et annet land etter Dublin-forordningen, men vil heller reise tilbake til hjemlandet. Personen kan søke om assistert retur, men må reise innen fristene i Dublin-forordningen.',
  'rule.assisted-return.eligibility.group.temporary-residence-until-18':
    'Personen har midlertidig oppholdstillatelse fram til fylte 18 år. Personer i denne situasjonen kan søke om assistert retur.',
  'rule.assisted-return.eligibility.group.possible-trafficking-victim':
    'Personen kan være offer for menneskehandel. Mulige ofre for menneskehandel kan søke om assistert retur.',
  'rule.assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Personen er enslig mindreårig asylsøker. Enslige mindreårige asylsøkere kan søke om assistert retur.',
  'rule.assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Personen er i en sårbar situasjon og har ikke søkt om beskyttelse. Personen kan likevel få assistert retur; UDI trenger dokumentasjon på situasjonen.',
  'rule.assisted-return.eligibility.group.legal-residence':
    'Personen har lovlig opphold i Norge. Personer med lovlig opphold kan ikke søke om assistert retur, men kan søke om tilbakevending.',
  'rule.assisted-return.eligibility.exclusion.none': 'Ingen av begrensningene i ordningen gjelder for personen.',
  'rule.assisted-return.eligibility.cannot-apply': 'Personen kan ikke søke om assistert retur.',
  'rule.assisted-return.eligibility.may-apply': 'Personen er i minst én av gruppene som kan søke om assistert retur.',
  'rule.assisted-return.eligibility.normally-excluded':
    'Fordi en begrensning i ordningen gjelder, gjelder ordningen normalt ikke for personen, og en søknad vil normalt bli avslått.',
  'rule.assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'Det gjøres unntak for enslige mindreårige asylsøkere, så personen kan likevel søke.',
  'rule.assisted-return.eligibility.exception.possible-trafficking-victim':
    'Det gjøres unntak for mulige ofre for menneskehandel, så personen kan likevel søke.',
  'rule.assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Det gjøres unntak for dem som har vært utsatt for vold, tvang eller utnytting, så personen kan likevel søke.',
  'rule.assisted-return.eligibility.destination.home-country': 'Assistert retur tar personen til hjemlandet.',
  'rule.assisted-return.eligibility.destination.country-of-residence':
    'Personen kan returnere til et land der personen har oppholdstillatelse uten å være statsborger, hvis landet er utenfor EU/EØS. Det trengs en kopi av en gyldig oppholdstillatelse.',
  'rule.assisted-return.eligibility.destination.eea-country':
    '{country} er i EU/EØS. Assistert retur til et land personen ikke er statsborger av, gjelder bare land utenfor EU/EØS.',
  'rule.assisted-return.eligibility.exclusion.excluded-nationality':
    'Personen er statsborger av {country}. Ordningen gjelder normalt ikke for statsborgere av {country}.',
  'rule.assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Statsborgere av {country} er fritatt fra visumplikt til Schengen-området. Ordningen gjelder normalt ikke for borgere av land som er fritatt fra visumplikt.',
  'rule.assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Personen er statsborger av {country}. Borgere av EU/EØS-land og Sveits trenger ikke visum, og ordningen gjelder normalt ikke for borgere av land som er fritatt fra visumplikt.',
  'rule.assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Personen har fått støtte til assistert retur eller tilbakevending tidligere, har kommet tilbake til Norge og vil reise til et land som er med i Dublin-samarbeidet. Ordningen gjelder normalt ikke for personen.',
  'rule.assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Personen hadde en oppholdstillatelse på annet grunnlag enn behov for beskyttelse, og den er utløpt eller tilbakekalt, eller personen har ikke fått ny tillatelse. Ordningen gjelder normalt ikke for personen.',
  'rule.assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Personens søknad i Norge ble avslått fordi personen har fått beskyttelse, opphold eller visum i et annet EU/EØS-land. Ordningen gjelder normalt ikke for personen.',
  'rule.assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Personens søknad om beskyttelse ble behandlet i UDIs 48-timersprosedyre. Søknader om assistert retur fra personer i denne prosedyren blir ikke alltid innvilget.',
  'rule.assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Søknaden sier at personen kom til Norge som enslig mindreårig og nå er mellom 18 og 23 år, men etter fødselsdatoen er personen {age, number} år. Sjekk fødselsdatoen eller situasjonen som er oppgitt.',
  'rule.assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Søknaden sier at personen er enslig mindreårig asylsøker, men etter fødselsdatoen er personen {age, number} år, ikke under 18. Sjekk fødselsdatoen eller svaret som er gitt.',
  // Regelsett 2: reintegreringsstøtte
  'rule.assisted-return.support.timing.no-deadline': 'Husstanden har ikke fått utreisefrist, så den får den høye satsen.',
  'rule.assisted-return.support.timing.not-registered': 'Husstanden er ikke registrert i Norge, så den får den høye satsen uansett utreisefrist.',
  'rule.assisted-return.support.age-group.adult': 'Denne reisende er 18 år eller eldre den dagen søknaden ble gitt, og regnes som voksen.',
  'rule.assisted-return.support.age-group.child': 'Denne reisende er under 18 år den dagen søknaden ble gitt, og regnes som barn.',
  'rule.assisted-return.support.grant.adult.before-deadline': 'Husstanden får reintegreringsstøtte for en voksen med den høye satsen.',
  'rule.assisted-return.support.grant.adult.after-deadline': 'Husstanden får reintegreringsstøtte for en voksen med den lave satsen.',
  'rule.assisted-return.support.grant.child.before-deadline': 'Husstanden får reintegreringsstøtte for et barn med den høye satsen.',
  'rule.assisted-return.support.grant.child.after-deadline': 'Husstanden får reintegreringsstøtte for et barn med den lave satsen.',
  'rule.assisted-return.support.child-extra.before-deadline': 'Husstanden får ekstra støtte for et barn, som bare gis med den høye satsen.',
  'rule.assisted-return.support.child-extra.after-deadline': 'Det gis ingen ekstra støtte for barn med den lave satsen.',
  'rule.assisted-return.support.travel-document.paid': 'Ekstra støtte for å levere gyldig reisedokument (eller for å stå oppført i ett), per person.',
  'rule.assisted-return.support.travel-document.closed':
    'Den ekstra støtten for å levere gyldig reisedokument ble avsluttet 1. februar 2018, så den blir ikke utbetalt for denne søknaden.',
  'rule.assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Personen har gyldig oppholdstillatelse i et annet Schengen-land og kan derfor ikke få den ekstra støtten for gyldig reisedokument.',
  'rule.assisted-return.support.programme.not-offered': 'Dette landprogrammet gjelder ikke for husstandens statsborgerskap eller sammensetning.',
  'rule.assisted-return.support.programme.offered':
    'Et returprogram for husstandens statsborgerskap gir tjenester. De vises for seg og regnes ikke med i kontantbeløpet.',
  'rule.assisted-return.support.timing.on-or-before-deadline':
    'Søknaden kom innen utreisefristen ({deadline, date, long}), så husstanden får den høye satsen. Den gjelder også på selve fristdagen.',
  'rule.assisted-return.support.timing.after-deadline':
    'Utreisefristen ({deadline, date, long}) hadde gått ut da søknaden kom, så husstanden får den lave satsen og ingen ekstra penger for barn.',
  'rule.assisted-return.support.programme.iraq-ettc':
    'I Irak kan personen få reintegreringstjenester verdt {amount, number, nok} gjennom ETTC, for eksempel skole, hjelp til å finne arbeid, opplæring eller å starte en bedrift. Dette er tjenester, ikke kontanter.',
  'rule.assisted-return.support.programme.somalia-drc-families':
    'I Somalia kan hver i husstanden få hjelp til arbeidsformidling, opplæring eller næringsetablering gjennom Dansk Flyktninghjelp (DRC), verdt {amount, number, nok} per person. Dette er tjenester, ikke kontanter.',
  // Regelsett 3: situasjonen etter vedtaket
  'rule.departure.status.no-right-to-stay':
    'Personen har ikke lovlig rett til å oppholde seg i Norge, og ingen utreisefrist løper, så personen må forlate Norge nå. Reiser personen ikke frivillig, vil politiet sende personen ut med tvang.',
  'rule.departure.status.revoked-no-deadline':
    'UNEs vedtak gir personen ingen utreisefrist. Når UNE pålegger noen å reise ut, gir UNE også en frist, så vedtaket pålegger ikke personen å forlate Norge. Sjekk UNEs vedtak, der det står om personen må reise.',
  'rule.departure.status.staying-without-permission':
    'Personen oppholder seg i Norge uten tillatelse: personen har tidligere fått en utreisefrist og har fortsatt plikt til å forlate Norge. Personen må reise ut straks.',
  'rule.departure.status.deferred-implementation-granted':
    'Personen har fått lov til å bli i Norge mens UNE behandler klagen (utsatt iverksetting), til UNE har tatt en avgjørelse. Hvis UNE avslår klagen, får personen en frist for å forlate Norge.',
  'rule.departure.status.deferred-implementation-denied':
    'Personen har ikke fått lov til å bli i Norge mens UNE behandler klagen. Personen oppholder seg her ulovlig og må forlate Norge straks.',
  'rule.departure.status.new-application-pending':
    'Personens oppholdstillatelse eller statsborgerskap er tilbakekalt, men en ny søknad om oppholdstillatelse er til behandling. Personen kan ha rett til å bli i Norge mens søknaden behandles. I UNEs vedtak står det hva som gjelder.',
  'rule.departure.area.schengen-when-expelled':
    'Fordi personen er utvist, må personen også forlate Schengen-området, med mindre personen har oppholdstillatelse i et annet Schengen-land.',
  'rule.departure.area.schengen-when-revoked':
    'Fordi personens oppholdstillatelse eller statsborgerskap er tilbakekalt og det ikke er gitt ny oppholdstillatelse i Norge, har personen vanligvis plikt til å forlate både Norge og Schengen-området.',
  'rule.departure.area.norway-with-schengen-permit':
    'Personen har oppholdstillatelse i et annet Schengen-land, så personen må forlate Norge, men ikke Schengen-området.',
  'rule.departure.area.dublin-transfer':
    'Personen skal overføres til Dublin-landet som er ansvarlig for asylsøknaden: personen må forlate Norge og reise til det landet.',
  'rule.departure.area.schengen-after-rejection':
    'Et vedtak som gir personen plikt til å forlate Norge, gir også plikt til å forlate Schengen-området, med mindre personen har oppholdstillatelse eller annet grunnlag for opphold i et annet Schengen-land.',
  'rule.departure.assisted-return.not-listed':
    'Assistert retur tilbys bare i noen tilfeller, og denne typen vedtak er ikke blant dem UDI nevner. Personen kan likevel spørre UDI om å søke.',
  'rule.departure.assisted-return.may-apply':
    'Personen kan søke om assistert retur. Utreisefristen har gått ut, så den ekstra støtten for å søke før fristen gis ikke lenger.',
  'rule.departure.assisted-return.before-deadline':
    'Personen kan søke om assistert retur. En søknad før utreisefristen har gått ut, kan gi ekstra støtte, og den som får innvilget assistert retur, blir som hovedregel ikke utvist.',
  'rule.departure.entry-ban.none': 'Personen er ikke utvist og har derfor ikke innreiseforbud.',
  'rule.departure.documents.not-applicable': 'Her er det ingen regel om dokumenter for denne typen vedtak.',
  'rule.departure.documents.protection-claim':
    'Hva som skjer med dokumentene personen leverte, avhenger av om personen reiser frivillig eller blir sendt ut med tvang.',
  'rule.departure.national-registry.not-relevant': 'Personen har ikke norsk fødselsnummer og blir derfor ikke registrert som utflyttet i Folkeregisteret.',
  'rule.departure.status.by-deadline': 'Personen må forlate Norge senest {deadline, date, long} og er fortsatt innenfor fristen den dagen.',
  'rule.departure.status.deadline-passed':
    'Personens utreisefrist ({deadline, date, long}) har gått ut. Personen oppholder seg ulovlig i Norge og må reise ut straks.',
  'rule.departure.status.deferred-implementation-pending':
    'Personen har bedt om å få bli i Norge mens UNE behandler klagen (utsatt iverksetting), og får beskjed om det blir innvilget. De fleste får ikke bli, så personen bør være forberedt på å reise {deadlineRuns, select, yes {innen {deadline, date, long}, fristen i vedtaket} other {med en gang}}.',
  'rule.departure.consequences': 'Dette kan skje hvis personen ikke forlater Norge når personen må.',
  'rule.departure.note.arrest-and-forced-return':
    'Reiser personen ikke, kan politiet pågripe og uttransportere personen med tvang. Personen kan bli holdt i forvaring og får ikke vite når pågripelsen kan skje.',
  'rule.departure.note.deportation-costs-debt':
    'Hvis politiet sender personen ut, må personen betale utgiftene til uttransporteringen. Kan personen ikke betale, betaler norske myndigheter, og personen skylder dem pengene. Personen kan ikke komme tilbake til Norge før gjelden er betalt.',
  'rule.departure.note.expulsion-and-entry-ban':
    'Fordi personen har oppholdt seg ulovlig i Norge, kan personen bli utvist fra Norge og andre Schengen-land og få forbud mot å reise inn i hele Schengen-området i 1–5 år. Brudd på innreiseforbud er straffbart.',
  'rule.departure.note.no-right-to-work': 'Personen har ikke lov til å arbeide i Norge. Arbeid kan føre til utvisning.',
  'rule.departure.note.family-returned-together': 'Hvis personen har familie som også må reise, vil politiet prøve å sende dem ut sammen.',
  'rule.departure.note.less-money-at-reception-centre': 'Hvis personen bor på et asylmottak, får personen nå mindre penger enn før.',
  'rule.departure.note.arrest-and-forced-return.dublin':
    'Hvis personen ikke får bli, vil politiet pågripe personen og sende personen til landet som skal behandle asylsøknaden.',
  'rule.departure.note.expulsion-and-entry-ban.expelled-again':
    'Blir personen værende eller arbeider ulovlig i Norge, kan personen bli utvist fra Norge og andre Schengen-land på nytt, og innreiseforbudet kan bli enda lengre.',
  'rule.departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Blir personen værende eller arbeider ulovlig i Norge, kan personen bli utvist fra Norge og andre Schengen-land og få forbud mot å reise inn i Norge, og vanligvis i Schengen-området, for en bestemt periode eller for alltid.',
  'rule.departure.note.assisted-return.dublin':
    'I stedet for å bli overført til Dublin-landet kan personen søke UDI om assistert retur til hjemlandet: hjelp og penger til å reise hjem og etablere seg der. Om personen fyller vilkårene, avhenger av saken.',
  'rule.departure.note.assisted-return':
    'Personen kan søke UDI om assistert retur: hjelp og penger til å reise hjem og etablere seg der, og IOM organiserer reisen. Om personen fyller vilkårene, avhenger av saken.',
  'rule.departure.note.additional-support-before-deadline': 'Søker personen før utreisefristen har gått ut, kan personen få ekstra økonomisk støtte.',
  'rule.departure.note.no-expulsion-if-granted-before-deadline':
    'Søker personen før fristen og får innvilget assistert retur, blir personen som hovedregel ikke utvist fra Norge.',
  'rule.departure.note.no-additional-support-after-deadline':
    'Personens utreisefrist har gått ut, så personen kan ikke lenger få den ekstra økonomiske støtten som gis til dem som søker før fristen.',
  'rule.departure.note.entry-ban-runs-from-departure':
    'Innreiseforbudet gjelder fra den dagen personen forlater Norge og Schengen-området, så personen bør gi norske myndigheter, for eksempel politiet, beskjed om når personen reiser. Personen kan ikke komme tilbake mens forbudet gjelder, og brudd på forbudet er straffbart.',
  'rule.departure.note.documents-returned-after-voluntary-return':
    'Reiser personen hjem frivillig, får personen tilbake passet og andre dokumenter som ble levert ved ankomst til Norge, senest ved framkomst til hjemlandet.',
  'rule.departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Blir personen sendt ut med tvang, blir dokumentene overlevert til myndighetene i hjemlandet, og personen kan måtte kontakte dem for å få dokumentene tilbake.',
  'rule.departure.note.registered-as-moved':
    'Fordi personen har hatt oppholdstillatelse og har norsk fødselsnummer, blir personen registrert som utflyttet fra Norge i Folkeregisteret. Det kan gi problemer med offentlige tjenester som lege, skole og NAV.',
  'rule.departure.note.registration-correction-form':
    'Personens registrering som utflyttet er (eller blir) gjort 1. oktober 2017 eller senere. Mener personen at utlendingsmyndighetene har gjort en feil, kan personen sende inn skjemaet på UDIs nettsider.',
  // Regelsett 4: kategorier av tvangsretur
  'rule.forced-return.category.refused': 'Personen må forlate Norge fordi personen ikke har tillatelse til opphold. Det gir ikke forbud mot å komme tilbake.',
  'rule.forced-return.category.expelled': 'Personen er utvist og har forbud mot å reise inn i Norge i en periode. Brudd på forbudet er straffbart.',
  'rule.forced-return.category.asylum': 'Personens søknad om beskyttelse (asyl) i Norge ble avslått.',
  'rule.forced-return.category.dublin': 'Personen overføres etter Dublin-forordningen til det europeiske landet som har ansvaret for asylsøknaden.',
  'rule.forced-return.category.ip': 'Personen har fått internasjonal beskyttelse i et annet Schengen-land og blir returnert dit.',
  'rule.forced-return.responsible.npis': 'Politiets utlendingsenhet (PU) gjennomfører returen.',
  'rule.forced-return.responsible.police-district': 'Politidistriktet gjennomfører returen.',
  'rule.forced-return.responsible.udi': 'Utlendingsdirektoratet (UDI) har ansvaret for assistert retur.',
  // Regelsett 5: innreise
  'rule.re-entry.ban.in-force':
    'Utvisningsvedtaket fra {decisionDate, date, long} gir personen {permanent, select, yes {varig forbud} other {forbud}} mot å reise inn i {scope, select, schengen {Norge og hele Schengen-området} other {Norge}}{permanent, select, yes {} other { i {years, plural, one {# år} other {# år}}, fra {start, date, long} til og med {lastDay, date, long}}}.',
  'rule.re-entry.ban.expired': 'Innreiseforbudet fra personens utvisningsvedtak {decisionDate, date, long} har gått ut: siste dag var {lastDay, date, long}.',
  'rule.re-entry.scope.norway-only': 'Dette innreiseforbudet gjelder bare Norge, så det hindrer ikke personen i å reise inn i et annet Schengen-land.',
  'rule.re-entry.scope.norway': 'Et innreiseforbud gjelder alltid Norge.',
  'rule.re-entry.scope.schengen': 'Dette innreiseforbudet gjelder hele Schengen-området, så det hindrer også personen i å reise inn i et annet Schengen-land.',
  'rule.re-entry.outcome.no-bar':
    '{deported, select, yes {Personen er tidligere uttransportert, men det alene gir ikke forbud mot å komme tilbake. } other {}}Ingen innreiseforbud hindrer personen i å reise inn i {destination, select, norway {Norge} other {et annet Schengen-land}} {plannedEntryDate, date, long}.{owes, select, yes { Personen skylder fortsatt {owed, number, nok} for uttransporteringen, som bør betales tilbake før personen kommer til Norge.} other {}}',
  'rule.re-entry.outcome.unpaid-costs':
    'Personen skylder {owed, number, nok} for uttransporteringen. Er beløpet ikke betalt tilbake, kan personen bli bortvist ved ankomst til Norge, og kan bli utvist.',
  'rule.re-entry.outcome.entry-banned':
    'Personen kan ikke reise inn i {destination, select, norway {Norge} other {et annet Schengen-land}} {plannedEntryDate, date, long}: {permanent, select, yes {personen har varig innreiseforbud.} other {personen har innreiseforbud til og med {until, date, long}.}}{schengen, select, yes { Forbudet gjelder hele Schengen-området.} other {}} Det er straffbart å reise inn mens innreiseforbudet gjelder.',
  'rule.re-entry.warning.decided-before-2010':
    'Utvisningen som ble vedtatt {decisionDate, date, long}, ble vedtatt før 1. januar 2010, etter utlendingsloven av 1988. Retur har ikke de lengdene på innreiseforbud som den loven tillot, så forbudet regnes slik det ble vedtatt: det gjelder til det går ut eller blir opphevet. Sjekk vedtaket.',
  'rule.re-entry.warning.length-not-allowed-on-decision-date':
    'Utvisningen som ble vedtatt {decisionDate, date, long}, satte en lengde på innreiseforbudet som reglene den dagen ikke tillot. Et vedtak gjelder til det blir endret, så forbudet regnes slik det ble vedtatt. Sjekk vedtaket.',
  'rule.re-entry.warning.eea-ban-under-minimum':
    'Utvisningen som ble vedtatt {decisionDate, date, long}, gir en borger av et EU/EØS-land innreiseforbud i mindre enn {minimum} år, som er det korteste loven tillater for dem. Et vedtak gjelder til det blir endret, så forbudet regnes slik det ble vedtatt. Sjekk vedtaket.',
};
