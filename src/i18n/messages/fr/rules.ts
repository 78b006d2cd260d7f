import type { Messages } from '../../types.ts';

export default {
  // Rule set 1: assisted-return eligibility
  'assisted-return.eligibility.group.none': 'Aucun des groupes qui peuvent demander l’aide au retour ne correspond à votre situation.',
  'assisted-return.eligibility.group.rejected':
    'Votre demande de protection (asile) ou d’un autre titre de séjour en Norvège a été rejetée, ou vous avez retiré votre demande de protection. Les personnes dans cette situation peuvent demander l’aide au retour.',
  'assisted-return.eligibility.group.protection-pending':
    'Votre demande de protection (asile) est en cours d’examen. Les demandeurs d’asile peuvent demander l’aide au retour à toute étape de la procédure d’asile.',
  'assisted-return.eligibility.group.unregistered-without-legal-residence':
    'Vous n’avez pas de séjour légal en Norvège et vous n’avez jamais eu de dossier enregistré auprès de l’UDI. Les personnes dans cette situation peuvent demander l’aide au retour.',
  'assisted-return.eligibility.group.dublin-transfer':
    'Vous avez une décision de transfert vers un autre pays en application du règlement de Dublin, mais vous préférez retourner dans votre pays d’origine. Vous pouvez demander l’aide au retour, mais vous devez partir dans les délais du règlement de Dublin.',
  'assisted-return.eligibility.group.temporary-residence-until-18':
    'Vous avez un titre de séjour temporaire jusqu’à vos 18 ans. Les personnes dans cette situation peuvent demander l’aide au retour.',
  'assisted-return.eligibility.group.possible-trafficking-victim':
    'Vous êtes peut-être victime de traite des êtres humains. Les victimes possibles de la traite peuvent demander l’aide au retour.',
  'assisted-return.eligibility.group.unaccompanied-minor-asylum-seeker':
    'Vous êtes un mineur non accompagné demandeur d’asile. Les mineurs non accompagnés demandeurs d’asile peuvent demander l’aide au retour.',
  'assisted-return.eligibility.group.vulnerable-without-protection-application':
    'Vous êtes en situation de vulnérabilité et vous n’avez pas demandé de protection. Vous pouvez quand même obtenir l’aide au retour ; l’UDI aura besoin de documents sur votre situation.',
  'assisted-return.eligibility.group.legal-residence':
    'Vous avez un séjour légal en Norvège. Les personnes en séjour légal ne peuvent pas demander l’aide au retour, mais elles peuvent demander une aide à la réinstallation (rapatriement).',
  'assisted-return.eligibility.exclusion.none': 'Aucune des exclusions du dispositif ne s’applique à vous.',
  'assisted-return.eligibility.cannot-apply': 'Vous ne pouvez pas demander l’aide au retour.',
  'assisted-return.eligibility.may-apply': 'Vous faites partie d’au moins un des groupes qui peuvent demander l’aide au retour.',
  'assisted-return.eligibility.normally-excluded':
    'Comme une exclusion s’applique, le dispositif ne s’applique normalement pas à vous, et une demande sera normalement refusée.',
  'assisted-return.eligibility.exception.unaccompanied-minor-asylum-seeker':
    'Une exception est faite pour les mineurs non accompagnés demandeurs d’asile : vous pouvez donc quand même faire une demande.',
  'assisted-return.eligibility.exception.possible-trafficking-victim':
    'Une exception est faite pour les victimes possibles de la traite des êtres humains : vous pouvez donc quand même faire une demande.',
  'assisted-return.eligibility.exception.violence-coercion-or-exploitation':
    'Une exception est faite pour les victimes de violences, de contrainte ou d’exploitation : vous pouvez donc quand même faire une demande.',
  'assisted-return.eligibility.destination.home-country': 'L’aide au retour vous ramène dans votre pays d’origine.',
  'assisted-return.eligibility.destination.country-of-residence':
    'Vous pouvez retourner dans un pays où vous avez un titre de séjour, même si vous n’en êtes pas citoyen, s’il se trouve hors de l’UE/EEE. Vous devrez envoyer une copie d’un titre de séjour valide.',
  'assisted-return.eligibility.destination.eea-country':
    '{country} fait partie de l’UE/EEE. L’aide au retour vers un pays dont vous n’êtes pas citoyen ne vaut que pour un pays hors de l’UE/EEE.',
  'assisted-return.eligibility.exclusion.excluded-nationality':
    'Vous êtes citoyen de ce pays : {country}. Le dispositif ne s’applique normalement pas aux citoyens de ce pays ({country}).',
  'assisted-return.eligibility.exclusion.visa-exempt-nationality':
    'Les citoyens de ce pays ({country}) sont dispensés de visa pour l’espace Schengen. Le dispositif ne s’applique normalement pas aux ressortissants d’un pays dispensé de visa.',
  'assisted-return.eligibility.exclusion.eea-or-swiss-citizen':
    'Vous êtes citoyen de ce pays : {country}. Les citoyens des pays de l’UE/EEE et de la Suisse n’ont pas besoin de visa, et le dispositif ne s’applique normalement pas aux ressortissants d’un pays dispensé de visa.',
  'assisted-return.eligibility.exclusion.reimmigrated-after-support-to-dublin-country':
    'Vous avez déjà reçu une aide au retour ou au rapatriement, vous êtes revenu en Norvège et vous voulez aller dans un pays qui participe à la coopération de Dublin. Le dispositif ne s’applique normalement pas à vous.',
  'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended':
    'Vous aviez un titre de séjour pour un autre motif qu’un besoin de protection, et il a expiré ou a été retiré, ou vous n’en avez pas obtenu de nouveau. Le dispositif ne s’applique normalement pas à vous.',
  'assisted-return.eligibility.exclusion.status-in-other-eea-country':
    'Votre demande en Norvège a été rejetée parce que vous avez obtenu une protection, un titre de séjour ou un visa dans un autre pays de l’UE/EEE. Le dispositif ne s’applique normalement pas à vous.',
  'assisted-return.eligibility.warning.forty-eight-hour-procedure':
    'Votre demande de protection a été traitée dans la procédure de 48 heures de l’UDI. Les demandes d’aide au retour des personnes dans cette procédure ne sont pas toujours acceptées.',
  'assisted-return.eligibility.warning.former-unaccompanied-minor-not-aged-18-to-23':
    'Vous avez dit être arrivé en Norvège comme mineur non accompagné et avoir maintenant entre 18 et 23 ans, mais d’après votre date de naissance vous avez {age, number} ans. Vérifiez la date de naissance ou la situation indiquée.',
  'assisted-return.eligibility.warning.unaccompanied-minor-asylum-seeker-aged-18-or-over':
    'Vous avez dit être un mineur non accompagné demandeur d’asile, mais d’après votre date de naissance vous avez {age, number} ans, et non moins de 18 ans. Vérifiez la date de naissance ou votre réponse.',
  // Rule set 2: reintegration support
  'assisted-return.support.timing.no-deadline': 'Aucun délai de départ ne vous a été fixé : vous recevez donc le montant le plus élevé.',
  'assisted-return.support.timing.not-registered':
    'Vous n’êtes pas enregistré en Norvège : vous recevez donc le montant le plus élevé, quel que soit le délai.',
  'assisted-return.support.age-group.adult': 'Cette personne a 18 ans ou plus le jour de la demande et compte comme un adulte.',
  'assisted-return.support.age-group.child': 'Cette personne a moins de 18 ans le jour de la demande et compte comme un enfant.',
  'assisted-return.support.grant.adult.before-deadline': 'Vous recevez l’aide à la réintégration pour un adulte au montant le plus élevé.',
  'assisted-return.support.grant.adult.after-deadline': 'Vous recevez l’aide à la réintégration pour un adulte au montant le plus bas.',
  'assisted-return.support.grant.child.before-deadline': 'Vous recevez l’aide à la réintégration pour un enfant au montant le plus élevé.',
  'assisted-return.support.grant.child.after-deadline': 'Vous recevez l’aide à la réintégration pour un enfant au montant le plus bas.',
  'assisted-return.support.child-extra.before-deadline': 'Vous recevez l’aide supplémentaire pour un enfant, qui n’est versée qu’au montant le plus élevé.',
  'assisted-return.support.child-extra.after-deadline': 'Il n’y a pas d’aide supplémentaire pour un enfant au montant le plus bas.',
  'assisted-return.support.travel-document.paid': 'Aide supplémentaire pour la remise d’un document de voyage valide (ou pour y être inscrit), par personne.',
  'assisted-return.support.travel-document.closed':
    'L’aide supplémentaire pour la remise d’un document de voyage valide a pris fin le 1er février 2018 : elle n’est donc pas versée pour cette demande.',
  'assisted-return.support.travel-document.residence-in-other-schengen-country':
    'Vous avez un titre de séjour valide dans un autre pays Schengen : vous ne pouvez donc pas recevoir l’aide supplémentaire pour un document de voyage valide.',
  'assisted-return.support.programme.not-offered': 'Ce programme par pays ne concerne pas votre nationalité ou votre foyer.',
  'assisted-return.support.programme.offered':
    'Un programme de retour pour votre nationalité offre des services en nature. Ils sont indiqués à part et ne sont pas comptés dans le montant en espèces.',
  'assisted-return.support.timing.on-or-before-deadline':
    'Vous faites votre demande au plus tard le jour de votre délai de départ ({deadline, date, long}) : vous recevez donc le montant le plus élevé. Il s’applique encore le jour même du délai.',
  'assisted-return.support.timing.after-deadline':
    'Votre délai de départ ({deadline, date, long}) était dépassé au moment de votre demande : vous recevez donc le montant le plus bas et pas d’argent supplémentaire pour les enfants.',
  'assisted-return.support.programme.iraq-ettc':
    'En Irak, vous pouvez obtenir des services de réintégration d’une valeur de {amount, number, nok} par l’intermédiaire de l’ETTC, par exemple l’école, une aide pour trouver du travail, une formation ou la création d’une entreprise. Ce sont des services, pas de l’argent.',
  'assisted-return.support.programme.somalia-drc-families':
    'En Somalie, chacun de vous peut obtenir une aide pour trouver du travail, une formation ou une aide pour créer une entreprise par l’intermédiaire du Conseil danois pour les réfugiés (DRC), d’une valeur de {amount, number, nok} par personne. Ce sont des services, pas de l’argent.',
  // Rule set 3: the departure situation, its reasons and its notes
  'departure.status.no-right-to-stay':
    'Vous n’avez aucun droit légal de rester en Norvège et aucun délai de départ ne court pour vous : vous devez donc quitter la Norvège maintenant. Si vous ne partez pas volontairement, la police vous renverra de force.',
  'departure.status.revoked-no-deadline':
    'La décision de l’UNE ne vous fixe aucun délai de départ. Quand l’UNE oblige quelqu’un à partir, elle fixe aussi un délai : la décision ne vous oblige donc pas à quitter la Norvège. Vérifiez la décision de l’UNE, qui indique si vous devez partir.',
  'departure.status.staying-without-permission':
    'Vous séjournez en Norvège sans autorisation : un délai de départ vous a été fixé auparavant, et vous avez toujours l’obligation de partir. Vous devez quitter la Norvège immédiatement.',
  'departure.status.deferred-implementation-granted':
    'Vous avez été autorisé à rester en Norvège pendant que l’UNE examine votre recours (sursis à exécution). Vous pouvez rester jusqu’à la décision de l’UNE. Si l’UNE rejette votre recours, un délai de départ vous sera fixé.',
  'departure.status.deferred-implementation-denied':
    'Vous n’avez pas été autorisé à rester en Norvège pendant que l’UNE examine votre recours. Vous séjournez ici illégalement et devez quitter la Norvège immédiatement.',
  'departure.status.new-application-pending':
    'Votre titre de séjour ou votre nationalité a été retiré, mais une nouvelle demande de titre de séjour est en cours d’examen. Vous avez peut-être le droit de rester en Norvège pendant cet examen. La décision de l’UNE indique ce qui s’applique à vous.',
  'departure.area.schengen-when-expelled':
    'Comme vous avez été expulsé, vous devez aussi quitter l’espace Schengen, sauf si vous avez un titre de séjour dans un autre pays Schengen.',
  'departure.area.schengen-when-revoked':
    'Comme votre titre de séjour ou votre nationalité a été retiré et que vous n’avez pas obtenu de nouveau titre de séjour en Norvège, vous êtes en général obligé de quitter la Norvège et l’espace Schengen.',
  'departure.area.norway-with-schengen-permit':
    'Vous avez un titre de séjour dans un autre pays Schengen : vous devez donc quitter la Norvège, mais pas l’espace Schengen.',
  'departure.area.dublin-transfer':
    'Vous devez être transféré vers le pays de Dublin responsable de votre demande d’asile : vous devez quitter la Norvège pour ce pays.',
  'departure.area.schengen-after-rejection':
    'Une décision qui vous oblige à quitter la Norvège vous oblige aussi à quitter l’espace Schengen, sauf si vous avez un titre de séjour ou un autre droit de séjour dans un autre pays Schengen.',
  'departure.assisted-return.not-listed':
    'L’aide au retour n’est proposée que dans certains cas, et votre type de décision ne figure pas parmi ceux que l’UDI cite. Vous pouvez quand même demander à l’UDI si vous pouvez faire une demande.',
  'departure.assisted-return.may-apply':
    'Vous pouvez demander l’aide au retour. Votre délai de départ est dépassé : l’aide supplémentaire pour une demande faite avant ce délai n’est plus possible.',
  'departure.assisted-return.before-deadline':
    'Vous pouvez demander l’aide au retour. Si vous faites la demande avant la fin de votre délai de départ, vous pouvez recevoir une aide supplémentaire, et si l’aide au retour vous est accordée, vous ne serez en règle générale pas expulsé.',
  'departure.entry-ban.none': 'Vous n’avez pas été expulsé : vous n’avez donc pas d’interdiction d’entrée.',
  'departure.documents.not-applicable': 'Il n’y a pas ici de règle sur les documents pour votre type de décision.',
  'departure.documents.protection-claim': 'Ce qui arrive aux documents que vous avez remis dépend de votre départ : volontaire ou forcé.',
  'departure.national-registry.not-relevant':
    'Vous n’avez pas de numéro d’identité norvégien : vous n’êtes donc pas enregistré comme parti dans le registre national de la population.',
  'departure.status.by-deadline': 'Vous devez quitter la Norvège au plus tard le {deadline, date, long}. Ce jour-là, vous êtes encore dans les délais.',
  'departure.status.deadline-passed':
    'Votre délai pour quitter la Norvège ({deadline, date, long}) est dépassé. Vous séjournez illégalement en Norvège et devez partir immédiatement.',
  'departure.status.deferred-implementation-pending':
    'Vous avez demandé à rester en Norvège pendant que l’UNE examine votre recours (sursis à exécution). On vous dira si vous pouvez rester ou non. La plupart des personnes ne sont pas autorisées à rester : soyez donc prêt à partir {deadlineRuns, select, yes {au plus tard le {deadline, date, long}, le délai fixé dans votre décision} other {tout de suite}}.',
  'departure.consequences': 'Voici ce qui peut arriver si vous ne quittez pas la Norvège quand vous le devez.',
  'departure.note.arrest-and-forced-return':
    'Si vous ne partez pas, la police peut vous arrêter et vous renvoyer de force. Vous pouvez être placé en rétention, et on ne vous dira pas quand vous pourriez être arrêté.',
  'departure.note.deportation-costs-debt':
    'Si la police vous renvoie, vous devez payer les frais du retour. Si vous ne pouvez pas payer, les autorités norvégiennes paient et vous leur devez cet argent. Vous ne pouvez pas revenir en Norvège avant de l’avoir remboursé.',
  'departure.note.expulsion-and-entry-ban':
    'Comme vous avez séjourné illégalement en Norvège, vous pouvez être expulsé de la Norvège et d’autres pays Schengen et interdit d’entrée dans tout l’espace Schengen pendant 1 à 5 ans. Ne pas respecter une interdiction d’entrée est une infraction pénale.',
  'departure.note.no-right-to-work': 'Vous ne pouvez pas travailler en Norvège. Si vous travaillez, vous pouvez être expulsé.',
  'departure.note.family-returned-together': 'Si des membres de votre famille doivent aussi partir, la police essaiera de vous renvoyer tous ensemble.',
  'departure.note.less-money-at-reception-centre':
    'Si vous vivez dans un centre d’accueil pour demandeurs d’asile, vous recevrez désormais moins d’argent qu’avant.',
  'departure.note.arrest-and-forced-return.dublin':
    'Si vous n’êtes pas autorisé à rester, la police vous arrêtera et vous transférera vers le pays qui examinera votre demande d’asile.',
  'departure.note.expulsion-and-entry-ban.expelled-again':
    'Si vous restez ou travaillez illégalement en Norvège, vous pouvez de nouveau être expulsé de la Norvège et d’autres pays Schengen, et l’interdiction d’entrée peut être prolongée.',
  'departure.note.expulsion-and-entry-ban.set-period-or-permanent':
    'Si vous restez ou travaillez illégalement en Norvège, vous pouvez être expulsé de la Norvège et d’autres pays Schengen. Vous serez alors interdit d’entrée en Norvège, et en général dans l’espace Schengen, pour une durée déterminée ou définitivement.',
  'departure.note.assisted-return.dublin':
    'Au lieu d’être transféré vers le pays de Dublin, vous pouvez demander à l’UDI l’aide au retour vers votre pays d’origine : vous recevez de l’aide et de l’argent pour rentrer chez vous et vous y réinstaller. Votre droit à cette aide dépend de votre dossier.',
  'departure.note.assisted-return':
    'Vous pouvez demander à l’UDI l’aide au retour : vous recevez de l’aide et de l’argent pour rentrer chez vous et vous y réinstaller, et l’OIM vous aide à organiser le voyage. Votre droit à cette aide dépend de votre dossier.',
  'departure.note.additional-support-before-deadline':
    'Si vous faites la demande avant la fin de votre délai de départ, vous pouvez recevoir une aide financière supplémentaire.',
  'departure.note.no-expulsion-if-granted-before-deadline':
    'Si vous faites la demande avant le délai et que l’aide au retour vous est accordée, vous ne serez en règle générale pas expulsé de Norvège.',
  'departure.note.no-additional-support-after-deadline':
    'Votre délai de départ est dépassé : vous ne pouvez plus recevoir l’aide financière supplémentaire accordée à ceux qui font la demande avant le délai.',
  'departure.note.entry-ban-runs-from-departure':
    'L’interdiction d’entrée s’applique à partir du jour où vous quittez la Norvège et l’espace Schengen : dites donc aux autorités norvégiennes, par exemple à la police, quand vous allez partir. Vous ne pouvez pas revenir tant que l’interdiction est en vigueur, et ne pas la respecter est une infraction pénale.',
  'departure.note.documents-returned-after-voluntary-return':
    'Si vous rentrez chez vous volontairement, votre passeport et les autres documents que vous avez remis à votre arrivée en Norvège vous seront rendus, au plus tard à votre arrivée dans votre pays d’origine.',
  'departure.note.documents-handed-to-home-authorities-after-forced-return':
    'Si vous êtes renvoyé de force, vos documents seront remis aux autorités de votre pays d’origine, et vous devrez peut-être les contacter pour les récupérer.',
  'departure.note.registered-as-moved':
    'Comme vous avez eu un titre de séjour et que vous avez un numéro d’identité norvégien, vous serez enregistré comme parti de Norvège dans le registre national de la population. Vous pourrez alors avoir des difficultés avec des services publics comme les médecins, les écoles et NAV.',
  'departure.note.registration-correction-form':
    'Votre enregistrement comme parti est (ou sera) fait le 1er octobre 2017 ou plus tard. Si vous pensez que les autorités de l’immigration ont fait une erreur, remplissez et envoyez le formulaire du site de l’UDI.',
  // Rule set 4: forced-return categories
  'forced-return.category.refused': 'Vous devez quitter la Norvège parce que vous n’avez pas d’autorisation de séjour. Cela ne vous interdit pas de revenir.',
  'forced-return.category.expelled':
    'Vous avez été expulsé. Vous êtes interdit d’entrée en Norvège pendant une période, et ne pas respecter cette interdiction est une infraction pénale.',
  'forced-return.category.asylum': 'Votre demande de protection (asile) en Norvège a été rejetée.',
  'forced-return.category.dublin': 'Vous êtes transféré, en application du règlement de Dublin, vers le pays européen responsable de votre demande d’asile.',
  'forced-return.category.ip': 'Vous avez obtenu une protection internationale dans un autre pays Schengen, et vous y êtes renvoyé.',
  'forced-return.responsible.npis': 'Le service de police chargé de l’immigration (PU) effectue le retour.',
  'forced-return.responsible.police-district': 'Le district de police effectue le retour.',
  'forced-return.responsible.udi': 'La Direction norvégienne de l’immigration (UDI) est responsable de l’aide au retour.',
  // Rule set 5: re-entry
  're-entry.ban.in-force':
    'Votre expulsion décidée le {decisionDate, date, long} vous interdit d’entrer {scope, select, schengen {en Norvège et dans tout l’espace Schengen} other {en Norvège}} {permanent, select, yes {définitivement} other {pendant {years, plural, one {# an} other {# ans}}, du {start, date, long} jusqu’au {lastDay, date, long} inclus}}.',
  're-entry.ban.expired':
    'L’interdiction d’entrée liée à votre expulsion décidée le {decisionDate, date, long} a pris fin : son dernier jour était le {lastDay, date, long}.',
  're-entry.scope.norway-only': 'Cette interdiction d’entrée ne vaut que pour la Norvège : elle ne vous empêche pas d’entrer dans un autre pays Schengen.',
  're-entry.scope.norway': 'Une interdiction d’entrée vaut toujours pour la Norvège.',
  're-entry.scope.schengen': 'Cette interdiction d’entrée vaut pour tout l’espace Schengen : elle vous empêche aussi d’entrer dans un autre pays Schengen.',
  're-entry.outcome.no-bar':
    '{deported, select, yes {Vous avez été renvoyé de force auparavant, mais cela seul ne vous interdit pas de revenir. } other {}}Aucune interdiction d’entrée ne vous empêche d’entrer {destination, select, norway {en Norvège} other {dans un autre pays Schengen}} le {plannedEntryDate, date, long}.{owes, select, yes { Vous devez encore {owed, number, nok} pour votre renvoi ; remboursez-les avant de venir en Norvège.} other {}}',
  're-entry.outcome.unpaid-costs':
    'Vous devez {owed, number, nok} pour votre renvoi. Si vous ne les avez pas remboursés, l’entrée en Norvège peut vous être refusée, et vous pouvez être expulsé.',
  're-entry.outcome.entry-banned':
    'Vous ne pouvez pas entrer {destination, select, norway {en Norvège} other {dans un autre pays Schengen}} le {plannedEntryDate, date, long} : {permanent, select, yes {vous êtes interdit d’entrée définitivement.} other {vous êtes interdit d’entrée jusqu’au {until, date, long} inclus.}}{schengen, select, yes { L’interdiction s’applique à tout l’espace Schengen.} other {}} Entrer pendant que l’interdiction est en vigueur est une infraction pénale.',
  're-entry.warning.decided-before-2010':
    'L’expulsion décidée le {decisionDate, date, long} l’a été avant le 1er janvier 2010, en vertu de la loi sur les étrangers de 1988. Retur ne connaît pas les durées d’interdiction que cette loi permettait : l’interdiction est donc comptée telle qu’elle a été décidée et reste en vigueur jusqu’à son terme ou sa levée. Vérifiez la décision.',
  're-entry.warning.length-not-allowed-on-decision-date':
    'L’expulsion décidée le {decisionDate, date, long} fixe une durée d’interdiction que les règles en vigueur ce jour-là ne permettaient pas. Une décision reste en vigueur tant qu’elle n’est pas annulée : l’interdiction est donc comptée telle qu’elle a été décidée. Vérifiez la décision.',
  're-entry.warning.eea-ban-under-minimum':
    'L’expulsion décidée le {decisionDate, date, long} interdit l’entrée à un citoyen d’un pays de l’UE/EEE pour moins de {minimum} ans, la durée la plus courte que la loi permet pour eux. Une décision reste en vigueur tant qu’elle n’est pas annulée : l’interdiction est donc comptée telle qu’elle a été décidée. Vérifiez la décision.',
} satisfies Messages<'rules'>;
