import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'Go’aan: codsigaaga celinta la caawiyo waa la aqbalay',
  'title.assisted-return-refused': 'Go’aan: codsigaaga celinta la caawiyo waa la diiday',
  'title.departure-deadline': 'Go’aanka ah inaad ka baxdo Noorweey, iyo waqtiga kama dambaysta ah ee baxitaankaaga',
  'title.entry-ban': 'Mamnuucid gelitaan: muddo kuma soo laaban kartid Noorweey',
  'title.appeal-decision': 'Go’aanka racfaankaaga',
  'title.deferral-decision': 'Jawaabta codsigaaga ah inaad Noorweey joogto inta UNE racfaanka eegayso',

  'name.assisted-return-granted': 'Celinta la caawiyo waa la oggolaaday',
  'name.assisted-return-refused': 'Celinta la caawiyo waa la diiday',
  'name.departure-deadline': 'Waqtiga baxitaanka',
  'name.entry-ban': 'Mamnuucid gelitaan',
  'name.appeal-decision': 'Go’aanka UNE ee racfaanka',
  'name.deferral-decision': 'Dib u dhigista fulinta',

  'section.decision': 'Go’aanka',
  'section.reasons': 'Sababaha',
  'section.rules': 'Waxa xeerarku sheegayaan',
  'section.support': 'Taageerada lacageed',
  'section.next': 'Waxa hadda dhacaya',
  'section.consequences': 'Haddii aadan bixin',
  'section.appeal': 'Racfaan',
  'section.contact': 'La xiriir',
  'section.sources': 'Ilaha',

  from: '{authority, select, udi {Agaasinka Socdaalka Noorweey (UDI)} une {Guddiga Racfaanka Socdaalka (UNE)} police {Booliska Noorweey} other {Hay’adaha socdaalka Noorweey}}',
  'header.from': 'Ka',
  'header.to': 'Loogu talagalay',
  'header.date': 'Taariikhda',
  'header.reference': 'Tixraaca',
  'header.caseNumber': 'Lambarka kiiska UDI',
  'header.concerns': 'Go’aankani wuxuu khuseeyaa',
  person: '{name}, dhashay {born, date, long}',
  languageNote: 'Warqaddan waxaa lagu qoray luqaddaada iyo Noorwiijiga. Haddii labada qoraal ay kala duwan yihiin, qoraalka Noorwiijiga ayaa la raacayaa.',
  'sources.intro': 'Warqaddani waxay ku salaysan tahay jumladahan macluumaadka dadweynaha ee hay’adaha (lagu soo xigtay Ingiriisi, sida loo daabacay):',

  'contact.udi': 'Agaasinka Socdaalka Noorweey (UDI): www.udi.no.',
  'contact.une': 'Guddiga Racfaanka Socdaalka (UNE): www.une.no.',
  'contact.police': 'Booliska: www.politiet.no.',
  'contact.iom': 'Ururka Caalamiga ah ee Socdaalka (IOM) ayaa kaa caawinaya safarka: norway.iom.int. Su’aalaha ku saabsan go’aanka u dir UDI: www.udi.no.',
  'contact.reference': 'Sheeg tixraaca {reference} markaad nala soo xiriirto.',
  'contact.help': 'Qareenkaaga, masuulkaaga ama shaqaalaha xarunta qaabilaadda ayaa kaa caawin kara inaad fahanto warqaddan.',

  'appeal.howTo':
    'Go’aankan waxaad uga racfaan qaadan kartaa Guddiga Racfaanka Socdaalka (UNE). Racfaanka u dir {authority, select, police {booliska} other {UDI}}, oo go’aanka gaaray. Haddii aysan iyagu beddelin go’aanka, racfaanka waxay u gudbinayaan UNE.',
  'appeal.within': 'Waqtiga racfaanku waa saddex toddobaad laga bilaabo maalinta aad go’aankan heshay.',
  'appeal.withinFrom': 'Go’aanka waxaa laguu soo sheegay {notified, date, long}. Waqtiga racfaanku waa saddex toddobaad laga bilaabo maalintaas.',
  'appeal.lastDay': 'Maalinta ugu dambaysa ee racfaanka waa {lastDay, date, long}.',
  'appeal.content':
    'Qor go’aanka aad ka racfaanaysid, sababta aad u aragto inuu khaldan yahay iyo waxa aad rabto in la beddelo, oo saxiix racfaanka (Sharciga Maamulka Dadweynaha, qodobbada 28, 29 iyo 32).',
  'appeal.lodged': 'Racfaankaaga waxaa la diiwaangeliyay {lodged, date, long}.',
  'appeal.decision':
    '{outcome, select, reversed {Guddiga Racfaanka Socdaalka (UNE) wuxuu buriyay go’aankii {decided, date, long} ee ahaa inaad ka baxdo Noorweey. Go’aankaas dartiis kama bixi doontid Noorweey.} other {Guddiga Racfaanka Socdaalka (UNE) wuxuu diiday racfaankaagii {lodged, date, long}. Go’aankii {decided, date, long} ee ahaa inaad ka baxdo Noorweey wuu taagan yahay.}}',
  'appeal.newDeadline': 'UNE waxay ku siisay waqti cusub: waa inaad ka baxdo Noorweey ugu dambayn {deadline, date, long}.',
  'appeal.reasons': 'Sababaha UNE, sida shaqaaluhu u qoray:',
  'appeal.final': 'Go’aanka UNE ee racfaanku waa kama dambays, lagamana racfaan qaadan karo.',

  'deadline.decision':
    '{decided, date, long}, {authority, select, udi {Agaasinka Socdaalka Noorweey (UDI)} une {Guddiga Racfaanka Socdaalka (UNE)} police {booliska} other {hay’adaha socdaalka}} waxay go’aamiyeen inaad ka baxdo Noorweey: {kind, select, protectionRejected {codsigaagii magangalyada (ilaalinta) waa la diiday} dublinTransfer {waddan kale oo Yurub ah ayaa mas’uul ka ah codsigaaga magangalyada (go’aanka Dublin)} residenceRejected {codsigaagii sharciga deganaanshaha waa la diiday} expelled {waa lagu masaafuriyay} permitRevoked {sharcigaagii deganaanshaha waa laga noqday} citizenshipRevoked {dhalashadaadii Noorweey waa laga noqday} stayingWithoutPermission {waxaad Noorweey ku joogtaa ogolaansho la’aan} other {xaq uma lihid inaad joogto}}.',
  'deadline.dublin': 'Waxaa laguu wareejin doonaa waddanka mas’uulka ka ah codsigaaga magangalyada: {country}.',
  'deadline.expelled':
    'Go’aanku wuxuu ka kooban yahay masaafurin. Markaad baxdo, kuma soo laaban kartid inta mamnuucidda gelitaanku jirto; warqad gaar ah ayaad ka heli doontaa mamnuucidda.',
  'deadline.upheld': '{decided, date, long}, Guddiga Racfaanka Socdaalka (UNE) wuxuu diiday racfaankaaga wuxuuna ku siiyay waqti cusub.',
  'deadline.by': 'Waa inaad ka baxdo Noorweey ugu dambayn {deadline, date, long}.',
  'deadline.leaveNow': 'Waa inaad isla markiiba ka baxdo Noorweey.',

  'granted.byUdi': 'Agaasinka Socdaalka Noorweey (UDI) wuxuu aqbalay codsigaagii celinta la caawiyo ee {applied, date, long}.',
  'granted.byUne':
    'Guddiga Racfaanka Socdaalka (UNE) wuxuu buriyay diidmadii {refused, date, long}. Codsigaagii celinta la caawiyo ee {applied, date, long} waa la aqbalay.',
  'granted.destination': 'Waxaad ku laaban doontaa {country} adigoo ay IOM caawinayso.',
  'granted.support': 'Qoyskaagu wuxuu heli doonaa {amount, number, nok} taageero lacageed ah, oo la xisaabiyay maalintii aad codsatay ({applied, date, long}).',
  'granted.supportLine': 'Socdaal da’diisu tahay {age, plural, one {# sano} other {# sano}}: {amount, number, nok} – {what}',
  'granted.iom':
    'Ururka Caalamiga ah ee Socdaalka (IOM) ayaa kula soo xiriiri doona si loo diyaariyo safarka: dukumentiyada safarka, tigidhka iyo taariikhda safarka.',
  'granted.travel': 'Safarkaaga waxaa loo qabtay {travel, date, long}.',
  'granted.withdraw': 'Haddii aad go’aankaaga beddesho, waad ka noqon kartaa codsigaaga ka hor intaadan safrin.',

  'refused.byUdi': 'Agaasinka Socdaalka Noorweey (UDI) wuxuu diiday codsigaagii celinta la caawiyo ee {applied, date, long}.',
  'refused.reasons': 'Sababaha UDI, sida shaqaaluhu u qoray:',
  'refused.rules': 'Waxa xeerarku ka sheegeen codsigaaga {applied, date, long}:',
  'refused.appealDecided':
    '{outcome, select, reversed {Guddiga Racfaanka Socdaalka (UNE) wuxuu buriyay go’aankan {decided, date, long}: codsigaaga waa la aqbalay. Warqad gaar ah ayaad ka heli doontaa.} other {Guddiga Racfaanka Socdaalka (UNE) wuxuu diiday racfaankaaga {decided, date, long}. Diidmadu waa kama dambays.}}',

  'ban.decision':
    'Go’aankii {decided, date, long} ee {authority, select, udi {Agaasinka Socdaalka Noorweey (UDI)} une {Guddiga Racfaanka Socdaalka (UNE)} police {booliska} other {hay’adaha socdaalka}} wuxuu kaa masaafuriyay Noorweey isagoo leh mamnuucid gelitaan:',
  'ban.row':
    '{length, select, permanent {mamnuucid joogto ah} other {mamnuucid {years, plural, one {# sano} other {# sano}} ah}} oo ka dhan ah gelitaanka {scope, select, schengen {Noorweey iyo aagga Schengen} other {Noorweey}} (go’aankii {decided, date, long})',
  'ban.fromDeparture': 'Mamnuuciddu waxay bilaabanaysaa maalinta aad ka baxdo Noorweey iyo aagga Schengen. U sheeg booliska goorta aad bixi doonto.',
  'ban.period': 'Mamnuuciddu waxay socotaa {from, date, long} ilaa {until, date, long}, maalintaas ku jirto.',
  'ban.fromPermanent': 'Mamnuuciddu waxay bilaabanaysaa {from, date, long} mana laha dhammaad.',
  'ban.meaning': 'Ma soo laaban kartid inta mamnuuciddu jirto. Jebinta mamnuucidda gelitaanku waa dambi.',
  'ban.debt': 'Waxaad hay’adaha Noorweey ku leedahay {amount, number, nok} oo ah kharashka celintaada. Kuma soo laaban kartid Noorweey ilaa aad bixiso.',

  'deferral.decision':
    '{authority, select, une {Guddiga Racfaanka Socdaalka (UNE)} other {Agaasinka Socdaalka Noorweey (UDI)}} wuxuu {outcome, select, granted {aqbalay} other {diiday}} codsigaagii {requested, date, long} ee ahaa inaad Noorweey joogto inta UNE racfaanka eegayso (dib u dhigista fulinta).',
  'deferral.granted':
    'Waxaad Noorweey joogi kartaa ilaa UNE ay go’aan ka gaarto racfaankaaga. Haddii UNE ay diido racfaanka, waxaa lagu siin doonaa waqti cusub oo aad ku baxdo.',
  'deferral.denied':
    'Waxaad Noorweey ku joogtaa si sharci darro ah, waana inaad isla markiiba ka baxdo Noorweey, inkastoo UNE aysan weli go’aan ka gaarin racfaankaaga.',
  'deferral.reasons': 'Sababaha, sida shaqaaluhu u qoray:',

  'page.letters': 'Warqadaha',
  'page.lettersIntro': 'Go’aan kasta oo warqad ahaan loogu qoray qofka, luqaddiisa iyo Noorwiijiga, si loo daabaco ama loogu kaydiyo PDF ahaan.',
  'page.lettersIntroMine': 'Go’aan kasta oo kiiskaaga ah oo warqad ahaan ah, luqaddaada iyo Noorwiijiga, si aad u daabacdo ama ugu kaydiso PDF ahaan.',
  'page.none': 'Weli ma jiro go’aan warqad laga qoro.',
  'page.intro': 'Warqadda oo ku qoran {language} iyo Noorwiijiga. Si aad ugu kaydiso PDF, isticmaal amarka Daabac ee biraawsarkaaga oo dooro “Save as PDF”.',
  'page.introNorwegian': 'Warqadda oo ku qoran Noorwiijiga. Si aad ugu kaydiso PDF, isticmaal amarka Daabac ee biraawsarkaaga oo dooro “Save as PDF”.',
  'page.back': 'Ku laabo kiiska',
  'page.backMine': 'Ku laabo codsigayga',
  'page.notYet': 'Kiiskan weli ma laha warqadda “{name}”: go’aankii ay ka warrami lahayd lama gaarin.',
  'page.chooseLanguage': 'Luqadda warqadda',
  'page.show': 'Tus warqadda',
} satisfies Messages<'letter'>;
