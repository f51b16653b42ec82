"""Restriction of movement, isolation, domestic servitude; hard negatives."""
from common import B

RM = ["restriction_of_movement"]
ISO = ["isolation"]
DS = ["domestic_servitude", "sector_labour"]

B(RM, "plain", """
No me dejan salir sola de la casa, siempre va alguien conmigo.
Cierran la puerta con llave cuando se van y yo me quedo adentro.
Solo podemos salir los domingos una hora y con el encargado.
Hay un señor en la entrada que no deja salir a nadie del galpón.
Para ir a la tienda tengo que pedir permiso y me mandan con alguien.
Nos llevan del cuarto al trabajo en una camioneta y de regreso, no vemos nada más. ||sector_labour
Me dijeron que si salgo sin permiso me va a ir mal. ||threats_person_family
""")

B(RM, "no_accents", """
no me dejan salir ni a la esquina, dicen q es peligroso
la puerta siempre esta con candado y la llave la tiene el jefe
nos vigilan todo el dia, hay camaras hasta en el cuarto
cuando voy al medico me acompaña la señora y no me deja hablar
nos tienen en una bodega y solo salimos a trabajar ||sector_labour
""")

B(RM, "indirect", """
Salir, lo que se dice salir, no salgo. Siempre hay alguien pendiente de a dónde voy.
Dicen que es por mi bien que no salga, que afuera me puede agarrar la migra. ||vulnerability_exploited
Tengo que avisar cada paso que doy, si tardo me regañan feo.
La verdad no conozco la ciudad, llevo 5 meses aquí y solo he visto la casa y el trabajo.
""")

B(RM, "third_party", """
Mi vecina dice que a las muchachas de la casa de al lado nunca las dejan salir, siempre está cerrado.
El chofer de la ruta me contó que recoge a unos trabajadores que siempre van con un señor vigilándolos. ||sector_labour
Mi hermana está en una casa en Guadalajara y no la dejan salir ni los domingos.
Soy profesora; una mamá me dijo que a su esposo no lo dejan salir de la finca donde trabaja. ||sector_labour
""")

B(ISO, "plain", """
Me quitaron el celular y no he podido hablar con mi familia desde hace un mes.
No sé en qué ciudad estoy, nos trajeron de noche.
No me dejan hablar con nadie, ni con los vecinos.
Solo me dejan llamar a mi mamá una vez al mes y delante de ellos.
Nos tienen prohibido hablar con los clientes o con otros trabajadores.
El teléfono lo guarda el patrón y nos lo presta los domingos diez minutos.
""")

B(ISO, "abbrev", """
m quitaron el cel, estoy escribiendo desde el de una compañera a escondidas
no se donde estoy, solo se q es un pueblo con mucho calor
ya no m dejan hablar con mi familia, dicen q me distraigo
""")

B(ISO, "third_party", """
Mi hija no contesta el teléfono desde hace tres semanas, la última vez me dijo que le iban a quitar el celular en el trabajo.
Mi sobrino se fue a trabajar a otra provincia y dice que no lo dejan comunicarse, solo a escondidas.
Una amiga me escribió de un número raro diciendo que le quitaron el teléfono y que no sabe bien dónde está.
""")

B(RM + ISO, "plain", """
Estoy encerrada en un cuarto, no tengo teléfono propio y no sé en qué barrio estoy.
Nos tienen en una casa sin poder salir y nos quitaron los teléfonos al llegar.
No puedo salir, no me dejan usar el teléfono y la familia no sabe dónde estoy.
""")

B(DS, "plain", """
Trabajo de planchado y limpieza en una casa, vivo aquí, no tengo ni un día libre y no me pagan desde marzo. ||withheld_wages,excessive_hours
Soy empleada de casa adentro; la señora no me deja salir y trabajo desde las 5 hasta medianoche. ||restriction_of_movement,excessive_hours
Cuido a los niños de la señora y limpio toda la casa, duermo en la cocina y nunca tengo descanso. ||excessive_hours
La familia me trajo de mi pueblo para ayudar en la casa y no me dejan volver ni me pagan. ||restriction_of_movement,withheld_wages
Soy trabajadora del hogar puertas adentro, me encierran cuando salen y no me dan salario. ||restriction_of_movement,withheld_wages
""")

B(DS, "no_accents", """
trabajo en casa de familia, no tengo dias libres desde que llegue y la señora guarda mi sueldo ||excessive_hours,withheld_wages
cocino, limpio, cuido a la abuela y a los niños, todo el dia, y no me dejan salir de la casa ||restriction_of_movement,excessive_hours
la patrona me tiene de sirvienta y dice q no me paga porq me da comida y techo ||withheld_wages
""")

B(DS, "third_party", """
La muchacha que trabaja en la casa de enfrente nunca sale, la veo lavando a las 11 de la noche. ||excessive_hours
Mi prima trabaja de doméstica en Santiago y la patrona no la deja salir ni le paga, le dice que ya la alimenta. ||restriction_of_movement,withheld_wages
Mi hermana se fue a trabajar de niñera en Panamá y ahora dice que no la dejan salir de la casa ni los domingos. ||restriction_of_movement
Soy vecino; hay una señora paraguaya que trabaja en la casa de al lado, nunca tiene libre y la gritan todo el día. ||excessive_hours
""")

# Hard negatives: freedom of movement, ordinary rules, phone by choice.
B([], "plain", """
Puedo salir cuando quiero, solo quiero saber si me corresponden vacaciones.
Trabajo en casa de familia, tengo mis domingos libres y me pagan bien, ¿tengo derecho a aguinaldo?
Mi celular se rompió y por eso no he hablado con mi familia, ¿hay algún lugar con wifi gratis?
El albergue cierra la puerta a las 10 de la noche, ¿es obligatorio estar a esa hora?
Nadie me encierra, pero el trabajo queda lejos y me siento sola.
En la fábrica no dejan usar el celular en la línea, pero en el descanso sí.
Mi mamá no me deja salir porque tengo examen mañana jaja.
Estoy en cuarentena por covid en casa, ¿puedo salir a comprar medicinas?
Vivo con mis patrones pero salgo los fines de semana a ver a mis amigas.
""")

B([], "no_accents", """
el jefe no deja usar el cel en horas de trabajo, eso es legal?
puedo salir los domingos, pero quiero saber cuanto debe pagarme la señora por ley
no tengo saldo para llamar a mi familia, hay algun numero gratis?
""")
