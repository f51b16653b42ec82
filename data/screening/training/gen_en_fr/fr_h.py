"""Messages en français, lot H : d'autres négatifs difficiles (mêmes mots, aucun
indicateur) : passeports, dettes, serrures, clients, passeurs, films et devoirs,
vérification d'agences, négations."""
from common import parse

DATA = r"""
- | plain | L'ambassade a gardé mon passeport deux semaines pour le visa, puis me l'a renvoyé par la poste. C'est habituel?
- | question | Mon employeur veut une photocopie de mon passeport et de mon NAS pour la paie. Je la donne?
- | plain | Les RH ont scanné mon permis de travail le premier jour, j'ai l'original chez moi.
- | typo | j ai oublié mon passeport dans le taxi, le chauffeur l a ramené, merci mon dieu. comment mieux le protéger?
- | plain | Mon passeport a pris l'eau et la page photo est abîmée. Il faut en refaire un?
- | question | Un proprio peut garder ma carte d'identité en dépôt pour les clés? J'ai dit non et il a dit d'accord.
- | hesitant | mon boss a demandé à voir mes papiers... il a juste regardé et me les a rendus. c'était permis?
- | plain | La ferme garde une copie des visas de tout le monde dans un cartable pour les inspecteurs. Les originaux restent avec nous.
- | question | Où déclarer un passeport volé à Québec?
- | plain | Je dois 2000 $ à l'hôpital pour une visite à l'urgence. Ils peuvent m'envoyer au recouvrement?
- | plain | Ma sœur m'a emprunté 300 $ et ne rembourse pas, comment lui demander sans chicane?
- | plain | La caisse populaire m'a fait un petit prêt pour des outils. Je paie 80 $ par mois, ça va.
- | plain | Mon cousin m'a offert le billet d'avion en cadeau, je ne lui dois rien.
- | typo | j ai une dette au pays pour ma maison, la banque appelle ma femme, je peux faire quoi d ici
- | plain | Je suis en retard sur ma facture de cell, ils ont coupé ma ligne. Y a un forfait pas cher pour les nouveaux arrivants?
- | plain | La porte du dortoir se barre toute seule la nuit pour la sécurité, mais chaque travailleur a sa carte.
- | plain | La serre barre la salle des produits chimiques, seuls les superviseurs y vont. C'est une règle normale, non?
- | plain | Le patron nous conduit au champ parce que c'est à 30 minutes, et la fin de semaine on prend l'autobus pour aller en ville.
- | plain | On vit sur la ferme mais on sort quand on veut ; le propriétaire nous prête même des vélos.
- | plain | J'ai le droit de sortir quand je veux, c'est juste que je connais pas encore la ville. Y a des cartes en espagnol?
- | plain | Je fais des quarts de 12 heures à l'hôpital trois jours par semaine, par choix, et je suis payée en temps supplémentaire.
- | plain | Pendant la récolte les journées sont longues mais on a un jour de congé par semaine et la paie est correcte.
- | plain | Mon employeur me paie par dépôt direct aux deux semaines, je comprends juste pas les retenues.
- | plain | Ils m'ont payé la prime de fin de saison au complet, je suis content. Je veux revenir l'an prochain légalement.
- | plain | Mon téléphone est brisé et je peux pas appeler ma famille, où trouver un cell pas cher?
- | plain | Je parle peu à ma famille parce qu'on s'est chicanés, pas parce que quelqu'un m'en empêche. Vous avez quelqu'un à qui parler, genre un psy?
- | plain | Mon superviseur crie mais personne ne m'a jamais frappé ni menacé. Je veux juste changer d'équipe.
- | plain | Le gérant a dit qu'il appellerait la police si quelqu'un vole encore dans le magasin. Quelqu'un a volé, c'était pas moi.
- | question | Si j'appelle la police parce qu'on a forcé mon auto, ils vont me demander mon statut?
- | plain | Le travail est exactement comme dans le contrat, je m'ennuie juste de chez nous.
- | plain | Ils avaient promis le dîner gratuit et ils le donnent, le transport aussi. Je demande juste pour les impôts.
s_sex | plain | J'ai 31 ans et je fais des massages privés avec extras pour mes propres clients. Pas de patron, personne prend mon argent. Où avoir la PrEP?
s_sex | question | Je suis modèle webcam, 25 ans, je travaille de chez moi pour moi-même. Mes revenus sont imposables?
s_sex | plain | Je danse dans un club par choix et j'arrête quand je veux ; par contre un client me harcèle en ligne. Je fais quoi?
- | plain | L'ex de mon ami dit qu'elle est escorte, elle a 27 ans et a l'air bien, je m'inquiète juste en ami.
- | question | Pour un balado : comment les intervenantes de rue font la différence entre travail du sexe et traite?
- | plain | J'ai vu aux nouvelles une descente dans un salon de massage de ma ville. Vous aidez les femmes qui étaient là?
smug | plain | Le guide qu'on a payé nous a amenés jusqu'à Nogales et il est parti. On a marché au poste frontière et demandé l'asile nous-mêmes.
smug | typo | on a payé le passeur 8000 pour nous 3, il nous a laissé au texas, maintenant on est a chicago, tout va bien
smug | hesitant | mon mari a payé un homme pour me faire traverser, c'est tout, personne m'a gardée ni demandé plus
smug | regional | Depuis Conakry jusqu'à Tijuana on a payé chaque passeur sur la route, personne ne nous doit rien, on attend notre entrevue.
- | question | C'est quoi la peine pour trafic de migrants au Canada? C'est pour un cours de droit criminel.
- | question | Mon prof a montré une vidéo sur le travail forcé sur les bateaux de pêche. Ça arrive aussi au Canada?
- | question | Le film « Taken » est réaliste? Mon petit frère a peur maintenant.
- | plain | Je lis un roman sur une fille vendue comme domestique, c'est très triste. Il y a des histoires vraies comme ça au Québec?
- | question | Je veux travailler au Canada. Le programme des travailleurs agricoles saisonniers, c'est le gouvernement qui le gère?
- | question | Comment vérifier si une agence de recrutement est titulaire d'un permis de la CNESST?
- | plain | Une agence m'a offert une job sur une ferme au Québec par le programme officiel, sans frais. J'ai vérifié avec le consulat et c'est vrai.
- | plain | Ma voisine m'a dit que son boss avait pris son passeport, mais elle blaguait, il était dans son sac depuis le début.
- | plain | Personne ne m'enferme et personne n'a pris mon téléphone. J'écris parce que j'ai vu votre affiche et je veux faire du bénévolat.
- | plain | Ils ne m'ont fait payer aucune dette, la compagnie a payé le visa et le vol comme la loi le dit.
- | plain | Je pensais que mon boss gardait ma paie mais c'était un délai de la banque, l'argent est arrivé aujourd'hui.
- | plain | J'avais peur d'être suivie, mais c'était ma collègue qui rentrait par le même chemin. Tout va bien.
- | past | Il y a cinq ans j'ai été exploitée sur une ferme, j'ai eu mon permis et maintenant j'étudie en soins infirmiers. J'aimerais aider les autres.
- | plain | Mon oncle m'a « vendu » sa vieille auto pour un dollar lol. Comment l'immatriculer?
- | plain | Dans mon jeu, les personnages sont enlevés et on paie la rançon en pièces, ma mère trouve ça bizarre haha.
- | regional | Mon chum m'a « kidnappée » pour un souper surprise, c'était trop cute. Bon, ma vraie question : c'est où la clinique sans rendez-vous?
minor | question | J'ai 15 ans et je fais un exposé sur le travail des enfants dans le cacao. Vous avez des données?
minor | plain | Mon fils de 13 ans veut faire du bénévolat à la banque alimentaire le samedi, il y a un âge minimum?
minor | question | j'ai 17 ans, je peux ouvrir mon propre compte pour l'argent de ma job d'été?
minor | plain | Ma fille est en 6e et doit écrire sur « l'esclavage moderne » pour un débat en classe. Des sources pour enfants?
minor | regional | Mon gars est en sec 4 pis y veut une job au dépanneur la fin de semaine, y a-tu des règles d'heures?
- | plain | Vous pouvez m'envoyer le numéro de la ligne par texto pour que je le partage à l'église?
- | plain | Je suis intervenante dans un refuge ; votre service accepte les références en anglais aussi?
- | short | désolé, c'était un message test
- | short | c'est beau maintenant, merci
- | question | Il y a un numéro WhatsApp pour la ligne?
- | plain | Je viens d'arriver à Montréal avec un permis de travail valide et un emploi, je veux savoir pour la RAMQ.
- | regional | Bonsoir, mon frère arrive de Lomé avec un visa d'étudiant, il doit faire quoi pour la carte d'assurance maladie?
- | regional | On m'a dit que vous aidez les gens, moi je cherche juste un cours de conduite pas cher à Laval.
"""

RECORDS = parse(DATA, "fr", "fr-1")
