import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'ብሓገዝ ንምምላስ ከመልክቱ ካብ ዝኽእሉ ጉጅለታት ሓደ እኳ ምስ ኩነታትኩም ኣይሰማማዕን።',
  'assisted-return.eligibility.group.rejected':
    'ናይ ሓለዋ (ዑቕባ) ሕቶኹም ወይ ኣብ ኖርወይ ናይ ካልእ መንበሪ ፍቓድ ሕቶኹም ተነጺጉ እዩ፣ ወይ ናይ ሓለዋ ሕቶኹም ኣልዒልኩምዎ ኢኹም። ኣብዚ ኩነታት ዘለዉ ሰባት ብሓገዝ ንምምላስ ከመልክቱ ይኽእሉ።',
  'assisted-return.eligibility.group.protection-pending': 'ናይ ሓለዋ (ዑቕባ) ሕቶኹም ይረአ ኣሎ። ዑቕባ ሓተትቲ ኣብ ዝኾነ ደረጃ ናይ ዑቕባ መስርሕ ብሓገዝ ንምምላስ ከመልክቱ ይኽእሉ።',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'ኣብ ኖርወይ ሕጋዊ መንበሪ የብልኩምን፣ ኣብ UDI ዝተመዝገበ ጉዳይ ድማ ኣይነበረኩምን። ኣብዚ ኩነታት ዘለዉ ሰባት ብሓገዝ ንምምላስ ከመልክቱ ይኽእሉ።',
  'assisted-return.eligibility.group.dublin-transfer':
    'ብመሰረት ስርዓት ደብሊን ናብ ካልእ ሃገር ክትሰጋገሩ ውሳነ ኣለኩም፣ ግን ናብ ሃገርኩም ክትምለሱ ትመርጹ። ብሓገዝ ንምምላስ ከተመልክቱ ትኽእሉ ኢኹም፣ ግን ኣብ ውሽጢ ናይ ስርዓት ደብሊን ግዜ ገደባት ክትወጹ ኣለኩም።',
  'assisted-return.eligibility.group.temporary-residence-until-18': '18 ዓመት ክሳብ ትመልኡ ግዝያዊ ናይ መንበሪ ፍቓድ ኣለኩም። ኣብዚ ኩነታት ዘለዉ ሰባት ብሓገዝ ንምምላስ ከመልክቱ ይኽእሉ።',
  'assisted-return.eligibility.group.possible-trafficking-victim': 'ግዳይ ናይ ሰብ ንግዲ ክትኮኑ ትኽእሉ ኢኹም። ግዳያት ናይ ሰብ ንግዲ ክኾኑ ዝኽእሉ ብሓገዝ ንምምላስ ከመልክቱ ይኽእሉ።',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'ብዘይ ኣሰናባዲ ዝመጻእኩም ንኡስ ዕድመ ዑቕባ ሓታቲ ኢኹም። ብዘይ ኣሰናባዲ ዝመጹ ንኡሳን ዑቕባ ሓተትቲ ብሓገዝ ንምምላስ ከመልክቱ ይኽእሉ።',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'ኣብ ተቓላዒ ኩነታት ኢኹም ዘለኹም፣ ንሓለዋ ድማ ኣየመልከትኩምን። ዋላ ከምኡ ብሓገዝ ምምላስ ክትረኽቡ ትኽእሉ ኢኹም፤ UDI ብዛዕባ ኩነታትኩም ሰነዳት ከድልዮ እዩ።',
  'assisted-return.eligibility.group.legal-residence':
    'ኣብ ኖርወይ ሕጋዊ መንበሪ ኣለኩም። ሕጋዊ መንበሪ ዘለዎም ሰባት ብሓገዝ ንምምላስ ከመልክቱ ኣይኽእሉን፣ ግን ናብ ሃገር ንምምላስ (repatriation) ከመልክቱ ይኽእሉ።',
  'assisted-return.eligibility.exclusion.none': 'ካብ ገደባት ናይቲ መደብ ሓደ እኳ ኣባኹም ኣይምልከትን።',
  'assisted-return.eligibility.cannot-apply': 'ብሓገዝ ንምምላስ ከተመልክቱ ኣይትኽእሉን።',
  'assisted-return.eligibility.may-apply': 'ብሓገዝ ንምምላስ ከመልክቱ ካብ ዝኽእሉ ጉጅለታት እንተወሓደ ኣብ ሓደ ኢኹም ዘለኹም።',
  'assisted-return.eligibility.normally-excluded': 'ሓደ ገደብ ስለ ዝምልከተኩም፣ እቲ መደብ ብልሙድ ኣይምልከተኩምን፣ ሕቶ ድማ ብልሙድ ክንጸግ እዩ።',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker': 'ንብዘይ ኣሰናባዲ ዝመጹ ንኡሳን ዑቕባ ሓተትቲ ፍሉይ ኩነታት ይግበር፣ ስለዚ ዋላ ከምኡ ከተመልክቱ ትኽእሉ ኢኹም።',
  'assisted-return.eligibility.exception.possible-trafficking-victim': 'ንግዳያት ናይ ሰብ ንግዲ ክኾኑ ንዝኽእሉ ፍሉይ ኩነታት ይግበር፣ ስለዚ ዋላ ከምኡ ከተመልክቱ ትኽእሉ ኢኹም።',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation': 'ንዓመጽ፣ ንግዳን ወይ ንምዝማዝ ንዝተቓልዑ ፍሉይ ኩነታት ይግበር፣ ስለዚ ዋላ ከምኡ ከተመልክቱ ትኽእሉ ኢኹም።',
  'assisted-return.eligibility.destination.home-country': 'ብሓገዝ ምምላስ ናብ ዓድኹም ይመልሰኩም።',
  'assisted-return.eligibility.destination.country-of-residence':
    'ዜጋ እኳ እንተዘይኮንኩም ናይ መንበሪ ፍቓድ ናብ ዘለኩም ሃገር፣ ካብ ሕብረት ኤውሮጳ/ቁጠባዊ ዞባ ኤውሮጳ ወጻኢ እንተኾይና፣ ክትምለሱ ትኽእሉ ኢኹም። ቅዳሕ ሕጋዊ ናይ መንበሪ ፍቓድ ክትሰዱ ኣለኩም።',
  'assisted-return.eligibility.destination.eea-country': '{country} ኣብ ሕብረት ኤውሮጳ/ቁጠባዊ ዞባ ኤውሮጳ እያ። ዜጋ ናብ ዘይኮንኩማ ሃገር ብሓገዝ ምምላስ ካብዚ ዞባ ወጻኢ ናብ ዘላ ሃገር ጥራይ እዩ።',
  'assisted-return.eligibility.exclusion.excluded-nationality': 'ዜጋ ናይዛ ሃገር ኢኹም፦ {country}። እቲ መደብ ብልሙድ ንዜጋታት ናይዛ ሃገር ({country}) ኣይምልከትን።',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'ዜጋታት ናይዛ ሃገር ({country}) ካብ ግዴታ ቪዛ ናብ ዞባ ሸንገን ነጻ እዮም። እቲ መደብ ብልሙድ ንዜጋታት ካብ ቪዛ ነጻ ዝኾነት ሃገር ኣይምልከትን።',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'ዜጋ ናይዛ ሃገር ኢኹም፦ {country}። ዜጋታት ሃገራት ሕብረት ኤውሮጳ/ዞባ ቁጠባ ኤውሮጳን ስዊዘርላንድን ቪዛ ኣየድልዮምን፣ እቲ መደብ ድማ ብልሙድ ንዜጋታት ካብ ቪዛ ነጻ ዝኾነት ሃገር ኣይምልከትን።',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'ቅድሚ ሕጂ ብሓገዝ ንምምላስ ወይ ናብ ሃገር ንምምላስ ደገፍ ረኺብኩም፣ ናብ ኖርወይ ተመሊስኩም፣ ናብ ኣብ ምትሕብባር ደብሊን ዝሳተፍ ሃገር ክትከዱ ድማ ትደልዩ። እቲ መደብ ብልሙድ ኣይምልከተኩምን።',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'ብኻልእ ምኽንያት እምበር ብድሌት ሓለዋ ዘይኮነ ናይ መንበሪ ፍቓድ ነይሩኩም፣ ግዜኡ ሓሊፉ ወይ ተሰሪዙ፣ ወይ ሓድሽ ኣይተዋህበኩምን። እቲ መደብ ብልሙድ ኣይምልከተኩምን።',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'ኣብ ካልእ ሃገር ሕብረት ኤውሮጳ/ዞባ ቁጠባ ኤውሮጳ ሓለዋ፣ መንበሪ ወይ ቪዛ ስለ ዝተዋህበኩም ኣብ ኖርወይ ዘቕረብኩምዎ ሕቶ ተነጺጉ። እቲ መደብ ብልሙድ ኣይምልከተኩምን።',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'ናይ ሓለዋ ሕቶኹም ኣብ ናይ 48 ሰዓት መስርሕ UDI ተራእዩ። ካብ ሰባት ናይዚ መስርሕ ዝቐርቡ ናይ ብሓገዝ ምምላስ ሕቶታት ኩሉ ግዜ ኣይጸድቑን።',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'ከም ብዘይ ኣሰናባዲ ንኡስ ዕድመ ናብ ኖርወይ ከም ዝመጻእኩምን ሕጂ ኣብ መንጎ 18ን 23ን ዓመት ከም ዘለኹምን ገሊጽኩም፣ ግን ብመሰረት ዕለተ ልደትኩም ዕድሜኹም {age, number} እዩ። ዕለተ ልደት ወይ ዝገለጽኩምዎ ኩነታት ኣረጋግጹ።',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'ብዘይ ኣሰናባዲ ዝመጻእኩም ንኡስ ዕድመ ዑቕባ ሓታቲ ምዃንኩም ገሊጽኩም፣ ግን ብመሰረት ዕለተ ልደትኩም ዕድሜኹም {age, number} እዩ፣ ትሕቲ 18 ኣይኮነን። ዕለተ ልደት ወይ ዝሃብኩምዎ መልሲ ኣረጋግጹ።',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'ናይ ምውጻእ ግዜ ገደብ ኣይተዋህበኩምን፣ ስለዚ እቲ ልዑል መጠን ትረኽቡ።',
  'assisted-return.support.timing.not-registered': 'ኣብ ኖርወይ ኣይተመዝገብኩምን፣ ስለዚ ግዜ ገደብ ዝኾነ ይኹን እቲ ልዑል መጠን ትረኽቡ።',
  'assisted-return.support.age-group.adult': 'እዚ ገያሻይ ኣብ መዓልቲ ሕቶ 18 ዓመት ወይ ልዕሊኡ እዩ፣ ከም ዓቢ ሰብ ድማ ይቑጸር።',
  'assisted-return.support.age-group.child': 'እዚ ገያሻይ ኣብ መዓልቲ ሕቶ ትሕቲ 18 ዓመት እዩ፣ ከም ቆልዓ ድማ ይቑጸር።',
  'assisted-return.support.grant.adult.before-deadline': 'ንሓደ ዓቢ ሰብ ናይ ዳግመ ምጥርናፍ ሓገዝ ብልዑል መጠን ትረኽቡ።',
  'assisted-return.support.grant.adult.after-deadline': 'ንሓደ ዓቢ ሰብ ናይ ዳግመ ምጥርናፍ ሓገዝ ብትሑት መጠን ትረኽቡ።',
  'assisted-return.support.grant.child.before-deadline': 'ንሓደ ቆልዓ ናይ ዳግመ ምጥርናፍ ሓገዝ ብልዑል መጠን ትረኽቡ።',
  'assisted-return.support.grant.child.after-deadline': 'ንሓደ ቆልዓ ናይ ዳግመ ምጥርናፍ ሓገዝ ብትሑት መጠን ትረኽቡ።',
  'assisted-return.support.child-extra.before-deadline': 'ንሓደ ቆልዓ ተወሳኺ ሓገዝ ትረኽቡ፤ እዚ ብልዑል መጠን ጥራይ እዩ ዝኽፈል።',
  'assisted-return.support.child-extra.after-deadline': 'ብትሑት መጠን ንቆልዓ ተወሳኺ ሓገዝ የለን።',
  'assisted-return.support.travel-document.paid': 'ሕጋዊ ናይ ጉዕዞ ሰነድ ስለ ዘረከብኩም (ወይ ስምኩም ኣብቲ ሰነድ ስለ ዝሰፈረ) ዝወሃብ ተወሳኺ ደገፍ፣ ንነፍሲ ወከፍ ሰብ።',
  'assisted-return.support.travel-document.closed': 'ሕጋዊ ናይ ጉዕዞ ሰነድ ንምርካብ ዝወሃብ ተወሳኺ ደገፍ ብ1 ለካቲት 2018 ተወዲኡ እዩ፤ ስለዚ ንዚ ሕቶ እዚ ኣይክፈልን እዩ።',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'ኣብ ካልእ ሃገር ሸንገን ሕጋዊ ናይ መንበሪ ፍቓድ ስለ ዘለኩም፣ ነቲ ንሕጋዊ ናይ ጉዕዞ ሰነድ ዝወሃብ ተወሳኺ ደገፍ ክትረኽቡ ኣይትኽእሉን ኢኹም።',
  'assisted-return.support.programme.not-offered': 'እዚ ናይ ሃገር መደብ ንዜግነትኩም ወይ ንስድራኹም ኣይኮነን።',
  'assisted-return.support.programme.offered': 'ንዜግነትኩም ዝኸውን ናይ ምምላስ መደብ ኣገልግሎታት ይህብ። እዚኣቶም በይኖም ይዝርዘሩ፣ ኣብ ድምር ጥረ ገንዘብ ኣይቑጸሩን።',
  'assisted-return.support.timing.on-or-before-deadline':
    'ኣብ መዓልቲ ናይ ምውጻእ ግዜ ገደብኩም ወይ ቅድሚኡ ({deadline, date, long}) ተመልክቱ ኣለኹም፣ ስለዚ እቲ ልዑል መጠን ትረኽቡ። ኣብታ መዓልቲ ግዜ ገደብ ባዕላ እውን ይሰርሕ።',
  'assisted-return.support.timing.after-deadline':
    'ክተመልክቱ ከለኹም ናይ ምውጻእ ግዜ ገደብኩም ({deadline, date, long}) ሓሊፉ ነይሩ፣ ስለዚ እቲ ትሑት መጠን ትረኽቡ፣ ንቆልዑ ድማ ተወሳኺ ገንዘብ ኣይትረኽቡን።',
  'assisted-return.support.programme.iraq-ettc':
    'ኣብ ዒራቕ ብኣቢሉ ETTC ዋጋኦም {amount, number, nok} ዝኾነ ናይ ዳግመ ምጥርናፍ ኣገልግሎታት ክትረኽቡ ትኽእሉ ኢኹም፣ ንኣብነት ቤት ትምህርቲ፣ ስራሕ ንምርካብ ሓገዝ፣ ስልጠና ወይ ንግዲ ምጅማር። እዚኣቶም ኣገልግሎታት እዮም፣ ጥረ ገንዘብ ኣይኮኑን።',
  'assisted-return.support.programme.somalia-drc-families':
    'ኣብ ሶማሊያ ነፍሲ ወከፍኩም ብኣቢሉ ቤት ምኽሪ ስደተኛታት ደንማርክ (DRC) ስራሕ ንምርካብ፣ ንስልጠና ወይ ንግዲ ንምጅማር ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም፣ ዋጋኡ ንነፍሲ ወከፍ ሰብ {amount, number, nok} እዩ። እዚኣቶም ኣገልግሎታት እዮም፣ ጥረ ገንዘብ ኣይኮኑን።',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay':
    'ኣብ ኖርወይ ክትጸንሑ ሕጋዊ መሰል የብልኩምን፣ ንዓኹም ዝጎዪ ናይ ምውጻእ ግዜ ገደብ ድማ የለን፣ ስለዚ ሕጂ ንኖርወይ ክትገድፉ ኣለኩም። ብፍቓድኩም እንተዘይከይድኩም ፖሊስ ብሓይሊ ክመልሰኩም እዩ።',
  'departure.status.revoked-no-deadline':
    'ውሳነ UNE ናይ ምውጻእ ግዜ ገደብ ኣይህበኩምን። UNE ንሓደ ሰብ ክወጽእ ከገድዶ ከሎ ግዜ ገደብ እውን ይህብ፣ ስለዚ እቲ ውሳነ ንኖርወይ ክትገድፉ ኣየገድደኩምን። ክትወጹ ከም ዘለኩም ዝገልጽ ውሳነ UNE ኣረጋግጹ።',
  'departure.status.staying-without-permission': 'ብዘይ ፍቓድ ኣብ ኖርወይ ኢኹም ዘለኹም፦ ቅድሚ ሕጂ ናይ ምውጻእ ግዜ ገደብ ተዋሂቡኩም፣ ሕጂ እውን ክትወጹ ግዴታ ኣለኩም። ንኖርወይ ብቕጽበት ክትገድፉ ኣለኩም።',
  'departure.status.deferred-implementation-granted':
    'UNE ይግባይኩም ክሳብ ዝርኢ ኣብ ኖርወይ ክትጸንሑ ተፈቒዱልኩም (ምድንጓይ ኣፈጻጽማ)። UNE ውሳነ ክሳብ ዝህብ ክትጸንሑ ትኽእሉ ኢኹም። UNE ይግባይኩም እንተነጺጉ ናይ ምውጻእ ግዜ ገደብ ክወሃበኩም እዩ።',
  'departure.status.deferred-implementation-denied': 'UNE ይግባይኩም ክሳብ ዝርኢ ኣብ ኖርወይ ክትጸንሑ ኣይተፈቕደልኩምን። ኣብዚ ብዘይሕጋዊ መገዲ ኢኹም ዘለኹም፣ ንኖርወይ ብቕጽበት ክትገድፉ ኣለኩም።',
  'departure.status.new-application-pending':
    'ፍቓድኩም ወይ ዜግነትኩም ተሰሪዙ፣ ግን ዝረአ ዘሎ ሓድሽ ናይ መንበሪ ፍቓድ ሕቶ ኣለኩም። ክሳብ ዝረአ ኣብ ኖርወይ ክትጸንሑ መሰል ክህልወኩም ይኽእል። ውሳነ UNE ንዓኹም ዝምልከት ይገልጽ።',
  'departure.area.schengen-when-expelled': 'ስለ ዝተሰጎኹም፣ ኣብ ካልእ ሃገር ሸንገን ናይ መንበሪ ፍቓድ እንተዘይብልኩም፣ ንዞባ ሸንገን እውን ክትገድፉ ኣለኩም።',
  'departure.area.schengen-when-revoked': 'ፍቓድኩም ወይ ዜግነትኩም ስለ ዝተሰረዘን ኣብ ኖርወይ ሓድሽ ናይ መንበሪ ፍቓድ ስለ ዘይተዋህበኩምን፣ ብልሙድ ንኖርወይን ንዞባ ሸንገንን ክትገድፉ ግዴታ ኣለኩም።',
  'departure.area.norway-with-schengen-permit': 'ኣብ ካልእ ሃገር ሸንገን ናይ መንበሪ ፍቓድ ስለ ዘለኩም፣ ንኖርወይ ክትገድፉ ኣለኩም፤ ንዞባ ሸንገን ግን ኣይኮነን።',
  'departure.area.dublin-transfer': 'ናብታ ሕቶ ዑቕባኹም ናይ ምርኣይ ሓላፍነት ዘለዋ ሃገር ደብሊን ክትስጋገሩ ኢኹም፤ ንኖርወይ ገዲፍኩም ናብታ ሃገር ክትከዱ ኣለኩም።',
  'departure.area.schengen-after-rejection':
    'ንኖርወይ ክትገድፉ ዘገድደኩም ውሳነ፣ ንዞባ ሸንገን እውን ክትገድፉ የገድደኩም፤ ኣብ ካልእ ሃገር ሸንገን ናይ መንበሪ ፍቓድ ወይ ካልእ ናይ መንበሪ መሰረት እንተሃልዩኩም ግን ኣይኮነን።',
  'departure.assisted-return.not-listed': 'ብሓገዝ ምምላስ ኣብ ገለ ኩነታት ጥራይ እዩ ዝቐርብ፣ ዓይነት ውሳነኹም ድማ ኣብቶም UDI ዝዝርዝሮም የለን። ዋላ ከምኡ ከተመልክቱ ትኽእሉ እንተኾንኩም ንUDI ክትሓቱ ትኽእሉ ኢኹም።',
  'departure.assisted-return.may-apply': 'ብሓገዝ ንምምላስ ከተመልክቱ ትኽእሉ ኢኹም። ናይ ምውጻእ ግዜ ገደብኩም ሓሊፉ፣ ስለዚ ቅድሚኡ ንምምልካት ዝወሃብ ተወሳኺ ደገፍ ድሕሪ ሕጂ የለን።',
  'departure.assisted-return.before-deadline':
    'ብሓገዝ ንምምላስ ከተመልክቱ ትኽእሉ ኢኹም። ናይ ምውጻእ ግዜ ገደብኩም ከይሓለፈ እንተ ኣመልኪትኩም ተወሳኺ ደገፍ ክትረኽቡ ትኽእሉ ኢኹም፣ ብሓገዝ ምምላስ እንተ ተፈቒዱልኩም ድማ ብሓፈሻዊ ሕጊ ኣይክትስጎጉን ኢኹም።',
  'departure.entry-ban.none': 'ኣይተሰጎኹምን፣ ስለዚ ናይ ምእታው እገዳ የብልኩምን።',
  'departure.documents.not-applicable': 'ንዓይነት ውሳነኹም ብዛዕባ ሰነዳት ኣብዚ ዝኾነ ሕጊ የለን።',
  'departure.documents.protection-claim': 'እቶም ዘረከብኩምዎም ሰነዳት እንታይ ከም ዝኾኑ ብፍቓድኩም ትምለሱ ወይ ብሓይሊ ትምለሱ ኣብ ምዃኑ ይምርኮስ።',
  'departure.national-registry.not-relevant': 'ኖርወያዊ ውልቃዊ መለለዪ ቁጽሪ የብልኩምን፣ ስለዚ ኣብ ሃገራዊ መዝገብ ህዝቢ ከም ዝወጸ ሰብ ኣይክትምዝገቡን ኢኹም።',
  'departure.status.by-deadline': 'ንኖርወይ እንተደንጎየ ክሳብ {deadline, date, long} ክትገድፉ ኣለኩም። በታ መዓልቲ ሕጂ እውን ኣብ ውሽጢ ግዜ ኢኹም።',
  'departure.status.deadline-passed': 'ንኖርወይ ንምግዳፍ ዝተዋህበኩም ግዜ ገደብ ({deadline, date, long}) ሓሊፉ። ኣብ ኖርወይ ብዘይሕጋዊ መገዲ ኢኹም ዘለኹም፣ ብቕጽበት ክትወጹ ኣለኩም።',
  'departure.status.deferred-implementation-pending':
    'UNE ይግባይኩም ክሳብ ዝርኢ ኣብ ኖርወይ ክትጸንሑ ሓቲትኩም ኢኹም (ምድንጓይ ኣፈጻጽማ)። ክትጸንሑ ትኽእሉ እንተኾንኩም ክንገረኩም እዩ። መብዛሕትኦም ሰባት ክጸንሑ ኣይፍቀደሎምን፣ ስለዚ {deadlineRuns, select, yes {ክሳብ {deadline, date, long}፣ ኣብ ውሳነኹም ዘሎ ግዜ ገደብ፣} other {ብቕጽበት}} ንምውጻእ ድሉዋት ኩኑ።',
  'departure.consequences': 'ክትገድፉ ከለኩም ንኖርወይ እንተዘይገዲፍኩም እዚ ክኸውን ይኽእል።',
  'departure.note.arrest-and-forced-return': 'እንተዘይከይድኩም ፖሊስ ክሕዘኩምን ብሓይሊ ክመልሰኩምን ይኽእል። ኣብ ቤት ማእሰርቲ ክትሕዙ ትኽእሉ ኢኹም፣ መዓስ ክትሕዙ ከም እትኽእሉ ድማ ኣይንገረኩምን።',
  'departure.note.deportation-costs-debt':
    'ፖሊስ እንተ መሊሱኩም ወጻኢታት ናይቲ ምምላስ ክትከፍሉ ኣለኩም። ክትከፍሉ እንተዘይክኢልኩም ሰበ-ስልጣን ኖርወይ ይኸፍሉ፣ ንስኹም ድማ ነቲ ገንዘብ ከም ዕዳ ትሓዙ። ክሳብ ትኸፍሉ ናብ ኖርወይ ክትምለሱ ኣይትኽእሉን።',
  'departure.note.expulsion-and-entry-ban':
    'ኣብ ኖርወይ ብዘይሕጋዊ መገዲ ስለ ዝጸናሕኩም፣ ካብ ኖርወይን ካልኦት ሃገራት ሸንገንን ክትስጎጉን ንምሉእ ዞባ ሸንገን ን1–5 ዓመት ካብ ምእታው ክትእገዱን ትኽእሉ ኢኹም። ናይ ምእታው እገዳ ምጥሓስ ገበን እዩ።',
  'departure.note.no-right-to-work': 'ኣብ ኖርወይ ክትሰርሑ ኣይትኽእሉን። እንተሰሪሕኩም ክትስጎጉ ትኽእሉ ኢኹም።',
  'departure.note.family-returned-together': 'ንሶም እውን ክወጹ ዘለዎም ስድራ እንተለዉኹም፣ ፖሊስ ንኹልኹም ብሓንሳብ ክመልሰኩም ክፍትን እዩ።',
  'departure.note.less-money-at-reception-centre': 'ኣብ ማእከል ምቕባል ዑቕባ ሓተትቲ እንተትነብሩ፣ ካብ ሕጂ ንደሓር ካብ ቅድሚ ዝወሓደ ገንዘብ ክትረኽቡ ኢኹም።',
  'departure.note.arrest-and-forced-return.dublin': 'ክትጸንሑ እንተዘይተፈቒዱልኩም፣ ፖሊስ ሒዙ ናብታ ሕቶ ዑቕባኹም እትርኢ ሃገር ከሰጋግረኩም እዩ።',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'ኣብ ኖርወይ ብዘይሕጋዊ መገዲ እንተጸኒሕኩም ወይ እንተሰሪሕኩም፣ ካብ ኖርወይን ካልኦት ሃገራት ሸንገንን ደጊምኩም ክትስጎጉ ትኽእሉ ኢኹም፣ ናይ ምእታው እገዳ ድማ ዝያዳ ክነውሕ ይኽእል።',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'ኣብ ኖርወይ ብዘይሕጋዊ መገዲ እንተጸኒሕኩም ወይ እንተሰሪሕኩም፣ ካብ ኖርወይን ካልኦት ሃገራት ሸንገንን ክትስጎጉ ትኽእሉ ኢኹም። ሽዑ ናብ ኖርወይ፣ ብልሙድ ድማ ናብ ዞባ ሸንገን፣ ንዝተወሰነ ግዜ ወይ ንሓዋሩ ካብ ምእታው ክትእገዱ ኢኹም።',
  'departure.note.assisted-return.dublin':
    'ናብ ሃገር ደብሊን ካብ ምስግጋር ንላዕሊ፣ ናብ ሃገርኩም ብሓገዝ ንምምላስ ናብ UDI ከተመልክቱ ትኽእሉ ኢኹም፦ ናብ ገዛ ንምጒዓዝን ኣብኡ ንምጥያስን ሓገዝን ገንዘብን ትረኽቡ። ብቑዓት ምዃንኩም ኣብ ጉዳይኩም ይምርኮስ።',
  'departure.note.assisted-return':
    'ብሓገዝ ንምምላስ ናብ UDI ከተመልክቱ ትኽእሉ ኢኹም፦ ናብ ገዛ ንምጒዓዝን ኣብኡ ንምጥያስን ሓገዝን ገንዘብን ትረኽቡ፣ IOM ድማ ነቲ ጉዕዞ ንምውዳብ ይሕግዘኩም። ብቑዓት ምዃንኩም ኣብ ጉዳይኩም ይምርኮስ።',
  'departure.note.additional-support-before-deadline': 'ናይ ምውጻእ ግዜ ገደብኩም ከይሓለፈ እንተ ኣመልኪትኩም ተወሳኺ ፋይናንሳዊ ደገፍ ክትረኽቡ ትኽእሉ ኢኹም።',
  'departure.note.no-expulsion-if-granted-before-deadline': 'ቅድሚ ግዜ ገደብ ኣመልኪትኩም ብሓገዝ ምምላስ እንተ ተፈቒዱልኩም፣ ብሓፈሻዊ ሕጊ ካብ ኖርወይ ኣይክትስጎጉን ኢኹም።',
  'departure.note.no-additional-support-after-deadline': 'ናይ ምውጻእ ግዜ ገደብኩም ሓሊፉ፣ ስለዚ ቅድሚ ግዜ ገደብ ንዘመልክቱ ዝወሃብ ተወሳኺ ፋይናንሳዊ ደገፍ ድሕሪ ሕጂ ክትረኽቡ ኣይትኽእሉን።',
  'departure.note.entry-ban-runs-from-departure':
    'ናይ ምእታው እገዳ ካብታ ንኖርወይን ንዞባ ሸንገንን እትገድፉላ መዓልቲ ይጅምር፣ ስለዚ መዓስ ከም እትኸዱ ንሰበ-ስልጣን ኖርወይ፣ ንኣብነት ንፖሊስ፣ ሓብሩ። እቲ እገዳ ኣብ ግብሪ ክሳብ ዘሎ ክትምለሱ ኣይትኽእሉን፣ ምጥሓሱ ድማ ገበን እዩ።',
  'departure.note.documents-returned-after-voluntary-return':
    'ብፍቓድኩም ናብ ገዛ እንተተመሊስኩም፣ ናብ ኖርወይ ክትመጹ ከለኹም ዘረከብኩምዎ ፓስፖርትን ካልኦት ሰነዳትን ክምለሰልኩም እዩ፣ እንተደንጎየ ናብ ሃገርኩም ምስ በጻሕኩም።',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'ብሓይሊ እንተተመሊስኩም፣ ሰነዳትኩም ንሰበ-ስልጣን ሃገርኩም ክወሃቡ እዮም፣ ሰነዳት ንምምላስ ድማ ምስኦም ክትራኸቡ ከድልየኩም ይኽእል።',
  'departure.note.registered-as-moved':
    'ናይ መንበሪ ፍቓድ ስለ ዝነበረኩምን ኖርወያዊ ውልቃዊ መለለዪ ቁጽሪ ስለ ዘለኩምን፣ ኣብ ሃገራዊ መዝገብ ህዝቢ ከም ካብ ኖርወይ ዝወጸ ሰብ ክትምዝገቡ ኢኹም። ሽዑ ምስ ህዝባዊ ኣገልግሎታት ከም ሓካይም፣ ኣብያተ ትምህርቲን NAVን ጸገም ክገጥመኩም ይኽእል።',
  'departure.note.registration-correction-form':
    'ከም ዝወጸ ሰብ ምምዝጋብኩም ኣብ 1 ጥቅምቲ 2017 ወይ ድሕሪኡ ተገይሩ (ወይ ክግበር እዩ)። ሰበ-ስልጣን ስደት ጌጋ ከም ዝፈጸሙ እንተ ኣሚንኩም፣ ኣብ መርበብ ሓበሬታ UDI ዘሎ ቅጥዒ መሊእኩም ስደዱ።',
  // Rule set 4: forced-return categories
  'forced-return.category.refused': 'ናይ ምጽናሕ ፍቓድ ስለ ዘይብልኩም ንኖርወይ ክትገድፉ ኣለኩም። እዚ ካብ ምምላስ ኣይእግደኩምን።',
  'forced-return.category.expelled': 'ተሰጒጕኩም ኢኹም። ንግዜኡ ናብ ኖርወይ ካብ ምእታው ተኣጊድኩም፣ ነቲ እገዳ ምጥሓስ ድማ ገበን እዩ።',
  'forced-return.category.asylum': 'ኣብ ኖርወይ ዘቕረብኩምዎ ናይ ሓለዋ (ዑቕባ) ሕቶ ተነጺጉ።',
  'forced-return.category.dublin': 'ብመሰረት ስርዓት ደብሊን ናብታ ንሕቶ ዑቕባኹም ሓላፍነት ዘለዋ ሃገር ኤውሮጳ ትሰጋገሩ ኣለኹም።',
  'forced-return.category.ip': 'ኣብ ካልእ ሃገር ሸንገን ኣህጉራዊ ሓለዋ ተዋሂቡኩም፣ ናብኡ ድማ ትምለሱ ኣለኹም።',
  'forced-return.responsible.npis': 'ናይ ሃገራዊ ፖሊስ ኣገልግሎት ስደት (PU) ነቲ ምምላስ የፈጽሞ።',
  'forced-return.responsible.police-district': 'ወረዳ ፖሊስ ነቲ ምምላስ የፈጽሞ።',
  'forced-return.responsible.udi': 'ዳይረክቶሬት ስደት ኖርወይ (UDI) ንብሓገዝ ምምላስ ሓላፍነት ኣለዎ።',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'ብ{decisionDate, date, long} ዝተወሰነ ውሳነ ምስጓግኩም ናብ {scope, select, schengen {ኖርወይን ምሉእ ዞባ ሸንገንን} other {ኖርወይ}} ካብ ምእታው {permanent, select, yes {ንሓዋሩ} other {ን{years, plural, one {# ዓመት} other {# ዓመታት}}፣ ካብ {start, date, long} ክሳብ {lastDay, date, long} (ሓዊሱ)}} ይእግደኩም።',
  're-entry.ban.expired': 'ካብ ብ{decisionDate, date, long} ዝተወሰነ ውሳነ ምስጓግኩም ዝመጸ ናይ ምእታው እገዳ ተወዲኡ፦ ናይ መወዳእታ መዓልቱ {lastDay, date, long} ነበረ።',
  're-entry.scope.norway-only': 'እዚ እገዳ ምእታው ንኖርወይ ጥራይ እዩ ዝምልከት፤ ስለዚ ናብ ካልእ ሃገር ሸንገን ካብ ምእታው ኣይኽልክለኩምን።',
  're-entry.scope.norway': 'እገዳ ምእታው ኩሉ ግዜ ንኖርወይ ይምልከት።',
  're-entry.scope.schengen': 'እዚ እገዳ ምእታው ንብምሉኡ ዞባ ሸንገን ይምልከት፤ ስለዚ ናብ ካልእ ሃገር ሸንገን ካብ ምእታው እውን ይኽልክለኩም።',
  're-entry.outcome.no-bar':
    '{deported, select, yes {ቅድሚ ሕጂ ብሓይሊ ተመሊስኩም ኢኹም፣ ግን እዚ ጥራይ ካብ ምምላስ ኣይእግደኩምን። } other {}}ብ{plannedEntryDate, date, long} ናብ {destination, select, norway {ኖርወይ} other {ካልእ ሃገር ሸንገን}} ካብ ምእታው ዝኽልክለኩም ናይ ምእታው እገዳ የለን።{owes, select, yes { ንብሓይሊ ምምላስኩም ሕጂ እውን {owed, number, nok} ዕዳ ኣለኩም፤ ናብ ኖርወይ ቅድሚ ምምጻእኩም ክፈልዎ።} other {}}',
  're-entry.outcome.unpaid-costs': 'ንብሓይሊ ምምላስኩም {owed, number, nok} ዕዳ ኣለኩም። እንተዘይከፊልኩምዎ ናብ ኖርወይ ክትመጹ ከለኹም ምእታው ክንጸገኩምን ክትስጎጉን ትኽእሉ ኢኹም።',
  're-entry.outcome.entry-banned':
    'ብ{plannedEntryDate, date, long} ናብ {destination, select, norway {ኖርወይ} other {ካልእ ሃገር ሸንገን}} ክትኣትዉ ኣይትኽእሉን፦ {permanent, select, yes {ንሓዋሩ ካብ ምእታው ተኣጊድኩም ኢኹም።} other {ክሳብ {until, date, long} (ሓዊሱ) ካብ ምእታው ተኣጊድኩም ኢኹም።}}{schengen, select, yes { እቲ እገዳ ንምሉእ ዞባ ሸንገን ይምልከት።} other {}} እቲ እገዳ ኣብ ግብሪ ከሎ ምእታው ገበን እዩ።',
  're-entry.warning.decided-before-2010':
    'ብ{decisionDate, date, long} ዝተወሰነ ውሳነ ምስጓግ ቅድሚ 1 ጥሪ 2010፣ ብመሰረት ሕጊ ወጻእተኛታት ናይ 1988 እዩ ተዋሂቡ። Retur እቲ ሕጊ ዝፈቕዶ ዝነበረ ናይ እገዳ ንውሓት የብሉን፤ ስለዚ እቲ እገዳ ከም ዝተወሰኖ ይቑጸር፦ ክሳብ ዝውዳእ ወይ ዝለዓል ጸኒዑ ይጸንሕ። ነቲ ውሳነ ኣረጋግጹ።',
  're-entry.warning.length-not-allowed-on-decision-date':
    'ብ{decisionDate, date, long} ዝተወሰነ ውሳነ ምስጓግ፣ ኣብታ መዓልቲ እቲኣ ዝሰርሑ ዝነበሩ ሕግታት ዘይፈቐድዎ ንውሓት እገዳ ወሲኑ። ውሳነ ክሳብ ዝቕየር ጸኒዑ ይጸንሕ፤ ስለዚ እቲ እገዳ ከም ዝተወሰኖ ይቑጸር። ነቲ ውሳነ ኣረጋግጹ።',
  're-entry.warning.eea-ban-under-minimum':
    'ብ{decisionDate, date, long} ዝተወሰነ ውሳነ ምስጓግ ንዜጋ ሃገር ሕብረት ኤውሮጳ/ቁጠባዊ ዞባ ኤውሮጳ ካብ {minimum} ዓመት ንዝውሕድ ይእግድ፤ እዚ ድማ ሕጊ ንኣታቶም ዝፈቕዶ ዝሓጸረ እገዳ እዩ። ውሳነ ክሳብ ዝቕየር ጸኒዑ ይጸንሕ፤ ስለዚ እቲ እገዳ ከም ዝተወሰኖ ይቑጸር። ነቲ ውሳነ ኣረጋግጹ።',
} satisfies Messages<'rules'>;
