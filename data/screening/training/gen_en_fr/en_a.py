"""English messages, batch A: a broad first pass over every label (farm, meatpacking,
salons, restaurants, construction, domestic work) plus hard negatives."""
from common import parse

DATA = r"""
# --- documents
doc,s_lab | typo | my boss he keep my passport in his office, he say is for safe but he never give back
doc | plain | The contractor collected all our passports at the airport and we haven't seen them since.
doc,s_lab | plain | The crew leader on the farm holds our visas and passports. He says we get them back when the season ends.
doc | hesitant | um i don't know if this is normal but my employer still has my passport? i asked twice and she says later
doc,move | run_on | they took my id and my passport the first day and said we cant go anywhere without papers so we just stay at the house
doc | short | agency has our passports
doc| third_party | My neighbor works for a family down the street and they have her passport locked in a drawer, she told me she can't get it back.
doc,s_lab | abbrev | boss got my pp n my work permit, says i'll lose them if i quit
doc | question | Is it legal for my employer to keep my passport? He says it's company policy and won't return it.
doc,s_lab | story | When I arrived in Kansas the man from the meatpacking plant asked for my passport to do the paperwork. That was four months ago. Every time I ask he changes the subject.
doc,threat | plain | She keeps my green card and says if I ever try to take it back she'll make sure I regret it.
doc,s_lab | no_accents | the owner of the nail salon keeps all the girls passports in her purse, she never lets us hold them
doc | slang | dude literally has my passport n wont give it back, like wtf am i supposed to do
doc,s_lab | indirect | We gave our documents to the foreman "for the housing registration" and somehow they never came back to us.
doc| third_party | I'm a school counsellor. One of our students says her mom's employer took the mom's passport and her own birth certificate.
doc,vuln | plain | He holds my passport and my visa papers and reminds me that without them I'm nobody here.
doc | past | Last year my employer took my passport and only gave it back after I threatened to go to the consulate. I'm free now but a friend is still there.
doc,s_lab | typo | they keeped our pasports in the office safe, the H2A guys all the same, nobody have his passport
doc | caps | HE WONT GIVE ME BACK MY PASSPORT
doc,s_lab | code_switch | mi patron has my pasaporte and my social security card, he says is to do the taxes
# --- hard negatives around documents
- | plain | My new employer made a copy of my passport for the I-9 form and gave the original back right away. Is that normal?
- | question | I lost my passport on the bus yesterday, how do I get a new one from the consulate?
- | plain | They didn't take my passport, I keep it with me, I just want to know my rights at work.
- | question | how long does it take to renew a mexican passport in chicago
- | plain | The hotel asked to see my ID at check-in and handed it right back.
- | hesitant | my passport expired last month and i'm nervous about it, where can i renew it?
- | question | Does my employer need to see my green card or just a copy of it?
- | plain | My mom keeps all our passports in a safe at home, that's just how our family does it.
- | short | where do i renew my work permit
- | plain | I left my passport at my cousin's place when I moved, she's mailing it to me next week.
# --- debt bondage / travel debt
debt,tdebt | plain | I owe the recruiter 6000 for the trip and the visa, and every month they add more interest so it never goes down.
debt | typo | they say i can leave when i pay what i owe but the debt keep growing every week
debt,s_lab | plain | They charge us for the bunk, the food and the van to the field, so after deductions I end up owing them money.
debt,tdebt | run_on | i had to borrow 4000 to pay the guy who got me the visa and now i work for him to pay it and he keeps adding fees for the room and the transport and i dont know when it ends
tdebt | plain | I paid a recruitment fee of 3,500 dollars to an agency in my country to get this job.
tdebt | plain | My family took a loan so I could pay the travel costs to Canada. I'm paying it back slowly.
debt,s_lab | slang | the boss says im in the hole like 2k for rent n rides, i gotta work it off before i can bounce
debt,s_sex | euphemism | She says I still owe her for the flight and the apartment and the only way to pay is with more dates.
debt| third_party | My cousin says he has to keep working on the crab boat until the debt for his ticket is paid, but they write a bigger number every time he asks.
debt | hesitant | i'm not sure if this counts but they told me i have a debt with the company and i can't quit until it's zero, and it's not going down
debt,tdebt,s_lab | story | The agency flew us from Guatemala to North Carolina. They told us the ticket was a loan. Now they take half our check for it and the rest goes to rent, so after three months we still owe almost everything.
tdebt | abbrev | i owe my uncle 4k for the trip, he lent it 2 me, we good tho
debt,threat | plain | They say if I don't pay off the debt they will go after my family back home.
debt | question | Can they really make me keep working until I pay back a debt they invented?
debt,s_lab | no_accents | every week the foreman writes new charges, gloves, boots, water, so the debt is never finish
debt,vuln | plain | He lent me money when I had nothing and now he uses it to make me do whatever he wants.
# --- hard negatives around debt
- | plain | I have a lot of credit card debt and the collection agency keeps calling me. What can I do?
- | question | is it legal for a payday loan company to charge 400% interest?
- | plain | I owe my landlord two months of rent and I'm scared of being evicted, but I'm working on it.
- | plain | My student loans are killing me, I work two jobs to pay them.
- | question | my brother lent me money for my flight and i'm paying him back 100 a month, is there a cheaper way to send it home
# --- restriction of movement
move,s_lab | plain | We are not allowed to leave the farm housing. The gate is locked at night and the supervisor has the key.
move | typo | they dont let me go out alone, somebody always come with me even to the store
move,s_lab | plain | The only time we leave the trailer is in the company van to the plant and back.
move,dom | plain | I clean and cook for the family and they lock the front door when they leave, I can't go out.
move | short | cant leave. they watch us all the time
move| third_party | There are four young men living above the restaurant, the owner drives them everywhere and they never go out on their own.
move | indirect | Every time I go for a walk someone from the company "happens" to be there. I feel like I'm being followed by them all the time.
move,s_sex | euphemism | the girls at the spa live in the back room, they never go outside, the manager brings the food
move | question | is it legal for my boss to not let us leave the camp on sundays?
move,iso | run_on | we stay in a house in the middle of nowhere and there is no bus and they keep the car keys and we dont even know the address
move,s_lab | code_switch | el mayordomo doesnt let us leave the rancho, says is dangerous outside and the migra will catch us
move | past | For two years I wasn't allowed to leave the house without my employer. I got out in March and I'm in a shelter now.
move,s_lab | slang | they got cameras everywhere at the bunkhouse and a dude at the door, we cant dip even on our day off
# --- isolation
iso | plain | They took my phone when I arrived and I haven't talked to my family in two months.
iso,s_lab | typo | boss take our phones during the week, we get them only sunday for one hour
iso | plain | I'm not allowed to talk to the other workers or to anyone outside.
iso | hesitant | honestly no clue which town this is. they drove us at night and nobody tells us anything
iso| third_party | My sister in Alberta stopped answering. The last time she said her employer took her phone and she could only use it when he watches.
iso,dom | plain | The lady I work for doesn't let me call my kids. She says it distracts me from the work.
iso | short | they took my phone. using a friends
iso,s_lab | no_accents | we cant speak to nobody at the plant, the supervisor say if we talk to the union we are out
# --- violence
viol,s_lab | plain | The crew boss hit me with a shovel handle because I was too slow.
viol | typo | he slap me when i ask for my money, he do it in front of everybody
viol,dom | plain | The man of the house comes into my room at night and forces himself on me. I'm the nanny, I have nowhere to go.
viol,s_lab | run_on | the supervisor at the restaurant grabbed me and pushed me against the freezer and said if i tell anyone i'm done
viol| third_party | I'm a nurse. A patient came in with bruises all over his back and said the foreman beats the workers who complain.
viol | past | The owner used to beat us when we didn't finish the rows. I left the farm but the marks are still there.
viol,s_sex | plain | The manager of the massage place raped me when I said I wanted to stop.
viol | slang | boss straight up punched my homie for asking about overtime
# --- hard negatives around violence
pv | plain | My boyfriend hit me last night. He left for work this morning, I'm okay but I have no idea what to do next.
pv | hesitant | my husband pushes me around when he drinks. he's not here now. can someone talk to me about options
- | question | We're doing a project in class on labour rights, what counts as violence at work?
- | plain | I got hurt at work last month lifting boxes, the company paid for the doctor. I want to know about workers comp.
# --- threats
threat | plain | He told me that if I leave, he knows where my mother lives in Honduras.
threat,s_lab | typo | the boss say he gonna hurt my kids back home if i run away from the farm
threat | plain | They said something bad will happen to my little brother if I don't keep working.
threat,sex | euphemism | she says if i stop seeing the clients she'll send the pictures to my family
threat | short | they threaten my family
threat| third_party | A woman from church told me the men who brought her say they will hurt her daughter in Guatemala if she talks.
# --- police / deportation threats
police | plain | Every time we ask about pay, the boss says he'll call immigration on us.
police,s_lab | typo | he tell us if we complain he call ICE and we all get deported
police,vuln | plain | My employer knows I'm undocumented and says one phone call and I'm gone.
police | slang | she always be like "i'll call the cops on u, u got no papers" whenever i ask for a day off
police,s_lab | no_accents | foreman said if we go to the labor office he report us to la migra and we never come back
police | question | Can my boss actually get me deported if I report him? He keeps saying he will.
police| third_party | My coworker's landlord-boss says he will report her to CBSA if she moves out.
# --- withheld wages
wages,s_lab | plain | We haven't been paid in six weeks. The owner says the money is coming but it never comes.
wages | typo | they say they keep my money safe for me and give it all at the end of the contract
wages,s_lab | plain | I was promised 15 an hour on the farm but they give me like 200 a week for 70 hours.
wages,s_lab | abbrev | no pay since june, boss says after harvest
wages,vuln | plain | He pays me whatever he wants because he knows I can't go to the labour board without papers.
wages,s_lab | run_on | i work at a nail salon and the owner says the first three months are training so no pay only tips and the tips she keeps too
wages| third_party | My student's father works at a meatpacking plant and told me the company sends his pay straight to the man who recruited him.
# --- labour dispute (refer) - free movement
dispute,s_lab | plain | My manager at the restaurant didn't pay my overtime for last month. I still work there, I just want what's fair.
dispute | plain | I got fired yesterday with no reason and they owe me my last check. Can they do that?
dispute,s_lab | typo | construction company owe me 2 weeks pay, i already quit and i live on my own, how i get the money
dispute | question | My boss cut my hours and didn't pay holiday pay. Who do I complain to?
dispute,s_lab | slang | bro the warehouse shorted my check again, like 80 bucks missing, i'm so done with them
# --- excessive hours
hours,s_lab | plain | We work from 5 in the morning until 10 at night, seven days a week, no day off since we came.
hours | typo | i work 16 hour every day, even when i was sick with fever they make me work
hours,s_lab | run_on | at the plant we do double shifts like every day and if you say you're tired they say go home and don't come back
hours,dom | plain | I look after three kids and the whole house from 6am to midnight and I've never had a day off in eight months.
hours,s_lab | abbrev | 14hrs a day in the kitchen, no break, no day off
hours,s_lab,minor | third_party | The boy next door works at his uncle's car wash every day from sunrise to dark, he looks exhausted.
# --- deception about job
decep | plain | They told me I'd be working in a hotel, but when I got here it was a cannery and the pay was half.
decep,s_lab | typo | the agency say is a job in a office, but they put me cleaning houses all day
decep | plain | The contract I signed back home said 18 dollars an hour. Here they say it's 9 and that the contract was just for the visa.
decep,sex | euphemism | they said it was waitress work, but the boss says we have to be nice to the customers in the private rooms
decep | hesitant | i came for a job as an au pair but it's not like they said, i'm cleaning three houses and the kids aren't even theirs
decep| third_party | My friend came to Toronto for a job in a bakery. There is no bakery. She works at a farm two hours away and nobody picks up her calls.
# --- forced commercial sex
sex | plain | The man who brought me here makes me see men every night and takes all the money.
sex | euphemism | they make me go on dates with older guys and i have to give him everything they pay
sex | typo | she say i have to do extras for the clients or i sleep outside
sex,move | plain | We live at the massage parlour and the owner makes us do "full service". We can't leave.
sex| third_party | A girl at my church says her boyfriend posts ads of her online and makes her meet men in motels.
sex | slang | my so called boyfriend be making me work the track every night n keep all the money
sex,decep | run_on | i came because he promised me a job in a restaurant and now i have to be with men in the apartment and he keeps my money and says i owe him
# --- consensual adult sex work (hard negative: sector only)
s_sex | plain | I'm an independent escort and I'm 28. Nobody controls me, I just want to know where to get free STI testing.
s_sex | question | I do sex work on my own terms, are there any legal clinics that help sex workers with landlord issues?
# --- forced begging / crime
beg,s_beg | plain | They drop us at the intersection every morning to beg and take all the money at night.
beg,s_crime | plain | The man I owe makes me carry packages across town. I think it's drugs but I can't say no.
beg,s_crime | typo | they make me sell drugs in front of the school or they beat me
beg,s_crime| third_party | A kid I coach told me some older guys make him be a lookout for them and he's scared to stop.
beg,s_crime | slang | these dudes got me running packages for them, said i owe them, i cant just quit
# --- domestic servitude
dom | plain | I live with the family, I clean and cook every day, I never get a day off and they don't pay me.
dom,move | typo | i work in house of a family, they dont let me go out, i sleep in the laundry room
dom| third_party | The woman who cleans for my neighbours sleeps in their basement, she hasn't been out in months and they hold her wages.
dom | run_on | im the au pair but its more like a maid, i work all day all night no day off and she says im lucky to have a roof
# --- abduction / sale
sale | plain | My uncle sold me to a man who brought me to work here.
sale | plain | They took me by force from the bus station and put me in a car.
sale| third_party | A mother at our shelter says her daughter was "given" to a man to settle a debt.
# --- vulnerability exploited
vuln | plain | They know I don't speak English and can't read the contract, so they make me sign whatever they want.
vuln,s_lab | typo | he know i have no papers so he pay me half and say go complain to who
vuln | plain | Because I'm undocumented, my boss says I have no rights and nobody will believe me.
# --- immediate: danger now
danger | plain | He's outside my door right now and he's banging on it, please help me.
danger | caps | THEY ARE COMING FOR ME HELP
danger | typo | some man following me from the farm i am hiding in the gas station bathroom
danger,move | plain | I'm locked in a room right now and they said they'll come back tonight.
danger | short | hiding. they have a gun. please
danger| third_party | My neighbor's house, a girl is screaming and men are yelling, she's not answering her phone.
danger | run_on | i escaped from the house and i think they are driving around looking for me right now i see the car
danger | slang | yo they found where i'm staying, two guys in a truck out front rn
# --- hard negative: past danger, now safe
- | past | Years ago I was locked in a house by a man who brought me here. I'm safe now and I just want to talk to someone.
pv | past | He hit me last week but he's gone to his brother's now and I'm at my sister's, I'm safe.
# --- ransom
ransom | plain | The coyotes have my brother in a house in Texas and they want 5000 dollars before Friday or they won't let him go.
ransom | typo | they have my son and say send 3000 or we never see him
ransom | indirect | they won't release my wife until we pay the rest, they call every night
ransom| third_party | My friend's cousin is being held by the guys who crossed him, they sent a video and are asking for money.
# --- self harm
selfharm | plain | I can't do this anymore. I'm thinking about ending it.
selfharm | typo | i want to die, i have no way out of this place
selfharm | hesitant | sometimes i think it would be easier if i just didn't wake up
selfharm | short | i have the pills in my hand
# --- medical emergency
medical | plain | My coworker fell from the roof and he's not moving, there's blood.
medical | typo | my friend not breathing good after the heat in the field, she fall down
medical | plain | She took a lot of pills and I can't wake her up.
medical,s_lab | run_on | a guy at the plant cut his hand real bad on the line and the supervisor says no ambulance because no papers please what do i do
# --- minor
minor,sex | plain | My niece is 15 and a man is making her meet with men for money.
minor,s_lab,hours | plain | The farm has kids working in the fields, some look 12 or 13, from dawn to dark.
minor,s_lab | third_party | I teach 7th grade and one of my students says he works nights at a restaurant to pay his family's debt.
minor,sex | euphemism | she's a sophomore and the guy she calls her boyfriend has her "going on dates" with his friends
minor,beg,s_beg | plain | Two little kids are out begging at the light every day, a man collects the money.
minor | question | I'm 16, can I get help with rent if I left home?
minor | plain | My son is in 8th grade and he has a school project about human trafficking, where can he find statistics?
minor,dom | third_party | A 14-year-old girl lives with the family next door, she doesn't go to school and does all the housework.
# --- smuggling only
smug | plain | I paid a coyote to cross the border and now I'm in Houston with my aunt. I want to know about asylum.
smug | typo | we pay the guide 7000 to cross, we are here now, free, no problem with them
smug | plain | A smuggler brought me across last year, I paid everything before, I just need a lawyer.
# --- partner violence
pv | plain | My ex keeps threatening me by text. He doesn't know where I live now.
pv | typo | my husband beat me many times, i left him a month ago, i need a place for me and my kids
# --- homelessness
homeless | plain | No bed for me tonight, I'm in Vancouver and out of options.
homeless | typo | they kick me out the room, i sleep in the park since 3 days
homeless | short | need a shelter tonight, phoenix
# --- suspicious job offer
offer | plain | Someone on Facebook offered me a job in the US as a cleaner, they pay the flight but I must give them my passport when I arrive. Is this safe?
offer | question | An agency wants 2000 dollars upfront for a farm job in Canada and says I can pay the rest with my salary. Is it legit?
offer | plain | A woman I met online says she can get me modeling work in Miami, she will pay everything, I just have to trust her.
# --- info / greetings
- | short | hi
- | plain | Hello, what is this number for?
- | question | What are my rights as an H-2A worker?
- | question | how does the minimum wage work in Ontario
- | plain | Thank you for your help yesterday.
- | question | Do you have information in Spanish?
- | question | Where can I learn English for free in Houston?
- | plain | I watched a documentary about human trafficking and I want to volunteer. How can I help?
- | question | What's the difference between smuggling and trafficking? It's for my essay.
- | plain | Good morning, I need info about food banks near me.
"""

RECORDS = parse(DATA, "en", "en-1")
