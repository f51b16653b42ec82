"""Voices from Colombia, Ecuador, Peru, Bolivia, Paraguay, Argentina, Chile, Uruguay."""
from common import L

# Colombia
L("regional", """
parce, el man del camello en la finca de Antioquia nos tiene la cédula y dice que hasta fin de cosecha ||doc,sl
a una pelada de mi barrio en Cali la tienen en un apartamento haciendo webcam y no la dejan salir ||fcs,scs,rm
en Medellín un señor recoge a los pelados de 14 y 15 para hacer vueltas de droga ||mi,fbc,sc
me vine de Venezuela a Bogotá y la señora de la casa donde trabajo no me paga hace tres meses, dice que me guarda la plata ||ww,ds,sl
qué pena molestar, es que mi hermana está en Necoclí y unos tipos le dicen que si no paga otra vez no la dejan montar a la lancha y la tienen en una casa ||rs,rm
el jefe del cultivo nos dijo que si alguien se vuela, la guerrilla lo busca y le hace algo a la familia ||th,rm,sl
en Cartagena hay niñas de colegio que las llevan a los yates con extranjeros, un señor cobra ||mi,fcs,scs
me dijeron que era para trabajar en un restaurante en Panamá y me tienen vendiendo lotería en la calle sin pago ||dj,ww,sl
[plain] Pagué a un guía para cruzar a Panamá, llegué al albergue de Lajas Blancas y estoy bien, ¿qué sigue? ||sm
[plain] ¿Dónde puedo denunciar una oferta de trabajo falsa en Bogotá que vi en Facebook?
[plain] Trabajo de mesera en Bucaramanga, me pagan el mínimo y las propinas, todo legal, ¿cómo me afilio a salud? ||sl
[no_accents] quede sin trabajo y me sacaron de la pieza en bogota, estoy en la calle ||hl
""")

# Ecuador
L("regional", """
chuta, mi ñaña está en una bananera en Los Ríos y el mayordomo les retiene el sueldo hasta fin de año ||ww,sl
en Guayaquil una señora tiene a unas chicas venezolanas en una casa y les dice que deben el viaje, las pone con clientes ||td,db,fcs,scs
mi guagua de 13 trabaja en el mercado cargando para un señor que no le paga ||mi,ww,sl
el man de la florícola nos hace trabajar 14 horas en temporada de San Valentín y el que se queja se va sin pago ||eh,ww,th,sl
estoy en Quito, la patrona me tiene el pasaporte colombiano y me dice que si salgo me cogen los de migración ||doc,tp,sl
[plain] Me ofrecieron ir a trabajar a Estados Unidos, el coyote cobra 15 mil y dice que allá lo pago trabajando con un patrón que él conoce. ||sj
[plain] ¿Cómo saco la visa de residencia temporal en Ecuador si soy venezolana?
[no_accents] ya llegue a new jersey, el coyote me dejo con mi tio, todo bien ||sm
""")

# Perú
L("regional", """
causa, en la mina de Madre de Dios nos tienen trabajando sin paga y no hay forma de salir, el bote es de ellos ||ww,rm,sl
a la chibola de mi vecina, de 15, la llevaron a un bar en la selva con la promesa de trabajo en restaurante ||mi,dj,scs
mi pata está en una pesquera en Chimbote y le retienen el DNI y la mitad del sueldo ||doc,ww,sl
la jefa de la casa en Miraflores me grita, me pega y no me deja salir, soy de Venezuela ||psv,rm,ds,sl
me ofrecieron chamba en Cusco de guía y terminé vendiendo en la calle para una señora que se queda todo ||dj,ww,sl
[plain] Trabajo en una agroexportadora en Ica, nos pagan por jornal y salgo a las 3, ¿me corresponde CTS? ||sl
[plain] Mi patrona me pidió copia del carné de extranjería para el contrato, ¿está bien?
[no_accents] estoy en tumbes, llegue de venezuela caminando, no tengo donde quedarme esta noche ||hl
[no_accents] mi esposo me tira cosas cuando se molesta, ahora esta en el trabajo, a donde voy ||pv
""")

# Bolivia
L("regional", """
mi hermanito de 14 se fue a trabajar a un taller de costura en Buenos Aires y no lo dejan salir, cose todo el día ||mi,rm,eh,sl
en la zafra de Santa Cruz los contratistas adelantan plata a las familias y después las tienen trabajando para pagar ||db,sl
a la imilla de mi comadre se la llevaron a trabajar de empleada a La Paz, no le pagan y no la dejan llamar ||ds,ww,iso,sl
[plain] El contratista del taller en São Paulo nos tiene los documentos bolivianos y dice que debemos el pasaje. ||doc,td,db,sl
[plain] Soy de Cochabamba, estoy en Argentina trabajando en una quinta, me pagan y tengo mi DNI, solo pregunto por la obra social. ||sl
[no_accents] mi wawa nacio en chile, como la registro ||mi
""")

# Paraguay
L("regional", """
che, mi prima se fue a Buenos Aires a trabajar en una casa y la patrona le sacó los documentos ||doc,sl
nde, en la estancia del Chaco el capataz nos descuenta todo de la proveeduría y siempre quedamos debiendo ||db,sl
a una mitakuña de 12 la tienen de criadita en una casa de Asunción, no va a la escuela ||mi,ds,sl
[plain] Me ofrecieron trabajo de modelo en Argentina, me pagan el pasaje y el hotel, pero dicen que no puedo llevar celular. ||sj
[no_accents] trabajo de albañil en encarnacion, me deben una semana y ya no voy mas ahi ||ld,sl
""")

# Argentina, Chile, Uruguay
L("regional", """
la mina que me consiguió el laburo en el taller de Flores me retiene el sueldo y el DNI ||ww,doc,sl
boludo, a mi primo lo tienen en una quinta en La Plata laburando de sol a sol y le dicen que debe el pasaje desde Bolivia ||eh,td,db,sl
en un privado de Mendoza tienen pibas paraguayas, les sacaron los documentos y no las dejan salir ||fcs,scs,doc,rm
mi vieja trabaja cama adentro en Palermo, la señora no le da francos hace meses y le paga una miseria ||ds,eh,ww,sl
un pibe de 15 de mi barrio vende falopa en la esquina para unos transas que lo tienen amenazado ||mi,fbc,sc,th
en Santiago la señora de la casa me tiene trabajando puertas adentro sin día libre y me dice que si me quejo me denuncia a la PDI ||ds,eh,tp,sl
en el campo en el sur de Chile el patrón nos tiene en una barraca y no nos paga hace dos meses ||ww,sl
[plain] Soy uruguaya, me ofrecieron laburo en un crucero, la agencia está habilitada y me dio contrato, ¿qué reviso?
[plain] Laburo en una verdulería en Rosario, me pagan en negro pero puedo irme cuando quiera, ¿puedo exigir que me registren? ||ld,sl
[plain] Estoy en Mendoza, crucé por un paso no habilitado con un señor que me guió, ya estoy con mi hermana. ||sm
[no_accents] me echaron de la pension en once y estoy durmiendo en la plaza ||hl
[no_accents] que es la ley de trata en argentina, es para la facu
""")
