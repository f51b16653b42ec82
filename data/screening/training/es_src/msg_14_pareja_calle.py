"""Partner violence (not now), homelessness; hard negatives."""
from common import B

PV = ["partner_violence"]
HL = ["homelessness"]

B(PV, "plain", """
Mi esposo me pega cuando toma, anoche me dejó morada, ahora está en el trabajo.
Mi pareja me amenaza con quitarme a los niños si lo dejo.
Mi novio me revisa el celular y me empuja cuando se enoja, hoy ya está tranquilo.
Mi exmarido me sigue mandando mensajes amenazantes, no vivimos juntos.
Mi marido me pegó el fin de semana, ahora estoy en casa de mi hermana.
Desde que llegamos a Chile mi esposo me grita y me insulta todo el tiempo.
El papá de mis hijos me rompió el teléfono y me dio una cachetada, ya se fue.
""")

B(PV, "no_accents", """
mi marido me pega y me dice q sin el no soy nada, ahorita no esta
mi ex me persigue en redes y me dice q me va a quitar a la niña
mi pareja me maltrata desde hace años, hoy me dejo un ojo morado y salio a trabajar
mi novio me forzo a tener relaciones, no se si eso cuenta como violacion
""")

B(PV, "question", """
¿Puedo denunciar a mi esposo por violencia aunque no tenga papeles?
Mi pareja me pega, ¿hay refugios para mujeres migrantes en Guadalajara? ||homelessness
Si dejo a mi esposo, ¿pierdo el asilo porque él es el titular?
""")

B(PV, "indirect", """
En la casa las cosas están feas, él se enoja por todo y a veces se le pasa la mano.
No es que me pegue siempre, solo cuando toma.
Dice que si me voy me encuentra donde sea, pero hoy anda tranquilo.
""")

B(HL, "plain", """
No tengo dónde dormir esta noche.
Me echaron del cuarto porque no pude pagar la renta, estoy con mis hijos en la calle.
Llevo tres noches durmiendo en la central de autobuses.
Llegamos a Ciudad Juárez y los albergues están llenos, ¿dónde podemos pasar la noche?
Me quedé sin casa después del incendio, ¿hay refugio?
Dormimos en un parque de Tijuana, somos cinco con un bebé. ||minor
Acabo de llegar a Bogotá y no tengo dónde quedarme.
""")

B(HL, "no_accents", """
no tengo donde dormir, estoy en la calle en monterrey
estoy durmiendo en el carro con mi esposa, hay algun albergue?
me corrieron del cuarto y no tengo a donde ir
llegue a tapachula sin nada, ni para un hotel
""")

B(HL, "abbrev", """
x favor algun albergue, estoy en la calle
ando sin techo en la cdmx, donde hay refugio
""")

B(HL + PV, "plain", """
Me salí de la casa porque mi marido me pegaba y ahora no tengo dónde quedarme.
Mi pareja me echó de la casa con mis cosas y me amenazó, estoy en la calle.
""")

# Hard negatives.
B([], "plain", """
Mi esposo y yo discutimos por dinero, pero nunca me ha tocado, ¿dónde hay terapia de pareja?
Estoy buscando cuarto en renta en Querétaro, ¿conocen páginas seguras?
Vivo con mi tía mientras encuentro trabajo, estoy bien.
Mi novio es muy bueno conmigo, solo quiero saber cómo traerlo de Honduras.
Tengo casa, pero me gustaría mudarme cerca del trabajo.
""")
