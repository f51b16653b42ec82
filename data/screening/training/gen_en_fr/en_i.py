"""English messages, batch I: more hard negatives (same words, no indicator): passports,
debts, locks, clients, smugglers, films and homework, agency checks, negations."""
from common import parse

DATA = r"""
- | plain | The embassy kept my passport for two weeks to stamp the visa, then mailed it back. Is that usual?
- | question | My employer wants a photocopy of my passport and my SIN for payroll. Should I give it?
- | plain | HR scanned my work permit on my first day; I have the original at home.
- | typo | i forget my passport in the taxi, the driver bring it back, thank god. how i protect it better?
- | plain | My passport got wet in the rain and the photo page is damaged. Do I need a new one?
- | question | Can a landlord hold my ID as a deposit for the keys? I said no and he said okay.
- | plain | I gave my passport to the travel agent to get the Schengen visa, she returned it yesterday.
- | hesitant | my boss asked to see my papers... he just looked and gave them back. was that allowed?
- | plain | Our farm keeps a copy of everyone's visa in a binder for the inspectors. Originals stay with us.
- | question | Where do I report a stolen passport in Montreal?
- | plain | I owe the hospital 2,000 from my ER visit. Can they send me to collections?
- | plain | My sister borrowed 300 from me and won't pay it back, how do I ask without fighting?
- | question | Is a recruitment fee ever legal for H-2A? I didn't pay one, just asking for my brother.
- | plain | The credit union gave me a small loan to buy tools. I pay 80 a month, it's fine.
- | plain | My cousin paid my plane ticket as a gift, I don't owe him anything.
- | typo | i have debt in my country for my house, the bank call my wife, what can i do from here
- | plain | I'm behind on my phone bill, they cut my line. Is there a cheap plan for migrants?
- | plain | Our dorm door locks automatically at night for safety, but every worker has a key card.
- | plain | The greenhouse locks the chemical room, only supervisors go in. Normal safety rule right?
- | plain | My kids' school went into lockdown today because of a threat, everyone is safe. Where can I get counselling for them?
- | plain | The boss drives us to the field because it's 30 minutes away, and on weekends we take the bus to town ourselves.
- | plain | We live on the farm but we go out whenever we want; the owner even lends us bikes.
- | plain | I'm allowed to leave the house any time, I just don't know the city yet. Any maps in Spanish?
- | plain | I work 12-hour shifts at the hospital three days a week, by choice, and I'm paid overtime.
- | plain | During harvest we work long days but we get a day off every week and the pay is right.
- | plain | My employer pays me by direct deposit every two weeks, I just don't understand the deductions.
- | question | What's a normal amount for housing deductions on an H-2B contract?
- | plain | They paid me the full season bonus, I'm really happy. Now I want to come back next year legally.
- | plain | Dropped my phone in the canal lol, where do people here buy a cheap used one?
- | plain | I don't talk to my family much because we fought, not because anyone stops me. Do you have counselling?
- | plain | My supervisor yells but nobody has ever hit me or threatened me. I just want a transfer.
- | plain | The manager said he'd call the police if anyone steals from the store again. Someone stole, it wasn't me.
- | plain | ICE came to my workplace last year. Nobody was arrested. I'm still nervous, what are my rights?
- | question | If I call the police because someone broke into my car, will they ask about my status?
- | plain | The job is exactly what the contract said, I'm just homesick.
- | plain | They promised free lunch and they give it, they promised transport and they give it. I'm just asking about taxes.
s_sex | plain | I'm 31 and I do private massage with extras for my own clients. No boss, no one takes my money. Where can I get PrEP?
s_sex | question | I'm a cam model, 25, I work from home for myself. Is my income taxable in Canada?
s_sex | plain | I dance at a club by choice and quit whenever I like; a customer is stalking me online though. What can I do?
- | plain | My friend's ex-girlfriend says she works as an escort, she's 27 and seems fine, I'm just worried as a friend.
- | question | For a podcast: how do outreach workers tell the difference between sex work and trafficking?
- | plain | I saw a news story about a massage parlour raid in my town. Do you help the women who were there?
smug | plain | The guide we paid got us to Nogales and left. We walked to the port of entry and asked for asylum ourselves.
smug | plain | I came with a smuggler from Haiti to the Bahamas to Florida, paid by my uncle, and I'm free in Miami.
smug | typo | we pay coyote 8000 for the 3 of us, he leave us in texas, now we in chicago, all good
smug | hesitant | my husband paid a man to bring me across, that's all, nobody kept me or asked for more
- | question | What is the penalty for smuggling people in the US? It's for a criminal law class.
- | question | My teacher showed a video about forced labour in fishing boats. Is that happening in Alaska too?
- | question | Is the movie "Taken" realistic? My little brother is scared now.
- | plain | I'm reading a novel about a girl sold into servitude, it's very sad. Are there real stories like this in Canada?
- | question | I want to work in Canada. Is the Seasonal Agricultural Worker Program run by the government?
- | question | How can I check if an agency is on the Ontario recruiter licensing list?
- | question | Is it normal to have a job interview by video for a caregiver job in Toronto? The agency is registered.
- | plain | An agency offered me a farm job in Canada through the official program, no fees. I checked with the consulate and it's real.
- | plain | I want to go to the US as an au pair through a State Department sponsor. Which ones are approved?
- | plain | My neighbor told me her boss took her passport, but she was joking, she had it in her bag the whole time.
- | plain | Nobody locks me in and nobody took my phone. I'm writing because I saw your poster and want to volunteer.
- | plain | They didn't make me pay any debt, the company paid the visa and the flight like the law says.
- | plain | I thought my boss kept my wages but it was a bank delay, the money arrived today.
- | plain | I was afraid I was being followed, but it was my coworker walking the same way home. All good.
- | past | Five years ago I was exploited on a farm, I got my T visa and now I'm studying nursing. I'd like to help others.
- | past | Back in 2018 someone in my family threatened me. That's all resolved, we reconciled.
- | plain | My uncle "sold" me his old car for one dollar lol. How do I register it?
- | plain | My son's school is "kidnapping" the kids for a surprise trip to the zoo, so cute.
- | plain | In my game the characters are kidnapped and you pay ransom in coins, my mom thinks it's weird haha.
minor | question | I'm 15 and doing a report on child labour in cocoa farms. Do you have data?
minor | plain | My 13-year-old wants to volunteer at the food bank on Saturdays, is there a minimum age?
minor | question | im 17, can i open my own bank account for my summer job money?
minor | plain | My daughter is in 6th grade and was asked to write about "modern slavery" for a class debate. Any kid-friendly sources?
- | plain | Can you send me the hotline number in a text so I can share it at my church?
- | plain | I'm a case manager at a shelter; can your service take referrals in French too?
- | short | sorry, that was a test message
- | short | all good now, thanks
- | question | Is there a WhatsApp number for the hotline?
- | plain | I just arrived in Toronto with a valid work permit and a job, I'd like to know about health coverage.
"""

RECORDS = parse(DATA, "en", "en-1")
