import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'ውሳኔ፦ በእርዳታ የመመለስ ማመልከቻዎ ተቀባይነት አግኝቷል',
  'title.assisted-return-refused': 'ውሳኔ፦ በእርዳታ የመመለስ ማመልከቻዎ ውድቅ ተደርጓል',
  'title.departure-deadline': 'ኖርዌይን መልቀቅ እንዳለብዎት የተሰጠ ውሳኔ እና የመልቀቂያ የጊዜ ገደብዎ',
  'title.entry-ban': 'የመግቢያ እገዳ፦ ለተወሰነ ጊዜ ወደ ኖርዌይ መመለስ አይችሉም',
  'title.appeal-decision': 'በይግባኝዎ ላይ የተሰጠ ውሳኔ',
  'title.deferral-decision': 'UNE ይግባኝዎን በሚመለከትበት ጊዜ በኖርዌይ ለመቆየት ላቀረቡት ጥያቄ የተሰጠ መልስ',

  'name.assisted-return-granted': 'በእርዳታ መመለስ ተፈቅዷል',
  'name.assisted-return-refused': 'በእርዳታ መመለስ ውድቅ ተደርጓል',
  'name.departure-deadline': 'የመልቀቂያ የጊዜ ገደብ',
  'name.entry-ban': 'የመግቢያ እገዳ',
  'name.appeal-decision': 'የUNE የይግባኝ ውሳኔ',
  'name.deferral-decision': 'የአፈጻጸም መራዘም',

  'section.decision': 'ውሳኔው',
  'section.reasons': 'ምክንያቶች',
  'section.rules': 'ደንቦቹ የሚሉት',
  'section.support': 'የገንዘብ ድጋፍ',
  'section.next': 'አሁን ምን ይሆናል',
  'section.consequences': 'ካልሄዱ',
  'section.appeal': 'ይግባኝ',
  'section.contact': 'አድራሻ',
  'section.sources': 'ምንጮች',

  from: '{authority, select, udi {የኖርዌይ የኢሚግሬሽን ዳይሬክቶሬት (UDI)} une {የኢሚግሬሽን ይግባኝ ቦርድ (UNE)} police {የኖርዌይ ፖሊስ} other {የኖርዌይ የኢሚግሬሽን ባለሥልጣናት}}',
  'header.from': 'ከ',
  'header.to': 'ለ',
  'header.date': 'ቀን',
  'header.reference': 'የማጣቀሻ ቁጥር',
  'header.caseNumber': 'የUDI የጉዳይ ቁጥር',
  'header.concerns': 'ይህ ውሳኔ የሚመለከተው',
  person: '{name}፣ የተወለዱት {born, date, long}',
  languageNote: 'ይህ ደብዳቤ በቋንቋዎ እና በኖርዌይኛ ተጽፏል። ሁለቱ ጽሑፎች ከተለያዩ የኖርዌይኛው ጽሑፍ ተፈጻሚ ይሆናል።',
  'sources.intro': 'ይህ ደብዳቤ በባለሥልጣናቱ የሕዝብ መረጃ ውስጥ ባሉት በእነዚህ ዓረፍተ ነገሮች ላይ የተመሠረተ ነው (እንደታተሙት በእንግሊዝኛ)፦',

  'contact.udi': 'የኖርዌይ የኢሚግሬሽን ዳይሬክቶሬት (UDI)፦ www.udi.no።',
  'contact.une': 'የኢሚግሬሽን ይግባኝ ቦርድ (UNE)፦ www.une.no።',
  'contact.police': 'ፖሊስ፦ www.politiet.no።',
  'contact.iom': 'ዓለም አቀፉ የስደተኞች ድርጅት (IOM) በጉዞው ይረዳዎታል፦ norway.iom.int። ስለ ውሳኔው ጥያቄዎችን ወደ UDI ይላኩ፦ www.udi.no።',
  'contact.reference': 'እኛን ሲያነጋግሩ የማጣቀሻ ቁጥሩን {reference} ይጥቀሱ።',
  'contact.help': 'ጠበቃዎ፣ ሞግዚትዎ ወይም የመቀበያ ማዕከሉ ሠራተኞች ይህን ደብዳቤ እንዲረዱ ሊያግዙዎት ይችላሉ።',

  'appeal.howTo':
    'በዚህ ውሳኔ ላይ ለኢሚግሬሽን ይግባኝ ቦርድ (UNE) ይግባኝ ማለት ይችላሉ። ይግባኙን ውሳኔውን ለሰጠው {authority, select, police {ለፖሊስ} other {ለUDI}} ይላኩ። ራሳቸው ውሳኔውን ካልቀየሩ ይግባኙን ወደ UNE ያስተላልፋሉ።',
  'appeal.within': 'የይግባኝ ጊዜ ገደቡ ይህን ውሳኔ ከተቀበሉበት ቀን ጀምሮ ሦስት ሳምንት ነው።',
  'appeal.withinFrom': 'ውሳኔው {notified, date, long} ተነግሮዎታል። የይግባኝ ጊዜ ገደቡ ከዚያ ቀን ጀምሮ ሦስት ሳምንት ነው።',
  'appeal.lastDay': 'ይግባኝ ለማለት የመጨረሻው ቀን {lastDay, date, long} ነው።',
  'appeal.content': 'በየትኛው ውሳኔ ላይ ይግባኝ እንደሚሉ፣ ለምን ስህተት ነው ብለው እንደሚያስቡ እና ምን እንዲቀየር እንደሚፈልጉ ይጻፉ፣ ይግባኙንም ይፈርሙ (የሕዝብ አስተዳደር ሕግ፣ አንቀጽ 28፣ 29 እና 32)።',
  'appeal.lodged': 'ይግባኝዎ {lodged, date, long} ተመዝግቧል።',
  'appeal.decision':
    '{outcome, select, reversed {የኢሚግሬሽን ይግባኝ ቦርድ (UNE) ኖርዌይን መልቀቅ አለብዎት የሚለውን የ{decided, date, long} ውሳኔ ሽሮታል። በዚያ ውሳኔ ምክንያት ኖርዌይን መልቀቅ አያስፈልግዎትም።} other {የኢሚግሬሽን ይግባኝ ቦርድ (UNE) የ{lodged, date, long} ይግባኝዎን ውድቅ አድርጓል። ኖርዌይን መልቀቅ አለብዎት የሚለው የ{decided, date, long} ውሳኔ ጸንቶ ይቆያል።}}',
  'appeal.newDeadline': 'UNE አዲስ የጊዜ ገደብ ሰጥቶዎታል፦ እስከ {deadline, date, long} ድረስ ኖርዌይን መልቀቅ አለብዎት።',
  'appeal.reasons': 'የUNE ምክንያቶች፣ ባለሙያው እንደጻፋቸው፦',
  'appeal.final': 'UNE በይግባኝ ላይ የሚሰጠው ውሳኔ የመጨረሻ ነው፤ ይግባኝ ሊባልበት አይችልም።',

  'deadline.decision':
    '{decided, date, long} {authority, select, udi {የኖርዌይ የኢሚግሬሽን ዳይሬክቶሬት (UDI)} une {የኢሚግሬሽን ይግባኝ ቦርድ (UNE)} police {ፖሊስ} other {የኢሚግሬሽን ባለሥልጣናት}} ኖርዌይን መልቀቅ እንዳለብዎት ወስኗል፦ {kind, select, protectionRejected {የጥበቃ (ጥገኝነት) ማመልከቻዎ ውድቅ ተደርጓል} dublinTransfer {ሌላ የአውሮፓ አገር ለጥገኝነት ማመልከቻዎ ኃላፊነት አለበት (የደብሊን ውሳኔ)} residenceRejected {የመኖሪያ ፈቃድ ማመልከቻዎ ውድቅ ተደርጓል} expelled {ከአገር እንዲባረሩ ተወስኗል} permitRevoked {የመኖሪያ ፈቃድዎ ተሰርዟል} citizenshipRevoked {የኖርዌይ ዜግነትዎ ተሰርዟል} stayingWithoutPermission {ያለ ፈቃድ በኖርዌይ እየኖሩ ነው} other {የመቆየት መብት የለዎትም}}።',
  'deadline.dublin': 'ለጥገኝነት ማመልከቻዎ ኃላፊነት ወዳለበት አገር ይዛወራሉ፦ {country}።',
  'deadline.expelled': 'ውሳኔው መባረርንም ያካትታል። ከሄዱ በኋላ የመግቢያ እገዳው እስካለ ድረስ መመለስ አይችሉም፤ ስለ እገዳው ደብዳቤ ይደርስዎታል።',
  'deadline.upheld': '{decided, date, long} የኢሚግሬሽን ይግባኝ ቦርድ (UNE) ይግባኝዎን ውድቅ አድርጎ አዲስ የጊዜ ገደብ ሰጥቶዎታል።',
  'deadline.by': 'እስከ {deadline, date, long} ድረስ ኖርዌይን መልቀቅ አለብዎት።',
  'deadline.leaveNow': 'ወዲያውኑ ኖርዌይን መልቀቅ አለብዎት።',

  'granted.byUdi': 'የኖርዌይ የኢሚግሬሽን ዳይሬክቶሬት (UDI) የ{applied, date, long} በእርዳታ የመመለስ ማመልከቻዎን ተቀብሏል።',
  'granted.byUne': 'የኢሚግሬሽን ይግባኝ ቦርድ (UNE) የ{refused, date, long} ውድቅ ማድረጉን ሽሮታል። የ{applied, date, long} በእርዳታ የመመለስ ማመልከቻዎ ተቀባይነት አግኝቷል።',
  'granted.destination': 'በIOM እርዳታ ወደ {country} ይመለሳሉ።',
  'granted.support': 'ቤተሰብዎ ባመለከቱበት ቀን ({applied, date, long}) የተሰላ {amount, number, nok} የገንዘብ ድጋፍ ያገኛል።',
  'granted.supportLine': 'ዕድሜው {age, plural, one {# ዓመት} other {# ዓመት}} የሆነ ተጓዥ፦ {amount, number, nok} – {what}',
  'granted.iom': 'ዓለም አቀፉ የስደተኞች ድርጅት (IOM) ጉዞውን ለማዘጋጀት ያነጋግርዎታል፦ የጉዞ ሰነዶች፣ ትኬት እና የጉዞ ቀን።',
  'granted.travel': 'ጉዞዎ ለ{travel, date, long} ተይዟል።',
  'granted.withdraw': 'ሐሳብዎን ከቀየሩ ከመጓዝዎ በፊት ማመልከቻዎን መሰረዝ ይችላሉ።',

  'refused.byUdi': 'የኖርዌይ የኢሚግሬሽን ዳይሬክቶሬት (UDI) የ{applied, date, long} በእርዳታ የመመለስ ማመልከቻዎን ውድቅ አድርጓል።',
  'refused.reasons': 'የUDI ምክንያቶች፣ ባለሙያው እንደጻፋቸው፦',
  'refused.rules': 'ደንቦቹ {applied, date, long} ስለ ማመልከቻዎ ያሉት፦',
  'refused.appealDecided':
    '{outcome, select, reversed {የኢሚግሬሽን ይግባኝ ቦርድ (UNE) ይህን ውሳኔ {decided, date, long} ሽሮታል፦ ማመልከቻዎ ተቀባይነት አግኝቷል። ስለዚህ ደብዳቤ ይደርስዎታል።} other {የኢሚግሬሽን ይግባኝ ቦርድ (UNE) ይግባኝዎን {decided, date, long} ውድቅ አድርጓል። ውድቅ መደረጉ የመጨረሻ ነው።}}',

  'ban.decision':
    '{authority, select, udi {የኖርዌይ የኢሚግሬሽን ዳይሬክቶሬት (UDI)} une {የኢሚግሬሽን ይግባኝ ቦርድ (UNE)} police {ፖሊስ} other {የኢሚግሬሽን ባለሥልጣናት}} የሰጠው የ{decided, date, long} ውሳኔ ከመግቢያ እገዳ ጋር ከኖርዌይ ያባርርዎታል፦',
  'ban.row':
    '{scope, select, schengen {ወደ ኖርዌይ እና ወደ ሸንገን አካባቢ} other {ወደ ኖርዌይ}} የመግባት {length, select, permanent {ቋሚ እገዳ} other {የ{years, plural, one {# ዓመት} other {# ዓመት}} እገዳ}} (የ{decided, date, long} ውሳኔ)',
  'ban.fromDeparture': 'እገዳው ኖርዌይን እና የሸንገን አካባቢን ከለቀቁበት ቀን ጀምሮ ይጸናል። መቼ እንደሚሄዱ ለፖሊስ ያሳውቁ።',
  'ban.period': 'እገዳው ከ{from, date, long} እስከ {until, date, long} (ጨምሮ) ይጸናል።',
  'ban.fromPermanent': 'እገዳው ከ{from, date, long} ጀምሮ ይጸናል፤ ማብቂያ የለውም።',
  'ban.meaning': 'እገዳው በሥራ ላይ እስካለ ድረስ መመለስ አይችሉም። የመግቢያ እገዳን መጣስ የወንጀል ድርጊት ነው።',
  'ban.debt': 'ለመመለስዎ ወጪ ለኖርዌይ ባለሥልጣናት {amount, number, nok} ዕዳ አለብዎት። እስኪከፍሉ ድረስ ወደ ኖርዌይ መመለስ አይችሉም።',

  'deferral.decision':
    '{authority, select, une {የኢሚግሬሽን ይግባኝ ቦርድ (UNE)} other {የኖርዌይ የኢሚግሬሽን ዳይሬክቶሬት (UDI)}} UNE ይግባኝዎን በሚመለከትበት ጊዜ በኖርዌይ ለመቆየት በ{requested, date, long} ያቀረቡትን ጥያቄ (የአፈጻጸም መራዘም) {outcome, select, granted {ተቀብሏል} other {ውድቅ አድርጓል}}።',
  'deferral.granted': 'UNE በይግባኝዎ ላይ እስኪወስን ድረስ በኖርዌይ መቆየት ይችላሉ። UNE ይግባኙን ውድቅ ካደረገ አዲስ የመልቀቂያ የጊዜ ገደብ ይሰጥዎታል።',
  'deferral.denied': 'UNE በይግባኝዎ ላይ ገና ባይወስንም፣ በኖርዌይ የሚኖሩት በሕገወጥ መንገድ ነው፤ ወዲያውኑ ኖርዌይን መልቀቅ አለብዎት።',
  'deferral.reasons': 'ምክንያቶቹ፣ ባለሙያው እንደጻፋቸው፦',

  'page.letters': 'ደብዳቤዎች',
  'page.lettersIntro': 'እያንዳንዱ ውሳኔ ለሰውየው በደብዳቤ፣ በቋንቋው እና በኖርዌይኛ፣ ለማተም ወይም እንደ PDF ለማስቀመጥ።',
  'page.lettersIntroMine': 'በጉዳይዎ ላይ የተሰጠ እያንዳንዱ ውሳኔ በደብዳቤ፣ በቋንቋዎ እና በኖርዌይኛ፣ ለማተም ወይም እንደ PDF ለማስቀመጥ።',
  'page.none': 'ገና ደብዳቤ የሚጻፍበት ውሳኔ የለም።',
  'page.intro': 'ደብዳቤው በ{language} እና በኖርዌይኛ። እንደ PDF ለማስቀመጥ የአሳሽዎን የማተሚያ ትዕዛዝ ይጠቀሙ እና “Save as PDF” ይምረጡ።',
  'page.introNorwegian': 'ደብዳቤው በኖርዌይኛ። እንደ PDF ለማስቀመጥ የአሳሽዎን የማተሚያ ትዕዛዝ ይጠቀሙ እና “Save as PDF” ይምረጡ።',
  'page.back': 'ወደ ጉዳዩ ይመለሱ',
  'page.backMine': 'ወደ ማመልከቻዬ ይመለሱ',
  'page.notYet': 'ይህ ጉዳይ ገና “{name}” ደብዳቤ የለውም፦ ደብዳቤው የሚገልጸው ውሳኔ ገና አልተሰጠም።',
  'page.chooseLanguage': 'የደብዳቤው ቋንቋ',
  'page.show': 'ደብዳቤውን አሳይ',
} satisfies Messages<'letter'>;
