import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'Ingen av gruppene som kan søkje om assistert retur, passar med situasjonen din.',
  'assisted-return.eligibility.group.rejected':
    'Søknaden din om vern (asyl) eller om ein annan opphaldsløyve i Noreg er avslått, eller du har trekt søknaden om vern. Personar i denne situasjonen kan søkje om assistert retur.',
  'assisted-return.eligibility.group.protection-pending':
    'Søknaden din om vern (asyl) er til behandling. Asylsøkjarar kan søkje om assistert retur når som helst i asylprosessen.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Du har ikkje lovleg opphald i Noreg og har aldri hatt ei sak registrert hos UDI. Personar i denne situasjonen kan søkje om assistert retur.',
  'assisted-return.eligibility.group.dublin-transfer':
    'Du har fått vedtak om overføring til eit anna land etter Dublin-forordninga, men vil heller reise tilbake til heimlandet ditt. Du kan søkje om assistert retur, men du må reise innan fristane i Dublin-forordninga.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'Du har mellombels opphaldsløyve fram til du fyller 18 år. Personar i denne situasjonen kan søkje om assistert retur.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'Du kan vere offer for menneskehandel. Moglege offer for menneskehandel kan søkje om assistert retur.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Du er einsleg mindreårig asylsøkjar. Einslege mindreårige asylsøkjarar kan søkje om assistert retur.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Du er i ein sårbar situasjon og har ikkje søkt om vern. Du kan likevel få assistert retur; UDI treng dokumentasjon på situasjonen din.',
  'assisted-return.eligibility.group.legal-residence':
    'Du har lovleg opphald i Noreg. Personar med lovleg opphald kan ikkje søkje om assistert retur, men kan søkje om tilbakevending.',
  'assisted-return.eligibility.exclusion.none': 'Ingen av avgrensingane i ordninga gjeld for deg.',
  'assisted-return.eligibility.cannot-apply': 'Du kan ikkje søkje om assistert retur.',
  'assisted-return.eligibility.may-apply': 'Du er i minst éi av gruppene som kan søkje om assistert retur.',
  'assisted-return.eligibility.normally-excluded':
    'Fordi ei avgrensing i ordninga gjeld for deg, gjeld ordninga normalt ikkje for deg, og ein søknad vil normalt bli avslått.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'Det blir gjort unntak for einslege mindreårige asylsøkjarar, så du kan likevel søkje.',
  'assisted-return.eligibility.exception.possible-trafficking-victim': 'Det blir gjort unntak for moglege offer for menneskehandel, så du kan likevel søkje.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Det blir gjort unntak for dei som har vore utsette for vald, tvang eller utnytting, så du kan likevel søkje.',
  'assisted-return.eligibility.destination.home-country': 'Assistert retur tek deg til heimlandet ditt.',
  'assisted-return.eligibility.destination.country-of-residence':
    'Du kan returnere til eit land der du har opphaldsløyve, sjølv om du ikkje er statsborgar der, viss landet er utanfor EU/EØS. Du må sende ein kopi av eit gyldig opphaldsløyve.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} er i EU/EØS. Assistert retur til eit land du ikkje er statsborgar av, gjeld berre land utanfor EU/EØS.',
  'assisted-return.eligibility.exclusion.excluded-nationality': 'Du er statsborgar av {country}. Ordninga gjeld normalt ikkje for statsborgarar av {country}.',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Statsborgarar av {country} er fritekne frå visumplikt til Schengen-området. Ordninga gjeld normalt ikkje for borgarar av land som er fritekne frå visumplikt.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Du er statsborgar av {country}. Borgarar av EU/EØS-land og Sveits treng ikkje visum, og ordninga gjeld normalt ikkje for borgarar av land som er fritekne frå visumplikt.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Du har fått støtte til assistert retur eller tilbakevending tidlegare, har komme tilbake til Noreg og vil reise til eit land som er med i Dublin-samarbeidet. Ordninga gjeld normalt ikkje for deg.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Du hadde eit opphaldsløyve på anna grunnlag enn behov for vern, og det er gått ut eller kalla tilbake, eller du har ikkje fått nytt løyve. Ordninga gjeld normalt ikkje for deg.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Søknaden din i Noreg vart avslått fordi du har fått vern, opphald eller visum i eit anna EU/EØS-land. Ordninga gjeld normalt ikkje for deg.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Søknaden din om vern vart behandla i 48-timarsprosedyren til UDI. Søknader om assistert retur frå personar i denne prosedyren blir ikkje alltid innvilga.',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Du har oppgitt at du kom til Noreg som einsleg mindreårig og no er mellom 18 og 23 år, men etter fødselsdatoen din er du {age, number} år. Sjekk fødselsdatoen eller situasjonen du har oppgitt.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Du har oppgitt at du er einsleg mindreårig asylsøkjar, men etter fødselsdatoen din er du {age, number} år, ikkje under 18. Sjekk fødselsdatoen eller svaret du har gitt.',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'De har ikkje fått ein utreisefrist, så de får den høge satsen.',
  'assisted-return.support.timing.not-registered': 'De er ikkje registrerte i Noreg, så de får den høge satsen same kva utreisefristen er.',
  'assisted-return.support.age-group.adult': 'Denne reisande er 18 år eller eldre den dagen de søkjer, og blir rekna som vaksen.',
  'assisted-return.support.age-group.child': 'Denne reisande er under 18 år den dagen de søkjer, og blir rekna som barn.',
  'assisted-return.support.grant.adult.before-deadline': 'De får reintegreringsstøtte for ein vaksen med den høge satsen.',
  'assisted-return.support.grant.adult.after-deadline': 'De får reintegreringsstøtte for ein vaksen med den låge satsen.',
  'assisted-return.support.grant.child.before-deadline': 'De får reintegreringsstøtte for eit barn med den høge satsen.',
  'assisted-return.support.grant.child.after-deadline': 'De får reintegreringsstøtte for eit barn med den låge satsen.',
  'assisted-return.support.child-extra.before-deadline': 'De får ekstra støtte for eit barn, som berre blir gitt med den høge satsen.',
  'assisted-return.support.child-extra.after-deadline': 'Det blir ikkje gitt ekstra støtte for barn med den låge satsen.',
  'assisted-return.support.travel-document.paid': 'Ekstra støtte for å levere gyldig reisedokument (eller for å stå oppført i eitt), per person.',
  'assisted-return.support.travel-document.closed':
    'Den ekstra støtta for å levere gyldig reisedokument vart avslutta 1. februar 2018, så ho blir ikkje utbetalt for denne søknaden.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Du har gyldig opphaldsløyve i eit anna Schengen-land, så du kan ikkje få den ekstra støtta for gyldig reisedokument.',
  'assisted-return.support.programme.not-offered': 'Dette landprogrammet gjeld ikkje for statsborgarskapen eller hushaldet dykkar.',
  'assisted-return.support.programme.offered':
    'Eit returprogram for statsborgarskapen dykkar gir tenester. Dei blir viste for seg og er ikkje rekna med i kontantbeløpet.',
  'assisted-return.support.timing.on-or-before-deadline':
    'De søkjer innan utreisefristen ({deadline, date, long}), så de får den høge satsen. Han gjeld også på sjølve fristdagen.',
  'assisted-return.support.timing.after-deadline':
    'Utreisefristen ({deadline, date, long}) hadde gått ut då de søkte, så de får den låge satsen og ingen ekstra pengar for barn.',
  'assisted-return.support.programme.iraq-ettc':
    'I Irak kan du få reintegreringstenester verdt {amount, number, nok} gjennom ETTC, til dømes skule, hjelp til å finne arbeid, opplæring eller å starte ei verksemd. Dette er tenester, ikkje kontantar.',
  'assisted-return.support.programme.somalia-drc-families':
    'I Somalia kan kvar av dykk få hjelp til arbeidsformidling, opplæring eller næringsetablering gjennom Dansk Flyktninghjelp (DRC), verdt {amount, number, nok} per person. Dette er tenester, ikkje kontantar.',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay':
    'Du har ikkje lovleg rett til å opphalde deg i Noreg, og du har ingen utreisefrist som går, så du må forlate Noreg no. Viss du ikkje reiser frivillig, vil politiet sende deg ut med tvang.',
  'departure.status.revoked-no-deadline':
    'Vedtaket frå UNE gir deg ingen utreisefrist. Når UNE pålegg nokon å reise ut, gir UNE også ein frist, så vedtaket pålegg deg ikkje å forlate Noreg. Sjekk vedtaket frå UNE, der det står om du må reise eller ikkje.',
  'departure.status.staying-without-permission':
    'Du oppheld deg i Noreg utan løyve: du har tidlegare fått ein utreisefrist, og du har framleis plikt til å forlate Noreg. Du må reise ut straks.',
  'departure.status.deferred-implementation-granted':
    'Du har fått lov til å bli i Noreg medan UNE behandlar klaga di (utsett iverksetjing). Du kan bli til UNE har teke ei avgjerd. Viss UNE avslår klaga, får du ein frist for å forlate Noreg.',
  'departure.status.deferred-implementation-denied':
    'Du har ikkje fått lov til å bli i Noreg medan UNE behandlar klaga di. Du oppheld deg her ulovleg og må forlate Noreg straks.',
  'departure.status.new-application-pending':
    'Opphaldsløyvet eller statsborgarskapen din er kalla tilbake, men du har ein ny søknad om opphaldsløyve til behandling. Du kan ha rett til å bli i Noreg medan søknaden blir behandla. I vedtaket frå UNE står det kva som gjeld for deg.',
  'departure.area.schengen-when-expelled': 'Fordi du er utvist, må du også forlate Schengen-området, med mindre du har opphaldsløyve i eit anna Schengen-land.',
  'departure.area.schengen-when-revoked':
    'Fordi opphaldsløyvet eller statsborgarskapen din er kalla tilbake og du ikkje har fått nytt opphaldsløyve i Noreg, har du vanlegvis plikt til å forlate både Noreg og Schengen-området.',
  'departure.area.norway-with-schengen-permit': 'Du har opphaldsløyve i eit anna Schengen-land, så du må forlate Noreg, men ikkje Schengen-området.',
  'departure.area.dublin-transfer': 'Du skal overførast til Dublin-landet som er ansvarleg for asylsøknaden din: du må forlate Noreg og reise til det landet.',
  'departure.area.schengen-after-rejection':
    'Eit vedtak som gir deg plikt til å forlate Noreg, gir deg også plikt til å forlate Schengen-området, med mindre du har opphaldsløyve eller anna grunnlag for opphald i eit anna Schengen-land.',
  'departure.assisted-return.not-listed':
    'Assistert retur blir berre tilbode i nokre tilfelle, og vedtaket ditt er ikkje blant dei UDI nemner. Du kan likevel spørje UDI om du kan søkje.',
  'departure.assisted-return.may-apply':
    'Du kan søkje om assistert retur. Utreisefristen din har gått ut, så den ekstra støtta for å søkje før fristen får du ikkje lenger.',
  'departure.assisted-return.before-deadline':
    'Du kan søkje om assistert retur. Søkjer du før utreisefristen har gått ut, kan du få ekstra støtte, og får du innvilga assistert retur, blir du som hovudregel ikkje utvist.',
  'departure.entry-ban.none': 'Du er ikkje utvist, så du har ikkje innreiseforbod.',
  'departure.documents.not-applicable': 'Her er det ingen regel om dokument for din type vedtak.',
  'departure.documents.protection-claim': 'Kva som skjer med dokumenta du leverte, avheng av om du reiser frivillig eller blir send ut med tvang.',
  'departure.national-registry.not-relevant': 'Du har ikkje norsk fødselsnummer, så du blir ikkje registrert som utflytta i Folkeregisteret.',
  'departure.status.by-deadline': 'Du må forlate Noreg seinast {deadline, date, long}. Du er framleis innanfor fristen den dagen.',
  'departure.status.deadline-passed': 'Utreisefristen din ({deadline, date, long}) har gått ut. Du oppheld deg ulovleg i Noreg og må reise ut straks.',
  'departure.status.deferred-implementation-pending':
    'Du har bede om å få bli i Noreg medan UNE behandlar klaga di (utsett iverksetjing). Du vil få beskjed om du kan bli eller ikkje. Dei fleste får ikkje bli, så ver førebudd på å reise {deadlineRuns, select, yes {innan {deadline, date, long}, fristen i vedtaket ditt} other {med ein gong}}.',
  'departure.consequences': 'Dette kan skje viss du ikkje forlèt Noreg når du må.',
  'departure.note.arrest-and-forced-return':
    'Viss du ikkje reiser, kan politiet pågripe deg og sende deg ut med tvang. Du kan bli halden i forvaring, og du får ikkje vite når du kan bli pågripen.',
  'departure.note.deportation-costs-debt':
    'Viss politiet sender deg ut, må du betale utgiftene til uttransporteringa. Viss du ikkje kan betale, betaler norske styresmakter, og du skuldar dei pengane. Du kan ikkje komme tilbake til Noreg før du har betalt.',
  'departure.note.expulsion-and-entry-ban':
    'Fordi du har opphalde deg ulovleg i Noreg, kan du bli utvist frå Noreg og andre Schengen-land og få forbod mot å reise inn i heile Schengen-området i 1–5 år. Brot på innreiseforbod er straffbart.',
  'departure.note.no-right-to-work': 'Du kan ikkje arbeide i Noreg. Viss du arbeider, kan du bli utvist.',
  'departure.note.family-returned-together': 'Viss du har familie som også må reise, vil politiet prøve å sende dykk ut saman.',
  'departure.note.less-money-at-reception-centre': 'Viss du bur på eit asylmottak, får du no mindre pengar enn før.',
  'departure.note.arrest-and-forced-return.dublin':
    'Viss du ikkje får bli, vil politiet pågripe deg og sende deg til landet som skal behandle asylsøknaden din.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'Viss du blir verande eller arbeider ulovleg i Noreg, kan du bli utvist frå Noreg og andre Schengen-land på nytt, og innreiseforbodet kan bli endå lengre.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Viss du blir verande eller arbeider ulovleg i Noreg, kan du bli utvist frå Noreg og andre Schengen-land. Då får du forbod mot å reise inn i Noreg, og vanlegvis i Schengen-området, for ein bestemd periode eller for alltid.',
  'departure.note.assisted-return.dublin':
    'I staden for å bli overført til Dublin-landet kan du søkje UDI om assistert retur til heimlandet ditt: du får hjelp og pengar til å reise heim og etablere deg der. Om du fyller vilkåra, avheng av saka di.',
  'departure.note.assisted-return':
    'Du kan søkje UDI om assistert retur: du får hjelp og pengar til å reise heim og etablere deg der, og IOM hjelper deg med å organisere reisa. Om du fyller vilkåra, avheng av saka di.',
  'departure.note.additional-support-before-deadline': 'Viss du søkjer før utreisefristen har gått ut, kan du få ekstra økonomisk støtte.',
  'departure.note.no-expulsion-if-granted-before-deadline':
    'Viss du søkjer før fristen og får innvilga assistert retur, blir du som hovudregel ikkje utvist frå Noreg.',
  'departure.note.no-additional-support-after-deadline':
    'Utreisefristen din har gått ut, så du kan ikkje lenger få den ekstra økonomiske støtta som blir gitt til dei som søkjer før fristen.',
  'departure.note.entry-ban-runs-from-departure':
    'Innreiseforbodet gjeld frå den dagen du forlèt Noreg og Schengen-området, så gi beskjed til norske styresmakter, til dømes politiet, om når du skal reise. Du kan ikkje komme tilbake medan forbodet gjeld, og brot på forbodet er straffbart.',
  'departure.note.documents-returned-after-voluntary-return':
    'Viss du reiser heim frivillig, får du tilbake passet og andre dokument du leverte då du kom til Noreg, seinast når du kjem fram til heimlandet.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Viss du blir send ut med tvang, blir dokumenta dine overleverte til styresmaktene i heimlandet, og du kan måtte kontakte dei for å få dokumenta tilbake.',
  'departure.note.registered-as-moved':
    'Fordi du har hatt opphaldsløyve og har norsk fødselsnummer, blir du registrert som utflytta frå Noreg i Folkeregisteret. Då kan du få problem med offentlege tenester som lege, skule og NAV.',
  'departure.note.registration-correction-form':
    'Registreringa di som utflytta er (eller blir) gjord 1. oktober 2017 eller seinare. Viss du meiner at utlendingsstyresmaktene har gjort ein feil, må du fylle ut og sende inn skjemaet på nettsidene til UDI.',
  // Rule set 4: forced-return categories
  'forced-return.category.refused': 'Du må forlate Noreg fordi du ikkje har løyve til opphald. Det gir ikkje forbod mot å komme tilbake.',
  'forced-return.category.expelled': 'Du er utvist. Du har forbod mot å reise inn i Noreg i ein periode, og brot på forbodet er straffbart.',
  'forced-return.category.asylum': 'Søknaden din om vern (asyl) i Noreg vart avslått.',
  'forced-return.category.dublin': 'Du blir overført etter Dublin-forordninga til det europeiske landet som har ansvaret for asylsøknaden din.',
  'forced-return.category.ip': 'Du har fått internasjonalt vern i eit anna Schengen-land, og blir returnert dit.',
  'forced-return.responsible.npis': 'Politiets utlendingseining (PU) gjennomfører returen.',
  'forced-return.responsible.police-district': 'Politidistriktet gjennomfører returen.',
  'forced-return.responsible.udi': 'Utlendingsdirektoratet (UDI) har ansvaret for assistert retur.',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'Utvisingsvedtaket frå {decisionDate, date, long} gir deg {permanent, select, yes {varig forbod} other {forbod}} mot å reise inn i {scope, select, schengen {Noreg og heile Schengen-området} other {Noreg}}{permanent, select, yes {} other { i {years, plural, one {# år} other {# år}}, frå {start, date, long} til og med {lastDay, date, long}}}.',
  're-entry.ban.expired': 'Innreiseforbodet frå utvisingsvedtaket {decisionDate, date, long} har gått ut: siste dag var {lastDay, date, long}.',
  're-entry.scope.norway-only': 'Dette innreiseforbodet gjeld berre Noreg, så det hindrar deg ikkje i å reise inn i eit anna Schengen-land.',
  're-entry.scope.norway': 'Eit innreiseforbod gjeld alltid Noreg.',
  're-entry.scope.schengen': 'Dette innreiseforbodet gjeld heile Schengen-området, så det hindrar deg også i å reise inn i eit anna Schengen-land.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {Du er tidlegare uttransportert, men det åleine gir ikkje forbod mot å komme tilbake. } other {}}Ingen innreiseforbod hindrar deg i å reise inn i {destination, select, norway {Noreg} other {eit anna Schengen-land}} {plannedEntryDate, date, long}.{owes, select, yes { Du skuldar framleis {owed, number, nok} for uttransporteringa; betal tilbake før du kjem til Noreg.} other {}}',
  're-entry.outcome.unpaid-costs':
    'Du skuldar {owed, number, nok} for uttransporteringa di. Viss du ikkje har betalt tilbake, kan du bli bortvist når du kjem til Noreg, og du kan bli utvist.',
  're-entry.outcome.entry-banned':
    'Du kan ikkje reise inn i {destination, select, norway {Noreg} other {eit anna Schengen-land}} {plannedEntryDate, date, long}: {permanent, select, yes {du har varig innreiseforbod.} other {du har innreiseforbod til og med {until, date, long}.}}{schengen, select, yes { Forbodet gjeld heile Schengen-området.} other {}} Det er straffbart å reise inn medan innreiseforbodet gjeld.',
  're-entry.warning.decided-before-2010':
    'Utvisinga som vart vedteken {decisionDate, date, long}, vart vedteken før 1. januar 2010, etter utlendingslova av 1988. Retur har ikkje dei lengdene på innreiseforbod som den lova tillét, så forbodet blir rekna slik det vart vedteke: det gjeld til det går ut eller blir oppheva. Sjekk vedtaket.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'Utvisinga som vart vedteken {decisionDate, date, long}, sette ei lengd på innreiseforbodet som reglane den dagen ikkje tillét. Eit vedtak gjeld til det blir endra, så forbodet blir rekna slik det vart vedteke. Sjekk vedtaket.',
  're-entry.warning.eea-ban-under-minimum':
    'Utvisinga som vart vedteken {decisionDate, date, long}, gir ein borgar av eit EU/EØS-land innreiseforbod i mindre enn {minimum} år, som er det kortaste lova tillèt for dei. Eit vedtak gjeld til det blir endra, så forbodet blir rekna slik det vart vedteke. Sjekk vedtaket.',
} satisfies Messages<'rules'>;
