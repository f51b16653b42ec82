"""English messages, batch C: commercial sex (euphemisms, online ads, motels, bars),
minors (grades, ages, third parties), documents and debts told many ways."""
from common import parse

DATA = r"""
# --- forced commercial sex, many registers
sex | euphemism | He says the rent is paid by "keeping the gentlemen happy" and I don't get a choice.
sex | plain | My manager at the bar makes us go upstairs with customers who buy the expensive bottles.
sex | slang | he got me on a quota, gotta bring back 800 a night or i get it
sex | typo | they post my pictures on the website and the men come to the apartment, i cant say no
sex,move | plain | I'm kept in a hotel room and a different man comes every hour. The driver waits in the hallway.
sex | euphemism | the boss calls it "VIP service" but it means we have to sleep with the customers
sex | hesitant | i don't know how to say this... the woman who got me the job makes me be with men and she takes the money
sex,debt | plain | They told me the plane ticket and the apartment cost 25,000 and I pay it back by seeing clients.
sex | indirect | I have to "entertain" my boss's business friends when they come to town. It's not optional.
sex,threat | plain | If I refuse a client he says he'll tell my parents what I do here.
sex | abbrev | bf makes me do dates w guys from the app n keeps all the $
sex | run_on | at first he was my boyfriend and then he said we need money and he started bringing guys to the motel and now its every day and i cant stop or he gets crazy
sex | third_party | I'm a pastor and a young woman in our congregation told me her "cousin" sells her to men on weekends.
sex | third_party | My neighbour across the hall has men coming in and out all night. She told me once she has to do it to pay "the man" and asked me not to call anyone.
sex,decep | plain | The modeling agency said photo shoots. The "shoots" are with clients in hotel rooms, and they keep my passport.
sex,doc | plain | The bar owner keeps our passports and says we work the private rooms until we earn them back.
sex | slang | my "manager" says i gotta hit the blade tonight or dont come home
sex | plain | At the cantina we have to drink with the men and then go to the back with them, the owner decides.
sex | euphemism | the lady says I have to give the customers a "happy ending" or I don't get paid for the massage
sex,iso | plain | They took my phone and only give it back to answer messages from the men who book me.
sex | story | I met him online. He paid for my bus ticket to Atlanta, bought me clothes, and after a week said I owed him and had to start working for him with men.
sex,viol | typo | if i dont make the money he beat me, he make me see 10 men a day
sex | code_switch | el señor me obliga a salir con clientes every night, i dont want this
sex | euphemism | he calls it "modeling for private clients" but they touch us and he takes the money
sex | plain | The strip club owner makes the dancers do "private dances" in the back with no rules, and fines us if we refuse.
sex,move | third_party | A nurse here: a woman came in with a man who answered every question for her, she had a tattoo of his name and said she "works for him" with clients.
sex | past | From 2019 to 2021 a man forced me to sell sex in hotels. I got out and I'm safe but I still have nightmares.
sex | euphemism | they call it hostess work but every night i have to leave with whoever pays the manager
sex | plain | My sister's husband pimps her out and keeps the money for their "family".
sex | hesitant | i agreed at first because he said it would be only dancing... now he makes me go with men and says i agreed so it's my fault
sex,decep | typo | they say cleaning job in the hotel but when i come they say i must to sleep with the clients
sex | slang | dude i met on ig said i could make easy money, now hes got me doing calls n takes like all of it, says i owe him for the hotel
# --- consensual adult sex work / sex-related hard negatives
s_sex | plain | I work as a dancer at a club, I keep my own money and I'm 24. I'm just looking for a doctor who won't judge me.
s_sex | question | I'm a sex worker, I work for myself, can I open a bank account without problems?
- | question | We're studying the "Pretty Woman" movie in film class, is it realistic about sex work?
- | plain | My friend says she wants to try sugar dating, she's 22. Is that safe? Nobody's forcing her.
- | question | what's the law on escort ads in Canada? i'm writing a paper for my sociology class
- | plain | I went on a date with a guy from an app and he was rude. Just venting.
s_sex | plain | I'm 30, I chose to work in an adult club and I can quit anytime. I need info about taxes.
# --- minors: grades, ages, third parties
minor,sex | plain | My 16-year-old got a new "boyfriend" who is 30 and she comes home with money and new phones.
minor,sex | third_party | I'm a high school counsellor. A junior told me an older man drives her to hotels to meet his friends and he pays her in clothes.
minor,sex | typo | my little sister she is 14, a man put her pictures on a website for dates
minor,sex | slang | this girl in my 8th grade class says she gets paid to "chill" with grown men her cousin sets it up
minor,sex | plain | There's a girl, maybe 15, at the truck stop every night, she gets in different trucks.
minor,s_lab,hours | plain | My 15-year-old nephew works at a construction site all day instead of going to school, the contractor says he's 18.
minor,s_lab,wages | third_party | A 7th grader told me she works at her aunt's nail salon every evening and weekend and never gets paid.
minor,s_lab | plain | The boy who delivers for the Chinese restaurant looks 13, he's out until midnight every night.
minor,s_lab,debt | plain | I'm 17 and I came alone from Honduras, the man who brought me makes me work at a chicken plant to pay the trip.
minor,s_lab | typo | i am 16 i work in the field in florida with tomatoes, the contratista say i have to say i am 18
minor,beg,s_beg | third_party | At the bus station there are kids, 8 or 9 years old, selling gum and a woman watches them and takes the money.
minor,beg,s_crime | plain | My 13-year-old son says some guys make him carry bags to the park and if he says no they'll hurt his little brother.
minor,beg,s_crime | slang | im 15 and they got me trappin out the apartment, i owe them now they say
minor,dom | plain | I'm 16 and I live with a family who brought me from Guatemala, I cook and clean and take care of their kids and don't go to school.
minor,dom | third_party | The girl living with the family upstairs is in what should be 5th grade but she's always doing laundry and never goes out.
minor,sex,danger | plain | My daughter is 15 and she just texted me she's in a car with men she doesn't know and they won't let her out.
minor,sex | euphemism | my friend is a freshman and her older boyfriend makes her do "favours" for his friends for money
minor,s_sex | question | im 17 and a guy offered me 500 to send pics, is that even legal?
sex | past | When I was 14 my stepdad made me go with his friends for money. I'm 25 now, I want to talk to someone. || abuse of a child in the past; the person is an adult now, no minor involved today
minor,s_lab | plain | He's in 6th grade and works after school at his dad's boss's warehouse lifting boxes, till 11pm.
minor,s_lab,hours | third_party | As a pediatric nurse I saw a 12-year-old with a back injury who said he works every day picking blueberries.
minor,iso,doc | plain | My cousin is 16, the family she works for took her birth certificate and her phone.
minor,s_sex | plain | Teacher here. A 9th grader is showing other kids money she gets from "webcam stuff" a man set up for her.
minor,sex | plain | A 13 year old girl in our building is being taken out at night by an adult man who is not family, she comes back at dawn.
minor | question | I'm in 11th grade and I want a summer job, what jobs are legal at 16?
minor | plain | My son is a sophomore, he works 10 hours a week at a grocery store, gets paid fine. Just asking about his taxes.
minor | question | im 14 can i babysit for money for my neighbor?
minor | plain | My daughter is in 7th grade and she's writing a report on modern slavery. Where can she read survivors' stories?
minor,homeless | plain | I'm 17 and I've been couch surfing for two weeks since my mom's boyfriend kicked me out.
minor,smug | plain | My 15-year-old came across the border with a guide we paid, he's with us now and safe, we want to know about school.
minor,selfharm | typo | im 15 and i want to kill myself i cant take it at home
minor,medical | plain | My 12-year-old brother drank bleach, he's throwing up and can barely breathe.
minor,pv | hesitant | im 16 and my boyfriend hit me last weekend, he's not here, i don't want my parents to know
minor,sale | plain | My niece is 12 and her father wants to "give" her to a man in exchange for money.
minor,ransom | plain | They have my 16-year-old son in a house in Reynosa and say pay 6000 or he disappears.
minor,danger | caps | MY SON IS 10 AND A MAN IS TRYING TO TAKE HIM INTO A CAR RIGHT NOW
minor,s_lab | no_accents | my son 14 work in the onion field with me, the boss say ok no problem for kids
minor,s_lab | hesitant | the kid at the car wash, i think he's like 12? he's there every school day
minor,s_crime,beg | third_party | My student, 10th grade, says a gang makes him sell vapes and weed at school to pay a debt his brother left.
minor,sex,doc | plain | A 17-year-old from Venezuela is working at a club downtown, the owner keeps her passport.
minor,s_lab,move | plain | My 15-year-old cousin works in a sweatshop in LA and sleeps there, the owner doesn't let her leave.
# --- documents told many ways
doc | plain | My boss put my passport in the safe "with the others" and the code is only his.
doc | hesitant | is it weird that my landlord who is also my boss holds my passport? he gave me a copy
doc | typo | i ask my document back and the lady say first finish the contract
doc | indirect | Our papers are "with the lawyer" according to the supervisor, but no lawyer exists as far as I can tell.
doc,s_lab | plain | The employer sent our passports to "head office" and we can't change jobs without them.
doc,s_lab | slang | boss man snatched our passports at orientation and acts like he dont know what we talkin about
doc | plain | She keeps my passport and my daughter's birth certificate and says I'll get them when I stop being "difficult".
doc | abbrev | they got my ID, SIN card, everything. cant even open a bank acct
doc,dom | plain | My employer took my passport when I started as a housekeeper and now says it got "lost" but I saw it in her closet.
doc | story | The first day, the man who recruited us collected the passports "to register us with the government". We never saw them again, and when a friend asked, he was fired and sent away.
doc | third_party | My aunt says her employer has her passport and her work permit in a locked cabinet and she only sees them when the inspector comes.
doc,threat | typo | he say if i ask for passport again he burn it
doc,police | plain | The supervisor holds our passports and says if we complain he'll give them to immigration.
doc | question | My recruiter has my passport to "process the visa extension" for 5 months now. How long is normal?
doc,move | plain | Without my passport I can't leave, and they know that's why they keep it.
doc | no_accents | patron keep passport and my social, he say dont worry but i worry
doc,s_lab | plain | The boat captain has all the crew's seaman books and passports, we can't get off in port.
doc,sex | euphemism | Madam has our passports, we get them back when we finish "the contract" with the clients.
# --- hard negatives: documents
- | plain | My passport was never taken from me; what's the consulate's address?
- | plain | My employer scanned my work permit and gave it back, everything's fine.
- | plain | I keep my passport in a bank box for safety, is that a good idea?
- | question | can my landlord ask for a photo of my ID?
- | plain | The airline lost my bag with my passport inside, what do I do?
- | plain | I asked my boss for my documents back and he gave them right away, I was just worried for nothing.
- | question | Someone stole my wallet with my green card, how do I replace it?
# --- debts told many ways
debt | plain | The owner says I can go home as soon as the debt is paid. Every month he finds new charges.
debt,s_lab | typo | we owe the contratista for the ride from Mexico, he keep our checks until is paid, but is never paid
debt | indirect | I'm "almost" done paying, that's what they've been telling me for two years.
debt | plain | They charge me 50 dollars every time I'm late and add it to what I owe.
debt,s_sex | euphemism | she says my "bar tab" is 3000 and I have to keep working the rooms until it's clear
debt | abbrev | debt went from 5k to 11k in like 6 months, they say its interest
debt | slang | bruh they keep saying i owe for rent, food, everything, the number just keeps goin up
debt,threat | plain | He says if I leave before paying the debt, his people in El Salvador will visit my mother.
debt | third_party | My student's older brother says he can't quit the landscaping crew until he pays off the "loan" for the trip. The loan keeps getting bigger.
debt | hesitant | i don't know exactly how much i owe them anymore. they say a lot. they won't show me the paper
debt,tdebt | plain | I borrowed 8000 from the recruiter to get here and now I have to work for his cousin until it's paid, and I can't choose another job.
debt,dom | plain | The family says I owe them for my plane ticket, my food and my room, so they don't pay me anything.
debt,vuln | typo | they lend me money for the hospital for my mom and now they say i work for free until i pay
# --- travel debt alone
tdebt | plain | I still owe 2500 to the agency for my plane ticket, they take 100 a month from my pay. It's written in my contract and I can change jobs.
tdebt | typo | i borrow for the trip from a man in my town, i send him money every month
tdebt | plain | The recruitment fee was 4000, I paid half before leaving and the rest I'm paying now.
tdebt | question | Is it legal that the agency charged me a recruitment fee for my H-2B job?
tdebt | hesitant | i owe the person who paid my flight... we agreed i pay when i can, he's not pressuring me
tdebt | plain | My family sold our cow to pay the recruiter's fee. I have to send money to pay back my uncle too.
# --- hard negatives: debts
- | plain | I borrowed 500 from a coworker and I paid him back, now he says I owe more. It's just a misunderstanding I think.
- | question | how do I get out of medical debt?
- | plain | My car loan is behind and the bank sent a letter.
- | question | Can debt collectors call my employer?
- | plain | I don't owe anybody anything, I paid my own ticket, I just want to know about housing.
"""

RECORDS = parse(DATA, "en", "en-1")
