"""Haitian Creole messages, part 1: the core indicators, written one by one.

Haitians in Haiti, the Dominican Republic (bateyes, construction), Chile, Brazil, Mexico
(Tapachula) and the US; informal spelling (m/mwen, w/ou, l/li, y ap, pa/p), code-switching
with Spanish, French and Portuguese. NOT reviewed by a native speaker (see README)."""

M = [
    # --- document_confiscation -----------------------------------------------------------
    ("patwon an pran paspò m depi premye jou a e li pa vle remèt li", "doc slab", "plain"),
    ("yo kenbe papye tout moun k ap travay nan batey la", "doc slab", "third_party"),
    ("bos la di paspo m ap rete nan men l jiskaske kontra a fini", "doc slab", "no_accents"),
    ("madanm kote m travay la sere kat idantite m nan yon tiwa ki fèmen ak kle", "doc slab", "plain"),
    ("m pa gen papye m ankò, se mèt chantye a ki genyen yo", "doc slab", "plain"),
    ("el jefe tiene mi pasaporte, li di se pou m pa kouri", "doc slab restr", "code_switch"),
    ("lè nou rive Santiago moun ajans lan pran paspò tout moun", "doc", "story"),
    ("kouzin mwen ap travay nan yon kay nan Santo Domingo e madanm nan konfiske paspò l", "doc slab", "third_party"),
    ("m mande papye m plizyè fwa, li toujou di 'pita, pita'", "doc slab", "plain"),
    ("yo pran tout dokiman nou nan fwontyè a epi yo pa janm remèt yo", "doc", "plain"),
    ("patrão a pran passaporte m, m pa ka chanje travay", "doc slab", "code_switch"),
    ("mwen pa ka ale lopital paske m pa gen kat idantite m, bòs la kenbe l", "doc slab", "plain"),
    ("li di m si m vle paspo m fok m peye l 500 dola", "doc bond", "no_accents"),
    ("Madam nan kache batistè pitit mwen ak paspò m", "doc", "plain"),
    ("tout papye m nan men moun ki te mennen m vini an", "doc", "plain"),
    ("nan konstriksyon an, ingeniero a kenbe pasaport tout ayisyen yo", "doc slab", "code_switch"),
    ("le patron a pris mon passeport, m pa konn ki sa pou m fè", "doc slab", "code_switch"),
    ("PASPO M NAN MEN L E LI PA VLE BAN MWEN L", "doc", "caps"),
    ("sè m di m dam kote l ap travay la nan Miami kenbe paspò l 'pou l pa pèdi l'", "doc slab", "third_party"),
    ("yo te pran papye m lè m te rive e jodi a m toujou pa genyen yo", "doc", "past"),

    # --- debt_bondage / travel_debt -----------------------------------------------------
    ("m dwe moun ki te fè m travèse a 3000 dola e chak mwa dèt la ap monte", "bond tdebt smug", "plain"),
    ("yo di m pa ka ale jiskaske m fin peye tout sa m dwe yo", "bond restr", "plain"),
    ("bòs la retire manje, kabann ak dlo sou kòb mwen, an fen mwa m dwe plis", "bond slab", "plain"),
    ("m ap travay pou peye vwayaj la depi 8 mwa e li di m poko fini", "bond tdebt slab", "plain"),
    ("dèt la pa janm fini, chak fwa li ajoute yon lòt bagay", "bond", "plain"),
    ("nan batey la yo vann nou manje a kredi e pèsonn pa janm ka fin peye", "bond slab", "third_party"),
    ("m dwe l tikè avyon an ak lojman an, li di m ap travay pou li jiskaske m fin peye", "bond tdebt slab", "plain"),
    ("frè m ap travay nan yon fazenda nan Brezil pou l peye moun ki te pote l la, dèt la ogmante chak semèn", "bond tdebt slab", "third_party"),
    ("madanm nan di m dwe l 2000 dola paske l te peye paspò m ak tikè m", "tdebt", "plain"),
    ("m prete lajan nan men tonton m pou m vwayaje, m ap remèt li tanzantan", "tdebt", "plain", "travel debt to a relative, no control"),
    ("m dwe ajans lan kòb rekritman an, yo di y ap retire l sou salè m", "tdebt slab", "plain"),
    ("m peye mwatye vwayaj la avan m pati, m dwe lòt mwatye a bay pasè a", "tdebt smug", "plain"),
    ("chak penalite li envante ale nan dèt mwen", "bond", "plain"),
    ("li di m se pou m travay gratis jiskaske vwayaj la fin peye", "bond tdebt wage", "plain"),
    ("nou dwe kòb transpò a, manje a ak kay la, e nou pa janm wè salè nou", "bond wage", "plain"),

    # --- restriction_of_movement ------------------------------------------------------------
    ("yo fèmen pòt la ak kle chak swa e se bòs la sèl ki gen kle a", "restr slab", "plain"),
    ("nou pa gen dwa soti nan chantye a menm dimanch", "restr slab", "plain"),
    ("m pa ka soti pou kont mwen, toujou gen yon moun avè m", "restr", "plain"),
    ("gen yon nèg k ap veye nou tout lajounen", "restr", "plain"),
    ("madanm nan pa kite m soti nan kay la sof pou m mennen timoun yo lekòl", "restr dom slab", "plain"),
    ("yo pa kite pèsonn kite batey la san pèmisyon kapatas la", "restr slab", "third_party"),
    ("kay la gen griy toupatou e pòtay la toujou fèmen", "restr", "indirect"),
    ("si yon moun eseye ale yo al chèche l ak moto", "restr slab", "plain"),
    ("nou dòmi nan depo a e yo mete kadna sou pòt la", "restr slab", "plain"),
    ("m pa janm soti depi m rive la a, 4 mwa", "restr", "plain"),
    ("yo mennen m travay e yo vin chèche m, m pa janm poukont mwen", "restr", "plain"),
    ("vwazin mwen di fi ki nan kay bò kote a yo pa janm soti", "restr", "third_party"),

    # --- isolation ---------------------------------------------------------------------
    ("yo pran telefòn mwen depi m rive", "iso", "plain"),
    ("m pa ka pale ak fanmi m, yo pa ban m telefòn", "iso", "plain"),
    ("m pa menm konnen nan ki vil mwen ye", "iso", "plain"),
    ("madanm nan entèdi m pale ak lòt ayisyen nan katye a", "iso slab", "plain"),
    ("manman m Ayiti pa konn kote m ye", "iso", "plain"),
    ("yo li tout mesaj mwen e yo efase WhatsApp mwen", "iso", "plain"),
    ("m ap ekri nan telefòn yon kliyan, pa reponn twò vit", "iso", "hesitant"),
    ("sa fè 5 mwa m pa tande vwa pitit mwen", "iso", "plain"),
    ("nou nan yon plantasyon byen lwen, pa gen siyal, pa gen moun", "iso slab", "plain"),
    ("sè m nan Chili pa reponn ankò depi 3 mwa, dènye fwa l te di m yo pran telefòn li", "iso", "third_party"),

    # --- physical_sexual_violence ----------------------------------------------------------
    ("bòs la bat mwen lè m fè yon erè", "viol slab", "plain"),
    ("kapatas la frape yon ayisyen devan tout moun paske l mande kòb li", "viol slab", "third_party"),
    ("mèt kay la antre nan chanm mwen lannwit e m pa ka anpeche l", "viol dom slab", "indirect"),
    ("li fòse m kouche avè l, li di se pati nan travay la", "viol", "plain"),
    ("yo bat moun ki eseye sove", "viol restr", "plain"),
    ("m gen mak sou tout do m, se patwon an", "viol slab", "plain"),
    ("moun ki te pote m lan vyole m nan wout la", "viol", "past"),
    ("gad yo bat fi yo lè yo pa obeyi", "viol", "third_party"),

    # --- threats_person_family -------------------------------------------------------------
    ("li di m li konn kote manman m rete Okap e l ap voye moun", "thr", "plain"),
    ("si m pale yo di y ap touye fanmi m Ayiti", "thr", "plain"),
    ("yo menase m, yo di si m kouri y ap jwenn mwen", "thr", "plain"),
    ("li gen foto m e li di l ap voye yo bay fanmi m si m kanpe", "thr", "plain"),
    ("kapatas la di moun ki pale ap disparèt nan kann lan", "thr slab", "plain"),
    ("yo di kouzen m si l denonse, pitit li yo ki Ayiti ap peye", "thr", "third_party"),
    ("li montre m yon zam premye jou a e li di m sonje l si m panse ale", "thr restr", "story"),

    # --- threat_police_deportation --------------------------------------------------------
    ("si m plenyen bòs la di l ap rele migrasyon pou yo depòte m", "dep slab", "plain"),
    ("li di si m kite travay la l ap denonse m bay la migración", "dep", "code_switch"),
    ("madanm nan di m san papye e si m soti lapolis ap arete m", "dep vuln restr", "plain"),
    ("chak fwa yon moun mande kòb li, patwon an menase rele polis", "dep wage slab", "plain"),
    ("yo di nou si inspektè vin, se nou ki pral nan prizon, pa yo", "dep slab", "plain"),
    ("li di l ap fè yo anile refij mwen si m pale", "dep vuln", "plain"),

    # --- withheld_wages ---------------------------------------------------------------
    ("sa fè 3 mwa yo pa peye m, li di l ap kenbe kòb la pou mwen", "wage", "plain"),
    ("patwon an di l ap peye nou tout nan fen zafra a", "wage slab", "plain"),
    ("yo te pwomèt 15 mil peso pa mwa, y ap ban m 4 mil", "wage decep slab", "plain"),
    ("li kenbe salè m 'pou m pa gaspiye l'", "wage", "indirect"),
    ("m ap travay nan chantye a depi janvye e m poko touche yon goud", "wage slab", "plain"),
    ("salè nou ale nan kont bòs la e li ban nou sa l vle", "wage slab", "plain"),
    ("manman m ap travay kay moun nan Pòtoprens e yo pa janm peye l, se manje sèlman", "wage dom slab", "third_party"),

    # --- excessive_hours ---------------------------------------------------------------
    ("m travay depi 5 è di maten rive minwi chak jou, san repo", "hours slab", "plain"),
    ("pa gen dimanch, pa gen jou konje, menm lè m malad m oblije travay", "hours slab", "plain"),
    ("nou koupe kann 14 è chak jou anba solèy la", "hours slab", "plain"),
    ("depi m rive m pa janm gen yon jou repo, 7 mwa", "hours slab", "plain"),
    ("m travay ak lafyèv paske l di moun ki pa travay pa manje", "hours slab", "plain"),

    # --- deception_job --------------------------------------------------------------------
    ("yo te di m se travay nan yon restoran, lè m rive se nan yon fèm", "decep slab", "plain"),
    ("yo te pwomèt mwen kontra ak bon salè, isit la pa gen anyen ladan l", "decep slab", "plain"),
    ("anons lan te di resepsyonis otèl, men se te yon ba", "decep ssex", "plain"),
    ("m te vini pou m gade timoun, kounye a m fè tout travay kay la", "decep dom slab", "plain"),
    ("anyen sa yo te di m pa t vre, ni kote a, ni salè a, ni travay la", "decep", "plain"),

    # --- forced_commercial_sex ---------------------------------------------------------
    ("yo fòse m fè biznis ak gason chak swa e yo pran tout kòb la", "fsex ssex wage", "euphemism"),
    ("madanm nan di m fòk m okipe kliyan yo jiskaske m fin peye chanm nan", "fsex ssex bond", "plain"),
    ("m te vin pou m sèvi nan ba a men mèt ba a di sèvez yo dwe soti ak kliyan tou", "fsex ssex decep", "plain"),
    ("fi ki nan ba a oblije kouche ak kliyan sinon yo bat yo", "fsex ssex viol", "third_party"),
    ("mennaj li vann li bay chofè kamyon yo", "fsex ssex", "third_party", "a partner who pimps: forced commercial sex"),
    ("m oblije 'fè konpayi' mesye yo nan ba a epi monte avè yo", "fsex ssex", "euphemism"),
    ("yon dam te ofri m travay modèl nan Santo Domingo, se te pou m fè pwostitisyon nan yon kay", "fsex ssex decep", "plain"),
    ("yo mete foto m sou entènèt e yo fè randevou san yo pa mande m", "fsex ssex", "plain"),
    ("zanmi m nan Tapachula di m yo fòse l ale ak gason pou l peye kay la", "fsex ssex bond", "third_party"),
    ("li di m fòk m 'janti' ak zanmi l yo ki peye byen", "fsex ssex", "euphemism"),

    # --- forced_begging_crime ------------------------------------------------------------
    ("yo fè nou mande lajan nan lari e aswè yo pran tout", "fbeg sbeg", "plain"),
    ("nèg la fòse m pote dwòg soti yon katye al nan yon lòt", "fbeg scrime", "plain"),
    ("si m pa vann tout bonbon yo lè m tounen yo bat mwen", "fbeg sbeg viol", "plain"),
    ("gang lan fòse ti gason yo fè siveyans pou yo", "fbeg scrime", "third_party"),
    ("yo di m si m pa vòlè telefòn jodi a m pa ka tounen lakay", "fbeg scrime thr", "plain"),

    # --- domestic_servitude ---------------------------------------------------------------
    ("m rete lakay madanm nan, m travay chak jou, m pa janm gen konje ni salè", "dom wage hours slab", "plain"),
    ("m se restavèk depi m te piti, kounye a m gen 22 an e m toujou nan menm kay la san kòb", "dom wage slab", "plain"),
    ("m dòmi atè nan kizin nan e yo fèmen pòt la lannwit", "dom restr slab", "plain"),
    ("madanm nan pa kite m ale legliz menm, li di bòn pa gen konje", "dom restr slab", "plain"),
    ("m travay lakay yon fanmi depi 10 an, yo di m se fanmi e yo pa peye m", "dom wage slab", "plain"),

    # --- abduction_or_sale -----------------------------------------------------------------
    ("matant mwen te vann mwen bay yon madanm pou lajan", "sale", "plain"),
    ("yo achte l nan men yon lòt kay pou 500 dola", "sale", "third_party"),
    ("yo pran m pa fòs nan fwontyè a e yo mete m nan yon machin", "sale", "plain"),
    ("mèt la di l achte m, kidonk m se pou li", "sale", "plain"),
    ("yo te ban m bay yon fanmi nan Pòtoprens lè m te timoun", "sale dom slab", "past", "an adult telling of childhood: no minor label"),

    # --- vulnerability_exploited ------------------------------------------------------------
    ("li peye m mwatye paske l konnen m pa gen papye", "vuln wage slab", "plain"),
    ("yo pwofite paske nou pa konn pale panyòl pou fè nou siyen nenpòt ki papye", "vuln", "plain"),
    ("li di pèsonn pa bay ayisyen travay, kidonk m dwe aksepte sa l ban m", "vuln slab", "plain"),
    ("li konnen m pa gen kote pou m ale e l sèvi ak sa kont mwen", "vuln", "plain"),

    # --- danger_now ----------------------------------------------------------------------
    ("anmwe gen yon nèg devan pòt chanm mwen k ap di l ap pran m", "now", "plain"),
    ("m fèmen nan twalèt la, l ap frape pòt la", "now", "plain"),
    ("y ap vini, m kache dèyè rezèvwa dlo a", "now", "plain"),
    ("gen yon machin k ap swiv mwen depi estasyon an", "now", "plain"),
    ("LI GEN YON KOUTO E LI DI L AP TOUYE M", "now", "caps"),
    ("m sove kounye a, m kache nan yon ponp gazolin, y ap chèche m", "now", "plain"),
    ("pitit mwen pa reponn e gen mesye k ap antre soti kote l ye a", "now", "third_party"),
    ("tanpri vit li gen zam nan salon an", "now", "short"),
    ("m tande yo k ap monte eskalye a", "now", "plain"),

    # --- ransom --------------------------------------------------------------------------
    ("yo kidnape frè m Pòtoprens e yo mande 10 mil dola pou yo lage l", "ransom", "plain"),
    ("kidnapè yo rele, yo di si nou pa voye kòb la jodi a yo touye l", "ransom", "plain"),
    ("raketè yo kenbe kouzin mwen nan Tapachula e yo vle 1500 dola pou yo kite l", "ransom smug", "plain"),
    ("yo voye foto mari m mare e yo mande lajan", "ransom", "plain"),
    ("yo di nou p ap ka kontinye vwayaj la jiskaske fanmi nou voye 2000 ankò", "ransom smug", "plain"),
    ("gang lan pran manman m nan wout Kafou, y ap mande ranson", "ransom", "plain"),

    # --- self_harm -----------------------------------------------------------------------
    ("m pa kapab ankò, m ap panse touye tèt mwen chak jou", "selfh", "plain"),
    ("pafwa m panse li t ap pi bon si m pa t reveye ankò", "selfh", "indirect"),
    ("m bwè yon pakèt grenn e kounye a m pè", "selfh med", "plain"),
    ("m koupe tèt mwen ankò jodi a", "selfh", "short"),
    ("kanmarad chanm mwen di l ap lage kò l sot sou do kay la aswè a", "selfh", "third_party"),

    # --- medical_emergency ----------------------------------------------------------------
    ("yon travayè tonbe sou echafodaj la e li pa bouje", "med slab", "third_party"),
    ("l ap senyen anpil e yo pa vle mennen l lopital", "med restr", "third_party"),
    ("zanmi m pran yon bagay e bouch li vin vyolèt, li pa respire byen", "med", "third_party"),
    ("m gen gwo doulè nan vant e m ap senyen, m ansent", "med", "plain"),
    ("yon nèg endispoze nan kann lan, li pa leve, fè cho anpil", "med slab", "third_party"),

    # --- minor ----------------------------------------------------------------------------
    ("m gen 15 an e m ap travay nan yon kay depi m te gen 9 an, m pa al lekòl", "minor dom slab", "plain"),
    ("elèv mwen an ki nan 7yèm ane di m gen yon mesye ki vin chèche l apre lekòl e ki ba l kòb pou l soti avè l ak zanmi l", "minor fsex ssex", "third_party"),
    ("gen yon ti gason 12 an k ap mande lajan nan kafou a chak jou e yon granmoun ap veye l", "minor fbeg sbeg", "third_party"),
    ("m nan 9yèm ane e yon nèg ofri m 2000 goud pou m pote yon pakè", "minor fbeg scrime", "plain"),
    ("nyès mwen ki gen 14 an se restavèk kay yon fanmi Pòtoprens, yo pa voye l lekòl", "minor dom slab", "third_party"),
    ("ti fi 13 an nan katye a ap travay nan yon ba lannwit", "minor ssex fsex", "third_party"),
    ("pitit gason m ki gen 16 an nan batey la ap koupe kann ak granmoun yo", "minor slab", "third_party"),
    ("m se minè e m ap viv lakay patwon m", "minor slab", "plain"),
    ("m gen 17 an, m te vin Dominikani pou kont mwen e m ap travay nan yon konstriksyon", "minor slab", "plain"),
    ("gang lan ap itilize timoun 12, 13 an pou pote zam", "minor fbeg scrime", "third_party"),
    ("yon ti fi 8yèm ane di m bòpè l fè l kouche ak zanmi l pou kòb", "minor fsex ssex", "third_party"),
    ("yo pran timoun restavèk yo fè yo travay soti 4 è di maten", "minor dom hours slab", "third_party"),

    # --- smuggling (refer) ------------------------------------------------------------------
    ("m peye yon pasè pou travèse fwontyè Dajabón, m rive e m lib", "smug", "plain"),
    ("nou travèse larivyè a ak yon gid, m peye l e l ale", "smug", "plain"),
    ("m peye yon buscón pou l pase m, li kite m Santiago e se tout", "smug", "code_switch"),
    ("m te peye yon koyòt pou m rive Meksik, kounye a m Tapachula e m vle mande azil", "smug", "plain"),
    ("raketè a te pran kòb la davans, li kite nou lòt bò a e l disparèt", "smug", "plain"),

    # --- labour_dispute (refer) ---------------------------------------------------------
    ("yo revoke m e yo pa peye m preyavi", "disp slab", "plain"),
    ("bòs la reta salè a ankò mwa sa a, èske m ka pote plent?", "disp slab", "question"),
    ("yo pa peye m lè siplemantè yo nan faktori a", "disp slab", "plain"),
    ("m travay 2 an san kontra e kounye a yo mete m deyò, èske m gen dwa?", "disp slab", "question"),

    # --- partner_violence (refer) -------------------------------------------------------
    ("mari m bat mwen yè swa, jodi a li al travay", "pv", "plain"),
    ("ansyen mennaj mwen ap menase m sou WhatsApp", "pv", "plain"),
    ("mennaj mwen pouse m nan eskalye a semèn pase, m pè l", "pv", "plain"),
    ("sè m ap pran kou nan men mari l, li pa vle denonse", "pv", "third_party"),

    # --- homelessness (refer) ------------------------------------------------------------
    ("m fèk rive Santiago e m pa gen kote pou m dòmi", "home", "plain"),
    ("yo mete m deyò nan kay la, m ak de timoun mwen yo ap dòmi deyò", "home", "plain"),
    ("èske gen abri nan Tapachula? m ap dòmi nan pak la", "home", "question"),
    ("m pa gen kote pou m pase nwit la, ede m", "home", "plain"),

    # --- suspicious_job_offer (refer) -----------------------------------------------------
    ("yon madanm sou Facebook ofri m travay Kanada, li peye tikè a e m ap remèt li nan travay", "offer", "plain"),
    ("yo ofri m travay sèvez nan Ewòp, 4000 ero, fòk m voye foto an bikini", "offer", "plain"),
    ("yon nèg vle mennen m travay nan yon min, li di fòk m kite papye m avè l", "offer", "plain"),
    ("gen yon ajans k ap mande 500 dola davans pou yon travay nan Chili, èske se vòlè?", "offer", "question"),

    # --- hard negatives ------------------------------------------------------------------------
    ("patwon an fè yon kopi paspò m pou kontra a, èske sa nòmal?", "slab", "question", "hard negative: copy"),
    ("m pèdi paspò m nan bis la, kijan m ka fè yon lòt?", "", "question", "hard negative: lost passport"),
    ("pèsonn pa pran paspò m, li avè m, m jis vle konnen si m bezwen viza", "", "plain", "hard negative: negation"),
    ("m dwe bank lan 2000 dola e yo pa sispann rele m", "", "plain", "hard negative: bank debt"),
    ("m fè travay sèks pou kont mwen, pèsonn pa fòse m, m vle konnen ki kote m ka fè tès", "ssex", "plain", "hard negative: adult, own account"),
    ("m ka soti lè m vle, m jis vle konn dwa m kòm bòn", "slab", "plain", "hard negative: negation"),
    ("m ap fè yon travay pou inivèsite a sou trafik moun, èske nou gen done?", "", "question", "hard negative: homework"),
    ("bonjou", "", "short"),
    ("bonswa, kijan nou ye?", "", "plain"),
    ("mèsi anpil pou èd la", "", "plain"),
    ("ki nimewo pou m rele pou yon avoka gratis?", "", "question"),
    ("nou pale kreyòl?", "", "question"),
    ("m vle al travay Kanada, kijan m konnen si ajans lan serye?", "", "question", "hard negative: job-abroad question"),
    ("ane pase yo te fèmen m nan yon kay, men kounye a m an sekirite lakay matant mwen", "restr", "past", "past confinement, safe now: not danger_now"),
    ("mari m te bat mwen sa gen 2 an, kounye a m rete pou kont mwen e m byen", "pv", "past", "hard negative for danger_now"),
    ("yo pa pran papye m, men salè a an reta 1 mwa", "disp slab", "plain", "hard negative: negation + ordinary delay"),
    ("patwon m peye m byen e m gen konje dimanch, m jis vle konn si m gen dwa vakans", "slab", "plain", "hard negative: decent job"),
    ("pitit fi m gen 15 an e li vle aprann koud, èske nou konn yon lekòl?", "minor", "question", "hard negative: minor, no exploitation"),
    ("m nan 8yèm ane e m gen yon devwa sou esklavaj modèn", "minor", "plain", "hard negative: homework by a minor"),
    ("m fè 18 è bis soti Pòtoprens pou m rive Santo Domingo, m fatige men m byen", "", "plain", "hard negative: hours of travel"),
]
