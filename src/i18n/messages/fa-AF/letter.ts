import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'تصمیم: درخواست بازگشت با کمک شما پذیرفته شد',
  'title.assisted-return-refused': 'تصمیم: درخواست بازگشت با کمک شما رد شد',
  'title.departure-deadline': 'تصمیم اینکه باید نروژ را ترک کنید، و میعاد خروج شما',
  'title.entry-ban': 'ممنوعیت ورود: برای مدتی نمی‌توانید به نروژ برگردید',
  'title.appeal-decision': 'تصمیم درباره اعتراض شما',
  'title.deferral-decision': 'پاسخ به درخواست شما برای ماندن در نروژ در مدتی که UNE اعتراض شما را بررسی می‌کند',

  'name.assisted-return-granted': 'بازگشت با کمک پذیرفته شد',
  'name.assisted-return-refused': 'بازگشت با کمک رد شد',
  'name.departure-deadline': 'میعاد خروج',
  'name.entry-ban': 'ممنوعیت ورود',
  'name.appeal-decision': 'تصمیم UNE درباره اعتراض',
  'name.deferral-decision': 'تعویق اجرا',

  'section.decision': 'تصمیم',
  'section.reasons': 'دلایل',
  'section.rules': 'آنچه قواعد می‌گویند',
  'section.support': 'کمک مالی',
  'section.next': 'اکنون چه می‌شود',
  'section.consequences': 'اگر نروید',
  'section.appeal': 'اعتراض',
  'section.contact': 'تماس',
  'section.sources': 'منابع',

  from: '{authority, select, udi {اداره مهاجرت نروژ (UDI)} une {هیئت تجدیدنظر مهاجرت (UNE)} police {پولیس نروژ} other {مقامات مهاجرت نروژ}}',
  'header.from': 'از',
  'header.to': 'به',
  'header.date': 'تاریخ',
  'header.reference': 'شماره مرجع',
  'header.caseNumber': 'شماره پرونده در UDI',
  'header.concerns': 'این تصمیم مربوط است به',
  person: '{name}، متولد {born, date, long}',
  languageNote: 'این نامه به زبان شما و به زبان نروژی نوشته شده است. اگر دو متن با هم فرق داشته باشند، متن نروژی معتبر است.',
  'sources.intro': 'این نامه بر این جمله‌ها از اطلاعات عمومی مقامات استوار است (به انگلیسی، همان‌طور که منتشر شده‌اند):',

  'contact.udi': 'اداره مهاجرت نروژ (UDI): www.udi.no.',
  'contact.une': 'هیئت تجدیدنظر مهاجرت (UNE): www.une.no.',
  'contact.police': 'پولیس: www.politiet.no.',
  'contact.iom': 'سازمان بین‌المللی مهاجرت (IOM) در سفر به شما کمک می‌کند: norway.iom.int. پرسش‌های مربوط به تصمیم را به UDI بفرستید: www.udi.no.',
  'contact.reference': 'هنگام تماس با ما شماره مرجع {reference} را ذکر کنید.',
  'contact.help': 'وکیل، سرپرست یا کارکنان مرکز پذیرش می‌توانند به شما کمک کنند این نامه را بفهمید.',

  'appeal.howTo':
    'می‌توانید به این تصمیم نزد هیئت تجدیدنظر مهاجرت (UNE) اعتراض کنید. اعتراض را به {authority, select, police {پولیس} other {UDI}} که تصمیم را گرفته است بفرستید. اگر خودشان تصمیم را تغییر ندهند، اعتراض را به UNE می‌فرستند.',
  'appeal.within': 'میعاد اعتراض سه هفته از روزی است که این تصمیم را دریافت کرده‌اید.',
  'appeal.withinFrom': 'تصمیم در {notified, date, long} به شما ابلاغ شد. میعاد اعتراض سه هفته از آن روز است.',
  'appeal.lastDay': 'آخرین روز برای اعتراض {lastDay, date, long} است.',
  'appeal.content':
    'بنویسید به کدام تصمیم اعتراض دارید، چرا فکر می‌کنید نادرست است و چه تغییری می‌خواهید، و اعتراض را امضا کنید (قانون اداری عمومی، مواد ۲۸، ۲۹ و ۳۲).',
  'appeal.lodged': 'اعتراض شما در {lodged, date, long} ثبت شد.',
  'appeal.decision':
    '{outcome, select, reversed {هیئت تجدیدنظر مهاجرت (UNE) تصمیم {decided, date, long} مبنی بر اینکه باید نروژ را ترک کنید لغو کرد. به خاطر آن تصمیم لازم نیست نروژ را ترک کنید.} other {هیئت تجدیدنظر مهاجرت (UNE) اعتراض {lodged, date, long} شما را رد کرد. تصمیم {decided, date, long} مبنی بر اینکه باید نروژ را ترک کنید به قوت خود باقی است.}}',
  'appeal.newDeadline': 'UNE به شما میعاد تازه‌ای داده است: باید حداکثر تا {deadline, date, long} نروژ را ترک کنید.',
  'appeal.reasons': 'دلایل UNE، همان‌طور که کارشناس نوشته است:',
  'appeal.final': 'تصمیم UNE درباره اعتراض نهایی است و نمی‌توان به آن اعتراض کرد.',

  'deadline.decision':
    'در {decided, date, long}، {authority, select, udi {اداره مهاجرت نروژ (UDI)} une {هیئت تجدیدنظر مهاجرت (UNE)} police {پولیس} other {مقامات مهاجرت}} تصمیم گرفت که باید نروژ را ترک کنید: {kind, select, protectionRejected {درخواست حمایت (پناهندگی) شما رد شد} dublinTransfer {کشور اروپایی دیگری مسئول درخواست پناهندگی شماست (تصمیم دوبلین)} residenceRejected {درخواست اجازه اقامت شما رد شد} expelled {شما اخراج شده‌اید} permitRevoked {اجازه اقامت شما لغو شد} citizenshipRevoked {تابعیت نروژی شما لغو شد} stayingWithoutPermission {شما بدون اجازه در نروژ اقامت دارید} other {حق ماندن ندارید}}.',
  'deadline.dublin': 'شما به کشوری منتقل می‌شوید که مسئول درخواست پناهندگی شماست: {country}.',
  'deadline.expelled':
    'این تصمیم شامل اخراج است. پس از خروج، تا زمانی که ممنوعیت ورود برقرار است نمی‌توانید برگردید؛ درباره این ممنوعیت نامه‌ای دریافت می‌کنید.',
  'deadline.upheld': 'در {decided, date, long}، هیئت تجدیدنظر مهاجرت (UNE) اعتراض شما را رد کرد و به شما میعاد تازه‌ای داد.',
  'deadline.by': 'باید حداکثر تا {deadline, date, long} نروژ را ترک کنید.',
  'deadline.leaveNow': 'باید فوراً نروژ را ترک کنید.',

  'granted.byUdi': 'اداره مهاجرت نروژ (UDI) درخواست بازگشت با کمک شما به تاریخ {applied, date, long} را پذیرفت.',
  'granted.byUne':
    'هیئت تجدیدنظر مهاجرت (UNE) رد درخواست در {refused, date, long} را لغو کرد. درخواست بازگشت با کمک شما به تاریخ {applied, date, long} پذیرفته شد.',
  'granted.destination': 'با کمک IOM به {country} بازمی‌گردید.',
  'granted.support': 'خانواده شما {amount, number, nok} کمک مالی دریافت می‌کند که در روز درخواست شما ({applied, date, long}) محاسبه شده است.',
  'granted.supportLine': 'مسافر {age, plural, one {# ساله} other {# ساله}}: {amount, number, nok} – {what}',
  'granted.iom': 'سازمان بین‌المللی مهاجرت (IOM) برای تدارک سفر با شما تماس می‌گیرد: مدارک سفر، تکت و تاریخ سفر.',
  'granted.travel': 'سفر شما برای {travel, date, long} رزرو شده است.',
  'granted.withdraw': 'اگر نظرتان عوض شد، می‌توانید پیش از سفر درخواست خود را پس بگیرید.',

  'refused.byUdi': 'اداره مهاجرت نروژ (UDI) درخواست بازگشت با کمک شما به تاریخ {applied, date, long} را رد کرد.',
  'refused.reasons': 'دلایل UDI، همان‌طور که کارشناس نوشته است:',
  'refused.rules': 'آنچه قواعد در {applied, date, long} درباره درخواست شما گفتند:',
  'refused.appealDecided':
    '{outcome, select, reversed {هیئت تجدیدنظر مهاجرت (UNE) در {decided, date, long} این تصمیم را لغو کرد: درخواست شما پذیرفته شد. در این باره نامه‌ای دریافت می‌کنید.} other {هیئت تجدیدنظر مهاجرت (UNE) در {decided, date, long} اعتراض شما را رد کرد. این رد نهایی است.}}',

  'ban.decision':
    'تصمیم {decided, date, long} {authority, select, udi {اداره مهاجرت نروژ (UDI)} une {هیئت تجدیدنظر مهاجرت (UNE)} police {پولیس} other {مقامات مهاجرت}} شما را با ممنوعیت ورود از نروژ اخراج می‌کند:',
  'ban.row':
    '{length, select, permanent {ممنوعیت دائمی} other {ممنوعیت {years, plural, one {# ساله} other {# ساله}}}} ورود به {scope, select, schengen {نروژ و منطقه شنگن} other {نروژ}} (تصمیم {decided, date, long})',
  'ban.fromDeparture': 'ممنوعیت از روزی آغاز می‌شود که نروژ و منطقه شنگن را ترک می‌کنید. به پولیس بگویید چه زمانی می‌روید.',
  'ban.period': 'ممنوعیت از {from, date, long} تا پایان {until, date, long} برقرار است.',
  'ban.fromPermanent': 'ممنوعیت از {from, date, long} برقرار است و پایانی ندارد.',
  'ban.meaning': 'تا زمانی که ممنوعیت برقرار است نمی‌توانید برگردید. نقض ممنوعیت ورود جرم کیفری است.',
  'ban.debt': 'شما بابت هزینه‌های بازگرداندن خود {amount, number, nok} به مقامات نروژ بدهکارید. تا آن را نپردازید نمی‌توانید به نروژ برگردید.',

  'deferral.decision':
    '{authority, select, une {هیئت تجدیدنظر مهاجرت (UNE)} other {اداره مهاجرت نروژ (UDI)}} درخواست {requested, date, long} شما برای ماندن در نروژ در مدتی که UNE اعتراض شما را بررسی می‌کند (تعویق اجرا) را {outcome, select, granted {پذیرفت} other {رد کرد}}.',
  'deferral.granted':
    'می‌توانید تا زمانی که UNE درباره اعتراض شما تصمیم بگیرد در نروژ بمانید. اگر UNE اعتراض را رد کند، میعاد خروج تازه‌ای به شما داده می‌شود.',
  'deferral.denied': 'شما به‌طور غیرقانونی در نروژ هستید و باید فوراً نروژ را ترک کنید، حتی اگر UNE هنوز درباره اعتراض شما تصمیم نگرفته باشد.',
  'deferral.reasons': 'دلایل، همان‌طور که کارشناس نوشته است:',

  'page.letters': 'نامه‌ها',
  'page.lettersIntro': 'هر تصمیم به صورت نامه‌ای به فرد، به زبان خودش و به نروژی، برای چاپ یا ذخیره به صورت PDF.',
  'page.lettersIntroMine': 'هر تصمیم در پرونده شما به صورت نامه، به زبان شما و به نروژی، برای چاپ یا ذخیره به صورت PDF.',
  'page.none': 'هنوز تصمیمی نیست که درباره‌اش نامه نوشته شود.',
  'page.intro': 'نامه به زبان {language} و به نروژی. برای ذخیره به صورت PDF، فرمان چاپ مرورگر را بزنید و «ذخیره به صورت PDF» را انتخاب کنید.',
  'page.introNorwegian': 'نامه به نروژی. برای ذخیره به صورت PDF، فرمان چاپ مرورگر را بزنید و «ذخیره به صورت PDF» را انتخاب کنید.',
  'page.back': 'بازگشت به پرونده',
  'page.backMine': 'بازگشت به درخواست من',
  'page.notYet': 'این پرونده هنوز نامه «{name}» ندارد: تصمیمی که این نامه از آن خبر می‌دهد هنوز گرفته نشده است.',
  'page.chooseLanguage': 'زبان نامه',
  'page.show': 'نمایش نامه',
} satisfies Messages<'letter'>;
