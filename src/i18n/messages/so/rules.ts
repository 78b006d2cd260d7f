import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'Mid ka mid ah kooxaha codsan kara celinta la caawiyo kuma habboona xaaladdaada.',
  'assisted-return.eligibility.group.rejected':
    'Codsigaaga magangalyada (asylum) ama codsi kale oo sharciga degganaanshaha Norway waa la diiday, ama waad ka noqotay codsigaaga magangalyada. Dadka xaaladdan ku jira waxay codsan karaan celinta la caawiyo.',
  'assisted-return.eligibility.group.protection-pending':
    'Codsigaaga magangalyada (asylum) waa la eegayaa. Magangalyo-doonayaashu waxay codsan karaan celinta la caawiyo heer kasta oo ka mid ah habka magangalyada.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Ma haysatid deggenaansho sharci ah oo Norway ah, mana jirin kiis laguu diiwaangeliyay UDI. Dadka xaaladdan ku jira waxay codsan karaan celinta la caawiyo.',
  'assisted-return.eligibility.group.dublin-transfer':
    'Waxaad haysataa go’aan ah in laguu wareejiyo waddan kale sida ku cad Xeerka Dublin, laakiin waxaad doorbidaysaa inaad ku noqoto waddankaaga. Waad codsan kartaa celinta la caawiyo, laakiin waa inaad baxdaa muddooyinka Xeerka Dublin gudahood.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'Waxaad haysataa sharci degganaansho ku meel gaar ah ilaa aad ka gaarto 18 sano. Dadka xaaladdan ku jira waxay codsan karaan celinta la caawiyo.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'Waxaa laga yaabaa inaad tahay dhibbane ka ganacsiga dadka. Dhibbanayaasha suurtagalka ah ee ka ganacsiga dadka waxay codsan karaan celinta la caawiyo.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Waxaad tahay magangalyo-doone carruur ah oo aan la socon waalid. Magangalyo-doonayaasha carruurta ah ee aan waalid la socon waxay codsan karaan celinta la caawiyo.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Waxaad ku jirtaa xaalad nugul mana codsan magangalyo. Haddana waxaad heli kartaa celinta la caawiyo; UDI waxay u baahan doontaa dukumenti ku saabsan xaaladdaada.',
  'assisted-return.eligibility.group.legal-residence':
    'Waxaad haysataa deggenaansho sharci ah oo Norway ah. Dadka haysta deggenaansho sharci ah ma codsan karaan celinta la caawiyo, laakiin waxay codsan karaan dib-u-dejin (repatriation).',
  'assisted-return.eligibility.exclusion.none': 'Mid ka mid ah xaddidaadaha barnaamijka kuma khuseeyo adiga.',
  'assisted-return.eligibility.cannot-apply': 'Ma codsan kartid celinta la caawiyo.',
  'assisted-return.eligibility.may-apply': 'Waxaad ku jirtaa ugu yaraan mid ka mid ah kooxaha codsan kara celinta la caawiyo.',
  'assisted-return.eligibility.normally-excluded':
    'Maadaama xaddidaad ku khuseyso, barnaamijku caadi ahaan kuma khuseeyo adiga, codsigana caadi ahaan waa la diidi doonaa.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'Waxaa laga reebay magangalyo-doonayaasha carruurta ah ee aan waalid la socon, markaa haddana waad codsan kartaa.',
  'assisted-return.eligibility.exception.possible-trafficking-victim':
    'Waxaa laga reebay dhibbanayaasha suurtagalka ah ee ka ganacsiga dadka, markaa haddana waad codsan kartaa.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Waxaa laga reebay dadka loo geystay rabshad, qasab ama ka faa’iidaysi, markaa haddana waad codsan kartaa.',
  'assisted-return.eligibility.destination.home-country': 'Laabashada la caawiyay waxay kugu celinaysaa waddankaaga hooyo.',
  'assisted-return.eligibility.destination.country-of-residence':
    'Waxaad ku laaban kartaa waddan aad sharci degganaansho ku haysato, inkastoo aadan muwaadin ka ahayn, haddii uu ka baxsan yahay EU/EEA. Waxaad u baahan doontaa inaad soo dirto nuqul sharci degganaansho oo ansax ah.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} waxay ku jirtaa EU/EEA. Laabashada la caawiyay ee waddan aadan muwaadin ka ahayn waxay kaliya u tahay waddan ka baxsan EU/EEA.',
  'assisted-return.eligibility.exclusion.excluded-nationality':
    'Waxaad tahay muwaadin: {country}. Barnaamijku caadi ahaan kuma khuseeyo muwaadiniinta waddankan ({country}).',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Muwaadiniinta waddankan ({country}) looma baahna fiiso si ay u galaan aagga Schengen. Barnaamijku caadi ahaan kuma khuseeyo muwaadiniinta waddan aan fiiso loo baahnayn.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Waxaad tahay muwaadin: {country}. Muwaadiniinta waddamada EU/EEA iyo Switzerland uma baahna fiiso, barnaamijkuna caadi ahaan kuma khuseeyo muwaadiniinta waddan aan fiiso loo baahnayn.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Horay waxaad u heshay taageero celin la caawiyo ama dib-u-dejin, waxaad dib ugu soo laabatay Norway, waxaadna rabtaa inaad aado waddan ka mid ah iskaashiga Dublin. Barnaamijku caadi ahaan kuma khuseeyo adiga.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Waxaad haysatay sharci degganaansho oo sabab kale ah oo aan ahayn baahi magangalyo, wuuna dhacay ama waa lagaa laabtay, ama lagama siin mid cusub. Barnaamijku caadi ahaan kuma khuseeyo adiga.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Codsigaagii Norway waa la diiday sababtoo ah waxaa lagu siiyay magangalyo, degganaansho ama fiiso waddan kale oo EU/EEA ah. Barnaamijku caadi ahaan kuma khuseeyo adiga.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Codsigaaga magangalyada waxaa lagu qabtay habka 48-saacadood ee UDI. Codsiyada celinta la caawiyo ee dadka habkan ku jira had iyo jeer lama oggolaado.',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Waxaad sheegtay inaad Norway u timid adigoo carruur ah oo aan waalid la socon oo hadda aad u dhexeyso 18 iyo 23 sano, laakiin sida taariikhda dhalashadaadu sheegayso waxaad tahay {age, number} sano. Hubi taariikhda dhalashada ama xaaladda aad sheegtay.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Waxaad sheegtay inaad tahay magangalyo-doone carruur ah oo aan waalid la socon, laakiin sida taariikhda dhalashadaadu sheegayso waxaad tahay {age, number} sano, kamana yarid 18. Hubi taariikhda dhalashada ama jawaabta aad bixisay.',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'Laguma siin waqti kama dambays ah oo aad ku baxdo, markaa waxaad helaysaa qiimaha sare.',
  'assisted-return.support.timing.not-registered':
    'Kuma diiwaangashanid Norway, markaa waxaad helaysaa qiimaha sare iyadoon loo eegin waqtiga kama dambaysta ah.',
  'assisted-return.support.age-group.adult': 'Socotadan waa 18 sano ama ka weyn maalinta aad codsanaysid, waxaana loo tiriyaa qof weyn.',
  'assisted-return.support.age-group.child': 'Socotadan waa ka yar 18 sano maalinta aad codsanaysid, waxaana loo tiriyaa ilmo.',
  'assisted-return.support.grant.adult.before-deadline': 'Waxaad helaysaa deeqda dib-u-dhexgalka ee qofka weyn oo qiimaha sare ah.',
  'assisted-return.support.grant.adult.after-deadline': 'Waxaad helaysaa deeqda dib-u-dhexgalka ee qofka weyn oo qiimaha hoose ah.',
  'assisted-return.support.grant.child.before-deadline': 'Waxaad helaysaa deeqda dib-u-dhexgalka ee ilmaha oo qiimaha sare ah.',
  'assisted-return.support.grant.child.after-deadline': 'Waxaad helaysaa deeqda dib-u-dhexgalka ee ilmaha oo qiimaha hoose ah.',
  'assisted-return.support.child-extra.before-deadline': 'Waxaad helaysaa deeqda dheeraadka ah ee ilmaha, oo kaliya lagu bixiyo qiimaha sare.',
  'assisted-return.support.child-extra.after-deadline': 'Ma jirto deeq dheeraad ah oo ilmaha ah oo qiimaha hoose ah.',
  'assisted-return.support.travel-document.paid':
    'Taageero dheeraad ah oo loogu talagalay dhiibidda dukumenti safar oo ansax ah (ama in magacaaga lagu qoray), qof kasta.',
  'assisted-return.support.travel-document.closed':
    'Taageerada dheeraadka ah ee dhiibidda dukumenti safar oo ansax ah waxay dhammaatay 1 Febraayo 2018, sidaa darteed laguma bixinayo codsigan.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Waxaad haysataa sharci degganaansho oo ansax ah oo waddan kale oo Schengen ah, sidaa darteed ma heli kartid taageerada dheeraadka ah ee dukumenti safar oo ansax ah.',
  'assisted-return.support.programme.not-offered': 'Barnaamijkan waddanku uma aha dhalashadaada ama qoyskaaga.',
  'assisted-return.support.programme.offered':
    'Barnaamij celin oo loogu talagalay dhalashadaada ayaa bixiya adeegyo. Si gaar ah ayaa loo muujiyaa, laguma daro lacagta caddaanka ah.',
  'assisted-return.support.timing.on-or-before-deadline':
    'Waxaad codsanaysaa ka hor ama maalinta waqtigaaga kama dambaysta ah ee bixitaanka ({deadline, date, long}), markaa waxaad helaysaa qiimaha sare. Wuxuu weli khuseeyaa maalinta waqtiga kama dambaysta ah lafteeda.',
  'assisted-return.support.timing.after-deadline':
    'Waqtigaagii kama dambaysta ahaa ee bixitaanka ({deadline, date, long}) wuu dhaafay markii aad codsatay, markaa waxaad helaysaa qiimaha hoose, lacag dheeraad ah oo carruurtana ma helaysid.',
  'assisted-return.support.programme.iraq-ettc':
    'Ciraaq, waxaad ka heli kartaa adeegyo dib-u-dhexgal oo qiimahoodu yahay {amount, number, nok} adigoo sii maraya ETTC, sida iskuul, caawin shaqo raadin, tababar ama ganacsi bilaabid. Kuwani waa adeegyo, ma aha lacag caddaan ah.',
  'assisted-return.support.programme.somalia-drc-families':
    'Soomaaliya, mid kasta oo idinka mid ah wuxuu heli karaa caawin shaqo raadin, tababar ama caawin ganacsi bilaabid oo uu bixiyo Golaha Qaxootiga Denmark (DRC), oo qiimahoodu yahay {amount, number, nok} qofkiiba. Kuwani waa adeegyo, ma aha lacag caddaan ah.',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay':
    'Ma lihid xaq sharci ah oo aad ku joogto Norway, mana jiro waqti kama dambays ah oo kuu socda, markaa waa inaad hadda ka baxdaa Norway. Haddii aadan si iskaa ah u bixin, booliisku si xoog ah ayuu kuu celin doonaa.',
  'departure.status.revoked-no-deadline':
    'Go’aanka UNE kuma siinayo waqti kama dambays ah oo aad ku baxdo. Marka UNE qof ku waajibiso inuu baxo, waxay sidoo kale siisaa waqti kama dambays ah, markaa go’aanku kuguma waajibinayo inaad ka baxdo Norway. Hubi go’aanka UNE, oo sheegaya inaad baxayso iyo in kale.',
  'departure.status.staying-without-permission':
    'Waxaad Norway ku joogtaa ogolaansho la’aan: horay waxaa laguu siiyay waqti kama dambays ah oo aad ku baxdo, weli waa lagugu waajibiyay inaad baxdo. Waa inaad isla markiiba ka baxdaa Norway.',
  'departure.status.deferred-implementation-granted':
    'Waxaa laguu oggolaaday inaad Norway joogto inta UNE ay eegayso racfaankaaga (dib-u-dhigista fulinta). Waad joogi kartaa ilaa UNE go’aan ka gaarto. Haddii UNE ay diiddo racfaankaaga, waxaa lagu siin doonaa waqti kama dambays ah oo aad ku baxdo.',
  'departure.status.deferred-implementation-denied':
    'Laguuma oggolaan inaad Norway joogto inta UNE ay eegayso racfaankaaga. Halkan waxaad ku joogtaa si sharci darro ah, waana inaad isla markiiba ka baxdaa Norway.',
  'departure.status.new-application-pending':
    'Sharcigaaga ama dhalashadaada waa lagaa laabtay, laakiin waxaad haysataa codsi cusub oo sharci degganaansho ah oo la eegayo. Waxaa laga yaabaa inaad xaq u leedahay inaad Norway joogto inta la eegayo. Go’aanka UNE ayaa sheegaya waxa adiga kugu khuseeya.',
  'departure.area.schengen-when-expelled':
    'Maadaama laguu masaafuriyay, waa inaad sidoo kale ka baxdaa aagga Schengen, haddii aadan haysan sharci degganaansho waddan kale oo Schengen ah.',
  'departure.area.schengen-when-revoked':
    'Maadaama sharcigaaga ama dhalashadaada lagaa laabtay oo aan lagu siin sharci degganaansho cusub oo Norway ah, caadi ahaan waa lagugu waajibiyay inaad ka baxdo Norway iyo aagga Schengen labadaba.',
  'departure.area.norway-with-schengen-permit':
    'Waxaad haysataa sharci degganaansho waddan kale oo Schengen ah, sidaa darteed waa inaad ka baxdaa Norway, laakiin ma aha aagga Schengen.',
  'departure.area.dublin-transfer':
    'Waxaa laguu wareejin doonaa waddanka Dublin ee mas’uulka ka ah codsigaaga magangalyada: waa inaad ka baxdaa Norway oo aadaa waddankaas.',
  'departure.area.schengen-after-rejection':
    'Go’aan kugu waajibinaya inaad ka baxdo Norway wuxuu sidoo kale kugu waajibinayaa inaad ka baxdo aagga Schengen, haddii aadan haysan sharci degganaansho ama sabab kale oo degganaansho oo waddan kale oo Schengen ah.',
  'departure.assisted-return.not-listed':
    'Celinta la caawiyo waxaa la bixiyaa oo kaliya xaaladaha qaarkood, nooca go’aankaaguna kama mid aha kuwa UDI ay liis garaysay. Haddana waxaad weydiin kartaa UDI inaad codsan karto.',
  'departure.assisted-return.may-apply':
    'Waad codsan kartaa celinta la caawiyo. Waqtigaagii kama dambaysta ahaa ee bixitaanka wuu dhaafay, markaa taageerada dheeraadka ah ee codsiga ka hor waqtigaas lama heli karo.',
  'departure.assisted-return.before-deadline':
    'Waad codsan kartaa celinta la caawiyo. Haddii aad codsato ka hor inta uusan dhaafin waqtiga kama dambaysta ah ee bixitaanka, waxaad heli kartaa taageero dheeraad ah, haddii lagu siiyo celinta la caawiyana, sida caadiga ah lagaama masaafurin doono.',
  'departure.entry-ban.none': 'Lagaama masaafurin, markaa ma lihid mamnuucid soo gelid.',
  'departure.documents.not-applicable': 'Halkan ma jiro xeer ku saabsan dukumentiyada nooca go’aankaaga.',
  'departure.documents.protection-claim':
    'Waxa ku dhaca dukumentiyada aad dhiibtay waxay ku xiran tahay inaad si iskaa ah u noqoto ama si xoog ah laguu celiyo.',
  'departure.national-registry.not-relevant':
    'Ma lihid lambarka aqoonsiga shakhsiga ee Norway, markaa laguma diiwaangelin doono inaad guurtay Diiwaanka Dadweynaha Qaranka.',
  'departure.status.by-deadline': 'Waa inaad ka baxdaa Norway ugu dambayn {deadline, date, long}. Maalintaas weli waqtigaaga ayaad ku jirtaa.',
  'departure.status.deadline-passed':
    'Waqtigaagii kama dambaysta ahaa ee aad Norway kaga bixi lahayd ({deadline, date, long}) wuu dhaafay. Norway waxaad ku joogtaa si sharci darro ah, waana inaad isla markiiba baxdaa.',
  'departure.status.deferred-implementation-pending':
    'Waxaad codsatay inaad Norway joogto inta UNE ay eegayso racfaankaaga (dib-u-dhigista fulinta). Waa lagu ogeysiin doonaa inaad joogi karto iyo in kale. Dadka badankood looma oggolaado inay joogaan, markaa diyaar u ahow inaad baxdo {deadlineRuns, select, yes {ugu dambayn {deadline, date, long}, waqtiga kama dambaysta ah ee go’aankaaga} other {isla markiiba}}.',
  'departure.consequences': 'Tani waa waxa dhici kara haddii aadan ka bixin Norway markii ay waajib kugu tahay.',
  'departure.note.arrest-and-forced-return':
    'Haddii aadan bixin, booliisku wuu ku xiri karaa oo si xoog ah ayuu kuu celin karaa. Waxaa laga yaabaa in lagu hayo xabsi, lagumana sheegi doono goorta lagu xiri karo.',
  'departure.note.deportation-costs-debt':
    'Haddii booliisku ku celiyo, waa inaad bixisaa kharashka celinta. Haddii aadan bixin karin, mas’uuliyiinta Norway ayaa bixinaya, adiguna lacagta deyn ahaan ayaad ugu leedahay. Dib uguma soo laaban kartid Norway ilaa aad bixiso.',
  'departure.note.expulsion-and-entry-ban':
    'Maadaama aad Norway ku joogtay si sharci darro ah, waxaa lagaa masaafurin karaa Norway iyo waddamada kale ee Schengen, waxaana lagaa mamnuuci karaa inaad gasho aagga Schengen oo dhan muddo 1–5 sano ah. Jebinta mamnuucidda soo gelidda waa dembi.',
  'departure.note.no-right-to-work': 'Kama shaqayn kartid Norway. Haddii aad shaqayso, waa lagaa masaafurin karaa.',
  'departure.note.family-returned-together': 'Haddii aad leedahay qoys iyaguna ay tahay inay baxaan, booliisku wuxuu isku dayi doonaa inuu idinka wada celiyo.',
  'departure.note.less-money-at-reception-centre':
    'Haddii aad ku nooshahay xarun qaabilaad magangalyo-doonayaal, hadda waxaad heli doontaa lacag ka yar sidii hore.',
  'departure.note.arrest-and-forced-return.dublin':
    'Haddii laguu oggolaan inaad joogto, booliisku wuu ku xiri doonaa oo wuxuu kuu wareejin doonaa waddanka eegi doona codsigaaga magangalyada.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'Haddii aad sii joogto ama aad si sharci darro ah uga shaqayso Norway, mar kale ayaa lagaa masaafurin karaa Norway iyo waddamada kale ee Schengen, mamnuucidda soo gelidduna way sii dheeraan kartaa.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Haddii aad sii joogto ama aad si sharci darro ah uga shaqayso Norway, waxaa lagaa masaafurin karaa Norway iyo waddamada kale ee Schengen. Markaas waxaa lagaa mamnuucayaa inaad gasho Norway, iyo caadi ahaan aagga Schengen, muddo go’an ama weligaa.',
  'departure.note.assisted-return.dublin':
    'Halkii laguu wareejin lahaa waddanka Dublin, waxaad UDI ka codsan kartaa celin la caawiyo oo aad ugu noqoto waddankaaga: waxaad helaysaa caawin iyo lacag aad guriga ugu noqoto kuna dego. Inaad u qalanto waxay ku xiran tahay kiiskaaga.',
  'departure.note.assisted-return':
    'Waxaad UDI ka codsan kartaa celin la caawiyo: waxaad helaysaa caawin iyo lacag aad guriga ugu noqoto kuna dego, IOM-na waxay kaa caawinaysaa abaabulka safarka. Inaad u qalanto waxay ku xiran tahay kiiskaaga.',
  'departure.note.additional-support-before-deadline':
    'Haddii aad codsato ka hor inta uusan dhaafin waqtigaaga kama dambaysta ah ee bixitaanka, waxaad heli kartaa taageero dhaqaale oo dheeraad ah.',
  'departure.note.no-expulsion-if-granted-before-deadline':
    'Haddii aad codsato ka hor waqtiga kama dambaysta ah oo lagu siiyo celinta la caawiyo, sida caadiga ah lagaama masaafurin doono Norway.',
  'departure.note.no-additional-support-after-deadline':
    'Waqtigaagii kama dambaysta ahaa ee bixitaanka wuu dhaafay, markaa ma heli kartid taageerada dhaqaale ee dheeraadka ah ee la siiyo kuwa codsada ka hor waqtiga.',
  'departure.note.entry-ban-runs-from-departure':
    'Mamnuucidda soo gelidda waxay bilaabataa maalinta aad ka baxdo Norway iyo aagga Schengen, markaa u sheeg mas’uuliyiinta Norway, tusaale ahaan booliiska, goorta aad bixi doonto. Dib uma soo laaban kartid inta mamnuuciddu jirto, jebintuna waa dembi.',
  'departure.note.documents-returned-after-voluntary-return':
    'Haddii aad si iskaa ah guriga ugu noqoto, baasaboorkaaga iyo dukumentiyada kale ee aad dhiibtay markii aad timid Norway dib ayaa laguu siin doonaa, ugu dambayn marka aad gaarto waddankaaga.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Haddii si xoog ah laguu celiyo, dukumentiyadaada waxaa la siin doonaa mas’uuliyiinta waddankaaga, waxaana laga yaabaa inaad la xiriirto si aad dukumentiyada dib u hesho.',
  'departure.note.registered-as-moved':
    'Maadaama aad haysatay sharci degganaansho oo aad leedahay lambarka aqoonsiga shakhsiga ee Norway, waxaa lagu diiwaangelin doonaa inaad ka guurtay Norway Diiwaanka Dadweynaha Qaranka. Markaas waxaa laga yaabaa inaad dhibaato kala kulanto adeegyada dowladda sida dhakhaatiirta, iskuullada iyo NAV.',
  'departure.note.registration-correction-form':
    'Diiwaangelintaada guurista waxaa la sameeyay (ama la samayn doonaa) 1 Oktoobar 2017 ama ka dib. Haddii aad u malaynayso in mas’uuliyiinta socdaalku ay qalad sameeyeen, buuxi oo dir foomka ku yaal bogga internetka ee UDI.',
  // Rule set 4: forced-return categories
  'forced-return.category.refused':
    'Waa inaad ka baxdaa Norway sababtoo ah ma haysatid ogolaansho aad ku joogto. Tani kuma mamnuucayso inaad dib u soo noqoto.',
  'forced-return.category.expelled': 'Waa laguu masaafuriyay. Waa lagaa mamnuucay inaad gasho Norway muddo, jebinta mamnuucidduna waa dembi.',
  'forced-return.category.asylum': 'Codsigaaga magangalyada (asylum) ee Norway waa la diiday.',
  'forced-return.category.dublin': 'Waxaa laguu wareejinayaa sida ku cad Xeerka Dublin waddanka Yurub ee mas’uulka ka ah codsigaaga magangalyada.',
  'forced-return.category.ip': 'Waxaa lagu siiyay magangalyo caalami ah waddan kale oo Schengen ah, waana laguu celinayaa halkaas.',
  'forced-return.responsible.npis': 'Adeegga Socdaalka ee Booliiska Qaranka (PU) ayaa fuliya celinta.',
  'forced-return.responsible.police-district': 'Degmada booliisku ayaa fulisa celinta.',
  'forced-return.responsible.udi': 'Maamulka Socdaalka ee Norway (UDI) ayaa mas’uul ka ah celinta la caawiyo.',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'Masaafurintaada oo la go’aamiyay {decisionDate, date, long} waxay kaa mamnuucaysaa inaad gasho {scope, select, schengen {Norway iyo aagga Schengen oo dhan} other {Norway}} {permanent, select, yes {weligaa} other {muddo {years, plural, one {# sano} other {# sano}}, laga bilaabo {start, date, long} ilaa {lastDay, date, long} oo ay ku jirto}}.',
  're-entry.ban.expired':
    'Mamnuucidda soo gelidda ee masaafurintaada oo la go’aamiyay {decisionDate, date, long} way dhammaatay: maalinteedii ugu dambaysay waxay ahayd {lastDay, date, long}.',
  're-entry.scope.norway-only':
    'Mamnuucistan gelitaanku waxay khusaysaa Norway oo keliya, sidaa darteed kama celinayso inaad gasho waddan kale oo Schengen ah.',
  're-entry.scope.norway': 'Mamnuucista gelitaanku had iyo jeer waxay khusaysaa Norway.',
  're-entry.scope.schengen':
    'Mamnuucistan gelitaanku waxay khusaysaa dhammaan aagga Schengen, sidaa darteed waxay sidoo kale kaa celinaysaa inaad gasho waddan kale oo Schengen ah.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {Horay si xoog ah ayaa laguu celiyay, laakiin taasi oo keliya kuma mamnuucayso inaad dib u soo noqoto. } other {}}Ma jiro mamnuucid soo gelid oo kaa celinaysa inaad gasho {destination, select, norway {Norway} other {waddan kale oo Schengen ah}} {plannedEntryDate, date, long}.{owes, select, yes { Weli waxaa lagugu leeyahay {owed, number, nok} celintaada xoogga ah; bixi ka hor intaadan iman Norway.} other {}}',
  're-entry.outcome.unpaid-costs':
    'Waxaa lagugu leeyahay {owed, number, nok} celintaada xoogga ah. Haddii aadan bixin, waxaa laga yaabaa in lagu diido soo gelidda marka aad timaado Norway, waxaana laga yaabaa in lagaa masaafuriyo.',
  're-entry.outcome.entry-banned':
    'Ma geli kartid {destination, select, norway {Norway} other {waddan kale oo Schengen ah}} {plannedEntryDate, date, long}: {permanent, select, yes {waxaa lagaa mamnuucay soo gelidda weligaa.} other {waxaa lagaa mamnuucay soo gelidda ilaa {until, date, long} oo ay ku jirto.}}{schengen, select, yes { Mamnuuciddu waxay khuseysaa aagga Schengen oo dhan.} other {}} Gelidda inta mamnuuciddu jirto waa dembi.',
  're-entry.warning.decided-before-2010':
    'Go’aanka masaafurinta ee {decisionDate, date, long} waxaa la gaaray ka hor 1 Janaayo 2010, iyadoo lagu salaynayo Sharciga Ajaanibta ee 1988. Retur ma hayo muddooyinka mamnuucista ee sharcigaas oggolaa, sidaa darteed mamnuucista waxaa loo xisaabinayaa sidii loo go’aamiyay: way sii socotaa ilaa ay dhammaato ama laga qaado. Hubi go’aanka.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'Go’aanka masaafurinta ee {decisionDate, date, long} wuxuu dejiyay muddo mamnuucis ah oo xeerarka dhaqangalka ahaa maalintaas aysan oggolayn. Go’aanku wuu dhaqangal ahaanayaa ilaa la beddelo, sidaa darteed mamnuucista waxaa loo xisaabinayaa sidii loo go’aamiyay. Hubi go’aanka.',
  're-entry.warning.eea-ban-under-minimum':
    'Go’aanka masaafurinta ee {decisionDate, date, long} wuxuu muwaadin ka mid ah waddan EU/EEA ah ka mamnuucayaa muddo ka yar {minimum} sano, oo ah mamnuucista ugu gaaban ee sharcigu u oggol yahay iyaga. Go’aanku wuu dhaqangal ahaanayaa ilaa la beddelo, sidaa darteed mamnuucista waxaa loo xisaabinayaa sidii loo go’aamiyay. Hubi go’aanka.',
} satisfies Messages<'rules'>;
