"""Top-up for the labels with fewest examples: medical emergency, partner violence, labour
disputes, homelessness, self-harm, ransom, suspicious offers, smuggling only, begging, danger
now. Hand-written, different people and places."""
from common import L

L("plain", """
Mi tío se desmayó cargando cajas en la bodega y no responde, tiene la cara pálida. ||me,sl
Mi hermana tomó cloro y está vomitando, no puede hablar. ||me,sh
En el albergue un señor se golpeó la cabeza al caer y está sangrando por el oído. ||me
Mi bebé de dos meses no respira bien y se está poniendo morado. ||me,mi
Un compañero tiene un clavo atravesado en el pie y sangra mucho, estamos en la obra. ||me,sl
Una muchacha en el bar está inconsciente, le dieron algo en la bebida. ||me,scs
Mi papá tiene dolor fuerte en el pecho y el brazo, no puede respirar. ||me
Mi amigo está temblando y con los ojos en blanco, creo que es sobredosis. ||me
A una señora del grupo la atropelló un carro en la carretera, sigue en el suelo. ||me
Mi compañera de trabajo se cortó con la máquina y le sale sangre a chorros. ||me,sl
""")

L("no_accents", """
mi primo se desmayo por el sol en la pisca, no despierta ||me,sl
mi hijo tiene una herida en la cabeza y no deja de sangrar ||me
una chica en el cuarto de al lado tomo muchas pastillas y esta como dormida y no reacciona ||me
mi esposa se cayo de la escalera embarazada y esta sangrando ||me
el señor del grupo ya no respira, estamos en la selva ||me
""")

L("plain", """
Mi pareja me pegó el domingo delante de los niños; ahora estoy en casa de mi mamá con ellos. ||pv,mi
Mi esposo controla mi dinero y me insulta, quiero saber cómo separarme. ||pv
Mi ex me rompió la nariz hace un mes, tengo orden de alejamiento pero sigue escribiendo. ||pv
Mi novio me obliga a tener relaciones cuando toma. ||pv
Mi marido me amenaza con quitarme los papeles del asilo si lo dejo. ||pv
El papá de mis hijos me persigue en el trabajo y me grita delante de todos. ||pv
Mi esposo me encerró anoche en el cuarto, hoy me dejó salir y se fue. ||pv
Mi pareja me dio un puñetazo la semana pasada y dice que fue culpa mía. ||pv
Tengo moretones porque mi marido me empujó contra la mesa, ahora está en el trabajo. ||pv
Mi novia me golpea cuando se enoja, soy hombre y me da vergüenza contarlo. ||pv
""")

L("no_accents", """
mi esposo me pega y me dice q si lo denuncio me deportan ||pv,tp
mi marido me jalo del pelo anoche, hoy esta tranquilo pero tengo miedo ||pv
mi ex no me deja ver a mis hijos y me amenaza por mensajes ||pv
mi pareja me cachetea cuando llego tarde, ya no se q hacer ||pv
mi novio me quito el celular y me insulto, luego se fue ||pv
""")

L("plain", """
El dueño del taller no me quiere dar mi constancia de trabajo. ||ld,sl
Me descuentan el almuerzo aunque no lo como, ¿es legal? ||ld,sl
Me obligan a usar mis propias herramientas y no me las pagan, pero me puedo ir cuando quiera. ||ld,sl
Me pagan por debajo de lo que dice el contrato; ya me quejé y me ignoran. ||ld,sl
No me pagaron el día feriado trabajado. ||ld,sl
Me despidieron por enfermarme de covid. ||ld,sl
Me deben el último mes y ya regresé a mi país, ¿lo puedo reclamar desde aquí? ||ld,sl
Mi jefe me baja el sueldo cada vez que se rompe algo. ||ld,sl
Trabajo como repartidor y la app me bloqueó sin pagarme la semana. ||ld,sl
La agencia temporal me debe dos semanas, ya trabajo con otra. ||ld,sl
""")

L("no_accents", """
me pagaron la quincena incompleta y no me explican por que ||ld,sl
el patron no quiere pagar el dia de mi incapacidad ||ld,sl
me deben las propinas del mes en el restaurante ||ld,sl
me corrieron sin darme mi ultimo pago, ya estoy en otra chamba ||ld,sl
""")

L("plain", """
No tenemos dónde quedarnos, somos una familia de cinco en Mexicali. ||hl
Me robaron todo en la terminal y ya no tengo ni para un hostal. ||hl
Dormimos bajo un puente en Monterrey desde hace una semana. ||hl
Salí de la cárcel de migración y no tengo dónde ir. ||hl
Llegué a Asunción sin conocidos, estoy sentada en la plaza con mi mochila. ||hl
La dueña del cuarto vendió la casa y nos quedamos en la calle. ||hl
Me dijeron que en el albergue ya no hay lugar y es de noche. ||hl
""")

L("no_accents", """
estoy sin donde vivir desde ayer, duermo en la estacion ||hl
me quede en la calle con mi esposa embarazada ||hl
nos sacaron del cuarto y estamos en la acera con los niños ||hl,mi
alguien sabe de un lugar para dormir hoy en medellin ||hl
""")

L("plain", """
Ya no quiero estar en este mundo, perdón. ||sh
Estoy pensando en terminar con mi vida esta noche. ||sh
Me lastimo a propósito para dejar de sentir. ||sh
Voy a tomarme todo lo que tengo en el botiquín. ||sh
Creo que lo mejor es desaparecer, ya tengo todo listo. ||sh
""")

L("no_accents", """
quiero acabar con todo ya ||sh
ya me despedi de mi mama, no voy a seguir ||sh
estoy en la orilla del rio pensando en tirarme ||sh
me corte otra vez y no para de sangrar ||sh,me
""")

L("plain", """
Me escribieron que tienen a mi esposa en un cuarto en Altamira y piden 1800 dólares. ||rs
Mi hijo me llamó desde un número desconocido, dice que lo tienen amarrado y que pague. ||rs
Para soltar a mi cuñado piden que depositemos en una tienda de conveniencia. ||rs
No lo dejan salir de la casa de seguridad hasta que juntemos lo que piden. ||rs,rm
Unos hombres armados bajaron a mi hermano del bus y ahora exigen dinero. ||rs
Tienen a mi sobrina en la frontera y dicen que cada semana sube el precio. ||rs
Me obligaron a pedirle dinero a mi familia para que me dejaran ir; sigo aquí. ||rs
""")

L("no_accents", """
tienen a mi esposo en una casa en reynosa, piden 3 mil o lo matan ||rs,th
mi primo llamo llorando, dice q lo soltaran si pagamos hoy ||rs
""")

L("plain", """
Un reclutador ofrece trabajo en invernaderos de España, pide el pasaporte original para "tramitar la visa" antes de firmar nada. ||sj
Una tal agencia pide que las chicas manden fotos de cuerpo entero para trabajar de recepcionistas en Dubái. ||sj
Me ofrecen ir a Panamá a trabajar en un casino, la señora dice que allá me explica el trabajo. ||sj
Me dijeron que en un rancho de Texas pagan 3000 al mes y que me llevan sin papeles, que allá lo pago. ||sj
Me contactaron para cuidar a una señora en Italia, piden que vaya sola y que no use mi teléfono en el viaje. ||sj
Un señor del barrio busca muchachos para "trabajo fácil" de mandados en la frontera, paga mucho. ||sj
""")

L("no_accents", """
me ofrecen trabajo en un bar en otra ciudad, me dicen q no lleve mi cel q alla me dan uno ||sj
una agencia de modelos me pide que viaje mañana y que no le diga a mis papas, es raro? ||sj
me quieren contratar para cuidar niños en francia pero me piden mi pasaporte por correo ||sj
""")

L("plain", """
Vine con un pollero por Sonora, ya estoy en Tucson con mi familia y quiero saber de clínicas. ||sm
Un guía nos ayudó a cruzar la frontera de Ecuador a Perú, llegamos bien a Lima. ||sm
Pagamos para que nos llevaran de Guatemala a México en lancha, ya estamos en Chiapas. ||sm
Mi hija cruzó con coyote y ya está con su papá en Virginia. ||sm
Me cruzaron escondido en un camión de frutas, me bajé en Houston y nadie me retuvo. ||sm
""")

L("no_accents", """
pague 8 mil al coyote y ya estoy en carolina del norte trabajando ||sm,sl
cruce por el darien con un guia, fue horrible pero ya estoy en mexico ||sm
""")

L("plain", """
Pido dinero en el transporte para mi hija enferma, nadie me manda. ||sb
Salgo a pedir en el mercado porque no me dan trabajo por ser mayor. ||sb
Con mi esposo pedimos en la calle desde que llegamos a Santiago. ||sb
""")

L("plain", """
Me metí en un baño del centro comercial, el hombre del que escapé está afuera. ||dn
Hay un hombre intentando abrir la puerta del cuarto donde me escondí. ||dn
Me están amenazando con un machete ahora, estoy en la finca. ||dn,sl
Llegó el jefe borracho y está pateando la puerta de nuestro cuarto. ||dn
Nos quieren sacar del albergue a la fuerza unos tipos armados. ||dn
Los que me tenían me vieron en el mercado y me están siguiendo. ||dn
Estoy en un carro con un tipo que no me deja bajar. ||dn,rm
""")

L("no_accents", """
me escondi en el monte y escucho que me estan buscando con linternas ||dn
el señor del bar me encontro, esta en la entrada de la casa de mi amiga ||dn,scs
nos van a subir a un camion ahorita y no sabemos a donde ||dn
""")
