import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'Tu yek ji komên ku dikarin serlêdana vegera bi alîkarî bikin li rewşa te nayê.',
  'assisted-return.eligibility.group.rejected':
    'Serlêdana te ya parastinê (penaberî) an ya destûreke din a rûniştinê li Norwêcê hatiye redkirin, an te serlêdana xwe ya parastinê paşve kişandiye. Kesên di vê rewşê de dikarin serlêdana vegera bi alîkarî bikin.',
  'assisted-return.eligibility.group.protection-pending':
    'Serlêdana te ya parastinê (penaberî) tê nirxandin. Penaxwaz dikarin di her qonaxa pêvajoya penaberiyê de serlêdana vegera bi alîkarî bikin.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Rûniştina te ya qanûnî li Norwêcê tune ye û tu carî dosyayek te li UDI nehatiye qeydkirin. Kesên di vê rewşê de dikarin serlêdana vegera bi alîkarî bikin.',
  'assisted-return.eligibility.group.dublin-transfer':
    'Biryareke te heye ku li gorî Rêziknameya Dublinê tu bo welatekî din were veguhestin, lê tu tercîh dikî ku vegerî welatê xwe. Tu dikarî serlêdana vegera bi alîkarî bikî, lê divê tu di nav demên dawî yên Rêziknameya Dublinê de derkevî.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'Destûra te ya rûniştinê ya demkî heye heta ku tu dibî 18 salî. Kesên di vê rewşê de dikarin serlêdana vegera bi alîkarî bikin.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'Dibe ku tu qurbaniyê bazirganiya mirovan bî. Qurbaniyên muhtemel ên bazirganiya mirovan dikarin serlêdana vegera bi alîkarî bikin.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Tu penaxwazekî biçûk ê bê rêheval î. Penaxwazên biçûk ên bê rêheval dikarin serlêdana vegera bi alîkarî bikin.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Tu di rewşeke nazik de yî û te serlêdana parastinê nekiriye. Dîsa jî dibe ku tu vegera bi alîkarî bistînî; UDI dê belgeyan li ser rewşa te bixwaze.',
  'assisted-return.eligibility.group.legal-residence':
    'Rûniştina te ya qanûnî li Norwêcê heye. Kesên bi rûniştina qanûnî nikarin serlêdana vegera bi alîkarî bikin, lê dikarin serlêdana vegerandina welêt (repatriation) bikin.',
  'assisted-return.eligibility.exclusion.none': 'Tu yek ji astengiyên bernameyê li ser te nayê sepandin.',
  'assisted-return.eligibility.cannot-apply': 'Tu nikarî serlêdana vegera bi alîkarî bikî.',
  'assisted-return.eligibility.may-apply': 'Tu herî kêm di yek ji komên ku dikarin serlêdana vegera bi alîkarî bikin de yî.',
  'assisted-return.eligibility.normally-excluded':
    'Ji ber ku astengiyek tê sepandin, bername bi gelemperî li ser te nayê sepandin, û serlêdanek bi gelemperî dê were redkirin.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'Ji bo penaxwazên biçûk ên bê rêheval îstîsna tê kirin, ji ber vê yekê tu dîsa jî dikarî serlêdanê bikî.',
  'assisted-return.eligibility.exception.possible-trafficking-victim':
    'Ji bo qurbaniyên muhtemel ên bazirganiya mirovan îstîsna tê kirin, ji ber vê yekê tu dîsa jî dikarî serlêdanê bikî.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Ji bo kesên ku rastî tundî, zorê an îstismarê hatine îstîsna tê kirin, ji ber vê yekê tu dîsa jî dikarî serlêdanê bikî.',
  'assisted-return.eligibility.destination.home-country': 'Vegera bi alîkarî te vedigerîne welatê te.',
  'assisted-return.eligibility.destination.country-of-residence':
    'Tu dikarî vegerî welatekî ku destûra te ya rûniştinê lê heye, her çend tu ne hemwelatiyê wê yî, heke ew li derveyî YE/DAE be. Divê tu kopiyeke destûra rûniştinê ya derbasdar bişînî.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} di nav YE/DAE de ye. Vegera bi alîkarî bo welatekî ku tu ne hemwelatiyê wê yî, tenê bo welatekî li derveyî YE/DAE ye.',
  'assisted-return.eligibility.exclusion.excluded-nationality':
    'Tu hemwelatiyê vî welatî yî: {country}. Bername bi gelemperî li ser hemwelatiyên vî welatî ({country}) nayê sepandin.',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Hemwelatiyên vî welatî ({country}) ji mecbûriyeta vîzeyê ya herêma Schengenê azad in. Bername bi gelemperî li ser hemwelatiyên welatekî ku ji vîzeyê azad e nayê sepandin.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Tu hemwelatiyê vî welatî yî: {country}. Hemwelatiyên welatên YE/EEA û Swîsreyê hewceyê vîzeyê nînin, û bername bi gelemperî li ser hemwelatiyên welatekî ku ji vîzeyê azad e nayê sepandin.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Te berê piştgiriya vegera bi alîkarî an vegerandina welêt stendiye, tu vegeriyayî Norwêcê, û tu dixwazî biçî welatekî ku beşdarî hevkariya Dublinê ye. Bername bi gelemperî li ser te nayê sepandin.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Destûreke te ya rûniştinê ji ber sedemeke din ji bilî hewcedariya parastinê hebû, û ew qediya an hat betalkirin, an destûreke nû nehat dayîn. Bername bi gelemperî li ser te nayê sepandin.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Serlêdana te li Norwêcê hat redkirin ji ber ku li welatekî din ê YE/EEA parastin, rûniştin an vîze ji te re hatiye dayîn. Bername bi gelemperî li ser te nayê sepandin.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Serlêdana te ya parastinê di pêvajoya 48 saetan a UDI de hat birêvebirin. Serlêdanên vegera bi alîkarî yên kesên di vê pêvajoyê de her tim nayên pejirandin.',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Te got ku tu wek biçûkekî bê rêheval hatî Norwêcê û niha di navbera 18 û 23 salî de yî, lê li gorî roja jidayikbûna te tu {age, number} salî yî. Roja jidayikbûnê an rewşa ku te daye kontrol bike.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Te got ku tu penaxwazekî biçûk ê bê rêheval î, lê li gorî roja jidayikbûna te tu {age, number} salî yî, ne di binê 18 salî de. Roja jidayikbûnê an bersiva ku te daye kontrol bike.',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'Ji te re demeke dawî ya derketinê nehatiye dayîn, ji ber vê yekê tu rêjeya bilind distînî.',
  'assisted-return.support.timing.not-registered': 'Tu li Norwêcê qeydkirî nînî, ji ber vê yekê tu rêjeya bilind distînî, çi dibe bila bibe dema dawî.',
  'assisted-return.support.age-group.adult': 'Ev rêwî di roja serlêdanê de 18 salî an mezintir e, û wek mezin tê hesibandin.',
  'assisted-return.support.age-group.child': 'Ev rêwî di roja serlêdanê de di binê 18 salî de ye, û wek zarok tê hesibandin.',
  'assisted-return.support.grant.adult.before-deadline': 'Tu alîkariya ji nû ve entegrasyonê ji bo mezinekî bi rêjeya bilind distînî.',
  'assisted-return.support.grant.adult.after-deadline': 'Tu alîkariya ji nû ve entegrasyonê ji bo mezinekî bi rêjeya nizm distînî.',
  'assisted-return.support.grant.child.before-deadline': 'Tu alîkariya ji nû ve entegrasyonê ji bo zarokekî bi rêjeya bilind distînî.',
  'assisted-return.support.grant.child.after-deadline': 'Tu alîkariya ji nû ve entegrasyonê ji bo zarokekî bi rêjeya nizm distînî.',
  'assisted-return.support.child-extra.before-deadline': 'Tu alîkariya zêde ji bo zarokekî distînî, ku tenê bi rêjeya bilind tê dayîn.',
  'assisted-return.support.child-extra.after-deadline': 'Bi rêjeya nizm alîkariya zêde ji bo zarokan tune ye.',
  'assisted-return.support.travel-document.paid':
    'Piştgiriya zêde ji bo radestkirina belgeyeke rêwîtiyê ya derbasdar (an jî ji bo ku navê te tê de be), ji bo her kesî.',
  'assisted-return.support.travel-document.closed':
    'Piştgiriya zêde ji bo radestkirina belgeyeke rêwîtiyê ya derbasdar di 1ê Sibata 2018an de bi dawî bû, ji ber vê yekê ji bo vê serlêdanê nayê dayîn.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Destûra te ya rûniştinê ya derbasdar li welatekî din ê Schengenê heye, ji ber vê yekê tu nikarî piştgiriya zêde ji bo belgeya rêwîtiyê ya derbasdar bistînî.',
  'assisted-return.support.programme.not-offered': 'Ev bernameya welêt ne ji bo hemwelatîbûn an malbata te ye.',
  'assisted-return.support.programme.offered':
    'Bernameyeke vegerê ji bo hemwelatîbûna te xizmetan dide. Ew cuda têne nîşandan û di hejmara pereyê de nayên hesibandin.',
  'assisted-return.support.timing.on-or-before-deadline':
    'Tu berî an di roja dema dawî ya derketinê de ({deadline, date, long}) serlêdanê dikî, ji ber vê yekê tu rêjeya bilind distînî. Ew di roja dema dawî bi xwe de jî derbas dibe.',
  'assisted-return.support.timing.after-deadline':
    'Dema te ya dawî ya derketinê ({deadline, date, long}) dema ku te serlêdan kir derbas bûbû, ji ber vê yekê tu rêjeya nizm distînî û ji bo zarokan pereyê zêde nastînî.',
  'assisted-return.support.programme.iraq-ettc':
    'Li Iraqê tu dikarî bi rêya ETTC xizmetên ji nû ve entegrasyonê bi nirxê {amount, number, nok} bistînî, wek dibistan, alîkariya dîtina kar, perwerde an damezrandina karsaziyê. Ev xizmet in, ne pere.',
  'assisted-return.support.programme.somalia-drc-families':
    'Li Somalî her yek ji we dikare bi rêya Encumena Penaberan a Danîmarkî (DRC) alîkariya dîtina kar, perwerde an damezrandina karsaziyê bistîne, bi nirxê {amount, number, nok} ji bo her kesî. Ev xizmet in, ne pere.',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay':
    'Mafê te yê qanûnî tune ye ku li Norwêcê bimînî û ti dema dawî ya derketinê ji bo te naçe, ji ber vê yekê divê tu niha ji Norwêcê derkevî. Heke tu bi dilê xwe neçî, polîs dê te bi zorê vegerîne.',
  'departure.status.revoked-no-deadline':
    'Biryara UNE ji te re dema dawî ya derketinê nade. Dema ku UNE kesekî mecbûr dike ku derkeve, ew demeke dawî jî dide, ji ber vê yekê biryar te mecbûr nake ku ji Norwêcê derkevî. Biryara UNE kontrol bike, ku tê de dinivîse ka divê tu derkevî an na.',
  'departure.status.staying-without-permission':
    'Tu bê destûr li Norwêcê dimînî: berê ji te re demeke dawî ya derketinê hatibû dayîn, û tu hîn jî mecbûr î derkevî. Divê tu yekser ji Norwêcê derkevî.',
  'departure.status.deferred-implementation-granted':
    'Destûr ji te re hatiye dayîn ku li Norwêcê bimînî heta ku UNE îtiraza te dinirxîne (paşxistina cîbicîkirinê). Tu dikarî bimînî heta ku UNE biryarê bide. Heke UNE îtiraza te red bike, dê ji te re demeke dawî ya derketinê were dayîn.',
  'departure.status.deferred-implementation-denied':
    'Destûr ji te re nehatiye dayîn ku li Norwêcê bimînî heta ku UNE îtiraza te dinirxîne. Tu li vir bi awayekî neqanûnî dimînî û divê tu yekser ji Norwêcê derkevî.',
  'departure.status.new-application-pending':
    'Destûra te an hemwelatîbûna te hatiye betalkirin, lê serlêdaneke te ya nû ya destûra rûniştinê tê nirxandin. Dibe ku mafê te hebe ku li Norwêcê bimînî heta ku ew tê nirxandin. Biryara UNE dibêje ka çi li ser te tê sepandin.',
  'departure.area.schengen-when-expelled':
    'Ji ber ku tu hatî derxistin (sirgûnkirin), divê tu ji herêma Schengenê jî derkevî, heke destûra te ya rûniştinê li welatekî din ê Schengenê tune be.',
  'departure.area.schengen-when-revoked':
    'Ji ber ku destûra te an hemwelatîbûna te hatiye betalkirin û destûreke nû ya rûniştinê li Norwêcê nehatiye dayîn, bi gelemperî tu mecbûr î hem ji Norwêcê hem jî ji herêma Schengenê derkevî.',
  'departure.area.norway-with-schengen-permit':
    'Destûra te ya rûniştinê li welatekî din ê Schengenê heye, ji ber vê yekê divê tu ji Norwêcê derkevî, lê ne ji herêma Schengenê.',
  'departure.area.dublin-transfer':
    'Tu dê werî veguhestin bo welatê Dublinê yê ku berpirsiyarê serlêdana te ya penaberiyê ye: divê tu ji Norwêcê derkevî û biçî wî welatî.',
  'departure.area.schengen-after-rejection':
    'Biryareke ku te mecbûr dike ji Norwêcê derkevî, te mecbûr dike ku ji herêma Schengenê jî derkevî, heke destûra te ya rûniştinê an bingeheke din a rûniştinê li welatekî din ê Schengenê tune be.',
  'departure.assisted-return.not-listed':
    'Vegera bi alîkarî tenê di hin rewşan de tê pêşkêşkirin, û cureyê biryara te ne di nav wan de ye ku UDI rêz dike. Dîsa jî tu dikarî ji UDI bipirsî ka tu dikarî serlêdanê bikî.',
  'departure.assisted-return.may-apply':
    'Tu dikarî serlêdana vegera bi alîkarî bikî. Dema te ya dawî ya derketinê derbas bûye, ji ber vê yekê piştgiriya zêde ya ji bo serlêdana berî wê êdî tune ye.',
  'departure.assisted-return.before-deadline':
    'Tu dikarî serlêdana vegera bi alîkarî bikî. Heke tu berî derbasbûna dema dawî ya derketinê serlêdanê bikî, tu dikarî piştgiriya zêde bistînî, û heke vegera bi alîkarî ji te re were dayîn, bi qaîdeya giştî tu nayî derxistin.',
  'departure.entry-ban.none': 'Tu nehatî derxistin, ji ber vê yekê qedexeya ketinê ya te tune ye.',
  'departure.documents.not-applicable': 'Li vir ji bo cureyê biryara te qaîdeyek li ser belgeyan tune ye.',
  'departure.documents.protection-claim': 'Çi bi belgeyên ku te radestî kirine tê, girêdayî wê ye ka tu bi dilê xwe vedigerî an bi zorê tê vegerandin.',
  'departure.national-registry.not-relevant':
    'Hejmara te ya nasnameya kesane ya Norwêcî tune ye, ji ber vê yekê tu di Tomara Gelheriyê ya Neteweyî de wek koçkirî nayî qeydkirin.',
  'departure.status.by-deadline': 'Divê tu herî dereng di {deadline, date, long} de ji Norwêcê derkevî. Di wê rojê de tu hîn di nav demê de yî.',
  'departure.status.deadline-passed':
    'Dema te ya dawî ya derketina ji Norwêcê ({deadline, date, long}) derbas bûye. Tu bi awayekî neqanûnî li Norwêcê dimînî û divê tu yekser derkevî.',
  'departure.status.deferred-implementation-pending':
    'Te xwestiye ku li Norwêcê bimînî heta ku UNE îtiraza te dinirxîne (paşxistina cîbicîkirinê). Dê ji te re were gotin ka tu dikarî bimînî an na. Destûr ji piraniya mirovan re nayê dayîn ku bimînin, ji ber vê yekê amade be ku derkevî {deadlineRuns, select, yes {heta {deadline, date, long}, dema dawî ya di biryara te de} other {yekser}}.',
  'departure.consequences': 'Ev e ya ku dikare biqewime heke tu ji Norwêcê dernekevî dema ku divê tu derkevî.',
  'departure.note.arrest-and-forced-return':
    'Heke tu dernekevî, polîs dikare te bigire û bi zorê vegerîne. Dibe ku tu di girtîgehê de werî girtin, û nayê gotin kengî tu dikarî werî girtin.',
  'departure.note.deportation-costs-debt':
    'Heke polîs te vegerîne, divê tu lêçûnên vegerê bidî. Heke tu nikaribî bidî, rayedarên Norwêcî didin û tu wek deyn pereyê wan deyndar î. Tu nikarî vegerî Norwêcê heta ku te ew neda.',
  'departure.note.expulsion-and-entry-ban':
    'Ji ber ku tu bi awayekî neqanûnî li Norwêcê mayî, tu dikarî ji Norwêc û welatên din ên Schengenê werî derxistin û ji ketina tevahiya herêma Schengenê 1–5 salan werî qedexekirin. Şikandina qedexeya ketinê sûc e.',
  'departure.note.no-right-to-work': 'Tu nikarî li Norwêcê bixebitî. Heke tu bixebitî, tu dikarî werî derxistin.',
  'departure.note.family-returned-together': 'Heke malbateke te hebe ku divê ew jî derkevin, polîs dê hewl bide ku we hemûyan bi hev re vegerîne.',
  'departure.note.less-money-at-reception-centre': 'Heke tu li navendeke pêşwazîkirina penaxwazan dijî, tu niha dê ji berê kêmtir pere bistînî.',
  'departure.note.arrest-and-forced-return.dublin':
    'Heke destûr ji te re neyê dayîn ku bimînî, polîs dê te bigire û bişîne welatê ku dê serlêdana te ya penaberiyê binirxîne.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'Heke tu bi awayekî neqanûnî li Norwêcê bimînî an bixebitî, tu dikarî dîsa ji Norwêc û welatên din ên Schengenê werî derxistin, û qedexeya ketinê dikare hîn dirêjtir bibe.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Heke tu bi awayekî neqanûnî li Norwêcê bimînî an bixebitî, tu dikarî ji Norwêc û welatên din ên Schengenê werî derxistin. Wê demê ketina te ya Norwêcê, û bi gelemperî ya herêma Schengenê, ji bo demeke diyarkirî an her û her dê were qedexekirin.',
  'departure.note.assisted-return.dublin':
    'Li şûna ku tu bo welatê Dublinê werî veguhestin, tu dikarî ji UDI vegera bi alîkarî bo welatê xwe bixwazî: tu alîkarî û pere distînî da ku vegerî malê û li wir bi cih bibî. Ka tu şertan pêk tînî an na, girêdayî dosyaya te ye.',
  'departure.note.assisted-return':
    'Tu dikarî ji UDI vegera bi alîkarî bixwazî: tu alîkarî û pere distînî da ku vegerî malê û li wir bi cih bibî, û IOM alîkariya te dike ku rêwîtiyê organîze bikî. Ka tu şertan pêk tînî an na, girêdayî dosyaya te ye.',
  'departure.note.additional-support-before-deadline':
    'Heke tu berî derbasbûna dema dawî ya derketinê serlêdanê bikî, tu dikarî piştgiriya darayî ya zêde bistînî.',
  'departure.note.no-expulsion-if-granted-before-deadline':
    'Heke tu berî dema dawî serlêdanê bikî û vegera bi alîkarî ji te re were dayîn, bi qaîdeya giştî tu ji Norwêcê nayî derxistin.',
  'departure.note.no-additional-support-after-deadline':
    'Dema te ya dawî ya derketinê derbas bûye, ji ber vê yekê tu êdî nikarî piştgiriya darayî ya zêde bistînî ku ji yên berî dema dawî serlêdanê dikin re tê dayîn.',
  'departure.note.entry-ban-runs-from-departure':
    'Qedexeya ketinê ji roja ku tu ji Norwêc û herêma Schengenê derdikevî dest pê dike, ji ber vê yekê ji rayedarên Norwêcî re, mînak ji polîs re, bêje kengî tu dê derkevî. Tu nikarî vegerî heta ku qedexe derbasdar e, û şikandina wê sûc e.',
  'departure.note.documents-returned-after-voluntary-return':
    'Heke tu bi dilê xwe vegerî malê, pasaporta te û belgeyên din ên ku te dema hatina Norwêcê radest kirine dê ji te re werin vegerandin, herî dereng dema ku tu bigihîjî welatê xwe.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Heke tu bi zorê werî vegerandin, belgeyên te dê radestî rayedarên welatê te werin kirin, û dibe ku divê tu bi wan re têkilî daynî da ku belgeyan paşve bistînî.',
  'departure.note.registered-as-moved':
    'Ji ber ku destûra te ya rûniştinê hebû û hejmara te ya nasnameya kesane ya Norwêcî heye, tu dê di Tomara Gelheriyê ya Neteweyî de wek ji Norwêcê koçkirî werî qeydkirin. Wê demê dibe ku bi xizmetên giştî yên wek bijîşk, dibistan û NAV re pirsgirêkên te çêbibin.',
  'departure.note.registration-correction-form':
    'Qeydkirina te ya wek koçkirî di 1ê Cotmeha 2017an de an paşê hatiye kirin (an dê were kirin). Heke tu bawer dikî ku rayedarên koçberiyê şaşiyek kirine, forma li ser malpera UDI tije bike û bişîne.',
  // Rule set 4: forced-return categories
  'forced-return.category.refused': 'Divê tu ji Norwêcê derkevî ji ber ku destûra te ya mayînê tune ye. Ev te ji vegerê qedexe nake.',
  'forced-return.category.expelled': 'Tu hatî derxistin. Ji bo demekê ketina te ya Norwêcê qedexe ye, û şikandina qedexeyê sûc e.',
  'forced-return.category.asylum': 'Serlêdana te ya parastinê (penaberî) li Norwêcê hat redkirin.',
  'forced-return.category.dublin': 'Tu li gorî Rêziknameya Dublinê bo welatê Ewropî yê ku berpirsiyarê serlêdana te ya penaberiyê ye tê veguhestin.',
  'forced-return.category.ip': 'Li welatekî din ê Schengenê parastina navneteweyî ji te re hatiye dayîn, û tu bo wir tê vegerandin.',
  'forced-return.responsible.npis': 'Yekîneya Koçberiyê ya Polîsê Neteweyî (PU) vegerê pêk tîne.',
  'forced-return.responsible.police-district': 'Navçeya polîs vegerê pêk tîne.',
  'forced-return.responsible.udi': 'Rêveberiya Koçberiyê ya Norwêcê (UDI) berpirsiyarê vegera bi alîkarî ye.',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'Biryara derxistina te ya di {decisionDate, date, long} de ketina te ya {scope, select, schengen {Norwêc û tevahiya herêma Schengenê} other {Norwêcê}} {permanent, select, yes {her û her qedexe dike} other {ji bo {years, plural, one {# salê} other {# salan}} qedexe dike, ji {start, date, long} heta {lastDay, date, long} (tê de)}}.',
  're-entry.ban.expired': 'Qedexeya ketinê ya biryara derxistina te ya di {decisionDate, date, long} de qediya: roja wê ya dawî {lastDay, date, long} bû.',
  're-entry.scope.norway-only': 'Ev qedexeya ketinê tenê Norwêcê digire, ji ber vê yekê ew te ji ketina welatekî din ê Schengenê asteng nake.',
  're-entry.scope.norway': 'Qedexeya ketinê her tim Norwêcê digire.',
  're-entry.scope.schengen': 'Ev qedexeya ketinê hemû herêma Schengenê digire, ji ber vê yekê nahêle tu bikevî welatekî din ê Schengenê jî.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {Tu berê bi zorê hatî vegerandin, lê ev bi tenê te ji vegerê qedexe nake. } other {}}Ti qedexeya ketinê nahêle ku tu di {plannedEntryDate, date, long} de bikevî {destination, select, norway {Norwêcê} other {welatekî din ê Schengenê}}.{owes, select, yes { Tu hîn ji bo vegerandina xwe ya bi zorê {owed, number, nok} deyndar î; berî ku tu werî Norwêcê wê bide.} other {}}',
  're-entry.outcome.unpaid-costs':
    'Tu ji bo vegerandina xwe ya bi zorê {owed, number, nok} deyndar î. Heke te ew nedabe, dibe ku dema tu werî Norwêcê ketina te were redkirin, û dibe ku tu werî derxistin.',
  're-entry.outcome.entry-banned':
    'Tu nikarî di {plannedEntryDate, date, long} de bikevî {destination, select, norway {Norwêcê} other {welatekî din ê Schengenê}}: {permanent, select, yes {ketina te her û her qedexe ye.} other {ketina te heta {until, date, long} (tê de) qedexe ye.}}{schengen, select, yes { Qedexe li ser tevahiya herêma Schengenê derbasdar e.} other {}} Ketin dema ku qedexe derbasdar e sûc e.',
  're-entry.warning.decided-before-2010':
    'Biryara derxistinê ya di {decisionDate, date, long} de berî 1ê Çileya 2010an, li gorî Qanûna Biyaniyan a 1988an hatiye dayîn. Di Retur de dirêjahiyên qedexeyê yên ku wê qanûnê destûr didan tune ne, ji ber vê yekê qedexe wekî ku hatiye biryardan tê hesibandin: heta ku biqede an were rakirin derbasdar dimîne. Biryarê kontrol bike.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'Biryara derxistinê ya di {decisionDate, date, long} de dirêjahiyeke qedexeyê diyar kiriye ku rêzikên wê rojê destûr nedidan. Biryar heta ku were guhertin derbasdar dimîne, ji ber vê yekê qedexe wekî ku hatiye biryardan tê hesibandin. Biryarê kontrol bike.',
  're-entry.warning.eea-ban-under-minimum':
    'Biryara derxistinê ya di {decisionDate, date, long} de hemwelatiyekî welatekî YE/DAE ji {minimum} salan kêmtir qedexe dike, ku ev qedexeya herî kurt e ya ku qanûn ji bo wan destûr dide. Biryar heta ku were guhertin derbasdar dimîne, ji ber vê yekê qedexe wekî ku hatiye biryardan tê hesibandin. Biryarê kontrol bike.',
} satisfies Messages<'rules'>;
