"""Messages en français, lot D : classes immédiates (danger maintenant, rançon,
idées suicidaires, urgence médicale) et leurs sosies (danger passé, expressions)."""
from common import parse

DATA = r"""
# --- danger maintenant
danger | plain | Quelqu'un essaie d'ouvrir ma fenêtre en ce moment. Je suis seule avec mon bébé.
danger | typo | le patron vient avec 2 hommes a la roulotte il dit qu il va me donner une leçon, ils sont la dans 5 min
danger | hesitant | désolée de déranger, il y a une voiture garée dehors depuis une heure et c'est les mêmes gars du club. j'ai peur de sortir
danger | run_on | je me suis sauvée de la maison ce matin et ils viennent d'appeler pour dire qu'ils savent que je suis au Walmart et qu'ils s'en viennent me chercher
danger | regional | y m'a sorti un gun sur le chantier, chu cachée derrière le conteneur là
danger | plain | Je suis cachée dans un placard au restaurant, le patron me cherche et il est fou de rage.
danger | short | ils savent où je suis. ils arrivent
danger | plain | Je suis enfermée dans une chambre de motel et je les entends discuter de ce qu'ils vont faire de moi.
danger | typo | il m a enfermé dans le sous sol et il est parti chercher ses frères, j entends la voiture partir
danger | abbrev | besoin d'aide vite, un gars me suit depuis l'arrêt de bus, je suis à 3 coins de rue
danger | caps | IL DEFONCE LA PORTE
danger | plain | L'homme qui nous a amenés vient de dire que ce soir quelqu'un va « disparaître ». On est enfermés dans la maison.
danger | third_party | Je travaille dans une station-service. Une fille vient d'entrer en pleurant, des hommes la poursuivent et sont garés dehors.
danger | third_party | Mon amie m'a écrit « aide » avec sa localisation, c'est une maison où un gars garde des filles. Elle ne répond plus.
danger | plain | Il y a un homme devant ma porte avec un bâton qui me dit de sortir, il vient de la compagnie.
danger | story | Je me suis échappé de la ferme il y a une heure par le champ d'en arrière. Je suis caché sous un pont près de l'autoroute et je vois leur camion passer et repasser.
danger | plain | Ils nous déménagent ce soir dans une autre ville et je les ai entendus dire que ceux qui parlent seront « réglés ».
danger | emoji | aidez moi 😭😭 il est devant ma chambre avec un couteau
danger | typo | svp ils frappent mon ami dans l autre chambre je l entends crier
danger | third_party | Voisine ici : il y a un garçon attaché sur le balcon de l'appartement d'à côté et un homme qui lui crie dessus.
danger | hesitant | je sais pas si c'est une urgence mais le gars qui dit que je lui dois vient d'arriver à ma nouvelle job et m'a dit que j'ai jusqu'à ce soir
danger | plain | Je suis à l'arrière d'un camion, ils ont pris mon téléphone mais j'en ai un deuxième, je ne sais pas où ils nous emmènent.
danger | no_accents | ils m ont trouve a la porte du refuge, ils attendent dehors, envoyez quelqu un svp
danger | regional | les gars ont encerclé mon char au feu rouge pis y ont des bats, je peux pas avancer
danger | plain | Le gérant vient de dire que quiconque essaie de partir ce soir se fait tirer dessus. Il a un fusil sur la table.
danger,minor | plain | Ma fille a 13 ans, un homme est devant son école en ce moment et lui dit de monter dans sa voiture, elle est cachée au secrétariat.
danger | plain | S'il vous plaît, il vient de me frapper et il est allé chercher quelque chose dans la voiture, je suis cachée dans la cuisine.
danger | run_on | les gens à qui je dois ont trouvé mon adresse et ils cognent et crient mon nom et mes enfants sont ici
danger | third_party | Je suis chauffeur de taxi, je viens de déposer une fille qui m'a chuchoté « aidez-moi » et l'homme avec elle la tire dans un motel en ce moment.
danger | regional | Ils sont là dehors avec des machettes, on s'est enfermés dans la chambre, faut venir vite.
danger | plain | Je viens de m'enfuir du site d'orpaillage, je suis dans la forêt et ils me cherchent avec des chiens.
danger,move | typo | ils nous ont enfermé dans le conteneur et ils sont partis, on a plus d eau
# --- négatifs danger
- | past | Il y a deux ans ils sont venus à ma porte avec des armes. J'ai déménagé dans une autre province et je vais bien maintenant.
- | plain | On m'a suivie une fois le mois passé mais c'était mon voisin. Je veux juste des conseils de sécurité.
- | plain | Cette job me tue lol, les heures sont longues mais ça va.
- | question | je dois faire quoi si quelqu'un me suit? je demande en général
- | plain | J'ai regardé un film d'horreur où une fille est enfermée dans une cave, j'ai pas dormi.
pv | past | Mon ex a défoncé ma porte l'année passée. Il est en prison maintenant. J'ai besoin d'aide pour renouveler l'ordonnance.
- | plain | Quelqu'un a cogné à ma porte à 2 h du matin mais c'était le mauvais appartement. Il y a un numéro pour des conseils?
- | past | Avant je me cachais de mon patron quand il avait bu. C'est fini, je suis partie en 2022.
- | plain | Je me suis fait peur tout seul, c'était juste le vent dans la fenêtre mdr.
# --- rançon
ransom | plain | Ils ont envoyé une photo de mon frère les mains attachées et disent qu'on doit payer 10 000 sinon on ne le reverra pas.
ransom | typo | le passeur dit que ma fille est dans une maison et on doit envoyer 4000 de plus sinon ils la laissent pas continuer
ransom | hesitant | ils retiennent mon père dans une maison près de la frontière, l'homme au téléphone dit envoyez l'argent aujourd'hui sinon...
ransom | plain | Les passeurs gardent mon mari dans une maison de transit à Houston jusqu'à ce qu'on paie encore 3000.
ransom | run_on | mon neveu a traversé la semaine passée et maintenant ils nous appellent de son téléphone pour dire qu'il doit 5000 et qu'ils l'ont enfermé et on a jusqu'à dimanche
ransom | short | ils ont enlevé mon fils. veulent de l'argent
ransom | third_party | Une femme de notre église reçoit des appels : sa sœur est retenue et ils veulent 7000 par Western Union.
ransom | plain | Le guide a laissé ma cousine avec d'autres hommes qui disent qu'elle pourra partir quand on aura fait le transfert. Ils l'ont laissée parler 10 secondes.
ransom | regional | Ils ont attrapé mon grand frère à Tapachula, ils l'ont frappé au téléphone pour qu'on entende et ils veulent 2500 dollars avant demain.
ransom | plain | Ils ne laisseront pas sortir ma femme de la maison tant qu'on n'aura pas envoyé le « reste du paiement », qui n'était pas prévu.
ransom | plain | Le téléphone de mon fils m'a appelée et un homme a dit : payez 2000 demain sinon votre garçon ne rentre pas.
ransom | typo | ils ont 15 personnes dans une maison a mcallen avec mon frère et ils demandent l argent à chaque famille
ransom | past | Le mois passé ils ont retenu mon oncle contre de l'argent et on a payé. Maintenant ils redemandent et ils retiennent son ami.
ransom | third_party | Je suis travailleuse sociale. Le fils d'une cliente est retenu dans un entrepôt à El Paso et ils lui ont envoyé une vidéo pour demander de l'argent.
ransom | plain | Ils disent qu'ils vont vendre ma sœur à quelqu'un d'autre si on ne paie pas d'ici la fin de semaine.
ransom | indirect | ils répètent « pas d'argent, pas de frère ». on fait quoi
ransom | caps | ILS ONT MA FILLE ET VEULENT L'ARGENT AUJOURD'HUI
ransom,minor | plain | Ma fille de 15 ans est partie avec un passeur et maintenant ils disent qu'elle reste avec eux jusqu'à ce qu'on paie plus.
ransom | hesitant | c'est une arnaque? un homme dit qu'il a mon cousin et que je dois payer. mon cousin a vraiment disparu depuis mardi
ransom | regional | Les bandits ont pris notre groupe dans la jungle du Darién, ils gardent mon mari et demandent 1000 dollars par tête.
ransom | plain | Mon père est retenu par ceux qui devaient l'amener aux États-Unis. Ils veulent 9000 et ils l'ont frappé pendant l'appel vidéo.
# --- négatifs rançon
- | question | C'est quoi un rançongiciel? Mon entreprise a été piratée.
- | plain | J'ai vu un film sur un enlèvement contre rançon, c'est fréquent au Mexique? juste curieux
smug | plain | Mon frère est avec le groupe du passeur mais ils attendent juste la météo, on a déjà payé et personne n'a demandé plus.
- | question | J'ai reçu un texto disant que mon fils était enlevé mais il est à côté de moi, c'était une arnaque. Je signale le numéro?
# --- idées suicidaires
selfharm | plain | Je pense à mettre fin à mes jours depuis qu'ils ont pris mes papiers.
selfharm | typo | je veut plus être en vie, j y pense chaque nuit
selfharm | hesitant | je me suis encore coupée. je vais rien faire de pire. je pense
selfharm | plain | J'ai écrit une lettre à mes enfants. Je ne veux pas être là demain.
selfharm | regional | sérieux chu pu capable, j'ai regardé la track de train toute la journée
selfharm | run_on | je dois tellement et ils disent que ma famille va payer si je pars alors c'est peut-être mieux que je me tue comme ça personne a à payer
selfharm | plain | J'ai une corde dans ma chambre et je n'arrête pas de la regarder.
selfharm | third_party | Mon collègue à la ferme dit qu'il va boire le pesticide ce soir, ça fait des jours qu'il en parle.
selfharm | third_party | Enseignante ici, une élève a écrit dans son journal qu'elle veut mourir et qu'elle cache des pilules chez elle.
selfharm | short | je veux disparaître pour toujours
selfharm | plain | J'ai avalé une poignée de mes somnifères il y a quelques minutes. Je sais pas pourquoi j'écris.
selfharm | emoji | j'en peux plus 💔 je vais en finir ce soir
selfharm | no_accents | des fois je pense a me jeter devant une voiture, ce serait plus facile
selfharm | plain | Personne ne remarquerait si je n'étais plus là. J'ai réfléchi à comment.
selfharm | past | Hier soir j'ai essayé de me pendre mais la corde a cassé. J'y pense encore.
selfharm | hesitant | je peux parler à quelqu'un? je pense tout le temps à mourir et ça me fait peur
selfharm | plain | Mon amie a posté un message d'adieu et ne répond plus, elle a déjà dit qu'elle se tuerait.
selfharm | regional | Je suis fatigué de cette vie, je vais me jeter dans le fleuve ce soir, dites à ma mère pardon.
# --- négatifs suicide
- | plain | Je meurs d'envie d'avoir une journée de congé lol
- | plain | Je suis tellement fatiguée que je pourrais mourir, mais je ventile, ça va.
- | question | Ma classe fait une présentation sur la prévention du suicide, quelles ressources partager?
- | plain | J'étais déprimé l'an passé et j'ai eu de l'aide. Je vais beaucoup mieux, merci.
- | question | où trouver un psy qui parle lingala ou français à Toronto?
# --- urgence médicale
medical | plain | Mon ami s'est effondré dans le champ et il ne respire plus, je fais quoi?
medical | typo | il est tombé du camion et sa jambe est cassée l os sort et il saigne beaucoup
medical | plain | Une femme ici a pris trop de pilules et elle ne réagit pas, ses lèvres sont bleues.
medical | run_on | mon collègue à l'usine s'est pris le bras dans la machine et y a du sang partout et le boss dit appelle pas le 911
medical | short | elle saigne beaucoup. se réveille pas
medical | plain | Ma femme est enceinte et saigne beaucoup, on n'a pas de voiture ni de papiers.
medical | third_party | Je suis au refuge pour migrants, un homme est arrivé avec 41 de fièvre et maintenant il tremble et ne peut plus parler.
medical | regional | mon chum a fait une overdose, y respire pas comme du monde, on a pas de naloxone
medical | plain | Il a reçu un coup de couteau au côté sur le chantier et il perd beaucoup de sang.
medical | typo | le bébé respire pas bien et ses lèvres sont violettes svp
medical | plain | Un des gars s'est évanoui dans la serre, il fait 40 degrés dedans, il ne répond pas.
medical | hesitant | je pense que mon coloc fait un AVC? la moitié de son visage tombe et il parle mal
medical | caps | MON AMI SAIGNE DE LA TETE ENVOYEZ UNE AMBULANCE
medical | plain | La fille qu'ils ont battue hier soir vomit et ne tient pas debout, ils refusent de l'amener chez le médecin.
medical | third_party | Pasteur ici, un homme vient d'arriver à l'église avec une coupure profonde à la main de l'abattoir, il est pâle et le sang traverse la serviette.
medical | plain | Elle fait une grosse réaction allergique, sa gorge se ferme et on n'a pas d'épipen.
medical | code_switch | my coworker s'est brûlé avec l'huile chaude à la cuisine, tout le bras, il crie
medical | plain | Mon cousin s'est fait frapper par une voiture en allant travailler et il est couché sur la route sans bouger.
medical | regional | Le garçon est tombé dans le trou de la mine d'or, on l'a sorti mais il ne respire presque plus.
medical | typo | le travailleur a perdu 2 doigts dans la machine maintenant
medical,selfharm | plain | Mon amie a avalé une bouteille entière de pilules parce qu'elle voulait mourir, elle est à peine consciente.
medical | plain | Quelqu'un est inconscient dans la chambre froide du restaurant, on vient de le trouver.
medical | no_accents | mon mari est tombe de l echelle, il peut pas bouger les jambes, il crie
# --- négatifs médical
- | question | Où avoir un vaccin contre la grippe gratuit?
- | plain | Je me suis coupé le doigt au travail la semaine passée, ça guérit bien, mais qui paie la clinique?
- | plain | J'ai mal aux dents depuis deux jours, y a-t-il un dentiste gratuit pour les migrants?
- | plain | Mon amie s'est évanouie au travail hier à cause de la chaleur, elle va bien maintenant, la compagnie doit donner des pauses d'eau?
- | question | Comment avoir la RAMQ quand on est travailleur temporaire?
- | plain | Ma fille a de la fièvre mais elle mange et joue, quelle clinique est ouverte dimanche?
"""

RECORDS = parse(DATA, "fr", "fr-1")
