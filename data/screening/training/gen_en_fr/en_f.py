"""English messages, batch F: more refer-level needs, ransom, self-harm, medical,
servitude and begging, in teen slang, non-native English and third-party voices."""
from common import parse

DATA = r"""
# --- smuggling only (more)
smug | plain | We paid the lanchero to take us from Tijuana to San Diego by sea. It's done, we're with friends.
smug | typo | i paid 12 thousand for the trip with the coyote, my family pay it all already, now i am in new jersey
smug | question | If I tell the asylum officer I used a smuggler, will they deny my case?
smug | slang | my tio paid the coyote for me n my sis, we been here 3 weeks chillin, need school info
smug | hesitant | we came with people who charge to cross... they didn't keep us or anything, they just left us at a gas station
smug | plain | The man who helped us cross from Ciudad Juárez was paid in full by my husband. We're at a shelter waiting for our court date.
smug | plain | I crossed the Darién with a guide and then a coyote in Mexico. Paid everything along the way. I'm in Denver now.
smug | third_party | A family at our parish came with a smuggler, paid up front, and they're free. They need winter clothes and a lawyer.
smug | typo | the coyote take us to a house in phoenix 1 night then we go, we pay before, no problem
smug | no_accents | we cross by the river with a guide, pay 5000 each, now in san antonio with my sister, we need a lawyer
smug | plain | Somebody drove us across from Quebec to New York state through the woods, I paid him and that's it.
smug | plain | My brother used a smuggler to get to Canada from the US. He's safe in Montreal and wants to ask for refugee status.
smug | past | Ten years ago I paid a coyote. I've never had contact with them since. I want to apply for a green card through my son.
smug | question | What happens to people who pay smugglers, legally? My friend paid one and she's worried.
smug | typo | we come in a truck with 30 people, very hot, but we arrive and we leave, we pay before, now we ok
smug | plain | I flew to Mexico and a coyote walked us across near Sasabe. My cousin picked me up, the coyote was already paid.
smug | abbrev | crossed w coyote last yr, all paid, livin in chi, can i get DACA?
smug | hesitant | the guide who brought us still texts asking if we want to bring more family... we don't owe him. is that a problem?
smug | code_switch | pasamos con un coyote, already paid, we're in Los Angeles, how do we get medical care?
smug | plain | My daughter crossed with a group organised by a smuggler; we paid on arrival and she's home now.
smug | plain | The smuggler abandoned us in the desert after we paid. Border Patrol found us, we're now released with a court date.
smug | typo | i pay the coyote by western union when i arrive in houston, he let me go, is done
smug | plain | We paid people to cross the border in Texas and we turned ourselves in. Nobody is holding us, we're at a church shelter.
smug | plain | I came by boat from the Dominican Republic to Puerto Rico with a smuggler. Paid in cash before. I'm free but scared.
# --- labour disputes (more)
dispute,s_lab | plain | I'm a housekeeper at a hotel in Nashville and they haven't paid the last two weeks after I quit. I live with my sister.
dispute | typo | they dont pay me overtime, i work 48 hour, is that ok in texas?
dispute,s_lab | slang | my manager at the pizza place keeps messin up my hours on purpose, pay be short every week
dispute | plain | I was fired for asking about sick leave. Can I do something?
dispute,s_lab | plain | The restaurant takes a part of our tips for the "house". Is that legal in New York?
dispute | hesitant | i don't want to cause trouble but my last paycheck is missing 200 dollars and they stopped answering
dispute,s_lab | plain | We're farmworkers and the grower didn't pay the bonus he promised at the end of harvest. We already went home to our own places.
dispute | question | my employer pays me in cash with no stubs, how do i prove my hours?
dispute,s_lab | typo | the factory pay me 10 but minimum is 15 in my state, i go home every day, i just want the right pay
dispute | plain | My boss won't give me my vacation pay now that I'm leaving. He says I didn't give enough notice.
dispute,s_lab | plain | I'm a home health aide. The agency doesn't pay the travel time between clients.
dispute | third_party | My dad's boss hasn't paid him for the last job, about 1500 dollars. My dad can leave anytime, he just wants his money.
dispute | typo | i got fire after 3 years, no reason, no last check
dispute,s_lab | plain | The car wash pays us only tips, no wage at all. I come and go freely but I think it's illegal.
dispute | plain | They took money from my check for a broken dish. Is that allowed in Illinois?
dispute,s_lab | abbrev | warehouse didnt pay OT for black friday wk, like 20 hrs
dispute | question | what can I do if my employer misclassifies me as a contractor?
dispute,s_lab | code_switch | la compañía de limpieza no me pagó las últimas horas, i quit already, can i still claim?
dispute | plain | My employer keeps changing the rate per piece so we make less. We're not forced, it's just unfair.
dispute,s_lab | plain | The construction company didn't pay the guys for the last week of the project and then disappeared.
# --- partner violence (more)
pv | plain | My husband threw a chair at me on Sunday. He's away for work until Friday and I want to leave before he returns.
pv | typo | my boyfriend he hit me and take my money, now he is in jail for other thing, i need help with rent
pv | hesitant | i'm not sure if it's abuse... he grabs my arm hard and won't let me see my friends. he's at work now
pv | slang | my baby daddy been puttin hands on me, i moved out last week, need help w custody
pv | plain | My ex-wife's new partner threatened me. I'm a man and I don't know who to tell.
pv | third_party | My neighbour's husband beat her badly last week. She's at her mother's now. Can she get help without papers?
pv | plain | My partner says he'll call immigration on me if I leave him. He hit me a month ago. I'm at a friend's now.
pv | typo | my husband rape me many times, i leave him, i am in a shelter, i want to know my rights
pv | plain | He hit me on New Year's Eve. Now he says sorry every day. I'm staying at my cousin's place while I decide.
pv | past | My ex used to beat me when he was drunk. I left two years ago, but he found my new number.
pv | question | Can I get a restraining order against my ex if I'm undocumented?
pv | plain | My boyfriend locked me out of the apartment last night after hitting me. I'm at a friend's, safe.
pv | no_accents | mi pareja me golpea, he left to work now, i want to go with my kids somewhere safe
pv | plain | I'm 19 and my boyfriend checks my phone and slapped me last week. I'm at my parents' house.
pv | third_party | Teacher here: a student's mom told me her husband beats her; they're staying at a shelter now.
# --- homelessness (more)
homeless | plain | I got out of a bad job and I'm sleeping at the bus terminal in Newark.
homeless | typo | i need place to sleep for me and my 2 kids, we are in the street in el paso
homeless | slang | my mom kicked me out, i'm 19, been sleepin at the 24hr laundromat
homeless | hesitant | i don't have a place tonight... i'm in winnipeg and it's -30
homeless | plain | I'm a farmworker and the season is over, the bunkhouse is closed. I need a cheap place until I fly home.
homeless | third_party | A man from Venezuela is sleeping in our church's doorway. He says he has nowhere to go. Is there a shelter?
homeless | plain | My roommate left and I can't pay rent, I'm out on Friday and have nowhere to go.
homeless | typo | we are 5 persons sleeping in one car, we come from haiti last month
homeless | plain | I left the house where I was working because they didn't pay me. Now I'm on the street.
homeless | question | where do migrants without papers sleep in NYC? i'm at port authority
homeless | abbrev | no place 2 stay, calgary, can u help
homeless | plain | We were evicted for complaining about the mould. We're staying in a motel but tomorrow we're out of money.
homeless | plain | I'm a trans woman and the shelter won't let me in. I have nowhere tonight.
homeless | no_accents | no tengo casa, i sleep in the park near the church, i need help
homeless | plain | The family I was au pairing for kicked me out and I'm sitting at the airport with my bags.
# --- suspicious job offer (more)
offer | plain | A woman offered my 18-year-old sister a job as a "hostess" in Houston and wants her to come tomorrow, no contract.
offer | typo | the man say he take me to usa for farm work, i dont pay now, i pay when i work, but he keep my passport until i pay, is ok?
offer | question | A company on LinkedIn wants to fly me to Mexico City for a "customer service" job and the recruiter insists I come alone. Red flag?
offer | plain | Someone in a Facebook group is offering jobs in Canadian hotels for 8000 dollars "processing fee". Is this real?
offer | hesitant | a guy offered me good money to drive a car from arizona to chicago, no questions asked. i said i'd think about it
offer | slang | this promoter in my dms says i could make 10k a month hosting parties in miami if i send pics first. sounds kinda sus
offer | plain | My friend's uncle says he has a job for me in a massage spa, just to give massages, and I'll live there for free. Should I go?
offer | plain | A recruiting office in my town says they can get us to a farm in Canada, but we have to give them our passports and sign a debt paper.
offer | typo | they say job for girls in restaurant in cancun, very good pay, they pay flight, we go next week, i am 20
offer | third_party | A woman at our church is recruiting teenage girls to be "nannies" in New York. She doesn't want parents to come along.
offer | plain | I was offered a job on a fishing boat, they say I'll be at sea for 18 months and my salary will be kept until the end.
offer | question | is it normal for an employer to ask for 2000 deposit before I start the job, to "guarantee" I won't leave?
offer | plain | They told me I can work in a factory in Mississippi, they'll take me there tomorrow night in a van, but they won't say where I'll live.
offer | abbrev | job ad: "young girls 18-23 for travel companion, high pay, discretion". is that legit lol
offer | plain | A man I met at the bus station offered me work and a place to sleep tonight, I haven't gone with him.
offer | hesitant | the agency says the job in canada is real, but i have to pay 5000 and i can't change employer for 3 years or i pay a penalty... i haven't signed
offer | plain | An "agency" on WhatsApp is offering nail salon jobs in Pennsylvania with housing, but they want my passport photo and say the visa is "not needed".
# --- ransom (more)
ransom | plain | My sister's husband was taken after crossing and they want 4000 for each of them. They send voice notes of him crying.
ransom | typo | they call me from mexico and say they have my mother and i must pay 3000 today
ransom | hesitant | i paid the first 2000 they asked for my son and now they want more... they still have him
ransom | plain | A group is holding about 20 migrants in a house in Reynosa, including my husband, asking each family for money.
ransom | third_party | I volunteer at a shelter. A mother just got a call: her son is held by a gang and they want money for his release.
ransom | slang | they got my lil bro locked up in some house n they want 5k by tomorrow or they say we never see him
ransom | plain | They said my wife can only continue the trip when we pay the "fee" again. She's been locked up for 4 days.
ransom | no_accents | tienen a mi hermano, they want 8000 dolares, they hit him on the phone so we hear
ransom | plain | My cousin was kidnapped at the bus station in Monterrey and they want money from us in the US.
ransom | typo | the people who bring my husband dont let him go, they want 2000 more for the last part
ransom | story | My son called from an unknown number. He said men took him from the shelter in Nuevo Laredo. Then another voice said we have 48 hours to send 5000.
ransom | plain | The smugglers are keeping my niece and nephew until we pay 10,000. The kids are 8 and 11.
ransom | question | They have my brother and want money, should I pay? They say if we call anyone they'll kill him.
ransom | plain | My friend's wife is being held in a house near the border, they want her husband to pay before they release her.
ransom | caps | THEY KIDNAPPED MY SON AND WANT 5000
ransom | plain | They told my family in Guatemala I'm being held and asked for money. I'm texting from a phone I hid, I'm still locked in.
ransom | typo | my dad kidnap in tamaulipas they want ransom, we in houston, what we do
ransom | third_party | My coworker's son disappeared near the border, now people are calling her asking for money to let him go.
# --- self-harm (more)
selfharm | plain | I can't stop thinking about killing myself since I got here.
selfharm | typo | i dont see no reason to live, i want to finish it
selfharm | slang | lowkey been thinkin about ending it all, nobody cares
selfharm | plain | I'm standing on the bridge right now.
selfharm | hesitant | is it normal to want to die every day? i have a plan but i haven't done anything
selfharm | run_on | they took everything from me my passport my money my dignity and i cant go home and i dont want to live like this i think im going to do it
selfharm | plain | My brother just sent me a message saying goodbye and that he took all his pills.
selfharm | third_party | As a school counsellor I have a 10th grader in my office who says she wants to kill herself tonight.
selfharm | no_accents | quiero morir, i cant do this anymore
selfharm | plain | I burn myself with cigarettes when it gets too much. It's getting worse.
selfharm | typo | i have knife and i want to cut my wrist
selfharm | emoji | nobody will care when i'm gone 🙃 i'm done
selfharm | plain | I think about walking into the ocean so it all stops.
selfharm,minor | slang | im 15 and i just wanna die fr, i been cutting
selfharm | third_party | My roommate at the farm housing hasn't eaten in days and told me he wants to hang himself.
selfharm | plain | I've decided to end my life tonight. I just wanted someone to know.
selfharm | short | i want to die
selfharm | plain | Sometimes I think my family would be better with the insurance money than with me.
# --- medical emergency (more)
medical | plain | My cousin got shot in the leg and we're afraid to go to the hospital without papers. He's bleeding a lot.
medical | typo | woman here give birth in the house and now she lose too much blood
medical | slang | bro fell off the roof n hes not movin, his head is bleeding
medical | plain | A worker drank from the irrigation canal and now he's convulsing.
medical | hesitant | my friend is breathing very slow and won't wake up, she took something at the party
medical | plain | There's a man in the field with chest pain, sweating and he can't talk.
medical | third_party | I'm a teacher on a field trip, a student just collapsed and isn't breathing properly.
medical | typo | the boss beat him very hard and now he dont respond, blood from his ear
medical | plain | My coworker got sprayed with pesticide and he's vomiting and can't see.
medical | no_accents | my husband fall from the ladder, he can't move his legs, he scream
medical | plain | A child swallowed something and is choking, he's turning blue.
medical | run_on | my roommate had a fight with the guys from the job and they stabbed him and he is on the floor and there is blood everywhere and idk what to do
medical | plain | She's diabetic and she passed out, we can't wake her.
medical | short | overdose. not breathing
medical | plain | A girl here tried to cut herself deep, there's a lot of blood.
medical,selfharm | plain | My friend swallowed a whole bottle of pills because she wanted to die, she's barely conscious.
medical | typo | the worker in the plant lose 2 fingers in the machine now
medical | plain | Someone is unconscious in the walk-in freezer at the restaurant, we just found him.
# --- domestic servitude (more)
dom | plain | I've been working in this house for four years, I've never been paid and I'm only allowed out with the madam.
dom | typo | i take care of 3 childs and the house, no money, no day off, they keep my passport
dom | hesitant | my employer says i'm "part of the family" but i sleep in the closet and i'm not allowed to eat with them or go out
dom | third_party | Nurse here: an elderly patient's "helper" never leaves her side, has no days off and told me she hasn't been paid since she came from Indonesia.
dom | plain | I'm a maid for a rich family in Miami; they lock the gate, take my phone at night, and pay me nothing.
dom | story | My aunt brought me from Haiti when I was 19 to work in her house. I cook, clean, and wash for eight people. I've never gone to school or received a dollar, and she says I owe her for the trip.
dom | slang | the family got me cleanin 24/7, no days off, no pay, they act like im their property
dom | plain | I live with an elderly man and care for him day and night; his daughter keeps my wages "for later" and I can't leave.
dom | typo | the madam lock me inside when she go to work, i do all the house
dom | no_accents | soy empleada domestica, no me dejan salir, i work every day with no pay
dom | plain | My employer brought me from Lebanon, I've worked every single day for two years, and I'm not allowed to have a phone.
dom | third_party | The woman who nannies for my neighbour told me she may not step out of the house and gets no pay, she cried.
dom | plain | They say I can't have a day off until I've "earned their trust". It's been 14 months.
dom | hesitant | i work in a house, they give me food and a bed but no money... and i can't go out. is that normal?
dom | plain | I am a housekeeper for a diplomat. They keep my passport, I work all day every day, and they pay 200 dollars a month.
# --- begging (more)
beg,s_beg | plain | Every morning a van drops us at different supermarkets to ask for money, and at night the man takes all of it.
beg,s_beg | typo | the lady make me ask money in the train with a paper saying i am deaf, but i am not deaf
beg,s_beg | third_party | There's an old man with one leg who begs on my street; a younger man drops him off and picks him up with the money.
beg,s_beg | plain | They make my brother sit outside the church with a sign every day and they keep what he gets.
beg,s_beg | hesitant | i have to ask people for money at the gas stations... if i bring less than 100 they get angry
beg,s_beg | plain | We have to sell roses in restaurants until 2am and give all the money to the boss.
beg,s_beg | slang | they got us panhandlin at the exits all day, whoever dont hit the number gets it
beg,s_beg | typo | they bring women with babies to beg at the mall, the man wait in the car
beg,s_beg | plain | The guy whose room I rent makes me beg downtown and says I owe him for the room.
beg,s_beg | third_party | A woman begging near my office said the money isn't hers, "they" pick it up every hour.
# --- sector_begging hard negatives
s_beg | plain | I sometimes ask for money outside the supermarket because I lost my job. Nobody makes me, I just need food.
s_beg,homeless | question | Is it illegal to panhandle in Toronto? I'm homeless and I keep the money for myself.
"""

RECORDS = parse(DATA, "en", "en-1")
