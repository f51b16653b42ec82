"""Messages en français, lot A : premier passage large sur toutes les étiquettes
(fermes et serres du Québec, abattoirs, chantiers, restos, ménage, aides familiales),
français de France, du Québec et d'Afrique de l'Ouest et centrale."""
from common import parse

DATA = r"""
# --- documents
doc,s_lab | plain | Mon patron garde mon passeport dans son bureau et refuse de me le rendre.
doc,s_lab | regional | le boss de la ferme a ramassé tous nos passeports à l'aéroport pis on les a jamais revus
doc | no_accents | la dame chez qui je travaille a pris mon passeport, elle dit que c est pour le garder en securite
doc | typo | il a prit mes papié et il veux pas me les redonné
doc,s_lab | plain | L'agence de placement a gardé nos passeports et nos permis de travail « pour les démarches ».
doc | hesitant | je sais pas si c'est normal... mon employeur a toujours mon passeport, ça fait 3 mois
doc,move | plain | Sans mon passeport je ne peux aller nulle part, et c'est exactement pour ça qu'il le garde.
doc | regional | Le tonton qui m'a fait venir garde mon passeport, il dit que je vais le perdre sinon.
doc | third_party | Ma voisine fait le ménage chez une famille, ils ont son passeport dans un tiroir fermé à clé.
doc,s_lab | abbrev | mon boss a mon pp + mon permis, dit q je les aurai a la fin du contrat
doc,threat | plain | Elle garde ma carte de séjour et m'a dit que si je la reprends, je vais le regretter.
doc,s_lab | story | En arrivant à Saint-Rémi, le contremaître nous a demandé nos passeports pour « l'enregistrement ». C'était en mai. Quand un gars a demandé le sien, on l'a renvoyé au Guatemala.
doc | question | Est-ce que mon employeur a le droit de garder mon passeport? Il dit que c'est la politique de la compagnie.
doc,s_lab | caps | IL VEUT PAS ME REDONNER MON PASSEPORT
doc | third_party | Je suis conseillère dans une école. Une élève m'a dit que le patron de sa mère a pris leurs passeports à toutes les deux.
doc,police | typo | le chef garde nos passport et dit si on se plain il les donne a l immigration
doc,s_sex | euphemism | La patronne du salon de massage a nos passeports, elle dit qu'on les récupère quand on aura « remboursé ».
doc | slang | le gars a mon passeport pis y fait semblant de pas savoir de quoi je parle, c'est n'importe quoi
# --- hard negatives documents
- | plain | Mon employeur a fait une copie de mon passeport pour le dossier et me l'a rendu tout de suite. C'est normal?
- | question | J'ai perdu mon passeport dans le métro, comment je fais pour en refaire un au consulat?
- | plain | Personne ne m'a pris mon passeport, je le garde sur moi. Je veux juste connaître mes droits.
- | question | Combien de temps pour renouveler un passeport camerounais à Montréal?
- | no_accents | mon passeport est expire, ou je peux le renouveler?
- | plain | Ma mère garde les passeports de toute la famille dans un coffre à la maison, c'est notre habitude.
- | question | mon patron a besoin de voir mon permis de travail ou juste une copie?
# --- dettes
debt,tdebt | plain | Je dois 6000 $ au recruteur pour le voyage et le visa, et chaque mois il ajoute des intérêts, ça ne descend jamais.
debt | typo | il dise que je peu partir quand j aurai payé mais la dette monte chaque semaine
debt,s_lab | plain | Ils nous font payer le lit, la bouffe et le transport jusqu'au champ, alors après les déductions je leur dois encore de l'argent.
debt,s_lab | regional | le boss dit que chu dans le trou de 2000 piasses pour le loyer pis les lifts, faut que je travaille pour rembourser avant de partir
debt,s_sex | euphemism | Elle dit que je lui dois encore le billet d'avion et l'appartement, et que je dois rembourser en recevant des clients.
debt | third_party | Mon cousin dit qu'il doit continuer à travailler au chantier tant que la dette du billet n'est pas payée, mais le chiffre augmente à chaque fois.
debt | hesitant | je sais pas si ça compte, mais ils disent que j'ai une dette avec la compagnie et que je peux pas démissionner tant qu'elle est pas à zéro
debt,tdebt,s_lab | story | L'agence nous a fait venir du Guatemala au Québec. Le billet, c'était un « prêt ». Maintenant ils prennent la moitié de la paie pour ça et le reste pour le loyer, et après trois mois on doit presque tout.
debt,threat | plain | Ils disent que si je ne paie pas la dette, ils vont s'en prendre à ma famille au pays.
debt | regional | La tantie dit que je lui dois pour le voyage depuis Douala et que tant que je n'ai pas fini de payer, je reste chez elle à travailler.
tdebt | plain | J'ai payé 3500 $ de frais de recrutement à une agence dans mon pays pour avoir ce travail.
tdebt | plain | Ma famille a emprunté pour payer mon voyage jusqu'au Canada, je rembourse petit à petit.
tdebt | typo | jai emprunter 4000 a mon oncle pour le voyage, je lui rembourse, pas de probleme avec lui
# --- hard negatives dettes
- | plain | J'ai beaucoup de dettes de carte de crédit et l'agence de recouvrement m'appelle tout le temps. Je peux faire quoi?
- | plain | Je dois deux mois de loyer à mon proprio et j'ai peur d'être expulsé, mais je m'arrange.
- | question | c'est legal un pret avec 300% d'interet?
- | plain | Mon frère m'a prêté l'argent du billet, je lui rembourse 100 $ par mois, il est cool avec ça.
# --- restriction de mouvement
move,s_lab | plain | On n'a pas le droit de sortir du logement de la ferme. La barrière est fermée la nuit et le superviseur a la clé.
move | typo | il me laisse pas sortir seul, quelqu un vient toujour avec moi meme pour aller a l epicerie
move,s_lab | regional | on sort jamais de la roulotte sauf dans le van de la compagnie pour aller à l'usine pis revenir
move,dom | plain | Je fais le ménage et la cuisine pour la famille et ils ferment la porte à clé quand ils partent, je ne peux pas sortir.
move | short | peux pas sortir. ils nous surveillent tout le temps
move | third_party | Il y a quatre jeunes hommes qui vivent au-dessus du restaurant, le patron les conduit partout et ils ne sortent jamais seuls.
move,s_sex | euphemism | les filles du salon dorment dans la pièce du fond, elles sortent jamais, c'est le gérant qui apporte à manger
move,iso | run_on | on reste dans une maison au milieu de nulle part pis y a pas d'autobus et ils gardent les clés du char et on sait même pas l'adresse
move | past | Pendant deux ans je n'avais pas le droit de sortir de la maison sans ma patronne. Je suis partie en mars, je suis dans un refuge maintenant.
move | regional | Le patron dit qu'on ne sort pas le dimanche, que dehors c'est dangereux et que la police va nous attraper.
# --- isolement
iso | plain | Ils m'ont pris mon téléphone à mon arrivée et je n'ai pas parlé à ma famille depuis deux mois.
iso,s_lab | typo | le boss prend nos cellulaire pendant la semaine, on les a juste le dimanche une heure
iso | plain | Je n'ai pas le droit de parler aux autres travailleurs ni à personne de l'extérieur.
iso | hesitant | franchement aucune idée c'est quelle ville ici. ils nous ont amenés de nuit
iso | third_party | Ma sœur en Alberta ne répond plus. La dernière fois elle m'a dit que son employeur a pris son téléphone.
iso,dom | plain | La dame chez qui je travaille ne me laisse pas appeler mes enfants, elle dit que ça me distrait.
iso | regional | on m'a enlevé mon cell, c'est le cell d'une amie que j'utilise là
# --- violence
viol,s_lab | plain | Le chef d'équipe m'a frappé avec le manche d'une pelle parce que j'étais trop lent.
viol | typo | il ma gifler quand jai demander mon argent, devant tout le monde
viol,dom | plain | Le monsieur de la maison entre dans ma chambre la nuit et me force. Je suis la nounou, je n'ai nulle part où aller.
viol,s_lab | third_party | Je suis infirmière. Un patient avait des bleus sur tout le dos, il dit que le contremaître frappe ceux qui se plaignent.
viol | past | Le propriétaire nous battait quand on ne finissait pas les rangs. J'ai quitté la ferme mais j'ai encore les marques.
viol,s_sex | plain | Le gérant du salon de massage m'a violée quand j'ai dit que je voulais arrêter.
# --- négatifs violence
pv | plain | Mon chum m'a frappée hier soir. Il est parti travailler ce matin, je suis correcte mais je sais plus où j'en suis.
pv | hesitant | mon mari me bouscule quand il boit. il n'est pas là maintenant. quelqu'un peut me parler des options?
- | question | On fait un projet en classe sur les droits des travailleurs, c'est quoi la violence au travail?
- | plain | Je me suis blessé au travail le mois passé en soulevant des boîtes, la compagnie a payé le médecin. Je veux savoir pour la CNESST.
# --- menaces
threat | plain | Il m'a dit que si je pars, il sait où habite ma mère à Port-au-Prince.
threat,s_lab | typo | le patron dit qu il va faire du mal a mes enfants au pays si je me sauve de la ferme
threat | plain | Ils ont dit qu'il arriverait quelque chose à mon petit frère si j'arrête de travailler.
threat,sex | euphemism | elle dit que si j'arrête de voir les clients elle envoie les photos à ma famille
threat | third_party | Une femme de l'église m'a raconté que les hommes qui l'ont fait venir menacent sa fille restée à Kinshasa si elle parle.
threat | regional | Le monsieur a dit qu'il connaît des gens au village et que ma maman va souffrir si je bouge.
# --- menace police / expulsion
police | plain | Chaque fois qu'on parle de la paie, le patron dit qu'il va appeler l'immigration.
police,s_lab | typo | il nous dit si on se plain il appelle l immigration et on est tous deporté
police,vuln | plain | Mon employeur sait que je suis sans papiers et il dit qu'un seul coup de fil et je suis dehors.
police | regional | a me dit tout le temps « j'vas appeler la police, t'as pas de papiers » quand je demande une journée off
police | question | Est-ce que mon patron peut vraiment me faire expulser si je le dénonce? Il le répète tout le temps.
police,s_lab | no_accents | le contremaitre dit si on va aux normes du travail il nous denonce a l immigration
# --- salaires retenus
wages,s_lab | plain | On n'a pas été payés depuis six semaines. Le patron dit que l'argent arrive mais il n'arrive jamais.
wages | typo | il dise qu il garde mon argent pour moi et me donne tout a la fin du contrat
wages,s_lab | plain | On m'avait promis 16 $ de l'heure à la ferme mais on me donne 250 $ par semaine pour 70 heures.
wages,s_lab | abbrev | pas de paye depuis juin, boss dit apres la recolte
wages,s_lab | run_on | je travaille dans un salon d'ongles et la propriétaire dit que les trois premiers mois c'est de la formation donc pas de salaire juste les pourboires et les pourboires elle les garde aussi
wages | third_party | Le père d'un de mes élèves travaille à l'abattoir et m'a dit que sa paie va directement au monsieur qui l'a recruté.
# --- conflit de travail (refer)
dispute,s_lab | plain | Mon gérant au resto ne m'a pas payé mes heures supplémentaires du mois passé. J'y travaille encore, je veux juste ce qui m'est dû.
dispute | plain | J'ai été renvoyé hier sans raison et ils me doivent ma dernière paie. Ils ont le droit?
dispute,s_lab | typo | la compagnie de construction me doit 2 semaine, jai deja quitter et je vis chez moi, comment je recupere l argent
dispute | question | Mon patron a coupé mes heures et n'a pas payé les jours fériés. Je porte plainte où?
dispute,s_lab | regional | le boss de la shop m'a encore fourré sur ma paye, y manque 80 piasses, chu tanné
# --- heures excessives
hours,s_lab | plain | On travaille de 5 h du matin à 22 h, sept jours sur sept, pas un jour de congé depuis qu'on est arrivés.
hours | typo | je travail 16 heure par jour, meme malade avec la fievre ils me font travaillé
hours,s_lab | run_on | à l'usine on fait des doubles presque tous les jours et si tu dis que t'es fatigué ils te disent rentre chez vous pis reviens pas
hours,dom | plain | Je m'occupe de trois enfants et de toute la maison de 6 h à minuit, et je n'ai jamais eu un jour de congé en huit mois.
hours,s_lab | abbrev | 14h/jour a la cuisine, pas de pause, pas de conge
hours,s_lab,minor | third_party | Le garçon d'à côté, il a peut-être 13 ans, travaille au lave-auto de son oncle tous les jours du matin au soir.
# --- tromperie sur l'emploi
decep | plain | On m'avait dit que je travaillerais dans un hôtel, mais en arrivant c'était une usine de poisson et la paie était la moitié.
decep,s_lab | typo | l agence a dit travail de bureau, mais ils m ont mis a faire le menage dans les maison toute la journée
decep | plain | Le contrat signé au pays disait 18 $ de l'heure. Ici ils disent que c'est 9 et que le contrat c'était juste pour le visa.
decep,sex | euphemism | ils ont dit que c'était pour être serveuse, mais le patron dit qu'on doit être gentilles avec les clients dans les salons privés
decep | hesitant | je suis venue comme fille au pair mais c'est pas comme ils disaient, je fais le ménage de trois maisons
decep | third_party | Mon amie est venue à Montréal pour travailler dans une boulangerie. Il n'y a pas de boulangerie. Elle est sur une ferme à deux heures d'ici.
# --- exploitation sexuelle forcée
sex | plain | L'homme qui m'a fait venir m'oblige à voir des hommes tous les soirs et prend tout l'argent.
sex | euphemism | il me fait faire des passes et je dois tout lui donner
sex | typo | elle dit que je dois faire des extras pour les clients sinon je dors dehors
sex,move | plain | On habite au salon de massage et la patronne nous oblige à faire le « service complet ». On ne peut pas partir.
sex | third_party | Une jeune femme de mon église dit que son copain met des annonces d'elle sur internet et l'oblige à rencontrer des hommes dans des motels.
sex | regional | mon soi-disant chum me fait travailler tous les soirs pis y garde tout l'argent
sex,decep | run_on | je suis venue parce qu'il m'a promis un travail dans un restaurant et maintenant je dois recevoir des clients dans l'appartement et il garde mon argent et il dit que je lui dois
sex | regional | La tantie dit que je dois « sortir avec les messieurs » le soir pour payer ma chambre.
# --- travail du sexe adulte consentant (négatif: secteur seulement)
s_sex | plain | Je fais de l'escorte à mon compte, j'ai 28 ans. Personne ne me contrôle, je cherche juste où faire un dépistage gratuit.
s_sex | question | Je fais du travail du sexe à mon compte, y a-t-il des cliniques juridiques pour les problèmes de logement?
# --- mendicité / délits forcés
beg,s_beg | plain | Ils nous déposent au carrefour chaque matin pour mendier et prennent tout l'argent le soir.
beg,s_crime | plain | L'homme à qui je dois de l'argent m'oblige à transporter des colis en ville. Je pense que c'est de la drogue.
beg,s_crime | typo | ils m oblige a vendre de la drogue devant l ecole sinon ils me frappe
beg,s_crime,minor | third_party | Un jeune que j'entraîne au soccer m'a dit que des plus vieux l'obligent à faire le guet pour eux.
beg,s_beg,minor | regional | Le marabout envoie les petits talibés mendier toute la journée et ils doivent ramener une somme sinon ils sont battus.
# --- servitude domestique
dom | plain | Je vis avec la famille, je fais le ménage et la cuisine tous les jours, jamais de congé et ils ne me paient pas.
dom,move | typo | je travail dans une maison, ils me laisse pas sortir, je dors dans la buanderie
dom | third_party | La dame qui fait le ménage chez mes voisins dort dans leur sous-sol, elle n'est pas sortie depuis des mois et ils gardent son salaire.
dom | regional | On m'a confiée à une famille pour « aider à la maison », mais je travaille du matin au soir sans salaire et je ne peux pas sortir.
# --- enlèvement / vente
sale | plain | Mon oncle m'a vendue à un homme qui m'a amenée travailler ici.
sale | plain | Ils m'ont pris de force à la gare routière et m'ont mis dans une voiture.
sale | third_party | Une mère au refuge dit que sa fille a été « donnée » à un homme pour régler une dette.
# --- vulnérabilité exploitée
vuln | plain | Ils savent que je ne parle pas anglais et que je ne peux pas lire le contrat, alors ils me font signer n'importe quoi.
vuln,s_lab | typo | il sait que j ai pas de papier alors il me paye la moitié et il dit va te plaindre a qui
vuln | plain | Parce que je suis sans papiers, mon patron dit que je n'ai aucun droit et que personne ne me croira.
# --- danger immédiat
danger | plain | Il est devant ma porte en ce moment et il tape dessus, aidez-moi s'il vous plaît.
danger | caps | ILS ARRIVENT POUR ME CHERCHER AIDEZ MOI
danger | typo | un homme me suis depuis la ferme je me cache dans les toilettes de la station essence
danger,move | plain | Je suis enfermée dans une chambre en ce moment et ils ont dit qu'ils reviennent ce soir.
danger | short | caché. ils ont une arme. svp
danger | third_party | Chez ma voisine, une fille crie et des hommes hurlent, elle ne répond pas au téléphone.
danger | regional | y m'ont retrouvée, deux gars dans un pick-up devant chez nous là là
# --- danger passé, maintenant en sécurité (négatif)
- | past | Il y a des années un homme m'a enfermée dans une maison. Je suis en sécurité maintenant, je veux juste parler à quelqu'un.
pv | past | Il m'a frappée la semaine passée mais il est chez son frère et moi chez ma sœur, je suis en sécurité.
# --- rançon
ransom | plain | Les passeurs ont mon frère dans une maison au Texas et veulent 5000 dollars avant vendredi sinon ils ne le laissent pas partir.
ransom | typo | ils ont mon fils et dise envoie 3000 ou on le revoit jamais
ransom | indirect | ils libèrent pas ma femme tant qu'on paie pas le reste, ils appellent chaque soir
ransom | third_party | Le cousin de mon ami est retenu par les gens qui l'ont fait passer, ils ont envoyé une vidéo et demandent de l'argent.
# --- idées suicidaires
selfharm | plain | Je n'en peux plus. Je pense à en finir.
selfharm | typo | je veux mourir, il y a pas de sortie pour moi ici
selfharm | hesitant | des fois je me dis que ce serait plus simple de pas me réveiller
selfharm | short | j'ai les pilules dans la main
# --- urgence médicale
medical | plain | Mon collègue est tombé du toit et il ne bouge plus, il y a du sang.
medical | typo | mon amie respire mal apres la chaleur dans le champ, elle est tombé
medical | plain | Elle a pris beaucoup de pilules et je n'arrive pas à la réveiller.
medical,s_lab | run_on | un gars à l'usine s'est coupé la main vraiment fort sur la ligne et le superviseur dit pas d'ambulance parce que pas de papiers svp je fais quoi
# --- mineurs
minor,sex | plain | Ma nièce a 15 ans et un homme l'oblige à rencontrer des hommes pour de l'argent.
minor,s_lab,hours | plain | À la ferme il y a des enfants qui travaillent dans les champs, certains ont l'air d'avoir 12 ou 13 ans, de l'aube au soir.
minor,s_lab | third_party | J'enseigne en secondaire 2 et un de mes élèves travaille la nuit dans un restaurant pour payer la dette de sa famille.
minor,sex | euphemism | elle est en 3e et le gars qu'elle appelle son copain l'envoie « voir des amis » à lui pour de l'argent
minor,beg,s_beg | plain | Deux petits enfants mendient au feu rouge tous les jours, un homme ramasse l'argent.
minor | question | J'ai 16 ans, je peux avoir de l'aide pour un logement si j'ai quitté la maison?
minor | plain | Mon fils est en 4e et il a un exposé sur la traite des personnes, où trouver des chiffres?
minor,dom | third_party | Une fille de 14 ans vit chez la famille d'à côté, elle ne va pas à l'école et fait tout le ménage.
# --- passeur seulement
smug | plain | Un passeur m'a fait passer la frontière, c'est payé, et je suis à Montréal chez ma tante. Je veux des infos sur l'asile.
smug | typo | on a payer le guide 7000 pour passer, on est ici maintenant, libre, pas de probleme avec eux
smug | regional | Un coxeur nous a fait traverser jusqu'au Mexique, on a tout payé avant, on est libres. On cherche un avocat.
# --- violence conjugale
pv | plain | Mon ex me menace par texto. Il ne sait pas où j'habite maintenant.
pv | typo | mon mari ma battu plusieur fois, je l ai quitté il y a un mois, j ai besoin d un endroit pour moi et mes enfants
# --- itinérance
homeless | plain | Je n'ai nulle part où dormir ce soir. Je suis à Québec.
homeless | typo | ils m ont mis dehors de la chambre, je dors dans le parc depuis 3 jours
homeless | short | besoin d'un refuge ce soir, Montréal
# --- offre suspecte
offer | plain | Quelqu'un sur Facebook m'offre un travail au Canada comme femme de ménage, ils paient le billet mais je dois leur donner mon passeport à l'arrivée. C'est sûr?
offer | question | Une agence veut 2000 $ d'avance pour un emploi sur une ferme au Québec et dit que je paierai le reste avec mon salaire. C'est légal?
offer | plain | Une dame rencontrée en ligne dit qu'elle peut me trouver du mannequinat à Miami, elle paie tout, je dois juste lui faire confiance.
# --- info / salutations
- | short | bonjour
- | plain | Allô, c'est quoi ce numéro?
- | question | Quels sont mes droits comme travailleur agricole temporaire?
- | question | combien on gagne au minimum par heure au Québec?
- | plain | Merci pour votre aide hier.
- | question | Vous avez de l'information en créole?
- | question | Où apprendre l'anglais gratuitement à Ottawa?
- | plain | J'ai regardé un documentaire sur la traite et je veux faire du bénévolat. Comment aider?
- | question | Quelle est la différence entre le trafic de migrants et la traite? C'est pour mon devoir.
- | plain | Bonjour, je cherche des infos sur les banques alimentaires près de chez moi.
"""

RECORDS = parse(DATA, "fr", "fr-1")
