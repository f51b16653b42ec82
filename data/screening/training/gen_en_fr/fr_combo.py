"""Messages français composés : ouvertures, propositions et fins écrites à la main
(première personne et tiers), assemblées en messages de 2 à 4 phrases. Voir combo.py."""
from __future__ import annotations

import random
import re
import sys

from combo import build_messages, pool
from common import strip_accents

# ---- ouvertures à la première personne : contexte | étiquettes | style | texte
OPEN1 = pool(r"""
lab | s_lab | plain | Je travaille sur une ferme maraîchère à Saint-Rémi avec un permis de travail temporaire
lab | s_lab | typo | je travail dans un abattoir de poulet en beauce depuis mars
lab | s_lab | regional | chu venu du Guatemala pour travailler dans les serres à Mirabel
lab | s_lab | plain | Je suis sur un chantier de construction à Laval
lab | s_lab | hesitant | euh je travaille dans un resto à Montréal, en cuisine
lab | s_lab | plain | Je travaille dans un salon d'ongles à Brossard
lab | s_lab | regional | ça fait 6 mois que je travaille au lave-auto à Longueuil
lab | s_lab | plain | Je suis travailleur étranger temporaire dans une usine de transformation de poisson en Gaspésie
lab | s_lab | typo | je travail dans une usine de viande a vallee-jonction, sur la ligne de decoupe
lab | s_lab | plain | Je fais le ménage de bureaux la nuit pour un sous-traitant à Québec
lab | s_lab | plain | Je suis venue du Mexique avec le programme saisonnier pour cueillir des pommes
lab | s_lab | plain | Je suis cuisinier dans un buffet à Ottawa et j'habite au-dessus
lab | s_lab | hesitant | bonjour, excusez mon français, je travaille dans une manufacture de vêtements à Montréal
lab | s_lab | plain | Je travaille en aménagement paysager avec une équipe de gars du Honduras
lab | s_lab | typo | je travaille dans un hotel a mont-tremblant, c est l agence qui m a placé
lab | s_lab | regional | je fais du gypse pour un contracteur à Terrebonne
lab | s_lab | plain | Je suis sur un bateau de pêche aux Îles-de-la-Madeleine
lab | s_lab | plain | Je suis venu en Saskatchewan avec un permis pour une ferme porcine
lab | s_lab | typo | je suis dans une boulangerie a sherbrooke, ils m ont fait venir de tunisie
lab | s_lab | plain | Je travaille dans un entrepôt à Boucherville par une agence de placement
lab | s_lab | regional | Je travaille sur un site d'orpaillage en Guyane, du côté de Maripasoula
lab | s_lab | regional | je suis manœuvre sur un chantier à Cayenne, le patron est un compatriote
lab | - | hesitant | Je sais pas trop à qui demander pour ma job
lab | - | plain | Je suis venu ici pour travailler il y a six mois
any | - | plain | Bonjour, j'ai besoin d'un conseil
any | - | typo | bonjour svp j ai besoin d aide
any | - | hesitant | je sais pas trop comment expliquer
any | - | plain | Désolée d'écrire si tard
any | - | short | allô
any | - | regional | bonsoir la famille, pardon de déranger
any | - | plain | Quelqu'un m'a donné ce numéro
any | - | typo | excuse mon francais c est pas bon
any | - | regional | bon, je sais pas si c'est la bonne place pour ça
dom | s_lab | plain | Je suis nounou logée chez une famille à Outremont
dom | s_lab | typo | je travaille comme bonne dans une grande maison a laval, je vis la-bas
dom | s_lab | plain | Je suis fille au pair à Québec
dom | s_lab | plain | Je m'occupe d'une dame âgée à Sherbrooke et je vis chez elle
dom | s_lab | hesitant | je suis femme de ménage pour une famille, je dors chez eux
dom | s_lab | regional | La tantie m'a fait venir pour travailler chez elle à Montréal
sex | s_sex | plain | Je travaille dans un salon de massage à Montréal
sex | s_sex | euphemism | Je suis « hôtesse » dans un bar karaoké
sex | s_sex | plain | Je danse dans un club à Laval
sex | s_sex | typo | je travail dans un spa, le genre avec des clients hommes le soir
sex | s_sex | regional | je suis serveuse dans un maquis mais le soir c'est autre chose
sex | - | hesitant | j'ai rencontré un gars en ligne qui disait qu'il allait s'occuper de moi
sex | - | plain | Une femme m'a fait venir du Cameroun avec une promesse de travail de serveuse
""", with_style=True)

CL1 = pool(r"""
any | doc | le patron a pris mon passeport le premier jour et refuse de le rendre
any | doc | ils gardent ma carte d'identité et mon visa au bureau et disent que c'est pour la sécurité
any | doc | mon passeport est chez le superviseur et chaque fois que je demande il rit
lab | doc | l'entrepreneur a ramassé nos passeports à l'aéroport
any | doc | elle garde mes papiers et dit que je les aurai à la fin du contrat
any | doc | j'ai plus mon passeport, le gérant l'a barré quelque part
any | doc | ils nous ont fait donner nos documents « pour les papiers » et ne les ont jamais rendus
sex | doc | la propriétaire garde les passeports de toutes les filles dans son coffre
dom | doc | mon employeuse a mis mon passeport dans son tiroir et l'a fermé à clé
any | doc,move | sans mes papiers je peux aller nulle part, et ils le savent
lab | doc | le chef d'équipe a nos passeports et nos cartes bancaires
any | debt | ils disent que je leur dois de l'argent et ça augmente chaque mois
any | debt | je peux pas partir avant d'avoir payé la dette, mais ils ajoutent toujours des choses
lab | debt | ils nous font payer le lit, la bouffe et le transport, alors je finis jamais de payer
any | debt,tdebt | je leur dois le voyage et le visa et ils ajoutent des intérêts chaque semaine
any | debt | chaque fois que je pense que la dette est presque payée ils trouvent de nouveaux frais
sex | debt | elle dit que je lui dois les vêtements et la chambre et je paie avec les clients
any | debt | ils disent que je dois travailler gratuit jusqu'à ce que ma dette soit à zéro
any | debt,tdebt | le recruteur dit que je dois encore 6000 pour m'avoir fait venir et que je dois le rembourser en travaillant
dom | debt | la famille dit que mon billet d'avion et ma nourriture sont une dette à rembourser en travaillant
any | tdebt | j'ai payé 3000 à un recruteur au pays pour ce travail
any | tdebt | je dois encore le billet d'avion à mon cousin
lab | tdebt | l'agence nous a fait payer des frais pour le visa et le vol
any | move | ils me laissent pas sortir seule
any | move | la porte est barrée de l'extérieur la nuit
lab | move | on vit dans une roulotte sur la ferme et on a pas le droit de sortir du terrain
any | move | quelqu'un vient toujours avec moi, même à l'épicerie
lab | move | ils nous conduisent du logement au travail et retour, on va jamais ailleurs
sex | move | on vit dans le fond du salon et on peut pas sortir
dom | move | j'ai le droit de sortir seulement avec la famille, jamais toute seule
any | move | il y a un gars qui surveille la maison jour et nuit
any | iso | ils m'ont pris mon téléphone
any | iso | j'ai pas le droit de parler à ma famille
any | iso | je sais même pas l'adresse où je suis
lab | iso | on a pas le droit de parler à personne en dehors de la ferme
any | iso | ils me laissent appeler au pays une fois par mois et ils écoutent
dom | iso | mon employeuse lit mes messages et m'a pris ma carte SIM
any | viol | le patron nous frappe quand on est trop lents
any | viol | il m'a giflée et poussée par terre la semaine passée
lab | viol | le contremaître a donné des coups de pied à un gars qui demandait de l'eau
sex | viol | l'homme qui tient la place nous bat si on ramène pas assez
dom | viol | le père de la maison entre dans ma chambre la nuit et me force
any | viol | ils m'ont battu quand j'ai demandé à partir
any | threat | il dit qu'il va faire du mal à ma famille au pays si je me sauve
any | threat | ils savent où habitent mes parents et me le rappellent chaque jour
any | threat | elle a dit que je vais le regretter si je parle à quelqu'un
sex | threat | il dit qu'il va envoyer mes photos à ma famille si j'arrête
any | police | le patron dit qu'il appelle l'immigration si je me plains
any | police | ils disent que la police va m'arrêter moi, pas eux, parce que j'ai pas de papiers
lab | police | le superviseur menace de nous dénoncer à l'immigration si on va aux normes du travail
dom | police | mon employeuse dit qu'elle va dire à l'immigration que je l'ai volée
any | wages | ils m'ont pas payé depuis deux mois
any | wages | ils gardent mon argent « en sécurité » pour moi et disent que je l'aurai à la fin
lab | wages | ils avaient promis 16 $ de l'heure et me donnent 300 $ par semaine pour 70 heures
any | wages | ma paie va directement à l'homme qui m'a fait venir
lab | wages | après le loyer et la nourriture il me reste presque rien
dom | wages | ils disaient que mon salaire irait à ma famille mais personne n'a rien reçu
sex | wages | le gérant garde tout l'argent que les clients paient
any | hours | mes journées font 15 heures, jamais un jour off
lab | hours | on travaille sept jours sur sept du lever au coucher du soleil
any | hours | même quand j'avais de la fièvre ils m'ont fait travailler
dom | hours | je travaille de 5 h à minuit chaque jour, pas de congé depuis des mois
any | decep | le travail est pas du tout ce qu'ils avaient promis
any | decep | ils disaient que c'était dans un hôtel mais c'est complètement autre chose
lab | decep | le contrat disait 18 $ mais ici ils paient la moitié
dom | decep | ils disaient que j'étudierais le français mais je fais juste le ménage
sex | decep,sex | ils disaient que je serais serveuse mais maintenant je dois aller avec les clients
sex | sex | la patronne nous oblige à faire des extras aux clients
sex | sex | ils me font recevoir des clients chaque soir et je peux pas dire non
sex | sex | je dois faire des « rendez-vous » et donner tout l'argent à lui
sex | sex | il organise les passes et je peux pas refuser
sex | sex | je dois être « gentille avec les clients » dans les salons privés
any | beg,s_crime | ils me font transporter des colis et je pense que c'est de la drogue
any | beg,s_crime | ils m'obligent à vendre de la drogue pour payer ce que je dois
any | beg,s_beg | ils me déposent à un coin de rue pour mendier chaque jour et prennent l'argent
any | beg,s_crime | ils m'obligent à voler dans les magasins pour eux
any | vuln | ils savent que j'ai pas de papiers alors ils font ce qu'ils veulent
any | vuln | ils profitent parce que je parle pas la langue
any | vuln | ils savent que j'ai personne ici et pas d'argent pour rentrer
dom | dom | je suis pas payée, je peux pas sortir et je travaille pour toute la famille chaque jour
dom | dom | je dors par terre dans la buanderie et j'ai jamais un jour de congé
any | sale | l'homme qui m'a amené dit qu'il m'a acheté au recruteur
any | sale | ils m'ont passé à un autre patron contre de l'argent
""")

IMM1 = pool(r"""
any | danger | là maintenant il est devant ma porte et il crie
any | danger | ils s'en viennent me chercher, je vois la voiture
any | danger | je me suis sauvée et je me cache, ils me cherchent en ce moment
any | danger | il est ici avec une arme et je suis enfermée dans la salle de bain
any | danger | ils m'ont enfermé dans une chambre et ont dit qu'ils reviennent ce soir
any | danger | quelqu'un me suit en ce moment depuis que je suis partie
any | selfharm | je veux plus vivre
any | selfharm | je pense à me tuer
any | selfharm | j'ai des pilules et je pense à toutes les prendre
any | medical | mon ami ici saigne beaucoup et se réveille pas
any | medical | un gars vient de s'effondrer à cause de la chaleur et respire mal
any | medical | mon collègue s'est coupé la main dans la machine et il y a du sang partout
any | ransom | maintenant ils ont mon frère et veulent 5000 pour le laisser partir
any | ransom | ils retiennent mon cousin et disent payez ou vous le reverrez pas
""")

NEG1 = pool(r"""
any | - | j'ai mon passeport avec moi, personne me l'a pris
any | - | ils ont fait une copie de ma carte et me l'ont rendue
any | - | je peux partir quand je veux, je vais en ville les fins de semaine
any | - | ils me paient chaque vendredi, à l'heure
any | - | je vis dans mon propre appartement
any | - | mon patron est correct, je veux juste connaître mes droits
any | - | je dois rien à personne
any | - | je parle à ma famille chaque soir
lab | - | on a un jour de congé chaque semaine
lab | - | les heures sont longues mais ils paient le temps supplémentaire
any | - | personne m'a menacé
any | - | je veux des infos sur les impôts
any | - | j'ai perdu mon passeport dans l'autobus et j'en ai besoin d'un nouveau
any | - | je pense à changer de job parce que je veux plus d'argent
any | - | je veux juste savoir comment envoyer de l'argent au pays moins cher
lab | - | le logement est gratuit et le proprio nous prête le van le dimanche
any | - | mon visa expire bientôt et je veux le renouveler
any | - | j'aimerais apprendre le français, il y a des cours gratuits?
sex | - | je garde mon argent et je travaille quand je veux
sex | - | personne m'oblige à rien, je veux juste des tests de santé gratuits
dom | - | la famille me traite bien et j'ai mes dimanches
""")

NEED1 = pool(r"""
any | homeless | j'ai nulle part où dormir ce soir
any | homeless | je dors au parc depuis quelques jours
any | homeless | le refuge est plein et je suis dehors avec mes sacs
any | homeless | mon proprio m'a mis dehors et j'ai nulle part où aller
any | pv | mon mari m'a frappée la semaine passée mais il est parti maintenant
any | pv | mon chum me battait, je suis partie et je suis chez une amie
any | pv | mon ex me menace par texto, il sait pas où j'habite
any | offer | un homme en ligne m'offre un travail à l'étranger si je lui donne mon passeport avant, j'ai pas dit oui
any | offer | une agence veut 4000 d'avance pour une job au Canada et dit que je paierai le reste avec mon salaire
any | offer | quelqu'un m'offre un travail d'« hôtesse » dans une autre ville tout payé, ça me semble bizarre
any | dispute | ma dernière job m'a pas payé mes deux dernières semaines, j'ai déjà quitté
any | dispute | ils ont pas payé mes heures sup mais je suis libre, je veux juste mon argent
any | smug | le passeur a été payé au complet, je vis avec ma famille et personne me retient
any | smug | on est venus avec un passeur, tout payé, personne nous retient
""")

CLOSE1 = pool(r"""
any | - | je peux faire quoi?
any | - | aidez-moi svp
any | - | j'ai peur
any | - | pas la police svp
any | - | c'est légal?
any | - | vous pouvez me rappeler au 555-0188?
any | - | je sais plus quoi faire
any | - | dites à personne que j'ai écrit svp
any | - | c'est quoi mes options?
any | - | vous pouvez m'aider même sans papiers?
any | - | merci
""")

OPEN3 = pool(r"""
lab:f | s_lab | third_party | Ma voisine travaille dans un salon d'ongles au centre-ville
lab:m | s_lab | third_party | Je suis pasteur et un homme de l'église travaille dans un abattoir
lab:m | s_lab | third_party | Mon cousin est venu travailler sur une ferme en Ontario
lab:f | s_lab | third_party | Une femme qui vient à notre banque alimentaire travaille dans une buanderie d'hôtel
lab:m | s_lab | third_party | Je suis infirmière, un de mes patients travaille sur un chantier
lab:m | s_lab | third_party | Mon frère travaille dans une cuisine de restaurant à Québec
lab:f | s_lab | third_party | Ma sœur a eu une job dans une manufacture de vêtements
lab:f | s_lab | third_party | Une amie de l'église fait le ménage de bureaux pour un sous-traitant
lab:m | s_lab | third_party | Je suis prof de francisation et un de mes élèves adultes travaille dans une serre
lab:m | s_lab | third_party | Un compatriote que je connais travaille sur un site d'orpaillage en Guyane
dom:f | s_lab | third_party | La femme qui travaille pour la famille d'à côté vit chez eux
dom:f | s_lab | third_party | Ma tante est aide familiale résidente à Toronto
dom:f | s_lab | third_party | Une jeune fille au pair rencontrée au parc m'a parlé de sa famille d'accueil
dom:f | s_lab | third_party | Je suis travailleuse sociale ; une cliente est femme de ménage logée
sex:f | s_sex | third_party | Une fille que je connais travaille dans un salon de massage sur la rue principale
sex:f | s_sex | third_party | Mon amie a commencé à danser dans un club à Laval
sex:f | - | third_party | Ma cousine est partie avec un gars qui lui avait promis une job en ville
sex:f | s_sex | third_party | Je suis réceptionniste de motel et il y a une jeune femme ici avec un homme qui réserve les chambres
any:m | - | third_party | Mon ami m'a écrit à propos de sa situation
any:f | - | third_party | Une femme au refuge m'a raconté son histoire
any:f | - | third_party | Je m'inquiète pour ma sœur
any:m | - | third_party | Je suis prêtre et un homme est venu se confesser très effrayé
""", with_style=True)

OPEN3_MINOR = pool(r"""
lab:m | minor,s_lab | third_party | Mon neveu a 15 ans et travaille sur une ferme
lab:f | minor,s_lab | third_party | J'enseigne en secondaire 2 et une de mes élèves travaille au restaurant de sa tante
lab:m | minor,s_lab | third_party | Le garçon d'à côté, il a peut-être 13 ans, travaille dans un lave-auto
lab:f | minor,s_lab | third_party | Ma nièce, elle a 16 ans, travaille dans un atelier de couture
lab:m | minor,s_lab | third_party | Je suis conseiller à l'école, un élève de 3e m'a dit qu'il travaille dans un entrepôt de légumes
lab:m | minor,s_lab | third_party | Un jeune de 14 ans de notre paroisse travaille sur une équipe de toiture
dom:f | minor,s_lab | third_party | Une fille de 15 ans vit chez la famille d'en face comme bonne
dom:f | minor,s_lab | third_party | Ma cousine a 12 ans et on l'a envoyée vivre chez une famille pour faire le ménage
sex:f | minor,s_sex | third_party | Une fille de 16 ans que j'accompagne travaille dans un « spa »
sex:f | minor | third_party | Ma fille a 15 ans et elle a un « chum » beaucoup plus vieux
sex:f | minor,sex | third_party | Une élève de sec 3 à notre école sort avec des hommes que son cousin organise
any:m | minor | third_party | Mon élève de CM2 m'a dit quelque chose d'inquiétant
any:f | minor | third_party | Ma petite sœur a 14 ans
""", with_style=True)

CL3 = pool(r"""
any | doc | le patron garde son passeport et refuse de le rendre
any | doc | ils ont pris sa carte d'identité le premier jour
dom | doc | l'employeuse a barré son passeport dans un tiroir
sex | doc | la propriétaire garde son passeport
any | debt | ils disent qu'{il} leur doit de l'argent et la dette augmente toujours
lab | debt | ils prennent le loyer et la nourriture sur sa paie alors {il} doit toujours plus
sex | debt | l'homme dit qu'{il} doit rembourser le voyage avec des clients
any | move | {il} peut pas sortir seul{e}, quelqu'un surveille toujours
any | move | ils barrent la porte la nuit pour qu'{il} puisse pas partir
lab | move | {il} vit sur le lieu de travail et a pas le droit de partir
any | iso | ils ont pris son téléphone et {il} peut pas appeler au pays
any | iso | {il} a pas le droit de parler à personne de l'extérieur
any | viol | le patron {le} frappe
sex | viol | l'homme {le} bat si {il} ramène pas assez d'argent
any | threat | ils ont menacé sa famille au pays
any | police | ils {lui} disent qu'ils vont appeler l'immigration si {il} se plaint
any | wages | {il} a pas été payé{e} depuis des mois
any | wages | le patron garde sa paie et dit que c'est « de l'épargne »
any | hours | {il} travaille de tôt le matin jusqu'à minuit chaque jour
lab | hours | {il} a jamais de congé, même malade
any | decep | le travail ressemble à rien de ce qu'ils {lui} avaient promis
sex | sex | {il} doit recevoir des clients et l'homme garde l'argent
sex | sex | ils {le} font sortir avec des hommes plus vieux pour de l'argent
sex | sex | {il} est obligé{e} de faire des extras aux clients
dom | dom | {il} travaille toute la journée chaque jour, pas payé{e}, et {il} peut pas quitter la maison
dom | dom | {il} dort au sous-sol et a jamais de congé
any | beg,s_crime | ils {le} font vendre de la drogue
any | beg,s_beg | ils {le} font mendier au carrefour et prennent l'argent
any | vuln | ils profitent parce qu'{il} a pas de papiers
any | sale | {il} dit qu'{il} a été vendu{e} à l'homme pour qui {il} travaille
""")

IMM3 = pool(r"""
any | danger | {il} vient de m'écrire qu'ils {le} cherchent et qu'{il} se cache
any | danger | là maintenant {il} est enfermé{e} et ils ont dit qu'ils reviennent
any | danger | {il} m'a appelé en pleurant, un homme est devant sa porte avec un couteau
any | selfharm | {il} m'a dit qu'{il} veut se tuer
any | medical | {il} saigne et ils veulent pas l'amener à l'hôpital
any | ransom | maintenant ils {le} retiennent et demandent de l'argent à sa famille
""")

NEG3 = pool(r"""
any | - | {il} a son passeport et sort quand {il} veut
any | - | {il} est payé{e} chaque semaine et a l'air content{e}
any | - | personne {le} force, {il} veut juste de l'information
any | - | {il} m'a demandé où trouver des cours de français
any | - | {il} veut savoir pour l'assurance maladie
any | - | {il} vit avec nous et peut changer de job librement
""")

CLOSE3 = pool(r"""
any | - | comment je peux l'aider?
any | - | je dois faire quoi?
any | - | je veux pas empirer les choses pour {lui}
any | - | quelqu'un qui parle espagnol peut {lui} parler?
any | - | {il} veut pas que la police s'en mêle
""")

CONFLICT = {"passeport": "document_confiscation", "carte": "document_confiscation",
            "partir": "restriction_of_movement", "ville": "restriction_of_movement",
            "sort": "restriction_of_movement", "libre": "restriction_of_movement",
            "paient": "withheld_wages", "payé": "withheld_wages", "dois": "debt_bondage",
            "famille": "isolation", "menacé": "threats_person_family",
            "heures": "excessive_hours", "congé": "excessive_hours",
            "dimanches": "domestic_servitude", "correct": "physical_sexual_violence",
            "oblige": "forced_commercial_sex", "force": "forced_commercial_sex",
            "traite bien": "domestic_servitude"}

KINDS = (["pos1"] * 34 + ["pos3"] * 14 + ["minor3"] * 12 + ["imm1"] * 11 + ["imm3"] * 4
         + ["neg1"] * 18 + ["need1"] * 10 + ["neg3"] * 6 + ["negminor3"] * 2)

ABBREV = [(r"s'il vous plaît|s'il vous plait", "svp"), (r"s'il te plaît", "stp"),
          (r"\bparce que\b", "pcq"), (r"\bbeaucoup\b", "bcp"), (r"\btoujours\b", "tjs"),
          (r"\bje sais pas\b", "jsp"), (r"\bc'est\b", "c"), (r"\bmaintenant\b", "mtn"),
          (r"\bquelqu'un\b", "qqn"), (r"\bpourquoi\b", "pk"), (r"\bquand\b", "qd"),
          (r"\bje suis\b", "jsuis"), (r"\bvous\b", "vs"), (r"\bqu'est-ce que\b", "kesk")]


def phone_typed(text: str, rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.35:
        for pat, rep in ABBREV:
            text = re.sub(pat, rep, text, flags=re.I)
        return text.lower(), "abbrev"
    if roll < 0.7:
        return strip_accents(text).lower().replace("'", " ").rstrip("."), "no_accents"
    words = text.lower().split()
    for i, w in enumerate(words):
        if len(w) > 5 and rng.random() < 0.12:
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words).rstrip("."), "typo"


# extra hard negatives: an opener and reassuring clauses, no indicator
NEG_KINDS = ["neg1"] * 3 + ["neg3"]

RECORDS = build_messages(sys.modules[__name__], "fr", "fr-1", n=1500, seed=23)
RECORDS += build_messages(sys.modules[__name__], "fr", "fr-1", n=220, seed=24,
                          kinds=NEG_KINDS)
