"""Haitian Creole transcripts (the person's messages only), written one by one and joined
from hand-written turns, as in pt_conv. NOT reviewed by a native speaker."""
from __future__ import annotations

import random

I, P, R, N = "immediate", "priority", "refer", "info"

HAND = [
    # immediate
    (I, ["alo", "m bezwen èd vit", "l ap frape pòt chanm nan e l di l ap mennen m ale aswè a"], ["someone at the door now"]),
    (I, ["bonswa", "m travay nan yon konstriksyon Santo Domingo", "bòs la pran paspò m", "kounye a li konnen m ekri nou e l ap vini"], ["documents taken", "exploiter coming now"]),
    (I, ["nyès mwen gen 14 an", "li restavèk kay yon madanm Delma", "li pa al lekòl e l travay tout jounen"], ["minor in domestic servitude"]),
    (I, ["m se pwofesè", "yon elèv 7yèm ane di m yon mesye vin chèche l apre lekòl", "li ba l kòb e l mennen l nan fèt ak zanmi l"], ["minor, commercial sexual exploitation"], "school grade as age"),
    (I, ["raketè yo kenbe frè m Tapachula", "yo vle 2000 dola anvan vandredi", "si nou pa peye yo di l p ap soti"], ["ransom"]),
    (I, ["alo", "m pa kapab ankò", "m ap panse touye tèt mwen chak jou nan batey la"], ["self-harm"]),
    (I, ["kanmarad mwen tonbe sou echafodaj la", "li pa bouje e san ap soti nan tèt li", "enjenyè a pa vle rele anbilans"], ["medical emergency now"]),
    (I, ["m gen 16 an", "m travay nan yon ba Boca Chica", "mèt la voye m soti ak kliyan yo"], ["minor", "commercial sex"]),
    (I, ["m fèk sove kite kay la", "m kache dèyè yon ponp gazolin", "y ap vire ak machin pou chèche m"], ["hiding now"]),
    (I, ["pitit gason m pa reponn depi yè", "li te al travay nan yon fèm ak yon nèg", "jodi a yon moun rele di l ap tounen sèlman si nou voye 4000 dola"], ["ransom without the word"]),
    (I, ["se sou ti gason vwazen an", "li gen anviwon 12 an", "li mande lajan nan kafou a tout jounen e yon granmoun ranmase kòb la"], ["minor, forced begging"]),
    (I, ["m nan 9yèm ane", "gang lan di m kache zam lakay mwen", "si m refize y ap fè manman m mal"], ["minor, forced crime, threat"]),
    # priority
    (P, ["bonjou", "m travay kòm bòn lakay yon fanmi nan Miami", "madanm nan kenbe paspò m e l pa remèt li", "men li janti avè m"], ["documents confiscated"], "kindness never lowers the level"),
    (P, ["bonswa", "m vin Chili ak yon nèg ki te peye tikè a", "m dwe l 3000 dola", "e chak mwa li di yon lòt kantite pi wo"], ["debt that grows"], "debt spread over two messages"),
    (P, ["sè m travay nan yon faktori Kaskad", "li pa ka soti pou kont li", "mèt la mennen l e l vin chèche l"], ["restriction of movement, third party"]),
    (P, ["m ap koupe kann nan yon batey", "kapatas la di si m ale l ap fè manman m mal", "li rete Okap"], ["threat to family back home"]),
    (P, ["m te dakò vini", "pèsonn pa t fòse m", "men kounye a yo pran telefòn mwen e m pa ka pale ak fanmi m"], ["isolation"], "consent never lowers the level"),
    (P, ["m te vin pou m sèvi nan yon ba", "lè m rive mèt la di fòk m soti ak kliyan", "m gen 24 an"], ["deceived into commercial sex"]),
    (P, ["sa pase deja", "sa gen 2 an yo te fèmen m nan yon kay pou m travay gratis", "kounye a m lakay matant mwen e m an sekirite", "m vle konnen dwa m"], ["past confinement and unpaid work"], "past indicators, safe now: priority, not immediate"),
    (P, ["nan batey la nou achte tout bagay a kredi nan boutik kapatas la", "an fen mwa pèsonn pa touche", "yo di nou toujou dwe"], ["debt bondage"]),
    # refer
    (R, ["alo", "m peye yon gid pou travèse fwontyè a", "li kite nou Dajabón e l ale", "kounye a m pa konn kijan pou m regilarize m"], ["smuggling only"]),
    (R, ["mari m bat mwen yè swa", "jodi a l al travay", "m vle konn kijan pou m jwenn pwoteksyon"], ["partner violence, not now"]),
    (R, ["m fèk rive Santiago", "m pa jwenn okenn kote pou m pase nwit la", "gen abri?"], ["homelessness"]),
    (R, ["yon dam sou Facebook ofri m travay Kanada", "li peye tikè a e m ap remèt li nan travay", "fòk m voye foto", "èske se serye?"], ["suspicious job offer"]),
    (R, ["yo revoke m", "yo pa peye m vakans ni bonis", "èske m ka pote plent?"], ["labour dispute"]),
    (R, ["m dwe tikè a bay kouzen m", "li pa mande enterè", "m travay kote m vle"], ["travel debt without control"], "travel debt alone is below the threshold"),
    # info
    (N, ["alo", "nou pale kreyòl?", "mèsi"], []),
    (N, ["bonjou", "m ap fè yon travay inivèsite sou trafik moun", "nou gen done?"], [], "hard negative: homework"),
    (N, ["m pèdi paspò m nan bis la", "kijan m ka fè yon lòt nan konsila a?"], [], "hard negative: lost passport"),
    (N, ["patwon an fè kopi kat idantite m", "èske sa nòmal?", "li remèt mwen l touswit"], [], "hard negative: copy"),
    (N, ["pitit fi m gen 14 an e l bezwen yon plas lekòl", "m se ayisyèn nan Santiago"], [], "minor with no exploitation"),
]

OPEN = ["alo", "bonswa", "bonjou, m bezwen èd", "sak pase", "gen moun la?", "souple", "eskize m", "yon zanmi ban m nimewo sa a"]
PLACE = ["m ap koupe kann nan yon batey", "m travay nan yon konstriksyon Santo Domingo", "m se bòn lakay yon fanmi",
         "m travay nan yon fèm rezen nan Chili", "m travay nan yon restoran Tapachula", "m travay nan yon ba kote fi yo okipe kliyan",
         "m travay nan yon obra nan São Paulo"]
PLACE_3P = ["kouzin mwen travay kòm bòn lakay yon fanmi", "frè m ap koupe kann nan yon batey", "vwazin mwen travay nan yon ba",
            "yon zanmi m travay nan yon chantye nan Chili", "sè m travay nan yon faktori"]
PRIORITY_TURNS = [
    (["patwon an pran paspò m"], "documents taken"),
    (["yo kenbe papye tout moun", "e yo pa remèt yo menm pou al lopital"], "documents withheld"),
    (["m dwe vwayaj la", "e dèt la ap monte chak mwa"], "debt that grows"),
    (["yo di m ka ale sèlman lè m fin peye"], "debt holds the person"),
    (["yo pa kite nou soti", "pòtay la toujou fèmen"], "confinement"),
    (["yo pran telefòn mwen", "m pa pale ak fanmi m depi plizyè mwa"], "isolation"),
    (["bòs la bat moun ki plenyen"], "violence"),
    (["yo menase fanmi m ann Ayiti"], "threats to family"),
    (["gen yon nèg k ap veye nou tout tan", "menm pou al nan boutik"], "surveillance"),
    (["m pa touche depi plizyè mwa", "e l di l ap rele migrasyon si m plenyen"], "withheld wages, deportation threat"),
]
PRIORITY_3P = [
    (["patwon an pran paspò l"], "documents taken"), (["li dwe vwayaj la", "e chak mwa l ap monte"], "debt that grows"),
    (["li pa ka soti pou kont li"], "restriction"), (["yo pran telefòn li", "fanmi l pa konn kote l ye"], "isolation"),
    (["yo deja bat li"], "violence"),
]
URGENT_TURNS = [(["kounye a gen yon nèg k ap frape pòt la"], "danger now"), (["m kache e y ap chèche m"], "hiding now"),
                (["li pran yon kouto kounye a"], "weapon now"), (["m ap panse touye tèt mwen jodi a"], "self-harm"),
                (["m ap senyen anpil"], "medical emergency")]
MINOR_TURNS = [(["a, m gen 15 an"], "minor"), (["m gen 16 an"], "minor"), (["m nan 8yèm ane"], "minor (school grade)")]
REFER_TURNS = [
    (["m peye yon koyòt pou travèse", "li kite m fwontyè a e se tout, m pa dwe l anyen"], "smuggling only"),
    (["salè a an reta", "m rete lakay mwen e m ka soti lè m vle"], "labour dispute"),
    (["mari m bat mwen semèn pase", "kounye a m kay manman m"], "partner violence, not now"),
    (["m pa gen kote pou m dòmi aswè a"], "homelessness"),
    (["yon ajans vle m peye 2000 dola davans pou yon travay Chili", "m poko peye"], "suspicious job offer"),
    (["yo mete m deyò san yo pa peye m tout kòb mwen"], "labour dispute"),
]
INFO_TURNS = [["kijan pou m renouvle paspò m?"], ["nou pale panyòl?"], ["ki kote m ka aprann pòtigè?"],
              ["patwon an fè yon kopi paspò m e l remèt mwen l, se kòrèk?"], ["konbyen tikè bis la koute pou Santiago?"],
              ["pèsonn pa fòse m fè anyen, m jis vle enfòmasyon sou rezidans"], ["ki diferans ant trafik moun ak pasaj klandesten?"],
              ["m travay nan yon magazen ak kontra e m gen konje, m vle konnen sou vakans"]]
CLOSE = {I: ["", "ede m", "vit souple", "m pa konn sa pou m fè"], P: ["", "kisa m dwe fè?", "nou ka ede m?", "m pè", "m vle soti la"],
         R: ["", "kisa m dwe fè?", "ki kote m ka jwenn èd?", "mèsi"], N: ["", "mèsi", "ok", "mèsi anpil"]}


def composed(n: int, seed: int = 17) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        level = [I, P, R, N][k % 4]
        msgs, why = [rng.choice(OPEN)], []
        if level == P:
            third = rng.random() < 0.35
            msgs.append(rng.choice(PLACE_3P if third else PLACE))
            turn, w = rng.choice(PRIORITY_3P if third else PRIORITY_TURNS)
            msgs += turn
            why.append(w)
        elif level == I:
            msgs.append(rng.choice(PLACE))
            if rng.random() < 0.5:
                turn, w = rng.choice(PRIORITY_TURNS)
                age, aw = rng.choice(MINOR_TURNS)
                msgs += turn + age
                why += [w, aw + " in exploitation"]
            else:
                turn, w = rng.choice(URGENT_TURNS)
                msgs += turn
                why.append(w)
        elif level == R:
            turn, w = rng.choice(REFER_TURNS)
            msgs += turn
            why.append(w)
        else:
            msgs += rng.choice(INFO_TURNS)
        close = rng.choice(CLOSE[level])
        if close and len(msgs) < 6:
            msgs.append(close)
        out.append((level, msgs[:6], why, "composed from hand-written turns"))
    return out


T = HAND + composed(84)
