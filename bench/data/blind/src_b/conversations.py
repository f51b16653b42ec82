"""Writer b: conversations to play through the bot (en, fr, es, ay, quc, nah).

Run: python3 conversations.py
"""
from common import WRITER, write_jsonl

EN_OP = ["person", "team", "someone"]
FR_OP = ["personne", "équipe"]
ES_OP = ["persona", "equipo"]
WA, SMS = "whatsapp", "sms"

LONG_EN = (
    "hi sorry this is long i dont know how to explain so i will just write everything. "
    "i came from the philippines two years ago with an agency that said i would work in a hotel in calgary as housekeeping, "
    "i paid them a lot back home, my family sold land for it, and when i arrived there was no hotel job, the man from the agency "
    "picked me up at the airport and brought me to a house outside the city where a family lives with three kids and an old grandmother. "
    "since then i do everything there, cooking cleaning the kids, i wake up at 5 and finish around midnight, "
    "i sleep in the basement next to the furnace. the first week the mister said he will keep my passport and my work permit in his office "
    "so nothing happens to them and i never saw them again. they pay me sometimes 200 sometimes nothing, they say the rest goes to the "
    "agency for my debt for the flight and the papers, and every time i ask how much is left the number is bigger. i only go out with the "
    "madam to church on sunday and she stays next to me. my phone is old and she checks it when she wants, i am writing now because she "
    "is at the hospital with the grandmother. i am not hurt, nobody hits me, but i am so tired and i want to go home or work somewhere "
    "normal and i dont know if i am allowed, they say if i leave immigration will put me in jail because my permit is only for them. "
    "can someone help me please, i dont want trouble for anybody, i just want to know what i can do. "
    "i am in alberta"
)


def c(lang, channel, turns, level, note, **expect):
    return {"lang": lang, "channel": channel, "turns": turns, "expect": expect, "level": level, "note": note}


CONVS = [
    # ---------------- English ----------------
    c("en", WA, ["hello", "a man is outside the trailer hitting the door, he says we owe him money and hes coming in", "im in houston"],
      "immediate", "danger now; place given after the emergency", handoff="immediate", reply_lang="en", must_mention_any=["911"], must_not_mention=[]),
    c("en", SMS, ["my niece is in 8th grade and her boyfriend sells her to men on weekends", "we are in los angeles"],
      "immediate", "minor by school grade in commercial sex; aunt reporting", handoff="immediate", reply_lang="en", must_mention_any=["911"], must_not_mention=[]),
    c("en", WA, ["i took a lot of pills i just want it all to stop"],
      "immediate", "self-harm, no place given: generic emergency message", handoff="immediate", reply_lang="en", must_mention_any=["emergency"], must_not_mention=[]),
    c("en", WA, ["they have my dad in a house in nuevo laredo", "they call my mom every day for 6000 dollars or they will cut his finger", "we live in dallas"],
      "immediate", "ransom without the word; the person writing is in the US", handoff="immediate", reply_lang="en", must_mention_any=["911"], must_not_mention=[]),
    c("en", SMS, ["help", "0", "toronto"],
      "immediate", "numbers-only: menu 0 then a bare city", handoff="immediate", reply_lang="en", must_mention_any=["911"], must_not_mention=[]),
    c("en", WA, ["hi", "i clean a house, the lady has my passport and i cant go out alone", "they say i still owe for the ticket", "yes pls"],
      "priority", "documents + movement control + debt over three messages; accepts in natural words", handoff="priority", reply_lang="en", must_mention_any=EN_OP, must_not_mention=[]),
    c("en", SMS, ["not sure if this is the right place", "my friend works on a farm in ontario, the boss keeps all their passports and locks the bunkhouse at night", "ok"],
      "priority", "third party; hesitant opening", handoff="priority", reply_lang="en", must_mention_any=EN_OP, must_not_mention=[]),
    c("en", WA, ["they keep my pay for me until the season ends", "and they said if i leave my family in oaxaca will have problems", "sure"],
      "priority", "'they keep my pay for me' + threat to family back home", handoff="priority", reply_lang="en", must_mention_any=EN_OP, must_not_mention=[]),
    c("en", WA, ["i work in a restaurant and sleep there", "no i cant go out, they lock the door at night", "the owner has my passport", "i owe them for the trip", "im 30", "yes"],
      "priority", "answers that carry meaning on their own (as if to the screening questions)", handoff="priority", reply_lang="en", must_mention_any=EN_OP, must_not_mention=[]),
    c("en", WA, ["my name is Grace Okafor, i braid hair in a salon in houston", "the owner took my passport and says i owe 9000 for bringing me", "yes"],
      "priority", "person types her full name: never echoed", handoff="priority", reply_lang="en", must_mention_any=EN_OP, must_not_mention=["okafor", "grace"]),
    c("en", SMS, ["we need a shelter tonight", "houston"],
      "refer", "plain referral", handoff="none", reply_lang="en", must_mention_any=["[sample]"], must_not_mention=[]),
    c("en", SMS, ["menu", "3", "new york city"],
      "refer", "numbers-only: legal aid in New York City", handoff="none", reply_lang="en", must_mention_any=["[sample]"], must_not_mention=[]),
    c("en", WA, ["need a doctor for my son, he has an ear infection", "were in the bronx, NYC"],
      "refer", "city given with a borough", handoff="none", reply_lang="en", must_mention_any=["[sample]"], must_not_mention=[]),
    c("en", WA, ["can you check a job offer for me", "yes they want 400 for the visa", "no they said i keep my passport", "no contract yet, just whatsapp messages",
                 "i couldnt find the company online", "yes its like 3 times more than i make here", "yes they pay the flight and take it from my pay"],
      "refer", "job-offer check answered in order (fee, documents, contract, employer, pay, travel debt)", reply_lang="en", must_mention_any=["ilo"], must_not_mention=[]),
    c("en", WA, ["what is trafficking?", "9"],
      "info", "info answer then 9 for the rest", handoff="none", reply_lang="en", must_mention_any=["palermo"], must_not_mention=[]),
    c("en", SMS, ["do you tell ICE what i write here?"],
      "info", "privacy question naming US immigration enforcement", handoff="none", reply_lang="en", must_mention_any=["police", "immigration", "migration"], must_not_mention=[]),
    c("en", WA, ["my boss took my work permit", "DELETE"],
      "stop", "safety word right after a disclosure", erased=True),
    c("en", SMS, ["please erase everything i wrote, my husband checks my phone"],
      "stop", "natural erasure request, not the safety word", erased=True),
    c("en", WA, ["is this the police?", "ok so you wont call immigration on me?", "i just want info on shelters in LA"],
      "edge", "suspicious opening, then a referral", handoff="none", reply_lang="en", must_mention_any=["[sample]"], must_not_mention=[]),
    c("en", WA, ["🙏😢😢"],
      "edge", "emoji only", handoff="none"),
    c("en", SMS, ["555-0147", "thats my number call me pls"],
      "edge", "bare phone number: never echoed", handoff="none", must_not_mention=["555-0147", "0147"]),
    c("en", WA, [LONG_EN, "yes"],
      "edge", "~1,450-character message with the indicators spread through it (documents, growing debt, escort, threat of immigration)", handoff="priority", reply_lang="en",
      must_mention_any=EN_OP, must_not_mention=[]),
    c("en", SMS, ["this is useless", "you bots never help anyone", "I WANT A REAL PERSON NOW"],
      "edge", "angry person asking for a human", handoff="priority", reply_lang="en", must_mention_any=EN_OP, must_not_mention=[]),
    # ---------------- French ----------------
    c("fr", WA, ["allo", "y'a un homme qui me suit depuis le métro, il est encore derrière moi", "je suis à Montréal"],
      "immediate", "Quebec; followed now, no alarm word", handoff="immediate", reply_lang="fr", must_mention_any=["911"], must_not_mention=[]),
    c("fr", SMS, ["ma fille a 15 ans, elle est partie avec un homme qui la fait travailler dans des bars avec les clients", "on est à Montréal"],
      "immediate", "minor in commercial sex, euphemism; mother reporting", handoff="immediate", reply_lang="fr", must_mention_any=["911"], must_not_mention=[]),
    c("fr", WA, ["ils tiennent mon frère dans une maison et demandent 2000 dollars pour le laisser partir", "je suis à Tapachula moi aussi"],
      "immediate", "ransom without the word; West-African French speaker in Mexico", handoff="immediate", reply_lang="fr", must_mention_any=["911"], must_not_mention=[]),
    c("fr", WA, ["on est dans la jungle du Darién, mon mari est tombé et il se réveille pas", "Panama"],
      "immediate", "medical emergency on the route", handoff="immediate", reply_lang="fr", must_mention_any=["911"], must_not_mention=[]),
    c("fr", SMS, ["aide", "0", "Port-au-Prince"],
      "immediate", "numbers; French speaker in Haiti: 114, not 911", handoff="immediate", reply_lang="fr", must_mention_any=["114"], must_not_mention=["911"]),
    c("fr", WA, ["bonjour", "je travaille dans une ferme au Québec, le patron a pris nos passeports", "et il dit qu'on lui doit le billet d'avion", "oui svp"],
      "priority", "TFW; documents + debt over messages", handoff="priority", reply_lang="fr", must_mention_any=FR_OP, must_not_mention=[]),
    c("fr", SMS, ["ma voisine est nounou, ses patrons gardent ses papiers et elle peut pas sortir", "d'accord"],
      "priority", "third party", handoff="priority", reply_lang="fr", must_mention_any=FR_OP, must_not_mention=[]),
    c("fr", WA, ["le passeur nous fait travailler dans ses champs pour payer la dette, on peut pas partir", "oui"],
      "priority", "smuggling turned into debt bondage", handoff="priority", reply_lang="fr", must_mention_any=FR_OP, must_not_mention=[]),
    c("fr", WA, ["on m'a promis un travail de serveuse à Cancún mais on m'oblige à sortir avec les clients et ils ont mon passeport", "1"],
      "priority", "deception into sex work; accepts with '1'", handoff="priority", reply_lang="fr", must_mention_any=FR_OP, must_not_mention=[]),
    c("fr", SMS, ["je cherche un hébergement", "Montréal"],
      "refer", "shelter referral", handoff="none", reply_lang="fr", must_mention_any=["[sample]"], must_not_mention=[]),
    c("fr", WA, ["j'ai besoin d'un avocat pour ma demande d'asile", "je suis a toronto"],
      "refer", "legal aid; city without accent/case", handoff="none", reply_lang="fr", must_mention_any=["[sample]"], must_not_mention=[]),
    c("fr", WA, ["bonjour, besoin d'un refuge pour moi et ma fille", "ici à tapachula"],
      "refer", "Tapachula has a confidential shelter: its address must not be sent", handoff="none", reply_lang="fr", must_mention_any=["[sample]"],
      must_not_mention=["domicilio reservado"]),
    c("fr", WA, ["c'est quoi la différence entre un passeur et la traite?"],
      "info", "trafficking vs smuggling", handoff="none", reply_lang="fr", must_mention_any=["palermo", "onu"], must_not_mention=[]),
    c("fr", SMS, ["vous gardez mes messages combien de temps?"],
      "info", "privacy", handoff="none", reply_lang="fr", must_mention_any=["30"], must_not_mention=[]),
    c("fr", SMS, ["aide", "8", "9"],
      "info", "numbers-only: safe migration then 9 for the rest", handoff="none", reply_lang="fr", must_mention_any=["oim"], must_not_mention=[]),
    c("fr", WA, ["allo, vous êtes-tu un robot?"],
      "info", "Quebec 'êtes-tu'", handoff="none", reply_lang="fr", must_mention_any=["assistant", "automatique"], must_not_mention=[]),
    c("fr", WA, ["mon patron garde mon passeport", "EFFACER"],
      "stop", "safety word after a disclosure", erased=True),
    c("fr", SMS, ["je veux que vous supprimiez toutes mes données svp"],
      "stop", "natural erasure request", erased=True),
    c("fr", WA, ["comment je peux effacer mes photos de facebook?"],
      "edge", "contains 'effacer' but is not the safety word", handoff="none", erased=False),
    c("fr", WA, ["bonjour", "can we speak english please", "i need a shelter in toronto"],
      "edge", "language switch fr -> en", handoff="none", reply_lang="en", must_mention_any=["[sample]"], must_not_mention=[]),
    # ---------------- Spanish ----------------
    c("es", WA, ["auxilio", "estamos en la selva del darien y a mi hermana la mordio una culebra", "panama"],
      "immediate", "medical emergency on the Darién route", handoff="immediate", reply_lang="es", must_mention_any=["911"], must_not_mention=[]),
    c("es", WA, ["tienen a mi primo en un cuarto en juarez y piden 3 mil dolares o lo matan", "yo estoy en el paso"],
      "immediate", "ransom; the writer is in the US", handoff="immediate", reply_lang="es", must_mention_any=["911"], must_not_mention=[]),
    c("es", SMS, ["un tipo le esta pegando a mi vecina y ella grita, que hago", "santiago de chile"],
      "immediate", "violence now; Chile is 133", handoff="immediate", reply_lang="es", must_mention_any=["133"], must_not_mention=["911"]),
    c("es", WA, ["la piba tiene 14 y la hacen atender clientes en un boliche", "estamos en rosario argentina"],
      "immediate", "minor in commercial sex, Argentine slang", handoff="immediate", reply_lang="es", must_mention_any=["911"], must_not_mention=[]),
    c("es", WA, ["hola soy Rosa Quispe, trabajo en un fundo en rancagua", "el patron nos tiene los carnets y dice que le debemos el pasaje", "dale"],
      "priority", "Chile; the person's name must not be echoed", handoff="priority", reply_lang="es", must_mention_any=ES_OP, must_not_mention=["quispe"]),
    c("es", SMS, ["mi hermana esta en una casa en buenos aires y no la dejan salir, le sacaron el pasaporte", "si porfa"],
      "priority", "third party", handoff="priority", reply_lang="es", must_mention_any=ES_OP, must_not_mention=[]),
    c("es", SMS, ["necesito albergue", "aca en tijuana"],
      "refer", "city with 'aca en'", handoff="none", reply_lang="es", must_mention_any=["[sample]"], must_not_mention=[]),
    c("es", WA, ["hola", "menu", "4", "en cdmx"],
      "refer", "numbers: health care in Mexico City written CDMX", handoff="none", reply_lang="es", must_mention_any=["[sample]"], must_not_mention=[]),
    c("es", WA, ["que derechos tengo como trabajador sin papeles"],
      "info", "rights", handoff="none", reply_lang="es", must_mention_any=["oit"], must_not_mention=[]),
    c("es", WA, ["hola", "can u write in english", "what are my rights at work if i dont have papers"],
      "info", "switch es -> en by explicit request", handoff="none", reply_lang="en", must_mention_any=["ilo"], must_not_mention=[]),
    c("es", SMS, ["BORRAR"],
      "stop", "safety word as the first message", erased=True),
    c("es", WA, ["borren todo lo que escribi porfa"],
      "stop", "natural erasure request", erased=True),
    c("es", WA, ["como borro los mensajes de whatsapp de mi celular?"],
      "edge", "contains 'borro' but not the safety word", handoff="none", erased=False),
    # ---------------- Indigenous-language starts (short phrases, not reviewed) ----------------
    c("ay", WA, ["kamisaki", "aymar aru", "en español por favor", "necesito un lugar para dormir, estoy en cusco"],
      "refer", "Aymara greeting and language name, then an explicit choice of Spanish", handoff="none", reply_lang="es", must_mention_any=["[sample]"], must_not_mention=[]),
    c("ay", SMS, ["jallalla", "yanapt'ita", "1"],
      "info", "Aymara 'help me'; 1 after the limited-language notice = person with interpreter", handoff="priority", must_mention_any=ES_OP),
    c("quc", WA, ["saqarik", "k'iche'", "1"],
      "info", "K'iche' greeting and language name; 1 = person with interpreter", handoff="priority", must_mention_any=ES_OP),
    c("quc", WA, ["la utz awach", "chinto'o", "en Xela estoy, necesito un doctor para mi nene"],
      "refer", "K'iche' greeting and 'help me', then Spanish; Xela = Quetzaltenango", handoff="none", must_mention_any=["[sample]"], must_not_mention=[]),
    c("nah", WA, ["niltze", "nechpalehui", "me quiere pegar mi esposo, estoy escondida en la cocina, en tapachula"],
      "immediate", "Nahuatl greeting and 'help me', then danger now in Spanish", handoff="immediate", must_mention_any=["911"], must_not_mention=[]),
    c("nah", SMS, ["piyali", "nahuatl", "1"],
      "info", "Nahuatl greeting and language name; 1 = person with interpreter", handoff="priority", must_mention_any=ES_OP),
]


def rows():
    out = []
    for n, conv in enumerate(CONVS, 1):
        out.append({"id": f"c-b-{n:03d}", **conv, "writer": WRITER})
    return out


if __name__ == "__main__":
    print(len(LONG_EN), "chars in the long message")
    write_jsonl(f"conversations_{WRITER}.jsonl", rows())
