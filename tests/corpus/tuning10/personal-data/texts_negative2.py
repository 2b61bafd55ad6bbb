"""Negative messages, part 2: the same kinds of sensitive content as the
positives, but (a) sent internally only (every recipient internal, auth_user
set), (b) arriving inbound (outside sender to staff, auth_user null), or
(c) sent outbound inside an encryption container (S/MIME enveloped-data,
PGP/MIME multipart/encrypted, inline PGP MESSAGE).
"""

import datetime

import identifiers as ID
import mimeshapes as M
from pdcommon import (UTC1, fmt_date_of as D, org, outside, pupil, pupil_rows, sig, staff,
                      xlsx_serial, zip_docx_member)
from texts_negative import N


def _pr(p):
    return ("she", "her", "her") if p["gender"] == "F" else ("he", "him", "his")


# ---------------------------------------------------------------------------
# internal only
# ---------------------------------------------------------------------------

def internal_only(rng):
    out = []
    F = "internal-only"
    I = "internal"

    # 1 class list with DOBs, xlsx, tutor -> head of year
    me = staff("tutor9")
    ps = pupil_rows(rng, 15, 2011, 2012)
    rows = [["Surname", "Forename", "DOB", "Tutor group"]]
    xrows = [rows[0][:]]
    for p in ps:
        rows.append([p["last"], p["first"], D(p["dob"], "slash"), "9K"])
        xrows.append([p["last"], p["first"], xlsx_serial(p["dob"]), "9K"])
    out.append(N(F, "xlsx-attachment", "Tutor group list with dates of birth (xlsx) sent only to the head of year",
                 me, [staff("hoy11")], "9K list with DOBs", direction=I,
                 cover="Farhan, the list you wanted for the residential.\n\nJo\n",
                 rows=rows, xlsx_rows=xrows, date_cols=(2,), attach_name="9K list.xlsx"))

    # 2 UPN tuition return, csv, deputy -> SBM
    me = staff("deputy")
    ps = pupil_rows(rng, 10, 2010, 2011)
    rows = [["UPN", "Name", "PP", "Sessions"]] + [
        [p["upn"], p["name"], rng.choice("YN"), str(rng.randrange(5, 15))] for p in ps]
    out.append(N(F, "csv-attachment", "Tuition return keyed by UPN (csv) sent to a colleague only",
                 me, [staff("sbm")], "Tuition return - for the grant claim", direction=I,
                 cover="Helen, for the grant claim.\n\nGareth\n", rows=rows, attach_name="tuition_return.csv"))

    # 3 NHS number and mental-health concern, nurse -> SENCo
    me = staff("nurse")
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    txt = ("Priya,\n\nBefore I refer %s (DOB %s, NHS no. %s) to CAMHS, can we talk? %s has told me "
           "about cutting and about not eating. Mum consents to a referral.\n\nNicola\n"
           % (p["name"], D(p["dob"], "slash"), ID.fmt_nhs(p["nhs"]), _pr(p)[0].capitalize()))
    out.append(N(F, "qp", "Nurse to SENCo about a named pupil's self-harm with DOB and NHS number (internal only)",
                 me, [staff("senco")], "Before the CAMHS referral", direction=I, text=txt))

    # 4 a pupil's own email forwarded as an attachment to the DSL
    me = staff("english")
    pa = pupil(6)
    inner_txt = ("miss i didnt want to say in class but my step dad keeps shouting at my mum and last "
                 "night he threw a plate at her and i had to take my little brother upstairs. please dont "
                 "tell him i told you\n")
    out.append(N(F, "rfc822-forward", "Pupil's own email disclosing domestic abuse, forwarded as message/rfc822 to the DSL (all internal)",
                 me, [staff("dsl")], "Fwd: (no subject)", direction=I,
                 cover="Aisha - this came in from %s (10M) last night. Forwarded as received.\n\nGrace\n" % pa[1],
                 text=inner_txt, attach_name="pupil email.eml",
                 inner=dict(frm=pa, to=[me], subject="(no subject)",
                            date=datetime.datetime(2026, 11, 11, 22, 41, tzinfo=UTC1), shape="7bit")))

    # 5 exclusions log, html attachment, head -> deputy + SBM
    me = staff("head")
    ps = pupil_rows(rng, 6, 2010, 2014)
    rows = [["Pupil", "Type", "Days", "Reason"]] + [
        [p["name"], rng.choice(["Suspension", "Permanent"]), str(rng.randrange(1, 6)),
         rng.choice(["assault", "drugs", "persistent disruption", "racist abuse"])] for p in ps]
    out.append(N(F, "html-attachment", "Named exclusions log (HTML attachment) shared between senior staff only",
                 me, [staff("deputy"), staff("sbm")], "Exclusions log for SLT", direction=I,
                 cover="For Monday's SLT.\n\nCaroline\n", intro="Exclusions - autumn", rows=rows, outro="",
                 attach_name="exclusions.html"))

    # 6 payroll export zipped, SBM -> HR
    me = staff("sbm")
    rows = [["Payroll no", "Name", "NI number", "Salary"]] + [
        [str(40800 + i), "%s %s" % (f, l), ID.gen_nino(rng), str(rng.randrange(22000, 60000))]
        for i, (f, l, _) in enumerate(M.People.STAFF[:8])]
    out.append(N(F, "zip-attachment", "Zipped payroll export with NI numbers and salaries, SBM to HR only",
                 me, [staff("hr")], "payroll export", direction=I,
                 cover="Kerry, zipped export for the audit.\n\nHelen\n", rows=rows, attach_name="payroll.csv"))

    # 7 payslip text attachment, HR -> head
    me = staff("hr")
    sc, acc = ID.gen_sortcode_account(rng)
    slip = ("PAYSLIP September 2026\nEmployee: Tom Bradshaw  NI: %s\nGross 3,402.00  Net 2,511.37\n"
            "Bank: %s %s\n" % (ID.fmt_nino(ID.gen_nino(rng)), sc, acc))
    out.append(N(F, "text-attachment", "A teacher's payslip with NI number and bank details, HR to headteacher only",
                 me, [staff("head")], "Tom's payslip (query)", direction=I,
                 cover="Caroline, the payslip Tom is querying.\n\nKerry\n", text=slip, attach_name="payslip.txt"))

    # 8 safeguarding note, DSL -> deputy DSL
    me = staff("dsl")
    p = pupil_rows(rng, 1, 2013, 2014)[0]
    txt = ("Gareth,\n\nFor cover while I'm out: %s (DOB %s) is on a CP plan for neglect. Social "
           "worker is Diana Ferreira. If %s arrives hungry or with marks, log it on CPOMS and ring "
           "her straight away. Dad must not collect.\n\nAisha\n" % (p["name"], D(p["dob"], "slash"), _pr(p)[0]))
    out.append(N(F, "flowed-delsp", "DSL's handover about a named child on a CP plan to the deputy DSL (internal only)",
                 me, [staff("deputy")], "Cover - CP cases", direction=I, text=txt))

    # 9 medical list for a trip, nurse -> PE, cp1252
    me = staff("nurse")
    ps = pupil_rows(rng, 5, 2011, 2012, accents=2)
    txt = "Tom,\n\nMedical needs for Saturday\u2019s fixture:\n\n" + "".join(
        "\u2022 %s \u2013 %s\n" % (p["name"], rng.choice(["asthma, blue inhaler", "EpiPen (peanut)",
                                                        "epilepsy \u2013 see care plan", "diabetes T1"]))
        for p in ps) + "\nNicola\n"
    out.append(N(F, "cp1252", "Named pupils' medical needs for a fixture, nurse to PE teacher only (windows-1252)",
                 me, [staff("pe")], "Medical needs \u2013 Saturday", direction=I, text=txt))

    # 10 NI nos, exams officer -> HR, latin1
    me = staff("exams")
    txt = "Kerry,\n\nNI nos for the new invigilators (for payroll set-up):\n\n"
    for n in ["Agnès Moreau", "Ruth Amos", "Gavin Rowe"]:
        txt += "  %s: %s\n" % (n, ID.fmt_nino(ID.gen_nino(rng)))
    txt += "\nRebecca\n"
    out.append(N(F, "latin1", "Invigilators' NI numbers sent to HR only (iso-8859-1)",
                 me, [staff("hr")], "Invigilator NI nos", direction=I, text=txt))

    # 11 ULN list, HoY11 -> exams officer, utf-8
    me = staff("hoy11")
    ps = pupil_rows(rng, 6, 2010, 2011, accents=1)
    txt = "Rebecca,\n\nULNs for the six late joiners:\n\n" + "".join(
        "%s \u2014 ULN %s \u2014 DOB %s\n" % (p["name"], p["uln"], D(p["dob"], "slash")) for p in ps) + "\nFarhan\n"
    out.append(N(F, "utf8-8bit", "Late joiners' ULNs and DOBs, head of year to exams officer only (utf-8)",
                 me, [staff("exams")], "ULNs \u2014 late joiners", direction=I, subj_enc=("utf-8", "B"), text=txt))

    # 12 card details internal, signed
    me = staff("office")
    c = ID.gen_card(rng, "4", 16)
    txt = ("Helen,\n\nThe coach company needs paying today and I can't find the card. Is this still "
           "the right one? %s, exp 07/28.\n\nSian\n" % ID.fmt_card(c))
    out.append(N(F, "smime-signed", "Procurement card number and expiry between two finance staff (signed, internal only)",
                 me, [staff("sbm")], "Card for the coach", direction=I, text=txt))

    # 13 bank details, HR -> SBM, base64
    me = staff("hr")
    sc, acc = ID.gen_sortcode_account(rng)
    txt = ("Helen,\n\nOwen's new bank details for the payroll change form: sort code %s, account "
           "number %s.\n\nKerry\n" % (sc, acc))
    out.append(N(F, "base64", "A teacher's sort code and account number, HR to SBM only (base64)",
                 me, [staff("sbm")], "Owen - bank change", direction=I, text=txt))

    # 14 FSM list, office -> catering manager (internal)
    me = staff("office")
    ps = pupil_rows(rng, 12, 2012, 2016)
    txt = ("Hi Lorna,\n\nThe updated free school meals list for the tills:\n\n" +
           "\n".join("%s (%s)" % (p["name"], rng.choice(["7H", "8W", "3 Oak"])) for p in ps) + "\n\nSian\n")
    out.append(N(F, "flowed", "Free school meals list to the in-house catering manager (internal address)",
                 me, [("l.fitzgerald@school.example", "Lorna Fitzgerald")], "FSM list", direction=I, text=txt))

    # 15 SEN register to all teaching staff, alternative
    me = staff("senco")
    ps = pupil_rows(rng, 10, 2010, 2014)
    rows = [["Pupil", "Year", "Need", "Strategy"]] + [
        [p["name"], str(rng.randrange(7, 12)), rng.choice(["ASD", "ADHD", "dyslexia", "HI", "SEMH"]),
         rng.choice(["seat at front", "movement breaks", "printed notes", "time-out card"])] for p in ps]
    out.append(N(F, "alternative", "SEN register summary table for all teaching staff (internal list address)",
                 me, [("teaching.staff@school.example", "Teaching Staff")], "SEN register - autumn update",
                 direction=I, intro="Dear colleagues,\n\nPlease read before your first lessons:", rows=rows,
                 outro="Priya"))

    # 16 a pupil's own exam details to the pupil, xlsx
    me = staff("exams")
    pa = pupil(3)
    p = pupil_rows(rng, 1, 2008, 2009)[0]
    rows = [["Field", "Value"], ["Name", pa[1]], ["Date of birth", D(p["dob"], "slash")], ["ULN", p["uln"]],
            ["Candidate number", "6214"], ["Entries", "Maths, Further Maths, Physics"]]
    out.append(N(F, "xlsx-attachment", "Exams officer sends a sixth former their own candidate record (DOB, ULN) to check (internal)",
                 me, [pa], "Please check your exam entry details", direction=I,
                 cover="Hi,\n\nPlease check your details in the attached and tell me if anything is wrong.\n\nMrs Stone\n",
                 rows=rows, attach_name="your entry details.xlsx"))
    return out


# ---------------------------------------------------------------------------
# inbound
# ---------------------------------------------------------------------------

def inbound(rng):
    out = []
    F = "inbound"
    IN = "inbound"

    # 1 parent -> nurse, medical with NHS number, 7bit
    par = outside(0)
    p = pupil_rows(rng, 1, 2014, 2015, gender="F")[0]
    txt = ("Hi Mrs Dunmore,\n\n%s has been diagnosed with asthma. Her NHS number is %s and she was "
           "born on %s. She has a blue inhaler which I'll send in tomorrow.\n\nThanks,\nSarah Benton\n"
           % (p["first"], ID.fmt_nhs(p["nhs"]), D(p["dob"], "long")))
    out.append(N(F, "7bit", "Parent emails the school nurse her child's diagnosis, NHS number and DOB (inbound)",
                 par, [staff("nurse")], "%s - asthma" % p["first"], direction=IN, text=txt))

    # 2 LA admissions allocation list, HTML only
    la = org("la_admissions")
    ps = pupil_rows(rng, 10, 2015, 2016)
    rows = [["Child", "DOB", "Current school", "Allocation"]] + [
        [p["name"], D(p["dob"], "slash"), rng.choice(["Oakfield Primary", "St Anne's CE", "Bramley Park"]),
         "Hillcrest (offered)"] for p in ps]
    out.append(N(F, "html-only", "LA admissions sends the school its allocation list with children's DOBs (HTML only, inbound)",
                 la, [staff("office")], "National offer day - allocation list", direction=IN,
                 intro="Dear Hillcrest Academy,\n\nYour allocation list for September 2027:", rows=rows,
                 outro="School Admissions Team"))

    # 3 college returns ULN confirmations, csv
    col = org("college")
    ps = pupil_rows(rng, 9, 2010, 2011)
    rows = [["ULN", "Name", "Enrolled"]] + [[p["uln"], p["name"], rng.choice(["Y", "N"])] for p in ps]
    out.append(N(F, "csv-attachment", "College sends back enrolment confirmations with ULNs (csv, inbound)",
                 col, [staff("hoy11")], "Enrolment confirmations", direction=IN,
                 cover="Hi Farhan,\n\nEnrolment confirmations attached.\n\nTransition Team\n",
                 rows=rows, attach_name="enrolments.csv"))

    # 4 previous school transfer list, xlsx
    prev = ("admin@oakfield-primary.example", "Oakfield Primary Office")
    ps = pupil_rows(rng, 12, 2014, 2015)
    rows = [["UPN", "Surname", "Forename", "DOB", "SEN", "FSM"]] + [
        [ID.gen_upn(rng, la=886, estab="2231"), p["last"], p["first"], D(p["dob"], "slash"),
         rng.choice(["N", "K", "E"]), rng.choice("YN")] for p in ps]
    out.append(N(F, "xlsx-attachment", "Feeder primary sends Year 6 transfer data with UPNs, DOBs, SEN, FSM (xlsx, inbound)",
                 prev, [staff("hoy11"), staff("senco")], "Year 6 transfer information", direction=IN,
                 cover="Dear Hillcrest,\n\nOur Year 6 transfer information is attached.\n\nOakfield Primary\n",
                 rows=rows, attach_name="Y6 transfer.xlsx"))

    # 5 social worker forwards CP plan minutes as an attachment
    sw = org("social")
    p = pupil_rows(rng, 1, 2013, 2014)[0]
    inner_txt = ("Minutes: review child protection conference\nChild: %s, DOB %s\nCategory: neglect\n"
                 "Decision: remain on a CP plan. Core group to meet every 6 weeks.\n" % (p["name"], D(p["dob"], "slash")))
    out.append(N(F, "rfc822-forward", "Social worker forwards CP conference minutes about a named child to the DSL (inbound)",
                 sw, [staff("dsl")], "Fwd: RCPC minutes", direction=IN,
                 cover="Aisha, minutes attached as promised.\n\nDiana\n", text=inner_txt, attach_name="minutes.eml",
                 inner=dict(frm=("cp.admin@childrens-services.example", "CP Conference Admin"), to=[sw],
                            subject="RCPC minutes", date=datetime.datetime(2026, 10, 30, 16, 0, tzinfo=UTC1),
                            shape="qp")))

    # 6 parent forwards a hospital email with NHS number
    par = outside(5)
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    inner_txt = ("Dear parent,\n\nYour child's appointment: %s, NHS number %s, paediatric diabetes "
                 "clinic, 18 November 2026 at 10:40.\n\nOutpatients\n" % (p["name"], ID.fmt_nhs(p["nhs"])))
    out.append(N(F, "rfc822-forward", "Parent forwards a hospital appointment email (NHS number) to the school (inbound)",
                 par, [staff("attendance")], "Fwd: appointment", direction=IN,
                 cover="Hi, this is why %s will be out on the 18th. Angela\n" % p["first"], text=inner_txt,
                 attach_name="appointment.eml",
                 inner=dict(frm=("outpatients@nhs-trust.example", "Outpatients"), to=[par],
                            subject="Appointment letter", date=datetime.datetime(2026, 11, 1, 9, 15, tzinfo=UTC1),
                            shape="7bit")))

    # 7 payroll bureau sends payslip summary with NINO, html attachment
    pb = org("payroll")
    rows = [["Employee", "NI number", "Gross", "Net"]] + [
        ["%s %s" % (f, l), ID.fmt_nino(ID.gen_nino(rng)), str(rng.randrange(1800, 4500)), str(rng.randrange(1400, 3300))]
        for f, l, _ in M.People.STAFF[:6]]
    out.append(N(F, "html-attachment", "Payroll bureau sends the school a pay summary with staff NI numbers (HTML attachment, inbound)",
                 pb, [staff("hr")], "October pay summary", direction=IN,
                 cover="Please find the pay summary attached.\n\nSchools Payroll Bureau\n",
                 intro="Pay summary October 2026", rows=rows, outro="", attach_name="pay_summary.html"))

    # 8 exam board results file zipped
    eb = org("examboard")
    ps = pupil_rows(rng, 10, 2009, 2010)
    rows = [["ULN", "Candidate", "Grade"]] + [[p["uln"], p["name"], str(rng.randrange(3, 10))] for p in ps]
    out.append(N(F, "zip-attachment", "Exam board sends a zipped results file with ULNs and grades (inbound)",
                 eb, [staff("exams")], "November resit results", direction=IN,
                 cover="Results attached (zip).\n\nCentre Support\n", rows=rows, attach_name="results.csv"))

    # 9 tuition company report zipped docx with UPNs
    tc = org("tuition")
    ps = pupil_rows(rng, 6, 2010, 2011)
    rows = [["UPN", "Pupil", "Sessions", "Progress"]] + [
        [p["upn"], p["name"], str(rng.randrange(6, 15)), rng.choice(["good", "some", "limited"])] for p in ps]
    s = dict(rows=rows, intro="Tutoring report - autumn", outro="", attach_title="Tutoring report")
    out.append(N(F, "zip-attachment", "Tuition company sends a zipped .docx report listing pupils with UPNs (inbound)",
                 tc, [staff("deputy")], "Autumn report", direction=IN,
                 cover="Hi Gareth, report zipped.\n\nBright Sparks\n", attach_name="report.docx",
                 zip_members=[zip_docx_member("report.docx", s)], rows=rows, intro=s["intro"], outro=""))

    # 10 GP care plan as text attachment
    gp = org("gp")
    p = pupil_rows(rng, 1, 2015, 2016)[0]
    plan = ("CARE PLAN\nPatient: %s\nDOB: %s\nNHS: %s\nCondition: epilepsy\nRescue medication: buccal "
            "midazolam 5mg\n" % (p["name"], D(p["dob"], "slash"), ID.fmt_nhs(p["nhs"])))
    out.append(N(F, "text-attachment", "GP surgery sends a child's epilepsy care plan with NHS number to the school nurse (inbound)",
                 gp, [staff("nurse")], "Care plan", direction=IN,
                 cover="Please see attached care plan.\n\nMoorside Medical Practice\n", text=plan, attach_name="careplan.txt"))

    # 11 police Operation Encompass, flowed delsp
    pol = org("police")
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    txt = ("OFFICIAL-SENSITIVE\n\nOperation Encompass notification\n\nChild: %s, DOB %s, attends "
           "Hillcrest Academy. Police attended a domestic abuse incident at the home address last night "
           "at 23:10. The child was present. No arrests. Please provide support today.\n\n"
           "Schools Liaison Officer\n" % (p["name"], D(p["dob"], "slash")))
    out.append(N(F, "flowed-delsp", "Police Operation Encompass notice about a named child (inbound)",
                 pol, [staff("dsl")], "Operation Encompass", direction=IN, text=txt))

    # 12 parent sends own card to pay, cp1252
    par = outside(7)
    c = ID.gen_card(rng, "4", 16)
    txt = ("Hi,\n\nParentPay won\u2019t let me log in. Could you take the \u00a3180 for the ski trip "
           "deposit from my debit card \u2013 %s, expiry %02d/%02d, CVV %03d? Name: Chloe Redfern.\n\nThanks!\n"
           % (ID.fmt_card(c), rng.randrange(1, 13), rng.randrange(27, 31), rng.randrange(1000)))
    out.append(N(F, "cp1252", "Parent emails her own debit card number, expiry and CVV to the school office (inbound)",
                 par, [staff("office")], "Ski trip deposit", direction=IN, text=txt))

    # 13 supply agency sends teacher details, cp1252
    ag = ("bookings@supply-agency.example", "Supply Agency Bookings")
    txt = ("Dear Mr Pugh,\n\nConfirmation of your supply teacher for next week:\n\nName: Sunita Lal\n"
           "DOB: %s\nNI number: %s\nDBS: enhanced, issued 03/2025, update service\nRate: \u00a3185/day\n\n"
           "Supply Agency\n" % (D(ID.gen_dob(rng, 1980, 1992), "slash"), ID.fmt_nino(ID.gen_nino(rng))))
    out.append(N(F, "cp1252", "Supply agency sends a teacher's DOB and NI number to the school (inbound, windows-1252)",
                 ag, [staff("deputy")], "Supply confirmation \u2013 w/c 16 Nov", direction=IN, text=txt))

    # 14 exchange host family sends child details, latin1
    host = outside(6)
    txt = ("Bonjour M. Trelawney,\n\nVoici les informations de notre fils pour l'échange: Léo Núñez, "
           "né le 14/02/2012, passeport n° %09d, allergie aux noix.\n\nCordialement,\nMme Núñez\n"
           % rng.randrange(100000000, 999999999))
    out.append(N(F, "latin1", "Exchange host family sends their own child's DOB and passport number (inbound, iso-8859-1)",
                 host, [staff("history")], "Informations pour l'échange", direction=IN, text=txt))

    # 15 parent sends bank details for a refund, utf-8
    par = outside(10)
    sc, acc = ID.gen_sortcode_account(rng)
    txt = ("Hello,\n\nFor the music lesson refund, my bank details are sort code %s and account "
           "number %s (M Tulloch). Thank you \u2014 Maureen\n" % (sc, acc))
    out.append(N(F, "utf8-8bit", "Parent sends her own sort code and account number for a refund (inbound)",
                 par, [staff("sbm")], "Refund \u2014 bank details", direction=IN, text=txt))

    # 16 LA SEN final EHCP notice, signed
    la = org("la_sen")
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    txt = ("Final EHC plan issued\n\nChild: %s\nDOB: %s\nUPN: %s\nPrimary need: ASD\nNamed "
           "setting: Hillcrest Academy\n\nSEN Casework Team\n" % (p["name"], D(p["dob"], "slash"), p["upn"]))
    out.append(N(F, "smime-signed", "LA SEN team notifies the school of a final EHC plan (UPN, DOB), signed, inbound",
                 la, [staff("senco")], "Final EHC plan issued", direction=IN, text=txt))

    # 17 CAMHS discharge letter, base64
    cm = org("camhs")
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    txt = ("Dear SENCo,\n\nRe: %s, DOB %s, NHS %s\n\nThis young person has been discharged from "
           "CAMHS after 12 sessions of CBT for anxiety. Please contact us if concerns return.\n\n"
           "CAMHS\n" % (p["name"], D(p["dob"], "slash"), ID.fmt_nhs(p["nhs"])))
    out.append(N(F, "base64", "CAMHS discharge letter with NHS number sent to the school (inbound, base64)",
                 cm, [staff("senco")], "Discharge", direction=IN, text=txt))

    # 18 parent writes about their child's exclusion, flowed
    par = outside(9)
    p = pupil_rows(rng, 1, 2010, 2011)[0]
    txt = ("Dear Mr Qureshi,\n\nI want to appeal %s's suspension. %s has ADHD and an EHC plan and "
           "I don't think the school followed it. %s date of birth is %s in case you need it for the "
           "governors.\n\nPete Gowan\n" % (p["first"], _pr(p)[0].capitalize(), _pr(p)[2].capitalize(),
                                           D(p["dob"], "long")))
    out.append(N(F, "flowed", "Parent writes to the school about their own child's suspension and EHC plan (inbound)",
                 par, [staff("hoy11")], "Suspension appeal", direction=IN, text=txt))

    # 19 virtual school PEP info, wrap72
    vs = org("virtual")
    p = pupil_rows(rng, 1, 2012, 2013)[0]
    txt = ("Dear Designated Teacher,\n\nPEP review for %s (looked after, DOB %s). The carer reports "
           "good progress; contact with birth mum is now supervised monthly. Pupil premium plus "
           "funding of \u00a3800 has been released for tutoring.\n\nVirtual School\n" % (p["name"], D(p["dob"], "slash")))
    out.append(N(F, "wrap72", "Virtual School sends PEP information about a looked-after child (inbound)",
                 vs, [staff("dsl")], "PEP review", direction=IN, text=txt))

    # 20 AP provider attendance with UPNs, csv? -> qp
    ap = org("ap")
    ps = pupil_rows(rng, 5, 2010, 2012)
    txt = "Hi Gareth,\n\nAttendance at Pathways this week:\n\n" + "".join(
        "%s (UPN %s): %d%%\n" % (p["name"], p["upn"], rng.randrange(40, 100)) for p in ps) + "\nPathways AP\n"
    out.append(N(F, "qp", "Alternative provision reports attendance of named pupils with UPNs (inbound)",
                 ap, [staff("deputy")], "Weekly attendance", direction=IN, text=txt))
    return out


# ---------------------------------------------------------------------------
# encrypted outbound
# ---------------------------------------------------------------------------

def encrypted(rng):
    out = []
    F = "encrypted"
    items = [
        ("smime-enveloped", "dsl", org("social"), "Information for the strategy meeting", None),
        ("smime-enveloped", "senco", org("la_sen"), "Annual review paperwork", None),
        ("smime-enveloped", "hr", org("payroll"), "New starter forms (encrypted)", None),
        ("smime-enveloped", "nurse", org("school_nurse"), "Consent list", None),
        ("smime-enveloped", "head", ("lado@council.example", "LADO"), "Notification", None),
        ("smime-enveloped", "office", org("northfield"), "Transfer details \u2013 encrypted", ("utf-8", "Q")),
        ("pgp-encrypted", "dsl", org("mash"), "Referral", None),
        ("pgp-encrypted", "sbm", org("pension"), "September return", None),
        ("pgp-encrypted", "exams", org("examboard"), "Access arrangements evidence", None),
        ("pgp-encrypted", "attendance", org("virtual"), "PEP paperwork", None),
        ("pgp-encrypted", "deputy", org("ap"), "Panel referrals", None),
        ("pgp-inline", "hr", outside(8), "Payroll export", None),
        ("pgp-inline", "nurse", org("gp"), "Care plan update", None),
        ("pgp-inline", "senco", org("ed_psych"), "Request for involvement", None),
    ]
    for shape, role, to, subj, enc in items:
        me = staff(role)
        what = {"smime-enveloped": "S/MIME enveloped-data (application/pkcs7-mime)",
                "pgp-encrypted": "PGP/MIME multipart/encrypted",
                "pgp-inline": "inline ASCII-armoured PGP MESSAGE"}[shape]
        spec = N(F, shape, "Outbound %s to %s; the body is opaque ciphertext" % (what, to[0].split("@")[1]),
                 me, [to], subj, subj_enc=enc)
        if shape == "pgp-inline":
            spec["cover"] = "Encrypted to your key as agreed.\n\n"
        out.append(spec)
    return out


ALL = [internal_only, inbound, encrypted]
