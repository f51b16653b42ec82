"""Voice-to-text run-ons, code switching, emoji, hesitant and formal messages, mixed labels;
and a second round of hand-written hard negatives in everyday words."""
from common import L

L("run_on", """
hola buenas noches mire le escribo porque mi hija se fue a trabajar a cancun en un hotel eso le dijeron y ahora me dice que no es hotel que es una casa donde llegan hombres y que no la dejan salir y que le quitaron el telefono y me escribe del telefono de otra muchacha ||dj,fcs,scs,rm,iso
buenos dias disculpe es que yo trabajo en una casa aqui en guadalajara y la señora no me paga desde hace como cuatro meses dice que me lo guarda y que cuando me vaya me lo da todo pero yo necesito mandarle a mis hijos ||ww,ds,sl
fijese que mi esposo se fue con un contratista a trabajar en la cosecha en el norte y ya tiene un mes que no me llama y el contratista me dice que esta bien pero que no puede hablar porque esta trabajando ||iso,sl
mire yo vine de honduras con un señor que me iba a dar trabajo en su restaurante y ahora me dice que le debo el viaje la comida y el cuarto y que no me puedo ir hasta que le pague y me hace trabajar desde las seis hasta la medianoche ||td,db,rm,eh,sl
hola si mire es que quiero preguntar porque mi prima tiene 16 años y la tienen trabajando en una casa en la capital cuidando niños y no la dejan ir a la escuela y le pagan muy poco ||mi,ds,ww,sl
oiga es que el señor de la obra nos dijo que si nos vamos antes de terminar no nos paga nada y que ademas nos denuncia a migracion y pues no sabemos que hacer ||ww,tp,sl
hola quiero saber donde queda el albergue de mujeres en tapachula porque ya me voy a salir del cuarto donde estoy porque ya no puedo pagarlo
buenas tardes mire yo trabajo en una maquila y me pagan bien nomas que quiero saber si me toca el reparto de utilidades porque nunca me lo han dado ||ld,sl
mi hermano esta en un barco pesquero y dice que el capitan les quito los pasaportes y que llevan tres meses en el mar sin tocar tierra y que les pegan si se quejan ||doc,rm,psv,sl
hola una pregunta mi hijo tiene 17 años y quiere irse a trabajar a estados unidos con un señor que le dice que le paga el viaje y que alla trabaja para pagarle es seguro ||mi,sj
buenas noches estoy en el hospital con mi hermana porque el patron de la casa donde trabaja la golpeo y ahora ella tiene miedo de volver pero alla estan sus papeles ||psv,doc,ds,sl
""")

L("code_switch", """
el manager del restaurant en Houston tiene mi passport y no me lo quiere dar back ||doc,sl
trabajo en una farm en California y el foreman dice que si me quejo llama a ICE ||tp,sl
mi sister está en New York en un nail salon, le pagan cash muy poquito y trabaja twelve hours ||ww,eh,sl
the boss says I owe him for the trip, le debo como 5 mil y sube cada mes ||td,db
me ofrecieron un job de babysitter en Miami, me pagan el ticket pero quieren mi passport antes, is this ok? ||sj
estoy en el shelter de El Paso, todo ok, solo quiero saber cuándo es mi court
en la construction company nos pagan a tiempo y tenemos days off, pero quiero aprender inglés ||sl
""")

L("emoji", """
no me dejan salir 😢 ayuda ||rm
la señora tiene mi pasaporte 🙏 qué hago ||doc
me están siguiendo 😰😰 ||dn
ya estoy a salvo con mi familia 🙏❤️ gracias
mi patrón no me paga 😡 desde hace 2 meses ||ww
tengo 15 😭 y me obligan a estar con señores ||mi,fcs,scs
buenas 👋 dónde hay albergue en juárez
me quiero morir 💔 ||sh
crucé con coyote y ya estoy con mi tía 😊 ||sm
""")

L("formal", """
Buenas tardes. Quisiera reportar que en una finca cercana a mi domicilio trabajan menores de edad sin asistir a la escuela. ||mi,sl
Estimados: les escribo porque mi empleador retiene mi pasaporte desde mi llegada y no he podido recuperarlo. ||doc
Solicito información sobre los requisitos para la residencia temporal por razones humanitarias.
Por medio del presente deseo denunciar que a una vecina extranjera no se le permite salir de la vivienda donde labora. ||rm,ds,sl
Agradecería orientación: mi contratista me adeuda tres semanas de salario; ya no laboro con él. ||ld,sl
""")

L("hesitant", """
no sé cómo explicar... la señora tiene mis papeles y... no sé si puedo pedirlos ||doc
bueno, no es que me tengan encerrada, pero... no me dejan salir sola ||rm
perdón, puede que no sea nada, pero el jefe dice que le debo y que no me puedo ir ||db,rm
este... mi hermana... creo que la están obligando con los clientes ||fcs,scs
""")

L("plain", """
Mi vecino es albañil y su jefe le paga a tiempo, ¿dónde puede estudiar la primaria para adultos? ||sl
Ya tengo mi permiso de trabajo y mi pasaporte, busco clases de computación.
La familia con la que trabajo me invitó a su fiesta de Navidad, estoy muy contenta. ||sl
Me cambié de trabajo porque encontré algo mejor, ¿tengo que avisar a migración?
¿Se puede cobrar la pensión de viudez desde otro país?
Mi esposo y yo trabajamos en la misma empresa y nos tratan bien, ¿hay guarderías cerca? ||sl
No hay ningún problema en mi trabajo, solo quiero saber cómo sacar una tarjeta de salud. ||sl
Me llegó una oferta de trabajo de una empresa conocida con contrato, todo en regla, ¿algún consejo para la entrevista?
Quiero denunciar a un negocio que vende alcohol a menores, ¿es con ustedes?
Mi hija se fue a estudiar a Argentina con beca, ¿hay ayudas para migrantes estudiantes?
Me da miedo la migra cuando voy al súper, ¿qué derechos tengo si me paran?
No tengo trabajo todavía, pero tengo donde vivir con mi prima.
Estoy pensando en volver a mi país, ¿hay programas de retorno voluntario?
Mi jefe me ofreció patrocinar mi visa de trabajo, ¿cómo sé que es legal?
Extraño a mi familia, hace un año que no los veo, pero hablamos todos los días.
¿Cuál es el número de la línea contra la trata en Colombia?
¿Puedo votar en las elecciones de mi país desde el exterior?
Me ofrecieron un trabajo de albañil por día, me pagan al terminar la jornada, ¿es normal?
""")

L("no_accents", """
ya consegui trabajo de cocinero, me pagan bien y tengo contrato, gracias por la orientacion ||sl
mi jefa me dio permiso para ir a la cita de asilo ||sl
estoy viviendo con unos paisanos y compartimos la renta, todo bien
queria saber si hay clases de ingles de noche en phoenix
me dijeron que en la frontera hay gente que engaña, como me cuido
nadie me debe nada, solo pregunto como funciona el finiquito
mi cuñado vino con visa de trabajo temporal y esta contento en la granja ||sl
mi sobrina de 17 sale de la prepa este año, hay becas para migrantes? ||mi
vi un anuncio de trabajo en la iglesia, es de una empresa grande, como verifico
mi esposo me apoya mucho, estamos buscando escuela para los niños
""")
