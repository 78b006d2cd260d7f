import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'Nijedna od grupa koje mogu da podnesu zahtev za potpomognuti povratak ne odgovara vašoj situaciji.',
  'assisted-return.eligibility.group.rejected':
    'Vaš zahtev za zaštitu (azil) ili za drugu dozvolu boravka u Norveškoj je odbijen, ili ste povukli zahtev za zaštitu. Osobe u ovoj situaciji mogu da podnesu zahtev za potpomognuti povratak.',
  'assisted-return.eligibility.group.protection-pending':
    'Vaš zahtev za zaštitu (azil) se razmatra. Tražioci azila mogu da podnesu zahtev za potpomognuti povratak u bilo kojoj fazi postupka azila.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Nemate zakonit boravak u Norveškoj i nikada niste imali predmet registrovan kod UDI. Osobe u ovoj situaciji mogu da podnesu zahtev za potpomognuti povratak.',
  'assisted-return.eligibility.group.dublin-transfer':
    'Imate odluku o transferu u drugu zemlju prema Dablinskoj uredbi, ali biste radije da se vratite u svoju zemlju. Možete da podnesete zahtev za potpomognuti povratak, ali morate da otputujete u rokovima Dablinske uredbe.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'Imate privremenu dozvolu boravka dok ne napunite 18 godina. Osobe u ovoj situaciji mogu da podnesu zahtev za potpomognuti povratak.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'Možda ste žrtva trgovine ljudima. Moguće žrtve trgovine ljudima mogu da podnesu zahtev za potpomognuti povratak.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Vi ste maloletni tražilac azila bez pratnje. Maloletni tražioci azila bez pratnje mogu da podnesu zahtev za potpomognuti povratak.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Nalazite se u ranjivoj situaciji i niste podneli zahtev za zaštitu. Ipak možete da dobijete potpomognuti povratak; UDI će tražiti dokumentaciju o vašoj situaciji.',
  'assisted-return.eligibility.group.legal-residence':
    'Imate zakonit boravak u Norveškoj. Osobe sa zakonitim boravkom ne mogu da podnesu zahtev za potpomognuti povratak, ali mogu da podnesu zahtev za repatrijaciju.',
  'assisted-return.eligibility.exclusion.none': 'Nijedno od ograničenja programa se ne odnosi na vas.',
  'assisted-return.eligibility.cannot-apply': 'Ne možete da podnesete zahtev za potpomognuti povratak.',
  'assisted-return.eligibility.may-apply': 'Pripadate bar jednoj od grupa koje mogu da podnesu zahtev za potpomognuti povratak.',
  'assisted-return.eligibility.normally-excluded':
    'Pošto se primenjuje ograničenje, program se po pravilu ne odnosi na vas, i zahtev će po pravilu biti odbijen.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'Pravi se izuzetak za maloletne tražioce azila bez pratnje, tako da ipak možete da podnesete zahtev.',
  'assisted-return.eligibility.exception.possible-trafficking-victim':
    'Pravi se izuzetak za moguće žrtve trgovine ljudima, tako da ipak možete da podnesete zahtev.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Pravi se izuzetak za one koji su bili izloženi nasilju, prinudi ili iskorišćavanju, tako da ipak možete da podnesete zahtev.',
  'assisted-return.eligibility.destination.home-country': 'Potpomognuti povratak vas vraća u vašu domovinu.',
  'assisted-return.eligibility.destination.country-of-residence':
    'Možete se vratiti u zemlju u kojoj imate dozvolu boravka, iako niste njen državljanin, ako je van EU/EEP. Moraćete da pošaljete kopiju važeće dozvole boravka.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} je u EU/EEP. Potpomognuti povratak u zemlju čiji niste državljanin moguć je samo u zemlju van EU/EEP.',
  'assisted-return.eligibility.exclusion.excluded-nationality':
    'Vi ste državljanin ove zemlje: {country}. Program se po pravilu ne odnosi na državljane ove zemlje ({country}).',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Državljani ove zemlje ({country}) su oslobođeni obaveze vize za šengenski prostor. Program se po pravilu ne odnosi na državljane zemlje koja je oslobođena obaveze vize.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Vi ste državljanin ove zemlje: {country}. Državljanima zemalja EU/EEP i Švajcarske nije potrebna viza, a program se po pravilu ne odnosi na državljane zemlje koja je oslobođena obaveze vize.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Ranije ste dobili podršku za potpomognuti povratak ili repatrijaciju, vratili ste se u Norvešku i želite da odete u zemlju koja učestvuje u dablinskoj saradnji. Program se po pravilu ne odnosi na vas.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Imali ste dozvolu boravka po drugom osnovu, a ne zbog potrebe za zaštitom, i ona je istekla ili je oduzeta, ili niste dobili novu. Program se po pravilu ne odnosi na vas.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Vaš zahtev u Norveškoj je odbijen jer ste dobili zaštitu, boravak ili vizu u drugoj zemlji EU/EEP. Program se po pravilu ne odnosi na vas.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Vaš zahtev za zaštitu je obrađen u 48-časovnom postupku UDI. Zahtevi za potpomognuti povratak osoba u ovom postupku se ne odobravaju uvek.',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Naveli ste da ste u Norvešku došli kao maloletnik bez pratnje i da sada imate između 18 i 23 godine, ali prema datumu rođenja imate {age, number} godina. Proverite datum rođenja ili situaciju koju ste naveli.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Naveli ste da ste maloletni tražilac azila bez pratnje, ali prema datumu rođenja imate {age, number} godina, a ne manje od 18. Proverite datum rođenja ili odgovor koji ste dali.',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'Niste dobili rok za napuštanje zemlje, tako da dobijate viši iznos.',
  'assisted-return.support.timing.not-registered': 'Niste registrovani u Norveškoj, tako da dobijate viši iznos bez obzira na rok.',
  'assisted-return.support.age-group.adult': 'Ovaj putnik ima 18 ili više godina na dan podnošenja zahteva i smatra se odraslim.',
  'assisted-return.support.age-group.child': 'Ovaj putnik ima manje od 18 godina na dan podnošenja zahteva i smatra se detetom.',
  'assisted-return.support.grant.adult.before-deadline': 'Dobijate pomoć za reintegraciju za odraslu osobu po višem iznosu.',
  'assisted-return.support.grant.adult.after-deadline': 'Dobijate pomoć za reintegraciju za odraslu osobu po nižem iznosu.',
  'assisted-return.support.grant.child.before-deadline': 'Dobijate pomoć za reintegraciju za dete po višem iznosu.',
  'assisted-return.support.grant.child.after-deadline': 'Dobijate pomoć za reintegraciju za dete po nižem iznosu.',
  'assisted-return.support.child-extra.before-deadline': 'Dobijate dodatnu pomoć za dete, koja se isplaćuje samo po višem iznosu.',
  'assisted-return.support.child-extra.after-deadline': 'Nema dodatne pomoći za dete po nižem iznosu.',
  'assisted-return.support.travel-document.paid': 'Dodatna podrška za predaju važeće putne isprave (ili za upis u nju), po osobi.',
  'assisted-return.support.travel-document.closed':
    'Dodatna podrška za predaju važeće putne isprave ukinuta je 1. februara 2018, pa se za ovaj zahtev ne isplaćuje.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Imate važeću dozvolu boravka u drugoj šengenskoj zemlji, pa ne možete da dobijete dodatnu podršku za važeću putnu ispravu.',
  'assisted-return.support.programme.not-offered': 'Ovaj program za zemlju nije namenjen vašem državljanstvu ili vašem domaćinstvu.',
  'assisted-return.support.programme.offered': 'Program povratka za vaše državljanstvo pruža usluge. One su navedene posebno i ne računaju se u iznos u novcu.',
  'assisted-return.support.timing.on-or-before-deadline':
    'Podnosite zahtev najkasnije na dan roka za napuštanje zemlje ({deadline, date, long}), tako da dobijate viši iznos. On važi i na sam dan roka.',
  'assisted-return.support.timing.after-deadline':
    'Vaš rok za napuštanje zemlje ({deadline, date, long}) je istekao kada ste podneli zahtev, tako da dobijate niži iznos i nema dodatnog novca za decu.',
  'assisted-return.support.programme.iraq-ettc':
    'U Iraku možete da dobijete usluge reintegracije u vrednosti od {amount, number, nok} preko ETTC, na primer školu, pomoć u traženju posla, obuku ili pokretanje posla. To su usluge, a ne novac.',
  'assisted-return.support.programme.somalia-drc-families':
    'U Somaliji svako od vas može da dobije pomoć u traženju posla, obuku ili pomoć za pokretanje posla preko Danskog saveta za izbeglice (DRC), u vrednosti od {amount, number, nok} po osobi. To su usluge, a ne novac.',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay':
    'Nemate zakonsko pravo da boravite u Norveškoj i ne teče vam rok za napuštanje zemlje, tako da morate odmah da napustite Norvešku. Ako ne odete dobrovoljno, policija će vas prinudno vratiti.',
  'departure.status.revoked-no-deadline':
    'Odluka UNE vam ne daje rok za napuštanje zemlje. Kada UNE nekoga obaveže da ode, daje i rok, tako da vas odluka ne obavezuje da napustite Norvešku. Proverite odluku UNE, u kojoj piše da li morate da odete.',
  'departure.status.staying-without-permission':
    'Boravite u Norveškoj bez dozvole: ranije vam je dat rok za napuštanje zemlje i i dalje ste obavezni da odete. Morate odmah da napustite Norvešku.',
  'departure.status.deferred-implementation-granted':
    'Dozvoljeno vam je da ostanete u Norveškoj dok UNE razmatra vašu žalbu (odlaganje izvršenja). Možete da ostanete dok UNE ne donese odluku. Ako UNE odbije vašu žalbu, dobićete rok za napuštanje zemlje.',
  'departure.status.deferred-implementation-denied':
    'Nije vam dozvoljeno da ostanete u Norveškoj dok UNE razmatra vašu žalbu. Ovde boravite nezakonito i morate odmah da napustite Norvešku.',
  'departure.status.new-application-pending':
    'Vaša dozvola ili državljanstvo je oduzeto, ali imate novi zahtev za dozvolu boravka koji se razmatra. Možda imate pravo da ostanete u Norveškoj dok se on razmatra. U odluci UNE piše šta važi za vas.',
  'departure.area.schengen-when-expelled':
    'Pošto ste proterani, morate da napustite i šengenski prostor, osim ako imate dozvolu boravka u drugoj šengenskoj zemlji.',
  'departure.area.schengen-when-revoked':
    'Pošto vam je dozvola ili državljanstvo oduzeto, a niste dobili novu dozvolu boravka u Norveškoj, obično ste obavezni da napustite i Norvešku i šengenski prostor.',
  'departure.area.norway-with-schengen-permit':
    'Imate dozvolu boravka u drugoj šengenskoj zemlji, pa morate da napustite Norvešku, ali ne i šengenski prostor.',
  'departure.area.dublin-transfer':
    'Bićete prebačeni u dablinsku zemlju koja je nadležna za vaš zahtev za azil: morate da napustite Norvešku i odete u tu zemlju.',
  'departure.area.schengen-after-rejection':
    'Odluka kojom ste obavezni da napustite Norvešku obavezuje vas i da napustite šengenski prostor, osim ako imate dozvolu boravka ili drugi osnov za boravak u drugoj šengenskoj zemlji.',
  'departure.assisted-return.not-listed':
    'Potpomognuti povratak se nudi samo u nekim slučajevima, a vaša vrsta odluke nije među onima koje UDI navodi. Ipak možete da pitate UDI da li možete da podnesete zahtev.',
  'departure.assisted-return.may-apply':
    'Možete da podnesete zahtev za potpomognuti povratak. Vaš rok za napuštanje zemlje je istekao, tako da dodatna podrška za zahtev podnet pre roka više nije moguća.',
  'departure.assisted-return.before-deadline':
    'Možete da podnesete zahtev za potpomognuti povratak. Ako podnesete zahtev pre isteka roka za napuštanje zemlje, možete da dobijete dodatnu podršku, a ako vam se odobri potpomognuti povratak, po pravilu nećete biti proterani.',
  'departure.entry-ban.none': 'Niste proterani, tako da nemate zabranu ulaska.',
  'departure.documents.not-applicable': 'Ovde nema pravila o dokumentima za vašu vrstu odluke.',
  'departure.documents.protection-claim': 'Šta će biti sa dokumentima koje ste predali zavisi od toga da li se vraćate dobrovoljno ili vas vraćaju prinudno.',
  'departure.national-registry.not-relevant':
    'Nemate norveški lični identifikacioni broj, tako da nećete biti registrovani kao odseljeni u Nacionalnom registru stanovništva.',
  'departure.status.by-deadline': 'Morate da napustite Norvešku najkasnije {deadline, date, long}. Tog dana ste još u roku.',
  'departure.status.deadline-passed':
    'Vaš rok za napuštanje Norveške ({deadline, date, long}) je istekao. Boravite u Norveškoj nezakonito i morate odmah da odete.',
  'departure.status.deferred-implementation-pending':
    'Zatražili ste da ostanete u Norveškoj dok UNE razmatra vašu žalbu (odlaganje izvršenja). Bićete obavešteni da li možete da ostanete ili ne. Većini ljudi nije dozvoljeno da ostanu, zato budite spremni da odete {deadlineRuns, select, yes {do {deadline, date, long}, roka iz vaše odluke} other {odmah}}.',
  'departure.consequences': 'Ovo može da se desi ako ne napustite Norvešku kada morate.',
  'departure.note.arrest-and-forced-return':
    'Ako ne odete, policija može da vas uhapsi i prinudno vrati. Možete biti zadržani u pritvoru, i neće vam reći kada biste mogli biti uhapšeni.',
  'departure.note.deportation-costs-debt':
    'Ako vas policija vrati, morate da platite troškove povratka. Ako ne možete da platite, plaćaju norveške vlasti, a vi im dugujete taj novac. Ne možete da se vratite u Norvešku dok ga ne platite.',
  'departure.note.expulsion-and-entry-ban':
    'Pošto ste nezakonito boravili u Norveškoj, možete biti proterani iz Norveške i drugih šengenskih zemalja i dobiti zabranu ulaska u ceo šengenski prostor na 1–5 godina. Kršenje zabrane ulaska je krivično delo.',
  'departure.note.no-right-to-work': 'Ne možete da radite u Norveškoj. Ako radite, možete biti proterani.',
  'departure.note.family-returned-together': 'Ako imate porodicu koja takođe mora da ode, policija će pokušati da vas sve vrati zajedno.',
  'departure.note.less-money-at-reception-centre': 'Ako živite u prihvatnom centru za tražioce azila, sada ćete dobijati manje novca nego ranije.',
  'departure.note.arrest-and-forced-return.dublin':
    'Ako vam nije dozvoljeno da ostanete, policija će vas uhapsiti i prebaciti u zemlju koja će razmatrati vaš zahtev za azil.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'Ako ostanete ili radite nezakonito u Norveškoj, možete ponovo biti proterani iz Norveške i drugih šengenskih zemalja, a zabrana ulaska može biti još duža.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Ako ostanete ili radite nezakonito u Norveškoj, možete biti proterani iz Norveške i drugih šengenskih zemalja. Tada ćete dobiti zabranu ulaska u Norvešku, a obično i u šengenski prostor, na određeno vreme ili trajno.',
  'departure.note.assisted-return.dublin':
    'Umesto da budete prebačeni u dablinsku zemlju, možete od UDI da zatražite potpomognuti povratak u svoju zemlju: dobijate pomoć i novac da otputujete kući i da se tamo ponovo nastanite. Da li ispunjavate uslove zavisi od vašeg predmeta.',
  'departure.note.assisted-return':
    'Možete od UDI da zatražite potpomognuti povratak: dobijate pomoć i novac da otputujete kući i da se tamo ponovo nastanite, a IOM vam pomaže da organizujete putovanje. Da li ispunjavate uslove zavisi od vašeg predmeta.',
  'departure.note.additional-support-before-deadline':
    'Ako podnesete zahtev pre isteka roka za napuštanje zemlje, možete da dobijete dodatnu finansijsku podršku.',
  'departure.note.no-expulsion-if-granted-before-deadline':
    'Ako podnesete zahtev pre roka i odobri vam se potpomognuti povratak, po pravilu nećete biti proterani iz Norveške.',
  'departure.note.no-additional-support-after-deadline':
    'Vaš rok za napuštanje zemlje je istekao, tako da više ne možete da dobijete dodatnu finansijsku podršku koja se daje onima koji podnesu zahtev pre roka.',
  'departure.note.entry-ban-runs-from-departure':
    'Zabrana ulaska važi od dana kada napustite Norvešku i šengenski prostor, zato obavestite norveške vlasti, na primer policiju, kada ćete otputovati. Ne možete da se vratite dok zabrana važi, a njeno kršenje je krivično delo.',
  'departure.note.documents-returned-after-voluntary-return':
    'Ako se dobrovoljno vratite kući, pasoš i ostala dokumenta koja ste predali kada ste došli u Norvešku biće vam vraćeni, najkasnije kada stignete u svoju zemlju.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Ako vas prinudno vrate, vaša dokumenta biće predata vlastima u vašoj zemlji, i možda ćete morati da ih kontaktirate da biste dobili dokumenta nazad.',
  'departure.note.registered-as-moved':
    'Pošto ste imali dozvolu boravka i imate norveški lični identifikacioni broj, bićete registrovani kao odseljeni iz Norveške u Nacionalnom registru stanovništva. Tada možete imati problema sa javnim službama kao što su lekari, škole i NAV.',
  'departure.note.registration-correction-form':
    'Vaša registracija kao odseljenog je (ili će biti) izvršena 1. oktobra 2017. ili kasnije. Ako mislite da su imigracione vlasti pogrešile, popunite i pošaljite obrazac na veb-sajtu UDI.',
  // Rule set 4: forced-return categories
  'forced-return.category.refused': 'Morate da napustite Norvešku jer nemate dozvolu boravka. To vam ne zabranjuje da se vratite.',
  'forced-return.category.expelled': 'Proterani ste. Imate zabranu ulaska u Norvešku na određeno vreme, a kršenje zabrane je krivično delo.',
  'forced-return.category.asylum': 'Vaš zahtev za zaštitu (azil) u Norveškoj je odbijen.',
  'forced-return.category.dublin': 'Prema Dablinskoj uredbi prebacuju vas u evropsku zemlju koja je odgovorna za vaš zahtev za azil.',
  'forced-return.category.ip': 'Dobili ste međunarodnu zaštitu u drugoj šengenskoj zemlji i vraćaju vas tamo.',
  'forced-return.responsible.npis': 'Imigraciona služba norveške policije (PU) sprovodi povratak.',
  'forced-return.responsible.police-district': 'Policijski okrug sprovodi povratak.',
  'forced-return.responsible.udi': 'Norveška direkcija za imigraciju (UDI) je odgovorna za potpomognuti povratak.',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'Vaše proterivanje određeno {decisionDate, date, long} zabranjuje vam ulazak u {scope, select, schengen {Norvešku i ceo šengenski prostor} other {Norvešku}} {permanent, select, yes {trajno} other {na {years, plural, one {# godinu} few {# godine} other {# godina}}, od {start, date, long} do {lastDay, date, long} zaključno}}.',
  're-entry.ban.expired': 'Zabrana ulaska zbog proterivanja određenog {decisionDate, date, long} je istekla: njen poslednji dan je bio {lastDay, date, long}.',
  're-entry.scope.norway-only': 'Ova zabrana ulaska važi samo za Norvešku, pa vas ne sprečava da uđete u drugu šengensku zemlju.',
  're-entry.scope.norway': 'Zabrana ulaska uvek važi za Norvešku.',
  're-entry.scope.schengen': 'Ova zabrana ulaska važi za ceo šengenski prostor, pa vas sprečava i da uđete u drugu šengensku zemlju.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {Ranije ste prinudno vraćeni, ali vam samo to ne zabranjuje da se vratite. } other {}}Nijedna zabrana ulaska vas ne sprečava da uđete u {destination, select, norway {Norvešku} other {drugu šengensku zemlju}} {plannedEntryDate, date, long}.{owes, select, yes { I dalje dugujete {owed, number, nok} za prinudni povratak; vratite dug pre nego što dođete u Norvešku.} other {}}',
  're-entry.outcome.unpaid-costs':
    'Dugujete {owed, number, nok} za prinudni povratak. Ako niste vratili dug, može vam biti odbijen ulazak kada dođete u Norvešku, i možete biti proterani.',
  're-entry.outcome.entry-banned':
    'Ne smete da uđete u {destination, select, norway {Norvešku} other {drugu šengensku zemlju}} {plannedEntryDate, date, long}: {permanent, select, yes {imate trajnu zabranu ulaska.} other {imate zabranu ulaska do {until, date, long} zaključno.}}{schengen, select, yes { Zabrana važi za ceo šengenski prostor.} other {}} Ulazak dok zabrana važi je krivično delo.',
  're-entry.warning.decided-before-2010':
    'Proterivanje odlučeno {decisionDate, date, long} doneto je pre 1. januara 2010, po Zakonu o strancima iz 1988. Retur nema trajanja zabrane koja je taj zakon dozvoljavao, pa se zabrana računa onako kako je određena: važi dok ne istekne ili ne bude ukinuta. Proverite odluku.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'Odluka o proterivanju od {decisionDate, date, long} odredila je trajanje zabrane koje pravila važeća tog dana nisu dozvoljavala. Odluka važi dok ne bude izmenjena, pa se zabrana računa onako kako je određena. Proverite odluku.',
  're-entry.warning.eea-ban-under-minimum':
    'Odluka o proterivanju od {decisionDate, date, long} zabranjuje ulazak državljaninu zemlje EU/EEP na manje od {minimum} godine, što je najkraća zabrana koju zakon za njih dozvoljava. Odluka važi dok ne bude izmenjena, pa se zabrana računa onako kako je određena. Proverite odluku.',
} satisfies Messages<'rules'>;
