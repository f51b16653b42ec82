"""English messages, batch E: the refer-level needs (smuggling only, wage disputes,
partner violence, homelessness, suspicious offers) and the rarer indicators (sale,
vulnerability, begging and crime, domestic servitude)."""
from common import parse

DATA = r"""
# --- smuggling only
smug | plain | We paid a coyote 9000 each to bring us from Guatemala. He left us in Phoenix and we're with my uncle now.
smug | typo | i cross with a pollero, i pay all before, now i live in LA, is this gonna hurt my asylum case?
smug | hesitant | the guy who brought me over the border... i paid him and he's gone. can that be used against me?
smug | story | We walked four nights with a guide through the desert. My brother paid him in advance. In Tucson we got out of the van and went our own way.
smug | question | Can I get in trouble myself for having paid a smuggler?
smug | plain | I came across the Rio Grande with a group and a guide. Nobody owes anybody, we just need a lawyer now.
smug | slang | paid the coyote upfront, got dropped in houston, been chillin w my cousins since
smug | third_party | My neighbour's son crossed with a smuggler last month. He's staying with them, free, but they don't know how to enroll him in school.
smug | plain | The smuggler took us by boat to Florida. We paid before leaving Cuba and we're free, but I have no documents.
smug | no_accents | pague al coyote, estoy bien, I just want to know how to get a work permit
smug | plain | My wife crossed with a guide and I paid the full fee here when she arrived. She's home with me.
smug | plain | I crossed from Mexico into Canada... no wait, the other way, Canada to the US, with a man who charged 2000. I'm in New York now, safe.
smug | typo | we come on the truck with the smugglers, we pay, they leave us in the city, now we are in a church shelter
smug | hesitant | my cousin paid someone to help him cross and they let him go after, he's fine but scared of being caught
smug | plain | We hired a smuggler in Tapachula. It was horrible but it's over, we're in Chicago.
smug | question | Can the smuggler report me to immigration? I paid him everything already and haven't heard from him.
smug,homeless | plain | The coyote dropped us off in San Antonio, we paid him already but we have nowhere to stay tonight.
smug | plain | I was smuggled in a car trunk over the border. Paid in full. Now I work at a garage and I'm okay.
smug | abbrev | paid guide 6k, crossed, in dallas now w my bro. need asylum lawyer pls
smug | past | In 2019 I paid a coyote to cross. I've lived here six years and I want to fix my status.
smug | plain | The boat captain who brought us from Haiti took our money and left us on the beach. We walked to Miami.
smug | typo | my mom she pay a man to bring me, i arrive last week, i am with her now
smug,minor | plain | My son is 16, he crossed with a group and a guide, paid by us, he's living with me in Atlanta.
smug | plain | We crossed at night with a guide and turned ourselves in to Border Patrol. Now we have a court date.
smug | code_switch | nos trajo un coyote, we paid, now we are here in Denver with family, todo bien
# --- smuggling turned trafficking (positives with indicators)
smug,debt,tdebt | plain | We paid part to the coyote and now his people make us work at a farm to pay the rest, and they keep adding.
move,tdebt | plain | After crossing they kept us in a house and said we can't go until someone pays the rest of the trip.
tdebt,beg,s_crime | typo | the coyote say i still owe 3000 so i have to drive for them, carry people in my car
# --- labour dispute
dispute,s_lab | plain | I worked 50 hours last week at the warehouse and got paid for 40. I'm free to quit, I just want the overtime.
dispute | typo | my boss fire me because i was sick 2 days, can he do that?
dispute,s_lab | plain | My hotel manager changed my schedule and cut my pay rate without telling me.
dispute | hesitant | i think my paycheck is wrong? they took out money for uniforms i never got
dispute,s_lab | slang | restaurant owner been payin me under the table n now wont give me my last 2 weeks, i already left
dispute | question | Can my employer refuse to give me a pay stub?
dispute,s_lab | plain | The landscaping company didn't pay me for the rain days they promised. I go home every night, nothing weird.
dispute | plain | I got laid off without notice after five years. What am I owed in Ontario?
dispute,s_lab | typo | the cleaning company pay me less than minimum, i work there 1 year, i want to know my right
dispute | plain | My boss says I'm a contractor so he doesn't pay overtime, but I work only for him.
dispute,s_lab | abbrev | nail salon owes me 3 wks, i quit last mo, she says "later later"
dispute,s_lab | plain | The farm didn't pay the piece rate they posted. We're all upset but nobody's stopping us from leaving.
dispute | third_party | My husband got hurt at work and the company fired him instead of paying workers comp.
dispute,s_lab | plain | I'm a dishwasher and they don't give us our breaks. Can I report it without losing my job?
dispute | question | How do I file a wage claim in California?
dispute,s_lab | story | I worked at a bakery for six months. When I quit, the owner said I broke a mixer and kept my last paycheck. I live on my own and I'm not afraid of him, I just want my money.
dispute,s_lab | plain | The daycare where I work doesn't pay us for the training hours.
dispute | typo | they pay me with checks that bounce 2 times now
dispute,s_lab | code_switch | mi jefe de la construcción didn't pay the overtime, i want to complain to the labor department
dispute | plain | I was let go the day after I told them I'm pregnant.
dispute,s_lab | plain | Our crew at the packing house got our hours cut after we asked for a raise. We all still go home at night.
dispute,s_lab | slang | they stiffed me on my last check at the car wash, like 300 bucks, what can i do
dispute | plain | My employer deducts money for the phone they gave me, is that legal in Quebec?
dispute,s_lab | plain | I drive for a delivery company and they don't pay for gas or the time waiting at the warehouse.
dispute | hesitant | my boss keeps "forgetting" to pay my holiday hours, i don't want drama, just my money
# --- partner violence (not happening now)
pv | plain | My husband hit me again on Saturday. He's at work now and I'm thinking of leaving with the kids.
pv | typo | my boyfriend choke me last week, i am at my friend house now
pv,doc | hesitant | he's never hit me but he breaks things and says i can't leave because he has my papers for the marriage visa... is that abuse? || a partner who keeps the papers: the document indicator stands
pv | plain | My ex-husband keeps following me on social media and sending threats, but he lives in another city.
pv | slang | my bf put hands on me last night, he left, i'm ok but i'm done
pv | plain | My partner controls all our money and yells at me every day. He hasn't hit me, but I'm afraid he will.
pv | third_party | My coworker comes to work with bruises, she says her husband gets angry when he drinks.
pv | plain | I'm in a shelter after my boyfriend beat me, I need a lawyer for custody.
pv | no_accents | mi esposo me pega, but today he is out, i want to know about shelters in san jose
pv | typo | my wife hit me with a plate, i am a man, nobody believe me
pv | run_on | my husband says if i leave him he will tell immigration and take the kids and he pushed me down the stairs last month and i have no idea what to do now
pv | plain | My girlfriend's father hit her and her boyfriend too. Wait, I mean her boyfriend hit her. He's gone now.
pv | question | Can I get a U visa if my ex abused me?
pv | plain | My husband forced me to have sex with him last week. I don't know if that counts. He's not home now.
pv | third_party | Nurse here: a patient says her partner burned her with an iron two days ago. She's staying with her sister.
pv | past | For years my husband beat me. I left in the spring. Now he calls my family in Mexico to threaten them.
pv | hesitant | my boyfriend took my phone for a week after a fight and hit me, he gave it back, we're apart now
pv | plain | My ex sent me a message saying he'll hurt me when he finds me. He doesn't know where I moved.
pv | typo | he slap me in front of the kids, then he go out, i am alone now, no family here
pv | plain | My daughter's husband beats her. She's with me now. Where can she get a protection order?
# --- homelessness
homeless | plain | I've been sleeping on the subway for a week since I lost my job.
homeless | typo | i have no place to stay, the shelter is full, its cold
homeless | plain | My landlord changed the locks and threw my stuff outside. I have nowhere to go tonight.
homeless | hesitant | i'm kind of homeless right now? i sleep at a friend's sometimes but tonight i can't
homeless | slang | got evicted, sleeping in my car in the walmart lot, any shelters in fresno
homeless | plain | The family I worked for kicked me out when I asked for my pay, I'm on the street with my suitcase.
homeless | third_party | There's a young guy sleeping behind our church every night, he says he came for a job that didn't exist.
homeless | plain | We arrived in Montreal last night and we have nowhere to sleep. Two adults and a baby.
homeless | abbrev | need bed 2nite, toronto, family of 3
homeless | typo | my husband and me sleep under the bridge, we are new here, we dont know where to go
homeless,dispute | plain | I lost my job at the hotel and the staff housing with it. Where can I stay?
homeless | plain | The season ended, the farm closed the bunkhouse and I'm sleeping in the park until my bus next week.
homeless | question | Are there shelters for men in Bakersfield?
homeless | plain | I'm pregnant and living in my car since last month.
homeless | run_on | we came from venezuela three days ago and the money ran out and the hotel kicked us out and we are in the street with the kids
homeless | plain | I'm an older woman, 68, my son kicked me out. Where can I go tonight?
homeless | code_switch | no tengo donde dormir tonight, i'm in houston near the bus station
homeless | typo | i sleep outside the hospital since 4 days
homeless | plain | They evicted us this morning and the shelters say they're full until Monday.
homeless | third_party | My student's family has been living in a motel and they just got kicked out, they have nowhere tonight.
# --- suspicious job offers
offer | plain | A recruiter on TikTok says I can work in a hotel in Dubai, no experience, she just needs my passport scan and 500 for the "visa".
offer | typo | a man say he give me job in canada farm, 25 dollar hour, house free, i just pay 3000 first, is real?
offer | plain | A company wants my 18-year-old daughter to go to Miami as a "brand ambassador", they pay the flight but won't give an address.
offer | hesitant | someone messaged me about a nanny job in New Jersey, they'll keep my passport for the visa and i pay back the ticket from my salary... normal?
offer | question | They say I can work in a massage spa in Houston and make 4000 a week, they'll pay everything. Is this a trap?
offer | plain | A friend of a friend wants me to come work in his restaurant in Texas, no papers needed, I'll live upstairs and he'll "take care of everything".
offer | slang | some dude in my dms offering "modeling" gigs in LA, he wants pics first lol is that sus
offer | plain | The agency promises a cleaning job in Quebec and wants 4000 upfront plus I sign a contract in a language I don't read.
offer | typo | lady from church in my country say she bring girls to usa to work in her restaurant, she pay everything and we pay back
offer | plain | I got a message offering a dancer job in Las Vegas with "private shows", housing included. They want me to leave next week.
offer | question | a farm labour contractor says we'll be housed "on site" with no phones allowed during the season, is that legal?
offer | plain | My cousin got an offer for a job in construction in Alberta, but the guy says he keeps the workers' passports "for security".
offer | hesitant | a guy said he can get me a job in a warehouse in Ohio and i'll owe him only 5000 for the travel, i pay back from my wages. should i go?
offer | plain | A website says "au pair in USA, no agency fees, family pays all", but the family wants to talk only by WhatsApp and won't video call.
offer | third_party | My niece in Honduras was offered a job as a waitress in Houston by a woman she met on Facebook. The woman will send the ticket.
offer | plain | They say the job is in a "hostess bar" and the pay depends on how "friendly" I am with customers. I haven't said yes.
offer | typo | recruiter want me sign contract that i cant leave the job for 2 year or pay 10000, i didnt sign yet
offer | plain | A man offered my 19-year-old son a job driving "packages" across the border, easy money. He hasn't answered yet.
offer | question | An agency for H-2B visas asks for 2500 and says the employer will keep our passports during the contract. Should I trust them?
offer | plain | I saw an ad for "massage therapist, no license needed, visa sponsorship, live in the spa". Is that okay?
offer | abbrev | got offer: housekeeper in NYC, $3k/mo, live-in, they hold passport, pay trip later. legit??
offer | plain | A woman on Instagram is looking for "girls who want to travel" to work events in Cancún, all expenses paid.
offer | hesitant | i'm thinking about taking a job my neighbour found me in the states, he says don't tell my family the details. weird?
# --- abduction / sale
sale | plain | My mother sold me to a woman who brought me across the border to work in her house.
sale | typo | they take me from my village when i was going to school and bring me here
sale | plain | He said he paid 2000 for me and I have to work until he gets his money back.
sale | hesitant | i think i was traded? one man gave me to another and money changed hands
sale | story | I was waiting for the bus in Tijuana when a van stopped and two men pushed me inside. They drove for hours and left me in a house with other girls.
sale | third_party | A woman at the shelter says her husband sold their daughter to a man in another state.
sale | plain | The recruiter "passed" me to another boss and took money for me, like I was a thing.
sale | slang | they straight up sold me to another crew for 3k, i heard them counting the cash
sale,sex | plain | My pimp sold me to another guy in Vegas who says he owns me now.
sale | plain | My father promised me to an older man as payment for his debt.
sale | typo | men grab my brother on the road and take him, we dont know where
sale,s_lab | plain | At the farm the foreman sold three of us to another farm, they just told us to get in the truck.
sale | plain | They kidnapped me in Mexico and brought me here to work. I didn't choose to come.
sale,dom | third_party | Our cleaning lady says she was bought from her family by the woman she works for.
sale | plain | Somebody in my family "gave" me to a family friend who made me work at his restaurant.
sale | no_accents | they sell me like a animal, from one man to other
sale,minor | plain | My niece, 11, was taken from the park by a man and we think he's keeping her.
sale | past | I was taken by force at 19 and sold twice before I escaped. I'm 24 and safe now.
sale | plain | Someone offered my friend money to "hand over" his little cousin for work in the city.
sale | plain | The man who brought me said he bought my debt from the first recruiter, so now I belong to him.
# --- vulnerability exploited
vuln | plain | He always says nobody will believe an illegal over a citizen, so I should be grateful.
vuln,s_lab | typo | because i dont speak english they make me sign paper and they say i agree to work for no money
vuln | plain | They knew my mom was sick and needed money, that's why they offered me the job. Now they use it to control me.
vuln | hesitant | i feel like they choose the people who have nobody... they ask first if you have family here
vuln,s_lab | plain | The foreman threatens to stop sending money to our families if we don't do extra hours, because he knows they depend on it.
vuln | plain | My boss says since I have a deportation order I can't complain about anything.
vuln | plain | They take advantage of the girls who are alone and without papers, I'm one of them.
vuln | slang | they know i got no papers, no english, no car, so they do whatever they want
vuln,s_lab | plain | The contractor hires only undocumented people and pays them less because "they won't talk".
vuln | typo | they know i am alone here and my visa expired so they say i must do what they say
vuln | third_party | My aunt can't read, and her employer makes her sign papers saying she was paid.
vuln | plain | He offered me a place to stay when I was homeless and now he says I owe him everything.
vuln,dom | plain | My employer says because I'm here on her sponsorship, I have to do whatever she asks or she'll cancel it.
vuln | plain | They knew I was desperate after my husband died, they promised help and now I work for nothing.
vuln | no_accents | el patron sabe que no tengo papeles y me paga lo que quiere, what can i do
# --- forced begging / crime
beg,s_beg | typo | they take us to the subway to ask money with the baby and at night the lady take it all
beg,s_crime | plain | The boss forces us to steal copper from construction sites at night.
beg,s_crime | plain | My "landlord" makes me deliver drugs for him to pay my rent, or he says I'm out.
beg,s_crime | slang | they got me on lookout every night at the spot, if i leave they gonna find me
beg,s_beg | plain | A man puts us at the freeway exits with signs saying we're refugees, and takes every dollar.
beg,s_crime | plain | I'm forced to grow marijuana in a house in Oregon. They locked us in with the plants.
beg,s_crime | third_party | A man at the shelter says he was made to work at an illegal grow house and never paid.
beg,s_crime | typo | they make us use our names to rent cars for them and if police stop, is our problem
beg,s_crime | hesitant | they want me to carry a bag on the bus to another city, i don't know what's inside, i can't say no because of the debt
beg,s_beg | plain | The woman makes my friend sit outside the church every day to beg with her kids, and she keeps the money.
beg,s_crime | plain | They make us steal from the big stores and they resell everything online.
beg,s_crime | plain | My employer forces me to cash fake checks at different banks.
beg,s_crime | plain | They make me recruit other girls from my country or they'll hurt me.
beg,s_crime | no_accents | they make me sell fake goods on the street and if police come is my problem
beg,s_beg | third_party | As a transit worker, I see the same group of women begging with babies on the train, and a man hands them their spots each morning and collects at night.
beg,s_crime | plain | The guys I owe told me I have to deliver a package across the border in my car or my debt doubles.
beg,s_crime | plain | I'm made to run scam calls all day from a room full of computers, they keep our passports.
beg,s_beg | plain | My cousin has a disability and the man she lives with makes her beg outside the mall all day.
# --- domestic servitude
dom | plain | I'm a live-in maid. I work from 5am to midnight, I sleep on the kitchen floor, and they haven't paid me in a year.
dom | typo | the family dont let me go out, i clean cook take care of the grandmother all day all night
dom | plain | I was brought from the Philippines to be a nanny. They say my salary goes to my agency in Manila but nobody gets it.
dom | hesitant | i live with the family i work for... they say i'm "like family" but i can't go out, i don't get paid, and i eat what's left
dom | plain | My employers are diplomats, they took my passport and I haven't had a day off since I arrived.
dom | third_party | The housekeeper next door never leaves the house. When I said hi once, she looked terrified and the wife pulled her inside.
dom | story | I came to take care of their baby for one year. It's been three. They never paid, they said the money was for my room and food, and they don't let me call home.
dom | slang | im basically their slave, cook clean kids laundry no days off no money
dom | plain | The woman I work for makes me sleep in the garage and doesn't let me use the shower except on Sundays.
dom | no_accents | trabajo en la casa de una familia, no me pagan y no me dejan salir, please help
dom | typo | they make me clean the house and the house of the sister too, no pay, no rest, they say im lucky
dom | plain | I'm a caregiver for an old man, his son locks me in with him all week and only lets me out Sunday afternoon.
dom | third_party | A friend from church works for a doctor's family, she hasn't been paid for months and they keep her passport.
dom | plain | My aunt took me in "to study" but I'm the one who cooks, cleans and raises her kids, and I'm not allowed out.
dom | abbrev | live-in nanny, 7 days/wk, no $, no phone, cant leave
"""

RECORDS = parse(DATA, "en", "en-1")
