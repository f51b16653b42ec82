"""Messages en français, lot F : négatifs difficiles et demandes d'information avec les
mêmes mots (passeport, dette, enfermé, clients, passeur, tuer...), négations."""
from common import parse

DATA = r"""
# --- négations et sosies
- | plain | Mon employeur ne m'a jamais pris mon passeport, mais ma collègue dit que le sien, oui. Comment lui dire de vous contacter?
- | plain | Ils ne nous ont pas enfermés, on peut sortir, c'est juste que je n'ai pas de voiture.
- | plain | Personne ne me force à travailler, je suis juste fatigué et je veux une autre job.
- | plain | Je ne suis pas en danger, c'est seulement pour savoir comment marche la demande d'asile.
- | plain | Personne ne m'a frappée, mais le gérant crie beaucoup. Crier, c'est illégal?
- | typo | ils m ont pas pris mon telephone, j ai juste pas d argent pour internet, y a un endroit avec wifi gratuit?
- | plain | Je ne dois rien à l'agence, l'employeur a payé les frais comme la loi le dit.
- | plain | On ne m'a pas trompé, le travail est exactement ce qu'ils ont dit, c'est juste que mon pays me manque.
- | hesitant | je suis pas victime de traite ou quoi que ce soit lol je veux juste savoir ce que le mot veut dire
- | plain | Mon patron ne m'a pas menacé. Il a juste dit que la saison est finie et qu'on rentre la semaine prochaine.
- | plain | Je peux appeler ma famille quand je veux, mais le réseau est mauvais à la ferme. Des conseils?
- | plain | Notre superviseur garde les clés de la remise à outils, pas nos papiers. Je précise par rapport à tantôt.
- | plain | Je n'ai jamais été payé en retard, je demande juste comment lire mon talon de paie.
- | plain | Elle garde un double de ma clé au cas où je m'enferme dehors, c'est tout.
- | plain | Je suis libre de partir mais je veux pas, la paie est bonne. J'ai juste besoin d'un dentiste.
- | typo | non personne garde mes papiers, je les garde dans mon sac
- | plain | Ils nous ont rendu nos passeports dès que les visas ont été tamponnés.
- | regional | Non non, le boss est correct, y nous paye à toutes les semaines pis on sort quand on veut, je voulais juste savoir pour l'assurance.
# --- information et questions courantes
- | question | Comment faire une demande de numéro d'assurance sociale au Canada?
- | question | quels documents il faut pour ouvrir un compte en banque sans NAS?
- | question | Où est le consulat d'Haïti le plus proche de Montréal?
- | question | Il y a une ligne d'aide en anglais aussi?
- | question | Combien coûte un avocat pour une demande d'asile?
- | question | Quels sont mes droits si l'immigration vient chez moi?
- | question | Mes enfants peuvent aller à l'école publique sans papiers?
- | question | Les travailleurs agricoles ont droit aux heures supplémentaires au Québec?
- | question | comment avoir un permis de conduire au québec quand on vient d'arriver
- | question | Je peux travailler pendant que ma demande d'asile est en cours?
- | question | Y a-t-il une clinique gratuite pour les femmes à Longueuil?
- | question | vous êtes ouverts à quelle heure?
- | question | Vous aidez aussi les gens qui viennent d'Afrique?
- | question | Comment signaler un problème de sécurité au travail de façon anonyme?
- | question | Où trouver un manteau d'hiver gratuit à Montréal?
- | question | cette conversation est privée? qui la lit?
- | question | vous pouvez effacer mes messages après?
- | question | c'est quoi le programme des travailleurs agricoles saisonniers? mon cousin veut postuler
- | question | Je peux faire venir ma famille avec un permis de travail temporaire?
- | question | Comment savoir si une agence de recrutement a un permis au Québec?
- | question | C'est quoi le numéro du centre antipoison?
- | question | Faut-il payer pour adhérer à un syndicat?
- | plain | Je veux travailler à l'étranger l'an prochain. Il y a une liste des agences légales pour le Canada?
- | plain | Merci, l'avocate que vous m'avez conseillée m'a beaucoup aidée.
- | plain | Je voulais juste dire que le refuge était vraiment bien, merci.
- | short | ok
- | short | merci!!
- | short | c qui
- | emoji | 👍🙏
- | plain | Désolé, mauvais numéro.
- | plain | Je peux parler à une vraie personne au lieu d'un robot?
- | plain | Je suis interprète bénévole et j'aimerais aider votre organisme.
- | plain | On est un groupe d'église et on veut organiser un atelier sur les droits pour les travailleurs agricoles.
- | plain | Je suis journaliste et j'écris sur les conditions dans les abattoirs, je peux interviewer quelqu'un?
- | question | Mon prof nous a demandé de chercher le Protocole de Palerme. C'est quoi?
- | question | pour mon devoir de socio : combien de personnes sont victimes de traite au Canada par année?
- | plain | Je suis infirmière et notre hôpital veut des affiches sur la traite en français et en créole.
- | question | c'est quoi la « servitude pour dettes » en mots simples? c'est pour mon cours de francisation
- | question | C'est un crime d'engager quelqu'un sans papiers? J'ai une petite entreprise.
- | plain | Je suis propriétaire et mes locataires sont des travailleurs agricoles. Je veux m'assurer que le logement respecte les règles.
- | question | Qu'est-ce qu'un bon contrat pour une nounou doit contenir?
- | plain | Ma fille veut être fille au pair au Canada l'an prochain. Quelles agences sont sérieuses?
- | question | mon amie veut aller travailler au Canada avec un visa, comment vérifier si l'offre est vraie?
- | plain | J'écris un roman où un personnage est enlevé contre rançon. Qu'est-ce qu'une ligne d'aide dirait?
- | plain | Dans le jeu vidéo de mon fils, les personnages « vendent de la drogue ». Je dois m'inquiéter? lol
- | plain | Le mot « coyote » est sorti en cours d'espagnol, je savais pas que ça voulait dire passeur.
- | question | Comment devenir famille d'accueil pour des mineurs non accompagnés?
- | plain | Notre entreprise veut vérifier sa chaîne d'approvisionnement pour le travail forcé. On commence où?
- | regional | Bonjour la famille, c'est bien ici qu'on aide les gens pour les papiers?
- | regional | Allô, j'aurais une question pour mon beau-frère qui arrive du Cameroun, il doit faire quoi en premier?
- | no_accents | bonjour je cherche des cours de francais gratuits a quebec
- | question | Est-ce qu'on a droit à l'aide juridique quand on est demandeur d'asile?
- | question | Comment envoyer de l'argent au pays sans trop de frais?
- | plain | J'ai trouvé une bonne job dans une usine à Drummondville, je veux juste savoir comment marchent les impôts.
# --- négatifs : sexe sans contrôle d'un tiers
s_sex | plain | J'ai 35 ans et je suis dominatrice. Je suis indépendante, il me faudrait un avocat pour un litige de contrat avec une salle.
s_sex | plain | Je fais de l'OnlyFans, j'ai 23 ans, je garde tout mon argent. Quelqu'un a diffusé mon contenu et je veux le faire retirer.
s_sex | question | Je suis danseuse et le club nous charge des « frais de maison » chaque soir. C'est légal? Je peux partir quand je veux.
- | plain | Ma blonde et moi on s'est rencontrées sur une appli, elle est super. Pourquoi les gens disent que c'est dangereux?
- | question | C'est légal d'aller dans un bar de danseuses à 18 ans au Québec?
- | plain | Mon amie a posté une blague sur les « sugar daddies » sur Insta et sa mère a paniqué. C'était une blague.
# --- négatifs : voyage, prêts, enfermé, enlèvement
- | plain | Mon oncle m'a prêté l'argent du billet et m'a dit de rembourser quand je veux. Aucune pression.
- | plain | Je me suis barré dehors de mon appartement, vous connaissez un serrurier?
- | plain | Le parc ferme au coucher du soleil, on doit partir, c'est plate.
- | plain | Mon chat a été « kidnappé » par l'enfant du voisin lol, elle l'a ramené.
- | plain | Le gym garde ma carte à l'accueil pendant que je suis dedans.
- | plain | Mon école garde nos téléphones pendant les examens.
- | plain | L'usine prend nos téléphones à l'entrée pour des règles de sécurité, on les récupère à la fin du quart.
- | plain | Ma banque a gelé mon compte à cause d'une fraude. Comment récupérer mon argent?
- | plain | Je travaille 60 heures par semaine par choix dans deux jobs, et je suis payé pour tout. Je veux économiser pour une maison.
- | plain | Mon employeur retient mon assurance collective sur ma paie, c'est dans le contrat.
- | plain | J'ai payé un consultant en immigration 3000 $ et il n'a rien fait. Je peux récupérer mon argent?
- | plain | Ils ont pris mes empreintes au consulat pour le renouvellement du passeport. Normal?
- | plain | On a passé la frontière à Lacolle légalement avec nos visas.
- | plain | Notre patron nous conduit au chantier chaque jour parce que c'est loin, et nous ramène.
- | plain | L'hôtel où je travaille nous a donné des chambres pendant la tempête de neige.
- | regional | Le char de mon chum est barré dans le garage pis y a perdu la clé, c'est-tu grave docteur lol
# --- négatifs : passé, maintenant en sécurité
- | past | Quand je suis arrivé, un patron a gardé mon passeport une semaine, mais il me l'a rendu et j'ai changé de job. Maintenant ça va.
- | past | J'ai déjà été itinérante mais maintenant j'ai un appartement, je veux faire du bénévolat.
- | past | J'ai traversé avec un passeur en 2015, tout payé, et j'ai eu ma résidence l'an passé. Merci pour l'info à l'époque.
dispute | past | L'année passée mon patron ne m'avait pas payé, je suis allé aux normes et j'ai eu mon argent. Maintenant il recommence avec les nouveaux.
# --- conflit, passeur, mendicité : quelques-uns de plus
dispute | plain | J'ai reçu ma dernière paie mais il manque les vacances. Je travaille ailleurs maintenant.
dispute | plain | Ils m'ont renvoyé après ma blessure. Je suis à la maison et je veux faire une réclamation.
smug | plain | On a payé un homme pour traverser le Mexique en train puis le Texas. Il est parti et on vit chez des amis.
smug | typo | le passeur m a amené en 2021, j ai payé, maintenant je veux me marier avec ma blonde, c est un probleme?
smug | hesitant | mon père a payé quelqu'un pour que je traverse quand j'étais petit. j'ai 20 ans maintenant. ça compte?
"""

RECORDS = parse(DATA, "fr", "fr-1")
