"""Voices from the Dominican Republic, Cuba and Venezuela (at home and abroad)."""
from common import L

# República Dominicana
L("regional", """
klk, mi prima ta en un colmado en la capital y el dueño le quitó la cédula y no la deja salí ||doc,rm,sl
la doña me tiene trabajando en la casa desde las 5 y no me paga, dice que ya me da la comida, toy cansá ||ds,ww,eh,sl
un tíguere le ofreció a mi hermana trabajo en un hotel en Punta Cana y ahora la tienen con turistas a la fuerza ||dj,fcs,scs
en el batey el capataz dice que los haitianos que se quejen los manda pa la frontera ||tp,ve,sl
mi sobrina de 16 anda con un señor mayor que la lleva a los hoteles de Sosúa con extranjeros ||mi,fcs,scs
una jeva de mi barrio se fue a Argentina a trabajar y dice que la tienen encerrada en un apartamento ||rm
el dueño de la banca de lotería me debe tres semanas, ya me fui de ahí, ¿cómo cobro? ||ld,sl
chin, la vaina es que me ofrecen ir a trabajar a Curazao de bailarina y que me pagan el pasaje, ¿eso es seguro? ||sj
[plain] Estoy en Santo Domingo, me escondí en casa de una vecina porque el hombre del bar me está buscando y está afuera. ||dn,scs
[plain] ¿Cómo renuevo la cédula dominicana desde Puerto Rico?
[no_accents] estoy bien en nueva york, llegue en yola hace años, solo quiero saber de abogados de inmigracion ||sm
[no_accents] trabajo en un salon de belleza en santiago, me pagan a tiempo, pregunto por la seguridad social ||sl
""")

# Cuba
L("regional", """
asere, estoy en Nicaragua, el que nos trajo de La Habana dice que debemos 3000 más y nos tiene en una casa sin salir ||td,db,rm
mi hermana se fue a México por un trabajo de cuidadora y la tienen en un bar, le quitaron el pasaporte cubano ||dj,doc,scs
los coyotes en Tapachula tienen a mi primo y piden 2000 dólares a la familia en Miami ||rs
estoy pinchando en una finca en Panamá y el dueño no paga, dice que los cubanos ilegales no tienen derecho a reclamar ||ww,ve,sl
la yuma que me contrató para limpiar su casa en Cancún me guarda el pasaporte y no me deja salir sola ||doc,rm,ds,sl
nos trajeron en guagua hasta Monterrey y el chofer nos dejó con unos tipos que dicen que ahora trabajamos para ellos ||ab,sl
[plain] Soy cubano, llegué a Miami por la frontera, ya estoy con mi familia, ¿cómo pido el parole? ||sm
[plain] ¿Qué es la ley de ajuste cubano? Es para mi tarea.
[no_accents] estoy en tapachula esperando cita, todo tranquilo, hay donde hacer cursos?
[no_accents] tengo 17 y vine de cuba con mi tia, estamos en un albergue en juarez, hay escuela? ||mi
""")

# Venezuela
L("regional", """
chamo, en el trabajo en Bogotá me tienen la cédula venezolana y el pasaporte, y me dicen que sin eso me deportan ||doc,tp,sl
pana, me ofrecieron trabajo en una finca en Perú y ahora estoy en una mina, trabajamos noche y día ||dj,eh,sl
mi hermana está en Trinidad y la tienen en un bar, le quitaron el pasaporte y la obligan a estar con clientes ||doc,fcs,scs
estoy arrecha, la señora donde trabajo en Lima me paga la mitad y dice que agradezca porque soy veneca ||ww,ve,sl
una chama de mi edificio se fue a Chile con un novio y ahora él no la deja llamar a nadie y la pone a trabajar en la calle ||iso,fcs,scs
la vaina es que el que nos cruzó por la trocha dice que ahora le debemos el triple y que vamos a trabajar en su finca ||td,db,sl,sm
nos tienen en un galpón en Ecuador, más de 30 venezolanos, no nos dejan salir y nos quitaron los teléfonos ||rm,iso
burda de miedo, unos tipos del grupo armado en la frontera tienen a mi primo y piden plata ||rs
mi hijo de 15 se fue con unos panas a Cúcuta y me dicen que lo tienen cargando mercancía por la trocha ||mi,fbc,sc
el dueño del restaurante en Quito no me pagó el último mes y ya me fui, ¿cómo lo reclamo? ||ld,sl
[plain] Crucé a Colombia por la trocha pagando a un señor, ya estoy en Medellín con mi familia, ¿cómo saco el PPT? ||sm
[plain] Soy venezolana, trabajo en Santiago como cajera con contrato, quiero saber cómo validar mi título. ||sl
[plain] Me robaron el pasaporte en el bus hacia Lima, ¿el consulado me puede dar un salvoconducto?
[plain] Me ofrecieron trabajo de enfermera en Chile por una agencia que pide 500 dólares antes de viajar, dice que el contrato lo veo allá. ||sj
[no_accents] ando en la calle en cucuta con mi bebe, no tenemos donde dormir ||hl,mi
[no_accents] chamo que significa trata de personas, lo vi en un afiche
[no_accents] mi pareja me pega desde que llegamos a peru, ahora no esta, tengo miedo de que vuelva ||pv
""")
