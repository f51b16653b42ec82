"""Deception about the job (after taking it) and suspicious job offers not yet taken;
legitimate job questions as hard negatives."""
from common import B

DJ = ["deception_job"]
SJ = ["suspicious_job_offer"]

B(DJ, "plain", """
Me dijeron que iba a trabajar en un hotel en Cancún y me tienen limpiando una casa particular. ||sector_labour
El trabajo no es lo que me prometieron, ni el lugar ni el sueldo. ||sector_labour
Me ofrecieron trabajo en Canadá y me trajeron a una granja en otro lado, no sé ni qué país es esto. ||sector_labour,isolation
Vine por un contrato de cocinero y me pusieron a cargar cajas en un almacén. ||sector_labour
La agencia dijo que era en Miami y estoy en un pueblo en medio de la nada. ||sector_labour
Me prometieron papeles y un sueldo fijo, y no hay ni una cosa ni la otra. ||sector_labour
Cuando llegué el patrón era otro y las condiciones también. ||sector_labour
""")

B(DJ, "no_accents", """
me dijeron q era de niñera y me tienen de sirvienta para toda la familia ||sector_labour
el anuncio decia 1200 dolares y aqui resulta q pagan por pieza y no llega ni a 300 ||sector_labour,withheld_wages
me trajeron engañada, dijeron q era una tienda de ropa en lima ||sector_labour
el contrato q firme en guatemala no tiene nada q ver con lo q hago aqui ||sector_labour
nos prometieron vivienda y nos tienen en un galpon durmiendo en el suelo ||sector_labour
""")

B(DJ, "indirect", """
Digamos que la realidad es muy diferente a lo que me vendieron por Facebook. ||sector_labour
Ni el trabajo era de costurera ni la ciudad era la que dijeron. ||sector_labour
Yo pensé que venía a estudiar y trabajar medio tiempo, pero aquí solo se trabaja. ||sector_labour,excessive_hours
""")

B(DJ, "third_party", """
Mi hijo se fue con un contratista que prometió trabajo en una empacadora y ahora está en un cultivo en la sierra. ||sector_labour
A mi amiga le dijeron que era para atender una tienda y la tienen vendiendo en la calle. ||sector_labour
Soy catequista; un joven me cuenta que lo contrataron para jardinería y lo tienen en una mina. ||sector_labour
""")

B(DJ + ["excessive_hours", "sector_labour"], "plain", """
Me dijeron ocho horas y fin de semana libre, y trabajo catorce horas de lunes a domingo.
Prometieron un trabajo tranquilo de empaque y estamos doblando turnos sin descanso desde hace un mes.
""")

B(SJ, "plain", """
Una señora me ofrece trabajo de mesera en otro país, me paga el pasaje y dice que no necesito experiencia, ¿es confiable?
Me escribieron por Instagram ofreciéndome trabajo de modelo en Panamá, todo pagado, pero piden que no le diga a mi familia.
Me ofrecen 2000 dólares al mes para cuidar niños en Estados Unidos, dicen que ellos se quedan con el pasaporte durante el viaje.
Una agencia me ofrece trabajo en España y me pide 800 dólares adelantados para la visa.
Un señor del pueblo está reclutando muchachas para trabajar en un restaurante en la capital, pagan muy bien y salen mañana mismo.
Me ofrecieron trabajo de edecán en Monterrey, me piden fotos en ropa interior para "el perfil".
Un amigo de un amigo dice que me consigue trabajo en una finca en Canadá, pero tengo que irme ya y sin contrato.
Vi un anuncio de "señoritas de buena presencia, 3000 dólares semanales, alojamiento incluido", ¿qué será?
Me ofrecen llevarme a trabajar a Chile y que el viaje lo pago después trabajando, ¿es normal?
""")

B(SJ, "no_accents", """
me escribio una chava por tiktok q me ofrece chamba en cancun de hostess, pagan el vuelo y todo, sera cierto?
un señor me dijo q me lleva a trabajar a usa sin papeles y q alla le pago, me da miedo
me ofrecen trabajo de masajista en otra ciudad, no piden experiencia y pagan muchisimo
dicen q en la agencia guardan el pasaporte de todos durante el contrato, apenas voy a firmar
mi prima me quiere llevar a trabajar con una señora en mexico, pero no me dice de que
""")

B(SJ, "question", """
¿Es seguro aceptar un trabajo en el extranjero que me ofrecieron por WhatsApp y no tiene contrato escrito?
¿Cómo sé si una oferta de trabajo es trata? Me ofrecen algo demasiado bueno.
Me quieren contratar para un crucero pero piden que pague la capacitación antes, ¿será estafa o algo peor?
""")

B(SJ + ["minor"], "third_party", """
A mi hija de 15 le ofrecieron por Facebook trabajo de modelo en Guadalajara con todo pagado y quieren que viaje sola.
Un señor está ofreciendo a los chicos de segundo de secundaria trabajo en la ciudad, dice que les paga el viaje.
""")

# Hard negatives: ordinary job seeking.
B([], "plain", """
Quiero trabajar en Canadá, ¿esta agencia es legal? Tiene oficina y registro en el ministerio.
Busco trabajo de limpieza en Bogotá, ¿dónde puedo dejar mi hoja de vida?
¿Cómo funcionan las visas H-2A para trabajar en el campo?
Me ofrecieron trabajo en una tienda del centro, tengo contrato y empiezo el lunes, ¿qué derechos tengo?
Encontré trabajo de cajera, todo bien, solo quiero saber cómo abrir una cuenta bancaria.
¿El programa de trabajadores agrícolas temporales de México a Canadá cobra algo?
Quiero ir a trabajar a Estados Unidos legalmente, ¿por dónde empiezo?
""")

B([], "no_accents", """
busco chamba de lo que sea en tijuana, saben de algo?
me salio trabajo en un call center, me dieron contrato, es bueno?
donde puedo sacar el permiso de trabajo en costa rica
""")
