"""Smuggling alone (refer), abduction or sale; hard negatives on migration routes."""
from common import B

SM = ["smuggling"]
AB = ["abduction_or_sale"]

B(SM, "plain", """
Pagué a un coyote para cruzar a Estados Unidos y ya estoy con mi familia en Houston.
Crucé el Darién con un guía al que le pagamos 300 dólares, ya estamos en Panamá en un albergue.
Un pollero nos pasó por el río, nos dejó del otro lado y cada quien siguió su camino.
Vine con un coyote desde Honduras, ya le pagué todo y ahora busco trabajo en Monterrey.
Mi hermano pagó para que lo pasaran por el desierto, ya llegó y está bien.
Pagamos a un lanchero para llegar a Necoclí, nadie nos retuvo.
Me trajeron escondido en un tráiler, pero ya estoy libre y con mis primos.
""")

B(SM, "no_accents", """
pague al coyote y ya cruce, estoy en phoenix con mi tia, quiero saber de abogados
el guia del darien nos dejo en bajo chiquito y de ahi seguimos solos
vine con pollero por tenosique, ya estoy en la capital buscando chamba
mi esposo cruzo con coyote hace un mes, esta bien, ya trabaja
cruzamos pagando a unos señores en la frontera de guatemala, nos dejaron en tapachula
""")

B(SM, "question", """
Ya crucé con coyote y estoy bien, ¿puedo pedir asilo aunque haya entrado así?
Pagué a alguien para cruzar a Chile por Colchane, ¿me pueden expulsar?
¿Qué pasa si me agarran después de cruzar con un coyote? Ya estoy en la ciudad.
""")

B(SM, "slang", """
me pasaron al otro lado pagando, ya ando chambeando en la construccion, todo tranqui ||sector_labour
el pollero cumplio, nos dejo en el punto y se fue, ya estamos con la familia
""")

B(AB, "plain", """
A mi hermana se la llevaron a la fuerza unos hombres en una camioneta en el camino a Tapachula.
Mi papá me vendió a un señor para pagar una deuda.
Me entregaron a una familia a cambio de dinero cuando tenía 12 años. ||minor
Los que nos cruzaron nos vendieron a otro grupo en la frontera.
Me dijeron que el coyote me pasó a otras personas y que ahora les pertenezco a ellos.
Mi tía me regaló a una señora para que trabajara en su casa. ||domestic_servitude,sector_labour
""")

B(AB, "no_accents", """
nos bajaron del bus y se llevaron a tres muchachas, nadie sabe a donde
me cambiaron por plata, el pollero me dejo con unos señores q ahora dicen q soy de ellos
mi hermano desaparecio en la ruta, unos dicen q lo agarraron los del cartel para trabajar ||forced_begging_crime,sector_crime
a mi prima la casaron a la fuerza con un señor mayor a cambio de dinero
""")

B(AB, "third_party", """
Un padre de familia dice que vendió a su hija de 14 a un hombre para pagar la cosecha perdida. ||minor
Soy maestra rural; una niña de sexto grado dejó de venir y dicen que su familia la entregó a un señor de la ciudad. ||minor
Mi vecina contó que en su comunidad se llevan a muchachos a trabajar a la fuerza en los cultivos. ||sector_labour
""")

B(AB + ["forced_commercial_sex", "sector_commercial_sex"], "plain", """
Me compraron por 2000 dólares para trabajar en un bar, eso me dijo la dueña.
A mi amiga la vendieron a un prostíbulo en la frontera.
""")

# Hard negatives.
B([], "plain", """
¿Es verdad que cruzar por el Darién cuesta más de mil dólares?
Estoy pensando en cruzar con coyote, ¿es peligroso?
Mi abuela me regaló su anillo antes de venirme, es lo único que traigo.
Vendí mi moto para pagar el viaje, ¿hay ayuda para conseguir trabajo?
¿Qué es el tráfico de migrantes y en qué se diferencia de la trata?
Llegué en avión con visa de turista, nadie me ayudó a cruzar, ¿puedo quedarme a trabajar?
""")

B([], "no_accents", """
cuanto cobra un coyote de guatemala a usa, es para saber
ya me entregaron mi permiso de trabajo, gracias
""")
