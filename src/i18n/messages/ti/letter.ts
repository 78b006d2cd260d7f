import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'ውሳነ፦ ሕቶኹም ንብሓገዝ ምምላስ ተቐባልነት ረኺቡ',
  'title.assisted-return-refused': 'ውሳነ፦ ሕቶኹም ንብሓገዝ ምምላስ ተነጺጉ',
  'title.departure-deadline': 'ንኖርወይ ክትገድፉ ከም ዘለኩም ዝገልጽ ውሳነን ናይ ምውጻእ ግዜ ገደብኩምን',
  'title.entry-ban': 'እገዳ ምእታው፦ ንሓደ ግዜ ናብ ኖርወይ ክትምለሱ ኣይትኽእሉን',
  'title.appeal-decision': 'ኣብ ይግባይኩም ዝተዋህበ ውሳነ',
  'title.deferral-decision': 'UNE ይግባይኩም ክሳብ ዝርኢ ኣብ ኖርወይ ክትጸንሑ ንዘቕረብኩምዎ ሕቶ ዝተዋህበ መልሲ',

  'name.assisted-return-granted': 'ብሓገዝ ምምላስ ተፈቒዱ',
  'name.assisted-return-refused': 'ብሓገዝ ምምላስ ተነጺጉ',
  'name.departure-deadline': 'ናይ ምውጻእ ግዜ ገደብ',
  'name.entry-ban': 'እገዳ ምእታው',
  'name.appeal-decision': 'ውሳነ UNE ኣብ ይግባይ',
  'name.deferral-decision': 'ምምሕላፍ ትግባረ',

  'section.decision': 'እቲ ውሳነ',
  'section.reasons': 'ምኽንያታት',
  'section.rules': 'እቶም ሕግታት ዝብልዎ',
  'section.support': 'ገንዘባዊ ደገፍ',
  'section.next': 'ሕጂ እንታይ ይኸውን',
  'section.consequences': 'እንተ ዘይከይድኩም',
  'section.appeal': 'ይግባይ',
  'section.contact': 'ርክብ',
  'section.sources': 'ምንጭታት',

  from: '{authority, select, udi {ዳይረክቶሬት ኢሚግሬሽን ኖርወይ (UDI)} une {ቦርድ ይግባይ ኢሚግሬሽን (UNE)} police {ፖሊስ ኖርወይ} other {ሰበ ስልጣን ኢሚግሬሽን ኖርወይ}}',
  'header.from': 'ካብ',
  'header.to': 'ናብ',
  'header.date': 'ዕለት',
  'header.reference': 'ቁጽሪ መወከሲ',
  'header.caseNumber': 'ቁጽሪ ጉዳይ ኣብ UDI',
  'header.concerns': 'እዚ ውሳነ ዝምልከቶም',
  person: '{name}፣ ዝተወለደ/ት {born, date, long}',
  languageNote: 'እዚ ደብዳበ ብቛንቋኹምን ብኖርወጅኛን ተጻሒፉ። እቶም ክልተ ጽሑፋት እንተ ተፈላለዩ፣ እቲ ኖርወጅኛ ጽሑፍ ይሰርሕ።',
  'sources.intro': 'እዚ ደብዳበ ኣብዘን ካብ ህዝባዊ ሓበሬታ ሰበ ስልጣን ዝተወስዳ ምሉኣት ሓሳባት ዝተመርኮሰ እዩ (ከም ዝተሓትማ ብእንግሊዝኛ)፦',

  'contact.udi': 'ዳይረክቶሬት ኢሚግሬሽን ኖርወይ (UDI)፦ www.udi.no።',
  'contact.une': 'ቦርድ ይግባይ ኢሚግሬሽን (UNE)፦ www.une.no።',
  'contact.police': 'ፖሊስ፦ www.politiet.no።',
  'contact.iom': 'ዓለምለኻዊ ውድብ ስደት (IOM) ኣብ ጉዕዞ ይሕግዘኩም፦ norway.iom.int። ብዛዕባ እቲ ውሳነ ሕቶታት ናብ UDI ስደዱ፦ www.udi.no።',
  'contact.reference': 'ምሳና ክትራኸቡ ከለኹም ቁጽሪ መወከሲ {reference} ጥቐሱ።',
  'contact.help': 'ጠበቓኹም፣ ኣላዩኹም ወይ ሰራሕተኛታት መዕቈቢ ማእከል ነዚ ደብዳበ ክትርድእዎ ክሕግዙኹም ይኽእሉ።',

  'appeal.howTo':
    'ኣብዚ ውሳነ ናብ ቦርድ ይግባይ ኢሚግሬሽን (UNE) ይግባይ ክትብሉ ትኽእሉ። ነቲ ይግባይ ናብቲ ውሳነ ዝሃበ {authority, select, police {ፖሊስ} other {UDI}} ስደድዎ። ባዕሎም ነቲ ውሳነ እንተ ዘይቀየርዎ፣ ነቲ ይግባይ ናብ UNE የሕልፍዎ።',
  'appeal.within': 'ናይ ይግባይ ግዜ ገደብ ካብታ ነዚ ውሳነ ዝተቐበልኩማ መዓልቲ ጀሚሩ ሰለስተ ሰሙን እዩ።',
  'appeal.withinFrom': 'ብዛዕባ እቲ ውሳነ ብ{notified, date, long} ተሓቢሩኩም። ናይ ይግባይ ግዜ ገደብ ካብታ መዓልቲ እቲኣ ጀሚሩ ሰለስተ ሰሙን እዩ።',
  'appeal.lastDay': 'ይግባይ ንምባል ናይ መወዳእታ መዓልቲ {lastDay, date, long} እያ።',
  'appeal.content': 'ኣብ ኣየናይ ውሳነ ይግባይ ከም ትብሉ፣ ስለምንታይ ጌጋ እዩ ኢልኩም ከም ትሓስቡን እንታይ ክቕየር ከም ትደልዩን ጽሓፉ፣ ነቲ ይግባይ ድማ ፈርሙ (ሕጊ ህዝባዊ ምምሕዳር፣ ዓንቀጽ 28፣ 29ን 32ን)።',
  'appeal.lodged': 'ይግባይኩም ብ{lodged, date, long} ተመዝጊቡ።',
  'appeal.decision':
    '{outcome, select, reversed {ቦርድ ይግባይ ኢሚግሬሽን (UNE) ነቲ ንኖርወይ ክትገድፉ ኣለኩም ዝብል ናይ {decided, date, long} ውሳነ ሰሪዝዎ። ብሰንኪ እቲ ውሳነ ንኖርወይ ክትገድፉ ኣየድልየኩምን።} other {ቦርድ ይግባይ ኢሚግሬሽን (UNE) ናይ {lodged, date, long} ይግባይኩም ነጺግዎ። እቲ ንኖርወይ ክትገድፉ ኣለኩም ዝብል ናይ {decided, date, long} ውሳነ ጸኒዑ ይቕጽል።}}',
  'appeal.newDeadline': 'UNE ሓድሽ ግዜ ገደብ ሂቡኩም፦ ክሳብ {deadline, date, long} ንኖርወይ ክትገድፉ ኣለኩም።',
  'appeal.reasons': 'ምኽንያታት UNE፣ ከምቲ ሰራሕተኛ ዝጸሓፎ፦',
  'appeal.final': 'ውሳነ UNE ኣብ ይግባይ ናይ መወዳእታ እዩ፤ ይግባይ ክብሃለሉ ኣይከኣልን።',

  'deadline.decision':
    'ብ{decided, date, long} {authority, select, udi {ዳይረክቶሬት ኢሚግሬሽን ኖርወይ (UDI)} une {ቦርድ ይግባይ ኢሚግሬሽን (UNE)} police {ፖሊስ} other {ሰበ ስልጣን ኢሚግሬሽን}} ንኖርወይ ክትገድፉ ከም ዘለኩም ወሲኑ፦ {kind, select, protectionRejected {ሕቶኹም ንሓለዋ (ዑቕባ) ተነጺጉ} dublinTransfer {ካልእ ኤውሮጳዊት ሃገር ንሕቶ ዑቕባኹም ሓላፍነት ኣለዋ (ውሳነ ደብሊን)} residenceRejected {ሕቶኹም ንፍቓድ መንበሪ ተነጺጉ} expelled {ክትሰጐጉ ተወሲኑ} permitRevoked {ፍቓድ መንበሪኹም ተሰሪዙ} citizenshipRevoked {ዜግነት ኖርወይኩም ተሰሪዙ} stayingWithoutPermission {ብዘይ ፍቓድ ኣብ ኖርወይ ትነብሩ ኣለኹም} other {መሰል ምጽናሕ የብልኩምን}}።',
  'deadline.dublin': 'ናብታ ንሕቶ ዑቕባኹም ሓላፍነት ዘለዋ ሃገር ክትሰጋገሩ ኢኹም፦ {country}።',
  'deadline.expelled': 'እቲ ውሳነ ምስጓግ የጠቓልል። ምስ ከድኩም፣ እገዳ ምእታው ክሳብ ዘሎ ክትምለሱ ኣይትኽእሉን፤ ብዛዕባ እቲ እገዳ ደብዳበ ክበጽሓኩም እዩ።',
  'deadline.upheld': 'ብ{decided, date, long} ቦርድ ይግባይ ኢሚግሬሽን (UNE) ይግባይኩም ነጺጉ ሓድሽ ግዜ ገደብ ሂቡኩም።',
  'deadline.by': 'ክሳብ {deadline, date, long} ንኖርወይ ክትገድፉ ኣለኩም።',
  'deadline.leaveNow': 'ብቕልጡፍ ንኖርወይ ክትገድፉ ኣለኩም።',

  'granted.byUdi': 'ዳይረክቶሬት ኢሚግሬሽን ኖርወይ (UDI) ናይ {applied, date, long} ሕቶኹም ንብሓገዝ ምምላስ ተቐቢልዎ።',
  'granted.byUne': 'ቦርድ ይግባይ ኢሚግሬሽን (UNE) ነቲ ናይ {refused, date, long} ምንጻግ ሰሪዝዎ። ናይ {applied, date, long} ሕቶኹም ንብሓገዝ ምምላስ ተቐባልነት ረኺቡ።',
  'granted.destination': 'ብሓገዝ IOM ናብ {country} ክትምለሱ ኢኹም።',
  'granted.support': 'ስድራኹም ብመዓልቲ ሕቶኹም ({applied, date, long}) ዝተሓሰበ {amount, number, nok} ገንዘባዊ ደገፍ ክረኽብ እዩ።',
  'granted.supportLine': 'ገያሻይ ዕድሚኡ {age, plural, one {# ዓመት} other {# ዓመት}}፦ {amount, number, nok} – {what}',
  'granted.iom': 'ዓለምለኻዊ ውድብ ስደት (IOM) ነቲ ጉዕዞ ንምድላው ክረኽበኩም እዩ፦ ሰነዳት ጉዕዞ፣ ትኬትን ዕለት ጉዕዞን።',
  'granted.travel': 'ጉዕዞኹም ን{travel, date, long} ተታሒዙ ኣሎ።',
  'granted.withdraw': 'ሓሳብኩም እንተ ቐየርኩም፣ ቅድሚ ምጉዓዝኩም ሕቶኹም ክትስሕቡ ትኽእሉ።',

  'refused.byUdi': 'ዳይረክቶሬት ኢሚግሬሽን ኖርወይ (UDI) ናይ {applied, date, long} ሕቶኹም ንብሓገዝ ምምላስ ነጺግዎ።',
  'refused.reasons': 'ምኽንያታት UDI፣ ከምቲ ሰራሕተኛ ዝጸሓፎ፦',
  'refused.rules': 'እቶም ሕግታት ብ{applied, date, long} ብዛዕባ ሕቶኹም ዝበልዎ፦',
  'refused.appealDecided':
    '{outcome, select, reversed {ቦርድ ይግባይ ኢሚግሬሽን (UNE) ነዚ ውሳነ ብ{decided, date, long} ሰሪዝዎ፦ ሕቶኹም ተቐባልነት ረኺቡ። ብዛዕባኡ ደብዳበ ክበጽሓኩም እዩ።} other {ቦርድ ይግባይ ኢሚግሬሽን (UNE) ይግባይኩም ብ{decided, date, long} ነጺግዎ። እቲ ምንጻግ ናይ መወዳእታ እዩ።}}',

  'ban.decision':
    'ናይ {decided, date, long} ውሳነ {authority, select, udi {ዳይረክቶሬት ኢሚግሬሽን ኖርወይ (UDI)} une {ቦርድ ይግባይ ኢሚግሬሽን (UNE)} police {ፖሊስ} other {ሰበ ስልጣን ኢሚግሬሽን}} ምስ እገዳ ምእታው ካብ ኖርወይ ይሰጉገኩም፦',
  'ban.row':
    '{scope, select, schengen {ናብ ኖርወይን ዞባ ሸንገንን} other {ናብ ኖርወይ}} ናይ ምእታው {length, select, permanent {ቀዋሚ እገዳ} other {ናይ {years, plural, one {# ዓመት} other {# ዓመት}} እገዳ}} (ውሳነ {decided, date, long})',
  'ban.fromDeparture': 'እቲ እገዳ ካብታ ንኖርወይን ዞባ ሸንገንን ዝገደፍኩማ መዓልቲ ጀሚሩ ይሰርሕ። መዓስ ከም እትኸዱ ንፖሊስ ሓብሩ።',
  'ban.period': 'እቲ እገዳ ካብ {from, date, long} ክሳብ {until, date, long} (ሓዊሱ) ይሰርሕ።',
  'ban.fromPermanent': 'እቲ እገዳ ካብ {from, date, long} ጀሚሩ ይሰርሕ፤ መወዳእታ የብሉን።',
  'ban.meaning': 'እቲ እገዳ ክሳብ ዝሰርሕ ክትምለሱ ኣይትኽእሉን። እገዳ ምእታው ምጥሓስ ገበን እዩ።',
  'ban.debt': 'ንወጻኢታት ምምላስኩም ንሰበ ስልጣን ኖርወይ {amount, number, nok} ዕዳ ኣለኩም። ክሳብ እትኸፍልዎ ናብ ኖርወይ ክትምለሱ ኣይትኽእሉን።',

  'deferral.decision':
    '{authority, select, une {ቦርድ ይግባይ ኢሚግሬሽን (UNE)} other {ዳይረክቶሬት ኢሚግሬሽን ኖርወይ (UDI)}} UNE ይግባይኩም ክሳብ ዝርኢ ኣብ ኖርወይ ክትጸንሑ ብ{requested, date, long} ዘቕረብኩምዎ ሕቶ (ምምሕላፍ ትግባረ) {outcome, select, granted {ተቐቢልዎ} other {ነጺግዎ}}።',
  'deferral.granted': 'UNE ኣብ ይግባይኩም ክሳብ ዝውስን ኣብ ኖርወይ ክትጸንሑ ትኽእሉ። UNE ነቲ ይግባይ እንተ ነጺግዎ፣ ሓድሽ ናይ ምውጻእ ግዜ ገደብ ክወሃበኩም እዩ።',
  'deferral.denied': 'UNE ኣብ ይግባይኩም ገና እንተ ዘይወሰነ እኳ፣ ኣብ ኖርወይ ዘይሕጋዊ ኢኹም ትነብሩ፤ ብቕልጡፍ ንኖርወይ ክትገድፉ ኣለኩም።',
  'deferral.reasons': 'እቶም ምኽንያታት፣ ከምቲ ሰራሕተኛ ዝጸሓፎ፦',

  'page.letters': 'ደብዳቤታት',
  'page.lettersIntro': 'ነፍሲ ወከፍ ውሳነ ከም ደብዳበ ናብቲ ሰብ፣ ብቛንቋኡን ብኖርወጅኛን፣ ንምሕታም ወይ ከም PDF ንምዕቃብ።',
  'page.lettersIntroMine': 'ኣብ ጉዳይኩም ዝተዋህበ ነፍሲ ወከፍ ውሳነ ከም ደብዳበ፣ ብቛንቋኹምን ብኖርወጅኛን፣ ንምሕታም ወይ ከም PDF ንምዕቃብ።',
  'page.none': 'ገና ደብዳበ ዝጽሓፎ ውሳነ የለን።',
  'page.intro': 'እቲ ደብዳበ ብ{language}ን ብኖርወጅኛን። ከም PDF ንምዕቃብ፣ ትእዛዝ ምሕታም ናይ መርበብ ሓበሬታኹም ተጠቐሙ እሞ “Save as PDF” ምረጹ።',
  'page.introNorwegian': 'እቲ ደብዳበ ብኖርወጅኛ። ከም PDF ንምዕቃብ፣ ትእዛዝ ምሕታም ናይ መርበብ ሓበሬታኹም ተጠቐሙ እሞ “Save as PDF” ምረጹ።',
  'page.back': 'ናብቲ ጉዳይ ተመለሱ',
  'page.backMine': 'ናብ ሕቶይ ተመለሱ',
  'page.notYet': 'እዚ ጉዳይ ገና ደብዳበ “{name}” የብሉን፦ እቲ ደብዳበ ዝሕብሮ ውሳነ ገና ኣይተዋህበን።',
  'page.chooseLanguage': 'ቋንቋ እቲ ደብዳበ',
  'page.show': 'ነቲ ደብዳበ ኣርኢ',
} satisfies Messages<'letter'>;
