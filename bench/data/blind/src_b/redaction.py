"""Writer b: phone-typed messages with identifying strings (en, fr, es).

Offsets are computed with str.find (each listed string is looked up after the end of the
previous occurrence of the same string), never written by hand. Run: python3 redaction.py
"""
from common import WRITER, write_jsonl

N, H, A, ID, P, E = "name", "handle", "address", "id_number", "phone", "email"

EN = [
    ("hi my name is Daniela Reyes and im in Houston", [(N, "Daniela Reyes")], ["Houston"]),
    ("im sarah, my boss took my passport", [(N, "sarah")], []),
    ("call me at 713-555-0142 after 8pm", [(P, "713-555-0142")], []),
    ("my number is (416) 555 0198, its whatsapp too", [(P, "(416) 555 0198")], []),
    ("my passport number is P5550182 and they still have it", [(ID, "P5550182")], []),
    ("My A number is A 208-555-014, i have court in Dallas on march 3", [(ID, "A 208-555-014")], ["Dallas", "march 3"]),
    ("the guy is called Tony Marchetti, he runs the cleaning crew", [(N, "Tony Marchetti")], []),
    ("we live at 2210 Bellaire Blvd apt 14B, houston", [(A, "2210 Bellaire Blvd apt 14B")], ["houston"]),
    ("the house is the blue one next to the laundromat on Keele st, corner with Wilson", [(A, "the blue one next to the laundromat on Keele st, corner with Wilson")], []),
    ("email me at jlopez.555.1987@gmail.com pls", [(E, "jlopez.555.1987@gmail.com")], []),
    ("my insta is @mari.g_555 if you want to msg me there", [(H, "@mari.g_555")], []),
    ("his facebook is facebook.com/ricky.vargas.5551", [(H, "facebook.com/ricky.vargas.5551")], []),
    ("five five five, zero one three nine is my cell", [(P, "five five five, zero one three nine")], []),
    ("i dont have ssn but my work permit number is WP-5550-2231", [(ID, "WP-5550-2231")], []),
    ("i'm Oluwaseun but everyone calls me Seun", [(N, "Oluwaseun"), (N, "Seun")], []),
    ("im with my daughter Maya she is 15", [(N, "Maya")], ["15"]),
    ("the recruiter, Mr. Bautista, said to send 500 to his cashapp $ebautista555", [(N, "Bautista"), (H, "$ebautista555")], ["500"]),
    ("plz help, im at the motel 6 on I-45 room 112", [(A, "the motel 6 on I-45 room 112")], []),
    ("pin: https://maps.app.goo.gl/x7Qk2LmP9 thats where they keep us", [(A, "https://maps.app.goo.gl/x7Qk2LmP9")], []),
    ("we are at 29.7604, -95.3698 i think, the phone says that", [(A, "29.7604, -95.3698")], []),
    ("my sister Joy Mensah, +1 647 555 0121, she is the one in trouble", [(N, "Joy Mensah"), (P, "+1 647 555 0121")], []),
    ("its jessica m, my bf is Kevin", [(N, "jessica m"), (N, "Kevin")], []),
    ("The mom i work for, Linda Kowalski, keeps my id in her purse", [(N, "Linda Kowalski")], []),
    ("text my cousin 832.555.0177 if u cant reach me", [(P, "832.555.0177")], []),
    ("my uncle lives in San Salvador, El Salvador, ask for don Chepe", [(N, "Chepe")], ["San Salvador", "El Salvador"]),
    ("no names pls, im just asking about 911 and the hotline 1-888-373-7888", [], ["911", "1-888-373-7888"]),
    ("my email is grace dot okoro555 at yahoo dot com", [(E, "grace dot okoro555 at yahoo dot com")], []),
    ("snap: lil_kay555 thats my only contact", [(H, "lil_kay555")], []),
    ("tiktok @thereal_marisol_555 she posts from the house", [(H, "@thereal_marisol_555")], []),
    ("my Guatemalan DPI is 2555 01234 0101, can the consulate help", [(ID, "2555 01234 0101")], ["Guatemalan", "consulate"]),
    ("i live on 5th ave and 23rd st in the basement, Brooklyn", [(A, "5th ave and 23rd st in the basement")], ["Brooklyn"]),
    ("the boss is Hector, the other one is el Gordo, they both have guns", [(N, "Hector"), (N, "Gordo")], []),
    ("im Wilmer, 17, from Honduras", [(N, "Wilmer")], ["17", "Honduras"]),
    ("my ID from Venezuela is V-25.555.013", [(ID, "V-25.555.013")], ["Venezuela"]),
    ("my mexican INE number is IDMEX1555012345", [(ID, "IDMEX1555012345")], ["mexican"]),
    ("we crossed with a guy named Chuy, his phone was 956 555 0110", [(N, "Chuy"), (P, "956 555 0110")], []),
    ("God bless you, I am in Phoenix with my 2 kids, we need 200 dollars for the bus", [], ["God", "Phoenix", "200 dollars"]),
    ("this is Marie-Claire Jean-Baptiste writing for my mom", [(N, "Marie-Claire Jean-Baptiste")], []),
    ("im D'Andre, i got a job offer from a guy on whatsapp +1 305 555 0163", [(N, "D'Andre"), (P, "+1 305 555 0163")], []),
    ("CALL ME 6475550148 ASAP", [(P, "6475550148")], []),
    ("they wait for my daughter outside Lincoln Elementary on Main St every day", [(A, "Lincoln Elementary on Main St")], []),
    ("the lady who has my passport is Mrs. Patel at 14 Orchard Lane", [(N, "Patel"), (A, "14 Orchard Lane")], []),
    ("mi name is josé luis hernández, my english no good", [(N, "josé luis hernández")], []),
    ("i am Fatima, passport E00555123, from Somalia, in Minneapolis", [(N, "Fatima"), (ID, "E00555123")], ["Somalia", "Minneapolis"]),
    ("u can write to me: mlopez555 at outlook", [(E, "mlopez555 at outlook")], []),
    ("my friend from church, pastor Samuel Adeyemi, says to call him", [(N, "Samuel Adeyemi")], ["church"]),
    ("i am at the apartment above Tacos El Guero on Airline Dr", [(A, "the apartment above Tacos El Guero on Airline Dr")], []),
    ("SIN 555 012 345, do i have to give it to my boss", [(ID, "555 012 345")], []),
    ("its me, Jenny, from yesterday. im ok now", [(N, "Jenny")], []),
    ("my husband Marco Antonio Ruiz is the one who hits me, he is at work now", [(N, "Marco Antonio Ruiz")], []),
    ("the house is at 4B Elm Court, Mississauga", [(A, "4B Elm Court")], ["Mississauga"]),
    ("call my aunt, her number is seven one three, five five five, zero one two six", [(P, "seven one three, five five five, zero one two six")], []),
    ("my profile is linkedin.com/in/ana-villalobos-555", [(H, "linkedin.com/in/ana-villalobos-555")], []),
    ("im 16 and my name is Kiara, i live with my grandma on Oak street #302", [(N, "Kiara"), (A, "Oak street #302")], ["16"]),
    ("The recruiter's email is jobs.fastvisa.work555@gmail.com, is it fake?", [(E, "jobs.fastvisa.work555@gmail.com")], ["fake"]),
    ("my bday is 03/14/2001 and my name is Li Na Chen", [(N, "Li Na Chen")], ["03/14/2001"]),
    ("hello im Brandon from Jamaica, the farm is in Leamington", [(N, "Brandon")], ["Jamaica", "Leamington"]),
    ("i got 2 numbers, 555-0133 and 555 0190, use the 2nd", [(P, "555-0133"), (P, "555 0190")], []),
    ("the guy that controls us is Big Mike, he lives at the corner of 8th and Pine", [(N, "Big Mike"), (A, "the corner of 8th and Pine")], []),
    ("Im Sarah Connor lol not really, im Ashley, from Cruz Roja they told me to write", [(N, "Sarah Connor"), (N, "Ashley")], ["Cruz Roja"]),
]

FR = [
    ("je m appelle marie et je suis à Montréal", [(N, "marie")], ["Montréal"]),
    ("Bonjour, moi c'est Aminata Diallo", [(N, "Aminata Diallo")], []),
    ("mon numéro c'est le 514 555 0143", [(P, "514 555 0143")], []),
    ("appelez moi au cinq un quatre, cinq cinq cinq, zéro un huit deux", [(P, "cinq un quatre, cinq cinq cinq, zéro un huit deux")], []),
    ("mon passeport n° AA0555123 est chez le patron", [(ID, "AA0555123")], []),
    ("j'habite au 4521 rue Saint-Hubert, appartement 3, Montréal", [(A, "4521 rue Saint-Hubert, appartement 3")], ["Montréal"]),
    ("c'est la maison jaune à côté de l'église, au coin de Jarry et Saint-Michel", [(A, "la maison jaune à côté de l'église, au coin de Jarry et Saint-Michel")], []),
    ("écrivez-moi à fatou.ndiaye555@gmail.com", [(E, "fatou.ndiaye555@gmail.com")], []),
    ("mon email c'est koffi point mensah555 arobase yahoo point fr", [(E, "koffi point mensah555 arobase yahoo point fr")], []),
    ("mon facebook: facebook.com/jeanpierre.kabila.555", [(H, "facebook.com/jeanpierre.kabila.555")], []),
    ("elle est sur insta @belle_nadege_555", [(H, "@belle_nadege_555")], []),
    ("le patron s'appelle M. Tremblay, il garde nos papiers", [(N, "Tremblay")], []),
    ("ma fille Chloé a 14 ans", [(N, "Chloé")], ["14 ans"]),
    ("mon numéro d'assurance sociale est 555 014 321", [(ID, "555 014 321")], []),
    ("le recruteur c'est Ibrahima, son whatsapp +237 600 000 555", [(N, "Ibrahima"), (P, "+237 600 000 555")], []),
    ("je suis Jean-Baptiste Louis, haïtien, à Tapachula", [(N, "Jean-Baptiste Louis")], ["haïtien", "Tapachula"]),
    ("ma carte de résident permanent: RP 5550 1234", [(ID, "RP 5550 1234")], []),
    ("je loge chez mon cousin au 12 avenue des Pins, Cayenne", [(A, "12 avenue des Pins")], ["Cayenne"]),
    ("mon nom est Moussa Traoré, né le 12/03/1995", [(N, "Moussa Traoré")], ["12/03/1995"]),
    ("Mme Gagnon, ma patronne, m'enferme le soir", [(N, "Gagnon")], []),
    ("appelle ma soeur Grace au 438-555-0109", [(N, "Grace"), (P, "438-555-0109")], []),
    ("c'est pas grave, je suis à Montréal avec la Croix-Rouge, merci à Dieu", [], ["Montréal", "Croix-Rouge", "Dieu"]),
    ("localisation: https://goo.gl/maps/Ab12Cd34Ef", [(A, "https://goo.gl/maps/Ab12Cd34Ef")], []),
    ("on est vers 14.9056, -92.2630 selon le gps", [(A, "14.9056, -92.2630")], []),
    ("mon fils Kevin-Junior a disparu depuis hier", [(N, "Kevin-Junior")], []),
    ("je m'appelle N'Golo, j'ai 17 ans", [(N, "N'Golo")], ["17 ans"]),
    ("tu peux m'écrire sur snap: dede_lakay555", [(H, "dede_lakay555")], []),
    ("ma CNI camerounaise numéro 555012345", [(ID, "555012345")], ["camerounaise"]),
    ("le monsieur s'appelle Papa Ablo, il vend des billets à la gare", [(N, "Papa Ablo")], []),
    ("je travaille chez la famille Bouchard à Laval, rue des Érables", [(N, "Bouchard"), (A, "rue des Érables")], ["Laval"]),
    ("mon tel 06 39 98 55 12 (numero de France)", [(P, "06 39 98 55 12")], ["France"]),
    ("je suis Rose, rose comme la fleur lol", [(N, "Rose")], ["fleur"]),
    ("Mon dossier à IRCC c'est le numéro UCI 5555-0123", [(ID, "5555-0123")], ["IRCC"]),
    ("je suis avec mon mari Alain et mes deux filles à Tijuana", [(N, "Alain")], ["Tijuana"]),
    ("c'est l'appart au-dessus du dépanneur Chez Ti-Guy, 3e étage", [(A, "l'appart au-dessus du dépanneur Chez Ti-Guy, 3e étage")], []),
    ("svp contactez mon oncle Mamadou Bah au +224 555 01 02 03", [(N, "Mamadou Bah"), (P, "+224 555 01 02 03")], []),
    ("mon courriel: lucie_b555@videotron.ca", [(E, "lucie_b555@videotron.ca")], []),
    ("j'ai 22 ans, je m'appelle sandrine kouassi, ivoirienne", [(N, "sandrine kouassi")], ["22 ans", "ivoirienne"]),
    ("la dame qui me garde s'appelle Tantine Odette", [(N, "Odette")], []),
    ("j'ai perdu mon passeport haïtien RD5550123, je vais au consulat", [(ID, "RD5550123")], ["haïtien", "consulat"]),
    ("numéro de ma mère: 00 509 55 50 01 23", [(P, "00 509 55 50 01 23")], []),
    ("je suis sur la 5e avenue coin 10e rue, devant la pharmacie", [(A, "la 5e avenue coin 10e rue, devant la pharmacie")], []),
    ("bonjour c'est Yves, on s'est parlé hier", [(N, "Yves")], []),
    ("mon profil tiktok c'est @kevin.bkz555", [(H, "@kevin.bkz555")], []),
    ("notre patron c'est Monsieur Lavoie, son cell 819 555 0176", [(N, "Lavoie"), (P, "819 555 0176")], []),
    ("ma soeur s'appelle Esther Nzuzi, elle est à Toronto chez des gens", [(N, "Esther Nzuzi")], ["Toronto"]),
    ("je suis à l'hôtel Le Voyageur chambre 209 sur la rue Ste-Catherine", [(A, "l'hôtel Le Voyageur chambre 209 sur la rue Ste-Catherine")], []),
    ("écris à marc.antoine.555@hotmail.com ou au 514-555-0131", [(E, "marc.antoine.555@hotmail.com"), (P, "514-555-0131")], []),
    ("on m'appelle Petit Jean au chantier", [(N, "Petit Jean")], []),
    ("je viens du Sénégal, je suis à São Paulo, j'ai besoin de l'OIM", [], ["Sénégal", "São Paulo", "OIM"]),
    ("mon numéro de permis de travail c'est U555012345", [(ID, "U555012345")], []),
    ("le passeur s'appelait Tito, il avait un numéro du Panama 6555-0123", [(N, "Tito"), (P, "6555-0123")], ["Panama"]),
    ("je m'appelle marie-ève, j'ai 15 ans, j'habite à Longueuil", [(N, "marie-ève")], ["15 ans", "Longueuil"]),
    ("c'est la deuxième maison après le pont, avec le portail vert, à Saint-Laurent-du-Maroni", [(A, "la deuxième maison après le pont, avec le portail vert")], ["Saint-Laurent-du-Maroni"]),
    ("mon ami Ousmane dit que vous aidez gratuitement, je suis Awa", [(N, "Ousmane"), (N, "Awa")], []),
]

ES = [
    ("hola soy juan y estoy en Tapachula", [(N, "juan")], ["Tapachula"]),
    ("me llamo Guadalupe Hernandez, tengo 19", [(N, "Guadalupe Hernandez")], ["19"]),
    ("mi numero es 55 5555 0123", [(P, "55 5555 0123")], []),
    ("marcame al seis seis cuatro, cinco cinco cinco, cero uno dos tres", [(P, "seis seis cuatro, cinco cinco cinco, cero uno dos tres")], []),
    ("mi CURP es HERG000101MCSRRD09", [(ID, "HERG000101MCSRRD09")], []),
    ("vivo en calle Morelos esquina con Hidalgo, colonia Centro, Juarez", [(A, "calle Morelos esquina con Hidalgo, colonia Centro")], ["Juarez"]),
    ("es la casa rosa al lado del Oxxo frente a la iglesia", [(A, "la casa rosa al lado del Oxxo frente a la iglesia")], []),
    ("mi correo es lupita555 arroba gmail punto com", [(E, "lupita555 arroba gmail punto com")], []),
    ("el patron se llama don Chuy Salazar", [(N, "Chuy Salazar")], []),
    ("mi hermana Carmen Ruiz esta en Santa Ana", [(N, "Carmen Ruiz")], ["Santa Ana"]),
    ("mi DNI es 95.555.012, vivo en Argentina hace 2 años", [(ID, "95.555.012")], ["Argentina", "2 años"]),
    ("mi RUT 25.555.012-K, me lo pide el patron", [(ID, "25.555.012-K")], []),
    ("mi insta es @la_yeni555.hn", [(H, "@la_yeni555.hn")], []),
    ("gracias a Dios y a la Cruz Roja ya estamos bien en El Salvador", [], ["Dios", "Cruz Roja", "El Salvador"]),
    ("mi amor, dile a la señora de OIM que soy Maria Jose Perez", [(N, "Maria Jose Perez")], ["mi amor", "OIM"]),
    ("ubicacion: 8.9824, -79.5199 estamos ahi", [(A, "8.9824, -79.5199")], []),
    ("el coyote es el Flaco, su cel es 656 555 0144", [(N, "Flaco"), (P, "656 555 0144")], []),
    ("pasaporte hondureño E555012, lo tiene el patron", [(ID, "E555012")], ["hondureño"]),
    ("llamen a mi mama al +504 5555-0123 en Honduras", [(P, "+504 5555-0123")], ["Honduras"]),
    ("mi cedula venezolana V-15.555.012", [(ID, "V-15.555.012")], ["venezolana"]),
    ("estamos en la bodega atras de la gasolinera, saliendo para Monterrey", [(A, "la bodega atras de la gasolinera")], ["Monterrey"]),
    ("mi nombre es Wendy, tengo 16 y me tienen en una casa en la colonia Las Flores", [(N, "Wendy"), (A, "colonia Las Flores")], ["16"]),
    ("escribanme a kevin.ramos555@hotmail.com o al 9555-0123", [(E, "kevin.ramos555@hotmail.com"), (P, "9555-0123")], []),
    ("el link de mi ubicacion https://maps.google.com/?q=32.5149,-117.0382", [(A, "https://maps.google.com/?q=32.5149,-117.0382")], []),
    ("soy la Negra, asi me dicen, y mi marido es el Chato", [(N, "Negra"), (N, "Chato")], []),
    ("mi numero de la INE es 1555012345678", [(ID, "1555012345678")], []),
    ("el señor que me contrato se llama Ramiro Quispe Mamani", [(N, "Ramiro Quispe Mamani")], []),
    ("estoy en la calle 10 con carrera 7 en Cucuta", [(A, "la calle 10 con carrera 7")], ["Cucuta"]),
    ("tiktok: @soyelbrayan_555", [(H, "@soyelbrayan_555")], []),
    ("mi hijo Mateo tiene 12 años y no aparece", [(N, "Mateo")], ["12 años"]),
    ("mando 200 dolares a nombre de Jose Luis Cruz por western union?", [(N, "Jose Luis Cruz")], ["200 dolares"]),
    ("cel: cinco cinco 5 cero uno 4 ocho", [(P, "cinco cinco 5 cero uno 4 ocho")], []),
    ("trabajo en la casa de la familia Larrain en Vitacura, pasaje Los Aromos 555", [(N, "Larrain"), (A, "pasaje Los Aromos 555")], ["Vitacura"]),
    ("soy Rosa y me gusta el color rosa jaja, estoy en Tijuana", [(N, "Rosa")], ["color rosa", "Tijuana"]),
    ("pregunten por Doña Tere en el comedor de la parroquia San Juan", [(N, "Tere")], ["San Juan"]),
    ("mi usuario de telegram es yeni_hn_555", [(H, "yeni_hn_555")], []),
]


def locate(text, wanted):
    """Offsets of each (kind, substring), searching after the previous hit of the same string."""
    after = {}
    spans = []
    for kind, sub in wanted:
        start = text.find(sub, after.get(sub, 0))
        if start < 0:
            raise ValueError(f"{sub!r} not in {text!r}")
        after[sub] = start + len(sub)
        spans.append({"start": start, "end": start + len(sub), "kind": kind})
    return sorted(spans, key=lambda s: s["start"])


def rows():
    out = []
    n = 0
    for lang, items in (("en", EN), ("fr", FR), ("es", ES)):
        for text, wanted, keep in items:
            n += 1
            out.append({"id": f"r-b-{n:03d}", "lang": lang, "text": text,
                        "spans": locate(text, wanted), "keep": keep, "writer": WRITER})
    return out


if __name__ == "__main__":
    write_jsonl(f"redaction_{WRITER}.jsonl", rows())
