import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'بڕیار: داواکارییەکەت بۆ گەڕانەوەی یارمەتیدراو پەسەند کرا',
  'title.assisted-return-refused': 'بڕیار: داواکارییەکەت بۆ گەڕانەوەی یارمەتیدراو ڕەت کرایەوە',
  'title.departure-deadline': 'بڕیار کە دەبێت نەرویج جێبهێڵیت، و دوا وادەی ڕۆیشتنت',
  'title.entry-ban': 'قەدەغەی هاتنەژوورەوە: بۆ ماوەیەک ناتوانیت بگەڕێیتەوە نەرویج',
  'title.appeal-decision': 'بڕیار لەسەر تانەکەت',
  'title.deferral-decision': 'وەڵامی داواکەت بۆ مانەوە لە نەرویج کاتێک UNE لە تانەکەت دەکۆڵێتەوە',

  'name.assisted-return-granted': 'گەڕانەوەی یارمەتیدراو پەسەند کرا',
  'name.assisted-return-refused': 'گەڕانەوەی یارمەتیدراو ڕەت کرایەوە',
  'name.departure-deadline': 'دوا وادەی ڕۆیشتن',
  'name.entry-ban': 'قەدەغەی هاتنەژوورەوە',
  'name.appeal-decision': 'بڕیاری UNE لەسەر تانە',
  'name.deferral-decision': 'دواخستنی جێبەجێکردن',

  'section.decision': 'بڕیارەکە',
  'section.reasons': 'هۆکارەکان',
  'section.rules': 'یاساکان چی دەڵێن',
  'section.support': 'پشتگیریی دارایی',
  'section.next': 'ئێستا چی ڕوودەدات',
  'section.consequences': 'ئەگەر نەڕۆیت',
  'section.appeal': 'تانە',
  'section.contact': 'پەیوەندی',
  'section.sources': 'سەرچاوەکان',

  from: '{authority, select, udi {بەڕێوەبەرایەتیی کۆچی نەرویج (UDI)} une {دەستەی تانەی کۆچ (UNE)} police {پۆلیسی نەرویج} other {دەسەڵاتدارانی کۆچی نەرویج}}',
  'header.from': 'لە',
  'header.to': 'بۆ',
  'header.date': 'بەروار',
  'header.reference': 'ژمارەی سەرچاوە',
  'header.caseNumber': 'ژمارەی دۆسیە لە UDI',
  'header.concerns': 'ئەم بڕیارە پەیوەندی هەیە بە',
  person: '{name}، لەدایکبووی {born, date, long}',
  languageNote: 'ئەم نامەیە بە زمانی خۆت و بە نەرویجی نووسراوە. ئەگەر دوو دەقەکە جیاواز بن، دەقە نەرویجییەکە پەیڕەو دەکرێت.',
  'sources.intro': 'ئەم نامەیە پشت بەم ڕستانەی زانیاریی گشتیی دەسەڵاتداران دەبەستێت (بە ئینگلیزی، وەک بڵاوکراونەتەوە):',

  'contact.udi': 'بەڕێوەبەرایەتیی کۆچی نەرویج (UDI): www.udi.no.',
  'contact.une': 'دەستەی تانەی کۆچ (UNE): www.une.no.',
  'contact.police': 'پۆلیس: www.politiet.no.',
  'contact.iom': 'ڕێکخراوی نێودەوڵەتیی کۆچ (IOM) یارمەتیت دەدات لە گەشتەکەدا: norway.iom.int. پرسیارەکان دەربارەی بڕیارەکە بنێرە بۆ UDI: www.udi.no.',
  'contact.reference': 'کاتێک پەیوەندیمان پێوە دەکەیت، ژمارەی سەرچاوە {reference} بڵێ.',
  'contact.help': 'پارێزەرەکەت، سەرپەرشتیارەکەت یان کارمەندانی کەمپی پێشوازی دەتوانن یارمەتیت بدەن ئەم نامەیە تێبگەیت.',

  'appeal.howTo':
    'دەتوانیت تانە لەم بڕیارە بدەیت لای دەستەی تانەی کۆچ (UNE). تانەکە بنێرە بۆ {authority, select, police {پۆلیس} other {UDI}}، کە بڕیارەکەی داوە. ئەگەر خۆیان بڕیارەکە نەگۆڕن، تانەکە دەنێرن بۆ UNE.',
  'appeal.within': 'ماوەی تانەدان سێ هەفتەیە لەو ڕۆژەوەی ئەم بڕیارەت وەرگرتووە.',
  'appeal.withinFrom': 'لە {notified, date, long} ئاگادار کرایتەوە لە بڕیارەکە. ماوەی تانەدان سێ هەفتەیە لەو ڕۆژەوە.',
  'appeal.lastDay': 'دوا ڕۆژ بۆ تانەدان {lastDay, date, long}ـە.',
  'appeal.content':
    'بنووسە تانە لە کام بڕیار دەدەیت، بۆچی پێت وایە هەڵەیە و دەتەوێت چی بگۆڕدرێت، و تانەکە واژۆ بکە (یاسای کارگێڕیی گشتی، ماددەکانی ٢٨، ٢٩ و ٣٢).',
  'appeal.lodged': 'تانەکەت لە {lodged, date, long} تۆمار کرا.',
  'appeal.decision':
    '{outcome, select, reversed {دەستەی تانەی کۆچ (UNE) بڕیاری {decided, date, long}ی هەڵوەشاندەوە کە دەبێت نەرویج جێبهێڵیت. بەهۆی ئەو بڕیارەوە پێویست ناکات نەرویج جێبهێڵیت.} other {دەستەی تانەی کۆچ (UNE) تانەکەتی {lodged, date, long} ڕەت کردەوە. بڕیاری {decided, date, long} کە دەبێت نەرویج جێبهێڵیت وەک خۆی دەمێنێتەوە.}}',
  'appeal.newDeadline': 'UNE وادەیەکی نوێی پێداویت: دەبێت لە درەنگترین کاتدا {deadline, date, long} نەرویج جێبهێڵیت.',
  'appeal.reasons': 'هۆکارەکانی UNE، وەک فەرمانبەرەکە نووسیویەتی:',
  'appeal.final': 'بڕیاری UNE لەسەر تانە کۆتاییە و ناکرێت تانەی لێ بدرێت.',

  'deadline.decision':
    'لە {decided, date, long}، {authority, select, udi {بەڕێوەبەرایەتیی کۆچی نەرویج (UDI)} une {دەستەی تانەی کۆچ (UNE)} police {پۆلیس} other {دەسەڵاتدارانی کۆچ}} بڕیاری دا کە دەبێت نەرویج جێبهێڵیت: {kind, select, protectionRejected {داواکاریی پاراستنت (پەنابەری) ڕەت کرایەوە} dublinTransfer {وڵاتێکی تری ئەوروپی بەرپرسە لە داواکاریی پەنابەرییەکەت (بڕیاری دوبلن)} residenceRejected {داواکاریی مۆڵەتی نیشتەجێبوونت ڕەت کرایەوە} expelled {دەرکراویت} permitRevoked {مۆڵەتی نیشتەجێبوونت هەڵوەشێنرایەوە} citizenshipRevoked {هاووڵاتیبوونی نەرویجیت هەڵوەشێنرایەوە} stayingWithoutPermission {بەبێ مۆڵەت لە نەرویج دەمێنیتەوە} other {مافی مانەوەت نییە}}.',
  'deadline.dublin': 'دەگوازرێیتەوە بۆ ئەو وڵاتەی بەرپرسە لە داواکاریی پەنابەرییەکەت: {country}.',
  'deadline.expelled':
    'بڕیارەکە دەرکردنیش لەخۆ دەگرێت. دوای ڕۆیشتنت، تا قەدەغەی هاتنەژوورەوە بەردەوام بێت ناتوانیت بگەڕێیتەوە؛ نامەیەک دەربارەی قەدەغەکە وەردەگریت.',
  'deadline.upheld': 'لە {decided, date, long}، دەستەی تانەی کۆچ (UNE) تانەکەتی ڕەت کردەوە و وادەیەکی نوێی پێدایت.',
  'deadline.by': 'دەبێت لە درەنگترین کاتدا {deadline, date, long} نەرویج جێبهێڵیت.',
  'deadline.leaveNow': 'دەبێت دەستبەجێ نەرویج جێبهێڵیت.',

  'granted.byUdi': 'بەڕێوەبەرایەتیی کۆچی نەرویج (UDI) داواکارییەکەتی بۆ گەڕانەوەی یارمەتیدراو لە {applied, date, long} پەسەند کرد.',
  'granted.byUne':
    'دەستەی تانەی کۆچ (UNE) ڕەتکردنەوەکەی {refused, date, long}ی هەڵوەشاندەوە. داواکارییەکەت بۆ گەڕانەوەی یارمەتیدراو لە {applied, date, long} پەسەند کرا.',
  'granted.destination': 'بە یارمەتیی IOM دەگەڕێیتەوە بۆ {country}.',
  'granted.support': 'خێزانەکەت {amount, number, nok} پشتگیریی دارایی وەردەگرێت، کە لە ڕۆژی داواکارییەکەت ({applied, date, long}) هەژمار کراوە.',
  'granted.supportLine': 'گەشتیارێکی {age, plural, one {# ساڵان} other {# ساڵان}}: {amount, number, nok} – {what}',
  'granted.iom': 'ڕێکخراوی نێودەوڵەتیی کۆچ (IOM) پەیوەندیت پێوە دەکات بۆ ڕێکخستنی گەشتەکە: بەڵگەنامەکانی گەشت، بلیت و بەرواری گەشت.',
  'granted.travel': 'بلیتی گەشتەکەت بۆ {travel, date, long} بڕاوە.',
  'granted.withdraw': 'ئەگەر بیرت گۆڕی، دەتوانیت پێش گەشتکردن داواکارییەکەت بکێشیتەوە.',

  'refused.byUdi': 'بەڕێوەبەرایەتیی کۆچی نەرویج (UDI) داواکارییەکەتی بۆ گەڕانەوەی یارمەتیدراو لە {applied, date, long} ڕەت کردەوە.',
  'refused.reasons': 'هۆکارەکانی UDI، وەک فەرمانبەرەکە نووسیویەتی:',
  'refused.rules': 'یاساکان لە {applied, date, long} چییان دەربارەی داواکارییەکەت گوت:',
  'refused.appealDecided':
    '{outcome, select, reversed {دەستەی تانەی کۆچ (UNE) لە {decided, date, long} ئەم بڕیارەی هەڵوەشاندەوە: داواکارییەکەت پەسەند کرا. نامەیەک دەربارەی ئەمە وەردەگریت.} other {دەستەی تانەی کۆچ (UNE) لە {decided, date, long} تانەکەتی ڕەت کردەوە. ڕەتکردنەوەکە کۆتاییە.}}',

  'ban.decision':
    'بڕیاری {decided, date, long}ی {authority, select, udi {بەڕێوەبەرایەتیی کۆچی نەرویج (UDI)} une {دەستەی تانەی کۆچ (UNE)} police {پۆلیس} other {دەسەڵاتدارانی کۆچ}} بە قەدەغەی هاتنەژوورەوە لە نەرویج دەرتدەکات:',
  'ban.row':
    '{length, select, permanent {قەدەغەیەکی هەمیشەیی} other {قەدەغەیەکی {years, plural, one {# ساڵە} other {# ساڵە}}}} بۆ هاتنەژوورەوەی {scope, select, schengen {نەرویج و ناوچەی شینگن} other {نەرویج}} (بڕیاری {decided, date, long})',
  'ban.fromDeparture': 'قەدەغەکە لەو ڕۆژەوە دەست پێدەکات کە نەرویج و ناوچەی شینگن جێدەهێڵیت. بە پۆلیس بڵێ کەی دەڕۆیت.',
  'ban.period': 'قەدەغەکە لە {from, date, long} تا {until, date, long} (بە خۆیەوە) بەردەوامە.',
  'ban.fromPermanent': 'قەدەغەکە لە {from, date, long} دەست پێدەکات و کۆتایی نییە.',
  'ban.meaning': 'تا قەدەغەکە بەردەوام بێت ناتوانیت بگەڕێیتەوە. شکاندنی قەدەغەی هاتنەژوورەوە تاوانە.',
  'ban.debt': 'قەرزاری {amount, number, nok}ی دەسەڵاتدارانی نەرویجیت بۆ تێچووی گەڕاندنەوەت. تا نەیدەیتەوە ناتوانیت بگەڕێیتەوە نەرویج.',

  'deferral.decision':
    '{authority, select, une {دەستەی تانەی کۆچ (UNE)} other {بەڕێوەبەرایەتیی کۆچی نەرویج (UDI)}} داواکەتی {requested, date, long} بۆ مانەوە لە نەرویج کاتێک UNE لە تانەکەت دەکۆڵێتەوە (دواخستنی جێبەجێکردن) {outcome, select, granted {پەسەند کرد} other {ڕەت کردەوە}}.',
  'deferral.granted': 'دەتوانیت لە نەرویج بمێنیتەوە تا UNE بڕیار لەسەر تانەکەت دەدات. ئەگەر UNE تانەکە ڕەت بکاتەوە، وادەیەکی نوێی ڕۆیشتنت پێدەدرێت.',
  'deferral.denied': 'بە نایاسایی لە نەرویجیت و دەبێت دەستبەجێ نەرویج جێبهێڵیت، هەرچەندە UNE هێشتا بڕیاری لەسەر تانەکەت نەداوە.',
  'deferral.reasons': 'هۆکارەکان، وەک فەرمانبەرەکە نووسیویەتی:',

  'page.letters': 'نامەکان',
  'page.lettersIntro': 'هەر بڕیارێک وەک نامەیەک بۆ کەسەکە، بە زمانی خۆی و بە نەرویجی، بۆ چاپکردن یان پاشەکەوتکردن وەک PDF.',
  'page.lettersIntroMine': 'هەر بڕیارێک لە دۆسیەکەتدا وەک نامەیەک، بە زمانی خۆت و بە نەرویجی، بۆ چاپکردن یان پاشەکەوتکردن وەک PDF.',
  'page.none': 'هێشتا بڕیارێک نییە نامەی لەسەر بنووسرێت.',
  'page.intro': 'نامەکە بە {language} و بە نەرویجی. بۆ پاشەکەوتکردنی وەک PDF، فەرمانی چاپی وێبگەڕەکەت بەکاربهێنە و «Save as PDF» هەڵبژێرە.',
  'page.introNorwegian': 'نامەکە بە نەرویجی. بۆ پاشەکەوتکردنی وەک PDF، فەرمانی چاپی وێبگەڕەکەت بەکاربهێنە و «Save as PDF» هەڵبژێرە.',
  'page.back': 'گەڕانەوە بۆ دۆسیەکە',
  'page.backMine': 'گەڕانەوە بۆ داواکارییەکەم',
  'page.notYet': 'ئەم دۆسیەیە هێشتا نامەی «{name}»ی نییە: ئەو بڕیارەی نامەکە باسی دەکات هێشتا نەدراوە.',
  'page.chooseLanguage': 'زمانی نامەکە',
  'page.show': 'نامەکە پیشان بدە',
} satisfies Messages<'letter'>;
