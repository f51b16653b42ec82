"""Haitian Creole, part 2: hard negatives and refer-only needs, with the indicator words in
harmless or refer-only situations. NOT reviewed by a native speaker."""

M = [
    # documents, no confiscation
    ("biwo a mande yon fotokopi kat idantite m pou anbochaj la, se kòrèk?", "slab", "question"),
    ("paspò m ekspire, ki kote m ka renouvle l nan Santo Domingo?", "", "question"),
    ("m bliye papye m lakay ansyen patwon m, li di m ka vin chèche yo lè m vle", "", "plain"),
    ("yo vòlè sak mwen ak paspò m ladan l, èske m bezwen fè yon rapò?", "", "question"),
    ("papye m yo avè m, gras a Dye. Se bòs la sèlman ki gen move jan", "slab", "plain"),
    ("konsila a kenbe paspò m pou yo mete viza a, konbyen tan sa pran?", "", "question", "hard negative: consulate procedure"),
    ("manman m kenbe batistè m paske m konn pèdi tout bagay, lè m mande l li ban mwen", "", "plain", "hard negative: relative keeps it, gives it back"),
    ("pèsonn pa pran dokiman m, se mwen ki pa konn kote m mete yo lol", "", "slang"),
    ("ajans lan fè kopi paspò m e yo remèt mwen orijinal la touswit", "", "plain"),
    ("kijan m ka fè yon CPF nan Brezil kòm ayisyen?", "", "question"),
    ("m pèdi resi refij mwen, kijan m fè yon lòt?", "", "question"),
    ("patwon an pa pran paspò pèsonn, chak moun gen pa l", "slab", "plain"),

    # debts, no bondage
    ("m fè yon prè nan bank e y ap retire l sou salè m, èske m ka anile l?", "", "question"),
    ("m dwe 2 mwa lwaye, mèt kay la bon moun, li ban m tan", "", "plain"),
    ("kouzen m te peye tikè m e m deja remèt li tout", "", "past"),
    ("konbyen tikè bis la koute soti Pòtoprens pou Santiago?", "", "question"),
    ("m dwe yon ti kòb nan sòl la, m ap peye l vandredi", "", "plain"),
    ("dèt kat kredi a ap monte chak mwa ak enterè, kisa m ka fè?", "", "question", "hard negative: bank debt that grows"),
    ("patwon an avanse m 5000 peso e nou dakò pou l retire 1000 chak mwa, sa ekri sou papye", "slab", "plain", "hard negative: small agreed advance"),

    # movement and conditions that are fine
    ("m rete nan travay la men m ale lakay sè m chak wikenn", "slab", "plain"),
    ("m travay 8 è e m gen konje samdi ak dimanch", "slab", "plain"),
    ("kan chantye a fèmen a 10 è men nou chak gen kle", "slab", "plain"),
    ("patwon m mennen m lopital lè m te malad e li ban m 3 jou repo", "slab", "plain"),
    ("nan fèm nan gen entènèt e nou pale ak fanmi nou chak jou", "slab", "plain"),
    ("m vle chanje travay paske salè a piti, èske m ka ale san avi?", "slab", "question"),
    ("pitit fi m ki gen 20 an ap travay nan yon makèt e li kontan", "slab", "third_party", "hard negative: adult, decent job"),
    ("bòs la rele fò men li pa janm touche m e li peye alè", "slab", "plain"),
    ("nan travay la yo pa vle nou sèvi ak telefòn pandan travay, se nan poz sèlman", "slab", "plain", "hard negative: ordinary workplace rule"),

    # sex work, own account, and homonyms
    ("m se travayèz sèks, m travay pou kont mwen, m vle konnen ki kote pou m fè tès VIH gratis", "ssex", "plain", "hard negative: adult, own account"),
    ("zanmi m gen 27 an e l fè travay sèks, se chwa l, li vle konn dwa l", "ssex", "third_party", "hard negative"),
    ("m danse nan yon klib, m gen kontra e pèsonn pa fòse m soti ak kliyan", "ssex", "plain", "hard negative"),
    ("fè biznis? non, m fè biznis vann rad nan mache a, m vle konnen kijan pou m jwenn yon ti prè", "", "plain", "hard negative: 'fè biznis' meaning trade"),
    ("kisa eksplwatasyon seksyèl vle di? m tande sa nan radyo", "", "question"),

    # smuggling only
    ("m travèse fwontyè a ak yon gid e kounye a m avèk fanmi m Santiago", "smug", "past"),
    ("m peye 200 dola bay yon pasè, li kite m nan estasyon bis la e se tout", "smug", "plain"),
    ("èske se krim si m te peye yon moun pou travèse fwontyè a? m deja fè l", "smug", "question"),
    ("kouzen m peye yon koyòt pou l rive Ozetazini, li rive byen e l ap travay", "smug slab", "third_party"),
    ("wout la te difisil men gid la kite nou lòt bò a e l ale", "smug", "story"),

    # labour disputes
    ("m travay nan yon magazen e bòs la pa ban m kontra, men li peye m alè", "disp slab", "plain"),
    ("yo mete m deyò pandan m ansent, èske yo ka fè sa?", "disp slab", "question"),
    ("konpayi netwayaj la dwe tout moun 2 mwa, nou vle fè grèv", "disp slab", "plain"),
    ("m kite travay la e li pa vle peye m vakans mwen", "disp slab", "plain"),
    ("chantye a fèmen e enjenyè a disparèt san l pa peye dènye kenzèn nan, chak moun lakay li", "disp slab", "plain"),

    # partner violence, not now
    ("mari m joure m e l kontwole tout kòb mwen, jodi a li vwayaje", "pv", "plain"),
    ("vwazin mwen pran kou nan men mari l chak semèn, kijan m ka ede l?", "pv", "third_party"),
    ("li te deja bat mwen plizyè fwa, kounye a m lakay manman m", "pv", "plain"),
    ("m vle yon lòd pwoteksyon kont ansyen mari m, kijan pou m fè?", "pv", "question"),

    # homelessness
    ("m ap dòmi nan machin nan ak mari m depi yon semèn", "home", "plain"),
    ("m soti nan abri a e m pa gen kote pou m ale", "home", "plain"),
    ("nou 5 ayisyen k ap dòmi sou twotwa a bò estasyon an", "home", "plain"),
    ("mèt kay la mete nou deyò jodi a, nou pa gen kote pou n rete", "home", "plain"),

    # suspicious offers and ordinary ones
    ("yon ajans mande m 1500 dola davans pou yon travay nan Brezil, èske se eskwokri?", "offer", "question"),
    ("yon moun m konnen di l ka jwenn mwen travay nan yon klib nan Panama ak kay ak manje, fòk m ale vit", "offer", "plain"),
    ("dam nan anons lan di m pa bezwen papye ni eksperyans e m ap fè 3000 dola pa mwa", "offer", "plain"),
    ("m resevwa yon òf travay nan Kanada ak pwogram ofisyèl gouvènman an, ak kontra, èske se serye?", "", "question", "hard negative: official programme"),
    ("m vle al travay Chili, ki papye m bezwen?", "", "question"),

    # danger words, past or fiction
    ("sa gen 3 an m te sove kite yon kay kote yo te fèmen m. Jodi a m an sekirite e m travay nan yon makèt", "restr slab", "past", "past confinement, safe now"),
    ("nan fim nan nèg la fèmen nan yon kav e lapolis vin delivre l", "", "plain", "hard negative: film"),
    ("m te pè yon nèg nan lari a yè men m rive lakay byen", "", "plain"),
    ("m gade yon dokimantè sou esklavaj nan plantasyon kann, sa te fè m mal", "", "plain"),
    ("pitit gason m nan 7yèm ane gen pou l fè yon afich sou travay timoun, èske nou gen materyèl?", "minor", "question", "hard negative: homework"),
    ("m gen 16 an e m vle konnen si m ka fè yon estaj ak kontra", "minor", "question", "hard negative: minor asking about legal work"),
    ("pitit fi m ki gen 12 an byen, m jis vle konnen sou vaksen", "minor", "plain"),
    ("yo te kidnape tonton m an 2021, fanmi an te peye e li tounen, kounye a tout bagay anfòm", "", "past", "hard negative: past ransom resolved"),
    ("m pa panse touye tèt mwen, m jis fatige anpil e m tris", "", "plain", "hard negative: explicit denial"),

    # greetings and service questions
    ("alo", "", "short"),
    ("bonjou, gen moun la?", "", "question"),
    ("nou travay lannwit?", "", "question"),
    ("èske sa gratis?", "", "question"),
    ("done m yo ap rete kote nou?", "", "question"),
    ("mèsi, orevwa", "", "short"),
    ("ok m konprann", "", "short"),
    ("wi", "", "short"),
    ("non", "", "short"),
    ("ou ka repete?", "", "question"),
    ("m byen, m jis vle enfòmasyon", "", "plain"),
    ("ki papye m bezwen pou m mande rezidans nan Brezil?", "", "question"),
    ("kijan pou m voye lajan Ayiti pi bon mache?", "", "question"),
    ("pitit mwen bezwen yon plas lekòl, m se ayisyen nan Santiago", "", "plain"),
    ("ki kote m ka jwenn swen sante si m pa gen asirans?", "", "question"),
    ("kisa trafik moun ye egzakteman?", "", "question"),
    ("ki diferans ant trafik moun ak pasaj klandesten?", "", "question"),
    ("èske m ka denonse san m pa bay non m?", "", "question"),
    ("èske nou bay lapolis sa m di nou?", "", "question"),
    ("m vle efase done m yo", "", "plain"),
    ("nou se lapolis?", "", "question"),
    ("m bezwen pale ak yon moun, se pa ijan", "", "hesitant"),
    ("eskize m, m voye l mal", "", "plain"),
    ("nou pale panyòl tou?", "", "question"),
    ("ki kote m ka aprann panyòl gratis nan Santo Domingo?", "", "question"),
    ("kijan m ka jwenn randevou nan migrasyon Tapachula?", "", "question"),
    ("bondye beni nou pou travay n ap fè a 🙏", "", "emoji"),
]
