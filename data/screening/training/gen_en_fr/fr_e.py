"""Messages en français, lot E : besoins de niveau « refer » (passeur seulement, conflit
de travail, violence conjugale, itinérance, offre suspecte) et indicateurs plus rares
(vente, vulnérabilité, mendicité et délits, servitude domestique)."""
from common import parse

DATA = r"""
# --- passeur seulement
smug | plain | On a payé un passeur 9000 chacun pour venir du Guatemala. Il nous a laissés à Phoenix et on est chez mon oncle maintenant.
smug | typo | j ai traversé avec un passeur, j ai tout payé avant, maintenant je vis a montreal, ça va nuire a ma demande d asile?
smug | hesitant | le gars qui m'a fait traverser... je l'ai payé et il est parti. ça peut être utilisé contre moi?
smug | story | On a marché quatre nuits avec un guide dans le désert. Mon frère l'avait payé d'avance. À Tucson on est descendus du van et chacun est parti de son côté.
smug | question | C'est un crime pour moi d'avoir payé un passeur pour traverser?
smug | regional | Un passeur nous a fait passer de l'Équateur jusqu'au Mexique, on a tout réglé en route. On est à Ciudad Juárez, on attend notre rendez-vous CBP.
smug | third_party | Le fils de ma voisine a traversé avec un passeur le mois passé. Il habite chez eux, libre, mais ils ne savent pas comment l'inscrire à l'école.
smug | plain | Le passeur nous a amenés en bateau jusqu'en Floride. On a payé avant de partir d'Haïti et on est libres, mais je n'ai aucun document.
smug | plain | Ma femme a traversé avec un guide et j'ai payé le prix complet ici quand elle est arrivée. Elle est à la maison avec moi.
smug | regional | J'ai pris le chemin Roxham en 2022, un chauffeur payé m'avait déposé à la frontière. Maintenant je veux mon permis de travail.
smug | typo | on est venu dans le camion avec les passeurs, on a payé, ils nous ont laissé en ville, maintenant on est dans un refuge d église
smug | hesitant | mon cousin a payé quelqu'un pour l'aider à traverser et ils l'ont laissé partir après, il va bien mais il a peur d'être attrapé
smug | plain | On a engagé un passeur à Tapachula. C'était horrible mais c'est fini, on est à Chicago.
smug | question | Le passeur peut me dénoncer à l'immigration? Je l'ai tout payé et je n'ai plus de nouvelles.
smug,homeless | plain | Le passeur nous a déposés à San Antonio, on l'a déjà payé mais on n'a nulle part où dormir ce soir.
smug | abbrev | payé le guide 6000, traversé, à dallas chez mon frère. besoin avocat asile svp
smug | past | En 2019 j'ai payé un passeur. Ça fait six ans que je vis ici et je veux régulariser mon statut.
smug | plain | Le capitaine du bateau qui nous a amenés d'Haïti a pris notre argent et nous a laissés sur la plage. On a marché jusqu'à Miami.
smug | typo | ma mere a payé un homme pour m amener, je suis arrivé la semaine passé, je suis avec elle maintenant
smug,minor | plain | Mon fils a 16 ans, il a traversé avec un groupe et un guide qu'on a payé, il vit avec moi à Atlanta.
smug | plain | On a traversé de nuit avec un guide et on s'est rendus à la patrouille frontalière. Maintenant on a une date d'audience.
smug | regional | Depuis Brazzaville on a fait Brésil, Pérou, Colombie, Darién, chaque fois on payait le passeur du coin. Là on est à Montréal, on est libres, on cherche juste un avocat.
smug | plain | Un homme nous a conduits à travers les bois du Québec jusqu'à l'État de New York, je l'ai payé et c'est tout.
smug | no_accents | on a traverse la riviere avec un guide, paye 5000 chacun, maintenant a san antonio chez ma soeur, on a besoin d un avocat
smug | plain | Le passeur nous a abandonnés dans le désert après avoir été payé. La patrouille nous a trouvés, on est libérés avec une date d'audience.
# --- passeur devenu traite
smug,debt,tdebt | plain | On a payé une partie au passeur et maintenant ses gens nous font travailler sur une ferme pour payer le reste, et ils ajoutent toujours.
tdebt,beg,s_crime | typo | le passeur dit je dois encore 3000 alors je dois conduire pour eux, transporter des gens dans mon auto
# --- conflit de travail
dispute,s_lab | plain | J'ai travaillé 50 heures la semaine passée à l'entrepôt et j'ai été payé pour 40. Je suis libre de partir, je veux juste mes heures sup.
dispute | typo | mon patron m a renvoyé parce que j étais malade 2 jours, il a le droit?
dispute,s_lab | plain | Mon gérant d'hôtel a changé mon horaire et baissé mon taux horaire sans me le dire.
dispute | hesitant | je pense que ma paie est pas bonne? ils ont enlevé de l'argent pour des uniformes que j'ai jamais reçus
dispute,s_lab | regional | le boss du resto me payait en dessous de la table pis là y veut pas me donner mes 2 dernières semaines, j'ai déjà lâché
dispute | question | Mon employeur peut refuser de me donner un talon de paie?
dispute,s_lab | plain | La compagnie d'aménagement paysager ne m'a pas payé les jours de pluie promis. Je rentre chez moi tous les soirs, rien de bizarre.
dispute | plain | J'ai été mis à pied sans préavis après cinq ans. Qu'est-ce qu'on me doit au Québec?
dispute,s_lab | typo | la compagnie de menage me paye moins que le minimum, je travail la depuis 1 an, je veux connaitre mes droit
dispute | plain | Mon patron dit que je suis travailleur autonome pour ne pas payer les heures sup, mais je travaille seulement pour lui.
dispute,s_lab | abbrev | le salon d'ongles me doit 3 sem, j'ai quitté le mois passé, elle dit « plus tard plus tard »
dispute | third_party | Mon mari s'est blessé au travail et la compagnie l'a renvoyé au lieu de faire une réclamation à la CNESST.
dispute,s_lab | plain | Je suis plongeur et ils ne nous donnent pas nos pauses. Je peux porter plainte sans perdre ma job?
dispute | question | Comment porter plainte aux normes du travail pour un salaire impayé?
dispute,s_lab | story | J'ai travaillé six mois dans une boulangerie. Quand j'ai démissionné, le patron a dit que j'avais cassé un batteur et il a gardé ma dernière paie. J'habite seule et il ne me fait pas peur, je veux juste mon argent.
dispute | typo | ils me paye avec des cheques qui rebondisse, 2 fois déja
dispute | plain | J'ai été renvoyée le lendemain du jour où j'ai annoncé que j'étais enceinte.
dispute,s_lab | regional | y m'ont pas payé ma dernière paye au lave-auto, genre 300 piasses, je peux faire quoi
dispute | plain | Mon employeur retient de l'argent pour le téléphone qu'il m'a donné, c'est légal au Québec?
dispute,s_lab | plain | Je livre pour une compagnie et ils ne paient ni l'essence ni le temps d'attente à l'entrepôt.
dispute | hesitant | mon boss « oublie » toujours de payer mes heures fériées, je veux pas de chicane, juste mon argent
dispute,s_lab | plain | À l'hôtel ils ne nous paient pas le temps pour mettre l'uniforme. On rentre tous chez nous après le quart.
dispute,s_lab | typo | le patron peintre me paye juste la moitié de la job, j ai fait 2 semaines, il dit le client l a pas payé
# --- violence conjugale
pv | plain | Mon mari m'a encore frappée samedi. Il est au travail maintenant et je pense à partir avec les enfants.
pv | typo | mon chum m a étranglé la semaine passé, je suis chez mon amie maintenant
pv,doc | hesitant | il m'a jamais frappée mais il casse des choses et dit que je peux pas partir parce qu'il a mes papiers du parrainage... c'est de la violence? || un conjoint qui garde les papiers : l'indicateur de documents reste
pv | plain | Mon ex-mari me suit sur les réseaux et m'envoie des menaces, mais il vit dans une autre ville.
pv | regional | mon chum m'a tapée hier soir, y est parti, chu correcte mais c'est fini
pv | plain | Mon conjoint contrôle tout notre argent et me crie dessus tous les jours. Il ne m'a pas frappée, mais j'ai peur qu'il le fasse.
pv | third_party | Ma collègue arrive au travail avec des bleus, elle dit que son mari s'énerve quand il boit.
pv | plain | Je suis dans une maison d'hébergement après que mon chum m'a battue, je cherche un avocat pour la garde.
pv | typo | ma femme m a frappé avec une assiette, je suis un homme, personne me croit
pv | run_on | mon mari dit que si je le quitte il va dire à l'immigration et prendre les enfants et il m'a poussée dans l'escalier le mois passé et je sais plus comment m'en sortir
pv | question | Je peux avoir un statut si mon ex m'a maltraitée?
pv | plain | Mon mari m'a forcée à avoir des relations la semaine passée. Je ne sais pas si ça compte. Il n'est pas à la maison.
pv | third_party | Infirmière ici : une patiente dit que son conjoint l'a brûlée avec un fer il y a deux jours. Elle reste chez sa sœur.
pv | past | Pendant des années mon mari me battait. Je suis partie au printemps. Maintenant il appelle ma famille au Congo pour les menacer.
pv | plain | Mon ex m'a écrit qu'il va me faire du mal quand il me trouvera. Il ne sait pas où j'ai déménagé.
pv | typo | il m a giflé devant les enfants, puis il est sorti, je suis seule maintenant, pas de famille ici
pv | plain | Le mari de ma fille la bat. Elle est avec moi maintenant. Où peut-elle avoir une ordonnance de protection?
pv | regional | Mon mari me frappe quand il rentre du maquis, là il est parti au village pour deux semaines, je veux partir avec les enfants.
pv | plain | Mon mari m'a menacée de mort pendant une dispute la semaine passée. Il est chez son frère maintenant.
pv | hesitant | ma femme crie et me frappe des fois... je suis un homme alors je me sens bête de demander. elle est pas là
pv | plain | Mon chum a cassé mon téléphone et m'a frappée vendredi. Je suis chez ma mère. Je peux faire quoi légalement?
pv | no_accents | mon mari m a frappe hier soir, il est pas la maintenant, je veux des infos sur les refuges
# --- itinérance
homeless | plain | Je dors dans le métro depuis une semaine, depuis que j'ai perdu ma job.
homeless | typo | j ai pas d endroit ou rester, le refuge est plein, il fait froid
homeless | plain | Mon proprio a changé les serrures et mis mes affaires dehors. Je n'ai nulle part où aller ce soir.
homeless | hesitant | je suis un peu itinérant en ce moment? je dors chez un ami des fois mais ce soir je peux pas
homeless | regional | chu dans mon char dans le stationnement du Walmart depuis une semaine, y a-tu un refuge à Sherbrooke
homeless | plain | La famille pour qui je travaillais m'a mise dehors quand j'ai demandé ma paie, je suis dans la rue avec ma valise.
homeless | third_party | Il y a un jeune qui dort derrière notre église chaque soir, il dit qu'il est venu pour une job qui n'existait pas.
homeless | plain | On est arrivés à Montréal hier soir et on n'a nulle part où dormir. Deux adultes et un bébé.
homeless | abbrev | besoin d'un lit ce soir, laval, famille de 3
homeless | typo | mon mari et moi on dort sous le pont, on est nouveaux, on sait pas où aller
homeless,dispute | plain | J'ai perdu ma job à l'hôtel et le logement du personnel avec. Où je peux rester?
homeless | plain | La saison est finie, la ferme a fermé le dortoir et je dors au parc jusqu'à mon vol la semaine prochaine.
homeless | question | Il y a des refuges pour hommes à Gatineau?
homeless | plain | Je suis enceinte et je vis dans ma voiture depuis le mois passé.
homeless | run_on | on est arrivés du Congo il y a trois jours et l'argent est fini et l'hôtel nous a mis dehors et on est dans la rue avec les enfants
homeless | plain | Je suis une femme âgée, 68 ans, mon fils m'a mise dehors. Où aller ce soir?
homeless | typo | je dors dehors devant l hopital depuis 4 jours
homeless | plain | On nous a expulsés ce matin et les refuges disent qu'ils sont pleins jusqu'à lundi.
homeless | third_party | La famille d'une de mes élèves vivait dans un motel et vient d'être mise dehors, ils n'ont nulle part ce soir.
homeless | regional | Je suis au terminus d'autobus depuis deux nuits, je connais personne à Québec.
homeless | plain | Je suis sortie d'un mauvais travail et je dors à la gare centrale.
homeless | plain | Notre appartement a brûlé et on n'a nulle part où aller ce soir.
homeless | plain | On est demandeurs d'asile et on dort dans le hall du poste de police parce que les refuges sont pleins.
# --- offre suspecte
offer | plain | Une recruteuse sur TikTok dit que je peux travailler dans un hôtel à Dubaï, sans expérience, elle veut juste une copie de mon passeport et 500 pour le « visa ».
offer | typo | un homme dit qu il me donne du travail sur une ferme au canada, 25 $ l heure, maison gratuite, je paye juste 3000 avant, c est vrai?
offer | plain | Une compagnie veut que ma fille de 18 ans aille à Miami comme « ambassadrice de marque », ils paient le vol mais ne donnent aucune adresse.
offer | hesitant | quelqu'un m'a écrit pour une job de nounou à Toronto, ils gardent mon passeport pour le visa et je rembourse le billet sur mon salaire... c'est normal?
offer | question | Ils disent que je peux travailler dans un spa de massage à Houston et faire 4000 par semaine, ils paient tout. C'est un piège?
offer | plain | Un ami d'un ami veut que je vienne travailler dans son resto au Texas, pas besoin de papiers, je vivrai en haut et il « s'occupe de tout ».
offer | regional | un gars dans mes messages m'offre des contrats de « mannequinat » à Montréal, y veut des photos d'abord, c'est louche hein
offer | plain | L'agence promet un travail de ménage au Québec et veut 4000 d'avance, plus je signe un contrat dans une langue que je ne lis pas.
offer | regional | Une dame de l'église au pays dit qu'elle amène des filles au Canada pour travailler dans son restaurant, elle paie tout et on rembourse après.
offer | plain | On m'offre une job de danseuse à Las Vegas avec des « spectacles privés », logement inclus. Ils veulent que je parte la semaine prochaine.
offer | question | un recruteur agricole dit qu'on sera logés « sur place » sans téléphone pendant la saison, c'est légal?
offer | plain | Mon cousin a reçu une offre sur un chantier en Alberta, mais le gars dit qu'il garde les passeports des travailleurs « pour la sécurité ».
offer | hesitant | un gars dit qu'il peut me trouver une job dans un entrepôt en Ontario et que je lui devrai seulement 5000 pour le voyage, je rembourse sur mes paies. j'y vais?
offer | plain | Un site dit « fille au pair au Canada, pas de frais d'agence, la famille paie tout », mais la famille veut parler juste par WhatsApp et refuse les appels vidéo.
offer | third_party | Ma nièce à Yaoundé a reçu une offre de travail comme serveuse à Montréal d'une femme rencontrée sur Facebook. La femme va envoyer le billet.
offer | plain | Ils disent que le travail est dans un « bar à hôtesses » et que la paie dépend de combien je suis « gentille » avec les clients. Je n'ai pas dit oui.
offer | typo | le recruteur veut que je signe un contrat ou je peux pas quitter la job pendant 2 ans sinon je paye 10000, j ai pas encore signé
offer | plain | Un homme a offert à mon fils de 19 ans de conduire des « colis » à travers la frontière, argent facile. Il n'a pas encore répondu.
offer | question | Une agence pour visas de travail demande 2500 et dit que l'employeur gardera nos passeports pendant le contrat. Je peux leur faire confiance?
offer | abbrev | offre : femme de ménage à NY, 3000 $/mois, logée, ils gardent le passeport, voyage payé plus tard. legit??
offer | plain | Une femme sur Instagram cherche des « filles qui veulent voyager » pour travailler dans des événements à Cancún, tout payé.
offer | regional | Le monsieur dit qu'il a des places pour les jeunes filles comme nounous aux États-Unis, il ne veut pas que les parents viennent à la rencontre.
offer | plain | On m'a proposé un poste sur un bateau de pêche, 18 mois en mer et mon salaire gardé jusqu'à la fin.
offer | plain | Un homme rencontré à la gare m'a proposé du travail et un endroit où dormir ce soir, je ne suis pas parti avec lui.
# --- enlèvement / vente
sale | plain | Ma mère m'a vendue à une femme qui m'a fait passer la frontière pour travailler dans sa maison.
sale | typo | ils m ont pris dans mon village quand j allais à l école et ils m ont amené ici
sale | plain | Il dit qu'il a payé 2000 pour moi et que je dois travailler jusqu'à ce qu'il récupère son argent.
sale | hesitant | je pense que j'ai été échangée? un homme m'a donnée à un autre et il y a eu de l'argent
sale | story | J'attendais le bus à Tijuana quand une camionnette s'est arrêtée et deux hommes m'ont poussée dedans. Ils ont roulé des heures et m'ont laissée dans une maison avec d'autres filles.
sale | third_party | Une femme au refuge dit que son mari a vendu leur fille à un homme dans un autre État.
sale | plain | Le recruteur m'a « passée » à un autre patron et a pris de l'argent pour moi, comme si j'étais un objet.
sale | regional | y m'ont vendu à une autre gang pour 3000, je les ai entendus compter le cash
sale,sex | plain | Mon proxénète m'a vendue à un autre gars à Toronto qui dit que je lui appartiens maintenant.
sale | plain | Mon père m'a promise à un homme plus âgé pour payer sa dette.
sale | typo | des hommes ont attrapé mon frère sur la route et l ont emmené, on sait pas où
sale,s_lab | plain | À la ferme le contremaître a vendu trois d'entre nous à une autre ferme, ils nous ont juste dit de monter dans le camion.
sale | plain | Ils m'ont enlevé au Mexique et m'ont amené ici pour travailler. Je n'ai pas choisi de venir.
sale,dom | third_party | Notre femme de ménage dit qu'elle a été achetée à sa famille par la dame pour qui elle travaille.
sale | regional | Mon tonton m'a « confiée » à un commerçant contre de l'argent, je travaille pour lui depuis sans salaire.
sale,minor | plain | Ma nièce, 11 ans, a été prise au parc par un homme et on pense qu'il la garde.
sale | past | J'ai été prise de force à 19 ans et vendue deux fois avant de m'échapper. J'ai 24 ans et je suis en sécurité maintenant.
sale | plain | L'homme qui m'a amenée dit qu'il a racheté ma dette au premier recruteur, alors maintenant je lui appartiens.
# --- vulnérabilité
vuln | plain | Il dit toujours que personne ne croira un illégal contre un citoyen, donc je devrais être reconnaissante.
vuln,s_lab | typo | comme je parle pas anglais ils me font signer un papier et ils disent que j accepte de travailler sans argent
vuln | plain | Ils savaient que ma mère était malade et avait besoin d'argent, c'est pour ça qu'ils m'ont offert le travail. Maintenant ils s'en servent pour me contrôler.
vuln | hesitant | j'ai l'impression qu'ils choisissent ceux qui ont personne... ils demandent d'abord si t'as de la famille ici
vuln,s_lab | plain | Le contremaître menace d'arrêter d'envoyer l'argent à nos familles si on ne fait pas les heures en plus, parce qu'il sait qu'elles en dépendent.
vuln | plain | Mon patron dit que comme j'ai une mesure de renvoi, je ne peux me plaindre de rien.
vuln | regional | y savent que j'ai pas de papiers, pas d'anglais, pas de char, alors y font ce qu'y veulent
vuln,s_lab | plain | L'entrepreneur engage seulement des sans-papiers et les paie moins parce qu'« ils ne parleront pas ».
vuln | typo | ils savent que je suis seul ici et mon visa est expiré alors ils disent je dois faire ce qu ils disent
vuln | third_party | Ma tante ne sait pas lire, et son employeur lui fait signer des papiers qui disent qu'elle a été payée.
vuln | plain | Il m'a offert un endroit où rester quand j'étais à la rue et maintenant il dit que je lui dois tout.
vuln,dom | plain | Mon employeuse dit que comme je suis ici grâce à elle, je dois faire tout ce qu'elle demande sinon elle annule tout.
vuln | plain | Ils savaient que j'étais désespérée après la mort de mon mari, ils ont promis de l'aide et maintenant je travaille pour rien.
vuln | regional | Le patron sait que je viens d'arriver du Tchad et que je ne connais personne, il me paie ce qu'il veut.
# --- mendicité / délits
beg,s_beg | typo | ils nous amènent dans le métro demander de l argent avec le bébé et le soir la dame prend tout
beg,s_crime | plain | Le patron nous oblige à voler du cuivre sur les chantiers la nuit.
beg,s_crime | plain | Mon « proprio » m'oblige à livrer de la drogue pour lui pour payer mon loyer, sinon je suis dehors.
beg,s_crime | regional | y m'ont mis à faire le guet au spot toutes les nuits, si je pars y vont me trouver
beg,s_beg | plain | Un homme nous place aux sorties d'autoroute avec des pancartes disant qu'on est réfugiés, et prend chaque dollar.
beg,s_crime | plain | On est forcés de faire pousser du cannabis dans une maison. Ils nous ont enfermés avec les plants.
beg,s_crime | third_party | Un homme au refuge dit qu'on l'a fait travailler dans une plantation de cannabis illégale sans jamais le payer.
beg,s_crime | typo | ils nous font louer des voitures à notre nom pour eux et si la police arrête, c est notre problème
beg,s_crime | hesitant | ils veulent que je porte un sac dans le bus jusqu'à une autre ville, je sais pas ce qu'il y a dedans, je peux pas dire non à cause de la dette
beg,s_beg | plain | La femme oblige mon amie à s'asseoir devant l'église chaque jour pour mendier avec ses enfants, et elle garde l'argent.
beg,s_crime | plain | Ils nous font voler dans les grands magasins et revendent tout en ligne.
beg,s_crime | plain | Mon employeur m'oblige à encaisser des faux chèques dans différentes banques.
beg,s_crime | plain | Ils m'obligent à recruter d'autres filles de mon pays sinon ils me font du mal.
beg,s_crime | no_accents | ils me font vendre des faux sacs dans la rue et si la police vient c est mon probleme
beg,s_beg | third_party | Comme chauffeur d'autobus, je vois les mêmes femmes mendier avec des bébés, et un homme leur donne leur place chaque matin et ramasse le soir.
beg,s_crime | plain | Les gars à qui je dois m'ont dit que je dois passer un colis à la frontière dans mon char sinon ma dette double.
beg,s_crime | plain | On m'oblige à faire des appels d'arnaque toute la journée dans une pièce pleine d'ordinateurs, ils gardent nos passeports.
beg,s_beg | plain | Ma cousine a un handicap et l'homme chez qui elle vit l'oblige à mendier devant le centre commercial toute la journée.
beg,s_beg | regional | Chaque matin une camionnette nous dépose devant différents supermarchés pour demander de l'argent, et le soir l'homme prend tout.
beg,s_beg | typo | la dame me fait demander de l argent dans le train avec un papier qui dit que je suis sourd, mais je suis pas sourd
beg,s_beg | third_party | Il y a un vieil homme avec une jambe qui mendie dans ma rue ; un plus jeune le dépose et le reprend avec l'argent.
beg,s_beg | hesitant | je dois demander de l'argent aux stations-service... si je ramène moins de 100 ils se fâchent
beg,s_beg | plain | On doit vendre des roses dans les restaurants jusqu'à 2 h du matin et donner tout l'argent au chef.
beg,s_beg | plain | L'homme chez qui je vis m'oblige à mendier au centre-ville et dit que je lui dois la chambre.
beg,s_beg | third_party | Une femme qui mendie près de mon bureau m'a dit que l'argent n'est pas à elle, « ils » le ramassent chaque heure.
s_beg | plain | Je demande parfois de l'argent devant l'épicerie parce que j'ai perdu ma job. Personne m'oblige, c'est pour manger.
s_beg,homeless | question | C'est illégal de quêter à Montréal? Je suis itinérant et je garde l'argent pour moi.
s_beg | plain | Je joue de la guitare dans le métro pour des pourboires. C'est mon affaire, je garde l'argent. Il faut un permis?
# --- servitude domestique
dom | plain | Je suis bonne à tout faire logée. Je travaille de 5 h à minuit, je dors par terre dans la cuisine et ils ne m'ont pas payée depuis un an.
dom | typo | la famille me laisse pas sortir, je nettoie je cuisine je m occupe de la grand mere jour et nuit
dom | plain | On m'a fait venir des Philippines comme nounou. Ils disent que mon salaire va à l'agence à Manille mais personne ne le reçoit.
dom | hesitant | je vis chez la famille pour qui je travaille... ils disent que je suis « comme de la famille » mais je peux pas sortir, pas de paie, je mange les restes
dom | plain | Mes employeurs sont diplomates, ils ont pris mon passeport et je n'ai pas eu un jour de congé depuis mon arrivée.
dom | third_party | La femme de ménage d'à côté ne sort jamais. Quand je lui ai dit bonjour une fois, elle avait l'air terrifiée et la dame l'a tirée à l'intérieur.
dom | story | Je suis venue garder leur bébé pour un an. Ça fait trois ans. Ils ne m'ont jamais payée, ils disent que l'argent sert pour ma chambre et ma nourriture, et ils ne me laissent pas appeler au pays.
dom | regional | chu comme leur esclave, cuisine ménage enfants lavage, pas de congé, pas de paie
dom | plain | La femme pour qui je travaille me fait dormir dans le garage et ne me laisse prendre une douche que le dimanche.
dom | plain | Je m'occupe d'un vieux monsieur jour et nuit ; sa fille garde mon salaire « pour plus tard » et je ne peux pas partir.
dom | typo | madame m enferme quand elle va au travail, je fais toute la maison
dom | plain | Mon employeur m'a fait venir du Liban, j'ai travaillé chaque jour pendant deux ans et je n'ai pas le droit d'avoir un téléphone.
dom | third_party | La nounou de ma voisine m'a dit qu'elle n'a pas le droit de sortir de la maison et qu'elle n'est pas payée, elle pleurait.
dom | regional | La tantie m'a fait venir de Bamako « pour l'école », mais c'est moi qui fais le marché, la cuisine et le linge pour toute la maison, sans un sou et sans sortir.
dom | abbrev | nounou logée, 7j/7, pas de $, pas de tél, peux pas partir
dom | plain | Je suis femme de ménage chez un diplomate. Ils gardent mon passeport, je travaille tous les jours et ils me paient 200 $ par mois.
"""

RECORDS = parse(DATA, "fr", "fr-1")
