"""Danger now and ransom (immediate), with past-danger-now-safe hard negatives."""
from common import B

DN = ["danger_now"]
RS = ["ransom"]

B(DN, "plain", """
Hay un hombre siguiéndome desde que salí del trabajo, estoy en una tienda, ayuda.
Están golpeando la puerta, son los del bar que vienen por mí.
Me escondí en el baño de la gasolinera, me están buscando.
Ya vienen, escuché que me van a llevar a otro lugar esta noche.
Estoy encerrada en el cuarto ahora mismo y no puedo salir, por favor.
El patrón está afuera con una pistola gritando que va a matar a alguien.
Me escapé y estoy corriendo por la carretera, creo que me siguen en una camioneta.
Nos tienen en una casa de seguridad ahora mismo, somos 15, hay hombres armados.
""")

B(DN, "caps", """
AYUDA ME ESTAN SIGUIENDO
AUXILIO ESTAN ENTRANDO A LA CASA
POR FAVOR VENGAN YA, NOS VAN A MATAR
ESTOY ESCONDIDA DEBAJO DE LA CAMA, ESTAN AQUI
""")

B(DN, "no_accents", """
ayuda estoy escondida en un cuarto y el señor me esta buscando con un cuchillo
me estan esperando afuera de la escuela unos tipos en moto, no se que hacer
el jefe dijo que hoy en la noche nos mueven a otro lugar, tengo miedo
escribo rapido, me tienen encerrada y el tipo va a regresar en cualquier momento
estan tocando la puerta muy fuerte y gritan mi nombre
estoy en la terminal y el hombre que me trajo me anda buscando
""")

B(DN, "abbrev", """
ayudaaa m siguen, toy en un oxxo
ya vienen x mi, q hago
no puedo hablar, m tienen encerrada, ellos estan en la otra pieza
xfa rapido, el tipo tiene un arma y esta borracho
""")

B(DN, "short", """
Me están siguiendo.
Ayuda, ya vienen.
Estoy encerrada ahora.
Nos están apuntando con un arma.
Me quieren llevar a la fuerza.
Están afuera esperándome.
""")

B(DN, "third_party", """
Mi hermana me acaba de escribir que está encerrada y que los hombres están tomando, no me contesta más.
Estoy viendo desde mi ventana cómo meten a una muchacha a la fuerza en un carro.
Soy chofer de bus y se subió una señora llorando diciendo que la persiguen, los tipos están en la parada.
Mi prima me mandó ubicación y dijo "ven rápido, me quieren llevar", ya no responde.
El vecino tiene a una señora gritando en el patio y le está pegando ahora mismo con un palo.
Mi amigo migrante está escondido en un monte cerca de Tijuana, dice que los que lo traían lo andan buscando para matarlo.
""")

B(DN, "run_on", """
estoy en el bano del restaurante porque el encargado me dijo que hoy me iba a llevar a otro estado y yo no quiero y tengo miedo porque su amigo esta en la puerta y no se si puedo salir por atras
me bajaron del camion en un rancho y hay hombres con armas y dicen que esta noche nos separan a las mujeres por favor alguien ayude estamos cerca de reynosa
""")

B(["danger_now", "minor"], "third_party", """
Mi hija de 14 no contesta y hay unos hombres afuera de la casa donde la dejaron, por favor.
Soy profesor; un alumno de primero de secundaria está afuera de la escuela con un señor que lo quiere subir a un carro a la fuerza.
Mi hermanita de 12 está encerrada con el señor que la cuidaba y no abre la puerta.
""")

B(RS, "plain", """
Tienen a mi hermano en Reynosa y piden 3000 dólares para soltarlo.
Me llamaron diciendo que si no deposito mañana no vuelvo a ver a mi hijo.
Los coyotes tienen a mi esposa y quieren dinero para dejarla seguir.
No lo dejan ir hasta que mandemos 50 mil pesos, nos mandaron una foto de él amarrado.
Mi papá está secuestrado en la frontera y nos piden plata por WhatsApp.
Dicen que tienen a mi sobrino y que hay que pagar por cada día que pase.
""")

B(RS, "no_accents", """
me llamaron q tienen a mi primo en un cuarto en piedras negras y q pague o lo matan
los polleros retuvieron a mi hermana y ahora piden mas plata para soltarla
el que cruzaba a mi esposo dice q no lo suelta hasta q le depositemos 2500
nos piden 4 mil dolares por mi hijo, lo tienen en una casa en matamoros
""")

B(RS, "indirect", """
El guía dice que mi hermano ya llegó pero que no lo va a dejar salir hasta que paguemos otra parte que nunca se habló.
No dicen secuestro, dicen que es una "cuota", pero tienen a mi cuñado y no lo dejan ir sin el dinero.
Nos mandan audios de mi tío pidiendo que paguemos rápido, dice que lo tratan mal.
Me pidieron una transferencia para "liberar" a mi mamá, que la tienen retenida en la casa de los coyotes.
""")

B(RS, "third_party", """
Una señora de la iglesia tiene a su hijo retenido en Chihuahua y le piden dinero, no sabe qué hacer.
Mi vecino recibió una foto de su hija amarrada y le piden rescate, está en Tamaulipas.
Soy trabajadora social y una familia me cuenta que unos hombres tienen a su hijo y exigen pago para soltarlo.
""")

B(RS + ["minor"], "plain", """
Tienen a mi hijo de 16 en una casa en la frontera y piden 5000 para soltarlo.
Secuestraron a mi sobrina de 13 años en el camino y piden dinero por ella.
""")

B(RS + ["smuggling"], "run_on", """
mi hermano pago al coyote para cruzar por el darien y ahora al llegar a panama otros tipos lo agarraron y dicen que si no pagamos 1500 no lo dejan seguir
""")

# Hard negatives: danger in the past, now safe; fear without imminence; info.
B([], "past", """
Hace dos años me tuvieron encerrada, pero ya estoy bien y quiero ayudar a otras.
Anoche me siguieron unos tipos, pero ya llegué a casa y estoy a salvo.
Cuando crucé hace tiempo los coyotes nos retuvieron unos días, ya pasó, ahora vivo tranquila.
Hace un año secuestraron a mi primo, ya lo soltaron, ¿dónde puede recibir apoyo psicológico?
Me escapé del bar hace meses, estoy en otro estado y bien, solo quiero terapia.
""")

B([], "question", """
¿Qué hago si alguien me sigue en la calle? Es para saber, no me está pasando.
¿Cómo reconozco una llamada de secuestro virtual?
Vi en las noticias un secuestro de migrantes en Tamaulipas, ¿es peligroso ir por ahí?
¿Ustedes ayudan si alguien está en peligro en otro país?
Estoy haciendo un trabajo de la universidad sobre secuestros de migrantes, ¿tienen datos?
""")

B([], "plain", """
Me llamaron diciendo que tenían a mi hijo pero él estaba conmigo, era un fraude, ¿a quién aviso?
Tengo miedo de cruzar por el Darién, ¿qué tan peligroso es?
Estoy a salvo en un albergue, solo quiero saber cómo seguir mi camino.
""")
