"""Forced commercial sex (incl. euphemisms and deception into it); adult consensual sex work
and media/homework questions as hard negatives."""
from common import B

FS = ["forced_commercial_sex", "sector_commercial_sex"]
FSD = ["forced_commercial_sex", "sector_commercial_sex", "deception_job"]

B(FSD, "plain", """
Me ofrecieron trabajo de mesera en Monterrey y al llegar me dijeron que tenía que acostarme con los clientes.
Vine para trabajar en una tienda de ropa y me pusieron en un departamento a atender hombres.
Me dijeron que era para cuidar a una señora mayor, pero me llevaron a un bar y me obligan a fichar.
Nos prometieron trabajo de modelos y resultó que era para salir con señores que pagan.
La agencia dijo que era de camarera en un hotel y ahora me hacen hacer "servicios" a los huéspedes.
Vine a Panamá por un trabajo de recepcionista y terminé en una casa donde me obligan a estar con hombres.
""")

B(FS, "euphemism", """
El dueño del bar dice que además de servir tragos tenemos que ser "cariñosas" con los clientes y subir al cuarto.
Me tienen atendiendo clientes todas las noches y la plata se la queda la señora. ||withheld_wages
Tengo que salir con los señores que ella me dice, si no quiero me castiga.
Dicen que hay que hacer "pases" y que si no completo la cuota no como.
Me obligan a hacer videos y a conectarme con hombres por cámara, el dinero lo cobra él. ||withheld_wages
En la cantina nos hacen fichar y después nos mandan con los clientes al hotel de atrás.
Me dicen que tengo que hacer "citas" y me quitan todo lo que pagan. ||withheld_wages
El encargado nos pone a trabajar en la barra y luego a "acompañar" a los clientes, no nos podemos negar.
""")

B(FS, "no_accents", """
me fuerzan a recibir clientes en un depa en la zona rosa, no puedo decir que no
mi novio me pone a trabajar en la calle y se queda con todo el dinero ||withheld_wages
la señora nos anuncia en internet y nos manda a hoteles, si no vamos nos pega ||physical_sexual_violence
me hacen estar con 10 hombres por noche y no me dan nada ||withheld_wages,excessive_hours
dicen q tengo q pagar lo del cuarto con clientes, yo no queria esto
""")

B(FS, "abbrev", """
m tienen fichando en un bar d carretera y no m dejan irme ||restriction_of_movement
la jefa nos manda a "salir" con los clientes q escoge ella, y si no kiero m grita y m amenaza ||threats_person_family
x favor ayudenme, m obligan a acostarme con hombres por plata q no es para mi ||withheld_wages
""")

B(FS, "third_party", """
Soy enfermera en un centro de salud; viene una joven con un señor que habla por ella, creo que la prostituyen.
Mi amiga dominicana está en Buenos Aires y me dijo llorando que la obligan a estar con hombres.
Mi sobrina se fue a trabajar de mesera a Cancún y me escribió que la obligan a irse con los clientes.
Un taxista me contó que lleva muchachas extranjeras a un hotel y que un señor cobra por ellas.
Vivo al lado de una casa donde entran hombres todo el día y las muchachas nunca salen, parece que las obligan. ||restriction_of_movement
Mi compañero de trabajo dice que su hermana en Guatemala está en un bar donde la obligan a atender clientes.
Soy maestra y una exalumna me escribió que la tienen en un night club en Panamá y no la dejan irse. ||restriction_of_movement
""")

B(FS, "slang", """
el man me puso a trabajar en la calle y me quita toda la plata, dice que él me cuida ||withheld_wages
me tienen en un privado atendiendo clientes y la doña se queda con todo el billete ||withheld_wages
el chulo nos pone a putear en la avenida y si no sacamos la cuota nos pega ||physical_sexual_violence,withheld_wages
""")

B(FS, "indirect", """
Empecé en el bar sirviendo, pero ahora me dicen que tengo que subir con los clientes y no sé cómo salir de esto.
Dicen que soy libre de irme, pero me tienen en esto de los clientes y si digo que no me recuerdan lo que debo. ||debt_bondage
No quería hacer eso, pero el señor dijo que así tenía que pagar lo del viaje. ||travel_debt,debt_bondage
Ellos deciden con quién tengo que estar y cuánto cobran, yo no veo el dinero. ||withheld_wages
""")

B(FS, "run_on", """
vine de venezuela porque una amiga me dijo que en lima habia trabajo en un restaurante y cuando llegue me llevaron a un cuarto y me dijeron que tenia que atender hombres y que si no lo hacia me botaban a la calle sin papeles ||deception_job,vulnerability_exploited
me conoci con un chico por facebook que me dijo que me fuera a vivir con el a guadalajara y cuando llegue me empezo a vender con sus amigos y luego con desconocidos y no me deja irme ||deception_job,restriction_of_movement
""")

# Hard negatives: adult, self-directed sex work; media, homework, info.
B(["sector_commercial_sex"], "plain", """
Soy trabajadora sexual independiente, nadie me obliga, ¿dónde puedo hacerme pruebas gratis?
Trabajo por mi cuenta en el ambiente y quiero saber si hay algún programa de salud para nosotras.
Hago trabajo sexual por decisión propia, me organizo sola y cobro yo, solo quiero condones gratis.
""")

B([], "plain", """
Estoy viendo una serie sobre trata de mujeres en Tenancingo, ¿eso es real?
Para mi tarea de sociales necesito saber qué es la explotación sexual.
¿Qué diferencia hay entre trabajo sexual y trata?
Mi amiga trabaja de mesera en un bar y está contenta, le pagan bien y sale a su hora.
Busco trabajo de bartender, ¿ustedes conocen bares serios?
Leí una noticia de que rescataron a unas muchachas en un bar de Chiapas, ¿cómo sé si es cierto?
¿Qué significa la palabra "fichera"? La escuché en una película mexicana.
""")
