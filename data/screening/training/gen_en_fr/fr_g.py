"""Messages en français, lot G : servitude domestique (petites bonnes, aides familiales,
tantie), québécois de tous les jours, français d'Afrique, tiers de plus."""
from common import parse

DATA = r"""
# --- servitude domestique
dom | plain | Je suis arrivée comme aide familiale, je travaille du matin au soir pour toute la famille, ils ne me paient pas et je n'ai pas le droit de sortir seule.
dom | regional | Madame dit que je suis « comme sa fille », mais je dors sur un matelas dans la cuisine, je ne mange qu'après eux et je ne sors jamais.
dom | typo | je fait tout dans la maison, les enfants, le menage, le linge, 7 jour sur 7, pas de salaire depuis que je suis arrivé
dom | hesitant | euh... je vis chez mon employeur, je dois demander la permission pour sortir et elle dit toujours non, et mon salaire elle le garde
dom | third_party | Je suis éducatrice en garderie ; la nounou qui vient chercher un enfant m'a glissé qu'elle n'a jamais eu un jour de congé et qu'on lui a pris son passeport.
dom | regional | On m'a envoyée chez un tonton à Montréal pour aider sa femme, mais je suis devenue la bonne : je me lève à 4 h, je me couche à minuit et je ne touche pas un sou.
dom | plain | La famille pour qui je travaille part en vacances et m'enferme dans la maison avec les chiens.
dom | no_accents | je suis bonne chez une famille, ils me laissent pas sortir, pas de paye, pas de telephone
dom | third_party | Ma voisine d'en face a une « aide » venue des Philippines qui ne sort que pour sortir les poubelles, elle m'a dit qu'elle n'est pas payée.
dom | story | Je suis arrivée de Kinshasa pour garder les enfants d'une cousine. Trois ans plus tard, je fais tout dans la maison, elle garde mon passeport et dit que mon salaire rembourse mon voyage.
dom | regional | chu pognée chez eux, je fais le ménage pis les repas pour six, y me paient pas pis y barrent la porte quand y partent
dom | plain | Mon employeuse m'oblige à travailler aussi chez sa sœur et sa mère, sans paie en plus, et je n'ai aucun jour de repos.
dom | typo | je dors dans le garage et madame me donne les restes, je travail tout le temps, je peux pas partir elle a mes papiers
dom | third_party | Je suis pasteure ; une jeune femme de la communauté vit chez un couple depuis deux ans comme domestique, sans salaire, et n'a le droit de venir au culte qu'avec eux.
dom | plain | Je suis nounou logée, on m'a retiré mon téléphone, je travaille 16 heures par jour et on dit que je serai payée « à la fin ».
# --- mendicité et délits
beg,s_beg | regional | La vieille dame nous fait quêter devant la mosquée chaque vendredi et reprend tout l'argent le soir.
beg,s_beg,minor | third_party | Chauffeur d'autobus ici : deux garçons de 9 ou 10 ans vendent des mouchoirs aux feux tous les jours, et un homme dans une auto ramasse l'argent.
beg,s_crime | regional | Les grands du quartier m'obligent à cacher leur stock chez moi, sinon ils disent qu'ils vont brûler le dépanneur de ma mère.
# --- québécois de tous les jours
doc | regional | mon boss garde mon passeport dans son coffre de char pis y veut pas me le redonner
debt | regional | y m'disent que j'leur dois 5000 piasses pour le voyage pis ça monte à toutes les semaines
move | regional | on a pas le droit de sortir de la shop, même pour aller au dépanneur, y a toujours un gars qui nous watch
hours | regional | j'fais des shifts de 16 heures à tous les jours, pas de congé, pis si je chiale y m'renvoient
wages | regional | ça fait trois mois que j'ai pas eu de paye, le boss dit tout le temps « la semaine prochaine »
police | regional | à chaque fois qu'on demande notre argent y nous dit « voulez-vous que j'appelle l'immigration? »
threat | regional | y m'a dit qu'y connaît du monde au pays qui vont aller voir ma mère si je parle
- | regional | ma job est plate mais y paient à l'heure, j'veux juste savoir pour un dentiste
- | regional | lol mon boss a « kidnappé » mon lunch dans le frigo encore
- | regional | y fait chaud en titi dans les champs mais y nous donnent de l'eau pis des pauses, je voulais juste demander pour la crème solaire
# --- français d'Afrique
doc,s_lab | regional | Le patron libanais du commerce a pris nos passeports à l'arrivée, il dit que c'est la coutume, mais on ne peut pas changer de travail.
debt,tdebt | regional | Le démarcheur à Dakar a dit que le voyage était « préfinancé » ; ici on doit lui verser toute la paie pendant deux ans, et les frais augmentent.
sex,decep | regional | On nous a dit coiffure au Canada ; arrivées au Mexique, la dame nous a dit qu'on allait « travailler de nuit » avec des hommes pour rembourser.
threat | regional | Le monsieur a dit que s'il m'arrive de parler, il va faire enfermer mon petit frère au pays, il connaît des gens haut placés.
iso | regional | On m'a pris mon téléphone à l'aéroport, je n'ai plus de nouvelles du pays depuis trois mois, la tantie dit que c'est pour mon bien.
vuln | regional | Ils savent que je ne parle pas l'espagnol ici à Tapachula et que je n'ai pas de papiers, alors ils me paient ce qu'ils veulent et menacent d'appeler la migration.
smug | regional | On a payé le passeur depuis Quito jusqu'à la frontière américaine, chaque étape réglée, maintenant on est à New York chez un frère, on est libres.
homeless | regional | Bonsoir, je suis arrivé à Montréal ce matin depuis la frontière, je connais personne, je n'ai pas d'endroit pour dormir.
offer | regional | Une dame au marché de Douala recrute des filles pour « travailler dans des familles » au Canada, elle garde les passeports pour les visas. Ma sœur veut y aller.
- | regional | Bonjour, je suis arrivé du Sénégal le mois passé, où est-ce que je peux apprendre l'anglais?
# --- tiers de plus
doc,s_lab | third_party | Je suis prof de francisation ; trois de mes élèves d'une usine de crabe disent que le superviseur garde leurs passeports dans son bureau.
viol,s_lab | third_party | Infirmière à l'urgence : un jeune homme d'une équipe de toiture est arrivé avec le poignet cassé et dit que le boss a marché dessus.
wages,s_lab | third_party | Je suis propriétaire et mes locataires, tous de la même équipe de ménage, n'ont pas été payés depuis deux mois. Le boss garde leurs chèques.
sex | third_party | Comme chauffeur de taxi, je conduis souvent les mêmes jeunes femmes de motels en maisons ; l'homme qui commande les courses les suit sur son téléphone.
ransom | third_party | Enseignante ici : la mère d'un élève est effondrée, des hommes retiennent son mari près de la frontière et demandent de l'argent.
selfharm | third_party | Pasteur ici. Un travailleur agricole vient de me dire qu'il veut mourir et qu'il a une corde dans son camion.
danger | third_party | Infirmière en clinique : une patiente dit que les hommes qui l'ont amenée sont dans notre salle d'attente en ce moment et elle est terrifiée.
medical | third_party | Au centre d'alphabétisation, un élève qui travaille à l'abattoir vient de s'effondrer en se tenant la poitrine et ne répond plus.
dispute,s_lab | third_party | Mon père travaille dans un garage et son patron ne lui a pas payé ses heures sup depuis trois mois. Il rentre chez lui chaque soir, il veut juste son argent.
pv | third_party | Je suis coiffeuse ; une cliente m'a dit que son mari l'a étranglée la semaine passée. Elle reste chez sa sœur maintenant.
minor,sex | third_party | Éducatrice de rue ici : une fille de 14 ans qu'on suit dit qu'un homme de 30 ans lui trouve des « clients » et garde l'argent.
minor,s_lab | third_party | Je suis enseignante en CM2 ; un élève de 10 ans s'endort en classe, il dit qu'il aide chaque nuit à décharger des camions pour un commerçant.
"""

RECORDS = parse(DATA, "fr", "fr-1")
