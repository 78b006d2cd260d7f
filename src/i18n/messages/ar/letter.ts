import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'قرار: تمت الموافقة على طلبك للعودة المساعَدة',
  'title.assisted-return-refused': 'قرار: تم رفض طلبك للعودة المساعَدة',
  'title.departure-deadline': 'قرار بأن عليك مغادرة النرويج، والموعد النهائي لمغادرتك',
  'title.entry-ban': 'حظر الدخول: لا يمكنك العودة إلى النرويج لفترة من الزمن',
  'title.appeal-decision': 'القرار بشأن طعنك',
  'title.deferral-decision': 'الرد على طلبك البقاء في النرويج أثناء نظر UNE في طعنك',

  'name.assisted-return-granted': 'الموافقة على العودة المساعَدة',
  'name.assisted-return-refused': 'رفض العودة المساعَدة',
  'name.departure-deadline': 'الموعد النهائي للمغادرة',
  'name.entry-ban': 'حظر الدخول',
  'name.appeal-decision': 'قرار UNE بشأن الطعن',
  'name.deferral-decision': 'تأجيل التنفيذ',

  'section.decision': 'القرار',
  'section.reasons': 'الأسباب',
  'section.rules': 'ما تقوله القواعد',
  'section.support': 'الدعم المالي',
  'section.next': 'ماذا يحدث الآن',
  'section.consequences': 'إذا لم تغادر',
  'section.appeal': 'الطعن',
  'section.contact': 'التواصل',
  'section.sources': 'المصادر',

  from: '{authority, select, udi {مديرية الهجرة النرويجية (UDI)} une {مجلس طعون الهجرة (UNE)} police {الشرطة النرويجية} other {سلطات الهجرة النرويجية}}',
  'header.from': 'من',
  'header.to': 'إلى',
  'header.date': 'التاريخ',
  'header.reference': 'الرقم المرجعي',
  'header.caseNumber': 'رقم القضية لدى UDI',
  'header.concerns': 'يخص هذا القرار',
  person: '{name}، تاريخ الميلاد {born, date, long}',
  languageNote: 'كُتبت هذه الرسالة بلغتك وباللغة النرويجية. إذا اختلف النصان، فالنص النرويجي هو المعتمد.',
  'sources.intro': 'تستند هذه الرسالة إلى هذه الجمل من المعلومات العامة للسلطات (مقتبسة بالإنجليزية كما نُشرت):',

  'contact.udi': 'مديرية الهجرة النرويجية (UDI): www.udi.no.',
  'contact.une': 'مجلس طعون الهجرة (UNE): www.une.no.',
  'contact.police': 'الشرطة: www.politiet.no.',
  'contact.iom': 'تساعدك المنظمة الدولية للهجرة (IOM) في الرحلة: norway.iom.int. أما الأسئلة عن القرار فتُوجَّه إلى UDI: www.udi.no.',
  'contact.reference': 'اذكر الرقم المرجعي {reference} عند التواصل معنا.',
  'contact.help': 'يمكن لمحاميك أو وصيّك أو موظفي مركز الاستقبال مساعدتك على فهم هذه الرسالة.',

  'appeal.howTo':
    'يمكنك الطعن في هذا القرار أمام مجلس طعون الهجرة (UNE). أرسل الطعن إلى {authority, select, police {الشرطة} other {UDI}}، الجهة التي أصدرت القرار. إذا لم تغيّر القرار بنفسها، فإنها ترسل الطعن إلى UNE.',
  'appeal.within': 'مهلة الطعن ثلاثة أسابيع من اليوم الذي استلمت فيه هذا القرار.',
  'appeal.withinFrom': 'أُبلغت بالقرار في {notified, date, long}. مهلة الطعن ثلاثة أسابيع من ذلك اليوم.',
  'appeal.lastDay': 'آخر يوم لتقديم الطعن هو {lastDay, date, long}.',
  'appeal.content': 'اكتب القرار الذي تطعن فيه، ولماذا تعتقد أنه خاطئ، وما الذي تريد تغييره، ووقّع على الطعن (قانون الإدارة العامة، المواد 28 و29 و32).',
  'appeal.lodged': 'سُجّل طعنك في {lodged, date, long}.',
  'appeal.decision':
    '{outcome, select, reversed {ألغى مجلس طعون الهجرة (UNE) القرار الصادر في {decided, date, long} بأن عليك مغادرة النرويج. لست مضطرًا إلى مغادرة النرويج بسبب ذلك القرار.} other {رفض مجلس طعون الهجرة (UNE) طعنك المقدَّم في {lodged, date, long}. ويبقى القرار الصادر في {decided, date, long} بأن عليك مغادرة النرويج ساريًا.}}',
  'appeal.newDeadline': 'أعطاك UNE موعدًا نهائيًا جديدًا: يجب أن تغادر النرويج في موعد أقصاه {deadline, date, long}.',
  'appeal.reasons': 'أسباب UNE كما كتبها الموظف المختص:',
  'appeal.final': 'قرار UNE في الطعن نهائي ولا يمكن الطعن فيه.',

  'deadline.decision':
    'في {decided, date, long} قررت {authority, select, udi {مديرية الهجرة النرويجية (UDI)} une {مجلس طعون الهجرة (UNE)} police {الشرطة} other {سلطات الهجرة}} أن عليك مغادرة النرويج: {kind, select, protectionRejected {رُفض طلبك للحماية (اللجوء)} dublinTransfer {دولة أوروبية أخرى مسؤولة عن طلب لجوئك (قرار دبلن)} residenceRejected {رُفض طلبك للحصول على تصريح إقامة} expelled {صدر بحقك قرار طرد} permitRevoked {سُحب تصريح إقامتك} citizenshipRevoked {سُحبت جنسيتك النرويجية} stayingWithoutPermission {أنت مقيم في النرويج دون تصريح} other {ليس لك حق البقاء}}.',
  'deadline.dublin': 'سيتم نقلك إلى الدولة المسؤولة عن طلب لجوئك: {country}.',
  'deadline.expelled': 'يتضمن القرار طردًا. بعد مغادرتك لا يمكنك العودة ما دام حظر الدخول ساريًا؛ وستصلك رسالة بشأن الحظر.',
  'deadline.upheld': 'في {decided, date, long} رفض مجلس طعون الهجرة (UNE) طعنك وأعطاك موعدًا نهائيًا جديدًا.',
  'deadline.by': 'يجب أن تغادر النرويج في موعد أقصاه {deadline, date, long}.',
  'deadline.leaveNow': 'يجب أن تغادر النرويج فورًا.',

  'granted.byUdi': 'وافقت مديرية الهجرة النرويجية (UDI) على طلبك للعودة المساعَدة المقدَّم في {applied, date, long}.',
  'granted.byUne': 'ألغى مجلس طعون الهجرة (UNE) الرفض الصادر في {refused, date, long}. تمت الموافقة على طلبك للعودة المساعَدة المقدَّم في {applied, date, long}.',
  'granted.destination': 'ستعود إلى {country} بمساعدة المنظمة الدولية للهجرة.',
  'granted.support': 'ستحصل أسرتك على دعم مالي قدره {amount, number, nok}، محسوب في يوم تقديم طلبك ({applied, date, long}).',
  'granted.supportLine':
    'مسافر عمره {age, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}}: {amount, number, nok} – {what}',
  'granted.iom': 'ستتواصل معك المنظمة الدولية للهجرة (IOM) لترتيب الرحلة: وثائق السفر والتذكرة وموعد السفر.',
  'granted.travel': 'رحلتك محجوزة في {travel, date, long}.',
  'granted.withdraw': 'إذا غيّرت رأيك، يمكنك سحب طلبك قبل السفر.',

  'refused.byUdi': 'رفضت مديرية الهجرة النرويجية (UDI) طلبك للعودة المساعَدة المقدَّم في {applied, date, long}.',
  'refused.reasons': 'أسباب UDI كما كتبها الموظف المختص:',
  'refused.rules': 'ما قالته القواعد عن طلبك في {applied, date, long}:',
  'refused.appealDecided':
    '{outcome, select, reversed {ألغى مجلس طعون الهجرة (UNE) هذا القرار في {decided, date, long}: تمت الموافقة على طلبك. ستصلك رسالة بذلك.} other {رفض مجلس طعون الهجرة (UNE) طعنك في {decided, date, long}. الرفض نهائي.}}',

  'ban.decision':
    'القرار الصادر في {decided, date, long} عن {authority, select, udi {مديرية الهجرة النرويجية (UDI)} une {مجلس طعون الهجرة (UNE)} police {الشرطة} other {سلطات الهجرة}} يطردك من النرويج مع حظر دخول:',
  'ban.row':
    '{length, select, permanent {حظر دائم} other {حظر لمدة {years, plural, zero {# سنة} one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}}} على دخول {scope, select, schengen {النرويج ومنطقة شنغن} other {النرويج}} (قرار صادر في {decided, date, long})',
  'ban.fromDeparture': 'يسري الحظر من يوم مغادرتك النرويج ومنطقة شنغن. أبلغ الشرطة بموعد مغادرتك.',
  'ban.period': 'يسري الحظر من {from, date, long} حتى {until, date, long} ضمنًا.',
  'ban.fromPermanent': 'يسري الحظر من {from, date, long} وليس له نهاية.',
  'ban.meaning': 'لا يمكنك العودة ما دام الحظر ساريًا. مخالفة حظر الدخول جريمة جنائية.',
  'ban.debt': 'عليك دَين للسلطات النرويجية قدره {amount, number, nok} مقابل تكاليف إعادتك. لا يمكنك العودة إلى النرويج حتى تسدده.',

  'deferral.decision':
    '{outcome, select, granted {وافق} other {رفض}} {authority, select, une {مجلس طعون الهجرة (UNE)} other {مديرية الهجرة النرويجية (UDI)}} على طلبك المقدَّم في {requested, date, long} للبقاء في النرويج أثناء نظر UNE في طعنك (تأجيل التنفيذ).',
  'deferral.granted': 'يمكنك البقاء في النرويج حتى يبت UNE في طعنك. إذا رفض UNE الطعن، فسيُحدَّد لك موعد نهائي جديد للمغادرة.',
  'deferral.denied': 'أنت مقيم في النرويج بصورة غير قانونية ويجب أن تغادر النرويج فورًا، حتى لو لم يبت UNE في طعنك بعد.',
  'deferral.reasons': 'الأسباب كما كتبها الموظف المختص:',

  'page.letters': 'الرسائل',
  'page.lettersIntro': 'كل قرار في رسالة إلى الشخص، بلغته وبالنرويجية، للطباعة أو الحفظ بصيغة PDF.',
  'page.lettersIntroMine': 'كل قرار في قضيتك في رسالة، بلغتك وبالنرويجية، للطباعة أو الحفظ بصيغة PDF.',
  'page.none': 'لا يوجد بعد قرار تُكتب عنه رسالة.',
  'page.intro': 'الرسالة باللغة {language} وبالنرويجية. لحفظها بصيغة PDF، استخدم أمر الطباعة في متصفحك واختر «حفظ بصيغة PDF».',
  'page.introNorwegian': 'الرسالة بالنرويجية. لحفظها بصيغة PDF، استخدم أمر الطباعة في متصفحك واختر «حفظ بصيغة PDF».',
  'page.back': 'العودة إلى القضية',
  'page.backMine': 'العودة إلى طلبي',
  'page.notYet': 'لا توجد بعد في هذه القضية رسالة «{name}»: لم يصدر القرار الذي ستخبر عنه.',
  'page.chooseLanguage': 'لغة الرسالة',
  'page.show': 'عرض الرسالة',
} satisfies Messages<'letter'>;
