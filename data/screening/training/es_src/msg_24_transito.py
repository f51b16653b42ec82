"""Migrants in transit: Darién, Necoclí, Tapachula, the train, Tijuana, Juárez, Reynosa."""
from common import L

L("plain", """
Estoy en el Darién, el guía nos dejó tirados y dice que si no pagamos 200 más no nos saca de aquí. ||rs,sm
En la selva nos robaron todo, ya estamos en Bajo Chiquito y estamos bien, solo necesito ropa para los niños. ||mi
Los que nos llevaban se quedaron con las mujeres jóvenes en un campamento y a nosotros nos dejaron seguir. ||ab
En Necoclí un hombre nos ofrece pasar gratis si las muchachas trabajan para él en Panamá. ||sj
Estamos en Tapachula hace tres meses esperando la COMAR, no tenemos trabajo ni dónde dormir. ||hl
En Tapachula un señor nos ofreció trabajo en una finca y nos dijo que nos quedemos con él en su casa, que no necesitamos papeles. ||sj
Nos bajaron del tren en Coatzacoalcos unos hombres armados y se llevaron a cuatro compañeros. ||ab
Estoy en Tijuana en un albergue, tranquilo, esperando mi cita de CBP One.
En Ciudad Juárez unos tipos nos levantaron en la calle y nos tienen en una casa, piden 1500 por cabeza. ||rs
Estoy en Reynosa, nos están vigilando desde un carro afuera del hotel, creo que nos quieren levantar. ||dn
El coyote nos tiene en una bodega en Piedras Negras hace una semana, no nos deja salir y dice que faltan pagos. ||rs,rm
Nos cruzaron por el río y del otro lado nos recogió otra gente que dice que ahora les debemos a ellos, nos tienen trabajando. ||ab,db,sl,sm
Llegamos a Monterrey, el pollero cumplió y ya estamos con mis tíos. ||sm
El guía nos dejó en la frontera de Guatemala y seguimos solos, estamos en un albergue en Tecún Umán. ||sm
En la ruta un hombre me prometió llevarme hasta Estados Unidos si trabajaba unos meses en su restaurante; ya van seis meses, no me paga y no me deja ir. ||dj,ww,rm,sl
Estoy en el albergue de Tapachula y una señora viene a ofrecer trabajo a las muchachas solas para "atender" en un bar de Cancún. ||sj
""")

L("no_accents", """
estamos en el tapon del darien, mi hijo de 6 tiene fiebre altisima y no responde bien ||me,mi
nos secuestraron en el camino a matamoros, me dejaron escribir para que mi familia pague ||rs
en la bestia unos tipos cobran cuota y al que no paga lo tiran del tren, ya vi a uno caer, esta herido y no se mueve ||me
el coyote nos dijo q el cruce esta pagado pero ahora nos tienen en una casa trabajando para "completar" ||db,rm,sl,sm
estoy en la estacion migratoria, nos tratan mal pero no es trata creo, solo queria preguntar mis derechos
en juarez el del cuarto donde dormimos nos quito los celulares y no nos deja salir, dice q es por seguridad ||iso,rm
estamos en san pedro sula saliendo en caravana, hay albergues en el camino?
nos dejaron en el desierto y nos perdimos, estamos sin agua, mi compañero ya no puede caminar ||me,dn
en tapachula un hombre nos quito los papeles de la comar y dice q nos los da si le trabajamos ||doc,db
un señor en el albergue nos dijo q el nos cruza sin pagar nada y que ya alla le trabajamos, es confiable? ||sj
ando en acayucan caminando, ya me quede sin dinero y sin comida, no tengo donde dormir ||hl
""")

L("abbrev", """
toy en tijuana, m tienen encerrada en un cuarto los del hotel, dicen q hasta q mi familia mande el dinero ||rs,rm
ya cruzamos, todo bien, gracias x la info ||sm
el pollero m kito el cel y no se donde estamos ||iso
q hago, m llegó un msj d los q tienen a mi hermano pidiendo 3mil ||rs
""")

L("run_on", """
salimos de quito y en la selva el guia nos cobro otra vez y a los que no pudieron pagar los dejo amarrados en un campamento y a mi esposa no la dejaron seguir hasta que su mama mande dinero ||rs,sm
venimos en un bus desde guatemala con un señor que nos dijo que tenia trabajo para nosotros en una granja en mexico y al llegar nos metieron a un cuarto y nos quitaron los papeles y ahora trabajamos sin pago ||dj,doc,ww,rm,sl
estamos en el puente de matamoros durmiendo en el suelo con los niños desde hace cuatro dias porque no hay lugar en los albergues y hace mucho frio ||hl,mi
cruce hace dos semanas con un coyote que me cobro cinco mil y me dejo con mi primo en dallas y ya empece a trabajar en techos y me pagan cada viernes asi que estoy bien solo queria saber de un abogado ||sm,sl
""")

L("third_party", """
Soy voluntaria en un albergue de Oaxaca; llegó una familia diciendo que en el camino les quitaron a la hija de 15. ||ab,mi
Soy enfermera en una clínica de Tapachula; atendí a un joven con golpes que dice que lo tuvieron trabajando en una finca sin dejarlo salir. ||psv,rm,sl
Soy el sacerdote de la casa del migrante; varios hombres dicen que en Tierra Blanca unos tipos los obligaron a llamar a sus familias para pedir dinero. ||rs
Mi hermano me escribió desde Necoclí que el que lo iba a cruzar le quitó el pasaporte y dice que lo devuelve en Panamá si paga más. ||doc,sm
Soy chofer de una combi en Tapachula; veo a un señor que todos los días lleva a muchachas del albergue a un bar y las regresa en la madrugada. ||scs
""")
