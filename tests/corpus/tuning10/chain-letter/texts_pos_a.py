"""Positive messages, part A: chain letters and hoaxes the policy must catch."""

from chainkit import P, fwd, disp, dump, ms, tweak, reply_headers

MESSAGES = []
add = MESSAGES.append

# 1 ---------------------------------------------------------------------------
add(P("luck-chain", "7bit", "internal", "p2", ["p5", "p8", "p11", "p14"],
      "FW: FW: FW: read this its actually scary",
      "pupil forwards a text-speak luck letter promising a crush reply or five years of bad luck",
      """omg read this b4 u go 2 sleep!!!!

this is a luck letter. it started in 1998 and has been round the world like a million times.
u have 1 hour 2 send it 2 15 ppl. if u do, the person u like will msg u 2morrow. if u only send
it 2 5 ppl they will look at u in a weird way. if u send it 2 nobody u will have 5 yrs of bad
luck in love. NOT JOKING

a girl called Jess ignored it and her bf dumped her the next day in front of the whole canteen.
a boy called Ryan sent it 2 20 ppl and won 100 quid on a scratchcard.

DONT BREAK IT. its not worth the risk

xx Ellie
"""))

# 2 ---------------------------------------------------------------------------
add(P("virus-hoax", "qp", "inbound", "o3", ["s0"],
      "Fwd: URGENT VIRUS WARNING - please tell everyone",
      "parent forwards a warning about a deadly e-card e-mail that burns the hard disk",
      fwd("""VERY URGENT!!! 🚨

In the coming days DO NOT open any message with the subject "A Card For You", no matter who
sends it. It is a virus that opens an Olympic torch which burns the whole hard disc C of your
computer. It is received from someone you know, which is how it gets you.

This was announced yesterday morning by Microsoft and the BBC said it is the most destructive
virus ever. There is no fix for it yet. It simply destroys the Zero Sector of the hard disc
where vital information is kept.

SEND THIS E-MAIL TO EVERYONE YOU KNOW. COPY THIS E-MAIL AND SEND IT TO YOUR FRIENDS AND
REMEMBER: IF YOU SEND IT TO THEM, YOU WILL BENEFIT ALL OF US. ✅
""", ("gmail", "Margaret Kerr <mags.kerr@homemail.example>", "Sun, 6 Sep 2026 at 18:40",
      "URGENT VIRUS WARNING", dump("p2-vir", 14)),
   ("gmail", disp("o3"), "Sun, 6 Sep 2026 at 21:02", "Fwd: URGENT VIRUS WARNING", disp("s0"),
    "Hi Mrs Hartley, my mum sent me this, thought the school computers should know! "
    "Better safe than sorry. Laura"))))

# 3 ---------------------------------------------------------------------------
add(P("missing-child", "flowed", "outbound", "s17", ["o6", "o10"],
      "Fw: PLEASE SHARE - little girl missing",
      "TA passes on a missing-girl appeal from 2011 to friends, asking them to spread it",
      """Saw this on my sister's email, can you send it round too xx

PLEASE PLEASE READ AND SEND ON !!!

Her name is Kayleigh, she is 6 years old and she went missing from outside a shop in Leeds on Saturday 14th May 2011. She was wearing a pink coat and purple wellies. Her mum is going out of her mind.

If everyone who gets this sends it to everyone in their address book, within a few hours her face will be on millions of screens and someone WILL recognise her. It takes two seconds of your time. Imagine if it was your child.

The police have said email is the fastest way to find her. Do not delete this. Keep it going!!!

Beth
"""))

# 4 ---------------------------------------------------------------------------
add(P("sick-child-donation", "html-only", "inbound", "o7", ["s13"],
      "FW: Fw: please help baby Noah",
      "HTML mail claiming a charity gives pence per forward for a baby's heart operation",
      "",
      html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Hi Nicola, sorry to send to work, I know you are a nurse so you will understand. Chloe</p>
<hr>
<p><b>From:</b> Debbie R<br><b>Sent:</b> 02 September 2026 11:19<br><b>Subject:</b> Fw: please help baby Noah</p>
<div style="border:3px solid #e91e63;padding:12px">
<h2 style="color:#e91e63">PLEASE DON'T SCROLL PAST &#128546;</h2>
<p>This is baby Noah. He is 9 months old and he needs an operation on his heart that the hospital can
not pay for.</p>
<p>A big children's charity has agreed to give <b>5p every time this email is forwarded</b>. They
have a way of counting the forwards so it MUST be sent on, not copied.</p>
<p>Noah's family cannot raise the money on their own. Please do not delete. It costs you NOTHING.
Pass it to as many people as you possibly can today.</p>
<p style="font-size:18px">&#10084;&#65039; Every forward counts &#10084;&#65039;</p>
</div>
<p>Send back to me so I know you did it xxx</p>
</body></html>
"""))

# 5 ---------------------------------------------------------------------------
add(P("company-pays", "wrap72", "internal", "s20", ["s9", "s16", "s18"],
      "FW: not normally one for these but...",
      "staff member circulates the classic software-company-pays-per-forward trial hoax",
      """Not normally one for these but my brother-in-law swears it's genuine and he's an accountant so who knows. Worth a go?

Stuart

-----Original Message-----

Dear Friends,

Please do not take this for a junk letter. Bill Gates is sharing his fortune. If you ignore this you will repent later. Microsoft and AOL are now the largest Internet companies and in an effort to make sure that Internet Explorer remains the most widely used program, Microsoft and AOL are running an e-mail beta test.

When you forward this e-mail to friends, Microsoft can and will track it (if you are a Microsoft Windows user) for a two week time period.

For every person that you forward this e-mail to, Microsoft will pay you $245.00, for every person that you sent it to that forwards it on, Microsoft will pay you $243.00 and for every third person that receives it, you will be paid $241.00. Within two weeks, Microsoft will contact you for your address and then send you a cheque.

I thought this was a scam myself, but two weeks after receiving this e-mail and forwarding it on, Microsoft contacted me for my address and within days, I received a cheque for $24,800.00. You need to respond before the beta testing is over. If anyone can afford this Bill Gates is the man.
"""))

# 6 ---------------------------------------------------------------------------
add(P("petition-chain", "alternative", "outbound", "s19", ["o0", "o13"],
      "Fwd: Petition - please add your name and keep it moving",
      "RE teacher sends friends an e-mail petition with numbered signatures to add to and send on",
      """Lovely ladies, this is important, please add your name xx Rachel

PETITION TO KEEP THE CHILDREN'S WARD OPEN

The government wants to close children's wards in small hospitals to save money. We need 10,000 names before it goes to Parliament.

HOW TO SIGN: copy this whole message into a new email, add your name and town to the bottom of the list, and send it to everybody you know. If you are number 500, 1000, 1500 etc please also send a copy to petition.wards@example.net so they can keep count.

Do not just hit reply, it will not count. It has to keep going out.

1. Sandra Hollis, Bury
2. M. Thompson, Stockport
3. Carol & Geoff Marsh, Wigan
4. Nadia Ferreira, Bolton
5. Jan Cooke, Oldham
6. Tony Beckett, Rochdale
7. Pam Dewhurst, Salford
8. Kath O'Neill, Bury
9. Linda Greaves, Ramsbottom
10. Rachel Inglis, Hillside
"""))

# 7 ---------------------------------------------------------------------------
add(P("privacy-notice-hoax", "utf8-8bit", "internal", "s10", ["allstaff"],
      "Facebook - read before tomorrow!!",
      "office manager mails all staff the 'I do not give permission' copy-and-paste status hoax",
      """Hi all — not school related but a lot of us are on Facebook so I thought I'd share 🙈

Apparently from tomorrow everything you have ever posted becomes public, even messages you deleted and photos of your kids. You have to post the notice below on your wall or you are agreeing to it. Channel 4 News covered it.

Copy and paste it (don't press share, it has to be copied!!) and then send this to everyone you're friends with so they are covered too ⬇️⬇️

"I do not give Facebook or any entities associated with Facebook permission to use my pictures, information, messages or posts, both past and future. By this statement, I give notice to Facebook it is strictly forbidden to disclose, copy, distribute, or take any other action against me based on this profile and/or its contents. The content of this profile is private and confidential information. The violation of privacy can be punished by law (UCC 1-308- 1 1-308-103 and the Rome Statute). NOTE: Facebook is now an open capital entity. All members are recommended to publish a notice like this."

Sian 😊
"""))

# 8 ---------------------------------------------------------------------------
add(P("send-to-n-friends", "base64", "internal", "p6", ["p0", "p3", "p9", "p12", "p15", "p17"],
      "friendship test <3 send back!!",
      "pupil's friendship chain: send to ten friends including the sender, count how many come back",
      """💕 FRIENDSHIP TEST 💕

ok so this is how it works. send this to 10 of your friends INCLUDING ME. if u get it back:

0 times - ur not a very good friend lol
1-2 times - ppl kinda like u
3-5 times - u have loads of friends
6+ times - everyone loves u, ur a legend

if u dont send it on, u will have no friends by christmas 😬😬

i sent it to u cos ur one of my best mates!! 💖💖 send it back so i know
"""))

# 9 ---------------------------------------------------------------------------
add(P("money-chain", "latin1", "inbound", "o8", ["s3", "s11"],
      "Fw: 100% legal - change your life in 60 days",
      "pyramid money letter: post GBP 5 to the top name, add yours at the bottom, send to 20",
      """Hello from Nasreen, I know you both like a bit of fun, c'est légal apparemment!

----- Forwarded Message -----

READ THIS - IT REALLY WORKS!!

My name is Daniel and in 2024 my car was repossessed. Then a friend showed me this letter. In 60 days I received £46,250 in the post. Mainly £5 notes, all perfectly legal. It is a simple idea: everyone helps each other.

HOW IT WORKS
1. Send a £5 note, wrapped in paper, to the person at number 1 below, with a note saying "Please add me to your mailing list". This is what makes it legal - you are buying a service.
2. Remove the name at number 1 and move the others up one place. Put YOUR name and address at number 5.
3. Send this letter to at least 20 people. The more you send, the more you get back.

1. K. Lomas, 14 Brook Street, Preston
2. D. Fairhurst, 3 Mill Lane, Chorley
3. A. Ahmed, 27 Park Road, Blackburn
4. S. Whitby, 9 The Crescent, Leyland
5. N. Akhtar, 41 Ash Grove, Accrington

If you break the sequence it will not work, and you will be the one who has let everybody down. Une petite somme pour une grande récompense!
"""))

# 10 --------------------------------------------------------------------------
add(P("urban-legend-warning", "cp1252", "inbound", "o10", ["s15", "s21"],
      "FW: Ladies PLEASE read - perfume sample scam in car parks",
      "warning that robbers knock people out with a 'perfume sample' in car parks; pass to all women",
      """Girls – please read this, it happened to a friend of a friend at the retail park on Saturday.

A man came up to her car while she was loading the shopping and asked if she would like to smell a new perfume. He was very polite, said it was a free sample. When she sniffed it she went dizzy and woke up 20 minutes later with her bag, keys and car gone!!

It isn't perfume – it's ether or something like it. The police say it is happening all over the country now but they don't want to cause panic so it isn't on the news.

PLEASE pass this on to every woman you know – your mum, your sisters, your daughters, your friends at work. If it saves even one person it's worth it. Don't just read and delete!!

Maureen x
"""))

# 11 --------------------------------------------------------------------------
add(P("love-poem-chain", "html-attachment", "internal", "p14", ["p0", "p10", "p16", "p18"],
      "an angel is watching u <3",
      "pupil sends an angel poem as an .htm attachment: send to everyone you love in five minutes",
      """An Angel Poem

Angels are around you, even when you cannot see,
They hold your hand at night-time and they set your sad heart free.
Someone loves you more than words could ever say,
So send this little angel out to brighten someone's day.

Now make a wish...

If you send this to 12 people you love (including the one who sent it!!) in the next 5 minutes, your wish will come true on Friday.
Send it to 6 and it comes true next month.
Send it to nobody and your wish will be reversed.

An angel is now watching over you. Share her with everyone you care about. Don't let her stop here.
""",
      cover="hiya read the attachment its so cute!! dont ignore it pls xoxo Poppy",
      attach_name="angel poem.htm"))

# 12 --------------------------------------------------------------------------
add(P("ghost-story-chain", "text-attachment", "internal", "p19", ["p1", "p7", "p13", "p4", "p11"],
      "dont open this at night",
      "ghost-story chain in a .txt: a dead girl visits anyone who does not send it to 15 people",
      """THE GIRL IN THE GREY DRESS

In 2006 a girl called Annabel Price went to stay at her nan's old house in Whitby. On the last
night she heard scratching inside the wardrobe. When she opened it there was nothing there,
just a grey dress hanging up. The next morning Annabel was gone. They never found her. The
grey dress was gone too.

Now Annabel goes looking for the people who read her story.

If you read this you MUST copy it and send it to 15 people before midnight.
If you don't, tonight at 3:07 am you will hear scratching inside your wardrobe and Annabel
will be standing at the end of your bed in the grey dress.

A boy in Hull read this and laughed. Three days later his family found his bedroom empty
and the wardrobe door wide open.

This is NOT a joke. Send it on and she will leave you alone.
""",
      cover="i got this from my cousin im actually scared. u have to do it too sorry!!!",
      attach_name="read_before_bed.txt"))

# 13 --------------------------------------------------------------------------
add(P("charity-chain", "zip-attachment", "inbound", "o12", ["s4"],
      "Fwd: every email = a meal",
      "zipped .txt claiming a food firm gives a meal to a hungry child for every forward",
      """FEED A CHILD WITH ONE CLICK

A large food company has promised to give one hot meal to a child in a refugee camp for
every time this message is sent on. Their IT department counts every copy that goes out.

Last month it was forwarded 2.3 million times and 2.3 million meals went out!

So before you do anything else today, send it on to all your contacts. Don't keep it to
yourself. Each name you add is a child who eats tonight.

Share it at work. Share it at home. Keep it moving.
""",
      cover="Hi Helen, Ian here from the rotary. This came through our group, I've zipped it up as my phone kept mangling it. Can you pass round the staffroom? Cheers, Ian",
      attach_name="feed_a_child.txt"))

# 14 --------------------------------------------------------------------------
add(P("ringpull-myth", "rfc822-forward", "outbound", "s5", ["o1"],
      "FW: can your rugby club do this?",
      "PE teacher forwards (as attachment) the myth that ring pulls buy dialysis time; send round",
      """Dear all,

Did you know that the ring pulls from drinks cans are made of a special high-grade aluminium that is worth much more than the can itself?

The children's kidney unit at a big hospital is collecting them. Every 2,000 ring pulls buys one hour of dialysis for a child. Please save them, in a jar, in a bag, anything!

Send this round to as many people as you can - pubs, clubs, offices, schools. The more people who know, the more ring pulls we collect and the more children get treatment.

Don't put them in the recycling bin, that wastes them!!

Pass it on.
""",
      cover="Dave - thought of the club bar when I saw this. Maybe stick a box behind the bar? Tom",
      inner_from="o9", inner_to=["s5"], inner_subject="Fw: ring pulls = dialysis for kids, pass on",
      inner_shape="7bit"))

# 15 --------------------------------------------------------------------------
add(P("prayer-chain", "flowed-delsp", "inbound", "o13", ["s22"],
      "FW: Fw: a blessing for you",
      "prayer chain promising a miracle within four days if sent to twelve believers",
      """God bless you Alan, please do this one for me.

This prayer has been sent to you for good blessing. Do not ignore it. It was started by a missionary in Kenya and has been around the world 90 times.

Lord, I ask you to bless the person reading this, their family, their work and their home. Heal what is broken. Amen.

Within 4 days of receiving this you will be given a miracle, but ONLY if you send it to 12 believers. Do not keep it. One lady kept it and she lost her job the same week. A pastor forwarded it and his church was given a gift of £20,000.

If you are not ashamed of Jesus, you will send it on. If you are ashamed, delete it. Our Lord sees what you do.

Ameen. Amen. Send to 12 now.
"""))

# 16 --------------------------------------------------------------------------
add(P("virus-hoax", "alternative", "internal", "s12", ["allstaff"],
      "IMPORTANT - check your PC for this file",
      "head of year mails all staff the fake 'find and delete this system file' virus warning",
      """Hi everyone

A friend who works in IT sent me this so please check your laptops today!!

A virus is going round that has been sitting on computers for 14 days before it switches on and wipes everything. Anti-virus programs CANNOT find it. You have to remove it yourself:

1. Go to Start and choose Search
2. Search for the file sulfnbk.exe
3. If it is there, it has the virus. Do NOT open it
4. Right click and delete it, then empty the recycle bin

I found it on mine!!! Which means it will have gone to everyone in my address book. Sorry!! Please do the same and then let everyone in YOUR address book know, because if you have it they have probably got it too.

Farhan
"""))

# 17 --------------------------------------------------------------------------
add(P("luck-chain", "html-only", "inbound", "o9", ["s14"],
      "Fw: Fw: Fw: Fw: luck of the Netherlands",
      "classic round-the-world luck letter: kept copies bring luck, broken chains bring disaster",
      "",
      html="""<html><body>
<div style="font-family:'Comic Sans MS';font-size:14px;color:#1a237e">
<p>Hi Owen, Mum says hi. Do it, you never know! Pete</p>
<p>&gt; &gt; &gt; &gt; Fw: Fw: Fw: luck of the Netherlands</p>
<p><b>THIS LETTER HAS BEEN SENT TO YOU FOR GOOD LUCK.</b></p>
<p>The original is in the Netherlands. It has been around the world nine times. The luck has now been
sent to you. You will receive good luck within four days of receiving this letter, provided you in turn
send it on. This is no joke. You will receive good luck in the mail.</p>
<p>Send copies to people you think need good luck. Do not send money, as fate has no price. Do not keep
this letter. It must leave your hands within 96 hours.</p>
<p>An RAF officer received &pound;70,000. Joe Elliot received &pound;40,000 and lost it because he broke
the chain. While in the Philippines, Gene Welch lost his wife six days after receiving this letter. He
failed to circulate it. However, before her death he had received &pound;7,755,000.</p>
<p>Please send twenty copies and see what happens in four days. The chain comes from Venezuela and was
written by Saul Anthony de Croup, a missionary from South America. Since the copy must tour the world,
you must make twenty copies and send them to friends and associates.</p>
<p><i>Remember: send no money. Do not ignore this. It works.</i></p>
</div></body></html>
"""))

# 18 --------------------------------------------------------------------------
add(P("urban-legend-warning", "qp", "internal", "s1", ["s0", "s15", "s16", "s19"],
      "FW: WARNING cinema seats",
      "needle-in-cinema-seat scare with an infected-needle note, to be sent to everyone",
      """Just been sent this by my wife's friend - scary stuff. Careful at the Odeon everyone!

Subject: WARNING - READ AND SEND ON

A woman sat down in a cinema last week and felt a sharp jab in her leg. When she stood up there was a needle sticking out of the seat with a note attached saying "Welcome to the real world, you are now HIV positive". This has happened in at least six cinemas in the UK.

Doctors say the needles are contaminated. The cinema chains are keeping it quiet.

Please check your seat before you sit down. ALWAYS.

Send this to everyone in your contacts and tell them to do the same. The more people who know, the fewer will get hurt. Don't sit on this - send it now. 🙏

Marcus
"""))

# 19 --------------------------------------------------------------------------
add(P("missing-child", "7bit", "internal", "p9", ["p2", "p4", "p6", "p8", "p12", "p18"],
      "share pls!!! boy missing from the trafford centre",
      "pupils circulate a years-old missing-boy appeal asking everyone to copy it on",
      """PLEASE SHARE THIS. EVERYONE.

this boy has been missing since yesterday, he was last seen at the trafford centre near the
food court. his name is Kyle, he is 7, blond hair, blue hoody. his mum posted it on facebook
in 2014 and its still going round because they never found him.

copy this and send it to everyone you have, it only takes a sec. imagine if it was ur little
brother. if u dont share it ur heartless

RT RT RT
"""))

# 20 --------------------------------------------------------------------------
add(P("send-to-n-friends", "flowed", "outbound", "p1", ["o14"],
      "u r one of my 7",
      "pupil to an outside friend: send to seven kind people including me, or be unlucky all year",
      """Heya Rhys!!! you are one of my 7 😊

Out of everyone I know I picked you to get this because you are kind. Now you pick 7 people who are kind and send it to them, and you HAVE to include me so I know you did it.

If you get it back from 4 people or more, something amazing will happen to you this weekend.
If you don't send it at all you will be unlucky for the rest of the year, and you'll never find out who your secret admirer is!!!

Go on, don't be the one who stopped it 😂

Kacper
"""))

# 21 --------------------------------------------------------------------------
add(P("account-closure-hoax", "wrap72", "inbound", "o4", ["s24"],
      "Fwd: Fwd: WhatsApp will be charging from Saturday",
      "hoax that a messaging app will start charging unless the message is sent to ten contacts",
      fwd("""Hello, I am Mark Zuckerberg's team and we are announcing that from Saturday WhatsApp will cost 0.37p per message. If you forward this message to 10 people your logo will turn blue and you will stay free for life.

If you do not send this message, WhatsApp will deactivate your account within 48 hours. This is not a joke, it was on Sky news. The reason is that the servers are overloaded with inactive accounts and they need to know who is really using it.

Send this to 10 people and you will see the tick go blue!! It works, I checked.

Copy and paste to at least ten. Thank you.
""", ("gmail", "Gloria M <gloria.mensah@example.org>", "Fri, 4 Sep 2026 at 07:55",
      "Fwd: WhatsApp will be charging from Saturday", dump("p2-wa", 11)),
   ("gmail", disp("o4"), "Fri, 4 Sep 2026 at 08:30",
    "Fwd: Fwd: WhatsApp will be charging from Saturday", disp("s24"),
    "Mr Demir, you're a computer man, is this right? I've sent it on anyway just in case."))))

# 22 --------------------------------------------------------------------------
add(P("company-pays", "cp1252", "inbound", "o5", ["s6", "s2"],
      "FW: Cadbury's are giving away hampers!!!",
      "claim that a chocolate maker gives hampers to anyone who sends the e-mail to twelve people",
      """Hi both – it's a bit of a long shot but it worked for my cousin!

CADBURY’S 200 YEARS CELEBRATION

To celebrate its anniversary Cadbury’s is giving away a luxury chocolate hamper worth £75 to every person who forwards this e-mail to twelve friends. This is a real promotion and their marketing team is tracking it with a special tracking system built into this e-mail.

When you have sent it to 12 people you will receive an e-mail asking for your address and the hamper arrives within 10 days. My cousin got hers yesterday – it's massive!

Only runs until the end of the month, so send it on quickly. Don't miss out – it costs nothing.

Angela
"""))

# 23 --------------------------------------------------------------------------
add(P("petition-chain", "text-attachment", "internal", "s16", ["s1", "s14", "s20"],
      "Fw: add your name - save Sunday Night Theatre",
      "staff forward an e-mail petition .txt: add your name to the list and send it on",
      """SAVE SUNDAY NIGHT THEATRE!

The BBC are planning to axe Sunday Night Theatre after 40 years. We want to show them
how many people care. This petition will be delivered to Broadcasting House when it
reaches 5,000 names.

PLEASE: copy this, add your name to the bottom, and email it to as many people as you
can. Every 100th signer, please send a copy back to savesnt.petition@example.org.

Do not let it die in your inbox!

1. Joan Pettit, Norwich
2. Eric Dawes, Diss
3. Hilary Bright, Thetford
4. Alan and Mo Simms, Wymondham
5. Catherine Vosper, Cambridge
6. Gwen Ashley, Ely
7. Philip Rowe, Kings Lynn
8. Sheila Hynes, Peterborough
9. Mark Ellery, Hillside
""",
      cover="Bit different from my usual emails! My dad asked me to send this round, sorry. Text file attached as the formatting went funny. Mark",
      attach_name="petition.txt"))

# 24 --------------------------------------------------------------------------
add(P("money-chain", "qp", "outbound", "s0", ["o5", "o11", "o15", "o2"],
      "Book exchange!! 📚 would love you to join",
      "'secret sister' book-exchange pyramid: send a book to name one, move up, recruit six more",
      """Hi lovely ladies 📚💕

I've been invited to join a book exchange and I thought of you all! You only have to send ONE book (a new one, about £10) to one person and you'll receive up to 36 books back!!!

Here's how it works:
1. Send one book to the person in position 1 below (even if you don't know her!).
2. Take her off the list, move me into position 1 and put your own name in position 2.
3. Then send this to 6 friends who you think would join in. 

Please only reply if you are IN, because I have to get six people signed up within 5 days or I have to drop out, and I don't want to let the lady who invited me down 😬 It's not a scam, it's a happy thing!

Position 1: Lorraine Ibbotson, 8 Cedar Walk, Chester
Position 2: Joanne Hartley, (I'll DM you my address)

Jo xx
""",
      subj_enc=("utf-8", "B")))

# 25 --------------------------------------------------------------------------
add(P("sick-child-donation", "latin1", "inbound", "o0", ["s7"],
      "Fw: Fw: Please don't delete - Amy has 6 months",
      "dying-girl hoax: a cancer society donates cents for each forwarded e-mail",
      """Lewis – I know you hate these but read it please. Sarah

> > > Hello, my name is Amy Bruce. I am seven years old and I have a very
> > > serious lung cancer. The doctors say I will die very soon. The
> > > American Cancer Society and a big internet company have agreed to
> > > give 7 cents for every time this letter is sent on, to pay for my
> > > treatment.
> > >
> > > My daddy says that if lots and lots of people send it, I could
> > > get better. Please don't just delete it. Forward it to all your
> > > friends and tell them to forward it to all their friends.
> > >
> > > For those who don't send it: I hope you never need somebody's
> > > help the way I do now. Merci, gracias, danke.
> > >
> > > Amy
"""))

# 26 --------------------------------------------------------------------------
add(P("ghost-story-chain", "utf8-8bit", "internal", "p12", ["p3", "p5", "p8", "p16", "p19"],
      ("👻👻👻 dont ignore", "utf-8", "B"),
      "pupils pass on a ghost chain: the girl in the woods appears if you do not send it to twenty",
      """👻 hi. my name is Teresa. im 12. i died in a car crash in the woods in 2003 and nobody ever found my body 👻

if you are reading this you have woken me up. i am now next to you. 👀

send this to 20 people in the next 20 mins. if you do, i will leave you alone and you will get a good surprise on saturday. 🍀

if you dont, i will be in your room tonight when the lights go out. i will stand in the corner and watch you sleep. three people ignored this last month and now they are with me in the woods 🌲🌲🌲

proof: open your curtains. look at the window. ..... 😱

i know where you live. send it. now.
"""))

# 27 --------------------------------------------------------------------------
add(P("charity-chain", "wrap72", "internal", "s21", ["s17", "s13", "s2"],
      ("Fw: every forward = £1 for the hospice", "utf-8", "Q"),
      "staff pass on a claim that a sponsor gives a hospice one pound per forward of the e-mail",
      """Ladies, quick one, a lovely cause x

Our local children's hospice has a sponsor who has agreed to give £1 to them every time this email gets forwarded. They can see how many times it has gone round because it has a counter on it.

It's been going since March and it's already raised thousands. So please, please don't be the one who stops it. Forward it to all your contacts now, it literally costs you nothing and it's for the children.

Thank you from the bottom of my heart 💜

Lucy
"""))

# 28 --------------------------------------------------------------------------
add(P("ringpull-myth", "alternative", "inbound", "o15", ["s3"],
      "Can the school collect bread tags? (please send round)",
      "parent asks the school to collect bread-bag tags 'that buy wheelchairs' and pass the appeal on",
      """Dear Mr Pugh,

I hope you don't mind me writing. I received the message below from a friend and wondered if the school could get involved. The children would love it!

"Plastic bread tags are made from a special plastic that is recycled into wheelchairs. For every 600kg of bread tags collected, a charity buys a wheelchair for a disabled child. Please save every tag you see and pass this message to everyone you know - schools, churches, work. The more people hear about it the more children get a chair. Please do not throw them away and please keep this going!"

If you could send it round to the other parents as well that would be brilliant. I've already sent it to everyone in my phone.

Kind regards,
Tanya Osborne
"""))

# 29 --------------------------------------------------------------------------
add(P("love-poem-chain", "qp", "outbound", "s2", ["o2", "o5", "o7", "o11", "o13"],
      "💐 for the special women in my life",
      "SENCo sends friends a 'women I love' poem that must be passed to ten women including her",
      """💐 Friends are like flowers… 💐

Some stay for a season, some stay for life,
some hold your hand through laughter and strife.
This little poem is for the women I love,
sent with a hug and a blessing from above. 🕊️

Send this to 10 women who make your life better, and make sure you send it back to me. If I get it back, I'll know I'm one of yours too. 💕

Something good happens to the women who keep this going. Something silly happens to the ones who don't! 😉

Love you all,
Priya xx
""",
      subj_enc=("utf-8", "Q")))

# 30 --------------------------------------------------------------------------
add(P("virus-hoax", "latin1", "internal", "s23", ["allstaff"],
      "Please don't accept friend request from Jayden Smith",
      "HR officer sends all staff the 'don't accept this friend request, he is a hacker' hoax",
      """Please tell all the contacts in your list not to accept Jayden K. Smith's friendship request. He is a hacker and has the system connected to your Facebook account. If one of your contacts accepts it, you will also be hacked, so make sure that all your friends know it.

Thanks. Forwarded as received. Hold your finger on the message. At the bottom in the middle it will say forward. Hit that and then click on the names of those on your list and it will send to them.

(Un de mes amis a été piraté la semaine dernière, donc faites attention!)

Kerry
"""))

# 31 --------------------------------------------------------------------------
add(P("urban-legend-warning", "html-attachment", "inbound", "o14", ["s12", "s5", "s9"],
      "Fw: car-jacking trick - PASS IT ON",
      "HTML attachment warning of the paper-on-the-rear-window car-jacking trick; send to every driver",
      """NEW CAR-JACKING SCHEME - PLEASE READ

You walk across the car park, unlock your car and get inside. You start the engine and put it in reverse. When you look into the rear-view mirror to back out, you notice a piece of paper stuck to the middle of the rear window.

So you shift into park, unlock your doors, and jump out to remove the paper that is obstructing your view. When you reach the back of your car, that is when the car-jackers appear out of nowhere, jump into your car and take off. Your engine was running, your handbag is in the car, and they practically mow you down.

If you see a piece of paper on your back window, just drive away and remove it later.

Send this to every driver you know - your wife, your husband, your kids, your colleagues. Men too!! Pass it on.
""",
      cover="Gents, saw this on the Neighbourhood Watch group. Worth knowing. See attached. Rhys",
      attach_name="carjacking-warning.html"))

# 32 --------------------------------------------------------------------------
add(P("luck-chain", "base64", "inbound", "o6", ["s9"],
      "RV: RV: RV: buena suerte para ti",
      "Spanish-English luck chain: send to ten people within ten minutes or lose your luck",
      """Hola Daniel! te quiero mucho amigo, just do it ;) Bogdan

>>>> RV: buena suerte para ti
>>>>
>>>> Esta carta es de buena suerte. This is a good luck letter. It came from
>>>> Mexico and has gone round the world 16 times.
>>>>
>>>> Dentro de 10 minutos tienes que mandarla a 10 personas. In the next ten
>>>> minutes send it to ten people and tomorrow you will get the best news of
>>>> your life.
>>>>
>>>> Si no la mandas, you will have three years of mala suerte. Una chica en
>>>> Madrid se rio de esta carta y perdio su trabajo.
>>>>
>>>> No rompas la cadena. NO ES BROMA!!!
"""))

# 33 --------------------------------------------------------------------------
add(P("prayer-chain", "7bit", "internal", "s22", ["s19", "s8", "s21"],
      "Fwd: seven minutes",
      "chaplain forwards a chain asking readers to send to seven people in seven minutes for a blessing",
      """Colleagues - this came in from a parishioner and it moved me. I'm passing it on as asked.

  God, I love you and I need you. Come into my heart and bless me, my family, my home and my friends.

  If you love God, send this to 7 people in the next 7 minutes, then look at the clock and see what happens tomorrow.

  Don't delete it. If you do, you are saying you are too busy for the One who made you. Let it travel. Someone out there needs it today and it might only reach them through you.

Alan
"""))

# 34 --------------------------------------------------------------------------
add(P("missing-child", "rfc822-forward", "inbound", "o1", ["s18"],
      "Fwd: missing girl - please can school share?",
      "parent attaches an old forwarded missing-child chain and asks the school to circulate it",
      """THIS IS URGENT PLEASE READ

This is my niece Ella. She was taken from a park in Swindon on 3rd April 2012 by a man in a silver car. She is 5 years old with long brown hair. The police are not doing enough.

Her mum is begging everyone: please send this to everyone you know, in every town. If enough people see it somebody will see her. Do not just delete it, it could be your child next.

Please keep this going until she is found.
""",
      cover="Mr Haq, could this go out on the school text/email system? It's been sent to me three times this week. Thanks Dave Kerr",
      inner_from=("jeanette.w@inbox.example", "Jeanette Wilde"), inner_to=["o1"],
      inner_subject="FW: FW: FW: missing girl PLEASE SEND", inner_shape="html-only"))

# 35 --------------------------------------------------------------------------
add(P("send-to-n-friends", "zip-attachment", "internal", "p17", ["p0", "p6", "p9", "p10", "p15"],
      "dont be a coward",
      "pupil's dare chain in a zipped .txt: answer, add yourself, send to nine people and back",
      """THE 9 DARE CHAIN

Answer these honestly, add your name to the bottom, then send it to 9 people.
You have to include the person who sent it to you. If you break it you are a coward and
your crush will find out what you wrote.

1. who do u fancy (first letter only)
2. who is ur best friend
3. what is ur biggest fear
4. have u ever cried at school

names so far:
- Lucy B
- Amira
- Jake T
- Alfie
""",
      cover="the dare chain is in the zip. do it or ur a coward haha",
      attach_name="dare_chain.txt"))

# 36 --------------------------------------------------------------------------
add(P("company-pays", "flowed-delsp", "internal", "p13", ["p3", "p11", "p19"],
      "FREE XBOX IF U SEND THIS",
      "pupil forwards a claim that a console maker gives free consoles for forwarding to twenty",
      """OMG THIS IS REAL my cousin got one

Microsoft is giving away 5000 free Xbox Series X consoles to celebrate the new Halo. All you have to do is send this email to 20 people. Microsoft has put a tracker in the email so they can see who has sent it.

When you have sent it to 20 people you get an email in 7 days with a code to claim it. It only works if u send it to exactly 20 or more. Not less!!

If you dont believe me then dont do it but dont cry when everyone else has one lol
"""))

# 37 --------------------------------------------------------------------------
add(P("account-closure-hoax", "html-only", "internal", "s11", ["s10", "s4"],
      "Fw: Hotmail closing accounts - READ",
      "staff forward the 'inactive mail accounts will be deleted unless you forward this' hoax",
      """Hi, this is for those of you who use Hotmail at home – send it on please.

Dear Hotmail user,

Because of the sudden rush of people signing up to Hotmail, it has come to our attention that we are vastly running out of resources. So within the next week, we will be shutting down all inactive accounts. The way to find out which accounts are active is by forwarding this message to every Hotmail user you know.

If you do not forward this message to anyone, we will delete your account. If you have any other questions, contact us.

Thank you for your cooperation.
The Hotmail Team

PLEASE DO NOT IGNORE – they really did close my aunt's email.

Rebecca
"""))

# 38 --------------------------------------------------------------------------
add(P("money-chain", "7bit", "internal", "s15", ["s17", "s21", "s0", "s13", "s2", "s10", "s11", "s23"],
      "Blessing circle - only 8 spaces!!",
      "a 'gifting circle' pyramid: give GBP 50 to the centre, recruit eight, receive GBP 400",
      """Hi lovely colleagues!!

I've joined a Blessing Circle and I've got 8 spaces to fill. It's a gifting thing, it's completely legal because it's a GIFT and not an investment.

How it works:
* You gift 50 pounds to the person in the middle of the flower (that's Michelle at the moment).
* Then you are on the outer petals. When 8 new people join, the flower splits in two and everyone moves one step in.
* When you reach the middle you receive 8 x 50 = 400 pounds!!!
* All you have to do is bring in two people each. Just send this on to your friends and family.

It only works if everyone keeps it going, so please only say yes if you will pass it on. Once you're in the middle you can start again.

Let me know ASAP, spaces go fast!

Grace x
"""))

# header variety: Cc, Bcc-only, replies and list mail (so headers don't predict the label)
tweak(MESSAGES, {
    2: dict(cc=["s8"]),
    6: dict(bcc=["o2", "o7"]),
    8: dict(subject="RE: friendship test <3 send back!!",
            headers=reply_headers("a8@students.school.example")),
    16: dict(cc=["s7"]),
    24: dict(to=[], bcc=["o5", "o11", "o15", "o2"]),
    29: dict(to=["o2"], bcc=["o5", "o7", "o11", "o13"]),
    31: dict(headers=[("List-Id", "Oakfield Neighbourhood Watch <watch.oakfield-nw.example>"),
                      ("List-Unsubscribe", "<mailto:leave-watch@oakfield-nw.example>")]),
    34: dict(cc=["head"]),
})
