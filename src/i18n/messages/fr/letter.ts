import type { Messages } from '../../types.ts';

export default {
  'title.assisted-return-granted': 'Décision : votre demande d’aide au retour est acceptée',
  'title.assisted-return-refused': 'Décision : votre demande d’aide au retour est refusée',
  'title.departure-deadline': 'Décision selon laquelle vous devez quitter la Norvège, et votre délai de départ',
  'title.entry-ban': 'Interdiction d’entrée : vous ne pouvez pas revenir en Norvège pendant une période',
  'title.appeal-decision': 'Décision sur votre recours',
  'title.deferral-decision': 'Réponse à votre demande de rester en Norvège pendant l’examen de votre recours par l’UNE',

  'name.assisted-return-granted': 'Aide au retour accordée',
  'name.assisted-return-refused': 'Aide au retour refusée',
  'name.departure-deadline': 'Délai de départ',
  'name.entry-ban': 'Interdiction d’entrée',
  'name.appeal-decision': 'Décision de l’UNE sur le recours',
  'name.deferral-decision': 'Sursis à exécution',

  'section.decision': 'La décision',
  'section.reasons': 'Motifs',
  'section.rules': 'Ce que disent les règles',
  'section.support': 'Aide financière',
  'section.next': 'Ce qui se passe maintenant',
  'section.consequences': 'Si vous ne partez pas',
  'section.appeal': 'Recours',
  'section.contact': 'Contact',
  'section.sources': 'Sources',

  from: '{authority, select, udi {La Direction norvégienne de l’immigration (UDI)} une {La Commission de recours des étrangers (UNE)} police {La police norvégienne} other {Les autorités norvégiennes de l’immigration}}',
  'header.from': 'De',
  'header.to': 'À',
  'header.date': 'Date',
  'header.reference': 'Référence',
  'header.caseNumber': 'Numéro de dossier UDI',
  'header.concerns': 'Cette décision concerne',
  person: '{name}, né(e) le {born, date, long}',
  languageNote: 'Cette lettre est rédigée dans votre langue et en norvégien. Si les deux textes diffèrent, le texte norvégien fait foi.',
  'sources.intro': 'Cette lettre s’appuie sur ces phrases de l’information publique des autorités (citées en anglais, telles que publiées) :',

  'contact.udi': 'La Direction norvégienne de l’immigration (UDI) : www.udi.no.',
  'contact.une': 'La Commission de recours des étrangers (UNE) : www.une.no.',
  'contact.police': 'La police : www.politiet.no.',
  'contact.iom':
    'L’Organisation internationale pour les migrations (OIM) vous aide pour le voyage : norway.iom.int. Les questions sur la décision vont à l’UDI : www.udi.no.',
  'contact.reference': 'Indiquez la référence {reference} lorsque vous nous contactez.',
  'contact.help': 'Votre avocat, votre tuteur ou le personnel de votre centre d’accueil peuvent vous aider à comprendre cette lettre.',

  'appeal.howTo':
    'Vous pouvez former un recours contre cette décision devant la Commission de recours des étrangers (UNE). Envoyez le recours {authority, select, police {à la police} other {à l’UDI}}, qui a pris la décision. Si elle ne modifie pas elle-même la décision, elle transmet le recours à l’UNE.',
  'appeal.within': 'Le délai de recours est de trois semaines à compter du jour où vous avez reçu cette décision.',
  'appeal.withinFrom': 'La décision vous a été notifiée le {notified, date, long}. Le délai de recours est de trois semaines à compter de ce jour.',
  'appeal.lastDay': 'Le dernier jour pour former un recours est le {lastDay, date, long}.',
  'appeal.content':
    'Indiquez la décision que vous contestez, pourquoi vous pensez qu’elle est erronée et ce que vous voulez voir changer, et signez le recours (loi sur l’administration publique, articles 28, 29 et 32).',
  'appeal.lodged': 'Votre recours a été enregistré le {lodged, date, long}.',
  'appeal.decision':
    '{outcome, select, reversed {La Commission de recours des étrangers (UNE) a annulé la décision du {decided, date, long} selon laquelle vous devez quitter la Norvège. Vous n’avez pas à quitter la Norvège en raison de cette décision.} other {La Commission de recours des étrangers (UNE) a rejeté votre recours du {lodged, date, long}. La décision du {decided, date, long} selon laquelle vous devez quitter la Norvège est maintenue.}}',
  'appeal.newDeadline': 'L’UNE vous a fixé un nouveau délai : vous devez quitter la Norvège au plus tard le {deadline, date, long}.',
  'appeal.reasons': 'Les motifs de l’UNE, tels que l’agent les a rédigés :',
  'appeal.final': 'La décision de l’UNE sur un recours est définitive et ne peut pas faire l’objet d’un recours.',

  'deadline.decision':
    'Le {decided, date, long}, {authority, select, udi {la Direction norvégienne de l’immigration (UDI)} une {la Commission de recours des étrangers (UNE)} police {la police} other {les autorités de l’immigration}} a décidé que vous devez quitter la Norvège : {kind, select, protectionRejected {votre demande de protection (asile) a été rejetée} dublinTransfer {un autre pays européen est responsable de votre demande d’asile (décision Dublin)} residenceRejected {votre demande de titre de séjour a été rejetée} expelled {vous avez fait l’objet d’une expulsion} permitRevoked {votre titre de séjour a été retiré} citizenshipRevoked {votre nationalité norvégienne a été retirée} stayingWithoutPermission {vous séjournez en Norvège sans autorisation} other {vous n’avez pas le droit de rester}}.',
  'deadline.dublin': 'Vous devez être transféré(e) vers le pays suivant, responsable de votre demande d’asile : {country}.',
  'deadline.expelled':
    'La décision comprend une expulsion. Une fois parti(e), vous ne pouvez pas revenir pendant la durée de l’interdiction d’entrée ; vous recevrez une lettre à ce sujet.',
  'deadline.upheld': 'Le {decided, date, long}, la Commission de recours des étrangers (UNE) a rejeté votre recours et vous a fixé un nouveau délai.',
  'deadline.by': 'Vous devez quitter la Norvège au plus tard le {deadline, date, long}.',
  'deadline.leaveNow': 'Vous devez quitter la Norvège immédiatement.',

  'granted.byUdi': 'La Direction norvégienne de l’immigration (UDI) a accepté votre demande d’aide au retour du {applied, date, long}.',
  'granted.byUne':
    'La Commission de recours des étrangers (UNE) a annulé le refus du {refused, date, long}. Votre demande d’aide au retour du {applied, date, long} est acceptée.',
  'granted.destination': 'Vous retournerez dans le pays suivant avec l’aide de l’OIM : {country}.',
  'granted.support': 'Votre foyer recevra {amount, number, nok} d’aide financière, calculée le jour de votre demande ({applied, date, long}).',
  'granted.supportLine': 'Un voyageur de {age, plural, one {# an} other {# ans}} : {amount, number, nok} – {what}',
  'granted.iom':
    'L’Organisation internationale pour les migrations (OIM) vous contactera pour organiser le voyage : documents de voyage, billet et date du voyage.',
  'granted.travel': 'Votre voyage est réservé pour le {travel, date, long}.',
  'granted.withdraw': 'Si vous changez d’avis, vous pouvez retirer votre demande avant de partir.',

  'refused.byUdi': 'La Direction norvégienne de l’immigration (UDI) a refusé votre demande d’aide au retour du {applied, date, long}.',
  'refused.reasons': 'Les motifs de l’UDI, tels que l’agent les a rédigés :',
  'refused.rules': 'Ce que les règles disaient de votre demande le {applied, date, long} :',
  'refused.appealDecided':
    '{outcome, select, reversed {La Commission de recours des étrangers (UNE) a annulé cette décision le {decided, date, long} : votre demande est acceptée. Vous recevrez une lettre à ce sujet.} other {La Commission de recours des étrangers (UNE) a rejeté votre recours le {decided, date, long}. Le refus est définitif.}}',

  'ban.decision':
    'La décision du {decided, date, long} prise par {authority, select, udi {la Direction norvégienne de l’immigration (UDI)} une {la Commission de recours des étrangers (UNE)} police {la police} other {les autorités de l’immigration}} vous expulse de Norvège avec une interdiction d’entrée :',
  'ban.row':
    '{length, select, permanent {une interdiction définitive} other {une interdiction de {years, plural, one {# an} other {# ans}}}} d’entrer {scope, select, schengen {en Norvège et dans l’espace Schengen} other {en Norvège}} (décision du {decided, date, long})',
  'ban.fromDeparture':
    'L’interdiction s’applique à partir du jour où vous quittez la Norvège et l’espace Schengen. Prévenez la police de la date de votre départ.',
  'ban.period': 'L’interdiction s’applique du {from, date, long} au {until, date, long} inclus.',
  'ban.fromPermanent': 'L’interdiction s’applique à partir du {from, date, long} et n’a pas de fin.',
  'ban.meaning': 'Vous ne pouvez pas revenir tant que l’interdiction est en vigueur. Ne pas respecter une interdiction d’entrée est une infraction pénale.',
  'ban.debt':
    'Vous devez {amount, number, nok} aux autorités norvégiennes pour les frais de votre retour. Vous ne pouvez pas revenir en Norvège avant de les avoir payés.',

  'deferral.decision':
    '{authority, select, une {La Commission de recours des étrangers (UNE)} other {La Direction norvégienne de l’immigration (UDI)}} a {outcome, select, granted {accepté} other {refusé}} votre demande du {requested, date, long} de rester en Norvège pendant que l’UNE examine votre recours (sursis à exécution).',
  'deferral.granted':
    'Vous pouvez rester en Norvège jusqu’à ce que l’UNE ait statué sur votre recours. Si l’UNE rejette le recours, un nouveau délai de départ vous sera fixé.',
  'deferral.denied': 'Vous séjournez illégalement en Norvège et devez quitter la Norvège immédiatement, même si l’UNE n’a pas encore statué sur votre recours.',
  'deferral.reasons': 'Les motifs, tels que l’agent les a rédigés :',

  'page.letters': 'Lettres',
  'page.lettersIntro': 'Chaque décision sous forme de lettre à la personne, dans sa langue et en norvégien, à imprimer ou à enregistrer en PDF.',
  'page.lettersIntroMine': 'Chaque décision de votre dossier sous forme de lettre, dans votre langue et en norvégien, à imprimer ou à enregistrer en PDF.',
  'page.none': 'Il n’y a pas encore de décision à annoncer par lettre.',
  'page.intro':
    'La lettre en {language} et en norvégien. Pour l’enregistrer en PDF, utilisez la commande Imprimer de votre navigateur et choisissez « Enregistrer au format PDF ».',
  'page.introNorwegian':
    'La lettre en norvégien. Pour l’enregistrer en PDF, utilisez la commande Imprimer de votre navigateur et choisissez « Enregistrer au format PDF ».',
  'page.back': 'Retour au dossier',
  'page.backMine': 'Retour à ma demande',
  'page.notYet': 'Ce dossier n’a pas encore de lettre « {name} » : la décision qu’elle annoncerait n’a pas été prise.',
  'page.chooseLanguage': 'Langue de la lettre',
  'page.show': 'Afficher la lettre',
} satisfies Messages<'letter'>;
