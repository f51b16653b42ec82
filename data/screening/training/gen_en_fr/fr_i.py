"""Messages en français, lot I : histoires à plusieurs indicateurs racontées d'un bloc,
voix régionales (Québec, Haïti/Antilles en français, Afrique), jeunes, tiers."""
from common import parse

DATA = r"""
# --- récits à plusieurs indicateurs
doc,debt,move,s_lab | story | On est arrivés à quinze du Guatemala pour la cueillette. Le premier soir ils ont pris les passeports, ensuite ils ont dit qu'on devait le billet, et depuis on sort seulement en groupe avec le contremaître.
sex,debt,iso | run_on | elle m'a dit que c'était pour garder des enfants à Montréal mais en arrivant elle a pris mon téléphone et elle a dit que je dois 12 000 pour le voyage et que je vais rembourser avec les clients qu'elle envoie
dom,doc,iso | plain | Je suis nounou chez un couple depuis 2021 : passeport confisqué, téléphone seulement le dimanche devant eux, et pas un dollar de salaire.
wages,police,s_lab | plain | Trois mois sans paie à la ferme. Quand on a demandé, le patron a dit que la GRC ramasse les illégaux qui se plaignent.
hours,viol,s_lab | typo | on travail 16 heure a l abattoir et le chef frappe ceux qui ralentissent, hier il a frappé un gars avec son casque
decep,sex,move | plain | Une agence de Port-au-Prince m'a promis un poste de caissière à Miami. Je suis dans une maison où on m'oblige à recevoir des hommes, la porte est fermée à clé et un gardien dort devant.
debt,threat,s_lab | regional | Le patron du chantier dit que tant que la dette du voyage n'est pas payée, je reste, et que sinon ses cousins à Kinshasa vont s'occuper de ma famille.
iso,move,s_lab | hesitant | je sais pas où on est exactement, ils nous ont amenés de nuit, on a pas le droit de sortir du camp et nos cells sont dans une boîte barrée
beg,move,debt | plain | Ils nous obligent à vendre des fleurs dans les restos jusqu'à 2 h, on dort tous dans une chambre fermée à clé, et la dette du passage ne baisse jamais.
sale,sex | story | À Tapachula un homme m'a promis du travail. Il m'a « revendue » à un autre à Monterrey, qui me fait voir des clients dans des hôtels. J'entends encore les billets qu'il comptait.
vuln,wages,s_lab | plain | Parce que je suis demandeur d'asile sans permis de travail, le patron du déménagement me paie 50 $ par jour, quand il paie, et dit que je ne peux rien faire.
doc,dom,police | regional | La madame a gardé mon passeport depuis que je suis arrivée de Cotonou ; je fais tout dans la maison, et elle dit que si je pars, elle m'envoie la police pour vol.
# --- jeunes, leurs propres mots
minor,sex | regional | j'ai 15 ans pis le gars de 25 ans avec qui je sors veut que j'aille « voir » son ami pour 200 piasses, y dit que tout le monde le fait
minor,s_lab,wages | typo | j ai 14 ans et je travail au resto de mon oncle tous les soirs apres l ecole, il me paye jamais il dit c est pour la famille
minor,beg,s_crime | hesitant | j'ai 15 ans... des gars du quartier me font cacher des trucs dans mon casier et ils ont dit que si j'arrête ils vont s'en prendre à mon petit frère
minor,sex | plain | Je suis en secondaire 3 et mon « manager » prend l'argent des hommes que je rencontre. Je veux arrêter mais j'ai peur.
minor,danger | caps | J'AI 14 ANS ET UN HOMME VEUT PAS ME LAISSER SORTIR DE SON AUTO
minor | question | je suis en sec 3, c'est légal que je travaille au McDo la fin de semaine?
minor,selfharm | regional | chu en 3e secondaire pis j'ai pu envie d'être là, chez nous c'est l'enfer
minor,homeless | typo | j ai 17 ans on m a mis dehors, je dors au terminus depuis 2 nuits
minor,dom | plain | J'ai 13 ans, je vis chez la patronne de ma mère à Laval, je fais le ménage et la cuisine et elle dit que l'école c'est pas pour moi.
minor,s_lab,hours | regional | chu en secondaire 2 pis je travaille dans les bleuets avec mon oncle de 5 h à 19 h, pas d'école depuis juillet
# --- voix des Antilles / Haïti en français
doc,s_lab | regional | Le patron de la bananeraie à Basse-Terre garde les passeports des ouvriers haïtiens, il dit que c'est pour les cartes de séjour.
wages,s_lab | regional | En Guadeloupe je travaille sur un chantier sans contrat, le patron me paie quand il veut, ça fait deux mois qu'il dit « demain ».
move,dom | regional | Madame à Fort-de-France ne me laisse pas sortir, même pour aller à la messe, je travaille chez elle depuis que je suis arrivée de Port-au-Prince.
sex | regional | À Cayenne, le monsieur qui m'a fait venir du Brésil m'oblige à aller avec les hommes au bar, il prend tout l'argent.
smug | regional | On est arrivés de Haïti en Guyane par le Suriname avec un passeur payé, on est libres, on cherche un avocat pour l'asile.
homeless | regional | Je viens d'arriver à Cayenne, je dors devant la préfecture depuis trois nuits, je n'ai personne.
- | regional | Bonjour, je voudrais savoir comment avoir un titre de séjour pour travailler en Martinique.
# --- tiers
doc | third_party | Je suis bénévole en francisation ; une élève m'a dit que son employeur garde son passeport et celui de son mari.
debt | third_party | Une paroissienne me raconte que son fils doit 11 000 $ au gars qui l'a fait venir et que la somme double s'il manque une journée.
move,s_lab | third_party | Je livre de la nourriture à un camp de travailleurs : la barrière est barrée et un gardien décide qui peut venir au camion.
iso,dom | third_party | Préposée à domicile ici : l'aide résidente de ma cliente n'a pas le droit d'avoir un téléphone et m'a chuchoté qu'elle n'a pas parlé à ses enfants depuis un an.
threat | third_party | L'employeur de ma voisine lui a dit que si elle démissionne, « quelqu'un » ira voir ses parents en Haïti.
police,s_lab | third_party | Un travailleur de l'usine m'a dit que le gérant menace d'appeler l'immigration pour quiconque va à la réunion du syndicat.
sex | third_party | Comme réceptionniste de nuit, je vois un homme amener chaque semaine des jeunes femmes différentes ; il garde leurs cartes et leurs téléphones.
dom | third_party | Je suis concierge. La bonne du 12e n'est jamais sortie de l'immeuble depuis un an, et la famille lui prend les clés quand elle part.
sale | third_party | Une femme au refuge dit que sa fille a été « achetée » à un passeur par un homme à la frontière.
ransom | third_party | Je suis intervenant ; un père de famille reçoit des vidéos de son fils attaché, on lui demande 4000 $ pour le relâcher.
selfharm | third_party | Une collègue à l'usine m'a écrit qu'elle a pris tous ses comprimés, elle répond plus.
medical | third_party | Je suis animateur au camp de jour ; le père d'un enfant est arrivé avec une brûlure énorme au bras, il dit que c'est la friteuse du resto où il travaille, il tremble.
danger | third_party | Agente de sécurité au centre commercial : une jeune femme s'est cachée dans les toilettes, elle dit que deux hommes l'attendent à la sortie en ce moment.
smug | third_party | Je suis bénévole à Plattsburgh ; une famille dit qu'un chauffeur payé les a amenés, ils sont libres et veulent aller au Québec.
dispute,s_lab | third_party | Mon père travaille dans un garage et son patron ne lui a pas payé trois semaines. Il rentre chez lui chaque soir, il veut juste son argent.
pv | third_party | Je suis travailleuse sociale ; une mère me dit que son conjoint l'a frappée dimanche, elle est chez sa sœur avec les enfants.
homeless | third_party | Le van de la paroisse a trouvé une famille de cinq qui dort dans une auto au stationnement du Maxi. Ils arrivent du Congo.
offer | third_party | Une élève de 18 ans a reçu un message pour « poser » à Toronto avec logement gratuit, « amène juste ton passeport ». Elle n'a pas répondu.
# --- négatifs et infos de plus
- | plain | Mon patron garde les clés du camion, pas nos papiers, on a tout sur nous.
- | regional | La job est dure en titi mais on est payés au cenne près pis on sort quand on veut, je voulais juste demander pour les impôts.
- | plain | J'ai eu peur qu'on m'ait pris mon passeport, mais je l'avais laissé chez ma cousine.
- | question | C'est quoi la différence entre un passeur et un trafiquant? Mon ado me pose la question.
- | question | Combien coûte un permis de travail ouvert pour conjoint?
- | plain | Je dois de l'argent à mon beau-frère pour le billet, il me laisse tout le temps qu'il faut, pas de problème.
- | plain | La serre nous donne nos dimanches et on va au Walmart en autobus, c'est correct.
s_lab | plain | Je travaille dans un abattoir en Beauce, le salaire est correct et on a nos congés. Je veux savoir pour la résidence permanente.
s_lab | regional | chu dans une ferme laitière à Saint-Hyacinthe, le boss est correct, je veux juste des cours de français le soir
s_sex | plain | Je suis masseuse érotique indépendante, 33 ans, je choisis mes clients. Je cherche un comptable qui ne juge pas.
"""

RECORDS = parse(DATA, "fr", "fr-1")
