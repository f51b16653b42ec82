"""Refer-level needs: homelessness, ordinary labour disputes, partner violence not now,
smuggling only, suspicious offers, begging by oneself; plenty of variety."""
from common import L

L("plain", """
Nos sacaron del albergue porque se cumplieron los días, estamos en la calle. ||hl
Llevo una semana durmiendo en una banca del parque central. ||hl
Mi casero me puso las cosas afuera, no tengo a dónde ir con mis hijos. ||hl,mi
Estoy durmiendo en la playa en Necoclí esperando la lancha, no tengo dónde quedarme. ||hl
Vivo en mi carro desde que me quedé sin trabajo. ||hl
¿Dónde pueden dormir un hombre y su hijo de 10 años esta noche en Reynosa? ||hl,mi
Me quedé sin casa, estoy en la estación del metro. ||hl
Nos bajamos del bus en Guadalajara sin conocer a nadie y sin dónde dormir. ||hl
Dormimos en una carpa junto al río en Ciudad Acuña. ||hl
Mi mamá y yo estamos en la calle desde que nos desalojaron. ||hl
""")

L("no_accents", """
no tengo casa ni para un cuarto, estoy en la plaza ||hl
nos corrieron del cuarto porq no pagamos, estamos afuera con las maletas ||hl
somos 6 y no tenemos donde dormir esta noche en san luis ||hl
estoy en situacion de calle en santiago, hay algun lugar? ||hl
no hay cupo en el albergue, dormimos en la banqueta ||hl
ando sin techo, me da miedo la noche ||hl
""")

L("plain", """
Trabajo en una bodega, me pagan por debajo del mínimo pero salgo a mi casa cada día, ¿cómo denuncio? ||ld,sl
Mi jefe no me dio el día de descanso obligatorio el 1 de mayo. ||ld,sl
Me hicieron firmar la renuncia para no pagarme la liquidación. ||ld,sl
Me accidenté en la obra y el patrón no quiere pagarme la incapacidad. ||ld,sl
Hace un mes renuncié y todavía no me pagan los días trabajados. ||ld,sl
La empresa de limpieza no nos da vacaciones desde hace dos años, aunque nos vamos a casa cada día. ||ld,sl
Me cambiaron el horario sin avisar y me descontaron por no llegar. ||ld,sl
No me quieren inscribir en el seguro social aunque llevo un año en la fábrica. ||ld,sl
Me pagaron con un cheque sin fondos, ya no trabajo ahí. ||ld,sl
Mi patrona me despidió de un día para otro después de cuatro años cuidando a su mamá. ||ld,sl
El supervisor grita a todos, pero pagan a tiempo; ¿hay algún lugar para quejarse? ||ld,sl
""")

L("no_accents", """
me corrieron por pedir aumento, me deben vacaciones ||ld,sl
el encargado no paga los domingos doble y trabajamos algunos, se puede reclamar? ||ld,sl
el de la obra me quedo a deber 3 dias y ya no contesta ||ld,sl
la patrona me pagaba en negro y ahora que me fui no me quiere dar nada ||ld,sl
""")

L("plain", """
Mi esposo me grita y me humilla desde hace años, no me ha pegado pero tengo miedo. ||pv
El padre de mi hijo me golpeó el mes pasado, lo denuncié y se fue, ¿hay apoyo psicológico? ||pv
Mi pareja me obliga a entregarle mi sueldo y me controla todo. ||pv
Me separé porque me pegaba, ahora me busca en el trabajo. ||pv
Mi novio me amenazó con publicar fotos mías si lo dejo. ||pv
Mi marido me dejó moretones la semana pasada; hoy está en otra ciudad. ||pv
Vivo con mi pareja en Houston y me amenaza con llamar a migración si lo dejo. ||pv,tp
Mi esposo me prohíbe hablar con mi familia y me quita el teléfono cuando se enoja. ||pv
""")

L("no_accents", """
mi marido me pego en el viaje y ahora estamos en el mismo albergue, el duerme en otro lado ||pv
mi ex me sigue escribiendo q me va a matar, estoy en otra ciudad ||pv
mi esposo me forzo anoche, hoy no esta en la casa ||pv
""")

L("plain", """
Entré a Estados Unidos con un coyote hace un año y trabajo en una carnicería, ¿puedo sacar licencia? ||sm,sl
Pagamos a unos lancheros para cruzar de Cuba a Florida, ya estamos aquí. ||sm
El coyote nos dejó en Laredo y de ahí nos recogió mi primo. ||sm
Un guía nos cruzó por el Darién, fueron cinco días duros, pero ya estamos en Costa Rica. ||sm
Crucé a Chile con un pasador por el desierto, ahora estoy en Iquique buscando trabajo. ||sm
Mi papá vino con pollero hace años, ¿puede arreglar papeles? ||sm
""")

L("no_accents", """
vine con coyote y ya le pague todo, ahora quiero saber si puedo pedir asilo ||sm
pague a un señor para pasar el rio bravo, ya estoy en el lado americano con mi familia ||sm
el guia nos dejo en panama y seguimos en bus, estamos bien ||sm
""")

L("plain", """
Un muchacho en WhatsApp me ofrece trabajo de niñera en Estados Unidos, dice que él arregla todo y que no le diga a nadie. ||sj
Una agencia promete trabajo en fincas de Canadá pero hay que pagar 2000 y entregar el pasaporte antes de viajar. ||sj
Me ofrecieron trabajo de bailarina en Japón, todo pagado, sin contrato por ahora. ||sj
En la plaza un señor recluta jóvenes para "cuidar una finca" en la sierra, paga por adelantado. ||sj
Me escribió una señora que me vio en Facebook, dice que tengo cara de modelo y que me lleva a Miami. ||sj
Me ofrecen trabajar en un barco pesquero, pagan bien pero el contrato es en inglés y no me lo dejan leer antes. ||sj
Una prima lejana me quiere llevar a trabajar a Argentina, dice que ella me paga el pasaje y que allá veo. ||sj
Me prometen un trabajo en un hotel en Punta Cana, la entrevista es en un motel. ||sj
""")

L("no_accents", """
me llego un mensaje de un numero extraño ofreciendo chamba en usa con visa gratis ||sj
una señora busca muchachas jovenes sin experiencia para un restaurante en otro estado, pagan el viaje ||sj
me ofrecen trabajo de acompañante de empresarios, dicen q es solo cenar ||sj
""")

L("plain", """
Pido en la calle porque no tengo trabajo, nadie me obliga, ¿hay comedores? ||sb
Mi esposo y yo pedimos dinero en el semáforo para juntar lo del cuarto, ¿hay ayuda? ||sb,hl
Estoy pidiendo en la salida de la iglesia, soy de Venezuela, ¿dónde consigo trabajo? ||sb
Pido monedas en el bus con mi guitarra, la policía me quiere quitar, ¿es delito? ||sb
""")

L("no_accents", """
pido en la calle con mi hijo de 3, no tenemos nada, hay albergue para familias? ||sb,hl,mi
me da pena pero pido en el centro para comer, no hay chamba ||sb
estoy pidiendo plata en el peaje para seguir el viaje ||sb
""")

L("plain", """
Un señor trae todos los días a unos niños a pedir en el mercado y se queda con el dinero. ||fbc,sb,mi,ww
Mi vecina manda a su sobrina de 10 años a pedir en la plaza hasta la noche. ||fbc,sb,mi,eh
En la estación hay ancianos pidiendo que bajan de una camioneta y luego los recogen. ||fbc,sb
A los que llegamos nos pusieron a pedir en los semáforos para pagar el cuarto. ||fbc,sb,db
""")
