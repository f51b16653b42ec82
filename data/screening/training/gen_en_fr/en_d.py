"""English messages, batch D: the immediate classes (danger now, ransom, self-harm, medical
emergency) in many voices, and their look-alikes (past danger, figures of speech)."""
from common import parse

DATA = r"""
# --- danger now
danger | plain | Someone is trying to open my window right now. I'm alone with my baby.
danger | typo | the boss is coming with 2 men to the trailer he say he gonna teach me a lesson, they here in 5 min
danger | hesitant | sorry to bother, there's a car parked outside for an hour and it's the same guys from the club. i'm scared to go out
danger | run_on | i ran from the house this morning and they just called saying they know im at the walmart and theyre coming to get me back
danger | slang | yo he pulled a gun on me at the job site, im hiding behind the dumpster rn
danger | plain | I'm hiding in a closet at the restaurant, the owner is looking for me and he's furious.
danger | short | they know where i am. coming now
danger | plain | I'm in a locked room in a motel and I can hear them arguing about what to do with me.
danger | typo | he lock me in the basement and go to get his brothers, i hear the car leave
danger | abbrev | need help asap, guy following me home from the bus stop, 3rd block now
danger | caps | HE IS BREAKING THE DOOR
danger | plain | The man who brought us just said tonight someone will "disappear". We're locked in the house.
danger | third_party | I work at a gas station. A girl just ran in crying saying men are chasing her and they're parked outside.
danger | third_party | My friend texted me "help" and her location, it's a house where a guy keeps girls. She's not answering now.
danger | plain | There is a man at my door with a bat telling me to come out, he's from the company.
danger | code_switch | ayuda please, they are outside the house with knives, estoy escondida en el baño
danger | story | I escaped an hour ago from the farm through the back field. I'm hiding under a bridge near the highway and I can see their truck going up and down.
danger | plain | They're moving us tonight to another city and I heard them say the ones who talk will be "taken care of".
danger | emoji | help 😭😭 he's outside my room with a knife
danger | typo | pls they are hitting my friend in the other room i can hear him scream
danger | third_party | Neighbour here: there's a boy tied up on the balcony of the apartment next door and a man yelling at him.
danger | hesitant | i don't know if this is an emergency but the guy who says i owe him just showed up at my new job and said i have till tonight
danger | plain | I'm in the back of a truck, they took my phone but I have a second one, I don't know where they're taking us.
danger | plain | My roommate and I are barricaded in the bedroom, the landlord's men are in the apartment.
danger | no_accents | they found me at the shelter door, they waiting outside, please send someone
danger | slang | these dudes surrounded my car at the light n they got bats, i cant drive off
danger | plain | The manager just said anyone who tries to leave tonight gets shot. He has a gun on the table.
danger,minor | plain | My daughter is 13, a man is outside her school right now telling her to get in his car, she's hiding in the office.
danger | plain | Please, he just hit me and he went to get something from the car, I'm hiding in the kitchen.
danger | run_on | the people i owe found my address and theyre knocking and yelling my name and my kids are here
danger | third_party | As a taxi driver, I just dropped off a girl who whispered "help me" and the man with her is pulling her inside a motel now.
# --- hard negatives for danger
- | past | Two years ago they came to my door with guns. I moved to another state and I'm fine now.
- | plain | I was followed home once last month but it turned out to be my neighbour. I just want safety tips.
- | plain | This job is killing me lol, the hours are long but I'm fine.
- | question | what should I do if someone follows me? asking in general
- | plain | I watched a scary movie where a girl gets locked in a basement, couldn't sleep.
- | plain | My alarm went off and scared me, it was just the wind.
pv | past | My ex broke down my door last year. He's in jail now. I need help with a restraining order renewal.
- | plain | Someone knocked on my door at 2am but it was the wrong apartment. Is there a number to call for advice?
- | question | How do I lock my doors better? My area isn't safe.
- | past | I used to hide from my employer when he was drunk. That's over, I left in 2022.
# --- ransom
ransom | plain | They sent a photo of my brother with his hands tied and say we have to pay 10,000 or we won't see him again.
ransom | typo | the coyote say my daughter is in a safe house and we must send 4000 more or they dont let her continue
ransom | hesitant | they're holding my dad in some house near the border, the man on the phone says send money today or else
ransom | plain | The smugglers are keeping my husband in a stash house in Houston until we pay another 3000.
ransom | run_on | my nephew crossed last week and now they call us from his phone saying he owes 5000 and they have him locked up and we have till sunday
ransom | short | they kidnapped my son. want money
ransom | third_party | A woman at our church is getting calls that her sister is being held and they want 7000 by Western Union.
ransom | plain | The guide left my cousin with other men who say she can go when we transfer the money. They let her talk for 10 seconds.
ransom | code_switch | secuestraron a mi hermano in Arizona, they want 6000 dollars para soltarlo
ransom | plain | They won't let my wife out of the house until we send the "rest of the payment", which wasn't part of the deal.
ransom | slang | some guys snatched my cousin n want 3 bands or they say hes done
ransom | plain | My son's phone called me and a man said: pay 2000 tomorrow or your boy doesn't come home.
ransom | typo | they have 15 people in a house in mcallen including my brother and they ask each family for money
ransom | past | Last month they held my uncle for money and we paid. Now they're asking again and holding his friend.
ransom | plain | The people who brought my daughter say they'll keep her until we pay double what we agreed.
ransom | third_party | I'm a social worker. A client's son is being held in a warehouse in El Paso and they sent her a video demanding money.
ransom | plain | They said they'll sell my sister to someone else if we don't pay by the weekend.
ransom | indirect | they keep saying "no money, no brother". what do we do
ransom | plain | My father is being held by the people who were supposed to bring him to the US. They want 9000 and they hit him on the video call.
ransom | caps | THEY HAVE MY DAUGHTER AND WANT MONEY TODAY
ransom,minor | plain | My 15-year-old went with a smuggler and now they say she's staying with them until we pay more.
ransom | hesitant | is it a scam? a man says he has my cousin and i have to pay. my cousin really is missing since tuesday
# --- hard negatives for ransom
- | question | What is ransomware? My company got hacked.
- | plain | I watched a movie about a kidnapping for ransom, is that common in Mexico? just curious
smug | plain | My brother is with the smuggler's group but they're just waiting for the weather, we paid already and nobody asked for more.
- | question | I got a text saying my son was kidnapped but he's right here with me, it was a scam. Should I report the number?
- | plain | My brother was kidnapped years ago in Honduras, he's fine now and lives with me.
# --- self-harm
selfharm | plain | I've been thinking about ending my life since they took my papers.
selfharm | typo | i dont wanna be alive no more, i think about it every night
selfharm | hesitant | i've been cutting again. i'm not going to do anything worse. i think
selfharm | plain | I wrote a letter to my kids. I don't want to be here tomorrow.
selfharm | slang | honestly im done w life, been lookin at the train tracks all day
selfharm | run_on | i owe so much and they keep saying my family will pay if i leave so maybe its better if i just kill myself then nobody has to pay
selfharm | plain | I have a rope in my room and I keep looking at it.
selfharm | third_party | My coworker at the farm said he's going to drink the pesticide tonight, he's been talking about it for days.
selfharm | third_party | Teacher here, a student wrote in her journal that she wants to die and has pills hidden at home.
selfharm | short | i want to disappear forever
selfharm | plain | I took a handful of my sleeping pills a few minutes ago. I don't know why I'm texting.
selfharm | emoji | i cant anymore 💔 i'm going to end it tonight
selfharm | no_accents | sometimes i think to throw myself in front of a car, it would be easier
selfharm | plain | Nobody would notice if I was gone. I've been planning how.
selfharm,minor | typo | im 13 and i hurt myself on purpose, i dont want to live
selfharm | past | Last night I tried to hang myself but the rope broke. I'm still thinking about it.
selfharm | hesitant | can i talk to someone? i keep thinking about dying and it scares me
selfharm | plain | My friend posted a goodbye message and isn't answering, she's said she'd kill herself before.
# --- hard negatives for self-harm
- | plain | I'm dying to get a day off lol
- | plain | I'm so tired I could die, but I'm just venting, I'm fine.
- | question | My class is doing a presentation on suicide prevention, what resources can we share?
- | plain | I was depressed last year and got help. I'm doing much better now, thanks.
- | plain | "Kill it" at the interview, that's what my friend told me. I got the job!
- | question | where can I find a therapist who speaks Tagalog?
# --- medical emergency
medical | plain | My friend collapsed in the field and isn't breathing, what do I do?
medical | typo | he fall from the truck and his leg is broken bone out and he bleeding a lot
medical | plain | A woman here took too many pills and she's not responding, her lips are blue.
medical | run_on | my coworker at the plant got his arm caught in the machine and theres blood everywhere and the boss says dont call 911
medical | short | shes bleeding bad. not waking up
medical | plain | My wife is pregnant and bleeding heavily, we have no car and no papers.
medical | third_party | I'm at the migrant shelter, a man came in with a fever of 41 and now he's shaking and can't talk.
medical | slang | my boy OD'd, hes not breathing right, we got no narcan
medical | plain | He got stabbed in the side at the job site and he's losing a lot of blood.
medical | typo | the baby not breathing good and his lips are purple please
medical | no_accents | my friend drink a lot of alcohol and now she dont wake up and vomit
medical | plain | One of the guys fainted in the greenhouse, it's 40 degrees in there, he's not responding.
medical | hesitant | i think my roommate is having a stroke? half his face is falling and he can't talk properly
medical | caps | MY FRIEND IS BLEEDING FROM THE HEAD SEND AMBULANCE
medical | plain | The girl they beat last night is throwing up and can't stand, they won't take her to a doctor.
medical | third_party | Pastor here, a man just showed up at the church with a deep cut on his hand from the meat plant, he's pale and dizzy and bleeding through the towel.
medical | plain | She's having a severe allergic reaction, her throat is closing and we don't have an epipen.
medical | run_on | a worker fell in the silo and we pulled him out but he is not breathing properly and the farmer is not here
medical | code_switch | mi compañero got burned with hot oil in the kitchen, his whole arm, esta gritando
medical | plain | My cousin got hit by a car on the way to work and he's lying on the road not moving.
# --- hard negatives for medical
- | question | Where can I get a free flu shot?
- | plain | I cut my finger at work last week, it's healing fine, but who pays the clinic bill?
- | plain | I have a toothache for two days, is there a free dentist for migrants?
- | question | my back hurts from picking, any free clinic in Salinas?
- | plain | My friend fainted at work yesterday from the heat, she's okay now, is the company supposed to give water breaks?
- | question | How do I get health insurance as a farmworker?
- | plain | My daughter has a fever but she's eating and playing, which clinic is open on Sunday?
"""

RECORDS = parse(DATA, "en", "en-1")
