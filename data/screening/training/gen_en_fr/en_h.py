"""English messages, batch H: begging rings, teens in their own words, more third parties
(pastors, nurses, teachers, bus drivers), and US slang."""
from common import parse

DATA = r"""
# --- begging
beg,s_beg | plain | The woman who rents us the room makes my mother and me beg outside the cathedral every day and takes what we get.
beg,s_beg | typo | they bring us to the big intersection in the morning with water bottles to sell and ask money, at night the man count it and keep it
beg,s_beg | third_party | I'm a bus driver. Every morning the same man drops three women with babies at my stop to beg, and picks them up with the cash at 7.
beg,s_beg | slang | dude makes us fly signs at the off ramp all day, if we come back light he makes us sleep outside
beg,s_beg | hesitant | i'm supposed to say i'm collecting for orphans... it's not true, the money goes to the boss
beg,s_beg,minor | third_party | Pastor here: two boys, maybe 10 and 12, sell candy in our parking lot every Sunday and a man in a car takes the money.
beg,s_beg | plain | My uncle makes my grandmother beg in a wheelchair at the mall and keeps her pension too.
beg,s_beg | no_accents | en el metro nos ponen a pedir, they take everything at night
s_beg,homeless | plain | I'm homeless and I ask for change at the gas station for myself. A guy keeps telling me to give him half or move. I haven't given him anything.
s_beg | question | Can the police fine me for asking for money on the street? It's just me, I keep it.
# --- teens in their own words
minor,sex | slang | im 16 n this older dude keeps askin me to meet his "clients", says id make bank, he already took me to one
minor,sex | typo | i am 15 and my step dad make me go with his friends for money, i dont want to go home
minor,s_lab,wages | slang | im 15 n i work at my aunts restaurant every night till 1, she says its family so no pay
minor,beg,s_crime | hesitant | i'm 14... these guys at school make me hold stuff in my locker for them and they said if i stop they'll jump my brother
minor,s_lab,hours | typo | i am 16 i work in a factory sewing from 7 to 9 at night, i dont go to school anymore, the owner say is ok
minor,danger | caps | IM 15 AND A MAN WONT LET ME OUT OF HIS CAR
minor,sex | plain | I'm a junior in high school and my "manager" takes the money from the guys I meet. I want out.
minor | question | im in 9th grade, is it legal for me to work at a restaurant on weekends?
minor | plain | I'm 15 and I think my friend is in trouble but she won't tell me what's going on.
minor,selfharm | hesitant | i'm 16 and honestly i think about not being here anymore, my home is bad
minor,homeless | slang | im 17, got kicked out, been sleepin at the bus station 2 nights
minor,dom | plain | I'm 14 and I live with my father's boss's family. I cook and clean for them and they said school is not for me.
# --- more third parties
doc,s_lab | third_party | I'm an ESL teacher; three of my adult students from a crab plant said their supervisor keeps their passports in his office.
debt | third_party | Our parish nurse met a man who says he owes 11,000 for his trip and that the number doubles if he misses a day.
move,s_lab | third_party | As a delivery driver I bring food to a farm camp where the gate is locked and a guard tells the workers when they can come to the truck.
iso,dom | third_party | A home care nurse here: the live-in helper of my patient isn't allowed a phone and whispered that she hasn't called her kids in a year.
viol,s_lab | third_party | I'm an ER nurse. A young man from a roofing crew came in with a broken wrist and said the boss stepped on it.
threat | third_party | My neighbour's employer told her that if she quits, "someone" will visit her parents in Guatemala.
police,s_lab | third_party | A worker at the packing house told me the manager threatens to call ICE on anyone who goes to the union meeting.
wages,s_lab | third_party | I'm a landlord and my tenants, all from the same cleaning crew, haven't been paid in two months. The boss holds their checks.
sex | third_party | As an Uber driver I keep taking the same young women from motels to different houses; the man who orders the rides tracks them on his phone.
dom | third_party | I'm a doorman. The maid in 12B hasn't left the building in the year I've worked here, and the family takes her keys when they go out.
sale | third_party | A woman at our church said her daughter was taken from the border town by a man who "bought" her from a smuggler.
ransom | third_party | I'm a teacher. A student's mother is in pieces because men are holding her husband near the border and asking for money.
selfharm | third_party | Pastor here. A farmworker just told me he wants to die and has a rope in his truck.
medical | third_party | I'm a teacher at an adult school; a student who works at the plant just collapsed in class holding his chest and isn't responding.
danger | third_party | Nurse at a clinic: a patient says the men who brought her are in our waiting room right now and she's terrified.
smug | third_party | I'm a volunteer at a shelter in El Paso. A family says a smuggler brought them over, already paid, and they are free, they need a ride to Denver.
dispute,s_lab | third_party | My dad works at a tire shop and his boss didn't pay his overtime for three months. He goes home every night, he just wants his money.
pv | third_party | I'm a hairdresser; a client told me her husband choked her last week. She's staying with her sister now.
homeless | third_party | Our church van found a family of four sleeping in a car at the Walmart lot. They just arrived from Haiti.
offer | third_party | My student, 18, got a message offering her a modeling job in LA with free housing, "just bring your passport". She hasn't answered.
# --- US slang and run-ons
doc | slang | my boss lowkey holdin my passport hostage fr, says i'll get it when i "earn it"
debt | slang | they got me in debt for everything, rent, rides, food, the number just keep climbin no cap
move | slang | we can't even go to the store without one of his boys riding with us
hours | slang | been workin like 16 hour shifts every day no days off, boss said if i complain im out
wages | slang | 3 months no check, boss keep sayin "next week bro"
police | slang | every time we ask for our money he be like "u want me to call ICE?"
threat | slang | he said he got people back home who'll pull up on my moms if i snitch
- | slang | bro my job is mid but they pay on time so whatever, just need a dentist
- | slang | lol my boss "kidnapped" my lunch from the fridge again
- | slang | ngl this heat at the farm is crazy but they give us water and breaks, just wanted to ask about sunscreen lol
"""

RECORDS = parse(DATA, "en", "en-1")
