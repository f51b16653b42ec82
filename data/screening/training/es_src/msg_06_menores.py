"""Minors (age, school grade, child words) in exploitation, and minors in harmless contexts."""
from common import B

M = ["minor"]

B(M, "third_party", """
Mi sobrina de 15 años está en un bar en Tapachula y la ponen a fichar con los clientes. ||forced_commercial_sex,sector_commercial_sex
Soy maestra; una alumna de tercero de secundaria me contó que un señor la lleva a "fiestas" y le pagan a él. ||forced_commercial_sex,sector_commercial_sex
Mi vecino tiene un niño de 10 años vendiendo chicles en el semáforo todo el día y le quita lo que saca. ||forced_begging_crime,sector_begging,withheld_wages
A mi hijo de 16 lo tienen de halcón para unos narcos, le dicen que si se sale matan a su mamá. ||forced_begging_crime,sector_crime,threats_person_family
La niña que trabaja en la casa de la señora de enfrente no va a la escuela, tiene como 13 y limpia todo el día. ||domestic_servitude,sector_labour,excessive_hours
El chico de segundo básico que vende en el mercado me dice que su tío le pega si no vende todo. ||sector_labour,physical_sexual_violence
Soy el cura del pueblo; dos muchachas de 16 se fueron con una señora que les ofreció trabajo y ahora las tienen en una casa en Guatemala atendiendo hombres. ||forced_commercial_sex,sector_commercial_sex,deception_job
Mi nieta de 14 años se fue con un novio de 25 y él la está vendiendo por internet. ||forced_commercial_sex,sector_commercial_sex
Una estudiante de primero medio dice que su padrastro la manda a pedir plata en el centro y le quita todo. ||forced_begging_crime,sector_begging,withheld_wages
En la finca de al lado trabajan niños de 12 cortando caña desde las 5 de la mañana. ||sector_labour,excessive_hours
Soy enfermera; llegó una chica de 15 con lesiones y dijo que el dueño del bar donde "trabaja" la golpeó. ||physical_sexual_violence,sector_commercial_sex
Un menor de edad hondureño trabaja en la obra de mi calle cargando bloques, dice que le pagan al señor que lo trajo. ||sector_labour,withheld_wages
""")

B(M, "no_accents", """
mi hermano de 15 trabaja en una bodega de noche y el encargado no le paga ||sector_labour,withheld_wages
a mi prima de 16 la tienen en un depa y la mandan con señores ||forced_commercial_sex,sector_commercial_sex
unos chavos de secundaria venden droga en la escuela, los obliga un señor del barrio ||forced_begging_crime,sector_crime
mi hija de 17 se fue a trabajar a una casa de masajes y no la dejan salir ||sector_commercial_sex,restriction_of_movement
hay niñas como de 13 pidiendo dinero en el metro y un señor las vigila de lejos ||forced_begging_crime,sector_begging,restriction_of_movement
a mi sobrino de 14 lo usan pa cargar paquetes en la frontera ||forced_begging_crime,sector_crime
""")

B(M, "abbrev", """
tengo 16 y trabajo en una casa, no me pagan y no m dejan ir a la escuela ||domestic_servitude,sector_labour,withheld_wages
tngo 15 años, m tienen vendiendo en la calle hasta las 12 d la noche ||sector_labour,excessive_hours
soy menor y m obligan a estar con hombres ||forced_commercial_sex,sector_commercial_sex
m obligan a robar celulares y tengo 14 ||forced_begging_crime,sector_crime
""")

B(M, "plain", """
Tengo 17 años y trabajo en un restaurante 12 horas diarias sin descanso. ||sector_labour,excessive_hours
Tengo 15 y el novio de mi mamá me manda a vender cosas en la calle y si no llevo plata me pega. ||forced_begging_crime,sector_begging,physical_sexual_violence
Mi hermanita de 9 años pide limosna con una señora que no es de la familia. ||forced_begging_crime,sector_begging
Estoy en tercero básico y trabajo en el campo con mi tío, no voy a la escuela. ||sector_labour
Soy de noveno grado y un señor me paga por llevar paquetes, creo que es droga. ||sector_crime,forced_begging_crime
""")

# Minors in harmless contexts: only the `minor` label (the rule needs exploitation too).
B(M, "plain", """
Tengo 15 años y quiero información sobre la trata para una exposición del colegio.
Mi hijo de 12 me pregunta qué significa ser migrante irregular, ¿tienen material para niños?
Soy de segundo de secundaria, ¿cómo puedo ayudar a una amiga que está triste?
Mi hija de 16 quiere hacer servicio social con ustedes, ¿se puede?
Tengo 14 años y estoy en un albergue con mi mamá, ¿cuándo puedo ir a la escuela aquí?
Mi sobrino de 8 años necesita vacunas, ¿dónde lo llevo en Tapachula?
""")

B(M, "no_accents", """
tengo 13 años, mis papas me dijeron q pregunte donde hay escuelas para migrantes
soy de tercero de secundaria y tengo tarea sobre trata de personas, q es?
mi nieto de 11 años viaja con nosotros, necesita papeles para cruzar?
""")
