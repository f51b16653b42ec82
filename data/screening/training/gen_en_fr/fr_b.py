"""Messages en français, lot B : Québec (TET, serres, abattoirs, aides familiales),
Guyane (orpaillage), migrants africains en transit (Tapachula, Darién, chemin Roxham),
salons d'ongles et de massage, restos, chantiers, filles au pair, mineurs."""
from common import parse

DATA = r"""
# --- Québec TET / serres / fermes
doc,s_lab | plain | Je suis arrivé avec un permis fermé pour une ferme en Montérégie. Le patron garde mon passeport et mon permis dans son pick-up.
debt,tdebt,s_lab | plain | Le consultant m'a chargé 12 000 $ pour l'EIMT et maintenant mon employeur prend 500 $ sur chaque paie « pour le consultant ».
move,dom | plain | Je garde les enfants et je fais le ménage chez mes employeurs, je loge chez eux. Mon employeur ne me permet pas de sortir sauf pour amener les enfants à l'école.
wages,s_lab | typo | mon employeur en beauce me paye pas depuis 2 mois, il dit que l EIMT lui a couté trop cher donc je travail gratuit
hours,dom | plain | La famille à Laval m'a de garde 24 heures sur 24, je dors dans la chambre du bébé et je me lève chaque fois qu'il pleure.
police,s_lab | plain | Le propriétaire de la serre dit que si on se plaint au consulat, il nous renvoie et on ne sera plus jamais engagés.
decep,s_lab | plain | L'offre disait superviseur de serre. Je cueille des tomates et je vis avec 14 gars dans une roulotte.
iso,s_lab | hesitant | on est sur une ferme quelque part proche de Saint-Hyacinthe je pense? ils nous laissent pas utiliser le wifi pis les cells sont barrés dans le bureau
dispute,s_lab | plain | Je suis TET dans un fast-food en Alberta. Ils ne m'ont pas payé le jour férié. Je vais où je veux, je veux juste mon argent.
s_lab | question | Je travaille dans une serre avec un permis fermé. Je peux changer d'employeur si je trouve mieux?
- | question | C'est quoi la différence entre un permis ouvert et un permis lié à un employeur?
offer | plain | Un gars sur WhatsApp dit qu'il peut m'avoir une job avec EIMT au Canada pour 15 000 $, la moitié maintenant et la moitié à l'arrivée. Ça sent pas bon?
hours,s_lab | regional | on fait des journées de 15 heures dans les fraises, pas de congé, même le dimanche, pis le boss crie si on s'assoit
move,s_lab,police | typo | si on marche au village le boss appelle la SQ et dit qu on est en situation illegale, alors personne sort
wages,s_lab | plain | Le contrat du PTET dit 16,10 $ de l'heure. Ils paient à la caisse et ça donne 8 $.
dispute,s_lab | plain | Le producteur n'a pas remboursé le billet d'avion comme le contrat dit. Sinon ça va, je vais au village quand je veux.
# --- abattoirs / usines
hours,s_lab | plain | À l'abattoir de volailles ils nous font rester après le quart pour nettoyer, sans paie, tous les jours. Des fois 15 heures.
wages,debt,s_lab | run_on | à l'usine de viande l'agence prend nos chèques et nous donne du cash moins le loyer moins le transport moins les frais de placement et certaines semaines j'ai rien
iso,s_lab | plain | Le recruteur nous a dit de parler à personne à l'usine, ni à l'infirmière, ni au syndicat, sinon on serait renvoyés.
vuln,s_lab | plain | Ils engagent exprès des gens qui ne parlent ni français ni anglais pour que personne ne comprenne les règles ni les talons de paie.
dispute,s_lab | plain | L'usine m'a coupé de l'argent pour deux retards, je pense que c'est plus que permis. Je travaille encore là.
# --- chantiers / ménage
wages,s_lab | plain | Je suis dans une équipe de ménage de bureaux la nuit. Le sous-traitant ne nous a pas payés depuis trois semaines.
move,s_lab | run_on | le boss du ménage nous ramasse à 6 h et nous ramène à minuit dans le van et on dort chez lui et on peut pas sortir parce qu'il dit que l'immigration surveille la rue
debt,s_lab | plain | L'entrepreneur dit que je lui dois les outils, les bottes et la chambre. Il retient tout sur ma paie et je ne vois jamais d'argent.
viol,s_lab | typo | le contremaitre du chantier ma donné des coups de pied quand je suis tombé de l échelle
medical,s_lab | plain | Un gars de l'équipe est tombé de l'échafaudage, il saigne de la tête et il ne parle plus.
s_lab | plain | Je travaille sur les chantiers à Gatineau, c'est quoi les règles pour les pauses quand il fait très chaud?
s_lab | plain | Je fais le ménage chez trois familles, elles me paient bien. Je dois déclarer l'argent comptant?
# --- salons d'ongles
wages,s_lab | plain | Au salon la patronne garde nos pourboires et nous paie 40 $ par jour pour 11 heures.
doc,s_lab | typo | la patronne du salon d ongles garde mon passeport, elle dit c est pour l assurance mais je pense c est pour que je parte pas
debt,tdebt,s_lab | plain | J'ai payé 3000 $ à la patronne du salon pour la « formation » et le voyage, maintenant elle dit que je dois 8000 et elle le prend sur ma paie.
move,s_lab | plain | Les filles du salon dorment en haut et le mari de la patronne nous conduit au travail et nous ramène, on n'est jamais seules dehors.
# --- salons de massage
sex,move | plain | Au spa on doit faire des extras aux hommes, on vit dans le fond et la porte est fermée de l'extérieur la nuit.
sex,debt | euphemism | La mama-san dit que je dois faire des extras tant que ma dette n'est pas payée. Ça fait un an et elle grossit toujours.
sex,decep,tdebt | plain | Ils m'ont engagée comme massothérapeute, ont payé mon vol, et en arrivant au salon j'ai compris le vrai travail.
sex,doc | typo | la gérante du salon de massage a mon passeport, elle dit que je pars quand j aurai fait assez de clients
s_sex | question | C'est vrai que les salons de massage dans mon coin se font souvent fouiller? J'écris un article pour le journal de l'école.
# --- restos
wages,s_lab | plain | Je travaille dans la cuisine d'un resto. Le patron dit qu'il garde ma paie dans son compte pour que je ne la dépense pas.
hours,s_lab | typo | resto 7 jour sur 7, 13 heure, le patron dit si je prend un jour je perd la job et la chambre
move,s_lab | plain | On dort dans le sous-sol du restaurant et le patron barre la porte d'en arrière la nuit.
threat,s_lab | plain | Le patron du restaurant m'a dit que ses amis au pays connaissent l'adresse de mes parents, alors je ferais mieux de ne pas partir.
dispute,s_lab | regional | le gérant du casse-croûte m'a encore volé mes tips, j'ai lâché la job, comment j'ai ma dernière paye
decep,s_lab | plain | L'annonce disait cuisinier, 20 $ de l'heure, chambre incluse. C'est la plonge, 9 $ de l'heure, et la « chambre » c'est un matelas dans la réserve.
# --- filles au pair
dom,doc | plain | Je suis fille au pair. La famille a pris mon passeport « pour le garder », je travaille 70 heures par semaine et ils disent que l'agence va me punir si je me plains.
hours,dom | plain | Mon contrat au pair dit 45 heures max, j'en fais presque 70 et pas de congé depuis six semaines.
iso,dom | typo | la mere d accueil a pris mon telephone parce que je l utilise trop avec les enfants, je peux plus appeler mes parents
decep,dom | plain | Je suis venue comme fille au pair pour étudier l'anglais, mais ils ne me laissent pas aller aux cours et je nettoie aussi leurs appartements à louer.
- | question | Combien d'heures une fille au pair peut travailler par semaine au Canada?
- | plain | Ma famille d'accueil est super, je veux juste savoir si je peux prolonger mon séjour au pair.
# --- Guyane / orpaillage
sex,s_sex | regional | Sur le site d'orpaillage, le patron oblige les filles à aller avec les garimpeiros pour payer la nourriture.
debt,s_lab | plain | Je travaille sur un site d'orpaillage illégal en Guyane. Ils disent que je dois le transport en pirogue et la nourriture, et la dette augmente chaque mois.
move,s_lab | plain | On est en forêt, à trois jours de pirogue de Saint-Laurent-du-Maroni, et le chef dit que personne ne repart avant la fin de la saison.
viol,s_lab | typo | le chef du chantier d or frappe ceux qui veulent partir, il a une arme
wages,s_lab | plain | On creuse toute la journée sur le placer et le patron dit qu'il nous paiera en or à la fin, mais personne n'a jamais rien vu.
# --- migrants africains en transit
ransom | regional | Mon petit frère est bloqué à Tapachula, des hommes l'ont pris et demandent 3000 dollars à la famille pour le relâcher.
smug | regional | On a traversé le Darién avec un guide, on a payé avant, puis le Mexique en bus. On est à Tijuana maintenant, libres.
debt,tdebt | regional | Le passeur dit qu'on lui doit encore 4000 dollars pour le voyage depuis le Brésil et qu'on va travailler pour lui à Monterrey jusqu'à ce que ce soit payé.
move,tdebt | plain | Après avoir traversé, ils nous ont gardés dans une maison et ont dit qu'on ne sortirait pas tant que quelqu'un ne paie pas le reste.
smug | plain | J'ai passé le chemin Roxham il y a deux ans avec l'aide d'un chauffeur payé d'avance. Je veux savoir où en est ma demande d'asile.
smug | typo | on est venu du cameroun par l equateur puis a pied, on a payer les guides, on est a new york chez un frere
homeless,smug | regional | On est arrivés à Montréal depuis la frontière hier soir, le passeur est parti, on n'a nulle part où dormir avec les enfants.
offer | regional | Un grand frère du quartier à Abidjan dit qu'il peut m'envoyer au Canada pour travailler dans une usine, je paie quand je suis là-bas et il garde mon passeport. Je n'ai pas encore dit oui.
# --- mineurs (niveaux scolaires)
minor,sex | regional | mon amie a 16 ans pis un gars plus vieux lui achète des affaires, là il veut qu'elle « voie » ses chums pour de l'argent
minor,sex | plain | Il y a une fille de 15 ans à mon école dont le « gérant » lui trouve des hommes sur un site.
minor,s_lab,wages | plain | J'ai 15 ans et je travaille au dépanneur de mon oncle après l'école, il ne me paie jamais et dit que c'est pour la dette de la famille.
minor,beg,s_crime | typo | j ai 14 ans et des gars m oblige a garder des affaires pour eux et surveiller la police, si je dis non ils me frappe
minor,s_lab | third_party | Comme infirmière scolaire, j'ai vu un élève de sec 1 avec des coupures aux mains, il dit qu'il travaille dans un entrepôt de légumes chaque fin de semaine.
minor,dom | plain | Ma cousine a 12 ans et vit chez une famille à Brooklyn qui l'a amenée d'Haïti. Elle fait le ménage toute la journée et n'est pas inscrite à l'école.
minor,s_sex | question | j'ai 17 ans et je fais des trucs sur webcam pour de l'argent, c'est illégal? personne ne m'oblige
minor,danger | plain | Ma fille a 14 ans, elle ne répond pas et sa localisation montre un motel avec des hommes qu'elle a rencontrés en ligne.
minor | plain | Je suis en secondaire 4 et mes parents m'ont mis dehors hier soir.
minor,homeless | hesitant | j'ai 16 ans et j'ai nulle part où dormir ce soir, je suis partie de chez moi
minor | question | Ma fille en 3e doit faire un exposé sur le travail des enfants, vous avez des rapports à conseiller?
minor,sex | third_party | Une fille de ma classe de seconde dit que le chum de sa cousine l'amène à des partys où elle doit être avec des hommes et il garde l'argent.
minor,beg,s_beg | plain | Il y a un garçon d'environ 10 ans qui vend des bonbons dans le métro tous les soirs jusqu'à 1 h et un homme prend son argent.
minor,s_lab,hours | regional | j'ai 16 ans pis je travaille à ferme avec mon père, on fait des 12 heures au soleil, y s'en fichent qu'on soit des jeunes
minor,dom | regional | La petite de la voisine, elle doit être en CM2, elle ne va pas à l'école, elle fait la vaisselle et porte le bébé toute la journée pour la patronne.
minor,sex | regional | Le gars dit à ma petite sœur qui est en sec 3 qu'elle peut faire de l'argent facile avec ses amis à lui le soir.
# --- délits / mendicité adultes
beg,s_crime | plain | Les gens qui m'ont fait passer disent que je dois conduire des voitures avec des trucs cachés dedans jusqu'à ce que je rembourse.
beg,s_crime,debt | typo | je leur doit pour le passage donc ils me font vendre dans la rue, du pot et des pilules, je veux arrêter
beg,s_beg | plain | Ils amènent un groupe de nous dans les stationnements pour demander de l'argent en disant qu'on collecte pour une église, et le chef prend tout.
beg,s_crime | plain | Mon employeur m'oblige à ouvrir des comptes bancaires et des lignes de téléphone à mon nom pour lui.
beg,s_crime | third_party | Ma collègue dit que l'homme chez qui elle vit l'oblige à voler dans les magasins et à revendre les trucs.
- | question | Mon neveu a été arrêté pour vol à l'étalage, c'est quoi ses droits?
- | plain | Je vends des pâtés dans la rue à mon compte, c'est mon commerce. J'ai besoin d'un permis?
# --- enlèvement / vente
sale | typo | ils ont pris ma sœur dans la rue et l ont mise dans un van, on sait pas où elle est
sale | plain | Mon père m'a donnée à son ami pour rembourser ce qu'il devait. J'avais 17 ans, j'en ai 20 maintenant.
sale | plain | L'homme qui m'a « achetée » au recruteur dit que je lui appartiens jusqu'à ce qu'il décide.
sale,sex | plain | J'ai été vendue d'un proxénète à un autre et déplacée dans une autre ville.
sale,minor | third_party | Une élève m'a dit que son beau-père l'a donnée à un homme plus âgé contre de l'argent.
# --- vulnérabilité
vuln,s_lab | plain | Le patron dit que comme je suis illégal je ne peux pas aller à l'hôpital ni à la banque, alors il garde mon argent.
vuln | plain | Ils m'ont choisie parce que je suis seule ici, sans famille, sans langue, et ils le savent.
vuln,debt | plain | Il sait que ma famille a besoin de l'argent que j'envoie, alors il menace de ne plus payer et je continue les heures en plus.
vuln,s_lab | hesitant | je pense qu'ils profitent parce que j'ai pas de papiers, ils me paient moins que tout le monde
# --- isolement
iso | plain | Je ne connais même pas l'adresse de la maison où je travaille. On m'a amenée de nuit.
iso | typo | il nous laisse parler a personne, ni les voisins, ni le livreur
iso,dom | plain | Ma patronne lit tous mes messages et dit que je peux appeler au pays une fois par mois devant elle.
iso | third_party | Mon frère est parti travailler en Ontario et maintenant ils ne le laissent pas appeler. C'est son patron qui répond à son téléphone.
# --- menaces
threat | plain | Il m'a montré des photos de l'école de mes enfants au pays pour me rappeler ce qui pourrait arriver.
threat,s_lab | typo | le patron dit qu il va me faire du mal si je dis la verite aux inspecteurs
threat | plain | Ils ont dit que si je vais voir quelqu'un, ils me retrouveront où que j'aille.
threat | indirect | il répète que les accidents arrivent aux gens qui parlent trop
# --- police
police | plain | Elle dit que la police ici va m'arrêter moi, pas elle, parce que c'est moi qui n'ai pas de papiers.
police,dom | plain | Mon employeuse me dit que si je demande mon salaire, elle appelle l'immigration et dit que je l'ai volée.
police | typo | le boss dit il a un ami a l immigration, un appel et je suis parti
# --- tromperie
decep | plain | On m'a promis un travail dans un hôtel à Cancún, mais ils m'ont amené sur une ferme en Ontario à la place.
decep | plain | Le recruteur disait que le logement était gratuit. Maintenant ils prennent 120 $ par semaine pour un lit dans une chambre de huit.
decep,s_lab | run_on | ils ont dit qu'on travaillerait dans une usine de meubles mais en arrivant c'était découper de la viande et la paie était bien moins et on avait déjà signé
decep | hesitant | je pense qu'ils m'ont menti sur le travail? ils disaient préposée pour une vieille dame, maintenant c'est trois maisons
# --- heures
hours,s_lab | plain | Je travaille dans une buanderie 6 jours sur 7 à 14 heures, et le septième jour ils me font nettoyer la maison du patron.
hours | typo | je travail meme malade, le patron dit pas de travail pas de manger
# --- salaires
wages | plain | Mon employeur dit qu'il envoie mon salaire directement à ma famille mais eux disent qu'ils n'ont jamais rien reçu.
wages | plain | Ils nous paient seulement à la fin de la saison, en attendant on a 50 $ par semaine pour manger.
wages,s_lab | abbrev | 4 mois sans $$, boss dit sem proch
# --- violence
viol | plain | Le fils du patron m'a giflée et m'a tiré les cheveux parce que le plancher n'était pas propre.
viol,sex | plain | Les hommes qui tiennent la maison nous frappent si on ne fait pas assez d'argent avec les clients.
viol | typo | il m a brulé le bras avec la cigarette quand j ai dit je veux rentrer
viol,s_lab | third_party | À la soupe populaire un homme m'a dit que le chef d'équipe lui a cassé un doigt « pour lui apprendre ».
# --- dette
debt | plain | Ma dette a commencé à 2000 et maintenant ils disent 9000 à cause des « intérêts » et des « pénalités ».
debt | short | je leur dois encore 10 000. peux pas partir avant
debt,s_lab | typo | je peux pas quitter la ferme, le boss dit je dois pour le visa et le vol et la nourriture, et ça monte chaque mois
debt | third_party | Une dame de l'église dit que sa fille travaille dans un bar pour payer une dette aux gens qui l'ont fait venir, et la dette ne diminue jamais.
# --- restriction
move | plain | On peut sortir seulement le dimanche, avec le patron, une heure pour faire l'épicerie.
move | typo | les fenêtre ont des barreaux et ils ferment la porte de dehors
move,s_lab | plain | La compagnie a un gardien à l'entrée du logement et il faut un laissez-passer pour sortir, qu'ils ne donnent jamais.
move | regional | j'te jure j'peux pas partir, y ont barré mes souliers pour que je me sauve pas
# --- danger maintenant
danger | plain | Je suis dans la salle de bain, il est saoul, il a un couteau et il menace de me tuer.
danger | typo | svp aidez moi ils ont cassé la porte ils sont dedans
danger | plain | Le patron vient d'apprendre que je vous ai appelés et il s'en vient ici en ce moment.
danger | hesitant | je pense que quelqu'un me suit depuis que je suis sortie... c'est la même voiture depuis 20 minutes
danger,minor | third_party | Je suis enseignante, une de mes élèves de 6e vient de m'écrire qu'un homme essaie d'entrer chez elle et sa mère n'est pas là.
danger | short | il est là. aide
danger | caps | ENVOYEZ QUELQU'UN ILS LA FRAPPENT EN CE MOMENT
# --- rançon
ransom | plain | Ils ont appelé ma mère pour dire que mon frère est avec eux et que si on n'envoie pas 4000 par Western Union, il ne s'en sortira pas.
ransom | typo | les hommes ont mon mari dans une maison près de la frontière, ils veulent 8000 pour le lâcher
ransom | plain | Ils retiennent mon cousin jusqu'à ce que sa famille paie la partie « extra » du voyage.
ransom | third_party | Une femme à la clinique dit que son fils est retenu en Arizona et que les gens veulent de l'argent sinon ils lui font du mal.
# --- suicide
selfharm | plain | Je me suis encore coupée ce soir, je ne vois plus l'intérêt de rien.
selfharm | typo | je pense a sauter du pont, personne va me manquer
selfharm | plain | Ma coloc dit qu'elle va se tuer et elle refuse d'ouvrir la porte.
selfharm | no_accents | je veux plus vivre, ce travail cette dette, je prefere etre mort
# --- urgence médicale
medical | plain | Mon ami fait une crise d'épilepsie par terre et personne ici n'a de voiture.
medical | typo | il a bu le produit chimique de la ferme par accident et il vomit du sang
medical | plain | Une fille ici saigne beaucoup après un avortement qu'ils ont fait à la maison.
medical | short | homme inconscient dans le champ coup de chaleur
"""

RECORDS = parse(DATA, "fr", "fr-1")
