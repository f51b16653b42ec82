"""Hard negatives: the same topics and words without the indicator (negations, copies, lost
papers, ordinary debts and jobs, news, homework, films, prevention, past and resolved)."""
from common import B, L

B([], "plain", """
La empresa me pidió el pasaporte para escanearlo y me lo devolvió enseguida.
Mi pasaporte se quedó en el consulado para la visa, me dieron un comprobante.
El hotel me pidió la identificación al registrarme, ¿es normal que la fotocopien?
No sé dónde dejé mi cédula, creo que se me cayó en el taxi.
Mi patrona me ayudó a renovar el pasaporte y yo lo tengo guardado en mi maleta.
La abogada tiene una copia de mis documentos para el caso de asilo.
El DPI de mi mamá se venció, ¿puede viajar con el pasaporte?
Tengo mis papeles en regla y quiero saber cómo traer a mis hijos.
Migración me retuvo el pasaporte en el aeropuerto para revisarlo y me lo dieron a la hora.
Guardé mi pasaporte en la caja fuerte del cuarto por seguridad, la llave la tengo yo.
En la escuela piden copia del acta de nacimiento de mi hijo, ¿dónde la saco?
¿Me pueden pedir el pasaporte en un retén de carretera?
Le presté mi INE a mi hermana para un trámite y ya me la devolvió.
Mi jefe guarda las copias de los contratos en su oficina, los originales son nuestros.
""")

B([], "plain", """
Debo la renta de este mes, ¿hay ayuda para migrantes?
Saqué un préstamo para el viaje con una cooperativa y voy pagando sin problema.
Mi tarjeta tiene intereses altísimos, ¿me conviene consolidar la deuda?
El prestamista de mi pueblo le cobra a mi mamá, pero nadie la amenaza.
Le pedí un adelanto a mi jefe y me lo descuentan poco a poco, lo acordamos por escrito.
Ya pagué todo lo que debía del viaje, ahora ahorro para estudiar.
¿Cuánto cobra una casa de cambio por enviar 100 dólares a Honduras?
La tienda me fió la comida esta semana, le pago el viernes.
Tengo deudas del hospital en Estados Unidos, ¿afecta mi caso de inmigración?
""")

B([], "plain", """
Mi patrona es muy buena, me deja salir los fines de semana y me paga puntual.
Salgo del trabajo a las 5 y los sábados voy a clases de inglés.
Mi jefe me presta su carro para ir al médico, es muy amable.
Trabajo en el campo por temporada con visa, tengo contrato y vivienda, ¿cómo renuevo?
En mi trabajo hay reglas estrictas de horario, pero me pagan las horas extra.
Me encanta mi trabajo en la panadería, ¿hay cursos de repostería gratis?
Soy niñera, vivo con la familia, tengo mi cuarto con llave y salgo cuando quiero.
La empresa nos lleva en bus al trabajo porque es lejos, pero cada quien vuelve como quiere.
Trabajo de noche en un hotel porque me conviene, me pagan el turno nocturno.
El capataz es exigente pero justo, pagan cada sábado.
Me gusta trabajar de mesera en el bar, el dueño nos respeta y nadie nos obliga a nada.
""")

B([], "plain", """
Estoy leyendo un libro sobre la esclavitud moderna, ¿me recomiendan otros?
En la clase de ética vimos el caso de unas jornaleras explotadas, ¿cómo se puede prevenir?
Mi profesora nos pidió investigar qué es el trabajo forzoso según la OIT.
Vi un documental del tren La Bestia, ¿todavía pasa gente en ese tren?
¿Es verdad lo que dicen las noticias de que secuestran migrantes en Tamaulipas?
¿Qué películas hay sobre la trata? Quiero hacer un cineforo en la iglesia.
Estoy escribiendo una novela donde a la protagonista la engañan con un trabajo, ¿cómo suele pasar?
¿Qué significa "enganchador"? Lo oí en una canción.
¿Cómo se dice "trata de personas" en inglés?
Mi hija vio en TikTok que hay gente que secuestra niños en los parques, ¿es cierto?
¿Cuáles son las señales de que alguien es víctima de trata? Quiero capacitar a mi equipo.
""")

B([], "plain", """
No me obligan a nada, trabajo por mi cuenta vendiendo ropa.
Nadie me amenaza, solo quiero saber cómo regularizarme.
No estoy encerrada, salgo cuando quiero, pero me siento sola en esta ciudad.
Nunca me han pegado en el trabajo, gracias a Dios.
No me quitaron el celular, es que se me rompió.
No tengo deudas con nadie por el viaje.
El coyote no me hizo nada, me dejó donde dijo.
No me engañaron, el trabajo es tal como me lo dijeron.
Ni me han retenido el sueldo ni nada de eso, solo pregunto por la pensión.
Ellos nunca me pidieron mis documentos.
""")

B([], "question", """
¿Qué hago si mi jefe me pide el pasaporte? Todavía no me lo ha pedido.
¿Es delito que un patrón guarde el pasaporte de un trabajador?
¿Cuántas horas se puede trabajar por semana en Colombia?
¿Los trabajadores del hogar tienen derecho a un día libre en México?
¿Qué pasa si cruzo con coyote y me agarran? Todavía estoy en Guatemala.
¿Cómo puedo saber si un albergue es confiable?
¿Las agencias de empleo pueden cobrar a los trabajadores?
¿Me pueden obligar a trabajar horas extra?
¿Qué es un contrato de trabajo y qué debe decir?
¿Dónde está la Defensoría del Pueblo en Lima?
""")

L("no_accents", """
mi patron me pidio copia del pasaporte y se la di, el original lo tengo yo
perdi el dni en el colectivo, donde lo saco de nuevo
tengo mi pasaporte, solo quiero saber si esta vigente para viajar
trabajo en una finca con contrato, me pagan cada semana y tengo domingo libre ||sl
salgo todos los dias del trabajo a mi casa, todo normal, quiero estudiar de noche ||sl
el jefe es buena onda, nos paga puntual ||sl
debo la tarjeta del banco, es todo
no me tienen encerrada ni nada, vivo con mi tia
vi una noticia de trata en la tele y me dio miedo, como se previene
mi hija de 16 quiere trabajar en vacaciones en una heladeria, que permisos necesita ||mi
me preguntaron en la escuela que es un coyote, que les digo
el pollero cobra mucho, mejor espero mi cita, q opinan
no me han pagado el bono pero me dijeron q viene en la otra quincena, todo bien ||sl
mi jefa me dio el dia libre para ir al consulado, muy amable ||sl
""")

L("abbrev", """
no m kitaron nada, tngo mis docs, solo kiero info
q es la trata? es pa una tarea
m pagan bien y salgo cuando kiero, como saco el rfc? ||sl
tngo 14, en la escuela nos hablaron d la trata y kiero saber mas ||mi
""")

L("past", """
Hace diez años trabajé en una finca donde no pagaban, ahora tengo mi negocio y quiero ayudar a otros. ||sl,ww
Cuando era joven me quitaron los papeles en un trabajo, ya pasó, hoy tengo ciudadanía. ||doc
De niña trabajé en casas, pero eso ya fue, hoy soy enfermera y quiero ser voluntaria.
Mi abuelo contaba que en la hacienda les pagaban con fichas, ¿eso era legal en esa época?
""")

L("plain", """
Mi hijo de 15 quiere ser voluntario en el banco de alimentos, ¿hay edad mínima? ||mi
Mi hija de 12 está aprendiendo inglés con una app, ¿recomiendan alguna? ||mi
Tengo 16 años y quiero saber cómo sacar mi pasaporte para ir de intercambio. ||mi
Soy de quinto de secundaria y quiero estudiar trabajo social, ¿qué universidades tienen becas? ||mi
Mi sobrino de 9 necesita cupo en una escuela de Tapachula. ||mi
Mi niña de 6 años tiene tos, ¿dónde la llevo sin seguro? ||mi
""")
