"""Negative messages, part A: legitimate school mail that shares the vocabulary."""

from chainkit import N, fwd, disp, ms, tweak, reply_headers

MESSAGES = []
add = MESSAGES.append

PARENTS_A = ["o0", "o3", "o7", "o12", "o17", "o22"]
PARENTS_B = ["o1", "o4", "o9", "o14", "o19", "o26", "o30"]

# 1 ---------------------------------------------------------------------------
add(N("parent-newsletter-forward", "7bit", "outbound", "news", [("newsletter@school.example", "Hillside School Newsletter")],
      "Hillside Weekly - Friday 11 September",
      "weekly newsletter to parents (Bcc) asking them to pass it on to new families who missed it",
      """HILLSIDE WEEKLY - Friday 11 September

Welcome back! A special welcome to our new Year 7 families and to everyone who has joined us in other year groups this term.

PLEASE PASS THIS ON
We know our mailing list is not yet complete for new starters. If you know a family who has just joined and is not getting this newsletter, please forward it to them and ask them to email office@school.example with their child's name and form so we can add them.

DATES FOR YOUR DIARY
- Tue 15 Sept: Year 7 settling-in evening, 6pm, main hall
- Thu 24 Sept: Open evening for prospective families (school closes at 2.30pm)
- Fri 2 Oct: Harvest collection for the food bank

LOST PROPERTY
The rail outside the PE office is already full. Please name everything!

UNIFORM
Second-hand uniform sale after school on Wednesday in the dining hall. All proceeds to the PTA.

Have a lovely weekend.
Mrs C Fenwick, Headteacher
""",
      cc=["head"], bcc=PARENTS_A))

# 2 ---------------------------------------------------------------------------
add(N("it-hoax-warning", "qp", "internal", "s7", ["allstaff"],
      "Virus 'warning' e-mail going round - it's a hoax, please don't forward",
      "IT manager tells staff a circulating virus warning is a hoax and must not be forwarded",
      """Hi all,

A few of you have forwarded me an email that warns about a message with the subject "A Card For You" which supposedly burns your hard disk. Thank you for being careful, but this one is a hoax and has been going round in one form or another since about 2006.

What to do if you receive it:
• Don't forward it to colleagues, friends or parents — that is exactly how these things spread and it fills up everyone's inbox.
• Don't delete any files from your laptop because an email tells you to.
• Just delete the email. If you're unsure about anything that looks like a warning, send it to itsupport@school.example and we'll have a look.

Our real anti-virus (Sophos) updates automatically every hour, so you don't need to do anything else.

Thanks,
Lewis McAllister
IT Manager
"""))

# 3 ---------------------------------------------------------------------------
add(N("pta-raffle", "flowed", "inbound", "pta", ["s25", "s8"],
      "Christmas raffle is live - please share with friends and family!",
      "PTA chair asks staff to share the online Christmas raffle link with friends and family",
      """Hi Fiona and Caroline,

The Friends of Hillside Christmas raffle is now live! This year we have 40 prizes donated by local businesses, including a family ticket to the Sea Life Centre, a £100 voucher from Marsh's butchers and a signed Northvale Rovers shirt.

Tickets are £1 each or £5 for a strip of six, and all money raised goes towards the new library reading den.

Could you share the link below with staff and mention it in the next newsletter? We'd love it if people shared it with friends and family too — grandparents often buy a strip!

https://friendsofhillside.example/raffle

The draw takes place at the Christmas fair on Saturday 12 December.

Thank you so much for all your support.

Wendy Ashby
Chair, Friends of Hillside
"""))

# 4 ---------------------------------------------------------------------------
add(N("supply-chain-lesson", "html-only", "internal", "s20", ["10b"],
      "Y10 Business - supply chain homework (due Tues)",
      "business studies homework on mapping the supply chain of a chocolate bar",
      """Hi 10B,

Following today's lesson on supply chains, your homework is to map the supply chain for a chocolate bar of your choice.

Your map should show:
1. Where the raw materials come from (cocoa, sugar, milk, packaging)
2. Processing and manufacturing
3. Distribution (warehouses, lorries, shipping)
4. Retail (supermarkets, corner shops, online)
5. The consumer

For each link in the chain, write one sentence about what could go wrong (e.g. a poor harvest, a strike at a port) and how it would affect the next link.

Extension: research what "Fairtrade" means and how it changes who gets paid at each stage of the chain.

Due Tuesday. Upload a photo or a document to Teams.

Mr Kemble
"""))

# 5 ---------------------------------------------------------------------------
add(N("food-chain-lesson", "wrap72", "internal", "s1", ["8s"],
      "8S - food chains and webs revision sheet",
      "science teacher sends a food chain revision sheet with a pass-it-on note for absent pupils",
      """Hello 8S,

Here is a summary of today's lesson on food chains and food webs. If you know someone in the class who was off today, please pass this on to them so they can catch up.

KEY WORDS
Producer - makes its own food by photosynthesis (e.g. grass, algae)
Primary consumer - eats producers (e.g. rabbit)
Secondary consumer - eats primary consumers (e.g. fox)
Apex predator - at the top of the chain, nothing eats it
Decomposer - breaks down dead material (e.g. fungi, bacteria)

EXAMPLE FOOD CHAIN
grass -> rabbit -> fox

The arrow means "is eaten by" and shows the direction energy flows. Only about 10% of the energy is passed on to the next level, which is why food chains rarely have more than four or five links.

TASK
Draw a food web for a pond with at least eight organisms. What would happen to the web if all the frogs disappeared?

Dr Osei
"""))

# 6 ---------------------------------------------------------------------------
add(N("daisy-chain-craft", "alternative", "outbound", "s21", [("parents-reception@school.example", "Reception Parents")] + [],
      "Reception - our daisy chain afternoon",
      "primary lead tells Reception parents about a daisy-chain and paper-chain craft afternoon",
      """Dear Reception families,

What a lovely sunny afternoon we had today! The children spent time on the field making daisy chains, and some of them made chains long enough to go round the whole Reception garden.

Back inside, we made paper chains to decorate the classroom, practising our cutting and sticking skills and counting the links (our longest chain had 47 links!).

Some children asked if they could make daisy chains at home this weekend. It's a wonderful activity for fine motor skills: just make a small slit in the stem with a thumbnail and thread the next daisy through.

Please send in any photos of your creations to our class email, and we'll make a display.

With thanks,
Mrs Varga and the Reception team
""",
      bcc=PARENTS_B, cc=["head"]))

# 7 ---------------------------------------------------------------------------
add(N("chain-of-command", "utf8-8bit", "internal", "s3", ["allstaff"],
      ("Lockdown drill Thursday – chain of command and roles", "utf-8", "Q"),
      "deputy head explains the chain of command and who passes messages on during a drill",
      """Dear colleagues,

We will run a lockdown drill on Thursday during period 3. Please read this so you know the chain of command.

1. The alarm (three short blasts, repeated) is triggered by reception or any member of SLT.
2. Incident lead: Headteacher; if she is off site, me; then Mr Qureshi.
3. Heads of Year sweep their corridors and report to the incident lead by radio.
4. Class teachers lock doors, draw blinds, and take the register. Send your register status through Arbor — please do NOT phone or email reception, they need the lines free.
5. The all-clear will come from the incident lead only. Please don't pass on an all-clear you've heard second-hand.

If you are not in a classroom (PPA, duty), go to the nearest room and tell the teacher you are there so they can include you in their count.

Thanks — it matters that we practise this properly.
Gareth
"""))

# 8 ---------------------------------------------------------------------------
add(N("lesson-quotes-chain", "base64", "internal", "s24", ["s15", "s9", "s14"],
      "Digital literacy lesson plan - spotting chain letters (for PSHE week)",
      "computing teacher shares a lesson plan that quotes a chain letter for pupils to pick apart",
      """Hi all,

Here's the lesson plan for the PSHE-week digital literacy session. Shout if you want to change anything.

LESSON: "Is it real?" - chain letters, hoaxes and scare messages (KS3, 50 mins)

Objectives: pupils can (1) recognise the features of a chain message, (2) explain why people pass them on, (3) know what to do instead.

Starter (10 mins): show this example on the board and ask pupils to highlight anything suspicious.

    "This message has been round the world nine times. Send it to ten
    people in the next hour and you will have good luck. If you don't,
    something bad will happen to someone you love."

Discussion points: the threat, the deadline, the made-up history, the pressure to send it on, no named sender, no way to check it.

Main (25 mins): in pairs, pupils sort eight cards (real safety notices vs hoaxes). Answer key in the shared drive.

Plenary (10 mins): "What would you do if you got this?" Expected answer: don't send it on, tell a trusted adult if it frightened you, delete it or report it.

Note: we are NOT asking pupils to forward anything. Please don't send the example out by email to classes.

Yusuf
"""))

# 9 ---------------------------------------------------------------------------
add(N("safeguarding-online-challenge", "latin1", "outbound", "dsl", [("parents@school.example", "Hillside Parents")],
      "Online safety: advice about scary 'challenge' messages",
      "DSL advises parents about viral scare challenges and asks them NOT to share the warnings",
      """Dear Parents and Carers,

We are aware that some pupils have been talking about a so-called "challenge" that is being shared on social media and in group chats, in which a character supposedly tells children to do harmful things.

National safeguarding advice is clear:
- Please do not share warnings, screenshots or images of the character with other parents or on Facebook. Well-meaning warnings are often what makes these stories spread and can frighten younger children.
- Talk to your child calmly about what they have seen online, without naming the challenge.
- Remind them that they never have to do anything a message tells them to, and that they can always tell an adult.
- Check parental controls and privacy settings on your child's devices.

If your child is worried or has been asked to do something that upsets them, please contact me or your child's Head of Year.

Kind regards,
Aisha Begum
Designated Safeguarding Lead
""",
      cc=["head"], bcc=PARENTS_A))

# 10 --------------------------------------------------------------------------
add(N("non-uniform-day", "cp1252", "outbound", "office", [("parents@school.example", "Hillside Parents")],
      ("Non-uniform day Friday 16 October – £1 for Children in Need", "windows-1252", "Q"),
      "office letter about a non-uniform day for charity, asking parents to tell other families",
      """Dear Parents/Carers,

On Friday 16 October we will be holding a non-uniform day in support of Children in Need. Pupils may come to school in their own clothes in exchange for a donation of £1, which can be paid on ParentPay or brought in on the day.

Please make sure clothing is sensible and suitable for school – no offensive slogans, and trainers are fine for PE.

We know not everyone reads every email, so please mention it to other parents on the school run or in your class WhatsApp group so nobody's child turns up in uniform by mistake!

Thank you for your generosity.

Sian Llewellyn
Office Manager
""",
      cc=["head"], bcc=PARENTS_B))

# 11 --------------------------------------------------------------------------
add(N("circulate-memo", "html-attachment", "internal", "head", ["hods"],
      "Please circulate to your department: revised assessment calendar",
      "headteacher sends HoDs the revised assessment calendar asking them to circulate it",
      """REVISED ASSESSMENT CALENDAR - AUTUMN TERM

Week beginning 2 November: Year 11 mock exams (hall)
Week beginning 9 November: Year 13 mock exams (sports hall)
Week beginning 23 November: Years 7-10 common assessments in lessons
Friday 4 December: all marks entered into Arbor
Thursday 10 December: Year 11 mock results day

Departments must book additional rooms through Rebecca Stone (Exams Officer).

Access arrangements: please check the SEN register and speak to Priya Raman.
""",
      cover="Dear HoDs,\n\nPlease circulate the attached calendar to everyone in your department and make sure it goes on your department noticeboard. The dates have changed since the version in the staff handbook.\n\nThank you,\nCaroline\n",
      attach_name="assessment-calendar-autumn.htm"))

# 12 --------------------------------------------------------------------------
add(N("exam-good-luck", "text-attachment", "internal", "s12", ["y11"],
      "Good luck Year 11!",
      "head of year wishes Year 11 good luck in mocks and attaches a checklist",
      """MOCK EXAM CHECKLIST

[ ] Black pens (at least two)
[ ] Pencil, rubber, ruler, sharpener
[ ] Calculator (check the battery!)
[ ] Clear pencil case
[ ] Water in a clear bottle, label removed
[ ] Phone OFF and in your bag at the back of the hall
[ ] Check your timetable for the room and seat number

Arrive 10 minutes before the start. If you're ill, parents must ring the school before 8.30am.
""",
      cover="Hi Year 11,\n\nGood luck with your mocks next week! You have worked so hard and we're all really proud of you. Get an early night, eat breakfast, and remember these are practice - they're here to help you.\n\nChecklist attached. Wishing you all the very best of luck,\nMr Qureshi\n",
      attach_name="mock-checklist.txt"))

# 13 --------------------------------------------------------------------------
add(N("church-prayer-request", "rfc822-forward", "internal", "s22", ["allstaff"],
      "Fwd: Diocesan prayer diary for October",
      "chaplain forwards the diocese's monthly prayer diary to staff as an attachment",
      """Dear Friends,

Please find below the prayer intentions for October. Schools and parishes are invited to include them in collective worship.

Week 1: For all who begin new roles in our schools this term, that they may feel welcomed.
Week 2: For families facing hardship as the cost of living rises, and for our local food banks.
Week 3: For young people preparing for exams, and for their teachers.
Week 4: For those who are sick, and for those who care for them, especially in our hospitals and hospices.

If your school community has particular intentions, you are welcome to send them to us and they will be included in next month's diary.

With every blessing,
The Diocesan Schools Team
""",
      cover="Colleagues - the October prayer diary is attached for anyone who leads tutor-time reflections. If you have a prayer request for our own school community, let me know in confidence. Alan",
      inner_from="diocese", inner_to=["s22"], inner_subject="Prayer diary - October",
      inner_shape="alternative"))

# 14 --------------------------------------------------------------------------
add(N("sponsored-walk", "zip-attachment", "outbound", "s5", [("parents-y8@school.example", "Year 8 Parents")],
      "Year 8 sponsored walk - sponsor forms attached",
      "PE teacher sends a zipped sponsor form for a sponsored walk, asking families to share it",
      """YEAR 8 SPONSORED WALK - SPONSOR FORM

Date: Friday 9 October
Route: 10km along the canal towpath from school to Lock 14 and back
Cause: the Northvale Air Ambulance

Name of walker: ______________________  Form: ______

Sponsor name        | Amount per km | Total | Paid (tick)
--------------------|---------------|-------|------------
                    |               |       |
                    |               |       |
                    |               |       |

Please return this form and any money by Friday 16 October in an envelope marked with your
child's name. Online donations can be made through the school's giving page.
""",
      cover="Dear Year 8 parents,\n\nThe sponsor form for our sponsored walk is attached (zipped, as a few of you had trouble with the last attachment). Please feel free to share the form with family and friends who might like to sponsor your child - every pound goes to the air ambulance.\n\nMr Bradshaw\n",
      attach_name="sponsor-form.txt", cc=["head"], bcc=["o2", "o6", "o11", "o20"]))

# 15 --------------------------------------------------------------------------
add(N("pay-it-forward-week", "flowed-delsp", "internal", "council", ["y7", "y9"],
      "Kindness Week - pay it forward!",
      "school council invites pupils to a 'pay it forward' kindness week",
      """Hi everyone!

Next week is Kindness Week and the School Council wants everyone to PAY IT FORWARD.

What does that mean? If someone does something kind for you, instead of paying them back, you do something kind for someone else. Then they do something kind for another person, and so on.

Ideas:
- Hold the door for someone
- Help a Year 7 find their classroom
- Write a thank-you note to a dinner lady or a cleaner
- Sit with someone who's on their own at lunch

Every form has a Kindness Jar. Write down kind things you see on a slip and put it in the jar. The form with the most slips by Friday wins a pizza party!

No one has to send anything to anyone - just be kind :)

School Council
"""))

# 16 --------------------------------------------------------------------------
add(N("it-hoax-warning", "alternative", "inbound", "trustit", ["allstaff"],
      "Service notice: fake 'WhatsApp will charge' message - do not forward",
      "trust IT service desk warns staff that a circulating messaging-app fee message is fake",
      """Northvale Trust IT Service Desk - Service Notice

Several schools have reported a message circulating among staff claiming that WhatsApp will start charging for messages unless the reader sends it to ten contacts.

This message is false. WhatsApp has not announced any charges, and forwarding the message does not change anything about your account.

Please:
- do not forward the message to colleagues, parents or pupils;
- do not click any links in it;
- if you have already forwarded it, there is nothing you need to do, but please don't send it on again.

If you receive messages asking you to log in or confirm account details, report them using the "Report Phishing" button in Outlook.

Kind regards,
Service Desk, Northvale Trust
Ref: SN-2026-118
"""))

# 17 --------------------------------------------------------------------------
add(N("parent-newsletter-forward", "html-only", "outbound", "s10", [("parents@school.example", "Hillside Parents")],
      "Message from the PTA - please forward to your class reps",
      "office forwards PTA news to parents and asks class reps to pass it on to their class lists",
      "",
      html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Parents and Carers,</p>
<p>Please see the message below from our PTA. <b>Class reps</b>: please could you forward it to the parents on your
class lists, as we know some families have not yet registered their email address with the office.</p>
<hr>
<p><b>Friends of Hillside &ndash; Autumn update</b></p>
<ul>
<li>Quiz night: Friday 6 November, 7pm, teams of up to six, &pound;5 per person.</li>
<li>Bag2School collection: bags to school by Monday 9 November.</li>
<li>We need volunteers for the Christmas fair &ndash; even an hour helps!</li>
</ul>
<p>Thank you for supporting the school.</p>
<p>Sian Llewellyn<br>Office Manager, Hillside School</p>
</body></html>
""",
      cc=["head"], bcc=PARENTS_B))

# 18 --------------------------------------------------------------------------
add(N("science-chain-reaction", "qp", "internal", "s1", ["y11"],
      "Y11 Physics - nuclear fission & chain reactions (revision)",
      "physics revision notes on fission and chain reactions for Year 11",
      """Year 11,

Revision notes from today's lesson on nuclear fission.

1. A slow-moving neutron is absorbed by a uranium-235 nucleus.
2. The nucleus becomes unstable and splits into two smaller nuclei (daughter nuclei), releasing energy and 2 or 3 more neutrons.
3. Those neutrons can go on to split more uranium nuclei – this is a chain reaction.

In a reactor the chain reaction is controlled:
• Control rods (boron) absorb neutrons so that, on average, only one neutron from each fission causes another fission.
• The moderator (water or graphite) slows the neutrons down so they can be absorbed.

In a nuclear weapon the chain reaction is uncontrolled, so the number of fissions grows very quickly.

Exam tip: a 6-mark question often asks you to compare fission and fusion. Practise drawing the chain-reaction diagram from memory.

Dr Osei
"""))

# 19 --------------------------------------------------------------------------
add(N("pupil-share-notes", "7bit", "internal", "p4", ["p0", "p3", "p6", "p9", "p12"],
      "history notes from today - pass it on to anyone who was off",
      "pupil sends classmates her history notes and asks them to pass them to absent friends",
      """hi guys

heres my notes from history today coz loads of people were off with the sickness bug. can u
pass it on to anyone else from our class who was off, i dont have everyones email

- causes of WW1: MAIN (militarism, alliances, imperialism, nationalism)
- the assassination of Franz Ferdinand in Sarajevo, 28 June 1914
- the alliance system meant one war pulled in loads of countries, like a chain
- homework: 1 page on which cause was most important, due thursday

Mr Trelawney said the test is on the 20th.

Ruby
"""))

# 20 --------------------------------------------------------------------------
add(N("bike-club", "latin1", "internal", "s16", ["y9", "y10"],
      "Bike Club - bring your bike Wednesday (chain check!)",
      "geography teacher's bike club note about checking and oiling chains before a ride",
      """Hi Bike Club,

We're back on Wednesday after school! Please bring your bike, helmet and a water bottle.

This week we're doing a maintenance session before our first ride of the term:
- how to check your chain for wear (if it lifts more than a few mm off the front chainring, it's worn)
- cleaning and oiling the chain – bring an old rag if you can
- putting a chain back on when it comes off
- checking tyre pressures and brakes

Our first ride will be to the reservoir café on the 30th – please get the consent form signed by your parents and hand it to me.

See you Wednesday,
Mr Ellery
"""))

# 21 --------------------------------------------------------------------------
add(N("lesson-quotes-chain", "wrap72", "internal", "s14", ["s15", "s24", "s19"],
      "Y9 history enrichment - the 1935 'Send-a-Dime' craze",
      "history teacher shares a resource on the 1930s dime chain-letter craze as a source study",
      """Hi all,

For the cross-curricular week I've put together a short source study on the "Send-a-Dime" chain letter craze in the USA in 1935. It works nicely with Yusuf's digital literacy lesson and with Daniel's maths on exponential growth.

Background: during the Depression, a letter circulated in Denver asking the reader to send a dime to the top name on a list, cross it off, add their own name at the bottom and post copies to five friends. The Post Office in Denver was overwhelmed with millions of letters and the authorities eventually treated it as a lottery by post and made it illegal.

Source A is a transcript of one of the original letters (in the shared drive). Source B is a newspaper report from May 1935. Questions:
1. Why do you think people joined in during the Depression?
2. Why could most people never get their money back?
3. Why did the government step in?

Please don't email the source out to pupils - we'll go through it in class on paper.

Owen
"""))

# 22 --------------------------------------------------------------------------
add(N("maths-exponential-lesson", "cp1252", "internal", "s9", ["10b"],
      ("Maths – exponential growth task (the 'pass it to 10' problem)", "windows-1252", "B"),
      "maths teacher sets an exponential-growth problem about messages sent to ten people each",
      """Hi 10B,

Here's the problem we started in class, for you to finish at home.

“A message is sent to 10 people. Each of them sends it to 10 new people the next day, and so on.”

a) How many new people receive the message on day 2? On day 5?
b) Write a formula for the number of new people on day n.
c) The UK population is about 68 million. On which day would the number of new people be more than the whole population?
d) Why does this show that schemes promising that everyone will gain if they “keep it going” can’t work?

Show your working. We’ll discuss part (d) next lesson – it links to what you did in PSHE about online scams.

Mr Kowalski
"""))

# 23 --------------------------------------------------------------------------
add(N("it-phishing-alert", "7bit", "internal", "it", ["allstaff"],
      "Phishing alert: fake 'payroll update' email - report, don't forward",
      "IT support warns of a phishing email and says to report it with the button, not forward it",
      """Hello everyone,

This morning a number of staff received an email appearing to come from "Payroll Services" asking you to log in and confirm your bank details before the end of the month. It is a phishing email.

- Do NOT click the link or enter your password.
- Do NOT forward it to colleagues to warn them - forwarded copies still contain the live link. We'll warn everyone (that's what this message is for).
- DO use the "Report Phishing" button in Outlook, then delete it.

If you have already clicked the link or entered details, please ring IT on extension 240 straight away and change your password. You won't be in trouble - the sooner we know, the easier it is to fix.

IT Support
"""))

# 24 --------------------------------------------------------------------------
add(N("safeguarding-online-challenge", "html-attachment", "inbound", "lscp", ["dsl"],
      "Safeguarding bulletin: viral online challenges (for DSLs)",
      "local safeguarding partnership bulletin for DSLs on handling viral online challenges",
      """SAFEGUARDING PARTNERSHIP BULLETIN - FOR DESIGNATED SAFEGUARDING LEADS

Viral online challenges and "scare" chain messages

We are aware of renewed interest in online "challenges" and chain messages that threaten children with harm if they do not pass them on.

Advice for schools:
1. Avoid naming the specific challenge in communications to pupils or parents.
2. Do not circulate screenshots, even as a warning.
3. Focus messages on general online safety: children never have to follow instructions from a message, and can always tell a trusted adult.
4. Record any disclosure in line with your child protection policy.
5. Consider whether a child who has been frightened by a message needs pastoral support.

A template letter for parents is available on the partnership website. Please do not forward this bulletin outside your safeguarding team.
""",
      cover="Dear DSL,\n\nPlease find the latest bulletin attached.\n\nNorthvale Safeguarding Children Partnership\n",
      attach_name="bulletin-online-challenges.html"))

# 25 --------------------------------------------------------------------------
add(N("pta-raffle", "text-attachment", "outbound", "s25", ["o9", "o15", "o21"],
      "Hillside Christmas raffle - could you donate a prize?",
      "PTA liaison asks local businesses for raffle prizes and to pass the request to other traders",
      """FRIENDS OF HILLSIDE - CHRISTMAS RAFFLE 2026

Registered charity no. 1100000 (example)

We are looking for donated prizes for our Christmas raffle. Last year local businesses
helped us raise £2,340 towards playground equipment.

This year we are raising money for a new library reading den.

What we can offer in return:
- your business name and logo on the raffle poster and ticket page
- a thank-you in the school newsletter (read by over 900 families)

Drop prizes at the school office, or we can collect.
Deadline: Friday 27 November.
""",
      cover="Dear local business owners,\n\nI'm the PTA liaison at Hillside School. Our letter about the Christmas raffle is attached. If you know other traders who might like to help, please do pass it on to them.\n\nMany thanks,\nFiona Blackwood\n",
      attach_name="raffle-prize-letter.txt"))

# 26 --------------------------------------------------------------------------
add(N("exam-good-luck", "qp", "outbound", "s11", [("parents-y13@school.example", "Year 13 Parents")],
      "Results day - good luck and what to expect",
      "exams officer sends good-luck wishes and practical info for results day to parents",
      """Dear Parents and Carers,

A-level results day is Thursday 13 August. Results can be collected from the sports hall from 8am. We wish every one of our students the very best of luck – they have worked incredibly hard.

Practical points:
• Students who can't come in can have a parent or another adult collect results with a signed consent letter.
• UCAS Track updates from 8am.
• Staff from the sixth-form team and careers will be on hand to help with clearing and adjustment.

If you have any questions before the day, please email me.

With best wishes,
Rebecca Stone
Exams Officer
""",
      cc=["head"], bcc=["o3", "o8", "o16", "o25"]))

# 27 --------------------------------------------------------------------------
add(N("church-prayer-request", "flowed", "inbound", "parish", ["s22"],
      "Parish prayer list and news - week of 20 September",
      "parish office sends the chaplain the weekly prayer list for the school community",
      """Dear Alan,

Here is this week's parish prayer list. Please share with the school chaplaincy team as usual.

Please pray for:
- the sick of the parish, especially those in St Luke's Hospital
- all who have died recently, and those who mourn them
- the children starting at Hillside and St Cuthbert's Primary, and their families
- Fr Michael, who begins his sabbatical on 1 October

Notices:
- Harvest Mass on Sunday 4 October; the Year 7s are very welcome to bring harvest gifts.
- The food bank needs tinned fruit and long-life milk.

If any families at school would like to add a name to the prayer list, they can contact the office in confidence.

With best wishes,
Margaret
Parish Office
"""))

# 28 --------------------------------------------------------------------------
add(N("lost-property-appeal", "utf8-8bit", "internal", "s5", ["allstaff"],
      "Lost: Year 10 trophy - please share with your tutor groups",
      "PE teacher asks staff to mention a missing house trophy to their tutor groups",
      """Hi everyone,

The Year 10 House Cup 🏆 has gone missing from the PE office cabinet. It was last seen after the presentation on Friday.

It's not valuable but it is engraved with 30 years of winners' names and we'd really like it back.

Could you please mention it to your tutor groups during registration tomorrow and share the photo on the tutor slides? If anyone knows where it is, they can hand it in to the PE office or reception, no questions asked.

Thanks so much,
Tom
"""))

# 29 --------------------------------------------------------------------------
add(N("charity-appeal", "base64", "outbound", "s21", [("parents-primary@school.example", "Primary Parents")],
      "Christmas shoebox appeal - please spread the word",
      "primary lead invites families to fill shoeboxes for a local charity and to tell friends",
      """Dear families,

This year our primary phase is supporting the Northvale Christmas Shoebox Appeal, which gives gifts to children and older people who might otherwise go without.

How to take part:
1. Take a shoebox and wrap the box and lid separately.
2. Fill it with new items: toiletries, hat and gloves, a small toy, colouring pencils, a book (no food, please).
3. Label it "boy", "girl", "adult" and an age range.
4. Bring it to school by Friday 20 November.

If your friends, neighbours or workplace would like to join in, please do tell them – we can take boxes from anyone and the charity collects them from us.

Thank you, and happy packing! 🎁

Lucy Varga
Primary Phase Lead
""",
      cc=["head"], bcc=["o1", "o13", "o18", "o27"]))

# 30 --------------------------------------------------------------------------
add(N("recycling-collection", "alternative", "internal", "s16", ["allstaff"],
      "Eco-Schools: we now collect crisp packets and bottle tops",
      "eco-schools note about a real points-based recycling scheme for crisp packets and bottle tops",
      """Hi all,

Good news from the Eco Committee! We've signed up to a recycling scheme that takes things our council bins won't: crisp packets, biscuit wrappers and plastic bottle tops.

How it works: we send the collected packets off in a box, they're recycled into things like garden furniture, and the school earns points that convert into money for the eco-garden. It's a real, registered scheme - you can see our school's page on the company's website, and we'll put our running total on the eco noticeboard.

Collection boxes are in the staffroom and in every form room. Please rinse bottle tops and make sure packets are empty.

Please remind your tutor groups - the Eco Committee will make an announcement in assembly too.

Mark Ellery
Eco-Schools coordinator
"""))

# 31 --------------------------------------------------------------------------
add(N("good-luck-wishes", "7bit", "internal", "s5", ["allstaff"],
      "Good luck to our U14 netball team tonight!",
      "PE teacher asks staff to wish the netball team good luck before a county final",
      """Hi all,

Our U14 netball team plays in the county cup final tonight at 6pm at Northvale Leisure Centre. If you see any of the team today, please wish them luck - they are nervous and excited in equal measure!

Squad: Mia O, Ellie T, Ruby F, Amara N, Leah P, Isla M, Sofia M, Hana S, Maryam A.

Anyone who fancies coming to cheer is very welcome. Fingers crossed!

Tom
"""))

# 32 --------------------------------------------------------------------------
add(N("creative-writing-ghost", "base64", "internal", "s15", ["y7"],
      "Y7 English - write a campfire ghost story (due Fri 30 Oct)",
      "English teacher sets a Halloween ghost-story writing task with narrative tips",
      """Dear Year 7,

For Halloween, your English homework is to write your own campfire ghost story (500–800 words).

Success criteria:
• Build tension slowly: start with an ordinary setting, then add one strange detail at a time.
• Use the senses – what can your character hear, smell, feel in the dark?
• Use short sentences at the scariest moments.
• End with a twist or an open ending that leaves the reader wondering.

Ideas to get you started: an old wardrobe that won't stay shut; a school trip to a lighthouse; a phone that keeps receiving messages from a number that doesn't exist.

Please keep it suitable for Year 7 – spooky, not gory! The best stories will be read out at the Halloween assembly.

Due Friday 30 October on Teams.

Ms Adeyemi
"""))

# 33 --------------------------------------------------------------------------
add(N("school-council-petition", "html-only", "internal", "council", ["y9", "y10", "y11"],
      "Sign the School Council petition for water fountains",
      "school council asks pupils to sign an internal petition on the school platform",
      """Hi Years 9, 10 and 11,

The School Council is asking Mrs Fenwick and the governors for two more water bottle refill stations, one in the science block and one by the sports hall.

If you agree, please sign our petition on the school platform (Teams > School Council > Petitions) by Friday 25 September. You need to be logged in with your school account, and you can only sign once.

We need at least 300 signatures for it to go to the governors' meeting in October.

Thank you!
Zain and Isla, School Council
"""))

# 34 --------------------------------------------------------------------------
add(N("leavers-poem", "flowed", "internal", "s21", ["s17", "s13", "s2", "s8"],
      "Poem for the Year 6 leavers' assembly - comments?",
      "primary lead shares a draft leavers' poem for the assembly and asks colleagues for feedback",
      """Hi all,

Here's a first draft of the poem for the Year 6 leavers' assembly. The children will read a line each. Any comments before I print it?

To everyone we've loved here, from the gate to the hall,
to the dinner staff and teachers, to the tiniest and the tall:
we're taking every lesson, every laugh and every friend,
and carrying them with us, though this chapter has to end.

We'll also need someone to play the music as they walk out - any volunteers?

Lucy
"""))

# 35 --------------------------------------------------------------------------
add(N("vendor-newsletter", "alternative", "inbound", "publisher", ["s15"],
      "October from BrightBooks: new reading lists + free poster",
      "education publisher newsletter with a forward-to-a-colleague line and unsubscribe footer",
      """Hello Grace,

This month from BrightBooks Education:

NEW: Year 7 reading list for 2026-27 - 40 titles chosen by teachers, with reading-age guidance.
FREE: a "Reading for Pleasure" classroom poster - just reply with your school address.
WEBINAR: "Getting reluctant readers reading" - Wednesday 21 October, 4pm.

Know a colleague who'd find this useful? Forward this email to a colleague, or they can sign up at brightbooks-education.example/newsletter.

You're receiving this because you signed up at the Education Show. Unsubscribe: https://brightbooks-education.example/unsubscribe?u=4471
BrightBooks Education Ltd, Unit 4, Canal Wharf, Leeds
""",
      headers=[("List-Unsubscribe", "<https://brightbooks-education.example/unsubscribe?u=4471>"),
               ("List-Id", "BrightBooks schools newsletter <schools.brightbooks-education.example>")]))

# 36 --------------------------------------------------------------------------
add(N("privacy-notice-update", "wrap72", "outbound", "s4", [("parents@school.example", "Hillside Parents")],
      "Updated privacy notice for pupils and parents",
      "business manager sends parents the school's updated data-protection privacy notice",
      """Dear Parents and Carers,

We have updated our Privacy Notice for Pupils and Parents, which explains how the school collects, uses and stores personal information under UK data protection law.

The main changes are:
- we now use a new parent communication app, and we have added it to the list of organisations we share data with;
- we have updated how long we keep CCTV footage (now 30 days);
- the contact details for our Data Protection Officer have changed.

You do not need to do anything, and you don't need to send anything back. The full notice is on the school website under Policies > Data Protection. If you'd like a paper copy, please ask at the office.

If you have any questions, contact our Data Protection Officer at dpo@school.example.

Yours faithfully,
Helen Whitcombe
School Business Manager
""",
      cc=["head"], bcc=PARENTS_A))

# 37 --------------------------------------------------------------------------
add(N("health-notice", "qp", "outbound", "s13", [("parents@school.example", "Hillside Parents")],
      "Norovirus in school - please read and tell other parents",
      "school nurse warns parents about a sickness virus and the 48-hour rule; asks them to tell others",
      """Dear Parents and Carers,

We have had a number of cases of sickness and diarrhoea in school this week, which the local health protection team believes is norovirus.

To stop the virus spreading:
• Children who have been sick or had diarrhoea must stay at home until 48 hours after their last episode.
• Please encourage thorough handwashing with soap and water – hand gel does not kill norovirus.
• Please tell other parents in your child's class, especially anyone who isn't on email, so we can reach every family.

The school is carrying out extra cleaning of toilets, door handles and shared equipment.

If you have any questions, please contact me via the office.

Nicola Dunmore
School Nurse
""",
      cc=["head"], bcc=["o5", "o10", "o23", "o28"]))

# 38 --------------------------------------------------------------------------
add(N("circulate-memo", "rfc822-forward", "internal", "s3", ["hods"],
      "FW: LA memo - please circulate to your teams",
      "deputy forwards a local authority memo as an attachment, asking HoDs to circulate it",
      """To: Headteachers, all Northvale schools

Subject: Changes to school transport applications

From 1 November, parents must apply for school transport online. Paper forms will no longer be accepted. Please include the following text in your next newsletter:

"Applications for school transport for 2027 open on 1 November. Apply at northvale.example/schooltransport."

Please circulate this memo to relevant staff, including Heads of Year and the office team.

Northvale Council, Education Services
""",
      cover="HoDs and HoYs - please circulate to your teams, especially tutors of Y6/Y7 transition pupils. Thanks, Gareth",
      inner_from=("education.services@northvale.example", "Northvale Council Education Services"),
      inner_to=["head"], inner_subject="LA memo: school transport applications", inner_shape="7bit"))

# header variety: Bcc-only mail (so headers don't predict the label)
tweak(MESSAGES, {
    37: dict(to=[]),
})
