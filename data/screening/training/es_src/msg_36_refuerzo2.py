"""Second top-up: partner violence, medical emergencies, homelessness, disputes, offers."""
from common import L

L("plain", """
Mi esposo me quemó con la plancha hace dos semanas; ya sanó, pero sigo viviendo con él. ||pv
Mi pareja me tiene miedo de que lo deje y me amenaza con matarse y matarme; hoy está trabajando. ||pv
Mi marido me viola cuando quiere y dice que es su derecho. ||pv
El novio de mi hija le pega, ella tiene 24 y no lo quiere dejar. ||pv
Mi esposa me humilla y me pega con lo que encuentra, no sé a quién decirle. ||pv
Desde que me embaracé mi pareja me empuja y me encierra; ahora está fuera de la ciudad. ||pv
Mi exesposo me mandó a golpear con sus amigos el mes pasado. ||pv
Mi pareja me revisa todo y me amenaza con quitarme a la niña si hablo con mis amigas. ||pv
Mi compañero de vida me pegó en la frontera y luego pidió perdón, ya son tres veces. ||pv
""")

L("no_accents", """
mi esposo me dejo morado el brazo anoche, ahorita salio ||pv
mi novio me amenaza con subir mis fotos si lo dejo ||pv
el papa de mi hijo me empujo y me tire al piso, ya se fue ||pv
mi marido me grita y me pega cuando no hay dinero ||pv
mi pareja me escupe y me insulta frente a los niños ||pv
mi esposo me amenazo con un cuchillo la semana pasada, ahora esta con su mama ||pv
mi ex me acosa en el trabajo y me sigue a la casa ||pv
mi pareja me obliga a darle todo lo que gano y me pega si no ||pv
mi marido me pateo embarazada, ya paso pero tengo miedo ||pv
""")

L("plain", """
Un muchacho del grupo fue mordido por un perro y tiene una herida grande que no para de sangrar. ||me
Mi hija de 4 años se tragó una pila y está llorando y babeando. ||me,mi
Mi compañera tiene mucha fiebre, está delirando y no puede pararse. ||me
Se electrocutó un compañero en la obra y quedó tirado. ||me,sl
Mi papá se desmayó de hambre en el camino y no reacciona. ||me
A mi hermano le cayó ácido en los ojos en la fábrica y no ve nada. ||me,sl
""")

L("no_accents", """
mi amiga esta con mucho dolor de panza y sangrando, la trajeron del bar y no quieren llevarla al medico ||me,scs
un niño del albergue se cayo de la litera y no despierta ||me,mi
mi compañero se quedo sin aire en la camara frigorifica, lo sacamos y no respira bien ||me,sl
un señor tiene la pierna rota con el hueso afuera, estamos en el tren ||me
mi esposa esta dando a luz en el cuarto y el bebe no sale ||me
mi mama tiene diabetes y esta muy mal, se desmayo ||me
""")

L("plain", """
Estamos en la calle con una bebé recién nacida, no encontramos albergue en Saltillo. ||hl,mi
Dormimos en la banqueta afuera de la COMAR en Tapachula. ||hl
Me sacaron de la casa donde trabajaba y no tengo adónde ir esta noche. ||hl,sl
Acabamos de llegar a Santiago y estamos en la calle con frío. ||hl
No tengo casa, duermo donde me agarre la noche. ||hl
""")

L("no_accents", """
no tengo donde pasar la noche en villahermosa ||hl
estamos en la calle desde que se quemo la casa ||hl
""")

L("plain", """
El patrón me pagó con un cheque que rebotó y ya me fui de ese trabajo. ||ld,sl
Me descontaron la ropa de trabajo que rompí, ¿lo pueden hacer? ||ld,sl
En el call center nos quitan el bono si vamos al baño más de dos veces. ||ld,sl
Renuncié a la casa donde trabajaba y la señora no me quiere pagar los días. ||ld,sl
La constructora nos pagó menos horas de las que trabajamos; todos nos vamos a casa al final del día. ||ld,sl
""")

L("no_accents", """
me quitaron 2 dias de sueldo por un error en la caja ||ld,sl
trabaje 3 meses en una cocina y nunca me dieron recibo de pago, ya me sali ||ld,sl
me corrieron por ser venezolano, me pueden ayudar ||ld,sl
el jefe no me paga el transporte como prometio ||ld,sl
la fabrica no nos da agua ni descanso para comer, pero podemos renunciar ||ld,sl
""")

L("plain", """
Una supuesta empresa de cruceros me pide 300 dólares de "curso" y el pasaporte para enviarlo a su oficina. ||sj
Un hombre en el parque ofrece trabajo a las muchachas migrantes en una "casa de huéspedes" con hospedaje gratis. ||sj
Me ofrecieron trabajo limpiando hoteles en otro estado, salimos de madrugada y no dan dirección. ||sj
Me escribieron para ser "dama de compañía" en eventos, pagan en dólares y viajan conmigo. ||sj
Me ofrecen trabajo en Guatemala cuidando una finca, el pasaje lo pagan y el sueldo es después de un año. ||sj
Me dicen que en un restaurante de Cancún contratan sin papeles, que me quedo en la casa del dueño. ||sj
""")
