"""Positive messages, part 1: class lists with dates of birth, UPNs, NHS numbers,
NI numbers, ULNs, payment cards, bank details.

Every message here is OUTBOUND (internal sender, auth_user set, at least one
outside recipient) and not encrypted.  `expect` lists identifier kinds the
build's self-check must find in the decoded text.
"""

import datetime

import identifiers as ID
from pdcommon import (UTC1, fmt_date_of, org, outside, home_addr, pupil_rows, sig, staff,
                      xlsx_serial, zip_docx_member, FIRST)


def P(family, shape, note, frm, to, subject, cc=(), subj_enc=None, expect=(), **content):
    d = dict(label="positive", direction="outbound", family=family, shape=shape, note=note,
             frm=frm, to=list(to), cc=list(cc), subject=subject, subj_enc=subj_enc,
             expect=list(expect))
    d.update(content)
    return d


D = fmt_date_of


# ---------------------------------------------------------------------------
# class lists with dates of birth
# ---------------------------------------------------------------------------

def class_lists(rng):
    out = []
    F = "class-list-dob"

    # a) residential trip list to an outdoor centre, xlsx with real date serials
    me = staff("tutor9")
    ps = pupil_rows(rng, 14, 2011, 2012)
    notes = ["", "", "vegetarian", "", "nut allergy", "", "", "asthma - inhaler", "", "", "halal", "", "", ""]
    rows = [["Surname", "Forename", "Tutor group", "Date of Birth", "Dietary / medical"]]
    xrows = [rows[0][:]]
    for p, n in zip(ps, notes):
        rows.append([p["last"], p["first"], "9K", D(p["dob"], "slash"), n])
        xrows.append([p["last"], p["first"], "9K", xlsx_serial(p["dob"]), n])
    out.append(P(F, "xlsx-attachment", "Year 9 residential group list with dates of birth sent to an outdoor centre",
                 me, [org("outdoor")], "Year 9 residential - group list for Highmoor",
                 cc=[staff("head")], expect=["xlsx"],
                 cover="Hi Sam,\n\nPlease find attached the group list for our Year 9 residential "
                       "(12-14 November) with dates of birth and dietary notes, as your insurer asked.\n\n"
                       "Kind regards\nJoanne" + sig(me),
                 rows=rows, xlsx_rows=xrows, date_cols=(3,), attach_name="Y9 Highmoor group list.xlsx",
                 sheet="Group list"))

    # b) football team list with d.o.b. to county FA, csv
    me = staff("pe")
    ps = pupil_rows(rng, 11, 2013, 2014)
    rows = [["Player", "d.o.b.", "Year", "Shirt"]] + [
        [p["name"], D(p["dob"], "dot"), "7", str(i + 1)] for i, p in enumerate(ps)]
    out.append(P(F, "csv-attachment", "U12 football squad with dates of birth to the county schools FA",
                 me, [outside(4)], "U12 cup squad registration",
                 cover="Hi Kev,\n\nSquad list for the U12 cup attached - d.o.b. column is in there for "
                       "the age check. Let me know if you need anything else before Saturday.\n\nTom\n",
                 rows=rows, attach_name="u12_squad.csv", expect=["csv"]))

    # c) reception class list to the photographer, HTML only
    me = staff("primary")
    ps = pupil_rows(rng, 12, 2021, 2022)
    rows = [["Child", "Class", "Date of birth"]] + [[p["name"], "Reception Oak", D(p["dob"], "long")]
                                                     for p in ps]
    out.append(P(F, "html-only", "Reception class list with dates of birth in an HTML table to a photographer",
                 me, [org("photo")], "Reception Oak - names for the individual photos",
                 intro="Hello,\n\nHere is the Reception Oak class list for Thursday's individual photos. "
                       "The dates of birth are included because your order system asked for them.",
                 rows=rows, outro="Many thanks,\nLucy Varga\nPrimary Phase Lead"))

    # d) a tutor mails her class list to her home address (DoB)
    me = staff("english")
    ps = pupil_rows(rng, 16, 2010, 2011)
    rows = [["Name", "Form", "DoB", "Reading age"]] + [
        [p["name"], "10B", D(p["dob"], "slash"), "%d.%d" % (rng.randrange(9, 16), rng.randrange(12))]
        for p in ps]
    out.append(P(F, "7bit", "English set list with DoB and reading ages sent to the teacher's home webmail",
                 me, [home_addr("english")], "set 10B2 list",
                 intro="for marking at home this weekend",
                 rows=rows, table_style="aligned", outro="G"))

    # e) exam candidates with dates of birth, docx table to an external invigilation agency
    me = staff("exams")
    ps = pupil_rows(rng, 9, 2009, 2010)
    rows = [["Cand. no", "Candidate", "D.O.B.", "Access arrangement"]] + [
        [str(4100 + i * 7), p["name"], D(p["dob"], "slash"),
         rng.choice(["25% extra time", "reader", "scribe", "rest breaks", "separate room"])]
        for i, p in enumerate(ps)]
    out.append(P(F, "docx-attachment", "Exam candidates with dates of birth and access arrangements (docx table) to an invigilation agency",
                 me, [outside(9)], "Mocks - access arrangements room list",
                 cover="Hi Pete,\n\nAttached is the list for the separate room during mocks. Please "
                       "make sure your invigilators check names against dates of birth.\n\nRebecca\n",
                 rows=rows, attach_name="Access arrangements room list.docx",
                 attach_title="Access arrangements room list",
                 paras=["# Mock examinations - separate room", "Candidates and dates of birth below."]))

    # f) French exchange list with passport numbers and "born" dates, multipart/alternative
    me = staff("history")
    ps = pupil_rows(rng, 8, 2011, 2012)
    rows = [["Pupil", "Born", "Passport no.", "Expires"]] + [
        [p["name"], D(p["dob"], "ordinal"), "%09d" % rng.randrange(100000000, 999999999),
         "%02d/%d" % (rng.randrange(1, 13), rng.randrange(2028, 2036))] for p in ps]
    out.append(P(F, "alternative", "Exchange trip list with dates of birth and passport numbers to a travel company",
                 me, [org("travel")], "Lyon exchange - passenger details",
                 intro="Dear Travel Partners,\n\nAs requested, passenger details for the Lyon exchange "
                       "(booking HP-2291). All pupils are Year 9.",
                 rows=rows, outro="Regards,\nOwen Trelawney"))

    # g) music service list in iso-8859-1 with accented names
    me = staff("ta")
    ps = pupil_rows(rng, 7, 2014, 2015, accents=3)
    rows = [["Pupil", "Date de naissance", "Instrument"]]
    txt = ("Hello,\n\nThese are the children signed up for the violin taster with the music "
           "service. Names and dates of birth:\n\n")
    for p in ps:
        inst = rng.choice(["violin", "viola", "cello"])
        txt += "%s - born %s - %s\n" % (p["name"], D(p["dob"], "dot"), inst)
    txt += "\nThe parents have all paid the £12 deposit.\n\nBeth Carrick\n"
    out.append(P(F, "latin1", "Music service taster list with accented names and dates of birth (iso-8859-1)",
                 me, [outside(6)], "Violin taster \u2013 names", subj_enc=("utf-8", "B"), text=txt))

    # h) swimming: numbered list with d.o.b., format=flowed
    me = staff("pe")
    ps = pupil_rows(rng, 10, 2016, 2017)
    txt = ("Hi Angela,\n\nFollowing our call, here are the Year 4 children for the Monday swimming "
           "block at the leisure centre. I've put d.o.b. next to each one because the lifeguards "
           "asked for it for the group register, and a note where a child cannot swim at all.\n\n")
    for i, p in enumerate(ps, 1):
        extra = rng.choice(["", "", "", " (non-swimmer)"])
        txt += "%d. %s, d.o.b. %s%s\n" % (i, p["name"], D(p["dob"], "slash"), extra)
    txt += "\nThanks, Tom" + sig(me)
    out.append(P(F, "flowed", "Year 4 swimming register with d.o.b. per child, format=flowed",
                 me, [outside(5)], "Y4 swimming group", text=txt))

    # i) summer scheme list, windows-1252, "born" ordinal dates
    me = staff("chaplain")
    ps = pupil_rows(rng, 8, 2012, 2014, accents=2)
    txt = ("Dear Wendy,\n\nThank you for offering places on the summer scheme. The young people "
           "from Hillcrest who want to come are:\n\n")
    for p in ps:
        txt += "\u2022 %s \u2013 born %s, %s\n" % (p["name"], D(p["dob"], "ordinal"), p["street"] + ", " + p["postcode"])
    txt += ("\nI\u2019ve included home addresses so your minibus driver can plan the pick-ups.\n\n"
            "God bless,\nAlan Prentice\nChaplain\n")
    out.append(P(F, "cp1252", "Summer scheme list with birth dates and home addresses (windows-1252)",
                 me, [outside(11)], "Summer scheme \u2013 our young people", text=txt))

    # j) tuition partner: zip with csv, names + DOB + year
    me = staff("deputy")
    ps = pupil_rows(rng, 15, 2010, 2012)
    rows = [["forename", "surname", "dob", "year", "subject"]] + [
        [p["first"], p["last"], D(p["dob"], "iso"), rng.choice(["9", "10", "11"]),
         rng.choice(["maths", "English"])] for p in ps]
    out.append(P(F, "zip-attachment", "Tuition cohort csv (names, dates of birth) zipped and sent to a tuition company",
                 me, [org("tuition")], "Spring tuition cohort",
                 cover="Hi,\n\nZipped cohort file attached for the spring tutoring block, as per your "
                       "onboarding checklist.\n\nGareth Pugh\nDeputy Head\n",
                 rows=rows, attach_name="hillcrest_cohort_spring.csv", expect=["zip"]))

    # k) short inline prose list, wrap72
    me = staff("tutor9")
    ps = pupil_rows(rng, 4, 2011, 2012)
    txt = ("Hi Jo,\n\nFurther to the parents' evening I can confirm the four pupils who will be "
           "joining your Saturday drama workshop from my tutor group: %s (DoB %s), %s (DoB %s), "
           "%s (DoB %s) and %s (DoB %s). Their parents have signed the consent forms, which I will "
           "post to you on Monday, and they will be dropped off at the community centre by 9:30.\n\n"
           "Best wishes,\nJoanne Hartley\n" % sum(((p["name"], D(p["dob"], "slash-short")) for p in ps), ()))
    out.append(P(F, "wrap72", "Four named pupils with dates of birth in running prose, hard-wrapped",
                 me, [outside(2)], "Saturday drama workshop - our four", text=txt))

    # l) flowed delsp, ISO dates, "Birthdate" heading
    me = staff("office")
    ps = pupil_rows(rng, 9, 2012, 2013)
    txt = ("Hi Chloe,\n\nAs promised, the Year 8 choir list for the cathedral concert passes. "
           "Birthdate is in ISO format because that is what your booking form wants.\n\n"
           "Name; Birthdate; Tutor group\n")
    for p in ps:
        txt += "%s; %s; %s\n" % (p["name"], D(p["dob"], "iso"), rng.choice(["8W", "8R"]))
    txt += "\nSian Llewellyn\nOffice Manager\n"
    out.append(P(F, "flowed-delsp", "Choir list with ISO birthdates, format=flowed delsp=yes",
                 me, [outside(7)], "Choir list for the cathedral", text=txt))
    return out


# ---------------------------------------------------------------------------
# UPNs
# ---------------------------------------------------------------------------

def upns(rng):
    out = []
    F = "upn"

    # a) pupil transfer details to a receiving school, quoted-printable
    me = staff("office")
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    txt = ("Dear Admissions Team,\n\nRe: in-year transfer \u2013 %s\n\n"
           "The CTF could not be uploaded to the S2S site this morning, so here are the "
           "details you asked for so you can set up %s on your MIS before Monday:\n\n"
           "Legal name: %s\nDate of birth: %s\nUPN: %s\nAddress: %s, %s\n"
           "Parent contact: 07700 900%03d (mother)\n\n"
           "Attendance this year is 91.2%%. There is no SEN record. Please confirm receipt.\n\n"
           "Regards,\nSian Llewellyn\nOffice Manager, Hillcrest Academy\n"
           % (p["name"], p["first"], p["name"], D(p["dob"], "long"), p["upn"], p["street"], p["postcode"],
              rng.randrange(1000)))
    out.append(P(F, "qp", "Pupil transfer details with UPN, date of birth and address to the new school (QP)",
                 me, [org("northfield")], "In-year transfer \u2013 %s" % p["name"], text=txt, expect=["upn"]))

    # b) NTP reporting csv with UPN column
    me = staff("deputy")
    ps = pupil_rows(rng, 12, 2010, 2011)
    rows = [["UPN", "Surname", "Forename", "PP", "Sessions attended"]] + [
        [p["upn"], p["last"], p["first"], rng.choice(["Y", "N"]), str(rng.randrange(6, 16))] for p in ps]
    out.append(P(F, "csv-attachment", "Tuition attendance return keyed by UPN, csv to a tuition company",
                 me, [org("tuition")], "Autumn tuition return",
                 cover="Hi,\n\nAttendance return attached with UPNs for your DfE reporting.\n\nGareth\n",
                 rows=rows, attach_name="tuition_return_autumn.csv", expect=["upn"]))

    # c) in-year admissions list to the LA, xlsx
    me = staff("office")
    ps = pupil_rows(rng, 6, 2011, 2014)
    rows = [["UPN", "Legal surname", "Legal forename", "DOB", "Start date", "Previous school"]] + [
        [p["upn"] if i % 3 else ID.gen_upn(rng, la=937, estab="2515"), p["last"], p["first"],
         D(p["dob"], "slash"), "0%d/09/2026" % (i + 1),
         rng.choice(["Oakfield Primary", "St Anne's CE", "Bramley Park", "home educated"])]
        for i, p in enumerate(ps)]
    out.append(P(F, "xlsx-attachment", "In-year admissions spreadsheet with UPNs and DOBs to the LA admissions team",
                 me, [org("la_admissions")], "September in-year admissions return",
                 cover="Hello,\n\nOur September in-year admissions return is attached.\n\nSian\n",
                 rows=rows, attach_name="Hillcrest in-year admissions Sept.xlsx", expect=["xlsx"]))

    # d) MIS support ticket with a real pupil and a UPN split across a line end
    me = staff("it")
    p = pupil_rows(rng, 1, 2013, 2014)[0]
    u = p["upn"]
    txt = ("Hi MIS Support,\n\nTicket 88213 again. The pupil record for %s (Year 7, DoB %s) keeps "
           "failing the census validation with error 1510. The UPN on the record is %s-%s\n"
           "-%s and it came in on the CTF from the primary. Can you check whether the "
           "import mangled it?\n\nLewis McAllister\nIT Manager\n"
           % (p["name"], D(p["dob"], "slash"), u[:4], u[4:8], u[8:]))
    out.append(P(F, "wrap72", "Support ticket naming a pupil with DoB and a dashed UPN broken across a line",
                 me, [org("mis")], "RE: Ticket 88213 - census error 1510", text=txt))

    # e) research data, HTML attachment
    me = staff("science")
    ps = pupil_rows(rng, 10, 2009, 2010)
    rows = [["UPN", "Pupil", "Gender", "KS2 scaled", "Y11 predicted"]] + [
        [p["upn"], p["name"], p["gender"], str(rng.randrange(92, 118)), str(rng.randrange(3, 10))]
        for p in ps]
    out.append(P(F, "html-attachment", "Pupil-level attainment with UPNs and names in an HTML attachment to a university researcher",
                 me, [outside(12)], "Data for the science attainment study",
                 cover="Hi Ian,\n\nHere is the Year 11 data for the study. I have not had time to strip "
                       "the names out, sorry - please do that before loading it.\n\nMarcus\n",
                 intro="Hillcrest Academy - Year 11 science cohort", rows=rows, outro="Exported from SIMS 3 Oct",
                 attach_name="y11_science_cohort.htm", attach_title="Y11 science cohort", expect=["upn"]))

    # f) temporary UPN for a new arrival, base64 body
    me = staff("attendance")
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    tu = ID.gen_upn(rng, temporary=True)
    txt = ("Dear Virtual School,\n\n%s arrived with us on Monday as a looked-after child placed "
           "by another authority. We have issued a temporary UPN (%s) until the permanent one "
           "comes through from the previous school. Date of birth %s. The foster carer's address "
           "is %s, %s.\n\nCould you let us know who the PEP co-ordinator will be?\n\n"
           "Imran Haq\nAttendance Officer\n" % (p["name"], tu, D(p["dob"], "long"), p["street"], p["postcode"]))
    out.append(P(F, "base64", "Looked-after child's temporary UPN, date of birth and carer address (base64 body)",
                 me, [org("virtual")], "New arrival - temporary UPN", text=txt, expect=["upn"]))

    # g) UPNs grouped oddly, lowercase keyword, 7bit
    me = staff("exams")
    ps = pupil_rows(rng, 5, 2009, 2010)
    txt = "Hi,\n\nthe five candidates with mismatched upns on the entries file are:\n\n"
    for p in ps:
        u = p["upn"]
        txt += "  %s  upn %s %s %s %s\n" % (p["name"].ljust(22), u[0], u[1:4], u[4:8], u[8:])
    txt += "\nplease re-key them from this list.\n\nRebecca Stone\nExams Officer\n"
    out.append(P(F, "7bit", "Five named candidates with UPNs in spaced groups to exam board centre support",
                 me, [org("examboard")], "entries file - upn mismatch", text=txt))

    # h) census query to the LA data team, text attachment
    me = staff("sbm")
    ps = pupil_rows(rng, 8, 2011, 2013)
    lines = ["UPN            NAME                     DOB         FSM  SEN"]
    for p in ps:
        lines.append("%s  %s %s  %s    %s" % (p["upn"], p["name"].ljust(24), D(p["dob"], "slash"),
                                           rng.choice("YN"), rng.choice(["N", "K", "E"])))
    out.append(P(F, "text-attachment", "Census exceptions report (UPN, name, DOB, FSM, SEN) as a .txt attachment to the LA",
                 me, [outside(13)], "Census exceptions",
                 cover="Gloria,\n\nThe exceptions report is attached as text.\n\nHelen\n",
                 text="\n".join(lines) + "\n", attach_name="census_exceptions.txt", expect=["upn"]))
    return out


# ---------------------------------------------------------------------------
# NHS numbers
# ---------------------------------------------------------------------------

def nhs_numbers(rng):
    out = []
    F = "nhs-number"

    # a) flu immunisation consent list, csv
    me = staff("nurse")
    ps = pupil_rows(rng, 14, 2015, 2016)
    rows = [["NHS Number", "Surname", "Forename", "DOB", "Consent"]] + [
        [ID.fmt_nhs(p["nhs"], "334"), p["last"], p["first"], D(p["dob"], "slash"),
         rng.choice(["Y", "Y", "Y", "N", "not returned"])] for p in ps]
    out.append(P(F, "csv-attachment", "Flu vaccination consent list with NHS numbers and DOBs to the school nursing team",
                 me, [org("school_nurse")], "Y5 flu session consent list",
                 cover="Morning,\n\nConsent list for the Year 5 flu session attached.\n\nNicola\n",
                 rows=rows, attach_name="y5_flu_consents.csv", expect=["nhs"]))

    # b) CAMHS referral with NHS no, qp
    me = staff("senco")
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    txt = ("Dear Colleagues,\n\nReferral: %s, DOB %s, NHS no. %s\nGP: Moorside Medical Practice\n\n"
           "%s is in Year 11. Over the last term staff have noticed a marked change: %s has "
           "stopped eating at lunchtime, has lost weight and has told the school nurse that "
           "%s is \u201cnot hungry any more\u201d. Mum reports that sleep is poor and that there "
           "have been episodes of self-harm (superficial cuts to the forearm, seen by the GP on "
           "2 October). The family would like support and have consented to this referral.\n\n"
           "Priya Raman\nSENCo\n" % (p["name"], D(p["dob"], "slash"), ID.fmt_nhs(p["nhs"], "334"),
                                       p["first"], "she" if p["gender"] == "F" else "he",
                                       "she" if p["gender"] == "F" else "he"))
    out.append(P(F, "qp", "CAMHS referral about a named pupil with DOB, NHS number and self-harm detail (QP)",
                 me, [org("camhs")], "Referral - %s" % p["name"], text=txt, expect=["nhs"]))

    # c) hospital appointment letter forwarded to the child's club, NHS number dashed, 7bit
    me = staff("pe")
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    txt = ("Hi Dave,\n\nJust so the club knows why %s won't be training for six weeks: the "
           "fracture clinic letter says\n\n  Patient: %s   NHS No: %s\n  Diagnosis: undisplaced "
           "fracture of the left radius\n  Plan: cast for 4-6 weeks, no contact sport\n\n"
           "Cheers, Tom\n" % (p["first"], p["name"], ID.fmt_nhs(p["nhs"], "334-")))
    out.append(P(F, "7bit", "Pupil's fracture clinic details with a dashed NHS number sent to a sports club",
                 me, [outside(1)], "%s - off games" % p["first"], text=txt, expect=["nhs"]))

    # d) NHS number split across a line end, wrap72
    me = staff("nurse")
    p = pupil_rows(rng, 1, 2013, 2014)[0]
    n = p["nhs"]
    txt = ("Dear Dr Mensah,\n\nI am writing about %s (born %s), who attends Hillcrest and is "
           "registered with your practice. %s's NHS number is %s %s\n%s for your records. "
           "The asthma care plan you sent in 2024 is out of date: %s now uses the brown preventer "
           "inhaler twice daily and has needed the blue inhaler at school three times this week. "
           "Could the asthma nurse review the plan?\n\nNicola Dunmore\nSchool Nurse\n"
           % (p["name"], D(p["dob"], "long"), p["first"], n[:3], n[3:6], n[6:], p["first"]))
    out.append(P(F, "wrap72", "Letter to a GP about a named pupil's asthma; NHS number broken across a line end",
                 me, [org("gp")], "Asthma care plan review", text=txt))

    # e) HTML table of vaccination catch-up
    me = staff("nurse")
    ps = pupil_rows(rng, 8, 2011, 2012)
    rows = [["Pupil", "NHS number", "Date of birth", "Missing"]] + [
        [p["name"], p["nhs"], D(p["dob"], "slash"), rng.choice(["MenACWY", "Td/IPV", "HPV dose 1"])]
        for p in ps]
    out.append(P(F, "alternative", "Vaccination catch-up table with unformatted NHS numbers and DOBs (multipart/alternative)",
                 me, [org("school_nurse")], "Catch-up list for Year 9",
                 intro="Hi team,\n\nThese Year 9 pupils were absent on the immunisation day:",
                 rows=rows, outro="Thanks\nNicola", expect=["nhs"]))

    # f) utf-8 8bit: dental screening, "NHS#"
    me = staff("primary")
    ps = pupil_rows(rng, 5, 2019, 2020, accents=1)
    txt = "Hello Tanya,\n\nThe five children whose parents asked for a follow-up after the dental screening:\n\n"
    for p in ps:
        txt += "%s \u2014 NHS# %s \u2014 d.o.b %s\n" % (p["name"], ID.fmt_nhs(p["nhs"], "334"), D(p["dob"], "slash"))
    txt += "\nAll five need a referral letter home. Thank you!\nLucy\n"
    out.append(P(F, "utf8-8bit", "Dental follow-up list with NHS numbers and dates of birth (utf-8, 8bit)",
                 me, [outside(15)], "Dental screening follow-ups", text=txt, expect=["nhs"]))

    # g) docx medical summary with NHS number to an outdoor centre
    me = staff("geography")
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    paras = ["# Medical information form - fieldwork residential",
             "Name: %s    Date of birth: %s" % (p["name"], D(p["dob"], "slash")),
             "NHS number: %s" % ID.fmt_nhs(p["nhs"], "334"),
             "Condition: Type 1 diabetes, insulin pump. Carries glucose tablets and a hypo kit.",
             "GP: Moorside Medical Practice. Emergency contact: mother, 07700 900%03d." % rng.randrange(1000)]
    out.append(P(F, "docx-attachment", "Medical information form (docx) with NHS number and diabetes detail to a field centre",
                 me, [org("outdoor")], "Fieldwork residential - medical form",
                 cover="Hello,\n\nMedical form attached for one of our Year 10 students.\n\nMark Ellery\n",
                 paras=paras, attach_name="medical form.docx", attach_title="Medical information",
                 text="\n\n".join(paras), expect=["docx"]))

    # h) smime-signed (signed, NOT encrypted) referral to the school nursing team
    me = staff("nurse")
    p = pupil_rows(rng, 1, 2011, 2012)[0]
    txt = ("Dear School Nursing Team,\n\nPlease find below a referral for %s, date of birth %s, "
           "NHS number %s.\n\nConcern: enuresis and soiling at school on four occasions this half term; "
           "child is embarrassed and has started refusing to come in on PE days. Parent aware and "
           "agrees to the referral.\n\nNicola Dunmore\nSchool Nurse\n"
           % (p["name"], D(p["dob"], "slash"), ID.fmt_nhs(p["nhs"], "334")))
    out.append(P(F, "smime-signed", "Signed but not encrypted health referral with NHS number and continence detail",
                 me, [org("school_nurse")], "Referral (signed)", text=txt, expect=["nhs"]))
    return out


# ---------------------------------------------------------------------------
# National Insurance numbers
# ---------------------------------------------------------------------------

def ninos(rng):
    out = []
    F = "nino"
    names = [("Hannah", "Boyce"), ("Tariq", "Mahmood"), ("Eleanor", "Crisp"), ("Jamie", "Okoro"),
             ("Lorna", "Fitzgerald"), ("Mehmet", "Aydin"), ("Paula", "Szabo"), ("Graham", "Tate"),
             ("Sunita", "Lal"), ("Declan", "Byrne"), ("Ruth", "Amos"), ("Gavin", "Rowe")]

    # a) new starter to the payroll bureau, spaced NINO
    me = staff("hr")
    f, l = names[0]
    ni = ID.gen_nino(rng)
    sc, acc = ID.gen_sortcode_account(rng)
    txt = ("Hi Payroll,\n\nNew starter for October:\n\nName: %s %s\nRole: Teaching Assistant, 27.5 hrs\n"
           "Start date: 01/10/2026\nDate of birth: %s\nNI number: %s\nAddress: 14 Hawthorn Close, LS28 6EJ\n"
           "Starter checklist: statement B\n\nBank details to follow on the secure form.\n\nKerry Doyle\nHR Officer\n"
           % (f, l, D(ID.gen_dob(rng, 1984, 1990), "slash"), ID.fmt_nino(ni, "spaced")))
    out.append(P(F, "wrap72", "New starter details with date of birth and spaced NI number to the payroll bureau",
                 me, [org("payroll")], "New starter - %s %s" % (f, l), text=txt, expect=["nino"]))

    # b) pension return csv with NINOs
    me = staff("sbm")
    rows = [["Surname", "Forename", "NINO", "DOB", "Pensionable pay", "Contribution"]]
    for f, l in names[1:8]:
        rows.append([l, f, ID.gen_nino(rng), D(ID.gen_dob(rng, 1965, 1998), "slash"),
                     "%d.%02d" % (rng.randrange(1100, 4200), rng.randrange(100)),
                     "%d.%02d" % (rng.randrange(60, 380), rng.randrange(100))])
    out.append(P(F, "csv-attachment", "Monthly pension contribution return (NINO, DOB, pay) as csv to the pension fund",
                 me, [org("pension")], "September contribution return",
                 cover="Please find our September return attached.\n\nHelen Whitcombe\nSchool Business Manager\n",
                 rows=rows, attach_name="hillcrest_sept_return.csv", expect=["nino"]))

    # c) supply agency timesheet query, dashed NINO, lowercase keyword "ni no"
    me = staff("deputy")
    f, l = names[8]
    txt = ("Hi Sarah,\n\nThe timesheet for %s %s for w/c 21 Sept has the wrong ni no on it. "
           "Ours says %s. Could you correct it before payroll runs?\n\nThanks\nGareth\n"
           % (f, l, ID.fmt_nino(ID.gen_nino(rng), "dashed")))
    out.append(P(F, "7bit", "Supply teacher's dashed NI number quoted in a timesheet query to an agency",
                 me, [outside(0)], "timesheet correction", text=txt, expect=["nino"]))

    # d) HTML only: staff reference request including NINO
    me = staff("head")
    f, l = names[9]
    html = ("<html><body><p>Dear Ms Akhtar,</p><p>Thank you for your reference request for "
            "<b>%s %s</b>. For your pre-employment checks, his details as held by us are:</p>"
            "<ul><li>Date of birth: %s</li><li>National Insurance: %s</li><li>Employed: Sept 2019 "
            "to Aug 2026</li><li>Sickness absence: 23 days (2024/25), of which 15 were stress-related</li>"
            "</ul><p>Yours sincerely,<br>Caroline Fenwick<br>Headteacher</p></body></html>\n"
            % (f, l, D(ID.gen_dob(rng, 1980, 1990), "long"), ID.fmt_nino(ID.gen_nino(rng), "plain")))
    out.append(P(F, "html-only", "Reference reply with a teacher's DOB, NI number and sickness record (HTML only)",
                 me, [outside(8)], "Reference: %s %s" % (f, l), html=html,
                 text="reference", expect=["nino"]))

    # e) latin1, NI nos for exam invigilators
    me = staff("exams")
    txt = ("Hi Laura,\n\nHere are the NI nos for the three invigilators you are putting "
           "through payroll for us this season:\n\n")
    for f, l in names[10:12] + [("Agnès", "Moreau")]:
        txt += "  %s %s: %s\n" % (f, l, ID.fmt_nino(ID.gen_nino(rng), "spaced"))
    txt += "\nThey will each claim 32 hours at £11.44.\n\nRebecca\n"
    out.append(P(F, "latin1", "NI numbers of three invigilators (\"NI nos\") in an iso-8859-1 message",
                 me, [outside(3)], "Invigilator NI nos", text=txt, expect=["nino"]))

    # f) xlsx staff list for a DBS umbrella body
    me = staff("hr")
    rows = [["Title", "Surname", "Forename", "Date of birth", "NI Number", "Role"]]
    for f, l in names[:6]:
        rows.append([rng.choice(["Mr", "Ms", "Mrs", "Dr"]), l, f, D(ID.gen_dob(rng, 1970, 2000), "slash"),
                     ID.fmt_nino(ID.gen_nino(rng), "spaced"),
                     rng.choice(["Teacher", "TA", "Site", "Admin", "Cover supervisor"])])
    out.append(P(F, "xlsx-attachment", "DBS renewal batch with dates of birth and NI numbers (xlsx) to an umbrella body",
                 me, [outside(14)], "DBS renewals batch 3",
                 cover="Hi Rhys,\n\nBatch 3 of our DBS renewals is attached.\n\nKerry\n",
                 rows=rows, attach_name="DBS renewals batch 3.xlsx", expect=["nino"]))

    # g) flowed: lowercase nino in prose
    me = staff("sbm")
    txt = ("Hello,\n\nI'm following up our call about the maternity pay for Paula Szabo. Her "
           "national insurance number is %s and her expected week of childbirth is the week "
           "starting 18 January 2027. The MATB1 was dated 2 November. She intends to start leave "
           "on 4 January. Please can you confirm the SMP calculation?\n\nHelen\n"
           % ID.fmt_nino(ID.gen_nino(rng), "lower"))
    out.append(P(F, "flowed", "Maternity pay query with a lower-case NI number and pregnancy dates",
                 me, [org("payroll")], "SMP - Paula Szabo", text=txt, expect=["nino"]))

    # h) base64 html-attachment: payslip query to an accountant
    me = staff("ta")
    ni = ID.gen_nino(rng)
    txt = ("Hi Nasreen,\n\nFor my tax return: my P60 from the school shows NI number %s, total pay "
           "£18,940.22 and tax £1,107.40. My second job's figures are below.\n\nBeth\n" % ID.fmt_nino(ni, "spaced"))
    out.append(P(F, "base64", "Staff member's own NI number and pay figures sent to an outside accountant (base64)",
                 me, [outside(24)], "P60 figures", text=txt, expect=["nino"]))
    return out


# ---------------------------------------------------------------------------
# ULNs
# ---------------------------------------------------------------------------

def ulns(rng):
    out = []
    F = "uln"

    # a) Y11 leavers to a college, xlsx with ULN as numbers
    me = staff("hoy11")
    ps = pupil_rows(rng, 12, 2010, 2011)
    rows = [["ULN", "Surname", "Forename", "DOB", "Course applied"]]
    xrows = [rows[0][:]]
    for p in ps:
        c = rng.choice(["A levels", "T level Digital", "BTEC Sport", "Plumbing L1", "Health & Social Care"])
        rows.append([p["uln"], p["last"], p["first"], D(p["dob"], "slash"), c])
        xrows.append([int(p["uln"]), p["last"], p["first"], D(p["dob"], "slash"), c])
    out.append(P(F, "xlsx-attachment", "Year 11 leavers with ULNs (numeric cells) and DOBs to a college transition team",
                 me, [org("college")], "Hillcrest Y11 applicants - transition data",
                 cover="Hi,\n\nTransition spreadsheet attached for our applicants to Riverside.\n\nFarhan Qureshi\nHead of Year 11\n",
                 rows=rows, xlsx_rows=xrows, attach_name="Riverside applicants.xlsx", expect=["xlsx"]))

    # b) apprenticeship referral, qp, "Unique Learner Number"
    me = staff("business")
    p = pupil_rows(rng, 1, 2009, 2010)[0]
    txt = ("Dear Apprenticeships Team,\n\nI'd like to refer %s, who left us in July, for the "
           "Level 3 business administration apprenticeship.\n\nUnique Learner Number: %s\n"
           "Date of birth: %s\nGCSE English 5, Maths 4\nHome: %s, %s\n\n%s had a difficult "
           "Year 13 because of %s mother\u2019s illness, which is why the A level grades were lower "
           "than predicted.\n\nStuart Kemble\n" % (p["name"], p["uln"], D(p["dob"], "long"),
                                                    p["street"], p["postcode"], p["first"],
                                                    "her" if p["gender"] == "F" else "his"))
    out.append(P(F, "qp", "Apprenticeship referral with ULN, DOB, home address and family illness (QP)",
                 me, [("apprenticeships@training-provider.example", "Apprenticeships Team")], "Apprenticeship referral", text=txt, expect=["uln"]))

    # c) exam entries with ULN to exam board, csv (tsv)
    me = staff("exams")
    ps = pupil_rows(rng, 10, 2009, 2010)
    rows = [["Candidate", "ULN", "Cand no", "Option"]] + [
        [p["name"], p["uln"], str(5200 + i), rng.choice(["1MA1F", "1MA1H"])] for i, p in enumerate(ps)]
    out.append(P(F, "csv-attachment", "Late exam entries with ULNs as a TSV attachment to the exam board",
                 me, [org("examboard")], "Late entries - maths",
                 cover="Late entries attached (tab separated, as the portal is down).\n\nRebecca Stone\n",
                 rows=rows, attach_name="late_entries.tsv", expect=["uln"]))

    # d) LRS query, ULN split across lines, flowed delsp
    me = staff("exams")
    ps = pupil_rows(rng, 3, 2009, 2010)
    txt = ("Hello LRS support,\n\nThree learners show as 'ULN not found' when we upload our "
           "results file. Details from our MIS are: %s, date of birth %s, ULN %s; %s, date of "
           "birth %s, ULN %s; and %s, date of birth %s, ULN %s. Could you check whether these "
           "were merged with other records?\n\nRebecca Stone\nExams Officer\n"
           % (ps[0]["name"], D(ps[0]["dob"], "slash"), ps[0]["uln"], ps[1]["name"], D(ps[1]["dob"], "slash"),
              ps[1]["uln"], ps[2]["name"], D(ps[2]["dob"], "slash"), ps[2]["uln"]))
    out.append(P(F, "flowed-delsp", "Learning Records Service query naming three learners with ULNs and DOBs (delsp soft breaks)",
                 me, [("lrs.support@example.org", "LRS Support")], "ULN not found x3", text=txt))

    # e) HTML-only table, ULNs grouped in 5s
    me = staff("hoy11")
    ps = pupil_rows(rng, 7, 2010, 2011)
    rows = [["Learner", "ULN", "Destination"]] + [
        [p["name"], "%s %s" % (p["uln"][:5], p["uln"][5:]), rng.choice(["Riverside College", "apprenticeship", "NEET risk"])]
        for p in ps]
    out.append(P(F, "html-only", "Destinations table with ULNs printed in two groups of five (HTML only) to a careers adviser",
                 me, [outside(16)], "Destinations follow-up",
                 intro="Hi Sarah,\n\nThe ones still to confirm are below.", rows=rows,
                 outro="Thanks, Farhan"))

    # f) zip with docx inside (text in a zip)
    me = staff("computing")
    ps = pupil_rows(rng, 6, 2009, 2010)
    rows = [["Learner", "ULN", "Unit", "Grade"]] + [
        [p["name"], p["uln"], "Unit %d" % rng.randrange(1, 9), rng.choice(["P", "M", "D"])] for p in ps]
    s = dict(rows=rows, intro="Internal verification sample - BTEC Digital IT", outro="Assessor: Y. Demir",
             attach_title="IV sample")
    out.append(P(F, "zip-attachment", "Internal-verification sample (a .docx inside a .zip) listing learners with ULNs and grades",
                 me, [outside(22)], "IV sample for external moderation",
                 cover="Hi Bogdan,\n\nIV sample zipped up as requested.\n\nYusuf\n",
                 attach_name="iv_sample.docx", zip_members=[zip_docx_member("iv_sample.docx", s)],
                 rows=rows, intro=s["intro"], outro=s["outro"], expect=["zip"]))

    # g) cp1252 prose, "ULN:"
    me = staff("business")
    p = pupil_rows(rng, 1, 2009, 2010)[0]
    txt = ("Dear Mr Abbott,\n\nThank you for agreeing to take %s on the work-experience week. "
           "Your insurer asked for the ULN: %s. %s\u2019s emergency contact is %s (mum) on "
           "07700 900%03d. %s has mild epilepsy, which is well controlled \u2013 a seizure plan is "
           "attached to the placement form.\n\nStuart Kemble\n"
           % (p["name"], p["uln"], p["first"], rng.choice(["Karen", "Joanne", "Maria"]), rng.randrange(1000),
              p["first"]))
    out.append(P(F, "cp1252", "Work-experience placement letter with a ULN and epilepsy detail (windows-1252)",
                 me, [outside(20)], "Work experience \u2013 placement confirmation", text=txt, expect=["uln"]))

    # h) utf8 8bit with RFC 2047 subject, ULN list in a text attachment? -> utf8-8bit inline
    me = staff("hoy11")
    ps = pupil_rows(rng, 4, 2010, 2011, accents=2)
    txt = "Hola Tanya,\n\nThe four students for the bursary application:\n\n"
    for p in ps:
        txt += "\u2023 %s \u2014 ULN %s \u2014 born %s\n" % (p["name"], p["uln"], D(p["dob"], "long"))
    txt += "\nAll four are eligible for free school meals.\n\nFarhan\n"
    out.append(P(F, "utf8-8bit", "Bursary list with ULNs, birth dates and FSM status; RFC 2047 subject",
                 me, [outside(31)], "Bursary – %s and three others" % next(
                     p["first"] for p in ps if not p["first"].isascii()), subj_enc=("utf-8", "B"),
                 text=txt, expect=["uln"]))
    return out


# ---------------------------------------------------------------------------
# payment cards
# ---------------------------------------------------------------------------

def cards(rng):
    out = []
    F = "payment-card"

    # a) school purchasing card to a coach company, 7bit
    me = staff("sbm")
    c = ID.gen_card(rng, "4", 16)
    txt = ("Hi,\n\nPlease take the deposit for booking HC-7731 on the school procurement card:\n\n"
           "Card: Visa %s\nName on card: H WHITCOMBE\nExpiry: 08/28\nSecurity code: %03d\n\n"
           "Helen Whitcombe\nSchool Business Manager\n" % (ID.fmt_card(c), rng.randrange(1000)))
    out.append(P(F, "7bit", "Procurement Visa number, expiry and CVV emailed to a coach company",
                 me, [org("travel")], "Deposit HC-7731", text=txt, expect=["card"]))

    # b) parent's card passed to a trip provider, forwarded inline (outlook style), qp
    me = staff("office")
    c = ID.gen_card(rng, "53", 16)
    inner = ("Hi Mrs Llewellyn, I can't get ParentPay to work. Can you pay the ski trip balance "
             "with my card? It's a Mastercard %s exp %02d/%02d, the 3 numbers on the back are %03d. "
             "Thanks, Laura Pimm (Ruby's mum)" % (ID.fmt_card(c), rng.randrange(1, 13), rng.randrange(27, 31),
                                                 rng.randrange(1000)))
    import mimeshapes as M
    txt = ("Hi Travel Partners,\n\nCould you take Ruby Pimm's balance directly from her mum's card "
           "please? Details below.\n\nSian\n\n" +
           M.fwd_outlook(inner, "Laura Pimm <laura.pimm@mailbox.example>", "Tuesday, 6 October 2026 19:02",
                         "ski trip", "Sian Llewellyn"))
    out.append(P(F, "qp", "A parent's Mastercard number, expiry and CVV forwarded inline (Outlook style) to a tour operator",
                 me, [org("travel")], "FW: ski trip", text=txt, expect=["card"]))

    # c) Amex with dashes, expiry only (no card word near?) - wrap72
    me = staff("head")
    c = ID.gen_card(rng, "37", 15)
    txt = ("Dear Reservations,\n\nPlease guarantee the two rooms for the headteachers' conference "
           "(arrival 19 November, two nights) with %s, valid thru %02d/%02d, in the name of Caroline "
           "Fenwick.\n\nKind regards,\nCaroline Fenwick\n" % (ID.fmt_card(c, "dash"), rng.randrange(1, 13),
                                                              rng.randrange(27, 31)))
    out.append(P(F, "wrap72", "Amex number with dashes and an MM/YY expiry to a hotel, no other card keyword",
                 me, [("reservations@conference-hotel.example", "Reservations")], "Room guarantee", text=txt, expect=["card"]))

    # d) HTML alternative: card details in a table
    me = staff("sbm")
    c = ID.gen_card(rng, "2221", 16)
    rows = [["Field", "Value"], ["Cardholder", "Hillcrest Academy / H Whitcombe"],
            ["Card number", ID.fmt_card(c)], ["Expires", "11/29"], ["CVC", "%03d" % rng.randrange(1000)],
            ["Amount", "GBP 1,240.00"]]
    out.append(P(F, "alternative", "Card payment form with number, expiry and CVC as an HTML table",
                 me, [org("supplier")], "Payment for invoice 40213",
                 intro="Hello Accounts,\n\nPayment details for invoice 40213:", rows=rows,
                 outro="Please confirm when processed.\nHelen", expect=["card"]))

    # e) docx booking form with card
    me = staff("pe")
    c = ID.gen_card(rng, "4", 16)
    paras = ["# Booking form - ski trip 2027", "Group leader: Tom Bradshaw", "Number of pupils: 38",
             "Payment: debit card %s, expiry %02d/%02d, CVV %03d" % (ID.fmt_card(c, "plain"),
                                                                  rng.randrange(1, 13), rng.randrange(27, 31),
                                                                  rng.randrange(1000)),
             "Card holder: Thomas Bradshaw (personal card, to be reclaimed)"]
    out.append(P(F, "docx-attachment", "Booking form (docx) with a teacher's personal debit card number, expiry and CVV",
                 me, [org("travel")], "Ski 2027 booking form",
                 cover="Completed booking form attached.\n\nTom\n", paras=paras,
                 attach_name="ski booking form.docx", text="\n\n".join(paras), expect=["docx"]))

    # f) card in base64 body, JCB
    me = staff("chaplain")
    c = ID.gen_card(rng, "3530", 16)
    txt = ("Dear Sister Maureen,\n\nFor the retreat deposit you may charge my own credit card: "
           "%s expiring %02d/%02d. I will claim it back from the school later.\n\nAlan\n"
           % (ID.fmt_card(c), rng.randrange(1, 13), rng.randrange(27, 31)))
    out.append(P(F, "base64", "Chaplain's own credit card number and expiry to a retreat house (base64 body)",
                 me, [outside(10)], "Retreat deposit", text=txt, expect=["card"]))

    # g) flowed with card split across a line end
    me = staff("office")
    c = ID.gen_card(rng, "4", 16)
    g = ID.fmt_card(c)
    txt = ("Hello,\n\nThe uniform order for the new Year 7s is confirmed. Please charge the "
           "school card, number %s\n%s, exp %02d/%02d, and send the receipt to the office.\n\nSian\n"
           % (g[:9], g[10:], rng.randrange(1, 13), rng.randrange(27, 31)))
    out.append(P(F, "flowed", "Card number broken across a line end with an expiry, format=flowed",
                 me, [org("uniform")], "Year 7 uniform order", text=txt))

    # h) smime-signed (not encrypted) card details
    me = staff("sbm")
    c = ID.gen_card(rng, "55", 16)
    txt = ("Good afternoon,\n\nAs discussed on the phone, the card for the annual licence renewal is "
           "Mastercard %s, expiry %02d/%02d, security code %03d, billing postcode LS6 2QT.\n\n"
           "Helen Whitcombe\n" % (ID.fmt_card(c), rng.randrange(1, 13), rng.randrange(27, 31), rng.randrange(1000)))
    out.append(P(F, "smime-signed", "Signed (not encrypted) message with a full Mastercard number, expiry and CVV",
                 me, [org("mis")], "Licence renewal payment", text=txt, expect=["card"]))
    return out


# ---------------------------------------------------------------------------
# bank details
# ---------------------------------------------------------------------------

def bank_details(rng):
    out = []
    F = "bank-details"

    # a) staff change of bank details to payroll, 7bit
    me = staff("hr")
    sc, acc = ID.gen_sortcode_account(rng)
    txt = ("Hi Payroll,\n\nOwen Trelawney (payroll no. 40817) has changed banks. New details from "
           "October:\n\nSort code: %s\nAccount number: %s\nAccount name: O J TRELAWNEY\n\nKerry\n" % (sc, acc))
    out.append(P(F, "7bit", "Teacher's new sort code and account number sent to the payroll bureau",
                 me, [org("payroll")], "Change of bank details - O Trelawney", text=txt))

    # b) refunds to parents csv with sort code + account
    me = staff("sbm")
    rows = [["Parent", "Pupil", "Sort code", "Account no", "Refund"]]
    for i in range(8):
        sc, acc = ID.gen_sortcode_account(rng)
        pf, pl = outside(i)[1].split(" ")
        rows.append(["%s %s" % (pf, pl), "%s %s" % (FIRST[(i * 7) % len(FIRST)], pl), sc, acc, "%d.00" % rng.choice([35, 70, 120, 245])])
    out.append(P(F, "csv-attachment", "Trip refund list with parents' sort codes and account numbers (csv) to an outside finance company",
                 me, [outside(8)], "BACS refunds - cancelled trip",
                 cover="Hi Nasreen,\n\nBACS file for the cancelled Berlin trip refunds attached.\n\nHelen\n",
                 rows=rows, attach_name="berlin_refunds_bacs.csv"))

    # c) acc no / s/c abbreviations, flowed
    me = staff("ta")
    sc, acc = ID.gen_sortcode_account(rng)
    txt = ("Hi Pete,\n\nThanks for sorting the car. You can pay me the £450 by transfer: "
           "s/c %s acc no %s (B Carrick). Cheers,\nBeth\n" % (sc.replace("-", ""), acc))
    out.append(P(F, "flowed", "Staff member's own bank s/c and acc no in a personal sale from work mail",
                 me, [outside(9)], "car", text=txt))

    # d) governor expenses, html-only
    me = staff("sbm")
    sc, acc = ID.gen_sortcode_account(rng)
    html = ("<div>Dear Michael,</div><div><br></div><div>I have set up your expenses payment. "
            "Please check the details we hold are right:</div><div><br></div>"
            "<div><b>Payee:</b> M Okonjo<br><b>Sort code:</b> %s<br><b>Account:</b> %s<br>"
            "<b>Amount:</b> &pound;84.60 (mileage, governor training)</div><div><br></div>"
            "<div>Helen</div>\n" % (sc, acc))
    out.append(P(F, "html-only", "Governor's sort code and account number confirmed back to his personal address (HTML only)",
                 me, [org("governor")], "Expenses", html=html, text="x"))

    # e) xlsx payroll adjustments with bank columns
    me = staff("hr")
    rows = [["Payroll no", "Name", "Sort code", "Account", "Adjustment", "Reason"]]
    for f, l in [("Joanne", "Hartley"), ("Tom", "Bradshaw"), ("Beth", "Carrick"), ("Imran", "Haq")]:
        sc, acc = ID.gen_sortcode_account(rng)
        rows.append([str(rng.randrange(40000, 41000)), "%s %s" % (f, l), sc, acc,
                     "%d.%02d" % (rng.randrange(-300, 600), rng.randrange(100)),
                     rng.choice(["overtime", "sickness deduction", "TLR backpay", "unpaid leave"])])
    out.append(P(F, "xlsx-attachment", "Payroll adjustments with staff names, sort codes, accounts and sickness deductions (xlsx)",
                 me, [org("payroll")], "October adjustments",
                 cover="October adjustments attached.\n\nKerry Doyle\n", rows=rows,
                 attach_name="Oct adjustments.xlsx"))

    # f) sort code with spaces, account split from it by a line end, wrap72
    me = staff("office")
    sc, acc = ID.gen_sortcode_account(rng)
    txt = ("Dear Mrs Tulloch,\n\nWe are refunding the music tuition fees you overpaid for Poppy. "
           "Our finance team has your bank details as sort code %s and account number\n%s. If "
           "these have changed please ring the office rather than replying.\n\nSian Llewellyn\n"
           % (sc.replace("-", " "), acc))
    out.append(P(F, "wrap72", "Parent's spaced sort code with the account number on the next line, sent back to the parent",
                 me, [outside(10)], "Refund of music fees", text=txt))

    # g) latin1 "coordonnées bancaires" for an exchange host family
    me = staff("history")
    sc, acc = ID.gen_sortcode_account(rng)
    txt = ("Chère Madame Núñez,\n\nPour le remboursement, voici les coordonnées bancaires de "
           "Mme Hartley (UK bank): sort code %s, account number %s. Merci beaucoup!\n\nOwen\n" % (sc, acc))
    out.append(P(F, "latin1", "A colleague's sort code and account number sent to an exchange host (iso-8859-1)",
                 me, [("famille.nunez@example.net", "Carmen Nunez")], "Remboursement", text=txt))

    # h) rfc822 forward of an internal message with bank details
    me = staff("sbm")
    sc, acc = ID.gen_sortcode_account(rng)
    inner_txt = ("Helen,\n\nMy salary went into the old account again. The right details are "
                 "%s / %s (Barclays, M Osei). Can you get payroll to fix it?\n\nMarcus\n" % (sc, acc))
    out.append(P(F, "rfc822-forward", "Internal message with a teacher's sort code/account forwarded as an attachment to payroll",
                 me, [org("payroll")], "Fwd: salary gone to wrong account",
                 cover="Please see Marcus's message attached and correct his bank details.\n\nHelen\n",
                 text=inner_txt, attach_name="salary.eml",
                 inner=dict(frm=staff("science"), to=[me], subject="salary gone to wrong account",
                            date=datetime.datetime(2026, 10, 27, 8, 12, tzinfo=UTC1), shape="7bit")))
    return out


ALL = [class_lists, upns, nhs_numbers, ninos, ulns, cards, bank_details]
