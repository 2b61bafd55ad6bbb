"""Negative messages, part C: legitimate school mail that shares the vocabulary."""

from chainkit import N, fwd, disp, ms, tweak, reply_headers

MESSAGES = []
add = MESSAGES.append

_WEEKLY = """HILLSIDE WEEKLY - Friday 25 September

PLEASE PASS THIS ON to any Year 8 family who isn't on our mailing list yet.

Year 8 trip to the Science Museum: Thursday 15 October. Letters and consent forms went
home today. Payment of GBP 18 via ParentPay by Friday 2 October.

Flu vaccinations: the school nursing team will be in on Tuesday 13 October. Consent forms
must be completed online by Monday 5 October.

Mrs C Fenwick, Headteacher"""

# 1 ---------------------------------------------------------------------------
add(N("parent-newsletter-forward", "wrap72", "inbound", "o10", ["s12"],
      "Fwd: Hillside Weekly - Friday 25 September",
      "parent forwards the newsletter back with a question about the Year 8 trip payment",
      """Dear Mr Qureshi,

Sorry to bother you - I've forwarded the newsletter below. We're a new Year 8 family (another parent passed it on to us, as the newsletter said to) and we haven't had a consent form for the Science Museum trip. Could one be sent home with Logan, or is there an online version? Happy to pay on ParentPay once we're set up.

Many thanks,
Maureen Tulloch

> ---------- Forwarded message ---------
> From: Jo Marsh <jo.marsh@example.org>
> Date: Fri, 25 Sep 2026 at 16:20
> Subject: Fwd: Hillside Weekly - Friday 25 September
>
> Hi Maureen, here's the newsletter I mentioned at the gate! Jo
>
> > """ + "\n> > ".join(_WEEKLY.split("\n")) + "\n"))

# 2 ---------------------------------------------------------------------------
add(N("it-hoax-warning", "zip-attachment", "inbound", "trustit", ["allstaff"],
      "Guidance: recognising hoax and chain messages (staff briefing pack)",
      "trust IT sends a zipped staff guidance note on recognising hoaxes and not forwarding them",
      """STAFF GUIDANCE: HOAX, CHAIN AND SCARE MESSAGES

Staff regularly receive messages that ask them to pass on a warning, a petition or an
appeal. Most of these are hoaxes, and forwarding them from a school account breaches the
Trust's acceptable use policy.

Typical signs of a hoax:
- it asks you to send it to lots of people, or to "everyone you know";
- it threatens bad luck, or promises money, prizes or donations per forward;
- it claims to be confirmed by a big company or the news, without a link you can check;
- it has been forwarded many times, often with long lists of previous recipients.

What to do: don't forward it. Delete it, or if you're unsure, send it to the Service Desk
(not to colleagues) and we will check it.

Genuine warnings from the Trust will always come from the Service Desk address and will
have a reference number.
""",
      cover="Dear colleagues,\n\nPlease find attached the updated staff guidance on hoax and chain messages, for use in staff briefings. It has been zipped to get it past some schools' attachment filters.\n\nNorthvale Trust IT Service Desk\nRef: SN-2026-131\n",
      attach_name="hoax-guidance.txt"))

# 3 ---------------------------------------------------------------------------
add(N("pta-raffle", "flowed-delsp", "inbound", "pta", ["s25", "office"],
      "Raffle results - please pass on our thanks!",
      "PTA chair sends raffle results and asks the school to pass thanks on to families and donors",
      """Hi Fiona and the office team,

What a fantastic fair! The Christmas raffle raised £1,864, our best ever. Could you please pass on our thanks to all the families who bought tickets and to the staff who helped on the day?

Winning ticket numbers are below - please could you share them in the next newsletter, so that anyone who hasn't collected a prize knows to come to the office:

Pink 041 - Sea Life family ticket
Blue 117 - butcher's voucher
Yellow 203 - signed Rovers shirt
Green 388 - hamper

Prizes not claimed by 15 January will be re-raffled at the spring disco.

Thanks again,
Wendy Ashby
Chair, Friends of Hillside
"""))

# 4 ---------------------------------------------------------------------------
add(N("supply-chain-lesson", "base64", "outbound", "s20", [("parents-y11biz@school.example", "Y11 Business Parents")],
      "Year 11 Business trip - port and distribution centre visit",
      "business teacher tells parents about a trip to see a port's supply chain in action",
      """Dear Parents and Carers,

As part of the GCSE Business topic on operations and supply chains, Year 11 Business students are invited on a visit to the Port of Liverpool and a regional distribution centre on Wednesday 25 November.

Students will see how containers are unloaded, tracked and moved on by road and rail, and will meet staff who manage stock and logistics. The visit links directly to exam questions on supply chain management, just-in-time stock control and the impact of delays.

Cost: £12 (coach). Please give consent and pay on ParentPay by Friday 13 November. Students will need a packed lunch, sensible shoes and a waterproof coat.

If you have any questions, please contact me.

Mr Kemble
Business Studies
""",
      cc=["head"], bcc=["o4", "o9", "o13", "o21"]))

# 5 ---------------------------------------------------------------------------
add(N("food-chain-lesson", "cp1252", "inbound", ("education@northvale-wildlife.example", "Northvale Wildlife Trust"), ["s1"],
      ("Booking confirmed: ‘Who eats whom?’ food chain workshop", "windows-1252", "Q"),
      "wildlife trust confirms a pond-dipping food chain workshop booking for Year 8",
      """Dear Dr Osei,

Thank you for booking our “Who eats whom?” workshop for Year 8 on Tuesday 6 October at Northvale Nature Reserve.

During the session pupils will:
• go pond dipping and identify the invertebrates they find;
• build food chains and a food web from their catch;
• discuss how pollution or the loss of one species affects the rest of the web.

Please make sure pupils bring wellies and a waterproof. We provide nets, trays and ID guides.

The cost is £4.50 per pupil; we will invoice the school after the visit.

Best wishes,
Ruth Kendal
Education Officer, Northvale Wildlife Trust
""",
      ))

# 6 ---------------------------------------------------------------------------
add(N("chain-of-command", "alternative", "internal", "s11", ["teaching"],
      "Exam incidents - who to tell, in what order",
      "exams officer sets out the reporting chain for incidents during exams",
      """Dear colleagues,

With mocks starting on Monday, here is the order in which to report anything that goes wrong during an exam:

1. Invigilator deals with the immediate situation and notes the time.
2. Lead invigilator is told straight away (radio channel 2).
3. Exams Officer (me) is informed before the end of the exam.
4. If it involves a suspected malpractice or a safeguarding concern, I inform the Deputy Head and, for safeguarding, the DSL.
5. I report to the exam board where required.

Please do not deal with incidents by email between colleagues, and please don't discuss them with candidates afterwards.

Thanks,
Rebecca Stone
Exams Officer
"""))

# 7 ---------------------------------------------------------------------------
add(N("lesson-quotes-chain", "html-only", "inbound", "publisher", ["s24"],
      "New free PSHE lesson: 'Should I pass it on?'",
      "education publisher announces a free lesson on recognising chain messages, with unsubscribe footer",
      "",
      html="""<html><body style="font-family:Arial,sans-serif;max-width:600px">
<h2>New free lesson: <i>Should I pass it on?</i></h2>
<p>Hello Yusuf,</p>
<p>Our new KS3 PSHE lesson helps pupils decide what to do when a message asks them to pass it on.
Pupils compare real safety alerts with classic chain messages &ndash; the ones that promise luck, threaten
bad things or claim that a company will donate money for every share &ndash; and practise a simple
three-question check: <b>Who sent it? Can I check it? What happens if I don't?</b></p>
<p>The pack includes slides, a card sort and a teacher guide.</p>
<p><a href="https://brightbooks-education.example/pshe/pass-it-on">Download the free lesson</a></p>
<p style="font-size:11px;color:#777">BrightBooks Education Ltd. You're receiving this because you registered for PSHE updates.
<a href="https://brightbooks-education.example/unsubscribe?u=5120">Unsubscribe</a></p>
</body></html>
""",
      headers=[("List-Unsubscribe", "<https://brightbooks-education.example/unsubscribe?u=5120>")]))

# 8 ---------------------------------------------------------------------------
add(N("safeguarding-online-challenge", "html-attachment", "inbound", ("updates@onlinesafety-hub.example", "Online Safety Hub for Schools"), ["dsl", "s24"],
      "Guide for parents: viral challenges and scare messages",
      "online-safety service sends an HTML parent guide on viral challenges for schools to use",
      """WHAT PARENTS AND CARERS NEED TO KNOW ABOUT VIRAL CHALLENGES AND SCARE MESSAGES

What are they? Messages or videos that spread quickly between children, sometimes daring
them to do something risky, sometimes threatening that something bad will happen unless they
pass the message on.

Why do children pass them on? Fear, curiosity, peer pressure, or a wish to protect friends.

What can parents do?
- Stay calm, and don't share the message or its images further - even as a warning.
- Ask open questions: "Have you seen anything online that worried you?"
- Remind children that messages can't make anything happen, and they never have to follow them.
- Use parental controls and check privacy settings.
- Talk to the school if your child is frightened or has been pressured.
""",
      cover="Dear colleague,\n\nThis month's parent guide is attached as an HTML file which you can upload to your website or include in your newsletter.\n\nOnline Safety Hub for Schools\n",
      attach_name="parent-guide-viral-challenges.html"))

# 9 ---------------------------------------------------------------------------
add(N("non-uniform-day", "7bit", "inbound", "o31", ["office"],
      "Is it non-uniform day on Friday?",
      "parent asks the office whether a rumoured non-uniform day is real",
      """Hi,

My daughter says someone in her class told her Friday is non-uniform day and that she should
pass it on to everyone. I can't see it in the newsletter. Is it true? I don't want her turning
up in her own clothes if it isn't!

Thanks,
Tanya Osborne (Poppy Wainwright's mum, 8R)
"""))

# 10 --------------------------------------------------------------------------
add(N("circulate-memo", "flowed-delsp", "inbound", ("immunisations@northvale-health.example", "Northvale School Immunisation Team"), ["head"],
      "Please circulate: flu vaccination consent deadline",
      "school immunisation team asks the head to circulate the flu consent deadline to staff and parents",
      """Dear Headteacher,

The school-aged immunisation team will visit Hillside on Tuesday 13 October to give the nasal flu vaccine to pupils in Years 7 to 11.

Please could you circulate the following to staff and parents:

"Parents and carers must complete the online consent form by 9am on Monday 5 October, whether or not they want their child to have the vaccine. The link is on the school website. Children who miss the session can be vaccinated at a community clinic."

We will need a room with access to a sink, and a list of pupils on the day.

Many thanks,
School Immunisation Team
"""))

# 11 --------------------------------------------------------------------------
add(N("exam-good-luck", "latin1", "inbound", ("centres@examboard.example", "Exam Board Centre Services"), ["s11"],
      "Good luck for the November series",
      "exam board wishes centres good luck for the resit series and gives key dates",
      """Dear Exams Officer,

As the November resit series begins, we'd like to wish you, your colleagues and your candidates the very best of luck.

Key reminders:
- Question papers must remain in secure storage until the published start time.
- Scripts must be despatched on the day of the exam using the yellow label service.
- Access arrangements must be approved before the exam.

Thank you for everything you do to make the exams run smoothly.

Kind regards,
Centre Services Team
"""))

# 12 --------------------------------------------------------------------------
add(N("church-prayer-request", "flowed-delsp", "inbound", "parish", ["s22"],
      "Parish prayer chain - request from the school community",
      "parish office confirms a request has gone to the parish's telephone prayer-chain team",
      """Dear Alan,

Thank you for your phone call this morning. I've passed the request on to our prayer chain co-ordinator, who has shared it with the prayer chain team as usual. As you asked, no names have been used - just "a family in our school community at a difficult time".

For anyone at school who doesn't know how our prayer chain works: requests come in to the parish office or to Pat, and she rings the eight members of the team, who pray privately at home. Nothing is published, and requests stay on the chain for a month unless we hear otherwise.

Please let the family know that they are in our prayers.

With every blessing,
Margaret
Parish Office
"""))

# 13 --------------------------------------------------------------------------
add(N("sponsored-walk", "html-attachment", "inbound", ("events@hospice-northvale.example", "Northvale Hospice Events"), ["s5"],
      "Your sponsored Santa dash - fundraising pack",
      "hospice sends the sponsored Santa-dash pack including a giving page to share with families",
      """NORTHVALE HOSPICE SANTA DASH - SCHOOL FUNDRAISING PACK

Date: Sunday 6 December, 10am, Northvale Park
Entry: free for school groups (Santa suits provided)

How your school can help:
1. Put together a team of staff, pupils and families.
2. Set up a team giving page and share the link with families, friends and colleagues.
3. Bring your team on the day - there are medals for everyone!

Under-16s must be accompanied by an adult. Full safety information is included at the end of
this pack.
""",
      cover="Hi Tom,\n\nThanks for registering Hillside for the Santa Dash! Your fundraising pack is attached.\n\nNorthvale Hospice Events Team\n",
      attach_name="santa-dash-pack.html"))

# 14 --------------------------------------------------------------------------
add(N("pay-it-forward-week", "utf8-8bit", "inbound", ("newsdesk@northvale-echo.example", "Northvale Echo Newsdesk"), ["head"],
      ("Feature request – your Pay It Forward week 📰", "utf-8", "B"),
      "local newspaper asks the head whether it can feature the school's pay-it-forward kindness week",
      """Dear Mrs Fenwick,

One of your parents got in touch to tell us about Hillside's "Pay It Forward" Kindness Week, and we'd love to feature it in next Thursday's Echo.

Would it be possible for a reporter to visit on Wednesday afternoon, talk to a few members of the School Council and take a photo of the Kindness Jars? We would of course follow your photo-consent arrangements — we only need pupils whose parents have agreed.

If Wednesday doesn't work, a short written piece from the School Council and a photo you supply would be lovely too.

Best wishes,
Holly Brennan
Reporter, Northvale Echo
"""))

# 15 --------------------------------------------------------------------------
add(N("parent-newsletter-forward", "rfc822-forward", "outbound", "s12", ["o10"],
      "FW: Hillside Weekly - as requested",
      "head of year forwards a missed newsletter as an attachment to a new parent who asked for it",
      _WEEKLY.replace("GBP 18", "£18") + "\n",
      cover="Dear Mrs Tulloch,\n\nAs requested, here is the newsletter you missed, forwarded as an attachment. I've asked the office to add you to the mailing list and a trip consent form will come home with Logan tomorrow.\n\nBest wishes,\nFarhan Qureshi\nHead of Year 8\n",
      inner_from="news", inner_to=["news"], inner_subject="Hillside Weekly - Friday 25 September",
      inner_shape="html-only", cc=["head"],
      headers=[("In-Reply-To", "<C01F7A5E11B4.9d3e0f21@mail.example.org>")]))

# 16 --------------------------------------------------------------------------
add(N("it-hoax-warning", "cp1252", "outbound", "s7", ["o4"],
      "Re: is this WhatsApp message real?",
      "IT manager replies to a parent that the messaging-app charging message is a hoax; no need to forward",
      """Dear Mr Abbott,

Thanks for checking with me – that’s exactly the right thing to do.

The message about WhatsApp charging 37p per message unless you forward it is a hoax. It has been going round in various versions for over ten years. Nothing happens to your account if you ignore it, and your “logo turning blue” isn’t a thing!

If you’ve already forwarded it, don’t worry – but it would be best not to send it any further. If you get anything similar in future that asks you to log in or pay, treat it as a scam.

Kind regards,
Lewis McAllister
IT Manager, Hillside School
""",
      cc=["head"],
      headers=[("In-Reply-To", "<5A0C3D9F2E71.7b2c1e90@mail.example.com>")]))

# 17 --------------------------------------------------------------------------
add(N("daisy-chain-av", "7bit", "internal", "s7", ["s5", "s10"],
      "Hall AV - daisy-chained speakers for the awards evening",
      "IT manager explains how the hall speakers will be daisy-chained for the awards evening",
      """Hi Tom, hi Sian,

For the awards evening on Thursday I've daisy-chained the two extra speakers off the main
amp in the hall, so the sound should reach the back rows this time. The cable runs along the
edge of the stage - please make sure nobody moves the left speaker or the chain comes apart.

The projector is also daisy-chained to the second screen by the side door, so the slideshow
will show on both.

I'll be there from 5.30 to test everything. If anything stops working, ring my mobile rather
than unplugging things.

Lewis
"""))

# 18 --------------------------------------------------------------------------
add(N("food-chain-lesson", "zip-attachment", "internal", "s1", ["y7"],
      "Y7 zoo trip - food chain trail (print before Thursday)",
      "science teacher zips the food chain trail worksheet for the Year 7 zoo trip",
      """YEAR 7 ZOO TRIP - FOOD CHAIN TRAIL

At each stop, write down what the animal eats and what (in the wild) might eat it.

Stop 1 - Meerkats: eats __________  eaten by __________
Stop 2 - Penguins: eats __________  eaten by __________
Stop 3 - Lions:    eats __________  eaten by __________
Stop 4 - Lemurs:   eats __________  eaten by __________

Back at school: use your answers to draw one food chain for each habitat. Which animal is at
the top of each food chain? Which one is a producer?
""",
      cover="Hi Year 7,\n\nThe food chain trail for Thursday's zoo trip is in the zip. Please print it (or pick up a copy from the science office) and bring it with you on a clipboard.\n\nDr Osei\n",
      attach_name="zoo-food-chain-trail.txt"))

# 19 --------------------------------------------------------------------------
add(N("lesson-quotes-chain", "base64", "outbound", "s24", [("m.ahmed@northvale-uni.example", "Mariam Ahmed")],
      "Lesson observation feedback - 'Is it real?' lesson",
      "computing teacher gives a trainee teacher feedback on her lesson about chain messages",
      """Hi Mariam,

Thanks for letting me observe your Year 8 lesson on Tuesday. Some feedback:

What went well
• Using the "nine times round the world" luck letter as a starter was a great hook – the pupils found the threats and the fake history straight away.
• The card sort (real alerts vs. chain messages vs. scams) generated really good discussion.
• You made it very clear that nobody should forward the examples, and why.

Even better if
• Give pupils a strategy to check claims (reverse image search, fact-checking sites) – that would make the lesson more practical.
• A couple of pupils looked a bit worried by the "something bad will happen" examples; a quick reassurance that nothing happens if you ignore them would help.

Overall a strong lesson – well done.

Yusuf
"""))

# 20 --------------------------------------------------------------------------
add(N("safeguarding-online-challenge", "html-attachment", "outbound", "dsl", [("parents-y7@school.example", "Year 7 Parents")],
      "Letter to Year 7 parents: friendship pressure messages",
      "DSL letter to Year 7 parents about 'send this to ten people or you're not my friend' pressure messages",
      """Dear Parents and Carers of Year 7,

Some Year 7 pupils have been receiving messages in group chats which say things like "send
this to ten people or you're not my friend" or "if you don't pass this on, everyone will know
you're a coward".

These are a modern version of the old chain letter, but they can feel very real to an
11-year-old, and in a few cases they have been used to leave children out of friendship groups.

Please could you:
- talk to your child about messages like this, and reassure them that they never have to pass one on;
- encourage them to mute or leave group chats that make them unhappy;
- let us know if your child is being pressured or left out.

We are covering this in tutor time and PSHE next week.

Yours sincerely,
Aisha Begum, Designated Safeguarding Lead
""",
      cover="Dear Parents and Carers,\n\nPlease find attached a letter from our Designated Safeguarding Lead.\n\nHillside School\n",
      attach_name="letter-y7-friendship-messages.html", cc=["head"], bcc=["o2", "o7", "o12", "o17", "o22"]))

# 21 --------------------------------------------------------------------------
add(N("non-uniform-day", "text-attachment", "outbound", "office", [("parents@school.example", "Hillside Parents")],
      "Christmas Jumper Day - Friday 11 December",
      "office sends the Christmas jumper day letter and invites families to tell grandparents who want to donate",
      """CHRISTMAS JUMPER DAY - FRIDAY 11 DECEMBER

Pupils may wear a Christmas jumper with their school trousers or skirt on Friday 11 December
in return for a donation of £1 to Save the Children.

No jumper? No problem - pupils can add tinsel, a festive badge or a hat instead. Please don't
buy anything new specially.

Donations can be made on ParentPay or in cash to form tutors. Grandparents and family who
would like to donate can use the school's online giving page (link on the website).
""",
      cover="Dear Parents and Carers,\n\nPlease see the attached letter about Christmas Jumper Day. Feel free to let grandparents and other family members know about the giving page.\n\nHillside School Office\n",
      attach_name="christmas-jumper-day.txt", cc=["head"], bcc=["o1", "o5", "o9", "o13", "o26"]))

# 22 --------------------------------------------------------------------------
add(N("circulate-memo", "zip-attachment", "outbound", "head", [("chair@governors.example", "Rosemary Hollis")],
      "Draft minutes - please circulate to the committee",
      "headteacher sends the chair of governors zipped draft minutes to circulate to the committee",
      """LOCAL GOVERNING BODY - RESOURCES COMMITTEE
Draft minutes, meeting of 30 September

Present: R. Hollis (Chair), C. Fenwick (Headteacher), H. Whitcombe (SBM), two governors
Apologies: one governor

1. Budget monitoring: spend on track at month 6. Energy costs 8% above forecast.
2. Premises: bike shelter replacement approved; quotes to be obtained.
3. Staffing: one teaching assistant vacancy to be advertised.
4. Policies: charging and remissions policy reviewed, no changes.
5. Date of next meeting: 25 November.
""",
      cover="Dear Rosemary,\n\nPlease find attached the draft minutes from the resources committee. Would you circulate them to the committee members for comment before they go to the full governing body?\n\nBest wishes,\nCaroline\n",
      attach_name="resources-committee-minutes-draft.txt"))

# 23 --------------------------------------------------------------------------
add(N("exam-good-luck", "flowed", "outbound", "s0", ["o15"],
      "Good luck at college!",
      "tutor writes to a former pupil's parent with good-luck wishes for college and asks her to pass them on",
      """Dear Tanya,

Thank you for your lovely card at the end of term. It made my day.

Please pass on my best wishes to Jade for her first week at college - I know she was nervous about the travel but she'll be absolutely fine. She was a brilliant member of the tutor group and I'll miss her sense of humour in the mornings.

Good luck to her with the A-levels - tell her to come back and visit!

Best wishes,
Joanne Hartley
"""))

# 24 --------------------------------------------------------------------------
add(N("church-prayer-request", "rfc822-forward", "outbound", "s22", [("parents@school.example", "Hillside Parents")],
      "FW: Remembrance Sunday - invitation from St Cuthbert's",
      "chaplain forwards the parish's Remembrance service invitation to families as an attachment",
      """Dear friends,

All families from Hillside School are warmly invited to our Remembrance Sunday service on 8 November at 10.45am, followed by the laying of wreaths at the war memorial.

If you would like the name of a family member who served to be included in our prayers, please send it to the parish office by Wednesday 4 November.

Children in uniform groups (Scouts, Guides, Cadets) are welcome to parade with their groups.

With every blessing,
St Cuthbert's Parish
""",
      cover="Dear Parents and Carers,\n\nThe invitation from St Cuthbert's for Remembrance Sunday is attached. All are welcome.\n\nAlan Prentice, Chaplain\n",
      inner_from="parish", inner_to=["s22"], inner_subject="Remembrance Sunday - invitation to Hillside families",
      inner_shape="qp", cc=["head"], bcc=["o3", "o8", "o14", "o19"]))

# 25 --------------------------------------------------------------------------
add(N("chain-of-command", "rfc822-forward", "inbound", ("ceo.office@northvale-trust.example", "Northvale Trust CEO's Office"), ["head", "s3"],
      "FW: Inspection notification - communication procedure",
      "trust forwards as attachment its procedure for who is told what when an inspection call comes",
      """INSPECTION NOTIFICATION - COMMUNICATION PROCEDURE

When the notification call is received:
1. The Headteacher informs the Trust CEO's office by phone within 30 minutes.
2. The CEO's office informs the Chair of the Local Governing Body and the Trust's school improvement lead.
3. The Headteacher informs SLT, then all staff at an end-of-day briefing.
4. Parents are informed by the standard letter, sent by the school office.

Please don't share the news outside this chain until the letter to parents has gone out.
""",
      cover="Dear Caroline and Gareth,\n\nAs discussed at the heads' meeting, the updated procedure is attached.\n\nCEO's Office, Northvale Trust\n",
      inner_from=("ceo@northvale-trust.example", "Northvale Trust CEO"), inner_to=[("heads@northvale-trust.example", "Trust Headteachers")],
      inner_subject="Inspection notification - communication procedure", inner_shape="alternative"))

# 26 --------------------------------------------------------------------------
add(N("recycling-collection", "base64", "inbound", ("schools@recyclepoints.example", "RecyclePoints Schools"), ["s16"],
      "Your collection points - thank you, Hillside!",
      "recycling scheme reports points earned and suggests sharing the drop-off point with families",
      """Hi Mark,

Great news — your last shipment of crisp packets and bottle tops has been processed!

Weight received: 38.4 kg
Points earned: 3,840 (= £38.40 for your chosen cause: the Hillside eco-garden)
Total this year: £152.10

Did you know that your school can also be listed as a public drop-off point? Families, neighbours and local businesses can then find you on our map and bring their packets too. If you'd like to do this, reply to this email and we'll add you.

Thank you for recycling with us!
The RecyclePoints Schools Team
"""))

# 27 --------------------------------------------------------------------------
add(N("charity-appeal", "cp1252", "inbound", ("hello@northvale-foodbank.example", "Northvale Food Bank"), ["s22", "office"],
      ("Thank you for your harvest collection – and what we need now", "utf-8", "Q"),
      "food bank thanks the school for its harvest collection and lists what it currently needs",
      """Dear Hillside School,

Thank you so much for the 312 items your pupils and families collected for harvest. It’s the biggest school donation we’ve had this year!

If your families would like to keep helping, we are currently short of:
• tinned fruit and custard
• long-life milk and juice
• toiletries (shampoo, deodorant, toothpaste)
• nappies (sizes 5 and 6)

Please do share this list with your families – donations can be left at any of our drop-off points in the big supermarkets.

With heartfelt thanks,
Northvale Food Bank
"""))

# 28 --------------------------------------------------------------------------
add(N("pta-raffle", "text-attachment", "inbound", "pta", ["s25"],
      "Quiz night poster - can you share with staff?",
      "PTA chair sends the quiz-night poster and asks for it to be shared with staff and friends",
      """FRIENDS OF HILLSIDE QUIZ NIGHT

Friday 6 November, 7pm, school hall
Teams of up to six - £5 per person
Bar, raffle and fish-and-chip supper (order in advance)

Book your team: quiz@friendsofhillside.example

All welcome - bring friends, family and neighbours!
All profits to the library reading den.
""",
      cover="Hi Fiona,\n\nHere's the quiz night poster as a text file so it's easy to paste into the newsletter. Could you share it with staff too? A staff team would be brilliant!\n\nWendy\n",
      attach_name="quiz-night-poster.txt"))

# 29 --------------------------------------------------------------------------
add(N("pupil-share-notes", "utf8-8bit", "internal", "p3", ["p1"],
      "chemistry homework - can u send it to finley too",
      "pupil sends a friend the chemistry homework and asks him to pass it to another classmate",
      """hey

the chemistry homework is the worksheet on polymers (the long chain molecules one) — questions 1–6, due wednesday. mrs whatever the cover teacher said to use page 142 in the textbook.

can u send it to finley too? he was off and i dont have his email 🙏

Zain
"""))

# 30 --------------------------------------------------------------------------
add(N("revision-relay", "flowed-delsp", "internal", "s12", ["y11"],
      "Revision relay - pass the flashcards on!",
      "head of year explains a revision relay where each tutor group passes a flashcard box to the next",
      """Hi Year 11,

This week each tutor group is taking part in our Revision Relay!

Each form has a box of 50 blank flashcards. On Monday, your form writes one question and answer per card on its subject (11A: Biology, 11B: History, and so on). On Tuesday, you pass the box on to the next form along, who test themselves on your cards and add 10 of their own. By Friday every form will have seen every box.

The form with the most accurate and useful cards (judged by the subject teachers) wins a breakfast.

Please be careful with the boxes — and don't skip a form when you pass it on!

Mr Qureshi
"""))

# 31 --------------------------------------------------------------------------
add(N("circulate-memo", "zip-attachment", "outbound", "s5", [("pe@westfield-academy.example", "Westfield PE Department"), ("pe@stcuthberts-high.example", "St Cuthbert's High PE")],
      "Cross-country league fixtures - please pass on to your PE staff",
      "PE teacher sends other schools' PE departments zipped league fixtures to pass on to their staff",
      """NORTHVALE SCHOOLS CROSS-COUNTRY LEAGUE 2026-27

Round 1: Saturday 17 October - Northvale Park (host: Hillside)
Round 2: Saturday 14 November - Westfield Academy playing fields
Round 3: Saturday 16 January - St Cuthbert's High
Round 4: Saturday 13 February - Reservoir Park (county final qualifier)

Races: Y7/8 girls, Y7/8 boys, Y9/10 girls, Y9/10 boys. Max 8 runners per school per race.
Entries by the Wednesday before each round.
""",
      cover="Hi all,\n\nThe fixtures for this year's league are in the zip. Please pass them on to your PE staff and anyone else who helps with cross-country.\n\nTom Bradshaw\nHillside School PE\n",
      attach_name="xc-league-fixtures.txt"))

# 32 --------------------------------------------------------------------------
add(N("former-pupil-thanks", "wrap72", "inbound", ("amir.h@uni-student.example", "Amir Hassan"), ["s1"],
      "Thank you (and please pass this on to Mr Kowalski)",
      "former pupil thanks his science teacher and asks him to pass thanks on to a colleague",
      """Dear Dr Osei,

I just wanted to let you know that I've started my chemistry degree at university this week! I don't think I'd be here without your lessons and the extra help you gave me in Year 11 when I was really struggling.

Please could you also pass on my thanks to Mr Kowalski - his after-school maths sessions got me through, and the first lecture this morning was basically everything he taught me about logarithms.

Say hello to the science department for me.

Best wishes,
Amir Hassan (left 2024)
"""))

# 33 --------------------------------------------------------------------------
add(N("charity-appeal", "flowed-delsp", "inbound", ("schools@mindsmatter-charity.example", "MindsMatter Schools Team"), ["s2", "dsl"],
      "Time to Talk Day resources - share with your school community",
      "mental-health charity sends Time to Talk Day resources and invites schools to share them",
      """Hello,

Time to Talk Day is on Thursday 4 February. It's a day for everyone to have a conversation about mental health.

Our free schools pack includes an assembly, tutor-time activities, posters and a short guide for parents. You can download it at mindsmatter-charity.example/schools.

We'd love you to share the pack with staff, pupils and families - the more conversations, the better. If you run an activity, tag us in your photos so we can share what schools are doing.

Thank you for everything you do to support young people's wellbeing.

MindsMatter Schools Team
"""))

# 34 --------------------------------------------------------------------------
add(N("facilities-order", "text-attachment", "outbound", "s4", [("sales@gateway-security.example", "Gateway Security Supplies")],
      "Order: security chain and padlocks for bike shelter",
      "business manager orders a security chain and padlocks from a supplier, order form attached",
      """PURCHASE ORDER PO-26-0417
Hillside School

Supplier: Gateway Security Supplies
Deliver to: Site Office, Hillside School

Qty  Item                                                  Unit     Total
2    Hardened steel security chain, 10mm x 1.5m, sleeved  £34.95   £69.90
4    Closed-shackle padlock, keyed alike (4 keys each)    £18.50   £74.00
1    Wall anchor kit, heavy duty                           £22.00   £22.00
                                                           Subtotal £165.90
                                                           VAT      £33.18
                                                           Total    £199.08

Invoice to: accounts@school.example, quoting the PO number.
""",
      cover="Hello,\n\nPlease find our purchase order attached for the chain, padlocks and anchor kit for our new bike shelter. Could you confirm the delivery date?\n\nKind regards,\nHelen Whitcombe\nSchool Business Manager\n",
      attach_name="PO-26-0417.txt"))

# 35 --------------------------------------------------------------------------
add(N("exams-chain-of-custody", "rfc822-forward", "inbound", ("moderation@examboard.example", "Exam Board Moderation"), ["s11"],
      "FW: NEA sample request - chain of custody",
      "exam board forwards its sample request and chain-of-custody instructions for coursework",
      """SAMPLE REQUEST - NON-EXAM ASSESSMENT

Your centre has been selected for moderation. Please send the candidates listed on the
portal by 15 May.

Chain of custody: complete the enclosed form each time the work changes hands (teacher ->
exams officer -> courier). Keep a copy. Send by tracked post only.

Do not send originals of candidates' work by email.
""",
      cover="Dear Exams Officer,\n\nPlease see the attached sample request from the moderation team.\n\nExam Board Moderation\n",
      inner_from=("moderation.system@examboard.example", "Moderation System"), inner_to=[("centres@examboard.example", "Centres")],
      inner_subject="Sample request - NEA", inner_shape="7bit"))

# 36 --------------------------------------------------------------------------
add(N("club-invitation", "zip-attachment", "inbound", ("leader@7thnorthvale-scouts.example", "7th Northvale Scouts"), ["s14"],
      "Scouts taster night - please pass on to Year 7",
      "scout leader sends a zipped flyer for a taster night and asks the school to pass it on to pupils",
      """7th NORTHVALE SCOUTS - TASTER NIGHT

Thursday 22 October, 7-8.30pm, Scout Hut, Mill Lane
For young people aged 10.5-14

Try: knots and lashings, fire-lighting, a night hike (with torches!) and our famous
chain-of-knots relay.

Free. Parents welcome to stay for a cup of tea.
Contact: leader@7thnorthvale-scouts.example
""",
      cover="Dear Mr Trelawney,\n\nThank you for chatting at the community event. As promised, our taster night flyer is in the zip - we'd be grateful if you could pass it on to Year 7 pupils or put it on a noticeboard.\n\nBest wishes,\nKaren, 7th Northvale Scouts\n",
      attach_name="taster-night-flyer.txt"))

# 37 --------------------------------------------------------------------------
add(N("good-luck-wishes", "rfc822-forward", "internal", "s12", ["y11"],
      "FW: good luck messages from last year's Year 11",
      "head of year forwards alumni good-luck messages to the current Year 11 as an attachment",
      """Hi Mr Qureshi,

You asked us to send some good luck messages for this year's Year 11 before their mocks, so here they are from a few of us!

"Don't panic, the mocks are just practice. Do loads of past papers." - Jess
"Start revising now, not the week before like I did." - Callum
"Sleep matters more than you think!" - Aisha
"You'll be fine. Look after each other." - Ben

Good luck to them all!
Last year's 11C
""",
      cover="Year 11 - some words of wisdom from last year's Year 11, who all survived! Good luck next week. Mr Qureshi",
      inner_from=("jess.parry@college-northvale.example", "Jess Parry"), inner_to=["s12"],
      inner_subject="good luck messages for Y11", inner_shape="qp"))

# 38 --------------------------------------------------------------------------
add(N("declines-chain", "latin1", "outbound", "s15", ["o5"],
      "Re: Fw: Book exchange - would love you to join",
      "English teacher politely declines a friend's book-exchange chain and asks her not to send them to work",
      """Hi Angela,

Thank you for thinking of me - it was lovely to hear from you! But I'm going to sit this one out. I don't join these chain exchanges (I've never known anyone actually get 36 books!) and I'd rather not pass it on to other people.

Also, could you use my personal email for things like this? Work mail is checked, and we're not supposed to receive or send chain letters on the school system.

But I'd love to meet up for a proper book swap over coffee - half term?

Grace x
""",
      headers=[("In-Reply-To", "<8E2B11F0C4A7.3f6d9e02@mail.example.org>")]))

# header variety: forwarded subjects (so the subject prefix doesn't predict the label)
tweak(MESSAGES, {
    8: dict(subject="Fwd: Guide for parents: viral challenges and scare messages"),
    33: dict(subject="Fwd: Time to Talk Day resources - share with your school community"),
})
