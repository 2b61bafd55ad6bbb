#!/usr/bin/env python3
"""Build tuning4/chain-letter: a tuning split (rules may be tuned on it) written for round 5.

Python 3 standard library only, deterministic. Usage: python3 build.py
Each text is written here in its own words (not copied from a rule list); every text goes out
in several MIME shapes (hard-wrapped, flowed, QP, base64, HTML, alternative, .txt attachment,
zip, message/rfc822 forward, '>' quoted forward), so a signal split across a line end or hidden
in a container is part of the test.
Positives: virus and phone hoaxes, luck/curse letters, petitions and fake appeals, pay-per-forward
hoaxes, prayer and kindness chains, pupil chains in text-speak, social-media privacy notices,
gifting circles, requests worded outside the usual verbs ("get this out to", "spread the word",
"a dozen people").
Hard negatives: parents asked to pass on school information, IT warnings that quote a hoax and
say not to forward it, supply/food/daisy chains and chains of command, lessons and assemblies
quoting a chain letter (in quotes, '>' quoted, indented, in a docx), genuine appeals and
fundraisers, event letters asking to share with friends and family by a date, staff cascades.
"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mimeshapes as M  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
STAFF = [M.People.staff_addr(i) for i in range(len(M.People.STAFF))]
PUPILS = [M.People.pupil_addr(i) for i in range(20)]
OUT = [M.People.outside_addr(i) for i in range(32)]

POSITIVE = [
    ("virus-hoax", "URGENT virus warning",
     "If you get an email with the subject line \"Your parcel is waiting\" DO NOT open it. It wipes everything "
     "on your hard drive the moment you click it and there is no way to get your files back. McAfee have said "
     "there is no fix yet. Please send this warning on to everybody in your contacts list as soon as you can!"),
    ("virus-hoax", "Fw: please read - new virus",
     "A new virus is going round called 'Birthday Card'. Once it is opened it sends itself to all your friends "
     "and destroys the computer. Microsoft confirmed it yesterday. Let everyone you know about this warning - "
     "copy it to all the people in your address book. Better safe than sorry."),
    ("phone-hoax", "WARNING phone scam",
     "Do NOT answer any call from a number starting +375. If you answer, they copy every contact on your phone "
     "within three seconds. This was on the news and the police have confirmed it. Forward to all your contacts "
     "and family now, it takes one second."),
    ("phone-hoax", "whatsapp gold",
     "Tomorrow a video called Dance of the Pope will be going around on WhatsApp. Don't open it, it hacks your "
     "phone and nothing can fix it. Tell everyone on your list. Please pass this on to as many people as you can."),
    ("luck", "read this or else",
     "This letter has been around the world nine times. It is not a joke. Send copies to twenty people within "
     "four days and good luck will come to you. A man in Leeds ignored it and lost his job within the week, "
     "and a woman who sent it on won the lottery. Do not keep this letter. It must leave your hands in 96 hours."),
    ("luck", "dont ignore",
     "read this all the way through!! a girl called Emily died because she didnt pass this on and now she visits "
     "people at 3am who break the chain. send this to 10 people in the next hour or she will visit you tonight. "
     "if u send it to 5 u will be safe. if u send it to 15 ur crush will ask u out"),
    ("luck", "Good luck for seven years",
     "You have been sent the lucky owl. Seven years of good fortune go to whoever sends this on to seven friends "
     "by midnight. Break it and seven years of bad luck follow you. It has never failed."),
    ("petition", "Please sign and pass on",
     "The council want to close the children's hospice. We need 10,000 names before the end of the month. Add "
     "your name to the bottom of the list below and send it to everyone you know. If you delete this you are "
     "saying you do not care about these children.\n\n1. Jane Holt, Leeds\n2. Amir Khan, Bolton"),
    ("fake-appeal", "little Aisha needs us",
     "This little girl has a brain tumour and the hospital says she has weeks. Facebook and Cancer Research "
     "will give 10p towards her treatment for every time this is shared. Please don't scroll past, share it "
     "with all of your friends. Only real friends will repost this. Amen if you care."),
    ("fake-appeal", "missing boy - share",
     "MISSING: Josh, 8, last seen near the park wearing a red coat. His mum is desperate. Please share this "
     "with everyone in your contacts, it only takes a second and could bring him home. Don't break the chain."),
    ("pay-per-forward", "FREE money, honestly",
     "I thought this was rubbish but my brother-in-law is a lawyer and checked it. Microsoft and AOL are "
     "testing an email tracker and will pay you 245 dollars for every person you forward this to, and 243 "
     "for every person they forward it to. I got my cheque last week! Send it to everyone you can."),
    ("pay-per-forward", "Free Primark vouchers",
     "Primark are giving every family a 100 pound voucher to celebrate their anniversary. All you need to do "
     "is forward this message to twelve friends and you will receive the voucher by text. It's legit, my "
     "neighbour got hers."),
    ("prayer", "Angel prayer",
     "An angel has been sent to watch over you. Say this prayer and send it to eight people you love within "
     "the hour and a miracle will happen in your life. Do not break this prayer chain; those who did had "
     "terrible things happen to them."),
    ("kindness", "pass the love on",
     "You are loved! Send this to 10 people you care about, including me. If you get 3 back you are really "
     "popular; if you get 7 back you are a true friend to many. If you don't send it, you will have no friends "
     "for the next 5 years."),
    ("pupil-chain", "sryyy had 2",
     "sorry had to send this 2 u. kiss ur hand 3 times then send this 2 14 ppl and ur crush will text u "
     "tomorrow. dont & u will have bad luck 4 a year. its real it worked 4 my cousin"),
    ("pupil-chain", "omg read",
     "OMG this actually works. Copy and paste this into 12 group chats, not just forward, and tomorrow your "
     "teacher will cancel the test. If you don't, you will fail every test this year."),
    ("privacy-hoax", "Facebook notice",
     "As of tomorrow Facebook will make all your photos public and can use them. I do NOT give Facebook or any "
     "entity associated with Facebook permission to use my pictures or posts. Everyone must copy and paste "
     "this onto their own wall or you will be giving permission. Sharing is not enough."),
    ("gifting", "Women helping women",
     "Join our gifting circle! Gift 50 pounds to the lady at the top of the list, add your name at the bottom "
     "and invite two more women. When the circle splits you receive 400 pounds. It's not a pyramid, it's women "
     "empowering women. Pass this to every woman you know."),
    ("other-verbs", "please everyone",
     "Get this out to as many parents as you possibly can. A man in a white van has been giving sweets to "
     "children outside schools and the police have said it is real. Spread the word to your whole contact list "
     "before it happens again near you. Don't be the one who kept quiet."),
    ("other-verbs", "important - a dozen people",
     "Please blast this out to at least a dozen people tonight. Starting Monday, all calls are being recorded "
     "and all WhatsApp messages monitored under new rules. Do not send any political jokes. This is confirmed "
     "by the BBC. Pass it along to every group you're in."),
]

NEGATIVE = [
    ("parent-forward", "Please pass to other parents",
     "Could you forward this letter to any parents in your class WhatsApp group who may not be on our email list? "
     "The Year 4 trip to the Roman museum is on 14 November and consent forms are due back by Friday. Thank you."),
    ("parent-forward", "Share with grandparents",
     "Grandparents' afternoon is on 27 November. Please pass this invitation on to grandparents or family "
     "friends who would like to come; they should reply to the office by Wednesday so we can plan seats."),
    ("it-warning", "Phishing email - do not forward",
     "Some staff have received an email titled 'Your parcel is waiting' asking them to click a link. It is a "
     "phishing attempt. Do not open the link, do not forward the email to colleagues, just delete it. IT have "
     "blocked the sender. If you clicked it, contact the helpdesk."),
    ("it-warning", "Chain messages doing the rounds",
     "Parents have asked about a message on WhatsApp saying calls from +375 numbers copy your contacts. It is a "
     "hoax and is not genuine. Please don't pass it on; if your child is worried, reassure them. Our online "
     "safety page explains how to spot these messages."),
    ("supply-chain", "Catering update",
     "Due to problems in the supply chain, the chicken curry on Thursday will be replaced with a vegetable "
     "chilli. Please tell anyone with allergies that the new dish contains celery. Normal menu returns next week."),
    ("food-chain", "Year 5 homework",
     "This week Year 5 are learning about food chains. Please help your child draw a food chain with at least "
     "five living things, from the sun to the top predator. Send photos to the class page by Friday."),
    ("daisy-chain", "Summer fair",
     "The daisy chain competition at the summer fair starts at 2pm. Every child who takes part gets a sticker "
     "and the longest chain wins a prize. Tell all your friends and bring your family along!"),
    ("chain-of-command", "Incident reporting",
     "A reminder of the chain of command for incidents on trips: tell the group leader first, who informs the "
     "deputy head, who contacts parents. Please share this with all staff going on residentials this term."),
    ("lesson-quote", "PSHE: chain messages",
     "In today's PSHE lesson we looked at this message that some pupils had received:\n\n"
     "> send this to 10 people in the next hour or she will visit you tonight.\n"
     "> if u send it to 15 ur crush will ask u out\n\n"
     "We talked about why these messages frighten people, why they are not true, and what to do: don't pass "
     "it on, tell an adult, block and report."),
    ("lesson-quote", "Year 7 online safety worksheet",
     "Worksheet for tutor time. Read the message below and answer the questions.\n\n"
     "    This letter has been around the world nine times. Send copies to twenty people within\n"
     "    four days and good luck will come to you. Break it and bad luck follows.\n\n"
     "1. What does the writer want you to do?\n2. How does it try to scare you?\n3. What should you do if you "
     "receive one?"),
    ("lesson-quote", "Assembly script",
     "Assembly - Safer Internet Day. Slide 3 shows a chain message: 'Forward this to all your friends or you "
     "will have seven years of bad luck.' Ask the pupils: is this true? Who benefits? Explain that nobody "
     "can make bad luck happen and that they can ignore it."),
    ("genuine-appeal", "Lost dog - can you help",
     "Our school dog Biscuit slipped his lead near the park this morning. If you see a small brown spaniel "
     "please call the office. Feel free to share this with neighbours in the area. Thank you for your help."),
    ("fundraiser", "Macmillan coffee morning",
     "Our coffee morning raised over 400 pounds for Macmillan! Thank you to everyone who baked. If you would "
     "still like to donate, please share the JustGiving link with your friends and family before Friday."),
    ("exam-luck", "Good luck Year 11",
     "Good luck to all our Year 11 pupils sitting their mock exams this week. Remember to sleep, eat breakfast "
     "and bring two black pens. We are proud of every one of you. Please pass on our best wishes at home."),
    ("prayer-list", "Prayer requests",
     "Please keep Mrs Hartley's family in your prayers this week following the loss of her father. The school "
     "chaplain will hold a short service on Thursday at 8:30 in the chapel; all are welcome."),
    ("newsletter-footer", "Riverside News - November",
     "Autumn term highlights: the choir sang at the Town Hall, Year 9 visited the coast, and the PTA quiz raised "
     "600 pounds.\n\nEnjoyed this newsletter? Forward it to a friend.\nTo unsubscribe, click here."),
    ("event-share", "Christmas fair - please share",
     "The Christmas fair is on Saturday 6 December, 11am-2pm. Please share this with your friends and family "
     "and anyone local - everyone is welcome. Stalls must be booked by Friday 28 November."),
    ("staff-cascade", "Please cascade",
     "Heads of department: please cascade the new marking policy to everyone in your team by Friday and make "
     "sure all staff have read it before the INSET day."),
    ("pupil-question", "is this real??",
     "Miss, someone in my form sent me this and said I have to send it to 10 people or something bad will happen. "
     "Is it real? I didn't send it to anyone. I'm a bit scared."),
    ("safeguarding-brief", "Staff briefing: scary challenges",
     "Staff briefing: pupils in Years 5 and 6 are sharing a 'challenge' message that tells them to send it to "
     "friends or a character will visit them at night. It is a hoax. Do not name it in class; reassure "
     "anxious pupils and log any concern on CPOMS for the DSL."),
]

POS_SHAPES = ["wrap72", "flowed", "qp", "alternative", "text-attachment", "rfc822-forward", "quoted-forward",
              "base64", "html-only", "flowed-delsp", "zip-attachment", "cp1252"]
NEG_SHAPES = ["wrap72", "alternative", "qp", "flowed", "html-only", "docx", "7bit", "base64", "text-attachment",
              "latin1", "flowed-delsp", "utf8-8bit"]


def main():
    c = M.Corpus(HERE, "t4cl", dt.datetime(2026, 10, 21, 7, 30, tzinfo=dt.timezone.utc))
    n = 0
    for label, texts, shapes in (("positive", POSITIVE, POS_SHAPES), ("negative", NEGATIVE, NEG_SHAPES)):
        for k, (family, subject, text) in enumerate(texts):
            for j in range(3):
                n += 1
                shape = shapes[(k * 3 + j) % len(shapes)]
                # who sends what: staff outbound, staff internal, and mail arriving from outside
                kind = (k + j) % 3
                if kind == 0:
                    frm, to, direction = STAFF[n % len(STAFF)], [OUT[n % len(OUT)]], "outbound"
                elif kind == 1:
                    frm, to, direction = STAFF[n % len(STAFF)], [STAFF[(n + 3) % len(STAFF)]], "internal"
                else:
                    frm, to, direction = OUT[n % len(OUT)], [STAFF[n % len(STAFF)]], "inbound"
                if family == "pupil-chain" or family == "pupil-question":
                    frm, direction = PUPILS[n % len(PUPILS)], "internal"
                    to = [PUPILS[(n + 1) % len(PUPILS)]] if family == "pupil-chain" else [STAFF[0]]
                seed = "%s-%d-%d" % (family, k, j)
                note = "%s: %s" % (family, subject)
                sig = "\n\n%s\n" % frm[1]
                if shape == "quoted-forward":
                    body = M.body_for("7bit", "FYI - passing this on.\n\n" + M.fwd_apple(text, OUT[1][0], "1 Oct 2026",
                                      subject, frm[0]) + sig, seed)
                elif shape == "rfc822-forward":
                    inner = M.inner_message(OUT[(n + 2) % len(OUT)], [frm], subject,
                                            dt.datetime(2026, 10, 2, 18, 0, tzinfo=dt.timezone.utc), text, seed)
                    body = M.body_for(shape, "", seed, cover="Have a look at this." + sig, inner=inner)
                elif shape in ("text-attachment", "zip-attachment"):
                    body = M.body_for(shape, text, seed, cover="See attached." + sig, attach_name="message.txt")
                elif shape == "docx":
                    doc = M.make_docx([subject] + text.split("\n"))
                    body = M.multipart("mixed", [M.text_part("Attached." + sig),
                                                 M.binary_part(doc, M.DOCX_TYPE, "handout.docx")], seed)
                else:
                    body = M.body_for(shape, text + sig, seed)
                c.add(label, family, shape, note, direction, frm, to, subject if j != 1 else "Fwd: " + subject, body)
    c.write_manifest()
    print("chain-letter: %d positive, %d negative" % (c.counts["positive"], c.counts["negative"]))


if __name__ == "__main__":
    main()
