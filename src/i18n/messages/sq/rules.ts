import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'Asnjë nga grupet që mund të aplikojnë për kthim të asistuar nuk përputhet me situatën tuaj.',
  'assisted-return.eligibility.group.rejected':
    'Kërkesa juaj për mbrojtje (azil) ose për një leje tjetër qëndrimi në Norvegji është refuzuar, ose e keni tërhequr kërkesën për mbrojtje. Personat në këtë situatë mund të aplikojnë për kthim të asistuar.',
  'assisted-return.eligibility.group.protection-pending':
    'Kërkesa juaj për mbrojtje (azil) është në shqyrtim. Azilkërkuesit mund të aplikojnë për kthim të asistuar në çdo fazë të procesit të azilit.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Ju nuk keni qëndrim të ligjshëm në Norvegji dhe nuk keni pasur kurrë një çështje të regjistruar në UDI. Personat në këtë situatë mund të aplikojnë për kthim të asistuar.',
  'assisted-return.eligibility.group.dublin-transfer':
    'Ju keni një vendim për transferim në një vend tjetër sipas Rregullores së Dublinit, por preferoni të ktheheni në vendin tuaj. Mund të aplikoni për kthim të asistuar, por duhet të largoheni brenda afateve të Rregullores së Dublinit.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'Ju keni leje qëndrimi të përkohshme deri sa të mbushni 18 vjeç. Personat në këtë situatë mund të aplikojnë për kthim të asistuar.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'Ju mund të jeni viktimë e trafikimit të qenieve njerëzore. Viktimat e mundshme të trafikimit mund të aplikojnë për kthim të asistuar.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Ju jeni azilkërkues i mitur i pashoqëruar. Azilkërkuesit e mitur të pashoqëruar mund të aplikojnë për kthim të asistuar.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Ju jeni në një situatë të cenueshme dhe nuk keni aplikuar për mbrojtje. Megjithatë mund të merrni kthim të asistuar; UDI do të ketë nevojë për dokumente për situatën tuaj.',
  'assisted-return.eligibility.group.legal-residence':
    'Ju keni qëndrim të ligjshëm në Norvegji. Personat me qëndrim të ligjshëm nuk mund të aplikojnë për kthim të asistuar, por mund të aplikojnë për riatdhesim.',
  'assisted-return.eligibility.exclusion.none': 'Asnjë nga përjashtimet e skemës nuk vlen për ju.',
  'assisted-return.eligibility.cannot-apply': 'Ju nuk mund të aplikoni për kthim të asistuar.',
  'assisted-return.eligibility.may-apply': 'Ju jeni të paktën në një nga grupet që mund të aplikojnë për kthim të asistuar.',
  'assisted-return.eligibility.normally-excluded': 'Meqë vlen një përjashtim, skema zakonisht nuk vlen për ju, dhe një kërkesë zakonisht do të refuzohet.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'Bëhet përjashtim për azilkërkuesit e mitur të pashoqëruar, prandaj ju mund të aplikoni gjithsesi.',
  'assisted-return.eligibility.exception.possible-trafficking-victim':
    'Bëhet përjashtim për viktimat e mundshme të trafikimit të qenieve njerëzore, prandaj ju mund të aplikoni gjithsesi.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Bëhet përjashtim për ata që kanë qenë të ekspozuar ndaj dhunës, detyrimit ose shfrytëzimit, prandaj ju mund të aplikoni gjithsesi.',
  'assisted-return.eligibility.destination.home-country': 'Kthimi i asistuar ju kthen në vendin tuaj të origjinës.',
  'assisted-return.eligibility.destination.country-of-residence':
    'Mund të ktheheni në një vend ku keni leje qëndrimi, edhe pse nuk jeni shtetas i tij, nëse ai është jashtë BE-së/EEE-së. Do t’ju duhet të dërgoni një kopje të një leje qëndrimi të vlefshme.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} është në BE/EEE. Kthimi i asistuar në një vend ku nuk jeni shtetas bëhet vetëm në një vend jashtë BE-së/EEE-së.',
  'assisted-return.eligibility.exclusion.excluded-nationality':
    'Ju jeni shtetas i këtij vendi: {country}. Skema zakonisht nuk vlen për shtetasit e këtij vendi ({country}).',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Shtetasit e këtij vendi ({country}) janë të përjashtuar nga detyrimi i vizës për zonën Schengen. Skema zakonisht nuk vlen për shtetasit e një vendi të përjashtuar nga detyrimi i vizës.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Ju jeni shtetas i këtij vendi: {country}. Shtetasit e vendeve të BE/EEE dhe të Zvicrës nuk kanë nevojë për vizë, dhe skema zakonisht nuk vlen për shtetasit e një vendi të përjashtuar nga detyrimi i vizës.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Ju keni marrë më parë mbështetje për kthim të asistuar ose riatdhesim, jeni kthyer në Norvegji dhe doni të shkoni në një vend që merr pjesë në bashkëpunimin e Dublinit. Skema zakonisht nuk vlen për ju.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Ju keni pasur leje qëndrimi për arsye të tjera nga nevoja për mbrojtje, dhe ajo ka skaduar ose është revokuar, ose nuk ju është dhënë leje e re. Skema zakonisht nuk vlen për ju.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Kërkesa juaj në Norvegji u refuzua sepse ju është dhënë mbrojtje, qëndrim ose vizë në një vend tjetër të BE/EEE. Skema zakonisht nuk vlen për ju.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Kërkesa juaj për mbrojtje u trajtua në procedurën 48-orëshe të UDI. Kërkesat për kthim të asistuar nga personat në këtë procedurë nuk pranohen gjithmonë.',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Ju thatë se erdhët në Norvegji si i mitur i pashoqëruar dhe tani jeni midis 18 dhe 23 vjeç, por sipas datës së lindjes jeni {age, number} vjeç. Kontrolloni datën e lindjes ose situatën që dhatë.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Ju thatë se jeni azilkërkues i mitur i pashoqëruar, por sipas datës së lindjes jeni {age, number} vjeç, jo nën 18. Kontrolloni datën e lindjes ose përgjigjen që dhatë.',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'Nuk ju është dhënë afat largimi, prandaj merrni shumën më të lartë.',
  'assisted-return.support.timing.not-registered': 'Ju nuk jeni të regjistruar në Norvegji, prandaj merrni shumën më të lartë, pavarësisht nga afati.',
  'assisted-return.support.age-group.adult': 'Ky udhëtar është 18 vjeç ose më i madh ditën kur aplikoni dhe llogaritet si i rritur.',
  'assisted-return.support.age-group.child': 'Ky udhëtar është nën 18 vjeç ditën kur aplikoni dhe llogaritet si fëmijë.',
  'assisted-return.support.grant.adult.before-deadline': 'Ju merrni ndihmën për riintegrim për një të rritur me shumën më të lartë.',
  'assisted-return.support.grant.adult.after-deadline': 'Ju merrni ndihmën për riintegrim për një të rritur me shumën më të ulët.',
  'assisted-return.support.grant.child.before-deadline': 'Ju merrni ndihmën për riintegrim për një fëmijë me shumën më të lartë.',
  'assisted-return.support.grant.child.after-deadline': 'Ju merrni ndihmën për riintegrim për një fëmijë me shumën më të ulët.',
  'assisted-return.support.child-extra.before-deadline': 'Ju merrni ndihmën shtesë për një fëmijë, e cila jepet vetëm me shumën më të lartë.',
  'assisted-return.support.child-extra.after-deadline': 'Nuk ka ndihmë shtesë për një fëmijë me shumën më të ulët.',
  'assisted-return.support.travel-document.paid':
    'Mbështetje shtesë për dorëzimin e një dokumenti udhëtimi të vlefshëm (ose për të qenë i shënuar në të), për person.',
  'assisted-return.support.travel-document.closed':
    'Mbështetja shtesë për dorëzimin e një dokumenti udhëtimi të vlefshëm përfundoi më 1 shkurt 2018, prandaj nuk paguhet për këtë kërkesë.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Keni leje qëndrimi të vlefshme në një vend tjetër Schengen, prandaj nuk mund të merrni mbështetjen shtesë për një dokument udhëtimi të vlefshëm.',
  'assisted-return.support.programme.not-offered': 'Ky program për vendin nuk është për shtetësinë ose familjen tuaj.',
  'assisted-return.support.programme.offered':
    'Një program kthimi për shtetësinë tuaj jep shërbime në natyrë. Ato tregohen veçmas dhe nuk llogariten në shumën në para.',
  'assisted-return.support.timing.on-or-before-deadline':
    'Ju aplikoni brenda afatit tuaj të largimit ({deadline, date, long}), prandaj merrni shumën më të lartë. Ajo vlen edhe në vetë ditën e afatit.',
  'assisted-return.support.timing.after-deadline':
    'Afati juaj i largimit ({deadline, date, long}) kishte kaluar kur aplikuat, prandaj merrni shumën më të ulët dhe asnjë para shtesë për fëmijët.',
  'assisted-return.support.programme.iraq-ettc':
    'Në Irak mund të merrni shërbime riintegrimi me vlerë {amount, number, nok} përmes ETTC, si shkollë, ndihmë për të gjetur punë, trajnim ose hapje biznesi. Këto janë shërbime, jo para.',
  'assisted-return.support.programme.somalia-drc-families':
    'Në Somali, secili prej jush mund të marrë ndihmë për të gjetur punë, trajnim ose ndihmë për të hapur biznes përmes Këshillit Danez për Refugjatët (DRC), me vlerë {amount, number, nok} për person. Këto janë shërbime, jo para.',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay':
    'Ju nuk keni të drejtë ligjore të qëndroni në Norvegji dhe nuk keni afat largimi që vazhdon, prandaj duhet të largoheni nga Norvegjia tani. Nëse nuk largoheni vullnetarisht, policia do t’ju kthejë me forcë.',
  'departure.status.revoked-no-deadline':
    'Vendimi i UNE nuk ju jep afat largimi. Kur UNE e detyron dikë të largohet, jep edhe një afat, prandaj vendimi nuk ju detyron të largoheni nga Norvegjia. Kontrolloni vendimin e UNE, ku shkruhet nëse duhet të largoheni.',
  'departure.status.staying-without-permission':
    'Ju po qëndroni në Norvegji pa leje: më parë ju është dhënë një afat largimi dhe jeni ende të detyruar të largoheni. Duhet të largoheni nga Norvegjia menjëherë.',
  'departure.status.deferred-implementation-granted':
    'Ju është lejuar të qëndroni në Norvegji ndërsa UNE shqyrton ankesën tuaj (shtyrje e zbatimit). Mund të qëndroni derisa UNE të marrë vendim. Nëse UNE e refuzon ankesën, do t’ju jepet një afat largimi.',
  'departure.status.deferred-implementation-denied':
    'Nuk ju është lejuar të qëndroni në Norvegji ndërsa UNE shqyrton ankesën tuaj. Ju po qëndroni këtu në mënyrë të paligjshme dhe duhet të largoheni nga Norvegjia menjëherë.',
  'departure.status.new-application-pending':
    'Leja ose shtetësia juaj është revokuar, por keni një kërkesë të re për leje qëndrimi në shqyrtim. Mund të keni të drejtë të qëndroni në Norvegji ndërsa ajo shqyrtohet. Vendimi i UNE thotë se çfarë vlen për ju.',
  'departure.area.schengen-when-expelled':
    'Meqë jeni dëbuar, duhet të largoheni edhe nga zona Schengen, përveç nëse keni leje qëndrimi në një vend tjetër Schengen.',
  'departure.area.schengen-when-revoked':
    'Meqë leja ose shtetësia juaj është revokuar dhe nuk ju është dhënë leje e re qëndrimi në Norvegji, zakonisht jeni të detyruar të largoheni si nga Norvegjia ashtu edhe nga zona Schengen.',
  'departure.area.norway-with-schengen-permit':
    'Keni leje qëndrimi në një vend tjetër Schengen, prandaj duhet të largoheni nga Norvegjia, por jo nga zona Schengen.',
  'departure.area.dublin-transfer':
    'Do të transferoheni në vendin e Dublinit që është përgjegjës për kërkesën tuaj për azil: duhet të largoheni nga Norvegjia për në atë vend.',
  'departure.area.schengen-after-rejection':
    'Një vendim që ju detyron të largoheni nga Norvegjia ju detyron të largoheni edhe nga zona Schengen, përveç nëse keni leje qëndrimi ose një bazë tjetër qëndrimi në një vend tjetër Schengen.',
  'departure.assisted-return.not-listed':
    'Kthimi i asistuar ofrohet vetëm në disa raste, dhe lloji i vendimit tuaj nuk është ndër ato që përmend UDI. Megjithatë mund ta pyesni UDI nëse mund të aplikoni.',
  'departure.assisted-return.may-apply':
    'Ju mund të aplikoni për kthim të asistuar. Afati juaj i largimit ka kaluar, prandaj ndihma shtesë për aplikimin para tij nuk është më e mundur.',
  'departure.assisted-return.before-deadline':
    'Ju mund të aplikoni për kthim të asistuar. Nëse aplikoni para se të kalojë afati i largimit, mund të merrni ndihmë shtesë, dhe nëse ju jepet kthimi i asistuar, si rregull i përgjithshëm nuk do të dëboheni.',
  'departure.entry-ban.none': 'Ju nuk jeni dëbuar, prandaj nuk keni ndalim hyrjeje.',
  'departure.documents.not-applicable': 'Këtu nuk ka rregull për dokumentet për llojin e vendimit tuaj.',
  'departure.documents.protection-claim': 'Çfarë ndodh me dokumentet që keni dorëzuar varet nga fakti nëse ktheheni vullnetarisht apo ktheheni me forcë.',
  'departure.national-registry.not-relevant':
    'Ju nuk keni numër personal identifikimi norvegjez, prandaj nuk regjistroheni si i larguar në Regjistrin Kombëtar të Popullsisë.',
  'departure.status.by-deadline': 'Ju duhet të largoheni nga Norvegjia më së voni më {deadline, date, long}. Atë ditë jeni ende brenda afatit.',
  'departure.status.deadline-passed':
    'Afati juaj për t’u larguar nga Norvegjia ({deadline, date, long}) ka kaluar. Ju po qëndroni në Norvegji në mënyrë të paligjshme dhe duhet të largoheni menjëherë.',
  'departure.status.deferred-implementation-pending':
    'Ju keni kërkuar të qëndroni në Norvegji ndërsa UNE shqyrton ankesën tuaj (shtyrje e zbatimit). Do t’ju njoftojnë nëse mund të qëndroni apo jo. Shumicës së njerëzve nuk u lejohet të qëndrojnë, prandaj jini gati të largoheni {deadlineRuns, select, yes {deri më {deadline, date, long}, afati në vendimin tuaj} other {menjëherë}}.',
  'departure.consequences': 'Kjo mund të ndodhë nëse nuk largoheni nga Norvegjia kur duhet.',
  'departure.note.arrest-and-forced-return':
    'Nëse nuk largoheni, policia mund t’ju arrestojë dhe t’ju kthejë me forcë. Mund të mbaheni në paraburgim, dhe nuk do t’ju thonë kur mund të arrestoheni.',
  'departure.note.deportation-costs-debt':
    'Nëse policia ju kthen, duhet të paguani shpenzimet e kthimit. Nëse nuk mund të paguani, paguajnë autoritetet norvegjeze dhe ju u detyroheni atyre paratë si borxh. Nuk mund të ktheheni në Norvegji derisa ta keni paguar.',
  'departure.note.expulsion-and-entry-ban':
    'Meqë keni qëndruar në Norvegji në mënyrë të paligjshme, mund të dëboheni nga Norvegjia dhe vende të tjera Schengen dhe t’ju ndalohet hyrja në të gjithë zonën Schengen për 1–5 vjet. Shkelja e ndalimit të hyrjes është vepër penale.',
  'departure.note.no-right-to-work': 'Ju nuk mund të punoni në Norvegji. Nëse punoni, mund të dëboheni.',
  'departure.note.family-returned-together': 'Nëse keni familje që duhet të largohet gjithashtu, policia do të përpiqet t’ju kthejë të gjithë së bashku.',
  'departure.note.less-money-at-reception-centre': 'Nëse jetoni në një qendër pritjeje për azilkërkues, tani do të merrni më pak para se më parë.',
  'departure.note.arrest-and-forced-return.dublin':
    'Nëse nuk ju lejohet të qëndroni, policia do t’ju arrestojë dhe do t’ju transferojë në vendin që do të shqyrtojë kërkesën tuaj për azil.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'Nëse qëndroni ose punoni në mënyrë të paligjshme në Norvegji, mund të dëboheni përsëri nga Norvegjia dhe vende të tjera Schengen, dhe ndalimi i hyrjes mund të zgjatet edhe më shumë.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Nëse qëndroni ose punoni në mënyrë të paligjshme në Norvegji, mund të dëboheni nga Norvegjia dhe vende të tjera Schengen. Atëherë do t’ju ndalohet hyrja në Norvegji, dhe zakonisht në zonën Schengen, për një periudhë të caktuar ose përgjithmonë.',
  'departure.note.assisted-return.dublin':
    'Në vend që të transferoheni në vendin e Dublinit, mund t’i kërkoni UDI kthim të asistuar në vendin tuaj: merrni ndihmë dhe para për të udhëtuar në shtëpi dhe për t’u vendosur atje. Nëse i plotësoni kushtet, varet nga çështja juaj.',
  'departure.note.assisted-return':
    'Mund t’i kërkoni UDI kthim të asistuar: merrni ndihmë dhe para për të udhëtuar në shtëpi dhe për t’u vendosur atje, dhe IOM ju ndihmon të organizoni udhëtimin. Nëse i plotësoni kushtet, varet nga çështja juaj.',
  'departure.note.additional-support-before-deadline': 'Nëse aplikoni para se të kalojë afati juaj i largimit, mund të merrni ndihmë financiare shtesë.',
  'departure.note.no-expulsion-if-granted-before-deadline':
    'Nëse aplikoni para afatit dhe ju jepet kthimi i asistuar, si rregull i përgjithshëm nuk do të dëboheni nga Norvegjia.',
  'departure.note.no-additional-support-after-deadline':
    'Afati juaj i largimit ka kaluar, prandaj nuk mund të merrni më ndihmën financiare shtesë që u jepet atyre që aplikojnë para afatit.',
  'departure.note.entry-ban-runs-from-departure':
    'Ndalimi i hyrjes vlen nga dita kur largoheni nga Norvegjia dhe zona Schengen, prandaj njoftoni autoritetet norvegjeze, për shembull policinë, kur do të largoheni. Nuk mund të ktheheni sa kohë që ndalimi është në fuqi, dhe shkelja e tij është vepër penale.',
  'departure.note.documents-returned-after-voluntary-return':
    'Nëse ktheheni në shtëpi vullnetarisht, pasaporta dhe dokumentet e tjera që dorëzuat kur erdhët në Norvegji do t’ju kthehen, më së voni kur të mbërrini në vendin tuaj.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Nëse ktheheni me forcë, dokumentet tuaja do t’u dorëzohen autoriteteve të vendit tuaj, dhe mund t’ju duhet t’i kontaktoni ata për t’i marrë dokumentet.',
  'departure.note.registered-as-moved':
    'Meqë keni pasur leje qëndrimi dhe keni numër personal identifikimi norvegjez, do të regjistroheni si i larguar nga Norvegjia në Regjistrin Kombëtar të Popullsisë. Atëherë mund të keni probleme me shërbimet publike si mjekët, shkollat dhe NAV.',
  'departure.note.registration-correction-form':
    'Regjistrimi juaj si i larguar është bërë (ose do të bëhet) më 1 tetor 2017 ose më vonë. Nëse mendoni se autoritetet e imigracionit kanë bërë gabim, plotësoni dhe dërgoni formularin në faqen e internetit të UDI.',
  // Rule set 4: forced-return categories
  'forced-return.category.refused': 'Ju duhet të largoheni nga Norvegjia sepse nuk keni leje qëndrimi. Kjo nuk ju ndalon të ktheheni.',
  'forced-return.category.expelled': 'Ju jeni dëbuar. Ju ndalohet hyrja në Norvegji për një periudhë, dhe shkelja e ndalimit është vepër penale.',
  'forced-return.category.asylum': 'Kërkesa juaj për mbrojtje (azil) në Norvegji u refuzua.',
  'forced-return.category.dublin': 'Ju transferoheni sipas Rregullores së Dublinit në vendin evropian që është përgjegjës për kërkesën tuaj për azil.',
  'forced-return.category.ip': 'Ju është dhënë mbrojtje ndërkombëtare në një vend tjetër Schengen dhe ktheheni atje.',
  'forced-return.responsible.npis': 'Shërbimi i Policisë për Imigracionin (PU) e kryen kthimin.',
  'forced-return.responsible.police-district': 'Rrethi i policisë e kryen kthimin.',
  'forced-return.responsible.udi': 'Drejtoria norvegjeze e Imigracionit (UDI) është përgjegjëse për kthimin e asistuar.',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'Dëbimi juaj i vendosur më {decisionDate, date, long} ju ndalon të hyni {scope, select, schengen {në Norvegji dhe në të gjithë zonën Schengen} other {në Norvegji}} {permanent, select, yes {përgjithmonë} other {për {years, plural, one {# vit} other {# vjet}}, nga {start, date, long} deri më {lastDay, date, long} përfshirë}}.',
  're-entry.ban.expired': 'Ndalimi i hyrjes nga dëbimi juaj i vendosur më {decisionDate, date, long} ka mbaruar: dita e fundit ishte {lastDay, date, long}.',
  're-entry.scope.norway-only': 'Ky ndalim hyrjeje vlen vetëm për Norvegjinë, prandaj nuk ju pengon të hyni në një vend tjetër Schengen.',
  're-entry.scope.norway': 'Një ndalim hyrjeje vlen gjithmonë për Norvegjinë.',
  're-entry.scope.schengen': 'Ky ndalim hyrjeje vlen për të gjithë zonën Schengen, prandaj ju pengon të hyni edhe në një vend tjetër Schengen.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {Ju jeni kthyer me forcë më parë, por vetëm kjo nuk ju ndalon të ktheheni. } other {}}Asnjë ndalim hyrjeje nuk ju pengon të hyni {destination, select, norway {në Norvegji} other {në një vend tjetër Schengen}} më {plannedEntryDate, date, long}.{owes, select, yes { Ju ende detyroheni {owed, number, nok} për kthimin me forcë; paguajini para se të vini në Norvegji.} other {}}',
  're-entry.outcome.unpaid-costs':
    'Ju detyroheni {owed, number, nok} për kthimin me forcë. Nëse nuk i keni paguar, mund t’ju refuzohet hyrja kur të vini në Norvegji, dhe mund të dëboheni.',
  're-entry.outcome.entry-banned':
    'Ju nuk mund të hyni {destination, select, norway {në Norvegji} other {në një vend tjetër Schengen}} më {plannedEntryDate, date, long}: {permanent, select, yes {ju ndalohet hyrja përgjithmonë.} other {ju ndalohet hyrja deri më {until, date, long} përfshirë.}}{schengen, select, yes { Ndalimi vlen për të gjithë zonën Schengen.} other {}} Hyrja ndërsa ndalimi është në fuqi është vepër penale.',
  're-entry.warning.decided-before-2010':
    'Dëbimi i vendosur më {decisionDate, date, long} u vendos para 1 janarit 2010, sipas Ligjit për të huajt të vitit 1988. Retur nuk i ka kohëzgjatjet e ndalimit që lejonte ai ligj, prandaj ndalimi llogaritet ashtu siç u vendos: mbetet në fuqi derisa të mbarojë ose të hiqet. Kontrolloni vendimin.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'Dëbimi i vendosur më {decisionDate, date, long} caktoi një kohëzgjatje ndalimi që rregullat në fuqi atë ditë nuk e lejonin. Një vendim mbetet në fuqi derisa të ndryshohet, prandaj ndalimi llogaritet ashtu siç u vendos. Kontrolloni vendimin.',
  're-entry.warning.eea-ban-under-minimum':
    'Dëbimi i vendosur më {decisionDate, date, long} i ndalon hyrjen një shtetasi të një vendi të BE-së/EEE-së për më pak se {minimum} vjet, ndalimi më i shkurtër që ligji lejon për ta. Një vendim mbetet në fuqi derisa të ndryshohet, prandaj ndalimi llogaritet ashtu siç u vendos. Kontrolloni vendimin.',
} satisfies Messages<'rules'>;
