"""Conversations françaises étiquetées : écrites à la main (cas difficiles, indicateurs
répartis sur plusieurs messages) et composées à partir des réserves de fr_combo."""
import fr_combo
from transcripts import compose_transcripts, parse_transcripts

HAND = r"""
== immediate | enfermée maintenant; ils reviennent ce soir
> allô c'est la ligne d'aide?
> je travaille dans un resto à Laval, on dort dans le sous-sol
> là le patron a barré la porte de dehors et il a dit qu'il revient avec son frère ce soir pour « régler mon cas »
== immediate | retenu contre de l'argent | rançon sans le mot
> Mon frère a traversé la semaine passée près de Laredo.
> Aujourd'hui un homme a appelé avec son téléphone.
> Il dit que mon frère reste avec eux tant qu'on n'envoie pas 3500 de plus, le « prix a changé ».
== immediate | fille de 15 ans exploitée sexuellement | âge donné, euphémisme
> je m'inquiète pour ma nièce
> elle a 15 ans
> son « chum » a 27 ans et l'amène dans des hôtels pour « voir » ses amis, elle revient avec de l'argent
== immediate | enfant au travail agricole avec dette | classe au lieu de l'âge
> bonjour, j'enseigne dans une école secondaire en Montérégie
> un de mes élèves de sec 1 m'a dit qu'il cueille des fraises après l'école et les fins de semaine
> il dit que le chef d'équipe garde sa paie pour une dette du voyage de sa famille
== immediate | idées suicidaires
> ils ont pris mon passeport et je dois 9000
> je vois pas de sortie
> franchement je pense à en finir ce soir
== immediate | travailleur blessé qui saigne, pas de soins
> un gars de l'équipe est tombé du toit
> sa jambe est pliée à l'envers et il saigne de la tête
> le boss dit pas d'hôpital parce qu'on a pas de papiers
== immediate | suivie en ce moment après s'être échappée
> je suis partie du salon de massage ce matin
> je suis au terminus
> l'auto du gérant est passée trois fois, je pense qu'ils me cherchent là
== immediate | fillette en travail domestique, pas d'école | petite bonne
> les voisins ont une petite fille qui vit chez eux, elle doit avoir 11 ans
> elle va jamais à l'école, elle fait la lessive et le ménage toute la journée
> ils disent que c'est une « nièce » du Bénin
== immediate | arme à feu maintenant
> il a un fusil
> chu dans la salle de bain de la roulotte
> svp
== immediate | élève de 4e vendue par un adulte | classe comme âge
> je suis conseillère d'orientation
> une élève de 4e m'a dit que le chum de sa mère l'oblige à « divertir » des hommes chez lui pour de l'argent
== immediate | surdose, respire mal
> ma coloc a pris quelque chose que le gars du travail lui a donné
> elle se réveille pas et elle respire bizarre
== immediate | rançon par des passeurs
> ils ont ma femme dans une maison en Arizona
> ils veulent 6000 sinon ils disent qu'on la reverra pas
> je fais quoi je peux pas appeler la police j'ai pas de papiers
== immediate | garçon de 16 ans forcé de vendre de la drogue
> mon fils a 16 ans
> des gars disent qu'il leur doit un téléphone et maintenant il doit vendre pour eux au parc
> il a peur d'arrêter
== immediate | talibé forcé à mendier | enfant, mendicité forcée
> au foyer on a accueilli un garçon de 10 ans
> il raconte que le maître coranique l'envoyait mendier tous les jours et le battait s'il ne ramenait pas la somme
> le maître l'a retrouvé et attend devant le foyer en ce moment
== priority | passeport gardé par l'employeur; pas libre de sortir du logement
> Bonjour, je suis travailleur agricole temporaire à Saint-Rémi
> Le chef d'équipe a pris nos passeports le premier jour
> et on peut sortir de la ferme seulement le dimanche avec lui
== priority | dette qui augmente; à rembourser en travaillant | dette répartie sur deux messages
> je dois 4000 au recruteur pour le voyage
> chaque mois il dit que c'est plus, là c'est 6200, et je peux pas changer de job avant de payer
== priority | menaces contre la famille au pays
> je veux quitter le salon
> mais la patronne dit que ses gens savent où habitent mes parents à Douala
> et que « les accidents arrivent »
== priority | prostitution forcée après une fausse offre
> Ils m'ont fait venir pour une job dans un restaurant
> Il n'y a pas de restaurant
> Je dois être avec des hommes dans un appartement et la femme garde tout l'argent
== priority | paie gardée « en sécurité »; menace d'immigration
> mon patron dit qu'il garde mon argent en sécurité jusqu'à mon retour au pays
> quand j'en ai demandé il a dit qu'il allait appeler l'immigration
== priority | téléphone pris; pas de contact avec la famille
> Je suis fille au pair à Québec
> La mère d'accueil a pris mon téléphone il y a deux semaines et dit que j'appellerai chez nous quand je serai « sage »
> J'ai pas parlé à ma mère depuis
== priority | servitude domestique : pas de paie, pas de congé, pas de sortie
> je travaille pour une famille à Outremont
> je cuisine, je fais le ménage et je m'occupe de la grand-mère
> pas payée depuis 8 mois et je sors seulement avec eux
== priority | « j'ai accepté » ; travail forcé pour dette | le consentement ne baisse jamais le risque
> j'ai accepté de venir, personne m'a forcée à prendre l'avion
> mais maintenant ils disent que je dois 15 000 pour le voyage et que je dois travailler au club jusqu'à ce que ce soit payé
> je reçois des clients tous les soirs
== priority | frappé par le contremaître
> le contremaître de l'abattoir m'a frappé avec un crochet hier
> il a dit que si je le dis à quelqu'un je perds ma job et ma chambre
== priority | mendicité forcée
> un homme nous dépose, ma cousine et moi, à la sortie de l'autoroute chaque matin
> on tient des pancartes et il prend tout le soir
> on a nulle part d'autre où aller
== priority | traite passée, maintenant en sécurité | indicateurs passés : reste priority
> il y a quelques années on m'a forcée à travailler dans une maison sans salaire et ils gardaient mon passeport
> je me suis sauvée et je suis en sécurité maintenant
> je veux savoir si je peux avoir un permis pour les victimes
== priority | dette après passage, travail forcé | le trafic devient traite avec une dette remboursée sous contrôle
> j'ai traversé avec un passeur
> je devais encore 3000 alors ils m'ont mis à travailler sur une ferme en Ontario
> ils gardent mon chèque et la dette baisse pas
== priority | vendu à un autre employeur
> le recruteur a « vendu » mon contrat à une autre ferme sans me demander
> ils disent que je leur appartiens maintenant et ils ont pris ma carte
== priority | surveillance; escortés partout
> je fais le ménage des chambres d'hôtel pour une agence à Mont-Tremblant
> quelqu'un de l'agence nous conduit et attend dehors toute la journée
> on peut aller nulle part seuls, même les jours de congé
== priority | menace de mort conditionnelle à un adulte | conditionnelle, pas maintenant : priority
> mon employeur a dit que si je vais aux normes du travail il va me tuer
> il est pas là maintenant, je suis à la buanderie
== priority | tromperie et heures excessives | deux indicateurs moyens
> le contrat disait 40 heures par semaine dans un hôtel
> c'est un abattoir de volailles et on travaille 16 heures par jour, 7 jours sur 7
== priority | orpaillage : retenus en forêt, dette de transport | Guyane
> je suis sur un site d'or en Guyane
> le chef dit que je lui dois la pirogue et la nourriture
> personne peut repartir avant la fin, les fusils sont chez lui
== refer | passeur seulement, libre à l'arrivée
> on a traversé avec un passeur le mois passé
> on a tout payé avant, il nous a laissés à Tucson
> maintenant on est chez mon oncle et on veut demander l'asile
== refer | conflit de salaire, libre de partir
> Mon patron au lave-auto m'a pas payé mes deux dernières semaines
> J'ai quitté et je vis chez mon frère
> Comment je récupère mon argent?
== refer | violence conjugale, pas maintenant
> mon mari m'a frappée samedi
> il est au travail là
> je veux savoir pour les maisons d'hébergement pour moi et mes enfants
== refer | itinérance
> j'ai nulle part où dormir ce soir
> je suis à Montréal, j'arrive d'Haïti
== refer | offre suspecte pas acceptée
> Quelqu'un sur Instagram m'offre une job d'hôtesse à Miami
> ils paient le vol mais je dois leur donner mon passeport en arrivant
> j'ai pas répondu, c'est correct?
== refer | dette de voyage seule, pas de contrôle | sous le seuil : poser les questions
> je dois le billet d'avion à mon cousin
> je le rembourse un peu chaque mois, il me presse pas
> y a-t-il un moyen moins cher d'envoyer l'argent?
== refer | tromperie seule | travail différent, pas de contrôle
> ils m'avaient dit que c'était dans un bureau
> mais c'est du ménage de maisons
> la paie est la même et je peux partir, je me sens juste trompée
== refer | 19 ans dans un club, sans contrôle | adulte, pas de contrôle d'un tiers : pas mineure
> j'ai 19 ans et je danse dans un club
> le club prend des frais chaque soir mais je garde mes pourboires et je rentre quand je veux
> c'est légal ces frais?
== refer | passeur qui redemande de l'argent, personne libre et loin | ni dette forcée ni séquestration
> le guide qui nous a fait passer texte pour demander 500 de plus
> on a déjà payé ce qui était convenu et on habite loin maintenant
> on devrait s'inquiéter?
== info | demande d'information : droits des TET
> bonjour
> c'est quoi mes droits comme travailleur étranger temporaire au Québec?
== info | copie du passeport, original rendu | négatif difficile
> Mon nouvel employeur a demandé mon passeport
> Il a fait une copie pour le dossier et me l'a rendu tout de suite
> C'est normal?
== info | devoir qui utilise les mots | négatif difficile
> salut je fais un travail pour l'école
> c'est quoi la différence entre le trafic de migrants et la traite?
== info | passeport perdu | négatif difficile
> j'ai perdu mon passeport dans l'autobus
> comment en avoir un nouveau au consulat à Montréal?
== info | négation : personne n'a pris le passeport | négatif difficile
> personne a touché à mon passeport, il est dans mon sac
> je veux juste connaître les règles des heures sup en Ontario
== info | dette bancaire | négatif difficile
> j'ai un prêt auto et j'ai 2 paiements en retard
> je peux faire quoi?
== info | question sur un film | négatif difficile
> on a vu un film sur une fille enfermée dans une cave
> c'est à ça que ressemble la traite?
== info | salutations seulement
> bonjour
> c'est le bon numéro pour l'aide aux migrants?
== info | ado avec une job d'été légale | mineur sans exploitation : info
> j'ai 16 ans et je veux travailler au camp de jour cet été
> je peux faire combien d'heures par semaine?
"""

WHY = {
    "document_confiscation": "papiers gardés par quelqu'un d'autre",
    "debt_bondage": "dette qui augmente ou à rembourser en travaillant",
    "travel_debt": "dette pour le voyage ou le recrutement",
    "restriction_of_movement": "pas libre de partir ou de sortir seul",
    "isolation": "téléphone pris ou coupé de la famille",
    "physical_sexual_violence": "frappé ou agressé par l'employeur",
    "threats_person_family": "menaces contre la personne ou la famille",
    "threat_police_deportation": "menace d'immigration ou de police",
    "withheld_wages": "salaire retenu",
    "excessive_hours": "heures excessives, pas de repos",
    "deception_job": "travail différent de la promesse",
    "forced_commercial_sex": "obligée de vendre du sexe",
    "forced_begging_crime": "obligé de mendier ou de commettre des délits",
    "domestic_servitude": "servitude domestique",
    "abduction_or_sale": "vendu ou pris de force",
    "vulnerability_exploited": "absence de papiers ou de langue utilisée contre la personne",
    "danger_now": "en danger maintenant",
    "ransom": "retenu contre rançon",
    "self_harm": "idées suicidaires",
    "medical_emergency": "urgence médicale maintenant",
    "minor": "personne de moins de 18 ans",
    "smuggling": "passeur seulement, libre à l'arrivée",
    "labour_dispute": "conflit de salaire, libre de ses mouvements",
    "partner_violence": "violence conjugale, pas en ce moment",
    "homelessness": "nulle part où dormir",
    "suspicious_job_offer": "offre d'emploi suspecte pas encore acceptée",
}


def build() -> list[dict]:
    hand = parse_transcripts(HAND, "fr", "fr-1")
    taken = {" | ".join(t["messages"]).lower() for t in hand}
    counts = {l: sum(t["expected"] == l for t in hand) for l in ("immediate", "priority", "refer", "info")}
    targets = {l: max(0, 45 - c) for l, c in counts.items()}
    composed = compose_transcripts(fr_combo, "fr", "fr-1", WHY, targets, seed=7, taken=taken)
    out = hand + composed
    for i, t in enumerate(out, 1):
        t["id"] = f"t-fr-{i:04d}"
    return [{"id": t["id"], **{k: v for k, v in t.items() if k != "id"}} for t in out]


TRANSCRIPTS = build()
