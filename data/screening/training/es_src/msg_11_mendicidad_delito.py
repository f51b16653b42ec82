"""Forced begging and forced crime (sector_begging, sector_crime); hard negatives."""
from common import B

FB = ["forced_begging_crime", "sector_begging"]
FC = ["forced_begging_crime", "sector_crime"]

B(FB, "plain", """
Nos ponen a pedir dinero en los semáforos y al final del día nos quitan todo. ||withheld_wages
El señor que nos trajo nos obliga a pedir limosna en la iglesia con los bebés en brazos.
Me tienen pidiendo en el metro y si no junto 500 pesos no me dejan dormir adentro.
Nos dejan en la esquina a las 7 de la mañana y nos recogen de noche, todo lo que juntamos es para ellos. ||withheld_wages,excessive_hours
Hay una red que pone a señoras ancianas a pedir en la terminal y luego las recogen en una camioneta.
Me obligan a pedir en los buses contando una historia que no es mía.
""")

B(FB, "no_accents", """
me mandan a pedir en la calle con un cartel y si no traigo plata me pegan ||physical_sexual_violence
nos hacen fingir q somos refugiados pa pedir en el centro y la plata se la queda el jefe ||withheld_wages
la señora me pone a vender dulces y pedir en los carros todo el dia, no me da nada ||withheld_wages
""")

B(FB, "third_party", """
Siempre veo al mismo hombre dejar a varias mujeres con niños pidiendo en el puente y luego se lleva el dinero.
Soy chofer de micro en Lima; todos los días sube un muchacho a pedir y abajo lo espera un tipo que le quita lo que junta.
En mi parroquia hay un señor que trae gente en silla de ruedas a pedir y les cobra "el lugar".
""")

B(FC, "plain", """
Me obligan a vender droga en la plaza, si me niego me amenazan con mi familia. ||threats_person_family
Me pusieron a cuidar una esquina avisando cuando viene la policía, no me dejan salirme. ||restriction_of_movement
Nos hacen robar celulares en el transporte y si no llevamos nada nos golpean. ||physical_sexual_violence
Me dijeron que tenía que cruzar una mochila al otro lado y que si no lo hacía no me dejaban seguir.
Trabajo en una casa donde empacan droga, no me dejan salir y me dicen que ya soy parte. ||restriction_of_movement
Me tienen cuidando una siembra en la sierra con un arma, y dicen que el que se va se muere. ||threats_person_family,sector_labour
""")

B(FC, "slang", """
los del cartel me tienen de halcon en la colonia, si me rajo me levantan ||threats_person_family
el coyote nos obligo a cargar mota pa pagar el cruce ||travel_debt,debt_bondage
me tienen de burrera llevando paquetes en el bus, no es mi decision
la banda me pone a cobrar la extorsion a los negocios, yo no quiero ||threats_person_family
""")

B(FC, "third_party", """
Mi hermano cruzó con unos polleros que lo obligaron a llevar droga en la espalda. ||smuggling
Los chavos del barrio dicen que a los migrantes los agarran y los ponen a vender en la frontera.
Una señora me contó que a su hijo lo reclutaron a la fuerza para vender en la colonia. ||abduction_or_sale
Mi primo en Colombia está con unos armados que lo obligan a cuidar cultivos. ||sector_labour
""")

B(FC + ["minor"], "third_party", """
Al hijo de la vecina, que tiene 13, lo usan para pasar bolsitas en la escuela.
Mi alumno de octavo llega sin dormir, dice que lo ponen a vigilar de noche para unos señores.
Un niño de 11 que vende chicles en mi parada me dijo que lo mandan a robar carteras.
""")

# Hard negatives.
B([], "plain", """
Estoy sin trabajo y me da vergüenza pedir en la calle, ¿hay comedores gratis?
Ayer le di dinero a un señor que pedía en el semáforo, ¿eso ayuda o no?
Vendo dulces por mi cuenta en el parque, nadie me obliga, ¿necesito permiso de la municipalidad? ||sector_labour
Estoy estudiando criminología y quiero saber cómo reclutan los carteles a los jóvenes.
Vi en la tele que detuvieron a migrantes por llevar droga, ¿los obligaron?
""")

B([], "no_accents", """
me ofrecieron llevar un paquete a la frontera por 500 dolares, les dije q no, hice bien? ||suspicious_job_offer
pido en la calle yo solo porque no tengo trabajo, no tengo jefe, donde hay albergue ||sector_begging,homelessness
""")
