"""English messages, batch B: Canada (TFW, caregivers), cleaning crews, construction,
au pairs, teens and more hard negatives."""
from common import parse

DATA = r"""
# --- Canada / TFW / caregivers
doc,s_lab | plain | I came on a work permit tied to one employer in Manitoba. He keeps my passport and my permit in his truck.
debt,tdebt,s_lab | plain | The consultant charged me 12,000 for the LMIA job offer and now my employer takes 500 from every cheque to "pay the consultant".
move,dom | plain | I'm a caregiver under the live-in program. My employer doesn't allow me outside except to take the kids to school.
wages,s_lab | typo | my employer in saskatchewan dont pay me since 2 month, he say the LMIA cost him too much so i work free
hours,dom | plain | The family I work for in Mississauga has me on call 24 hours, I sleep in the kids' room and get up every time the baby cries.
police,s_lab | plain | The farm owner in Leamington said if we complain to the consulate he'll send us back and we'll never be hired again.
decep,s_lab | plain | The job offer said greenhouse supervisor. I'm picking tomatoes and living with 14 guys in a trailer.
iso,s_lab | hesitant | we're on a farm somewhere in BC, i think near Kelowna? they don't let us use the wifi and the phones are locked in the office
dispute,s_lab | plain | I'm a TFW at a fast food place in Alberta. They didn't pay my stat holiday. I can go where I want, I just want my money.
s_lab | question | I work at a greenhouse on a closed work permit. Can I change employers if I find a better job?
- | question | What's the difference between an open work permit and an employer-specific one?
offer | plain | A guy on WhatsApp says he can get me an LMIA job in Canada for 15,000 dollars, half now and half when I arrive. Sounds sketchy?
# --- cleaning crews / construction
wages,s_lab | plain | I'm on a cleaning crew that does offices at night. The contractor hasn't paid us for three weeks and says the building owner didn't pay him.
move,s_lab | run_on | the cleaning boss picks us up at 6 and drops us back at midnight in the van and we sleep at his house and we cant go out cause he says immigration is watching the street
debt,s_lab | plain | The contractor says I owe him for the tools, the boots and the room. He takes it out of my pay and I never see any money.
viol,s_lab | typo | the foreman on the construction job kick me when i fall from the ladder, he say stupid get up
hours,s_lab | abbrev | roofing crew, 6am-9pm every day incl sundays, no breaks in the heat
medical,s_lab | plain | A man on our crew fell off the scaffolding, he's bleeding from his head and not talking.
dispute,s_lab | plain | My construction boss paid me in cash and short again. I don't live with him or anything, I just want to know if I can claim the difference.
s_lab | plain | I work construction in Dallas, what are the rules for breaks when it's over 100 degrees?
# --- nail salons
wages,s_lab | plain | At the salon the owner keeps our tips and pays us 40 dollars a day for 11 hours.
doc,s_lab | typo | owner of nail shop hold my passport, she say is for her insurance but i think is so i dont leave
debt,tdebt,s_lab | plain | I paid the salon owner 3000 to "train" me and bring me over, now she says I owe 8000 and she takes it from my pay.
move,s_lab | plain | The salon girls sleep upstairs and the owner's husband drives us to work and back, we're never alone outside.
vuln,s_lab | hesitant | she knows my english is bad and i can't read the forms so she tells me what i signed, i don't think it's true
# --- massage parlours (sex sector)
sex,move | plain | At the spa we have to give the men extras, we live in the back and the door is locked from outside at night.
sex,debt | euphemism | Mama-san says I have to do extras until my debt is paid. It's been a year and it keeps getting bigger.
sex,decep,tdebt | plain | They hired me as a massage therapist, paid my flight, and when I got to the parlour I found out what the real job was.
sex,doc | typo | the manager of the massage place have my passport, she say i can leave after i make enough clients
sex | third_party | A customer of mine at the laundromat, she works at the massage place next door, told me she has to "finish" the clients or the boss yells and takes her food.
s_sex | question | Is it true that massage parlours in my area get raided a lot? I'm writing an article for the school paper.
# --- restaurants
wages,s_lab | plain | I work in the kitchen of a sushi restaurant. The owner says he keeps my wages in his account so I don't spend them.
hours,s_lab | typo | restaurant 7 day a week, 13 hour, the boss say if i take day off i lose the job and the room
move,s_lab | plain | We sleep in the basement of the restaurant and the owner locks the back door at night.
threat,s_lab | plain | The restaurant owner told me his friends back in Fuzhou know my parents' address, so I better not leave.
dispute,s_lab | slang | manager at the diner stole my tips again smh, i quit, how do i get my last check
decep,s_lab | plain | The ad said cook, 20 an hour, room included. It's dishwashing, 8 an hour, and the "room" is a mattress in the storage room.
# --- meatpacking / poultry
hours,s_lab | plain | At the poultry plant they make us stay after the shift to clean, unpaid, every day. Sometimes 15 hours.
wages,debt,s_lab | run_on | at the meatpacking plant the labor contractor takes our checks and gives us cash minus rent minus transport minus the fee for the job and some weeks i get nothing
iso,s_lab | plain | The recruiter told us not to talk to anybody at the plant, not the nurse, not the union, or we'd be sent home.
vuln,s_lab | plain | They hired people who don't speak English on purpose so nobody understands the safety rules or the pay stubs.
dispute,s_lab | plain | The meat plant docked my pay for being late twice, I think it's more than allowed. I'm still working there.
# --- au pairs
dom,doc | plain | I'm an au pair. The host family took my passport "for safekeeping", I work 70 hours a week, and they said I'd be in trouble with the agency if I complain.
hours,dom | plain | My au pair contract says 45 hours max, I do almost 70 and no days off for six weeks.
iso,dom | typo | host mom took my phone because she said i use it too much with the kids, now i cant call my parents in colombia
decep,dom | plain | I came as an au pair to study English, but they don't let me go to classes and I clean their rental apartments too.
- | question | How many hours can an au pair work per week in the US?
- | plain | My host family is great, I just want to know if I can extend my au pair visa.
# --- farm / H-2A
doc,s_lab | no_accents | el contratista took the passports of all the H2A workers, he say for the bank account
tdebt,s_lab | plain | I paid a recruiter in Michoacán 2000 dollars for the H-2A visa even though I know it's supposed to be free.
hours,s_lab | plain | In the orchard we pick from 5 am until it's too dark to see. No rest day since the contract started.
iso,s_lab | plain | The farm is 40 minutes from any town, no bus, and the owner says we can't have visitors at the camp.
move,s_lab,police | typo | if we walk to town the boss call the sheriff and say we trespassing, so nobody go out
wages,s_lab | plain | The H-2A contract says 16.80 an hour. They pay by the bucket and it comes out to 8.
dispute,s_lab | plain | The grower didn't reimburse my inbound travel like the H-2A rules say. Otherwise everything is fine, I can go to town when I want.
s_lab | question | Do H-2A workers get paid for the days when it rains and we can't work?
# --- teens / minors
minor,sex | slang | my friend is 16 and this older guy buys her stuff and now he wants her to "hang out" with his friends for money
minor,sex | plain | There's a 15-year-old at my school whose "manager" books her with men from a website.
minor,s_lab,wages | plain | I'm 15 and I work at my uncle's store after school, he never pays me and says it's for the family debt.
minor,beg,s_crime | typo | im 14 and these guys make me hold stuff for them and watch for cops, if i say no they hit me
minor,s_lab | third_party | As a school nurse I saw a 13-year-old with cuts on his hands, he said he works in a packing shed every weekend until late.
minor,dom | plain | My cousin is 12 and lives with a family in Brooklyn who brought her from Haiti. She cleans all day and isn't enrolled in school.
minor,s_sex | question | i'm 17 and i do cam stuff online for money, is that illegal? nobody makes me
minor,danger | plain | My daughter is 14, she's not answering and her location shows a motel with some men she met online.
minor | plain | I'm in 10th grade and my parents kicked me out last night.
minor,homeless | hesitant | im 16 and i dont have anywhere to sleep tonight, i left home
minor | question | My 9th grader needs a source about child labour for her history paper, any reports you recommend?
minor,sex | third_party | A girl in my sophomore class says her cousin's boyfriend takes her to parties where she has to be with men and he keeps the money.
minor,beg,s_beg | plain | There's a boy about 10 selling candy on the subway every night until 1am and a man takes his money.
minor,s_lab,hours | slang | im 16 n work at the farm with my dad, we go like 12 hours in the sun, they dont care we kids
# --- forced crime / begging adults
beg,s_crime | plain | The people who brought me across say I have to drive cars with stuff hidden inside until I pay them back.
beg,s_crime,debt | typo | i owe them for the crossing so they make me sell in the street, weed and pills, i want to stop
beg,s_beg | plain | They bring a group of us to the mall parking lots to ask for money, we say we're collecting for a church, and the boss takes everything.
beg,s_crime | plain | My employer makes me use my name to open bank accounts and phone lines for him.
beg,s_crime | third_party | My coworker says the man she lives with makes her steal from stores and return the stuff for cash.
- | question | My nephew got arrested for shoplifting, what are his rights?
- | plain | I sell tamales on the street on my own, it's my own business. Do I need a permit?
# --- abduction / sale
sale | typo | they take my sister from the street and put her in a van, we dont know where she is
sale | plain | My father gave me to his friend to work off what he owed. I was 17 then, I'm 20 now.
sale | plain | The man who "bought" me from the recruiter says I belong to him until he decides.
sale,sex | plain | I was sold from one pimp to another and moved to a different city.
sale,minor | third_party | A student told me she was given to an older man by her stepfather for money.
# --- vulnerability
vuln,s_lab | plain | The boss says because I'm illegal I can't go to a hospital or a bank, so he keeps my money.
vuln | plain | They picked me because I'm alone here, no family, no English, and they know it.
vuln,debt | plain | He knows my family needs the money I send, so he threatens to stop paying and I keep doing the extra hours.
vuln,s_lab | hesitant | idk i think they take advantage bc i dont have papers, they pay me less than everybody
# --- isolation more
iso | plain | I don't even know the address of the house I work in. I was brought here at night.
iso | typo | they dont let us talk to nobody, not the neighbors, not the delivery guy
iso,dom | plain | My employer reads all my messages and says I can only call home once a month in front of her.
iso | third_party | My brother went to work in Oklahoma and now they don't let him call. His boss answers his phone.
# --- threats more
threat | plain | He showed me pictures of my kids' school back home to remind me what could happen.
threat,s_lab | typo | the boss say he gonna hurt me if i tell the inspectors the truth
threat | plain | They said that if I go to anybody, they'll find me wherever I go.
threat | indirect | he keeps saying accidents happen to people who talk too much
# --- police threats more
police | plain | She says the police here will arrest me, not her, because I'm the one without papers.
police,dom | plain | My employer tells me if I ask for my salary she'll call immigration and say I stole from her.
police | typo | boss say he have friend in ICE and one call i am gone
# --- deception more
decep | plain | They promised me a job in a hotel in Cancún... I mean that was the plan, but they brought me to a farm in Georgia instead.
decep | plain | The recruiter said housing was free. Now they take 120 a week for a bed in a room with eight people.
decep,s_lab | run_on | they said we would work in a factory making furniture but when we got there it was cutting meat and the pay was way less and we already signed
decep | hesitant | i think they lied to me about the job? they said caregiver for one old lady, now it's 3 houses
# --- excessive hours more
hours,s_lab | plain | I work in a laundry 6 days at 14 hours and the seventh day they make me clean the owner's house.
hours | typo | i work even when i am sick, the boss say no work no food
hours,s_lab | plain | During crab season they keep us on the boat working 20 hours straight.
# --- wages more
wages | plain | My employer says he sends my salary directly to my family but they tell me they never got anything.
wages | plain | They pay us only at the end of the season, until then we get 50 dollars a week for food.
wages,s_lab | abbrev | 4 months no $$, boss keeps saying nxt week
# --- violence more
viol | plain | The boss's son slapped me and pulled my hair because the floors weren't clean.
viol,sex | plain | The men who run the house hit us if we don't make enough money with the clients.
viol | typo | he burn my arm with the cigarette when i say i want go home
viol,s_lab | third_party | At the soup kitchen a guy told me the crew leader broke his finger to "teach him".
# --- debt more
debt | plain | My debt started at 2000 and now they say it's 9000 because of "interest" and "penalties".
debt | short | owe them 10k still. cant leave until paid
debt,s_lab | typo | i cant quit the farm, the boss say i owe for visa and flight and food, and it go up every month
debt | third_party | A lady at church says her daughter works in a bar to pay off what the people who brought her say she owes, and it never gets smaller.
# --- restriction more
move | plain | We can only go out on Sunday, with the boss, for one hour to buy groceries.
move | typo | the windows have bars and they lock the door from outside
move,s_lab | plain | The company keeps a guard at the gate of the housing and we need a pass to go out, which they never give.
move | slang | bro i literally cant leave, they got my shoes locked up so i dont run lol not even joking
# --- danger now more
danger | plain | I'm in the bathroom, he's drunk and has a knife and says he's going to kill me.
danger | typo | please help they broke the door they are inside
danger | plain | The boss just found out I called you and he's driving here now.
danger | hesitant | i think someone is following me since i left the house... it's the same car for 20 min
danger,minor | third_party | I'm a teacher, one of my 6th graders just texted that a man is trying to get into her apartment and her mom isn't home.
danger | short | he's here. help
danger | caps | PLEASE SEND SOMEONE THEY ARE HITTING HER RIGHT NOW
# --- ransom more
ransom | plain | They called my mom and said my brother is with them and if we don't send 4000 by Western Union he won't make it.
ransom | typo | the men have my husband in a house near the border, they want 8000 to let him go
ransom | plain | They are holding my cousin until his family pays for the "extra" part of the trip.
ransom | third_party | A woman at the clinic said her son is being held in Arizona and the people want money or they'll hurt him.
# --- self harm more
selfharm | plain | I cut myself again tonight, I don't see any point anymore.
selfharm | typo | i think to jump from the bridge, nobody will miss me
selfharm | plain | My roommate says she's going to kill herself and she won't open the door.
selfharm | no_accents | i dont want to live, this job this debt, i rather be dead
# --- medical more
medical | plain | My friend is having a seizure on the floor and nobody here has a car.
medical | typo | he drink the chemical from the farm by accident and now he vomit blood
medical | plain | A girl here is bleeding a lot after an abortion they did in the house.
medical | short | man unconscious in the field heat stroke
# --- hard negatives (mixed)
- | plain | I saw a movie about trafficking last night and it made me think about my own job, but honestly my boss is fine.
- | question | What does "debt bondage" mean? I saw it in a news article.
- | plain | My employer holds my work uniform and my locker key, is that normal?
- | plain | I work long hours sometimes during the holidays but I get paid overtime.
- | plain | My landlord locks the building door at 11pm for security, but we all have keys.
- | question | Can my boss make me work on Sundays if it's in my contract?
- | plain | My employer pays me every Friday, on time, I just want to know about taxes.
- | plain | I went to the police myself to report a stolen bike, how do I follow up?
- | question | Are there free English classes for farmworkers in Yakima?
- | plain | My sister came here legally as a nurse and she's doing great. I want to do the same.
- | plain | They didn't threaten me or anything, I just want to change jobs because I'm bored.
- | plain | Nobody is holding my passport, it's in my drawer, it just expires in May.
- | question | My kid's school is doing a fundraiser for an anti-trafficking charity. Is your organisation a charity?
- | plain | I gave my employer a copy of my ID for payroll, he didn't keep the original.
- | plain | We're free to leave the housing whenever we want, but the bus only comes twice a day. Is there a ride service?
- | question | my manager texts me after hours a lot, is that harassment?
- | plain | I'm a nurse and I want training on how to spot trafficking victims in the ER.
- | plain | Hi I'm just testing this number
- | plain | ok thanks bye
- | question | can i get help with my taxes here?
- | plain | I'd like to donate clothes to migrants, where can I drop them?
- | question | Is Uber driving a good job for someone new in Canada?
- | plain | my boss is strict but fair, he pays on time and we get sundays off
- | plain | My cousin owes money to the bank for his truck. He's stressed but that's all.
- | question | is trafficking the same as kidnapping? asking for a debate in class
- | plain | The recruiter told me the visa fee is paid by the employer and I checked with the consulate, it's true.
- | plain | I used to work on a farm where they kept our passports, that was 10 years ago in another country, now I'm a citizen and I help others.
s_lab | plain | I work on a dairy farm in Wisconsin, we get paid every two weeks, I want to ask about health insurance.
s_lab | plain | I clean houses for three families, they pay me well. Do I need to pay taxes on cash?
dispute | plain | My manager yelled at me today and I want to file a complaint with HR. I'm not in danger.
smug | plain | I crossed with a coyote two years ago, paid him in full, and I've been working normally since.
smug | typo | we come with a guide through the desert, pay before, now we in phoenix with family, we want asylum info
smug | hesitant | the person who helped us cross is asking for more money but we don't owe him anything and we're far away now, should I worry?
homeless | plain | My shelter bed ends tomorrow and I don't have anywhere to go.
homeless | typo | me and my son sleep in the car since 2 weeks, we need help
homeless | plain | The farm season ended and they kicked us out of the housing. We're sleeping at the bus station.
pv | plain | My girlfriend's ex keeps sending threats, he used to hit her, she's staying with me now.
pv | typo | my wife husband... i mean my husband he hit me before, now he in other state, i want divorce
offer | plain | I saw an ad: "Girls 18-25, hostess work in Las Vegas, 5000/week, travel paid, no experience". Is that real?
offer | typo | a lady say she can bring me to usa for cleaning job but i need to give her my passport before and pay later from salary
offer | plain | Someone wants to hire my 19-year-old daughter as a nanny in Texas and keep her passport "for the visa process". Should we worry?
offer | question | is it normal that a farm recruiter asks 3000 up front and says we will live in the farm and not go out?
"""

RECORDS = parse(DATA, "en", "en-1")
