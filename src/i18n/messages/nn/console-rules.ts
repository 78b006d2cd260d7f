/** Det reglane sa, slik konsollen viser det til sakshandsamarar: om personen, ikkje til personen (en/console-rules.ts). */
export default {
  // Regelsett 1: kven som kan søkje om assistert retur
  'rule.assisted-return.eligibility.group.none': 'Ingen av gruppene som kan søkje om assistert retur, passar med situasjonen til personen.',
  'rule.assisted-return.eligibility.group.rejected':
    'Søknaden til personen om vern (asyl) eller om eit anna opphaldsløyve i Noreg er avslått, eller personen har trekt søknaden om vern. Personar i denne situasjonen kan søkje om assistert retur.',
  'rule.assisted-return.eligibility.group.protection-pending':
    'Søknaden til personen om vern (asyl) er til behandling. Asylsøkjarar kan søkje om assistert retur når som helst i asylprosessen.',
  'rule.assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Personen har ikkje lovleg opphald i Noreg og har aldri hatt ei sak registrert hos UDI. Personar i denne situasjonen kan søkje om assistert retur.',
  'rule.assisted-return.eligibility.group.dublin-transfer':
    'Personen har fått vedtak om overføring til eit anna land etter Dublin-forordninga, men vil heller reise tilbake til heimlandet. Personen kan søkje om assistert retur, men må reise innan fristane i Dublin-forordninga.',
  'rule.assisted-return.eligibility.group.temporary-residence-until-18':
    'Personen har mellombels opphaldsløyve fram til fylte 18 år. Personar i denne situasjonen kan søkje om assistert retur.',
  'rule.assisted-return.eligibility.group.possible-trafficking-victim':
    'Personen kan vere offer for menneskehandel. Moglege offer for menneskehandel kan søkje om assistert retur.',
  'rule.assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Personen er einsleg mindreårig asylsøkjar. Einslege mindreårige asylsøkjarar kan søkje om assistert retur.',
  'rule.assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Personen er i ein sårbar situasjon og har ikkje søkt om vern. Personen kan likevel få assistert retur; UDI treng dokumentasjon på situasjonen.',
  'rule.assisted-return.eligibility.group.legal-residence':
    'Personen har lovleg opphald i Noreg. Personar med lovleg opphald kan ikkje søkje om assistert retur, men kan søkje om tilbakevending.',
  'rule.assisted-return.eligibility.exclusion.none': 'Ingen av avgrensingane i ordninga gjeld for personen.',
  'rule.assisted-return.eligibility.cannot-apply': 'Personen kan ikkje søkje om assistert retur.',
  'rule.assisted-return.eligibility.may-apply': 'Personen er i minst éi av gruppene som kan søkje om assistert retur.',
  'rule.assisted-return.eligibility.normally-excluded':
    'Fordi ei avgrensing i ordninga gjeld, gjeld ordninga normalt ikkje for personen, og ein søknad vil normalt bli avslått.',
  'rule.assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'Det blir gjort unntak for einslege mindreårige asylsøkjarar, så personen kan likevel søkje.',
  'rule.assisted-return.eligibility.exception.possible-trafficking-victim':
    'Det blir gjort unntak for moglege offer for menneskehandel, så personen kan likevel søkje.',
  'rule.assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Det blir gjort unntak for dei som har vore utsette for vald, tvang eller utnytting, så personen kan likevel søkje.',
  'rule.assisted-return.eligibility.destination.home-country': 'Assistert retur tek personen til heimlandet.',
  'rule.assisted-return.eligibility.destination.country-of-residence':
    'Personen kan returnere til eit land der personen har opphaldsløyve utan å vere statsborgar, viss landet er utanfor EU/EØS. Det trengst ein kopi av eit gyldig opphaldsløyve.',
  'rule.assisted-return.eligibility.destination.eea-country':
    '{country} er i EU/EØS. Assistert retur til eit land personen ikkje er statsborgar av, gjeld berre land utanfor EU/EØS.',
  'rule.assisted-return.eligibility.exclusion.excluded-nationality':
    'Personen er statsborgar av {country}. Ordninga gjeld normalt ikkje for statsborgarar av {country}.',
  'rule.assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Statsborgarar av {country} er fritekne frå visumplikt til Schengen-området. Ordninga gjeld normalt ikkje for borgarar av land som er fritekne frå visumplikt.',
  'rule.assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Personen er statsborgar av {country}. Borgarar av EU/EØS-land og Sveits treng ikkje visum, og ordninga gjeld normalt ikkje for borgarar av land som er fritekne frå visumplikt.',
  'rule.assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Personen har fått støtte til assistert retur eller tilbakevending tidlegare, har komme tilbake til Noreg og vil reise til eit land som er med i Dublin-samarbeidet. Ordninga gjeld normalt ikkje for personen.',
  'rule.assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Personen hadde eit opphaldsløyve på anna grunnlag enn behov for vern, og det er gått ut eller kalla tilbake, eller personen har ikkje fått nytt løyve. Ordninga gjeld normalt ikkje for personen.',
  'rule.assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Søknaden til personen i Noreg vart avslått fordi personen har fått vern, opphald eller visum i eit anna EU/EØS-land. Ordninga gjeld normalt ikkje for personen.',
  'rule.assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Søknaden til personen om vern vart behandla i 48-timarsprosedyren til UDI. Søknader om assistert retur frå personar i denne prosedyren blir ikkje alltid innvilga.',
  'rule.assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Søknaden seier at personen kom til Noreg som einsleg mindreårig og no er mellom 18 og 23 år, men etter fødselsdatoen er personen {age, number} år. Sjekk fødselsdatoen eller situasjonen som er oppgitt.',
  'rule.assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Søknaden seier at personen er einsleg mindreårig asylsøkjar, men etter fødselsdatoen er personen {age, number} år, ikkje under 18. Sjekk fødselsdatoen eller svaret som er gitt.',
  // Regelsett 2: reintegreringsstøtte
  'rule.assisted-return.support.timing.no-deadline': 'Hushaldet har ikkje fått utreisefrist, så det får den høge satsen.',
  'rule.assisted-return.support.timing.not-registered': 'Hushaldet er ikkje registrert i Noreg, så det får den høge satsen same kva utreisefristen er.',
  'rule.assisted-return.support.age-group.adult': 'Denne reisande er 18 år eller eldre den dagen søknaden kom, og blir rekna som vaksen.',
  'rule.assisted-return.support.age-group.child': 'Denne reisande er under 18 år den dagen søknaden kom, og blir rekna som barn.',
  'rule.assisted-return.support.grant.adult.before-deadline': 'Hushaldet får reintegreringsstøtte for ein vaksen med den høge satsen.',
  'rule.assisted-return.support.grant.adult.after-deadline': 'Hushaldet får reintegreringsstøtte for ein vaksen med den låge satsen.',
  'rule.assisted-return.support.grant.child.before-deadline': 'Hushaldet får reintegreringsstøtte for eit barn med den høge satsen.',
  'rule.assisted-return.support.grant.child.after-deadline': 'Hushaldet får reintegreringsstøtte for eit barn med den låge satsen.',
  'rule.assisted-return.support.child-extra.before-deadline': 'Hushaldet får ekstra støtte for eit barn, som berre blir gitt med den høge satsen.',
  'rule.assisted-return.support.child-extra.after-deadline': 'Det blir ikkje gitt ekstra støtte for barn med den låge satsen.',
  'rule.assisted-return.support.travel-document.paid': 'Ekstra støtte for å levere gyldig reisedokument (eller for å stå oppført i eitt), per person.',
  'rule.assisted-return.support.travel-document.closed':
    'Den ekstra støtta for å levere gyldig reisedokument vart avslutta 1. februar 2018, så ho blir ikkje utbetalt for denne søknaden.',
  'rule.assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Personen har gyldig opphaldsløyve i eit anna Schengen-land og kan derfor ikkje få den ekstra støtta for gyldig reisedokument.',
  'rule.assisted-return.support.programme.not-offered': 'Dette landprogrammet gjeld ikkje for statsborgarskapen eller samansetjinga til hushaldet.',
  'rule.assisted-return.support.programme.offered':
    'Eit returprogram for statsborgarskapen til hushaldet gir tenester. Dei blir viste for seg og er ikkje rekna med i kontantbeløpet.',
  'rule.assisted-return.support.timing.on-or-before-deadline':
    'Søknaden kom innan utreisefristen ({deadline, date, long}), så hushaldet får den høge satsen. Han gjeld også på sjølve fristdagen.',
  'rule.assisted-return.support.timing.after-deadline':
    'Utreisefristen ({deadline, date, long}) hadde gått ut då søknaden kom, så hushaldet får den låge satsen og ingen ekstra pengar for barn.',
  'rule.assisted-return.support.programme.iraq-ettc':
    'I Irak kan personen få reintegreringstenester verdt {amount, number, nok} gjennom ETTC, til dømes skule, hjelp til å finne arbeid, opplæring eller å starte ei verksemd. Dette er tenester, ikkje kontantar.',
  'rule.assisted-return.support.programme.somalia-drc-families':
    'I Somalia kan kvar i hushaldet få hjelp til arbeidsformidling, opplæring eller næringsetablering gjennom Dansk Flyktninghjelp (DRC), verdt {amount, number, nok} per person. Dette er tenester, ikkje kontantar.',
  // Regelsett 3: situasjonen etter vedtaket
  'rule.departure.status.no-right-to-stay':
    'Personen har ikkje lovleg rett til å opphalde seg i Noreg, og ingen utreisefrist går, så personen må forlate Noreg no. Reiser personen ikkje frivillig, vil politiet sende personen ut med tvang.',
  'rule.departure.status.revoked-no-deadline':
    'Vedtaket frå UNE gir personen ingen utreisefrist. Når UNE pålegg nokon å reise ut, gir UNE også ein frist, så vedtaket pålegg ikkje personen å forlate Noreg. Sjekk vedtaket frå UNE, der det står om personen må reise.',
  'rule.departure.status.staying-without-permission':
    'Personen oppheld seg i Noreg utan løyve: personen har tidlegare fått ein utreisefrist og har framleis plikt til å forlate Noreg. Personen må reise ut straks.',
  'rule.departure.status.deferred-implementation-granted':
    'Personen har fått lov til å bli i Noreg medan UNE behandlar klaga (utsett iverksetjing), til UNE har teke ei avgjerd. Viss UNE avslår klaga, får personen ein frist for å forlate Noreg.',
  'rule.departure.status.deferred-implementation-denied':
    'Personen har ikkje fått lov til å bli i Noreg medan UNE behandlar klaga. Personen oppheld seg her ulovleg og må forlate Noreg straks.',
  'rule.departure.status.new-application-pending':
    'Opphaldsløyvet eller statsborgarskapen til personen er kalla tilbake, men ein ny søknad om opphaldsløyve er til behandling. Personen kan ha rett til å bli i Noreg medan søknaden blir behandla. I vedtaket frå UNE står det kva som gjeld.',
  'rule.departure.area.schengen-when-expelled':
    'Fordi personen er utvist, må personen også forlate Schengen-området, med mindre personen har opphaldsløyve i eit anna Schengen-land.',
  'rule.departure.area.schengen-when-revoked':
    'Fordi opphaldsløyvet eller statsborgarskapen til personen er kalla tilbake og det ikkje er gitt nytt opphaldsløyve i Noreg, har personen vanlegvis plikt til å forlate både Noreg og Schengen-området.',
  'rule.departure.area.norway-with-schengen-permit':
    'Personen har opphaldsløyve i eit anna Schengen-land, så personen må forlate Noreg, men ikkje Schengen-området.',
  'rule.departure.area.dublin-transfer':
    'Personen skal overførast til Dublin-landet som er ansvarleg for asylsøknaden: personen må forlate Noreg og reise til det landet.',
  'rule.departure.area.schengen-after-rejection':
    'Eit vedtak som gir personen plikt til å forlate Noreg, gir også plikt til å forlate Schengen-området, med mindre personen har opphaldsløyve eller anna grunnlag for opphald i eit anna Schengen-land.',
  'rule.departure.assisted-return.not-listed':
    'Assistert retur blir berre tilbode i nokre tilfelle, og denne typen vedtak er ikkje blant dei UDI nemner. Personen kan likevel spørje UDI om å søkje.',
  'rule.departure.assisted-return.may-apply':
    'Personen kan søkje om assistert retur. Utreisefristen har gått ut, så den ekstra støtta for å søkje før fristen blir ikkje gitt lenger.',
  'rule.departure.assisted-return.before-deadline':
    'Personen kan søkje om assistert retur. Ein søknad før utreisefristen har gått ut, kan gi ekstra støtte, og den som får innvilga assistert retur, blir som hovudregel ikkje utvist.',
  'rule.departure.entry-ban.none': 'Personen er ikkje utvist og har derfor ikkje innreiseforbod.',
  'rule.departure.documents.not-applicable': 'Her er det ingen regel om dokument for denne typen vedtak.',
  'rule.departure.documents.protection-claim':
    'Kva som skjer med dokumenta personen leverte, avheng av om personen reiser frivillig eller blir send ut med tvang.',
  'rule.departure.national-registry.not-relevant': 'Personen har ikkje norsk fødselsnummer og blir derfor ikkje registrert som utflytta i Folkeregisteret.',
  'rule.departure.status.by-deadline': 'Personen må forlate Noreg seinast {deadline, date, long} og er framleis innanfor fristen den dagen.',
  'rule.departure.status.deadline-passed':
    'Utreisefristen til personen ({deadline, date, long}) har gått ut. Personen oppheld seg ulovleg i Noreg og må reise ut straks.',
  'rule.departure.status.deferred-implementation-pending':
    'Personen har bede om å få bli i Noreg medan UNE behandlar klaga (utsett iverksetjing), og får beskjed om det blir innvilga. Dei fleste får ikkje bli, så personen bør vere førebudd på å reise {deadlineRuns, select, yes {innan {deadline, date, long}, fristen i vedtaket} other {med ein gong}}.',
  'rule.departure.consequences': 'Dette kan skje viss personen ikkje forlèt Noreg når personen må.',
  'rule.departure.note.arrest-and-forced-return':
    'Reiser personen ikkje, kan politiet pågripe og uttransportere personen med tvang. Personen kan bli halden i forvaring og får ikkje vite når pågripinga kan skje.',
  'rule.departure.note.deportation-costs-debt':
    'Viss politiet sender personen ut, må personen betale utgiftene til uttransporteringa. Kan personen ikkje betale, betaler norske styresmakter, og personen skuldar dei pengane. Personen kan ikkje komme tilbake til Noreg før gjelda er betalt.',
  'rule.departure.note.expulsion-and-entry-ban':
    'Fordi personen har opphalde seg ulovleg i Noreg, kan personen bli utvist frå Noreg og andre Schengen-land og få forbod mot å reise inn i heile Schengen-området i 1–5 år. Brot på innreiseforbod er straffbart.',
  'rule.departure.note.no-right-to-work': 'Personen har ikkje lov til å arbeide i Noreg. Arbeid kan føre til utvising.',
  'rule.departure.note.family-returned-together': 'Viss personen har familie som også må reise, vil politiet prøve å sende dei ut saman.',
  'rule.departure.note.less-money-at-reception-centre': 'Viss personen bur på eit asylmottak, får personen no mindre pengar enn før.',
  'rule.departure.note.arrest-and-forced-return.dublin':
    'Viss personen ikkje får bli, vil politiet pågripe personen og sende personen til landet som skal behandle asylsøknaden.',
  'rule.departure.note.expulsion-and-entry-ban.expelled-again':
    'Blir personen verande eller arbeider ulovleg i Noreg, kan personen bli utvist frå Noreg og andre Schengen-land på nytt, og innreiseforbodet kan bli endå lengre.',
  'rule.departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Blir personen verande eller arbeider ulovleg i Noreg, kan personen bli utvist frå Noreg og andre Schengen-land og få forbod mot å reise inn i Noreg, og vanlegvis i Schengen-området, for ein bestemd periode eller for alltid.',
  'rule.departure.note.assisted-return.dublin':
    'I staden for å bli overført til Dublin-landet kan personen søkje UDI om assistert retur til heimlandet: hjelp og pengar til å reise heim og etablere seg der. Om personen fyller vilkåra, avheng av saka.',
  'rule.departure.note.assisted-return':
    'Personen kan søkje UDI om assistert retur: hjelp og pengar til å reise heim og etablere seg der, og IOM organiserer reisa. Om personen fyller vilkåra, avheng av saka.',
  'rule.departure.note.additional-support-before-deadline': 'Søkjer personen før utreisefristen har gått ut, kan personen få ekstra økonomisk støtte.',
  'rule.departure.note.no-expulsion-if-granted-before-deadline':
    'Søkjer personen før fristen og får innvilga assistert retur, blir personen som hovudregel ikkje utvist frå Noreg.',
  'rule.departure.note.no-additional-support-after-deadline':
    'Utreisefristen til personen har gått ut, så personen kan ikkje lenger få den ekstra økonomiske støtta som blir gitt til dei som søkjer før fristen.',
  'rule.departure.note.entry-ban-runs-from-departure':
    'Innreiseforbodet gjeld frå den dagen personen forlèt Noreg og Schengen-området, så personen bør gi norske styresmakter, til dømes politiet, beskjed om når personen reiser. Personen kan ikkje komme tilbake medan forbodet gjeld, og brot på forbodet er straffbart.',
  'rule.departure.note.documents-returned-after-voluntary-return':
    'Reiser personen heim frivillig, får personen tilbake passet og andre dokument som vart leverte ved ankomst til Noreg, seinast ved framkomst til heimlandet.',
  'rule.departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Blir personen send ut med tvang, blir dokumenta overleverte til styresmaktene i heimlandet, og personen kan måtte kontakte dei for å få dokumenta tilbake.',
  'rule.departure.note.registered-as-moved':
    'Fordi personen har hatt opphaldsløyve og har norsk fødselsnummer, blir personen registrert som utflytta frå Noreg i Folkeregisteret. Det kan gi problem med offentlege tenester som lege, skule og NAV.',
  'rule.departure.note.registration-correction-form':
    'Registreringa av personen som utflytta er (eller blir) gjord 1. oktober 2017 eller seinare. Meiner personen at utlendingsstyresmaktene har gjort ein feil, kan personen sende inn skjemaet på nettsidene til UDI.',
  // Regelsett 4: kategoriar av tvangsretur
  'rule.forced-return.category.refused': 'Personen må forlate Noreg fordi personen ikkje har løyve til opphald. Det gir ikkje forbod mot å komme tilbake.',
  'rule.forced-return.category.expelled': 'Personen er utvist og har forbod mot å reise inn i Noreg i ein periode. Brot på forbodet er straffbart.',
  'rule.forced-return.category.asylum': 'Søknaden til personen om vern (asyl) i Noreg vart avslått.',
  'rule.forced-return.category.dublin': 'Personen blir overført etter Dublin-forordninga til det europeiske landet som har ansvaret for asylsøknaden.',
  'rule.forced-return.category.ip': 'Personen har fått internasjonalt vern i eit anna Schengen-land og blir returnert dit.',
  'rule.forced-return.responsible.npis': 'Politiets utlendingseining (PU) gjennomfører returen.',
  'rule.forced-return.responsible.police-district': 'Politidistriktet gjennomfører returen.',
  'rule.forced-return.responsible.udi': 'Utlendingsdirektoratet (UDI) har ansvaret for assistert retur.',
  // Regelsett 5: innreise
  'rule.re-entry.ban.in-force':
    'Utvisingsvedtaket frå {decisionDate, date, long} gir personen {permanent, select, yes {varig forbod} other {forbod}} mot å reise inn i {scope, select, schengen {Noreg og heile Schengen-området} other {Noreg}}{permanent, select, yes {} other { i {years, plural, one {# år} other {# år}}, frå {start, date, long} til og med {lastDay, date, long}}}.',
  'rule.re-entry.ban.expired':
    'Innreiseforbodet frå utvisingsvedtaket mot personen {decisionDate, date, long} har gått ut: siste dag var {lastDay, date, long}.',
  'rule.re-entry.scope.norway-only': 'Dette innreiseforbodet gjeld berre Noreg, så det hindrar ikkje personen i å reise inn i eit anna Schengen-land.',
  'rule.re-entry.scope.norway': 'Eit innreiseforbod gjeld alltid Noreg.',
  'rule.re-entry.scope.schengen': 'Dette innreiseforbodet gjeld heile Schengen-området, så det hindrar også personen i å reise inn i eit anna Schengen-land.',
  'rule.re-entry.outcome.no-bar':
    '{deported, select, yes {Personen er tidlegare uttransportert, men det åleine gir ikkje forbod mot å komme tilbake. } other {}}Ingen innreiseforbod hindrar personen i å reise inn i {destination, select, norway {Noreg} other {eit anna Schengen-land}} {plannedEntryDate, date, long}.{owes, select, yes { Personen skuldar framleis {owed, number, nok} for uttransporteringa, som bør betalast tilbake før personen kjem til Noreg.} other {}}',
  'rule.re-entry.outcome.unpaid-costs':
    'Personen skuldar {owed, number, nok} for uttransporteringa. Er beløpet ikkje betalt tilbake, kan personen bli bortvist ved ankomst til Noreg, og kan bli utvist.',
  'rule.re-entry.outcome.entry-banned':
    'Personen kan ikkje reise inn i {destination, select, norway {Noreg} other {eit anna Schengen-land}} {plannedEntryDate, date, long}: {permanent, select, yes {personen har varig innreiseforbod.} other {personen har innreiseforbod til og med {until, date, long}.}}{schengen, select, yes { Forbodet gjeld heile Schengen-området.} other {}} Det er straffbart å reise inn medan innreiseforbodet gjeld.',
  'rule.re-entry.warning.decided-before-2010':
    'Utvisinga som vart vedteken {decisionDate, date, long}, vart vedteken før 1. januar 2010, etter utlendingslova av 1988. Retur har ikkje dei lengdene på innreiseforbod som den lova tillét, så forbodet blir rekna slik det vart vedteke: det gjeld til det går ut eller blir oppheva. Sjekk vedtaket.',
  'rule.re-entry.warning.length-not-allowed-on-decision-date':
    'Utvisinga som vart vedteken {decisionDate, date, long}, sette ei lengd på innreiseforbodet som reglane den dagen ikkje tillét. Eit vedtak gjeld til det blir endra, så forbodet blir rekna slik det vart vedteke. Sjekk vedtaket.',
  'rule.re-entry.warning.eea-ban-under-minimum':
    'Utvisinga som vart vedteken {decisionDate, date, long}, gir ein borgar av eit EU/EØS-land innreiseforbod i mindre enn {minimum} år, som er det kortaste lova tillèt for dei. Eit vedtak gjeld til det blir endra, så forbodet blir rekna slik det vart vedteke. Sjekk vedtaket.',
};
