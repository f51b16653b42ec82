"""Messages en français, lot C : exploitation sexuelle (euphémismes, annonces, motels,
bars), mineurs (âges, classes, tiers), documents et dettes dits de mille façons."""
from common import parse

DATA = r"""
# --- exploitation sexuelle forcée
sex | euphemism | Il dit que le loyer est payé en « gardant les messieurs contents » et je n'ai pas le choix.
sex | plain | Le gérant du bar nous oblige à monter avec les clients qui achètent les bouteilles chères.
sex | regional | y m'a mis un quota, faut que je ramène 800 par soir sinon ça va mal aller
sex | typo | ils mettent mes photo sur le site et les hommes viennent a l appart, je peux pas dire non
sex,move | plain | On me garde dans une chambre d'hôtel et un homme différent vient chaque heure. Le chauffeur attend dans le corridor.
sex | euphemism | le patron appelle ça le « service VIP » mais ça veut dire qu'on doit coucher avec les clients
sex | hesitant | je sais pas comment dire ça... la femme qui m'a trouvé le travail m'oblige à être avec des hommes et elle prend l'argent
sex,debt | plain | Ils m'ont dit que le billet et l'appartement coûtent 25 000 et que je rembourse en voyant des clients.
sex | indirect | Je dois « divertir » les amis d'affaires de mon patron quand ils viennent en ville. Ce n'est pas optionnel.
sex,threat | plain | Si je refuse un client, il dit qu'il va raconter à mes parents ce que je fais ici.
sex | abbrev | mon chum me fait faire des rdv avec des gars de l'appli pis garde tout le $
sex | run_on | au début c'était mon copain et après il a dit qu'on avait besoin d'argent et il a commencé à amener des gars au motel et maintenant c'est tous les jours et je peux pas arrêter sinon il devient fou
sex | third_party | Je suis pasteur et une jeune femme de notre assemblée m'a dit que son « cousin » la vend à des hommes les fins de semaine.
sex | third_party | Ma voisine de palier a des hommes qui entrent et sortent toute la nuit. Elle m'a dit une fois qu'elle doit faire ça pour payer « le monsieur » et m'a demandé de n'appeler personne.
sex,decep | plain | L'agence de mannequins parlait de séances photo. Les « séances » sont avec des clients dans des chambres d'hôtel, et ils gardent mon passeport.
sex,doc | plain | Le propriétaire du bar garde nos passeports et dit qu'on travaille dans les salons privés jusqu'à ce qu'on les rachète.
sex | regional | mon « manager » dit que je dois faire le trottoir ce soir ou bien rentre pas à maison
sex | plain | À la cantina on doit boire avec les hommes et après aller dans le fond avec eux, c'est le patron qui décide.
sex | euphemism | la dame dit que je dois faire la « finition » aux clients sinon le massage n'est pas payé
sex,iso | plain | Ils m'ont pris mon téléphone et me le rendent seulement pour répondre aux hommes qui prennent rendez-vous.
sex | story | Je l'ai rencontré en ligne. Il m'a payé le bus jusqu'à Montréal, m'a acheté des vêtements, et après une semaine il a dit que je lui devais et que je devais commencer à travailler pour lui avec des hommes.
sex,viol | typo | si je fais pas l argent il me bat, il me fait voir 10 hommes par jour
sex | euphemism | il appelle ça « poser pour des clients privés » mais ils nous touchent et c'est lui qui prend l'argent
sex | plain | Le propriétaire du club oblige les danseuses à faire des « danses privées » dans le fond sans règles, et nous met des amendes si on refuse.
sex,move | third_party | Infirmière ici : une femme est venue avec un homme qui répondait à toutes les questions à sa place, elle avait son nom tatoué et a dit qu'elle « travaille pour lui » avec des clients.
sex | past | De 2019 à 2021 un homme m'a forcée à me prostituer dans des hôtels. J'en suis sortie et je suis en sécurité, mais je fais encore des cauchemars.
sex | euphemism | ils appellent ça hôtesse mais chaque soir je dois partir avec celui qui paie le gérant
sex | plain | Le mari de ma sœur la prostitue et garde l'argent pour « la famille ».
sex | hesitant | au début j'avais accepté parce qu'il disait que ce serait juste de la danse... maintenant il m'oblige à aller avec des hommes et il dit que j'avais accepté donc c'est ma faute
sex,decep | typo | ils disent travail de ménage dans l hotel mais quand je viens ils disent je dois coucher avec les clients
sex | regional | Le gars que j'ai rencontré sur Insta disait argent facile, maintenant y me fait faire des appels pis y garde presque tout, y dit que je lui dois l'hôtel
sex | regional | La patronne du maquis dit que les filles doivent « faire plaisir » aux clients après la fermeture, sinon pas de salaire.
sex | plain | Mon proxénète prend tout mon argent et me fait travailler chaque nuit même quand je suis malade.
sex | euphemism | il dit que je dois « payer le loyer avec mon corps » aux hommes qu'il amène
sex | typo | la femme amène des hommes dans l appartement et on doit être avec eux, on peut pas dire non
sex | hesitant | je sais pas comment appeler ça... il prend des « rendez-vous » pour moi et je peux en annuler aucun
sex | third_party | Je suis femme de chambre à l'hôtel. Le même homme réserve des chambres pour des jeunes femmes différentes chaque semaine, elles ont l'air d'avoir peur et ne sortent jamais.
sex | plain | Ils disaient que c'était un travail de massage. Le patron dit que si un client veut plus, je dois le donner.
sex,vuln | plain | Il sait que je suis sans papiers et dit que si j'arrête de voir ses clients, il me dénonce.
sex | no_accents | le patron du bar nous fait aller dans les chambres avec les hommes, si on dit non on mange pas
sex | plain | L'oncle de mon amie l'a obligée à faire des shows sur webcam pour des inconnus et a gardé l'argent.
sex,move | plain | Un homme nous conduit de motel en motel, il garde nos téléphones et organise les clients.
# --- négatifs : travail du sexe adulte, sujets proches
s_sex | plain | Je suis danseuse dans un club, je garde mon argent et j'ai 24 ans. Je cherche juste un médecin qui ne juge pas.
s_sex | question | Je suis travailleuse du sexe, je travaille pour moi-même, je peux ouvrir un compte en banque sans problème?
s_sex | typo | je suis escorte, 26 ans, je travail seule, un client a pas payé, je peux faire quoi
s_sex | hesitant | je vends du sexe parfois pour payer le loyer, personne m'oblige, j'ai 29 ans. y a une clinique qui juge pas?
- | question | On étudie le film « Pretty Woman » en classe de cinéma, c'est réaliste sur la prostitution?
- | plain | Mon amie dit qu'elle veut essayer le « sugar dating », elle a 22 ans. C'est dangereux? Personne ne la force.
- | question | c'est quoi la loi sur les annonces d'escortes au Canada? c'est pour un travail de socio
- | plain | J'ai eu un rendez-vous avec un gars d'une appli et il était impoli. Je ventile juste.
s_sex | plain | J'ai 30 ans, j'ai choisi de travailler dans un club pour adultes et je peux arrêter quand je veux. J'ai besoin d'infos sur les impôts.
# --- mineurs
minor,sex | plain | Ma fille de 16 ans a un nouveau « chum » de 30 ans et elle rentre avec de l'argent et des nouveaux téléphones.
minor,sex | third_party | Je suis conseillère d'orientation au secondaire. Une élève de sec 5 m'a dit qu'un homme plus vieux la conduit à des hôtels pour rencontrer ses amis.
minor,sex | typo | ma petite sœur elle a 14 ans, un homme a mis ses photos sur un site de rencontres payantes
minor,sex | regional | une fille de ma classe en sec 2 dit qu'elle se fait payer pour « chiller » avec des adultes, c'est son cousin qui arrange ça
minor,sex | plain | Il y a une fille, peut-être 15 ans, au relais routier chaque soir, elle monte dans des camions différents.
minor,s_lab,hours | plain | Mon neveu de 15 ans travaille sur un chantier toute la journée au lieu d'aller à l'école, l'entrepreneur dit qu'il a 18 ans.
minor,s_lab,wages | third_party | Une élève de 5e m'a dit qu'elle travaille au salon d'ongles de sa tante tous les soirs et les fins de semaine sans jamais être payée.
minor,s_lab | plain | Le garçon qui livre pour le resto chinois a l'air d'avoir 13 ans, il est dehors jusqu'à minuit tous les soirs.
minor,s_lab,debt | plain | J'ai 17 ans et je suis venu seul du Honduras, l'homme qui m'a amené me fait travailler dans une usine de poulet pour payer le voyage.
minor,beg,s_beg | third_party | À la gare routière il y a des enfants de 8 ou 9 ans qui vendent de la gomme et une femme les surveille et prend l'argent.
minor,beg,s_crime | plain | Mon fils de 13 ans dit que des gars l'obligent à porter des sacs au parc et que s'il refuse ils vont faire du mal à son petit frère.
minor,dom | plain | J'ai 16 ans et je vis chez une famille qui m'a fait venir du Cameroun, je cuisine, je nettoie et je garde leurs enfants, je ne vais pas à l'école.
minor,dom | third_party | La fille qui vit chez la famille d'en haut devrait être en CM1 mais elle fait toujours la lessive et ne sort jamais.
minor,sex,danger | plain | Ma fille a 15 ans et elle vient de m'écrire qu'elle est dans une voiture avec des hommes qu'elle ne connaît pas et qu'ils ne la laissent pas sortir.
minor,sex | euphemism | mon amie est en 3e et son copain plus vieux l'oblige à rendre des « services » à ses amis pour de l'argent
minor,s_sex | question | j'ai 17 ans et un gars m'a offert 500 $ pour des photos, c'est légal?
sex | past | Quand j'avais 14 ans, mon beau-père m'obligeait à aller avec ses amis pour de l'argent. J'ai 25 ans maintenant, je veux parler à quelqu'un. || abus d'enfant dans le passé ; la personne est adulte aujourd'hui
minor,s_lab | plain | Il est en 6e et il travaille après l'école à l'entrepôt du patron de son père à soulever des boîtes jusqu'à 23 h.
minor,s_lab,hours | third_party | Infirmière en pédiatrie : un garçon de 12 ans avec une blessure au dos m'a dit qu'il cueille des bleuets tous les jours.
minor,iso,doc | plain | Ma cousine a 16 ans, la famille pour qui elle travaille a pris son acte de naissance et son téléphone.
minor,s_sex | plain | Enseignante ici. Une élève de 4e montre aux autres l'argent qu'elle gagne avec des « trucs de webcam » qu'un homme a installés pour elle.
minor,sex | plain | Une fille de 13 ans de notre immeuble sort la nuit avec un homme adulte qui n'est pas de la famille, elle revient à l'aube.
minor | question | Je suis en secondaire 5 et je veux une job d'été, qu'est-ce qui est permis à 16 ans?
minor | plain | Mon fils est en seconde, il travaille 10 heures par semaine à l'épicerie, il est bien payé. Je demande juste pour ses impôts.
minor | question | j'ai 14 ans, je peux garder des enfants pour de l'argent chez ma voisine?
minor | plain | Ma fille est en 5e et elle fait un exposé sur l'esclavage moderne. Où trouver des témoignages de survivants?
minor,homeless | plain | J'ai 17 ans et je dors chez des amis depuis deux semaines depuis que le chum de ma mère m'a mis dehors.
minor,smug | plain | Mon fils de 15 ans a traversé avec un groupe et un guide qu'on a payé, il est avec nous maintenant, on veut savoir pour l'école.
minor,selfharm | typo | j ai 15 ans et je veux me tuer je supporte plus chez moi
minor,medical | plain | Mon petit frère de 12 ans a bu de l'eau de Javel, il vomit et respire à peine.
minor,pv | hesitant | j'ai 16 ans et mon chum m'a frappée la fin de semaine passée, il est pas là, je veux pas que mes parents le sachent
minor,sale | plain | Ma nièce a 12 ans et son père veut la « donner » à un homme contre de l'argent.
minor,ransom | plain | Ils ont mon fils de 16 ans dans une maison à Reynosa et disent payez 6000 ou il disparaît.
minor,danger | caps | MON FILS A 10 ANS ET UN HOMME ESSAIE DE LE FAIRE MONTER DANS UNE VOITURE MAINTENANT
minor,s_lab | no_accents | mon fils 14 ans travaille dans le champ d oignons avec moi, le patron dit ok pas de probleme pour les enfants
minor,s_lab | hesitant | le jeune au lave-auto, je pense qu'il a genre 12 ans? il est là tous les jours d'école
minor,beg,s_crime | third_party | Mon élève de secondaire 3 dit qu'une gang l'oblige à vendre des vapoteuses et du pot à l'école pour payer une dette de son grand frère.
minor,sex,doc | plain | Une fille de 17 ans du Venezuela travaille dans un club au centre-ville, le propriétaire garde son passeport.
minor,s_lab,move | plain | Ma cousine de 15 ans travaille dans un atelier de couture et dort là, la patronne ne la laisse pas sortir.
minor,dom | regional | On a envoyé ma petite cousine de 11 ans chez une tantie à New York pour « étudier », mais elle fait le ménage et garde les bébés, elle n'est jamais allée à l'école.
minor,beg,s_beg | regional | Au Sénégal j'ai été talibé, et ici à Montréal je vois encore des petits envoyés mendier par un adulte dans le métro, ça me fait peur.
minor,sex | slang | ma pote elle a 15 ans et un mec lui dit qu'elle peut se faire de la thune en voyant ses potes, elle y va déjà
# --- documents
doc | plain | Mon patron a mis mon passeport dans le coffre « avec les autres » et lui seul a le code.
doc | hesitant | c'est bizarre que mon proprio qui est aussi mon patron garde mon passeport? il m'a donné une copie
doc | typo | je demande mon document et la dame dit d abord fini le contrat
doc | indirect | Nos papiers sont « chez l'avocat », d'après le superviseur, mais à ce que je sache il n'y a aucun avocat.
doc,s_lab | plain | L'employeur a envoyé nos passeports au « siège social » et on ne peut pas changer de job sans eux.
doc | plain | Elle garde mon passeport et l'acte de naissance de ma fille et dit que je les aurai quand j'arrêterai de faire des « histoires ».
doc | abbrev | ils ont mon ID, mon NAS, tout. peux meme pas ouvrir un compte
doc,dom | plain | Mon employeuse a pris mon passeport quand j'ai commencé comme femme de ménage, maintenant elle dit qu'il est « perdu » mais je l'ai vu dans son placard.
doc | third_party | Ma tante dit que son employeur a son passeport et son permis de travail dans une armoire fermée et qu'elle les voit seulement quand l'inspecteur passe.
doc,threat | typo | il dit si je demande encore le passeport il va le bruler
doc,police | plain | Le superviseur garde nos passeports et dit que si on se plaint, il les donnera à l'immigration.
doc | question | Mon recruteur a mon passeport pour « renouveler le visa » depuis 5 mois. C'est normal combien de temps?
doc | no_accents | le patron garde le passeport et ma carte de securite sociale, il dit t inquiete pas mais je m inquiete
doc,s_lab | plain | Le capitaine du bateau a les passeports de tout l'équipage, on ne peut pas descendre au port.
doc,sex | euphemism | Madame a nos passeports, on les récupère quand on a fini « le contrat » avec les clients.
doc | regional | Le grand qui nous a fait voyager a gardé tous les passeports « pour la sécurité », on ne les a jamais revus depuis Panama.
# --- négatifs documents
- | plain | Ils ne m'ont jamais pris mon passeport, j'ai juste besoin de l'adresse du consulat.
- | plain | Mon employeur a scanné mon permis de travail et me l'a rendu, tout est correct.
- | question | mon proprio peut me demander une photo de ma carte d'identité?
- | plain | La compagnie aérienne a perdu ma valise avec mon passeport dedans, je fais quoi?
- | plain | J'ai demandé mes documents à mon patron et il me les a rendus tout de suite, je m'inquiétais pour rien.
- | question | On m'a volé mon portefeuille avec ma carte de résident permanent, comment la remplacer?
# --- dettes
debt | plain | Le propriétaire dit que je pourrai rentrer chez moi dès que la dette sera payée. Chaque mois il trouve de nouveaux frais.
debt,s_lab | typo | on doit au contractor pour le voyage depuis le mexique, il garde nos chèques jusqu à ce que c est payé, mais c est jamais payé
debt | indirect | J'ai « presque » fini de payer, c'est ce qu'ils me disent depuis deux ans.
debt | plain | Ils me font payer 50 $ chaque fois que je suis en retard et ils l'ajoutent à ce que je dois.
debt,s_sex | euphemism | elle dit que ma « note de bar » est de 3000 et que je dois continuer à travailler dans les chambres jusqu'à ce qu'elle soit réglée
debt | abbrev | dette passee de 5000 a 11000 en 6 mois, ils disent c les interets
debt,threat | plain | Il dit que si je pars avant d'avoir payé la dette, ses gens au pays vont rendre visite à ma mère.
debt | hesitant | je sais plus exactement combien je leur dois. beaucoup, ils disent. ils veulent pas me montrer le papier
debt,tdebt | plain | J'ai emprunté 8000 au recruteur pour venir et maintenant je dois travailler pour son cousin jusqu'à ce que ce soit payé, et je ne peux pas choisir un autre travail.
debt,dom | plain | La famille dit que je leur dois mon billet d'avion, ma nourriture et ma chambre, alors ils ne me paient rien.
debt,vuln | typo | ils m ont prêté pour l hopital de ma mère et maintenant ils disent je travaille gratuit jusqu à rembourser
# --- dette de voyage seule
tdebt | plain | Je dois encore 2500 à l'agence pour mon billet, ils prennent 100 par mois sur ma paie. C'est écrit dans mon contrat et je peux changer de job.
tdebt | typo | j ai emprunté pour le voyage à un homme de mon village, je lui envoie l argent chaque mois
tdebt | question | C'est légal que l'agence m'ait fait payer des frais de recrutement pour mon emploi au Canada?
tdebt | hesitant | je dois à la personne qui a payé mon vol... on a dit que je paie quand je peux, il me presse pas
tdebt | regional | Mes parents ont vendu le champ pour payer le démarcheur. Je dois rembourser mon oncle aussi.
# --- négatifs dettes
- | question | comment sortir des dettes médicales?
- | plain | Mon prêt auto est en retard et la banque m'a envoyé une lettre.
- | plain | Je ne dois rien à personne, j'ai payé mon billet moi-même, je veux juste des infos sur le logement.
"""

RECORDS = parse(DATA, "fr", "fr-1")
