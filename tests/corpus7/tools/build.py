#!/usr/bin/env python3
r"""Build the corpus7 evasion drafts and gold files.

    python3 tests/corpus7/tools/build.py

Writes drafts/<class>/NN_genre_topic.txt in the shared writing format (first
line '#! safe=yes|no genre=...', then the draft with [[LABEL:text]] and
[[OK:text]] marks), runs /work/shared/eval/convert.py on each class folder into
classes/<class>.jsonl, prefixes every id with '<class>-' so ids are unique
across classes, and concatenates all classes into gold.jsonl.

Everything in the drafts is invented. Phone numbers are in Ofcom drama
ranges, e-mail addresses are at example.org/.com/.gov.uk/.nhs.uk, NHS and CHI
numbers are made with tools/numbers.py (valid check digit, not real people).

Source conventions, so that this file stays readable:
- invisible and unusual characters are written as escapes ("\u200b" zero-width
  space, "\u00a0" no-break space, "\u0430" Cyrillic a, "\u0301" combining acute ...);
  this file itself is kept free of literal invisible characters (qa.py checks);
- <<rev:TEXT>> becomes U+202E + TEXT reversed + U+202C: stored backwards,
  displayed as TEXT (a right-to-left override);
- <<fw:TEXT>> becomes TEXT with printable ASCII turned into the full-width
  forms U+FF01..U+FF5E (ordinary spaces inside it are kept).
"""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # tests/corpus7
CONVERT = Path("/work/shared/eval/convert.py")
CLASSES = ["invisible", "spacing", "confusables", "spaced", "leet", "words",
           "contact", "links", "lookalikes"]
GENRES = {"blog", "closed-group", "chat", "reflective-log", "forum", "email"}

DRAFTS = {c: [] for c in CLASSES}


def add(cls, name, safe, text):
    """name is NN_genre_topic; the genre is read from it."""
    genre = name.split("_")[1]
    assert genre in GENRES, name
    assert safe in ("yes", "no"), name
    DRAFTS[cls].append((name, safe, genre, text))


def _rev(m):
    return "\u202e" + m.group(1)[::-1] + "\u202c"


def _fw(m):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in m.group(1))


def expand(text):
    text = re.sub(r"<<rev:(.+?)>>", _rev, text)
    text = re.sub(r"<<fw:(.+?)>>", _fw, text)
    assert "<<" not in text and ">>" not in text, text[:80]
    return text


# ---------------------------------------------------------------------------
# 1. invisible: ZWSP, ZWNJ, ZWJ, LRM/RLM, word joiner, soft hyphen, bidi override
# ---------------------------------------------------------------------------

add("invisible", "01_chat_new-referral", "no", """
[[OK:Mhairi]] 09:12: morning all, pasting this straight off the referral on my phone so sorry about the formatting
[[OK:Mhairi]] 09:12: mum is [[PERSON:Dan\u200bielle Mc\u200bGowan]], wee boy is [[PERSON:Ry\u200can]], [[AGE:six]], in P2 at [[INSTITUTION:St Bride\u200d's Primary]]
[[OK:Mhairi]] 09:13: address [[ADDRESS:Flat 2/1, 14 Ark\u2060wright Street]], [[POSTCODE:G51\u2060 3Q\u200bX]]
[[OK:Stuart]] 09:15: is that the same [[PERSON:Danielle]] who was open to [[LOCAL_AUTHORITY:the Govan team]] in [[DATE:2022]]?
[[OK:Mhairi]] 09:16: same one. mobile [[CONTACT:\u200e07700\u200e 900\u200b418]], email [[CONTACT:dani.mc\u00adgowan@example.com]] (that one bounced last time)
[[OK:Mhairi]] 09:17: school gave [[PERSON:Ry\u200can]]'s CHI as [[ID_NUMBER:030318\u200b4019]] if you want to run the health check
[[OK:Stuart]] 09:18: ta. and dad?
[[OK:Mhairi]] 09:19: [[PERSON:<<rev:Blair Niven>>]], NFA, last known at his brother's in [[LOCATION:Ib\u200brox]]
[[OK:Mhairi]] 09:20: his bail says he's not to go near [[LOCATION:Ark\u200bwright St]] so if he turns up it's a 999 call
[[OK:Stuart]] 09:21: noted. I'll ring mum this morning and put it on the board for the [[OK:2pm]] huddle
""")

add("invisible", "02_email_hospital-discharge", "no", """
From: [[OK:Priya Raman]], Hospital Social Work Team
To: Reablement duty
Subject: Discharge planning - Mr [[PERSON:Ed\u00admund Far\u00adquhar]], [[INSTITUTION:Ward\u00a07B]]

Hi both,

Pasting the headline details from the ward system below, apologies if the formatting comes through oddly.

Patient: Mr [[PERSON:<<rev:Edmund Farquhar>>]]
NHS no: [[ID_NUMBER:491\u2060 417\u2060 7765]]
Age: [[AGE:87]]
Home: [[ADDRESS:3 Lin\u00adnet Close]], [[LOCATION:Roth\u200dwell]], [[POSTCODE:LS26\u200f 0\u200fHT]]
NOK / POA: daughter, Mrs [[PERSON:Gillian Ab\u200cbott]], [[CONTACT:\u200f0113 496 0\u200e562]], [[CONTACT:g.ab\u200cbott@example.org]]

Mr [[PERSON:Farquhar]] came in on [[DATE:2 March]] after a fall in the garden and has been medically fit for three days. OT are recommending four calls a day and a key safe. [[PERSON:\u200fGillian\u200e]] is clear that her dad wants to go home rather than back to [[INSTITUTION:Aire\u00advale House]], where he had respite in [[DATE:October]], and he said the same to me on the ward.

Could the [[LOCAL_AUTHORITY:Leeds City Council]] reablement team pick this up from next week? Happy to do a joint visit.

Thanks,
[[OK:Priya]]

[[OK:Priya Raman]] | Hospital Social Worker
""")

add("invisible", "03_forum_kinship-carer", "no", """
Posting here because I honestly don't know where else to turn. I've been kinship carer for my two grandchildren, [[PERSON:T\u200ba\u200by\u200bl\u200bo\u200br]] ([[AGE:9]]) and [[PERSON:Lex\u200ci]] ([[AGE:4]]), since their mum went into [[INSTITUTION:HMP Sty\u2060al]] in [[DATE:January]]. My nephew showed me how to put invisible gaps in their names so this post won't come up if anyone searches for them.

The social worker from [[LOCAL_AUTHORITY:Stock\u00adport]] keeps telling me the kinship allowance is "under review". Meanwhile their dad, [[PERSON:<<rev:Deon York>>]], turned up at our door in [[LOCATION:Bram\u200bhall]] last week shouting the odds, and he has been messaging [[PERSON:Tay\u2060lor]] on an old tablet. [[PERSON:Taylor]] is in Year 5 at [[INSTITUTION:Hazel\u00admere Primary]] and the school have been brilliant, but I am exhausted and [[PERSON:\u200eLexi\u200e]] has started wetting the bed again.

Is there anyone else on here in the [[POSTCODE:SK7\u200b 2\u200dBT]] area, or anyone who has been through a special guardianship assessment? Do I need a solicitor before the viability report, and who pays for it?

If it's easier to talk privately you can email me on [[CONTACT:carol.hen\u200bshaw\u200c64@example.com]].

[[PERSON:Carol]]
""")

add("invisible", "04_blog_three-habits", "yes", """
# Three habits for writing about practice ([[OK:#Social\u200bWork\u200bWeek]])

When I started in a children's team I thought anonymising a case meant taking the name out. Then my practice educator, [[OK:Grace\u00adlyn Osei]], handed back a "fully anonymised" piece I'd written about a girl I had called [[OK:Child\u2060 J]], and showed me she could still be found from her school, her football club and the date of a court hearing. So, three habits.

1. **Invent, don't abbreviate.** I now write [[OK:Fam\u200cily A]] and [[OK:Mum\u200d A]], never real initials.

2. **Retype rather than paste.** Text copied out of our recording system carries hidden characters: zero-width spaces, soft hyphens, direction marks. They look like nothing, but they travel with the text and they can hide a name from whatever checks it.

3. **Signpost national services, never your local duty line.** The NSPCC helpline is [[OK:0808\u2060 800\u200b 5000]] and children can ring Childline free on [[OK:\u200e0800 1111\u200e]]. Both [[OK:@NSP\u200bCC]] and [[OK:@BASW\u00ad_UK]] share good guidance during the week.

If you're a student reading this: your practice educator has seen it all before. Ask early.

[[OK:\u200fSam Darby\u200f]], social worker, three years qualified
""")

add("invisible", "05_reflective-log_contact-session", "no", """
Reflective log - supervised contact, week 6

Headline details copied from the contact record so I remember the context (I'll tidy this before it goes anywhere near my portfolio):

Child: [[PERSON:Ka\u00ady\u00adla Bro\u00addie]]   DOB: [[DATE_OF_BIRTH:\u200e22/09/2014\u200e]]   CHI: [[ID_NUMBER:220914\u200d1176]]
Mosaic ID: [[CASE_REF:MOS\u2060-3348\u2060127]]
Mother: [[PERSON:Lou\u00adise Bro\u00addie]], mobile [[CONTACT:07700\u00ad 900\u00ad583]]
Venue: [[INSTITUTION:Hill\u200bcrest Family Centre]], [[LOCATION:Dal\u200bkeith]], [[POSTCODE:EH22\u00ad 1\u00adAF]]
Kinship carer: maternal gran, [[PERSON:<<rev:Rosemary Bolton>>]]

What happened: [[PERSON:Kay\u200bla]] came in quiet and kept her jacket on for the first half hour. Mum arrived twenty minutes late because the bus from [[LOCATION:May\u200cfield]] hadn't turned up, and the first thing she asked was whether [[PERSON:Kayla]] had been "put up to" what she told her teacher.

What I felt: protective of [[PERSON:Kayla]], and irritated with mum, which I had to park.

What I did: I named the lateness without blaming and suggested they carry on with the biscuits [[PERSON:Kayla]] had planned. It helped. By the end she was laughing at mum's attempt at icing.

What I'd do differently: ring mum the day before, and check the buses from [[LOCATION:Mayfield]] myself rather than assume.
""")

# ---------------------------------------------------------------------------
# 2. spacing: no-break, narrow no-break and ideographic spaces; full-width forms
# ---------------------------------------------------------------------------

add("spacing", "01_closed-group_housing-disrepair", "no", """
Hoping someone in here has dealt with this. Family I'm working with in [[LOCATION:Byker]]: mum [[PERSON:Jade\u00a0Pattinson]] and her three under-eights, private let at [[ADDRESS:27\u00a0Cromwell\u00a0Terrace]], [[POSTCODE:NE6\u202f5RT]]. The landlord has served a [[OK:section\u00a021]] notice and there is black mould in every room. The youngest, [[PERSON:Kai]] ([[AGE:18\u00a0months]]), has been admitted to [[INSTITUTION:the\u00a0RVI]] twice this winter with his chest.

[[LOCAL_AUTHORITY:Newcastle City Council]] housing options say she isn't a priority until the bailiffs are booked. Environmental health visited on [[DATE:12\u00a0January]] and said they'd write to the landlord, Mr [[PERSON:Derek\u3000Gaines]], who has since stopped answering anyone.

[[PERSON:Jade\u202fPattinson]] has said I can share her number with anyone who can actually help: [[CONTACT:0191\u00a0498\u00a00731]]. Her sister [[PERSON:Leanne\u3000Pattinson]] is on [[CONTACT:07700\u202f900\u202f266]] if [[PERSON:Jade]]'s phone is off, which it often is because of credit.

Any advice on getting a disrepair claim moving quickly, or a name at the council who will actually look at the mould? I'm worried we are one more chest infection away from something much worse for [[PERSON:Kai]].

Thanks in advance,
[[OK:Rachel]] (family support worker)
""")

add("spacing", "02_chat_school-liaison", "no", """
Me: hi [[OK:Wendy]], did the interpreter manage to get mum's details?
[[OK:Wendy]]: yes, mum typed them into my phone herself. her keyboard does the wide letters, sorry
[[OK:Wendy]]: [[PERSON:<<fw:CHAN Mei Ling>>]], son [[PERSON:<<fw:Jason>>]] ([[AGE:11]]), P7
[[OK:Wendy]]: mobile [[CONTACT:<<fw:07700>>\u3000<<fw:900>>\u3000<<fw:215>>]]
[[OK:Wendy]]: [[ADDRESS:<<fw:Flat 5, 18 Kirk Street>>]], [[POSTCODE:<<fw:PA1>>\u3000<<fw:1RT>>]]
Me: great, thanks. does she want the meeting in [[DEMOGRAPHIC:Cantonese]]?
[[OK:Wendy]]: yes please. they came over from [[DEMOGRAPHIC:Hong\u00a0Kong]] in [[DATE:2022]] and she still finds English hard on the phone
[[OK:Wendy]]: and not at [[INSTITUTION:<<fw:Cartside>>\u3000Primary]] if you can help it, she says the other mums talk
Me: no bother, I can book a room at [[LOCATION:Paisley]] library instead. is [[PERSON:Jason]] still ok with his gran picking him up?
[[OK:Wendy]]: yes, gran is on the pick-up list as [[PERSON:<<fw:CHAN Lai Fong>>]], [[CONTACT:<<fw:0141 496 0388>>]]
Me: perfect. I'll write to mum in [[DEMOGRAPHIC:Cantonese]] and copy you in. thanks for sorting this
""")

add("spacing", "03_email_asp-referral", "no", """
Subject: ASP referral - Mrs [[PERSON:Agnes\u202fMcColl]] ([[AGE:79]])

Hi [[OK:Ross]],

I've copied the details below out of the GP's PDF, so the spacing may look a bit odd.

Name: [[PERSON:Agnes\u3000Mc\u3000Coll]]
Address: [[ADDRESS:Flat\u30004,\u300019\u3000Mill\u3000Lane]], [[LOCATION:Kirkintilloch]]
Postcode: [[POSTCODE:G66\u00a0\u00a01XY]]
CHI: [[ID_NUMBER:<<fw:1206442646>>]]
NI no: [[ID_NUMBER:JT\u202f48\u202f21\u202f93\u202fC]]
GP: [[INSTITUTION:Westerton\u3000Health\u3000Centre]]

Concern: her neighbour told the practice nurse that Mrs [[PERSON:McColl]]'s son, [[PERSON:Gary\u00a0McColl]], has been collecting her pension and that there was no food in the house on two recent visits. She has mild dementia and is [[DEMOGRAPHIC:registered\u00a0blind]]. [[PERSON:Gary]] can be reached on [[CONTACT:0141\u3000496\u30000957]].

I think this meets the three-point test in [[OK:section\u00a03 of the Adult Support and Protection (Scotland) Act 2007]] and we should make inquiries under [[OK:section\u00a04]]. Could you allocate a visit this week? I'd suggest going when [[PERSON:Gary]] is at work.

Thanks,
[[OK:Fiona]]
Adult Support and Protection, [[OK:East\u00a0Dunbartonshire\u00a0HSCP]]
""")

add("spacing", "04_forum_who-to-ring", "yes", """
Re: Who do you ring at 2am?

Not a professional, just a dad who has been where some of you are. These are the national numbers I keep in my phone. All free, and none of them will judge you:

- Samaritans, any hour: [[OK:116\u00a0123]]
- Childline, if it's your teenager who needs someone to talk to: [[OK:<<fw:0800 1111>>]]
- National Domestic Abuse Helpline: [[OK:0808\u202f2000\u202f247]]
- Carers UK advice line, weekdays: [[OK:0808\u3000808\u30007777]]

Also worth knowing: Carer's Allowance is [[OK:\u00a381.90]]\u00a0a\u00a0week at the moment, and if your young person has ever been detained under the Mental Health Act their aftercare should be free under [[OK:section\u00a0117]]. Nobody told us that for a year.

[[OK:@CarersUK]] run an online meet-up on Thursday evenings at [[OK:19:30]], which got me through a lot of bad weeks. And [[OK:#<<fw:CarersWeek>>]] is coming up if you want proof you're not on your own.

Take care of yourselves,
[[OK:Steve]]
""")

add("spacing", "05_blog_leaving-care", "no", """
## Leaving care at [[AGE:eighteen]]: [[PERSON:<<fw:Brodie>>]]'s story

*I've written her name in wide letters so it won't come up if anyone searches for her.*

I was [[PERSON:<<fw:Brodie>>]]'s social worker from the age of [[AGE:12]] until she moved into her own tenancy last month, and I wanted to write down what worked before I forget.

She spent four years in supported lodgings with Mrs\u00a0[[PERSON:Irene\u00a0Cowie]] at [[ADDRESS:12\u3000Craigour\u3000Gardens]], [[POSTCODE:<<fw:EH17>>\u3000<<fw:7PL>>]]. [[PERSON:Irene]] never once made her feel like a placement. When [[PERSON:Brodie\u00a0Lamont]] (there, I've said it, she told me she doesn't mind) failed her first year at [[INSTITUTION:<<fw:Edinburgh College>>]], it was [[PERSON:Irene]] who sat with her and rewrote the application.

The move itself was the hard part. Her new flat is at [[ADDRESS:Flat\u202f3, 40\u202fMoredun\u202fPark\u202fRoad]], [[POSTCODE:EH17\u202f7HL]], three streets from [[PERSON:Irene]], which was her choice and a good one. She keeps her old mobile, [[CONTACT:07700\u202f900\u202f874]], so that her younger brother can always reach her.

What worked: starting the tenancy planning early, not six months before the move. Letting her choose the street. Keeping the same worker.

If you're thinking about offering supported lodgings, [[LOCAL_AUTHORITY:<<fw:City of Edinburgh Council>>]] are recruiting, and I can't think of a better thing to do with a spare room.
""")

# ---------------------------------------------------------------------------
# 3. confusables: decomposed accents (NFD) and Cyrillic/Greek look-alike letters
# ---------------------------------------------------------------------------

add("confusables", "01_closed-group_euss-lapse", "no", """
Looking for advice from anyone with EUSS experience. I'm supporting a [[DEMOGRAPHIC:Polish]] family: mum [[PERSON:Zofia Wo\u0301jcik]] and her children [[PERSON:Zuz\u0430nn\u0430]] ([[AGE:10]]) and [[PERSON:Miko\u0142aj]] ([[AGE:7]]). They live at [[ADDRESS:Flat 1/1, 212 Dumb\u0430rton R\u043e\u0430d]], [[POSTCODE:G11 6\u0420S]], and both kids are at [[INSTITUTION:Whiteinch P\u0430rkside Primary]].

[[PERSON:Zofia]] only ever had pre-settled status and it lapsed while she was in hospital last year. Dad, [[PERSON:T\u043em\u0430sz Wo\u0301jcik]], has gone back to [[LOCATION:Gdan\u0301sk]] and isn't answering. [[LOCAL_AUTHORITY:Glasgow City Council]] are now treating the family as no recourse to public funds, so the kids have lost free school meals and [[PERSON:Zofia]] has been told to "regularise her status" before anything else can happen.

Has anyone had a late EUSS application accepted on reasonable grounds after a hospital stay? She has all her discharge letters. Her e-mail is [[CONTACT:z.w\u043ej\u0441ik@example.com]] if a solicitor on here can take it on (she's happy for me to share it).

I'm also wondering whether we should be doing a [[OK:section\u00a022]] assessment in the meantime so the kids aren't going without. Any pointers welcome.
""")

add("confusables", "02_email_nrm-referral", "no", """
From: [[OK:Harpreet Gill]]
Subject: NRM referral - [[PERSON:Nguye\u0302\u0303n Va\u0306n Tu\u0300ng]]

Hi all,

Summary for this afternoon's strategy discussion.

Police found [[PERSON:Tu\u0300ng]] on [[DATE:11 March]] in a house being used as a cannabis grow in [[LOCATION:Erd\u0456ngton]]. He says he is [[AGE:16]], [[DEMOGRAPHIC:Vietnamese]], from [[LOCATION:Nghe\u0323\u0302 An]] province, and that he came through France in a lorry in the autumn.

Police ref: [[CASE_REF:W\u039c-20240311-0456]]
Placement: [[INSTITUTION:C\u0435d\u03b1r L\u043edge]], [[POSTCODE:B23 6\u0422J]]

A man saying he was his uncle, [[PERSON:Tra\u0302\u0300n Minh]], has phoned the home twice asking for him, from [[CONTACT:0121 496 0834]]. Staff did not confirm that [[PERSON:T\u00f9ng]] was there. The name [[PERSON:Tr\u1ea7n]] is also on the tenancy of the grow house, [[ADDRESS:57 G\u0440ange R\u03bfad]].

The interpreter yesterday was [[OK:Lan Pham]] from the agency and [[PERSON:Tu\u0300ng]] was much more settled with her than with the telephone line.

We need to make the NRM referral today. The Modern Slavery Helpline ([[OK:08000 121 700]]) can advise if anyone is unsure about the first responder form. Please treat [[PERSON:Tu\u0300ng]] as a child unless and until an age assessment says otherwise.

[[OK:Harpreet]]
Exploitation and Missing Team, [[OK:Birmingham Children's Trust]]
""")

add("confusables", "03_chat_gateway-allocation", "no", """
[[OK:Niamh]]: right, the one from gateway. mum is [[PERSON:Siobha\u0301n O'C\u043ennor]], kids [[PERSON:Cia\u0301ran]] ([[AGE:8]]) and [[PERSON:O\u0301rla]] ([[AGE:5]])
[[OK:Niamh]]: [[ADDRESS:66 \u041ermeau R\u043ead]], [[POSTCODE:BT7 1\u0415N]]
[[OK:Declan]]: and dad?
[[OK:Niamh]]: [[PERSON:Sea\u0301n Mac Ra\u0301ith]]. non-mol in place since [[DATE:December]]
[[OK:Declan]]: school?
[[OK:Niamh]]: [[INSTITUTION:St Fi\u03b1chra's Primary]]. the principal rang it in after [[PERSON:Cia\u0301ran]] turned up with a mark on his neck
[[OK:Declan]]: ok. have we a number for mum?
[[OK:Niamh]]: [[CONTACT:028 9649 6173]], and gateway have her email as [[CONTACT:siobhan.\u03bfc\u03bfnn\u03bfr@example.com]]
[[OK:Declan]]: grand. I'll ring her before the visit so she's not ambushed. does [[PERSON:\u00d3rla]] go to the nursery on the same site?
[[OK:Niamh]]: aye, same site. and FYI the referral came through from the [[LOCAL_AUTHORITY:Belfast H\u0421SC Trust]] out-of-hours team, so there's a police log as well, [[CASE_REF:\u0421C-2024-0214-0188]]
[[OK:Declan]]: thanks. [[OK:Article 66]] threshold looks met to me, we'll see after the visit
""")

add("confusables", "04_blog_spell-your-name", "yes", """
# When the system can't spell your name

Our case management system has a habit I only noticed this year. Type a name with an accent and, depending on which screen you came from, it stores the letter and the accent as two separate characters. Search for the same name typed normally and you get nothing back. A duplicate record gets created, and two workers end up holding half a history each.

In my first post I wrote about a brother and sister I called [[OK:Re\u0301mi]] and [[OK:Zoe\u0308]]. Those aren't their names; I chose invented names with accents on purpose, partly to make the point above. In the same way, the family I wrote about last month were [[OK:Family \u0410]] and the little one was [[OK:Child J]].

There's good writing on why record systems matter this much. [[OK:Munro (2011)]] is the obvious place to start, and [[OK:Featherstone, White and Morris (2014)]] made me think harder about what we choose to record about families at all.

Three practical things: check how your system stores accents before you search for a duplicate; ask people how they spell their own name and write it that way; and never "simplify" a name because the form is awkward.

[[OK:Andre\u0301]]
""")

add("confusables", "05_reflective-log_care-home-review", "no", """
Reflection: six-week review at [[INSTITUTION:H\u03bflmw\u03bf\u03bfd H\u03bfuse]]

Mrs [[PERSON:Rene\u0301e Lefe\u0300vre]] is [[AGE:91]], [[DEMOGRAPHIC:French-born]], and has lived in [[LOCATION:L\u0435ith]] since [[DATE:the 1950s]]. She moved into [[INSTITUTION:H\u03bflmw\u03bf\u03bfd]] from her flat at [[ADDRESS:14 C\u043enstituti\u043en Street]], [[POSTCODE:\u0395\u03976 7\u0392\u0397]], after two falls and a night spent on the kitchen floor.

Her daughter [[PERSON:Franc\u0327oise]] came over from [[LOCATION:Ly\u03bfn]] for the review and we spoke mostly in French, which I haven't done since school. The most useful thing I learned was that Mme [[PERSON:Lef\u00e8vre]] has gone back to her first language almost entirely as the dementia has progressed, and the staff have been reading her silence as low mood. She talks about her late husband, [[PERSON:Ma\u0445ime]], as if he is at work. [[PERSON:Fran\u00e7oise]] left me her e-mail, [[CONTACT:f.lef\u0435vre@example.com]], and offered to record some phrases for the night staff.

The manager, [[OK:Cathy Ross]], was open to changing the care plan straight away. My reflection is that I had accepted "settling in well, eats little, quiet" at face value for six weeks because it came from a good home. Language is part of a person's identity, not an interpreting problem to solve at reviews. I'll ask the language question at every first visit now, not only when someone is obviously struggling.
""")

# ---------------------------------------------------------------------------
# 4. spaced: digits and letters spaced, dotted or hyphenated one by one
# ---------------------------------------------------------------------------

add("spaced", "01_chat_placement-details", "no", """
[[OK:Aisha]]: did you manage to get the new number for the YP?
[[OK:Tom]]: yeah, she read it out so I typed it as she said it: [[CONTACT:0 7 7 0 0 9 0 0 1 2 3]]
[[OK:Aisha]]: lol ok. and it's definitely [[PERSON:K-A-Y-L-E-I-G-H]] on the placement plan now? school still have her as [[PERSON:K a y l a]]
[[OK:Tom]]: she spelled it out for me twice, [[PERSON:K.a.y.l.e.i.g.h]], surname [[PERSON:D.u.n.b.a.r]]. she changed it when she turned [[AGE:1 5]]
[[OK:Aisha]]: fair enough. placement address is [[ADDRESS:4 1 Marchmont Crescent]]?
[[OK:Tom]]: yep, with the [[PERSON:H e n d e r s o n s]]. postcode off the form is [[POSTCODE:E H 9   1 H H]]
[[OK:Aisha]]: great. her review is [[DATE:1 4 . 0 3 . 2 4]], I'll send the invites out today
[[OK:Tom]]: can you add her school too, [[INSTITUTION:W a r r e n d e r  H i g h]]? the guidance teacher keeps asking to be included
[[OK:Aisha]]: will do. and I'll get business support to change the name on the system so the letters stop going out wrong
""")

add("spaced", "02_email_health-assessment", "no", """
From: [[OK:Joanne Pryce]], School Nurse
Subject: health assessment - [[PERSON:B r o d i e   S m i t h]]

Hi [[OK:Callum]],

I've pulled these off the old paper form (the one with a little box for every letter), so they've come through spaced out, sorry:

Surname: [[PERSON:S M I T H]]   Forename: [[PERSON:B R O D I E]]
D.O.B.: [[DATE_OF_BIRTH:1 5 / 0 3 / 2 0 1 0]]
CHI: [[ID_NUMBER:1 5 0 3 1 0 4 4 2 7]]
Previous NHS no. (from when the family lived in [[LOCATION:C a r l i s l e]]): [[ID_NUMBER:955.047.3686]]
Mother: [[PERSON:M.e.g.a.n S.m.i.t.h]]
GP: [[INSTITUTION:R i v e r s i d e   M e d i c a l   C e n t r e]], [[LOCATION:B a t h g a t e]]

[[PERSON:Brodie]] has missed her last two dental appointments and I'm concerned about her weight, which has dropped on each of my last three checks. Mum cancelled my home visit on [[DATE:6.3.24]] by text from [[CONTACT:0 7 7 0 0 . 9 0 0 . 3 4 1]] and hasn't replied since.

Given the history with the older sibling, I'd like to talk about whether this needs an IRD rather than another letter. I'm in school on Wednesday mornings if that's easier.

Thanks,
[[OK:Joanne]]
""")

add("spaced", "03_forum_cancelled-contact", "no", """
I'm spacing the names out on purpose so the council can't just search for this post.

My son [[PERSON:J a y d e n]] is [[AGE:1 4]] and has been in care for eight months. His social worker, Ms [[OK:P a t e l]], keeps cancelling contact. The last one was meant to be on [[DATE:2 . 3 . 2 4]] at [[INSTITUTION:B l a c k l e y   F a m i l y   C e n t r e]] and nobody told me until I was stood outside in the rain. His case number is [[CASE_REF:C P / 2 3 / 0 4 4 1 8]] if anyone from [[LOCAL_AUTHORITY:M a n c h e s t e r]] is reading this, because I've given up on e-mails.

I still live at [[ADDRESS:1 1 9 Rochdale Road]], [[POSTCODE:M.9. 8.A.Q]], the same house [[PERSON:J.a.y.d.e.n]] grew up in, and I'm on [[CONTACT:0 1 6 1   4 9 6   0 2 2 9]] any time. His school, [[INSTITUTION:N o r t h b r o o k   A c a d e m y]], says he's asking for me.

What I want to know is: can I ask for a contact order myself, or do I have to go through the social worker? And does anyone know if a parent can attend the looked-after review without being invited?

[[PERSON:T a s h a]]
""")

add("spaced", "04_closed-group_training-notes", "yes", """
[[OK:T R A I N I N G   N O T E S]]  -  exploitation refresher

Sharing my notes from today's session with the [[OK:N.S.P.C.C.]] trainer for anyone who missed it. Nothing case-specific in here.

- [[OK:C.S.E.]] and [[OK:C.C.E.]] overlap far more than our referral forms suggest. Ask about both.
- If a young person has a number written on her hand as [[OK:0 8 0 0   1 1 1 1]], that's Childline, not an exploiter. The trainer said staff have phoned police about it before now.
- [[OK:1 1 6   1 2 3]] is Samaritans, and young people sometimes save it under a nickname.
- The thresholds slide is section [[OK:3.2.1]] of the local procedures, and the bit about strategy discussions is [[OK:4.1]].
- Recording: write "[[OK:Y.P. A]]" in shared notes, never initials.
- Escalation still goes through [[OK:s.47]] if the harm is within the family, and through contextual safeguarding if it isn't.

Slides are on the team drive. Shout if you want to talk any of it through.

[[OK:J. M c L e o d]]
""")

add("spaced", "05_reflective-log_young-carer", "no", """
Young carer assessment - reflection

[[PERSON:E l l i e - M a y]] ([[AGE:1 2]]) looks after her mum, who has [[DEMOGRAPHIC:early-onset Parkinson's]]. I copied the basics from the assessment form, which has a box for each character, so they came out like this and I've left them that way for now:

D.O.B. [[DATE_OF_BIRTH:0 3 . 0 4 . 2 0 1 1]]   CHI [[ID_NUMBER:0 3 0 4 1 1 1 2 8 7]]
Mum: [[PERSON:D.a.w.n C.o.u.l.t.e.r]], NI [[ID_NUMBER:P N 7 3 0 5 1 8 B]] (for the PIP form)
Case ref [[CASE_REF:C R - 2 0 2 4 - 0 1 8 7 3]]
Address [[ADDRESS:2 2 Broomhill Drive]], [[LOCATION:K.i.l.m.a.r.n.o.c.k]]
Car reg for the blue badge: [[ID_NUMBER:S F 1 9   X K P]]

What struck me was how practised [[PERSON:Ellie-May]] is. She told me the medication times before her mum could, and she has stopped going to after-school netball at [[INSTITUTION:G r a n g e   A c a d e m y]] because Tuesdays are when the carer doesn't come.

I noticed I was impressed, and I had to pull myself back to the question of what it costs her. A [[AGE:twelve-year-old]] shouldn't be this good at it.

Next steps: young carer statement, a referral to the young carers' group, and a conversation with mum about what she wants [[PERSON:Ellie-May]] to be told about how the illness progresses.
""")

# ---------------------------------------------------------------------------
# 5. leet: digits for letters in names, letters for digits in numbers (O for 0, l for 1)
# ---------------------------------------------------------------------------

add("leet", "01_chat_unit-handover", "no", """
[[OK:Lorna]]: heads up for tonight. found this written inside [[PERSON:Sh4nn0n]]'s wardrobe door: "[[PERSON:Sh4nn0n]] + [[PERSON:K4yd3n]] 4 eva"
[[OK:Lorna]]: and on her hand this morning: [[CONTACT:O77OO 9OO 1O3]]
[[OK:Dev]]: is [[PERSON:K4yd3n]] the older lad from [[LOCATION:Gr33nock]]?
[[OK:Lorna]]: think so. she says he's [[AGE:19]] and drives a black golf
[[OK:Dev]]: ok. [[PERSON:Sh4nn0n M4cL3an]] is [[AGE:14]]. that's a CSE concern, not a "boyfriend"
[[OK:Lorna]]: agreed. there's a second number in her notes app as well, [[CONTACT:O77OO 9OO 5l2]], saved as "[[PERSON:K4yd3n]] <3"
[[OK:Dev]]: I'll request an IRD and pass both numbers to police. she's due back from [[INSTITUTION:Clyde View Academy]] at [[OK:3.45]]
[[OK:Lorna]]: I'll be on. going to try and get her talking over tea rather than go in heavy
[[OK:Dev]]: good plan. log the wardrobe thing with a photo please, and don't wipe it yet
""")

add("leet", "02_forum_child-arrangements", "no", """
Not using real names because I know the council reads this forum, so I've "coded" them:

My ex is [[PERSON:J4s0n Mck3nz13]] and our son [[PERSON:J4yd3n]] is [[AGE:7]]. We split two years ago and there's a child arrangements order, case [[CASE_REF:BD24PO04l7]], that gives him every other weekend. [[DATE:Last Friday]] he turned up at [[INSTITUTION:L1st3r Pr1mary]] at lunchtime and tried to take [[PERSON:J4yd3n]] out early. The school rang me and I had to leave work.

Now his new partner [[PERSON:K3lly]] is messaging me saying social services will take [[PERSON:J4yd3n]] off me because I "made a scene" in the playground. A social worker did come to the house, [[ADDRESS:3l Alb3rt R0ad]], [[POSTCODE:8D8 7QT]], and said it was "just an assessment".

Questions:
1. Can the school refuse to let him collect [[PERSON:J4yd3n]] early if the order doesn't say he can?
2. Should I be worried about the assessment, or is that normal after a school incident?
3. Anyone used the family court advice clinic in [[LOCATION:M4nn1ngh4m]]?

I'm not a bad mum, I just want him safe.

[[PERSON:Sh4r0n]]
""")

add("leet", "03_email_ocr-referral", "no", """
Subject: Fwd: scanned referral - [[PERSON:R0xanne Kerr]]

Hi [[OK:Priti]],

This came through the scanner, so the OCR has mangled it (O for 0 and l for 1 all over). Key details as they came out:

Name: [[PERSON:R0xanne Kerr]]    Age: [[AGE:l6]]
NHS: [[ID_NUMBER:6g2 l74 2l8O]]
Ref: [[CASE_REF:CR-2O24-OO9l7]]
Address: [[ADDRESS:Flat 4, l2 We1lington Street]], [[LOCATION:Hulme]], [[POSTCODE:Ml5 5AY]]
Mum: [[PERSON:Tracey Kerr]], [[CONTACT:Ol6l 496 O3l7]], [[CONTACT:tracey.kerr7l@example.com]]

Referral is from the sexual health nurse: [[PERSON:R0xanne]] attended with an older man who answered questions for her, and she has missed the last two appointments at [[INSTITUTION:the Hathersage Centre]].

I've checked the numbers against the paper copy and the ones above are what's actually on the form, not what I've corrected, so please don't copy them into the system as they are. I'll re-key it properly tomorrow.

Can we discuss at [[OK:10:30]] allocation? I think it wants a strategy discussion today rather than a single-agency visit.

[[OK:Matt]]
""")

add("leet", "04_blog_decoding-names", "yes", """
# Decoding teen usernames: notes from our carers' workshop

Last night's foster carers' session ([[OK:#FosterCareFortnight]]) was about the way young people write online. A few things worth sharing.

**Leetspeak is old, not sinister.** Swapping letters for digits goes back to bulletin boards. A name like [[OK:M1ll13]] or [[OK:B3n]] (both invented for the slides) is usually a young person being playful, not hiding something.

**But it does defeat filters.** Parental controls that block a word won't always block it with a 3 for the E. Carers asked whether they should go through phones looking for it; the trainer's answer was to talk first.

**Helplines can be disguised too.** One carer found [[OK:O8OO llll]] saved in a child's contacts with no name and panicked. It's Childline, saved so that nobody would notice it.

**Game versions matter.** A lot of the chat features carers worry about arrived in a single update ([[OK:v1.20.4]] was the one that came up), so "what version are you on?" can be a better opener than "who are you talking to?"

The [[OK:@NSPCC]] online safety pages are a good place to start.

[[OK:Bex]], fostering support worker
""")

add("leet", "05_reflective-log_life-story", "no", """
Life-story work, session 3 - reflection

[[PERSON:Ch3ls34]] writes her name like that on everything, so that's how it's gone on the front of her book. She also wrote her birthday as [[DATE_OF_BIRTH:O3/O4/2Ol1]] in bubble writing and asked me if that "counts" as a code.

Today we did the page about her first home, [[ADDRESS:l9 Ne1lston Road]], [[POSTCODE:KAl 2NQ]]. She remembered the blue door and the dog next door, and she remembered her birth mum [[PERSON:M1ch3ll3]] singing in the kitchen. She did not remember the night the police came, and I didn't push.

Her brother [[PERSON:Ch4rl13]] ([[AGE:9]]) is in a separate placement and goes to [[INSTITUTION:Craufurdland Pr1mary]]; she wanted to write his school down so she'd "always know where to find him". I let her, and I'll talk to her carer, Aunty [[PERSON:J0]], about whether the book stays at home.

Reflection: I was uncomfortable with how much identifying detail is going into a book she will carry around, but it's her story, and the coded spelling is her own way of keeping some control over who can read it. I need supervision on where the line is between her ownership of her history and her safety.
""")

# ---------------------------------------------------------------------------
# 6. words: numbers written in words (phones, house numbers, dates of birth, ages, dates)
# ---------------------------------------------------------------------------

add("words", "01_chat_refuge-referral", "no", """
[[OK:Gemma]]: update on the lady from yesterday. she's asked us not to put her surname in texts, so it's just [[PERSON:Nicola]] for now
[[OK:Gemma]]: safe number for her is [[CONTACT:oh seven seven double oh, nine double oh, six five two]], only before [[OK:two o'clock]] when he's at work
[[OK:Priya]]: and the kids?
[[OK:Gemma]]: [[PERSON:Lily]] is [[AGE:nine]] and the wee one, [[PERSON:Alfie]], is [[AGE:three and a half]]. they're still at the house, [[ADDRESS:number forty-seven Craigton Road]], with him
[[OK:Priya]]: is there anywhere local she'd go?
[[OK:Gemma]]: her sister in [[LOCATION:Cardonald]], but he knows where that is. she'd rather a refuge out of area
[[OK:Priya]]: ok. when did it start getting worse?
[[OK:Gemma]]: since [[DATE:the end of August]]. the worst was [[DATE:the second of January]], that's when the police came
[[OK:Priya]]: right. I'll call the refuge line and ask about a family room. can you check [[PERSON:Lily]]'s school has the safeguarding note?
[[OK:Gemma]]: already done, spoke to the head at [[INSTITUTION:Crookston Park Primary]] this morning
""")

add("words", "02_email_voicemail-transcript", "no", """
From: [[OK:Aileen Boyd]]
Subject: FW: Voicemail from [[CONTACT:0141 496 0273]]

[[OK:Ross]], can you pick this up? Transcript below (from the phone's transcription, so it's how she said it).

> Hi, it's [[PERSON:Karen Doyle]], [[PERSON:Ethan]]'s mum, calling about the review on [[DATE:the twenty-second]]. Can you call me back on [[CONTACT:oh one four one, four nine six, oh two seven three]]? Also, the hospital still has [[PERSON:Ethan]]'s date of birth wrong. He was born [[DATE_OF_BIRTH:the third of March two thousand and ten]], not the thirteenth, and they need his CHI, which is [[ID_NUMBER:oh three oh three one oh, two three one four]]. We're still at [[ADDRESS:flat two stroke one, sixty-four Paisley Road West]], I know the letter went to the old address. He's [[AGE:fourteen]] now and he wants to come to the review himself this time. OK, thanks, bye.

She sounded calmer than last month. Worth saying yes to him attending; he was very clear with me about it at school.

[[OK:Aileen]]
""")

add("words", "03_forum_exclusion", "no", """
Title: Daughter excluded, school won't tell me anything

Hi all, first post. My daughter is [[AGE:thirteen]] and she was excluded for five days on [[DATE:the ninth of October]] for "persistent disruption". That's the third time since [[DATE:September]]. She has an ADHD diagnosis and we've been waiting eighteen months for the autism assessment.

The school, [[INSTITUTION:Levenshulme High]], now say they want a meeting with "early help" and a social worker. Nobody has explained why social care is involved. We live at [[ADDRESS:thirty-one Albert Road]] and the social worker came round on [[DATE:the fourteenth]] without any warning while [[PERSON:Keeley]] was in the bath.

She was born [[DATE_OF_BIRTH:the twentieth of May twenty ten]], so she's one of the youngest in her year, which I think is half the problem.

Things I'd like to know:
- Can the school make a social care referral without telling me?
- Should I bring someone to the meeting?
- Is there anything I can ask for in writing?

[[PERSON:Keeley]] says she'd rather go to a different school altogether, but I don't want her to lose her friends.

Thanks for reading. If anyone from an advocacy service can help, I'm on [[CONTACT:oh one six one, four nine six, oh four four seven]] after the school run.
[[PERSON:Mandy]]
""")

add("words", "04_blog_say-it-out-loud", "yes", """
# Numbers you can say out loud

A young person I worked with last year, who I'll call [[OK:J]], couldn't keep a phone for more than a few weeks. So we practised saying the numbers that mattered until she could recite them like a song.

Childline: [[OK:oh eight hundred, one one one one]]. Samaritans: [[OK:one one six, one two three]]. That's it. Two numbers, both free, both open all night, and neither of them shows up on a bill.

I've started doing this with everyone now, not just the ones who lose phones. Saying a number out loud a few times in a session is a small piece of safety planning that doesn't depend on a battery.

A colleague asked whether we should do the same with our duty number. I'd say no: young people should be given national numbers that won't change when the team does, and a local number learned off by heart stays learned long after it's been disconnected.

If you're doing [[OK:section forty-seven]] work, it's also worth remembering that the family will be frightened and won't retain much. A number they can say out loud is worth more than a leaflet. The guidance on those enquiries is in Working Together.

[[OK:Marcus]]
""")

add("words", "05_reflective-log_asylum-family", "no", """
Reflective log - home visit

Visited [[PERSON:Amira]] and her mum at [[ADDRESS:flat nine, twenty-two Cathcart Road]]. The family are [[DEMOGRAPHIC:Sudanese]] and have been in asylum accommodation since [[DATE:the twelfth of February]], when they were moved from a hotel in [[LOCATION:Renfrew]].

[[PERSON:Amira]] turns [[AGE:sixteen]] on [[DATE_OF_BIRTH:the fourth of June]] and is worried that the age assessment from last year will be used to say she's older. She is studying for National 4s at [[INSTITUTION:Strathbungo Secondary]] and wants to be a nurse.

Mum asked me to write her number down for the interpreter agency, and read it out slowly: [[CONTACT:oh one four one four nine six oh five five oh]]. She doesn't want the housing provider to have it.

What I noticed: I spoke to her more than to mum because her English is better, and mum went quiet. Next time I'll book an interpreter for the full visit even though she offers to translate. She is a child and shouldn't be carrying her mother's asylum case.

Follow-up: the mould in the back bedroom, school uniform grant, and the GP registration that still hasn't come through since [[DATE:the twenty-ninth of January]].
""")

# ---------------------------------------------------------------------------
# 7. contact: e-mails written out or bracketed; handles introduced by the platform name
# ---------------------------------------------------------------------------

add("contact", "01_chat_accounts-for-police", "no", """
[[OK:Jo]]: police want every account he's using before the strategy meeting
[[OK:Sam]]: ok. his snap is [[CONTACT:k4yd3n_x]], and he's on insta as [[CONTACT:kaydenn.mcx]]
[[OK:Sam]]: tiktok: [[CONTACT:kdn.2009]] (mostly videos of the bus shelter at [[LOCATION:Castlemilk]] tbh)
[[OK:Jo]]: and the older lad?
[[OK:Sam]]: snapchat [[CONTACT:trapgod_0141]]. [[PERSON:Kayden]] also has him saved on telegram as [[CONTACT:bossman0141]]
[[OK:Jo]]: brilliant, thanks. mum's details?
[[OK:Sam]]: [[PERSON:Lisa McIntyre]], email is [[CONTACT:lisa.mcintyre at example dot com]], but she only checks it on a friday
[[OK:Jo]]: ok. is [[PERSON:Kayden]] still at [[INSTITUTION:Castlemilk High]]?
[[OK:Sam]]: on paper. he's [[AGE:15]] and has been in about twice since [[DATE:the October holidays]]
[[OK:Jo]]: I'll put it all in the chronology and flag the county lines concern. thanks [[OK:Sam]]
""")

add("contact", "02_email_core-group", "no", """
From: [[OK:Ewan Stirling]]
Subject: Core group contact list - [[PERSON:Harrison]] children

Hi all,

Contact details for the core group on [[DATE:Thursday 18 April]], as agreed at conference. I've written the family's e-mail addresses the way they gave them to me.

- Mum, [[PERSON:Jodie Harrison]]: [[CONTACT:j.harrison [at] example [dot] org]] (she writes it like that so the bots don't pick it up)
- Dad, [[PERSON:Mark Harrison]]: [[CONTACT:m_harrison(at)example(dot)com]]
- Maternal aunt, [[PERSON:Sandra Ellis]], who has [[PERSON:Ruby]] and [[PERSON:Finn]] after school on Tuesdays: [[CONTACT:sandra dot ellis at example dot com]]
- [[PERSON:Ruby]] ([[AGE:12]]) would like to be e-mailed the minutes herself: [[CONTACT:ruby h 2012 at example dot com]]

Professional contacts are on the attached list. The school's designated safeguarding lead, [[OK:Mr Bhatt]], will attend in person.

Please don't reply-all with the family's addresses; use the secure e-mail if you need to write to them.

Thanks,
[[OK:Ewan]]
[[OK:Ewan Stirling]], Social Worker
[[OK:csc dot duty at example dot gov dot uk]]
""")

add("contact", "03_forum_new-accounts", "no", """
Re: ex keeps making new accounts to contact our daughter

Thanks for the replies. Answering the questions people asked:

He's on Facebook as [[CONTACT:Dale Harrop Fishing]] now (the old one got reported), on X as [[CONTACT:daleh_1987]], and he has a YouTube channel, [[CONTACT:DH Carp Diaries]], where he's posted videos with [[PERSON:Ruby]] in the background without asking me. His WhatsApp is [[CONTACT:07700 900 781]].

[[PERSON:Ruby]] is [[AGE:12]]. Her TikTok is [[CONTACT:ruby.h.xox]] and she's set it to private, but he found it anyway through her cousin [[PERSON:Maisie]], whose account is [[CONTACT:maisie_h_09]].

The social worker from [[LOCAL_AUTHORITY:Doncaster]] says it's "a police matter" and the police say it's "a family matter". There's a non-molestation order that covers me but not [[PERSON:Ruby]].

Has anyone managed to get a prohibited steps order to cover online contact? And does anyone know whether YouTube will take videos down if a child is in them without a parent's consent?

Thank you all, this forum has kept me sane this month.
""")

add("contact", "04_closed-group_social-media-use", "yes", """
Following on from the team day about professional social media, here's the list people asked for.

Good accounts to follow for practice updates: [[OK:@CarersUK]], [[OK:@NSPCC]], [[OK:@BASW_UK]] and [[OK:@SocialWorkEng]]. All post policy news faster than the intranet does.

A couple of reminders from the session:

1. Never connect with people who use our services, however well it went. Not on Facebook, not on LinkedIn, not "just on Insta".
2. If you run a professional account (mine is on Insta as [[OK:sw.reflects]]), keep it separate from your personal one and post nothing case-related, even anonymised, without thinking about who could recognise the story.
3. [[OK:#TimeToTalk]] day is next week; the wellbeing group is doing a walk at [[OK:12:15]] for anyone who fancies it.

If you'd like the slides or the policy, e-mail the workforce team at [[OK:workforce dot team at example dot gov dot uk]] rather than me, as I'm off from Friday.

[[OK:Anjali]], practice lead
""")

add("contact", "05_blog_online-grooming", "no", """
## How it started: a case I can't stop thinking about

She was [[AGE:13]]. The first message came on Snapchat from an account called [[CONTACT:big.dee.ldn]], who said he'd seen her dancing videos. Her TikTok was [[CONTACT:miaa.x.2011]], public, with her school jumper in half the clips. Within a fortnight he'd moved her to Insta, where she was [[CONTACT:mia_b0ss]], and then to WhatsApp.

Her mum, [[PERSON:Leah Bennett]], found the messages in [[DATE:March]]. By then [[PERSON:Mia]] had met him twice at the station in [[LOCATION:Lewisham]]. He had also sent her mum a message from a second e-mail address, [[CONTACT:deeprojects (at) example (dot) com]], pretending to be a modelling agency.

What I keep coming back to is how visible every step was. Each account was public. Each handle had her name or her birth year in it. Her school, [[INSTITUTION:Hilly Fields Academy]], had actually flagged one video to us a month before, and we filed it under "online safety advice given".

If you work with teenagers, learn the platforms. Ask which accounts they have, not whether they have one. And look at what a stranger would see.

I'm writing this with [[PERSON:Mia]]'s mum's permission. She wants other parents to know what the start looks like.
""")

# ---------------------------------------------------------------------------
# 8. links: names and places inside URLs, slugs, file paths, Markdown, front matter,
#    hashtags and HTML comments (only the name/place part of the token is marked)
# ---------------------------------------------------------------------------

add("links", "01_blog_missing-from-care", "no", """
---
title: "What [[PERSON:Kayla]]'s appeal taught me about missing-from-care work"
slug: find-[[PERSON:kayla-brodie]]-what-i-learned
tags: [missing, [[PERSON:kayla]], [[LOCATION:leith]], exploitation]
cover: /img/posts/[[PERSON:kayla_brodie]]_school_photo.jpg
---

<!-- real names: [[PERSON:Kayla Brodie]], gran is [[PERSON:Rosemary]]. CHANGE BEFORE PUBLISHING -->

When [[PERSON:Kayla]] went missing from her placement in [[LOCATION:Leith]] in [[DATE:February]], her gran did what families do now: she made [a page](https://www.example.org/appeal/find-[[PERSON:kayla-brodie]]) and a hashtag, #Find[[PERSON:Kayla]]Now. Within a day it had been shared thousands of times.

![[[PERSON:Kayla]] on the beach at [[LOCATION:Portobello]]](/img/posts/[[PERSON:kayla]]-[[LOCATION:portobello]]-2023.jpg)

She was found after four days, safe, at a flat in [[LOCATION:Muirhouse]]. The appeal page is still up. So is the photo of her in her school uniform, the hashtag, and hundreds of comments speculating about why a [[AGE:14-year-old]] in care would run.

What I learned is that our missing-person protocol has nothing to say about what happens online afterwards. We asked the family to take the page down; they, understandably, were frightened to. Next time I'd talk to families about the afterlife of an appeal on day one, not day five.
""")

add("links", "02_closed-group_appeal-hashtags", "no", """
Does anyone have a view on whether we should ask the family to stop this? Mum has started a campaign for her son, who was placed in [[LOCATION:Bradford]] last month, and it's everywhere.

The fundraiser is https://example.com/fundraiser/justice-for-[[PERSON:jayden-mckenzie]] and the local paper ran it as https://example.org/news/[[LOCATION:bradford]]-boy-[[AGE:7]]-taken-from-[[LOCATION:manningham]]-home. Both have his photo. The posts all use #JusticeFor[[PERSON:Jayden]], #justicefor[[PERSON:jayden]] and #[[PERSON:McKenzie]]FamilyFight, and someone has started #Bring[[PERSON:Jayden]]Home[[LOCATION:Bradford]].

Mum has also posted the name of his school, [[INSTITUTION:Lister Primary]], and the date of the next hearing, [[DATE:22 May]].

I understand why she's doing it. But every one of those posts stays searchable, and [[PERSON:Jayden]] is going to be able to read all of it in a few years. Our comms team says we can't comment on individual cases, which is right, but it leaves us saying nothing at all.

Has anyone had a conversation with a parent about this that went well? I'm seeing her on [[DATE:Thursday]] and I'd like to go in with something better than "please take it down".

(Not sharing this to criticise her. She loves him.)
""")

add("links", "03_email_review-documents", "no", """
From: [[OK:Callum Reid]]
Subject: Documents for the LAC review

Hi [[OK:Jo]],

Everything for [[DATE:Thursday]]'s review is saved in these places:

- C:\\Users\\[[OK:creid]]\\Documents\\Cases\\[[PERSON:Brodie-Smith]]-assessment.docx
- \\\\csc-files\\Children\\[[LOCATION:Bathgate]]\\[[PERSON:SMITH_Brodie]]_[[DATE_OF_BIRTH:15032010]]\\chronology.xlsx
- https://example.sharepoint.com/sites/CSC/[[CASE_REF:CR-2023-04471]]/[[PERSON:brodie-smith]]-care-plan.pdf
- photos/[[PERSON:brodie]]_[[PERSON:megan]]_contact_visit.jpg (for the life-story section only, please don't put it in the report)

The school report came in as [[INSTITUTION:StMarys]]_Report_[[PERSON:BSmith]].pdf; I've left the name as the school sent it.

Can you check that the chronology has the [[DATE:December]] incident at [[INSTITUTION:Riverside Medical Centre]] in it? The assessment refers to it but I can't find it in the spreadsheet.

Thanks,
[[OK:Callum]]
""")

add("links", "04_blog_working-together", "yes", """
---
title: "Five things I re-read in Working Together this year"
slug: five-things-working-together
tags: [safeguarding, practice, [[OK:SocialWorkWeek]]]
cover: /img/posts/team-training-day.jpg
---

<!-- TODO: check the [[OK:Munro]] link still works before publishing -->

Every [[OK:#SocialWorkWeek]] I re-read the statutory guidance, and every year something lands differently. This year:

1. The [[OK:section 47]] chapter says more about the child's voice than I remembered. Worth reading in full: [[OK:https://www.gov.uk/government/publications/working-together-to-safeguard-children--2]].
2. The legislation itself is short and clear: [[OK:https://www.legislation.gov.uk/ukpga/1989/41/section/47]].
3. [[OK:Munro (2011)]] still explains better than anyone why procedures alone don't keep children safe ([[OK:https://www.gov.uk/government/publications/munro-review-of-child-protection-final-report-a-child-centred-system]]).
4. The multi-agency expectations in [[OK:chapter 2]] are not optional extras.
5. Nothing in any of it tells you to write less clearly for families.

![Our team at the training day](/img/posts/team-training-day.jpg)

Thanks to [[OK:@BASW_UK]] for the reading list.

[[OK:Dr Hannah Clarke]], practice educator
""")

add("links", "05_forum_petition-links", "no", """
Re: Should I share a family's petition?

Thanks for the thoughtful replies. To answer the question about what's actually in it:

The petition is [this one](https://example.org/petitions/let-the-[[PERSON:osei]]-family-stay-in-[[LOCATION:peckham]]) and the family's own page is [[[CONTACT:facebook.com/ama.osei.campaign]]]([[CONTACT:https://www.facebook.com/ama.osei.campaign]]). Both name the children, [[PERSON:Kwame]] ([[AGE:8]]) and [[PERSON:Efua]] ([[AGE:5]]), and the petition has a photo captioned with their school, [[INSTITUTION:Bellenden Primary]].

The campaign hashtags are #Let[[PERSON:Osei]]sStay and #bring[[PERSON:kwame]]home. A local councillor has shared it, and the comments have started to include the family's street, [[LOCATION:Choumert Grove]].

<!-- mum: [[PERSON:Ama Osei]], [[CONTACT:07700 900 337]], asked me to call her in the evening -->

I work with the family, so I'm not going to share it myself. But a colleague has asked whether the team should, and I think the children will have to live with this long after the immigration decision is made. [[LOCAL_AUTHORITY:Southwark]] have a policy on staff sharing campaigns but it doesn't cover this.

Views welcome, especially from anyone who has talked to a family about what goes online.
""")

# ---------------------------------------------------------------------------
# 9. lookalikes: things a normaliser must NOT turn into findings
# ---------------------------------------------------------------------------

add("lookalikes", "01_blog_social-work-week", "yes", """
# [[OK:S O C I A L   W O R K   W E E K]]

Every March I try to write something for [[OK:#SocialWorkWeek]] and [[OK:#WorldSocialWorkDay]], and every year I run out of time. So this year, a short list.

**Things that got better.** Our recording system finally updated to [[OK:v2.3.1]], which means case notes no longer time out after twenty minutes. Supervision is back to fortnightly. The team has two newly qualified workers who ask the questions the rest of us stopped asking.

**Things that didn't.** Caseloads. The travel budget, still [[OK:\u00a345]] a month for a team that covers three islands. The wait for a [[OK:section 17]] package.

**Things worth reading.** The BASW Code of Ethics ([[OK:https://www.basw.co.uk/about-basw/code-ethics]]) and the guidance at [[OK:https://www.gov.uk/government/publications/working-together-to-safeguard-children--2]]. [[OK:@BASW_UK]] and [[OK:@SocialWorkEng]] are both running events this week.

If you're a student on placement, the first year is the hardest and it does get better. Find the person on your team who still laughs at [[OK:4.45]] on a Friday and stick with them.

[[OK:Kirsty Muir]], senior practitioner
""")

add("lookalikes", "02_email_team-bulletin", "yes", """
From: [[OK:Pauline Grant]]
Subject: [[OK:S A F E G U A R D I N G   U P D A T E]] - April

Hi all,

A few things for this month.

1. **Procedures.** The interagency procedures are now at [[OK:v4.0.2]]. The changes are in section [[OK:4.2.1]] (strategy discussions) and [[OK:7.3]] (escalation). Please read [[OK:para 4.2.1(b)]] before your next IRD.

2. **Training.** Places are left on the [[OK:s.47]] refresher on [[OK:16 April]], [[OK:09:30-12:30]]. Lunch is [[OK:\u00a312.50]] if you want the buffet.

3. **Recording.** When case examples are used in training, please use [[OK:Child J]], [[OK:Mrs K]] and [[OK:Person A]] style placeholders, never initials.

4. **Helplines for families.** The NSPCC helpline is [[OK:0 8 0 8   8 0 0   5 0 0 0]] (it printed with spaces on the new leaflet, sorry) and Childline is [[OK:0800 1111]].

5. **Statute.** Reminder that [[OK:section 11 of the Children Act 2004]] applies to all of us, including contracted services.

Thanks,
[[OK:Pauline]]
[[OK:Pauline Grant]] | Safeguarding Lead
""")

add("lookalikes", "03_forum_carers-numbers", "yes", """
Re: What do you wish someone had told you in year one of caring?

So much. Here is my list, for whoever needs it at [[OK:3am]]:

- Carers UK helpline: [[OK:<<fw:0808 808 7777>>]] (I copied it off their app and it came out in these wide letters, but it works).
- Samaritans: [[OK:one one six, one two three]].
- Age UK advice line: [[OK:0800\u00a0678\u00a01602]].
- Carer's Allowance is [[OK:\u00a381.90]] a week and you can earn up to [[OK:\u00a3151]] a week on top.
- Ask for a carer's assessment under [[OK:section 10 of the Care Act 2014]]. Ask in writing.

In our support group we talk about the people we care for as [[OK:Mum B]] or [[OK:Person A]] online, and it helps, because you can be honest without worrying who will read it.

Follow [[OK:@CarersUK]] and look out for [[OK:#CarersWeek]] in June. The [[OK:https://www.gov.uk/carers-allowance]] page is actually readable.

Hang on in there.
[[OK:Lyn]]
""")

add("lookalikes", "04_chat_duty-rota", "yes", """
[[OK:Farah]]: morning. duty rota for today: me till [[OK:12:30]], [[OK:Ben]] after
[[OK:Ben]]: fine. anything waiting?
[[OK:Farah]]: two from yesterday. [[OK:YP1]] and [[OK:YP2]] from the out-of-hours log, both [[OK:s.20]] queries, neither urgent
[[OK:Ben]]: ok. is the app working again? it kept crashing on me
[[OK:Farah]]: they pushed [[OK:v5.12.0]] last night, seems ok. clear your cache first
[[OK:Ben]]: ta. also the training on [[OK:3.3]] of the new procedures has moved to [[OK:14:00]]
[[OK:Farah]]: noted. and the team lunch is [[OK:\u00a36.50]] a head if you're in, pay [[OK:Ben]] not me
[[OK:Ben]]: generous. oh and [[OK:Child J]] from the practice review is in the reading pack, don't panic, it's the published one
[[OK:Farah]]: perfect. I'll be on [[OK:ext 4471]] till lunch
""")

add("lookalikes", "05_reflective-log_supervision", "yes", """
Reflective log - supervision, [[OK:v3]] of my learning plan

Supervision with [[OK:Moira Tennant]] (team manager) today. We used the [[OK:4.2.1]] reflective model from the practice framework, and I brought the case I'd called [[OK:Family C]] in my last entry.

Key points:

- I had been treating the adult support and protection inquiry as a form to complete rather than a conversation. [[OK:Moira]] pointed me back to [[OK:section 4 of the Adult Support and Protection (Scotland) Act 2007]]: the duty is to inquire, not to fill boxes.
- On recording, she suggested I re-read [[OK:Munro (2011)]] on defensive practice, and [[OK:Ferguson (2016)]] on what the home visit actually involves.
- I'm anxious about court. The next hearing is a long way off and [[OK:Moira]] reminded me the report template is at [[OK:para 3.2.4]] of the guidance, not something I have to invent.

For me: I need to stop writing notes at [[OK:11pm]]. I also need to give families the Samaritans number in a way they'll remember ([[OK:one one six one two three]]) and stop handing out the duty line as if it were a helpline.

Action: shadow [[OK:Moira]] at the next case conference; finish section [[OK:5.1]] of the portfolio.
""")

add("lookalikes", "06_closed-group_case-update", "no", """
[[OK:C A S E   U P D A T E]]  (shared with permission of the team manager, details changed except where noted)

Quick one for the group. Working through the new procedures ([[OK:v4.0.2]], section [[OK:6.1]]) with a student and we hit a question about [[OK:s.47]] versus [[OK:s.17]].

The young person, [[PERSON:J A D E N]] (I've not changed this one, I should have), is [[AGE:15]] and was picked up by police at [[OK:02:40]] in a car with two adults. He had a phone with a single number in it, [[CONTACT:07700 900 946]], and a slip of paper with [[OK:0800 1111]] on it, which we think someone from the school gave him.

His school said he's been on a reduced timetable since [[DATE:Easter]]. There's a [[OK:\u00a320]] note that keeps turning up in his blazer pocket.

Questions:
1. Is this a [[OK:s.47]] if the harm is outside the family?
2. Does the contextual safeguarding route in section [[OK:6.1]] replace a strategy discussion or sit beside it?

The student has called him [[OK:YP X]] in her notes, which is what I should have done above. I'll edit this post when I'm back at a laptop.

[[OK:Neil]]
""")


def write_all():
    drafts_dir = ROOT / "drafts"
    classes_dir = ROOT / "classes"
    if drafts_dir.exists():
        shutil.rmtree(drafts_dir)
    classes_dir.mkdir(parents=True, exist_ok=True)
    for old in classes_dir.glob("*.jsonl"):
        old.unlink()
    gold = []
    for cls in CLASSES:
        d = drafts_dir / cls
        d.mkdir(parents=True)
        names = [n for n, *_ in DRAFTS[cls]]
        assert len(names) == len(set(names)), cls
        for name, safe, genre, text in DRAFTS[cls]:
            body = expand(text.strip("\n"))
            (d / f"{name}.txt").write_text(f"#! safe={safe} genre={genre}\n{body}\n", encoding="utf-8")
        out = classes_dir / f"{cls}.jsonl"
        subprocess.run([sys.executable, str(CONVERT), str(d), str(out)], check=True)
        docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        for doc in docs:
            doc["id"] = f"{cls}-{doc['id']}"
        out.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs), encoding="utf-8")
        gold.extend(docs)
    ids = [d["id"] for d in gold]
    assert len(ids) == len(set(ids))
    (ROOT / "gold.jsonl").write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in gold),
                                     encoding="utf-8")
    print(f"{len(gold)} drafts, {sum(len(d['spans']) for d in gold)} spans, "
          f"{sum(len(d['ok_spans']) for d in gold)} OK spans -> {ROOT / 'gold.jsonl'}")


if __name__ == "__main__":
    write_all()
