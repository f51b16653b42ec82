"""Voices from Mexico: north (Monterrey, Juárez, Tijuana, Sinaloa, Sonora), south (Chiapas,
Oaxaca, Tabasco, Veracruz) and CDMX. Mixed labels and hard negatives."""
from common import L

# Norte
L("regional", """
la neta el patron de la pisca en sonora nos tiene los papeles y no nos deja salir del campo ||doc,rm,sl
oiga, en el campo de chile en sinaloa trabajamos de sol a sol y ni domingo nos dan ||eh,sl
aqui en monterrey la señora me tiene de muchacha de planta, no me deja salir ni me paga, ya van 5 meses ||ds,rm,ww,sl
raza, en la yonke del bato nos pagan una miseria pero ahi la llevamos, uno se va cuando quiere, nomas queria saber si puedo reclamar ||ld,sl
en juarez la maquila nos paga puntual pero nos hacen doblar turno a fuerzas, si no te corren ||eh,sl
el vato que nos trajo de durango dice que le debemos el viaje y que en la obra se lo vamos pagando, ya van 4 meses y la deuda sube ||td,db,sl
en tijuana el del bar me dijo que si no salgo con los clientes me manda a la migra ||fcs,scs,tp
los plebes del rancho dicen que el que se quiera ir se las ve con el patron, hay gente armada en la entrada ||rm,th,sl
ando en mexicali, trabajo en un restaurante y el dueño no me pagó las dos últimas semanas, ya me salí, como le hago ||ld,sl
mi compa está en una empacadora en Chihuahua y le tienen su INE, le dicen que se la dan al terminar la temporada ||doc,sl
estoy en reynosa, me tienen en una casa con otros 20, no nos dejan salir y piden dinero a las familias ||rs,rm
oigan, nos dejaron encerrados en una bodega en nuevo laredo, hay hombres afuera, somos muchos ||dn,rm
en la pisca de uva en hermosillo nos descuentan el camión, el cuarto y la comida y quedamos debiendo ||db,sl
[plain] Soy de Saltillo, me ofrecen trabajo en Texas cuidando ganado, me pagan el cruce y luego se los pago trabajando, ¿es confiable? ||sj
[plain] En Nogales una señora recoge a las muchachas que llegan del sur y les promete trabajo de meseras, luego nadie las vuelve a ver ||sj,ab
[plain] Trabajo en una maquiladora de Reynosa, me pagan por semana y salgo a las 4, ¿cuánto me toca de utilidades? ||sl
[plain] ¿Dónde queda el albergue para mujeres en Ciudad Juárez?
[plain] Vivo en Culiacán y quiero saber si hay becas para hijos de jornaleros.
[no_accents] estoy en el albergue de tijuana, todo bien, solo quiero saber como sacar la cita de asilo
[no_accents] en monterrey la señora q me contrato me paga cada quince dias y tengo mis domingos, solo queria preguntar por el seguro ||sl
""")

# Sur
L("regional", """
ahorita estoy en tapachula y el señor que nos renta el cuarto dice que si no le pagamos nos denuncia con migracion ||tp,ve
en la finca de cafe en la frontera nos pagan con vales que solo sirven en la tienda del patron ||ww,db,sl
soy de oaxaca, trabajo de domestica en la ciudad, la patrona no me deja hablar mi lengua ni llamar a mi mama ||iso,sl
en el ingenio de veracruz los chamacos de 14 cortan caña con nosotros, el contratista los trae ||mi,sl
en tabasco el patron del rancho nos quito las credenciales y nos dice que sin eso nos agarra la migra si salimos ||doc,tp,rm,sl
la muchacha guatemalteca que trabaja en la tortilleria duerme ahi mismo y nunca la he visto salir ||rm,sl
en comitan una señora nos ofrecio trabajo en cancun de recamareras, hay que irse hoy en la noche sin avisar ||sj
me trajeron de guatemala a chiapas a trabajar en una bananera y ahora dicen que les debo el transporte y la comida y no me dejan ir ||td,db,rm,sl
mi hija trabaja en una casa en san cristobal, tiene 16, la patrona la tiene desde las 5 de la mañana hasta la noche ||mi,ds,eh,sl
el coyote nos dejo en un hotel de palenque y dice que hasta que nuestras familias depositen no salimos ||rs,rm
[plain] Trabajo en el corte de café en Chiapas y me pagaron bien, solo quiero saber cómo mandar el dinero a Guatemala barato. ||sl
[plain] ¿Dónde hay un comedor para migrantes en Tenosique?
[plain] Perdí mi tarjeta de visitante regional en Tapachula, ¿cómo saco otra?
[no_accents] en oaxaca me ofrecieron trabajar de mesera en el df, me dijeron q el sueldo es normal y tengo contrato, es seguro?
[no_accents] crucé el suchiate en balsa pagando 50 pesos, ya estoy en tapachula tranquilo ||sm
""")

# CDMX
L("slang", """
wey me tienen en un depa en la doctores atendiendo clientes y no me dejan salir ni al oxxo ||fcs,scs,rm
la neta el jefe del puesto del tianguis se queda con todo lo que vendo y me dice que le debo la mercancía ||ww,db,sl
chale, en la cocina del restaurante en polanco trabajamos 14 horas y nos pagan la mitad de lo que dijeron ||eh,dj,ww,sl
mi carnal de 15 anda de halcón en iztapalapa, lo amenazan si se sale ||mi,fbc,sc,th
la doña con la que trabajo de planta en las lomas me encierra cuando se va de viaje ||ds,rm,sl
un chavo me ofreció jale de modelo webcam, dice que me da depa gratis y que me paga al final, está raro ¿no? ||sj
me contrataron pa repartir volantes en el metro y ahora me ponen a pedir dinero en los vagones con un niño que no es mío ||dj,fbc,sb,mi
en la central de abastos hay chavitos de 12 cargando bultos toda la noche para un señor que se queda la lana ||mi,sl,eh,ww
está cañón, el dueño del bar en garibaldi me dice que subir con los clientes es parte del trabajo ||fcs,scs
[no_accents] ando en la cdmx sin chamba y sin donde dormir, me quede en la calle desde ayer ||hl
[no_accents] ya me pagaron lo del aguinaldo, todo chido, solo queria saber de cursos gratis
[no_accents] wey una amiga dice que se va a trabajar a japon de hostess, q onda con eso, es seguro? ||sj
[plain] Estoy en la Ciudad de México, crucé con coyote hace años y ahora quiero regularizarme, ¿cómo le hago? ||sm
[plain] ¿Hay algún lugar en la CDMX donde den asesoría legal gratis a migrantes?
[plain] Tengo 17, trabajo de mesero los fines en una fonda y me pagan, ¿necesito permiso de mis papás? ||mi,sl
""")
