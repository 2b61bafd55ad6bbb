#!/usr/bin/env python3
"""Build tuning8: round 7's own check of generalisation (docs/accuracy.md, "Round 7").

Python 3 standard library only, deterministic. Usage: python3 build.py
Written for round 7 in wordings and packagings that differ from tuning7's, one family per fix:
chain letters in styled (mathematical, small-capital) letters, Cyrillic look-alikes, spaced
letters, leet, text only in an image's alt attribute, school rumours said to be kept quiet by an
authority, and health lists that name pupils by initials. Each has hard negatives: real Cyrillic
text, styled headings in a newsletter, spaced headings, form groups and codes, "pupils are not
allowed to", topic acronyms and aggregate figures.
"""
import email.message
import email.policy
import json
import pathlib
import textwrap

HERE = pathlib.Path(__file__).resolve().parent
UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(body12):
    s = sum(int(d) * (i + 2) for i, d in enumerate(body12))
    return UPN_ALPHA[s % 23] + body12


def nhs(nine):
    s = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10
    return nine + str(c)


def make(policy, n, label, family, shape, note, frm, to, subject, body, date, auth=True, attach=None):
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = frm
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<t8.{policy}.{n:03d}@mail.example>"
    if shape == "wrap72":
        body = "\n\n".join(textwrap.fill(p, 72) for p in body.split("\n\n"))
    if shape.startswith("html"):
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    if attach:
        name, data, maintype, subtype = attach
        msg.add_attachment(data.encode(), maintype=maintype, subtype=subtype, filename=name)
    sub = "positive" if label == "positive" else "negative"
    fname = f"{sub}/{n:03d}-{family}-{shape}.eml"
    path = HERE / policy / fname
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes())
    addr = frm.split("<")[-1].rstrip(">")
    return {"file": fname, "label": label, "mail_from": addr,
            "rcpt": [t.split("<")[-1].rstrip(">") for t in to],
            "auth_user": addr if auth else None, "shape": shape, "family": family, "note": note}


def styled(text, base_upper, base_lower, base_digit=None):
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(base_upper + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(base_lower + ord(ch) - 97))
        elif base_digit and "0" <= ch <= "9":
            out.append(chr(base_digit + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "y": "\u0443", "x": "\u0445",
       "i": "\u0456", "s": "\u0455"}


def cyrillic(text):
    return "".join(CYR.get(ch, ch) for ch in text)


def spaced(text):
    return "   ".join(" ".join(w) for w in text.split())


def personal():
    out = []
    d = "Thu, 19 Nov 2026 08:15:00 +0000"
    n = 0

    def add(*a, **k):
        nonlocal n
        n += 1
        out.append(make("personal-data", n, *a, date=d, **k))

    staff = "Kerry Laing <k.laing@school.example>"
    add("positive", "health-initials", "csv-attachment", "coach firm sent a CSV of initials and conditions",
        staff, ["Bookings <bookings@coachhire.example>"], "Residential - medical list",
        "Hi, the medical list for the drivers is attached as requested. Kerry",
        attach=("medical.csv", "Initials,Form,Condition,Medication\nKM,8T,epilepsy,buccal midazolam\n"
                "JT,8T,severe nut allergy,EpiPen x2\nLB,8R,asthma,blue inhaler\nSO,8R,type 1 diabetes,insulin pen\n",
                "text", "csv"))
    add("positive", "health-initials", "7bit", "initials with dots and colons, inline, to a swimming pool",
        staff, ["Lessons <lessons@leisurecentre.example>"], "Thursday group",
        "Hello,\n\nA few things your instructors should know about our Thursday group:\n\n"
        "* T.W.: epilepsy - no deep end\n* R.A.: asthma, inhaler poolside\n* M.C.: anxiety, may need a break\n\n"
        "Thanks, Kerry")
    add("negative", "staff-training", "7bit", "training record by topic acronym, outbound to the trust",
        staff, ["HR <hr@trust.example>"], "Training log",
        "Training delivered this half term:\n\nPE - asthma awareness for all staff\nSEN - epilepsy update\n"
        "EAL - allergy and anaphylaxis refresher\n\nKerry")
    add("negative", "aggregate-stats", "7bit", "condition counts to the school nurse service, no person",
        staff, ["Nurse team <nurses@health.example>"], "Numbers for the plan",
        "Figures for the whole-school plan:\n\nAsthma - 41 pupils\nEpilepsy - 3 pupils\nDiabetes - 5 pupils\n"
        "Nut allergy - 17 pupils\n\nKerry")
    add("positive", "parent-contact", "wrap72", "grandparent's home and mobile for a collection, to a taxi firm",
        staff, ["Dispatch <dispatch@taxis.example>"], "Pick-up Friday",
        "Hi, for Friday's 3.15 pick-up the child is staying at her nan's: Mrs Pat Orme lives at 22 Ash Row, "
        "Morley LS27 9PQ. Her mobile is 07700 900518 if the door isn't answered. Thanks, Kerry")
    add("positive", "parent-contact", "html-only", "a parent named by title and as 'dad of', address and mobile, HTML",
        staff, ["Coach <coach@juniorfc.example>"], "Volunteer driver",
        "<p>Hi Lee,</p><p>Our volunteer driver is Mr Obi (dad of Tayo, 8R): 9 Kirk View, Leeds LS8 2PL, "
        "mob 07700 900266.</p><p>Kerry</p>")
    add("negative", "published-contact", "7bit", "the venue's own address and phone in an outbound booking",
        staff, ["Events <events@hall.example>"], "Booking for 4 Dec",
        "Hello, confirming our booking for 4 December. For our records, your hall is at 22 Ash Row, Morley "
        "LS27 9PQ, telephone 0113 496 0777. Many thanks, Kerry")
    add("negative", "aggregate-stats", "7bit", "year-group figures signed by a Director of Year (a staff role)",
        "Sam Idowu <s.idowu@school.example>", ["Clerk <clerk@governorhub.example>"], "Y8 figures",
        "Hello,\n\nFor the committee: in Year 8, 44 pupils have SEN support, 9 have an EHCP and 27% are eligible "
        "for free school meals; 12 were referred for anxiety support this term.\n\nBest wishes,\nSam Idowu\n"
        "Director of Year 8")
    return out


def chain():
    out = []
    d = "Thu, 19 Nov 2026 19:30:00 +0000"
    n = 0

    def add(*a, **k):
        nonlocal n
        n += 1
        out.append(make("chain-letter", n, *a, date=d, **k))

    pupil = "Ada Kerr <24kerr.a@students.school.example>"
    mates = ["Ben Ola <24ola.b@students.school.example>", "Cy Vos <24vos.c@students.school.example>"]
    add("positive", "obfuscated", "utf8-8bit", "sans-serif bold chain with bold digits",
        pupil, mates, "read",
        styled("Forward this to 15 friends before midnight or bad luck will follow you for a whole year.",
               0x1D5D4, 0x1D5EE, 0x1D7EC) + "\n" + "\u1d05\u1d0f\u0274'\u1d1b \u029f\u1d07\u1d1b \u026a\u1d1b \u1d07\u0274\u1d05 \u1d21\u026a\u1d1b\u029c \u028f\u1d0f\u1d1c")
    add("positive", "obfuscated", "utf8-8bit", "Cyrillic look-alike letters in a curse chain",
        pupil, mates, "omg",
        cyrillic("If you don't pass this on to 9 people tonight you will have 5 years of bad luck. "
                 "A boy in Leeds deleted it and broke his leg."))
    add("positive", "obfuscated", "7bit", "whole chain spelled one letter at a time",
        pupil, mates, "p a s s   i t",
        spaced("PASS THIS ON TO 8 FRIENDS") + "\n" + spaced("OR YOU WILL HAVE BAD LUCK") + "\n" +
        spaced("DO NOT BREAK THE CHAIN"))
    add("positive", "obfuscated", "7bit", "leet curse chain",
        pupil, mates, "d0nt 1gn0r3",
        "1f y0u d0nt s3nd th1s 2 5 fr13nds by t0n1ght a gh0st w1ll v1s1t y0u. d0nt br34k th3 ch41n.")
    add("positive", "obfuscated", "html-only", "chain text only in an image alt attribute",
        "Auntie Jo <jo.b@mail.example>", ["Ada Kerr <24kerr.a@students.school.example>"], "a blessing for you",
        '<html><body><p>xx</p><img src="cid:angel@x" alt="This angel brings luck. Send it to 7 people you love '
        'within the hour and your wish will come true. Break the chain and you lose it."></body></html>', auth=False)
    add("positive", "school-rumour", "wrap72", "rumour said to be kept from parents, send to your class",
        "Dee Ross <dee.ross@example.net>", ["Parents 8R <parents8r@lists.example.org>"], "read before Monday",
        "Apparently the trust was told not to tell parents that Year 8 are being moved to the other site "
        "after Easter. My friend in the office says the head doesn't want anyone to know until it's signed. "
        "Send this to everyone in your class and every parent in your contacts so they can't sneak it through.",
        auth=False)
    add("positive", "luck-chain", "7bit", "chain pasted whole in quotes after a colon, then a list of quoted asks",
        pupil, mates, "lol",
        'my cousin sent me this: "Pass this to 12 friends in 12 minutes or you will have bad luck for 12 years. '
        'Do not break the chain." so I have to, "sorry", "do it" xx')
    # negatives
    staff = "Ian Cole <i.cole@school.example>"
    add("negative", "lesson-about-chains", "7bit", "EPQ question listing quoted chain phrases after commas",
        "Noor Ali <22ali.n@students.school.example>", ["Mr Dunn <r.dunn@school.example>"], "EPQ title",
        'Sir, for my EPQ I want to compare phrases such as "pass this to 12 friends", "you will be blessed", '
        '"don\'t break the chain" and "Bill Gates will pay you" across 30 years of chain emails. Is that too broad?')
    add("negative", "lesson-about-chains", "7bit", "RE assessment setting a chain prayer as a source",
        staff, ["Y10 RE <y10re@students.school.example>"], "RE homework",
        "Homework for Friday.\n\nSource B (c.1950): \"Say this novena and send it to nine people. Whoever breaks "
        "the chain will suffer.\"\n\nExplain two reasons why some Christians reject sources like B. (4 marks)")
    add("negative", "language-letter", "utf8-8bit", "a parent's note in Russian with a Latin name",
        "Olga P <olga.p@mail.example>", ["Ian Cole <i.cole@school.example>"], "Masha",
        "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435! Masha "
        "\u0441\u0435\u0433\u043e\u0434\u043d\u044f \u0431\u043e\u043b\u044c\u043d\u0430. "
        "\u041f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430, \u043f\u0435\u0440\u0435\u0434\u0430\u0439\u0442\u0435 "
        "\u0432\u0441\u0435\u043c \u0443\u0447\u0438\u0442\u0435\u043b\u044f\u043c. Spasibo, Olga", auth=False)
    add("negative", "newsletter-share", "utf8-8bit", "styled bold heading, share with your friends",
        staff, ["Parents <parents@school.example>"], "Winter fair",
        styled("Winter Fair", 0x1D5D4, 0x1D5EE) + "\n\nThe PTA winter fair is on Saturday 5 December from 10am. "
        "Please share with all your friends and neighbours - everyone is welcome!")
    add("negative", "newsletter-share", "7bit", "spaced heading, pass this on to your child",
        staff, ["Parents Y11 <y11parents@school.example>"], "Mock exams",
        spaced("MOCK EXAM TIMETABLE") + "\n\nMocks start on 30 November. Please pass this on to your child "
        "and make sure they bring two black pens.")
    add("negative", "homework", "7bit", "homework codes and form groups",
        staff, ["Set 7b <7b@students.school.example>"], "hw",
        "7b and 7c: do q1-q5 on p34 for 10th Dec, 3a 4b 5c in the 2nd column. 8k use 5mm squared paper.")
    add("negative", "school-letter", "7bit", "pupils are not allowed to: tell everyone in your form",
        staff, ["Y9 <y9all@students.school.example>"], "Trip rules",
        "Pupils are not allowed to bring phones on the geography trip. Please tell everyone in your form "
        "and remind them lunch is provided.")
    return out


def main():
    for policy, rows in (("personal-data", personal()), ("chain-letter", chain())):
        (HERE / policy).mkdir(parents=True, exist_ok=True)
        with open(HERE / policy / "manifest.jsonl", "w") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
