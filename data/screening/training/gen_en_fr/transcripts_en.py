"""English labelled conversations: hand-written (hard cases, indicators spread over
messages) plus composed ones from the en_combo pools. Levels follow the label rules."""
import en_combo
from transcripts import compose_transcripts, parse_transcripts

HAND = r"""
== immediate | locked in now; men coming back tonight
> hi is this the help line
> i work at a restaurant in new jersey, we sleep in the basement
> right now the boss locked the door from outside and said he will come back with his brother tonight to "fix" me
== immediate | held for money; family asked to pay for release | ransom without the word
> My brother crossed last week near Laredo.
> Today a man called from his phone.
> He says my brother stays with them until we send 3500 more, the price "changed".
== immediate | 15-year-old in commercial sex | age given, euphemism "dates"
> I'm worried about my niece
> she's 15
> her "boyfriend" is 27 and takes her to hotels to go on dates with his friends, she comes back with money
== immediate | child in farm labour with debt | school grade instead of age
> hello I teach at a middle school in Florida
> one of my 7th graders told me he picks tomatoes after school and on weekends
> he says the crew leader keeps his pay to cover a debt for his family's trip
== immediate | suicidal thoughts
> they took my passport and i owe 9000
> i can't see a way out
> honestly i've been thinking about ending it tonight
== immediate | injured worker bleeding, no care
> a guy on our crew fell from the roof
> his leg is bent wrong and there's blood coming from his head
> the boss says no hospital because we have no papers
== immediate | being followed right now after escaping
> I left the massage place this morning
> I'm at a bus station
> the manager's car has passed three times, I think they're looking for me now
== immediate | child in domestic work, not at school
> my neighbors have a girl living with them, she looks about 12
> she's never at school, she does laundry and cleans all day
> they said she's a "cousin" from Guatemala
== immediate | gun threat happening now
> he has a gun
> im in the bathroom of the trailer
> please
== immediate | sophomore sold for sex by an adult | grade as age
> i'm a school counselor
> a sophomore told me her mom's boyfriend makes her "entertain" men at his apartment for money
== immediate | overdose, not breathing well
> my roommate took something the guy at work gave her
> she's not waking up and her breathing is weird
== immediate | ransom by smugglers
> they have my wife in a house in Arizona
> they want 6000 or they'll "send her back in pieces"
> what do i do i can't call police i have no papers
== immediate | 16-year-old forced to sell drugs
> my son is 16
> some guys say he owes them for a phone and now he has to sell for them at the park
> he's scared to stop
== priority | passport held by employer; not allowed to leave housing
> Hello, I'm on an H-2A visa in Georgia
> The crew boss took our passports on the first day
> and we can only leave the camp on Sunday with him
== priority | debt that keeps growing; must work it off | debt spread over two messages
> I owe the recruiter 4000 for the trip
> every month he says it's more, now it's 6200, and I can't change jobs until I pay
== priority | threats to family back home
> I want to quit the salon
> but the owner says her people know where my parents live in Fujian
> and that "accidents happen"
== priority | forced sex work after deceptive job offer
> They brought me from Mexico for a restaurant job
> There is no restaurant
> I have to be with men in an apartment and the woman keeps all the money
== priority | pay kept "safe" by employer; threat of immigration
> my boss says he keeps my money safe for me until I go back home
> when I asked for some he said he'll call immigration
== priority | phone taken; no contact with family
> I'm an au pair in Connecticut
> The host mom took my phone two weeks ago and says I can't call home until I "behave"
> I haven't talked to my mom since
== priority | domestic servitude: no pay, no days off, can't go out
> I work for a family in Miami
> I cook, clean and take care of the grandmother
> I haven't been paid in 8 months and I can only go out with them
== priority | I agreed to come; still forced to work for debt | consent never lowers risk
> I agreed to come, nobody forced me to get on the plane
> but now they say I owe 15000 for the trip and I must work at the club until it's paid
> I see clients every night
== priority | beaten by foreman
> the foreman at the meat plant hit me with a hook handle yesterday
> he said if I tell anyone I lose my job and my room
== priority | forced begging
> A man drops my cousin and me at the freeway exit every morning
> We hold signs and he takes everything at night
> We have nowhere else to go
== priority | past trafficking, now safe (still priority) | past indicators stay priority
> A few years ago I was forced to work in a house without pay and they kept my passport
> I escaped and I'm safe now
> I want to know if I can get a visa for victims
== priority | debt bondage after smuggling | smuggling becomes trafficking with a worked-off debt
> I crossed with a coyote
> I still owed 3000 so they put me to work at a farm in Oklahoma
> they keep my check and the debt doesn't go down
== priority | sold to another employer
> the recruiter "sold" my contract to a different farm without asking
> they said I belong to them now and took my ID
== priority | surveillance; escorted everywhere
> I clean hotel rooms for an agency in Orlando
> someone from the agency drives us and waits outside the hotel all day
> we can't go anywhere alone, even on days off
== priority | conditional death threat to an adult | conditional, not now: priority not immediate
> my employer said if I ever go to the labour office he will kill me
> he's not here now, I'm at the laundromat
== priority | deception plus excessive hours | two medium indicators
> the contract said 40 hours a week in a hotel
> it's a poultry plant and we work 16 hours a day, 7 days
== priority | forced to carry drugs over the border
> the guys I owe money to told me I have to drive a car to Phoenix
> I know there's something hidden in it
> if I say no they said my family in Sinaloa will pay
== refer | smuggling only, free on arrival
> we crossed with a coyote last month
> we paid everything before, he left us in Tucson
> now we are with my uncle and want to ask for asylum
== refer | wage dispute, free to leave
> My boss at the car wash didn't pay my last two weeks
> I quit and I live with my brother
> How can I get my money?
== refer | partner violence, not happening now
> my husband hit me on saturday
> he's at work now
> i want to know about shelters for me and my kids
== refer | homelessness
> i have nowhere to sleep tonight
> i'm in denver, i just got here from venezuela
== refer | suspicious job offer not taken
> Someone on Instagram offered me a hostess job in Miami
> they pay the flight but I have to give them my passport when I arrive
> I haven't answered, is this okay?
== refer | travel debt alone, no control | below threshold: ask questions
> I owe my cousin for the plane ticket
> I pay him a bit every month, he's not pressuring me
> is there a cheaper way to send money?
== refer | deception alone | job different from promised, no control yet
> they told me the job was in an office
> but it's cleaning houses
> pay is the same and I can quit, I just feel lied to
== refer | 19-year-old in a club, no control | adult, no third-party control: not minor
> I'm 19 and I dance at a club
> the club takes a house fee every night but I keep my tips and go home when I want
> is the fee legal?
== refer | partner violence in the past; threats online | partner violence, not happening now
> my ex used to beat me
> we split up a year ago, he lives in another state
> now he sends threats on facebook
== refer | smuggler asks for more money but person is far and free | no debt bondage, no confinement
> the guide who brought us is texting asking for 500 more
> we already paid what we agreed and we live far away now
> should we be worried?
== refer | fired after injury, labour dispute
> I hurt my back at the warehouse and they fired me
> I want workers comp
== info | information request: rights as H-2A worker
> hello
> what are my rights as an H-2A worker in Washington?
== info | copy of passport, original returned | hard negative
> My new employer asked for my passport
> He made a copy for the I-9 and gave it right back
> Is that normal?
== info | homework question using the words | hard negative
> hi I'm doing a school project
> what's the difference between smuggling and trafficking?
== info | lost passport | hard negative
> I lost my passport on the bus
> how do I get a new one from the consulate in Chicago?
== info | robbed years ago on the way, safe now; asks about volunteering | past danger, nothing now
> years ago I was robbed at gunpoint on the train in Mexico on the way here
> it's over, I'm a resident now
> I just want to know if you have volunteer opportunities
== info | negation: nobody took the passport | hard negative
> they didn't take my passport, I keep it with me
> I just want to know about overtime rules in Texas
== info | debt to a bank | hard negative
> I have a car loan and I'm behind 2 payments
> what can I do?
== info | movie question | hard negative
> we watched a film about a girl locked in a basement
> is that what trafficking looks like?
== info | greetings only
> hi
> is this the right number for migrant help?
== info | teen with a legal summer job asking about rules | minor without exploitation: info
> I'm 16 and I want to work at a pool this summer
> how many hours am I allowed to work?
"""

WHY = {
    "document_confiscation": "documents held by someone else",
    "debt_bondage": "debt that grows or must be worked off",
    "travel_debt": "debt for the journey or recruitment",
    "restriction_of_movement": "not free to leave or go out alone",
    "isolation": "phone taken or cut off from family",
    "physical_sexual_violence": "beaten or sexually abused by employer",
    "threats_person_family": "threats to the person or family",
    "threat_police_deportation": "threatened with immigration or police",
    "withheld_wages": "wages withheld or kept",
    "excessive_hours": "excessive hours, no rest",
    "deception_job": "job different from what was promised",
    "forced_commercial_sex": "made to sell sex",
    "forced_begging_crime": "made to beg or commit crimes",
    "domestic_servitude": "domestic servitude",
    "abduction_or_sale": "sold or taken by force",
    "vulnerability_exploited": "lack of papers or language used against them",
    "danger_now": "in danger now",
    "ransom": "held for ransom",
    "self_harm": "suicidal thoughts",
    "medical_emergency": "medical emergency now",
    "minor": "person under 18",
    "smuggling": "smuggling only, free on arrival",
    "labour_dispute": "wage dispute with free movement",
    "partner_violence": "partner violence, not happening now",
    "homelessness": "nowhere to sleep",
    "suspicious_job_offer": "suspicious job offer not yet taken",
}


def build() -> list[dict]:
    hand = parse_transcripts(HAND, "en", "en-1")
    taken = {" | ".join(t["messages"]).lower() for t in hand}
    counts = {l: sum(t["expected"] == l for t in hand) for l in ("immediate", "priority", "refer", "info")}
    targets = {l: max(0, 45 - c) for l, c in counts.items()}
    composed = compose_transcripts(en_combo, "en", "en-1", WHY, targets, seed=5, taken=taken)
    out = hand + composed
    for i, t in enumerate(out, 1):
        t["id"] = f"t-en-{i:04d}"
    return [{"id": t["id"], **{k: v for k, v in t.items() if k != "id"}} for t in out]


TRANSCRIPTS = build()
