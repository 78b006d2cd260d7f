import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'لا تنطبق على وضعك أي من الفئات التي يمكنها تقديم طلب العودة بمساعدة.',
  'assisted-return.eligibility.group.rejected':
    'رُفض طلبك للحماية (اللجوء) أو لتصريح إقامة آخر في النرويج، أو سحبت طلبك للحماية. يمكن للأشخاص في هذا الوضع تقديم طلب العودة بمساعدة.',
  'assisted-return.eligibility.group.protection-pending':
    'طلبك للحماية (اللجوء) قيد الدراسة. يمكن لطالبي اللجوء تقديم طلب العودة بمساعدة في أي مرحلة من مراحل إجراءات اللجوء.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'ليست لديك إقامة قانونية في النرويج، ولم تُسجَّل لك أي قضية لدى مديرية الهجرة (UDI). يمكن للأشخاص في هذا الوضع تقديم طلب العودة بمساعدة.',
  'assisted-return.eligibility.group.dublin-transfer':
    'لديك قرار بنقلك إلى بلد آخر بموجب لائحة دبلن، لكنك تفضّل العودة إلى بلدك الأصلي. يمكنك تقديم طلب العودة بمساعدة، لكن يجب أن تغادر ضمن المهل التي تحددها لائحة دبلن.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'لديك تصريح إقامة مؤقت حتى تبلغ 18 سنة. يمكن للأشخاص في هذا الوضع تقديم طلب العودة بمساعدة.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'ربما تكون ضحية للاتجار بالبشر. يمكن للضحايا المحتملين للاتجار بالبشر تقديم طلب العودة بمساعدة.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'أنت طالب لجوء قاصر غير مصحوب. يمكن لطالبي اللجوء القاصرين غير المصحوبين تقديم طلب العودة بمساعدة.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'أنت في وضع هشّ ولم تقدّم طلب حماية. ومع ذلك يمكنك الحصول على العودة بمساعدة؛ وستحتاج مديرية الهجرة (UDI) إلى وثائق عن وضعك.',
  'assisted-return.eligibility.group.legal-residence':
    'لديك إقامة قانونية في النرويج. لا يمكن للأشخاص ذوي الإقامة القانونية تقديم طلب العودة بمساعدة، لكن يمكنهم تقديم طلب إعادة التوطين في الوطن (العودة الطوعية للمقيمين).',
  'assisted-return.eligibility.exclusion.none': 'لا ينطبق عليك أي من الاستثناءات التي تحدّ من البرنامج.',
  'assisted-return.eligibility.cannot-apply': 'لا يمكنك تقديم طلب العودة بمساعدة.',
  'assisted-return.eligibility.may-apply': 'أنت ضمن فئة واحدة على الأقل من الفئات التي يمكنها تقديم طلب العودة بمساعدة.',
  'assisted-return.eligibility.normally-excluded': 'بما أن أحد القيود ينطبق عليك، فإن البرنامج لا يشملك عادةً، وسيُرفض الطلب عادةً.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker': 'يُستثنى طالبو اللجوء القاصرون غير المصحوبين، لذلك يمكنك تقديم الطلب رغم ذلك.',
  'assisted-return.eligibility.exception.possible-trafficking-victim': 'يُستثنى الضحايا المحتملون للاتجار بالبشر، لذلك يمكنك تقديم الطلب رغم ذلك.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation': 'يُستثنى من تعرّضوا للعنف أو الإكراه أو الاستغلال، لذلك يمكنك تقديم الطلب رغم ذلك.',
  'assisted-return.eligibility.destination.home-country': 'تعيدك العودة بمساعدة إلى بلدك الأصلي.',
  'assisted-return.eligibility.destination.country-of-residence':
    'يمكنك العودة إلى بلد لديك فيه تصريح إقامة، رغم أنك لست من مواطنيه، إذا كان خارج الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية. ستحتاج إلى إرسال نسخة من تصريح إقامة ساري المفعول.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} تقع في الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية. العودة بمساعدة إلى بلد لست من مواطنيه تكون فقط إلى بلد خارجها.',
  'assisted-return.eligibility.exclusion.excluded-nationality': 'أنت مواطن من {country}. لا يشمل البرنامج عادةً مواطني {country}.',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'مواطنو {country} معفَون من تأشيرة دخول منطقة شنغن. لا يشمل البرنامج عادةً مواطني بلد معفى من التأشيرة.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'أنت مواطن من {country}. لا يحتاج مواطنو دول الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية وسويسرا إلى تأشيرة، ولا يشمل البرنامج عادةً مواطني بلد معفى من التأشيرة.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'سبق أن حصلت على دعم للعودة بمساعدة أو لإعادة التوطين، ثم عدت إلى النرويج، وتريد الذهاب إلى بلد يشارك في تعاون دبلن. لا يشملك البرنامج عادةً.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'كان لديك تصريح إقامة لسبب غير الحاجة إلى الحماية، وانتهى أو سُحب، أو لم تحصل على تصريح جديد. لا يشملك البرنامج عادةً.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'رُفض طلبك في النرويج لأنك حصلت على حماية أو إقامة أو تأشيرة في بلد آخر من الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية. لا يشملك البرنامج عادةً.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'عولج طلبك للحماية ضمن إجراء الـ48 ساعة لدى مديرية الهجرة (UDI). لا تُقبل دائمًا طلبات العودة بمساعدة من الأشخاص في هذا الإجراء.',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'ذكرت أنك جئت إلى النرويج قاصرًا غير مصحوب وأن عمرك الآن بين 18 و23 سنة، لكن حسب تاريخ ميلادك عمرك {age, number}. تحقّق من تاريخ الميلاد أو من الوضع الذي ذكرته.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'ذكرت أنك طالب لجوء قاصر غير مصحوب، لكن حسب تاريخ ميلادك عمرك {age, number}، وليس أقل من 18. تحقّق من تاريخ الميلاد أو من إجابتك.',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'لم تُعطَ مهلة للمغادرة، لذلك تحصل على المبلغ الأعلى.',
  'assisted-return.support.timing.not-registered': 'لست مسجلًا في النرويج، لذلك تحصل على المبلغ الأعلى مهما كانت المهلة.',
  'assisted-return.support.age-group.adult': 'عمر هذا المسافر 18 سنة أو أكثر يوم تقديم الطلب، ويُعدّ بالغًا.',
  'assisted-return.support.age-group.child': 'عمر هذا المسافر أقل من 18 سنة يوم تقديم الطلب، ويُعدّ طفلًا.',
  'assisted-return.support.grant.adult.before-deadline': 'تحصل على منحة إعادة الاندماج لشخص بالغ بالمبلغ الأعلى.',
  'assisted-return.support.grant.adult.after-deadline': 'تحصل على منحة إعادة الاندماج لشخص بالغ بالمبلغ الأدنى.',
  'assisted-return.support.grant.child.before-deadline': 'تحصل على منحة إعادة الاندماج لطفل بالمبلغ الأعلى.',
  'assisted-return.support.grant.child.after-deadline': 'تحصل على منحة إعادة الاندماج لطفل بالمبلغ الأدنى.',
  'assisted-return.support.child-extra.before-deadline': 'تحصل على المنحة الإضافية لطفل، وهي لا تُدفع إلا بالمبلغ الأعلى.',
  'assisted-return.support.child-extra.after-deadline': 'لا توجد منحة إضافية لطفل بالمبلغ الأدنى.',
  'assisted-return.support.travel-document.paid': 'دعم إضافي لتسليم وثيقة سفر سارية (أو لكونك مذكورًا فيها)، لكل شخص.',
  'assisted-return.support.travel-document.closed': 'انتهى الدعم الإضافي لتسليم وثيقة سفر سارية في 1 فبراير 2018، لذلك لا يُدفع عن هذا الطلب.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'لديك تصريح إقامة ساري المفعول في بلد آخر من دول شنغن، لذلك لا يمكنك الحصول على الدعم الإضافي مقابل وثيقة سفر سارية.',
  'assisted-return.support.programme.not-offered': 'برنامج هذا البلد ليس لجنسيتك أو لأسرتك.',
  'assisted-return.support.programme.offered': 'يقدّم برنامج عودة خاص بجنسيتك خدمات عينية. تُذكر هذه الخدمات على حدة ولا تُحسب ضمن المبلغ النقدي.',
  'assisted-return.support.timing.on-or-before-deadline':
    'تقدّم طلبك في يوم مهلة المغادرة أو قبله ({deadline, date, long})، لذلك تحصل على المبلغ الأعلى. ويبقى ساريًا في يوم المهلة نفسه.',
  'assisted-return.support.timing.after-deadline':
    'كانت مهلة مغادرتك ({deadline, date, long}) قد انتهت عندما قدّمت الطلب، لذلك تحصل على المبلغ الأدنى ولا مال إضافيًا للأطفال.',
  'assisted-return.support.programme.iraq-ettc':
    'في العراق يمكنك الحصول على خدمات إعادة اندماج قيمتها {amount, number, nok} عن طريق ETTC، مثل المدرسة أو المساعدة في إيجاد عمل أو التدريب أو بدء مشروع. هذه خدمات وليست نقودًا.',
  'assisted-return.support.programme.somalia-drc-families':
    'في الصومال يمكن لكل واحد منكم الحصول على مساعدة في إيجاد عمل أو تدريب أو مساعدة لبدء مشروع عن طريق المجلس الدنماركي للاجئين (DRC)، بقيمة {amount, number, nok} للشخص الواحد. هذه خدمات وليست نقودًا.',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay':
    'ليس لديك حق قانوني في البقاء في النرويج، ولا توجد مهلة مغادرة سارية لك، لذلك يجب أن تغادر النرويج الآن. إذا لم تغادر طوعًا، فستعيدك الشرطة قسرًا.',
  'departure.status.revoked-no-deadline':
    'قرار مجلس طعون الهجرة (UNE) لا يعطيك مهلة للمغادرة. عندما يُلزم المجلس شخصًا بالمغادرة يعطيه أيضًا مهلة، لذلك لا يُلزمك القرار بمغادرة النرويج. راجع قرار المجلس، ففيه ما إذا كان عليك المغادرة.',
  'departure.status.staying-without-permission': 'أنت مقيم في النرويج دون إذن: أُعطيت سابقًا مهلة للمغادرة، وما زلت ملزمًا بالمغادرة. يجب أن تغادر النرويج فورًا.',
  'departure.status.deferred-implementation-granted':
    'سُمح لك بالبقاء في النرويج أثناء نظر مجلس طعون الهجرة (UNE) في طعنك (تأجيل التنفيذ). يمكنك البقاء حتى يصدر المجلس قراره. إذا رفض المجلس طعنك، فستُعطى مهلة للمغادرة.',
  'departure.status.deferred-implementation-denied':
    'لم يُسمح لك بالبقاء في النرويج أثناء نظر مجلس طعون الهجرة (UNE) في طعنك. أنت مقيم هنا بشكل غير قانوني ويجب أن تغادر النرويج فورًا.',
  'departure.status.new-application-pending':
    'سُحب تصريحك أو جنسيتك، لكن لديك طلب جديد لتصريح إقامة قيد الدراسة. قد يحق لك البقاء في النرويج أثناء دراسته. يذكر قرار مجلس طعون الهجرة (UNE) ما ينطبق عليك.',
  'departure.area.schengen-when-expelled': 'بما أنك طُردت، يجب أن تغادر أيضًا منطقة شنغن، إلا إذا كان لديك تصريح إقامة في بلد آخر من دول شنغن.',
  'departure.area.schengen-when-revoked':
    'بما أن تصريحك أو جنسيتك سُحب ولم تحصل على تصريح إقامة جديد في النرويج، فأنت ملزم عادةً بمغادرة النرويج ومنطقة شنغن معًا.',
  'departure.area.norway-with-schengen-permit': 'لديك تصريح إقامة في بلد آخر من دول شنغن، لذا يجب أن تغادر النرويج، ولكن ليس منطقة شنغن.',
  'departure.area.dublin-transfer': 'سيتم نقلك إلى بلد دبلن المسؤول عن طلب لجوئك: يجب أن تغادر النرويج إلى ذلك البلد.',
  'departure.area.schengen-after-rejection':
    'القرار الذي يلزمك بمغادرة النرويج يلزمك أيضًا بمغادرة منطقة شنغن، إلا إذا كان لديك تصريح إقامة أو أساس آخر للإقامة في بلد آخر من دول شنغن.',
  'departure.assisted-return.not-listed':
    'لا تُعرض العودة بمساعدة إلا في بعض الحالات، ونوع قرارك ليس من بين ما تذكره مديرية الهجرة (UDI). ومع ذلك يمكنك أن تسأل المديرية إن كان بإمكانك التقديم.',
  'departure.assisted-return.may-apply': 'يمكنك تقديم طلب العودة بمساعدة. انتهت مهلة مغادرتك، لذلك لم يعد الدعم الإضافي للتقديم قبلها متاحًا.',
  'departure.assisted-return.before-deadline':
    'يمكنك تقديم طلب العودة بمساعدة. إذا قدّمت الطلب قبل انتهاء مهلة المغادرة، يمكنك الحصول على دعم إضافي، وإذا وُوفق على عودتك بمساعدة فلن تُطرد كقاعدة عامة.',
  'departure.entry-ban.none': 'لم تُطرد، لذلك ليس عليك حظر دخول.',
  'departure.documents.not-applicable': 'لا توجد هنا قاعدة عن الوثائق لنوع قرارك.',
  'departure.documents.protection-claim': 'ما يحدث للوثائق التي سلّمتها يعتمد على ما إذا كنت تعود طوعًا أم تُعاد قسرًا.',
  'departure.national-registry.not-relevant': 'ليس لديك رقم هوية شخصي نرويجي، لذلك لن تُسجَّل كمنتقل إلى الخارج في السجل الوطني للسكان.',
  'departure.status.by-deadline': 'يجب أن تغادر النرويج في موعد أقصاه {deadline, date, long}. وفي ذلك اليوم تكون ما زلت ضمن المهلة.',
  'departure.status.deadline-passed': 'انتهت مهلة مغادرتك للنرويج ({deadline, date, long}). أنت مقيم في النرويج بشكل غير قانوني ويجب أن تغادر فورًا.',
  'departure.status.deferred-implementation-pending':
    'طلبت البقاء في النرويج أثناء نظر مجلس طعون الهجرة (UNE) في طعنك (تأجيل التنفيذ). سيُقال لك إن كان يمكنك البقاء أم لا. معظم الناس لا يُسمح لهم بالبقاء، لذلك كن مستعدًا للمغادرة {deadlineRuns, select, yes {في موعد أقصاه {deadline, date, long}، وهي المهلة المذكورة في قرارك} other {فورًا}}.',
  'departure.consequences': 'هذا ما قد يحدث إذا لم تغادر النرويج عندما يجب عليك ذلك.',
  'departure.note.arrest-and-forced-return': 'إذا لم تغادر، يمكن للشرطة أن تعتقلك وتعيدك قسرًا. قد تُحتجز، ولن يُقال لك متى قد تُعتقل.',
  'departure.note.deportation-costs-debt':
    'إذا أعادتك الشرطة، يجب أن تدفع تكاليف الإعادة. إذا لم تستطع الدفع، تدفعها السلطات النرويجية وتصبح مدينًا لها بالمبلغ. لا يمكنك العودة إلى النرويج حتى تسدّده.',
  'departure.note.expulsion-and-entry-ban':
    'بما أنك أقمت في النرويج بشكل غير قانوني، يمكن طردك من النرويج ومن دول شنغن الأخرى ومنعك من دخول منطقة شنغن كلها لمدة 1–5 سنوات. مخالفة حظر الدخول جريمة جنائية.',
  'departure.note.no-right-to-work': 'لا يمكنك العمل في النرويج. إذا عملت، يمكن طردك.',
  'departure.note.family-returned-together': 'إذا كانت لديك عائلة يجب أن تغادر أيضًا، فستحاول الشرطة إعادتكم جميعًا معًا.',
  'departure.note.less-money-at-reception-centre': 'إذا كنت تعيش في مركز استقبال لطالبي اللجوء، فستحصل الآن على مال أقل من قبل.',
  'departure.note.arrest-and-forced-return.dublin': 'إذا لم يُسمح لك بالبقاء، فستعتقلك الشرطة وتنقلك إلى البلد الذي سيدرس طلب لجوئك.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'إذا بقيت أو عملت في النرويج بشكل غير قانوني، يمكن طردك مرة أخرى من النرويج ومن دول شنغن الأخرى، وقد يصبح حظر الدخول أطول.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'إذا بقيت أو عملت في النرويج بشكل غير قانوني، يمكن طردك من النرويج ومن دول شنغن الأخرى. وعندها تُمنع من دخول النرويج، وعادةً منطقة شنغن، لمدة محددة أو بشكل دائم.',
  'departure.note.assisted-return.dublin':
    'بدلًا من نقلك إلى بلد دبلن، يمكنك أن تطلب من مديرية الهجرة (UDI) العودة بمساعدة إلى بلدك الأصلي: تحصل على مساعدة ومال للسفر إلى بلدك والاستقرار فيه. استحقاقك يعتمد على قضيتك.',
  'departure.note.assisted-return':
    'يمكنك أن تطلب من مديرية الهجرة (UDI) العودة بمساعدة: تحصل على مساعدة ومال للسفر إلى بلدك والاستقرار فيه، وتساعدك المنظمة الدولية للهجرة (IOM) في تنظيم الرحلة. استحقاقك يعتمد على قضيتك.',
  'departure.note.additional-support-before-deadline': 'إذا قدّمت الطلب قبل انتهاء مهلة المغادرة، يمكنك الحصول على دعم مالي إضافي.',
  'departure.note.no-expulsion-if-granted-before-deadline': 'إذا قدّمت الطلب قبل انتهاء المهلة ووُوفق على عودتك بمساعدة، فلن تُطرد من النرويج كقاعدة عامة.',
  'departure.note.no-additional-support-after-deadline':
    'انتهت مهلة مغادرتك، لذلك لم يعد بإمكانك الحصول على الدعم المالي الإضافي الذي يُعطى لمن يقدّم الطلب قبل المهلة.',
  'departure.note.entry-ban-runs-from-departure':
    'يسري حظر الدخول من يوم مغادرتك النرويج ومنطقة شنغن، لذلك أبلغ السلطات النرويجية، مثل الشرطة، بموعد مغادرتك. لا يمكنك العودة ما دام الحظر ساريًا، ومخالفته جريمة جنائية.',
  'departure.note.documents-returned-after-voluntary-return':
    'إذا عدت إلى بلدك طوعًا، فسيُعاد إليك جواز سفرك والوثائق الأخرى التي سلّمتها عند وصولك إلى النرويج، في موعد أقصاه وصولك إلى بلدك الأصلي.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'إذا أُعدت قسرًا، فستُسلَّم وثائقك إلى السلطات في بلدك الأصلي، وقد تحتاج إلى التواصل معها لاستعادة الوثائق.',
  'departure.note.registered-as-moved':
    'بما أنه كان لديك تصريح إقامة ولديك رقم هوية شخصي نرويجي، فستُسجَّل كمنتقل من النرويج في السجل الوطني للسكان. وقد تواجه عندها مشكلات مع الخدمات العامة مثل الأطباء والمدارس ومؤسسة العمل والرعاية (NAV).',
  'departure.note.registration-correction-form':
    'تسجيلك كمنتقل تمّ (أو سيتمّ) في 1 أكتوبر 2017 أو بعده. إذا كنت تعتقد أن سلطات الهجرة أخطأت، فاملأ النموذج الموجود على موقع مديرية الهجرة (UDI) وأرسله.',
  // Rule set 4: forced-return categories
  'forced-return.category.refused': 'يجب أن تغادر النرويج لأنه ليس لديك تصريح بالإقامة. هذا لا يمنعك من العودة.',
  'forced-return.category.expelled': 'لقد طُردت. أنت ممنوع من دخول النرويج لمدة معيّنة، ومخالفة الحظر جريمة جنائية.',
  'forced-return.category.asylum': 'رُفض طلبك للحماية (اللجوء) في النرويج.',
  'forced-return.category.dublin': 'تُنقل بموجب لائحة دبلن إلى البلد الأوروبي المسؤول عن طلب لجوئك.',
  'forced-return.category.ip': 'حصلت على حماية دولية في بلد آخر من دول شنغن، وتُعاد إليه.',
  'forced-return.responsible.npis': 'تنفّذ دائرة الهجرة في الشرطة الوطنية (PU) الإعادة.',
  'forced-return.responsible.police-district': 'تنفّذ دائرة الشرطة المحلية الإعادة.',
  'forced-return.responsible.udi': 'مديرية الهجرة النرويجية (UDI) مسؤولة عن العودة بمساعدة.',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'قرار طردك الصادر في {decisionDate, date, long} يمنعك من دخول {scope, select, schengen {النرويج ومنطقة شنغن كلها} other {النرويج}} {permanent, select, yes {بشكل دائم} other {لمدة {years, plural, zero {# سنة} one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}، من {start, date, long} حتى {lastDay, date, long} ضمنًا}}.',
  're-entry.ban.expired': 'انتهى حظر الدخول الناتج عن قرار طردك الصادر في {decisionDate, date, long}: كان آخر يوم فيه {lastDay, date, long}.',
  're-entry.scope.norway-only': 'يشمل حظر الدخول هذا النرويج فقط، لذلك لا يمنعك من دخول بلد آخر من دول شنغن.',
  're-entry.scope.norway': 'يشمل حظر الدخول النرويج دائمًا.',
  're-entry.scope.schengen': 'يشمل حظر الدخول هذا منطقة شنغن بأكملها، لذلك يمنعك أيضًا من دخول بلد آخر من دول شنغن.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {سبق أن أُعدت قسرًا، لكن هذا وحده لا يمنعك من العودة. } other {}}لا يوجد حظر دخول يمنعك من دخول {destination, select, norway {النرويج} other {بلد آخر من دول شنغن}} في {plannedEntryDate, date, long}.{owes, select, yes { ما زلت مدينًا بمبلغ {owed, number, nok} عن إعادتك القسرية؛ سدّده قبل أن تأتي إلى النرويج.} other {}}',
  're-entry.outcome.unpaid-costs': 'أنت مدين بمبلغ {owed, number, nok} عن إعادتك القسرية. إذا لم تسدّده، فقد يُرفض دخولك عندما تأتي إلى النرويج، وقد تُطرد.',
  're-entry.outcome.entry-banned':
    'لا يجوز لك دخول {destination, select, norway {النرويج} other {بلد آخر من دول شنغن}} في {plannedEntryDate, date, long}: {permanent, select, yes {أنت ممنوع من الدخول بشكل دائم.} other {أنت ممنوع من الدخول حتى {until, date, long} ضمنًا.}}{schengen, select, yes { يسري الحظر على منطقة شنغن كلها.} other {}} الدخول أثناء سريان الحظر جريمة جنائية.',
  're-entry.warning.decided-before-2010':
    'صدر قرار الطرد بتاريخ {decisionDate, date, long} قبل 1 يناير 2010، بموجب قانون الأجانب لعام 1988. لا يتضمن Retur مدد الحظر التي كان يسمح بها ذلك القانون، لذلك يُحتسب الحظر كما تقرر: يبقى ساريًا حتى تنتهي مدته أو يُرفع. تحقق من القرار.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'حدد قرار الطرد الصادر بتاريخ {decisionDate, date, long} مدة حظر لم تكن القواعد السارية في ذلك اليوم تسمح بها. يبقى القرار ساريًا حتى يُلغى، لذلك يُحتسب الحظر كما تقرر. تحقق من القرار.',
  're-entry.warning.eea-ban-under-minimum':
    'يحظر قرار الطرد الصادر بتاريخ {decisionDate, date, long} دخول مواطن من دولة في الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية لمدة تقل عن {minimum} سنوات، وهي أقصر مدة يسمح بها القانون لهم. يبقى القرار ساريًا حتى يُلغى، لذلك يُحتسب الحظر كما تقرر. تحقق من القرار.',
} satisfies Messages<'rules'>;
