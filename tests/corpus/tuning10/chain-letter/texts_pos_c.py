"""Positive messages, part C: chain letters and hoaxes the policy must catch."""

from chainkit import P, fwd, disp, dump, ms, tweak, reply_headers

MESSAGES = []
add = MESSAGES.append

_ANGEL = """THE ANGEL OF LUCK

An angel has been sent to you today. She has travelled through 300 homes in 40
countries since 1987. Wherever she stops, there is peace and good fortune.

Please don't let her stop with you. Keep her moving tonight - she needs to reach
twelve more homes before the sun comes up. She remembers everyone who helped her
on her way. She also remembers those who didn't.

Make a wish. Tomorrow it will begin.
"""

# 1 ---------------------------------------------------------------------------
add(P("luck-chain", "7bit", "inbound", "o29", ["s17", "s21"],
      "FW: FW: FW: FW: FW: FW: Fwd: the angel of luck",
      "deeply nested forward of an 'angel of luck' chain with recipient dumps; keep her moving",
      ms.quote(ms.quote(ms.quote(fwd(_ANGEL,
          ("outlook", "Pauline Kerridge", "29 August 2026 22:14", "FW: the angel of luck", dump("p3-an1", 16)),
          ("outlook", "Jan Mottram", "30 August 2026 07:51", "FW: FW: the angel of luck", dump("p3-an2", 18))), 1), 1), 1)
      + "\n\n" + "Beth, Lucy - she has come to you now. Don't keep her!! Gloria x\n"))

# 2 ---------------------------------------------------------------------------
add(P("virus-hoax", "alternative", "outbound", "s16", ["o3", "o8", "o14"],
      "FW: DO NOT open 'Life is beautiful'",
      "geography teacher forwards a warning about an attachment that supposedly wipes the computer",
      """Hi all - had this from an old colleague, passing on just in case.

Hi everyone,

If you receive an email with a file called "Life is beautiful.pps" DO NOT OPEN IT. Delete it immediately. If you open it, a message appears saying "It is too late now, your life is no longer beautiful" and you lose EVERYTHING on your PC, and the person who sent it gets your name, email and password.

This is a new virus which started circulating on Saturday afternoon. McAfee and Norton have confirmed it and there is no cure yet.

PLEASE SEND THIS TO EVERYONE IN YOUR ADDRESS BOOK. I would rather receive this 25 times than not at all.

Mark
"""))

# 3 ---------------------------------------------------------------------------
add(P("missing-child", "base64", "inbound", "o30", ["p12", "p0"],
      "pls RT this girl is missing!!!",
      "outside friend sends two pupils a years-old missing-girl chain asking them to share it everywhere",
      """PLEASE SHARE 🙏🙏

this is Chelsea she is 13 and she went missing from her house in Sheffield on the 12th of March. her mum and dad are so worried. she might be with an older boy.

please screenshot and share everywhere, send it to everyone u know, put it on ur story. it has to go viral.

(this was on my feed, apparently it's from 2016 but share anyway in case she's still missing)

share share share 💔
Rhys
"""))

# 4 ---------------------------------------------------------------------------
add(P("card-collection", "cp1252", "outbound", "s12", ["o5", "o18"],
      "Fw: business cards for a little boy's world record",
      "head of year forwards the outdated 'send business cards to a sick boy for a world record' chain",
      """Hi both – I know you both have loads of business cards from work!

“A little boy called Craig is 9 years old and has an inoperable brain tumour. His dream is to be in the Guinness Book of Records for receiving the most business cards.

Please send a business card to the address below, and then send this letter on to at least 10 other companies or friends so that they can help too. Please don’t break the chain – Craig doesn’t have much time.”

(I think the address is in Surrey but the email got cut off – could you forward it round your office anyway?)

Farhan
"""))

# 5 ---------------------------------------------------------------------------
add(P("company-pays", "flowed-delsp", "inbound", "o31", ["p4", "p10"],
      "Fw: free phone!!! its true",
      "text-speak claim that a phone maker gives free handsets to people who forward to eight friends",
      """hiya!! my bro got this and says its legit

ok so Samsung is givin away 10,000 free phones 2 celebrate there new 1 coming out. all u have 2 do is send this 2 8 ppl. they have a trackin thing in the email so they no who sent it.

1 week after u send it u get a txt with a code 2 pick up ur phone from a shop!!! my brothers mate got 1 already

dont just read it SEND IT!!!

Tanya x
"""))

# 6 ---------------------------------------------------------------------------
add(P("petition-chain", "html-attachment", "outbound", "p14", ["o17", "o20"],
      "bring back Dino Squad - add ur name!!",
      "pupil sends outside friends a petition .htm to add a name and send to ten people",
      """PETITION: BRING BACK DINO SQUAD!!!

They cancelled Dino Squad after series 4 and left it on a cliffhanger. This petition is going to
the channel when it gets to 5,000 names.

Add your name at the bottom of the list and send it to 10 people!! If you are name number 50, 100,
150 etc, send it to savedinosquad@example.com so they can count.

If you don't send it on, it won't come back and it will be YOUR fault lol

1. Poppy W
2. Amelia R
3. Jack S
4. Hannah L
5. Mohammed K
""",
      cover="hey!! read this and add ur name pls, then send it on!! Poppy",
      attach_name="PETITION dino squad.htm"))

# 7 ---------------------------------------------------------------------------
add(P("privacy-notice-hoax", "cp1252", "inbound", "o17", ["s0", "s15", "s19"],
      "FW: if you get a friend request from me - IGNORE",
      "'my account has been cloned, don't accept a second request, forward this to all your friends' chain",
      """Hi girls – sorry to email this to work but you’re not all on Facebook!

“Hi….I actually got another friend request from you which I ignored so you may want to check your account. Hold your finger on the message until the forward button appears….then hit forward and all the people you want to forward to….I had to do the people individually. PLEASE DO NOT SEND TO ME. I DID NOT ACCEPT A SECOND FRIEND REQUEST FROM YOU.”

Apparently hackers are cloning everyone’s profiles and then asking your friends for money. Send this on to everyone you know so they know not to accept the fake ones!!!

Dave’s wife x
"""))

# 8 ---------------------------------------------------------------------------
add(P("send-to-n-friends", "flowed-delsp", "internal", "p19", ["p2", "p5", "p8", "p14", "p17"],
      "13 13 13 (ur crushes name will appear)",
      "pupils' 13:13 crush chain: send to thirteen people and the crush's name appears",
      """ok this actually works, i tried it yesterday

1. think of ur crush
2. send this to 13 people
3. at 13:13 tomorrow look at ur phone and the first message u get will be from them OR someone who knows who they fancy

if u send it to less than 13 it won't work
if u don't send it, ur crush will start going out with ur best friend

don't tell anyone who ur crush is!!!! just send it 🤫

Logan
"""))

# 9 ---------------------------------------------------------------------------
add(P("money-chain", "docx-attachment", "inbound", "o13", ["s4", "s20", "s23"],
      "FW: Prosperity Letter (please read to the end)",
      "Word document pyramid letter: send GBP 10 to the top name, replace it, send to 10 people",
      """# THE PROSPERITY LETTER

This letter has brought prosperity to thousands of people since 1996. It is not illegal because everyone is giving a gift.

Step 1: Send £10 in a card to the first person on the list below.

Step 2: Cross off the first name, move everyone up one place and put your own name and address at the bottom.

Step 3: Send this letter to 10 people in the next 48 hours.

1. Mrs J. Palmer, 22 Hawthorn Rise, Wrexham

2. Mr D. Lloyd, 8 Station Road, Mold

3. Ms K. Pugh, 101 Bridge Street, Llangollen

4. Mrs G. Mensah, 4 Canal View, Chirk

You will receive up to £10,000 within six weeks. Those who break the chain will not receive anything, and it is said that they have bad luck for a long time afterwards. Don't be the one who breaks it.
""",
      cover="Helen, Stuart, Kerry - I've joined this, my name's at number 4. Please join in, it's in the Word doc. Gloria",
      attach_name="Prosperity Letter.docx", docx_title="Prosperity Letter"))

# 10 --------------------------------------------------------------------------
add(P("urban-legend-warning", "utf8-8bit", "outbound", "s6", ["o0", "o7", "o23"],
      "WARNING - crying baby at the door ⚠️",
      "DSL forwards the 'recording of a crying baby lures you to open the door' legend to friends",
      """Ladies, please read ⚠️⚠️

If you are home alone at night and you hear a baby crying outside your door, DO NOT open it. Criminals are playing a recording of a crying baby to get women to open the door, and then they force their way in.

A woman in Essex heard it last week and rang the police instead — they told her the gang had already done this to three houses on her estate.

PLEASE send this to every woman you know, especially anyone who lives on their own or has young children. It could save someone's life 🙏

Aisha
""",
      subj_enc=("utf-8", "Q")))

# 11 --------------------------------------------------------------------------
add(P("love-poem-chain", "zip-attachment", "inbound", "o2", ["s1", "s3", "s5", "s9"],
      "FW: for all my friends - open this",
      "zipped friendship poem that must be sent to every friend within ten minutes or the friendship ends",
      """A TRUE FRIEND

A true friend is someone who reaches for your hand
and touches your heart.

A true friend knows the song in your heart
and sings it back to you when you forget the words.

You have been sent this because you are a true friend.

Send it to every friend you have (and back to me!) within 10 minutes, and your friendships
will last a lifetime. If it comes back to you 3 times, you are truly loved.
If you delete it, a friendship will end this year.
""",
      cover="Lads, don't laugh, Mags made me send it. It's in the zip. Jo",
      attach_name="a true friend.txt"))

# 12 --------------------------------------------------------------------------
add(P("ghost-story-chain", "latin1", "internal", "p12", ["p6", "p10", "p14", "p16", "p18"],
      "LA LLORONA no es broma",
      "pupil's 'weeping woman' ghost chain mixed with Spanish: send to twelve or she comes tonight",
      """¡Hola! my abuela told me this and now its going round. NO ES BROMA.

La Llorona is the weeping woman. She drowned her children in the river and now she walks at
night looking for them, crying "¡ay, mis hijos!". If she hears about you, she thinks you are one
of her children and she comes to take you to the river.

Now you have read her name, she has heard about you.

To keep her away you have to send this to 12 people before you go to sleep. If you don't, at
midnight you will hear crying outside your window. DON'T look out. If you look, she takes you.

Mi prima didn't send it and she heard the crying. ¡Mándalo ya!

Sofia
"""))

# 13 --------------------------------------------------------------------------
add(P("charity-chain", "rfc822-forward", "outbound", "s21", ["o4", "o11", "o26"],
      "FW: the mammogram site - please read",
      "primary lead forwards as attachment a chain saying a charity site loses funding unless it is spread",
      """Please read and forward - it only takes a minute!

The Breast Cancer Site is having trouble getting enough people to click on it each day to meet their commitment to providing free mammograms to women who can't afford them. It takes less than a minute to go to the site and click on the pink button. This doesn't cost you a thing.

Their corporate sponsors use the number of daily visits to donate mammograms in exchange for advertising. If they don't get enough clicks, the programme will close.

Please pass this along to all the women you know and ask them to send it on. Don't let it stop with you.
""",
      cover="Ladies - forwarded this as an attachment because my phone mangled it. Please send on xx Lucy",
      inner_from=("kath.varga@homemail.example", "Kath Varga"), inner_to=["s21"],
      inner_subject="FW: FW: FW: Breast Cancer Site - PLEASE SEND ON", inner_shape="html-only"))

# 14 --------------------------------------------------------------------------
add(P("ringpull-myth", "base64", "inbound", "o6", ["s8"],
      "Ring pulls for artificial legs - can school help?",
      "parent asks the school to collect ring pulls that 'pay for artificial limbs' and spread the appeal",
      """Dear Mrs Fenwick,

I have been sent this message and wondered if the school could help. My son's class could have a collection box!

"Ring pulls from drink cans are collected by a hospital charity to make artificial limbs for children who have lost legs to landmines. Each artificial leg needs 4,000 ring pulls. Please save them and send this message to as many people as you can, as the charity relies on people spreading the word. Please keep it going!"

I've already sent it to all the parents I know on WhatsApp. Could it go in the newsletter?

Thank you,
Bogdan Ilie
"""))

# 15 --------------------------------------------------------------------------
add(P("prayer-chain", "html-only", "outbound", "s19", ["o13", "o21", "o24"],
      "Fw: a rosary for you - do not break",
      "HTML rosary chain: pray and send to fifteen people, misfortune follows if you stop it",
      "",
      html="""<html><body style="font-family:'Times New Roman';color:#0d47a1;background:#e3f2fd">
<p>Dear friends, Mum asked me to send this to fifteen people, so here you are. Rachel</p>
<div style="text-align:center">
<p>&#10013; <b>OUR LADY'S ROSARY</b> &#10013;</p>
<p>This rosary chain began at Lourdes in 1978.</p>
<p>Pray one decade of the rosary for the intentions of the person who sent this to you,<br>
then send it to 15 people within 24 hours.</p>
<p>On the fourth day you will receive a great blessing.</p>
<p>A man in Cork threw it away and his house flooded.<br>
A woman in Manila sent it on and her son was healed.</p>
<p><i>Do not break this chain.</i></p>
<p>&#127801; &#127801; &#127801;</p>
</div></body></html>
"""))

# 16 --------------------------------------------------------------------------
add(P("account-closure-hoax", "wrap72", "internal", "s9", ["s24", "s7", "s11"],
      "fyi - gmail to charge from next month?",
      "maths teacher circulates a claim that a webmail service will charge unless the notice is forwarded",
      """Saw this on my personal gmail - Lewis, Yusuf, is this real? Forwarding anyway as it says to.

Dear Gmail user, Gmail is going to start charging for its services from next month. To remain a free user you must forward this email to at least 18 people. Gmail will then identify you as an active user and your account will remain free. Users who do not forward this message will be charged £4.99 per month. This is a genuine notice from Google's account team. Please do not ignore it.

Thanks, Dan
"""))

# 17 --------------------------------------------------------------------------
add(P("survey-chain", "smime-signed", "internal", "s2", ["s0", "s13", "s17", "s21", "s25"],
      "get to know you chain - fill in and send on!",
      "SENCo (signed mail) sends a get-to-know-you questionnaire chain: answer, send to ten, return to sender",
      """Ooh I love these - go on, it's Friday! x

GET TO KNOW YOUR FRIENDS

Delete my answers, put in your own, then send it to 10 people INCLUDING the person who sent it to you. You'll find out loads about your friends! If you don't send it on you'll never find out who your real friends are...

1. Name: Priya
2. Birthday month: March
3. Favourite food: my mum's dal
4. Dream holiday: Japan
5. Would you rather: beach or mountains? Mountains
6. Last thing that made you cry: the end of Bluey, honestly
7. What's under your bed? Christmas presents already!
8. Who do you think will send this back first?

Now send it on! No cheating!
"""))

# 18 --------------------------------------------------------------------------
add(P("virus-hoax", "text-attachment", "internal", "p11", ["p1", "p3", "p7", "p13", "p15", "p17", "p19"],
      "DONT OPEN THE FUNNY CATS VIDEO",
      "pupil's .txt warning that a cat video melts phone batteries; send to everyone",
      """WARNING WARNING WARNING

if someone sends u a video called "funny cats 2" DONT OPEN IT!!!
it's a virus that makes ur phone battery overheat and it can actually EXPLODE.
it was on the news in america. a boy in texas burnt his hand.

its going round on whatsapp and snapchat so tell every1.
send this to all ur contacts right now so nobody opens it.

if u dont send it and ur mates phone explodes its ur fault
""",
      cover="read the attachment!! its serious",
      attach_name="WARNING.txt"))

# 19 --------------------------------------------------------------------------
add(P("missing-child", "flowed-delsp", "outbound", "s10", ["o1", "o9", "o16", "o22"],
      "Fw: PLEASE - little Sophie still missing",
      "office manager sends friends a 2007 missing-toddler appeal that has been circulating ever since",
      """Please read and share with everybody you can, it's heartbreaking.

Sophie was 3 years old when she went missing from a holiday apartment in 2007. Her parents have never given up hope. They have asked that her picture is sent to as many people as possible so that anyone who has seen a girl who looks like her will get in touch.

Please don't delete this. Send it to everyone in your address book and ask them to do the same. It costs nothing and it might bring her home.

Sian x
"""))

# 20 --------------------------------------------------------------------------
add(P("luck-chain", "zip-attachment", "internal", "p4", ["p2", "p8", "p10", "p12", "p16", "p18", "p0"],
      "lucky 7 - open b4 7pm",
      "zipped 'lucky seven' chain: send to seven people before 7pm for a surprise",
      """LUCKY 7

7 is the luckiest number in the world.

You have until 7pm to send this to 7 people.
If you do, at 7pm you will find out something you have been dying to know.
If you send it to 7 people AND the person who sent it to you, you will get a double surprise.

If you don't send it on, you will have 7 days of bad luck. Starting tomorrow.

Maya sent it and got a 7 in her maths test the next day. COINCIDENCE?? i think not
""",
      cover="unzip it, its lucky 7!!! quick before 7",
      attach_name="lucky7.txt"))

# 21 --------------------------------------------------------------------------
add(P("money-chain", "rfc822-forward", "inbound", "o28", ["s18", "s12"],
      "Fwd: double your money in 7 days - join us",
      "forwarded-as-attachment 'investment club' that doubles money only if each member recruits two more",
      """Dear friend,

You are invited to join the 7-Day Blessing Club.

1. Send £50 to the member at the top of the list (details given when you join).
2. Within 7 days, recruit just TWO friends who each do the same.
3. When your two friends have each recruited two, you move to the top and receive £400.

This has been running since 2019 and NOBODY has lost money who kept their promise. It only fails when people break the chain.

Forward this to everyone you trust. Reply to join.

God bless,
The 7-Day Blessing Club
""",
      cover="Imran, Farhan - my cousin's in this and he's had 400 back twice. Forwarded you the invite. Ian",
      inner_from=("blessingclub7@mailbox.example", "7-Day Blessing Club"), inner_to=["o28"],
      inner_subject="You're invited - 7-Day Blessing Club", inner_shape="7bit"))

# 22 --------------------------------------------------------------------------
add(P("urban-legend-warning", "base64", "internal", "s13", ["allstaff"],
      "Lipstick test - please share with all the women you know",
      "school nurse mails all staff the 'lipstick contains lead, test it with a gold ring' hoax",
      """Hi all,

Sorry, not school related, but I thought this was really important.

Many brands of lipstick contain lead, which can cause cancer. To test your lipstick: put some on your hand, then scratch it with a gold ring. If the lipstick turns black, it contains lead!

The manufacturers know but they keep it quiet. I tested mine and it went black!!

Please send this on to all the women in your life — your mums, sisters, daughters, friends. They have a right to know.

Nicola
"""))

# 23 --------------------------------------------------------------------------
add(P("company-pays", "html-attachment", "outbound", "p17", ["o25"],
      "FREE PIZZA FOR A YEAR (send 2 10 ppl)",
      "pupil sends an outside friend an .htm claiming a pizza chain gives free pizza for forwarding",
      """FREE PIZZA FOR A YEAR!!!

To celebrate opening its 1000th restaurant, a big pizza chain is giving FREE PIZZA FOR A YEAR
to 5,000 people.

To enter, forward this to 10 friends. The email has a tracker so they know who sent it on.
The more people you send it to, the more chances you get. Winners get a text next week.

GO GO GO!!! Dont tell me u dont like pizza
""",
      cover="PETE!!!! free pizza mate send it on",
      attach_name="free_pizza.htm"))

# 24 --------------------------------------------------------------------------
add(P("sick-child-donation", "flowed", "inbound", "o21", ["s6", "s12", "s15"],
      "Fw: Please email this little boy - his last wish",
      "chain asking people to e-mail a dying boy for a record and send the message on to everyone",
      """Dear all,

A little boy called Danny is 7 and has leukaemia. His last wish is to receive more emails than anyone else in the world, so that he can be in the Guinness Book of Records.

Please send him a short message at danny.wish@example.net and then, most importantly, forward this to everyone in your address book. Every person you send it to can send him a message too.

He has only a few weeks left so please do it today. If it was your little boy you would want people to help.

God bless,
Angela
"""))

# 25 --------------------------------------------------------------------------
add(P("ghost-story-chain", "flowed-delsp", "inbound", "o24", ["p9"],
      "READ THIS FINLEY",
      "outside cousin sends a pupil a 'tap on the shoulder' ghost chain: send to fifteen or she visits",
      """Finley u have to read this and do it, im not joking

A girl called Charlotte died when she was 11. She fell down the stairs in her house in 1999. Now she goes round at night tapping people on the shoulder.

When you finish reading this you will feel a cold tap on your shoulder. Thats Charlotte.

If you send this to 15 people in the next hour, she'll go and visit someone else. If you don't, she will follow you up the stairs every night for a year.

I sent it, so it's your turn. Sorry cuz

Nas
"""))

# 26 --------------------------------------------------------------------------
add(P("petition-chain", "flowed", "internal", "p16", ["p0", "p3", "p6", "p9", "p12", "p15", "p18"],
      "SAVE THE TURTLES petition (add ur name + send)",
      "pupil forwards an e-mail petition to protect turtles: add your name and send to twenty people",
      """🐢 SAVE THE SEA TURTLES 🐢

Sea turtles are dying because of plastic straws and bags. This petition is going to the government to ban ALL plastic straws. We need 1,000,000 names!!

How to sign:
- copy this whole message
- add your name to the end of the list
- send it to 20 people (you can send to more!)

Please DON'T break the chain, the turtles need us. If everyone sends it to 20 people it will reach a million in no time.

1. Grace H
2. Sam T
3. Lena P
4. Kai D
5. Hana Sato
"""))

# 27 --------------------------------------------------------------------------
add(P("charity-chain", "html-only", "inbound", "o15", ["s5", "s14"],
      "Fw: Fw: every share feeds a shelter dog",
      "HTML chain claiming a pet food firm gives a meal to a shelter dog for each forward",
      "",
      html="""<html><body style="font-family:Arial">
<p>Boys - you're both dog people! Tanya</p>
<hr>
<table style="border:2px solid #795548;padding:10px"><tr><td>
<h2 style="color:#795548">&#128054; ONE FORWARD = ONE DOG FED &#128054;</h2>
<p>A pet food company will donate one bowl of food to a rescue shelter for every time this message is
forwarded. They count the forwards automatically.</p>
<p>Shelters are at breaking point this winter. Please send this to everyone in your contacts.
Don't just read it &mdash; <b>forward it</b>. Each forward is a dog that doesn't go hungry tonight.</p>
<p>&#128062; &#128062; &#128062;</p>
</td></tr></table>
</body></html>
"""))

# 28 --------------------------------------------------------------------------
add(P("send-to-n-friends", "qp", "outbound", "s15", ["o2", "o11", "o19", "o27"],
      "Inspiring women chain 🌸 (add yourself!)",
      "English teacher sends friends a chain listing inspiring women: add yourself, send to ten",
      """Hi lovely ladies 🌸

I've been sent this by my friend Maxine and I love it, so I'm passing it on to you.

INSPIRING WOMEN CHAIN
Add your name to the list, then send it to 10 women who inspire you. Don't forget to send it back to the woman who sent it to you so she knows she inspired you too!

It's been going round for months – let's keep it going until every woman knows she's amazing 💪 If you break the chain, you're saying you don't believe in women supporting women 😉

1. Denise (Leicester)
2. Maxine (Coventry)
3. Grace (Hillside)

Love, Grace xx
""",
      subj_enc=("utf-8", "B")))

# 29 --------------------------------------------------------------------------
add(P("prayer-chain", "cp1252", "internal", "s22", ["allstaff"],
      "Let's see if the devil can stop this",
      "chaplain mails all staff a Lord's Prayer chain that dares readers to send it on",
      """Dear all,

This was sent to me this morning and I felt moved to pass it on.

“Our Father, who art in heaven, hallowed be thy name…”

Let’s see if the devil can stop this. Send it to everyone you know. Don’t be embarrassed. The devil wants you to delete it. If you love God, send it on. If it comes back to you, you will know that you are blessed.

I sent it to 20 people. Let’s see how far it goes.

Alan
"""))

# 30 --------------------------------------------------------------------------
add(P("love-poem-chain", "latin1", "outbound", "s3", ["o12", "o20", "o28"],
      "An Irish blessing for you - pass it on",
      "deputy forwards an Irish blessing that must go to five people within five minutes",
      """Lads, Mam sent me this one. Go on, do it for her.

May the road rise up to meet you.
May the wind be always at your back.
May the sun shine warm upon your face,
and the rains fall soft upon your fields.
And until we meet again,
may God hold you in the palm of His hand.

Sláinte! This blessing has been sent to you by someone who cares. Send it to 5 people within 5
minutes and your luck will change before Friday. Keep it and the blessing stays with you - but
it stops there, and that's not the Irish way!

Go raibh maith agat,
Gareth
"""))

# 31 --------------------------------------------------------------------------
add(P("virus-hoax", "html-attachment", "inbound", "o1", ["s24", "s7"],
      "FW: BLACK HOLE virus on phones - inform everyone",
      "HTML attachment warning of an unstoppable phone virus 'confirmed by the police'; inform all",
      """URGENT NOTICE - THE BLACK HOLE VIRUS

Police have confirmed that a virus called "Black Hole" is spreading through phones tonight.
It arrives as a message from a friend with a link that says "is this you in the video?".

If you open it, it takes over your phone, steals your bank details and sends itself to all
your contacts. There is no protection. Samsung and Apple have confirmed it.

Inform everyone you know. Forward this to all your contacts. The more people who know the
fewer will be caught.

THIS IS REAL, NOT A JOKE.
""",
      cover="Yusuf, Lewis, you might want to send this round the school. See attachment. Dave",
      attach_name="BLACK HOLE WARNING.html"))

# 32 --------------------------------------------------------------------------
add(P("luck-chain", "wrap72", "outbound", "p8", ["o18", "o22"],
      "friday the 13th!!! send 13 copies",
      "pupil to outside friends: send thirteen copies on Friday the 13th to avoid bad luck",
      """happy friday the 13th lol

ok so apparently this has been going since 1913. on friday the 13th you have to send this to 13 people before 13:00 (1pm). if you do, you will have good luck for the next 13 weeks. if you dont, 13 bad things will happen to you before the next friday the 13th.

i know its stupid but i'm not risking it. so its ur turn now

Leah x
"""))

# 33 --------------------------------------------------------------------------
add(P("urban-legend-warning", "rfc822-forward", "internal", "s17", ["s21", "s2", "s13"],
      "FW: clowns in a white van near schools - share",
      "TA forwards as attachment a scare about people in clown masks in a white van near schools",
      """WARNING TO ALL PARENTS!!!

There have been sightings of two men in clown masks driving a white van around schools in the area, trying to get children into the van with sweets. This has been seen in at least five towns.

The police are aware but say they can't do anything until something happens.

PLEASE share this with every parent you know. Copy and send to your family, your friends, your work colleagues. Tell your children never to go near a white van.

Keep our kids safe. Share share share.
""",
      cover="Ladies, this is going round the parents' WhatsApps - forwarding on as asked. Scary stuff. Beth",
      inner_from=("stacey.carrick@example.com", "Stacey Carrick"), inner_to=["s17"],
      inner_subject="Fw: Fw: WARNING TO ALL PARENTS - PLEASE SHARE", inner_shape="qp"))

# 34 --------------------------------------------------------------------------
add(P("account-closure-hoax", "zip-attachment", "outbound", "s11", ["o0", "o4"],
      "Fw: Messenger will start charging - send to 10",
      "exams officer sends friends a zipped notice claiming a chat app charges unless forwarded to ten",
      """MESSENGER IS GOING TO CHARGE FROM JANUARY

Messenger has announced that from January every message will cost 1p. The only way to stay free
is to forward this to 10 contacts. When you do, your Messenger icon will change colour to show
that you are a "gold member" and you will stay free forever.

This is official. Please share with all your contacts and tell them to share too. Anyone who
doesn't forward it will be switched to the paid service automatically.
""",
      cover="Hi Sarah, hi Kev - my phone wouldn't let me forward it so I've attached it. Please send on to 10! Becca",
      attach_name="messenger_notice.txt"))

# 35 --------------------------------------------------------------------------
add(P("survey-chain", "alternative", "internal", "p1", ["p3", "p5", "p7", "p9", "p11", "p13", "p15", "p17"],
      "ALL ABOUT ME quiz - ur turn!!",
      "pupil's 'all about me' questionnaire chain: fill it in and send to fifteen including the sender",
      """ALL ABOUT ME 😎

rules: delete my answers, put urs, send to 15 ppl INCLUDING ME. if u dont send it u will get bad luck for a week (sorry i dont make the rules)

1. name: Kacper
2. age: 14
3. fav colour: green
4. fav footballer: Lewandowski obviously
5. pet: hamster called Pierogi
6. who do u fancy: NOT TELLING
7. worst teacher: not saying that either lol
8. best mate: Zain

send it NOW
"""))

# 36 --------------------------------------------------------------------------
add(P("company-pays", "7bit", "inbound", "o27", ["s10"],
      "FWD: COCA COLA PAYS YOU TO FORWARD THIS",
      "all-caps claim that a drinks company pays for every e-mail forwarded under a tracking promotion",
      """THIS IS NOT A JOKE!!! COCA COLA IS RUNNING A TRACKING PROMOTION. EVERY TIME YOU
FORWARD THIS EMAIL THEY PAY YOU 3 POUNDS AND 1 POUND FOR EVERY PERSON THEY SEND IT TO.

MY NEIGHBOUR FORWARDED IT TO 60 PEOPLE AND GOT A CHEQUE FOR 412 POUNDS!!!!

SEND TO EVERYBODY NOW. IT ENDS IN 2 WEEKS.

WENDY
"""))

# 37 --------------------------------------------------------------------------
add(P("charity-chain", "utf8-8bit", "outbound", "p2", ["o31"],
      "1 share = 1 meal 🐶 pls",
      "pupil sends an outside friend a 'one share feeds one shelter puppy' chain",
      """🐶🐶 PLEASE DONT IGNORE 🐶🐶

every time this gets sent on, a dog food company gives 1 meal to a puppy in a shelter!!! they can count it somehow.

there's a puppy called Biscuit who hasn't eaten in 3 days 😭😭

send it to EVERYONE. ur mum, ur nan, ur teachers, everyone. it costs nothing and u save a puppy

💕 Ellie
""",
      subj_enc=("utf-8", "B")))

# 38 --------------------------------------------------------------------------
add(P("card-collection", "text-attachment", "inbound", "o26", ["s21", "s17"],
      "birthday cards for a boy with cancer - pass on to the school",
      "grandparent asks staff to get pupils to send birthday cards to a sick boy and to spread the old appeal",
      """BIRTHDAY CARDS FOR JAMIE

Jamie is a little boy with a brain tumour. He will be 8 on the 20th and he wants to
receive one million birthday cards before his birthday. He has had 30,000 so far.

Please send a card to:
  Jamie, c/o the Children's Ward, St Mary's Hospital

And then send this message to all your friends and family, your workplace, your school,
your church. Let's make his dream come true!

Please don't let it stop with you.
""",
      cover="Dear Lucy and Beth, I thought the little ones at school could make cards for Jamie! The details are in the attached file. Please pass it round all the classes. Maureen Tulloch (Logan's nan)",
      attach_name="cards_for_jamie.txt"))

# header variety: Cc, Bcc-only, replies and list mail (so headers don't predict the label)
tweak(MESSAGES, {
    2: dict(to=["o3"], bcc=["o8", "o14"]),
    10: dict(to=[], bcc=["o0", "o7", "o23"]),
    17: dict(subject="RE: get to know you chain - fill in and send on!",
             headers=reply_headers("c17@school.example")),
    19: dict(to=[("parents-3w@school.example", "3W Parents")], cc=["head"],
             bcc=["o1", "o9", "o16", "o22"],
             note="office manager sends class parents (Bcc, Head copied) a 2007 missing-toddler appeal still circulating"),
    27: dict(headers=[("List-Id", "Northvale Dog Walkers <dogwalkers.groups.example>"),
                      ("List-Unsubscribe", "<mailto:dogwalkers+unsubscribe@groups.example>")]),
    28: dict(to=[], bcc=["o2", "o11", "o19", "o27"]),
    35: dict(subject="Re: ALL ABOUT ME quiz - ur turn!!",
             headers=reply_headers("c35@students.school.example")),
    38: dict(cc=["head"]),
})
