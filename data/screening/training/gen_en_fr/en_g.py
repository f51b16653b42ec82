"""English messages, batch G: hard negatives and information requests that use the same
words (passport, debt, locked, clients, coyote, kill...), negations, and more forced
commercial sex and refer-level needs."""
from common import parse

DATA = r"""
# --- negations and look-alikes
- | plain | My employer never took my passport, but my coworker says hers did. How can I tell her to contact you?
- | plain | They didn't lock us in, we can go out, I just don't have a car.
- | plain | Nobody is forcing me to work, I'm just tired and want another job.
- | plain | I'm not in danger, I just want information about a U visa.
- | plain | No one hit me, but the manager yells a lot. Is yelling illegal?
- | typo | they not take my phone, i just dont have money for internet, is there free wifi place?
- | plain | I don't owe the agency anything, the employer paid the fees like the law says.
- | plain | I wasn't tricked, the job is exactly what they said, I just miss home.
- | hesitant | i'm not being trafficked or anything lol i just want to know what the word means
- | plain | My boss did not threaten me. He just said the season is over and we're going home next week.
- | plain | I can call my family whenever I want, but the signal at the farm is bad. Any tips?
- | plain | Our supervisor holds the keys to the tool shed, not our documents. Just clarifying from earlier.
- | plain | I was never paid late, I'm just asking how to read my pay stub.
- | plain | She keeps my spare key in case I lock myself out, that's all.
- | plain | I'm free to leave but I don't want to, the pay is good. I just need a dentist.
- | typo | no nobody keep my papers, i keep in my bag
- | plain | He doesn't control my money, we share an account and I'm fine with it.
- | plain | They gave us back our passports as soon as the visa stamps were done.
# --- information and everyday questions
- | question | How do I apply for a social insurance number in Canada?
- | question | what documents do I need to open a bank account without SSN?
- | question | Where is the nearest Mexican consulate to Raleigh?
- | question | Is there a hotline in French? / Y a-t-il une ligne en français?
- | question | How much does a lawyer for asylum cost?
- | question | What are my rights if ICE comes to my house?
- | question | Can I send my kids to public school without papers?
- | question | Do farmworkers get overtime in Washington state?
- | question | how do i get a drivers license in new york without papers
- | question | What's the minimum wage in British Columbia this year?
- | question | Can I work while my asylum case is pending?
- | question | Is there a free clinic for women near Salinas?
- | question | what time do you open?
- | question | Do you help people from Haiti too?
- | question | How can I report a workplace safety issue anonymously?
- | question | Where can I get a free winter coat in Montreal?
- | question | is this chat private? who reads it?
- | question | can you delete my messages after?
- | question | how do I find a job in construction legally?
- | question | what is the H-2A program exactly? my cousin wants to apply
- | question | Can I bring my family on a temporary foreign worker permit?
- | question | How do I know if a recruitment agency is licensed in Ontario?
- | question | What's the number for poison control?
- | question | Do I need to pay to join a union?
- | plain | I want to work abroad next year. Is there a list of legal agencies for H-2B jobs?
- | plain | Thank you, the lawyer you recommended helped me a lot.
- | plain | Just wanted to say the shelter was really nice, thank you.
- | short | ok
- | short | thanks!!
- | short | who is this
- | emoji | 👍
- | plain | Sorry, wrong number.
- | plain | Can I talk to a person instead of a bot?
- | plain | I'm a volunteer translator and I'd like to help your organisation.
- | plain | We're a church group and want to host a know-your-rights workshop for farmworkers.
- | plain | I'm a journalist writing about labour conditions in meatpacking, can I interview someone?
- | question | My teacher asked us to research the Palermo Protocol. What is it?
- | question | for my sociology homework: how many people are trafficked in the US every year?
- | plain | I'm a nurse and our hospital wants posters about trafficking in Spanish and Haitian Creole.
- | plain | We watched "Sound of Freedom" in youth group and some kids had questions. Do you have materials for teens?
- | plain | I read that nail salons have a lot of labour abuse. Is there a certified salon list?
- | question | what does "debt bondage" mean in simple words? asking for my ESL class
- | question | Is it a crime to hire someone without papers? I'm a small business owner.
- | plain | I'm a landlord and my tenants are farmworkers. I want to make sure the housing meets the rules.
- | question | What should a good employment contract for a nanny include?
- | plain | My daughter wants to be an au pair in Canada next year. Which agencies are legit?
- | question | my friend wants to go work in the US with a visa, how can she check if the job is real?
- | plain | I'm writing a novel where a character is kidnapped for ransom. What would a hotline say?
- | plain | In the video game my son plays, the characters "sell drugs". Should I worry? lol
- | plain | The word "coyote" came up in my Spanish class, I didn't know it meant smuggler.
- | question | How do I become a foster parent for unaccompanied minors?
- | plain | My company wants to audit our supply chain for forced labour. Where do we start?
# --- hard negatives: sex-related but no third-party control
s_sex | plain | I'm 35 and I work as a dominatrix. I'm independent, I just need a lawyer for a contract dispute with a venue.
s_sex | plain | I do OnlyFans, I'm 23, I keep all my money. Someone leaked my content and I want it taken down.
s_sex | typo | i am escort, 26, i work alone, a client didnt pay, what can i do
s_sex | question | I'm a stripper and the club charges us a "house fee" every night. Is that legal? I can leave whenever.
s_sex | hesitant | i sell sex sometimes to pay rent, nobody makes me, i'm 29. is there a clinic that won't judge?
- | plain | My girlfriend and I met on a dating app, she's great. Why do people say apps are dangerous?
- | question | Is it legal to go to a strip club at 19 in Quebec?
- | plain | My friend posted a "sugar daddy" joke on Instagram and her mom freaked out. It was a joke.
# --- hard negatives: travel, loans, locked, kidnapping words
- | plain | My uncle lent me money for the plane ticket and said pay it back whenever. No pressure at all.
- | plain | I got locked out of my apartment, can you tell me a locksmith?
- | plain | The kids' playground locks at sunset, we have to leave, that's annoying.
- | plain | My cat was "kidnapped" by the neighbour's kid lol, she brought him back.
- | plain | The gym keeps my ID at the front desk while I'm inside.
- | plain | My school keeps our phones during exams.
- | plain | The factory takes our phones at the door because of safety rules, we get them at the end of the shift.
- | plain | My bank froze my account because of fraud. How can I recover my money?
- | plain | The car rental company kept my deposit. Can they do that?
- | plain | I work 60 hours a week by choice at two jobs, and I'm paid for all of it. I want to save for a house.
- | plain | My employer deducts my health insurance from my pay, it's in the contract.
- | plain | I paid an immigration lawyer 3000 and he did nothing. Can I get my money back?
- | plain | My cousin is a coyote fan, the sports team from Arizona, not the other thing haha.
- | plain | They took my fingerprints at the consulate for the passport renewal. Normal?
- | plain | We went through the border at San Ysidro legally with our visas.
- | plain | I crossed from Windsor to Detroit for a day trip with my passport.
- | plain | Our boss drives us to the job site every day because it's far, and brings us home.
- | plain | The hotel where I work gave us rooms to stay in during the snowstorm.
# --- hard negatives: past, now safe
- | past | When I first came, a boss kept my passport for a week, but he gave it back and I changed jobs. Now I'm fine.
- | past | I used to be homeless but now I have an apartment, I want to volunteer.
- | past | I was smuggled in 2015, paid in full, and I got my residency last year. Thank you for the info back then.
dispute | past | Last year my boss didn't pay me, I went to the labour board and got my money. Now he's doing it again to new guys.
# --- forced commercial sex (more)
sex | plain | My pimp takes all my money and makes me work every night even when I'm sick.
sex | euphemism | he says I have to "pay the rent with my body" to the men he brings
sex | typo | the woman bring men to the apartment and we have to be with them, we cannot say no
sex | hesitant | i don't know what to call it... he books "appointments" for me and i can't cancel any
sex | third_party | I'm a hotel housekeeper. The same man books rooms for different young women every week, and they look scared and never leave the room.
sex | slang | he got me postin ads n takin calls all day, i aint seen a dollar
sex | plain | They said it was a massage job. The boss says if a client wants more, I have to give it.
sex | run_on | he told me he loved me and then he started saying his friend would pay to be with me and now its strangers every night and he takes the money and says i owe him for the apartment
sex | plain | The club manager tells dancers they have to "go private" with whoever pays him, no choice.
sex | euphemism | My "sponsor" makes me spend weekends with his business partners. If I refuse, he stops paying my tuition and threatens my visa.
sex | typo | they say i must do sex with the clients to pay the debt of the trip
sex,move | plain | We're driven from motel to motel by a man who keeps our phones and sets up the clients.
sex | code_switch | la señora nos obliga a atender clientes in the back room, she keeps everything
sex | plain | My ex-"agent" forced me to do porn to pay back what he spent on my flight.
sex,vuln | plain | He knows I'm undocumented and says if I don't keep seeing his clients he'll report me.
sex | no_accents | the boss of the bar make us go in the rooms with men, if we say no we dont eat
sex | plain | My friend's uncle made her do webcam shows for strangers and kept the money.
sex | plain | At the truck stop the man who drives us tells us which trucks to go into.
sex | third_party | Youth pastor here: a young woman from our group disappeared for a week and now says she "works" for a guy who sends her to men.
sex | slang | my roommate's "boyfriend" makes her turn tricks and hits her when she comes back short
# --- needs (more)
pv | plain | My husband threatened to kill me last week during a fight. He's at his brother's now.
pv | typo | my ex he follow me to my job last month, i am scared, i change job
pv | plain | My boyfriend broke my phone and hit me on Friday. I'm at my mom's. What can I do legally?
pv | hesitant | my wife screams at me and hits me sometimes... i'm a man so i feel stupid asking. she's not home
pv | plain | My daughter's boyfriend hit her, she left him and is living with us now.
pv | third_party | A woman at our food bank has a black eye, she says her husband did it two days ago; she's at a friend's.
pv | plain | My partner takes my salary every month and hits me if I complain. I'm at work now.
pv | no_accents | mi marido me pego anoche, he is not here now, i need info about shelters
homeless | plain | I left my job because they didn't pay and now I'm sleeping at the airport.
homeless | typo | they kick me from the shelter at 7am and i dont have place in the day, very cold
homeless | plain | Our apartment burned and we have nowhere to go tonight.
homeless | slang | been homeless 2 weeks, sleepin on the train, anything in brooklyn?
homeless | plain | I'm on the street with my teenage son after my husband threw us out.
homeless | third_party | A worker from the farm next to ours was kicked out of the housing and has been sleeping in a field.
homeless | hesitant | i'm staying in a hostel but my money ends tomorrow, then i have nowhere
homeless | plain | We are asylum seekers sleeping at the police station lobby in Chicago because shelters are full.
offer | plain | A Facebook page offers "cleaning jobs in Ireland" for Hondurans with 3000 upfront. Scam or trafficking?
offer | typo | a lady on instagram say she want girls for work in dubai, hotel, very good pay, we need only passport
offer | plain | My nephew, 18, got an offer to play soccer in Canada from an "agent" who wants 4000 and his passport.
offer | hesitant | someone offered me a job delivering packages across town, cash only, no questions... i haven't said yes
offer | plain | An online ad: "Live-in nanny wanted, Texas, we sponsor your visa, you repay the costs from your salary for 3 years". Should I answer?
offer | question | is it a scam when they say you need to pay for your own work uniform and housing before starting?
offer | plain | A man at the park asked my friend if she wants to "make money with rich men" and gave her a card.
dispute,s_lab | plain | The hotel doesn't pay us for the time we change into uniforms. We all go home after the shift.
dispute | plain | I got my final paycheck but it's missing the vacation days. I'm working somewhere else now.
dispute,s_lab | typo | the painter boss pay me only half of the job, i do 2 weeks, he say the client no pay him
dispute | plain | They fired me after I got hurt. I'm at home recovering and want to claim compensation.
smug | plain | We paid a man to get us through Mexico on the train and into Texas. He's gone and we're living with friends.
smug | typo | the coyote bring me in 2021, i pay, now i want to marry my girlfriend, is problem?
smug | hesitant | my dad paid someone for me to cross when i was little. i'm 20 now. does that matter for daca?
s_beg | plain | I play guitar in the subway for tips. It's my own thing, I keep the money. Do I need a permit?
s_beg | typo | i ask money at the light for me and my kid, nobody force me, we just need food
"""

RECORDS = parse(DATA, "en", "en-1")
