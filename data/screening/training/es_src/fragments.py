"""Hand-written first-person sentences, each self-contained and labelled, grouped by topic.
msg_90_compuestos.py joins two or three of them (different topics) into one message, so the
detector sees indicators in combination and next to negated or harmless sentences.
POS: topic -> list of (sentence, labels). NEG: topic -> sentences that deny or sidestep that
topic (never joined with a positive sentence of the same topic)."""

POS = {
    "doc": [
        ("el patrón tiene mi pasaporte y no me lo quiere devolver", "doc"),
        ("la señora guarda mis papeles bajo llave", "doc"),
        ("me quitaron la cédula el primer día", "doc"),
        ("cuando pido mi documento me dicen que después", "doc"),
        ("la agencia se quedó con los pasaportes de todos", "doc"),
        ("el encargado dice que mi DPI está más seguro con él", "doc"),
        ("no tengo mis papeles, los tiene el que me trajo", "doc"),
        ("solo me dejaron una copia, el original lo guardan ellos", "doc"),
        ("mi INE la tiene el jefe desde que entré", "doc"),
        ("el pasaporte me lo retienen hasta que termine el contrato", "doc"),
    ],
    "debt": [
        ("dicen que les debo la comida y el cuarto y la cuenta nunca baja", "db"),
        ("me dicen que me puedo ir cuando pague todo lo que debo", "db"),
        ("la deuda empezó en mil y ahora dicen que son cuatro mil", "db"),
        ("cada semana me descuentan algo nuevo y sigo debiendo", "db"),
        ("tengo que trabajar para pagar lo que gastaron en traerme", "db,td"),
        ("le debo el viaje al señor y me lo cobra con intereses que suben", "db,td"),
        ("me anotan todo en una libreta y nunca termino de pagar", "db"),
        ("el pasaje me lo cobran trabajando y no sé cuánto falta", "db,td"),
    ],
    "move": [
        ("no me dejan salir sola", "rm"),
        ("la puerta la cierran con candado en la noche", "rm"),
        ("siempre hay alguien vigilando a dónde voy", "rm"),
        ("solo salgo para ir al trabajo y me llevan ellos", "rm"),
        ("para salir tengo que pedir permiso y casi nunca me lo dan", "rm"),
        ("hay cámaras por todos lados y un señor en la puerta", "rm"),
        ("no puedo irme aunque quiera", "rm"),
        ("nos encierran en el cuarto cuando terminamos", "rm"),
    ],
    "iso": [
        ("me quitaron el celular", "iso"),
        ("no sé bien en qué ciudad estoy", "iso"),
        ("no me dejan hablar con mi familia", "iso"),
        ("solo puedo llamar a mi mamá delante de ellos", "iso"),
        ("nos prohíben hablar con los vecinos", "iso"),
        ("escribo a escondidas con el teléfono de otra persona", "iso"),
        ("hace un mes que no sé nada de mis hijos porque no me dejan llamar", "iso"),
    ],
    "viol": [
        ("el encargado me pegó cuando dije que estaba cansada", "psv"),
        ("el patrón nos golpea si no terminamos", "psv"),
        ("el dueño abusó de mí", "psv"),
        ("me empujó y me dio una cachetada delante de todos", "psv"),
        ("a un compañero lo golpearon por querer irse", "psv"),
        ("el jefe me toca y si me quejo me castiga", "psv"),
    ],
    "threat": [
        ("dicen que si me voy le hacen algo a mi familia", "th"),
        ("me amenazaron con hacerle daño a mis hijos en mi país", "th"),
        ("el jefe dice que sabe dónde vive mi mamá", "th"),
        ("me dijeron que si hablo con alguien me va a ir muy mal", "th"),
        ("me amenazan con que me van a desaparecer", "th"),
    ],
    "police": [
        ("si me quejo llaman a migración", "tp"),
        ("dicen que como no tengo papeles la policía me va a encerrar", "tp"),
        ("la patrona me amenaza con denunciarme a inmigración", "tp"),
        ("el jefe dice que la migra me está buscando y que solo él me protege", "tp,ve"),
        ("nos dicen que si salimos nos deportan", "tp"),
    ],
    "wage": [
        ("no me pagan desde hace tres meses", "ww"),
        ("el patrón dice que me guarda el sueldo para que no lo gaste", "ww"),
        ("me prometieron 500 dólares y me dan 100", "ww"),
        ("dicen que me pagan todo junto al final de la temporada", "ww"),
        ("me pagan solo con comida y un lugar para dormir", "ww"),
        ("el sueldo se lo queda la señora, dice que lo manda a mi familia", "ww"),
    ],
    "hours": [
        ("trabajo de 5 de la mañana a 11 de la noche", "eh"),
        ("no tengo ni un día de descanso", "eh"),
        ("me hacen trabajar aunque esté enferma", "eh"),
        ("llevo meses sin un domingo libre", "eh"),
        ("hacemos turnos de 16 horas todos los días", "eh"),
    ],
    "decep": [
        ("me dijeron que era trabajo en un hotel y no es eso", "dj"),
        ("el sueldo y el lugar no son los que prometieron", "dj"),
        ("vine para un trabajo de cocinera y me tienen haciendo otra cosa", "dj"),
        ("la oferta decía contrato y papeles y no hay nada", "dj"),
        ("me engañaron con el trabajo", "dj"),
    ],
    "sex": [
        ("me fuerzan a recibir clientes", "fcs,scs"),
        ("tengo que salir con los señores que ellos dicen", "fcs,scs"),
        ("en el bar me hacen fichar y luego subir con los clientes", "fcs,scs"),
        ("me ponen a hacer citas y el dinero se lo quedan", "fcs,scs,ww"),
        ("me venden por internet a hombres", "fcs,scs"),
        ("me dicen que tengo que ser cariñosa con los clientes si quiero comer", "fcs,scs"),
    ],
    "beg": [
        ("me ponen a pedir dinero en la calle y me quitan todo", "fbc,sb,ww"),
        ("me obligan a vender droga", "fbc,sc"),
        ("me hacen llevar paquetes que no sé qué tienen", "fbc,sc"),
        ("me tienen de vigilante avisando cuando llega la policía", "fbc,sc"),
        ("me obligan a robar en el transporte", "fbc,sc"),
    ],
    "house": [
        ("trabajo en la casa sin día libre y no me pagan", "ds,sl,eh,ww"),
        ("limpio, cocino y cuido a los niños desde la madrugada hasta la noche y no puedo salir de la casa", "ds,sl,eh,rm"),
        ("soy empleada puertas adentro y la señora me encierra cuando sale", "ds,sl,rm"),
        ("duermo en el piso de la cocina y trabajo todo el día para la familia sin sueldo", "ds,sl,ww,eh"),
    ],
    "vuln": [
        ("saben que no tengo papeles y se aprovechan", "ve"),
        ("como no hablo bien español me hacen firmar lo que sea", "ve"),
        ("saben que necesito la plata para mi hijo enfermo y por eso abusan", "ve"),
    ],
    "sold": [
        ("me vendieron a esta gente", "ab"),
        ("el que me trajo me entregó a otros a cambio de dinero", "ab"),
        ("me llevaron a la fuerza en una camioneta", "ab"),
    ],
}

# Sector context sentences (first person); joined only with the topics they fit.
SECTOR = {
    "sl": [
        "trabajo en una finca", "trabajo en la construcción", "trabajo en una casa de familia",
        "estoy en una empacadora", "trabajo en un restaurante", "trabajo en un taller de costura",
        "estoy en un rancho cortando fruta", "trabajo en una fábrica", "estoy en un barco pesquero",
        "trabajo en una panadería", "trabajo en un invernadero", "estoy en una mina",
    ],
    "scs": ["trabajo en un bar", "estoy en una cantina", "me tienen en un departamento",
            "estoy en un night club", "estoy en una casa de masajes"],
}

NEG = {
    "doc": ["mi pasaporte lo tengo yo", "no me quitaron los papeles", "solo me pidieron una copia de la cédula",
            "perdí mi pasaporte en el camino", "nadie me ha quitado la identificación"],
    "debt": ["ya no debo nada y punto", "el viaje lo pagué yo completo", "tengo un préstamo del banco pero eso es aparte"],
    "move": ["puedo salir cuando quiero", "los domingos salgo al parque con mis amigas", "nadie me encierra"],
    "iso": ["hablo con mi familia todos los días", "tengo mi celular conmigo"],
    "viol": ["nadie me ha pegado", "el patrón nunca me ha tocado"],
    "threat": ["no me han amenazado", "nadie ha dicho nada de mi familia"],
    "police": ["nunca me han amenazado con migración"],
    "wage": ["me pagan cada quincena", "el sueldo me lo dan completo", "me pagan lo que acordamos"],
    "hours": ["trabajo ocho horas y descanso el domingo", "tengo mis días libres"],
    "decep": ["el trabajo es lo que me dijeron", "todo es como en el contrato"],
    "sex": ["en el bar solo sirvo tragos y nadie me obliga a nada más", "nunca me han pedido estar con clientes"],
    "beg": ["nadie me manda a pedir", "nadie me manda a pedir ni a vender"],
    "house": ["en la casa donde trabajo tengo mi día libre y mi cuarto ||sl", "la señora de la casa me paga bien y salgo los domingos ||sl"],
    "sold": ["vine por mi cuenta, nadie me trajo"],
}
NEG["doc"] += ["la empresa escaneó mi pasaporte y me lo devolvió", "mi cédula la llevo siempre conmigo",
               "el consulado tiene mi pasaporte por el trámite de visa"]
NEG["debt"] += ["lo del pasaje ya lo terminé de pagar", "debo la tarjeta, pero eso es con el banco"]
NEG["move"] += ["salgo del trabajo a las cinco y me voy a mi casa", "vivo sola en un cuarto que alquilo"]
NEG["iso"] += ["llamo a mi mamá cuando quiero", "uso mi teléfono sin problema"]
NEG["wage"] += ["me pagaron completo el viernes", "el sueldo llega a mi cuenta cada mes"]
NEG["hours"] += ["salgo a mi hora", "los domingos descanso"]
NEG["threat"] += ["nadie me ha amenazado nunca"]
NEG["police"] += ["el jefe nunca ha dicho nada de migración"]

# Harmless closings/questions and openers (no label).
OPEN = ["hola", "buenas noches", "perdonen la molestia", "buenas tardes, una consulta", "hola, perdón",
        "no sé si me pueden ayudar", "hola, escribo desde otro teléfono", "buen día",
        "soy de Honduras", "soy guatemalteca", "soy venezolano", "soy de El Salvador", "soy nica",
        "soy colombiana", "soy de Oaxaca", "soy peruano", "soy dominicana", "soy cubano",
        "soy ecuatoriana", "soy boliviano", "soy paraguaya", "soy de Chiapas", "qué tal",
        "buenas, les escribo desde Tijuana", "hola, estoy en Lima", "saludos desde Guayaquil",
        "hola, soy argentina", "oigan", "una pregunta", "hola, vivo en Houston", ""]
CLOSE = ["¿qué hago?", "¿me pueden ayudar?", "ayuda por favor", "no sé a quién decirle",
         "¿eso es normal?", "tengo miedo", "¿a dónde puedo ir?", "¿qué me recomiendan?",
         "no quiero problemas", "gracias", "perdón por escribir tanto", "¿es legal eso?", ""]

# Third-party wrappers: the quoted first-person sentences become a report.
WRAP = ["mi hermana me escribió: \"{}\"", "mi prima me mandó este mensaje: {}",
        "un compañero de trabajo me dice que {}", "mi vecina me contó llorando: {}",
        "soy maestra y una mamá me dijo: \"{}\"", "soy enfermera, una paciente me dijo bajito: {}",
        "soy el padre de la parroquia y un hombre me confesó: \"{}\"",
        "mi cuñada desde otro país me escribe: {}", "mi amiga me manda audios diciendo: {}",
        "un señor del albergue me contó: {}", "mi tía me llamó y me dijo: {}"]

# Harmless requests that close a message made only of denials.
NEG_Q = ["solo quiero saber mis derechos", "¿me corresponde aguinaldo?", "¿dónde saco el seguro social?",
         "pregunto por una amiga que quiere venir", "¿cómo renuevo mi permiso?", "es para saber",
         "gracias por la info", "¿tienen cursos de inglés?", "¿cómo mando dinero a mi casa?",
         "¿cómo traigo a mis hijos legalmente?", "¿hay clínicas gratis cerca?", "¿dónde estudio la prepa abierta?",
         "¿cómo abro una cuenta de banco sin papeles?", "¿puedo pedir asilo?", "¿qué es la trata? lo vi en un afiche",
         "¿me pueden mandar información para compartir?", "quiero ser voluntaria", "¿hay abogados gratis?",
         "¿cuánto es el salario mínimo aquí?", "¿cómo saco la licencia de manejo?"]

# A denial never sits next to a positive sentence it contradicts.
CONFLICT = {"house": {"wage", "move", "hours", "iso"}, "beg": {"wage"}, "sold": {"doc", "debt"},
            "move": {"house"}, "hours": {"house"}, "wage": {"house", "sex", "beg"},
            "iso": {"house"}}
