#!/usr/bin/env python3
"""Writes drafts/NN.txt byte-exactly (special characters via escapes) and records the
obfuscation class of each mark. Marks here are [[LABEL|class:text]]; the class is stripped
before writing, giving the standard [[LABEL:text]] format, and saved to marks_classes.json.
Run: python make_drafts.py && python /work/shared/eval/convert.py drafts gold.jsonl && python check.py
"""
import json
import re
import unicodedata
from pathlib import Path

ZW, ZWNJ, ZWJ, SHY, WJ, LRM, RLM = "\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\u200e", "\u200f"
RLO, PDF = "\u202e", "\u202c"
NBSP, NNBSP, IDSP = "\u00a0", "\u202f", "\u3000"


def fw(s):
    return "".join(IDSP if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def nfd(s):
    return unicodedata.normalize("NFD", s)


CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
       "A": "\u0410", "B": "\u0412", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
       "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}
GRK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c",
       "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "Z": "\u0396", "o": "\u03bf",
       "v": "\u03bd"}


def cyr(s, which):
    """Replace the characters at the given indexes of s with Cyrillic look-alikes."""
    return "".join(CYR[c] if i in which else c for i, c in enumerate(s))


def grk(s, which):
    return "".join(GRK[c] if i in which else c for i, c in enumerate(s))


def rev(s):
    return RLO + s[::-1] + PDF


D = {}

# ---------------------------------------------------------------- safe drafts (01-10)
D["01"] = ("yes", "blog", f"""---
title: "[[OK|spaced_caps:S A F E G U A R D I N G   A D U L T S   W E E K]]: what we learned"
slug: [[OK|slug_generic:safeguarding-adults-week-2026-what-we-learned]]
tags: [[[OK|tag_generic:safeguarding]], [[OK|tag_generic:carers]], [[OK|tag_generic:self-neglect]]]
author: [[OK|author:Priya Raman]]
---

# [[OK|spaced_caps:S A F E G U A R D I N G   A D U L T S   W E E K]]

Every November our team joins [[OK|campaign_hashtag:#SafeguardingAdultsWeek]] and this year we focused on
self-neglect. The sessions drew on the national guidance at
[[OK|public_url:https://www.gov.uk/government/publications/care-act-statutory-guidance]] and the
free resources from [[OK|org_handle:@CarersUK]] and [[OK|org_handle:@SCIE_socialcare]].

Three things stuck with me. First, hoarding is rarely about the stuff. Second, carers often
notice change months before we do. Third, a tea-and-toast visit costs about [[OK|price:£4.50]] and
opens more doors than any assessment form.

If you missed it, the slides are on the [[OK|public_body:Leeds Safeguarding Adults Board]] site and the
hashtag [[OK|campaign_hashtag:#selfneglectmatters]] has some brilliant threads from across the country.

[[OK|author:Priya Raman]] is a senior practitioner in adult social care.
""")

D["02"] = ("yes", "forum", f"""Subject: [[OK|version:Mosaic 4.2.1]] update broke the chronology export?

Posted by [[OK|author:ChronoQueen_SW]]

Since IT pushed [[OK|version:v4.2.1]] on Monday the chronology export drops every entry after
[[OK|section:section 3.2]] of the template. Our local procedure ([[OK|section:para 4.2.1]], "Recording
contacts") still says to export weekly for supervision, so this matters.

Things we have tried:
1. Clearing the cache ([[OK|version:build 2026.11.3]])
2. Exporting as .csv instead of .pdf
3. Asking the [[OK|spaced_caps:S.E.N.D.]] team, who are on [[OK|version:4.1.9]] and fine

Helpdesk ticket is [[OK|ticket:INC-0048812]] if anyone else wants to add theirs so it gets prioritised.
Is anyone on [[OK|version:4.2.2]] yet, and did that fix it? Our workaround is printing to PDF page by
page, which for a long-standing family with ten years of notes is a full afternoon.

Thanks, [[OK|author:Chrono]]
""")

D["03"] = ("yes", "closed-group", f"""Pinned post from admin [[OK|author:Dawn]]: helplines to share with families this winter

Please copy these as they are, they are all public numbers:

- [[OK|public_body:Childline]]: [[OK|helpline:0800{NBSP}1111]] (some leaflets print it as "[[OK|helpline:oh eight hundred, eleven eleven]]")
- [[OK|public_body:Samaritans]]: [[OK|helpline:116{NNBSP}123]], free from any phone
- NHS non-emergency: [[OK|helpline:one-one-one]] ([[OK|helpline:111]])
- [[OK|public_body:National Domestic Abuse Helpline]]: [[OK|helpline:0808 2000 247]]
- The poster from the Chinese community centre prints Samaritans as [[OK|helpline:{fw('116 123')}]]
- [[OK|public_body:Shelter]] emergency line: [[OK|helpline:0808 800 4444]]

Text line for young people: [[OK|helpline:85258]] (text SHOUT). The [[OK|public_body:NSPCC]] adult line is on
their site [[OK|public_url:www.nspcc.org.uk]].

No case details in the comments please. If you want to discuss a family, use the supervision
route, not this group. Thanks all and stay warm out there.
""")

D["04"] = ("yes", "chat", f"""[16:02] [[OK|author:Marcus]]: gaming club went well tonight, 9 lads in, nobody kicked off
[16:03] [[OK|author:Marcus]]: the lingo is something else tho. "[[OK|leet_slang:gg ez]]", "[[OK|leet_slang:n00b]]", "get [[OK|leet_slang:pwn3d]]", "[[OK|leet_slang:1337]]"
[16:03] [[OK|author:Jo]]: ha i had to google "[[OK|leet_slang:l33t h4x0r]]" last week
[16:04] [[OK|author:Marcus]]: one of them said my aim was "[[OK|leet_slang:sk1ll 1ssu3]]" 😂
[16:05] [[OK|author:Jo]]: rude. did the [[OK|version:v2.3]] patch fix the lag on the xbox?
[16:05] [[OK|author:Marcus]]: yep. also the [[OK|price:£12.99]] headsets arrived, [[OK|price:£64.95]] all in
[16:06] [[OK|author:Jo]]: brill. are we still doing the [[OK|campaign_hashtag:#SaferInternetDay]] session in Feb?
[16:07] [[OK|author:Marcus]]: yeah, [[OK|public_body:CEOP]] resources from [[OK|public_url:thinkuknow.co.uk]], [[OK|leet_slang:l8r]] m8
""")

D["05"] = ("yes", "email", f"""From: [[OK|author:Helen Ashworth]] <[[OK|author_contact:helen.ashworth@example.gov.uk]]>
To: Family Support Team
Subject: [[OK|spaced_caps:T R A I N I N G]]: trauma-informed recording, [[OK|event_date:Thursday 14 January]]

Hi all,

Places are open for the trauma-informed recording course. Details:

Venue:
[[OK|venue:Room 2.14, Civic Hall]]
Cost:
[[OK|price:£35]] per head (cross-charged to team budget code [[OK|budget_code:FS-0412]])
Joining link for remote staff:
[[OK|public_url:https://teams.example.com/meet/trauma-recording-2026]]

Pre-reading is chapter 4 ([[OK|section:sections 4.1 to 4.3]]) of the practice guide, plus the
[[OK|public_body:Research in Practice]] briefing. Please bring an anonymised case example using a
placeholder such as [[OK|placeholder:Child A]] or [[OK|placeholder:Mr B]].

Kind regards,
[[OK|author:Helen Ashworth]]
Workforce Development, [[OK|author_employer:Calderdale Council]]
[[OK|author_contact:0113 496 0000]]
""")

D["06"] = ("yes", "reflective-log", f"""Reflective log, week 6

This week I shadowed a review for [[OK|placeholder:Child J]] ([[OK|placeholder:J]] from here). Her
mother, [[OK|placeholder:Mrs K]], found the meeting overwhelming. Afterwards my practice educator
[[OK|professional:Andrea]] asked me to map the session against the [[OK|spaced_caps:P.A.C.E.]] model and
against [[OK|section:standard 3.2.1]] of the professional capabilities framework.

I read [[OK|citation:{nfd('Chloé Fraser')} (2019)]] on relational practice and
[[OK|citation:Ruch et al. (2018)]]. Fraser's point that curiosity is not the same as
questioning landed: I asked [[OK|placeholder:Mrs K]] eleven questions in twenty minutes.

Next time I will open with what matters to the family, slow down, and check my language.
[[OK|spaced_caps:R E F L E C T]] - [[OK|spaced_caps:R E V I S E]] - [[OK|spaced_caps:R E P E A T]] is on a post-it on my screen now.
""")

D["07"] = ("yes", "blog", f"""---
title: "Care leavers week: our pledge"
slug: [[OK|slug_generic:care-leavers-week-our-pledge]]
tags: [[[OK|campaign_hashtag:CareLeaversWeek]], [[OK|tag_generic:corporate-parenting]]]
image: [[OK|image_path:/images/team-photo-2026.jpg]]
---

![[[OK|alt_generic:Our leaving care team at the Bradford conference]]]([[OK|image_path:/images/team-photo-2026.jpg]])

For [[OK|campaign_hashtag:#CareLeaversWeek]] our corporate parenting board signed a new pledge. It covers
council tax exemption to 25, a setting-up-home grant of [[OK|price:£3,000]], and free bus travel.

Read the full local offer at [[OK|public_url:https://www.bradford.gov.uk/children-young-people-and-families/]]
and the national picture from [[OK|public_body:the Care Leavers' Association]]
([[OK|org_handle:@CareLeaversAssoc]]). We are also backing [[OK|campaign_hashtag:#CareExperiencedConference]]
and [[OK|campaign_hashtag:#TheRightToBelong]].

[[OK|author:Tom Iqbal]], Team Manager
""")

D["08"] = ("yes", "forum", f"""URGENT: NEW GUIDANCE ON RECORDING CONSENT - PLEASE READ

Posted by [[OK|author:FamilyHubFran]]

THE [[OK|public_body:DEPARTMENT FOR EDUCATION]] HAS PUBLISHED UPDATED INFORMATION SHARING ADVICE. Summary table from
the webinar, pasted as it came out:

Session,Date,Venue,Cost
Information sharing basics,[[OK|event_date:12/02/2027]],[[OK|venue:Leeds Civic Hall]],[[OK|price:£0]]
Consent and capacity,[[OK|event_date:19/02/2027]],Online,[[OK|price:£25]]
Recording for court,[[OK|event_date:26/02/2027]],[[OK|venue:Wakefield County Hall]],[[OK|price:£40]]

Contact for bookings:
[[OK|org_contact:training at example dot org]]

The advice replaces the 2018 version ([[OK|section:paragraphs 5.1 to 5.6]]). Key message: you do not always
need consent to share to keep a child safe, but you do need to record why. Happy to share my notes.
""")

D["09"] = ("yes", "closed-group", f"""Quick one for the data nerds in here 🙂

Our evaluation of the family group conference pilot came back. Headline: re-referrals down from
[[OK|statistic:31%]] to [[OK|statistic:22%]] ([[OK|statistic:p < 0.05, α = 0.05]]), mean time to plan
[[OK|statistic:μ = 6.4 weeks]]. Cost per family about [[OK|price:£1,250]].

Case examples in the report use [[OK|placeholder:Person A]], [[OK|placeholder:Family 2]] and
[[OK|placeholder:YP3]]. If you want a copy, the team inbox is
[[OK|org_contact:fgc-evaluation [at] example (dot) org]], or ring the service on
[[OK|org_contact:{fw('020 7946 0100')}]] (sorry, the PDF converted the number to wide characters).
Project code on the report is [[OK|budget_code:F.G.C.-2.0]].

Tagging [[OK|public_body:Family Rights Group]] ([[OK|org_handle:@FRGlist]]) as they funded the training. [[OK|campaign_hashtag:#FamilyGroupConferencing]]
""")

D["10"] = ("yes", "chat", f"""12/01/2027, 09:14 - [[OK|author:Sunita]]: Morning team [[OK|emoji_zwj:👩{ZWJ}👧]] who is covering duty today?
12/01/2027, 09:15 - [[OK|author:Gareth]]: me till 1, then [[OK|professional:Lou]]
12/01/2027, 09:15 - [[OK|author:Sunita]]: ta. reminder the [[OK|version:3.0]] forms go live today, old ones gone from the drive
12/01/2027, 09:17 - [[OK|author:Gareth]]: link?
12/01/2027, 09:17 - [[OK|author:Sunita]]: [[OK|public_url:https://intranet.example.gov.uk/forms/{ZW}assessment-v3]]
12/01/2027, 09:18 - [[OK|author:Gareth]]: cheers [[OK|emoji_zwj:🧑{ZWJ}💻]] also team lunch is [[OK|price:£8.50]] a head, pay [[OK|professional:Lou]]
12/01/2027, 09:20 - [[OK|author:Sunita]]: [[OK|campaign_hashtag:#TeamSocialWork]] 💪 and don't forget [[OK|campaign_hashtag:#WorldSocialWorkDay]] bake sale
""")

# ---------------------------------------------------------------- unsafe drafts (11-40)
D["11"] = ("no", "chat", f"""[18:40] [[OK|author:Kerry]]: can u check if we still have [[PERSON|invisible/zwsp:Bro{ZW}die McAl{ZW}lister]] open? [[AGE|plain:15]], lives with nan
[18:41] [[OK|author:Sam]]: yeah still open to me. why
[18:41] [[OK|author:Kerry]]: school rang, he was picked up by an older lad in a blue corsa. mum's number is [[CONTACT|invisible/wj:07700{WJ}900{WJ}412]]
[18:42] [[OK|author:Sam]]: ok ringing her now. nan is [[PERSON|invisible/zwsp:Mar{ZW}gie]], she's on [[CONTACT|invisible/zwsp:077{ZW}00 90{ZW}0 413]]
[18:43] [[OK|author:Kerry]]: ta. think it needs a strategy discussion tbh
[18:45] [[OK|author:Sam]]: agreed, will ring EDT if i can't get hold of anyone by 7
""")

D["12"] = ("no", "closed-group", f"""Advice please, anonymised as best I can.

Year 8 girl, [[PERSON|invisible/shy:Kay{SHY}la Hen{SHY}dry]], [[AGE|plain:13]], at [[INSTITUTION|invisible/shy:St Nin{SHY}ian's High]]. Mum has
been refusing home visits since the autumn and says we're "fishing". The school says attendance is
61% and she's wearing the same uniform most days. Dad ([[PERSON|invisible/shy:Ste{SHY}ven]]) is back on the scene after
a non-molestation order lapsed.

I put the hyphen things in the names so the group search doesn't pick them up, hope that's ok.

What's worked for you when a parent won't engage but nothing meets threshold for a section 47? I've
tried letters, a joint visit with the school nurse, and a text. Feeling stuck.
""")

D["13"] = ("no", "email", f"""From: [[OK|author:Aisha Begum]]
To: Duty Team
Subject: FW: concerns re young man at [[LOCATION|plain:Harehills]]

Hi duty,

Passing on a neighbour's call. The referral system mangled the name (it's right-to-left on my screen), it
reads [[PERSON|bidi:{rev('Jason Godwin')}]] - he's [[AGE|plain:17]], care leaver, lives alone at
[[ADDRESS|invisible/rlm_lrm:{RLM}Flat 6, 19 Roundhay Mount{LRM}]], [[POSTCODE|invisible/rlm_lrm:{RLM}LS8 4QT{LRM}]].

Neighbour says several older men are coming and going at night and he's stopped answering the door.
His PA is on leave. Could someone do a welfare visit today?

His brother [[PERSON|bidi:{rev('Callum')}]] may know more.

Thanks,
[[OK|author:Aisha]]
Leaving Care PA
""")

D["14"] = ("no", "forum", f"""Thread: how do you record NHS numbers when the system rejects them?

Posted by [[OK|author:duty_dad_sw]]

Our referral form keeps rejecting an NHS number and I can't see why. The number is
[[ID_NUMBER|invisible/zwsp:401{ZW} 023{ZW} 2137]] for a [[AGE|plain:6-year-old]], [[PERSON|invisible/zwnj_zwj:Ta{ZWNJ}msin O{ZWJ}'Rourke]], copied from the GP letter.
Her mum is [[PERSON|invisible/zwnj_zwj:Sia{ZWNJ}n O{ZWJ}'Rourke]]. It looks normal on screen but the validation fails.

IT said to retype it, which worked, but I'd like to know what was in there. Is this a GP system thing?
The letter came from [[INSTITUTION|invisible/zwj:Oak{ZWJ}wood Lane Surgery]].

Also, does anyone know if the new portal validates the check digit, or just the length?
""")

D["15"] = ("no", "reflective-log", f"""Log entry - home visit

Visited [[PERSON|nonascii_space/ideographic:Ellie{IDSP}Marsh]] ([[AGE|plain:16]]) at her foster placement in
[[LOCATION|plain:Shipley]], postcode [[POSTCODE|nonascii_space/nnbsp:BD18{NNBSP}2LQ]]. The carers want her mobile number on
file: [[CONTACT|nonascii_space/nbsp:07700{NBSP}900{NBSP}318]]. I pasted the details from her phone, so
the spacing may look odd.

[[PERSON|plain:Ellie]] spoke about missing her younger brother [[PERSON|nonascii_space/nbsp:Kai{NBSP}Marsh]], who is placed in
[[LOCATION|plain:Keighley]]. Contact is monthly and she wants it weekly. I reflected on how slowly we
move on sibling contact compared to how fast a month feels at 16.

For supervision with [[OK|professional:Jen]]: raise contact plan and the drift in the pathway plan.
""")

D["16"] = ("no", "chat", f"""[[OK|author:Lena]]: pasted from the referral, the form put it all in wide text
[[OK|author:Lena]]: name: [[PERSON|fullwidth:{fw('Nathan Oduya')}]]
[[OK|author:Lena]]: mob: [[CONTACT|fullwidth:{fw('07700 900 561')}]]
[[OK|author:Lena]]: postcode [[POSTCODE|fullwidth:{fw('LS11 6DX')}]]
[[OK|author:Lena]]: dob [[DATE_OF_BIRTH|fullwidth:{fw('02/11/2010')}]]
[[OK|author:Raj]]: can't search with that, the system won't match it
[[OK|author:Lena]]: yeah that's why i'm asking. is he known? mum says he's been going missing from
[[INSTITUTION|plain:Cockburn School]] at lunch
[[OK|author:Raj]]: give me 5, will retype it and check
""")

D["17"] = ("no", "email", f"""Subject: Health visitor info for the ICPC

Dear [[OK|professional:Chair]],

Please find below the health details for the conference tomorrow, copied from our system
export.

Child: [[PERSON|nonascii_space/nbsp:Amara{NBSP}Nwosu]]
NHS number: [[ID_NUMBER|fullwidth:{fw('632')}{IDSP}{fw('458')}{IDSP}{fw('9017')}]]
DOB: [[DATE_OF_BIRTH|nonascii_space/nbsp:14{NBSP}/{NBSP}03{NBSP}/{NBSP}2025]]
Registered GP: [[INSTITUTION|plain:Beeston Hill Medical Practice]]

Weight has dropped from the 50th to the 9th centile since the last visit. Mum
([[PERSON|nonascii_space/nnbsp:Grace{NNBSP}Nwosu]]) has missed two appointments and the
family moved to [[LOCATION|plain:Holbeck]] in December.

Regards,
[[OK|author:Bernadette Cole]]
Health Visitor, [[OK|author_employer:Leeds Community Healthcare]]
""")

D["18"] = ("no", "closed-group", f"""Not naming anyone obviously 😉 but I need a sanity check.

[[PERSON|homoglyph/cyrillic:{cyr('Zoe Parker', {1, 4})}]] (typed funny on purpose so it won't come up in search) is in
reception, mum works nights, and the child's been turning up at breakfast club at 7 with no coat.
They live just off [[LOCATION|plain:Boothtown Road]], [[POSTCODE|homoglyph/cyrillic:{cyr('HX3 5ET', {0, 5})}]].

School has raised it twice with early help and it keeps getting closed as "no further action".
Older brother [[PERSON|homoglyph/cyrillic:{cyr('Toby Parker', {0, 1, 5})}]] is in year 6 at the same school and does the
drop-off.

What would you do? I don't want to escalate if it's a childcare gap rather than neglect, but three
winters of this is a pattern.
""")

D["19"] = ("no", "blog", f"""---
title: "Kinship care and the long goodbye"
author: [[OK|author:Maeve Doherty]]
date: 2027-01-09
tags: [kinship, [[PERSON|url_tag:renee-lefevre]], [[LOCATION|url_tag:heysham]]]
---

My first kinship assessment was for [[PERSON|nfd:{nfd('Renée Lefèvre')}]], a grandmother who took on
her two grandchildren overnight when their mother was arrested. I still think about her.

She was [[AGE|plain:71]], [[DEMOGRAPHIC|plain:French by birth]], had lived in [[LOCATION|plain:Heysham]] for forty years and
ran the [[DEMOGRAPHIC|plain:only French bakery in the village]]. The children, [[PERSON|nfd:{nfd('Noé')}]] and
[[PERSON|nfd:{nfd('Anaïs')}]], called her Mamie.

What I learned: kinship carers grieve twice, for the parent who cannot care and for the retirement
they planned. Assessments that ignore that grief miss the real risk, which is exhaustion.

[[OK|author:Maeve Doherty]] is a kinship assessor in the North West.
""")

D["20"] = ("no", "forum", f"""Re: lads being groomed through football clubs

Posted by [[OK|author:YouthWorkMo]]

Same thing happening round us. One of ours, [[PERSON|homoglyph/greek:{grk('Mikey Thomson', {0, 6})}]], [[AGE|plain:14]],
trains at [[INSTITUTION|homoglyph/greek:{grk('Moss Side Juniors', {0})}]] and a "coach" there has been buying him trainers
and driving him home. Family lives in [[POSTCODE|homoglyph/greek:{grk('M14 7PA', {0, 5, 6})}]].

(I've swapped some letters for Greek ones so it doesn't show up if anyone searches the forum for him.)

The club welfare officer is on it and police know. Has anyone had luck getting clubs to share
their volunteer lists? [[OK|public_body:The FA]] safeguarding team say they can't without a formal
request.
""")

D["21"] = ("no", "chat", f"""[[OK|author:Precious]]: quick q before i go out
[[OK|author:Precious]]: the lad from yesterday, [[PERSON|spaced_dotted:J.a.d.e.n R.e.e.v.e.s]], [[AGE|plain:12]]
[[OK|author:Precious]]: his number is [[CONTACT|spaced_dotted:0 7 7 0 0 9 0 0 7 2 4]]
[[OK|author:Precious]]: school is [[INSTITUTION|spaced_dotted:B-e-l-l-e V-u-e A-c-a-d-e-m-y]]
[[OK|author:Nicky]]: why've you typed it like that lol
[[OK|author:Precious]]: the group chat bot flags names, this gets round it
[[OK|author:Nicky]]: 😬 pretty sure that's not how it works. anyway yes he's on my list, visiting thurs
[[OK|author:Precious]]: ok ta, he said stepdad [[PERSON|spaced_dotted:D a z]] is back
""")

D["22"] = ("no", "closed-group", f"""Looking for ideas for a [[AGE|plain:9 year old]] who's a young carer for her mum (MS, wheelchair user).

Her name is [[PERSON|spaced_dotted:S-K-Y-E W-A-T-T]] and they live in [[LOCATION|plain:Govanhill]], [[POSTCODE|spaced_dotted:G 4 2 9 J S]].
Mum [[PERSON|spaced_dotted:L . W a t t]] is fiercely independent and doesn't want "social work poking about", but
she is doing the shopping, meds and bedtime routine and falling asleep in class at
[[INSTITUTION|spaced_dotted:H o l y   C r o s s   P r i m a r y]].

Are there young carers groups on the south side that do pick-ups? The [[OK|public_body:Carers Trust]]
list is out of date. Anything that gives her a couple of hours off would help.
""")

D["23"] = ("no", "reflective-log", f"""Practice learning log, placement day 31

Copied from the court bundle (formatting lost):

Subject child: [[PERSON|spaced_dotted:M a r n i e   O k o n k w o]]
DOB: [[DATE_OF_BIRTH|spaced_dotted:2 8 . 0 2 . 2 0 1 0]]
Mother's NI: [[ID_NUMBER|spaced_dotted:Q.Q.1.2.3.4.5.6.C]]

Reflection: this was my first time reading a full bundle. The chronology was 140 pages and the
word "chaotic" appeared 38 times. My practice educator [[OK|professional:Dev]] asked what it would feel
like to read that about yourself at 17. She is almost that age now.

I want to write chronologies that describe what happened rather than labelling people.
""")

D["24"] = ("no", "chat", f"""[[OK|author:Ade]]: is [[PERSON|leet:D4nny H0lt]] one of yours? the [[AGE|leet:1S]] y/o
[[OK|author:Ade]]: (writing it like that so the whatsapp export for audit doesn't pick it up lol)
[[OK|author:Chris]]: yes. why
[[OK|author:Ade]]: police rang, he was found in [[LOCATION|plain:Armley]] at 2am with a lad twice his age
[[OK|author:Ade]]: his mum's number on file is [[CONTACT|leet:O77OO 9OO 183]] but it's dead
[[OK|author:Chris]]: try nan, [[PERSON|leet:P4t H0lt]], [[ADDRESS|leet:4 W3stfi3ld R0ad]], [[POSTCODE|leet:L512 3BL]]
[[OK|author:Ade]]: ta will go round
""")

D["25"] = ("no", "forum", f"""Topic: online bullying, when to get police involved?

Posted by [[OK|author:PastoralLead22]]

Girl in our year 9 ([[AGE|leet:l4]]) is being targeted. Her name's [[PERSON|leet:3mm4 Sh4w]] (changed the
letters for privacy). The group chat has a fake account called [[CONTACT|leet:3mm4_sh4w_1s_4_sl4g]] and
her real account is [[CONTACT|leet:l1lys1st3r_3mm4]].

She goes to [[INSTITUTION|leet:St Th0m4s M0r3 C4th0l1c]] and the kids involved are in her form. Parents have
screenshots. School wants to deal with it internally but the content is sexual and I think it
crosses a line. Does anyone have a flowchart for when this becomes a police matter?
""")

D["26"] = ("no", "closed-group", f"""Need help tracing a care leaver we've lost touch with. [[PERSON|leet:J0rd4n K1ng]], [[AGE|plain:19]], last
known in [[LOCATION|plain:Hull]].

His old email is [[CONTACT|leet+email_words:j0rd4n.k1ng at example dot com]] but it bounces now, his old blog was
[[CONTACT|url_slug:jordankinghull.example.com]] and his number was [[CONTACT|leet:O77OO 9OO 4O7]]. He used to go by [[PERSON|leet:JK1ng]] on most things.

He's entitled to the setting-up-home grant and we owe him a pathway review. If anyone in the Hull or
East Riding groups has had contact, please DM me rather than commenting.
""")

D["27"] = ("no", "email", f"""From: [[OK|author:Robert Lyle]]
To: MASH
Subject: Referral - please log

Hello,

Phoning this through was impossible so writing it as the caller said it:

Child is [[AGE|words:fourteen]], [[PERSON|plain:Lily-Mae Cartwright]], [[DATE_OF_BIRTH|words:born the fifth of June two thousand and twelve]].
Lives at [[ADDRESS|words:twenty-two Albert Street]], [[LOCATION|plain:Goole]].
Mum's mobile is [[CONTACT|words:oh seven seven double oh, nine double oh, four one six]].

Caller is an aunt who says mum's new partner has a conviction and is staying most nights.
Aunt does not want to be named to the family.

Regards,
[[OK|author:Robert Lyle]]
Referral Officer, [[OK|author_employer:East Riding of Yorkshire Council]]
""")

D["28"] = ("no", "chat", f"""[[OK|author:Bev]]: voice note transcribed by my phone, sorry about the format
[[OK|author:Bev]]: "visited the boy at [[ADDRESS|words:flat three, forty-one Garnet Road]], he's [[AGE|words:nine]], mum says
his birthday's [[DATE_OF_BIRTH|words:the twelfth of March twenty seventeen]] so he'll be ten soon. Name's
[[PERSON|plain:Tyler]]. Dad's in [[INSTITUTION|plain:HMP Leeds]] till [[DATE|words:the end of August]]. Mum's mobile
[[CONTACT|words:seven seven double oh, nine hundred, two six six]] with the oh at the front"
[[OK|author:Sal]]: ok got it, will add to the file
[[OK|author:Bev]]: ta, can you book the visit for [[DATE|words:next Tuesday the ninth]]
""")

D["29"] = ("no", "reflective-log", f"""Reflective account - duty call

A grandfather rang duty and read everything out slowly because he didn't trust the
computer to "get it right". I wrote it down as he said it.

His granddaughter's NHS number was [[ID_NUMBER|words:four eight five, seven seven seven, three four five six]].
Her name: [[PERSON|spaced_dotted:A-V-A]], surname [[PERSON|spaced_dotted:P-E-N-R-O-S-E]]. She is [[AGE|words:eleven]].
The old case number he had from a letter was [[CASE_REF|words:C R nine one seven, two two four]].

I noticed my own impatience. He was frightened and careful, and the slow reading was part of that.
My supervisor [[OK|professional:Hannah]] and I talked about how older carers experience duty lines and
how a warm first call changes everything after it.
""")

D["30"] = ("no", "forum", f"""Re: parents asking for help with social media

Posted by [[OK|author:SchoolNurseSue]]

We've got a [[AGE|plain:15 year old]] talking to adults online. Mum gave us everything she had:

- her email is [[CONTACT|email_words:tia.morgan [at] example (dot) com]]
- her snap is [[CONTACT|handle_no_at:tiamorgz_09]]
- she's on insta as [[CONTACT|handle_no_at:tia.m.xo]]
- the man calls himself [[CONTACT|handle_no_at:Rico_Leeds]] on tiktok

Her name is [[PERSON|plain:Tia]] and she goes to [[INSTITUTION|plain:Temple Moor]]. We've referred to CEOP and MASH. What
do you advise parents about reporting vs blocking? Mum wants to delete everything but I've told
her to screenshot first.
""")

D["31"] = ("no", "closed-group", f"""Has anyone dealt with a kid being contacted through gaming? Mum showed me the lot.

- he's on discord as [[CONTACT|handle_no_at:LewisKnight2011]]
- his xbox gamertag: [[CONTACT|handle_no_at:LK n1ghtR1der]]
- tiktok [[CONTACT|handle_no_at:lewis_k_2011]]
- school email [[CONTACT|email_words:lewis (dot) knight [at] example (dot) org]]

He's [[AGE|words:twelve]], in [[LOCATION|plain:Dewsbury]]. The "friend" sends him game credit and now wants pictures.
Police have the screenshots. I'm more worried about how to talk to him so he doesn't feel he's
in trouble. Any scripts or resources you'd recommend? [[OK|public_body:Thinkuknow]] ones feel a bit young for him.
""")

D["32"] = ("no", "chat", f"""[[OK|author:Nia]]: mum's friend gave me the girls' contacts before she left
[[OK|author:Nia]]: older one's snap is [[CONTACT|handle_no_at:ellzz.marsh]], insta [[CONTACT|handle_no_at+nbsp:ellie{NBSP}marsh{NBSP}x]]
[[OK|author:Nia]]: younger one [[PERSON|plain:Rosie]] is on whatsapp as [[CONTACT|words:oh seven seven oh oh, nine oh oh, five two nine]]
[[OK|author:Nia]]: email for mum: [[CONTACT|email_words:donna(dot)marsh(at)example(dot)com]]
[[OK|author:Lee]]: ok. are they still at the refuge in [[LOCATION|plain:Batley]]?
[[OK|author:Nia]]: yes till [[DATE|plain:Friday]], then temp accom
""")

D["33"] = ("no", "blog", f"""---
title: "Standing beside a family in court"
slug: supporting-[[PERSON|url_slug:amelia-dawson]]-through-care-proceedings
tags: [[[PERSON|url_tag:amelia-dawson]], kinship, [[LOCATION|url_tag:wakefield]], court]
image: /img/uploads/[[PERSON|url_image_path:amelia-dawson]]-[[AGE|url_image_path:7th]]-birthday.jpg
---

![[[PERSON|alt_text:Amelia]] blowing out candles at [[LOCATION|alt_text:Pontefract Park]]](/img/uploads/[[PERSON|url_image_path:amelia-dawson]]-[[AGE|url_image_path:7th]]-birthday.jpg)

This post is about a little girl I'll call [[OK|declared_pseudonym:A]]. Her care proceedings took eleven months and
her grandmother attended every hearing. I want to write about what that cost her grandmother and
what we asked of her: court, contact supervision, a parenting assessment of her own.

The judge thanked her at the final hearing. I wish we had thanked her earlier.

By [[OK|author:Sophie Kaur]], social worker
""")

D["34"] = ("no", "blog", f"""# Why I still believe in restorative practice

<!-- draft note: real name [[PERSON|html_comment:Ryan Cartwright]], [[ADDRESS|html_comment:14 Moss Lane]], don't publish this bit -->

The young man I'll call [[OK|declared_pseudonym:R]] was [[AGE|plain:16]] when he smashed the windows at his children's home.
The police wanted to charge. The home manager wanted him moved. We held a restorative meeting
instead.

His own words are on his [page]([[CONTACT|md_link_target:https://www.facebook.com/ryan.cartwright.5591]]) and he said
I could share them. Local people started #JusticeFor[[PERSON|camelcase_hashtag:RyanCartwright]] when the
story got out, and #[[PERSON|lowercase_hashtag:ryancartwright]] trended in [[LOCATION|plain:Wigan]] for a day.

Restorative work doesn't mean no consequences. It means consequences that make sense.
""")

D["35"] = ("no", "closed-group", f"""Sharing because the family asked us to. Please donate if you can 💛

#Bring[[PERSON|camelcase_hashtag:Bella]]Home #[[PERSON|camelcase_hashtag:BellaOkafor]]

Link: gofundme.com/f/help-[[PERSON|url_slug:bella-okafor]]-family-fly-home

Photo: [[PERSON|url_image_path:bella_okafor]]_year3_school_photo.png

[[PERSON|plain:Bella]] ([[AGE|plain:8]]) was taken to [[LOCATION|plain:Lagos]] by her dad in the summer holidays and hasn't come back.
Mum is a parent I've worked with for two years through
[[INSTITUTION|plain:Chapeltown Family Hub]]. [[OK|public_body:The Foreign Office]] and police are involved, but the legal costs are huge.
""")

D["36"] = ("no", "email", f"""Subject: copy of record for transfer-in

Hi [[OK|professional:Mo]], as requested, pasted from the old authority's system:

Name
[[PERSON|layout_label_above+all_caps:DARREN PRICE]]
Date of birth
[[DATE_OF_BIRTH|layout_label_above:17/09/2009]]
Address
[[ADDRESS|layout_label_above+all_caps:58 CROWN STREET]]
[[LOCATION|layout_label_above+all_caps:HALIFAX]]
[[POSTCODE|layout_label_above+all_caps:HX1 1TT]]
Case reference
[[CASE_REF|layout_label_above:CS-2019-004471]]
Allocated worker
[[OK|professional:L. FENWICK]]

Open on CP plan (neglect) since 2025. Family moved to our area on [[DATE|plain:2 January]].

Thanks,
[[OK|author:Jas]]
""")

D["37"] = ("no", "forum", f"""Re: how do you plan Christmas visits for a big caseload?

Posted by [[OK|author:NightShiftNell]]

I use a simple spreadsheet. Here's mine as an example (exported csv):

name,age,address,phone,notes
[[PERSON|layout_csv:Freya Lund]],[[AGE|layout_csv:8]],[[ADDRESS|layout_csv:9 Brook St]],[[CONTACT|layout_csv:07700900177]],dad works away
[[PERSON|layout_csv:Owen Pryce]],[[AGE|layout_csv:11]],[[ADDRESS|layout_csv:3 Kiln Row]],[[CONTACT|layout_csv:07700900178]],school refusal
[[PERSON|layout_csv:Ruby Sahota]],[[AGE|layout_csv:15]],[[ADDRESS|layout_csv:27 Mill Fold]],[[CONTACT|layout_csv:07700900179]],CSE risk

| child | school |
|---|---|
| [[PERSON|layout_table:Freya]] | [[INSTITUTION|layout_table:Ravenscliffe Primary]] |
| [[PERSON|layout_table:Owen]] | [[INSTITUTION|layout_table:Todmorden High]] |

Sort by postcode, group by area, and always leave an afternoon free for the emergency you know is
coming.
""")

D["38"] = ("no", "reflective-log", f"""Reflective log: reading a psychological report

(text pasted from the PDF, line breaks as they came)

The assessment of Ms [[PERSON|layout_hard_wrap:Nadia Hus-
sain]] was completed over three sessions at her home in [[LOCATION|layout_hard_wrap:Nether
Edge]], [[POSTCODE|layout_hard_wrap:S7
1QR]]. Her partner Mr [[PERSON|layout_hard_wrap:Cor-
nelius Ade]] declined to take part. The children attend [[INSTITUTION|layout_hard_wrap:Sharrow Nur-
sery School]].

What struck me was how the psychologist framed Ms [[PERSON|plain:Hussain]]'s anxiety as protective rather than as a
deficit. I tend to read anxiety in parents as risk. My practice educator [[OK|professional:Fiona]] asked me to
re-read my last assessment with that lens. It changes things.
""")

D["39"] = ("no", "chat", f"""[[OK|author:Gemma]]: PASTED FROM THE TEXT MUM SENT, SORRY CAPS
[[OK|author:Gemma]]: "MY NAME IS [[PERSON|all_caps:CAROL BENNETT]] I LIVE AT [[ADDRESS|all_caps:7 ASH GROVE]] [[LOCATION|all_caps:BALBY]] [[POSTCODE|all_caps:DN4 8RP]] MY SON
[[PERSON|all_caps:LIAM]] IS [[AGE|all_caps:SIXTEEN]] AND HE HAS NOT BEEN HOME SINCE [[DATE|all_caps:SATURDAY]] HE GOES TO [[INSTITUTION|all_caps:DONCASTER COLLEGE]]
PLEASE HELP ME HIS NUMBER IS [[CONTACT|all_caps:07700 900 845]]"
[[OK|author:Dom]]: has she reported him missing to police?
[[OK|author:Gemma]]: yes, ref [[CASE_REF|all_caps:SY-20270113-0412]]
[[OK|author:Dom]]: ok, i'll do the return home interview referral
""")

D["40"] = ("no", "email", f"""From: [[OK|author:Kieran Walsh]]
Subject: the family I mentioned (deliberately scrambled)

Hi [[OK|professional:Farah]],

I scrambled it so the mail filter doesn't block it - can you unscramble on your end?

| who | details |
|---|---|
| mum | [[PERSON|invisible/shy:Pa{SHY}ige Wil{SHY}kins]], [[DATE_OF_BIRTH|words:born the ninth of July nineteen ninety-four]] |
| child | [[PERSON|homoglyph/cyrillic+zwsp:{cyr('Ocean', {0, 2})}{ZW} Wilkins]], [[AGE|fullwidth:{fw('4')}]] |
| home | [[ADDRESS|leet:11 H4wth0rn3 Cl0s3]], [[POSTCODE|fullwidth+nbsp:{fw('WF2')}{NBSP}{fw('9BN')}]] |
| phone | [[CONTACT|spaced_dotted:0.7.7.0.0 9.0.0 6.3.8]] |
| mum's fb | [[CONTACT|handle_no_at:paigey.w.94]] |

Domestic abuse, new partner. I think we need a MARAC referral.

Ta,
[[OK|author:Kieran]]
""")

MARK = re.compile(r"\[\[([A-Z_]+)(?:\|([a-z_/+]+))?:(.+?)\]\]", re.S)


def main():
    out = Path(__file__).parent
    (out / "drafts").mkdir(exist_ok=True)
    classes = {}
    for key, (safe, genre, body) in D.items():
        spans, oks = [], []

        def sub(m):
            label, cls, inner = m.group(1), m.group(2) or "plain", m.group(3)
            (oks if label == "OK" else spans).append({"label": label, "class": cls, "text": inner})
            return f"[[{label}:{inner}]]"

        text = MARK.sub(sub, body)
        (out / "drafts" / f"{key}.txt").write_bytes(
            f"#! safe={safe} genre={genre}\n{text}".encode("utf-8"))
        classes[key] = {"spans": spans, "ok_spans": oks}
    (out / "marks_classes.json").write_text(json.dumps(classes, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(D), "drafts written")


if __name__ == "__main__":
    main()
