"""Withheld wages, excessive hours; ordinary labour disputes with free movement (refer)."""
from common import B

WW = ["withheld_wages", "sector_labour"]
EH = ["excessive_hours", "sector_labour"]
LD = ["labour_dispute", "sector_labour"]

B(WW, "plain", """
Llevo tres meses trabajando en la obra y no me han pagado nada, dicen que al final de la obra.
El patrón dice que me guarda el sueldo para que no me lo gaste, pero nunca me lo da.
Me prometieron 400 dólares al mes y me pagan 80.
Nos pagan cuando quieren y siempre menos de lo acordado.
La señora dice que mi salario lo manda directo a mi familia, pero mi mamá no ha recibido nada.
En la fábrica nos dicen que el pago es al terminar el contrato de un año.
Me pagan con comida y un lugar para dormir, dinero nunca.
El jefe guarda nuestras tarjetas del banco y saca él la plata.
""")

B(WW, "no_accents", """
no me pagan desde diciembre y el patron dice q tenga paciencia, q el me guarda todo
me dijeron q eran 15 mil pesos al mes y me dan 3 mil
el encargado se queda con la mitad de lo q ganamos en la cosecha
en la maquila nos pagan cada dos meses y con descuentos q nadie entiende
trabajo en un taller mecanico y el dueño me dice q el sueldo me lo da cuando me regrese a mi pais
""")

B(WW, "slang", """
el patron no suelta la lana, dice q a fin de temporada nos da todo junto
la chamba esta dura y ni un peso nos han dado en 2 meses
el contratista se quedo con la paga de toda la cuadrilla y nos dice q luego
el viejo no paga, dice q ya nos da de tragar y con eso basta
""")

B(WW, "third_party", """
Mi esposo trabaja en un rancho en Texas y no le pagan desde hace semanas, dice que el capataz guarda el dinero.
Varios hombres de mi comunidad trabajan en una granja de pollos y les dicen que les pagan al final del año.
Mi vecina trabaja en una casa en Asunción y la patrona le da solo una parte, dice que el resto se lo guarda.
""")

B(EH, "plain", """
Trabajamos de 6 de la mañana a 10 de la noche todos los días, sin domingo.
Me hacen trabajar aunque tenga fiebre, dicen que si no trabajo no como.
En el invernadero trabajamos 14 horas y no hay día de descanso.
Llevo dos meses sin un solo día libre.
Nos despiertan a las 4 y terminamos a medianoche, así todos los días.
Aunque me corté la mano me mandaron a seguir trabajando.
""")

B(EH, "no_accents", """
trabajo 16 horas diarias en la panaderia y no tengo dia libre
en la pesquera nos tienen hasta 20 horas seguidas cuando hay barco
estoy enferma y la señora me dice q igual tengo q lavar y planchar
nos hacen doblar turno casi todos los dias y no se puede decir q no
""")

B(EH, "abbrev", """
trbajo d lunes a lunes sin descanso
m levantan a las 4am y acabo a las 11pm, todos los dias
no hay dia libre, ni navidad nos dieron
""")

B(EH + ["withheld_wages"], "run_on", """
en la finca de tomate trabajamos desde que sale el sol hasta que se oculta y a veces de noche con lamparas y de paga nos dieron solo una vez en tres meses y nos dicen que ya viene ya viene
yo trabajo en un restaurante en miami lavando platos de 10 de la mañana a 2 de la madrugada siete dias y el dueño me paga como 200 a la semana cuando habia dicho 600
""")

B(LD, "plain", """
Me despidieron sin pagarme la última quincena, ¿qué puedo hacer?
Mi jefe no me quiere pagar las horas extras, trabajo en un supermercado.
Renuncié y no me quieren dar la liquidación.
Me pagan menos que a los mexicanos por el mismo trabajo, ¿es legal?
Me corrieron por estar embarazada, ¿a dónde acudo?
La empresa me debe las vacaciones del año pasado y ya no trabajo ahí.
El patrón de la obra me quedó debiendo dos días de trabajo, yo ya me fui a otra chamba.
Me atrasaron el pago una semana, pero me dijeron que el viernes me pagan, ¿puedo reclamar?
En la construcción no nos dan casco ni guantes, ¿a quién me quejo?
Me despidieron porque me quejé del horario, ¿me pueden ayudar?
""")

B(LD, "no_accents", """
me deben 2 semanas en la chamba pero yo ya me sali, como las cobro
no me quieren pagar el aguinaldo, trabajo en una tienda de abarrotes
me descontaron un dia por llegar tarde 10 minutos, se puede?
me corrieron sin aviso despues de 3 años, me toca indemnizacion?
trabajo de mesera y el dueño se queda con las propinas
""")

B(LD, "question", """
¿Es legal que me paguen por día sin contrato en la construcción?
¿Puedo reclamar mi sueldo si no tengo papeles? El patrón no me pagó la última semana pero ya no trabajo ahí.
""")

# Hard negatives: fine jobs, long hours by choice, normal payroll questions.
B(["sector_labour"], "plain", """
Trabajo en la construcción, me pagan cada viernes y estoy contento, solo quiero saber si puedo cotizar al seguro.
Trabajo 8 horas en una fábrica de Juárez y me pagan bien, ¿cómo saco mi número del seguro social?
Tengo dos trabajos porque quiero ahorrar, nadie me obliga, pero estoy cansado, ¿hay clínicas de noche?
Me pagaron completo, gracias, solo quería confirmar que me corresponden vacaciones.
""")

# A question about the minimum wage, with no dispute behind it, is information.
B(["sector_labour"], "question", """
¿Cuánto es el salario mínimo en Costa Rica para trabajadoras domésticas?
""")

B([], "plain", """
¿Cuánto se gana en la cosecha de fresas en California?
¿Cómo se calcula el pago de horas extra en México?
Mi hermano busca trabajo de albañil en Guatemala, ¿saben de algo?
""")
