"""Documents held by someone else, and hard negatives about papers."""
from common import B

DOC = ["document_confiscation"]
DOC_L = ["document_confiscation", "sector_labour"]

B(DOC, "plain", """
El señor que nos trajo se quedó con nuestros pasaportes y dice que nos los da cuando termine la temporada.
La agencia tiene los pasaportes de todos nosotros desde que llegamos, nadie tiene el suyo.
Me pidieron el DPI al llegar y ya no me lo regresaron, dicen que es por seguridad.
Cuando me bajé del bus la encargada me quitó la cédula y hasta hoy no la he vuelto a ver.
Mi pasaporte lo tiene la señora de la casa, dice que así no lo pierdo pero cuando se lo pido me cambia el tema.
Nos recogieron los papeles en la frontera y el muchacho que nos lleva no los quiere devolver.
Ella me pidió el pasaporte para guardármelo y ahora dice que no sabe dónde está.
A mi esposo le retuvieron la credencial en el rancho y le dicen que hasta que acabe la cosecha. ||sector_labour
""")

B(DOC, "no_accents", """
la patrona guarda mi pasaporte en su cuarto con llave y no me lo quiere dar
nos quitaron los documentos apenas llegamos a la casa, dijeron q era para el tramite
el coyote se quedo con mi identificacion y la de mi hermana, dice q hasta q lleguemos
mi jefe tiene mi pasaporte desde hace 6 meses, se lo pedi para ir al consulado y me dijo q no
la señora dijo q me guardaba los papeles y ya van dos años
tengo que pedir permiso para ver mi propio pasaporte, lo tienen ellos en la oficina
""")

B(DOC, "abbrev", """
el patron tiene mi pasport y no m lo kiere dar xq dice q me voy a ir
m kitaron la cedula apenas llegue, dicen q asi no me pierdo jaja pero no es broma
ya le pedi mis papeles 3 veces y nada, dice q los tiene bien guardados q no me preocupe
tienen los pasaportes de todas las chavas en una caja fuerte
x favor ayuda, no tengo mi ine, la tiene el encargado
ellos guardan nuestros docs y solo nos dan una copia
""")

B(DOC, "indirect", """
Ella dice que me tiene el pasaporte "guardadito" para que no me lo roben, pero cuando quise viajar a ver a mi mamá no me lo dio.
Como que ya no me pertenece mi pasaporte, siempre hay una excusa para no dármelo.
No sé bien dónde está mi pasaporte, el señor dice que lo tiene en un lugar seguro y que no pregunte.
Cada vez que pregunto por mi documento me dicen que todavía no, que después.
Dicen que los papeles los tiene el abogado de la empresa, pero nunca hemos visto a ningún abogado.
Lo único que me dejaron fue una fotocopia, el original quedó con ellos.
""")

B(DOC, "third_party", """
Soy maestra, la mamá de un alumno me contó que en el trabajo le quitaron el pasaporte y no se lo devuelven.
Mi vecina de Honduras trabaja en una casa y la dueña le tiene el pasaporte guardado, ella no puede sacarlo. ||sector_labour
Mi primo está en una finca en Chiapas y dice que el capataz recogió los papeles de todos los trabajadores. ||sector_labour
Una señora de la iglesia me contó que su hija está en Cancún y que la empresa le quitó la identificación.
Mi cuñada trabaja en un restaurante y el dueño se quedó con su pasaporte desde el primer día. ||sector_labour
Un compañero de la obra me dijo que el contratista le tiene sus documentos y no se los quiere dar. ||sector_labour
Soy enfermera, atendí a una muchacha que me dijo bajito que le tienen el pasaporte y que no puede ir sola a ningún lado. ||restriction_of_movement
Mi tía en Guatemala dice que a mi prima en Chile le quitaron el documento en el trabajo.
""")

B(DOC_L, "plain", """
En la empacadora nos quitaron los pasaportes el primer día y dicen que nos los dan al terminar el contrato.
Trabajo en una finca de café y el mayordomo tiene la cédula de todos, sin eso no podemos irnos.
Llegamos a trabajar en la construcción y el ingeniero nos pidió los papeles "para el seguro", ya no los devolvió.
En el barco nos recogieron los pasaportes y los tiene el capitán.
Trabajo de limpieza en un hotel y la supervisora se quedó con mi pasaporte, dice que es la regla.
""")

B(DOC_L, "slang", """
el patron de la chamba nos tiene los papeles, dice q son las reglas de la empresa
en la maquila nos quitaron el DPI a todas las de nuevo ingreso
el jefe me tiene el pasaporte pa que no me vaya a otra chamba, que porque ya le costé
en la obra el mero mero guarda los papeles de los chapines y nadie dice nada
""")

B(DOC, "run_on", """
llegue hace un mes a monterrey y la señora que me consiguio el trabajo me dijo que le diera el pasaporte para hacer mis papeles de trabajo y ya no me lo regreso y cuando le digo se enoja y me dice que soy una malagradecida
mi hermana esta en lima trabajando y nos dice que la jefa tiene su cedula y que no la deja salir a tramitar nada sin ella entonces ni puede cambiar de trabajo porque no tiene documento ||restriction_of_movement,sector_labour
somos como diez de venezuela en la misma casa y todos entregamos el pasaporte al llegar porque asi lo pidieron y ahora nadie sabe cuando nos lo van a dar
""")

B(DOC, "question", """
¿Es normal que el patrón se quede con mi pasaporte todo el tiempo que trabajo con él?
¿Qué hago si la señora de la casa no me quiere devolver mis documentos?
¿Me pueden obligar a dejar mi cédula en la empresa? Ya la pedí y no me la dan.
Pregunta: el dueño del bar tiene mi pasaporte, ¿puedo pedir ayuda aunque no tenga papeles aquí?
""")

B(DOC, "regional", """
Vine de Nicaragua a trabajar en Costa Rica y el patrón me tiene la cédula, dice que para que no me juya. ||sector_labour
Aquí en Santo Domingo la doña me tiene el pasaporte guardao y no me lo quiere dar, estoy desesperá.
Acá en Buenos Aires la mina que me consiguió laburo me sacó el DNI y no me lo devuelve.
Estoy en Quito y la señora donde trabajo me quitó la cédula peruana, no sé cómo recuperarla. ||sector_labour
""")

# Hard negatives: copies, lost papers, negations, ordinary procedures.
B([], "plain", """
Me pidieron una copia del pasaporte para el contrato, ¿eso es normal?
Perdí mi pasaporte en el bus, ¿dónde puedo sacar uno nuevo?
Mi jefe me pidió fotocopia de la cédula para el seguro, yo tengo el original.
No me quitaron el pasaporte, lo tengo yo, solo quiero saber si el trabajo es legal.
¿Cuánto cuesta renovar el pasaporte hondureño en el consulado de Houston?
Se me venció el DPI, ¿puedo trabajar igual mientras lo renuevo?
El patrón escaneó mis documentos y me los devolvió el mismo día.
Me robaron la cartera con la cédula adentro, ¿cómo la repongo estando en México?
La empresa guarda una copia de nuestros papeles en el expediente, los originales los tenemos nosotros.
Nadie me ha quitado los papeles, gracias a Dios, pero quiero información sobre mis derechos.
¿Qué documentos necesito para pedir refugio en México?
Mi pasaporte se mojó y está roto, ¿me lo aceptan en migración?
Tengo mi pasaporte conmigo siempre, la señora nunca me lo pidió.
¿Dónde saco el acta de nacimiento de mi hijo si nació en Guatemala?
Dejé mi pasaporte en la recepción del hotel al hacer check in y me lo devolvieron enseguida.
""")

B([], "no_accents", """
me pidieron copia del pasaporte y de la cedula para la chamba, yo tengo los originales
perdi mi cedula venezolana, como saco otra aca en colombia
el consulado me tiene el pasaporte para la visa, dijeron q en 10 dias
la de recursos humanos me pidio el ine para sacarle copia y me lo dio luego luego
no me han quitado nada, tengo mis papeles, solo pregunto por curiosidad
mi pasaporte esta vencido y no tengo plata para renovarlo
""")

B([], "question", """
¿Es legal que una empresa pida copia del pasaporte antes de contratar?
Estoy haciendo una tarea sobre trata de personas, ¿por qué los tratantes quitan los pasaportes?
Vi una película donde le quitaban el pasaporte a una chica, ¿eso pasa de verdad?
¿Puedo viajar dentro de México solo con la tarjeta de visitante?
¿Cómo tramito el pasaporte de mi hija si su papá no está?
""")

B(["document_confiscation","minor"], "regional", """
Ando en Tapachula y el que nos trajo tiene todas las actas de nacimiento de los niños.
""")

B(["document_confiscation","debt_bondage"], "regional", """
En Bogotá el man de la agencia se quedó con el pasaporte de mi hermana, dice que hasta que pague.
""")
