#!/usr/bin/env python3
"""Write corpus14's drafts (drafts/CLASS/*.txt), with the evasive characters as real code points,
then build gold_CLASS.jsonl with /work/shared/eval/convert.py and gold.jsonl (all classes).

    /work/main/.venv/bin/python tools/make.py

Every odd character is written as an escape or through a helper in chars.py, so this source
holds no literal invisible, bidi, full-width, combining or look-alike characters.
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chars import (ZWSP, ZWNJ, ZWJ, LRM, RLM, WJ, SHY, BOM, NBSP, NNBSP, THIN, HAIR, ENSP,  # noqa: F401
                   EMSP, FIGSP, IDSP, fw, rev, nfd, cy, gr)

ROOT = Path(__file__).resolve().parent.parent
PY = "/work/main/.venv/bin/python"
CONVERT = "/work/shared/eval/convert.py"
CLASSES = ["format", "script", "spacing", "leet", "words", "contact", "links", "lookalike"]

D = []  # (class, file stem, text)


def add(cls, stem, text):
    assert cls in CLASSES
    D.append((cls, f"{cls}-{stem}", text))


# ---------------------------------------------------------------- 1. format
add("format", "01_closed-group_out-of-hours", f"""#! safe=no genre=closed-group
Anyone else finding the new out-of-hours rota a nightmare? Picked up a Section 47 last night, lad called [[PERSON:Ty{ZWSP}ler Mu{ZWSP}ir]] ([[AGE:1{ZWSP}1]]). Mum [[PERSON:Dan{ZWNJ}ielle]] rang it in herself from [[ADDRESS:14{NBSP}Thorn{ZWJ}lea Drive]], [[POSTCODE:LS9{NBSP}7HN]] after his stepdad kicked off.

She has asked that whoever goes out rings her first on [[CONTACT:07700{NNBSP}900{WJ}418]] because the dog goes mad at the door. I've copied all this out of the case system so apologies if the formatting is odd.

Main question: is it normal for [[LOCAL_AUTHORITY:Leeds{ZWSP} Children's Services]] EDT to hold a strat discussion by phone only? It felt rushed.
""")

add("format", "02_chat_flag-check", f"""#! safe=no genre=chat
[09:14] [[OK:Priya]]: can someone check the warning flag on [[PERSON:{rev('Nadia Okafor')}]] before I head out
[09:15] [[OK:Marc]]: which one, there are two on the system
[09:15] [[OK:Priya]]: NHS [[ID_NUMBER:909{LRM} 729{RLM} 7044]], DOB [[DATE_OF_BIRTH:2{WJ}1/0{WJ}6/1988]]
[09:16] [[OK:Marc]]: yep flag still live, police marker from the incident at [[ADDRESS:{rev('5 Kelburn Crescent')}]]
[09:16] [[OK:Marc]]: go in twos. her brother [[PERSON:Ema{ZWJ}nuel]] is back living there
[09:17] [[OK:Priya]]: ta. taking Jo with me
""")

add("format", "03_email_handover", f"""#! safe=no genre=email
From: [[OK:Ruth Kerr]]
To: Duty team
Subject: Handover, [[PERSON:Kay{SHY}leigh Bran{SHY}nan]]

Hi all,

I'm on leave from tomorrow so passing this one over. Details below are pasted from the referral PDF, sorry that the numbers come out in the wide font.

Child: [[PERSON:Kay{SHY}leigh Bran{SHY}nan]]
CHI: [[ID_NUMBER:{fw('1403112347')}]]
Mum's mobile: [[CONTACT:{fw('0141 496 0273')}]]
School: [[INSTITUTION:{fw('Kelvinmoor Academy')}]]

[[PERSON:Kay{SHY}leigh]] has been missing from [[LOCATION:Drum{SHY}chapel]] twice this month, both times turning up at her gran's in [[LOCATION:Yoker]]. Gran ([[PERSON:Mrs{NBSP}Agnes{NBSP}Bran{SHY}nan]]) is willing to be assessed as a kinship carer.

Thanks,
[[OK:Ruth Kerr]]
Senior Practitioner
""")

add("format", "04_reflective-log_portal-referral", f"""#! safe=no genre=reflective-log
Reflective log, week 6 of placement

The referral came through the portal, which turns everything into that odd wide lettering when you copy it: child [[PERSON:{fw('SHANIA REID')}]], age [[AGE:{fw('9')}]], postcode [[POSTCODE:{fw('PA3 2LW')}]]. I typed the rest in from my notes.

What struck me on the home visit was how much [[PERSON:Sha{ZWSP}nia]] carried for her mum. Her mum has [[DEMOGRAPHIC:early{EMSP}onset{EMSP}Parkinson's]] and [[PERSON:Sha{ZWNJ}nia]] does most of the shopping on [[LOCATION:Fergus{SHY}lie Park]]. I want to bring this to supervision as a young carer question, not a neglect one.

The family also have a worker from [[INSTITUTION:Glen{WJ}burn Family{THIN}Centre]]; her case ref is [[CASE_REF:{fw('FC-2207-118')}]], so I should link in with her first.
""")

add("format", "05_forum_hidden-marks", f"""#! safe=no genre=forum
Re: Is it OK to post anonymised case studies for the practice educator module?

Mine is below, I ran it through the checker and it came back clean, so I think it's fine? (I did put some hidden marks in the names, a colleague said it stops search engines picking them up.)

Case study: [[PERSON:M{ZWSP}a{ZWSP}r{ZWSP}c{ZWSP}u{ZWSP}s]] is [[AGE:16]] and has been in foster care in [[LOCATION:Kirk{BOM}caldy]] since he was [[AGE:1{HAIR}2]]. His birth dad [[PERSON:Gary{IDSP}Lind{ZWNJ}say]] is in [[INSTITUTION:HMP{NBSP}Per{ZWSP}th]]. His NI number [[ID_NUMBER:RW{FIGSP}62{FIGSP}14{FIGSP}90{FIGSP}A]] came through last month so we started on [[PERSON:Mar{SHY}cus]]'s pathway plan.
""")

# ---------------------------------------------------------------- 2. script
add("script", "01_forum_kinship-assessment", f"""#! safe=no genre=forum
Kinship assessment question, long-time lurker

Looking for advice. I'm the assessing worker for [[PERSON:{nfd('Zoë Lindqvist')}]] ([[AGE:7]]). Her aunt [[PERSON:{nfd('Renée Doherty')}]] wants to take her on, but [[PERSON:{nfd('Renée')}]] works night shifts as a [[DEMOGRAPHIC:{nfd('sous-chef at Café Olé')}]] on [[LOCATION:{cy('Bath Street', 'aeS')}]] and the panel have asked how she would manage school runs to [[INSTITUTION:{cy('St Oswald', 'Oa')}'s Primary]].

Has anyone had a kinship assessment agreed where the carer works nights? Any tips for the panel report welcome.
""")

add("script", "02_closed-group_missing", f"""#! safe=no genre=closed-group
Please share with your teams if you cover north Bristol. [[PERSON:{cy('Sophie Morrison', 'oe')}]], [[AGE:15]], didn't return to [[INSTITUTION:{cy('Hazelmere House')}]] last night. Last seen near [[LOCATION:{cy('Lockleaze', 'eao')}]] with an older male in a white Astra, reg [[ID_NUMBER:{gr('KX')}19 {cy('ABC')}]].

Her mum's address is [[ADDRESS:22 {cy('Pennycross Road', 'eoa')}]], [[POSTCODE:{gr('BS')}7 9{gr('X')}J]], if anyone is doing a welfare check round there. Police ref [[CASE_REF:{gr('ASP')}-2611-0093]].
""")

add("script", "03_email_advocacy", f"""#! safe=no genre=email
From: [[OK:Tom Ashworth]]
Subject: Advocacy referral

Hi [[OK:{nfd('Siân')}]],

Can you pick up an advocacy referral for [[PERSON:{nfd('Siobhán Ní Bhriain')}]]? She is [[AGE:20]] and moving out of [[INSTITUTION:{cy('Oakridge Supported Living', 'aeoi')}]] in the spring. Her preferred contact is e-mail: [[CONTACT:{cy('siobhan.nb', 'oa')}@example.org]]. Her mum [[PERSON:{nfd('Máire')}]] would like to be copied in on [[CONTACT:{cy('maire.bhriain', 'ae')}@example.com]].

She has [[DEMOGRAPHIC:{nfd('Prader-Willi syndrome')}]] so food needs to be part of the plan.

Cheers,
[[OK:Tom]]
""")

add("script", "04_chat_visit-address", f"""#! safe=no genre=chat
[[OK:Lewis]]: address for the joint visit?
[[OK:Amy]]: [[ADDRESS:3/2, 18 {cy('Mossbank Avenue', 'oaeM')}]], [[POSTCODE:{cy('EH', None)}11 3R{cy('B')}]]
[[OK:Amy]]: dad is [[PERSON:{nfd('José Pereira')}]], mum [[PERSON:{gr('Io', None)}{cy('ana')}]]
[[OK:Lewis]]: kids?
[[OK:Amy]]: [[PERSON:{nfd('Inês')}]] [[AGE:4]] and [[PERSON:{cy('Tiago', 'oa')}]] [[AGE:18 months]]
[[OK:Lewis]]: 👍 see you at the car at 10
""")

add("script", "05_closed-group_interpreter", f"""#! safe=no genre=closed-group
Does anyone have a Polish interpreter they rate in Fife? Ours keeps cancelling. Dad is [[PERSON:{nfd('Michał Wiśniewski')}]], the kids are [[PERSON:{nfd('Zofia')}]] ([[AGE:6]]) and [[PERSON:{cy('Oskar', 'Oa')}]] ([[AGE:{gr('I', None)}0]]), and they've just moved to [[ADDRESS:{nfd('12 Brodie Wynd')}]], [[POSTCODE:{gr('KY')}1 2{cy('A')}{gr('B')}]].

Dad prefers e-mail, he wrote it down as [[CONTACT:{cy('m.wisniewski', 'is')}@example.com]]. He says the school ([[INSTITUTION:{cy('Pathhead Primary', 'ae')}]]) only ever phones.
""")

# ---------------------------------------------------------------- 3. spacing
add("spacing", "01_closed-group_spaced-name", """#! safe=no genre=closed-group
I've spaced the names out so this doesn't show up if anyone searches the group.

Really struggling with a case. [[PERSON:J A M I E - L E E   C A I R N S]] is [[AGE:1 3]] and has been excluded from [[INSTITUTION:W e s t f i e l d   H i g h]] for the third time. Mum wants us to ring her on [[CONTACT:0 7 7 0 0 9 0 0 5 6 1]] rather than write because her partner opens the post.

Anyone had success getting CAMHS to accept a re-referral after a DNA? We're in [[LOCAL_AUTHORITY:W a k e f i e l d]].
""")

add("spacing", "02_email_dotted", """#! safe=no genre=email
From: [[OK:Hannah Oduya]]
Subject: Re: hospital discharge

Hi,

Sorry, the ward's system puts dots in everything. The patient is [[PERSON:K.E.L.S.E.Y. A.R.M.S.T.R.O.N.G]], NHS no. [[ID_NUMBER:4003 2316 78]], on [[INSTITUTION:W.a.r.d. 1.4]] at [[INSTITUTION:St Aidan's]]. Her CHI from when she lived in Scotland is [[ID_NUMBER:25 06 12 33 77]] and that's the one her old records sit under.

She's [[AGE:1 4]] so she'll need a return-home interview before discharge.

[[OK:Hannah]]
""")

add("spacing", "03_chat_dotted-digits", """#! safe=no genre=chat
[[OK:Deb]]: new number for the grandad, he asked us to use this one
[[OK:Deb]]: [[CONTACT:0.1.1.7.4.9.6.0.5.8.2]]
[[OK:Raj]]: and the address hasn't changed?
[[OK:Deb]]: no still [[ADDRESS:7 Whitebeam Close]], [[POSTCODE:B S 5   6 X J]]
[[OK:Raj]]: what's the little one's DOB, the form wants it
[[OK:Deb]]: [[DATE_OF_BIRTH:1 7 / 0 8 / 1 5]]
[[OK:Raj]]: cheers
""")

add("spacing", "04_reflective-log_hyphened", """#! safe=no genre=reflective-log
Supervision prep

Letters are hyphenated in my notes because I was writing quickly on the visit, sorry.

[[PERSON:R-O-W-A-N]] ([[AGE:1-7]]) is about to turn 18 and the pathway plan isn't finished. Their NI number, which they needed for the college bursary, came through as [[ID_NUMBER:J T 4 8 2 9 6 1 C]]. The case is [[CASE_REF:C R - 4 4 7 1 - 2 0 9]] on Mosaic.

What I want to reflect on: [[PERSON:R o w a n]]'s grandmother [[PERSON:E i l e e n   F a r r]] rang me at home on [[CONTACT:0113   496   0 8 5 1]]. Boundaries.
""")

add("spacing", "05_forum_chi-groupings", """#! safe=no genre=forum
Re: Why won't the GP accept our referral?

They said the CHI was wrong, but I've checked it three times: [[ID_NUMBER:12 0625 3185]]. The wee boy is [[PERSON:C a l u m]], [[AGE:eighteen months]], registered at [[INSTITUTION:Bonnyrigg Health Centre]]. His older sister's CHI is [[ID_NUMBER:300 914 1459]] if that helps anyone spot the pattern. Is there a format the practice system expects?
""")

# ---------------------------------------------------------------- 4. leet
add("leet", "01_closed-group_leet-names", """#! safe=no genre=closed-group
Not going to write the names straight in case this gets screenshotted lol.

Fostering panel said no to our carers for [[PERSON:J4m13 R0b3rts0n]] ([[AGE:1O]]) because the spare room's too small. His brother [[PERSON:K41]] is already with them. Mum's number if anyone at [[LOCAL_AUTHORITY:K1rkl33s]] wants to pick up contact: [[CONTACT:O77OO 9OO 327]].

Do we appeal or find a bigger placement?
""")

add("leet", "02_chat_leet-address", """#! safe=no genre=chat
[[OK:Sam]]: where's [[PERSON:M4ddy]] staying now
[[OK:Kirsty]]: with her pal [[PERSON:K4yl3igh]]'s family, [[ADDRESS:17 L4rchf1eld Rd]]
[[OK:Kirsty]]: mobile [[CONTACT:07700 9OO 2l4]], she only answers after 4
[[OK:Sam]]: is that the one by [[INSTITUTION:B34consfi3ld Pr1m4ry]]
[[OK:Kirsty]]: yeah
""")

add("leet", "03_forum_leet-email", """#! safe=no genre=forum
Re: Young person keeps messaging me on my personal account

Same thing happening here. The young person ([[PERSON:D4n1 McF4dd3n]], [[AGE:s1xt33n]]) found my Instagram and now e-mails from [[CONTACT:d4n1_mcf4dd3n@example.com]] as well. He goes to [[INSTITUTION:H1llcr3st H1gh]] in [[LOCATION:Sh1pl3y]]. Manager says just block, but I worry he'll feel rejected again.
""")

add("leet", "04_email_leet-nhs", """#! safe=no genre=email
From: [[OK:Priti Shah]]
Subject: GP registration

Hi both,

Practice says they can't find [[PERSON:Br4nd0n]] on the spine. The number we have is [[ID_NUMBER:6O7 l26 l678]] (it was handwritten on the form so the Os might be zeros). Date of birth [[DATE_OF_BIRTH:l2/O4/2Ol7]]. His carer is [[PERSON:M4rg4r3t Ell1s]] on [[CONTACT:0117 496 O7l9]].

[[OK:Priti]]
""")

add("leet", "05_forum_care-leaver", """#! safe=no genre=forum
Re: Care leavers and council tax exemption

Writing this in "code" because the young person reads this forum. [[PERSON:Ch4rl0tt3 V4ugh4n]] is [[AGE:2O]], left care in [[LOCATION:G0v4n]] and has just had a council tax bill for her flat at [[ADDRESS:9 Br4ck3nb4nk Str33t]], [[POSTCODE:G5l 4QT]]. Her PA says the exemption should run to 26. She's happy for me to give her number to anyone who's fought this before: [[CONTACT:0141 496 OO65]].
""")

# ---------------------------------------------------------------- 5. words
add("words", "01_chat_number-aloud", """#! safe=no genre=chat
[[OK:Gemma]]: mum read her new number out over the phone, writing it how she said it
[[OK:Gemma]]: [[CONTACT:oh seven seven double oh, nine double oh, four six two]]
[[OK:Jordan]]: and the boy is how old now
[[OK:Gemma]]: [[AGE:fourteen]] last week. [[PERSON:Ellis]]
[[OK:Jordan]]: is she still at [[ADDRESS:number forty-three on Corrie Street]]
[[OK:Gemma]]: yes
""")

add("words", "02_reflective-log_dob-words", """#! safe=no genre=reflective-log
Reflective account, core group

The chair asked me to read out the child's details and I realised how much we say aloud without thinking: [[PERSON:Isla]], born on [[DATE_OF_BIRTH:the ninth of November two thousand and eight]], living at [[ADDRESS:twenty-seven Kelburn Crescent]] with her dad. The incident that led to the conference was on [[DATE:the twelfth of March]], the night her dad was arrested outside [[INSTITUTION:the Crown and Thistle]].

I think I would do the introductions differently next time.
""")

add("words", "03_closed-group_older-adult", """#! safe=no genre=closed-group
Adult safeguarding question. Lady I'm working with is [[AGE:seventy-nine]], lives alone at [[ADDRESS:flat two, forty-one Carrick Wynd]] in [[LOCATION:Headingley]], and her son rings her day and night for money. She gave me her landline as [[CONTACT:oh one one three, four nine six, oh double two nine]] and asked me to ring before ten so he isn't there.

She says he's been taking her pension since [[DATE:the first of February]]. Is this a section 42 or do I try to work with the family first?
""")

add("words", "04_email_mixed-words", """#! safe=no genre=email
From: [[OK:Alasdair Munro]]
Subject: Re: CHI for the wee one

Hi Fiona,

The health visitor read it out to me, so apologies for how it's written: CHI [[ID_NUMBER:one seven oh eight one five, one one two five]]. She was born [[DATE_OF_BIRTH:the seventeenth of August twenty-fifteen]], so she turns [[AGE:twelve]] next summer. Mum is on [[CONTACT:0141 four nine six, oh one eight eight]].

[[OK:Alasdair]]
""")

add("words", "05_closed-group_sixteenth", """#! safe=no genre=closed-group
Need advice on a homeless 16-year-old. She turned [[AGE:sixteen]] on [[DATE:the second of May]] (born [[DATE_OF_BIRTH:second of May two thousand and ten]]) and mum put her out the same week. She's sofa-surfing at her aunt's at [[ADDRESS:one hundred and twelve Sandyford Road]] in [[LOCATION:Walkley]].

Her dad texted his number as [[CONTACT:oh seven seven oh oh, nine oh oh, treble seven]] and says he'll take her, but he's in a one-bed. Is there any point pushing housing on a 16-17 joint assessment?
""")

# ---------------------------------------------------------------- 6. contact
add("contact", "01_closed-group_handles", """#! safe=no genre=closed-group
Anyone know how to get a snapchat account taken down quickly? Girl I work with, [[PERSON:Kayz]] ([[AGE:14]]), is being groomed and the older lad keeps adding her from new accounts. Her snap is [[CONTACT:kayz.b_x]] and she's on insta as [[CONTACT:kayzbrannan.09]]. The lad is on TikTok as [[CONTACT:dreamteam.dee]].

Police are involved but it's slow. We're in [[LOCATION:Paisley]].
""")

add("contact", "02_email_spelled-out", """#! safe=no genre=email
From: [[OK:Megan Lowe]]
Subject: Contact details for the family

Hi Neil,

Mum has asked us to use her personal e-mail, not the one on file: [[CONTACT:danielle dot muir at example dot com]]. Dad wrote his on the form as [[CONTACT:s.muir [at] example [dot] org]]. Both are happy to get the minutes by e-mail.

[[PERSON:Tyler]]'s school contact is [[CONTACT:pastoral at thornlea-primary dot example dot org]].

[[OK:Megan]]
""")

add("contact", "03_chat_discord", """#! safe=no genre=chat
[[OK:Liam]]: think I know who's been sending [[PERSON:Kade]] the stuff
[[OK:Liam]]: his discord is [[CONTACT:voidwalker_kade]] and there's an older user called [[CONTACT:Sk1nnyP3te]] in the same server
[[OK:Ana]]: screenshot it and send to the police team
[[OK:Ana]]: and check his xbox, gamertag was [[CONTACT:KadeW 2012]] last time
[[OK:Liam]]: will do
""")

add("contact", "04_forum_written-out-emails", """#! safe=no genre=forum
Re: Parents sending abusive e-mails to staff

We had this last year. Dad used [[CONTACT:j (dot) cairns (at) example (dot) org]] and then a new one each time we blocked him, like [[CONTACT:jcairns 1982 at example.com]]. He also found my colleague on Facebook, he's on there as [[CONTACT:John Cairns Wakefield]]. It only stopped when [[PERSON:Jamie-Lee]]'s school banned him from site.
""")

add("contact", "05_chat_snap-tiktok", """#! safe=no genre=chat
[[OK:Nadia]]: [[PERSON:Taylor]]'s mum has given consent for us to check her socials
[[OK:Nadia]]: she goes by [[CONTACT:lil_tay.x]] on snap and her tiktok is [[CONTACT:taylormcgarry_]]
[[OK:Owen]]: and the boyfriend?
[[OK:Nadia]]: add him on discord apparently, [[CONTACT:ghostyboi.07]]
[[OK:Nadia]]: mum's e-mail for the consent form is [[CONTACT:claire underscore mcgarry at example dot org]]
[[OK:Owen]]: ok will do the checks after lunch
""")

# ---------------------------------------------------------------- 7. links
add("links", "01_blog_front-matter", """#! safe=no genre=blog
---
title: "Supporting a child through a school move"
slug: supporting-[[PERSON:amira-haddad]]-through-transition
tags:
  - [[PERSON:amira-haddad]]
  - [[LOCATION:govanhill]]
  - transitions
---

<!-- TODO change names before publishing: [[PERSON:Amira Haddad]], [[ADDRESS:3/1 44 Daisyfield St]] -->

When I first met her she was [[AGE:nine]] and had just moved schools for the third time.

![[[PERSON:Amira]] and her mum at the park](/images/2026/[[PERSON:amira-haddad]]-and-mum-[[PERSON:rania]].jpg)

The move to [[INSTITUTION:St Brendan's Primary]] went better than anyone expected, mostly thanks to one teacher.
""")

add("links", "02_closed-group_hashtags", """#! safe=no genre=closed-group
Some of you will have seen this doing the rounds, please don't share it further. Family have started a campaign after the removal:

https://www.example.org/fundraiser/help-the-[[PERSON:foy]]-family-[[LOCATION:kirkstall]]

They're using #JusticeFor[[PERSON:DeclanFoy]] and #[[PERSON:declanfoy]] and tagging the council. His mum's page is [[CONTACT:https://www.facebook.com/lorraine.foy.3]].

How do your teams handle this when families go public?
""")

add("links", "03_blog_markdown-links", """#! safe=no genre=blog
# What a first day taught me

I still have the photo from [[PERSON:Kade]]'s first day, which he let me keep:

![[[PERSON:Kade Whitelaw]] on his first day at [[INSTITUTION:Netherton]]](uploads/[[PERSON:kade-whitelaw]]-first-day-[[INSTITUTION:netherton-primary]].jpg)

His school was one of the first to try the [nurture room model](https://www.example.org/schools/[[INSTITUTION:netherton-primary]]/nurture).

The full notes are in `C:\\Users\\swk\\Documents\\Cases\\[[PERSON:Whitelaw_Kade]]_[[CASE_REF:CR-4471]]\\core-group-notes.docx` if anyone from the team needs them.
""")

add("links", "04_email_sharepoint", """#! safe=no genre=email
From: [[OK:Duncan Reilly]]
Subject: LAC review papers

Hi,

Papers for Thursday are on the team site:
https://sharepoint.example.gov.uk/sites/childrens/Shared%20Documents/[[PERSON:McBride_Kayleigh]]/[[CASE_REF:LAC-0923]]/review-[[DATE:2026-11-19]].docx

Carers asked me to mention that [[PERSON:Kayleigh]] has been posting under #[[PERSON:KayleighMcBride]]Official again. I've attached the screenshot as [[PERSON:kayleigh_mcbride]]_insta_[[DATE:19nov]].png.

[[OK:Duncan]]
""")

add("links", "05_blog_draft-comments", """#! safe=no genre=blog
---
title: Notes from a kinship placement
slug: kinship-notes-[[LOCATION:hartcliffe]]
image: /uploads/nan-and-[[PERSON:ellie-okonjo]]-garden.jpg
tags: [kinship, #[[LOCATION:Hartcliffe]]Strong, [[INSTITUTION:withywood-family-hub]]]
---

<!-- [[PERSON:Ellie]] = [[PERSON:E. Okonjo]], [[AGE:8]], CP plan since [[DATE:Jan 2026]]; swap before posting -->

Gran took on her granddaughter overnight with nothing but a carrier bag. More at [our local hub](https://www.example.org/hubs/[[INSTITUTION:withywood]]/kinship-group) and on their page under #[[PERSON:TeamEllieO]].
""")

# ---------------------------------------------------------------- 8. lookalike (safe)
add("lookalike", "01_blog_care-week", f"""#! safe=yes genre=blog
# [[OK:C A R E   E X P E R I E N C E D   W E E K]]

This week our team marked [[OK:#CareDay]] and [[OK:#ThePromise]] with a stall in the library. We raised [[OK:£312.50]] from the cake sale (cupcakes [[OK:£1.50]], traybakes [[OK:£2.00]]).

If you are a young person reading this and you need to talk, Childline is free on [[OK:0 8 0 0   1 1 1 1]] and Samaritans are on [[OK:one one six, one two three]] any time.

The independent review's final report is worth reading: [[OK:https://www.bbc.co.uk/news/education-josh-macalister-care-review-final-report]].

Our recording system moved to [[OK:v4.12.3]] on Monday, so see section [[OK:3.2.1]] of the procedures for the new chronology screen.
""")

add("lookalike", "02_chat_gaming-group", """#! safe=yes genre=chat
[[OK:Ben]]: gaming group went well tonight
[[OK:Ben]]: [[OK:Child J]] beat me at Mario Kart and called me a [[OK:n00b]] the whole way round
[[OK:Chloe]]: haha [[OK:gg]]
[[OK:Ben]]: then shouted [[OK:pwned]] and [[OK:1337]] at everyone. good to see him laughing tho
[[OK:Chloe]]: did you remind them about [[OK:@WhoCaresScot]] events
[[OK:Ben]]: yeah and put the [[OK:#CareExperiencedWeek]] poster up
[[OK:Chloe]]: [[OK:GG WP]] 🙌
""")

add("lookalike", "03_closed-group_abbreviations", f"""#! safe=yes genre=closed-group
Reminder for everyone doing the [[OK:S.W.E.]] renewal: the [[OK:C.P.D.]] log now has to follow policy [[OK:7.4.2]], not the old [[OK:7.4]]. The template is version [[OK:2.0.1]].

If a family you are working with mentions domestic abuse, the National Domestic Abuse Helpline is [[OK:oh eight oh eight, two thousand, two four seven]] (that's [[OK:0808{NBSP}2000{NBSP}247]]) and NHS [[OK:{fw('111')}]] for out-of-hours health advice.

Parking at the training centre is [[OK:£ 4 . 5 0]] a day. [[OK:I.R.O.]] and [[OK:C.A.M.H.S.]] colleagues welcome too.
""")

add("lookalike", "04_email_news-links", """#! safe=yes genre=email
From: [[OK:Grace Adeyemi]]
Subject: Reading for Thursday's team meeting

Hi team,

Two pieces for Thursday:
[[OK:https://www.theguardian.com/society/2022/may/23/josh-macalister-childrens-social-care-review]]
[[OK:https://www.bbc.co.uk/news/uk-scotland-fiona-duncan-the-promise-progress]]

Also worth following [[OK:@CareInspect]], [[OK:@BASW_UK]] and [[OK:@NSPCC]] for the consultation dates. Papers are in section [[OK:5.1.3]] of the shared drive.

Thanks,
[[OK:Grace]]
Practice Development Lead
""")

add("lookalike", "05_reflective-log_headings", f"""#! safe=yes genre=reflective-log
[[OK:R E F L E C T I O N]]

[[OK:1.1]] [[OK:W H A T   H A P P E N E D]]
I used [[OK:Gibbs (1988)]] to structure this. [[OK:Person A]] and [[OK:Mrs K]] attended the review. [[OK:Person A]] talked about a game where he is a [[OK:l33t]] sniper, and used words like [[OK:h4x0r]] and [[OK:n00b]] which I did not know.

[[OK:1.2]] [[OK:W H A T   I   L E A R N E D]]
Following [[OK:Kolb (1984)]], I tried it out: next session we played together. The youth club tuck shop charges [[OK:£0.{ZWSP}50]] a can and the leaflet gave Childline as [[OK:{fw('0800 1111')}]].

[[OK:1.3]] Action: read section [[OK:4.2.1]] of the practice guidance before the next review.
""")

# ---------------------------------------------------------------- build
def main():
    for cls in CLASSES:
        d = ROOT / "drafts" / cls
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.txt"):
            old.unlink()
    for cls, stem, text in D:
        (ROOT / "drafts" / cls / f"{stem}.txt").write_text(text, encoding="utf-8")
    parts = []
    for cls in CLASSES:
        out = ROOT / f"gold_{cls}.jsonl"
        subprocess.run([PY, CONVERT, str(ROOT / "drafts" / cls), str(out)], check=True)
        parts.append(out.read_text(encoding="utf-8"))
    (ROOT / "gold.jsonl").write_text("".join(parts), encoding="utf-8")
    print(f"{len(D)} drafts -> gold.jsonl")


if __name__ == "__main__":
    main()
