"""Positive messages, part B: chain letters and hoaxes the policy must catch."""

from chainkit import P, fwd, disp, dump, ms, tweak, reply_headers

MESSAGES = []
add = MESSAGES.append

# 1 ---------------------------------------------------------------------------
add(P("virus-hoax", "7bit", "outbound", "s9", ["o6", "o12", "o15"],
      "FW: phone warning - don't press 9 0 #",
      "maths teacher sends friends the 'press 90# and they steal your SIM' phone-call hoax",
      """Lads - my dad sent this, worth knowing apparently

IMPORTANT!!!

If you get a phone call from someone saying they are from BT or your mobile provider and they ask you to press 9, 0, # to "test the line" - DO NOT DO IT. Hang up.

Pressing 90# gives them full access to your SIM card and they can make calls all over the world on your bill. Trading Standards have confirmed this is going on in every part of the country. Thousands of pounds stolen already.

Please share this with everyone on your list. Tell your parents, your grandparents - they're the ones being targeted. The more people who know the fewer victims.

Don't keep it to yourself.

Dan
"""))

# 2 ---------------------------------------------------------------------------
add(P("luck-chain", "flowed", "outbound", "p0", ["o19"],
      "you've been sent the lucky cat!!",
      "pupil to outside friend: the lucky cat must be passed on within 24 hours or luck runs out",
      """🐱 MEOW! You've been visited by the LUCKY CAT of Tokyo 🐱

Maneki-neko has been waving at people since the year 1600. Everyone he visits gets good luck for a whole year - good marks, money, no arguments with your parents, the lot.

BUT. He only stays if you pass him on. You have 24 hours to send him to 8 people. If you keep him to yourself his paw stops waving and your luck goes the other way. 

Arigato!! Don't be the one who makes the cat stop waving 😿

Mia xx
"""))

# 3 ---------------------------------------------------------------------------
add(P("prayer-chain", "utf8-8bit", "outbound", "s18", ["o8", "o20", "o24"],
      "Fwd: a beautiful dua - please share",
      "attendance officer forwards a faith chain: share with ten people and hear good news",
      """Assalamu alaikum sisters, this came on the family group 🤲

Read this dua and you will receive good news within 3 days, insha'Allah.

"O Allah, make easy for us what is difficult and remove from us what is hard."

Whoever shares this with 10 people, Allah will open a door for them. A brother in Bradford shared it and the next day he got the job he prayed for. A sister ignored it and things went very wrong for her family that week.

Don't let it stop with you. Send it to 10 now. Even if you are busy, it takes one minute. Jazakallah khair.

Imran
"""))

# 4 ---------------------------------------------------------------------------
add(P("missing-child", "text-attachment", "inbound", "o16", ["p7"],
      "please send to your friends at school",
      "aunt sends a pupil an out-of-date missing-teenager chain in a .txt to copy round the school",
      """URGENT!!!  PLEASE SEND THIS ROUND

Missing: JOSHUA WEBB, age 14

Joshua has not been seen since he left school on Friday 9th November 2018 in Coventry.
He was wearing his school blazer and a black North Face coat.
His phone is switched off.

His family are desperate. If everyone who gets this sends it to everyone they know,
by tonight it will have been seen by a million people.

DO NOT DELETE. Copy it to all your contacts and to all your friends at school.
Every single share matters.
""",
      cover="Callum love, can you send this to all your mates at school? Auntie Jo has been asked to pass it round. xx Auntie Sarah",
      attach_name="MISSING_joshua.txt"))

# 5 ---------------------------------------------------------------------------
add(P("sick-child-donation", "alternative", "outbound", "s17", ["o3", "o14", "o21", "o27"],
      "Fw: Lily needs your help - every share = a pound",
      "TA sends friends a claim that a hospital gets a pound per forward for a burned girl's surgery",
      """Girls please don't ignore this one 😢

This is Lily, she is 4. She was badly burned in a house fire in Doncaster and needs skin grafts that cost thousands.

A big company has said they will donate £1 for every time this is sent on. They count it automatically because this email has a code in it. Lily's mum says they are only halfway there.

Please take 10 seconds and send it to every person in your contacts. Don't just like it - SEND IT. Thank you ❤️❤️

Beth x
"""))

# 6 ---------------------------------------------------------------------------
add(P("company-pays", "rfc822-forward", "inbound", "o18", ["s11"],
      "FW: Disney holiday - not a joke",
      "forwarded-as-attachment hoax that Disney gives a family holiday for forwarding the message",
      """Hello everyone,

My name is Walter Elias Disney Jr. Here in Florida, we have just finished the most successful year in the history of our company. To celebrate, we are offering a free 7-day holiday at Walt Disney World for your whole family.

All you have to do is forward this message to as many friends as you can. We are using a new email tracking programme that records the name of every person who forwards it. When it reaches 13,000 people, everyone who sent it on will receive a voucher.

Remember, this is an experimental programme, so only the first 13,000 count. Send it now!

Walt Disney Jr.
""",
      cover="Becca - the kids would LOVE this. I've sent it on to 20 already. Go go go! Jo",
      inner_from=("sue.t@btclick.example", "Sue T"), inner_to=["o18"],
      inner_subject="Fw: Fw: Fw: Disney free holiday!!", inner_shape="alternative"))

# 7 ---------------------------------------------------------------------------
add(P("petition-chain", "qp", "internal", "p10", ["p1", "p4", "p7", "p14", "p18", "p19"],
      "STOP ANIMAL TESTING - add ur name!!!",
      "pupil's e-mail petition: add your name, send to twenty, every 100th sends it to an address",
      """🐰 PETITION TO STOP ANIMAL TESTING ON MAKEUP 🐰

Millions of bunnies and mice are hurt every year to test makeup. We want the law changed. This petition is going to the UN when it has 10,000 names!!

What you do:
1. copy this whole email
2. add your name at the bottom
3. send it to 20 people
4. if you are number 100, 200, 300 etc send it to stopit.petition@example.org too

DONT just delete it. if you do ur basically saying u dont care about animals 😢

1. Chloe M
2. Jess Parry
3. Olivia K
4. Aaliyah
5. Ben W
6. Isla MacDonald
"""))

# 8 ---------------------------------------------------------------------------
add(P("privacy-notice-hoax", "flowed-delsp", "outbound", "s13", ["o2", "o9", "o17"],
      "Instagram new rule starts tomorrow!!",
      "school nurse sends friends the 'new rule: they can use your photos, copy this to opt out' hoax",
      """Hi all, saw this on my cousin's story, you have to do it before tomorrow!

Instagram's new rule starts tomorrow where they can use your photos. Don't forget the deadline is today! This can be used in court cases against you. Everything you've ever posted becomes public from today, even messages that have been deleted. It does not cost anything, just copy and post, better than regretting later.

I do not give Instagram or any entities associated with Instagram permission to use my pictures, information, messages or posts, both past and future.

Then send this to everyone you know who is on there so they're protected too. Channel 13 news was just talking about this change in privacy rules.

Nicola x
"""))

# 9 ---------------------------------------------------------------------------
add(P(
      "send-to-n-friends", "html-only", "outbound", "p5", ["o22"],
      ("🏆 you got the best friend award 🏆", "utf-8", "B"),
      "pupil sends an HTML 'best friend award' that must go to five friends and back",
      "",
      html="""<html><body style="background:#fff8e1;font-family:Verdana">
<h1 style="color:#ff6f00;text-align:center">&#127942; BEST FRIEND AWARD &#127942;</h1>
<p style="text-align:center">Congratulations!! You have been given the Best Friend Award by someone who thinks you are AMAZING.</p>
<p style="text-align:center">Now give it to <b>5 people</b> who are your best friends. Make sure you give it back to the person who sent
it to you!!</p>
<p style="text-align:center">If you get it back 3 times you are a TRUE best friend. If you get it back 0 times... sorry &#128556;</p>
<p style="text-align:center;font-size:11px">Do not break this or you will lose a friend within a week.</p>
<p>love Oscar</p>
</body></html>
"""))

# 10 --------------------------------------------------------------------------
add(P("money-chain", "zip-attachment", "inbound", "o20", ["s20", "s23"],
      "Fwd: pounds for pennies - it really works",
      "zipped pyramid letter: post one pound to each of six names, replace the top one, send to 200",
      """POUNDS FOR PENNIES - A LEGAL WAY TO MAKE £££

As seen on daytime TV. All you need is £6 and some stamps.

STEP 1: Put a £1 coin in an envelope with a note saying "PLEASE PUT ME ON YOUR MAILING
LIST" and post one to each of the six people below.
STEP 2: Remove the name at #1, move everyone up, and add your own name and address at #6.
STEP 3: Send this letter to at least 200 people. Use email lists, newsgroups, anybody.

Out of 200 people, even if only 10 respond, your name will reach #1 with thousands in
the chain. People have made £20,000+ in a couple of months.

#1  P. Harrow, Flat 2, 16 Queen St, Stoke
#2  R. Devine, 7 Linden Close, Crewe
#3  A. Morrow, 55 Lark Hill, Macclesfield
#4  J. Ocampo, 3 Old Mill Rd, Leek
#5  T. Nyberg, 12 Hope Way, Congleton
#6  B. Ilie, 19 Barn Croft, Buxton

IMPORTANT: do not break the sequence or it won't work for you. Honesty is what makes it
work.
""",
      cover="Hi Stuart, Kerry. Bogdan's brother gave me this, I zipped it as the addresses kept getting mangled. Apparently it really works, he's had about 40 quid so far. Kev",
      attach_name="pounds_for_pennies.txt"))

# 11 --------------------------------------------------------------------------
add(P("urban-legend-warning", "latin1", "outbound", "s0", ["o1", "o4"],
      "FW: cable ties on car wing mirrors - please share",
      "tutor forwards the 'cable tie on your wing mirror means you are being targeted' scare",
      """Hi Dave, hi Kev - this went round our mums' group, passing it on as asked.

WARNING TO ALL: if you find a plastic cable tie on your car's wing mirror or door handle when you come out of the supermarket, DO NOT touch it, get in your car and drive straight to a police station.

Gangs are using them to mark cars, usually women on their own, and they follow you home. Our local police have said they know about it.

PLEASE pass this on to everyone - men, women, grandparents, teenagers who drive. Copy it, share it, tell people at work. Better to know and never need it.

Joanne
"""))

# 12 --------------------------------------------------------------------------
add(P("love-poem-chain", "base64", "inbound", "o21", ["s2"],
      "For every mother 💗 send it on",
      "mother's-love poem with an instruction to send to every mum you know for a blessing",
      """💗 A Mother's Love 💗

A mother's love is patient, a mother's love is kind,
It's the softest pair of arms that you will ever find.
It's there before the sunrise, it's there when stars are out,
It's the one that never doubts you, and the one you never doubt.

Send this to every mum you know, and to your own mum too.
In 10 minutes something lovely will happen to you. 
Keep it to yourself and the blessing will pass you by.

This has been going since Mother's Day 2005 — don't let it end with you. 💐

(from Pauline, Jan, Tina, Sharon, Mags, Wendy, and now me)
Angela
""",
      subj_enc=("utf-8", "B")))

# 13 --------------------------------------------------------------------------
add(P("ghost-story-chain", "wrap72", "internal", "p16", ["p0", "p2", "p13", "p17", "p19"],
      "THE CLOWN (read till the end)",
      "pupils' clown ghost story chain: send it to ten people or the clown will visit",
      """there was once a girl called Molly whose parents went out for the night and left her with a babysitter. the babysitter asked the dad if she could cover up the clown statue in the corner of the bedroom because it was creepy. the dad went quiet and said "we dont have a clown statue". they rang the police. there was a man living in the house who dressed as a clown.

now the clown has read this too, and he wants to know who else is reading it.

if u dont send this to 10 people in the next 10 minutes, the clown will be standing in the corner of ur room tonight. he stands VERY still so u think its a toy.

if u send it to 10 he leaves u alone.
if u send it to 20 u will get a nice surprise tomorrow.

ive already sent mine so its ur turn. sorry!!!!!
"""))

# 14 --------------------------------------------------------------------------
add(P("charity-chain", "html-attachment", "outbound", "s19", ["o7", "o10", "o16"],
      "Fw: Forward = 1 tree planted",
      "RE teacher sends friends an HTML chain claiming each forward plants a tree",
      """ONE EMAIL = ONE TREE

Every day, forests the size of a football pitch disappear every second.

A big environmental foundation has teamed up with an email company. For every person who forwards this message, they will plant ONE tree in the Amazon. The email is being counted - that's why you must forward it, not copy it.

So far 3,000,000 trees have been planted because of this email!

Please send this to everybody in your address book. Let's make it 10 million. Don't stop it - the planet can't afford it!
""",
      cover="Hi all, it's for the trees! See attachment. R x",
      attach_name="one-email-one-tree.html"))

# 15 --------------------------------------------------------------------------
add(P("ringpull-myth", "cp1252", "internal", "s13", ["allstaff"],
      "Used stamps for guide dog puppies - please keep it going!",
      "nurse mails all staff a chain saying a million stamps buy a guide-dog puppy; pass it round",
      """Hi all 🐶

Did you know that if we collect ONE MILLION used stamps, they can be exchanged for a guide-dog puppy for a blind child? Every stamp counts!

Please tear the stamps off your envelopes at home (leave a little bit of envelope round the edge) and drop them in the box in the staffroom.

More importantly, please forward this to everyone in your contacts, your family, your clubs and your churches, so they start saving too. The faster we spread it, the sooner a puppy gets trained. Please don't let it stop here 🙏

Nicola
"""))

# 16 --------------------------------------------------------------------------
add(P("virus-hoax", "cp1252", "inbound", "o22", ["s15", "s16", "s17"],
      "Fw: WARNING - 'Dance of the Pope' video",
      "hoax warning about a phone video that hacks your phone in seconds, to be sent to all",
      """Good evening all, Sarah's friend in the police sent this – pass it on!

If you know anyone who uses WhatsApp, you might pass on this.

A video will be put on WhatsApp tomorrow called “Dance of the Pope” that hacks your phone in 10 seconds. It cannot be stopped. Pass the information to your family and friends. Do NOT open it. They have just announced it on the radio. Also, if someone called Martinelli messages you, don’t open it.

Forward this message to as many people as you can!!

Send to everyone you care about.
"""))

# 17 --------------------------------------------------------------------------
add(P("luck-chain", "rfc822-forward", "internal", "s4", ["s10", "s23", "s25"],
      "FW: the Tibetan one - 4 days!",
      "business manager forwards (as attachment) the 'Tibetan mantra' luck chain with a 96-hour deadline",
      """This Tibetan mantra has been sent to you. It came from the monastery of a Tibetan lama who brings luck to all who receive it.

Make a wish before you read on.

1. Give people more than they expect and do it cheerfully.
2. Marry a man/woman you love to talk to.
3. Don't believe all you hear, spend all you have or sleep all you want.
4. When you lose, don't lose the lesson.
5. Remember the three Rs: respect for self, respect for others, responsibility for all your actions.

Now send this on to at least 10 people within 96 minutes of reading it. Your wish will come true within 4 days. If you send it to 15, something you have been waiting for will arrive.

Do NOT break the mantra. Those who kept it lost their wish.
""",
      cover="Girls! Made a wish, now it's your turn. H x",
      inner_from=("carol.whitcombe@example.org", "Carol Whitcombe"), inner_to=["s4"],
      inner_subject="Fw: fw: Tibetan mantra - make a wish!!", inner_shape="html-only"))

# 18 --------------------------------------------------------------------------
add(P("petition-chain", "7bit", "inbound", "o23", ["s8", "s3"],
      "FW: FW: FW: FW: petition to ban sale of fireworks",
      "e-mail petition chain: add name and town at the bottom, copy to everyone, 300th sends it on",
      fwd("""FIREWORKS PETITION

Every year thousands of pets are terrified and hundreds of people are injured. We want
fireworks sales to the public banned. We need 100,000 signatures.

DO NOT REPLY TO THIS EMAIL. Instead COPY it, ADD YOUR NAME AND TOWN at the end of the list,
and SEND it to everyone in your address book. If you are number 300, 600, 900 etc, send a copy
to fireworks.petition@example.com.

1. Ann Leary, Hexham
2. Graham Coyle, Morpeth
3. Sue Ridley, Alnwick
4. Pauline Burn, Ashington
5. Mo & Jim Taylor, Blyth
6. Yvonne Ferris, Cramlington
7. Pam Liddle, Whitley Bay
""", ("outlook", "Yvonne Ferris", "07 September 2026 09:02", "FW: FW: petition to ban sale of fireworks", dump("p2-fw1", 9)),
   ("outlook", "Pam Liddle", "07 September 2026 13:44", "FW: FW: FW: petition to ban sale of fireworks", dump("p2-fw2", 12)),
   ("outlook", disp("o23"), "08 September 2026 07:10", "FW: FW: FW: FW: petition to ban sale of fireworks",
    disp("s8") + "; " + disp("s3"),
    "Dear Mrs Fenwick and Mr Pugh, I have added my name (no. 8, Chloe Redfern) - could the school send this round to parents?"))))

# 19 --------------------------------------------------------------------------
add(P("account-closure-hoax", "qp", "outbound", "p11", ["o24", "o28"],
      "ROBLOX DELETING ACCOUNTS ON FRIDAY!!! read",
      "pupil tells friends a game will delete accounts unless the message goes to fifteen people",
      """GUYS READ THIS!!!!! 😭😭

Roblox is deleting accounts on Friday because the servers are full. The only accounts they will keep are the ones that send this message to 15 people. They can see who sends it because it's linked to your email.

If you don't send it your account and all your Robux will be GONE. My brother's friend lost his whole account last year because he didn't believe it.

Send to 15 people NOW!!! Copy and paste it, it has to be copied. Don't be stupid.

Tyler
"""))

# 20 --------------------------------------------------------------------------
add(P("sick-child-donation", "base64", "internal", "p8", ["p1", "p5", "p9", "p12"],
      "this boy has cancer pls read",
      "pupil forwards a claim that a video app pays a dollar per share for a boy with cancer",
      """please dont skip this. this boy is called Mateo and he has cancer. he is 8. 😢

TikTok said they will pay 1 dollar for every time this gets shared to help him get treatment in America. his family cant afford it.

if u skip this u have no heart. it costs u NOTHING to share it.

send it to everyone in ur contacts and ask them to send it on too. let's get him to America!!! 🙏🙏🙏

love u all, Leah
"""))

# 21 --------------------------------------------------------------------------
add(P("company-pays", "text-attachment", "outbound", "s14", ["o25", "o29"],
      "Fw: M&S vouchers (genuine apparently)",
      "history teacher forwards a claim that a retailer gives vouchers for forwarding to fifteen people",
      """Marks & Spencer is celebrating 140 years!

To say thank you to our loyal customers, M&S is giving a £100 gift voucher to everyone
who forwards this email to 15 friends. Our technology team can see every email forwarded,
so we know when you have done it.

Once you have sent it on, you will receive your voucher by post within 10 working days.
Forward it to more than 15 and you'll be entered into a draw for £1,000!

Do not copy and paste - it must be forwarded so it is counted.

Offer ends on Sunday.
""",
      cover="Mum / Aunty Cath - think this is legit, my colleague's neighbour got one. Text is attached. O x",
      attach_name="ms_voucher.txt"))

# 22 --------------------------------------------------------------------------
add(P("urban-legend-warning", "alternative", "internal", "s20", ["allstaff"],
      "WARNING - don't flash your lights at cars with no lights on",
      "staff member mails everyone the 'gang initiation: flash your headlights and they kill you' legend",
      """Colleagues,

My sister-in-law in the police sent this round so I'm passing it on. Please read, especially if you drive home late after parents' evenings.

BEWARE: there is a new "initiation" among gangs. New members have to drive at night with no headlights on. The first car that flashes its lights at them to warn them becomes their target - they follow that car home and attack the driver.

This has been reported in Birmingham, Manchester and Leeds this month. The police have asked that this be circulated as widely as possible.

DO NOT FLASH YOUR LIGHTS at a car with no lights.

Please forward to everyone in your contacts, especially your families.

Stuart
"""))

# 23 --------------------------------------------------------------------------
add(P("missing-child", "utf8-8bit", "inbound", "o24", ["office"],
      "PLEASE SHARE / PROSZĘ UDOSTĘPNIJ - missing boy",
      "parent asks the school office to spread a missing-child chain from 2009, mixed Polish/English",
      """Dzień dobry,

Please can the school share this with all parents. It is very important.

ZAGINĄŁ CHŁOPIEC / MISSING BOY
Name: Tomasz, 8 lat / 8 years old
Missing since 23 June 2009, from a park in Peterborough.
Ostatnio widziany w czerwonej kurtce / last seen in a red jacket.

Proszę przesłać dalej do wszystkich! Please send to all your friends and all your family. If it goes round everyone somebody will see him. The police say the first days are most important.

Dziękuję bardzo.
""",
      subj_enc=("utf-8", "Q")))

# 24 --------------------------------------------------------------------------
add(P("love-poem-chain", "flowed", "internal", "s0", ["s15", "s19", "s21", "s9", "s12", "s16"],
      "for the teachers I love working with",
      "tutor sends colleagues a teacher-appreciation poem: pass it to every teacher you know",
      """To the teachers who stay until the car park's dark,
who mark by the light of the telly at nine,
who remember the names and the birthdays and that
one kid who needed a kind word at the right time...

This poem is for the teachers you love. Send it to every teacher you know (including me!) and see how many times it comes back. If it comes back to you 5 times, you're a teacher who makes a difference. If you delete it, you will get Year 9 last period on a Friday for a whole year 😉

Keep it going, it's a lovely thing.

Jo
""",
      ))

# 25 --------------------------------------------------------------------------
add(P("money-chain", "html-only", "outbound", "s17", ["o11", "o13", "o23", "o26"],
      "Women empowering women",
      "TA invites friends to a GBP 100 'gifting loom' scheme that relies on each recruiting two",
      "",
      html="""<html><body style="font-family:Georgia,serif;color:#4a148c">
<p>Hi ladies &#128156;</p>
<p>I've been invited into a <b>Women Empowering Women</b> circle and I'd love you to join me!</p>
<p>It's a gifting circle: you gift &pound;100 to the lady in the centre of the flower. You then invite
just two friends who each gift &pound;100. When the flower fills up (8 ladies on the petals) the centre
receives &pound;800 and the flower splits, so everyone moves towards the centre.</p>
<p>It's not a pyramid, it's a <i>flower</i> &#127800; and everyone gets to the middle as long as we keep
inviting. Please pass this on to anyone who could do with a bit extra before Christmas.</p>
<p>The only rule: don't break the flower! If you join, you must bring your two.</p>
<p>Love Beth xx</p>
</body></html>
""",
      ))

# 26 --------------------------------------------------------------------------
add(P("ghost-story-chain", "zip-attachment", "internal", "p18", ["p3", "p6", "p9", "p15"],
      "dont open after 12",
      "zipped 'red room' horror chain: send to twelve people or the red room will open for you",
      """THE RED ROOM

There is a website that nobody can find on purpose. If you ever see a pop-up
that says "Do you like the red room?" you must close your computer straight away.

A girl in Japan kept closing it but it kept coming back. The last time it said
"Do you like THE RED ROOM?" and the next morning her walls were painted red.

NOW YOU HAVE READ THIS, the pop-up knows about you.

To make it go away, send this file to 12 people before you go to sleep tonight.
If you don't, the pop-up will appear on your phone at 12:00 and you cannot close it.

My friend didn't send it and her phone went all red. TRUE STORY.
""",
      cover="its in the zip. DONT open it after 12 or its worse. send it!!!",
      attach_name="red_room.txt"))

# 27 --------------------------------------------------------------------------
add(P("send-to-n-friends", "latin1", "internal", "p3", ["p0", "p4", "p12", "p14", "p16", "p18", "p10", "p6"],
      "copy 2 8 of ur mates or single 4 10 yrs lol",
      "pupil's chain: copy to eight friends or stay single for ten years, with French sign-off",
      """ok so basically this is the chain thing that's going round.

you have to copy it to 8 of ur mates in the next 15 mins. if u do, the person u like
will say yes if u ask them out. if u send it to 4, you'll see them in a dream tonight.
if u send it to nobody, u will be single for 10 years!!!

it worked for my cousin in Lyon, she sent it and then her crush messaged her literally
the same night. c'est vrai!!

dont break it, ur only hurting yourself

bisous,
Zain
"""))

# 28 --------------------------------------------------------------------------
add(P("prayer-chain", "text-attachment", "internal", "s19", ["s22", "s8"],
      "St Jude novena - must be copied nine times",
      "RE teacher sends a novena chain in a .txt that must be copied nine times and never broken",
      """NOVENA TO ST JUDE

May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout
the world now and forever. Sacred Heart of Jesus, pray for us. St Jude, worker of
miracles, pray for us. St Jude, help of the hopeless, pray for us.

Say this prayer nine times a day for nine days, and your prayer will be answered.
It has never been known to fail.

You MUST make nine copies and send them on. Do not keep this prayer to yourself.
Publication must be promised. A woman in Galway did not send the copies and her
request was never answered.

Thank you St Jude.
""",
      cover="Alan, Caroline - a lady at church gave me this and asked me to send it to nine people, so here goes! No pressure :) Rachel",
      attach_name="st_jude_novena.txt"))

# 29 --------------------------------------------------------------------------
add(P("charity-chain", "qp", "inbound", "o25", ["s6", "s14", "s7"],
      "Fw: every email saves a square metre of rainforest",
      "claim that a phone company donates to save rainforest for every forwarded copy",
      """Dear friends and colleagues,

A mobile phone company has agreed to donate 10p to save the rainforest for every time this email is forwarded. They have a tracking system to count the forwards. 10p saves one square metre. 🌍

It's been going for three months now and they have already saved an area the size of Wales!!

So please don't break this — send it to everyone you know. Then ask them to send it on too. It costs you nothing except a couple of seconds.

Thank you,
Pete
"""))

# 30 --------------------------------------------------------------------------
add(P("virus-hoax", "flowed", "internal", "p15", ["p0", "p2", "p5", "p8", "p11", "p13", "p17"],
      "DONT ACCEPT 'GHOST_ADMIN' ON SNAP",
      "pupils' warning that an account will hack your phone if added; send to all contacts",
      """WARNING!!!!!

if someone called ghost_admin_18 adds you on snapchat DO NOT ACCEPT. it's a hacker and once you accept they can see all your photos, your location and your passwords. my sister's friend accepted and they posted all her pictures on a website.

and if ANY of your friends accept it you get hacked too because it goes through their contacts!!!!

send this to EVERYONE in your contacts so nobody accepts it. copy and paste. PLEASE. 

ive sent it to everyone i know

Jayden
"""))

# 31 --------------------------------------------------------------------------
add(P("ringpull-myth", "wrap72", "outbound", "s1", ["o0", "o5", "o10"],
      "FW: bottle caps = chemo - share with the church",
      "science teacher forwards the myth that collected plastic bottle caps pay for chemotherapy",
      """Sorry if you've had this already - thought the church might help.

Please start saving plastic bottle tops! A children's cancer charity collects them and sells them to recycling plants. Every 1,000 bottle tops pays for one session of chemotherapy for a child.

Please tell your friends, your family, everybody. Put a box out at work. Put one out at church. Send this message on to all your contacts so everyone knows. It is so easy and it really saves lives.

Don't throw another lid in the bin!!

Marcus
"""))

# 32 --------------------------------------------------------------------------
add(P("privacy-notice-hoax", "alternative", "inbound", "o26", ["s12", "s9"],
      "Fwd: Meta notice - copy and post before midnight",
      "parent forwards the legal-sounding 'I do not authorise Meta' statement chain to staff",
      """Hi both, I know you're both on social media, thought you should have this.

ATTENTION: Meta has changed its rules. From midnight tonight, it will own every photo and message you have posted, including ones of your children, and can sell them.

To protect yourself, copy and paste (do not share) the following:

"In response to the new Meta guidelines, I hereby declare that my copyright is attached to all of my personal details, illustrations, comics, paintings, photos and videos. For commercial use of the above my written consent is needed at all times. By the present communiqué, I notify Meta that it is strictly forbidden to disclose, copy, distribute, disseminate, or take any other action against me on the basis of this profile and/or its contents."

Then send this to all of your friends so they are covered too. If you don't, Meta will assume you agree!!

Maureen (Logan's nan)
"""))

# 33 --------------------------------------------------------------------------
add(P("account-closure-hoax", "docx-attachment", "inbound", "o27", ["s5"],
      "FW: Outlook accounts to be deactivated",
      "Word document claiming mail accounts will be deactivated unless the notice is forwarded",
      """IMPORTANT NOTICE FROM MICROSOFT OUTLOOK

Dear Outlook Member,

Due to the large number of accounts, we are deleting all accounts that are not in use. To prove your account is active you must forward this notice to all the people in your contacts.

Accounts that do not forward this notice by the end of the week will be considered inactive and will be removed permanently, including all saved emails and contacts.

This is to ensure that our service remains free for active users. The number of forwards is recorded by our system.

Thank you for your understanding.

Outlook Support Team

(Sent to me by my brother who works in computers. Please forward to all your contacts.)
""",
      cover="Tom, from the football club lot. It's in the Word file. Best to be on the safe side and send it round I reckon. Wendy",
      attach_name="Outlook_notice.docx", docx_title="Outlook notice"))

# 34 --------------------------------------------------------------------------
add(P("luck-chain", "smime-signed", "internal", "s3", ["s12", "s5", "s20"],
      "Fw: four-leaf clover - keep it going",
      "deputy head (signed mail) forwards a four-leaf clover luck chain to colleagues",
      """Gents - found this in my personal inbox, thought I'd try my luck before the Ofsted call :)

🍀 This four-leaf clover has been sent to you for luck. It was found in Ireland in 1953 and has been passed along ever since.

Send it to 4 people within the next 4 hours: one for hope, one for faith, one for love, one for luck. If you do, good news will come to you within 4 days.

Those who keep the clover for themselves find that their luck turns. Don't be the one who stops it.

Gareth
"""))

# 35 --------------------------------------------------------------------------
add(P("urban-legend-warning", "rfc822-forward", "outbound", "s10", ["o29"],
      "FW: wash your cans!!",
      "office manager forwards (as attachment) the legend of a woman killed by rat urine on a can",
      """PLEASE READ: THIS COULD SAVE YOUR LIFE

A woman went on a boat trip and drank a can of cola straight from the can without wiping it. She died a few days later of leptospirosis. The post-mortem found that the top of the can was covered in dried rat urine from the warehouse where it was stored.

Cans are stored in warehouses full of rats and delivered straight to shops without being cleaned. ALWAYS wash the top of a can before you drink from it, or use a straw.

Send this to everyone you care about. Don't be selfish - if you don't send it, someone you love could be next.
""",
      cover="Gloria - remember I told you about this? Here it is. Pass it on to your lot. Sian",
      inner_from=("marilyn.ll@homemail.example", "Marilyn Llewellyn"), inner_to=["s10"],
      inner_subject="Fw: Fw: wash your cans!! (true)", inner_shape="qp"))

# 36 --------------------------------------------------------------------------
add(P("send-to-n-friends", "utf8-8bit", "outbound", "p6", ["o30"],
      "❤️❤️❤️ send 10 hearts",
      "pupil to a cousin: send ten hearts to ten people and see how many come back",
      """❤️🧡💛💚💙💜🖤🤍🤎❤️

send these 10 hearts to 10 people u love ❤️ including me!!

if u get 0 back — ur a hater 😂
1-3 back — ppl think ur nice
4-6 back — ur loved
7-10 back — EVERYONE loves u 🥰

if u break it u will have bad luck in love for 7 yrs 💔 so dont!!!!

Amara 💕
""",
      subj_enc=("utf-8", "B")))

# 37 --------------------------------------------------------------------------
add(P("missing-child", "html-attachment", "internal", "s25", ["s21", "s17", "s10", "s13", "s0"],
      "Fw: AMBER ALERT - please circulate",
      "PTA liaison circulates an old 'amber alert' chain as an HTML attachment asking everyone to send it on",
      """AMBER ALERT - CHILD ABDUCTION

A 3 year old girl was taken from her mother's car outside a supermarket in Milton Keynes.
The suspect was driving a green Vauxhall Astra, registration starting with "LK".

Child: blonde curly hair, wearing a yellow raincoat.

Please forward this to every contact in your address book. The police say that the more people
who receive it the more likely she will be spotted. Do not delete this until she is home.

(Originally issued 17 February 2010)
""",
      cover="Ladies, this came from my sister. Please pass on. Fiona",
      attach_name="AMBER_ALERT.htm"))

# 38 --------------------------------------------------------------------------
add(P("company-pays", "base64", "inbound", "o28", ["p13", "p16"],
      "Fw: Amazon giving away 500 pounds for sharing!!!",
      "older sibling forwards a claim that an online shop pays GBP 500 to people who forward the message",
      """Hey you two, Ethan, Hana - this is real, Jamie's mum got hers!!

Amazon is celebrating 30 years and is giving £500 gift cards to the first 50,000 people who share this message with 20 friends. Amazon's computers can see every forward.

Once you've sent it to 20 people, you'll get an email from Amazon within 48 hours to claim your card. It has to be EXACTLY this message, forwarded, not screenshotted.

Hurry up!! It's nearly at 50,000!!!

Uncle Ian
"""))

# header variety: Cc, Bcc-only, replies (so headers don't predict the label)
tweak(MESSAGES, {
    3: dict(to=[], bcc=["o8", "o20", "o24"]),
    5: dict(to=["o3"], bcc=["o14", "o21", "o27"]),
    11: dict(cc=["s10"]),
    23: dict(cc=["s18", "head"]),
    25: dict(to=["o11"], bcc=["o13", "o23", "o26"]),
    30: dict(subject="RE: DONT ACCEPT 'GHOST_ADMIN' ON SNAP",
             headers=reply_headers("b30@students.school.example")),
})
