"""Threats to person/family, threats of police/migration, violence by exploiters, abuse of
vulnerability; hard negatives (threats from strangers online, past and resolved, news)."""
from common import B

TH = ["threats_person_family"]
TP = ["threat_police_deportation"]
PV = ["physical_sexual_violence"]
VE = ["vulnerability_exploited"]

B(TH, "plain", """
El patrón dice que si me voy le va a pasar algo a mi familia en Honduras.
Me amenazan con hacerle daño a mi hijo que está en Guatemala si no sigo trabajando.
Dicen que saben dónde vive mi mamá y que tienen gente allá.
Si hablo con alguien me van a matar, eso me dijeron.
La señora me dijo que si me quejo voy a desaparecer y nadie me va a buscar.
Me enseñaron fotos de la casa de mis papás en mi pueblo, para que sepa que ellos saben.
""")

B(TH, "no_accents", """
me dijo q si me escapo va a ir por mi hermana al pueblo
nos amenazan con q si decimos algo nos entierran en el monte
el encargado dice q tiene contactos en el salvador y q mi familia va a pagar si me voy
dice q conoce a los mareros de mi colonia y q les va a avisar
""")

B(TH, "indirect", """
No me han dicho nada directo, pero siempre mencionan a mis hijos y lo bonito que es mi pueblo.
Me dan a entender que si me voy, mi familia la va a pasar mal.
Ya saben dónde estudia mi hermano, me lo dijeron como quien no quiere la cosa.
""")

B(TP, "plain", """
Dicen que si me quejo llaman a migración y me deportan.
El patrón nos amenaza con llamar a la policía porque no tenemos papeles.
La jefa me dice que si salgo me agarra la migra y que ella es la única que me protege.
Cada vez que pido mi pago me dice que me va a denunciar por ilegal.
Si alguien habla, el jefe llama al ICE, eso dice siempre.
""")

B(TP, "no_accents", """
si reclamo mi sueldo me dicen q me van a echar a la migra ||withheld_wages
el dueño dice q tiene amigos en la policia y q si me voy me meten presa
nos dicen q afuera nos agarra migracion y nos manda de regreso, q aqui estamos seguros
me amenaza con llamar a inmigracion si no hago lo q dice
""")

B(TP + VE, "plain", """
Como no tengo papeles, el patrón sabe que no puedo ir a ningún lado y me dice que si me quejo llama a migración.
Me dicen que una indocumentada como yo no tiene derechos y que si voy a la policía me deportan a mí.
""")

B(PV, "plain", """
El encargado nos pega si no terminamos la cuota.
El patrón me golpeó con un cinturón porque rompí un plato. ||sector_labour
El dueño del rancho abusó de mí y me dijo que me callara.
El capataz le pegó a un compañero enfrente de todos para que aprendiéramos. ||sector_labour
La señora me jala el pelo y me da cachetadas cuando algo no le gusta.
El jefe me tocó y cuando me negué me dejó sin comer.
""")

B(PV, "no_accents", """
el patron me pego en la cara porque le pedi mi sueldo ||withheld_wages
el jefe de la obra nos patea cuando estamos cansados ||sector_labour
el dueño de la casa se mete a mi cuarto de noche y me obliga ||domestic_servitude,sector_labour
nos golpean con palos si intentamos descansar ||excessive_hours
""")

B(PV, "third_party", """
Mi hermana trabaja en una casa en Santiago y el patrón la violó, tiene miedo de perder el trabajo. ||sector_labour
Un jornalero llegó a la clínica con la espalda marcada, dice que el mayordomo lo golpeó. ||sector_labour
Una muchacha del albergue me contó que el hombre que la traía la abusaba en el camino.
""")

B(VE, "plain", """
El patrón sabe que no hablo bien español y se aprovecha, me hace firmar cosas que no entiendo.
Como estoy sin papeles me paga la mitad y dice que agradezca. ||withheld_wages,sector_labour
Sabe que mi hijo está enfermo y que necesito el dinero, por eso me hace trabajar así. ||excessive_hours
Buscan a gente recién llegada, que no conoce a nadie, para trabajar sin pagar. ||withheld_wages
Solo hablo kaqchikel y un poco de español, y el encargado aprovecha para descontarme cosas. ||withheld_wages
""")

B(VE, "no_accents", """
como no tengo papeles el patron hace lo q quiere conmigo y no puedo decir nada
sabe q debo mucho en mi pais y me tiene agarrada con eso
me escogieron a mi porque soy sola y no tengo familia aqui
""")

B(TH + TP, "run_on", """
el patron nos dijo clarito que si alguno se va o habla con alguien de afuera primero llama a la migra y despues manda a su gente a visitar a la familia en guatemala y todos le tenemos miedo
""")

# Hard negatives.
B([], "plain", """
Una persona me amenazó por Facebook porque no le quise vender mi celular, ¿qué hago?
El vecino y yo discutimos por el ruido y me dijo groserías, nada más.
Me preocupa que me deporten si voy al hospital, ¿es cierto que informan a migración?
¿La policía de México puede pedirme papeles en la calle?
Mi jefe me gritó una vez pero luego se disculpó, no pasa nada, solo quería contarlo.
¿Si denuncio un robo me pueden deportar?
""")

B([], "no_accents", """
tengo miedo de la migra pero nadie me amenaza, solo quiero saber mis derechos
un compa de la chamba se peleo con otro pero ya lo arreglaron
""")
