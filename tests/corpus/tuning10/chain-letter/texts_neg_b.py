"""Negative messages, part B: legitimate school mail that shares the vocabulary."""

from chainkit import N, fwd, disp, ms, tweak, reply_headers

MESSAGES = []
add = MESSAGES.append

# 1 ---------------------------------------------------------------------------
add(N("it-hoax-warning", "7bit", "internal", "s7", ["allstaff"],
      "RE: IMPORTANT - check your PC for this file",
      "IT manager replies to all: the 'delete this file' warning is a hoax, do not delete or forward",
      """Hi everyone,

Please DON'T follow the instructions in the email below, and please don't send it on.

sulfnbk.exe is a normal Windows file, not a virus - this warning has been going round since
2001. Deleting system files can stop your laptop working properly (and then I have to reimage
it, which takes half a day!).

If you have already deleted it: don't panic, just log a ticket with IT and we'll check your
machine. If you've forwarded the warning to people outside school, it would be kind to send
them a quick "ignore that" too.

No criticism of Farhan at all - it was well meant.

Lewis

-----Original Message-----
From: Farhan Qureshi
Sent: 10 September 2026 08:12
To: All Staff
Subject: IMPORTANT - check your PC for this file

> A virus is going round that has been sitting on computers for 14 days before
> it switches on and wipes everything. [...] Search for the file sulfnbk.exe
> [...] Right click and delete it
""",
      headers=[("In-Reply-To", "<7F3A22C19E0B.aa01f2c3@mail.school.example>"),
               ("References", "<7F3A22C19E0B.aa01f2c3@mail.school.example>")]))

# 2 ---------------------------------------------------------------------------
add(N("class-rep-message", "flowed", "inbound", "o12", ["office"],
      "Could you forward this to the 3W parents please?",
      "class rep asks the office to pass a collection message for a teacher's leaving gift to class parents",
      """Hi Sian,

I'm the class rep for 3W. Could you possibly forward the message below to the 3W parents list? I only have about half the parents' emails.

----

Dear 3W parents,

As you may know, Mrs Walsh is leaving at half term to start maternity leave. A few of us thought it would be nice to get her a small gift from the class. If you would like to contribute, please put any amount (even 50p!) in an envelope marked "3W gift" and hand it to me at pick-up by Wednesday 14th. There is absolutely no pressure to join in.

We're also making a card - the children will each sign it in class (Miss Carrick has kindly agreed).

Thanks,
Ian (Maisie's dad)

----

Many thanks,
Ian Fairweather
"""))

# 3 ---------------------------------------------------------------------------
add(N("pta-raffle", "alternative", "outbound", "s25", [("parents@school.example", "Hillside Parents")],
      "Last chance for raffle tickets - please share!",
      "PTA liaison reminds parents to buy raffle tickets and to share the online link with friends",
      """Dear Parents and Carers,

Just a reminder that the Friends of Hillside Christmas raffle closes at midnight on Friday! There are still some great prizes, including a family pass to the zoo and a hamper from the farm shop.

Tickets are £1 each (or £5 for six) at https://friendsofhillside.example/raffle

We'd be really grateful if you could share the link with friends and family, especially grandparents who might like to support the school from afar.

The draw is at the Christmas fair on Saturday at 2pm, and winners will be contacted by email.

Thank you for your support!

Fiona Blackwood
PTA staff liaison
""",
      cc=["head"], bcc=["o2", "o8", "o18", "o25", "o29"]))

# 4 ---------------------------------------------------------------------------
add(N("supply-chain-lesson", "latin1", "inbound", ("careers@northvale-logistics.example", "Northvale Logistics - Careers"), ["s20"],
      "Careers talk: 'How a parcel gets to your door' - supply chain jobs",
      "logistics firm confirms a careers talk about supply-chain jobs for business studies pupils",
      """Dear Mr Kemble,

Thank you for inviting us to speak to your Year 10 and 11 Business students on Thursday 22 October.

Our talk, "How a parcel gets to your door", follows a single order through our supply chain: from the supplier's factory, into our regional distribution centre, onto the trunking network and finally onto a delivery van. We'll talk about the jobs at each link in the chain - warehouse operatives, planners, drivers, data analysts and engineers - and about our apprenticeship scheme.

We will bring a short video and some handouts. We'd need a projector and about 50 minutes.

Please let me know if there's anything else you'd like us to cover.

Kind regards,
Joëlle Marchand
Early Careers Lead, Northvale Logistics
"""))

# 5 ---------------------------------------------------------------------------
add(N("food-chain-lesson", "docx-attachment", "internal", "s1", ["8s"],
      "8S homework - food chains worksheet",
      "science teacher attaches a food chain worksheet as a Word document",
      """# Food chains and food webs - worksheet

Name: ____________  Form: ____

1. Complete the food chain: grass -> ______ -> fox

2. Label each organism as producer, primary consumer or secondary consumer: seaweed, limpet, crab, gull.

3. Explain why the arrows in a food chain point from the organism that is eaten to the organism that eats it.

4. A disease kills most of the rabbits in a field. Predict what happens to the number of foxes and the amount of grass. Explain your answer.

5. Challenge: why are there usually fewer organisms at the top of a food chain than at the bottom?
""",
      cover="Hi 8S,\n\nThe food chains worksheet is attached - please complete questions 1-4 for Monday; question 5 is a challenge.\n\nDr Osei\n",
      attach_name="food-chains-worksheet.docx", docx_title="Food chains worksheet"))

# 6 ---------------------------------------------------------------------------
add(N("chain-of-command", "qp", "inbound", ("hr@northvale-trust.example", "Northvale Trust HR"), ["s23"],
      "Updated complaints and escalation procedure",
      "trust HR sends the new escalation chain for staff concerns and asks HR to share it",
      """Dear Kerry,

Please find below a summary of the updated staff concerns procedure, which comes into effect on 1 November. Please share it with staff in your school through your usual channels (staff briefing and the staff handbook).

Escalation chain for staff concerns:
1. Raise the concern informally with your line manager.
2. If it isn't resolved within 10 working days, put it in writing to the Headteacher.
3. If it concerns the Headteacher, write to the Chair of the Local Governing Body.
4. Appeals go to the Trust's Director of People.

Whistleblowing concerns follow a separate route, set out in the Whistleblowing Policy, and can be raised directly with the Trust at any stage.

Kind regards,
Amrit Sandhu
HR Business Partner, Northvale Trust
"""))

# 7 ---------------------------------------------------------------------------
add(N("lesson-quotes-chain", "text-attachment", "outbound", "s24", [("k.obi@westfield-academy.example", "Kelechi Obi")],
      "The chain-letter lesson I mentioned at the network meeting",
      "computing teacher shares with a teacher at another school a lesson resource that quotes a chain letter",
      """RESOURCE: ANATOMY OF A CHAIN MESSAGE (KS3 computing / PSHE)

Card A (example - display only, do not send):
  "Send this to 15 people in the next hour or you'll have bad luck for a year.
   A girl who ignored it lost her phone the next day. Don't break the chain!"

Card B (example - display only, do not send):
  "Microsoft will pay you for every person you forward this to. It's being
   tracked!"

Questions for pupils:
1. What does the message want you to do? What does it threaten?
2. Who wrote it? How could you check?
3. Who benefits if you pass it on?
4. What should you do instead? (Don't forward it; delete it; tell an adult if it
   scared you; report it if it asks for money or personal details.)

Teacher notes: avoid reading the threats aloud dramatically to younger or anxious
pupils. Emphasise that nothing bad happens if you don't pass a message on.
""",
      cover="Hi Kelechi,\n\nGood to meet you on Tuesday. As promised, here's the chain-message lesson resource - feel free to adapt it. The examples are deliberately obvious; pupils usually spot them quickly and then we move on to the more subtle ones.\n\nBest wishes,\nYusuf Demir\nComputing, Hillside School\n",
      attach_name="anatomy-of-a-chain-message.txt"))

# 8 ---------------------------------------------------------------------------
add(N("safeguarding-online-challenge", "utf8-8bit", "internal", "dsl", [("tutors@school.example", "Form Tutors")],
      ("What to say to tutor groups about the scary message going round Y7", "utf-8", "Q"),
      "DSL briefs tutors on reassuring pupils frightened by a ghost chain message, without repeating it",
      """Dear tutors,

Several Year 7s were upset today by a message going round that says a ghost will visit them unless they send it to 20 people. Some were in tears at break.

Please use 5 minutes of tomorrow's registration to reassure your tutor group:
• Don't read out or display the message — there's no need to repeat it.
• Explain that messages like this are made up to scare people into passing them on. Nothing happens to anyone who ignores them.
• Tell pupils they don't have to send it on and shouldn't — it only frightens other people.
• Remind them they can talk to you, their Head of Year or me if they're worried.

If a pupil seems particularly distressed, please log it on CPOMS under "online safety" so we can follow up.

Thank you 💙
Aisha
"""))

# 9 ---------------------------------------------------------------------------
add(N("non-uniform-day", "html-only", "internal", "s12", ["y9", "y10", "y11"],
      "Wear Yellow Day - Friday",
      "head of year tells pupils about a mental-health charity non-uniform day and asks them to remind friends",
      "",
      html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi everyone,</p>
<p>This <b>Friday</b> is <span style="background:#ffeb3b">Wear Yellow Day</span> in support of a young people's mental health charity.</p>
<ul>
<li>Wear something yellow with your uniform (a sock, a ribbon, a badge &ndash; anything!)</li>
<li>Bring a &pound;1 donation to your form tutor</li>
<li>There will be a yellow cake sale at break in the canteen</li>
</ul>
<p>Please remind your friends, especially anyone who was off this week, so everyone can join in.</p>
<p>Mr Qureshi<br>Head of Year 11</p>
</body></html>
"""))

# 10 --------------------------------------------------------------------------
add(N("circulate-memo", "smime-signed", "internal", "s23", ["hods"],
      "Please circulate: 2026 pay award letters",
      "HR officer (signed mail) asks HoDs to let their teams know pay award letters are ready",
      """Dear Heads of Department,

The 2026 teachers' pay award letters are now available in staff pigeonholes and will also be emailed individually by the end of the week.

Please circulate this to your department so everyone knows to look out for their letter. Back pay will be included in the October salary.

Any individual queries should come to me directly rather than through departments, as pay details are confidential.

Thank you,
Kerry Doyle
HR Officer
"""))

# 11 --------------------------------------------------------------------------
add(N("exam-good-luck", "flowed-delsp", "inbound", ("r.hollis@governors.example", "Rosemary Hollis"), ["head"],
      "Good luck wishes from the governors",
      "governor asks the head to pass on the governing body's good-luck wishes to Year 11 and staff",
      """Dear Caroline,

On behalf of the governing body, please could you pass on our very best wishes to Year 11 and to all the staff as the mock exams begin on Monday.

We know how much work has gone into preparing the students this term — the revision sessions, the Saturday classes, the extra support for those who needed it. Whatever the results, the students should be proud of their effort.

Good luck to everyone, and please do let the staff know how much we appreciate them.

Warm regards,
Rosemary Hollis
Chair of Governors
"""))

# 12 --------------------------------------------------------------------------
add(N("church-prayer-request", "cp1252", "outbound", "s22", ["parish"],
      ("School intentions for Sunday’s intercessions", "windows-1252", "Q"),
      "chaplain sends the parish office the school's prayer intentions for the Sunday list",
      """Dear Margaret,

Here are our school’s intentions for this Sunday’s intercessions, if there’s room:

– For our Year 11 and Year 13 students as they begin their mock exams.
– For the family of a member of our support staff whose father died last week (no name, please).
– For our new staff, that they settle well and feel at home in our community.
– In thanksgiving for the generosity of our families to the harvest appeal – 312 items for the food bank!

Many thanks, and see you at the Harvest Mass.

Alan Prentice
Chaplain, Hillside School
"""))

# 13 --------------------------------------------------------------------------
add(N("sponsored-walk", "rfc822-forward", "internal", "s5", ["allstaff"],
      "FW: thank you from the air ambulance!",
      "PE teacher forwards the charity's thank-you for the sponsored walk total and asks tutors to share it",
      """Dear Hillside School,

On behalf of everyone at Northvale Air Ambulance, a huge thank you to your Year 8 students for their sponsored walk. We are delighted to confirm that you raised £4,218.50!

That is enough to fund two complete missions, each of which could save a life.

We'd love to come into school and thank the students in person at an assembly - please let us know a convenient date.

With heartfelt thanks,
Jenny Marlow
Community Fundraising, Northvale Air Ambulance
""",
      cover="Hi all - brilliant news, see attached. Tutors, please share the total with your forms! Tom",
      inner_from=("j.marlow@northvale-airambulance.example", "Jenny Marlow"), inner_to=["s5"],
      inner_subject="Thank you, Hillside!", inner_shape="html-only"))

# 14 --------------------------------------------------------------------------
add(N("pay-it-forward-week", "html-attachment", "outbound", "s21", [("parents-primary@school.example", "Primary Parents")],
      "Kindness calendar for half term",
      "primary lead sends parents a 'pay it forward' kindness calendar for the holiday",
      """KINDNESS CALENDAR - HALF TERM

Monday: Say thank you to someone who helps you (a bus driver, a shop assistant).
Tuesday: Make a card for a neighbour or a grandparent.
Wednesday: Pay it forward - when someone is kind to you, do something kind for somebody else.
Thursday: Help with a job at home without being asked.
Friday: Donate a toy or book you've grown out of.
Saturday: Pick up litter on a walk (with gloves and an adult!).
Sunday: Tell someone three things you like about them.

Bring your finished calendar back after half term for a kindness sticker!
""",
      cover="Dear families,\n\nAttached is our kindness calendar for half term. It's completely optional, but the children loved Kindness Week so much we thought they might like to keep it going at home.\n\nHave a restful break,\nMrs Varga\n",
      attach_name="kindness-calendar.html", cc=["head"], bcc=["o3", "o7", "o12", "o19"]))

# 15 --------------------------------------------------------------------------
add(N("parent-newsletter-forward", "base64", "outbound", "s12", [("parents-y7@school.example", "Year 7 Parents")],
      "Year 7 update - please pass on to parents not on email",
      "head of year sends a Year 7 update and asks parents to pass it to families not on email",
      """Dear Year 7 Parents and Carers,

It has been a great first half term. Here are a few updates:

• Tutor reports will be emailed on Friday 23 October.
• Year 7 parents' evening is on Tuesday 10 November (booking opens next week).
• The Year 7 disco is on Friday 20 November, 6–8pm. Tickets £3 via ParentPay.

A small number of families are not yet receiving our emails. If you're in touch with a Year 7 family who says they haven't heard from us, please pass this on and ask them to contact the office so we can update their details.

Many thanks,
Mr Qureshi
""",
      cc=["head"], bcc=["o1", "o6", "o14", "o22", "o30"]))

# 16 --------------------------------------------------------------------------
add(N("it-hoax-warning", "html-only", "outbound", "s24", [("parents@school.example", "Hillside Parents")],
      "Online Safety Newsletter - October: hoaxes and chain messages",
      "online-safety newsletter to parents explaining chain messages and why not to pass them on",
      "",
      html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Online Safety Newsletter</title></head>
<body style="font-family:Calibri,Arial,sans-serif;max-width:640px">
<h2 style="color:#1565c0">Online Safety Newsletter &ndash; October</h2>
<h3>Chain messages and hoaxes</h3>
<p>Children often receive messages that say something bad will happen unless they send them on to a number
of friends, or that a company will pay money for each share, or that an app will start charging. These
messages are not true. They spread because people feel anxious or guilty.</p>
<p><b>What can you do?</b></p>
<ul>
<li>Reassure your child that nothing happens if they ignore a message like this.</li>
<li>Encourage them not to pass it on &ndash; it only worries other people.</li>
<li>Check surprising claims on a fact-checking site before sharing anything yourself.</li>
<li>If a message asks for money or personal details, report it.</li>
</ul>
<h3>Parental controls</h3>
<p>Our tech team will run a drop-in session on setting up parental controls on Wednesday 21 October, 5&ndash;6pm, in the library.</p>
<p>Mr Demir, Computing &amp; Online Safety Lead</p>
</body></html>
""",
      cc=["head"], bcc=["o0", "o4", "o9", "o16", "o21", "o26"]))

# 17 --------------------------------------------------------------------------
add(N("paper-chain-fundraiser", "utf8-8bit", "internal", "s25", ["allstaff"],
      ("Buy a link! Our Christmas paper chain 🎄", "utf-8", "B"),
      "PTA liaison invites staff to buy links in a fundraising paper chain for the Christmas fair",
      """Hi all 🎄

The PTA is trying to make the longest paper chain in the school's history to decorate the hall for the Christmas fair — and to raise money for the library reading den.

Each link costs 20p. Write your name (or a festive message) on a strip of paper in the staffroom, pop your 20p in the tin, and we'll add it to the chain. Pupils are doing the same in form time.

Current length: 34 metres! Our target is 100 metres — the full length of the main corridor.

Thanks for your support,
Fiona
"""))

# 18 --------------------------------------------------------------------------
add(N("phone-cascade", "wrap72", "internal", "s3", ["allstaff"],
      "Snow closure phone cascade - please check your details",
      "deputy head explains the staff phone cascade (each person rings the next two) for snow closures",
      """Dear colleagues,

With winter coming, please check your place in the staff phone cascade for emergency closures (snow, power cuts, etc.). The list is on the staffroom noticeboard and in the shared drive under Staff > Emergency.

How it works:
1. The Headteacher decides by 6.30am whether the school is closing.
2. She rings the six cascade leads (SLT).
3. Each cascade lead rings the two people below them on the list, who each ring the next two, and so on.
4. If you can't get hold of someone after two attempts, leave a voicemail and ring the next person on their line instead, so the cascade doesn't stop with you.

The closure will also be posted on the website and the council's school closures page by 7am.

Please email Sian by Friday if your mobile number has changed.

Gareth
"""))

# 19 --------------------------------------------------------------------------
add(N("farewell-good-luck", "qp", "inbound", "o16", ["allstaff"],
      "Good luck for the new year, everyone!",
      "a recently retired teacher writes to all staff with good-luck wishes for the new school year",
      """Dear all,

I just wanted to say good luck for the new school year! It's very strange not to be setting up a classroom this week – I keep waking up at 6am out of habit.

Thank you again for the wonderful send-off in July. The garden voucher has already been spent on a new apple tree, and the book of messages from the pupils made me cry (again).

Please give my love to the Year 10s – they were my last tutor group and I'm sure they'll do brilliantly.

Do come and see me at the allotments if you're passing. The kettle's always on.

With love and best wishes,
Sarah Benton
(formerly Geography!)
"""))

# 20 --------------------------------------------------------------------------
add(N("hoax-reply-to-parent", "latin1", "outbound", "s18", ["o1"],
      "Re: Fwd: missing girl - please can school share?",
      "attendance officer replies that the missing-child message is an old hoax and asks the parent not to forward it",
      """Dear Mr Kerr,

Thank you for getting in touch, and I completely understand why you were worried - nobody wants to ignore a message like that.

I've checked with our police liaison officer. The appeal you were sent is more than ten years old and has been circulating as a chain message ever since; the details don't match any current case. For that reason we won't be sending it out to families, and I'd gently suggest not forwarding it any further.

Genuine missing-person appeals are published by the police on their website and social media accounts. If you ever see one there and think the school could help, please do let us know.

Thank you again for looking out for others.

Kind regards,
Imran Haq
Attendance Officer
""",
      cc=["head"],
      headers=[("In-Reply-To", "<3B1D0C7E55A2.1c9f02aa@mail.example.net>"),
               ("References", "<3B1D0C7E55A2.1c9f02aa@mail.example.net>")]))

# 21 --------------------------------------------------------------------------
add(N("charity-collection", "flowed", "inbound", ("schools@bag2school.example", "Bag2School Collections"), ["office"],
      "Your clothing collection is booked - tell your friends and neighbours!",
      "textile-recycling firm confirms a collection date and suggests families tell neighbours",
      """Hello Hillside School,

Your Bag2School collection is confirmed for Monday 9 November. Your driver will arrive between 9am and 12 noon.

We'll post 600 collection bags to the school by 26 October. Please hand them out to pupils and encourage families to fill them with unwanted clothes, shoes, bedding and soft toys. Families are welcome to tell friends, neighbours and relatives and bring their bags too - the more you collect, the more the school earns (currently 50p per kg).

Please keep the bags dry and in one place, ready for collection.

Thank you,
Bag2School Schools Team
"""))

# 22 --------------------------------------------------------------------------
add(N("lesson-quotes-chain", "html-attachment", "internal", "s15", ["s14", "s9"],
      "English - persuasive language unit: 'texts that pressure you'",
      "English teacher shares a persuasive-language lesson that analyses a chain message as a text type",
      """PERSUASIVE LANGUAGE: TEXTS THAT PRESSURE YOU (Year 8, lesson 4 of 6)

Learning objective: identify techniques writers use to pressure readers into doing something.

Text for analysis (projected, not distributed):
"Don't scroll past! This little girl needs YOU. Every time this is shared, a company gives
money for her operation. If you don't share it, you have no heart."

Techniques to find:
- direct address ("YOU")
- emotional appeal (a child in need)
- false authority ("a company gives money")
- guilt and insult ("you have no heart")
- urgency ("Don't scroll past!")

Compare with a genuine charity appeal from the resource pack. What is different about how it
asks for help? (It names a registered charity, gives a way to check, and doesn't threaten you.)

Writing task: write a genuine, honest appeal for a cause you care about, without using guilt.
""",
      cover="Owen, Daniel - here's lesson 4 from the persuasive language unit I mentioned, in case it's useful for the cross-curricular week. Grace",
      attach_name="persuasive-language-lesson4.html"))

# 23 --------------------------------------------------------------------------
add(N("police-scam-advice", "alternative", "inbound", ("schools.liaison@northvale-police.example", "Northvale Police Schools Liaison"), ["s6", "s8"],
      "Scam warning for parents - fake school fee texts",
      "police schools liaison asks schools to share a genuine scam warning with parents via usual channels",
      """Dear Headteacher and DSL,

We have received several reports from parents across Northvale of text messages and emails claiming to be from their child's school, asking them to pay an "outstanding trip balance" through a link. These messages are fraudulent.

We would be grateful if you could share the following advice with parents through your usual channels (newsletter, parent app):

"Hillside School will never ask you to pay by clicking a link in a text message. Always pay through ParentPay. If you receive a message you're unsure about, contact the school office directly using the number on the website."

Reports can be made to Action Fraud. Please do not reply to or forward the scam messages themselves.

PC Dean Walsh
Schools Liaison Officer, Northvale Police
"""))

# 24 --------------------------------------------------------------------------
add(N("circulate-memo", "zip-attachment", "internal", "s3", ["hods"],
      "Spring timetable (draft) - please pass on to your teams",
      "deputy head zips the draft spring timetable and asks HoDs to pass it to their teams",
      """DRAFT SPRING TIMETABLE - CHANGES FROM AUTUMN

Science: Y10 set 3 moves from Lab 2 to Lab 4 (periods 3-4 Tue)
Maths: Y11 intervention group now period 6 Thursday
English: Y9 library lessons move to Monday period 2
PE: Y7 swimming block starts week beginning 11 January
Humanities: Y8 Geography fieldwork day Thursday 4 February (cover needed)

Please send corrections to Gareth by Friday 4 December.
""",
      cover="HoDs,\n\nThe draft spring timetable changes are in the zip. Please pass them on to your teams and send me any clashes by Friday.\n\nGareth\n",
      attach_name="spring-timetable-changes.txt"))

# 25 --------------------------------------------------------------------------
add(N("good-luck-wishes", "7bit", "internal", "p10", ["p4"],
      "good luck tomorrow!!",
      "pupil wishes a friend good luck in a music exam",
      """good luck for ur grade 5 piano tomorrow!!! u have practised sooo much, ur going to smash it.
remember to breathe before the scales lol

text me as soon as ur out

Isla x
"""))

# 26 --------------------------------------------------------------------------
add(N("church-prayer-request", "html-only", "inbound", "diocese", ["s22"],
      "Diocesan Schools News - prayer, events and resources",
      "diocesan e-newsletter with prayer intentions, a forward-to-a-colleague line and unsubscribe link",
      "",
      html="""<html><body style="font-family:Georgia,serif">
<h2>Diocesan Schools News &ndash; October</h2>
<h3>Prayer</h3>
<p>This month we pray for all school chaplains, for pupils preparing for confirmation, and for schools
facing difficult budget decisions.</p>
<h3>Events</h3>
<ul><li>Chaplains' network day &ndash; 12 November, Cathedral Hall</li>
<li>RE subject leaders' twilight &ndash; 19 November, online</li></ul>
<h3>Resources</h3>
<p>New Advent collective worship pack now available on the diocesan website.</p>
<p style="font-size:12px;color:#555">Know a colleague who would like to receive this? Forward it to them, or they can sign up on our website.
To stop receiving these emails, <a href="https://diocese-northvale.example/unsubscribe">unsubscribe here</a>.</p>
</body></html>
""",
      headers=[("List-Id", "Diocesan Schools News <schoolsnews.diocese-northvale.example>"),
               ("List-Unsubscribe", "<https://diocese-northvale.example/unsubscribe>")]))

# 27 --------------------------------------------------------------------------
add(N("sponsored-event", "qp", "outbound", "s15", [("parents-y7@school.example", "Year 7 Parents")],
      ("Year 7 sponsored readathon – sponsor forms", "utf-8", "Q"),
      "English teacher invites parents to sponsor a readathon and share the giving page with family",
      """Dear Year 7 Parents and Carers,

Next month Year 7 will be taking part in a sponsored readathon to raise money for new books for our library and for a children's hospital reading charity.

Students set their own reading target (for example, five books, or 1,000 pages) and ask family and friends to sponsor them. Sponsor forms came home today, and there is also an online giving page which you are welcome to share with relatives who live further away.

The readathon runs from 2 to 30 November. Please return forms and money by 11 December.

Happy reading!
Ms Adeyemi
""",
      cc=["head"], bcc=["o5", "o10", "o15", "o20"]))

# 28 --------------------------------------------------------------------------
add(N("non-uniform-day", "text-attachment", "inbound", ("schools@jeansforgenes.example", "Jeans for Genes Day"), ["office"],
      "Your Jeans for Genes Day fundraising pack",
      "charity sends the office its non-uniform fundraising pack with a parent letter template",
      """JEANS FOR GENES DAY - LETTER TEMPLATE FOR PARENTS

Dear Parents/Carers,

On Friday 18 September, our school is taking part in Jeans for Genes Day. Pupils can wear
jeans (or any denim!) to school in return for a donation of £1.

The money raised helps children and families living with genetic conditions.

Please tell other parents you know at the school so everyone can join in.

Thank you for your support.
""",
      cover="Hello,\n\nThank you for registering for Jeans for Genes Day! Your fundraising pack, including a template letter for parents, is attached. Posters are on their way by post.\n\nThe Jeans for Genes Team\n",
      attach_name="parent-letter-template.txt"))

# 29 --------------------------------------------------------------------------
add(N("recycling-collection", "base64", "internal", "s16", ["y7", "y9"],
      "Eco Committee: cans for cash - bring in whole cans, not just ring pulls",
      "eco coordinator explains a real council scheme paying per kilo of cans, and that ring pulls alone are not worth more",
      """Hi everyone,

The Eco Committee is starting a "Cash for Cans" collection. The council's recycling centre pays schools for every kilogram of aluminium cans we bring in, and the money goes to the eco garden.

A few people have asked whether they should just collect the ring pulls because they've heard ring pulls are worth more. That's a myth! Ring pulls are made of the same aluminium as the rest of the can, so please bring in the WHOLE can (rinsed and squashed).

Collection bins are outside the canteen and by the sports hall.

Thanks!
Mr Ellery and the Eco Committee
"""))

# 30 --------------------------------------------------------------------------
add(N("exams-chain-of-custody", "cp1252", "internal", "s11", ["teaching"],
      "Coursework and exam scripts - chain of custody reminder",
      "exams officer reminds staff of the chain of custody for secure exam papers and coursework",
      """Dear colleagues,

A reminder of the JCQ requirements for the secure storage and movement of exam material:

• Question papers stay in the secure room until the exam starts. Only the exams team collects them.
• Completed scripts come straight back to the exams office in sealed envelopes – never via a department office.
• Non-exam assessment (coursework) must be stored securely in your department, and the chain of custody form must be signed every time the work is moved (e.g. to a moderator, or to the exams office).
• Never take candidates' work home.

Chain of custody forms are in the exams office and on the staff shared drive.

Thanks for your help,
Rebecca Stone
Exams Officer
"""))

# 31 --------------------------------------------------------------------------
add(N("maths-exponential-lesson", "flowed", "internal", "s24", ["y10"],
      "Y10 Computing - simulating how a rumour spreads (Python)",
      "computing teacher sets a Python task simulating how a message spreads through a network",
      """Hi Year 10,

This week's programming task builds on Monday's lesson about modelling.

Write a Python program that simulates how a rumour spreads through a school of 1,000 pupils:
- On day 0, one pupil knows the rumour.
- Each day, every pupil who knows it tells 2 random pupils.
- Print the number of pupils who know the rumour at the end of each day.

Questions to answer in comments at the bottom of your code:
1. How many days until everyone knows?
2. Why does the growth slow down near the end?
3. How is this like the way chain messages and fake news spread online? Why does that make it important to check before you share?

Submit your .py file on Teams by Friday.

Mr Demir
"""))

# 32 --------------------------------------------------------------------------
add(N("charity-bake-sale", "utf8-8bit", "outbound", "s9", ["o6", "o13"],
      ("Bake sale Saturday 🍰 – bring friends!", "utf-8", "B"),
      "maths teacher invites two friends to a charity bake sale and asks them to bring others",
      """Hi Bogdan, hi Gloria,

Just a reminder that our bake sale for the hospice is this Saturday, 10am–1pm at St Cuthbert's church hall. 🍰

If you're still up for baking, something that doesn't need a fridge would be brilliant — brownies always go first.

And please bring anyone you like! The more the merrier, and every slice helps.

See you Saturday,
Dan
"""))

# 33 --------------------------------------------------------------------------
add(N("parent-thanks", "wrap72", "inbound", "o19", ["s2"],
      "Thank you - and I'll pass your advice on",
      "a parent thanks the SENCo for advice and says she will share it with the parent support group",
      """Dear Mrs Raman,

Thank you so much for taking the time to meet with us on Tuesday. Ellie came home much happier after her first session with the learning mentor, and the ideas you gave us for homework routines are already making a difference.

With your permission, I'd like to pass on the website and the reading you recommended to the parent support group I go to on Thursdays - a few of the other parents are in a similar position and I think they'd find it really helpful. I won't mention anything about Ellie, of course.

Thank you again for everything you do.

Best wishes,
Laura Pimm
"""))

# 34 --------------------------------------------------------------------------
add(N("reading-challenge", "latin1", "inbound", ("libraries@northvale.example", "Northvale Libraries"), ["s15"],
      "Winter Reading Challenge - please share with pupils and families",
      "public library service invites the school to share its winter reading challenge with families",
      """Dear Ms Adeyemi,

Northvale Libraries' Winter Reading Challenge starts on 1 December! Children and young people aged 4-16 are invited to read six books over the holidays and collect stickers and a certificate.

It's free to take part. Children can sign up at any Northvale library or online.

We'd be very grateful if you could share the attached poster with pupils and mention the challenge in your newsletter to families. Last year over 2,000 children took part and we'd love to beat that.

Many thanks,
Hélène Dubois
Children's Services Librarian, Northvale Libraries
"""))

# 35 --------------------------------------------------------------------------
add(N("relay-writing", "docx-attachment", "internal", "p7", ["p9", "p11", "p17"],
      "group project doc - add your bit and pass it on",
      "pupil sends a group project document round: each adds a section and passes it to the next",
      """# Year 9 Geography group project: Rivers

Section 1 (Callum): The water cycle and how rivers form.

Section 2 (Finley): Upper course - waterfalls and V-shaped valleys.

Section 3 (Tyler): Middle course - meanders and ox-bow lakes.

Section 4 (Alfie): Lower course - floodplains, levees and estuaries. Also do the case study on the River Severn.

Bibliography: add your sources at the end.
""",
      cover="ive done section 1. finley add yours then send it to tyler, tyler send to alfie, alfie send it back to me by thursday so i can put it all together for mr ellery. dont change my bit pls\n\nCallum\n",
      attach_name="rivers-group-project.docx", docx_title="Rivers group project"))

# 36 --------------------------------------------------------------------------
add(N("headteacher-message", "smime-signed", "outbound", "head", [("parents@school.example", "Hillside Parents")],
      "End of term message from the Headteacher",
      "headteacher's signed end-of-term letter to parents with thanks and good wishes",
      """Dear Parents and Carers,

As we come to the end of a busy autumn term, I want to thank you for all your support.

This term our pupils have raised over £7,000 for charity through the sponsored walk, the readathon and the Christmas fair. They have shown real kindness to one another during Kindness Week, and our Year 11s have worked incredibly hard in their mock exams.

School closes at 1.30pm on Friday 18 December and reopens for pupils on Tuesday 5 January.

I wish you and your families a peaceful and happy Christmas, and the very best of luck for the new year.

Caroline Fenwick
Headteacher
""",
      bcc=["o0", "o3", "o7", "o11", "o18", "o24", "o28"]))

# 37 --------------------------------------------------------------------------
add(N("secret-santa", "qp", "internal", "s10", ["allstaff"],
      ("Staff Secret Santa - £10 limit", "iso-8859-1", "Q"),
      "office manager organises the staff Secret Santa (names drawn, GBP 10 limit, keep it secret)",
      """Hi everyone,

It's that time of year! If you'd like to take part in the staff Secret Santa, please put your name on the list in the staffroom by Friday 27 November.

The rules:
• Spend limit £10.
• I'll draw names on Monday and put a slip in your pigeonhole – keep it secret!
• Gifts (labelled with the recipient's name, not yours) go in the sack in the staffroom by Thursday 17 December.
• We'll open them at the staff lunch on the last day of term.

Totally optional, of course – no one will be offended if you'd rather not join in.

Sian 🎅
"""))

# 38 --------------------------------------------------------------------------
add(N("good-luck-wishes", "alternative", "inbound", ("george.tulloch@example.org", "George Tulloch"), ["s0"],
      "Good luck to the choir!",
      "grandparent asks the tutor to pass on good-luck wishes to the choir before a competition",
      """Dear Mrs Hartley,

I'm Ruby Fairclough's grandad. I won't be able to get to the choir competition in Manchester on Saturday, so I wondered if you could pass on my very best wishes to the whole choir before they go on stage.

Ruby has been singing the songs around the house for weeks - I think I know the harmonies better than she does by now!

Good luck to them all, and thank you for everything you do.

Kind regards,
George Tulloch
"""))

# header variety: forwarded subjects (so the subject prefix doesn't predict the label)
tweak(MESSAGES, {
    6: dict(subject="FW: Updated complaints and escalation procedure"),
    22: dict(subject="FW: English - persuasive language unit: 'texts that pressure you'"),
    34: dict(subject="Fw: Winter Reading Challenge - please share with pupils and families"),
})
