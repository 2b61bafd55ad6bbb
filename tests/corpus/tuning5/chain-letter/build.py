#!/usr/bin/env python3
"""Builds the blind held-out split tests/corpus/tuning5/chain-letter (python3, stdlib only).

    python3 build.py

rewrites positive/*.eml, negative/*.eml and manifest.jsonl deterministically (fixed dates,
Message-IDs, MIME boundaries and zip timestamps) using ../mimeshapes.py.

Positives: chain letters and hoaxes that ask the reader to pass the message itself on.
Negatives: ordinary school mail that uses the same words (forward, share, pass on, chain,
luck, hoax, warning) but is not a chain letter.
"""

import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import mimeshapes as ms  # noqa: E402
from mimeshapes import People  # noqa: E402

TZ = datetime.timezone(datetime.timedelta(hours=1))
C = ms.Corpus(HERE, "cl3", datetime.datetime(2026, 9, 7, 6, 48, tzinfo=TZ), step_minutes=397)

S = People.staff_addr
P = People.pupil_addr
O = People.outside_addr

ALLSTAFF = ("allstaff@school.example", "All Staff")
TEACHING = ("teaching-staff@school.example", "Teaching Staff")
SUPPORT = ("support-staff@school.example", "Support Staff")
TUTORS7 = ("y7-tutors@school.example", "Year 7 Tutors")
ITDESK = ("ithelpdesk@school.example", "IT Helpdesk")
OFFICE = ("office@school.example", "School Office")
Y11 = ("year11@students.school.example", "Year 11 Students")
Y9 = ("year9@students.school.example", "Year 9 Students")
PARENTS7 = ("y7-parents@lists.school.example", "Year 7 Parents and Carers")

_n = [0]


def D(y, mo, d, h=10, mi=0):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=TZ)


GMT = datetime.timezone.utc


def when(n):
    """Deterministic send time for message n: spread over the autumn term, waking hours."""
    slot = (n * 97) % 300          # interleaves positives and negatives over the term
    day = datetime.date(2026, 9, 7) + datetime.timedelta(days=(slot * 3) // 10)
    tz = TZ if day < datetime.date(2026, 10, 25) else GMT
    return datetime.datetime(day.year, day.month, day.day, 7 + (n * 5) % 15, (n * 17) % 60, tzinfo=tz)


def mail(label, family, shape, direction, frm, to, subject, text, note, cc=(),
         cover=None, attach=None, html=None, inner=None, docx=None, zipm=None,
         subj_enc=None, hdrs=()):
    _n[0] += 1
    seed = "cl3/%s/%d" % (label, _n[0])
    text = text.strip("\n") + "\n"
    if cover is not None:
        cover = cover.strip("\n") + "\n"
    base = shape.split("+")[0]
    kw = {}
    date = when(_n[0])
    if base == "rfc822-forward":
        ifrm, ito, isubj, _, ishape = inner
        idate = date - datetime.timedelta(hours=3 + (_n[0] * 7) % 50, minutes=(_n[0] * 13) % 60)
        kw["inner"] = ms.inner_message(ifrm, ito, isubj, idate, text, seed, shape=ishape, html=html)
    elif base == "docx-attachment":
        paras = docx if docx is not None else [p.replace("\n", " ") for p in text.strip().split("\n\n")]
        kw["attach_bytes"] = ms.make_docx(paras, title=attach or subject)
        kw["attach_ctype"] = ms.DOCX_TYPE
    elif base == "zip-attachment" and zipm:
        kw["attach_bytes"] = ms.make_zip([(n, d.encode("utf-8")) for n, d in zipm])
    body = ms.body_for(base, text, seed, cover=cover, html=html, attach_name=attach, **kw)
    C.add(label, family, shape, note, direction, frm, to, subject, body, cc=cc,
          subj_enc=subj_enc, extra_headers=hdrs, date=date)


def pos(*a, **k):
    mail("positive", *a, **k)


def neg(*a, **k):
    mail("negative", *a, **k)


OUTLOOK = (("X-Mailer", "Microsoft Outlook 16.0"),)
IPHONE = (("X-Mailer", "iPhone Mail (21G93)"),)
TBIRD = (("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),)

# ===========================================================================
# POSITIVES
# ===========================================================================

# --- luck / curse chains ----------------------------------------------------

pos("luck-chain", "wrap72", "inbound", O(0), [S(0)], "FW: Fwd: good luck - do NOT delete!!", """
Hi Jo, my auntie sent me this one. I don't normally bother with these but you never know do you!! x

> This message has been round the world eleven times since it was first written by a monk in Portugal in 1953. Now the luck has come to you. Within four days of reading this you will receive good fortune, but only as long as you send it on. This is not a joke. Make copies and send them to 12 people you think could do with some luck. Do not send money, luck has no price. A woman in Leeds received it and sent it on the same afternoon and won four thousand pounds on a scratchcard the following Tuesday. A man in Cardiff ignored it and lost his job within the week. Whatever you do, do not break the chain. It works even if you are not superstitious.
""", "aunt's monk-in-Portugal luck letter, quoted, asks for copies to 12 people", hdrs=IPHONE)

pos("luck-chain", "7bit", "internal", P(2), [P(0), P(3), P(4), P(6), P(8)], "read this b4 midnight!!!!!", """
ok so i got this from my cousin and she goes to a different school so its legit. read ALL of it

there was a girl called Clara who got this message and laughed at it and deleted it and that night she heard scratching at her window. in the morning her mum went in and her bed was empty and there was mud on the carpet. she was never found.

if you dont send this to 15 people by midnight tonight Clara will come to YOUR window at 3:07am.
if you send it to 5 people you will have bad luck for a year.
if you send it to 15 people your crush will ask you out on friday.

im not risking it sorry guys x
""", "pupil horror chain: send to 15 people by midnight or the ghost girl comes")

pos("luck-chain", "qp", "inbound", ("bernie.callaghan@eirmail.example", "Bernadette Callaghan"), [S(10)], "Fwd: \u2618 An old Irish blessing for you \u2618", """
Sian love, this came from Theresa at church. Lovely words. Keep it going!! \U0001f340

\u2618\ufe0f\u2618\ufe0f\u2618\ufe0f

May the road rise up to meet you,
may the wind be always at your back,
may the sun shine warm upon your face,
and the rains fall soft upon your fields.

This blessing has been handed from person to person since 1921 and has never once been broken. Within seven minutes of reading it please pass it along to seven people you love, and something you have been waiting on will happen in seven days. If you ignore it the luck goes straight back to whoever sent it to you.

Please don\u2019t be the one who breaks it after 100 years \u2618\ufe0f

Bernie xx
""", "Irish blessing luck chain: pass to seven people in seven minutes", hdrs=IPHONE)

pos("luck-chain", "latin1", "inbound", ("lurdes.marques@correio.example", "Lurdes Marques"), [P(12)], "Fw: CORRENTE DA SORTE - não ignore", """
Sofia querida, a avó mandou-me isto. Não custa nada. Beijinhos da tia Lurdes

-----------------------
Esta corrente veio da Venezuela e já deu a volta ao mundo nove vezes. A sorte chegou agora até si.
Envie esta mensagem a 20 pessoas nas próximas 96 horas e receberá uma grande surpresa.
Não mande dinheiro. Não guarde esta mensagem.
O senhor Constantino recebeu a corrente em 1987, pediu à secretária que fizesse 20 cópias e ganhou a lotaria dias depois. Um empregado que a deitou fora perdeu tudo o que tinha.
NÃO QUEBRE A CORRENTE!
""", "Portuguese luck chain from an aunt to a pupil: send to 20 people in 96 hours")

pos("luck-chain", "cp1252", "outbound", S(17), [O(5), O(7), O(11), ("tracey.holt@example.net", "Tracey Holt")], "FW: Your angel has arrived", """
Thought of you lot when I got this! Don’t laugh at me… B x

_____________________________________________
An angel has been sent to watch over you today.

You were chosen because somebody thinks you deserve it. Angels travel in nines, so send this angel on to nine people in the next 24 hours – including the person who sent it to you – and make a wish before you press send. Your wish will come true at 11:11 tomorrow.

If you keep the angel to yourself she has to go back to heaven and take your wish with her.

“Angels are closer than you think.”
""", "TA sends 'angel' luck chain to friends: send to nine people in 24 hours", hdrs=OUTLOOK)

pos("luck-chain", "html-only", "inbound", ("lorraine.fitch@kmail.example", "Lorraine Fitch"), [S(19)], "make a wish!!! \u2728", """
Make a wish. Scroll down slowly.
""", "HTML luck chain with coloured text: make a wish and forward to 10 people in 10 minutes", html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="background:#fdf0ff;font-family:Comic Sans MS,cursive">
<p style="text-align:center;font-size:22px;color:#cc00cc"><b>MAKE A WISH</b></p>
<p style="text-align:center">Close your eyes... think of your wish... now scroll down slowly</p>
<p style="text-align:center">.</p><p style="text-align:center">.</p><p style="text-align:center">.</p>
<p style="text-align:center;color:#0066ff">Do you know why you got this?<br>Because someone out there loves you xxx</p>
<p style="text-align:center">This really works. Forward this to <font color="red" size="5"><b>10 people</b></font> in the next 10 minutes and your wish will come true tomorrow.<br>
Send it to 5 and it comes true in a month.<br>
Send it to nobody and it will <u>never</u> come true.</p>
<p style="text-align:center;font-size:11px">I did it and it worked for me!!!! Don't stop it now &#x1F496;</p>
</body></html>
""")

pos("luck-chain", "zip-attachment", "inbound", O(9), [S(16)], "something to brighten your week", """
Mark,

Open the file and follow the instructions, honestly it's worked for me twice now. Do it today.

Pete
""", "zipped text file with 'instructions for life' chain: send to 15+ people for your life to improve", attach="instructions_for_life.txt", zipm=[("instructions_for_life.txt", """INSTRUCTIONS FOR LIFE
(this has been passed on for years, read it to the end)

1. Give people more than they expect and do it cheerfully.
2. When you say "I love you", mean it.
3. Never laugh at anyone's dreams.
4. Remember that silence is sometimes the best answer.
5. Don't judge people by their relatives.
6. Spend some time alone every day.
7. Share your knowledge. It is a way to achieve immortality.

Now here is the important part. Do NOT keep this to yourself. Within 96 hours of reading it,
send this message on to other people and see what happens:

  0-4 people:   your life will improve slightly
  5-9 people:   your life will improve to your liking
  10-14 people: you will have at least five surprises in the next three weeks
  15 or more:   your life will change drastically and everything you ever dreamed of will
                begin to take shape

This is not superstition. Whoever breaks it will have bad luck. Just send it.
""")])

pos("luck-chain", "flowed-delsp", "internal", S(15), [S(14), S(16), S(19), S(24)], "Fwd: It's Friday so why not", """
I know, I know. But it's Friday and Ofsted haven't rung so clearly something is working. G

Begin forwarded message:

> DO NOT KEEP THIS MESSAGE. The good luck in this email has to leave your inbox within 96 hours or it turns into bad luck. It came from the Netherlands and has been round the world at least 90 times. You must send it on to ten people, and then wait. Something good will arrive in the post within four days, even if you don't believe in any of this. Gene Walsh got it in 2003, ignored it, and his house flooded. Ann Delaney forwarded it to ten people in her office and received a cheque she wasn't expecting. Keep the chain going - it only works if nobody breaks it.
""", "staff forwards Dutch 96-hour luck letter to colleagues")

pos("luck-chain", "text-attachment", "internal", P(17), [P(1), P(7), P(9), P(11), P(13), P(15), P(19)], "DONT IGNORE", """
THIS IS A CURSED MESSAGE. now that you have opened it you are part of it.

In 2009 a girl named Sadie was given a porcelain doll by her nan. The doll went missing the night her nan died. Ever since, the doll has followed this message. Every person who has read it and not passed it on has found the doll sitting at the end of their bed within 3 nights.

to break the curse u have to copy this whole thing and send it to 10 people before you go to sleep tonight. not 9. TEN.

if u do it the doll goes to someone else. if u dont... well. goodnight

(someone in Year 8 didnt believe it and now she sleeps in her mums room lol)
""", "pupil sends curse chain as .txt attachment: copy it to 10 people or the doll comes", attach="curse.txt", cover="""
open it. seriously
""")

# --- pupil "send to N" chains ------------------------------------------------

pos("send-to-n", "utf8-8bit", "internal", P(14), [P(0), P(2), P(4), P(8), P(10), P(16), P(18)], "\U0001f494\U0001f494 sorry gotta send this \U0001f494\U0001f494", """
\U0001f494 if u dont send this to 10 ppl ur gonna be single for the next 10 years \U0001f494

send to 0 = single forever lol
send to 3 = someone has a crush on u
send to 10 = they'll tell u tomorrow
send to 20 = ur going out by the end of the week \U0001f60d\U0001f60d

ik its prob fake but i cant risk it \U0001f62d\U0001f62d
""", "pupil love chain with send-to-N table")

pos("send-to-n", "base64", "internal", P(11), [P(5), P(7), P(9), P(13), P(17)], "this actually happened", """
Hi. My name is Annabelle. I am 11 years old. I died in a car crash on the bypass near Mansfield 12 years ago because the driver was looking at his phone. Nobody helped me. If you are reading this you have 24 hours to copy this email and send it to 20 other people. If you do not, I will come and stand at the end of your bed tonight and you will feel me breathing on your face.

This is REAL. A boy in year 8 in Manchester read it and didnt send it on and they found him in the morning with scratches all down his arms.

Send it. Now. I'm watching
""", "ghost-girl threat: copy to 20 people within 24 hours")

pos("send-to-n", "flowed", "internal", P(4), [P(2), P(6), P(8), P(10), P(12), P(14)], "try this its so weird how it works", """
omg do this properly dont cheat!!

1. think of a boy or girl u like
2. say their name out loud 3 times
3. think of a number between 1 and 9
4. now scroll down...........

.
.
.
.

the number u thought of is how many days until they tell u they like u. BUT it only works if u send this to 15 people in the next 143 minutes (143 = i love you). if u send it to less than 15 it goes the other way and they will go off u. dont break it!! it worked for leah lol
""", "crush game chain: send to 15 people in 143 minutes")

pos("send-to-n", "7bit", "outbound", P(9), [("kieran.b2011@gmail-like.example", "Kieran B"), ("ollie.w@kidsmail.example", "Ollie"), ("rio.t@kidsmail.example", "Rio")], "ur tagged", """
YOU HAVE BEEN TAGGED!!!!!!!

rules: you have to send this to 8 people within 1 hour, you cant send it back to the person who sent it to you. if you get tagged twice you have to do 16. if you dont do it you lose at everything for a month (fifa, football, tests, everything)

finn
""", "pupil 'you have been tagged' chain to outside friends: send to 8 people in an hour")

pos("send-to-n", "alternative", "internal", P(0), [P(2), P(4), P(6), P(8), P(12), P(14), P(16), P(18)], "kiss chain xoxox", """
\U0001f48b this is a kiss chain \U0001f48b

You have just been kissed by a friend!
Send this kiss to 10 friends (you can send it back to me!!) and the person you fancy will text you at 9:30 tonight.

If you get this back 3 times you are really loved
If you get it back 5 times you are SUPER loved
If you break it you'll get a massive spot on your nose for the school photo \U0001f602

love u all mia xx
""", "kiss chain: send to 10 friends or get a spot for the school photo")

pos("send-to-n", "wrap72", "internal", P(19), [P(1), P(3), P(5), P(7), P(9), P(11), P(13), P(15), P(17)], "momo is real", """
my brother showed me this it's real. my mate in year 9 at another school got it and didnt forward it and his tablet screen turned black and the momo face came on at 3am and started saying his name.

if you dont forward this email to 12 people in the next hour momo will get your address from your phone and she will come. do not tell your parents or she comes faster. send it to twelve people and you are safe
""", "Momo scare chain: forward to 12 people in the next hour, don't tell parents")

pos("send-to-n", "qp", "internal", P(8), [P(0), P(4), P(10), P(14), P(16)], "\U0001f631 READ THIS OR ELSE \U0001f631", """
sorry i had to \U0001f62c\U0001f62c

\u201cIf you read this you have to pass it on to 13 people by 12 o\u2019clock tonight. If you don\u2019t, you will die in your sleep within 13 days. The number 13 is unlucky for a reason. A girl in America called Jessica ignored this and she died 13 days later.\u201d

i know it says die but like better safe than sorry \U0001f480\U0001f480
""", "death-threat chain among pupils: pass to 13 people by midnight", subj_enc=("utf-8", "B"))

pos("send-to-n", "cp1252", "inbound", ("jasmine.k@teenmail.example", "Jasmine K"), [P(10)], "Fw: this is scary read it", """
isla i got this from my cousin in glasgow, you HAVE to send it on xx

-----Original Message-----
From: Kayla Ross
Sent: 14 October
Subject: this is scary read it

There is a man called the Silent Whisperer and he visits people who don’t pass this message on. Once you’ve read the first line you’re already in it. You’ve got until you go to bed to send this to 9 people – if you do, he’ll skip your house. If you don’t he’ll whisper your name through your letterbox at 2am and you won’t be able to move.
Don’t tell anyone you got it. Just send it. It’s not worth it…
""", "inbound from a friend outside: send to 9 people before bed or the whisperer comes", hdrs=OUTLOOK)

# --- prayer chains -----------------------------------------------------------

pos("prayer-chain", "wrap72", "internal", S(17), [S(0), S(2), S(6), S(10), S(13), S(21)], "Fwd: Novena to St Jude - please do this one", """
Morning ladies - I know some of you are going through a rough time at the minute so I'm sending this on. It really does work. Beth x

---------- Forwarded message ---------
From: Linda Carrick
Date: Sun, 13 Sept 2026
Subject: Novena to St Jude

May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. Sacred Heart of Jesus pray for us. St Jude, worker of miracles, pray for us. St Jude, helper of the hopeless, pray for us.

Say this prayer nine times a day for nine days and then pass it on to nine other people. Your prayer will be answered before the ninth day, however impossible it seems. It has never been known to fail. Please do not break this chain - somebody broke it in 2011 and had a year of misfortune.
""", "St Jude novena chain forwarded between staff: pass to nine people")

pos("prayer-chain", "qp", "inbound", ("grandma.pat1948@btmail.example", "Pat Wilkins"), [S(9)], "God is Good \U0001f64f\U0001f64f\U0001f64f", """
Daniel, I hope you are keeping well and eating properly. This came from Reverend Hills wife. Please do it, Love Mum xx

\U0001f64f GOD IS GOOD \U0001f64f

If you love Jesus and you are not ashamed of Him, send this message to 10 people including the person who sent it to you. Watch what happens tomorrow!!

If you delete it you are saying you are ashamed of Him, and He said that if we are ashamed of Him, He will be ashamed of us before His Father.

The devil will try to stop you sending this. Don\u2019t let him win. \u271d\ufe0f\u271d\ufe0f

Amen \U0001f64f
""", "mother sends 'if you love Jesus send to 10 people' chain to staff member")

pos("prayer-chain", "latin1", "inbound", ("m.lefevre@courriel.example", "Martine Lefèvre"), [S(15)], "Fw: Prière à Sainte Rita", """
Chère Grace, une amie m'a envoyé cette prière, je pense à toi et à ta famille. Bises, Martine

Prière à Sainte Rita, patronne des causes désespérées.
Ô Sainte Rita, toi qui as connu la souffrance, écoute ma prière et intercède pour moi auprès de Dieu.

Envoyez cette prière à 13 personnes dans les 24 heures qui suivent et dans quatre jours vous recevrez une grande grâce. Ne cassez surtout pas la chaîne : une dame à Lyon l'a gardée pour elle et elle a tout perdu. Ceci n'est pas une plaisanterie.
""", "French prayer chain (latin-1): send to 13 people in 24 hours")

pos("prayer-chain", "html-only", "inbound", ("dot.ramsbottom@oldmail.example", "Dorothy Ramsbottom"), [S(22), S(19)], "PRAYER WARRIORS NEEDED TODAY", """
prayer warriors
""", "HTML prayer-warrior chain: forward to everyone in your address book to show you're not ashamed", html="""<html><head><meta charset="utf-8"></head><body>
<div style="text-align:center;font-family:Georgia,serif;font-size:16px">
<p style="color:#663399;font-size:24px"><b>&#10013; PRAYER WARRIORS NEEDED &#10013;</b></p>
<p>Tonight at 9pm millions of Christians around the world will be praying together for the children of this country.</p>
<p>I am asking every prayer warrior who receives this to stop what they are doing, say a short prayer, and then <b>forward this message to everyone in your address book</b> before 9pm so we can reach ONE MILLION people.</p>
<p style="color:#990000">Do not let this stop with you. If you break the chain you are letting the children down.</p>
<p>God bless you all<br>&#9829; Dorothy &#9829;</p>
<p style="font-size:11px;color:#888">Please do not remove this message, just add your own words and send it on</p>
</div></body></html>
""")

pos("prayer-chain", "smime-signed", "internal", S(20), [S(3), S(11), S(12), S(18), S(23)], "FW: A candle for the children", """
Colleagues - received this from a friend who teaches in Bolton. Very moving. Please keep it moving.

Stuart Kemble
Business Studies

-----Original Message-----
Subject: A candle for the children

Light a candle in your heart tonight for every child who goes to bed hungry or frightened.

This candle has been passed from teacher to teacher since 2015. It has been to 63 countries. Please pass it on to every teacher and teaching assistant in your contacts so that by the end of the week every school in the country has lit one. Don't let the flame go out in your inbox.
""", "S/MIME-signed staff mail passing on a 'candle' chain to every teacher in your contacts", hdrs=OUTLOOK)

pos("prayer-chain", "docx-attachment", "inbound", ("bernadette.q@parishmail.example", "Bernadette Quinn"), [S(6)], "Rosary chain - print and pass on", """
ROSARY CHAIN OF HOPE

Dear friend in Christ,

This chain of prayer was started by a group of sisters in Knock and has now gone around the world many times. It was given to me and I am giving it to you.

Say one decade of the rosary for the intentions of the person who sent it to you. Then copy this letter and give or send it to twelve people within twelve days.

Those who kept the chain going have had prayers answered, healings and good news. One family who threw it away had a serious accident within the month.

Do not keep this letter. Do not break the chain. Our Lady is counting on you.
""", "prayer chain letter in a .docx: copy and send to twelve people in twelve days", attach="Rosary_Chain.docx", cover="""
Aisha dear,

I know you're not Catholic but prayer is prayer. Please print it and pass it on to 12 people, I've done mine.

God bless
Bernadette
""")

pos("prayer-chain", "flowed", "outbound", S(21), [("mum.varga@example.net", "Mum"), O(13), O(3), ("eszter.k@mailbox.example", "Eszter")], "Fwd: \u2764 Angel prayer \u2764", """
I know you'll all roll your eyes but just do it, for Nan xx

Begin forwarded message:

> Lord, watch over whoever reads this message. Keep them safe from harm, give them strength for tomorrow and peace tonight.
>
> This prayer has been sent to you by someone who cares about you. Within the next hour, send it to 7 people you want God to watch over. Tomorrow will be the best day you have had in a long time.
>
> Don't let it die with you. \u2764
""", "staff forwards angel prayer to family: send to 7 people within the hour")

pos("prayer-chain", "rfc822-forward", "internal", S(13), [S(0), S(17), S(10)], "Fw: Prayer for Lexi (attached)", """
Dear friends,

Little Lexi is four years old and is in hospital tonight fighting for her life after surgery. The doctors have done everything they can. Her mummy has asked for one thing: for as many people as possible to pray for her.

Please say a prayer for Lexi, and then send this on to everyone you know. If this email reaches 5,000 people by Sunday, the family believes God will hear us. One prayer each. That's all it takes.

Do not delete this. Do not be the one who stops it.

God bless you
""", "school nurse forwards as attachment a prayer-for-Lexi chain: send to everyone you know", cover="""
Girls, sending this on as I promised Karen I would. Please keep it going.
N
""", inner=(("karen.dunmore@example.org", "Karen Dunmore"), [S(13)], "Prayer for Lexi", D(2026, 10, 2, 21, 14), "qp"), attach="Prayer for Lexi.eml")

# --- virus hoaxes ------------------------------------------------------------

pos("virus-hoax", "7bit", "inbound", O(4), [S(5)], "WARNING!!! read and pass on", """
Tom mate this came through from the lads at work, thought you should know with all your school laptops etc.

IF YOU GET AN EMAIL CALLED "A CARD FOR YOU" DO NOT OPEN IT!!! It has a virus hidden in it that opens a greetings card and while you are looking at it, it burns the whole C drive of your computer. There is NO fix for it. Microsoft announced yesterday that it is the most destructive virus ever and McAfee have confirmed it.

FORWARD THIS WARNING TO EVERYONE IN YOUR CONTACTS LIST. Better to get it 25 times than not at all.

Kev
""", "'A card for you' virus hoax: forward to everyone in your contacts")

pos("virus-hoax", "wrap72", "internal", S(4), [ALLSTAFF], "RE: URGENT virus warning - please read", """
Sorry to reply all but I've just had this from my husband who works in IT so it must be genuine. Please forward to your friends and family, I have done mine.

Helen

From: Gary Whitcombe
Subject: URGENT virus warning

Heads up everyone. Over the next few days you may get an email with an attachment called "Dance of the Pope". Do NOT open it, whatever you do. It will wipe your hard drive and send itself to every single person in your address book. It was on the BBC news this morning apparently. The police are saying it is from a gang in Eastern Europe and it cannot be removed once opened. Please pass this warning on to everyone you have in your contacts as soon as possible so nobody gets caught out.
""", "business manager reply-alls a 'Dance of the Pope' hoax and asks staff to forward to family")

pos("virus-hoax", "qp", "internal", P(3), [P(1), P(5), P(7), P(9), P(11), P(13), P(17), P(19)], "\u26a0\ufe0f dont open any zoom invite called class photos \u26a0\ufe0f", """
\u26a0\ufe0f\u26a0\ufe0f WARNING \u26a0\ufe0f\u26a0\ufe0f

my dad said this is going round. if anyone sends you a zoom or teams invite called "Class Photos 2026" DONT CLICK IT. it hacks your camera and records you and takes every password on your laptop including your school one. it happened to a girl in leicester.

send this to everyone in your contacts so no one gets hacked \U0001f64f\U0001f64f tell your whole form
""", "pupil virus hoax about a fake 'Class Photos 2026' invite, send to everyone in contacts", subj_enc=("utf-8", "Q"))

pos("virus-hoax", "base64", "inbound", ("roger.fenwick@seniornet.example", "Roger Fenwick"), [S(8)], "IMPORTANT - teddy bear virus - check your PC now", """
Caroline,

Your uncle Roger here. This is a serious one so please read it.

There is a virus that may already be on your computer without you knowing. It arrives through your address book and sits there for 14 days before it destroys the hard disk. Look for it like this:
1. Go to Start, then Search
2. Type in jdbgmgr.exe
3. If it finds a file with a little grey teddy bear icon, DO NOT OPEN IT
4. Right click it and delete it, then empty the recycle bin

If you find it you must then send this message to EVERYBODY in your address book, because you will have passed it to them without knowing. I found it on mine and so I am sending this to all of you.

Sorry for the trouble. Love to Phil and the boys.
Roger
""", "teddy-bear jdbgmgr.exe hoax: delete the file and send to everybody in your address book")

pos("virus-hoax", "html-only", "inbound", ("sue.pennington@example.com", "Sue Pennington"), [S(2), S(20)], "Fw: WORST VIRUS EVER - CONFIRMED BY CNN", """
worst virus
""", "HTML virus hoax with red capitals: confirmed by CNN, send to all your contacts", html="""<html><body style="font-family:Arial">
<p>Please read this and pass it on!! Sue</p>
<hr>
<p style="color:red;font-size:20px"><b>WARNING!!! NEW VIRUS!!!</b></p>
<p>In the next few days <b>DO NOT</b> open any message with an attachment called <b>"POSTCARD FROM HALLMARK"</b> regardless of who sent it. It is a virus which opens a postcard image, which &quot;burns&quot; the whole hard disc of your computer.</p>
<p>This virus will be received from someone who has your e-mail address in his/her contact list. That is why <u>you need to send this e-mail to all your contacts</u>. It is better to receive this message 25 times than to receive the virus and open it.</p>
<p style="background:yellow">This is the worst virus announced by CNN. It has been classified by Microsoft as the most destructive virus ever. This virus was discovered by McAfee yesterday, and there is no repair yet for this kind of virus.</p>
<p><b>SEND THIS TO EVERYONE YOU KNOW!!!!!</b></p>
</body></html>
""")

pos("virus-hoax", "alternative", "outbound", S(12), [O(8), O(12), ("shazia.q@familymail.example", "Shazia")], "Fwd: Whatsapp voice note virus", """
Salaam all, please be careful and share this with everyone in the family group and your contacts, the kids especially.

Farhan

--------
From tomorrow there will be a voice note sent round called "Eid Mubarak greetings from the family". It is a virus. If you play it your phone will be hacked in ten seconds and they take your banking details. It was on the news in Pakistan. Even the police cyber crime unit says do not open it.

Please send this warning to all the people you know so nobody's phone gets hacked.
""", "staff forwards voice-note virus hoax to family: send this warning to all the people you know")

pos("virus-hoax", "flowed-delsp", "internal", S(16), [S(5), S(9), S(14), S(24)], "Fwd: Warning from the police - pass this on", """
Lads, Nadine's cousin is in the police so this is legit. Pass it round.

> POLICE WARNING. If you receive a text or email with a link saying "You have an outstanding parcel from Royal Mail, click here to rearrange", DO NOT CLICK. The link installs a virus that reads every message on your device and empties any bank app within the hour. They are targeting teachers and nurses this week because our details were in a data leak. Please copy this message and send it to every contact in your phone and email so that everyone is aware. The more people who share it the fewer people get scammed.
""", "fake police virus warning among staff: send it to every contact in your phone and email")

pos("virus-hoax", "cp1252", "inbound", ("gail.hibbert@example.net", "Gail Hibbert"), [S(0), S(21)], "FW: FW: FW: ***VIRUS ALERT***", """
Sent on from my sister. Please forward, it’s better to be safe! Gail

-----Original Message-----
From: Janice Hibbert
Sent: 08 October 2026 19:02
Subject: FW: FW: ***VIRUS ALERT***

>> Pls pass this to all your friends & family!!!
>>
>> If anyone in your address book sends you a file called “Life is beautiful.pps” – DO NOT OPEN IT. Once opened, a message will appear saying “It’s too late now, your life is no longer beautiful” and you will lose every file on your computer and the person who sent it will get access to your name, e-mail and password.
>>
>> The anti-virus companies have confirmed it. AOL have said it is a very dangerous virus. Forward this message to everyone in your address book – we must all work together to stop it!!
""", "'Life is beautiful.pps' hoax with several forward layers, forward to everyone in your address book", hdrs=OUTLOOK)

pos("virus-hoax", "text-attachment", "internal", S(18), [S(4), S(10), S(11), S(23), S(25)], "Virus warning - see attached, please share", """
**** VIRUS WARNING ****

A new virus is going round by email this month. It arrives as a message saying "Your tax refund is ready" with a PDF attached. The PDF is blank but as soon as it opens it wipes your documents and photos and there is nothing IT can do to get them back.

It also spreads itself to everyone you have ever emailed.

HMRC have confirmed they do not send these. Norton say there is no cure.

PLEASE COPY THIS AND SEND IT TO ALL YOUR FRIENDS, FAMILY AND WORK COLLEAGUES TODAY.
The more people know, the less damage it does. Don't assume someone else will send it.
""", "attendance officer sends typed-up virus hoax as .txt and asks colleagues to send it to everyone", attach="VIRUS WARNING.txt", cover="""
Hi all,

My neighbour printed this off for me and I have typed it up (attached). Please send it on to everyone you know - I have sent it to my whole family.

Imran
""")

pos("virus-hoax", "html-attachment", "inbound", ("alerts@safe-surfing-uk.example", "Safe Surfing UK"), [S(7)], "Security bulletin: share with all your users", """
<<< SAFE SURFING UK - ALERT >>>

A dangerous new piece of malware is spreading through schools in England, hidden in an email titled "Updated timetable". It deletes every file on the school server the moment the attachment is opened and no antivirus can detect it.

Microsoft, Google and the National Crime Agency have all confirmed this threat.

To protect your school you must forward this alert to every member of staff, every parent and every pupil on your mailing lists today, and ask each of them to forward it to everyone in their own contacts. Only by passing it on to as many people as possible can we stop it spreading.
""", "inbound 'security bulletin' html attachment that asks IT manager to forward to everyone and have them forward on", attach="ALERT_timetable_virus.htm", cover="""
Dear IT Manager,

Please read the attached bulletin and act on it immediately.

Safe Surfing UK volunteers
""")

pos("virus-hoax", "rfc822-forward", "inbound", O(10), [S(11)], "Fw: please read & pass on", """
Hi everyone,

Please check your Facebook and email contacts. If a man called Tom Reddington sends you a friend request or an email, DO NOT accept it and DO NOT open it. He is a hacker and has a system that gets into your computer, and if one of your contacts accepts him you will be hacked too.

Copy this message and send it to all your contacts. Even if you only have a few, send it. Better safe than sorry.

Thanks
Moira
""", "parent forwards as attachment a 'hacker friend request' hoax asking to send it to all your contacts", cover="""
Rebecca, pls read the one attached from Moira, and send it to all of your lot at school too. M
""", inner=(("moira.lattimer@example.org", "Moira Lattimer"), [O(10), O(2), O(5)], "please read & pass on", D(2026, 10, 11, 8, 3), "7bit"), attach="please read & pass on.eml")

pos("virus-hoax", "utf8-8bit", "internal", S(3), [TEACHING], "\u26a0\ufe0f NEW VIRUS \u2013 PLEASE READ \u26a0\ufe0f", """
All,

Passing on as requested by my brother-in-law (he's in cyber security) \u2013 he says it\u2019s the real deal.

\u201cIf you get an email this week with the subject \u2018Staff pay rise 2026\u2019 DO NOT OPEN IT. It\u2019s a virus that targets public sector workers. It steals your payroll log-in and changes your bank details so your salary goes elsewhere. It has already hit several councils.

Please share this with every colleague and friend you\u2019ve got \u2013 the more people who get it the better.\u201d

Gareth
Deputy Head
""", "deputy passes on 'staff pay rise' virus hoax to teaching staff: share with every colleague and friend", subj_enc=("utf-8", "B"))

pos("virus-hoax", "zip-attachment", "internal", P(15), [P(1), P(3), P(9), P(11), P(17), P(19)], "PLEASE READ (opened on my laptop its fine)", """
read the txt file and do what it says. this is serious
""", "pupil sends zipped Roblox-hacker hoax: send to every person in your contacts", attach="PLEASE READ.txt", zipm=[("PLEASE READ.txt", """ROBLOX WARNING!!!!!

if a player called xX_JessieL0ve_Xx adds you DONT accept. she is a hacker and she will get your account, your parents bank card and your IP address. she has already hacked 40,000 accounts.

if anyone in your friends list accepts her you get hacked too.

copy this and send it to every single person in your contacts and tell them to send it to everyone in theirs. if you dont you will lose your account.
""")])

pos("virus-hoax", "smime-signed", "internal", S(24), [S(7), S(9), S(14), S(16), S(20)], "FW: Heads up - new phone virus (please forward)", """
Guys - got this from a friend at the council. Signed & all so you know it's me. Please forward it to everyone in your contacts as it asks.

Yusuf

> A virus is being sent round by text and WhatsApp as a video called "Dancing Grandma". When you open it your phone freezes and all your photos and contacts are sent to the hacker. There is no fix. Samsung and Apple have confirmed it. Forward this to everyone in your contacts NOW - don't wait until tomorrow.
""", "signed staff mail forwarding 'Dancing Grandma' virus hoax")

pos("virus-hoax", "latin1", "inbound", ("kasia.nowak@pocztapl.example", "Kasia Nowak"), [S(23)], "Fw: virus - prosze przeczytac / please read", """
Dear Kerry, my English is not so good, my brother in Poland sent this, I translate it. Please send to all your friends. Kasia

*** UWAGA - VIRUS ***
Do not open any e-mail with "Photo of you at the party" in the title. It is virus that destroys the hard disk in 30 seconds. Microsoft say there is no programme to stop it. It go from computer to computer by address book. Please send this message to all the friends and all the people in your address list. It is very important. Thank you.
""", "parent (broken English) sends 'photo of you at the party' virus hoax: send to all people in your address list")

# --- fake giveaways paying per forward ----------------------------------------

pos("fake-giveaway", "wrap72", "inbound", O(1), [S(9)], "Fw: FW: this is real - I got the cheque!", """
Dan, my mate Gaz swears he got a cheque for this. What've we got to lose. Forward it on mate. Dave

> > Dear friends, please do not think this is a scam. My name is Ron Cutler and I am a lawyer. Microsoft and AOL are now the largest internet companies and in an effort to make sure that Internet Explorer remains the most widely used program, Microsoft and AOL are running an e-mail beta test. When you forward this e-mail to friends, Microsoft can and will track it for a two-week time period. For every person you forward this e-mail to, Microsoft will pay you $245. For every person that you sent it to that forwards it on, Microsoft will pay you $243, and for every third person that receives it, you will be paid $241. Within two weeks, Microsoft will contact you for your address and then send you a cheque. I thought this was a scam myself, but two weeks after forwarding it I got a cheque for $4,324.44.
""", "Microsoft/AOL pay-per-forward tracking hoax with two quote levels")

pos("fake-giveaway", "7bit", "internal", P(13), [P(1), P(3), P(5), P(7), P(11), P(15), P(17), P(19)], "free jordans (not clickbait)", """
yo this is actually real my cousin got his yesterday

NIKE are celebrating 60 years and giving away a free pair of trainers to the first 6000 people. all you have to do is forward this email to 20 people and they track it. when it gets to 6000 they email you for your size.

send it to the whole year quick before it runs out
""", "pupil 'Nike free trainers' forward-to-20 giveaway hoax")

pos("fake-giveaway", "qp", "inbound", ("carol.dyson@example.org", "Carol Dyson"), [S(11), S(13)], "Fwd: \u00a3250 supermarket voucher - forward to 15 friends!", """
Girls I\u2019ve done it, takes two mins!!! \U0001f6d2\U0001f6d2

\U0001f389 CELEBRATING OUR 100th BIRTHDAY \U0001f389

To say thank you to our loyal customers we are giving every family a \u00a3250 shopping voucher.
To claim yours simply forward this message to 15 friends. Once our system has confirmed you have shared it, your voucher will be emailed to you within 48 hours.

Only 2,000 vouchers left \u2013 don\u2019t miss out!!

\u2705 Forward to 15 people
\u2705 Wait 48 hours
\u2705 Enjoy your shopping!
""", "supermarket '\u00a3250 voucher for forwarding to 15 friends' hoax")

pos("fake-giveaway", "html-only", "inbound", ("ellen.marsh@familymail.example", "Ellen Marsh"), [P(18)], "Disney is giving away holidays!!!! \U0001f3f0", """
Disney
""", "HTML Disney email-tracking giveaway: forward to as many people as possible for a free holiday", html="""<html><head><meta charset="utf-8"></head><body>
<p>Maryam, auntie says do this one for your mum xx</p>
<table style="border:3px dashed #3366ff;padding:10px"><tr><td>
<p style="font-size:20px;color:#3366ff"><b>Hello Disney fans!</b></p>
<p>My name is Walter Disney Jr. Disney is celebrating its anniversary and is trialling a new e-mail tracking program. Every family who forwards this message will be entered into our system.</p>
<p>When this message reaches <b>13,000 people</b>, 1,300 of the people on the list will receive <b>$5,000</b> each and the rest will receive a free trip for two to Disney World for one week.</p>
<p>Your e-mail address will be tracked so please <b>forward this to as many people as possible</b>. Remember, it only works if you send it on!</p>
<p>Walt Disney Jr.</p>
</td></tr></table></body></html>
""")

pos("fake-giveaway", "alternative", "internal", S(10), [S(4), S(11), S(17), S(23)], "FW: FREE FLIGHTS \u2708\ufe0f!!", """
Quick, do it before it closes!! Sian \u2708\ufe0f

\u2708\ufe0f To celebrate our 35th anniversary we are giving away two free return tickets to anyone who shares this message with 10 friends!

Step 1: Forward this email to 10 of your friends
Step 2: Reply with the word DONE
Step 3: Check your email on 30 September for your tickets

Hurry, there are only 500 pairs of tickets left. Offer ends Sunday.
""", "office manager forwards 'free flights for sharing with 10 friends' hoax to colleagues")

pos("fake-giveaway", "base64", "outbound", P(7), [("jake.r.2012@kidsmail.example", "Jake"), ("b.osei@kidsmail.example", "Ben"), ("lewisp@playmail.example", "Lewis")], "FREE ROBUX 100% working", """
OFFICIAL ROBUX GIVEAWAY!!!

roblox are giving 10,000 free robux to everyone who sends this to 10 people. the email gets tracked by roblox so they know you did it. you get it in 3 days. i already done it

SEND IT TO 10 PEOPLE
(dont send it back to me it doesnt count)
""", "pupil sends 'free Robux for sending to 10 people' to friends outside")

pos("fake-giveaway", "latin1", "inbound", ("alan.pryor@example.net", "Alan Pryor"), [S(5)], "FW: Free £100 fuel card", """
Tom, I know it sounds too good to be true but my neighbour got his fuel card through the post last week. Worth a shot.

>>> To celebrate 50 years in the UK we are giving away a £100 fuel card to everyone who forwards this e-mail to 12 other people. Our software will count how many people you have passed it on to. Once it reaches 12 you will be sent a claim form. This offer is genuine and ends on 31 October. Don't delete it - forward it!
""", "fuel-card giveaway hoax (latin-1, £): forward to 12 other people")

pos("fake-giveaway", "html-attachment", "inbound", ("lisa.grundy@example.com", "Lisa Grundy"), [S(25)], "Fw: this could pay for the PTA Christmas fair!", """
AMAZON 30th BIRTHDAY THANK YOU

We are giving a £20 gift card to every person who forwards this e-mail. For each person you forward it to, you will receive a further £5, up to £500.

Our e-mail tracking system will follow this message for 14 days. At the end of that time you will be contacted for your address.

Please forward this to everybody on your mailing lists. This is not a chain letter, it is a genuine promotional offer.
""", "gift-card-per-forward hoax in an html attachment, parent suggests sending to the PTA list", attach="amazon_birthday.html", cover="""
Hi Fiona, if we send this round the whole PTA mailing list and they all send it on we could get loads of vouchers for the fair! Forward it on to everyone. Lisa
""")

pos("fake-giveaway", "flowed", "internal", S(1), [S(9), S(14), S(16)], "Fwd: Bill Gates money", """
Just in case ;-) M

---------- Forwarded message ---------
Subject: Bill Gates is sharing his fortune

Hello everyone. Bill Gates here. I am giving away part of my fortune. If you ignore this you will regret it. Windows is still the most used program and we are testing a new tracking system for this email. For every person who receives this message from you I will pay you $1,000. When the message has gone to 1,000 people, everyone on the list gets $1,000 each. Forward it to everyone you know. This is not a joke and it is not spam. Bill Gates
""", "Head of Science forwards 'Bill Gates sharing fortune' chain 'just in case'")

pos("fake-giveaway", "utf8-8bit", "internal", P(5), [P(1), P(3), P(7), P(9), P(13), P(15)], "\U0001f525 FREE V-BUCKS \U0001f525 (epic confirmed)", """
\U0001f525\U0001f525 EPIC GAMES V-BUCKS GIFT \U0001f525\U0001f525

epic are giving 13,500 vbucks to 10,000 players to say sorry for the servers going down. to get yours copy this whole message and email it to 25 people. when they see its been sent 25 times your account gets them \U0001f4b0

DO IT BEFORE FRIDAY OR IT EXPIRES
""", "V-bucks chain: copy and email to 25 people")

pos("fake-giveaway", "docx-attachment", "inbound", ("sheila.brough@example.org", "Sheila Brough"), [S(4)], "Coca-Cola promotion - forward to colleagues", """
COCA-COLA 140th ANNIVERSARY PROMOTION

To celebrate 140 years, Coca-Cola is giving away a free case of 24 cans to every household that takes part.

How to take part: forward this document to 20 friends or work colleagues. Our e-mail tracking will count the number of people who have received it from you.

Every household that reaches 20 forwards will receive a voucher by post within 21 days.

Please do not break the chain, the promotion only works if the document keeps being passed on.
""", "fake Coca-Cola promotion in a .docx: forward to 20 friends or colleagues", attach="CocaCola_promotion.docx", cover="""
Helen, I've sent this to everyone at the WI, you could send it to all the staff at school! Sheila
""")

pos("fake-giveaway", "cp1252", "internal", S(11), [S(4), S(10), S(13), S(25)], "FW: Free afternoon tea – genuine!!", """
I’ve checked and it’s genuine – my sister got hers! Rebecca

-----Original Message-----
Subject: Free afternoon tea – genuine!!

To celebrate our 10th birthday we’re treating 5,000 people to a free afternoon tea for two (worth £45).
All you need to do is forward this e-mail to 10 of your friends. We’ll be able to see who has passed it on, and your voucher will arrive within 7 days.
Don’t delete it – forward it!
""", "exams officer forwards free-afternoon-tea pay-per-forward hoax to colleagues", hdrs=OUTLOOK)

# --- fake missing-child / sick-child appeals -------------------------------------

pos("missing-child", "wrap72", "inbound", ("donna.leyland@example.net", "Donna Leyland"), [S(12)], "PLEASE FORWARD - missing girl Kayleigh", """
PLEASE PLEASE FORWARD THIS ON. This is my friend's niece, Kayleigh Ashworth, she is 9 years old and went missing from outside her school in Doncaster yesterday at 3.15pm. She was wearing a navy coat and pink trainers. Her mum is absolutely beside herself.

The police say the first 48 hours are the most important. If everyone who gets this forwards it to everyone in their address book it could reach somebody who has seen her. It only takes a second. Please don't just delete it, this could be your child.

Send it to all your contacts, and ask them to do the same. THANK YOU xx
""", "fake missing-girl appeal: forward to everyone in your address book and ask them to do the same")

pos("missing-child", "qp", "internal", S(13), [S(0), S(2), S(17), S(21)], "Fwd: missing boy \u2013 please share \U0001f494", """
This is awful \U0001f494 please pass it on to as many as you can. Nic

---------- Forwarded message ---------

\U0001f6a8 MISSING \U0001f6a8 Please help. Our little boy Mason (7) was taken from the play area at a supermarket car park on Saturday afternoon. A man in a grey hoodie was seen leading him away. The police are not doing enough.

Please forward this email to everyone you know. Someone out there knows something. If every person sends it to 10 people we can get his face seen across the whole country by tonight. Don\u2019t scroll past. Share, share, share.
""", "school nurse forwards fake missing-boy appeal: send to 10 people each")

pos("missing-child", "html-only", "inbound", ("k.ferris@example.org", "Kim Ferris"), [S(0), S(15), S(19)], "MISSING CHILD - please forward to everyone", """
missing
""", "HTML missing-child poster asking to forward to everyone in your address book", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif">
<div style="border:4px solid red;padding:12px;max-width:560px">
<h1 style="color:red;text-align:center">MISSING</h1>
<p style="text-align:center"><b>Ellie-Mae Prosser, age 6</b><br>Last seen Friday near the precinct with a man in his 40s.</p>
<p>Please, I'm begging you, <b>forward this to everyone in your address book</b>. Her grandmother is a friend of mine. It has already gone all over the north west and we need it to reach the whole country.</p>
<p>It will take you two seconds. Do not break the chain, a little girl's life may depend on it.</p>
<p style="font-size:12px;color:#555">This message was sent to me by Denise Prosser's next door neighbour. Please keep it going.</p>
</div></body></html>
""")

pos("missing-child", "alternative", "inbound", O(13), [S(6)], "Fw: Amber alert - pass it on, it's real", """
Aisha, I know you're the safeguarding person at school, please send this on to all the parents too.

AMBER ALERT. A 13-year-old girl named Tianna was abducted outside her home this morning. The suspect is driving a silver car. The police have asked everyone to forward this message to as many people as possible. If you are a parent, please send this to all the parents you know. If this gets to enough people they will find her.

Please don't delete this. It could be your daughter. Keep passing it on.
""", "parent forwards fake Amber Alert to DSL, asks to send to all parents")

pos("missing-child", "cp1252", "outbound", S(0), [O(0), O(2), ("chrissie.h@example.com", "Chrissie"), ("mark.hartley@example.net", "Mark")], "FW: Little boy missing from the beach – please forward", """
This came through on the school parents’ group – please send it on to everyone you know. Jo x

-----Original Message-----
Subject: Little boy missing from the beach – please forward

PLEASE SHARE!!! This is my nephew Oliver, he’s 4. He went missing from the beach at Skegness about an hour ago. He has blond hair and was wearing red swimming shorts. Please forward this email to everyone in your contacts – it has already been sent to over 20,000 people. Let’s get Oliver home!!
""", "staff member forwards fake missing-nephew appeal to family and friends", hdrs=OUTLOOK)

pos("missing-child", "text-attachment", "inbound", ("b.quigley@example.com", "Brenda Quigley"), [S(10)], "missing girl - read attachment", """
MISSING - PLEASE PASS ON

Lily Dunford, 11, has been missing since Tuesday. She left to walk to her friend's house and never got there. Her parents are desperate.

PLEASE send this email on to every single person you know and ask them to send it on too. We need it to go round the whole country. I got this from my work and the woman who wrote it is a friend of the family.

Thank you. God bless.
""", "fake missing-girl appeal as .txt attachment: send to every person you know", attach="Lily_missing.txt", cover="""
Sian can you send this to all the parents on the school list please? It's important. Brenda Quigley (Liam's nan)
""")

pos("missing-child", "latin1", "inbound", ("carmen.ruiz@correoes.example", "Carmen Ruiz"), [P(12), S(15)], "URGENTE: niña desaparecida - reenvíalo", """
Por favor, reenvía este mensaje a todos tus contactos.

Se busca a Lucía, de 8 años, desaparecida ayer en el parque cerca de su casa en Málaga. Llevaba una camiseta amarilla y zapatillas blancas. La policía pide que este mensaje llegue al mayor número de personas posible.

No lo borres. Envíalo a todos los que conozcas. Cada persona cuenta. ¡Gracias!
""", "Spanish (latin-1) fake missing-girl appeal: forward to all your contacts")

pos("missing-child", "docx-attachment", "internal", S(21), [S(0), S(13), S(17), S(25)], "Missing child poster - please share as widely as you can", """
MISSING

Alfie Robbins, aged 5. Taken from outside his nursery on Monday morning by a woman in a white car.

The family have asked that this poster is sent to as many people as possible. Please email it to everyone in your contacts and ask them to send it on to everyone in theirs. If everyone sends it to 10 people it will be all over the country by the weekend.

Please do not ignore this. Keep it going.
""", "missing-child poster in .docx forwarded between staff: send to everyone in your contacts", attach="MISSING_Alfie.docx", cover="""
Hi all, a friend in Sheffield sent me this. Please share it as widely as you can. Lucy
""")

pos("sick-child", "7bit", "inbound", O(6), [S(3)], "Fw: little Amy needs your help", """
Gareth, my wife asked me to send this to everybody. Regards, Bogdan

Hi, my name is Amy Bruce and I am 7 years old. I have a very bad tumour in my brain and the doctors say I will die soon if I don't get an operation. My family does not have enough money. The Make-A-Wish Foundation has agreed to give 7 pence to my operation every time this email is forwarded. Please, please send it to everyone you know. Only people with no heart will delete this.
""", "'7p per forward' sick-child hoax forwarded by a parent")

pos("sick-child", "flowed", "inbound", ("norma.bailey@seniornet.example", "Norma Bailey"), [S(22)], "FW: baby Jessica - every forward counts", """
Dear Alan, I know you'll want to help with this. Kind regards, Norma

> Baby Jessica was born with a hole in her heart and she needs an operation in America that costs thousands of pounds. A large company (they do not want to be named) has promised to donate 10p for every time this email is forwarded. So far it has raised over \u00a330,000. Please don't stop now. Forward this email to all of your friends. It costs you nothing. Jessica's mum says thank you from the bottom of her heart.
""", "chaplain gets baby-Jessica 10p-per-forward hoax from parishioner")

pos("sick-child", "base64", "internal", P(16), [P(0), P(2), P(4), P(6), P(8), P(10), P(12), P(14), P(18)], "pls send this on its for a little girl", """
pls everyone send this on its for a little girl called Bella she has leukaemia and she is only 6.

facebook and google have said that they will give $1 for every person who forwards this email and $2 if you forward it to 20 people. it is to pay for her treatment.

if u dont send it ur basically saying u dont care. please dont be like that. send it to EVERYONE
""", "pupil passes on a '$1 per forward' sick-child chain to form group")

pos("sick-child", "rfc822-forward", "outbound", S(2), [O(15), O(11)], "Fw: for the little lad, please forward", """
Hello everyone,

My friend's grandson Tommy is 5 and has a very rare illness. He needs treatment in Germany that the NHS won't pay for.

A big phone company has promised to donate 5p every time this email is sent on. Please, please send it to everyone in your address book today. It costs nothing and it could save his life. Don't let it stop with you.

Thank you
Gwen
""", "SENCo forwards as attachment a '5p per forward' sick-child chain to friends outside", cover="""
Tanya, Wendy - this came to me from Gwen at choir. I've sent it to everyone I can think of, please do the same xx Priya
""", inner=(("gwen.powell@example.org", "Gwen Powell"), [S(2)], "for the little lad, please forward", D(2026, 9, 28, 19, 40), "wrap72"), attach="for the little lad.eml")

pos("sick-child", "utf8-8bit", "inbound", ("tasha.bright@example.com", "Tasha Bright"), [P(14), P(4)], "\U0001f97a pls read and send on \U0001f97a", """
Hiya girls \U0001f495 this is so sad pls send it to everyone

this little boy is called Noah and he has a rare cancer \U0001f494. a charity has said they will give \u00a31 to his family for every person this email is sent to. it\u2019s been sent to 40,000 people already!!!!! if u scroll past u have no heart. SEND IT TO ALL UR CONTACTS \U0001f64f\U0001f64f

xoxo Tash
""", "outside friend sends sick-child \u00a31-per-send chain to two pupils")

pos("sick-child", "html-attachment", "inbound", ("jean.marlow@example.org", "Jean Marlow"), [S(14), S(19)], "Please help Ruby - attachment from her nan", """
Ruby's story

Ruby is four years old and she has been in hospital for 6 months. She needs a bone marrow transplant. A big company in London has said they will pay 50p towards her care for every person that receives this message.

PLEASE forward this to your family and friends. Ask them to send it to theirs. Let's fill Ruby's room with love. Please don't delete - keep it going.
""", "sick-child chain as html attachment: 50p per person who receives it", attach="Rubys_story.html", cover="""
Please open the attachment and send it on to as many as you can. Thank you, Jean
""")

# --- forward-the-list petitions ------------------------------------------------

pos("petition-chain", "wrap72", "inbound", ("meg.harrow@example.net", "Meg Harrow"), [S(19)], "Fw: petition to save school libraries - add your name and send on", """
Rachel, thought you'd want to add your name, being a teacher. Meg

---------- Forwarded message ---------

PETITION - SAVE OUR SCHOOL LIBRARIES

The government is planning to cut all funding for school libraries from next year. We are collecting names to present to Parliament.

PLEASE DO NOT START A NEW EMAIL. Copy the whole list below into a new message, add your name and town at the bottom, and send it to everyone you know. If you are number 100, 200, 300 etc please also send a copy to the address at the top so we can keep count.

1. Joan Whitely, Preston
2. Derek Whitely, Preston
3. Anne Lomax, Blackburn
4. Chris Lomax, Blackburn
5. Sandra Fell, Kendal
6. Meg Harrow, Lancaster
""", "add-your-name-and-send-to-everyone petition chain to save libraries")

pos("petition-chain", "7bit", "internal", S(16), [TEACHING], "Teachers' pay petition - sign and pass to every teacher you know", """
Colleagues,

Someone at my old school started this. It's simple: put your name and school on the end of the list and forward it to every teacher you know in other schools. When the list reaches 10,000 names it is going to be sent to the Education Secretary.

Don't reply to me, just add your name and send it on. Please keep it going, it's only got to 412 so far.

409. K. Bristow - Halton
410. J. Adeyinka - Croydon
411. P. Moorcroft - Hull
412. M. Ellery - (that's me)
""", "staff send-to-every-teacher petition list")

pos("petition-chain", "qp", "internal", P(6), [P(0), P(2), P(4), P(8), P(10), P(12), P(14), P(16), P(18)], "petition 2 ban homework \U0001f4da\u274c", """
PETITION TO BAN HOMEWORK FOR YEARS 7-9 \U0001f4da\u274c

if we get 1000 names the headteacher HAS to listen (its the law i think??)

how it works: copy this whole email, add your name at the bottom and send it to at least 10 people in your year. do NOT break it or it wont count \U0001f64f

1. Amara N 8K
2. Leah P 8K
3. Hana S 8R
4.
""", "pupil homework petition chain: add your name and send to at least 10 people")

pos("petition-chain", "html-only", "inbound", ("pat.curry@example.com", "Pat Curry"), [S(8)], "Fw: Stop animal testing petition - pass it on", """
petition
""", "HTML names-list petition chain: add name, forward to all your friends", html="""<html><body style="font-family:Tahoma,sans-serif;font-size:14px">
<p>Mrs Fenwick, I wondered if the school would get involved? Pat Curry (Year 10 parent)</p>
<blockquote style="border-left:2px solid #aaa;padding-left:8px">
<p><b>PETITION TO THE EUROPEAN PARLIAMENT AGAINST ANIMAL TESTING</b></p>
<p>Every day thousands of animals suffer for make-up and shampoo. Please help us stop it.</p>
<p>To sign: <b>copy this message</b>, add your name to the bottom of the list, and <b>forward it to all your friends</b>. If you are number 500, 1000, 1500 etc. please send a copy to the organiser. PLEASE DON'T LET THIS PETITION DIE!</p>
<ol start="487"><li>Marie Holt, Leeds</li><li>Tamsin Holt, Leeds</li><li>Ed Curry, Ilkley</li><li>Pat Curry, Ilkley</li></ol>
</blockquote></body></html>
""")

pos("petition-chain", "latin1", "inbound", O(14), [S(14), S(24)], "Fw: Petition - keep the Welsh language on our school signs", """
Owen, Yusuf - add your names and send it on please. Diolch! Rhys

== PETITION ==
We the undersigned want every school in Wales to keep bilingual signs.
Copy this e-mail, put your name at the bottom and send it to everyone in your address book. Don't break the list - the organisers will count the names when it comes back round.

141. Gwenllïan Price - Aberystwyth
142. Siân Ellis - Bala
143. Rhys Pryce - Caernarfon
""", "Welsh-signs petition chain (latin-1): add your name and send to everyone in your address book")

pos("petition-chain", "docx-attachment", "internal", S(25), [S(4), S(8), S(10), S(22)], "PTA: petition for a safe crossing - add your name and pass on", """
PETITION FOR A SAFE CROSSING ON MILL LANE

Children from our school cross Mill Lane twice a day and there have been three near misses this term.

HOW TO SIGN: Open this document, type your name and postcode at the end of the list, save it, and email it on to at least 15 people you know. Please ask them to do the same. When the list is full we will take it to the council.

Please do not let this stop with you.

Signatures:
1. Fiona Blackwood, PTA liaison
2. Lisa Grundy
3. Carol Dyson
""", "PTA crossing petition in a .docx, pass-it-on list: email to at least 15 people", attach="Mill_Lane_petition.docx", cover="""
Hi all, please add your names and pass it on to 15 others, parents included. Thank you! Fiona
""")

pos("petition-chain", "alternative", "outbound", P(10), [("gran.macdonald@example.org", "Gran"), ("aunt.kirsty@example.net", "Kirsty"), O(3), O(5)], "Please sign and forward!! save the orangutans \U0001f9e1", """
Hi gran and everyone! We did this in form time. Please sign it and send it to loads of people \U0001f9e1 Isla x

\U0001f9e1 SAVE THE ORANGUTANS PETITION \U0001f9e1

Palm oil is destroying the rainforest. To add your name: copy this email, put your name at the end of the list and send it to 20 people. When it gets to 1 million names it will be sent to the United Nations.

Please don't break the chain \U0001f9e1

1. Grace H
2. Poppy W
3. Isla M
""", "pupil sends orangutan petition chain to family outside: add name, send to 20 people")

pos("petition-chain", "flowed-delsp", "inbound", ("n.whitfield@example.com", "Neil Whitfield"), [S(3)], "Fwd: Armed forces petition - keep it going", """
Gareth, as an ex-forces man myself I'd be grateful if you'd add your name. Neil

> PETITION: We want a national day off for Armed Forces Day. Please add your name and where you are from to the list below and then forward it to all your friends. Do not delete this, it has been going round since March and is nearly at 8,000 names. If you are the 10,000th name please send it to your MP.
>
> 7,914 D. Crane, Catterick
> 7,915 S. Whitfield, Ripon
> 7,916 N. Whitfield, Ripon
""", "armed-forces petition chain forwarded to deputy head: add name and forward to all friends")

pos("petition-chain", "utf8-8bit", "inbound", ("aoife.brennan@example.org", "Aoife Brennan"), [S(19), S(15)], "Petition \u2013 free school meals for every child \U0001f34e", """
Hi both \u2013 as teachers you\u2019ll understand why this matters. Please add your names and keep it moving! Aoife

\U0001f34e FREE SCHOOL MEALS FOR EVERY CHILD \U0001f34e

Copy and paste this message into a new email, add your name to the bottom of the list, and send it to everyone you know. Every name counts. When it reaches 50,000 it will be handed in at Downing Street. Please don\u2019t let it stop with you!

1,402. Ciara Doyle \u2013 Liverpool
1,403. Aoife Brennan \u2013 Birkenhead
""", "free-school-meals petition chain, RFC2047 subject", subj_enc=("utf-8", "Q"))

# --- copy and paste to your status / all your contacts ---------------------------

pos("copy-paste-status", "7bit", "internal", P(18), [P(0), P(6), P(8), P(12), P(16)], "copy paste dont share", """
I do not give Facebook, Instagram, TikTok or any companies connected to them permission to use my pictures, information, messages or posts, both past and future. By this statement I give notice to them that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile. Violation of privacy can be punished by law.

NOTE: you have to copy and paste this, not share it, or it wont count. Paste it into your status AND email it to all your contacts, if you dont they can use your pictures from tomorrow. Everyone is doing it
""", "privacy-notice hoax: copy and paste to your status and email it to all your contacts")

pos("copy-paste-status", "qp", "inbound", ("janet.heywood@example.net", "Janet Heywood"), [S(13)], "Fw: \U0001f49c I want to see who actually reads this \U0001f49c", """
Nicola, copy this one! \U0001f49c Jan

\U0001f49c I\u2019m doing a little test to see who reads my posts and emails. Mental health matters. Somebody you know might be struggling right now and not saying anything. I want to see how many of my friends will take a minute to copy and paste this (not forward \u2013 copy and paste) into a new email to all their contacts. I know some will. Just one minute. It could save a life. \U0001f49c
""", "mental-health copy-and-paste test: copy and paste to all your contacts")

pos("copy-paste-status", "flowed", "internal", S(23), [S(4), S(10), S(11), S(13), S(17)], "Copy and paste \u2013 don't forward", """
I did it on Facebook as well. K

Copy and paste \u2013 don\u2019t forward.

The people who matter most to me are the ones who\u2019ve been there when I had nothing to give back. This is for anyone who has lost someone to cancer, or is fighting it now, or has cared for someone who is. Please copy and paste this into an email to everyone in your address book, even for an hour, to show that nobody fights alone. I know who will and who won\u2019t.

Most people won\u2019t do it. Will you?
""", "HR officer sends 'nobody fights alone' copy-and-paste chain to colleagues")

pos("copy-paste-status", "base64", "outbound", S(5), [O(4), O(9), O(1), ("steve.b@fivesfooty.example", "Steve Bradshaw")], "Fwd: stand up for our troops - copy and paste", """
Lads. Only takes a second. Tom

Honour our troops. They are the reason we sleep safe in our beds at night.
If you are proud of them, copy this into a new email and send it to everybody in your address book. Most of you won't do it because you're too busy. But if your mate or your brother or your son was out there, you would.

Let's see who has got their backs.
""", "PE teacher sends 'honour our troops' copy-and-send-to-everybody chain to mates outside")

pos("copy-paste-status", "alternative", "inbound", ("trish.alleyne@example.com", "Trish Alleyne"), [S(15)], "Fwd: World Teachers' Day - copy this to all the teachers you know!!", """
For you Grace \U0001f34e

\U0001f34e This is for every teacher who has ever spent their own money on glue sticks, stayed up till 1am marking, and still shown up smiling. \U0001f34e

Copy and paste this message to every teacher in your contacts today, it\u2019s World Teachers\u2019 Day! Let\u2019s see how many schools it can reach before midnight. Don\u2019t just read it \u2013 pass it on! \U0001f64c
""", "World Teachers' Day copy-and-paste chain to all teachers in your contacts")

pos("copy-paste-status", "html-attachment", "internal", P(4), [P(0), P(2), P(8), P(14), P(16)], "paste this to ur contacts before 12", """
\u2728 BESTIES FOREVER \u2728

copy and paste this to every friend u have before 12 tonight \U0001f4ab

if u get it back 0 times - ur not as loved as u think \U0001f62c
1-3 times - u have a couple of real friends \U0001f60a
5+ times - everyone loves u \U0001f60d

dont be the one that ends it \U0001f495
""", "pupil 'besties' copy-and-paste chain in an html attachment", attach="besties.html", cover="""
do it do it do it \U0001f495
""")

pos("copy-paste-status", "cp1252", "inbound", ("brian.tolley@example.net", "Brian Tolley"), [S(5), S(16)], "FW: Copy this – don’t just forward it", """
Interesting one this. Brian

-----Original Message-----

As of tomorrow the companies that run your email will own all of your messages and photos. This is a new rule that nobody was told about. To stop them, you must copy and paste the notice below into an email to all your contacts before midnight. Forwarding does NOT count.

“I hereby declare that my messages, photographs and personal details are my property and may not be used by any company without my written consent.”

Please copy it. Even if you don’t think it’s true, what’s the harm?
""", "email-ownership notice hoax: copy and paste to all your contacts before midnight", hdrs=OUTLOOK)

pos("copy-paste-status", "wrap72", "internal", S(0), [S(2), S(15), S(17), S(21)], "for my girls x", """
I'm not forwarding this, I'm copy and pasting like it says!!

A sister is someone who knows your secrets and keeps them. A friend who turns up without being asked. I have some amazing women in my life and I want you all to know it. Copy and paste this to every woman in your contacts who makes your life better, including me if you want. If you get it back more than 5 times you are truly loved. Don't be the one who lets it stop!! x
""", "friendship copy-and-paste chain between staff")

# --- WhatsApp / Facebook style hoaxes pasted into mail ------------------------------

pos("social-hoax", "utf8-8bit", "inbound", ("auntie.ngozi@example.com", "Ngozi Nwosu"), [P(6)], "Fwd: WhatsApp will start charging!!", """
Amara please read and send to all your friends. Auntie

Message from Jim Balsamic (CEO of WhatsApp)
We have had an over usage of user names on WhatsApp Messenger. We are requesting all users to forward this message to their entire contact list. If you do not forward this message, we will take it as your account is invalid and it will be deleted within the next 48 hours. If you forward it to 10 contacts your logo will turn BLUE which means you are an active user. From Saturday WhatsApp will cost \u00a30.01 per message for anyone who has not sent this on \U0001f62e

Forward to all your contacts to keep WhatsApp free!!! \u2705\u2705
""", "'WhatsApp will charge' hoax pasted into mail: forward to your entire contact list")

pos("social-hoax", "qp", "internal", P(1), [P(3), P(5), P(7), P(9), P(11), P(13), P(15), P(17), P(19)], "DONT ACCEPT JAYDEN K SMITH \u203c\ufe0f", """
\u203c\ufe0f\u203c\ufe0f Please tell all the contacts in your list not to accept Jayden K. Smith\u2019s friend request. He is a hacker and has the system connected to your account. If one of your contacts accepts it you will also get hacked, so make sure all your friends know it. Thanks. Forwarded as received \u203c\ufe0f\u203c\ufe0f

hold your finger on this message and forward it to everyone \U0001f447\U0001f447
""", "Jayden K Smith friend-request hoax among pupils")

pos("social-hoax", "wrap72", "inbound", O(12), [S(3), S(12)], "Fw: Martinelli video - urgent", """
Gents, got this on the golf club group. Probably worth passing round.

>> If you know anyone who uses WhatsApp you might pass on this. An IT colleague has advised that a video will be circulated on WhatsApp from tomorrow called Martinelli. Do not open it, it hacks your phone and nothing will fix it. Spread the word. If you receive a message to update the WhatsApp to WhatsApp Gold, do not click!!!!! They just announced on the radio that the virus is difficult and severe. Please forward this to everyone you know.
""", "'Martinelli' / WhatsApp Gold hoax forwarded to staff")

pos("social-hoax", "base64", "internal", S(17), [S(0), S(2), S(13), S(21)], "New instagram rule starts tomorrow!!!", """
Don't know if any of you are on insta but read this xx

Deadline tomorrow!!! Everything you've ever posted becomes public from tomorrow. Even messages that have been deleted or the photos not allowed. It costs nothing to copy and paste, better safe than sorry. Channel 13 News talked about the change in Instagram's privacy policy. I do not give Instagram or any entities associated with Instagram permission to use my pictures, information, messages or posts, past or future.

Send this to everyone you know so they don't lose their privacy!!
""", "Instagram-rule hoax between staff: send this to everyone you know")

pos("social-hoax", "html-only", "inbound", ("gabby.ferreira@example.net", "Gabby Ferreira"), [S(0), S(9)], "Fw: Facebook is deleting accounts - share to keep yours", """
facebook
""", "HTML Facebook-account-deletion hoax: share with all your friends to keep your account", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif">
<div dir="ltr">Saw this on the mums' group!!!<br><br>
<div style="background:#e7f0ff;padding:10px;border-radius:6px">
<b>Hey everyone, Facebook is deleting inactive accounts.</b><br>
Mark Zuckerberg has said that to prove you are active you must share this message with <b>all your friends</b>. If they do not receive it from you, your account will be deleted in 24 hours and all your photos will go with it.<br><br>
If you send it to <b>18 people</b> your Facebook icon will turn red &#x1F534; to show you are a real user.<br><br>
<i>Please don't ignore this, I tried it and my icon changed!</i>
</div></div></body></html>
""")

pos("social-hoax", "flowed", "outbound", S(18), [O(8), ("rukhsana.haq@example.com", "Rukhsana"), ("bilal.haq@example.net", "Bilal")], "Fwd: Please read \u2013 men in white van \u2013 share with family", """
Please share this with everyone in the family. I've already sent it to the mosque group. Imran

> WARNING TO ALL PARENTS. There are men driving around in a white van posing as council workers. They are marking the walls of houses where children live with yellow chalk symbols so they can come back and snatch them at night. This has been confirmed by the police in three towns. PLEASE COPY AND SEND THIS TO EVERY PARENT YOU KNOW. Don't let this stop with you.
""", "staff forwards white-van chalk-mark scare hoax to family: copy and send to every parent you know")

pos("social-hoax", "7bit", "inbound", ("deb.keyworth@example.org", "Debbie Keyworth"), [S(6), S(12)], "please warn everyone - perfume sample scam", """
Dear Mrs Begum and Mr Qureshi,

I wanted to make you aware of this in case it affects our children or their mums. Please spread it to everyone in the school community.

"LADIES BEWARE. A man and a woman are approaching people in car parks asking them to smell a perfume sample. The sample is actually ether and you will pass out within seconds. They then take your car, your money and your children. Send this to every woman you know. It could save a life. Do NOT keep this to yourself."

Kind regards
Debbie Keyworth (mum of Charlie, 8P)
""", "parent sends perfume-sample scare hoax to staff asking them to spread it to everyone")

pos("social-hoax", "rfc822-forward", "internal", P(13), [P(1), P(5), P(9), P(15)], "Fwd: TikTok banning everyone", """
TIKTOK ANNOUNCEMENT

From Monday TikTok will delete every account that has not been verified. To verify, forward this message to 15 of your contacts. If you do this your account gets a blue tick and you can keep all your videos.

Do not ignore. This has been confirmed by TikTok UK. Forward to 15 now!!!!
""", "pupil forwards as attachment a 'TikTok verify by forwarding to 15' hoax", cover="""
forward it to 15 or u lose ur account
""", inner=(("zain.tiktok.fan@kidsmail.example", "Zain H"), [P(13)], "TIKTOK ANNOUNCEMENT", D(2026, 11, 2, 20, 11), "utf8-8bit"), attach="TIKTOK ANNOUNCEMENT.eml")

pos("social-hoax", "latin1", "inbound", ("vesna.ilie@example.net", "Vesna Ilie"), [S(23), S(10)], "Fw: SMS from 'the bank' - warn everybody", """
Hello, this is from my husband colleague, please read it and forward to all your friends and family, it is important. Vesna

ATTENTION: From tomorrow if you get a phone call from someone saying they are from the bank and they ask you to press 9, do not press it! It is a trick to take all the money from your account and use your phone number. The police confirmed it is happening all over the country. Please forward this message to everyone in your phonebook and e-mail, the more people know the better. ¡No lo olvide!
""", "press-9 phone scam hoax (latin-1): forward to everyone in your phonebook and e-mail")

pos("social-hoax", "text-attachment", "inbound", ("lou.atherton@example.com", "Louise Atherton"), [S(12)], "whatsapp message I got - read attached", """
*PLEASE READ AND FORWARD*

From tonight at 23:00 every call will be recorded and every WhatsApp message will be monitored by the government. New communication rules:
- All calls are recorded
- All phone call recordings are saved
- WhatsApp is monitored
- Twitter is monitored
- Facebook is monitored

Inform those who don't know. Your devices are connected to ministry systems. Take care not to send unnecessary messages. Inform your children, relatives and friends. Forward this to other groups and everyone in your contacts.
""", "'government monitoring from 23:00' WhatsApp hoax as .txt attachment", attach="whatsapp_message.txt", cover="""
Mr Qureshi - my daughter was sent this, I've typed it out, can you send it round to the Year 11 parents and pupils so they're all aware. Thanks, Lou Atherton
""")

pos("social-hoax", "zip-attachment", "inbound", ("gary.lund@example.net", "Gary Lund"), [S(7)], "zipped up that warning", """
Lewis, as requested by the wife, here's the warning zipped (our email blocks .doc). Stick it on the school system and send it round to all the staff and kids. Gary
""", "zipped 'hacker contact on WhatsApp' hoax text: forward to all staff and pupils", attach="warning_from_police.txt", zipm=[("warning_from_police.txt", """WARNING FROM THE POLICE

If someone on WhatsApp called "Ash Harlow" messages you saying "I think this is a photo of you" DO NOT click the link. It takes over your whole phone and then sends the same message to all your contacts.

The police have asked that everybody shares this warning. Forward it to every group and every contact you have, and tell them to do the same. Please don't assume people already know.
""")])

pos("social-hoax", "alternative", "internal", S(21), [S(0), S(13), S(15)], "FW: Don't accept calls from these numbers!!", """
Just in case - pass it on x Lucy

WARNING: Do not answer calls from numbers starting +375, +371 or +381. If you answer, they can copy your SIM in 3 seconds and your phone bill will be thousands. It has been confirmed by the mobile networks and was on the radio.

Pass this to all your friends and family straight away. Copy it into your group chats too. The more people know the better \U0001f4f5
""", "primary lead forwards foreign-number SIM-cloning hoax to colleagues: pass to all friends and family")

# --- friendship chains ----------------------------------------------------------

pos("friendship-chain", "qp", "internal", P(10), [P(0), P(2), P(4), P(8), P(12), P(14), P(16)], "friends are like stars \u2b50", """
\u2b50 friends are like stars, you don\u2019t always see them but you know they\u2019re always there \u2b50

send this to 10 friends INCLUDING ME and see how many times you get it back.

1-2 you have good friends
3-5 you are really popular
6+ everyone loves you!!!

if u dont send it within 15 mins your best friend will fall out with you \U0001f633
""", "pupil 'friends are like stars' chain with a threat")

pos("friendship-chain", "wrap72", "inbound", ("valerie.stott@example.org", "Valerie Stott"), [S(2)], "Fw: For a special woman in my life", """
Priya - you're one of mine! Val x

> > > Angels are all around us. Sometimes they are disguised as friends, sisters, colleagues and neighbours. This is my way of saying thank you to the special women who have helped me through the years. Send this to every special woman you know, and one to the person who sent it to you. If you send it to at least seven, you will be rewarded with something wonderful within the week. If you break it, you may never know what you missed out on. I sent mine, I'm not taking any chances!
""", "special-women chain with three quote levels: send to at least seven")

pos("friendship-chain", "html-only", "inbound", ("parents.forum.mum@example.com", "Hayley Platt"), [S(0), S(5), S(9), S(14), S(15), S(16), S(19)], "To all the teachers xxx", """
teachers
""", "HTML 'teachers are angels' chain from a parent: send to every teacher you know", html="""<html><head><meta charset="utf-8"></head><body style="background:#fff8e7">
<p style="font-family:'Segoe Print',cursive;font-size:17px;color:#8b4513;text-align:center">
Teachers are angels who plant seeds they may never see grow.<br>
They lend us their patience, their hearts and their summer holidays.<br>
&#x1F34E; &#x1F34E; &#x1F34E;</p>
<p style="text-align:center">If a teacher ever made a difference to you, <b>send this to every teacher you know</b> and to the one who sent it to you.<br>
Get it back 4 times and you're a superstar teacher!<br>
<i>Please don't break the chain &mdash; teachers need to know they are appreciated</i></p>
<p style="text-align:center">Love from Hayley (Evie's mum, 7F) xx</p>
</body></html>
""")

pos("friendship-chain", "alternative", "internal", S(10), [S(4), S(11), S(13), S(17), S(23), S(25)], "Fwd: the office angels", """
Cos you're my work angels. Sian xx

\U0001f607 AN ANGEL WAS SENT TO YOU \U0001f607

If you receive this, it means someone thinks you are an angel. Send it to 8 people you think are angels and your biggest wish will come true. If you get it back 3 times, you really are one \U0001f607

Don\u2019t delete it. Angels don\u2019t give up on people.
""", "office manager sends 'angel' chain to admin colleagues: send to 8 people")

pos("friendship-chain", "utf8-8bit", "outbound", P(16), [("aiko.sato@example.jp.example", "Aiko"), ("rina.k@kidsmail.example", "Rina"), ("meg.t@kidsmail.example", "Meg")], "\U0001f338 friendship test \U0001f338", """
\U0001f338 FRIENDSHIP TEST \U0001f338

send this to 12 ppl u consider friends (yes u can send it back to me!!). if u get 1 back ur a good friend, 5 back ur the best friend ever. if u dont send it to anyone u will lose ur best friend by next month.

i miss u guys!!!!! hana \U0001f495
""", "pupil sends friendship-test chain to friends outside: send to 12 people")

pos("friendship-chain", "cp1252", "inbound", ("irene.malley@example.net", "Irene Malley"), [S(13)], "FW: You’ve been sent a hug", """
Nicky, sending you a big hug. Irene x

-----Original Message-----
Subject: You’ve been sent a hug

((((((HUG))))))

Somebody out there loves you. This hug has been passed from friend to friend for years. Send it on to everyone you think needs a hug today – including the one who sent it. If it comes back to you, you know you’re loved.

Don’t let the hug stop with you…
""", "hug chain: send it on to everyone you think needs a hug", hdrs=OUTLOOK)

pos("friendship-chain", "7bit", "outbound", S(9), [O(1), O(4), O(12), ("pkowalski@example.net", "Piotr Kowalski")], "FW: Real Friends", """
Ha, made me think of us. Dan

> A real friend will help you move house. A good friend will help you move a body.
> A real friend bails you out. A good friend is sitting next to you saying "that was brilliant".
>
> Send this to all your good friends. If you get it back at least 4 times you've got mates for life. If you get none back, time to find some new mates!
""", "maths teacher sends 'real friends' chain to mates outside")

pos("friendship-chain", "docx-attachment", "inbound", ("joy.eckersley@example.org", "Joy Eckersley"), [S(17)], "Friendship poem for you", """
A FRIEND IS...

A friend is someone who understands your past, believes in your future and accepts you just the way you are.

This poem has been going round for many years. It was started by a lady in Ireland who lost her best friend. Since then it has been sent to millions of people.

Now it is your turn. Email it to 10 friends within a week and tell them why they matter. One of them will come back into your life when you need them most. If you keep it, you will miss the chance.
""", "friendship poem chain in a .docx: email it to 10 friends within a week", attach="A_friend_is.docx", cover="""
Dear Beth, thinking of you. Open the poem, it's lovely, and send it on like it says. Joy
""")

# --- more shapes: deep forwards, narrow hard wraps, attachments --------------------

pos("luck-chain", "7bit", "inbound", ("ray.dobbs@example.com", "Ray Dobbs"), [S(14)], "FW: FW: FW: Fw: read to the end", """
Owen - you'll know what to do with this. Ray

-----Original Message-----
From: Sheila Dobbs
Sent: Monday, 19 October 2026 08:12
To: Ray Dobbs; Colin Dobbs; Mandy Price
Subject: FW: FW: Fw: read to the end

>
> -----Original Message-----
> From: Mandy Price
> Subject: FW: Fw: read to the end
>
>> Sorry, had to send this, it was sent to me by my boss!!
>>
>>> ----- Forwarded Message -----
>>> Subject: Fw: read to the end
>>>
>>>> This is the Money Tree. Within 48 hours
>>>> of getting it you must send it to 8
>>>> people or the tree dies and takes your
>>>> luck with it. If you send it on, money
>>>> will come to you from somewhere you do
>>>> not expect within the month. A teacher
>>>> in Swansea kept it going and paid off
>>>> her mortgage. Her brother broke the
>>>> chain and his car was stolen that same
>>>> night. Send it on to 8 people. Do not
>>>> send it back to the person who sent it.
""", "money-tree chain buried under four forward layers and narrow hard wraps")

pos("luck-chain", "alternative", "inbound", ("nanna.greaves@example.org", "Jean Greaves"), [P(11)], "for my lucky grandson \U0001f340", """
Hello Tyler love, Nanna here. Your mum says you've got tests coming so I'm sending you some luck.

\U0001f340\U0001f340\U0001f340

This four leaf clover has been sent round the world. Whoever gets it will have luck in everything they do for a whole year \u2013 exams, sport, love, money.

But the luck only stays if you send the clover to 4 people within 4 hours. If you don't, the luck goes back round to somebody else.

Go on, send it to 4 of your friends!

Love Nanna xxx
""", "grandmother sends four-leaf-clover luck chain to pupil: send to 4 people in 4 hours")

pos("luck-chain", "base64", "internal", P(0), [P(2), P(4), P(6), P(8), P(10), P(12), P(14)], "\U0001f3b1 magic 8 ball says send this \U0001f3b1", """
\U0001f3b1 THE MAGIC 8 BALL HAS CHOSEN YOU \U0001f3b1

the 8 ball only chooses 8 people a day. u have 8 hours to pass this to 8 people or ur luck is gone for 8 weeks (88 days if ur unlucky)

when u send it ask the 8 ball a question in your head. the answer will come tomorrow in a dream \U0001f634

dont show a teacher they dont get it
""", "magic-8-ball chain among pupils: pass to 8 people in 8 hours", subj_enc=("utf-8", "B"))

pos("send-to-n", "html-only", "internal", P(2), [P(0), P(4), P(8), P(10), P(12), P(14), P(16), P(18)], "u have been chosen", """
chosen
""", "HTML pupil chain: send to 10 people in 10 minutes or 10 years of bad luck", html="""<html><head><meta charset="utf-8"></head><body>
<p style="font-size:26px;text-align:center">&#x1F52E; YOU HAVE BEEN CHOSEN &#x1F52E;</p>
<p style="text-align:center;color:purple">the universe picked you today.<br>
now you have to pick <b>10</b> other people<br>
<b>SEND THIS TO 10 PEOPLE IN 10 MINUTES</b><br>
or have 10 years of bad luck<br>
(seriously my friend ignored it and broke her wrist the next day)</p>
<p style="text-align:center;font-size:10px">send this on dont just delete it</p>
</body></html>
""")

pos("send-to-n", "zip-attachment", "internal", P(7), [P(1), P(3), P(9), P(11), P(19)], "game.zip", """
its a game open the txt
""", "zipped .txt chain: fill in your answers, send to 6 people", attach="thegame.txt", zipm=[("thegame.txt", """THE CHAIN GAME
answer these then send it to 6 people. if u dont send it u LOSE the game (and u get bad luck at football for a month)

1. name:
2. fav food:
3. best mate:
4. who do u fancy (be honest):
5. worst teacher:

now send this to 6 people and one back to whoever sent it.
dont break the chain or the game ends and it will be ur fault
""")])

pos("send-to-n", "flowed", "internal", P(12), [P(0), P(6), P(10), P(14)], "Fwd: Fwd: 12 hours", """
sorry girls im not taking the chance x

Begin forwarded message:

> From: Maryam Ali
> Subject: Fwd: 12 hours
>
> sorry!!
>
>> Begin forwarded message:
>>
>> This is a test of friendship. You have 12 hours to send this to 12 people. If you do it, tomorrow will be the best day of your year. If you don't, something embarrassing will happen to you at school in front of everyone. It happened to a girl in Year 10 who didnt believe it. Don't break it.
""", "pupil forwards an Apple-Mail-quoted '12 hours, 12 people' chain")

pos("prayer-chain", "base64", "inbound", ("pastor.michael@gracefellowship.example", "Michael Adeyemi"), [S(15)], "Prayer of Jabez \u2013 send to 12 believers", """
Beloved sister,

Oh that You would bless me indeed, and enlarge my territory, that Your hand would be with me, and that You would keep me from evil, that I may not cause pain.

This prayer has brought blessings to thousands. Pray it today and send this message to 12 believers before midnight. Watch God move in your finances, your health and your family within 7 days. Those who ignored it have testified that they lost great opportunities.

Do not let this blessing stop in your inbox. Share it now.

Your brother in Christ
""", "Prayer of Jabez chain: send to 12 believers before midnight")

pos("prayer-chain", "utf8-8bit", "outbound", S(19), [("sister.inglis@example.net", "Fran Inglis"), O(10), O(2), O(5)], "Fwd: \u2728 A blessing for your Sunday \u2728", """
Sending on as promised \u2728 R

\u2728 The Lord bless you and keep you; the Lord make His face shine upon you and be gracious to you. \u2728

Within the next 10 minutes, pass this blessing on to 7 friends and watch how your week changes. Don\u2019t ignore it \u2013 you were sent this for a reason. Sunday blessings are only given once. \U0001f64f
""", "RE teacher passes on Sunday blessing chain to family and friends: pass on to 7 friends in 10 minutes")

pos("prayer-chain", "cp1252", "inbound", ("margaret.okoro@example.com", "Margaret Okoro"), [S(6), S(22)], "FW: FW: Pray for our country", """
Good evening, I am sending this to all the people of faith that I know. Margaret

-----Original Message-----
From: Deaconess Ruth
Sent: 22 September 2026
Subject: FW: Pray for our country

> Beloved, we are asking 100,000 Christians to pray at 6am tomorrow for our nation.
> Please send this to at least 20 people, that God’s people may rise up together.
> If you are reading this it is not by accident. God wants YOU to pass it on.
> “Where two or three are gathered…” – imagine what 100,000 can do!
> Don’t let the enemy stop you. FORWARD IT NOW.
""", "national prayer chain with Outlook forward header: send to at least 20 people", hdrs=OUTLOOK)

pos("sick-child", "smime-signed", "internal", S(11), [S(3), S(4), S(10), S(18)], "FW: Every email helps - please send on", """
I've checked with Helen and she says it's definitely genuine - please do send this one on.

Rebecca Stone
Exams Officer

-----Original Message-----
Subject: Every email helps

Charlie is 3 and has a rare heart condition. A pharmaceutical company has agreed to donate 3p to his treatment fund for every person who receives this email. Please forward it to everyone you know. It won't cost you anything, and every forward brings him one step closer to surgery. Please don't break the chain.
""", "exams officer's S/MIME-signed mail passes on a 3p-per-forward sick-child chain")

pos("sick-child", "alternative", "inbound", ("tina.hurst@example.org", "Tina Hurst"), [S(25), S(10)], "Fw: please read about Sophie \U0001f497", """
Hi Fiona, could you ask the PTA to send this round? Tina x

\U0001f497 Sophie is 9 and has had 14 operations this year. Her family are raising money for a wheelchair. A local business has promised \u00a31 for every person this email gets sent to before the end of the month.

Please send this on to everyone in your email \u2013 friends, family, work. It takes 10 seconds. Sophie\u2019s mum says thank you so much for passing it on \U0001f497
""", "\u00a31-per-send sick-child chain sent to PTA liaison")

pos("petition-chain", "rfc822-forward", "inbound", O(15), [S(8)], "Fwd: petition - bring back school milk", """
PETITION: FREE MILK FOR ALL PRIMARY CHILDREN

Copy this email, add your name, and forward it to everyone on your contacts list. Please, if you are number 250, 500, 750 or 1000, also send it to the address at the top so we can count.

247. Jenny Abbott, Wigan
248. Paul Abbott, Wigan
249. Ruth Pimm, Bolton
250. Tanya Osborne, Leigh
""", "parent forwards as attachment a names-list petition chain to the head", cover="""
Dear Mrs Fenwick,

I've attached the petition my sister sent me. I hope you will add your name and forward it to all the school's families.

Tanya Osborne
""", inner=(("jenny.abbott@example.com", "Jenny Abbott"), [O(15), O(3)], "petition - bring back school milk", D(2026, 10, 20, 14, 7), "7bit"), attach="petition - bring back school milk.eml")

pos("copy-paste-status", "rfc822-forward", "internal", S(23), [S(11), S(13), S(17), S(21)], "FW: 1 in 4", """
1 in 4 people will have a mental health problem this year. Many of them are people you know.

I'm doing this for a friend who asked me to. I'm hoping that people will copy this into a new email and send it to everyone in their address book for one day, just to show support. Please don't forward, copy and paste.

Let's see how far it goes.
""", "HR officer forwards as attachment a '1 in 4' copy-and-paste chain", cover="""
Please copy and paste this one ladies - not forward! K x
""", inner=(("lisa.doyle@example.net", "Lisa Doyle"), [S(23)], "1 in 4", D(2026, 10, 9, 18, 55), "flowed"), attach="1 in 4.eml")

pos("copy-paste-status", "latin1", "inbound", ("helga.moss@example.org", "Angela Moss"), [S(18), S(24)], "Fw: Message to ALL contacts – NEW law from Monday", """
Hello Imran and Yusuf, better safe than sorry! Angie

By law, from Monday your e-mail provider will be able to sell your photos and e-mails to advertisers unless you have sent the notice below to all your contacts.

Copy it (don't forward it) and send it on to everyone in your address book:

"I do NOT authorise the use of my personal data, photographs or messages for advertising. © Angela Moss, all rights reserved."
""", "e-mail-law copy-and-send notice hoax, latin-1 (©)")

pos("fake-giveaway", "rfc822-forward", "internal", S(4), [S(10), S(11), S(23)], "FW: Holiday vouchers - genuine (attached)", """
Dear valued customer,

To celebrate our 25th year of travel we are giving away £500 holiday vouchers. To receive yours, simply forward this e-mail to at least 15 friends or colleagues. Our tracking system will confirm how many people you have forwarded it to and your voucher will be posted within 14 days.

The more people you send it to, the more chance you have of winning a two-week holiday for four.

Forward today - offer closes on 30 November.
""", "business manager forwards as attachment a forward-to-15 holiday-voucher hoax", cover="""
Ladies, it's genuine, my cousin got hers. Forward it to 15 people! H
""", inner=(("offers@sunbreaks-travel.example", "SunBreaks Travel"), [("whitcombe.h@example.com", "Helen Whitcombe")], "Holiday vouchers for you", D(2026, 11, 3, 7, 30), "latin1"), attach="Holiday vouchers for you.eml")

pos("friendship-chain", "flowed-delsp", "internal", S(15), [S(0), S(2), S(19), S(21), S(25)], "Fwd: a little bit of sunshine \u2600\ufe0f", """
This made me smile so I'm passing it on! G

> A little bit of sunshine for your day. If you receive this, it means someone is grateful to have you in their life. Send it to 6 people who make your life brighter, and one back to the person who sent it. If you get it back 3 times, you are someone's sunshine. If you break it, the clouds come back for a week! \u2600\ufe0f\u2600\ufe0f\u2600\ufe0f
""", "sunshine friendship chain between staff, flowed delsp")

# ===========================================================================
# NEGATIVES
# ===========================================================================

# --- school letters asking parents to forward to the other parent/carer ----------

neg("parent-forward", "wrap72", "outbound", S(12), [PARENTS7], "Year 11 Mock Examinations - information for parents and carers", """
Dear Parent/Carer,

The Year 11 mock examinations will take place from Monday 30 November to Friday 11 December in the Sports Hall. A personal timetable will be given to every student in tutor time next week and a copy is available on the parent portal.

Students must bring a clear pencil case, black pens, a calculator and a protractor. Mobile phones must be handed in before each exam. Revision sessions run every Tuesday and Thursday after school in the library until 4.30pm.

If your child lives across two households, please forward this email to the other parent or carer with parental responsibility, as our system only sends to the priority contact. If they would like to receive school emails directly, they can contact the office and we will add them.

Yours faithfully,

Mr F Qureshi
Head of Year 11
""", "Head of Year mock-exam letter asking parents to forward to the other parent/carer")

neg("parent-forward", "qp", "outbound", S(14), [O(3), O(7), O(11), O(0)], "Year 8 trip to Chester \u2013 consent needed by Friday", """
Dear parents and carers of 8T,

Our history trip to Chester will take place on Wednesday 14 October. The coach leaves school at 8.30am and returns at about 4.15pm. The cost is \u00a318, payable on ParentPay, and the consent form must be completed online by Friday 2 October.

Pupils need a packed lunch, a waterproof coat and comfortable shoes (we do a lot of walking on the city walls!). School uniform is not required.

If you share care of your child with another parent or carer, please pass this message on to them so that you both know the arrangements. Only one consent form is needed.

Many thanks,
Owen Trelawney
History Department
""", "trip letter: please pass on to the other parent or carer if you share care")

neg("parent-forward", "alternative", "outbound", S(10), [("parents-all@lists.school.example", "All Parents and Carers"), O(20)], "School photographs \u2013 Thursday 24 September", """
Dear Parents and Carers,

Individual and sibling photographs will be taken on Thursday 24 September. Please make sure your child is in full school uniform. Sibling photos will be taken before school from 8.15am in the main hall \u2013 please bring younger brothers and sisters who are not at our school to the main entrance.

Proof cards will be sent home within three weeks and you can order online.

As usual, this email has gone to the main contact for each child. We would be grateful if you could forward it to any other adult at home or in a second household who may want to order photos.

Kind regards,
School Office
""", "photo day notice asking the main contact to forward to any other adult/second household")

neg("parent-forward", "html-only", "outbound", S(8), [("parents-all@lists.school.example", "All Parents and Carers")], "A message from the Headteacher", """
head
""", "headteacher's HTML letter asking recipients to share with the other parent/carer", html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" style="border-top:6px solid #1b4f8a"><tr><td style="padding:16px">
<p>Dear Parents and Carers,</p>
<p>Thank you for your support during the first half of term. Attendance is currently 95.4%, above the national average, and our Year 7 pupils have settled in brilliantly.</p>
<p>A few reminders before half term:</p>
<ul><li>School closes at 1.30pm on Friday 23 October.</li><li>The Autumn Concert is on Thursday 10 December &ndash; tickets on sale from 2 November.</li><li>Please label all coats and PE kit. Lost property will be donated at half term.</li></ul>
<p>If your child has a parent or carer who does not live with them and who does not receive our emails, please do share this letter with them. We want every family to feel included.</p>
<p>Best wishes,<br><b>Mrs C Fenwick</b><br>Headteacher</p>
</td></tr></table></body></html>
""")

neg("parent-forward", "docx-attachment", "outbound", S(2), [O(22), O(8)], "EHCP annual review - invitation letter attached", """
Dear Mr Moss and Ms Akhtar,

Re: Annual review of Education, Health and Care Plan

I am writing to invite you to your child's annual review meeting on Tuesday 10 November at 2.00pm in the SEN Base. The meeting will last about an hour. The educational psychologist and the speech and language therapist have also been invited.

Please find attached the parent/carer views form. It would help us if you could return it by Friday 30 October.

As both parents hold parental responsibility, I have addressed this letter to you both. If there is anyone else you would like to attend, such as a family member or advocate, please let me know.

Yours sincerely,

Mrs P Raman
SENCo
""", "SENCo letter in a .docx to both separated parents; no forwarding chain", attach="Annual_review_invitation.docx", cover="""
Dear Mr Moss and Ms Akhtar,

Please find attached the invitation to the annual review. I have sent the same email to both of you so there is no need to forward it.

Kind regards
Priya Raman
SENCo
""")

neg("parent-forward", "latin1", "outbound", S(5), [O(9), O(1), O(20), O(4)], "U13 football tour – payment reminder", """
Dear Parents/Carers,

Just a reminder that the second instalment for the U13 football tour to Holland (£120) is due by Friday 16 October. The balance of £95 is due by 4 December.

If your son's other parent is paying part of the cost, please pass this email on to them so they have the dates and amounts. ParentPay will accept split payments.

Kit numbers and the itinerary will follow after half term.

Thanks,
Mr T Bradshaw
PE Department
""", "PE tour payment reminder (latin-1, £): pass on to the other parent if they are paying part")

neg("parent-forward", "flowed", "outbound", S(0), [O(2)], "Re: parents' evening appointment", """
Hi Ms Marsh,

Thanks for getting in touch. I've booked you in for 5.40pm on Thursday with me, and 5.50pm with Mr Kowalski for maths. We'll be in the main hall at table 14.

Could you pass this on to Jayden's dad as well? You mentioned he might come along and I don't have an email address for him on our system.

Jayden's been doing really well in tutor time - he's been helping run the form quiz!

Best wishes,
Joanne Hartley
Year 9 Tutor
""", "tutor asks a parent to pass appointment details on to the child's dad")

neg("parent-forward", "base64", "outbound", S(6), [("parents-all@lists.school.example", "All Parents and Carers")], "Safeguarding update for families", """
Dear Parents and Carers,

I am writing as the school's Designated Safeguarding Lead to remind you how to contact us if you are ever worried about a child.

- During school hours, ring the main office and ask for the safeguarding team.
- Out of hours, contact the local authority's children's services front door or, in an emergency, call 999.
- You can also email safeguarding@school.example, which is monitored during term time.

We have also updated our Child Protection Policy, which is on the school website under Policies.

Please share this information with any other adults who care for your child, including grandparents and childminders, so that everyone knows who to contact.

Thank you for your continued support.

Mrs A Begum
Designated Safeguarding Lead
""", "DSL update asking parents to share contact info with other carers (grandparents, childminders)")

neg("parent-forward", "7bit", "inbound", ("martin.greaves@example.net", "Martin Greaves"), [S(0)], "Re: Year 9 options evening", """
Hi Mrs Hartley

Thanks for the info about options evening. Tyler's mum and I are separated so I've forwarded your email on to her, she said she'll try and come too.

Can you confirm if it's 6pm or 6.30pm? The letter says 6 but the website says 6.30.

Thanks
Martin Greaves
""", "dad replies that he forwarded the options-evening email to the child's mum")

neg("parent-forward", "cp1252", "outbound", S(21), [O(13), O(5), O(27), O(23)], "Reception class – welcome meeting", """
Dear Parents and Carers,

A warm welcome to Reception! We’d love you to come to a short welcome meeting on Wednesday 16 September at 2.45pm in the Willow classroom. We’ll talk about phonics, reading books, snack and the ‘Wow Wall’ where you can share your child’s achievements from home.

Younger siblings are very welcome.

If your child has another parent or carer who would like to receive our class emails, please forward this to them and ask them to email the office – we’ll add them to the list.

Mrs L Varga
Primary Phase Lead
""", "primary welcome meeting: forward to other parent so they can join the mailing list", hdrs=OUTLOOK, subj_enc=("windows-1252", "Q"))

# --- IT phishing warnings (do not forward, report it) --------------------------------

neg("phishing-warning", "wrap72", "internal", S(7), [ALLSTAFF], "Phishing email doing the rounds - do NOT click, do NOT forward", """
Morning all,

Several staff have received an email this morning that appears to come from "Payroll Services" with the subject "Action required: confirm your salary details". It is a phishing email. The link goes to a fake Microsoft 365 sign-in page.

What to do:
- Do not click the link and do not enter your password.
- Do not forward it to colleagues to "warn" them - that just spreads the link further. We've already blocked the sender and are removing copies from mailboxes.
- Use the "Report phishing" button in Outlook, or if you're on your phone, just delete it.

If you HAVE clicked and entered your password, please ring me on extension 214 straight away and we'll reset it together. No one will be in trouble.

Thanks
Lewis McAllister
IT Manager
""", "IT manager phishing warning explicitly saying do not forward, report it")

neg("phishing-warning", "alternative", "internal", S(7), [ALLSTAFF, ("allstudents@students.school.example", "All Students")], "Fake 'password expiry' emails", """
Hi everyone,

We're seeing a wave of emails saying "Your password expires today \u2013 keep your current password". These are fake. Our passwords never expire by email and IT will never ask you to type your password into a link.

\u2714 Report it using the Report button
\u2714 Then delete it
\u2718 Don't reply
\u2718 Don't forward it on to friends or colleagues

Pupils: if you're not sure about an email, show your teacher or come to the IT office at break.

IT Support
""", "IT warning to staff and pupils about fake password-expiry emails: report, don't forward")

neg("phishing-warning", "html-only", "internal", S(7), [TEACHING, SUPPORT], "Security notice: invoice scam targeting schools", """
scam
""", "HTML security notice about invoice scam: do not forward, report to the finance office", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif">
<div style="border-left:6px solid #d9822b;padding:8px 14px;background:#fff7ee">
<p style="font-size:16px"><b>Security notice</b></p>
<p>Schools in our area are being sent fake invoices that look like they are from stationery suppliers. They ask for payment to &quot;new bank details&quot;.</p>
<p><b>Please:</b></p>
<ol><li>Do not pay or reply.</li><li>Do not forward the email around school &mdash; send it as an attachment to <a href="mailto:ithelpdesk@school.example">ithelpdesk@school.example</a> only.</li><li>Let Helen in the finance office know if anything looks odd.</li></ol>
<p>Thanks for your vigilance.<br>IT Services</p></div></body></html>
""")

neg("phishing-warning", "qp", "internal", S(24), [Y9], "Careful: fake \u2018free Robux\u2019 emails", """
Hi Year 9,

A few of you have shown me emails promising free Robux or V-Bucks if you \u201cverify your account\u201d. These are scams designed to steal your login.

Please don\u2019t click the links, and don\u2019t send them on to your friends \u2013 even as a joke. Instead, use the Report button or show a teacher. If you think you\u2019ve typed your password in somewhere you shouldn\u2019t have, come and see me in C12 and we\u2019ll sort it out. You won\u2019t be in trouble.

Mr Demir
Computing
""", "computing teacher warns Year 9 about Robux scam emails: don't send them on, report")

neg("phishing-warning", "7bit", "inbound", ("cyber@northvale-trust.example", "Northvale Trust Cyber Security"), [S(7), S(4), S(8)], "Trust-wide alert: fake DfE emails", """
Dear Headteachers, Business Managers and IT Leads,

We are aware of emails being sent to schools across the trust that claim to be from the Department for Education, asking staff to "update their teacher reference number" via a link. These are not genuine.

Actions for schools:
1. Block the sender domain listed in the attached indicators (already done centrally for trust-managed tenants).
2. Remind staff to report suspicious emails rather than forwarding them.
3. If any credentials have been entered, reset the password and revoke sessions.

Please do not forward the original phishing email outside your IT team.

Northvale Trust Cyber Security Team
""", "trust cyber-security alert: report, don't forward the phishing email")

neg("phishing-warning", "smime-signed", "internal", S(7), [ALLSTAFF], "Genuine email: IT will never ask for your password", """
Dear colleagues,

This message is digitally signed so you can check it genuinely comes from IT Services.

Over half term we had 14 reports of emails pretending to be from "School IT Helpdesk". Some asked people to reply with their password, others to scan a QR code.

A reminder:
- IT will never ask for your password by email, phone or Teams.
- Check the sender address carefully.
- Report anything suspicious with the Report button. You don't need to forward it to me or to anyone else; the report reaches us automatically.

Thank you for being so careful. Reports are up 40% this term which means the training is working.

Lewis McAllister
IT Manager
""", "S/MIME-signed IT notice: report suspicious mail, no need to forward")

neg("phishing-warning", "flowed", "internal", S(16), [ITDESK], "Re: Fake 'password expiry' emails", """
Hi Lewis,

Just to let you know I got one of these at 8.02 this morning (subject "Password expiry notice"). I've reported it with the button and deleted it. I didn't click anything.

A couple of my Year 10s said they'd had it too on their student accounts - I've told them to report it and not pass it round.

Mark
""", "teacher tells IT he reported a phishing email and told pupils not to pass it round")

neg("phishing-warning", "rfc822-forward", "internal", S(19), [ITDESK], "Suspicious email - attached as requested", """
Dear Customer,

We were unable to deliver your parcel today because the address was incomplete. A redelivery fee of 1.99 GBP is due.

To rearrange delivery please follow the link below within 24 hours or your parcel will be returned to sender.

https://parcel-redeliver-uk.example/track?id=UK48820193

Thank you,
Delivery Services
""", "teacher forwards a parcel-phishing email to IT as an attachment, as instructed", cover="""
Hi IT,

As per Lewis's instructions I'm sending this one as an attachment rather than forwarding. It came in to my school account at 7.40 this morning. I haven't clicked the link.

Rachel Inglis
RE
""", inner=(("no-reply@parcel-redeliver-uk.example", "Delivery Services"), [S(19)], "Your parcel could not be delivered", None, "html-only"), attach="Your parcel could not be delivered.eml")

neg("phishing-warning", "cp1252", "inbound", ("it.support@northvale-trust.example", "Northvale Trust IT Support"), [S(7)], "Staff bulletin – please cascade to staff", """
Hi Lewis,

For your staff bulletin this week – feel free to copy and paste:

“Scam alert: fraudsters are phoning schools pretending to be from our broadband provider and asking staff to install ‘remote support’ software. Never install anything at the request of a cold caller. Hang up and report the call to your IT team. Please don’t forward warning messages you receive from unknown sources – check with IT first.”

Many thanks,
Trust IT Support
""", "trust IT gives wording for a staff bulletin; tells staff not to forward warnings from unknown sources", hdrs=OUTLOOK)

neg("phishing-warning", "base64", "internal", S(7), [S(13), S(10), S(4)], "Your report - thank you", """
Hi all,

Thanks for reporting the "Microsoft Teams voicemail" email this morning. You were right, it was a phishing attempt. I've purged all copies from the tenant (it had reached 63 mailboxes) and blocked the sender.

No need to do anything else. Please don't reply to it or send it on to anyone to check - if in doubt, just report and I'll look.

Cheers
Lewis
""", "IT thanks reporters, says don't send the phish on to anyone")

# --- newsletters ---------------------------------------------------------------

neg("newsletter", "alternative", "outbound", S(10), [("parents-all@lists.school.example", "All Parents and Carers"), O(18)], "Friday Flyer \u2013 Issue 6", """
FRIDAY FLYER \u2013 ISSUE 6

\U0001f3c6 Well done to our U14 netball team, who beat four schools to win the county tournament on Saturday!

\U0001f4da Book Fair: the Scholastic book fair is in the library all next week. For every \u00a310 spent, school receives \u00a33 in books.

\U0001f3eb Open Evening: Thursday 1 October, 5.30\u20138pm. If you know a family with a child in Year 5 or 6 who is thinking about secondary schools, please share the date with them \u2013 we\u2019d love to show them round.

\U0001f9e5 Lost property: we have 43 unnamed jumpers. Please name everything!

\U0001f5d3 Dates for the diary
- 5 Oct: Year 7 vaccinations
- 12 Oct: Harvest assembly
- 23 Oct: Break up for half term at 1.30pm

Have a lovely weekend!
""", "weekly newsletter, asks to share open-evening date with families in Y5/6", subj_enc=("utf-8", "Q"))

neg("newsletter", "html-only", "inbound", ("news@eastmere-council.example", "Eastmere Council Education Bulletin"), [S(8), S(3)], "Education Bulletin: October 2026", """
bulletin
""", "council HTML education bulletin with 'share with colleagues' line", html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Education Bulletin</title></head>
<body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#005a70;color:#fff;padding:18px;font-size:22px">Education Bulletin &middot; October 2026</td></tr>
<tr><td style="padding:18px;font-size:14px;line-height:1.5">
<h3>Admissions deadline</h3><p>Secondary applications for September 2027 close on 31 October. Primary applications open on 1 November.</p>
<h3>Winter gritting routes</h3><p>Schools on priority gritting routes have been emailed separately. Please check the map before the first frost.</p>
<h3>Training</h3><p>Free Designated Safeguarding Lead refresher sessions are running on 4 and 18 November. Book via the learning portal.</p>
<h3>Supply chain update</h3><p>School meals providers have warned of price rises of around 6% from January due to supply chain pressures.</p>
<p style="font-size:12px;color:#666">You are receiving this because you are a headteacher or senior leader in Eastmere. Feel free to share this bulletin with colleagues in your school. <a href="https://eastmere-council.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""")

neg("newsletter", "qp", "outbound", S(15), [("parents-y10@lists.school.example", "Year 10 Parents and Carers")], "English department newsletter \u2013 autumn term", """
Dear Year 10 families,

Welcome to the English department\u2019s autumn newsletter.

This term Year 10 are studying \u2018An Inspector Calls\u2019 and poetry from the Power and Conflict anthology. The best thing you can do at home is ask your child to explain a poem to you \u2013 if they can teach it, they know it.

Theatre trip: we have 40 tickets for the National Theatre Live screening on 19 November (\u00a38). Letters will come home next week.

Reading for pleasure: our Year 10 book club meets on Wednesday lunchtimes in E4. Everyone welcome, biscuits provided.

Best wishes,
Ms G Adeyemi
Head of English
""", "English department newsletter to parents")

neg("newsletter", "html-attachment", "outbound", S(25), [("pta-members@lists.school.example", "PTA Members"), O(19)], "PTA news \u2013 November", """
<h2>PTA News &ndash; November</h2>
<p>The Bonfire Night disco raised &pound;1,146. Thank you to everyone who helped!</p>
<p>Christmas Fair: Saturday 5 December, 11am&ndash;2pm. We need volunteers for the tombola, raffle and grotto.</p>
<p>Please share this newsletter with anyone who might like to help &ndash; grandparents and neighbours are very welcome.</p>
""", "PTA newsletter as an HTML attachment, 'share with anyone who might help'", attach="PTA_news_November.html", html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>PTA News</title></head><body style="font-family:Verdana,sans-serif">
<h2 style="color:#2c7a3f">PTA News &ndash; November</h2>
<p>The Bonfire Night disco raised <b>&pound;1,146</b>. Thank you to everyone who helped, baked and danced!</p>
<p><b>Christmas Fair:</b> Saturday 5 December, 11am&ndash;2pm in the main hall. We need volunteers for the tombola, raffle and Santa's grotto &ndash; sign up on the sheet at reception.</p>
<p><b>Uniform sale:</b> second-hand blazers &pound;5, jumpers &pound;2, every Friday after school.</p>
<p>Please share this newsletter with anyone who might like to help &ndash; grandparents and neighbours are very welcome.</p>
<p>Fiona Blackwood, PTA staff liaison</p>
</body></html>
""", cover="""
Hi all, November newsletter attached. Thanks! Fiona
""")

neg("newsletter", "docx-attachment", "internal", S(3), [ALLSTAFF], "Staff Bulletin - week 8", """
STAFF BULLETIN - WEEK 8

Duty rota: please check the updated rota on the staffroom board - Tuesday break has changed.

Cover: thank you to everyone who has picked up extra cover this week.

Wellbeing: the staff choir starts on Thursday at 3.30 in the music room. No experience needed.

CPD: Wednesday's twilight will be on adaptive teaching. Bring a class list.

Key dates: Governors' meeting Monday, Year 11 parents' evening Thursday, INSET 2 November.
""", "weekly staff bulletin as .docx", attach="Staff_Bulletin_Week8.docx", cover="""
Dear all,

Please find this week's bulletin attached.

Gareth
""")

neg("newsletter", "wrap72", "inbound", ("newsletter@geog-assoc.example", "Geography Teachers' Network"), [S(16)], "Network news: fieldwork grants, new resources, conference", """
GEOGRAPHY TEACHERS' NETWORK - MONTHLY NEWS

Fieldwork grants: applications are open for small grants of up to 400 pounds to support GCSE fieldwork for disadvantaged pupils. Closing date 20 November.

New resources: our members' area now has a complete unit on global food chains and food security, including a supply chain mapping activity for Year 9 and a decision-making exercise on food miles.

Conference: early-bird tickets for the spring conference close at the end of the month.

If you know a colleague who would find this useful, they can sign up free on our website.
""", "subject-association newsletter mentioning food chains and supply chain activity")

neg("newsletter", "utf8-8bit", "outbound", S(21), [("parents-primary@lists.school.example", "Primary Phase Families")], "\U0001f342 Primary phase news \U0001f342", """
\U0001f342 AUTUMN NEWS FROM THE PRIMARY PHASE \U0001f342

\U0001f34e Harvest: thank you for your generous donations \u2013 we sent 212 items to the food bank!
\U0001f98a Forest School: Year 2 made daisy chains, bug hotels and a (slightly wonky) den.
\U0001f4d6 Reading: please keep signing reading records \u2013 five reads a week earns a sticker.
\U0001f383 Dress-up day: Friday 30 October, \u00a31 donation for the school council\u2019s chosen charity.

Thank you for all your support,
Mrs Varga and the primary team
""", "primary newsletter with emoji, mentions daisy chains")

neg("newsletter", "latin1", "inbound", ("info@museu-arte.example", "Museu de Arte Escolar"), [S(14), S(19)], "Programa educativo - outono / autumn education programme", """
Dear teachers / Caros professores,

Our autumn education programme is now open for booking. Workshops for KS3 include "Art and propaganda", "Medieval guilds" and "Café culture in Lisbon".

Prices: €4 per pupil, teachers free. Groups of up to 30.

We would be very grateful if you could share this information with colleagues in your humanities and arts departments.

Com os melhores cumprimentos,
Serviço Educativo
""", "museum education newsletter (latin-1), asks to share with colleagues", subj_enc=("iso-8859-1", "Q"))

# --- e-safety / PSHE material that quotes a chain letter as an example -------------

neg("esafety-lesson", "wrap72", "internal", S(6), [TUTORS7], "PSHE tutor time: chain messages (Tuesday session)", """
Hi Year 7 tutors,

Tuesday's PSHE tutor session is on chain messages and online pressure. The slides are in the shared drive under PSHE > Online Safety > Week 6.

The starter asks pupils to read the example below and spot the pressure tactics. Please read it out in a neutral voice and make it clear it is an example we are studying, not a real message:

EXAMPLE (do not send):
"If you don't send this to 15 people by midnight a girl called Clara will come to your window. If you send it to 5 you get bad luck for a year."

Discussion questions:
1. What does the message want you to do?
2. How does it try to make you feel? (scared, guilty, excited?)
3. Why does it tell you not to tell an adult?
4. What should you do if you get a message like this? (Answer: don't pass it on, tell a trusted adult, report/block.)

Some pupils may have been upset by messages like this, so please flag anything to me or the safeguarding team.

Thanks
Aisha Begum
DSL / PSHE lead
""", "PSHE session for tutors quoting a chain message as a labelled example to analyse")

neg("esafety-lesson", "docx-attachment", "internal", S(24), [S(9), S(16), S(20)], "Y8 Computing worksheet - hoaxes and chain letters", """
# Year 8 Computing - Hoaxes and chain letters

Learning objective: to recognise chain letters and hoaxes and explain why they spread.

# Task 1 - Read the examples

Example A: "WARNING! If you get an email called 'A card for you' don't open it, it wipes your hard drive. Forward this to everyone in your contacts!"

Example B: "Nike are giving free trainers to everyone who forwards this email to 20 people."

Example C: "Copy and paste this to your status or your account will be deleted tomorrow."

# Task 2 - Answer these questions

1. What does each example ask the reader to do?
2. What is the threat or reward in each one?
3. How could you check whether Example A is true?
4. Why do companies not pay people for forwarding emails?

# Task 3 - Extension

Write a short reply you could send to a friend who sent you Example C, explaining kindly why it is a hoax and why you won't be passing it on.
""", "computing worksheet (.docx) quoting three chain letters as examples to analyse", attach="Y8_Hoaxes_worksheet.docx", docx=None, cover="""
Hi all,

Worksheet for next week's Y8 lesson attached - same for all groups. Answers are on the last slide of the PowerPoint.

Yusuf
""")

neg("esafety-lesson", "html-only", "outbound", S(6), [("parents-all@lists.school.example", "All Parents and Carers")], "Online safety update: scary chain messages", """
esafety
""", "e-safety update to parents quoting a chain message as an example and advising not to forward", html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;max-width:620px">
<h2 style="color:#6a1b9a">Online safety update for families</h2>
<p>Dear Parents and Carers,</p>
<p>Some of our younger pupils have been upset this week by &ldquo;chain messages&rdquo; being passed around on phones and email. These usually threaten that something bad will happen unless the child sends the message on. Here is a typical example, so you know what to look out for:</p>
<blockquote style="border-left:4px solid #bbb;padding-left:10px;color:#555"><i>&ldquo;If you don&rsquo;t send this to 10 people in 10 minutes, a ghost will visit you tonight. A girl who ignored it disappeared.&rdquo;</i></blockquote>
<p><b>What to do:</b></p>
<ul><li>Reassure your child that these messages are made up and nothing will happen.</li><li>Encourage them <b>not</b> to send it on &ndash; that is how it spreads and frightens other children.</li><li>Delete it, and block or report the sender if needed.</li><li>Let us know if it was sent by another pupil so we can follow it up kindly.</li></ul>
<p>Best wishes,<br>Mrs A Begum, Designated Safeguarding Lead</p>
</body></html>
""")

neg("esafety-lesson", "alternative", "internal", S(24), [Y9], "Homework: spot the hoax (due Thursday)", """
Hi Year 9,

This week's homework is on the Teams assignment "Spot the hoax". You will read three example messages and decide whether each is genuine, a scam or a chain letter.

Here's one of the examples so you can get started:

    "Microsoft will pay you $245 for every person you forward this email to. This is not a joke, my friend got a cheque!"

For each message, write:
- what it asks you to do,
- what clues tell you it is fake,
- what the sensible response is.

Please do NOT actually forward any of the examples - I'll know ;)

Due Thursday, 30 minutes max.

Mr Demir
""", "homework quoting a pay-per-forward hoax as an example to evaluate")

neg("esafety-lesson", "text-attachment", "internal", S(22), [S(6), S(8), S(3)], "Assembly script - 'Don't pass it on'", """
ASSEMBLY - "DON'T PASS IT ON"  (Years 7-8, week beginning 12 October)

[Slide 1: picture of a phone buzzing]

Good morning everyone. Put your hand up if you've ever received a message that said something like "send this to ten people or you'll have bad luck". Keep it up if you sent it on. Don't worry, you're not in trouble - lots of adults do it too.

[Slide 2: an example chain message on screen]

"Forward this to everyone you know or your account will be deleted."

Who wrote this? Nobody knows. Is it true? No. So why do so many people send it on? Because it makes us feel scared, or guilty, or it promises us something nice.

[Slide 3: "Stop. Think. Tell."]

Today I want you to remember three words. Stop - don't send it on. Think - who benefits if I do? Tell - show a trusted adult if it worries you.

[Prayer/reflection]
""", "chaplain's assembly script in a .txt attachment quoting a chain message as an example", attach="assembly_dont_pass_it_on.txt", cover="""
Hi all,

Draft assembly script attached for the week of the 12th - let me know if you'd like anything changed. Aisha, I've kept the safeguarding message in.

Alan
""")

neg("esafety-lesson", "html-attachment", "internal", S(20), [S(1), S(24)], "Business Studies - viral marketing lesson (slides as HTML)", """
<h1>Viral marketing vs chain letters</h1>
""", "business studies lesson slides quoting chain letters as a contrast to viral marketing", attach="viral_marketing_slides.html", html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Viral marketing</title></head><body style="font-family:Calibri,sans-serif">
<h1>Viral marketing vs chain letters</h1>
<h2>Slide 1 &ndash; What makes content spread?</h2>
<ul><li>Emotion (funny, shocking, moving)</li><li>Social currency &ndash; sharing makes you look good</li><li>Practical value</li></ul>
<h2>Slide 2 &ndash; Chain letters: the dark side of &ldquo;sharing&rdquo;</h2>
<p>Case study: the &ldquo;Bill Gates will pay you to forward this email&rdquo; hoax from the late 1990s. It promised money for each forward and used a fake &ldquo;tracking&rdquo; claim. Millions of copies were sent.</p>
<p><i>Discuss: why does a chain letter spread even though there is no product?</i></p>
<h2>Slide 3 &ndash; Ethics</h2>
<p>Real businesses must not use fake rewards or threats to make customers share. Link to the Consumer Protection from Unfair Trading Regulations.</p>
<h2>Slide 4 &ndash; Task</h2>
<p>Design an ethical referral campaign for a local caf&eacute;. It must NOT rely on pressure or chain messages.</p>
</body></html>
""", cover="""
Marcus, Yusuf - here's the lesson I mentioned, exported as HTML so it opens on the Chromebooks. Happy for you to borrow it for the digital literacy day.

Stuart
""")

neg("esafety-lesson", "qp", "internal", P(8), [S(24)], "homework - chain letters question 3", """
Hi Mr Demir,

here is my answer to question 3, i couldnt upload it to Teams sorry.

Q3. Explain why chain letters are harmful.

A chain letter is a message that tells you to send it to lots of people, for example \u201csend this to 10 people or you will have bad luck\u201d or \u201cforward this and Microsoft will pay you\u201d. They are harmful because they scare younger children, they waste people\u2019s time and they can fill up inboxes. Some of them are used by scammers to collect email addresses. They use pressure like deadlines (\u201cwithin 1 hour\u201d) and threats so you don\u2019t stop and think. The best thing to do is not pass it on and tell an adult if it upset you.

thanks
Leah Patel 9C
""", "pupil homework answer quoting chain-letter phrases to explain why they're harmful")

neg("esafety-lesson", "flowed-delsp", "inbound", ("training@safe-schools-online.example", "Safe Schools Online"), [S(6), S(24)], "Your training materials: 'Hoaxes, scares and chain messages'", """
Dear Aisha and Yusuf,

Thank you for booking our staff session for 19 November. As promised, here is the outline so you can share it with colleagues beforehand.

Session outline
1. Why scary chain messages appeal to children (the "Momo" panic as a case study)
2. Examples we will look at together, e.g. "If you don't forward this to 12 people in an hour she will come for you", "Copy and paste this or your account will be deleted"
3. What not to do: sharing warnings about the hoax can spread it further
4. Responding calmly, recording incidents, and talking to parents

Please don't circulate the example messages to pupils ahead of the session.

Best wishes,
Hannah Cole
Safe Schools Online
""", "external trainer's outline quoting chain messages as examples, advises not to circulate them")

neg("esafety-lesson", "base64", "outbound", S(24), [("parents-y7@lists.school.example", "Year 7 Parents and Carers")], "What your child learned in Computing this week", """
Dear Year 7 families,

This week in Computing we looked at how to spot fake messages online. Pupils compared three examples:

1. A real message from school about a trip.
2. A scam promising a free phone if you click a link.
3. A chain letter: "Send this to 20 people in the next hour or you'll have 20 years of bad luck."

Most pupils quickly spotted that number 3 was trying to frighten them into passing it on. We talked about why it's fine to just delete messages like that.

You might like to ask your child: "What three things should you check before you trust a message?"

Thanks,
Mr Y Demir
Computing
""", "computing update to parents describing a lesson that quoted a chain letter")

neg("esafety-lesson", "zip-attachment", "internal", S(6), [S(0), S(12), S(17)], "Online safety resources (zip)", """
Hi all,

Zip attached with the online safety resources for your tutor groups - teacher notes, the example messages card sort, and the parent letter template. Please don't share the card sort examples outside lessons.

Aisha
""", "zipped online-safety teacher notes including example chain messages for a card sort", attach="online_safety_pack.txt", zipm=[("teacher_notes.txt", """ONLINE SAFETY - TEACHER NOTES (Session 3: chain messages)

Aim: pupils recognise chain messages and know they can safely ignore them.

Card sort - pupils sort these EXAMPLE messages into "scam", "chain letter", "genuine":
  A. "Send this to 10 friends or you'll be single for 10 years"      -> chain letter
  B. "Your parcel could not be delivered, pay 1.99 here"              -> scam
  C. "Reminder: football practice is moved to Thursday"               -> genuine
  D. "Forward this to everyone in your contacts, a hacker is adding people" -> chain letter/hoax
  E. "Roblox will give you 10,000 Robux if you send this to 10 people" -> chain letter/scam

Plenary: What is the one thing every chain letter asks you to do? (pass it on)
Key message: you are allowed to break the chain. Nothing bad will happen.
"""), ("parent_letter_template.txt", """Dear Parent/Carer,

This week your child's tutor group talked about chain messages - messages that tell you to send them on to lots of people. We reassured pupils that nothing bad happens if they don't pass them on. If your child receives one, please encourage them to delete it and talk to you.

Kind regards,
[Tutor name]
""")])

neg("esafety-lesson", "7bit", "internal", S(19), [S(22)], "RE lesson idea - superstition and chain prayers", """
Hi Alan,

For the Y9 unit on belief and superstition I want to use a chain prayer as a stimulus - the classic "say this prayer and send it to nine people and your prayer will be answered, do not break the chain". The question for discussion is whether that is faith or superstition, and what different traditions would say about prayer being used as a kind of bargain.

Would you be happy to come in and give a chaplain's view on 4 November, period 3? Ten minutes would be plenty.

Thanks
Rachel
""", "RE teacher plans lesson using a chain prayer as a stimulus, quoted as an example")

# --- other meanings of "chain" --------------------------------------------------------

neg("chain-word", "wrap72", "inbound", ("accounts@brightplate-catering.example", "BrightPlate Catering"), [S(4)], "Menu changes - supply chain disruption", """
Dear Helen,

I'm writing to let you know about some temporary changes to the school menu from Monday 12 October. Due to disruption in our supply chain (a shortage of certain frozen vegetables and a delay from our bakery supplier) we will be substituting some items:

- Vegetable lasagne will be replaced by vegetable pasta bake on Tuesdays.
- Wholemeal rolls will be replaced by wholemeal wraps.

All allergen information has been updated and a revised matrix is attached to the portal. There is no change to the price per meal. Please pass this on to your kitchen manager and feel free to share the revised menu with parents.

We expect normal supply to resume within three weeks.

Kind regards,
Jenna Holt
Account Manager, BrightPlate Catering
""", "caterer explains supply chain disruption; asks to pass on to kitchen manager")

neg("chain-word", "qp", "internal", S(1), [("y8-science@students.school.example", "Year 8 Science")], "Science homework \u2013 food chains and food webs", """
Hi Year 8,

Your homework this week is on food chains.

1. Draw a food chain with at least four organisms from a woodland habitat. Label the producer, primary consumer, secondary consumer and tertiary consumer.
2. Explain what the arrows in a food chain show (hint: energy transfer!).
3. Combine two food chains into a food web.
4. Predict what would happen to the web if all the rabbits disappeared.

Due next Wednesday. If you\u2019re stuck, the revision guide pages 42\u201345 will help.

Dr Osei
""", "science homework on food chains")

neg("chain-word", "flowed", "outbound", S(21), [("parents-ks1@lists.school.example", "KS1 Parents")], "Outdoor learning afternoon - daisy chains and den building", """
Dear KS1 families,

On Friday afternoon we'll be spending our outdoor learning session on the school field. The children will be making daisy chains, hunting for minibeasts and building dens. Please send your child in with wellies or old trainers and a coat, even if it looks sunny.

If you have any old bedsheets or tarpaulins you don't need, we'd love them for the dens!

Thank you,
Mrs Varga
""", "primary outdoor learning: daisy chains")

neg("chain-word", "7bit", "internal", S(6), [ALLSTAFF], "Safeguarding - reminder of the reporting chain", """
Dear colleagues,

Following this week's training, a quick reminder of the reporting chain for safeguarding concerns:

1. Record the concern on CPOMS the same day, using the child's words where you can.
2. If a child is at immediate risk, find me or a deputy DSL in person straight away.
3. If the concern is about a member of staff, go to the Headteacher. If it's about the Headteacher, go to the Chair of Governors.

Please don't pass concerns along informally or discuss them in the staffroom - use the chain above so nothing gets lost.

Thanks
Aisha
""", "DSL reminder of the safeguarding reporting chain/chain of command")

neg("chain-word", "alternative", "inbound", ("sales@promo-keyrings.example", "PromoKeyrings Ltd"), [S(25)], "Your quote: 180 personalised key chains for Year 11 leavers", """
Hi Fiona,

Thanks for your enquiry. Please see your quote below for the Year 11 leavers' gifts.

Item: metal key chain with engraved school crest and "Class of 2027"
Quantity: 180
Unit price: \u00a31.85
Engraving: included
Delivery: free, 10 working days from proof approval

Total: \u00a3333.00 + VAT

If you'd like to go ahead, just reply to this email and we'll send a digital proof. Happy to add a colour option (navy or silver lanyard ring) at no extra cost.

Best regards,
Darren
PromoKeyrings Ltd
""", "supplier quote for leavers' key chains")

neg("chain-word", "utf8-8bit", "internal", P(17), [P(9), P(15)], "bike chain snapped \U0001f62d", """
lads my bike chain snapped on the way in so i cant do the ride after school \U0001f62d\U0001f62d

finn can u tell mr bradshaw for me i forgot to reply to his email. my dad says he can fix it by saturday so i'll come to the next one

alfie
""", "pupil's bike chain snapped, can't do the ride")

neg("chain-word", "cp1252", "internal", S(11), [S(3), S(8), S(10)], "Exam papers – chain of custody for the mocks", """
Dear all,

A reminder of the chain of custody for the mock papers, as required by the JCQ guidance we follow for real exams:

• Papers stay in the locked exams cupboard until 30 minutes before the start.
• Two members of staff sign them out and sign them back in.
• Scripts are counted, bundled and signed over to the exams office immediately after each session – not left in classrooms.
• Any breach must be logged on the incident form.

I’ve updated the sign-out sheet – it’s on the clipboard in the exams office.

Many thanks,
Rebecca Stone
Exams Officer
""", "exams officer on chain of custody for papers", hdrs=OUTLOOK, subj_enc=("windows-1252", "B"))

neg("chain-word", "html-only", "outbound", S(0), [("parents-9h@lists.school.example", "9H Parents and Carers")], "9H Christmas paper chain challenge!", """
paper chain
""", "form tutor's HTML note about a paper-chain competition", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:15px">
<p>Dear 9H families,</p>
<p>Our form is taking part in the house competition to make the <b>longest paper chain</b> to decorate the main hall. Each link has a kind message or a Christmas wish written on it.</p>
<p>If you have any spare coloured paper or old wrapping paper at home, please send it in by Friday 4 December. Glue sticks provided!</p>
<p>Thanks so much,<br>Mrs Hartley</p>
</body></html>
""")

neg("chain-word", "latin1", "internal", ("site.manager@school.example", "Dave Rowe"), [ALLSTAFF], "H&S: daisy-chained extension leads", """
Morning all,

During this term's electrical safety check I found six classrooms with extension leads plugged into other extension leads ("daisy-chaining"). This overloads sockets and is a genuine fire risk.

Please:
- unplug any daisy-chained leads today,
- use one 4-gang lead per double socket maximum,
- report if you need more sockets and I'll log it with the contractor.

Heaters brought in from home are not allowed (sorry – I know it's cold in the science block, I'm on it).

Dave Rowe
Site Manager
""", "site manager warns about daisy-chained extension leads (latin-1)")

neg("chain-word", "wrap72", "internal", S(9), [S(1), S(3)], "Re: Re: Re: Maths set changes", """
Hi both,

Sorry - I've lost track in this email chain of where we got to. Just to confirm what I think we agreed:

- Zain Hussain and Oscar Lindqvist move up to set 2 from Monday.
- Callum Reid stays in set 3 until after the mocks and we review.
- Parents will be told by letter from me, not by tutors.

If that's right I'll do the letters tomorrow. Marcus, can you let the science department know in case it affects their groupings?

Dan

On Tue, Marcus Osei wrote:
> Fine by me. I'd keep Callum where he is for now.
>
> On Tue, Gareth Pugh wrote:
>> Happy with Zain and Oscar moving. Let's not move anyone else mid-term.
""", "staff reply about maths set changes referring to 'this email chain'")

neg("chain-word", "base64", "outbound", S(15), [("parents-all@lists.school.example", "All Parents and Carers"), O(16)], "Help us form a human chain to move the library!", """
Dear Parents and Carers,

Our new library is finally finished! On Saturday 14 November, 10am-12pm, we're moving 9,000 books from the old library to the new one - and we'd like to do it with a human chain of pupils, parents, staff and governors passing books hand to hand across the courtyard.

If you can help for even half an hour, please sign up using the form on the school website. Refreshments provided and there will be a prize for the longest-serving volunteer!

Many thanks,
Ms Adeyemi
Head of English and Library
""", "invitation to a 'human chain' to move library books")

neg("chain-word", "docx-attachment", "internal", S(1), [S(24), ("technicians@school.example", "Science Technicians")], "Y10 chemistry practical - risk assessment", """
# Practical risk assessment: Year 10 chemistry - chain reactions and rates

Practical: rate of reaction between sodium thiosulfate and hydrochloric acid (disappearing cross).

Hazards: dilute HCl (irritant), sulfur dioxide produced in small amounts.

Control measures: eye protection at all times, well-ventilated lab, maximum 0.5 M acid, no more than 50 cm3 per group.

Extension demonstration (teacher only): a "chain reaction" using a row of dominoes to model how one event triggers the next, linked to nuclear fission in physics.

Waste disposal: neutralise and pour down the sink with plenty of water.
""", "chemistry practical risk assessment (.docx) mentioning a chain reaction demo", attach="Y10_rates_RA.docx", cover="""
Hi Yusuf and techs,

RA for next week's Y10 practical attached. Can we have 16 sets ready for Tuesday P2 please?

Thanks
Marcus
""")

neg("chain-word", "qp", "inbound", ("mayors.office@eastmere-council.example", "Mayor's Office"), [S(8)], "Mayor's visit \u2013 Remembrance service", """
Dear Mrs Fenwick,

Thank you for inviting the Mayor to your Remembrance service on Wednesday 11 November. I can confirm that Councillor Jean Hollis will attend, arriving at 10.40am. She will be wearing the chain of office and will be accompanied by her consort and a mace bearer.

The Mayor would be delighted to lay a wreath and to say a few words (no more than three minutes) if that fits your programme.

Please could you let me know where the car should park, and whether there are any dietary requirements I should be aware of for the reception afterwards.

Kind regards,
Mayor\u2019s Office
""", "mayor's visit: wearing the chain of office")

# --- good luck ------------------------------------------------------------------------

neg("good-luck", "qp", "internal", S(12), [Y11], "Good luck tomorrow, Year 11! \U0001f340", """
Dear Year 11,

Tomorrow your mocks begin. I just wanted to say how proud I am of the effort I\u2019ve seen over the last few weeks \u2013 the revision sessions have been packed!

A few reminders:
\u2022 Arrive by 8.40am and line up outside the Sports Hall.
\u2022 Clear pencil case, black pens, calculator.
\u2022 Phones OFF and in your bag at the front.

Get a good night\u2019s sleep, eat breakfast, and remember a mock is practice \u2013 it\u2019s where you find out what to work on.

Good luck! \U0001f340
Mr Qureshi
""", "Head of Year wishes Year 11 good luck in exams", subj_enc=("utf-8", "B"))

neg("good-luck", "7bit", "inbound", ("claire.thornton@example.net", "Claire Thornton"), [S(15)], "thank you", """
Dear Ms Adeyemi,

I just wanted to say thank you for all the extra help you've given Ellie with her English this term. She was so nervous about the speaking assessment and she came home beaming.

Good luck with the rest of the term and with the new baby when it arrives!

Best wishes,
Claire Thornton
""", "parent thanks teacher and wishes her good luck")

neg("good-luck", "html-only", "outbound", S(8), [("parents-y11@lists.school.example", "Year 11 Parents and Carers")], "GCSE results day \u2013 information", """
results
""", "head's HTML results-day letter wishing pupils luck", html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:15px">
<p>Dear Parents and Carers of Year 11,</p>
<p>The mock results evening will take place on Thursday 14 January. Students will collect their envelope from their tutor at 5pm and subject staff will be available until 7pm.</p>
<p>Whatever the results, please remember these are a stepping stone &ndash; there is still plenty of time before the summer. We will be in touch with a revision timetable and details of Easter sessions.</p>
<p>I would like to wish every one of our students the very best of luck.</p>
<p>Mrs C Fenwick<br>Headteacher</p>
</body></html>
""")

neg("good-luck", "flowed", "internal", S(14), [S(16)], "Good luck this afternoon!", """
Mark - good luck with the interview this afternoon. You'll smash it. Remember they already know you're good, they just want to hear you talk about it.

Pint on Friday either way?

Owen
""", "colleague wishes another good luck with an internal interview")

neg("good-luck", "utf8-8bit", "internal", P(4), [P(14)], "good luck tmrw!!!", """
poppy good luck for ur grade 5 piano tmrw!!!! \U0001f3b9\U0001f3b9 ur gonna be amazing

tell me how it goes at lunch xx ruby \U0001f340
""", "pupil wishes friend good luck in a piano exam")

neg("good-luck", "cp1252", "inbound", ("grandad.dunn@example.com", "Ken Dunn"), [P(17)], "Your football trial", """
Alfie,

Grandma and I wanted to wish you all the luck in the world for your trial on Saturday. We’re so proud of how hard you’ve worked.

Don’t worry about what happens – just enjoy it, and remember what Mr Bradshaw said about keeping your head up.

We’ll ring you Saturday night to hear all about it.

Lots of love,
Grandad
""", "grandparent wishes pupil good luck for a football trial")

neg("good-luck", "alternative", "internal", S(11), [TEACHING], "Mocks start Monday - invigilation and good luck", """
Dear colleagues,

The mock exam season starts on Monday. Thank you to everyone who has signed up to invigilate. Your invigilation timetable is in your pigeonhole and in the shared calendar.

Please remind your Year 11 and Year 13 classes that:
- they should check their personal timetable tonight,
- the seating plans are on the Sports Hall doors,
- and mobile phones in exams will be treated as a malpractice incident.

Good luck to all our students - and to you all for surviving the fortnight!

Rebecca
""", "exams officer's mocks notice ending with good luck")

neg("good-luck", "wrap72", "outbound", S(5), [O(4), O(9), O(25), O(14)], "Cup semi-final on Saturday - good luck lads!", """
Dear Parents,

A reminder that the U15 team play the county cup semi-final on Saturday at Eastmere Sports Park, kick-off 10.30am. Players need to be at school at 9.15am for the minibus, in full kit with shin pads and water. We'll be back at school for around 1.30pm.

Supporters are very welcome - bring a flask, it's an exposed pitch.

I'd like to say good luck to all the lads. They've worked so hard this season and deserve to be there.

Tom Bradshaw
""", "PE teacher's match notice wishing the team good luck")

# --- charity appeals without forwarding chains ---------------------------------------------

neg("charity-appeal", "alternative", "outbound", S(22), [("parents-all@lists.school.example", "All Parents and Carers")], "Children in Need \u2013 Friday 13 November", """
Dear Parents and Carers,

On Friday 13 November we will be raising money for Children in Need. Pupils can come to school in non-uniform (spots encouraged!) for a donation of \u00a31.

There will also be a cake sale at break and lunch run by the Year 10 charity committee \u2013 cakes 50p each. If you\u2019d like to bake, please drop your cakes at reception by 8.30am.

Last year we raised \u00a31,872. Let\u2019s beat it!

Thank you,
Rev. Alan Prentice
School Chaplain
""", "Children in Need non-uniform day appeal")

neg("charity-appeal", "html-only", "inbound", ("hello@eastmere-foodbank.example", "Eastmere Food Bank"), [S(22), S(8)], "Winter appeal: what we need most", """
foodbank
""", "food bank HTML appeal listing needed items, no forwarding chain", html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#c0392b">Our winter appeal</h2>
<p>Dear friends at school,</p>
<p>Thank you for your amazing harvest collection. Demand has risen by 30% this autumn and our shelves are emptying fast. The items we need most are:</p>
<ul><li>Tinned meat and fish</li><li>UHT milk</li><li>Coffee and tea</li><li>Toiletries, especially deodorant and sanitary products</li><li>Christmas treats for families with children</li></ul>
<p>Donations can be dropped at our warehouse on Station Road (Mon&ndash;Fri, 9&ndash;3) or we can collect from school if you have more than five boxes.</p>
<p>With thanks,<br>Sam Akers, Volunteer Coordinator</p>
</body></html>
""")

neg("charity-appeal", "qp", "internal", S(13), [ALLSTAFF], "Macmillan coffee morning \u2013 this Friday \u2615", """
Hi everyone,

It\u2019s the World\u2019s Biggest Coffee Morning on Friday! The staffroom will be open from 8am with coffee, tea and lots of cake. Suggested donation \u00a32 (more if you have seconds\u2026).

If you can bake, please put your name on the sheet by the kettle so we don\u2019t end up with 14 lemon drizzles again \U0001f602

All money goes to Macmillan Cancer Support.

Nicola
""", "staff coffee morning for Macmillan", subj_enc=("utf-8", "B"))

neg("charity-appeal", "latin1", "outbound", S(19), [O(2), O(6), O(13), O(29)], "Shoebox appeal – last call", """
Dear parents and friends of the RE department,

Thank you to everyone who has already sent in a shoebox for the Christmas appeal. We now have 96 boxes!

The last day for boxes is Friday 20 November. Each box should contain a small toy, toiletries, a hat or gloves and some stationery, and a £5 donation towards shipping if you can manage it.

Rachel Inglis
Head of RE
""", "RE shoebox appeal, last call (latin-1, £)")

neg("charity-appeal", "wrap72", "inbound", ("fundraising@stcatherines-hospice.example", "St Catherine's Hospice"), [S(8)], "Thank you, and an invitation", """
Dear Mrs Fenwick,

On behalf of everyone at St Catherine's Hospice, thank you to your pupils and staff for the extraordinary sum of 2,340 pounds raised at your summer fun run. It will pay for a specialist nurse for almost two weeks.

We'd love to invite a small group of pupils from the charity committee to visit the hospice garden in the spring, to see where their fundraising goes and meet some of our volunteers. Please let me know if this is something the school would like to do.

With warm wishes,
Clare Mortimer
Community Fundraising Manager
""", "hospice thank-you and invitation")

neg("charity-appeal", "base64", "internal", P(18), [("allstudents@students.school.example", "All Students")], "school council: toy drive starts monday", """
Hi everyone,

The school council toy drive starts on Monday! We are collecting new toys, books and games for children who are spending Christmas in hospital.

Please bring them to the box in reception before 11 December. They must be new and not wrapped.

The form that brings in the most gets a pizza party!

Thanks,
Maryam Ali (School Council)
""", "school council toy drive announcement")

neg("charity-appeal", "text-attachment", "internal", S(17), [S(8), S(10)], "Poster text for the sponsored silence", """
SPONSORED SILENCE - FRIDAY 27 NOVEMBER

Year 7 are going quiet for a good cause!

From 9am to 12pm, our Year 7 pupils will be completely silent to raise money for the local children's hospice.

Sponsor forms are in the Year 7 office. Every penny goes to the hospice.

Thank you for your support!
""", "TA sends poster text for a sponsored silence as .txt", attach="sponsored_silence_poster.txt", cover="""
Hi Caroline, Sian,

Here's the text for the poster - could the office print 20 on A3 please?

Thanks
Beth
""")

neg("charity-appeal", "flowed-delsp", "inbound", ("events@childrenscharity-north.example", "Northern Children's Charity"), [S(22)], "Christmas jumper day pack", """
Dear Alan,

Thank you for signing up your school for Christmas Jumper Day on Friday 11 December! Your fundraising pack is on its way and should arrive by the end of next week. It includes posters, stickers, a collection box and a certificate for your school.

Last year schools across the north raised over 180,000 pounds, helping us run holiday clubs for more than 3,000 children.

If you need anything else, just reply to this email.

With thanks,
The Events Team
""", "charity confirms Christmas jumper day pack")

# --- single forwards of ordinary messages -------------------------------------------

neg("ordinary-forward", "wrap72", "internal", S(3), [S(12), S(0)], "Fwd: Minutes - pastoral leads meeting 29/09", """
FYI - minutes from Tuesday. Action 3 is ours.

Gareth

---------- Forwarded message ---------
From: Sian Llewellyn <s.llewellyn@school.example>
Date: Wed, 30 Sept 2026 at 09:14
Subject: Minutes - pastoral leads meeting 29/09
To: Gareth Pugh <g.pugh@school.example>

Present: GP (chair), FQ, AB, JH, IH. Apologies: PR.

1. Attendance: whole-school 95.1%. Year 9 lowest at 93.2%. IH to share list of persistent absentees with HoYs.
2. Behaviour: lunchtime incidents down since the new zoning. Keep under review.
3. Year 9 and Year 11 to plan a joint assembly on respect online (GP/FQ/JH) - before half term.
4. AOB: new CPOMS categories go live 1 October.

Next meeting: 13 October.
""", "deputy forwards meeting minutes once to two colleagues")

neg("ordinary-forward", "qp", "outbound", S(5), [O(4), O(25)], "Fwd: Coach times for Saturday", """
Hi both \u2013 forwarding the coach confirmation from the company so you have the pick-up time. Could one of you let the other parents in the WhatsApp group know?

Tom

---------- Forwarded message ---------
From: Bookings <bookings@vale-coaches.example>
Subject: Coach times for Saturday

Booking ref VC-22871
Pick-up: school main gate, 08:45
Return from Eastmere Sports Park: 13:00 (approx. arrival 13:30)
Vehicle: 33-seater, seatbelts fitted

Thank you for booking with Vale Coaches.
""", "PE teacher forwards coach confirmation to two parents")

neg("ordinary-forward", "rfc822-forward", "internal", S(4), [S(8)], "FW: Boiler service quote (attached)", """
Dear Helen,

Further to our visit on Monday, please find our quote for the annual service of the two boilers in the main building and the sports hall.

Annual service (2 x commercial boilers): 640.00 GBP + VAT
Gas safety certificate: included
Replacement of expansion vessel (sports hall): 385.00 GBP + VAT

We can schedule the work for half term week. The quote is valid for 30 days.

Kind regards,
Warmfix Heating Ltd
""", "business manager forwards a contractor quote as attachment to the head", cover="""
Caroline - quote attached for the boiler service. It's within budget; shall I book it for half term?

Helen
""", inner=(("quotes@warmfix-heating.example", "Warmfix Heating"), [S(4)], "Boiler service quote", None, "7bit"), attach="Boiler service quote.eml")

neg("ordinary-forward", "7bit", "internal", S(16), [S(14)], "FW: Fieldwork risk assessment", """
Owen - as discussed, here's the RA for the river study. Can you check the bit on supervision ratios before I send it to Gareth?

Mark

-----Original Message-----
From: Mark Ellery
Sent: 02 October 2026 16:20
To: Mark Ellery
Subject: Fieldwork risk assessment

> Venue: Eastmere Brook, lower car park.
> Group: Year 10 geography, 52 pupils, 4 staff + 1 TA.
> Hazards: water (max depth 30 cm at study sites), slips, weather, traffic in car park.
> Controls: wellies, no pupil enters water above knee height, staff at each site, first aider with mobile phone.
""", "geography teacher forwards his own risk assessment to a colleague")

neg("ordinary-forward", "alternative", "internal", S(8), [TEACHING], "Fwd: Ofsted - inspection framework update", """
Colleagues,

Forwarding this for information - the key point is that the new report card grades start from the spring. We'll go through it properly at Wednesday's briefing; no action needed now.

Caroline

---------- Forwarded message ---------
From: Northvale Trust CEO
Subject: Ofsted - inspection framework update

Dear Headteachers,

Ofsted has confirmed the timetable for the new report cards. Inspections under the renewed framework will begin after the spring half term. Further training for leaders will be provided by the trust in January.
""", "head forwards trust update on the inspection framework to teaching staff")

neg("ordinary-forward", "rfc822-forward", "outbound", S(2), [("ed.psych@eastmere-council.example", "Dr Lena Fox")], "Fw: Referral information (attached)", """
Dear Mrs Raman,

Thank you for meeting with me. As agreed, I will observe Kacper in maths and science on Tuesday 20 October and then meet with you and his parents at 3.30pm. I will need a copy of his current support plan and the last two reviews.

Kind regards,
Dr Lena Fox
Educational Psychologist
""", "SENCo forwards the EP's own email back as attachment with the support plan request", cover="""
Dear Dr Fox,

I've attached your email so we're both working from the same dates. The support plan and reviews will follow by secure email this afternoon.

Best wishes
Priya Raman
SENCo
""", inner=(("ed.psych@eastmere-council.example", "Dr Lena Fox"), [S(2)], "Observation visit", None, "qp"), attach="Observation visit.eml")

neg("ordinary-forward", "cp1252", "internal", S(10), [S(4)], "FW: Invoice 4471 – reprographics", """
Helen, this came to the office inbox – I think it’s one for you. I’ve checked and it matches the order.

Sian

-----Original Message-----
From: Accounts – PrintRight
Sent: 07 October 2026 11:03
To: School Office
Subject: Invoice 4471 – reprographics

Please find our invoice for the September copier lease and click charges (£412.60). Payment terms 30 days. Thank you for your business.
""", "office manager forwards an invoice to the business manager", hdrs=OUTLOOK)

neg("ordinary-forward", "flowed", "inbound", O(15), [S(5)], "Fwd: Swimming club trials", """
Hi Mr Bradshaw,

Forwarding this from Eastmere Swimming Club in case any of your Year 7s would be interested - my daughter's coach asked me to pass it on to the school.

Tanya Osborne

---------- Forwarded message ---------
Subject: Swimming club trials

Eastmere Swimming Club is holding trials for its junior squad on Sunday 8 November at the leisure centre, 4-6pm. Swimmers aged 10-13 who can swim 100m front crawl are welcome. No charge for trials.
""", "parent forwards swimming club trial info to PE teacher")

neg("ordinary-forward", "base64", "internal", S(0), [P(11)], "Fwd: Your library book is overdue", """
Tyler - just passing this on from the library as it came to me as your tutor. Can you bring the book back tomorrow please?

Mrs Hartley

---------- Forwarded message ---------
From: Library
Subject: Overdue book

Dear tutor, the following book is overdue from a pupil in your tutor group:
"Holes" by Louis Sachar - due 25 September.
""", "tutor forwards an overdue-book notice to a pupil")

neg("ordinary-forward", "zip-attachment", "internal", S(1), [S(24)], "Fwd: Y11 practical results (zipped)", """
Yusuf - forwarding the practical results Rob sent me, zipped as the file's too big for Teams apparently. Can you check the physics ones?

Marcus
""", "Head of Science forwards zipped practical notes to a colleague", attach="y11_practicals.txt", zipm=[("y11_practicals_notes.txt", """Y11 REQUIRED PRACTICALS - completion notes (R. Hale)

11A: all completed except specific heat capacity (3 absent - catch-up Thursday)
11B: all completed
11C: resistance practical to repeat, faulty ammeters in lab 4
11D: waves practical not yet done - ripple tank booked for 12 Nov

Technician note: please log the faulty ammeters with Dave.
""")])

# --- "please share with your team" for ordinary notices ----------------------------------

neg("share-with-team", "wrap72", "internal", S(3), [("heads-of-dept@school.example", "Heads of Department")], "Fire drill Thursday - please share with your team", """
Dear HoDs,

There will be a planned fire drill on Thursday during period 2. Please share this with your team so that everyone knows their evacuation route and has their class register to hand (the register app works offline).

Staff in the science block: please remember to turn off gas taps before leaving.

The assembly point for the new building is now the lower field, not the car park. Please make sure your team know this - it changed in September.

Thanks
Gareth
""", "deputy asks heads of department to share fire-drill notice with their teams")

neg("share-with-team", "html-only", "internal", S(23), [("line-managers@school.example", "Line Managers")], "Staff wellbeing survey \u2013 please share with your teams", """
survey
""", "HR HTML notice asking line managers to share the wellbeing survey with their teams", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
<p>Dear line managers,</p>
<p>Our annual staff wellbeing survey is now open and will close on <b>Friday 23 October</b>. It takes about 8 minutes and is completely anonymous.</p>
<p>Could you please share the link with everyone in your team, including part-time and support staff who may not check email every day? Last year we had a 61% response rate &ndash; we&rsquo;d love to get above 75%.</p>
<p><a href="https://forms.school.example/wellbeing-2026">Take the survey</a></p>
<p>Thank you,<br>Kerry Doyle, HR</p>
</body></html>
""")

neg("share-with-team", "qp", "inbound", ("hr@northvale-trust.example", "Northvale Trust HR"), [S(8), S(23)], "Pay award 2026 \u2013 please share with staff", """
Dear Headteachers and HR contacts,

The 2026 pay award for teachers and support staff has been confirmed and will be applied in the October payroll, backdated to 1 September.

Please share the attached summary with all staff in your school. Individual letters will be sent through the payroll portal.

If staff have questions about their own pay, they should contact the trust payroll team directly rather than school office staff.

Kind regards,
Trust HR Team
""", "trust HR asks heads to share pay award summary with staff")

neg("share-with-team", "smime-signed", "internal", S(8), [("slt@school.example", "Senior Leadership Team")], "INSET day 2 November \u2013 programme", """
Dear SLT,

Please find below the programme for INSET on Monday 2 November. Could you share it with your teams by the end of this week so everyone knows where to be?

08:45  Welcome and safeguarding update (Main Hall) \u2013 AB
09:30  Adaptive teaching workshops (departments)
11:00  Break
11:20  Curriculum planning in departments
12:30  Lunch (provided by the PTA \u2013 thank you Fiona!)
13:30  Support staff training: first aid refresher (Library)
15:00  Close

Caroline
""", "S/MIME-signed head's INSET programme for SLT to share with teams")

neg("share-with-team", "alternative", "inbound", ("support@mis-provider.example", "MIS Support"), [S(7), S(10)], "Scheduled maintenance 24 October \u2013 please inform your users", """
Dear customer,

Our cloud MIS platform will be unavailable on Saturday 24 October between 06:00 and 10:00 for scheduled maintenance.

During this window staff will not be able to log in to registers, assessment or the parent app. No action is required on your part, but please let your staff and users know in advance.

We apologise for any inconvenience.

MIS Support Team
""", "MIS supplier asks school to let users know about maintenance")

neg("share-with-team", "7bit", "internal", S(1), [("science-dept@school.example", "Science Department")], "Lab 3 out of action - pass on to the techs", """
All,

Lab 3 is out of action until Wednesday - a water pipe burst under the prep room sink. Classes timetabled in Lab 3 are moving to C12 (Yusuf has kindly swapped).

Can whoever sees the techs first pass this on to them - they're not on this list for some reason and I'll fix that.

Marcus
""", "head of science asks colleagues to pass on room change to the technicians")

neg("share-with-team", "docx-attachment", "internal", S(6), [("pastoral-team@school.example", "Pastoral Team")], "Updated CPOMS categories - share with your tutors", """
# CPOMS - updated categories from 1 October

Please use these categories when logging concerns:

Attendance - Behaviour - Bullying (including online) - Child-on-child abuse - Domestic abuse - Mental health - Neglect - Online safety - Parental concern - Self-harm - Sexual harm - Substance misuse

"Online safety" now includes scary or threatening messages and chain messages that upset pupils. Please log these so we can spot patterns.

If you are unsure which category to use, choose the closest and add a note.
""", "DSL .docx on updated CPOMS categories for pastoral leads to share with tutors", attach="CPOMS_categories_Oct.docx", cover="""
Hi all,

Updated category list attached. Please share it with your tutors at Monday's meeting.

Aisha
""")

neg("share-with-team", "flowed-delsp", "internal", S(4), [("budget-holders@school.example", "Budget Holders")], "Budget deadline - please share with anyone who orders", """
Dear budget holders,

The deadline for orders from this year's capitation is Friday 27 November. After that date, the system will only accept emergency orders signed off by me.

Please share this with anyone in your department who places orders, including technicians and TAs, so nobody is caught out. Anything ordered after the deadline will be charged to next year's budget.

Thanks
Helen
""", "business manager asks budget holders to share order deadline with their departments")

# --- "pass this on to your class" -------------------------------------------------------

neg("pass-to-class", "7bit", "internal", S(5), [S(0), S(12), S(14), S(15)], "PE kit reminder - please pass on to your forms", """
Hi tutors,

Could you pass this on to your forms in registration please:

"From Monday it's the outdoor PE unit. Pupils need studs or astro trainers, shin pads and a warm top. No jewellery. Anyone without kit will do a written task instead."

Thanks
Tom
""", "PE teacher asks tutors to pass a kit reminder on to their forms")

neg("pass-to-class", "qp", "internal", S(0), [("9h@students.school.example", "9H")], "9H \u2013 message for tomorrow", """
Hi 9H,

Tomorrow\u2019s tutor time is in the library instead of H4 because of the photo retakes. Please pass this on to anyone in the form who doesn\u2019t check their email (you know who you are \U0001f609).

Also, well done to the 9H netball girls who won on Saturday!

Mrs Hartley
""", "tutor asks 9H to pass room change on to classmates")

neg("pass-to-class", "wrap72", "internal", P(7), [P(1), P(3), P(5)], "trip cancelled tell everyone in 8B", """
guys mr trelawney just said the museum trip on thursday is cancelled because the coach company let them down. its moved to after half term. can you tell everyone in 8B in case they dont see the email, some people were going to bring packed lunch. he said we still get the money back or it goes towards the new date
""", "pupil asks friends to tell the rest of 8B a trip is cancelled")

neg("pass-to-class", "utf8-8bit", "internal", S(15), [("10e2@students.school.example", "10E2")], "Set 2 \u2013 cover lesson tomorrow \U0001f4d6", """
Hi 10E2,

I\u2019m on a course tomorrow so you\u2019ll have cover for period 4. The work is on Teams: read Act 3 Scene 1 and complete the character table for Sheila and Eric.

If you see anyone from the class who was absent today, please pass on that the essays are now due next Monday, not Friday.

Ms Adeyemi \U0001f4da
""", "English teacher asks class to pass deadline change on to absent classmates")

neg("pass-to-class", "html-only", "internal", S(24), [("comp-club@students.school.example", "Coding Club")], "Coding club moved this week", """
coding club
""", "teacher's HTML note asking club members to tell their friends about a room move", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Consolas,monospace">
<p>Hi coders &#x1F4BB;</p>
<p>Coding club is in <b>C14</b> this Wednesday (not C12) because of parents' evening set-up.</p>
<p>If you know someone who comes but isn't on this list, please tell them. New members welcome &mdash; we're making a Python quiz game this half term.</p>
<p>Mr Demir</p>
</body></html>
""")

neg("pass-to-class", "flowed", "internal", S(19), [("y7-re@students.school.example", "Year 7 RE")], "Visit from the mandir on Friday", """
Dear Year 7,

On Friday a speaker from the local Hindu mandir will visit our RE lessons to talk about Diwali. Please come with at least one question written down.

Please pass this on to anyone in your class who is away this week so they know.

Mrs Inglis
""", "RE teacher asks Year 7 to pass visit info on to absent classmates")

# --- fundraising and sponsorship -------------------------------------------------------

neg("fundraising", "alternative", "outbound", S(5), [O(0), O(16), ("coach.leigh@example.org", "Pat Leigh")], "Sponsored walk \u2013 sponsor forms & online page", """
Hi all,

Thank you for supporting the Year 8 sponsored walk up Pendle Hill on Saturday 10 October. The money raised will go towards a new set of goalposts and the Year 8 residential.

Sponsor forms went home today. If family members can\u2019t sign the paper form, there\u2019s an online page they can use:
https://giving.example/school-pendle-walk

Please return forms and money by Friday 23 October.

Thanks,
Mr Bradshaw
""", "sponsored walk letter with online sponsorship link")

neg("fundraising", "qp", "outbound", S(9), [O(1), O(12), ("kowalski.family@example.net", "Kowalski family")], "I\u2019m running the half marathon for the school minibus fund!", """
Hi everyone,

Some of you know I\u2019ve been training (badly) for the Eastmere Half Marathon on 18 October. I\u2019m running it to raise money for the school\u2019s new minibus fund \u2013 the old one finally failed its MOT!

If you can spare a few pounds, my page is here:
https://giving.example/dan-runs-13

No pressure at all, and if you can\u2019t, a message of encouragement is just as welcome. If you know anyone else who might want to chip in, feel free to send them the link.

Cheers,
Dan
""", "maths teacher shares his own sponsorship page with friends")

neg("fundraising", "latin1", "inbound", ("treasurer@eastmere-rotary.example", "Eastmere Rotary Club"), [S(8)], "Rotary grant – good news", """
Dear Mrs Fenwick,

I am pleased to tell you that the Rotary Club has agreed to grant £750 towards your pupils' sensory garden project. A cheque will be presented at our meeting on 5 November – we'd be delighted if two pupils could come along and say a few words.

With best wishes,
Geoffrey Hale
Treasurer, Eastmere Rotary Club
""", "Rotary club grant letter (latin-1)")

neg("fundraising", "csv-attachment", "internal", S(25), [S(4), S(8)], "Sponsored silence totals by form", """
Form,Tutor,Pupils taking part,Amount raised (GBP)
7A,Mr Ellery,27,184.50
7B,Mrs Carrick,29,212.00
7C,Ms Adeyemi,25,168.75
7D,Mr Haq,28,231.20
7E,Mrs Hartley,26,190.00
Total,,135,986.45
""", "PTA liaison sends sponsorship totals as CSV", attach="sponsored_silence_totals.csv", cover="""
Hi Helen, Caroline,

Totals from the sponsored silence attached. 7D win the pizza! I'll bank the money on Monday.

Fiona
""")

neg("fundraising", "wrap72", "internal", S(17), [ALLSTAFF], "Beth's Great North Run - thank you!", """
Hi everyone,

Just wanted to say a massive thank you to everyone who sponsored me for the Great North Run. I finished in 2 hours 41 minutes (walked a bit of the last mile, don't tell anyone) and with your help raised 1,270 pounds for the children's ward at the General where my nephew was looked after last year.

The page is open for another two weeks if anyone still wants to donate, but honestly, you've all been amazing already.

Beth x
""", "TA thanks staff for sponsoring her run")

neg("fundraising", "html-only", "outbound", S(25), [("parents-all@lists.school.example", "All Parents and Carers")], "Christmas raffle tickets \u2013 on sale now", """
raffle
""", "PTA HTML raffle notice", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:14px">
<p style="font-size:18px;color:#b22222"><b>&#x1F384; PTA Christmas Raffle &#x1F384;</b></p>
<p>Tickets are &pound;1 each or &pound;5 for a strip of six and are coming home in book bags this week.</p>
<p>Prizes include a family pass to the zoo, a hamper from the farm shop, a signed football and a voucher for the Italian on the high street.</p>
<p>Please return stubs and money in a named envelope by Wednesday 9 December. The draw is at the Christmas Fair.</p>
<p>Thank you for supporting the PTA!</p>
</body></html>
""")

# --- petitions with a link, no forwarding chain ----------------------------------------------

neg("petition-link", "qp", "inbound", O(6), [S(8)], "Petition for a crossing on Mill Lane", """
Dear Mrs Fenwick,

A group of parents have started an online petition asking the council to install a zebra crossing on Mill Lane outside the junior entrance. We\u2019ve had three near misses this term.

https://petitions.eastmere-council.example/mill-lane-crossing

Would the school be willing to support it, perhaps with a letter from you to the highways team? We would be very grateful.

Kind regards,
Bogdan Ilie
(Year 4 and Year 7 parent)
""", "parent asks head to support a council petition via a link")

neg("petition-link", "7bit", "internal", S(16), [S(9), S(14)], "union petition on workload", """
Hi both,

The union has launched a petition on teacher workload - it's the official one on the parliament website so if it gets 100k signatures it gets considered for debate. Link's here if you want it:

https://petition.parliament.example/petitions/70123

No worries if not. See you at the branch meeting on Thursday?

Mark
""", "teacher mentions a union petition link to two colleagues")

neg("petition-link", "html-only", "inbound", ("campaigns@save-eastmere-library.example", "Save Eastmere Library"), [S(15)], "Thank you for signing \u2013 next steps", """
thanks
""", "campaign group HTML thank-you after signing a petition", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif">
<p>Dear Grace,</p>
<p>Thank you for signing our petition to keep Eastmere Central Library open. We have now passed <b>4,800 signatures</b>.</p>
<p>The council will debate the proposal on 26 November. The meeting is open to the public and we would love to see a good turnout.</p>
<p>You can read the full consultation on the council website. We'll email you again after the debate.</p>
<p>Best wishes,<br>The Save Eastmere Library team</p>
<p style="font-size:11px;color:#777">You received this because you signed our petition. <a href="https://save-eastmere-library.example/unsub">Unsubscribe</a></p>
</body></html>
""")

neg("petition-link", "flowed", "outbound", S(14), [O(14), O(30)], "Re: the Welsh signs thing", """
Hi Rhys,

Thanks for sending that round. I'm not going to add my name to the forwarded list though - those email lists never reach anyone. If there's a proper petition on the Senedd website I'll happily sign that; send me the link if you find it.

Hope the new job's going well. Pint at Christmas?

Owen
""", "teacher declines an email list petition and asks for the official petition link")

neg("petition-link", "alternative", "internal", P(6), [S(8), S(3)], "School council: petition results for longer lunch", """
Dear Mrs Fenwick and Mr Pugh,

The school council ran a survey and petition in form time about making lunch 10 minutes longer. 612 pupils signed it on the Google Form (out of 890). The main reason people gave was that the queue for food takes too long so there's no time to eat and go outside.

We would like to present the results at the next governors' meeting if possible. We have made a short presentation.

Thank you,
Amara Nwosu
Chair, School Council
""", "school council reports petition results to head")

neg("petition-link", "base64", "inbound", ("hello@parents-for-play.example", "Parents for Play"), [S(21)], "Our petition for more outdoor play time", """
Dear Mrs Varga,

We're a group of parents campaigning for at least an hour of outdoor play every school day for primary children. We've started a petition on the parliament website, and we're writing to primary leads to let you know about it:

https://petition.parliament.example/petitions/70488

We also have a free information pack with research on the benefits of outdoor play, which we can send you on request.

With thanks,
Parents for Play
""", "campaign group informs a primary lead about an official petition")

# --- jokes ---------------------------------------------------------------------------------

neg("joke", "7bit", "internal", S(9), [S(1), S(16), S(24)], "Friday maths joke", """
Why was the equals sign so humble?

Because it knew it wasn't less than or greater than anyone else.

I'll get my coat.

Dan
""", "maths teacher's Friday joke")

neg("joke", "utf8-8bit", "internal", S(14), [S(15), S(19), S(16)], "History dept humour \U0001f605", """
Overheard in Y8 today:
Pupil: \u201cSir, was Henry VIII\u2019s sixth wife called Katherine Parr because she was only average?\u201d

I didn\u2019t have the heart to correct him. Genius. \U0001f602

Owen
""", "history teacher shares a funny pupil comment", subj_enc=("utf-8", "B"))

neg("joke", "qp", "inbound", O(12), [S(3)], "You'll appreciate this one", """
Gareth,

A teacher asks her class: \u201cIf I had six oranges in one hand and seven apples in the other, what would I have?\u201d
A pupil puts his hand up: \u201cBig hands, Miss.\u201d

Hope term\u2019s going OK. Golf soon?

Ian
""", "friend sends a classroom joke to deputy head")

neg("joke", "wrap72", "outbound", S(16), [O(9), O(1)], "Geography teacher problems", """
Pete, Dave - saw this and thought of you two and our Lake District trip:

How do you know a geography teacher has been on holiday? They come back with 400 photos of rocks, a sketch map of the campsite, and can't stop talking about glacial erosion. Also they've annotated the menu in the pub.

Guilty on all counts.

Mark
""", "teacher sends a self-deprecating geography joke to friends outside")

neg("joke", "html-only", "internal", S(10), [S(4), S(11), S(13), S(17)], "Office humour \u2615", """
office
""", "office manager's HTML joke about the photocopier", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:15px">
<p>Girls, for those of you doing battle with the photocopier this morning &#x1F602;</p>
<p style="font-style:italic;color:#555">&ldquo;The photocopier only jams when it senses fear, deadlines or a Year 11 coursework bundle.&rdquo;</p>
<p>Engineer is coming at 2. Biscuits in the office to get us through.</p>
<p>Sian</p>
</body></html>
""")

neg("joke", "cp1252", "internal", P(19), [P(11), P(15)], "lol look what i wrote in english", """
lads in english we had to write a sentence with “sufficient” in it

i wrote: “the fish were sufficient because they were in water”

miss said that’s not what it means but she laughed so i’m counting it as a win 😂

logan
""", "pupil shares a funny answer from English")

# --- staff/parents discussing a hoax that went round --------------------------------------------

neg("hoax-discussion", "wrap72", "outbound", S(8), [("parents-all@lists.school.example", "All Parents and Carers")], "A frightening message some pupils have received", """
Dear Parents and Carers,

We have had reports from several families that pupils have received a message by email and on phones which claims that a "ghost" will visit them at night unless they send it on to a number of other people. Some of our younger pupils have been genuinely frightened.

I want to reassure you that this is a hoax. It has circulated in various forms for many years. Please do not forward it, even to warn other parents, as this tends to spread it further. If your child has received it, please reassure them and help them delete it.

If you know that the message was sent by another pupil, please let your child's tutor know so that we can talk to the pupils involved kindly and calmly. No one is in trouble.

Thank you for your support.

Mrs C Fenwick
Headteacher
""", "head's letter about a scary chain message going round; says do not forward")

neg("hoax-discussion", "alternative", "outbound", S(6), [("parents-y7@lists.school.example", "Year 7 Parents and Carers"), ("parents-y8@lists.school.example", "Year 8 Parents and Carers")], "Update: 'Momo'-style messages", """
Dear Parents and Carers,

Following last week\u2019s letter, a few parents have asked whether the \u201cMomo\u201d message their children saw is real. It is not. Our police schools officer has confirmed there has been no real incident linked to it. The danger with these stories is the fear they cause, not the character itself.

Please don\u2019t share screenshots of the message or warning posts about it on social media or WhatsApp groups \u2013 this keeps it circulating and can expose more children to it.

Instead:
\u2022 talk calmly with your child about what they\u2019ve seen,
\u2022 check their devices\u2019 parental controls,
\u2022 let us know if they are still worried.

Mrs A Begum, DSL
""", "DSL follow-up: Momo message is a hoax; please don't share warnings or screenshots")

neg("hoax-discussion", "qp", "internal", S(6), [TEACHING, SUPPORT], "Heads-up: chain message circulating among Year 8", """
Dear colleagues,

A chain message has been going round Year 8 since Monday (the \u201cdoll\u201d one \u2013 pupils are told they must send it to ten people or a doll will appear at the end of their bed). Three pupils have been upset in lessons and one was in tears at break.

If you see or hear about it:
\u2013 reassure the pupil it\u2019s made up,
\u2013 ask them not to send it on,
\u2013 log it on CPOMS under Online safety,
\u2013 don\u2019t forward the message itself to colleagues.

We\u2019ll cover it in next week\u2019s tutor time.

Thanks,
Aisha
""", "DSL tells staff about a chain message going round Y8; do not forward it")

neg("hoax-discussion", "html-only", "outbound", S(7), [("parents-all@lists.school.example", "All Parents and Carers")], "No, WhatsApp is not about to start charging", """
whatsapp
""", "IT manager's HTML note to parents debunking a WhatsApp-charging hoax", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Parents and Carers,</p>
<p>A number of you have forwarded us a message claiming that WhatsApp will start charging, or delete accounts, unless the message is sent to ten contacts. We'd like to reassure you that <b>this is a hoax</b> &mdash; it has been circulating in one form or another since 2012.</p>
<p>There's no need to send it to us or anyone else. If you receive it, you can simply delete it.</p>
<p>If you'd like help setting up parental controls on a child's phone, our IT team runs a drop-in session on Thursday 5 November, 3.30&ndash;5pm, in the library.</p>
<p>Lewis McAllister<br>IT Manager</p>
</body></html>
""")

neg("hoax-discussion", "7bit", "internal", S(7), [S(4)], "Re: URGENT virus warning - please read", """
Hi Helen,

No worries at all, but just so you know - the "Dance of the Pope" one is a hoax. It's been around since about 2008 and there's no such virus. Our filters would block anything like that anyway.

Could you send a quick reply-all saying to ignore it? Otherwise people will keep forwarding it to their families. I'll put a line in Friday's bulletin too.

Thanks
Lewis
""", "IT manager replies that a reply-all virus warning is a hoax and asks to stop forwarding")

neg("hoax-discussion", "flowed", "inbound", O(11), [S(0)], "Is this message real?", """
Hi Mrs Hartley,

Sorry to bother you. Mia came home very upset because someone sent her a message saying that if she didn't send it on to 15 people by midnight a girl would come to her window. She didn't want to go to bed. I've told her it's rubbish but she's still scared.

I haven't sent it on or anything. Is this something that's going round school? Should I tell anyone else?

Thanks
Wendy Ashby
""", "parent asks tutor whether a chain message is real; hasn't sent it on")

neg("hoax-discussion", "rfc822-forward", "internal", S(0), [S(6)], "Fw: Is this message real? (attached)", """
Hi Mrs Hartley,

Sorry to bother you. My daughter has been sent a scary message telling her she has to send it on or something bad will happen. I've not forwarded it anywhere. Could you let me know if this is going round school?

Thanks
Wendy Ashby
""", "tutor forwards a parent's worried email (not the chain message) to the DSL as attachment", cover="""
Aisha - passing this on for CPOMS. Mum is worried but handled it well. I've rung her back and reassured her. It sounds like the Clara one again.

Jo
""", inner=(O(11), [S(0)], "Is this message real?", None, "7bit"), attach="Is this message real.eml")

neg("hoax-discussion", "base64", "inbound", ("schools.officer@eastmere-police.example", "PC Sam Whitlock"), [S(6), S(12)], "Re: perfume sample message", """
Dear Mrs Begum and Mr Qureshi,

Thank you for checking with us. I can confirm that the "perfume sample" message is an old hoax which first appeared around 2010. There have been no reports locally of anything like this.

My advice is not to pass the message on, and to reassure any parents or pupils who have seen it. If you'd like, I can mention hoaxes in the Year 9 online safety talk I'm doing on 17 November.

Kind regards,
PC Sam Whitlock
Schools Liaison Officer
""", "police schools officer confirms a scare message is a hoax; advises not to pass on")

neg("hoax-discussion", "cp1252", "outbound", S(22), [("dot.ramsbottom@oldmail.example", "Dorothy Ramsbottom")], "Re: PRAYER WARRIORS NEEDED TODAY", """
Dear Dorothy,

Thank you for thinking of us and for your prayers – they are always welcome.

I hope you won’t mind me saying that I won’t be sending the message on to my contacts. Messages that ask us to forward them to everyone, or say we are “letting the children down” if we don’t, put a lot of pressure on people, and I’d rather we prayed freely. I’d be very glad to include the children in our prayers at the school Eucharist on Thursday, and you would be very welcome to join us.

Every blessing,
Alan
Rev. Alan Prentice, School Chaplain
""", "chaplain politely declines to pass on a prayer chain", hdrs=OUTLOOK)

neg("hoax-discussion", "smime-signed", "internal", S(7), [ALLSTAFF], "Please stop forwarding the 'virus warning'", """
Dear all,

This morning's "virus warning" about an attachment called "Dance of the Pope" is a hoax. There is no such virus, and I've checked with the trust's security team.

Hoax warnings are a nuisance in their own right: they fill inboxes, they worry people, and they train everyone to forward things without checking. Please:

- don't forward it any further, inside or outside school,
- if you've sent it to family, a quick "ignore that" is kind,
- if you're ever unsure about a warning, send it to me first.

This message is signed so you can see it's really from IT.

Lewis
""", "S/MIME-signed IT notice: virus warning is a hoax, stop forwarding it")

neg("hoax-discussion", "utf8-8bit", "internal", S(19), [S(15), S(0)], "that missing child email", """
Grace, Jo \u2013 did you both get the \u201cmissing boy from the supermarket car park\u201d email from Nic? I had a look and it\u2019s one that\u2019s been doing the rounds for years with different names and towns. Nothing on the police site.

I didn\u2019t want to embarrass her in the staffroom \u2013 shall I have a quiet word? She means well.

Rachel
""", "teacher discusses privately that a missing-child email is a recycled hoax")


# --- extra negatives to balance attachment / charset shapes ---------------------------------

neg("ordinary-forward", "text-attachment", "internal", S(2), [S(17), ("ta-team@school.example", "Teaching Assistants")], "Fwd: notes from the SEND network meeting", """
SEND NETWORK MEETING - 6 OCTOBER - NOTES (P. Raman)

1. Local authority update: EHCP request timescales currently 24 weeks on average.
2. New speech and language drop-in at the family hub, Tuesdays 1-3pm.
3. Sensory circuits training for TAs: 12 November, free, book via the LA portal.
4. Reminder that access arrangements evidence for Year 11 is due to the exams officer by 30 November.
5. Next meeting: 8 December.
""", "SENCo forwards her meeting notes as a .txt to the TA team", attach="SEND_network_notes.txt", cover="""
Hi all,

Notes from yesterday's SEND network attached. Item 3 might interest some of you - let me know if you'd like to go and I'll book it.

Priya
""")

neg("share-with-team", "text-attachment", "inbound", ("centre-support@examboard.example", "Exam Board Centre Support"), [S(11)], "Key dates for the January series", """
JANUARY SERIES - KEY DATES FOR CENTRES

- 21 October: final date for entries without late fees
- 4 November: access arrangements applications close
- 11 January: first examination day
- 5 March: results released to centres

Centres are reminded that candidates must not bring watches of any kind into the examination room.
""", "exam board sends key dates .txt and asks exams officer to share with relevant colleagues", attach="January_series_key_dates.txt", cover="""
Dear Exams Officer,

Please find attached the key dates for the January series. We'd be grateful if you could share them with your heads of department and SENCo.

Centre Support
""")

neg("newsletter", "rfc822-forward", "internal", S(22), [ALLSTAFF], "Fw: Diocesan schools newsletter (attached)", """
DIOCESAN SCHOOLS NEWSLETTER - AUTUMN

Welcome to our new headteachers and chaplains across the diocese.

Advent resources: packs for collective worship are available to download from the education office website from 16 November.

Retreat day: a quiet day for school staff will be held at the retreat house on Saturday 21 November. Lunch provided. Places are limited to 30.

Chaplains' network: next meeting 26 November, 4pm, online.
""", "chaplain forwards the diocesan newsletter as an attachment to all staff", cover="""
Dear all,

Attaching the diocesan newsletter in case anyone would like to go on the staff retreat day on the 21st. It's open to everyone, not just the RE department.

Alan
""", inner=(("education@diocese-office.example", "Diocesan Education Office"), [S(22)], "Diocesan schools newsletter - Autumn", None, "alternative"), attach="Diocesan schools newsletter.eml")

neg("good-luck", "rfc822-forward", "internal", S(8), [ALLSTAFF], "Fw: a lovely message from a parent", """
Dear Mrs Fenwick and all the staff,

I heard the inspectors are coming in this week. I just wanted to say good luck to all of you. My two have had the best time at your school and I know the inspectors will see what we see every day.

Don't let them grind you down!

Best wishes,
Sharon Wainwright
(Poppy's mum)
""", "head forwards a parent's good-luck-with-the-inspection email to all staff as an attachment", cover="""
Dear all,

This arrived this morning and I wanted you all to see it. Thank you for everything you're doing this week.

Caroline
""", inner=(("sharon.wainwright@example.com", "Sharon Wainwright"), [S(8)], "Good luck this week", None, "qp"), attach="Good luck this week.eml")

neg("chain-word", "zip-attachment", "inbound", ("compliance@brightplate-catering.example", "BrightPlate Catering Compliance"), [S(4)], "Annual supplier documents (zipped)", """
Dear Helen,

As part of our annual contract review, please find attached (zipped) our modern slavery and supply chain statement and our allergen management summary.

Kind regards,
Compliance Team
""", "caterer sends zipped supply chain statement for contract review", attach="supplier_documents.txt", zipm=[("supply_chain_statement.txt", """MODERN SLAVERY AND SUPPLY CHAIN STATEMENT 2026

BrightPlate Catering sources food from 84 approved suppliers. We audit our highest-risk suppliers every year and require all suppliers to sign our ethical sourcing code. In 2026 we visited 17 supplier sites and found no evidence of forced labour in our supply chains.

Our staff receive annual training on recognising exploitation.
"""), ("allergen_summary.txt", """ALLERGEN MANAGEMENT SUMMARY
All 14 major allergens are recorded for every recipe. Menus are reviewed by a dietitian termly.
""")])

neg("newsletter", "html-attachment", "inbound", ("news@examboard.example", "Exam Board Subject News"), [S(1)], "Science subject update \u2013 autumn", """
<h1>Science subject update</h1>
""", "exam board subject update as an html attachment", attach="science_update_autumn.html", html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Science subject update</title></head><body style="font-family:Arial,sans-serif">
<h1>Science subject update &ndash; autumn</h1>
<h2>Required practicals</h2><p>We have published new exemplar write-ups for the chemistry rates practical and the biology osmosis practical.</p>
<h2>Examiner reports</h2><p>Common errors last summer included confusing energy transfer in food chains with the flow of matter, and mislabelling producers.</p>
<h2>Training</h2><p>Free online training on marking extended responses runs on 3 and 10 December.</p>
</body></html>
""", cover="""
Dear Head of Science,

Your autumn subject update is attached.

Subject Team
""")

neg("hoax-discussion", "html-attachment", "internal", S(6), [("slt@school.example", "Senior Leadership Team")], "Briefing note: chain message incidents this half term", """
<h1>Chain message incidents</h1>
""", "DSL's html briefing note to SLT discussing chain-message incidents", attach="briefing_chain_messages.html", html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Briefing</title></head><body style="font-family:Calibri,sans-serif">
<h1>Briefing note: chain message incidents (autumn half term 1)</h1>
<p><b>Summary:</b> 23 CPOMS entries related to chain messages, mostly Year 7 and 8. Three main messages: the &ldquo;Clara at your window&rdquo; message, the &ldquo;doll&rdquo; message, and a WhatsApp-charging hoax forwarded by parents.</p>
<p><b>Impact:</b> several pupils anxious and sleeping badly; two parents contacted the school.</p>
<p><b>Actions taken:</b> PSHE tutor session, letter to parents advising them not to forward warnings, assembly on &ldquo;Stop. Think. Tell.&rdquo;</p>
<p><b>Recommendation:</b> keep logging under Online safety; review after Christmas.</p>
</body></html>
""", cover="""
Dear SLT,

Briefing note for Monday's meeting attached.

Aisha
""")

neg("parent-forward", "latin1", "outbound", S(14), [O(6), O(22), O(28)], "French exchange - Collège Sainte-Thérèse host families", """
Dear parents and carers,

Thank you for agreeing to host a student from our partner school, the Collège Sainte-Thérèse in Rouen, from 9 to 16 March. You will find your exchange partner's details on the attached form next week.

The cost of the return visit in June will be £295, which covers travel, insurance and excursions.

If your child lives between two homes, please do forward this email to the other parent or carer, as we need both to be aware of the dates – especially if the French student will be staying at both addresses.

Merci beaucoup,
Mr Trelawney and Mme Lefèvre
""", "French exchange letter (latin-1) asking to forward to the other parent if child lives between two homes", subj_enc=("iso-8859-1", "Q"))

neg("fundraising", "latin1", "internal", S(18), [S(12), S(0)], "Attendance raffle – £50 voucher winners", """
Hi both,

The attendance raffle draw was done in assembly. Well done to your tutor groups – the two winners of the £50 shopping vouchers are both from Year 9 (9H and 9Q). Certificates are in my pigeonhole.

We've now raised £420 from the uniform sale for next term's prizes.

Imran
""", "attendance officer announces raffle winners (latin-1, £)")

neg("phishing-warning", "flowed-delsp", "internal", S(7), [("office-team@school.example", "Office Team")], "Calls claiming to be from our bank", """
Hi office team,

Two calls came in today from someone claiming to be from the school's bank, asking to "verify" card details for a refund. This is a known scam. Please don't give out any details, don't call back on a number they give you, and log the time of the call so I can report it to Action Fraud.

There's no need to send warnings about it to other schools or parents - the trust is handling that centrally.

Lewis
""", "IT warns office staff about scam calls; no need to send warnings on")

neg("pass-to-class", "text-attachment", "internal", S(1), [("11s1@students.school.example", "11S1")], "Revision list for the biology mock", """
BIOLOGY MOCK - REVISION LIST (11S1)

Cell biology: cell structure, microscopy, mitosis, stem cells
Organisation: digestive system, enzymes, heart and blood vessels
Infection and response: pathogens, vaccination, antibiotics
Bioenergetics: photosynthesis, respiration
Ecology: food chains and webs, adaptations, sampling with quadrats, the carbon cycle

Required practicals: microscopy, osmosis, food tests, photosynthesis rate, quadrats
""", "teacher sends revision list .txt and asks class to pass it on to absentees", attach="biology_mock_revision.txt", cover="""
Hi 11S1,

Revision list attached. Please pass it on to anyone in the group who was away today.

Dr Osei
""")

neg("charity-appeal", "zip-attachment", "inbound", ("schools@water-for-all.example", "Water For All"), [S(22)], "Your assembly resources for World Water Day", """
Dear Rev. Prentice,

Thank you for registering for our schools programme. The assembly script and the class activity sheet are attached as a zip file. There's no cost and no obligation to fundraise, but if your pupils would like to, a fundraising guide is included.

Warm wishes,
Schools Team
""", "charity sends zipped assembly resources, no obligation to fundraise", attach="water_day_resources.txt", zipm=[("assembly_script.txt", """WORLD WATER DAY ASSEMBLY

Start by asking pupils how many times they used water before school today. Show the image of a girl carrying a 20-litre container. Explain that 700 million people do not have clean water close to home.

Reflection: what is one thing we can do to use water carefully this week?
"""), ("fundraising_guide.txt", """FUNDRAISING IDEAS
- a sponsored walk carrying water bottles
- a non-uniform day
- a bake sale
Every idea is optional. Thank you for whatever you choose to do!
""")])

# ===========================================================================

C.write_manifest()

if __name__ == "__main__":
    import collections
    import json
    rows = [json.loads(l) for l in open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8")]
    for r in rows:
        msg, text = ms.all_text(os.path.join(HERE, r["file"]))
        assert msg["Message-ID"] and msg["Date"] and msg["From"] and msg["MIME-Version"], r["file"]
        assert text.strip(), r["file"]
    print("labels:", dict(collections.Counter(r["label"] for r in rows)))
    for lab in ("positive", "negative"):
        sub = [r for r in rows if r["label"] == lab]
        print(lab, "families:", dict(collections.Counter(r["family"] for r in sub)))
        print(lab, "shapes:", dict(collections.Counter(r["shape"] for r in sub)))
        print(lab, "directions:", dict(collections.Counter(
            "inbound" if r["auth_user"] is None else
            ("outbound" if any(not ms.is_internal(x) for x in r["rcpt"]) else "internal") for r in sub)))
