import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'Biryar: serlêdana te ya vegera bi alîkarî hate qebûlkirin',
  'title.assisted-return-refused': 'Biryar: serlêdana te ya vegera bi alîkarî hate redkirin',
  'title.departure-deadline': 'Biryara ku divê tu ji Norwêcê derkevî, û dema te ya dawî ya derketinê',
  'title.entry-ban': 'Qedexeya ketinê: tu ji bo demekê nikarî vegerî Norwêcê',
  'title.appeal-decision': 'Biryara li ser îtiraza te',
  'title.deferral-decision': 'Bersiva daxwaza te ya mayîna li Norwêcê dema ku UNE îtirazê dinirxîne',

  'name.assisted-return-granted': 'Vegera bi alîkarî hate dayîn',
  'name.assisted-return-refused': 'Vegera bi alîkarî hate redkirin',
  'name.departure-deadline': 'Dema dawî ya derketinê',
  'name.entry-ban': 'Qedexeya ketinê',
  'name.appeal-decision': 'Biryara UNE li ser îtirazê',
  'name.deferral-decision': 'Paşxistina bicîhanînê',

  'section.decision': 'Biryar',
  'section.reasons': 'Sedem',
  'section.rules': 'Rêgez çi dibêjin',
  'section.support': 'Piştgiriya darayî',
  'section.next': 'Niha çi dibe',
  'section.consequences': 'Heke tu dernekevî',
  'section.appeal': 'Îtiraz',
  'section.contact': 'Têkilî',
  'section.sources': 'Çavkanî',

  from: '{authority, select, udi {Rêveberiya Koçberiyê ya Norwêcê (UDI)} une {Lijneya Îtirazên Koçberiyê (UNE)} police {Polîsê Norwêcê} other {Rayedarên koçberiyê yên Norwêcê}}',
  'header.from': 'Ji',
  'header.to': 'Ji bo',
  'header.date': 'Dîrok',
  'header.reference': 'Referans',
  'header.caseNumber': 'Hejmara dosyeyê ya UDI',
  'header.concerns': 'Ev biryar van kesan eleqedar dike',
  person: '{name}, di {born, date, long} de ji dayik bûye',
  languageNote: 'Ev name bi zimanê te û bi norwêcî hatiye nivîsandin. Heke her du nivîs ji hev cuda bin, nivîsa norwêcî derbasdar e.',
  'sources.intro': 'Ev name li ser van hevokên agahiyên giştî yên rayedaran hatiye avakirin (bi îngilîzî, wek ku hatine weşandin):',

  'contact.udi': 'Rêveberiya Koçberiyê ya Norwêcê (UDI): www.udi.no.',
  'contact.une': 'Lijneya Îtirazên Koçberiyê (UNE): www.une.no.',
  'contact.police': 'Polîs: www.politiet.no.',
  'contact.iom':
    'Rêxistina Navneteweyî ya Koçberiyê (IOM) di rêwîtiyê de alîkariya te dike: norway.iom.int. Pirsên li ser biryarê ji UDI re bişîne: www.udi.no.',
  'contact.reference': 'Dema ku tu bi me re têkilî datînî, referansa {reference} bide.',
  'contact.help': 'Parêzerê te, wesiyê te an karmendên navenda pêşwaziyê dikarin alîkariya te bikin ku tu vê nameyê fêm bikî.',

  'appeal.howTo':
    'Tu dikarî li dijî vê biryarê îtirazê bikî li Lijneya Îtirazên Koçberiyê (UNE). Îtirazê bişîne {authority, select, police {polîs} other {UDI}}, ku biryar daye. Heke ew bi xwe biryarê neguherînin, ew îtirazê dişînin UNE.',
  'appeal.within': 'Dema îtirazê sê hefte ye ji roja ku te ev biryar wergirtiye.',
  'appeal.withinFrom': 'Biryar di {notified, date, long} de ji te re hate ragihandin. Dema îtirazê sê hefte ye ji wê rojê.',
  'appeal.lastDay': 'Roja dawî ya îtirazê {lastDay, date, long} e.',
  'appeal.content':
    'Binivîse tu li dijî kîjan biryarê îtiraz dikî, çima tu difikirî ku ew şaş e û tu dixwazî çi were guhertin, û îtirazê îmze bike (Qanûna Rêveberiya Giştî, xalên 28, 29 û 32).',
  'appeal.lodged': 'Îtiraza te di {lodged, date, long} de hate tomarkirin.',
  'appeal.decision':
    '{outcome, select, reversed {Lijneya Îtirazên Koçberiyê (UNE) biryara {decided, date, long} ya ku divê tu ji Norwêcê derkevî betal kir. Ji ber wê biryarê ne hewce ye ku tu ji Norwêcê derkevî.} other {Lijneya Îtirazên Koçberiyê (UNE) îtiraza te ya {lodged, date, long} red kir. Biryara {decided, date, long} ya ku divê tu ji Norwêcê derkevî derbasdar dimîne.}}',
  'appeal.newDeadline': 'UNE dema dawî ya nû da te: divê tu herî dereng di {deadline, date, long} de ji Norwêcê derkevî.',
  'appeal.reasons': 'Sedemên UNE, wek ku karmend nivîsandine:',
  'appeal.final': 'Biryara UNE li ser îtirazê dawî ye û li dijî wê îtiraz nayê kirin.',

  'deadline.decision':
    'Di {decided, date, long} de {authority, select, udi {Rêveberiya Koçberiyê ya Norwêcê (UDI)} une {Lijneya Îtirazên Koçberiyê (UNE)} police {polîs} other {rayedarên koçberiyê}} biryar da ku divê tu ji Norwêcê derkevî: {kind, select, protectionRejected {serlêdana te ya parastinê (penaberiyê) hate redkirin} dublinTransfer {welatekî din ê Ewropî berpirsiyarê serlêdana te ya penaberiyê ye (biryara Dublinê)} residenceRejected {serlêdana te ya destûra rûniştinê hate redkirin} expelled {tu hatî derxistin} permitRevoked {destûra te ya rûniştinê hate betalkirin} citizenshipRevoked {hemwelatiya te ya norwêcî hate betalkirin} stayingWithoutPermission {tu bê destûr li Norwêcê dimînî} other {mafê te yê mayînê tune ye}}.',
  'deadline.dublin': 'Tu yê werî veguhestin bo welatê ku berpirsiyarê serlêdana te ya penaberiyê ye: {country}.',
  'deadline.expelled':
    'Biryar derxistinê jî dihewîne. Piştî ku tu derketî, heta ku qedexeya ketinê derbasdar be tu nikarî vegerî; tu yê li ser qedexeyê nameyekê bistînî.',
  'deadline.upheld': 'Di {decided, date, long} de Lijneya Îtirazên Koçberiyê (UNE) îtiraza te red kir û dema dawî ya nû da te.',
  'deadline.by': 'Divê tu herî dereng di {deadline, date, long} de ji Norwêcê derkevî.',
  'deadline.leaveNow': 'Divê tu tavilê ji Norwêcê derkevî.',

  'granted.byUdi': 'Rêveberiya Koçberiyê ya Norwêcê (UDI) serlêdana te ya vegera bi alîkarî ya {applied, date, long} qebûl kir.',
  'granted.byUne':
    'Lijneya Îtirazên Koçberiyê (UNE) redkirina {refused, date, long} betal kir. Serlêdana te ya vegera bi alîkarî ya {applied, date, long} hate qebûlkirin.',
  'granted.destination': 'Tu yê bi alîkariya IOM vegerî {country}.',
  'granted.support': 'Malbata te dê {amount, number, nok} piştgiriya darayî bistîne, ku di roja serlêdana te de hatiye hesabkirin ({applied, date, long}).',
  'granted.supportLine': 'Rêwiyek {age, plural, one {# salî} other {# salî}}: {amount, number, nok} – {what}',
  'granted.iom': 'Rêxistina Navneteweyî ya Koçberiyê (IOM) dê bi te re têkilî dayne da ku rêwîtiyê amade bike: belgeyên rêwîtiyê, bilêt û dîroka rêwîtiyê.',
  'granted.travel': 'Rêwîtiya te ji bo {travel, date, long} hatiye veqetandin.',
  'granted.withdraw': 'Heke tu fikra xwe biguherînî, tu dikarî berî rêwîtiyê serlêdana xwe paşve bikişînî.',

  'refused.byUdi': 'Rêveberiya Koçberiyê ya Norwêcê (UDI) serlêdana te ya vegera bi alîkarî ya {applied, date, long} red kir.',
  'refused.reasons': 'Sedemên UDI, wek ku karmend nivîsandine:',
  'refused.rules': 'Rêgezan di {applied, date, long} de li ser serlêdana te çi gotin:',
  'refused.appealDecided':
    '{outcome, select, reversed {Lijneya Îtirazên Koçberiyê (UNE) di {decided, date, long} de ev biryar betal kir: serlêdana te hate qebûlkirin. Tu yê li ser vê nameyekê bistînî.} other {Lijneya Îtirazên Koçberiyê (UNE) di {decided, date, long} de îtiraza te red kir. Redkirin dawî ye.}}',

  'ban.decision':
    'Biryara {decided, date, long} ya {authority, select, udi {Rêveberiya Koçberiyê ya Norwêcê (UDI)} une {Lijneya Îtirazên Koçberiyê (UNE)} police {polîs} other {rayedarên koçberiyê}} te bi qedexeya ketinê ji Norwêcê derdixe:',
  'ban.row':
    '{length, select, permanent {qedexeyeke herdemî} other {qedexeyeke {years, plural, one {# salî} other {# salî}}}} ya ketina {scope, select, schengen {Norwêc û herêma Schengenê} other {Norwêcê}} (biryara {decided, date, long})',
  'ban.fromDeparture': 'Qedexe ji roja ku tu ji Norwêc û herêma Schengenê derdikevî dest pê dike. Ji polîs re bêje kengî tu yê derkevî.',
  'ban.period': 'Qedexe ji {from, date, long} heta {until, date, long} (di nav de) derbasdar e.',
  'ban.fromPermanent': 'Qedexe ji {from, date, long} dest pê dike û dawiya wê tune ye.',
  'ban.meaning': 'Heta ku qedexe derbasdar be tu nikarî vegerî. Şikandina qedexeya ketinê sûc e.',
  'ban.debt': 'Tu ji bo lêçûnên vegera xwe {amount, number, nok} deyndarê rayedarên Norwêcê yî. Heta ku tu wê nedî, tu nikarî vegerî Norwêcê.',

  'deferral.decision':
    '{authority, select, une {Lijneya Îtirazên Koçberiyê (UNE)} other {Rêveberiya Koçberiyê ya Norwêcê (UDI)}} daxwaza te ya {requested, date, long} ya mayîna li Norwêcê dema ku UNE îtirazê dinirxîne (paşxistina bicîhanînê) {outcome, select, granted {qebûl kir} other {red kir}}.',
  'deferral.granted':
    'Tu dikarî li Norwêcê bimînî heta ku UNE li ser îtiraza te biryarê bide. Heke UNE îtirazê red bike, dema dawî ya nû ya derketinê dê ji te re were dayîn.',
  'deferral.denied': 'Tu bi awayekî neqanûnî li Norwêcê dimînî û divê tu tavilê ji Norwêcê derkevî, her çend UNE hîn li ser îtiraza te biryar nedaye.',
  'deferral.reasons': 'Sedem, wek ku karmend nivîsandine:',

  'page.letters': 'Name',
  'page.lettersIntro': 'Her biryar wek nameyek ji kesê re, bi zimanê wî û bi norwêcî, ji bo çapkirinê an tomarkirinê wek PDF.',
  'page.lettersIntroMine': 'Her biryara di dosyeya te de wek nameyek, bi zimanê te û bi norwêcî, ji bo çapkirinê an tomarkirinê wek PDF.',
  'page.none': 'Hîn biryarek tune ye ku name li ser were nivîsandin.',
  'page.intro': 'Name bi {language} û bi norwêcî. Ji bo tomarkirina wê wek PDF, fermana Çapkirinê ya geroka xwe bikar bîne û “Save as PDF” hilbijêre.',
  'page.introNorwegian': 'Name bi norwêcî. Ji bo tomarkirina wê wek PDF, fermana Çapkirinê ya geroka xwe bikar bîne û “Save as PDF” hilbijêre.',
  'page.back': 'Vegere dosyeyê',
  'page.backMine': 'Vegere serlêdana min',
  'page.notYet': 'Ev dosye hîn nameya “{name}” tune ye: biryara ku name dê li ser bêje hîn nehatiye dayîn.',
  'page.chooseLanguage': 'Zimanê nameyê',
  'page.show': 'Nameyê nîşan bide',
} satisfies Messages<'letter'>;
