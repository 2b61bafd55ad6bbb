"""Positive messages, part 2: SEN/EHCP, safeguarding, medical, exclusions,
free school meals, staff payroll, forwarded records, admissions.

All OUTBOUND, unencrypted.
"""

import datetime

import identifiers as ID
import mimeshapes as M
from pdcommon import (UTC1, fmt_date_of as D, org, outside, home_addr, pupil_rows, sig, staff,
                      xlsx_serial, zip_docx_member, to_csv, spread)
from texts_positive import P


def _pr(p):
    return ("she", "her", "her") if p["gender"] == "F" else ("he", "him", "his")


# ---------------------------------------------------------------------------
# SEN / EHCP
# ---------------------------------------------------------------------------

def sen(rng):
    out = []
    F = "sen-ehcp"
    me = staff("senco")

    # a) EHCP annual review report, docx
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    he, him, his = _pr(p)
    paras = ["# EHCP Annual Review - %s" % p["name"],
             "Date of birth: %s   UPN: %s   Year 8" % (D(p["dob"], "slash"), p["upn"]),
             "Primary need: Autism Spectrum Condition (diagnosed 2019). Secondary need: speech, language "
             "and communication.",
             "Progress: %s has met outcome 2 (using a visual timetable independently). Outcome 3 (managing "
             "unstructured time) is not met; there were four incidents of %s leaving the building at lunchtime "
             "this term." % (p["first"], him),
             "Parental views: Mum feels the current 20 hours of 1:1 support should continue and is worried "
             "about the move to Year 9.",
             "Recommendation: maintain the plan; request an updated speech and language assessment."]
    rows = [["Outcome", "Status", "Evidence"], ["1 Communication", "partly met", "SALT report Sept"],
            ["2 Independence", "met", "visual timetable"], ["3 Social", "not met", "incident log"]]
    out.append(P(F, "docx-attachment", "EHCP annual review report (docx) naming a pupil with DOB, UPN, diagnosis and incidents, to the LA SEN team",
                 me, [org("la_sen")], "Annual review paperwork \u2013 %s" % p["name"], cc=[staff("head")], subj_enc=("utf-8", "B"),
                 cover="Dear Casework Officer,\n\nThe annual review report is attached.\n\nPriya Raman\nSENCo\n",
                 paras=paras, rows=rows, attach_name="AR report %s.docx" % p["last"],
                 attach_title="EHCP annual review", expect=["docx", "upn"]))

    # b) educational psychology referral, alternative
    p = pupil_rows(rng, 1, 2014, 2015)[0]
    he, him, his = _pr(p)
    txt = ("Dear EP Service,\n\nRequest for involvement: %s (DoB %s), Year 6.\n\n"
           "%s is on our SEN register at SEN Support (K) for cognition and learning. %s reading age is "
           "6 years 4 months against a chronological age of 10 years 9 months. %s has had two rounds of "
           "phonics intervention without real progress. Parents report that %s older brother has a "
           "diagnosis of dyslexia and that %s father left school without qualifications. We think "
           "statutory assessment for an EHC plan may be needed and would value your view.\n\n"
           "Priya Raman\nSENCo\n" % (p["name"], D(p["dob"], "slash"), p["first"], his.capitalize(),
                                     he.capitalize(), his, his))
    out.append(P(F, "alternative", "Educational psychology referral for a named child at SEN Support with reading age and family history",
                 me, [org("ed_psych")], "Request for EP involvement", text=txt))

    # c) pupil passport html attachment to a tutoring company
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    rows = [["About me", ""], ["Name", p["name"]], ["Date of birth", D(p["dob"], "long")],
            ["Needs", "ADHD (medicated: methylphenidate 18mg, mornings); dyscalculia"],
            ["What helps", "movement breaks, chunked tasks, a calculator always"],
            ["What doesn't", "being singled out, loud rooms, sudden changes"],
            ["SEN status", "EHC plan since 2022"]]
    out.append(P(F, "html-attachment", "Pupil passport (HTML) with ADHD medication and EHC plan status, sent to a tutoring company",
                 me, [org("tuition")], "Pupil passport for %s" % p["first"],
                 cover="Hi,\n\nPupil passport for your tutor attached, please share with them only.\n\nPriya\n",
                 intro="Pupil passport", rows=rows, outro="Reviewed October 2026",
                 attach_name="pupil passport.html", attach_title="Pupil passport"))

    # d) SEN register extract zipped csv
    ps = pupil_rows(rng, 14, 2010, 2014)
    rows = [["Name", "Year", "SEN stage", "Primary need", "DOB"]] + [
        [p["name"], str(rng.randrange(7, 12)), rng.choice(["K", "K", "E"]),
         rng.choice(["SLCN", "ASD", "SEMH", "SpLD", "MLD", "HI", "VI"]), D(p["dob"], "slash")] for p in ps]
    out.append(P(F, "zip-attachment", "Zipped SEN register (name, year, stage, primary need, DOB) to an alternative provision",
                 me, [org("ap")], "SEN register as requested",
                 cover="Zip attached - password to follow by text. (It isn't actually protected, IT couldn't do it.)\n\nPriya\n",
                 rows=rows, attach_name="sen_register_extract.csv", expect=["zip"]))

    # e) EHC plan draft comments to a parent's personal mail, qp
    p = pupil_rows(rng, 1, 2016, 2017)[0]
    he, him, his = _pr(p)
    mum = outside(3)
    txt = ("Dear Ms Pimm,\n\nThank you for meeting me about the draft EHC plan for %s. Our comments "
           "for the LA are below; please let me know if you disagree with any of them before Friday.\n\n"
           "Section B: the plan should say that %s toileting needs mean %s needs adult help at least "
           "twice a day, and that %s is still non-verbal at school.\n"
           "Section F: we are asking for 32.5 hours of 1:1 support rather than 25.\n"
           "Section I: we agree Hillcrest (primary phase) is named.\n\n"
           "%s\u2019s date of birth is wrong on the draft \u2013 it should be %s.\n\nBest wishes,\nPriya Raman\n"
           % (p["first"], his, he, he, p["first"], D(p["dob"], "long")))
    out.append(P(F, "qp", "Comments on a named child's draft EHC plan (toileting, non-verbal, DOB) to a parent's webmail",
                 me, [mum], "EHC plan draft - our comments", text=txt))

    # f) plain text attachment: supply teacher notes with SEN details
    ps = pupil_rows(rng, 6, 2011, 2012)
    lines = ["Set 9X3 - notes for cover", ""]
    needs = ["SEN - dyslexia, give printed sheets in cream", "EHCP - ASD, must sit by the door",
             "SEN support - hearing impaired, face the class when speaking",
             "young carer, may be late - do not sanction", "EHC plan - SEMH, has a time-out card",
             "SEN - DCD, allow laptop"]
    for p, n in zip(ps, needs):
        lines.append("%s: %s" % (p["name"], n))
    out.append(P(F, "text-attachment", "Cover notes (.txt) naming six pupils with SEN/EHCP needs, sent to a supply teacher's personal address",
                 staff("maths"), [outside(27)], "cover notes for tomorrow",
                 cover="Hi Wendy, notes for 9X3 attached. Thanks for covering! Dan\n",
                 text="\n".join(lines) + "\n", attach_name="9X3 cover notes.txt"))

    # g) transition to college, flowed-delsp
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    he, him, his = _pr(p)
    txt = ("Dear Transition Team,\n\nAhead of %s's visit next week: %s has an Education, Health and "
           "Care plan for autism and an anxiety disorder, and was diagnosed with type 1 diabetes in Year 9. "
           "%s panics in crowded corridors and has had two school refusal episodes this year. The ULN "
           "is %s and the date of birth %s. Mum is happy for us to share the plan, which I can send on "
           "request.\n\nPriya Raman\nSENCo, Hillcrest Academy\n"
           % (p["first"], p["first"], he.capitalize(), p["uln"], D(p["dob"], "slash")))
    out.append(P(F, "flowed-delsp", "College transition note: EHC plan, anxiety, diabetes, ULN and DOB (delsp soft breaks)",
                 me, [org("college")], "Transition - %s" % p["name"], text=txt, expect=["uln"]))

    # h) cp1252 to a private speech and language therapist
    p = pupil_rows(rng, 1, 2017, 2018, accents=1)[0]
    txt = ("Dear Ms Mensah,\n\nThank you for agreeing to see %s privately. In school we "
           "have %s on the SEN register for speech, language and communication needs; %s stammer "
           "has got noticeably worse since %s parents separated in the summer, and %s has been "
           "teased about it. Our last SALT report (NHS) is attached to the paper file \u2013 I can "
           "post it.\n\nD.o.B. %s\n\nPriya Raman\n"
           % (p["name"], _pr(p)[1], _pr(p)[2], _pr(p)[2], _pr(p)[0], D(p["dob"], "dot")))
    out.append(P(F, "cp1252", "Note to a private speech therapist about a named child's stammer and parents' separation (windows-1252)",
                 me, [outside(29)], "SALT \u2013 private referral", text=txt))

    # i) smime-signed access arrangements evidence to the exam board
    p = pupil_rows(rng, 1, 2009, 2010)[0]
    txt = ("Centre 44127 \u2013 access arrangements evidence\n\nCandidate: %s, DOB %s, ULN %s\n"
           "Diagnosis: dyslexia and processing speed difficulty (below average standard score 78 on "
           "the SDMT, assessed 14 Sept 2026 by P. Raman, qualified assessor).\nArrangement applied for: "
           "25%% extra time and a word processor.\n\nPriya Raman\n" % (p["name"], D(p["dob"], "slash"), p["uln"]))
    out.append(P(F, "smime-signed", "Signed-only access arrangements evidence with a diagnosis, DOB and ULN to the exam board",
                 me, [org("examboard")], "Access arrangements evidence", text=txt, expect=["uln"]))

    # j) rfc822 forward: a TA's SEN observation forwarded to an outside therapist
    p = pupil_rows(rng, 1, 2015, 2016, gender="M")[0]
    inner = ("Priya,\n\nObservation of %s in Year 5 today. Three meltdowns before lunch, hit his "
             "head on the table twice, wouldn't take his ear defenders off. EHCP outcome 1 is "
             "nowhere near. Do we need to tell mum?\n\nBeth\n" % p["name"])
    out.append(P(F, "rfc822-forward", "TA's observation of a named child with EHCP and self-injury, forwarded as an attachment to an occupational therapist",
                 me, [outside(19)], "Fwd: %s observation" % p["first"],
                 cover="Hi Laura, see Beth's note attached - useful for Thursday.\n\nPriya\n",
                 text=inner, attach_name="observation.eml",
                 inner=dict(frm=staff("ta"), to=[me], subject="%s observation" % p["first"],
                            date=datetime.datetime(2026, 11, 3, 15, 40, tzinfo=datetime.timezone.utc), shape="wrap72")))
    return out


# ---------------------------------------------------------------------------
# safeguarding / child protection
# ---------------------------------------------------------------------------

def safeguarding(rng):
    out = []
    F = "safeguarding"
    me = staff("dsl")

    # a) chronology for a social worker, docx
    p = pupil_rows(rng, 1, 2013, 2014)[0]
    he, him, his = _pr(p)
    rows = [["Date", "Concern", "Action"],
            ["08/09/2026", "Arrived hungry, no coat; said there was no food at home", "Breakfast given, logged"],
            ["21/09/2026", "Bruise on upper arm, said 'mum's boyfriend grabbed me'", "DSL spoke to child, MASH call"],
            ["02/10/2026", "Absent 3 days, no contact from home", "Home visit by attendance officer"],
            ["15/10/2026", "Disclosed being left alone overnight with younger sibling", "Referral to social care"]]
    paras = ["# Safeguarding chronology - %s (DOB %s)" % (p["name"], D(p["dob"], "slash")),
             "Address: %s, %s. Lives with mother and mother's partner." % (p["street"], p["postcode"]),
             "Prepared by Aisha Begum, DSL, for the strategy meeting."]
    out.append(P(F, "docx-attachment", "Safeguarding chronology (docx) for a named child: bruising, neglect, disclosure, address",
                 me, [org("social")], "Chronology for strategy meeting",
                 cover="Diana,\n\nChronology attached for tomorrow's strategy discussion.\n\nAisha Begum\nDSL\n",
                 paras=paras, rows=rows, attach_name="chronology.docx", attach_title="Chronology"))

    # b) MASH referral email, wrap72
    p = pupil_rows(rng, 1, 2011, 2012)[0]
    he, him, his = _pr(p)
    txt = ("MASH referral - safeguarding concern\n\nChild: %s\nDOB: %s\nAddress: %s, %s\n"
           "School: Hillcrest Academy, Year 9\n\nThis morning %s told %s form tutor that %s older "
           "cousin has been taking %s to parties where adults give %s alcohol and that %s was "
           "asked to 'hold' a package for someone. %s has a new phone and expensive trainers that "
           "the family cannot explain. We are concerned about child criminal exploitation. Parents "
           "have not been informed because of the risk to the child.\n\nAisha Begum\n"
           "Designated Safeguarding Lead\n" % (p["name"], D(p["dob"], "slash"), p["street"], p["postcode"],
                                                 p["first"], his, his, him, him, he, he.capitalize()))
    out.append(P(F, "wrap72", "MASH referral naming a child with DOB and address: suspected criminal exploitation",
                 me, [org("mash")], "MASH referral", text=txt))

    # c) CP conference report, alternative
    p = pupil_rows(rng, 1, 2016, 2017)[0]
    he, him, his = _pr(p)
    txt = ("Report to the initial child protection conference\n\nChild: %s (born %s)\n"
           "Category under consideration: neglect\n\nAttendance: 78%% this year, 21 sessions of "
           "unauthorised absence. %s regularly arrives in the same unwashed uniform and has head lice "
           "that have not been treated since September. %s has told staff %s sleeps on the sofa because "
           "%s bedroom is damp. Mum engages when contacted but does not follow through. The school "
           "supports a CP plan.\n\nAisha Begum, DSL\n"
           % (p["name"], D(p["dob"], "long"), p["first"], he.capitalize(), he, his))
    out.append(P(F, "alternative", "School report to a child protection conference about a named child (neglect)",
                 me, [org("social")], "ICPC report", text=txt))

    # d) rfc822 forward of a teacher's disclosure note to an outside safeguarding consultant
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    he, him, his = _pr(p)
    inner_txt = ("Aisha,\n\nAt the end of period 5 %s (10M) stayed behind and told me %s has been "
                 "sending pictures to an older man %s met online, who now says he will share them "
                 "unless %s sends more. %s was crying and asked me not to tell %s dad. I said I "
                 "had to pass it on. I have written down exactly what was said below.\n\nGrace\n"
                 % (p["name"], he, he, he, he.capitalize(), his))
    out.append(P(F, "rfc822-forward", "A teacher's disclosure note about sextortion of a named pupil, forwarded as message/rfc822 to an outside consultant",
                 me, [outside(17)], "Fwd: disclosure - urgent",
                 cover="Hi Dave, can I get your advice on this one before I call the police? Forwarded below.\n\nAisha\n",
                 text=inner_txt, attach_name="disclosure.eml",
                 inner=dict(frm=staff("english"), to=[me], subject="disclosure - urgent",
                            date=datetime.datetime(2026, 11, 9, 15, 22, tzinfo=UTC1), shape="qp")))

    # e) "CP" abbreviation note to the police schools liaison, 7bit
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    txt = ("PC Pryce,\n\nFYI %s (Y8, dob %s) is now on a CP plan (emotional abuse). Dad has a "
           "non-molestation order against him and is not allowed to collect. If you see him near "
           "the gates at 3pm please call us. Reg is a grey Astra.\n\nAisha\n" % (p["name"], D(p["dob"], "slash-short")))
    out.append(P(F, "7bit", "Note that a named child is on a CP plan, with DOB and a father's court order, to the police liaison",
                 me, [org("police")], "CP - collection", text=txt))

    # f) safeguarding note to a sports coach, flowed-delsp
    p = pupil_rows(rng, 1, 2013, 2014)[0]
    he, him, his = _pr(p)
    txt = ("Hi Rhys,\n\nA quick heads up as you coach %s on Saturdays. We have a safeguarding "
           "concern open: %s disclosed that %s step-dad hits %s when he has been drinking, and "
           "children's social care are involved. If %s turns up with injuries or says anything, please "
           "ring me rather than the family. Please don't share this with the other coaches.\n\n"
           "Aisha Begum\n" % (p["name"], he, his, him, he))
    out.append(P(F, "flowed-delsp", "Safeguarding concern about physical abuse of a named child passed to a sports coach",
                 me, [outside(14)], "%s - confidential" % p["first"], text=txt))

    # g) early help assessment, utf-8 8bit
    p = pupil_rows(rng, 1, 2017, 2018, accents=1)[0]
    he, him, his = _pr(p)
    txt = ("Dear Chloe,\n\nEarly Help assessment summary for %s (d.o.b. %s):\n\n"
           "\u2022 family in temporary accommodation since July (B&B, one room)\n"
           "\u2022 mum has depression and is on a waiting list for talking therapy\n"
           "\u2022 %s attendance 84%%, often late; tired in class\n"
           "\u2022 family consent to a referral to the Family Support Service\n\n"
           "Lead professional: Aisha Begum (DSL)\n" % (p["name"], D(p["dob"], "slash"), his))
    out.append(P(F, "utf8-8bit", "Early Help summary for a named child: housing, parent's depression, attendance (utf-8 8bit)",
                 me, [outside(7)], "Early Help \u2014 summary", text=txt))

    # h) CPOMS export to the DSL's personal mailbox, csv
    ps = pupil_rows(rng, 9, 2010, 2015)
    cats = ["Neglect", "Physical abuse", "Online safety", "Self-harm", "Domestic abuse", "Sexual abuse",
            "Mental health", "Bullying", "CSE"]
    rows = [["Date", "Student", "DOB", "Category", "Summary"]]
    for i, (p, c) in enumerate(zip(ps, cats)):
        rows.append(["%02d/10/2026" % (i * 3 + 1), p["name"], D(p["dob"], "slash"), c,
                     rng.choice(["disclosed to tutor", "seen by DSL", "referred to MASH", "parent informed",
                                 "police informed"])])
    out.append(P(F, "csv-attachment", "CPOMS safeguarding log export (names, DOBs, abuse categories) mailed to the DSL's home address",
                 me, [home_addr("dsl")], "cpoms export", cover="to work on at home\n",
                 rows=rows, attach_name="cpoms_export_oct.csv"))

    # i) LADO allegation about a staff member, text attachment
    txt = ("LADO notification\n\nMember of staff: Stuart Kemble, Business Studies teacher\n"
           "Allegation: a Year 10 pupil (Leah Patel) reports that Mr Kemble sent her private messages "
           "on Instagram late at night and commented on her appearance.\n"
           "Action so far: staff member not yet informed; screenshots secured; parents informed.\n"
           "Reported by: Caroline Fenwick, Headteacher\n")
    out.append(P(F, "text-attachment", "Allegation against a named teacher involving a named pupil (.txt) sent to the LADO",
                 staff("head"), [("lado@council.example", "LADO")], "Allegation - for discussion",
                 cover="Please see the attached notification.\n\nCaroline Fenwick\n",
                 text=txt, attach_name="lado_notification.txt"))

    # j) CiN meeting notes, html attachment
    p = pupil_rows(rng, 1, 2011, 2012)[0]
    rows = [["Item", "Notes"], ["Child", "%s, DOB %s, Year 9" % (p["name"], D(p["dob"], "slash"))],
            ["Status", "Child in Need (s17)"],
            ["School update", "Attendance 88%; two incidents of self-harm disclosed to the school nurse"],
            ["Home", "Dad in prison since March; mum working nights; child caring for two siblings"],
            ["Next review", "12 January 2027"]]
    out.append(P(F, "html-attachment", "Child in Need review notes (HTML) for a named child: self-harm, parent in prison",
                 me, [org("virtual")], "CiN review notes",
                 cover="Notes from this morning attached.\n\nAisha\n", intro="CiN review - school contribution",
                 rows=rows, outro="", attach_name="cin_review.html", attach_title="CiN review"))
    return out


# ---------------------------------------------------------------------------
# medical
# ---------------------------------------------------------------------------

def medical(rng):
    out = []
    F = "medical"

    # a) allergy list to the caterer, xlsx
    me = staff("nurse")
    ps = pupil_rows(rng, 13, 2012, 2016)
    rows = [["Pupil", "Class", "DOB", "Allergy / diet", "EpiPen"]]
    xrows = [rows[0][:]]
    for p in ps:
        al = rng.choice(["peanut (anaphylaxis)", "tree nuts", "coeliac", "dairy", "egg", "sesame", "kiwi"])
        ep = "yes" if "anaphylaxis" in al or al == "sesame" else "no"
        tg = rng.choice(["7H", "8W", "4 Ash", "5 Elm"])
        rows.append([p["name"], tg, D(p["dob"], "slash"), al, ep])
        xrows.append([p["name"], tg, xlsx_serial(p["dob"]), al, ep])
    out.append(P(F, "xlsx-attachment", "Allergy and EpiPen list with pupils' names and DOBs (xlsx) to the catering contractor",
                 me, [org("catering")], "Allergy list \u2013 new menu",
                 cover="Hi,\n\nUpdated allergy list attached for your kitchen staff.\n\nNicola Dunmore\nSchool Nurse\n",
                 rows=rows, xlsx_rows=xrows, date_cols=(2,), attach_name="allergies Nov.xlsx"))

    # b) latin1 medical needs to an outdoor centre
    me = staff("geography")
    ps = pupil_rows(rng, 5, 2010, 2011, accents=2)
    conds = ["asthma (blue inhaler)", "type 1 diabetes", "epilepsy - buccal midazolam",
             "anxiety, takes sertraline 50mg", "nut allergy - 2 EpiPens"]
    txt = "Hello,\n\nMedical needs for the Year 10 group arriving Friday:\n\n"
    for p, c in zip(ps, conds):
        txt += "%s (né(e) le %s) : %s\n" % (p["name"], D(p["dob"], "slash"), c)
    txt += "\nAll medication will travel with me in the red bag.\n\nMark Ellery\n"
    out.append(P(F, "latin1", "Medical conditions and medication of five named pupils to a field studies centre (iso-8859-1)",
                 me, [org("outdoor")], "Medical needs - Year 10 group", text=txt))

    # c) diabetes care plan as text attachment
    me = staff("nurse")
    p = pupil_rows(rng, 1, 2013, 2014)[0]
    care = ("INDIVIDUAL HEALTHCARE PLAN\n\nName: %s\nDate of birth: %s\nNHS number: %s\n"
            "Condition: Type 1 diabetes (diagnosed 2021)\nInsulin: NovoRapid via pen, carb ratio 1:10\n"
            "Hypo signs: shaky, pale, irritable. Treat with 3 glucose tablets, recheck in 15 min.\n"
            "Emergency: call 999 if unconscious; do NOT give anything by mouth.\n"
            "Parent: 07700 900%03d\n" % (p["name"], D(p["dob"], "slash"), ID.fmt_nhs(p["nhs"]), rng.randrange(1000)))
    out.append(P(F, "text-attachment", "Individual healthcare plan (.txt) with NHS number and diabetes regime to a trip provider",
                 me, [org("travel")], "Healthcare plan for the trip",
                 cover="Hi, healthcare plan for one of the party attached.\n\nNicola\n",
                 text=care, attach_name="IHP.txt", expect=["nhs"]))

    # d) flowed-delsp: mental health note to a tutor's home address
    me = staff("hoy11")
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    he, him, his = _pr(p)
    txt = ("Jo \u2013 sending this to your home email as you are off site tomorrow. %s was "
           "admitted to the adolescent unit last night after an overdose of paracetamol. %s is "
           "medically stable. Mum has asked that nobody in the form is told. Please keep this to "
           "yourself and don't set %s any work for now.\n\nFarhan\n" % (p["name"], he.capitalize(), him))
    out.append(P(F, "flowed-delsp", "Hospital admission after an overdose of a named pupil, sent to a tutor's personal webmail",
                 me, [home_addr("tutor9")], "%s" % p["first"], text=txt))

    # e) base64: medication administration record
    me = staff("office")
    ps = pupil_rows(rng, 6, 2014, 2019)
    txt = "Medication given in school this week (for the agency nurse's handover):\n\n"
    meds = spread(rng, ["Ritalin 10mg", "Melatonin 2mg (residential)", "Salbutamol 2 puffs", "Calpol 5ml",
                        "Sertraline 50mg", "Omeprazole 10mg"], len(ps))
    days = spread(rng, ["Mon", "Tue", "Wed", "Thu", "Fri"], len(ps))
    for p, med, day in zip(ps, meds, days):
        txt += "%-20s %-28s dob %s   given %s\n" % (p["name"], med, D(p["dob"], "slash"), day)
    txt += "\nSian\n"
    out.append(P(F, "base64", "Week's medication administration record naming six children with DOBs, to an agency nurse",
                 me, [outside(30)], "meds this week", text=txt))

    # f) seizure log to the neurologist, qp
    me = staff("senco")
    p = pupil_rows(rng, 1, 2015, 2016)[0]
    txt = ("Dear Dr Ilie,\n\nAs requested by %s\u2019s parents, the school seizure log since the "
           "medication change:\n\n02/10 \u2013 absence seizure x3 in maths, ~10 s each\n09/10 \u2013 "
           "tonic-clonic in the playground, 2 min, buccal midazolam given, ambulance called\n"
           "23/10 \u2013 absences, clusters before lunch\n\nDOB %s, NHS %s.\n\nPriya Raman\n"
           % (p["first"], D(p["dob"], "slash"), ID.fmt_nhs(p["nhs"], "334")))
    out.append(P(F, "qp", "Seizure log for a named child with DOB and NHS number sent to a hospital consultant",
                 me, [outside(6)], "Seizure log", text=txt, expect=["nhs"]))

    # g) html attachment: medical register for a fixture at another school
    me = staff("pe")
    ps = pupil_rows(rng, 7, 2011, 2012)
    rows = [["Player", "Condition", "Medication", "Parent phone"]] + [
        [p["name"], rng.choice(["asthma", "anaphylaxis (peanut)", "epilepsy", "heart murmur", "none"]),
         rng.choice(["inhaler", "EpiPen x2", "none", "buccal midazolam"]), p["phone"]] for p in ps]
    out.append(P(F, "html-attachment", "Netball squad medical register (HTML) with conditions and parents' phones, to a host school",
                 me, [org("northfield")], "Fixture on Weds - medical info",
                 cover="Hi, as you're hosting, here's our medical sheet.\n\nTom\n",
                 intro="Hillcrest netball - medical information", rows=rows, outro="",
                 attach_name="netball medical.html"))

    # h) cp1252 absence list with diagnoses to an education welfare consultant
    me = staff("attendance")
    ps = pupil_rows(rng, 5, 2011, 2014)
    txt = "Dear Ms Osborne,\n\nLong-term medical absences you asked about:\n\n"
    conds = spread(rng, ["chronic fatigue syndrome", "post-operative (spinal surgery)", "eating disorder, inpatient",
                         "Crohn\u2019s disease flare", "school-related anxiety, CAMHS involved"], len(ps))
    since = spread(rng, ["3 Sept", "14 Sept", "1 Oct", "19 Oct"], len(ps))
    for p, c, d in zip(ps, conds, since):
        txt += "\u2013 %s: %s, off since %s\n" % (p["name"], c, d)
    txt += "\nRegards,\nImran Haq\n"
    out.append(P(F, "cp1252", "Named pupils' long-term medical absences with diagnoses (windows-1252) to an external consultant",
                 me, [outside(15)], "Medical absences \u2013 list", text=txt))

    # i) zip with a medical conditions register csv
    me = staff("nurse")
    ps = pupil_rows(rng, 12, 2010, 2016)
    rows = [["Name", "DOB", "NHS No", "Condition", "Care plan"]] + [
        [p["name"], D(p["dob"], "iso"), p["nhs"], rng.choice(["asthma", "diabetes T1", "epilepsy", "ADHD",
                                                            "anaphylaxis", "sickle cell", "CF"]),
         rng.choice(["Y", "N"])] for p in ps]
    out.append(P(F, "zip-attachment", "Zipped medical conditions register (name, DOB, NHS number, condition) to the school nursing team",
                 me, [org("school_nurse")], "Register for the audit",
                 cover="Zipped register for the audit.\n\nNicola\n", rows=rows,
                 attach_name="medical_register.csv", expect=["zip", "nhs"]))
    return out


# ---------------------------------------------------------------------------
# exclusions
# ---------------------------------------------------------------------------

def exclusions(rng):
    out = []
    F = "exclusion"

    # a) suspension letter to the AP provider, docx
    me = staff("deputy")
    p = pupil_rows(rng, 1, 2011, 2012)[0]
    paras = ["# Notice of suspension", "Pupil: %s   Date of birth: %s   UPN: %s" % (p["name"], D(p["dob"], "slash"), p["upn"]),
             "Dear Parent/Carer, I am writing to inform you of my decision to suspend %s for 5 school "
             "days from 4 November 2026 for physical assault against a member of staff." % p["first"],
             "During the suspension %s will attend Pathways AP for supervised education." % p["first"],
             "Gareth Pugh, Deputy Headteacher"]
    out.append(P(F, "docx-attachment", "Suspension letter (docx) with pupil's DOB, UPN and reason, sent to an alternative provision",
                 me, [org("ap")], "Suspension - placement from Monday",
                 cover="Hi, copy of the suspension letter attached so you have the background.\n\nGareth\n",
                 paras=paras, attach_name="suspension letter.docx", expect=["docx", "upn"]))

    # b) smime-signed: permanent exclusion pack summary to the LA
    me = staff("head")
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    txt = ("Permanent exclusion \u2013 notification to the local authority\n\nPupil: %s\nDOB: %s\n"
           "Year 11, UPN %s\nDate of decision: 12 November 2026\nReason: bringing a knife onto the "
           "school site (second incident); previous suspensions: 4 (19 days in total)\n"
           "SEN: SEN support (SEMH)\nFSM: yes\n\nCaroline Fenwick\nHeadteacher\n"
           % (p["name"], D(p["dob"], "slash"), p["upn"]))
    out.append(P(F, "smime-signed", "Permanent exclusion notification (signed, not encrypted) with UPN, DOB, SEN and FSM status",
                 me, [org("la_admissions")], "Permanent exclusion notification", text=txt, expect=["upn"]))

    # c) exclusions log to governors, xlsx
    me = staff("head")
    ps = pupil_rows(rng, 9, 2010, 2014)
    rows = [["Pupil", "Year", "Type", "Days", "Reason", "SEN", "PP"]] + [
        [p["name"], str(rng.randrange(7, 12)), rng.choice(["Suspension", "Suspension", "Permanent"]),
         str(rng.randrange(1, 6)), rng.choice(["verbal abuse of staff", "fighting", "drugs", "vaping",
                                               "persistent disruption", "racist language"]),
         rng.choice(["Y", "N"]), rng.choice(["Y", "N"])] for p in ps]
    out.append(P(F, "xlsx-attachment", "Named exclusions log with SEN and pupil premium flags (xlsx) to a governor's personal address",
                 me, [org("governor"), outside(11)], "Discipline committee papers",
                 cover="Dear Michael and Wendy,\n\nThe log for Thursday's committee is attached.\n\nCaroline\n",
                 rows=rows, attach_name="exclusions log autumn.xlsx"))

    # d) flowed: incident summary naming another child, to a parent
    me = staff("hoy11")
    a, b = pupil_rows(rng, 2, 2010, 2011)
    txt = ("Dear Mr Gowan,\n\nFollowing the fight on Tuesday, I can tell you that the other pupil "
           "involved, %s, has been suspended for three days and will be on a report card when %s "
           "returns. %s has had previous suspensions this year for similar behaviour. Please do not "
           "contact the family directly.\n\nFarhan Qureshi\nHead of Year 11\n" % (a["name"], _pr(a)[0], a["first"]))
    out.append(P(F, "flowed", "Letter to one parent disclosing another named pupil's suspension history",
                 me, [outside(9)], "Tuesday's incident", text=txt))

    # e) html attachment: suspension record for AP
    me = staff("deputy")
    ps = pupil_rows(rng, 5, 2011, 2013)
    rows = [["Name", "DOB", "Suspensions", "Days", "Last incident"]] + [
        [p["name"], D(p["dob"], "slash"), str(rng.randrange(2, 7)), str(rng.randrange(5, 25)),
         rng.choice(["assault on peer", "threatening staff", "possession of cannabis", "arson (toilets)"])]
        for p in ps]
    out.append(P(F, "html-attachment", "Suspension histories of five named pupils (HTML attachment) for AP placement panel",
                 me, [org("ap")], "Panel referrals",
                 cover="Five referrals for the panel, summary attached.\n\nGareth Pugh\n",
                 intro="Referrals to AP panel", rows=rows, outro="", attach_name="panel_referrals.htm"))

    # f) base64: reintegration notes to police liaison
    me = staff("deputy")
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    txt = ("PC Pryce,\n\nNotes from %s's reintegration meeting after the 10-day suspension (drugs "
           "supply on site). Mum attended; %s admitted selling cannabis to Year 9s and named an older "
           "supplier. Conditions: daily search, report card, no mobile phone in school. DOB %s in case "
           "you need it for your system.\n\nGareth\n" % (p["name"], p["first"], D(p["dob"], "slash")))
    out.append(P(F, "base64", "Reintegration notes after a drugs-related suspension, with DOB, to the police liaison (base64)",
                 me, [org("police")], "Reintegration notes", text=txt))

    # g) utf-8 8bit: exclusion data to a consultant
    me = staff("deputy")
    ps = pupil_rows(rng, 6, 2010, 2013, accents=1)
    txt = "Hi Ian,\n\nAs promised for the behaviour review, the repeat suspensions this term:\n\n"
    flags = spread(rng, ["EHCP (SEMH)", "SEN support", "no SEN", "looked-after", "PP"], len(ps))
    for p, fl in zip(ps, flags):
        txt += "%s \u2192 %d suspensions, %s\n" % (p["name"], rng.randrange(2, 7), fl)
    txt += "\nGareth\n"
    out.append(P(F, "utf8-8bit", "Repeat suspensions of named pupils with SEN/LAC flags to an external behaviour consultant",
                 me, [outside(12)], "Repeat suspensions \u2013 autumn", subj_enc=("utf-8", "Q"), text=txt))
    return out


# ---------------------------------------------------------------------------
# free school meals / pupil premium
# ---------------------------------------------------------------------------

def fsm(rng):
    out = []
    F = "fsm-list"

    # a) FSM list to caterer, csv
    me = staff("office")
    ps = pupil_rows(rng, 18, 2012, 2016)
    rows = [["Surname", "Forename", "Class", "FSM"]] + [
        [p["last"], p["first"], rng.choice(["7H", "7P", "8W", "3 Oak", "4 Ash"]), "Y"] for p in ps]
    out.append(P(F, "csv-attachment", "Free school meals list (18 named pupils) as csv to the catering contractor",
                 me, [org("catering")], "FSM list for till system",
                 cover="Updated free school meals list attached for the tills.\n\nSian\n",
                 rows=rows, attach_name="fsm_nov.csv"))

    # b) rfc822 forward of an internal pupil premium list to a tuition firm
    me = staff("deputy")
    ps = pupil_rows(rng, 10, 2010, 2012)
    inner_txt = ("Gareth,\n\nPP / FSM students for tutoring:\n\n" +
                 "\n".join("%s (%s) - FSM%s" % (p["name"], rng.choice(["9K", "10M", "11J"]),
                                                rng.choice(["", ", Ever6", ", LAC"])) for p in ps) +
                 "\n\nHelen\n")
    out.append(P(F, "rfc822-forward", "Internal pupil-premium/FSM list forwarded as an attachment to a tuition company",
                 me, [org("tuition")], "Fwd: PP list",
                 cover="Please see attached - these are the students to prioritise.\n\nGareth Pugh\n",
                 text=inner_txt, attach_name="PP list.eml",
                 inner=dict(frm=staff("sbm"), to=[me], subject="PP list",
                            date=datetime.datetime(2026, 9, 18, 12, 5, tzinfo=UTC1), shape="alternative")))

    # c) html-only: uniform vouchers
    me = staff("office")
    ps = pupil_rows(rng, 8, 2014, 2015)
    rows = [["Pupil", "Year 7 form", "Eligibility", "Voucher"]] + [
        [p["name"], rng.choice(["7H", "7P"]), "free school meals", "GBP 60"] for p in ps]
    out.append(P(F, "html-only", "Uniform voucher list naming pupils as free-school-meal eligible (HTML only) to a uniform shop",
                 me, [org("uniform")], "Uniform vouchers \u2013 Year 7",
                 intro="Hello,\n\nThese families can use a voucher in store:", rows=rows, outro="Sian Llewellyn"))

    # d) alternative: HAF holiday club list with FSM and DOB
    me = staff("pta")
    ps = pupil_rows(rng, 9, 2015, 2018)
    rows = [["Child", "DOB", "FSM", "Dietary"]] + [
        [p["name"], D(p["dob"], "slash"), "yes", rng.choice(["none", "halal", "vegetarian", "no pork"])]
        for p in ps]
    out.append(P(F, "alternative", "Holiday activities (HAF) list: children's names, DOBs and FSM status to a club provider",
                 me, [outside(13)], "HAF Christmas club",
                 intro="Dear Gloria,\n\nChildren booked for the Christmas HAF club (all FSM-eligible):",
                 rows=rows, outro="Fiona Blackwood"))

    # e) cp1252 breakfast club
    me = staff("primary")
    ps = pupil_rows(rng, 7, 2017, 2020, accents=2)
    txt = ("Dear Breakfast Club,\n\nFrom Monday the following children get a free breakfast "
           "because they are on free school meals:\n\n" +
           "".join("\u2022 %s\n" % p["name"] for p in ps) +
           "\nPlease invoice us at \u00a31.20 per child per day.\n\nLucy\n")
    out.append(P(F, "cp1252", "Free breakfast list naming FSM children (windows-1252) to an outside breakfast club",
                 me, [outside(5)], "Free breakfasts \u2013 FSM children", text=txt))

    # f) utf-8 8bit: trips charity with PP
    me = staff("history")
    ps = pupil_rows(rng, 6, 2011, 2012)
    txt = "Dear Trustees,\n\nApplication for help with the Krakow trip. The pupils are all pupil premium:\n\n"
    for p in ps:
        txt += "%s \u2014 Year 9 \u2014 %s\n" % (p["name"], rng.choice(["FSM", "FSM + young carer",
                                                                    "Ever6 FSM", "service child"]))
    txt += "\nOwen Trelawney\n"
    out.append(P(F, "utf8-8bit", "Grant application naming pupil-premium/FSM pupils (young carer etc.) to a charity",
                 me, [outside(2)], "Krakow trip \u2014 grant application", text=txt))

    # g) zip with a docx FSM table
    me = staff("sbm")
    ps = pupil_rows(rng, 12, 2010, 2014)
    rows = [["Pupil", "DOB", "FSM since", "Pupil premium"]] + [
        [p["name"], D(p["dob"], "slash"), rng.choice(["2021", "2023", "2024", "2025"]), "yes"] for p in ps]
    s = dict(rows=rows, intro="FSM / PP cohort for the audit", outro="", attach_title="FSM cohort")
    out.append(P(F, "zip-attachment", "A .docx table of FSM/pupil-premium pupils with DOBs, inside a .zip, to an external auditor",
                 me, [outside(26)], "PP audit pack",
                 cover="Audit pack zipped.\n\nHelen\n", attach_name="fsm_cohort.docx",
                 zip_members=[zip_docx_member("fsm_cohort.docx", s)], rows=rows, intro=s["intro"],
                 outro="", expect=["zip"]))
    return out


# ---------------------------------------------------------------------------
# staff payroll / HR
# ---------------------------------------------------------------------------

def payroll(rng):
    out = []
    F = "staff-payroll"
    staffnames = [("Joanne", "Hartley"), ("Marcus", "Osei"), ("Tom", "Bradshaw"), ("Daniel", "Kowalski"),
                  ("Grace", "Adeyemi"), ("Mark", "Ellery"), ("Beth", "Carrick"), ("Rachel", "Inglis")]

    # a) payslip text attachment
    me = staff("hr")
    ni = ID.gen_nino(rng)
    sc, acc = ID.gen_sortcode_account(rng)
    slip = ("PAYSLIP  October 2026\nEmployee: Rachel Inglis   Payroll no 40733\nNI number: %s   Tax code 1257L\n"
            "Basic (MPS6)          3,812.50\nTLR 2b                  264.17\nTeachers' pension      -893.22\n"
            "Tax                    -611.80\nNI                     -281.14\nNet pay              2,290.51\n"
            "Paid to: %s %s\n" % (ID.fmt_nino(ni, "spaced"), sc, acc))
    out.append(P(F, "text-attachment", "A teacher's payslip (.txt) with NI number, salary and bank details, sent to a union rep's outside address",
                 me, [outside(1)], "Rachel's payslip",
                 cover="Dave, as Rachel asked, her October payslip is attached for the grievance.\n\nKerry\n",
                 text=slip, attach_name="payslip_oct.txt", expect=["nino"]))

    # b) qp: sickness absence and pay to occupational health
    me = staff("hr")
    txt = ("Dear Occupational Health,\n\nManagement referral: Mark Ellery, Geography teacher, DOB %s.\n\n"
           "Mr Ellery has had 34 days of sickness absence in the last 12 months (back pain, then "
           "work-related stress). He moved to half pay on 1 October (current annual salary "
           "\u00a341,333, now \u00a31,722 per month). He has told his line manager he is taking "
           "antidepressants. Please advise on adjustments.\n\nKerry Doyle\nHR Officer\n"
           % D(ID.gen_dob(rng, 1975, 1985), "slash"))
    out.append(P(F, "qp", "Occupational health referral: a named teacher's sickness record, salary and medication",
                 me, [("referrals@occhealth.example", "Occupational Health Referrals")], "OH referral - M Ellery", text=txt))

    # c) html attachment: salary list to a recruitment consultant
    me = staff("head")
    rows = [["Name", "Post", "Point", "Salary", "Appraisal"]] + [
        ["%s %s" % n, rng.choice(["Teacher", "Head of Dept", "2i/c"]), rng.choice(["M4", "M6", "U1", "U3"]),
         "%d" % rng.randrange(34000, 52000), rng.choice(["met", "not met", "capability support"])]
        for n in staffnames[:6]]
    out.append(P(F, "html-attachment", "Staff salary and appraisal outcomes (HTML attachment) to an outside recruitment consultant",
                 me, [outside(4)], "Staffing structure",
                 cover="Kev, the current structure and pay attached for the restructure work.\n\nCaroline\n",
                 intro="Teaching staff - pay and appraisal 2025/26", rows=rows, outro="",
                 attach_name="staffing.html"))

    # d) zip: payroll export csv with NINO, salary
    me = staff("sbm")
    rows = [["Payroll no", "Name", "NI number", "Annual salary", "FTE"]] + [
        [str(40700 + i), "%s %s" % n, ID.gen_nino(rng), str(rng.randrange(22000, 60000)),
         rng.choice(["1.0", "0.8", "0.6"])] for i, n in enumerate(staffnames)]
    out.append(P(F, "zip-attachment", "Zipped payroll export with staff names, NI numbers and salaries to an external accountant",
                 me, [outside(8)], "Year-end payroll export",
                 cover="Year-end export zipped.\n\nHelen\n", rows=rows, attach_name="payroll_export.csv",
                 expect=["zip", "nino"]))

    # e) flowed-delsp: capability and salary to an HR consultant
    me = staff("head")
    txt = ("Hi Angela,\n\nI'd like your advice on Daniel Kowalski (Maths, UPS2, \u00a347,839). He is "
           "on a formal capability plan since September; two observations graded inadequate; his "
           "wife has cancer and he has been off intermittently. I'm considering whether to stop his "
           "pay progression and whether stage 2 is fair. His NI no. is %s if your system needs it.\n\n"
           "Caroline\n" % ID.fmt_nino(ID.gen_nino(rng), "spaced"))
    out.append(P(F, "flowed-delsp", "Capability case, salary, family illness and NI number of a named teacher to an HR consultant",
                 me, [outside(5)], "Advice please \u2013 capability", text=txt, expect=["nino"]))

    # f) smime-signed salary reference
    me = staff("hr")
    sc, acc = ID.gen_sortcode_account(rng)
    txt = ("To whom it may concern (mortgage reference)\n\nEmployee: Grace Adeyemi\nPosition: English "
           "teacher, permanent\nBasic salary: \u00a338,810\nStart date: 01/09/2020\nSalary paid to account "
           "%s, sort code %s\n\nKerry Doyle, HR Officer\n" % (acc, sc))
    out.append(P(F, "smime-signed", "Signed-only employment/salary reference with a teacher's account number and sort code",
                 me, [org("bank")], "Employer reference - G Adeyemi", text=txt))

    # g) base64 staff list with DOB and home addresses to a staff party venue? -> HR to insurer
    me = staff("sbm")
    txt = "Dear Claims Team,\n\nStaff involved in the minibus accident on 14 October:\n\n"
    for n in staffnames[2:6]:
        txt += "%s %s, DOB %s, %s\n" % (n[0], n[1], D(ID.gen_dob(rng, 1970, 1995), "slash"),
                                        rng.choice(["whiplash, off work 2 weeks", "no injury",
                                                    "fractured wrist", "shock"]))
    txt += "\nHelen Whitcombe\n"
    out.append(P(F, "base64", "Staff names, dates of birth and injuries after a minibus accident to an insurer (base64)",
                 me, [org("insurer")], "Minibus claim - staff details", text=txt))
    return out


# ---------------------------------------------------------------------------
# forwarded records (inline and attached forwards)
# ---------------------------------------------------------------------------

def forwards(rng):
    out = []
    F = "forwarded-record"

    # a) gmail-style inline forward of a SENCo list, utf-8 8bit
    me = staff("maths")
    ps = pupil_rows(rng, 5, 2011, 2012, accents=1)
    inner = "Dan,\n\nSEN students in your Year 9 set:\n" + "".join(
        "%s \u2013 %s \u2013 d.o.b. %s\n" % (p["name"], rng.choice(["EHCP ASD", "SEN K dyslexia",
                                                                 "SEN K ADHD", "EHCP HI"]),
                                           D(p["dob"], "slash")) for p in ps) + "\nPriya\n"
    txt = "Hi Jo, fyi for the tutoring\n\n" + M.fwd_gmail(inner, "Priya Raman <p.raman@school.example>",
                                                           "Mon, 7 Sept 2026 at 08:14", "SEN in 9X2",
                                                           "Daniel Kowalski <d.kowalski@school.example>")
    out.append(P(F, "utf8-8bit", "Gmail-style inline forward of a SENCo's list (names, needs, DOBs) to an outside tutor",
                 me, [outside(2)], "Fwd: SEN in 9X2", text=txt))

    # b) apple-style quoted forward of a class list with DOB, flowed
    me = staff("re")
    ps = pupil_rows(rng, 6, 2012, 2013)
    inner = "Class list for the visit:\n" + "".join("%s, DoB %s\n" % (p["name"], D(p["dob"], "slash")) for p in ps)
    txt = "Hi Maureen, the list as promised.\nRachel\n\n" + M.fwd_apple(
        inner, "Sian Llewellyn <s.llewellyn@school.example>", "8 October 2026 at 10:02:11 BST",
        "8R list", "Rachel Inglis <r.inglis@school.example>")
    out.append(P(F, "flowed", "Apple Mail quoted forward of a class list with DoBs to a place-of-worship visit host",
                 me, [outside(10)], "Fwd: 8R list", text=txt))

    # c) yahoo-style forward of a safeguarding note, latin1
    me = staff("chaplain")
    p = pupil_rows(rng, 1, 2011, 2012, gender="F")[0]
    inner = ("Alan - confidential. %s (9T) told me today that her mum's new partner hits her "
             "mum and that she is scared to go home. I have logged it for Aisha. Could you keep "
             "an eye on her in chaplaincy?\n\nGrace" % p["name"])
    txt = "Cher Père Bogdan,\n\nI would value your counsel on this.\n\nAlan\n\n" + M.fwd_yahoo(
        inner, "Grace Adeyemi", "Thursday, 15 October 2026, 16:40", "confidential", "Alan Prentice")
    out.append(P(F, "latin1", "Yahoo-style forward of a safeguarding disclosure about a named pupil to an outside priest (iso-8859-1)",
                 me, [outside(22)], "Fwd: confidential", text=txt))

    # d) rfc822 forward: nurse's NHS list forwarded to an outside nurse
    me = staff("nurse")
    ps = pupil_rows(rng, 6, 2014, 2015)
    inner_txt = "Nicola,\n\nThe children with no NHS record on the system:\n\n" + "".join(
        "%s  NHS %s  DOB %s\n" % (p["name"], ID.fmt_nhs(p["nhs"]), D(p["dob"], "slash")) for p in ps) + "\nSian\n"
    out.append(P(F, "rfc822-forward", "Office list of children with NHS numbers and DOBs forwarded as message/rfc822 to a locum nurse",
                 me, [outside(15)], "Fwd: NHS numbers",
                 cover="Tanya, the list Sian sent, attached.\n\nNicola\n", text=inner_txt,
                 attach_name="NHS numbers.eml", expect=["nhs"],
                 inner=dict(frm=staff("office"), to=[me], subject="NHS numbers",
                            date=datetime.datetime(2026, 10, 1, 9, 0, tzinfo=UTC1), shape="base64")))

    # e) rfc822 forward with HTML table inside (UPN + FSM)
    me = staff("attendance")
    ps = pupil_rows(rng, 7, 2011, 2013)
    rows = [["UPN", "Pupil", "Attendance", "FSM"]] + [
        [p["upn"], p["name"], "%d%%" % rng.randrange(62, 89), rng.choice(["Y", "N"])] for p in ps]
    out.append(P(F, "rfc822-forward", "Forwarded message/rfc822 whose HTML table lists persistent absentees with UPNs and FSM",
                 me, [outside(20)], "Fwd: persistent absence list",
                 cover="For the attendance project - see the forwarded email.\n\nImran\n",
                 intro="Imran,\n\nPersistent absence list:", rows=rows, outro="Gareth",
                 attach_name="PA list.eml", expect=["upn"],
                 inner=dict(frm=staff("deputy"), to=[me], subject="persistent absence list",
                            date=datetime.datetime(2026, 10, 19, 13, 30, tzinfo=UTC1), shape="html-only")))

    # f) outlook-style inline forward of a bank detail change, cp1252
    me = staff("office")
    sc, acc = ID.gen_sortcode_account(rng)
    inner = ("Sian \u2013 my new bank details for the lunch refund: sort code %s, account %s, "
             "name M Tulloch. Thanks, Maureen" % (sc, acc))
    txt = "Helen\u2019s off \u2013 can you process this refund?\n\n" + M.fwd_outlook(
        inner, "Maureen Tulloch", "05 November 2026 17:45", "refund", "Sian Llewellyn")
    out.append(P(F, "cp1252", "Outlook-style forward of a parent's sort code and account number to an outside bookkeeper (windows-1252)",
                 me, [outside(24)], "FW: refund", text=txt))
    return out


# ---------------------------------------------------------------------------
# admissions / pupil records
# ---------------------------------------------------------------------------

def admissions(rng):
    out = []
    F = "admissions-record"

    # a) Y7 intake contact sheet, xlsx
    me = staff("office")
    ps = pupil_rows(rng, 12, 2014, 2015)
    rows = [["Surname", "Forename", "DOB", "Address", "Postcode", "Parent mobile"]] + [
        [p["last"], p["first"], D(p["dob"], "slash"), p["street"], p["postcode"], p["phone"]] for p in ps]
    out.append(P(F, "xlsx-attachment", "September Year 7 intake: names, DOBs, home addresses and parents' mobiles (xlsx) to a uniform supplier",
                 me, [org("uniform")], "Y7 intake for the fitting evening",
                 cover="Hi, the intake sheet attached so you can contact families for fittings.\n\nSian\n",
                 rows=rows, attach_name="Y7 intake 2027.xlsx"))

    # b) appeal clerk, qp
    me = staff("office")
    p = pupil_rows(rng, 1, 2015, 2016)[0]
    txt = ("Dear Clerk,\n\nAppeal hearing 30 November \u2013 %s (DOB %s).\n\nThe family\u2019s case "
           "rests on medical grounds: %s has a diagnosis of cerebral palsy and the parents say the "
           "walk to Northfield is too far. They also say %s older sister was bullied at the other "
           "school. Home address for the bundle: %s, %s.\n\nSian Llewellyn\n"
           % (p["name"], D(p["dob"], "long"), p["first"], _pr(p)[2], p["street"], p["postcode"]))
    out.append(P(F, "qp", "Admission appeal details with a child's DOB, diagnosis and address to an independent appeals clerk",
                 me, [outside(27)], "Appeal bundle - %s" % p["last"], text=txt))

    # c) CTF-like XML as a text attachment
    me = staff("it")
    ps = pupil_rows(rng, 3, 2013, 2014)
    xml = ['<?xml version="1.0" encoding="UTF-8"?>', "<CTfile>", "<Header><SourceSchool><LEA>886</LEA>"
           "<Estab>4127</Estab></SourceSchool></Header>", "<CTFpupilData>"]
    for p in ps:
        xml.append("<Pupil><UPN>%s</UPN><Surname>%s</Surname><Forename>%s</Forename><DOB>%s</DOB>"
                   "<Gender>%s</Gender><FSMhistory>Y</FSMhistory></Pupil>"
                   % (p["upn"], p["last"].replace("'", "&apos;"), p["first"], p["dob"].isoformat(), p["gender"]))
    xml += ["</CTFpupilData>", "</CTfile>"]
    out.append(P(F, "text-attachment", "CTF-style XML with UPNs, DOBs and FSM history (text attachment) sent to a software vendor",
                 me, [org("mis")], "Sample CTF for the import bug",
                 cover="Here is a real CTF that fails to import.\n\nLewis\n", text="\n".join(xml) + "\n",
                 attach_name="886_4127_transfer.xml", expect=["upn"]))

    # d) html-only admission form summary
    me = staff("office")
    p = pupil_rows(rng, 1, 2019, 2020)[0]
    html = ("<html><body><p>Dear Ms Moss,</p><p>We have received your application. Please check:</p>"
            "<table border=\"1\"><tr><td>Child</td><td>%s</td></tr><tr><td>Date of birth</td><td>%s</td></tr>"
            "<tr><td>Address</td><td>%s, %s</td></tr><tr><td>Religion</td><td>Muslim</td></tr>"
            "<tr><td>Ethnicity</td><td>Pakistani</td></tr><tr><td>Medical</td><td>sickle cell trait</td></tr>"
            "<tr><td>Social care</td><td>Previously on a child protection plan</td></tr></table>"
            "<p>Sian Llewellyn, Office Manager</p></body></html>\n"
            % (p["name"], D(p["dob"], "slash"), p["street"], p["postcode"]))
    out.append(P(F, "html-only", "Admission form echo with DOB, address, religion, ethnicity and CP history (HTML only) to an address",
                 me, [outside(5)], "Your application", html=html, text="x"))

    # e) docx UCAS reference draft to a private tutor
    me = staff("hoy11")
    p = pupil_rows(rng, 1, 2008, 2009)[0]
    paras = ["# UCAS reference (draft) - %s" % p["name"],
             "DOB %s. Predicted grades: A*, A, B." % D(p["dob"], "slash"),
             "Contextual information: %s was a young carer for a parent with multiple sclerosis and "
             "missed much of Year 12 during a period of depression, for which %s received CAMHS support."
             % (p["first"], _pr(p)[0])]
    out.append(P(F, "docx-attachment", "Draft UCAS reference (docx) with predicted grades, carer status and mental health, to a private tutor",
                 me, [org("tuition")], "Reference draft for comments",
                 cover="Could your tutor check the wording? Draft attached.\n\nFarhan\n",
                 paras=paras, attach_name="reference draft.docx", expect=["docx"]))
    return out


ALL = [sen, safeguarding, medical, exclusions, fsm, payroll, forwards, admissions]
