"""Self-harm and medical emergencies (immediate); hard negatives (past, figurative, info)."""
from common import B

SH = ["self_harm"]
ME = ["medical_emergency"]

B(SH, "plain", """
Ya no quiero vivir, no aguanto más esta situación.
He pensado en matarme, no le veo salida.
Tengo las pastillas aquí y creo que me las voy a tomar todas.
Me corté los brazos anoche y hoy quiero hacerlo otra vez.
Prefiero morirme antes que seguir aquí.
Estoy pensando en tirarme del puente, ya no puedo.
Nadie me va a extrañar si me muero.
Quisiera dormirme y no despertar nunca más.
""")

B(SH, "no_accents", """
ya no tengo ganas de vivir, todo me sale mal aqui
estoy pensando en quitarme la vida, no se q hacer
me quiero morir, ya no puedo con esto
tengo una soga y estoy pensando cosas feas
me hago daño cuando me siento asi, hoy estoy muy mal
""")

B(SH, "abbrev", """
ya n kiero vivir
m kiero matar, no aguanto
x q seguir si todo es igual, mejor m muero
""")

B(SH, "hesitant", """
No sé si debería escribir esto... a veces pienso que sería mejor no estar.
Perdón por molestar, es que ya no tengo ganas de seguir, de verdad.
Creo que... no sé, he estado pensando en hacerme algo.
""")

B(SH, "third_party", """
Mi compañera de cuarto dice que se va a tomar veneno, está llorando y no me escucha.
Mi hermana me mandó un mensaje de despedida, dice que se va a matar, está en Tijuana sola.
Un muchacho del albergue se subió a la azotea y dice que se va a tirar.
Mi amigo me dijo que ya compró pastillas para acabar con todo.
""")

B(SH + ["minor"], "plain", """
Tengo 15 años y quiero morirme, no aguanto lo que me hacen.
Mi hijo de 13 dejó una carta diciendo que se quiere matar, no sé dónde está.
""")

B(SH + ["forced_commercial_sex", "sector_commercial_sex"], "plain", """
Prefiero matarme que seguir con los clientes, no aguanto más.
""")

B(ME, "plain", """
Mi compañero se cayó del andamio y no se mueve, está sangrando de la cabeza. ||sector_labour
Hay una señora desmayada en el cuarto y no despierta.
Mi amiga se tomó muchas pastillas y no reacciona.
Se está desangrando, le dieron un machetazo en la pierna.
Un niño no respira bien, tiene los labios morados. ||minor
Mi esposa está embarazada y sangra mucho, estamos en medio del camino.
A uno de los muchachos lo picó una víbora en el campo y se está poniendo mal. ||sector_labour
Está convulsionando y no sé qué hacer.
""")

B(ME, "no_accents", """
mi hermano tomo mucho y no despierta, respira raro
a un compa le cayo una viga encima en la obra y no puede respirar ||sector_labour
hay un señor tirado en el suelo del albergue con mucha sangre
mi amiga se desmayo en el tren y no reacciona, estamos en medio del desierto
una muchacha esta vomitando sangre en el cuarto, los del bar no quieren llamar al medico
""")

B(ME, "caps", """
URGENTE ALGUIEN HERIDO NO RESPIRA
AYUDA SE ESTA MURIENDO MI COMPAÑERO
""")

B(ME, "third_party", """
Soy chofer de autobús y un pasajero migrante se desplomó, tiene la cara gris y no responde.
En el Darién una señora del grupo se cayó al río y está inconsciente.
Mi vecina está tirada en la cocina, creo que le dio un infarto.
""")

# Hard negatives: past, figurative, health info.
B([], "plain", """
Hace años pensé en suicidarme, ahora estoy bien y quiero ayudar a otros.
Me muero de hambre jaja, ¿hay comedor cerca?
Me quiero morir de la vergüenza, mandé el mensaje al grupo equivocado.
¿Dónde hay atención psicológica gratuita para migrantes?
¿Dónde me pueden vacunar gratis en Ciudad Juárez?
Me corté el dedo cocinando, ¿qué farmacia está abierta?
Tengo gripe, ¿me atienden en el centro de salud sin papeles?
Mi tío estuvo hospitalizado la semana pasada, ya salió, ¿me ayudan con los gastos?
Estoy triste porque extraño a mi familia, pero estoy bien, solo quería hablar.
Estoy embarazada de cinco meses, ¿dónde hago el control prenatal en Tapachula?
""")

B([], "no_accents", """
me mata el calor aqui en mexicali, hay lugares con agua?
me duele la muela desde hace dias, donde hay dentista barato
ando bajoneado pero nada grave, solo extraño mi casa
""")
