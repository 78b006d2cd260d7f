import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'በእርዳታ ለመመለስ ማመልከት ከሚችሉት ቡድኖች አንዱም ከሁኔታዎ ጋር አይስማማም።',
  'assisted-return.eligibility.group.rejected':
    'የጥበቃ (ጥገኝነት) ማመልከቻዎ ወይም በኖርዌይ የሌላ የመኖሪያ ፈቃድ ማመልከቻዎ ውድቅ ተደርጓል፣ ወይም የጥበቃ ማመልከቻዎን አንስተዋል። በዚህ ሁኔታ ያሉ ሰዎች በእርዳታ ለመመለስ ማመልከት ይችላሉ።',
  'assisted-return.eligibility.group.protection-pending': 'የጥበቃ (ጥገኝነት) ማመልከቻዎ እየታየ ነው። ጥገኝነት ጠያቂዎች በጥገኝነት ሂደቱ በማንኛውም ደረጃ በእርዳታ ለመመለስ ማመልከት ይችላሉ።',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'በኖርዌይ ሕጋዊ መኖሪያ የለዎትም፣ እንዲሁም በUDI የተመዘገበ ጉዳይ ኖሮዎት አያውቅም። በዚህ ሁኔታ ያሉ ሰዎች በእርዳታ ለመመለስ ማመልከት ይችላሉ።',
  'assisted-return.eligibility.group.dublin-transfer':
    'በደብሊን ደንብ መሠረት ወደ ሌላ አገር እንዲዛወሩ ውሳኔ አለዎት፣ ነገር ግን ወደ አገርዎ መመለስ ይመርጣሉ። በእርዳታ ለመመለስ ማመልከት ይችላሉ፣ ነገር ግን በደብሊን ደንብ የጊዜ ገደቦች ውስጥ መውጣት አለብዎት።',
  'assisted-return.eligibility.group.temporary-residence-until-18': '18 ዓመት እስኪሞላዎት ድረስ ጊዜያዊ የመኖሪያ ፈቃድ አለዎት። በዚህ ሁኔታ ያሉ ሰዎች በእርዳታ ለመመለስ ማመልከት ይችላሉ።',
  'assisted-return.eligibility.group.possible-trafficking-victim': 'የሰዎች ንግድ ሰለባ ሊሆኑ ይችላሉ። የሰዎች ንግድ ሰለባ ሊሆኑ የሚችሉ ሰዎች በእርዳታ ለመመለስ ማመልከት ይችላሉ።',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'እርስዎ ያለ አጃቢ የመጡ ለአካለ መጠን ያልደረሱ ጥገኝነት ጠያቂ ነዎት። ያለ አጃቢ የመጡ ለአካለ መጠን ያልደረሱ ጥገኝነት ጠያቂዎች በእርዳታ ለመመለስ ማመልከት ይችላሉ።',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'በተጋላጭ ሁኔታ ውስጥ ነዎት፣ የጥበቃ ማመልከቻም አላቀረቡም። ቢሆንም በእርዳታ መመለስ ሊያገኙ ይችላሉ፤ UDI ስለ ሁኔታዎ ሰነድ ያስፈልገዋል።',
  'assisted-return.eligibility.group.legal-residence':
    'በኖርዌይ ሕጋዊ መኖሪያ አለዎት። ሕጋዊ መኖሪያ ያላቸው ሰዎች በእርዳታ ለመመለስ ማመልከት አይችሉም፣ ነገር ግን ወደ አገር ለመመለስ (repatriation) ማመልከት ይችላሉ።',
  'assisted-return.eligibility.exclusion.none': 'ከፕሮግራሙ ገደቦች አንዱም በእርስዎ ላይ አይሠራም።',
  'assisted-return.eligibility.cannot-apply': 'በእርዳታ ለመመለስ ማመልከት አይችሉም።',
  'assisted-return.eligibility.may-apply': 'በእርዳታ ለመመለስ ማመልከት ከሚችሉት ቡድኖች ቢያንስ በአንዱ ውስጥ ነዎት።',
  'assisted-return.eligibility.normally-excluded': 'አንድ ገደብ ስለሚሠራ ፕሮግራሙ በተለምዶ እርስዎን አይመለከትም፣ ማመልከቻም በተለምዶ ውድቅ ይደረጋል።',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker': 'ያለ አጃቢ ለመጡ ለአካለ መጠን ያልደረሱ ጥገኝነት ጠያቂዎች ልዩ ሁኔታ ይደረጋል፤ ስለዚህ ቢሆንም ማመልከት ይችላሉ።',
  'assisted-return.eligibility.exception.possible-trafficking-victim': 'የሰዎች ንግድ ሰለባ ሊሆኑ ለሚችሉ ልዩ ሁኔታ ይደረጋል፤ ስለዚህ ቢሆንም ማመልከት ይችላሉ።',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation': 'ለጥቃት፣ ለማስገደድ ወይም ለብዝበዛ ለተጋለጡ ልዩ ሁኔታ ይደረጋል፤ ስለዚህ ቢሆንም ማመልከት ይችላሉ።',
  'assisted-return.eligibility.destination.home-country': 'በድጋፍ መመለስ ወደ ትውልድ አገርዎ ይወስድዎታል።',
  'assisted-return.eligibility.destination.country-of-residence':
    'ዜጋ ባይሆኑም የመኖሪያ ፈቃድ ወዳለዎት አገር፣ ከአውሮፓ ኅብረት/ከአውሮፓ ኢኮኖሚያዊ ክልል ውጭ ከሆነ፣ መመለስ ይችላሉ። ሕጋዊ የመኖሪያ ፈቃድ ቅጂ መላክ ያስፈልግዎታል።',
  'assisted-return.eligibility.destination.eea-country':
    '{country} በአውሮፓ ኅብረት/በአውሮፓ ኢኮኖሚያዊ ክልል ውስጥ ነው። ዜጋ ወዳልሆኑበት አገር በድጋፍ መመለስ የሚቻለው ከዚህ ክልል ውጭ ወዳለ አገር ብቻ ነው።',
  'assisted-return.eligibility.exclusion.excluded-nationality': 'እርስዎ የዚህ አገር ዜጋ ነዎት፦ {country}። ፕሮግራሙ በተለምዶ የዚህን አገር ({country}) ዜጎች አይመለከትም።',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality': 'የዚህ አገር ({country}) ዜጎች ለሸንገን ክልል ከቪዛ ግዴታ ነፃ ናቸው። ፕሮግራሙ በተለምዶ ከቪዛ ነፃ የሆነ አገር ዜጎችን አይመለከትም።',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'እርስዎ የዚህ አገር ዜጋ ነዎት፦ {country}። የአውሮፓ ኅብረት/የአውሮፓ ኢኮኖሚ ክልል አገሮችና የስዊዘርላንድ ዜጎች ቪዛ አያስፈልጋቸውም፤ ፕሮግራሙም በተለምዶ ከቪዛ ነፃ የሆነ አገር ዜጎችን አይመለከትም።',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'ከዚህ በፊት በእርዳታ ለመመለስ ወይም ወደ አገር ለመመለስ ድጋፍ አግኝተዋል፣ ወደ ኖርዌይ ተመልሰዋል፣ እንዲሁም በደብሊን ትብብር ውስጥ ወዳለ አገር መሄድ ይፈልጋሉ። ፕሮግራሙ በተለምዶ እርስዎን አይመለከትም።',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'ከጥበቃ ፍላጎት ውጭ በሆነ ምክንያት የመኖሪያ ፈቃድ ነበረዎት፣ ጊዜው አልፏል ወይም ተሰርዟል፣ ወይም አዲስ አልተሰጠዎትም። ፕሮግራሙ በተለምዶ እርስዎን አይመለከትም።',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'በሌላ የአውሮፓ ኅብረት/የአውሮፓ ኢኮኖሚ ክልል አገር ጥበቃ፣ መኖሪያ ወይም ቪዛ ስለተሰጠዎት በኖርዌይ ያቀረቡት ማመልከቻ ውድቅ ተደርጓል። ፕሮግራሙ በተለምዶ እርስዎን አይመለከትም።',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure': 'የጥበቃ ማመልከቻዎ በUDI የ48 ሰዓት ሂደት ታይቷል። በዚህ ሂደት ካሉ ሰዎች የሚቀርቡ በእርዳታ የመመለስ ማመልከቻዎች ሁልጊዜ አይጸድቁም።',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'ያለ አጃቢ ለአካለ መጠን ያልደረሱ ሆነው ወደ ኖርዌይ እንደመጡና አሁን ከ18 እስከ 23 ዓመት እንደሆኑ ገልጸዋል፣ ነገር ግን በልደት ቀንዎ መሠረት ዕድሜዎ {age, number} ነው። የልደት ቀኑን ወይም የገለጹትን ሁኔታ ያረጋግጡ።',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'ያለ አጃቢ የመጡ ለአካለ መጠን ያልደረሱ ጥገኝነት ጠያቂ እንደሆኑ ገልጸዋል፣ ነገር ግን በልደት ቀንዎ መሠረት ዕድሜዎ {age, number} ነው፣ ከ18 በታች አይደለም። የልደት ቀኑን ወይም የሰጡትን መልስ ያረጋግጡ።',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'የመውጫ ቀነ ገደብ አልተሰጠዎትም፤ ስለዚህ ከፍተኛውን መጠን ያገኛሉ።',
  'assisted-return.support.timing.not-registered': 'በኖርዌይ አልተመዘገቡም፤ ስለዚህ ቀነ ገደቡ ምንም ቢሆን ከፍተኛውን መጠን ያገኛሉ።',
  'assisted-return.support.age-group.adult': 'ይህ ተጓዥ በሚያመለክቱበት ቀን 18 ዓመት ወይም ከዚያ በላይ ነው፣ እንደ አዋቂም ይቆጠራል።',
  'assisted-return.support.age-group.child': 'ይህ ተጓዥ በሚያመለክቱበት ቀን ከ18 ዓመት በታች ነው፣ እንደ ልጅም ይቆጠራል።',
  'assisted-return.support.grant.adult.before-deadline': 'ለአንድ አዋቂ የመልሶ ማቋቋሚያ ድጎማ በከፍተኛው መጠን ያገኛሉ።',
  'assisted-return.support.grant.adult.after-deadline': 'ለአንድ አዋቂ የመልሶ ማቋቋሚያ ድጎማ በዝቅተኛው መጠን ያገኛሉ።',
  'assisted-return.support.grant.child.before-deadline': 'ለአንድ ልጅ የመልሶ ማቋቋሚያ ድጎማ በከፍተኛው መጠን ያገኛሉ።',
  'assisted-return.support.grant.child.after-deadline': 'ለአንድ ልጅ የመልሶ ማቋቋሚያ ድጎማ በዝቅተኛው መጠን ያገኛሉ።',
  'assisted-return.support.child-extra.before-deadline': 'ለአንድ ልጅ ተጨማሪ ድጎማ ያገኛሉ፤ ይህም የሚከፈለው በከፍተኛው መጠን ብቻ ነው።',
  'assisted-return.support.child-extra.after-deadline': 'በዝቅተኛው መጠን ለልጅ ተጨማሪ ድጎማ የለም።',
  'assisted-return.support.travel-document.paid': 'ሕጋዊ የጉዞ ሰነድ ስላስረከቡ (ወይም ስምዎ በሰነዱ ውስጥ ስለተጠቀሰ) የሚሰጥ ተጨማሪ ድጋፍ፣ ለእያንዳንዱ ሰው።',
  'assisted-return.support.travel-document.closed': 'ሕጋዊ የጉዞ ሰነድ ለማስረከብ የሚሰጠው ተጨማሪ ድጋፍ የካቲት 1 ቀን 2018 (እ.ኤ.አ.) አብቅቷል፤ ስለዚህ ለዚህ ማመልከቻ አይከፈልም።',
  'assisted-return.support.travel-document.residence-in-other-schengen-country': 'በሌላ የሸንገን አገር ሕጋዊ የመኖሪያ ፈቃድ ስላለዎት፣ ለሕጋዊ የጉዞ ሰነድ የሚሰጠውን ተጨማሪ ድጋፍ ማግኘት አይችሉም።',
  'assisted-return.support.programme.not-offered': 'ይህ የአገር ፕሮግራም ለዜግነትዎ ወይም ለቤተሰብዎ አይደለም።',
  'assisted-return.support.programme.offered': 'ለዜግነትዎ የሚሆን የመመለሻ ፕሮግራም አገልግሎቶችን ይሰጣል። እነዚህ ለብቻቸው ይዘረዘራሉ፤ በጥሬ ገንዘቡ ድምር ውስጥ አይቆጠሩም።',
  'assisted-return.support.timing.on-or-before-deadline':
    'በመውጫ ቀነ ገደብዎ ቀን ወይም ከዚያ በፊት ({deadline, date, long}) ያመለክታሉ፤ ስለዚህ ከፍተኛውን መጠን ያገኛሉ። በቀነ ገደቡ ቀን ራሱም ይሠራል።',
  'assisted-return.support.timing.after-deadline': 'ሲያመለክቱ የመውጫ ቀነ ገደብዎ ({deadline, date, long}) አልፎ ነበር፤ ስለዚህ ዝቅተኛውን መጠን ያገኛሉ፣ ለልጆችም ተጨማሪ ገንዘብ አያገኙም።',
  'assisted-return.support.programme.iraq-ettc':
    'በኢራቅ በETTC በኩል {amount, number, nok} የሚያወጡ የመልሶ ማቋቋሚያ አገልግሎቶችን ማግኘት ይችላሉ፤ ለምሳሌ ትምህርት ቤት፣ ሥራ ለማግኘት እርዳታ፣ ሥልጠና ወይም ንግድ መጀመር። እነዚህ አገልግሎቶች ናቸው፣ ጥሬ ገንዘብ አይደሉም።',
  'assisted-return.support.programme.somalia-drc-families':
    'በሶማሊያ እያንዳንዳችሁ በዴንማርክ የስደተኞች ምክር ቤት (DRC) በኩል ሥራ ለማግኘት፣ ለሥልጠና ወይም ንግድ ለመጀመር እርዳታ ማግኘት ትችላላችሁ፤ ዋጋው ለአንድ ሰው {amount, number, nok} ነው። እነዚህ አገልግሎቶች ናቸው፣ ጥሬ ገንዘብ አይደሉም።',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay': 'በኖርዌይ የመቆየት ሕጋዊ መብት የለዎትም፣ ለእርስዎ የሚሮጥ የመውጫ ቀነ ገደብም የለም፤ ስለዚህ አሁን ኖርዌይን መልቀቅ አለብዎት። በፈቃድዎ ካልሄዱ ፖሊስ በኃይል ይመልስዎታል።',
  'departure.status.revoked-no-deadline':
    'የUNE ውሳኔ የመውጫ ቀነ ገደብ አይሰጥዎትም። UNE አንድን ሰው እንዲወጣ ሲያስገድድ ቀነ ገደብም ይሰጣል፤ ስለዚህ ውሳኔው ኖርዌይን እንዲለቁ አያስገድድዎትም። መውጣት እንዳለብዎት የሚገልጸውን የUNE ውሳኔ ያረጋግጡ።',
  'departure.status.staying-without-permission': 'ያለ ፈቃድ በኖርዌይ እየኖሩ ነው፦ ከዚህ በፊት የመውጫ ቀነ ገደብ ተሰጥቶዎታል፣ አሁንም የመውጣት ግዴታ አለብዎት። ኖርዌይን ወዲያውኑ መልቀቅ አለብዎት።',
  'departure.status.deferred-implementation-granted':
    'UNE ይግባኝዎን እስኪያይ ድረስ በኖርዌይ እንዲቆዩ ተፈቅዶልዎታል (የአፈጻጸም መዘግየት)። UNE ውሳኔ እስኪሰጥ ድረስ መቆየት ይችላሉ። UNE ይግባኝዎን ውድቅ ካደረገ የመውጫ ቀነ ገደብ ይሰጥዎታል።',
  'departure.status.deferred-implementation-denied': 'UNE ይግባኝዎን እስኪያይ ድረስ በኖርዌይ እንዲቆዩ አልተፈቀደልዎትም። እዚህ በሕገወጥ መንገድ እየኖሩ ነው፤ ኖርዌይን ወዲያውኑ መልቀቅ አለብዎት።',
  'departure.status.new-application-pending':
    'ፈቃድዎ ወይም ዜግነትዎ ተሰርዟል፣ ነገር ግን እየታየ ያለ አዲስ የመኖሪያ ፈቃድ ማመልከቻ አለዎት። እየታየ እያለ በኖርዌይ የመቆየት መብት ሊኖርዎት ይችላል። የUNE ውሳኔ ለእርስዎ የሚሠራውን ይገልጻል።',
  'departure.area.schengen-when-expelled': 'ስለተባረሩ፣ በሌላ የሸንገን አገር የመኖሪያ ፈቃድ ከሌለዎት በስተቀር፣ የሸንገን ክልልንም መልቀቅ አለብዎት።',
  'departure.area.schengen-when-revoked': 'ፈቃድዎ ወይም ዜግነትዎ ስለተሰረዘና በኖርዌይ አዲስ የመኖሪያ ፈቃድ ስላልተሰጠዎት፣ በተለምዶ ኖርዌይንም የሸንገን ክልልንም የመልቀቅ ግዴታ አለብዎት።',
  'departure.area.norway-with-schengen-permit': 'በሌላ የሸንገን አገር የመኖሪያ ፈቃድ ስላለዎት፣ ኖርዌይን መልቀቅ አለብዎት፤ የሸንገን ክልልን ግን አይደለም።',
  'departure.area.dublin-transfer': 'የጥገኝነት ማመልከቻዎን የማየት ኃላፊነት ወዳለበት የደብሊን አገር ይዛወራሉ፤ ኖርዌይን ለቀው ወደዚያ አገር መሄድ አለብዎት።',
  'departure.area.schengen-after-rejection': 'ኖርዌይን እንዲለቁ የሚያስገድድዎ ውሳኔ የሸንገን ክልልንም እንዲለቁ ያስገድድዎታል፤ በሌላ የሸንገን አገር የመኖሪያ ፈቃድ ወይም ሌላ የመኖሪያ መሠረት ካለዎት በስተቀር።',
  'departure.assisted-return.not-listed': 'በእርዳታ መመለስ የሚቀርበው በአንዳንድ ሁኔታዎች ብቻ ነው፤ የእርስዎ የውሳኔ ዓይነት UDI ከሚዘረዝራቸው ውስጥ የለም። ቢሆንም ማመልከት ይችሉ እንደሆነ UDIን መጠየቅ ይችላሉ።',
  'departure.assisted-return.may-apply': 'በእርዳታ ለመመለስ ማመልከት ይችላሉ። የመውጫ ቀነ ገደብዎ አልፏል፤ ስለዚህ ከዚያ በፊት ለማመልከት የሚሰጠው ተጨማሪ ድጋፍ ከእንግዲህ አይገኝም።',
  'departure.assisted-return.before-deadline': 'በእርዳታ ለመመለስ ማመልከት ይችላሉ። የመውጫ ቀነ ገደብዎ ከማለፉ በፊት ካመለከቱ ተጨማሪ ድጋፍ ማግኘት ይችላሉ፤ በእርዳታ መመለስ ከተፈቀደልዎም በአጠቃላይ ደንብ አይባረሩም።',
  'departure.entry-ban.none': 'አልተባረሩም፤ ስለዚህ የመግቢያ እገዳ የለብዎትም።',
  'departure.documents.not-applicable': 'ለእርስዎ የውሳኔ ዓይነት ስለ ሰነዶች እዚህ ምንም ደንብ የለም።',
  'departure.documents.protection-claim': 'ያስረከቧቸው ሰነዶች ምን እንደሚሆኑ በፈቃድዎ በመመለስዎ ወይም በኃይል በመመለስዎ ላይ የተመሠረተ ነው።',
  'departure.national-registry.not-relevant': 'የኖርዌይ የግል መለያ ቁጥር የለዎትም፤ ስለዚህ በብሔራዊ የሕዝብ መዝገብ ውስጥ እንደወጣ ሰው አይመዘገቡም።',
  'departure.status.by-deadline': 'ኖርዌይን ቢዘገይ እስከ {deadline, date, long} ድረስ መልቀቅ አለብዎት። በዚያ ቀን አሁንም በጊዜ ውስጥ ነዎት።',
  'departure.status.deadline-passed': 'ኖርዌይን ለመልቀቅ የተሰጠዎት ቀነ ገደብ ({deadline, date, long}) አልፏል። በኖርዌይ በሕገወጥ መንገድ እየኖሩ ነው፤ ወዲያውኑ መውጣት አለብዎት።',
  'departure.status.deferred-implementation-pending':
    'UNE ይግባኝዎን እስኪያይ ድረስ በኖርዌይ ለመቆየት ጠይቀዋል (የአፈጻጸም መዘግየት)። መቆየት ይችሉ እንደሆነ ይነገርዎታል። አብዛኞቹ ሰዎች እንዲቆዩ አይፈቀድላቸውም፤ ስለዚህ {deadlineRuns, select, yes {በውሳኔዎ ውስጥ ባለው ቀነ ገደብ፣ እስከ {deadline, date, long}፣} other {ወዲያውኑ}} ለመውጣት ዝግጁ ይሁኑ።',
  'departure.consequences': 'መልቀቅ ሲገባዎት ኖርዌይን ካልለቀቁ ይህ ሊከሰት ይችላል።',
  'departure.note.arrest-and-forced-return': 'ካልሄዱ ፖሊስ ሊይዝዎትና በኃይል ሊመልስዎት ይችላል። በእስር ሊቆዩ ይችላሉ፣ መቼ ሊያዙ እንደሚችሉም አይነገርዎትም።',
  'departure.note.deportation-costs-debt':
    'ፖሊስ ከመለሰዎት የመመለሻውን ወጪ መክፈል አለብዎት። መክፈል ካልቻሉ የኖርዌይ ባለሥልጣናት ይከፍላሉ፣ እርስዎም ገንዘቡን እንደ ዕዳ ይከፍሏቸዋል። እስኪከፍሉ ድረስ ወደ ኖርዌይ መመለስ አይችሉም።',
  'departure.note.expulsion-and-entry-ban':
    'በኖርዌይ በሕገወጥ መንገድ ስለቆዩ ከኖርዌይና ከሌሎች የሸንገን አገሮች ሊባረሩና ወደ መላው የሸንገን ክልል ለ1–5 ዓመታት እንዳይገቡ ሊታገዱ ይችላሉ። የመግቢያ እገዳን መጣስ የወንጀል ድርጊት ነው።',
  'departure.note.no-right-to-work': 'በኖርዌይ መሥራት አይችሉም። ከሠሩ ሊባረሩ ይችላሉ።',
  'departure.note.family-returned-together': 'እርስዎም መልቀቅ ያለበት ቤተሰብ ካለዎት ፖሊስ ሁላችሁንም በአንድ ላይ ለመመለስ ይሞክራል።',
  'departure.note.less-money-at-reception-centre': 'በጥገኝነት ጠያቂዎች መቀበያ ማዕከል የሚኖሩ ከሆነ ከአሁን በኋላ ከበፊቱ ያነሰ ገንዘብ ያገኛሉ።',
  'departure.note.arrest-and-forced-return.dublin': 'እንዲቆዩ ካልተፈቀደልዎ ፖሊስ ይዞ የጥገኝነት ማመልከቻዎን ወደሚያየው አገር ያዛውርዎታል።',
  'departure.note.expulsion-and-entry-ban.expelled-again': 'በኖርዌይ በሕገወጥ መንገድ ከቆዩ ወይም ከሠሩ እንደገና ከኖርዌይና ከሌሎች የሸንገን አገሮች ሊባረሩ ይችላሉ፤ የመግቢያ እገዳውም የበለጠ ሊራዘም ይችላል።',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'በኖርዌይ በሕገወጥ መንገድ ከቆዩ ወይም ከሠሩ ከኖርዌይና ከሌሎች የሸንገን አገሮች ሊባረሩ ይችላሉ። ከዚያም ወደ ኖርዌይ፣ በተለምዶም ወደ ሸንገን ክልል፣ ለተወሰነ ጊዜ ወይም ለዘላለም እንዳይገቡ ይታገዳሉ።',
  'departure.note.assisted-return.dublin':
    'ወደ ደብሊን አገር ከመዛወር ይልቅ ወደ አገርዎ በእርዳታ ለመመለስ ለUDI ማመልከት ይችላሉ፦ ወደ ቤት ለመጓዝና እዚያ ለመቋቋም እርዳታና ገንዘብ ያገኛሉ። ብቁ መሆንዎ በጉዳይዎ ላይ የተመሠረተ ነው።',
  'departure.note.assisted-return': 'በእርዳታ ለመመለስ ለUDI ማመልከት ይችላሉ፦ ወደ ቤት ለመጓዝና እዚያ ለመቋቋም እርዳታና ገንዘብ ያገኛሉ፤ IOM ጉዞውን ለማዘጋጀት ይረዳዎታል። ብቁ መሆንዎ በጉዳይዎ ላይ የተመሠረተ ነው።',
  'departure.note.additional-support-before-deadline': 'የመውጫ ቀነ ገደብዎ ከማለፉ በፊት ካመለከቱ ተጨማሪ የገንዘብ ድጋፍ ማግኘት ይችላሉ።',
  'departure.note.no-expulsion-if-granted-before-deadline': 'ከቀነ ገደቡ በፊት አመልክተው በእርዳታ መመለስ ከተፈቀደልዎ በአጠቃላይ ደንብ ከኖርዌይ አይባረሩም።',
  'departure.note.no-additional-support-after-deadline': 'የመውጫ ቀነ ገደብዎ አልፏል፤ ስለዚህ ከቀነ ገደቡ በፊት ለሚያመለክቱ የሚሰጠውን ተጨማሪ የገንዘብ ድጋፍ ከእንግዲህ ማግኘት አይችሉም።',
  'departure.note.entry-ban-runs-from-departure':
    'የመግቢያ እገዳው የሚጀምረው ኖርዌይንና የሸንገን ክልልን ከለቀቁበት ቀን ጀምሮ ነው፤ ስለዚህ መቼ እንደሚሄዱ ለኖርዌይ ባለሥልጣናት፣ ለምሳሌ ለፖሊስ፣ ያሳውቁ። እገዳው በሥራ ላይ እያለ መመለስ አይችሉም፤ መጣሱም የወንጀል ድርጊት ነው።',
  'departure.note.documents-returned-after-voluntary-return': 'በፈቃድዎ ወደ ቤት ከተመለሱ፣ ወደ ኖርዌይ ሲመጡ ያስረከቡት ፓስፖርትና ሌሎች ሰነዶች ይመለሱልዎታል፤ ቢዘገይ አገርዎ ሲደርሱ።',
  'departure.note.documents-handed-to-home-authorities-after-forced-return': 'በኃይል ከተመለሱ ሰነዶችዎ ለአገርዎ ባለሥልጣናት ይሰጣሉ፤ ሰነዶቹን ለማግኘት እነርሱን ማነጋገር ሊኖርብዎት ይችላል።',
  'departure.note.registered-as-moved':
    'የመኖሪያ ፈቃድ ስለነበረዎትና የኖርዌይ የግል መለያ ቁጥር ስላለዎት፣ በብሔራዊ የሕዝብ መዝገብ ውስጥ ከኖርዌይ እንደወጣ ሰው ይመዘገባሉ። ከዚያም እንደ ሐኪሞች፣ ትምህርት ቤቶችና NAV ባሉ የሕዝብ አገልግሎቶች ላይ ችግር ሊገጥምዎት ይችላል።',
  'departure.note.registration-correction-form':
    'እንደወጣ ሰው የተመዘገቡት (ወይም የሚመዘገቡት) ጥቅምት 1 ቀን 2017 ወይም ከዚያ በኋላ ነው። የኢሚግሬሽን ባለሥልጣናት ስሕተት ሠርተዋል ብለው ካመኑ በUDI ድረ ገጽ ላይ ያለውን ቅጽ ሞልተው ይላኩ።',
  // Rule set 4: forced-return categories
  'forced-return.category.refused': 'የመቆየት ፈቃድ ስለሌለዎት ኖርዌይን መልቀቅ አለብዎት። ይህ ከመመለስ አያግድዎትም።',
  'forced-return.category.expelled': 'ተባርረዋል። ለተወሰነ ጊዜ ወደ ኖርዌይ እንዳይገቡ ታግደዋል፤ እገዳውን መጣስም የወንጀል ድርጊት ነው።',
  'forced-return.category.asylum': 'በኖርዌይ ያቀረቡት የጥበቃ (ጥገኝነት) ማመልከቻ ውድቅ ተደርጓል።',
  'forced-return.category.dublin': 'በደብሊን ደንብ መሠረት ለጥገኝነት ማመልከቻዎ ኃላፊነት ወዳለው የአውሮፓ አገር ይዛወራሉ።',
  'forced-return.category.ip': 'በሌላ የሸንገን አገር ዓለም አቀፍ ጥበቃ ተሰጥቶዎታል፤ ወደዚያም ይመለሳሉ።',
  'forced-return.responsible.npis': 'የብሔራዊ ፖሊስ የኢሚግሬሽን አገልግሎት (PU) መመለሱን ያከናውናል።',
  'forced-return.responsible.police-district': 'የፖሊስ ወረዳው መመለሱን ያከናውናል።',
  'forced-return.responsible.udi': 'የኖርዌይ የኢሚግሬሽን ዳይሬክቶሬት (UDI) ለበእርዳታ መመለስ ኃላፊ ነው።',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'በ{decisionDate, date, long} የተወሰነው የመባረር ውሳኔዎ ወደ {scope, select, schengen {ኖርዌይና መላው የሸንገን ክልል} other {ኖርዌይ}} እንዳይገቡ {permanent, select, yes {ለዘላለም} other {ለ{years, plural, one {# ዓመት} other {# ዓመታት}}፣ ከ{start, date, long} እስከ {lastDay, date, long} (ያካተተ)}} ያግድዎታል።',
  're-entry.ban.expired': 'በ{decisionDate, date, long} ከተወሰነው የመባረር ውሳኔዎ የመጣው የመግቢያ እገዳ አብቅቷል፦ የመጨረሻ ቀኑ {lastDay, date, long} ነበር።',
  're-entry.scope.norway-only': 'ይህ የመግቢያ እገዳ ኖርዌይን ብቻ ይመለከታል፤ ስለዚህ ወደ ሌላ የሸንገን አገር ከመግባት አያግድዎትም።',
  're-entry.scope.norway': 'የመግቢያ እገዳ ሁልጊዜ ኖርዌይን ይመለከታል።',
  're-entry.scope.schengen': 'ይህ የመግቢያ እገዳ መላውን የሸንገን ክልል ይመለከታል፤ ስለዚህ ወደ ሌላ የሸንገን አገር ከመግባትም ያግድዎታል።',
  're-entry.outcome.no-bar':
    '{deported, select, yes {ከዚህ በፊት በኃይል ተመልሰዋል፤ ነገር ግን ያ ብቻውን ከመመለስ አያግድዎትም። } other {}}በ{plannedEntryDate, date, long} ወደ {destination, select, norway {ኖርዌይ} other {ሌላ የሸንገን አገር}} እንዳይገቡ የሚያግድዎት የመግቢያ እገዳ የለም።{owes, select, yes { ለበኃይል መመለስዎ አሁንም {owed, number, nok} ዕዳ አለብዎት፤ ወደ ኖርዌይ ከመምጣትዎ በፊት ይክፈሉት።} other {}}',
  're-entry.outcome.unpaid-costs': 'ለበኃይል መመለስዎ {owed, number, nok} ዕዳ አለብዎት። ካልከፈሉት ወደ ኖርዌይ ሲመጡ መግባት ሊከለከሉና ሊባረሩ ይችላሉ።',
  're-entry.outcome.entry-banned':
    'በ{plannedEntryDate, date, long} ወደ {destination, select, norway {ኖርዌይ} other {ሌላ የሸንገን አገር}} መግባት አይችሉም፦ {permanent, select, yes {ለዘላለም ከመግባት ታግደዋል።} other {እስከ {until, date, long} (ያካተተ) ከመግባት ታግደዋል።}}{schengen, select, yes { እገዳው መላውን የሸንገን ክልል ይመለከታል።} other {}} እገዳው በሥራ ላይ እያለ መግባት የወንጀል ድርጊት ነው።',
  're-entry.warning.decided-before-2010':
    'በ{decisionDate, date, long} የተወሰነው የማባረር ውሳኔ የተሰጠው ከጥር 1 ቀን 2010 (እ.ኤ.አ.) በፊት፣ በ1988ቱ የውጭ ዜጎች ሕግ መሠረት ነው። Retur ያ ሕግ ይፈቅዳቸው የነበሩትን የእገዳ ርዝመቶች አልያዘም፤ ስለዚህ እገዳው በተወሰነው መሠረት ይቆጠራል፦ ጊዜው እስኪያልቅ ወይም እስኪነሳ ድረስ ጸንቶ ይቆያል። ውሳኔውን ያረጋግጡ።',
  're-entry.warning.length-not-allowed-on-decision-date':
    'በ{decisionDate, date, long} የተወሰነው የማባረር ውሳኔ በዚያ ቀን ተፈጻሚ የነበሩት ደንቦች ያልፈቀዱትን የእገዳ ርዝመት ወስኗል። ውሳኔ እስኪቀየር ድረስ ጸንቶ ይቆያል፤ ስለዚህ እገዳው በተወሰነው መሠረት ይቆጠራል። ውሳኔውን ያረጋግጡ።',
  're-entry.warning.eea-ban-under-minimum':
    'በ{decisionDate, date, long} የተወሰነው የማባረር ውሳኔ የአውሮፓ ኅብረት/የአውሮፓ ኢኮኖሚያዊ ክልል አገር ዜጋን ከ{minimum} ዓመት ባነሰ ጊዜ ያግዳል፤ ይህም ሕጉ ለእነርሱ የሚፈቅደው አጭሩ እገዳ ነው። ውሳኔ እስኪቀየር ድረስ ጸንቶ ይቆያል፤ ስለዚህ እገዳው በተወሰነው መሠረት ይቆጠራል። ውሳኔውን ያረጋግጡ።',
} satisfies Messages<'rules'>;
