"""Voices from Guatemala, Honduras, El Salvador, Nicaragua, Costa Rica, Panama."""
from common import L

# Guatemala
L("regional", """
fijese que mi patojo se fue a trabajar a la capital con un señor y ahora no lo dejan regresar, dice que debe el pasaje ||rm,td,db,sl
aca en xela una señora anda buscando patojas para trabajar en casas en mexico, les dice que no lleven nada ||sj
mi hermana esta en una casa en la zona 10 trabajando, la señora le quito el dpi y no le da salida ||doc,rm,ds,sl
la finca de palma nos paga con pisto que no alcanza y nos cobra la champa donde dormimos ||ww,db,sl
vos, el caporal nos dijo que si alguien se queja lo echan a la calle sin pago y sin papeles ||th,ww,ve,sl
mi sobrino de segundo basico trabaja en una cantera con su tio, no va a estudiar y lo hacen cargar piedras ||mi,sl
estoy en peten, unos hombres tienen a mi primo y piden 20 mil quetzales para soltarlo ||rs
[plain] En Huehuetenango un reclutador ofrece trabajo en Canadá, pide 5000 quetzales de trámite y no da contrato. ||sj
[plain] Soy maestra en Alta Verapaz; dos alumnos de sexto primaria faltan porque el finquero los pone a cortar café con sus papás. ||mi,sl
[plain] Me quitaron mi DPI en el trabajo pero ya lo recuperé y me cambié de empleo, quería saber si puedo denunciar. ||doc
[plain] ¿Cómo saco el pasaporte guatemalteco en el consulado de Tapachula?
[no_accents] soy chapin, ya llegue a houston con coyote, todo bien, busco clinica barata ||sm
[no_accents] trabajo en una maquila en villa nueva, me pagan el minimo y salgo a mi hora, como reclamo el bono 14 ||sl
""")

# Honduras
L("regional", """
mire, a mi cipota de 15 se la llevo un hombre a san pedro sula y la tiene en un bar, dice que trabaja de mesera ||mi,scs,ab
el maje que nos trajo a mexico nos tiene trabajando en una ladrillera y dice que hasta que le paguemos el viaje ||td,db,sl
aqui en tegucigalpa la mara pone a los cipotes a cobrar la renta en los buses ||mi,fbc,sc
vine de catracha a trabajar a el salvador en una casa y la señora no me paga dice que me lo manda a honduras ||ww,ds,sl
la patrona me tiene sin salir desde que llegue, dice que aqui me van a matar los mareros si salgo ||rm,ve
mi hermano esta en una pesca de langosta en la mosquitia, dice que los tienen en el barco semanas sin bajar y no les pagan ||rm,ww,eh,sl
ya estoy en chicago, vine con coyote, ya le pague, ocupo un abogado, ustedes me pueden orientar? ||sm
[plain] Soy hondureña y estoy en Tapachula, no tengo dónde dormir con mis dos hijos. ||hl
[plain] ¿Hay algún albergue en Ocotepeque para los que van saliendo?
[plain] Me ofrecieron trabajo en una maquila de San Pedro y me hicieron contrato, ¿es normal que pidan prueba de embarazo?
[no_accents] el jefe de la construccion en roatan nos pagaba atrasado pero ya me sali y me debe una semana ||ld,sl
[no_accents] mi mama esta en españa cuidando una señora y le quitaron el pasaporte, dice q no la dejan ni ir a misa ||doc,rm,ds,sl
""")

# El Salvador
L("regional", """
vaya pues, le cuento que a mi bicho de 13 lo andan queriendo meter los de la pandilla a vender ||mi,fbc,sc
mire, la señora donde trabajo en san salvador me tiene encerrada y solo me da de comer una vez ||ds,rm,sl
ando en guatemala, el guia que nos lleva dice que el que no pague otra vez se queda aqui encerrado ||rs,rm,sm
a mi prima la tienen trabajando en un comedor en mexico y le quitaron el pasaporte salvadoreño ||doc,sl
el patron me dijo que si me voy le hace algo a mis cipotes que estan en chalatenango ||th,mi
la jefa del bar de la costa dice que hay que fichar y si no no hay pisto ||fcs,scs
[plain] Soy salvadoreña, estoy en Los Ángeles, crucé hace años con coyote, ¿tengo derecho a TPS? ||sm
[plain] En Soyapango una señora recluta muchachas para trabajar en casas de Estados Unidos, les paga el viaje y dice que allá le devuelven. ||sj
[no_accents] estoy en un taller en la libertad, me pagan justo, tengo mi dui, solo preguntaba por el seguro social ||sl
[no_accents] necesito info para salir del pais legal, cual es la embajada de mexico
""")

# Nicaragua
L("regional", """
chavalo, el chele de la finca en costa rica tiene nuestras cedulas y no nos paga desde hace dos meses ||doc,ww,sl
vine de nica a trabajar en una casa en san jose y la doña no me deja salir ni los domingos, estoy jodida ||ds,rm,sl
el contratista de la piña nos trajo en camion y ahora dice que le debemos el pasaje y la comida ||td,db,sl
mi hermana esta en panama en un bar, le dijeron que era de mesera y ahora la obligan a estar con clientes ||dj,fcs,scs
dale pues, le cuento: el patron me grita y me dice que me va a denunciar a migracion si pido mis vacaciones ||tp,ve,sl
mi chavala de 14 se fue con una señora a managua a cuidar niños y no la dejan hablar conmigo ||mi,ds,iso,sl
[plain] Soy nicaragüense en Costa Rica, ¿cómo pido refugio?
[plain] Trabajo en una finca de café en Costa Rica con contrato, me pagan bien y tengo libre el domingo, ¿me corresponde aguinaldo? ||sl
[no_accents] me quede sin trabajo en san jose y sin cuarto, estoy en la calle ||hl
""")

# Costa Rica, Panama
L("plain", """
En Panamá, en la Estación de Recepción Migratoria, un hombre nos ofrece trabajo en una finca y dice que hay que irse ya sin decirle a nadie. ||sj
Trabajo en un hotel en Guanacaste, el dueño se quedó con mi pasaporte y me paga la mitad de lo prometido. ||doc,ww,dj,sl
En Ciudad de Panamá el dueño del minisúper me tiene trabajando de 6 a 11 todos los días y dice que me paga al final del año. ||eh,ww,sl
Soy panameña, me ofrecieron trabajo de niñera en Miami con visa y contrato de una agencia registrada, ¿cómo verifico? 
[no_accents] en bocas del toro un lanchero nos cruzo a costa rica, ya estamos en limon bien ||sm
""")
