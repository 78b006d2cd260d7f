import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'پرېکړه: د مرستې سره د بېرته ستنېدو ستاسو غوښتنه ومنل شوه',
  'title.assisted-return-refused': 'پرېکړه: د مرستې سره د بېرته ستنېدو ستاسو غوښتنه رد شوه',
  'title.departure-deadline': 'پرېکړه چې تاسو باید ناروې پرېږدئ، او ستاسو د وتلو موده',
  'title.entry-ban': 'د ننوتو بندیز: تاسو د یوې مودې لپاره ناروې ته نشئ راستنېدای',
  'title.appeal-decision': 'ستاسو د اعتراض په اړه پرېکړه',
  'title.deferral-decision': 'ستاسو د هغې غوښتنې ځواب چې تر څو UNE ستاسو اعتراض څېړي په ناروې کې پاتې شئ',

  'name.assisted-return-granted': 'د مرستې سره بېرته ستنېدل ومنل شول',
  'name.assisted-return-refused': 'د مرستې سره بېرته ستنېدل رد شول',
  'name.departure-deadline': 'د وتلو موده',
  'name.entry-ban': 'د ننوتو بندیز',
  'name.appeal-decision': 'د اعتراض په اړه د UNE پرېکړه',
  'name.deferral-decision': 'د اجرا ځنډول',

  'section.decision': 'پرېکړه',
  'section.reasons': 'دلیلونه',
  'section.rules': 'قواعد څه وايي',
  'section.support': 'مالي مرسته',
  'section.next': 'اوس څه کېږي',
  'section.consequences': 'که تاسو لاړ نه شئ',
  'section.appeal': 'اعتراض',
  'section.contact': 'اړیکه',
  'section.sources': 'سرچینې',

  from: '{authority, select, udi {د ناروې د کډوالۍ اداره (UDI)} une {د کډوالۍ د استیناف بورډ (UNE)} police {د ناروې پولیس} other {د ناروې د کډوالۍ چارواکي}}',
  'header.from': 'له',
  'header.to': 'ته',
  'header.date': 'نېټه',
  'header.reference': 'د مرجع شمېره',
  'header.caseNumber': 'په UDI کې د دوسیې شمېره',
  'header.concerns': 'دا پرېکړه دوی پورې اړه لري',
  person: '{name}، زېږېدلی/زېږېدلې په {born, date, long}',
  languageNote: 'دا لیک ستاسو په ژبه او په ناروېژي ژبه لیکل شوی. که دواړه متنونه سره توپیر ولري، ناروېژي متن معتبر دی.',
  'sources.intro': 'دا لیک د چارواکو د عامه معلوماتو په دې جملو ولاړ دی (په انګلیسي، لکه څنګه چې خپاره شوي):',

  'contact.udi': 'د ناروې د کډوالۍ اداره (UDI): www.udi.no.',
  'contact.une': 'د کډوالۍ د استیناف بورډ (UNE): www.une.no.',
  'contact.police': 'پولیس: www.politiet.no.',
  'contact.iom': 'د کډوالۍ نړیوال سازمان (IOM) په سفر کې له تاسو سره مرسته کوي: norway.iom.int. د پرېکړې په اړه پوښتنې UDI ته ولېږئ: www.udi.no.',
  'contact.reference': 'کله چې موږ سره اړیکه نیسئ، د مرجع شمېره {reference} ووایاست.',
  'contact.help': 'ستاسو وکیل، سرپرست یا د استوګنځي کارکوونکي کولی شي له تاسو سره د دې لیک په پوهېدو کې مرسته وکړي.',

  'appeal.howTo':
    'تاسو کولی شئ په دې پرېکړه د کډوالۍ د استیناف بورډ (UNE) ته اعتراض وکړئ. اعتراض {authority, select, police {پولیسو} other {UDI}} ته ولېږئ چې پرېکړه یې کړې ده. که هغوی پخپله پرېکړه بدله نه کړي، اعتراض UNE ته لېږي.',
  'appeal.within': 'د اعتراض موده له هغې ورځې درې اونۍ ده چې تاسو دا پرېکړه ترلاسه کړې.',
  'appeal.withinFrom': 'تاسو ته په {notified, date, long} د پرېکړې خبر درکړل شو. د اعتراض موده له هغې ورځې درې اونۍ ده.',
  'appeal.lastDay': 'د اعتراض وروستۍ ورځ {lastDay, date, long} ده.',
  'appeal.content':
    'ولیکئ چې په کومه پرېکړه اعتراض کوئ، ولې فکر کوئ چې غلطه ده او څه غواړئ چې بدل شي، او اعتراض لاسلیک کړئ (د عامه ادارې قانون، ۲۸، ۲۹ او ۳۲ مادې).',
  'appeal.lodged': 'ستاسو اعتراض په {lodged, date, long} ثبت شو.',
  'appeal.decision':
    '{outcome, select, reversed {د کډوالۍ د استیناف بورډ (UNE) د {decided, date, long} هغه پرېکړه لغوه کړه چې تاسو باید ناروې پرېږدئ. د هغې پرېکړې له امله تاسو ناروې پرېښودو ته اړ نه یاست.} other {د کډوالۍ د استیناف بورډ (UNE) ستاسو د {lodged, date, long} اعتراض رد کړ. د {decided, date, long} هغه پرېکړه چې تاسو باید ناروې پرېږدئ، پر ځای پاتې ده.}}',
  'appeal.newDeadline': 'UNE تاسو ته نوې موده درکړې: تاسو باید تر {deadline, date, long} پورې ناروې پرېږدئ.',
  'appeal.reasons': 'د UNE دلیلونه، لکه څنګه چې کارکوونکي لیکلي:',
  'appeal.final': 'د اعتراض په اړه د UNE پرېکړه وروستۍ ده او اعتراض پرې نشي کېدای.',

  'deadline.decision':
    'په {decided, date, long} {authority, select, udi {د ناروې د کډوالۍ ادارې (UDI)} une {د کډوالۍ د استیناف بورډ (UNE)} police {پولیسو} other {د کډوالۍ چارواکو}} پرېکړه وکړه چې تاسو باید ناروې پرېږدئ: {kind, select, protectionRejected {ستاسو د ساتنې (پناه) غوښتنه رد شوه} dublinTransfer {بل اروپايي هېواد ستاسو د پناه د غوښتنې مسؤل دی (د ډبلن پرېکړه)} residenceRejected {د اوسېدو د اجازې ستاسو غوښتنه رد شوه} expelled {تاسو اخراج شوي یاست} permitRevoked {ستاسو د اوسېدو اجازه لغوه شوه} citizenshipRevoked {ستاسو ناروېژي تابعیت لغوه شو} stayingWithoutPermission {تاسو پرته له اجازې په ناروې کې اوسېږئ} other {تاسو د پاتې کېدو حق نه لرئ}}.',
  'deadline.dublin': 'تاسو به هغه هېواد ته ولېږدول شئ چې ستاسو د پناه د غوښتنې مسؤل دی: {country}.',
  'deadline.expelled': 'پرېکړه اخراج هم لري. له وتلو وروسته، تر څو چې د ننوتو بندیز نافذ وي بېرته نشئ راتلای؛ د بندیز په اړه به یو لیک ترلاسه کړئ.',
  'deadline.upheld': 'په {decided, date, long} د کډوالۍ د استیناف بورډ (UNE) ستاسو اعتراض رد کړ او نوې موده یې درکړه.',
  'deadline.by': 'تاسو باید تر {deadline, date, long} پورې ناروې پرېږدئ.',
  'deadline.leaveNow': 'تاسو باید سمدستي ناروې پرېږدئ.',

  'granted.byUdi': 'د ناروې د کډوالۍ ادارې (UDI) د مرستې سره د بېرته ستنېدو ستاسو د {applied, date, long} غوښتنه ومنله.',
  'granted.byUne':
    'د کډوالۍ د استیناف بورډ (UNE) د {refused, date, long} رد لغوه کړ. د مرستې سره د بېرته ستنېدو ستاسو د {applied, date, long} غوښتنه ومنل شوه.',
  'granted.destination': 'تاسو به د IOM په مرسته {country} ته ستانه شئ.',
  'granted.support': 'ستاسو کورنۍ به {amount, number, nok} مالي مرسته ترلاسه کړي، چې د غوښتنې په ورځ ({applied, date, long}) محاسبه شوې.',
  'granted.supportLine': '{age, plural, one {# کلن} other {# کلن}} مسافر: {amount, number, nok} – {what}',
  'granted.iom': 'د کډوالۍ نړیوال سازمان (IOM) به د سفر د برابرولو لپاره تاسو سره اړیکه ونیسي: د سفر اسناد، ټکټ او د سفر نېټه.',
  'granted.travel': 'ستاسو سفر د {travel, date, long} لپاره بوک شوی.',
  'granted.withdraw': 'که مو نظر بدل شو، کولی شئ له سفر مخکې خپله غوښتنه بېرته واخلئ.',

  'refused.byUdi': 'د ناروې د کډوالۍ ادارې (UDI) د مرستې سره د بېرته ستنېدو ستاسو د {applied, date, long} غوښتنه رد کړه.',
  'refused.reasons': 'د UDI دلیلونه، لکه څنګه چې کارکوونکي لیکلي:',
  'refused.rules': 'قواعدو په {applied, date, long} ستاسو د غوښتنې په اړه څه ویل:',
  'refused.appealDecided':
    '{outcome, select, reversed {د کډوالۍ د استیناف بورډ (UNE) په {decided, date, long} دا پرېکړه لغوه کړه: ستاسو غوښتنه ومنل شوه. په دې اړه به یو لیک ترلاسه کړئ.} other {د کډوالۍ د استیناف بورډ (UNE) په {decided, date, long} ستاسو اعتراض رد کړ. رد وروستی دی.}}',

  'ban.decision':
    'د {authority, select, udi {د ناروې د کډوالۍ ادارې (UDI)} une {د کډوالۍ د استیناف بورډ (UNE)} police {پولیسو} other {د کډوالۍ چارواکو}} د {decided, date, long} پرېکړه تاسو د ننوتو له بندیز سره له ناروې اخراجوي:',
  'ban.row':
    '{scope, select, schengen {ناروې او د شینګن سیمې} other {ناروې}} ته د ننوتو {length, select, permanent {تلپاتې بندیز} other {د {years, plural, one {# کال} other {# کلونو}} بندیز}} (د {decided, date, long} پرېکړه)',
  'ban.fromDeparture': 'بندیز له هغې ورځې پیلېږي چې تاسو ناروې او د شینګن سیمه پرېږدئ. پولیسو ته ووایاست چې کله ځئ.',
  'ban.period': 'بندیز له {from, date, long} څخه تر {until, date, long} پورې (په شمول) نافذ دی.',
  'ban.fromPermanent': 'بندیز له {from, date, long} څخه نافذ دی او پای نه لري.',
  'ban.meaning': 'تر څو چې بندیز نافذ وي، بېرته نشئ راتلای. د ننوتو د بندیز ماتول جرمي عمل دی.',
  'ban.debt': 'تاسو د خپل بېرته ستنولو د لګښتونو لپاره د ناروې چارواکو ته {amount, number, nok} پوروړي یاست. تر څو یې ورنه کړئ، ناروې ته نشئ راتلای.',

  'deferral.decision':
    '{authority, select, une {د کډوالۍ د استیناف بورډ (UNE)} other {د ناروې د کډوالۍ ادارې (UDI)}} ستاسو د {requested, date, long} هغه غوښتنه چې تر څو UNE ستاسو اعتراض څېړي په ناروې کې پاتې شئ (د اجرا ځنډول) {outcome, select, granted {ومنله} other {رد کړه}}.',
  'deferral.granted': 'تاسو کولی شئ تر هغه په ناروې کې پاتې شئ چې UNE ستاسو د اعتراض په اړه پرېکړه وکړي. که UNE اعتراض رد کړي، د وتلو نوې موده به درکړل شي.',
  'deferral.denied': 'تاسو په ناروې کې غیرقانوني اوسېږئ او باید سمدستي ناروې پرېږدئ، که څه هم UNE لا ستاسو د اعتراض په اړه پرېکړه نه ده کړې.',
  'deferral.reasons': 'دلیلونه، لکه څنګه چې کارکوونکي لیکلي:',

  'page.letters': 'لیکونه',
  'page.lettersIntro': 'هره پرېکړه د شخص لپاره د یو لیک په توګه، د هغه په ژبه او په ناروېژي، د چاپ یا د PDF په توګه د ساتلو لپاره.',
  'page.lettersIntroMine': 'ستاسو په دوسیه کې هره پرېکړه د لیک په توګه، ستاسو په ژبه او په ناروېژي، د چاپ یا د PDF په توګه د ساتلو لپاره.',
  'page.none': 'لا داسې پرېکړه نشته چې لیک پرې ولیکل شي.',
  'page.intro': 'لیک په {language} او په ناروېژي. د PDF په توګه د ساتلو لپاره، د خپل براوزر د چاپ امر وکاروئ او «Save as PDF» وټاکئ.',
  'page.introNorwegian': 'لیک په ناروېژي. د PDF په توګه د ساتلو لپاره، د خپل براوزر د چاپ امر وکاروئ او «Save as PDF» وټاکئ.',
  'page.back': 'دوسیې ته بېرته',
  'page.backMine': 'زما غوښتنې ته بېرته',
  'page.notYet': 'په دې دوسیه کې لا د «{name}» لیک نشته: هغه پرېکړه چې لیک به یې خبر ورکړي لا نه ده شوې.',
  'page.chooseLanguage': 'د لیک ژبه',
  'page.show': 'لیک وښایاست',
} satisfies Messages<'letter'>;
