"""English composed messages: hand-written openers, clauses and closers (first person and
third party) joined into 2-4 sentence messages. See combo.py."""
from __future__ import annotations

import random
import re

import sys

from combo import build_messages, pool

# ---- first-person openers: context | labels | style | text
OPEN1 = pool(r"""
lab | s_lab | plain | I work on a tomato farm in Immokalee on an H-2A visa
lab | s_lab | typo | i work in a chicken plant in arkansas since march
lab | s_lab | plain | I came to North Carolina to pick tobacco
lab | s_lab | plain | I'm on a construction crew in Houston
lab | s_lab | hesitant | so um i work at a restaurant in queens, in the kitchen
lab | s_lab | plain | I work at a nail salon in New Jersey
lab | s_lab | slang | been workin at this car wash in LA for like 6 months
lab | s_lab | plain | I'm a temporary foreign worker at a greenhouse in Ontario
lab | s_lab | typo | i am working in a meat plant in nebraska, cutting line
lab | s_lab | plain | I clean offices at night for a cleaning contractor in Chicago
lab | s_lab | plain | I work in a fish processing plant in Alaska for the summer
lab | s_lab | no_accents | trabajo en un rancho in California, picking strawberries
lab | s_lab | plain | I work at a dairy in Idaho
lab | s_lab | typo | me and 10 other guys work for a roofing company in atlanta
lab | s_lab | plain | I came from Jamaica with the seasonal program to work on an apple orchard
lab | s_lab | plain | I'm a cook at a buffet in Virginia and I live above it
lab | s_lab | hesitant | hi, sorry for my english, i work in a factory making clothes in los angeles
lab | s_lab | plain | I work in landscaping in Maryland with a crew of Guatemalan guys
lab | s_lab | plain | I'm a welder on an H-2B visa in Louisiana
lab | s_lab | typo | i work in hotel cleaning rooms in orlando, the agency put me there
lab | s_lab | plain | I work at a mushroom farm in Pennsylvania
lab | s_lab | slang | i do drywall for this contractor in vegas
lab | s_lab | plain | I'm on a fishing boat out of New Bedford
lab | s_lab | plain | I came to Saskatchewan on a work permit for a hog farm
lab | s_lab | typo | im in a bakery in toronto, they bring me from mexico
lab | s_lab | plain | I work at a warehouse outside Dallas through a temp agency
lab | - | hesitant | I'm not sure who to ask about my job
lab | - | plain | I came here for work six months ago
any | - | plain | Hi, I need some advice
any | - | typo | hello pls i need help
any | - | hesitant | i don't really know how to explain this
any | - | plain | Sorry for writing so late
any | - | short | hi
any | - | slang | ok so idk if this is the right place
any | - | plain | Someone gave me this number
any | - | typo | sorry my english not good
dom | s_lab | plain | I'm a live-in nanny for a family in Westchester
dom | s_lab | typo | i work as maid in a big house in miami, i live there
dom | s_lab | plain | I'm an au pair in Virginia
dom | s_lab | plain | I take care of an elderly lady in Vancouver and live in her home
dom | s_lab | hesitant | i'm a housekeeper for a family, i sleep at their place
dom | s_lab | plain | I came from the Philippines as a caregiver and live with my employer
sex | s_sex | plain | I work at a massage parlour in Flushing
sex | s_sex | euphemism | I'm a "hostess" at a karaoke bar
sex | s_sex | plain | I dance at a club in Houston
sex | s_sex | typo | i work in a spa, the kind with men clients at night
sex | s_sex | slang | this dude i was seeing put me in "the life"
sex | - | hesitant | i met a guy online who said he'd take care of me
sex | s_sex | plain | I'm at a cantina in Texas, I'm supposed to serve drinks
sex | - | plain | A woman brought me from Mexico with a promise of a waitress job
""", with_style=True)

# ---- first-person clauses: context | labels | text
CL1 = pool(r"""
any | doc | the boss took my passport the first day and won't give it back
any | doc | they keep my ID and my visa in the office and say it's for safety
any | doc | my passport is with the supervisor and every time I ask he laughs
lab | doc | the contractor collected our passports at the airport
any | doc | she holds my papers and says I'll get them when the contract ends
any | doc | I don't have my passport anymore, the manager has it locked up
any | doc | they made us hand over our documents "for the paperwork" and never gave them back
sex | doc | the owner keeps all the girls' passports in her safe
dom | doc | my employer put my passport in her drawer and locked it
any | doc | he tore up my work permit in front of me and kept my passport
any | doc,move | without my papers I can't go anywhere, and they know it
lab | doc | the crew leader has our passports and our bank cards
any | debt | they say I owe them money and it keeps growing every month
any | debt | I can't leave until I pay the debt, but they keep adding things
lab | debt | they charge us for the bed, food and transport, so I never finish paying
any | debt,tdebt | I owe them for the trip and the visa and they add interest every week
any | debt | every time I think the debt is almost paid they find a new charge
sex | debt | she says I owe her for the clothes and the room and I pay it with clients
lab | debt | the boss lends us money for food and then takes double from the paycheck
any | debt | they say I have to keep working for free until my debt is zero
any | debt,tdebt | the recruiter says I still owe 6000 for bringing me and I have to work it off
dom | debt | the family says my plane ticket and my food are a debt I have to work off
any | tdebt | I paid a recruiter back home 3000 for this job
any | tdebt | I still owe my cousin for the plane ticket
lab | tdebt | the agency charged us a fee for the visa and the flight
any | move | they don't let me go out alone
any | move | the door is locked from outside at night
lab | move | we live in a trailer on the farm and we can't leave the property
any | move | someone always comes with me, even to the store
lab | move | they drive us from the housing to work and back and we never go anywhere else
sex | move | we live in the back of the place and we can't go out
dom | move | I'm only allowed out with the family, never by myself
any | move | there's a guy watching the house day and night
any | move | they say if I leave the house without permission I'll be punished
any | iso | they took my phone
any | iso | I'm not allowed to talk to my family
any | iso | I don't even know the address where I am
lab | iso | we can't talk to anybody from outside the farm
any | iso | they only let me call home once a month with them listening
sex | iso | the phone they gave me only has the boss's number
dom | iso | my employer reads my messages and took my SIM card
any | viol | the boss hits us when we are slow
any | viol | he slapped me and pushed me to the ground last week
lab | viol | the foreman kicked a guy who asked for water
sex | viol | the man who runs the place beats us if we don't make enough
dom | viol | the father of the house comes into my room at night and forces himself on me
any | viol | they beat me when I asked to leave
any | threat | he says he'll hurt my family back home if I run away
any | threat | they know where my parents live and they remind me every day
any | threat | she said I'll regret it if I talk to anybody
sex | threat | he says he'll send my pictures to my family if I stop
any | threat | they said my kids in Honduras could have an accident
any | police | the boss keeps saying one complaint and he phones immigration on me
any | police | they say the police will arrest me, not them, because I have no papers
lab | police | the supervisor threatens to report us to ICE if we go to the labour office
any | police | she says one call and I'm deported
dom | police | my employer says she'll tell immigration I stole from her
any | wages | they haven't paid me in two months
any | wages | they keep my money "safe" for me and say I'll get it at the end
lab | wages | they promised 15 an hour and pay me 300 a week for 70 hours
any | wages | my pay goes straight to the man who brought me here
lab | wages | after they take rent and food out, I get almost nothing
dom | wages | they said my salary would go to my family but nobody got anything
sex | wages | the manager keeps all the money the clients pay
any | hours | I work 15 hours a day with no day off
lab | hours | we work seven days a week from sunrise until dark
any | hours | even when I was sick with fever they made me work
dom | hours | I work from 5am until midnight every day, no day off in months
lab | hours | they make us do double shifts almost every day
any | decep | the job is not what they promised at all
any | decep | they said it was a hotel job but it's completely different
lab | decep | the contract said 18 dollars but here they pay half
any | decep | they lied about the pay, the place and the housing
dom | decep | they said I'd study English but I just clean all day
sex | decep,sex | they said I'd be a waitress but now I have to go with the customers
sex | sex | the owner makes us do extras with the clients
sex | sex | they make me see men every night and I can't say no
sex | sex | I have to go on "dates" and give all the money to him
sex | sex | he sets up the clients and I can't refuse
sex | sex | I'm supposed to "be nice to the customers" in the private rooms
sex | sex | if I don't do full service the mama-san takes my food
any | beg,s_crime | they make me carry packages and I think it's drugs
any | beg,s_crime | they force me to sell drugs to pay what I owe
any | beg,s_beg | they drop me at a corner to beg every day and take the money
any | beg,s_crime | they make me steal from stores for them
any | vuln | they know I have no papers so they do what they want
any | vuln | they take advantage because I don't speak English
any | vuln | they know I have nobody here and no money to go back
dom | dom | I'm not paid, I can't go out and I work for the whole family every day
dom | dom | I sleep on the floor of the laundry room and I never get a day off
any | sale | the man who brought me says he bought me from the recruiter
any | sale | they passed me to another boss for money
""")

# ---- immediate-safety clauses (follow an opener and maybe a clause)
IMM1 = pool(r"""
any | danger | right now he is outside my door yelling
any | danger | they are coming to get me, I can see the car
any | danger | I ran away and I'm hiding, they are looking for me right now
any | danger | he's here with a gun and I'm locked in the bathroom
any | danger | they locked me in a room and said they'll be back tonight
any | danger | I'm hiding behind the building and they are walking around
any | danger | they just said whoever talks tonight won't see tomorrow
any | danger | somebody is following me right now since I left
any | selfharm | I don't want to live anymore
any | selfharm | I've been thinking of killing myself
any | selfharm | I have pills and I'm thinking of taking them all
any | selfharm | sometimes I want to jump from the roof to stop all this
any | medical | my friend here is bleeding a lot and not waking up
any | medical | a guy just collapsed from the heat and isn't breathing well
any | medical | my coworker cut his hand on the machine and there's blood everywhere
any | medical | she took too many pills and I can't wake her
any | ransom | now they have my brother and want 5000 to let him go
any | ransom | they're holding my cousin and say pay or we won't see him
""")

# ---- hard-negative clauses (same topics, no indicator)
NEG1 = pool(r"""
any | - | I have my passport with me, nobody took it
any | - | they made a copy of my ID and gave it back
any | - | I can leave whenever I want, I go to town on weekends
any | - | they pay me every Friday, on time
any | - | I live in my own apartment
any | - | my boss is fair, I just want to know my rights
any | - | I don't owe anybody anything
any | - | I talk to my family every night
lab | - | we get a day off every week
lab | - | the hours are long but they pay overtime
any | - | nobody has threatened me
any | - | I want to learn about taxes for my income
any | - | my contract says 40 hours and it's true
any | - | I lost my passport on the train and need a new one
any | - | I'm thinking about changing jobs because I want more money
any | - | I just want to know how to send money home cheaper
lab | - | the housing is free and the owner lets us use the van on Sundays
any | - | my visa expires soon and I want to renew it
any | - | I'd like to learn English, are there free classes?
sex | - | I keep my money and work when I want
sex | - | nobody makes me do anything, I just want free health checks
dom | - | the family treats me well and I have Sundays off
dom | - | I have my own room with a lock and my passport is in it
""")

# ---- refer-level needs (no trafficking indicator), first person
NEED1 = pool(r"""
any | homeless | tonight I don't have a bed anywhere
any | homeless | I've been sleeping in the park for a few days
any | homeless | the shelter is full and I'm outside with my bags
any | homeless | my landlord threw me out and I have no place to go
any | homeless | since last week my car is where I sleep
any | pv | my husband hit me last week but he's away now
any | pv | my boyfriend beat me before, I left and I'm at a friend's place
any | pv | my ex keeps threatening me by text, he doesn't know where I live
any | pv | my partner pushed me and broke my phone on Sunday, I'm at my sister's now
any | offer | a man online offered me a job abroad if I give him my passport first, I haven't said yes
any | offer | an agency wants 4000 upfront for a job in Canada and says I'll pay the rest from my salary
any | offer | someone offered me "hostess" work in another city with everything paid, it sounds strange
any | offer | a recruiter says I can't leave the job for two years or pay a penalty, I haven't signed
any | dispute | my last job didn't pay my final two weeks, I quit already
any | dispute | they didn't pay my overtime but I'm free to go, I just want my money
any | smug | the coyote got paid in full, I live with my family now and nobody holds me
any | smug | we came with a smuggler, paid in full, nobody is holding us
""")

CLOSE1 = pool(r"""
any | - | what can I do?
any | - | please help me
any | - | I'm scared
any | - | I don't want police please
any | - | is this legal?
any | - | can someone call me back at 555-0142?
any | - | I have no idea what to do anymore
any | - | please don't tell anybody I wrote
any | - | what are my options?
any | - | can you help me without papers?
any | - | thank you
""")

# ---- third-party openers: context:gender | labels | style | text
OPEN3 = pool(r"""
lab:f | s_lab | third_party | My neighbour works at a nail salon downtown
lab:m | s_lab | third_party | I'm a pastor and a man from our church works at a meat plant
lab:m | s_lab | third_party | My cousin came to work on a farm in Georgia
lab:f | s_lab | third_party | A woman who comes to our food bank works at a hotel laundry
lab:m | s_lab | third_party | I'm a nurse, a patient of mine works on a construction crew
lab:m | s_lab | third_party | My brother works in a restaurant kitchen in Boston
lab:f | s_lab | third_party | My sister got a job in a garment factory in LA
lab:m | s_lab | third_party | One of the guys who buys lunch at my truck works at the poultry plant
lab:f | s_lab | third_party | A friend from church cleans offices for a contractor
lab:m | s_lab | third_party | I'm an ESL teacher and one of my adult students works at a greenhouse
dom:f | s_lab | third_party | The woman who works for the family next door lives with them
dom:f | s_lab | third_party | My aunt is a live-in caregiver in Toronto
dom:f | s_lab | third_party | A young au pair I met at the park told me about her host family
dom:f | s_lab | third_party | I'm a social worker; a client is a live-in housekeeper
sex:f | s_sex | third_party | A girl I know works at a massage place on Main
sex:f | s_sex | third_party | My friend started dancing at a club in Miami
sex:f | - | third_party | My cousin went with a guy who promised her a job in the city
sex:f | s_sex | third_party | I'm a motel clerk and there's a young woman here with a man who books the rooms
any:m | - | third_party | My friend texted me about his situation
any:f | - | third_party | A woman at our shelter told me her story
any:f | - | third_party | I'm worried about my sister
any:m | - | third_party | I'm a priest and a man came to confession very scared
""", with_style=True)

OPEN3_MINOR = pool(r"""
lab:m | minor,s_lab | third_party | My nephew is 15 and works on a farm
lab:f | minor,s_lab | third_party | I teach 8th grade and one of my students works at her aunt's restaurant
lab:m | minor,s_lab | third_party | The boy next door, he's maybe 13, works at a car wash
lab:f | minor,s_lab | third_party | My niece, she's 16, works in a clothing factory
lab:m | minor,s_lab | third_party | I'm a school counsellor, a sophomore told me he works at a packing house
lab:m | minor,s_lab | third_party | A 14-year-old from my church works on a roofing crew
dom:f | minor,s_lab | third_party | A 15-year-old girl lives with the family across the street as their maid
dom:f | minor,s_lab | third_party | My cousin is 12 and was sent to live with a family to clean their house
sex:f | minor,s_sex | third_party | A 16-year-old girl I mentor is working at a "spa"
sex:f | minor | third_party | My daughter is 15 and has a much older "boyfriend"
sex:f | minor,sex | third_party | A 9th grader at our school goes out with men her cousin arranges
any:m | minor | third_party | My student in 7th grade told me something worrying
any:f | minor | third_party | My little sister is 14
""", with_style=True)

CL3 = pool(r"""
any | doc | the boss keeps {his} passport and won't give it back
any | doc | they took {his} ID the first day
dom | doc | the employer locked {his} passport in a drawer
sex | doc | the owner holds {his} passport
any | debt | they say {he} owes them and the debt keeps going up
lab | debt | they take rent and food from {his} pay so {he} always owes more
sex | debt | the man says {he} has to pay back the trip with clients
any | move | {he} can't go out alone, someone always watches
any | move | they lock the door at night so {he} can't leave
lab | move | {he} lives at the worksite and isn't allowed to leave
any | iso | they took {his} phone and {he} can't call home
any | iso | {he} isn't allowed to talk to anyone outside
any | viol | the boss hits {him}
sex | viol | the man beats {him} if {he} doesn't bring enough money
any | threat | they threatened {his} family back home
any | police | they tell {him} they'll call immigration if {he} complains
any | wages | {he} hasn't been paid in months
any | wages | the boss keeps {his} pay and says it's "saved"
any | hours | {he} works from early morning to midnight every day
lab | hours | {he} never gets a day off, not even when sick
any | decep | the job is nothing like what they promised {him}
sex | sex | {he} has to see clients and the man keeps the money
sex | sex | they make {him} go on "dates" with older men
sex | sex | {he} is forced to do extras with the customers
dom | dom | {he} works all day every day, isn't paid and can't leave the house
dom | dom | {he} sleeps in the basement and never gets a day off
any | beg,s_crime | they make {him} sell drugs
any | beg,s_beg | they make {him} beg at the intersection and take the money
any | vuln | they take advantage because {he} has no papers
any | sale | {he} says {he} was sold to the man {he} works for
""")

IMM3 = pool(r"""
any | danger | {he} just texted me that they're looking for {him} and {he}'s hiding
any | danger | right now {he} is locked in and they said they'll come back
any | danger | {he} called me crying that a man is outside {his} door with a knife
any | selfharm | {he} told me {he} wants to kill {him}self
any | medical | {he} is bleeding and they won't take {him} to a hospital
any | ransom | now they're holding {him} and asking {his} family for money
""")

NEG3 = pool(r"""
any | - | {he} has {his} passport and goes out when {he} wants
any | - | {he} gets paid every week and seems happy
any | - | nobody is forcing {him}, {he} just wants information
any | - | {he} asked me where to find English classes
any | - | {he} wants to know about health insurance
any | - | {he} lives with us and is free to change jobs
""")

CLOSE3 = pool(r"""
any | - | how can I help {him}?
any | - | what should I do?
any | - | I don't want to make it worse for {him}
any | - | is there someone who speaks Spanish who can talk to {him}?
any | - | {he} doesn't want the police involved
""")

# ---- phone-typing noise, applied to some composed messages
ABBREV = [(r"\byou\b", "u"), (r"\bare\b", "r"), (r"\bplease\b", "pls"), (r"\bbecause\b", "bc"),
          (r"\bwith\b", "w"), (r"\bdon't\b", "dont"), (r"\bI'm\b", "im"), (r"\bcan't\b", "cant"),
          (r"\bwon't\b", "wont"), (r"\bthey're\b", "theyre"), (r"\bdoesn't\b", "doesnt"),
          (r"\bright now\b", "rn"), (r"\bokay\b", "ok"), (r"\bpeople\b", "ppl")]


def phone_typed(text: str, rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.4:
        for pat, rep in ABBREV:
            text = re.sub(pat, rep, text, flags=re.I)
        return text.lower(), "abbrev"
    if roll < 0.75:
        words = text.lower().replace("'", "").split()
        for i, w in enumerate(words):
            if len(w) > 5 and rng.random() < 0.12:
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        return " ".join(words).rstrip("."), "typo"
    return text.upper() if len(text) < 90 else text.lower(), "caps" if len(text) < 90 else "short"


CONFLICT = {"passport": "document_confiscation", "id": "document_confiscation",
            "leave": "restriction_of_movement", "town": "restriction_of_movement",
            "free": "restriction_of_movement", "goes out": "restriction_of_movement",
            "pay": "withheld_wages", "paid": "withheld_wages", "owe": "debt_bondage",
            "family": "isolation", "threatened": "threats_person_family",
            "hours": "excessive_hours", "day off": "excessive_hours", "sundays": "domestic_servitude",
            "fair": "physical_sexual_violence", "forcing": "forced_commercial_sex",
            "makes me": "forced_commercial_sex", "treats me well": "domestic_servitude"}

KINDS = (["pos1"] * 34 + ["pos3"] * 14 + ["minor3"] * 12 + ["imm1"] * 11 + ["imm3"] * 4
         + ["neg1"] * 18 + ["need1"] * 10 + ["neg3"] * 6 + ["negminor3"] * 2)

# extra hard negatives: an opener and reassuring clauses, no indicator
NEG_KINDS = ["neg1"] * 3 + ["neg3"]

RECORDS = build_messages(sys.modules[__name__], "en", "en-1", n=1420, seed=11)
RECORDS += build_messages(sys.modules[__name__], "en", "en-1", n=220, seed=12,
                          kinds=NEG_KINDS)
