"""More immediate-safety messages: danger now, ransom, self-harm, medical emergency, written
in many registers; each block ends with near-miss hard negatives."""
from common import B, L

L("plain", """
Hay un carro parado frente a mi casa desde hace una hora, son los del bar donde trabajaba, me están esperando. ||dn
El señor que me tenía en su casa me encontró, está en la esquina mirando mi ventana. ||dn
Me acaban de decir que esta noche me venden a otro grupo, estoy en el cuarto del fondo. ||dn,ab
Estoy en el tráiler con otras 40 personas, ya casi no hay aire y no abren la puerta. ||dn,me
Estamos en la azotea escondidos porque llegaron hombres armados a la casa de seguridad. ||dn
Nos están persiguiendo por el monte, los que nos traían se enojaron porque no pagamos. ||dn,sm
Me encerraron en el baño y dicen que me van a dar una lección cuando regrese el jefe. ||dn,th
El hombre tiene a mi hija en el carro y no la quiere bajar, estamos en la gasolinera. ||dn
Escucho que están cargando las armas en el patio, somos varias mujeres en la casa. ||dn
Me quieren subir a la fuerza a una camioneta, me metí a una farmacia. ||dn,ab
Está amenazando con quemar la casa con nosotras adentro. ||dn,th
Me dijo que si grito me mata, ahorita está en la sala. ||dn,th
""")

L("no_accents", """
estoy escondida detras de una pared en la colonia y ellos pasan en moto buscandome ||dn
me tienen amarrada en un cuarto, logre agarrar el cel ||dn,rm
los del cartel estan en la entrada del albergue preguntando por mi ||dn
me van a llevar a otra ciudad hoy y no quiero, estoy en la terminal con el tipo ||dn
nos dejaron encerrados sin agua desde ayer en una bodega ||dn,rm
mi compañera no sale del cuarto con el cliente y se escuchan golpes ||dn,psv,fcs,scs
vienen por mi, me dijo la vecina q ya preguntaron donde vivo ||dn
estoy en el techo de la casa, el jefe esta abajo con un arma ||dn
nos bajaron del bus y tienen a mi hija aparte, no se que le estan haciendo ||dn,ab
""")

L("abbrev", """
ayuda m estan buscando ya, toy en la iglesia ||dn
x fa vengan, m tienen encerrada y el tipo esta tomando ||dn,rm
m quieren llevar otra vez al bar, estan afuera ||dn,scs
""")

L("third_party", """
Mi hija me habló llorando, dice que el patrón la encerró en la bodega y que tiene un cuchillo. ||dn
Soy vecino: en la casa de al lado hay una muchacha gritando que la dejen salir, ahorita mismo. ||dn,rm
Mi esposo está en una casa en Chihuahua, me escribió que los van a mover esta noche y que están armados. ||dn
Soy conductor de taxi; la pasajera me pidió ayuda, dice que la vienen siguiendo en un carro blanco. ||dn
Una señora del albergue dice que los hombres que la trajeron están en la puerta pidiendo que salga. ||dn
Mi hermano me mandó un audio susurrando que lo tienen en un cuarto y que escucha disparos. ||dn
""")

L("caps", """
ME ESTAN BUSCANDO CON PISTOLA ||dn
VENGAN RAPIDO ESTAN PEGANDOLE A MI COMPAÑERA ||dn,psv
NO NOS DEJAN SALIR Y HUELE A GAS ||dn,rm
""")

L("plain", """
Tienen a mi hermana en un hotel de Tapachula y dicen que si no mandamos el dinero hoy la venden. ||rs,ab
Los que cruzaban a mi papá pidieron más dinero y mientras tanto no lo dejan salir del cuarto. ||rs,rm,sm
Mi hijo me escribió desde otro número, dice que lo tienen y que le pagamos 3000 o no lo sueltan. ||rs
Me tienen en una casa, me dejaron escribir para que mi familia deposite, no sé dónde estoy. ||rs,iso
Secuestraron a mi esposo en el camino a Sonoyta y nos piden todo lo que tenemos. ||rs
Piden 800 dólares por cada persona del grupo para dejarnos seguir; los que no pagan se quedan. ||rs
Dicen que si mi mamá no paga el "rescate" me mandan de regreso en pedazos. ||rs,th
Mi sobrino está en manos de unos tipos en Matamoros, ya pagamos una vez y piden otra. ||rs
Nos retienen en un rancho y nos hacen llamar a la familia para pedir dinero. ||rs
La gente del coyote tiene a mi cuñada y quieren la segunda parte antes de soltarla. ||rs,sm
""")

L("no_accents", """
tienen a mi hermano en nuevo laredo y piden 5 mil, mandaron video de el llorando ||rs
nos piden plata para liberar a mi tia, la agarraron en la ruta del tren ||rs
el guia dice q mi hijo no sigue hasta q paguemos otra vez, lo tienen en un campamento ||rs,sm
mi esposa esta retenida en una casa y nos cobran por dia ||rs
ya no se que hacer, tienen a mi papa y piden dolares que no tenemos ||rs
""")

L("third_party", """
Soy la maestra de un niño cuyo papá está retenido en la frontera; la familia recibe llamadas pidiendo dinero para soltarlo. ||rs
Un muchacho del albergue lloraba porque tienen a su hermana en Reynosa y le piden 2000 dólares. ||rs
Mi compañera de trabajo recibió fotos de su hijo amarrado y le exigen una transferencia. ||rs
""")

L("plain", """
No quiero seguir viva. ||sh
Hoy me quiero matar. ||sh
Me quiero tomar todo el frasco de pastillas. ||sh
Ya escribí una carta para mis hijos, esta noche lo hago. ||sh
Me he estado cortando desde que me trajeron aquí. ||sh
Pienso en colgarme todos los días. ||sh
Me voy a tirar a las vías del tren. ||sh
Si me obligan otra vez con un cliente me mato. ||sh,fcs,scs
No veo otra salida que quitarme la vida. ||sh
Estoy en el puente y quiero saltar. ||sh
Compré veneno para ratas para tomármelo. ||sh
Ya no tiene sentido nada, quiero desaparecer para siempre. ||sh
""")

L("no_accents", """
me quiero morir de verdad, ya no aguanto este trabajo ni esta vida ||sh
tengo la navaja en la mano y estoy pensando en hacerlo ||sh
ya lo intente una vez y hoy quiero volver a intentarlo ||sh
nadie me quiere aqui, mejor me mato ||sh
no duermo pensando en como acabar con todo ||sh
""")

L("third_party", """
Mi hijo de 17 dice que se va a matar porque lo obligan a vender droga. ||sh,mi,fbc,sc
Mi compañera de la casa donde trabajamos tomó lejía, está llorando y dice que quiere morirse. ||sh,me
Una alumna de primero de secundaria me escribió que se quiere cortar las venas. ||sh,mi
Mi amigo en el albergue de Juárez me mandó fotos de cortes en los brazos y dice que hoy lo termina. ||sh
""")

L("hesitant", """
no sé si esto cuenta... pero no quiero despertar mañana ||sh
disculpen... es que pensé en tirarme por la ventana hoy ||sh
este... a veces me hago daño, hoy más ||sh
""")

L("plain", """
Un compañero está tirado en el campo, tiene convulsiones por el calor. ||me,sl
La muchacha del cuarto de al lado está sangrando mucho después de que el cliente se fue. ||me,scs
Mi amiga tomó algo que le dio el dueño del bar y no despierta. ||me,scs
Le dispararon a un muchacho en la puerta del albergue, está en el suelo. ||me
Mi hermana está de parto en el camino y no hay nadie, está sangrando mucho. ||me
Un señor se ahogó cruzando el río, lo sacamos pero no respira. ||me
Mi esposo se quemó con el aceite en la cocina del restaurante, tiene la piel levantada en toda la pierna. ||me,sl
Hay un niño con fiebre muy alta y convulsiona en el albergue. ||me,mi
El patrón le pegó a mi compañero en la cabeza y está vomitando y se desmaya. ||me,psv
Mi amiga se cayó del tren y tiene la pierna abierta. ||me
""")

L("no_accents", """
mi compa inhalo los quimicos del invernadero y esta morado, no respira bien ||me,sl
a mi hermano lo apuñalaron en la obra y esta perdiendo mucha sangre ||me,sl
mi mama no despierta y tiene los labios azules ||me
una señora embarazada en el grupo se desmayo y no reacciona ||me
se cayo un niño al pozo en la finca y lo sacaron sin moverse ||me,mi,sl
""")

# Near misses: past or resolved, figurative, informational.
B([], "plain", """
El mes pasado me siguieron, pero ahora vivo en otra ciudad y estoy tranquila.
Ya pagamos y soltaron a mi hermano, está en casa, ¿cómo le ayudo con el trauma?
Me escapé hace un año y estoy bien, a veces tengo pesadillas.
Ayer me dolía el pecho pero ya fui al doctor y estoy bien.
Se me cayó el celular al río jaja, escribo desde el de mi esposo.
Tuve un accidente leve en el trabajo la semana pasada, ya me recuperé, ¿me deben pagar los días?
Me dio mucha rabia lo que pasó pero ya estoy mejor, gracias por escucharme.
¿Qué hago si una amiga me dice que quiere suicidarse? Es para saber cómo reaccionar.
En el albergue hay un taller de primeros auxilios, ¿me puedo inscribir?
Estoy bien, solo cansada del viaje.
¿Qué número marco en México en caso de emergencia?
Hace tiempo me secuestraron y ya me liberaron, quiero saber si puedo pedir asilo por eso.
Estaba asustada porque un carro me seguía, pero era mi cuñado, todo bien.
Me quiero matar de la risa con este grupo jaja.
""")

B([], "no_accents", """
ya estoy a salvo, gracias por todo
ayer tuve miedo pero hoy estoy en casa de mi tia
el que me amenazaba ya esta preso, estoy tranquila
lo de mi hermano ya paso, lo soltaron hace meses
""")
