"""Everyday messages that share words with the indicators but carry none (or only a sector
or a minor), plus a last set of positives told as stories in the past tense."""
from common import L

L("plain", """
Mi patrón me pidió que le deje las llaves del camión al terminar el turno, ¿es normal? ||sl
La señora de la casa me guarda la comida en el refri con mi nombre, es muy atenta. ||sl
El encargado cierra la bodega con candado por las noches por los robos, nosotros dormimos en nuestras casas. ||sl
En mi trabajo revisan las mochilas a la salida, ¿es legal? ||sl
Nos piden el celular en la entrada de la planta por seguridad y nos lo devuelven al salir. ||sl
Mi jefe me adelantó dinero para el pasaje de mi hija y se lo voy pagando sin intereses. ||sl
En la finca nos dan casa y comida además del sueldo, todo por escrito. ||sl
El supervisor nos lleva a la obra en su camioneta porque no hay transporte, a la vuelta cada quien se va. ||sl
Mi patrona me regañó por llegar tarde, pero me pagó completo. ||sl
El capataz nos prohíbe fumar en el invernadero, ¿nos pueden multar? ||sl
Trabajé doce horas ayer porque hubo inventario, me las pagan como extra. ||sl
Mi jefe guarda el dinero de la caja en una caja fuerte y yo no tengo la clave, ¿me pueden culpar si falta? ||sl
""")

L("plain", """
Mi mamá no me deja salir de noche porque es peligroso el barrio.
Mi hermano mayor me revisa las tareas, es muy estricto.
En el albergue hay horario de salida y entrada, pero puedo salir durante el día.
Mi abuela guarda los papeles de toda la familia en una carpeta, yo sé dónde están.
Mi esposo y yo ahorramos juntos, él maneja la cuenta pero yo tengo acceso.
En la iglesia nos dijeron que no habláramos con desconocidos en la terminal, ¿es buen consejo?
Un señor en la calle me ofreció ayuda con las maletas y se fue, nada raro.
Mi hijo de 13 juega fútbol en una liga y el entrenador los hace correr mucho. ||mi
Mi tío me prestó dinero para el viaje y dice que se lo pague cuando pueda.
Me invitaron a una fiesta en otra ciudad, ¿es seguro ir en bus de noche?
""")

L("no_accents", """
el coyote de mi pueblo es mi vecino, todos saben, pero yo no voy a ir
me quitaron el celular en la escuela por usarlo en clase jaja ||mi
mi jefe me regalo un celular nuevo para el trabajo ||sl
la señora de la tienda me fia hasta el viernes, es buena gente
mi novio es muy celoso pero nunca me ha hecho nada, es normal?
mi hija de 15 trabaja en la tienda de mi hermana los sabados y le gusta ||mi,sl
me fui del trabajo porque no me gusto, nadie me detuvo ||sl
tengo mi pasaporte en la maleta, mañana viajo a monterrey
ayer fui al consulado por mi pasaporte nuevo, ya lo tengo
""")

L("past", """
Hace tres años me trajeron a una finca en Chiapas y el patrón nos tenía los papeles; me escapé y ahora vivo en Puebla. ||doc,sl
En 2019 trabajé en un bar en Panamá donde nos obligaban a estar con clientes; hoy estoy en mi país y quiero ayuda psicológica. ||fcs,scs
Cuando llegué a Lima la señora de la casa no me dejaba salir y no me pagaba; me fui hace un año. ||rm,ww,ds,sl
De joven me vendieron a un señor para trabajar en su casa; ya soy adulta, pero nunca lo he contado. ||ab,ds,sl
Mi primer trabajo en Estados Unidos fue en un rancho donde el mayordomo nos golpeaba; ya salí de ahí. ||psv,sl
El año pasado me tuvieron pagando una deuda de viaje que no terminaba nunca; logré salir gracias a una monja. ||td,db
Hace meses estuve en un taller donde nos encerraban de noche; ahora trabajo en otra parte. ||rm,sl
Antes de venir aquí trabajé en una casa en la que me quitaron el teléfono y no me dejaban hablar con nadie. ||iso,sl
""")

L("story", """
Todo empezó cuando una conocida me dijo que en Chile pagaban bien por cuidar ancianos; me pagó el pasaje, pero al llegar me dijo que le debía el doble y me puso a limpiar tres casas sin sueldo. ||dj,td,db,ww,sl
Mi vecino se fue a trabajar al norte con un enganchador; a los dos meses volvió sin dinero, contó que los encerraban en la noche y que el enganchador se quedó con la paga. ||rm,ww,sl
Una muchacha que conocí en el albergue me contó que en el camino un hombre le quitó el pasaporte y la obligó a atender clientes en su cantina antes de dejarla seguir. ||doc,fcs,scs
Mi compañero de cuarto llegó de la finca golpeado; dice que el capataz le pegó porque pidió ir al médico. ||psv,sl
""")
