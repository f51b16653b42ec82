"""Greetings, small talk and information requests (no label)."""
from common import B

B([], "short", """
Hola
Buenas noches
Buenos días, ¿hay alguien?
Gracias por la ayuda
Ok
Sí
No, gracias
Hola, ¿con quién hablo?
Bendiciones
Disculpe la hora
""")

B([], "question", """
¿Qué horario tienen?
¿Este servicio es gratis?
¿Ustedes son del gobierno?
¿Mis datos quedan guardados?
¿Dónde hay un albergue para migrantes en Tijuana?
¿Cómo pido asilo en Estados Unidos?
¿Qué es la COMAR y dónde queda en Tapachula?
¿Me pueden ayudar a encontrar un abogado gratuito?
¿Dónde puedo aprender inglés gratis en Houston?
¿Hay comedores para migrantes en Ciudad Juárez?
¿Qué papeles necesito para trabajar legal en Chile?
¿Cómo saco el permiso temporal de protección en Colombia?
¿Atienden en quiché o en mam?
¿Puedo escribir de madrugada?
¿Cuánto tarda el trámite de refugio en México?
¿Hay un número para llamar en Guatemala?
""")

B([], "no_accents", """
hola buenas, necesito informacion de albergues en monterrey
q es la trata de personas?
donde puedo cargar mi celular en la central de autobuses
como hago la cita de cbp one
hay ayuda para mujeres embarazadas migrantes en chiapas?
me pasan el numero de la cruz roja en reynosa?
gracias, ya me ayudaron mucho
me interesa ser voluntaria, como le hago
""")

B([], "abbrev", """
hla, m pueden dar info d refugios x favor
q onda, esto es un bot?
ntp ya me ayudaron
k documentos piden pa la visa humanitaria
""")
