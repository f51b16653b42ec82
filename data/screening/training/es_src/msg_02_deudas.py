"""Debt bondage, travel debt alone, and ordinary debts (hard negatives)."""
from common import B

DB = ["debt_bondage"]
DBT = ["debt_bondage", "travel_debt"]
TD = ["travel_debt"]

B(DBT, "plain", """
Le debo al señor el viaje desde Honduras y cada mes la deuda sube en vez de bajar.
Dicen que les debemos 5 mil dólares del cruce y que tenemos que trabajarlos aquí con ellos.
Me trajeron de Venezuela con la promesa de pagar después, pero lo que gano no alcanza ni para los intereses.
El pasaje me lo prestó la agencia y ahora me lo descuentan todo del sueldo, nunca termino de pagar.
El coyote dice que hasta que no le paguemos el viaje no podemos irnos de la casa. ||restriction_of_movement
Nos cobran el transporte desde Guatemala y cada semana le suman algo nuevo.
""")

B(DB, "plain", """
Nos cobran la comida y la cama y al final del mes salimos debiendo.
La deuda no baja nunca, cada vez que pregunto me dicen una cifra más alta.
Me dicen que me puedo ir cuando pague lo que debo, pero no me dicen cuánto es.
Me descuentan el uniforme, las herramientas y el cuarto, y siempre quedo debiéndoles.
Empecé debiendo 800 y ahora dicen que son 3000, no entiendo cómo.
Si me quiero ir tengo que pagar una "multa" que nunca voy a poder juntar.
""")

B(DB, "abbrev", """
dicen q les debo x la comida y el cuarto y q no me puedo ir hasta q pague
cada q pregunto cuanto debo es mas, ya no se ni cuanto es
el patron dice q tengo q trabajar hasta pagarle todo lo q gasto en mi
nos anotan todo en una libreta, el agua, el jabon, y la deuda crece y crece
k hago si me dicen q no me dejan ir hasta pagar la deuda
""")

B(DBT, "no_accents", """
le debo al pollero el viaje y me tiene trabajando en su rancho hasta que le pague ||sector_labour
la señora me pago el boleto de avion y ahora dice q le debo 4 veces mas
nos dijeron q el cruce se paga trabajando y ya van 8 meses y seguimos debiendo
el enganchador nos presto para el pasaje y ahora nos quita casi todo el sueldo ||withheld_wages
""")

B(DB, "indirect", """
Siempre salgo debiendo, aunque trabaje todo el mes. Como que el número nunca baja.
Me dicen que todavía no he terminado de pagar lo que les costé.
Cuando hablo de irme me sacan la cuenta en un cuaderno y me dicen que primero salde.
Es como si nunca fuera a terminar de pagar, siempre aparece otro gasto que me cobran.
Mi jefa dice que le debo por haberme dado trabajo y techo, y me lo cobra de mi sueldo.
""")

B(DB, "third_party", """
Mi hermano está en una finca en Sinaloa y dice que los tienen trabajando para pagar una deuda que nunca baja. ||sector_labour
Un señor de mi pueblo me contó que a su hijo le cobran hasta el agua y que así nunca puede venirse. ||restriction_of_movement
Soy el padre de la parroquia; varios jornaleros me dicen que el contratista les cobra la comida y los deja sin nada. ||sector_labour,withheld_wages
Mi amiga trabaja en una casa en Lima y su patrona le dice que todavía le debe por el pasaje. ||travel_debt,sector_labour
La vecina me dice que a su sobrino lo tienen en un taller de costura pagando una deuda que inventaron. ||sector_labour
""")

B(DBT, "third_party", """
Mi cuñado cruzó con un coyote y ahora lo tienen en Houston trabajando gratis para pagarle el viaje. ||withheld_wages,sector_labour
A mi hija le prestaron para el pasaje a España y ahora dice que le cobran el doble y la tienen trabajando para eso.
""")

B(DB, "run_on", """
al principio dijeron que eran 2000 por el viaje y el cuarto y ahora ya van en 6000 y cada semana suben porque nos cobran la luz el gas la comida y si uno se enferma tambien cobran el dia
yo trabajo de lunes a domingo en la chamba y cuando me pagan me dicen que ya todo se fue a la deuda y que me quedan como 200 pesos y asi cada quincena ||excessive_hours,withheld_wages,sector_labour
""")

B(DB + ["sector_labour"], "slang", """
en el rancho el capataz tiene una tienda y nos fia todo, al final nunca acabamos de pagarle
el contratista nos trajo del sur y dice que hasta que saquemos lo de la deuda no hay paga
la chamba en la obra es pa pagar lo q dizque le debo al patron, nunca veo un peso ||withheld_wages
en la finca nos venden todo caro y nos descuentan, ya llevo un año y sigo debiendo
""")

B(DB + ["sector_commercial_sex"], "euphemism", """
En el bar me dicen que tengo que fichar hasta pagar lo que gastaron en traerme. ||forced_commercial_sex,travel_debt
La señora dice que con lo que saque atendiendo clientes le voy pagando la deuda, pero nunca baja. ||forced_commercial_sex
Dicen que cuando termine de pagar la ropa y el cuarto ya puedo dejar de salir con los señores. ||forced_commercial_sex
""")

B(TD, "plain", """
Le debo 3000 dólares a un señor que me pagó el viaje, todavía no sé cómo se los voy a pagar.
Pedí prestado para pagar al coyote y ahora tengo que mandar plata para la deuda.
La agencia me cobró 1500 de reclutamiento y tengo que pagarlo en cuotas del sueldo.
Mi familia debe el dinero del viaje a un prestamista del pueblo.
Todavía debo lo del pasaje, pero trabajo donde quiero y me puedo ir cuando quiera.
Para venir me endeudé con mi tío, le voy pagando poco a poco.
""")

B(TD, "no_accents", """
debo lo del viaje al pollero y me llama para cobrar, estoy preocupado
tuve q pedir prestado pal pasaje y la cuota del reclutador, y aun no encuentro chamba
la empresa de reclutamiento me cobro la visa y el vuelo, me lo van a descontar
""")

B(TD + ["smuggling"], "plain", """
Pagué la mitad al coyote antes de cruzar y le debo la otra mitad, pero ya estoy libre con mi familia.
Le quedé debiendo al guía del Darién y me escribe para que le pague, pero nadie me retiene.
""")

# Hard negatives: ordinary debts, loans, remittances.
B([], "plain", """
Le debo a la tarjeta de crédito y el banco me cobra muchos intereses, ¿qué hago?
Tengo una deuda con una cooperativa en Honduras, ¿me pueden meter presa por no pagar?
Pedí un préstamo para comprar una moto y no puedo pagar las cuotas este mes.
¿Me pueden deportar por tener deudas?
Le presté dinero a una amiga y no me lo devuelve.
Mi hermano me debe el dinero del pasaje, yo se lo presté y no me paga.
El casero me cobra la renta y la luz aparte, ¿eso es normal?
Estoy pagando un crédito del carro, quiero saber si hay ayuda para migrantes con deudas.
No debo nada a nadie, pagué mi viaje completo yo misma, solo busco trabajo.
¿Cómo mando dinero a Guatemala sin que me cobren tanto?
La empresa me hizo un anticipo de sueldo y me lo descuentan en dos quincenas, todo claro.
""")

B([], "no_accents", """
tengo deuda con el banco en venezuela, puedo pedir refugio igual?
le debo a la señora de la tienda como 500 pesos, pero es mi comadre no pasa nada
me prestaron para el viaje mis papas, no le debo a nadie mas
el credito del celular me sale muy caro, donde reclamo
ya termine de pagar el prestamo del viaje, ahora quiero traer a mi hija
""")
