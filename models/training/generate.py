#!/usr/bin/env python3
"""Generate annotated training text the way UK social-care practitioners write.

    python models/training/generate.py OUTDIR [--seed 13] [--n-train 16000] [--n-heldout 1600]
                                              [--n-disjoint 1600] [--n-general 3000]

writes OUTDIR/train.jsonl, OUTDIR/heldout.jsonl, OUTDIR/heldout-disjoint.jsonl and
OUTDIR/general.jsonl (never into the repository).  Each line is

    {"text": ..., "ents": [[start, end, LABEL], ...], "neg": [[start, end, KIND], ...],
     "genre": ..., "style": ...}

with spaCy's OntoNotes labels (PERSON, GPE, LOC, FAC, ORG, DATE, NORP) for the
things a case discussion must not reveal, and ``neg`` for look-alikes that must
NOT be tagged at all (citations of researchers, placeholders such as Child J /
Mrs K / Person A / Service User 1, national public bodies discussed in general,
platforms, name-words used as words, bylines).  ``general.jsonl`` holds plain
news-like sentences with no annotation: the trainer labels them with the base
model (rehearsal).

Genres: chat, closed-group, forum, blog, case-note, email, reflective-log, report.
Variants: original casing, whole text lower-cased, names only lower-cased, no
capital at sentence start, whole text upper-cased (shouted posts), dictated
("full stop", "comma"), informal spellings (u, w/, cos, tbh...), keyboard typos.

Splits (see vocab.py for the word pools and the hash that divides them):
  train             training templates, training-side names and places;
  heldout           held-out templates (about 15%, by a hash of the template),
                    training-side names and places, every variant;
  heldout-disjoint  held-out templates and only held-out names, surnames and
                    places (disjoint from the training text), proper case without
                    typos: the trainer lower-cases it itself, and selects on it.

Data: first names, surnames and cities abroad from Faker's person and address
providers (MIT licence, many locales); real UK places from the shipped gazetteer
models/gazetteers/uk_places.tsv and the lists below; national bodies and
platforms from the lists below and the shipped look-alike gazetteers.
"""
import argparse
import json
import os
import random
import re

from faker import Faker

from vocab import PREFIX_NICK, STREET_TYPES, Vocab, is_held_out, look_alikes

# --------------------------------------------------------------------------
# Lists (facts, written for this file)
# --------------------------------------------------------------------------
TOWNS = """Glasgow Edinburgh Dundee Aberdeen Inverness Perth Stirling Paisley Kilmarnock Ayr Irvine
Greenock Motherwell Hamilton Airdrie Coatbridge Falkirk Livingston Dunfermline Kirkcaldy Glenrothes
Dumfries Oban Fort_William Elgin Peterhead Arbroath Montrose Stranraer Hawick Galashiels Cumbernauld
East_Kilbride Clydebank Dumbarton Wishaw Bathgate Alloa Buckie Wick Thurso Forfar Largs Saltcoats
London Manchester Liverpool Leeds Bradford Sheffield Birmingham Coventry Wolverhampton Nottingham Derby
Leicester Bristol Plymouth Exeter Norwich Ipswich Cambridge Oxford Reading Swindon Luton Southampton
Portsmouth Brighton Hastings Margate Blackpool Preston Blackburn Burnley Bolton Wigan Oldham Rochdale
Stockport Salford Warrington Stoke Hull Grimsby Doncaster Rotherham Barnsley Wakefield Huddersfield
Halifax York Middlesbrough Sunderland Newcastle Gateshead Durham Darlington Hartlepool Carlisle
Barrow Lancaster Scarborough Lincoln Peterborough Northampton Bedford Milton_Keynes Stevenage
Chelmsford Colchester Southend Basildon Crawley Gloucester Cheltenham Worcester Hereford Telford
Shrewsbury Walsall Dudley Mansfield Chesterfield Cardiff Swansea Newport Wrexham Bangor Aberystwyth
Merthyr_Tydfil Pontypridd Rhyl Llanelli Barry Bridgend Caerphilly Belfast Derry Newry Lisburn Omagh
Enniskillen Armagh Ballymena Coleraine Bangor Craigavon Dungannon Strabane Larne Tottenham Croydon
Lewisham Hackney Peckham Brixton Harrow Ealing Slough Watford Dartford Gravesend Medway Chatham
Maidstone Folkestone Dover Torquay Truro Penzance Barnstaple Taunton Yeovil Weymouth Poole
Bournemouth Salisbury Bath Kendal Whitehaven Workington Keswick Morecambe Skegness Boston Kings_Lynn""".split()
AREAS = """Govan Drumchapel Easterhouse Possilpark Castlemilk Pollok Springburn Dennistoun Parkhead Shettleston
Gorbals Maryhill Royston Toryglen Priesthill Nitshill Barlanark Garthamlock Ruchill Anniesland Partick
Pilton Muirhouse Niddrie Craigmillar Wester_Hailes Sighthill Leith Granton Gilmerton Lochee Whitfield
Fintry Kirkton Ardler Torry Mastrick Northfield Seaton Ferguslie_Park Foxbar Gallowhill Whitletts
Toxteth Anfield Everton Kirkby Speke Moss_Side Wythenshawe Hulme Harpurhey Chapeltown Harehills Seacroft
Holbeck Beeston Byker Walker Benwell Elswick Scotswood Meadowell Ely Splott Grangetown Butetown Caia_Park
Townhill Blaenymaes Falls Shankill Ardoyne Creggan Bogside Gurnos Sparkbrook Handsworth Lozells Aston
Kingstanding Chelmsley_Wood Hillfields Willenhall Bestwood Meadows St_Ann's Sneinton Braunstone Saffron
Lawrence_Weston Knowle_West Hartcliffe Southmead Stonehouse Devonport Ford Tilbury Jaywick Clacton""".split()
VILLAGES = """Auchinleck Cumnock Dalmellington Kilbirnie Beith Dalry Stevenston Kilwinning Barrhead Neilston
Johnstone Renfrew Erskine Bishopton Port_Glasgow Gourock Helensburgh Alexandria Balloch Kirkintilloch
Lennoxtown Bishopbriggs Stepps Chryston Moodiesburn Shotts Harthill Carluke Lanark Larkhall Strathaven
Blantyre Bellshill Uddingston Viewpark Newarthill Cleland Methil Buckhaven Leven Lochgelly Cowdenbeath
Kelty Rosyth Inverkeithing Bo'ness Grangemouth Denny Bonnybridge Armadale Whitburn Blackburn Fauldhouse
Penicuik Loanhead Dalkeith Bonnyrigg Mayfield Gorebridge Tranent Prestonpans Musselburgh Haddington
Brechin Kirriemuir Carnoustie Monifieth Blairgowrie Crieff Pitlochry Aberfeldy Nairn Forres Lossiemouth
Fraserburgh Inverurie Huntly Ellon Stonehaven Portree Ullapool Dingwall Alness Invergordon Golspie
Lochgilphead Campbeltown Dunoon Rothesay Millport Girvan Maybole Newton_Stewart Castle_Douglas Annan
Lockerbie Moffat Sanquhar Langholm Selkirk Jedburgh Kelso Peebles Eyemouth Duns Ebbw_Vale Tredegar
Blaenau_Ffestiniog Porthmadog Pwllheli Holyhead Llangefni Ammanford Neath Port_Talbot Maesteg Aberdare
Treorchy Tonypandy Porth Hartlepool Seaham Peterlee Consett Stanley Ashington Blyth Cramlington Hexham
Jarrow Hebburn Washington Houghton Bishop_Auckland Shildon Redcar Guisborough Thornaby Billingham
Goole Selby Pontefract Castleford Batley Dewsbury Keighley Skipton Accrington Nelson Colne Darwen
Leyland Chorley Skelmersdale Ormskirk Runcorn Widnes Ellesmere_Port Crewe Nantwich Macclesfield
Buxton Glossop Hyde Ashton Middleton Heywood Bury Radcliffe Leigh Atherton Hindley Tyldesley Ballymoney
Portadown Lurgan Banbridge Downpatrick Newtownards Carrickfergus Antrim Magherafelt Cookstown Limavady""".split()
ISLANDS = """Arran Skye Lewis Harris Islay Mull Bute Orkney Shetland Barra Tiree Coll Jura Uist
Anglesey Isle_of_Wight Isle_of_Man Sheppey Jersey Guernsey Cumbrae Hoy Unst Yell Benbecula
Isle_of_Lewis Isle_of_Arran Isle_of_Skye Isle_of_Bute""".split()
REGIONS = """the_Highlands the_Borders the_Black_Country the_Wirral the_Fens Teesside Tyneside Wearside
the_Western_Isles Lanarkshire Ayrshire Fife Renfrewshire Midlothian West_Lothian Argyll Moray Angus
the_Valleys Merseyside Cornwall Devon Kent Essex Norfolk Suffolk Cumbria Fermanagh Tyrone""".split()
SAINTS = ["Mary", "Joseph", "Patrick", "Andrew", "Columba", "Margaret", "Bride", "Anne", "Michael",
          "Ninian", "Mungo", "Peter", "Paul", "John", "Thomas", "Aidan", "Cuthbert", "Brendan"]
TREES = ["Oak", "Rowan", "Birch", "Willow", "Elm", "Ash", "Beech", "Holly", "Hawthorn", "Cedar", "Maple",
         "Heather", "Thistle", "Bluebell", "Primrose", "Larch", "Hazel", "Ivy", "Meadow", "Riverside"]
WARDS = ["Ward 4B", "Ward 7", "Ward 12", "Ward 3A", "Ward 27", "the Ward 6 assessment unit",
         "Rowan Ward", "Daisy Ward", "Ward 1C", "Skye Ward", "Ward 44", "ward 2"]
PRISONS = ["HMP Barlinnie", "HMP Addiewell", "HMP Low Moss", "HMYOI Polmont", "HMP Cornton Vale",
           "HMP Edinburgh", "HMP Perth", "HMP Shotts", "HMP Kilmarnock", "HMP Grampian", "HMP Styal",
           "HMP Holloway", "HMP Wandsworth", "HMP Manchester", "HMP Liverpool", "HMP Cardiff",
           "HMP Maghaberry", "HMP Hydebank Wood", "HMP Bronzefield", "HMP Drake Hall", "Barlinnie", "Polmont"]
HOSPITALS_REAL = ["the Royal Hospital for Children", "Queen Elizabeth University Hospital", "Ninewells",
                  "Ninewells Hospital", "the Royal Infirmary", "Glasgow Royal Infirmary", "the RAH",
                  "Alder Hey", "Great Ormond Street", "the Royal Victoria Hospital", "Raigmore",
                  "Forth Valley Royal", "University Hospital Wishaw", "Leverndale", "Stobhill",
                  "the Royal Edinburgh", "Carseview", "Gartnavel Royal", "St Thomas'", "the Royal London"]
PUBLIC_BODIES = ["the Care Inspectorate", "Care Inspectorate", "Ofsted", "the Scottish Government",
                 "Scottish Government", "the Welsh Government", "the UK Government", "the government",
                 "the NHS", "NHS", "NHS England", "NHS Scotland", "the DWP", "DWP", "the CQC", "CQC",
                 "Care Quality Commission", "the SSSC", "SSSC", "Social Work England", "Social Care Wales",
                 "BASW", "the BASW", "Cafcass", "CAFCASS", "the Department for Education", "the DfE",
                 "SCRA", "the Children's Reporter", "Children's Hearings Scotland", "the Home Office",
                 "Public Health Scotland", "NICE", "the NSPCC", "NSPCC", "Barnardo's", "Women's Aid",
                 "Citizens Advice", "Mind", "the Samaritans", "Shelter", "Who Cares? Scotland",
                 "the Promise", "The Promise Scotland", "CELCIS", "Iriss", "the Law Society",
                 "the Children's Commissioner", "the Information Commissioner's Office", "the ICO",
                 "Education Scotland", "the Mental Welfare Commission", "the Police", "Police Scotland",
                 "the Parole Board for Scotland", "the Care Council", "Social Work Scotland", "ADSW",
                 "the Local Government Ombudsman", "SPSO", "the Scottish Parliament", "Parliament",
                 "Healthcare Improvement Scotland", "the Health and Care Professions Council", "HCPC",
                 "the Open University", "the OU", "Research in Practice", "SCIE", "Skills for Care"]
PLATFORMS = ["Facebook", "WhatsApp", "Instagram", "TikTok", "Snapchat", "Teams", "MS Teams", "Zoom",
             "Twitter", "X", "YouTube", "Mumsnet", "Reddit", "LinkedIn", "Messenger", "Signal",
             "Google", "ChatGPT", "Outlook", "Gmail", "the Facebook group", "WhatsApp group", "Discord",
             "Carefirst", "Mosaic", "SWIFT", "Liquidlogic", "eSAY", "Sharepoint"]
RESEARCHERS = ["Munro", "Ferguson", "Featherstone", "Dominelli", "Morrison", "Schön", "Kolb", "Gibbs",
               "Bronfenbrenner", "Bowlby", "Maslow", "Trevithick", "Ruch", "Turney", "Brandon", "Beckett",
               "Thompson", "Fook", "Rogers", "Egan", "Howe", "Fahlberg", "Boddy", "Bywaters", "Lonne",
               "Parton", "Hollows", "Taylor", "White", "Daniel", "Wassell", "Gilligan", "Forrester",
               "Reder", "Duncan", "Laming", "Ainsworth", "Rutter", "Lishman", "Payne", "Adams", "Healy",
               "Morgan", "Banks", "Beresford", "Croisdale-Appleby", "Jones", "Smith", "Williams", "Cree",
               "Gould", "Whittaker", "Hingley-Jones", "Wilson", "Davies", "Webb", "Holland", "Shemmings",
               "Broadhurst", "Kemshall", "Titterton", "Houston", "Stevenson", "Biestek", "Bandura",
               "Erikson", "Piaget", "Vygotsky", "Winnicott", "Perry", "van der Kolk", "Siegel", "Golding",
               "Hughes", "Mullender", "Cleaver", "Unell", "Ward", "Brown", "Jack", "Hope", "Grace"]
PH_LETTERS = list("ABCDEFGHJKLMNPRSTWXYZ")
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
# generic section headings (no names): the line before a paragraph in blogs, logs and reports
HEADINGS = ["Background", "Where it started", "What happened next", "Reflection", "What I learned",
            "The first visit", "Update", "Context", "Analysis", "Next steps", "Why it matters", "Looking back",
            "## Background", "## What went well", "### The referral", "**Update**", "Summary", "The plan",
            "What I would do differently", "Assessment", "Lessons for practice", "A bit of history"]
NORPS = ["Polish", "Romanian", "Syrian", "Eritrean", "Somali", "Pakistani", "Bangladeshi", "Indian",
         "Nigerian", "Ghanaian", "Roma", "Gypsy/Traveller", "Irish Traveller", "Traveller", "Muslim",
         "Sikh", "Hindu", "Jewish", "Catholic", "Orthodox Jewish", "Jehovah's Witness", "Afghan",
         "Ukrainian", "Albanian", "Vietnamese", "Chinese", "Kurdish", "Iraqi", "Sudanese", "Lithuanian",
         "Latvian", "Slovakian", "Black Caribbean", "Jamaican", "Scottish", "Welsh", "Irish", "English",
         "Portuguese", "Turkish", "Yemeni", "Congolese", "Zimbabwean", "Filipino", "Brazilian"]
REL = ["mum", "dad", "nan", "gran", "granny", "papa", "grandad", "stepdad", "stepmum", "aunt", "auntie",
       "uncle", "big sister", "older brother", "wee brother", "foster carer", "kinship carer", "partner",
       "boyfriend", "girlfriend", "ex-partner", "husband", "wife", "son", "daughter", "carer", "neighbour"]
ROLE = ["SW", "social worker", "HV", "health visitor", "CPN", "key worker", "support worker", "teacher",
        "guidance teacher", "GP", "school nurse", "team leader", "TM", "IRO", "OT", "psych", "CAMHS worker",
        "midwife", "PO", "youth worker", "advocate", "family support worker", "FSW", "carer"]
WORD_NAME_SENTENCES = [
    "[Hope] this helps.", "[Hope] that makes sense.", "I [hope] the review goes well.", "[Hope] you are all keeping well.",
    "[Will] update the group tomorrow.", "[Will] let you know how it goes.", "[Will] do.", "We [will] see what panel says.",
    "[Grace] period for the rent arrears ends soon.", "She handled it with real [grace].", "To be [frank], I was shocked.",
    "It was a [frank] conversation.", "[Frank] and honest discussion with my TM today.", "[Faith] in the system is low.",
    "[Mark] the date in your diaries.", "The [bill] was paid by the council in the end.", "[Dawn] visits are never easy.",
    "[Summer] holidays are always hard for our families.", "[Joy] of joys, another audit.",
    "[Sunny] day so we went to the park.", "Any [joy] with the referral?", "[Will] you be at the training?",
    "[Hope] so!", "[Patience] is wearing thin.", "It was an [amber] alert at school.", "The price [rose] again.",
    "I [will] chase it up.", "[Carol] singing at the care home was lovely.", "[Hope] all goes well x",
    "[Crystal] clear guidance would help.", "[Ivy] was growing over the door.", "[Will] try again Monday.",
    "[Hope] ur ok hun", "Lost all [hope] tbh.", "There is still [hope].", "[Grace] and kindness go a long way.",
    "[Frank] conversations are part of the job.", "[Will] power alone won't fix this.", "[Rob] Peter to pay Paul.",
    "[Hope] everyone had a good weekend.", "[Will] post an update later.", "By the [grace] of God we got a bed.",
    "[Bob] the Builder was on in the background.", "Her [will] was made last year.", "[Pat] on the back to the team.",
]

# --------------------------------------------------------------------------
# Templates.  {slot} names: see SLOTS below.  One template = one or two sentences.
# --------------------------------------------------------------------------
T = {}
T["chat"] = [
    'saw it on {platform}, {first} posted it last night',
    '{first} messaged me on {platform} at 2am again',
    '{first} is blocking me on {platform} now lol',
    'can we do the handover on {platform} instead',
    '{ph} seen, all good. {ph} not in, card left',
    "{ph}'s mum rang, wants a call back",
    'spoke to {ph} re the rent arrears',
    'met {first}, {first} and {first} at the park',
    'gave {first} a lift to {hospital}, back by 4',
    '{first} {last} from {la} rang, call her back',
    'omg {first} finally got the flat in {area}!!',
    'any news on {first}?',
    'who has {first} {last}? duty asking',
    '{body} are in next week so get ur case notes up to date',
    'is {body} guidance the same as last year?',
    '{first} says hi to {first}',
    "{first}'s {rel} is kicking off in reception",
    'with {first} now, will call after',
    '{first} not at school again, {rel} says shes ill',
    'cheers for covering {first}',
    'on my way to {town} to see {first}',
    'thanks {first} ur a star',
    '{first}s dad is out of {prison} on {date}',
    '{first} moved in w/ her {rel} in {town}',
    "hi all, quick q - had a visit with {first} and her {rel} {first} today in {area}, anyone know if {la} still do the kinship payment?",
    "just back from {first}'s, {rel} wasn't in again",
    "{first} kicked off at contact again, {rel} says its cos of {first}",
    "can someone cover {first} on {date}? im off",
    "anyone been out to {street} recently? {first}'s placement is there",
    "{full} is on my list for {date}, any updates from {school}?",
    "ffs {first} has gone missing again, police informed",
    "met {first} at {school} this morning, she was really chatty",
    "{first} and {first} are both at {carehome} now",
    "{first} says her {rel} {first} has moved back to {town}",
    "can u check if {first} {last} is open to us?",
    "{rel} texted, {first} was admitted to {hospital} last night",
    "{first} in {ward} at {hospital}, discharge planned for {date}",
    "did anyone speak to {first} yet re the move to {town}",
    "{nick} ({age}) is staying with her {rel} in {area} for now",
    "{first} ({age}) moved to {school} after the summer",
    "just had a call from {first}'s school, {school}, re attendance",
    "lol {first} asked if i was a cop again",
    "{first} is kicking off about the move to {carehome}, staff not coping",
    "is {first} still in {prison}? {rel} says he gets out {date}",
    "{full} rang the duty line again re her son {first}",
    "visit to {first} and {first} at {street}, {area} went ok",
    "{first} said {first} was there when it happened",
    "{ph} was seen today, no concerns. shared in the {platform} chat",
    "posted the rota on {platform}, {first} can u check it",
    "spoke to {first} from {la} about the referral",
    "{first} {last} did the LAC review, all fine",
    "hearing at {court} on {date} for {first}",
    "{first}'s {rel} is {norp} and wants an interpreter",
    "sent {first} the notes, pls check before {date}",
    "{first} missed {gp} appt again",
    "{wordname}",
    "thanks {first}, that's great",
    "{first} - are you still on duty?",
    "cheers {first} x",
    "{first} has been moved from {school} to {school}",
    "{first} is in {area} with {first}",
]
T["closed-group"] = [
    'I saw this on {platform} and thought of this group.',
    'This group has been a lifeline, and the {platform} page too.',
    'Without naming anyone, {ph} is a single parent of three.',
    "My client (I'll call her {ph}) has been evicted twice.",
    'I use {ph} and {ph} in my notes for this group.',
    '{first} and {first} were removed on {date} and placed with {full}.',
    'Any advice welcome. {first} is {age} and has autism.',
    'Her {rel}, {first}, drinks heavily and lives in {area}.',
    "{body} say it's not their remit, {la} say it's health.",
    'Thank you {first} for your message, it really helped.',
    "@{first} yes, that's the one in {town}.",
    'Just wanted to say thank you to {first} {last} and everyone at {carehome}.',
    'Has anyone got a contact at {hospital} for {first}?',
    "Dad, {first}, was in {prison} for most of {first}'s life.",
    'Following on from my post about {ph}, the hearing went well.',
    'As {cite} found, families want honesty.',
    "The {body} report came out this week and it's damning.",
    "Really need some advice. I'm working with a young lad, {first} ({age}), who lives with his {rel} in {area}.",
    "Had the most difficult visit today with {full} at her flat on {street}.",
    "My service user {first} has been refused PIP again and the {body} won't budge.",
    "Does anyone have experience of {carehome} in {town}? Thinking of it for {first}.",
    "Update on {first}: she's settled at {school} and loving it.",
    "{first} ({age}) disclosed at {school} on {date} that her {rel} hits her.",
    "Mum, {full}, is {norp} and has no recourse to public funds.",
    "Anyone know the duty team at {la}? Trying to get hold of {first} {last}.",
    "The family moved from {town} to {area} last year and {first} has struggled since.",
    "{first} was remanded to {prison} after the hearing at {court}.",
    "Shout out to {first} {last} at {school} who went above and beyond for {first} this week.",
    "Posting this in here as I don't want it on my main {platform}.",
    "{ph} and her children have been rehoused, which is a huge relief.",
    "I keep thinking about {ph} from my last post.",
    "As {cite} says, relationships are the intervention.",
    "We are being inspected by {body} next month, any tips?",
    "{body} has published new guidance on this, worth a read.",
    "Please don't share names in here, use initials like {ph}.",
    "Still waiting on {la} to agree the funding for {first}.",
    "{first}'s {rel}, {first}, is in {ward} at {hospital} after an overdose.",
    "Dad ({full}) is living in a hostel in {town}.",
    "{wordname}",
    "Baby {first} was born at {hospital} on {date} and went home with mum.",
    "{first} goes to {nursery} three days a week.",
    "Has anyone dealt with {gp}? They won't register {first}.",
    "{first} is {norp} and fasting for Ramadan, the school didn't know.",
    "We placed {first} with {full} in {town} on {date}.",
    "Grandad {first} is the main carer since mum went into {prison}.",
]
T["forum"] = [
    'Found this group through {platform}.',
    "Thanks {first}, I'll ask {body}.",
    'Written by {byline}',
    'Author: {byline}',
    'Our lad {first} has been excluded from {school}.',
    "I'm {first}'s kinship carer and live in {area}.",
    '{ph} in my example is made up.',
    "Quoting {first}: 'the panel was a joke'.",
    'We moved from {town} to {island} in {date}.',
    "Re: kinship care allowance - we had the same with {first}'s gran in {town}.",
    "I'm a foster carer in {area} and our placement, {first}, is {age}.",
    "Our little one {first} starts at {school} in {date}.",
    "Posted by {byline}",
    "The social worker, {full}, told us on {date} that the plan had changed.",
    "Our son {first} ({age}) has been on the waiting list at {hospital} for two years.",
    "Is anyone else dealing with {la}? They have closed {first}'s case.",
    "We live near {street} in {town} and the school run is a nightmare.",
    "{body} say they can't help, and {platform} groups are all we have.",
    "Try {body}, they were brilliant with us.",
    "My daughter {first} is at {carehome} and the staff are lovely.",
    "{first}, sorry to hear that. Hugs.",
    "Edited to add: {first} is doing much better now.",
    "{wordname}",
    "My ex, {full}, moved to {island} with the kids.",
    "We're a {norp} family and feel judged by {la}.",
]
T["blog"] = [
    'Guest post by {byline}',
    'Posted by {byline} in Practice',
    'Reflections from the frontline, by {byline}',
    "I'll call her {ph}.",
    "{ph}, as I'll call him, was {age} when we met.",
    '{cite} and {cite} both argue for relational practice.',
    'This echoes {cite}.',
    'Policy from {body} and {body} rarely reaches the families I work with.',
    'Follow me on {platform}.',
    'Share this on {platform} if it resonated.',
    'I still think about {first} and her little brother {first}.',
    'Her school, {school}, called us in the end.',
    'We drove out to {area} on a wet Tuesday to meet {first}.',
    "{first}'s {rel}, a {norp} woman in her forties, had lost everything.",
    'The estate in {area} where {first} grew up has since been demolished.',
    'Their story is told with permission from {first}, who is now {age}.',
    'Theories from {cite} sit uneasily with eight-minute visits.',
    'Reading {cite} changed the way I write assessments.',
    "When I first met {first}, she was {age} and living with her {rel} in a high-rise in {area}.",
    "{first}'s story stays with me because of how {la} let her down.",
    "By {byline}",
    "Written by {byline}, Senior Practitioner",
    "{cite} reminds us that risk is never static.",
    "The work of {cite} on relationship-based practice shaped my approach.",
    "Research by {cite} shows that poverty is a key driver of care involvement.",
    "{body} has repeatedly found that children's voices are missing from plans.",
    "I'll call him {ph}; that is not his real name.",
    "Take {ph}, a young carer I worked with some years ago.",
    "In this post, {ph} and {ph} are composites, not real people.",
    "The policy landscape has changed since {body} published its review.",
    "{first} was placed at {carehome} on the edge of {town}, miles from her school.",
    "I remember the drive to {island} to see {first}, and the ferry being cancelled.",
    "I want to write about {full}, who taught me more than any textbook.",
    "His mother, a {norp} woman, had fled to {town} with nothing.",
    "As {cite} argues, positive risk-taking needs support.",
    "There's a great thread on {platform} about this.",
    "{wordname}",
    "Her dad was in {prison} and visits were arranged through {la}.",
    "{first} moved from {school} to {school} three times in a year.",
    "According to {cite}, reflection must lead to action.",
]
T["case-note"] = [
    'Present: {full} (mother), {full} (father), {first} ({role}).',
    'Visit to {ward}, {hospital}. {first} asleep on arrival.',
    '{first} collected from {school} by {rel} {full}.',
    'Phoned {full} at {gp}; no answer, message left.',
    'Placement at {carehome} confirmed from {date}.',
    '{first} stated she wants to live with her {rel} in {town}.',
    'Address: {street}, {area}, {town}.',
    'DOB: {date}.',
    'Siblings: {first} ({age}), {first} ({age}).',
    '{first} {last} (Reporter) informed of outcome.',
    'Chronology updated; shared with {body} per protocol.',
    'Supervision with {first} on {date}.',
    "Home visit to {full} at {street}, {area}. Present: {first} ({rel}), {first} ({age}).",
    "Telephone call from {full} ({role}, {school}) re concerns about {first}.",
    "{date}: {first} seen alone in her bedroom. She said she feels safe with {first}.",
    "Discussed with {first} {last} (TM). Agreed to convene IRD on {date}.",
    "{first} attended {gp} with {rel}. GP {full} to refer to CAMHS.",
    "Child's name: {full}. School: {school}. Address: {street}, {town}.",
    "Mother {full} reports that father {full} has returned to the family home in {area}.",
    "Strategy meeting held at {la} offices. {first} to remain at {carehome}.",
    "Contact between {first} and {rel} at {area} family centre went well.",
    "{first} discharged from {ward}, {hospital}, to the care of {rel} on {date}.",
    "Court date set at {court} for {date}.",
    "{first} remains in {prison}; release expected {date}.",
    "Referral made to {body} as per guidance.",
    "Case note copied to {ph}'s file.",
    "Worker: {first} {last}. Next visit {date}.",
    "Family is {norp}; interpreter booked for {date}.",
    "{first} ({age}) attends {nursery} and is described as a happy child.",
]
T["email"] = [
    "From: {full}\nTo: {full}\nCc: {full}\nSubject: {first} {last}",
    "Dear {formal},\nI am writing on behalf of {first} regarding her move to {town}.",
    "Hi both, {first} and {first} are booked in for {date}.",
    "Hi {first},\nHope you're well. Just checking in about {first}.",
    "Thanks {first}, I've passed this to {first} in the {la} team.",
    'Regards\n{first}',
    'From: {full}\nTo: {full}\nSubject: {first} - review',
    'Please do not forward outside {la}.',
    'Hi {first}, {body} have asked for the figures by {date}.',
    'The meeting will be on {platform}.',
    '{first} will be at {carehome} until {date}.',
    'Cheers,\n{first}\n{role}',
    "Hi {first},\nThanks for your time on {date}. As discussed, I'll visit {full} at home in {town} next week.",
    "Dear {first},\nPlease find attached the report for {first} {last} ahead of the hearing at {court}.",
    "Hi {first}, just a heads up that {first} has been excluded from {school} again.",
    "Kind regards,\n{first}",
    "Many thanks,\n{full}\nSocial Worker, {la}",
    "Hi all,\n{first}'s review is on {date} at {carehome}.",
    "Could you confirm whether {full} is still registered at {gp}?",
    "Hi {first}\n\nI spoke to {first}'s {rel} this morning and she's agreed to the assessment.",
    "Best wishes,\n{first} {last}",
    "Apologies for the delay {first}. {body} guidance says we need consent first.",
    "Subject: {first} {last} - transition to {school}",
    "Hi {first}, can we move the visit to {street} to {date}?",
    "{wordname}",
    "Thanks {first}.",
]
T["reflective-log"] = [
    "I felt anxious before visiting {first} at {street}.",
    "I still think about {first} and what happened at {school}.",
    "Supervision with {full} helped me see {first}'s point of view.",
    "In supervision, {first} asked me how I felt about {first}'s anger.",
    "Reading {cite} helped me understand {ph}'s behaviour.",
    "Using {cite}, I mapped {ph}'s support network.",
    'I felt anxious before visiting {first} at {street}.',
    '{first} ({age}) told me about her {rel} in {prison}.',
    'The placement at {carehome} broke down on {date}.',
    "I applied {cite}'s model to my work with {ph}.",
    'Feedback from {first} {last}, my practice educator, was positive.',
    'I noticed the {body} standards say little about this.',
    "Today I supported {first} ({age}) at her review at {school}.",
    "Using {cite}'s reflective cycle, I considered what went wrong with {first}.",
    "Reflecting on the visit to {first} in {area}, I felt out of my depth.",
    "I discussed my feelings with my supervisor, {full}, afterwards.",
    "{cite} describes this as the emotional labour of practice.",
    "Following {cite}, I tried to hold the uncertainty.",
    "{ph} (not her real name) reminded me why I came into social work.",
    "The {body} framework helped me structure my assessment of {ph}.",
    "On {date} I met {first}'s {rel}, who was angry about the move to {carehome}.",
    "I learned that {first} had been in {hospital} as a baby.",
    "The visit to {island} made me think about rural isolation.",
    "Next time I will speak to {first} on her own first.",
    "{wordname}",
    "My practice educator {first} suggested reading {cite}.",
    "I noticed that as a {norp} worker I was assumed to understand the family.",
]
T["report"] = [
    "The child, {formal}, was born on {date} and lives with {formal} at {street}, {town}.",
    "Present: {formal} (Chair), {formal} (Social Worker), {formal} (Health Visitor), {formal} (mother).",
    "Apologies: {formal}, {formal}.",
    "{formal}, solicitor for the mother, said that her client opposed the order.",
    "The hearing took place at {court} on {date} before {formal}.",
    "{formal}, a {norp} national, has lived in {town} since {date}.",
    "On {date} {formal} told police that {formal} had assaulted her.",
    "The report was prepared by {formal}, Mental Health Officer, {la}.",
    "{formal} and {formal} (\u201cthe parents\u201d) were represented by {formal}.",
    "The application was lodged by {formal} on {date}.",
    "{formal} gave evidence that the family moved from {town} to {town} in {date}.",
    "{formal}, the children's grandmother, was assessed as a kinship carer.",
    "Minutes taken by {formal}.",
    "According to {cite}, such delays harm children.",
    "{body} was notified in accordance with the guidance.",
    "The Reporter, {formal}, referred {first} to a hearing at {court}.",
    "{ph} was interviewed on {date} in the presence of an appropriate adult.",
    "{formal} stated that {formal} had been in {prison} since {date}.",
    "{formal} ({age}) attends {school} and is supported by {formal}.",
    "Letter from {formal}, consultant psychiatrist at {hospital}, dated {date}.",
    "The sheriff, {formal}, granted the order.",
]
# Names and places in the contexts the drafts put them in: greetings and sign-offs, "me and jen",
# "jade's mum", "@jen", lists, names at the start and the end of a sentence, after prepositions;
# places after "up in", "over in", "out at", "from round", on estates and streets, in lists, abroad.
# A template shared by several genres falls on the same side of the template split everywhere.
CHAT_NAMES = [
    "hiya {first}", "hiya {first}, u free later?", "hi {first} x", "morning {first}!",
    "evening {first}, hope shift was ok",
    "heya {first} did u get my msg", "alright {first}", "thanks {first} x", "ta {first}", "cheers {first}, owe u one",
    "nite {first} x", "speak tmrw {first}", "love {first} xx", "{first} x", "{first} here, can u ring me",
    "me and {first} went round at 2", "me n {first} are doing the visit", "told {first} i'd ring back",
    "ask {first} she knows", "tell {first} to ring the office", "ring {first} when ur free", "can u let {first} know",
    "{first}'s mum was there too", "{first}'s nan picked her up", "the {lastpl} r back in touch",
    "{last} kids all at school today", "saw {first}'s car outside again", "{first}s dad wasnt in", "@{first} can u cover?",
    "@{first} yes thats the one", "{first}, {first} and {first} all off sick", "{first} and {first} r on duty",
    "{first} says she's fine", "{first} reckons its sorted", "{first} kept saying its fine",
    "{first} gets anxious when the door goes", "{first} was in bed when i got there",
    "{first} does nights so mornings r out", "{first} wont engage", "poor {first}", "bless {first}",
    "{first} bless her", "the other {first}, not {nick}", "shes called {first}", "his mate {first} was there",
    "a lad called {first}", "her pal {first} from school", "known as {nick}", "everyone calls him {nick}",
    "{nick} and that {last} lad again", "{nick} got lifted last night", "was with {first} all morning",
    "for {first}'s review", "from {first} at duty", "re {first}", "spoke to {first}", "keep trying {first} for me",
    "still no answer from {first}", "on my way to {first}'s", "{first} {last} - anyone know him?",
    "is {first} still open to u?", "{first} n {first} were fighting again", "dropped {first} at her nans",
    "picked up {first} from school", "{first} wants to see her brother {first}", "{rel} {first} rang again",
    "nan {first} called, shes in a state", "mum {first} isnt allowed unsupervised contact",
    "{nick} and his auntie {first}",
    "can ye dae the visit for {nick} the morra", "{first} has a new fella, {first}",
    "{first} and her new partner {full}",
    "will do {first} x", "hope this helps {first}", "frank chat with {first}'s mum", "{first} will ring u back",
    "{first} wasnt in, {first} said shes at her dads", "msg from {first}: running late", "{first}!!! well done",
    "omw {first}", "gonna be late {first} sorry", "fyi {first} is in custody",
    "did {first} get home ok?", "{first} ({age}) and {first} ({age}) both at contact",
    "its {first} from the carers group", "just so u know {first} rang earlier", "cc {first}",
]
CHAT_PLACES = [
    "up in {place} at her sisters", "shes over in {place} now", "hes down at {area} most days",
    "lives out past {village}, near {village}", "its on the {town} road", "shes from round {area}",
    "shes from {place} originally", "they moved out to {village} last year",
    "shes up and down to {abroad} all the time",
    "on a caravan site outside {village}", "the high flats on {street}", "the new flats off {street}",
    "back at his dads on the {area} now", "shes stopping in {area} with her boyfriend", "hes staying up {area} way",
    "somewhere out {town} way", "went down {town} on the bus", "at her nans in {area}", "top of {street}",
    "by the shops on {street}", "round the back of {street}", "the chippy on {street}", "{area} estate again",
    "on the {area} estate", "in {place} till friday", "{place} again today ffs", "{place} or {place}?",
    "in {place}, {place} and {place} this wk", "is {town} in our patch?", "drive to {village} was a nightmare",
    "lives {town} side", "the {town} end of {street}", "near the park in {area}", "just moved to {place}",
    "stuck in traffic outside {town}", "{area} then {area} then back to the office", "over on {island} til tues",
    "shes gone back to {abroad} for a bit", "{first} is in {village} with her dad", "meet u in {town} at 12?",
]
PROSE_NAMES = [
    "{first} works shifts and can attend in the afternoon.", "{first} was asleep in the chair when I arrived.",
    "{first} kept saying it was fine.", "Most people call him {nick}.", "His only friend in the hostel is {first}.",
    "{first} arrived in {town} in {date}.", "# What {first} taught me about listening",
    "Proposed carers: {full} and {full}, {town}.", "{first} teaches at the local primary.",
    "Her best friend is called {first}.", "He talks about his friend {first} non-stop.",
    "The smile on {first}'s face said it all.", "Her grandson {first} visits on Saturdays.",
    "We've had the {lastpl}' baby since the summer.",
    "Her boyfriend (\"{nick}\" to his mates) was arrested.",
    "A young man ({first} to his family) arrived in the autumn.", "{ph} ({first}) has settled well at home.",
    "His brother, known as \"{first}\", has been staying at the flat.", "{first} and I sat in the car for an hour.",
    "I asked {first} what she wanted.", "It was {first} who rang the police.", "Without {first}, none of it works.",
    "We owe a lot to {first} and {first}.", "{first}, {first}, {first} and their mum share two rooms.",
    "Then {first} said something I will never forget.", "I will call him {first}; he chose the name himself.",
    "Hope came from an unlikely place: {first}, the neighbour.", "{first} has faith in the plan now.",
    "The {last} family moved twice last year.", "Huge thanks to everyone who has supported {full}.",
    "I met {first} when she was {age}.", "{nick} has been with us since spring.",
    "By the time she was {age}, {first} had lived in six placements.", "She was {age} when {first} was born.",
    "The {lastpl} never missed a review.", "The {last} children are settled at last.",
    "I still think about the {last} kids.", "Both {last} boys are now at {school}.",
    "What mattered most to her was keeping {first}.", "Nobody had asked {first}.",
    "Siblings: {first} ({age}) and {first} ({age}).", "Grandparents: {full} and {full} (maternal).",
]
PROSE_PLACES = [
    "The faith groups around {place} have been a lifeline.",
    "Because {town} and {town} are so close, contact needs planning.",
    "They live out past {village} on the {town} road.",
    "The family rent a cottage outside {village}.", "{place} is a long way from anywhere without a car.",
    "{town} was where she grew up.", "Dad goes back and forth to {abroad}.",
    "He arrived in {town} from {abroad} last spring.", "We cover {town}, {village} and the villages around {town}.",
    "The bus from {village} to {town} takes over an hour.", "He moved into a care home in {town} after a fall.",
    "He was detained after an incident at home in {area}.", "They were rehoused from {area} to {village}.",
    "Her sister is in {place} and visits monthly.", "The nearest shop is in {village}.",
    "The Traveller site near {village} has twelve pitches.", "Her mum grew up on the {area} estate in {town}.",
    "He grew up on the {area} in the nineties.", "Lives in {village}, near {town}.",
    "Originally from {abroad}, now settled in {town}.", "The B&B in {town} was the only option.",
    "She was found at a friend's flat on {street}, {area}.", "We met at a cafe on {street}.",
    "Contact is at the family centre in {area}.", "The school in {village} has forty pupils.",
    "I drove up to {place} on a wet Monday.", "{island} is a ferry ride away.", "Over on {island} there is one GP.",
    "Most of our families live in {area} or {area}.", "He travels from {village} to {town} for college.",
    "In {place} everybody knows everybody.", "Up in {place} the nearest service is an hour away.",
    "Down in {place} it is different again.", "She has family in {region}.", "{village}, {region}.",
    "They moved from {place} to {place} and then to {place}.", "Dad is thought to be living in {abroad}.",
    "The hostel on {street} closed in the spring.", "{area} has changed a lot since I started.",
    "We were sent out to {village} on a Friday night.", "Home is a caravan at {village}.",
]
RECORD_NAMES = [
    "Subject: RE: referral – {rev}", "Subject: URGENT referral – {rev}",
    "Subject: panel papers – {first} / {last} family", "Subject: {full} – review",
    "Subject: {last} siblings – LAC review", "Re: the {lastpl} – contact plan",
    "Name: {rev}", "Re: {rev}, DOB {date}", "Subject: kinship assessment – {formal}", "Client: {rev} ({age})",
    "{rev} – strategy discussion", "Subject: MHO report – {full}",
]
# look-alikes next to real names, so that the context alone does not decide
LOOK_ALIKE_CONTEXTS = [
    "{first} sent it on {platform}", "{ph} and {first} both seen today", "{body} rang about {first}",
    "hope {first} is ok", "will ring {first} tmrw", "{ph}'s nan rang, not {first}'s",
    "@{first} {body} want the figures",
    "{first} says {cite} is on the reading list lol", "{ph} moved to {area}, {first} stayed put",
    "I'll call her {ph}; her friend {first} is real enough.", "{body} has guidance on this; {first} found it useful.",
    "As {cite} argues, {first}'s story is not unusual.", "{first} joined our {platform} group in {date}.",
    "{ph} lives with her gran in {village}.", "{wordname} {first} x", "{first}: {wordname}",
]
INSTITUTION_CONTEXTS = [
    "she goes to {school} in {village}", "hes at {school} now, moved from {school}",
    "{first} is in {ward} at {hospital}",
    "{first}'s at {nursery} 3 days", "{first} registered with {gp} yet?", "{first} is back at {carehome}",
    "She attends {school} in {area} and is doing well.", "He was moved from {carehome} in {town} on {date}.",
    "{first} ({age}) is {norp} and attends {school}.", "The review is at {carehome} on {date}.",
    "{first} was seen at {hospital} on {date}.", "Hearing at {court} on {date} for {first} and {first}.",
]
# Per genre, the sentences above; drawn alongside the genre's own templates (Generator.sentence).
T_CONTEXT = {
    "chat": CHAT_NAMES + CHAT_PLACES + INSTITUTION_CONTEXTS[:6] + LOOK_ALIKE_CONTEXTS[:9],
    "closed-group": CHAT_PLACES + PROSE_NAMES + PROSE_PLACES + INSTITUTION_CONTEXTS[6:] + LOOK_ALIKE_CONTEXTS,
    "forum": CHAT_PLACES + PROSE_NAMES + PROSE_PLACES + INSTITUTION_CONTEXTS + LOOK_ALIKE_CONTEXTS,
    "blog": PROSE_NAMES + PROSE_PLACES + INSTITUTION_CONTEXTS[6:] + LOOK_ALIKE_CONTEXTS[9:],
    "reflective-log": PROSE_NAMES + PROSE_PLACES + INSTITUTION_CONTEXTS[6:] + LOOK_ALIKE_CONTEXTS[9:],
    "case-note": PROSE_PLACES + RECORD_NAMES + INSTITUTION_CONTEXTS[6:],
    "email": PROSE_PLACES + RECORD_NAMES + INSTITUTION_CONTEXTS[6:],
    "report": PROSE_PLACES + RECORD_NAMES + INSTITUTION_CONTEXTS[6:],
}
# shares of sentences from the compositional grammar and from T_CONTEXT; the rest come from T
COMPOSE_SHARE, CONTEXT_SHARE = 0.25, 0.3

GENRE_WEIGHTS = {"chat": 3, "closed-group": 3, "forum": 1.5, "blog": 2, "case-note": 2,
                 "email": 1.5, "reflective-log": 2, "report": 1.5}
GENRE_SENTS = {"chat": (1, 4), "closed-group": (2, 5), "forum": (1, 4), "blog": (2, 5),
               "case-note": (2, 5), "email": (2, 4), "reflective-log": (2, 5), "report": (2, 5)}

GENERAL = [
    "{gcompany} said on {gdate} that profits had risen by {gnum} per cent.",
    "{gname}, the chief executive of {gcompany}, will step down next year.",
    "The prime minister met {gname} in {gcity} on {gdate}.",
    "{gname} scored twice as {gcity} beat {gcity2} 3-1 on Saturday.",
    "Shares in {gcompany} fell {gnum}% after the announcement.",
    "{gname} was born in {gcity} in {gyear} and moved to {gcountry} as a child.",
    "The {gcountry} government announced a budget of ${gnum} million.",
    "{gname} told reporters in {gcity} that talks would resume on Monday.",
    "The festival in {gcity} drew more than {gnum},000 visitors last summer.",
    "{gname} won the award for her novel, published by {gcompany} in {gyear}.",
    "Flights from {gcity} to {gcity2} were cancelled because of the storm.",
    "{gcompany} opened a new factory near {gcity} in {gyear}.",
    "According to {gname}, the {gnorp} economy grew by {gnum} percent in the first quarter.",
    "The European Union and {gcountry} signed the agreement in {gcity} on {gdate}.",
    "{gname} and {gname2} founded {gcompany} in {gyear}.",
    "More than {gnum} people attended the rally in {gcity} on Sunday.",
    "The match at Wembley Stadium kicked off at 3pm.",
    "{gname}, a {gnorp} diplomat, arrived in {gcountry} last week.",
    "The River Thames flooded parts of {gcity} in {gyear}.",
    "{gname} was elected mayor of {gcity} by {gnum} votes.",
]


# Compositional sentences: who did what to whom, where and when (adds variety to every genre).
C_SUBJ = ["{first}", "{full}", "her {rel} {first}", "{first}'s {rel}", "I", "we", "my {role}", "{first} ({age})",
          "the school", "{ph}", "mum", "{first} {last}", "{first} and {first}", "dad {first}", "me and {first}",
          "me n {first}", "{nick}", "{first}, {first} and {first}", "nan {first}", "{first} from duty",
          "the {last} children", "the {lastpl}", "the {last} kids", "the {last} boys", "{first} ({age})"]
C_VERB = ["met", "visited", "phoned", "spoke to", "saw", "picked up", "dropped off", "texted", "emailed", "chased",
          "referred", "supported", "took", "is worried about", "has been staying with", "fell out with",
          "was seen by", "is living with", "went to see", "was shouting at", "reported", "is looking after",
          "hasn't heard from", "needs to call", "was with", "caught up with", "messaged", "argued with", "told",
          "asked", "rang", "is seeing", "bumped into", "is staying with", "went round to", "would hate to lose",
          "misses", "is proud of", "looks after", "is frightened of", "still talks about", "trusts"]
C_OBJ = ["{first}", "{full}", "{first} and {first}", "{first}'s {rel}", "{ph}", "the {rel}", "{first} {last}",
         "{first}", "{first}", "{nick}", "baby {first}", "{formal}", "her {rel} {first}", "{first} ({age})",
         "{first}, {first} and {first}", "{first} n {first}", "@{first}", "the {last} family", "the {lastpl}",
         "the {last} children", "the {last} twins", "the {lastpl}' eldest"]
C_PP = ["at {school}", "in {area}", "at {street}", "on {date}", "after {first} called", "", "", "with {first}",
        "from {la}", "at {carehome}", "in {town}", "at {hospital}", "outside {gp}", "near {street} in {town}",
        "on {platform}", "before {body} arrived", "at {nursery}", "in {ward}", "on {island}", "after court at {court}",
        "up in {place}", "over in {place}", "down at {place}", "out at {village}", "round {area}", "near {village}",
        "outside {village}", "on the {area} estate", "in {village}, {region}", "off {street}", "in {abroad}",
        "on the way back from {place}", "somewhere {town} way", "at her nan's in {area}", "for {first}"]
C_END = [".", ".", ".", "", "!", " again.", " today.", " last night.", " x", " - any advice?", " tbh.", " yesterday."]
C_PARTS = {"subj": C_SUBJ, "verb": C_VERB, "obj": C_OBJ, "pp": C_PP, "end": C_END}


def compose(rng, parts):
    """One sentence from the grammar; ``parts`` is C_PARTS restricted to one side of the template split."""
    tpl = " ".join(rng.choice(parts[k]) for k in ("subj", "verb", "obj", "pp")).rstrip()
    tpl += rng.choice(parts["end"])
    return tpl[0].upper() + tpl[1:] if rng.random() < 0.6 else tpl


def split_side(items, held_out):
    """The items on one side of the template split (a hash of each item, as for names and places).

    A template that is one bare slot ("{wordname}") has no sentence shape to hold out: it is on both sides.
    """
    return [x for x in items if is_held_out(x) == held_out or re.fullmatch(r"\{\w+\}", x)]


# --------------------------------------------------------------------------
def recase(text, case):
    """Change case letter by letter, keeping any letter whose changed form is longer (offsets stay valid)."""
    return "".join(case(c) if len(case(c)) == 1 else c for c in text)


def dictate(text):
    """Punctuation as a voice note's transcript spells it out ("he was out full stop she said")."""
    text = re.sub(r"[.!](\s+|$)", lambda m: " full stop" + (" " if m.group(1) else ""), text)
    text = re.sub(r",\s*", " comma ", text)
    text = re.sub(r"\?(\s+|$)", lambda m: " question mark" + (" " if m.group(1) else ""), text)
    return text.replace("\n", " ")


# the lists above join their words with "_"; vocab.Vocab turns them back into spaces
GENERATOR_PLACES = {"town": TOWNS, "village": VILLAGES, "area": AREAS, "island": ISLANDS, "region": REGIONS}


class Filler:
    """Draws slot values from one side of the vocabulary split (vocab.Vocab)."""

    def __init__(self, rng, vocab, bodies, platforms):
        self.rng = rng
        self.v = vocab
        self.bodies = bodies
        self.platforms = platforms

    def _from_groups(self, groups, group=None):
        """A uniform draw inside an origin group, the group drawn by weight (rare names get their turn)."""
        names = groups.get(group, ([], 0))[0]
        while not names:
            group = self.rng.choices(list(groups), [w for _, w in groups.values()])[0]
            names = groups[group][0]
        return self.rng.choice(names)

    def first(self):
        if self.rng.random() < 0.03:  # Lacey-Mae, Tommy-Lee
            uk = {g: self.v.first[g] for g in ("uk", "celtic", "diminutive")}
            return f"{self._from_groups(uk)}-{self._from_groups(uk)}"
        return self._from_groups(self.v.first)

    def last(self, group=None):
        if self.rng.random() < 0.015 and self.v.patronymics:
            return self.rng.choice(self.v.patronymics)
        return self._from_groups(self.v.last, group)

    def pair(self):
        """First name and surname of one origin (Agnieszka Kowalska, Tunde Okafor), most of the time."""
        group = self.rng.choices(list(self.v.first), [w for _, w in self.v.first.values()])[0]
        first = self._from_groups(self.v.first, group)
        same = group if group in self.v.last and self.rng.random() < 0.8 else None
        return first, self.last(same)

    def full(self):
        r = self.rng.random()
        title = self.rng.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr", "Mrs"])
        first, last = self.pair()
        if r < 0.08:
            return f"{first} {self.first()} {last}"
        if r < 0.16:
            return f"{title} {last}"
        if r < 0.24:
            return f"{title} {first} {last}"
        if r < 0.28:
            return f"{first[0]}. {last}"
        if r < 0.31:
            return f"{title} {first[0]}.{self.first()[0]}. {last}"
        if r < 0.33:
            return f"{first} {last}-{self.last()}"
        if r < 0.36:
            return last
        return f"{first} {last}"

    def formal_name(self):
        """Names as court reports and minutes write them (titles, initials, names from many countries)."""
        first, last = self.pair()
        title = self.rng.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr", "Mrs", "Sheriff", "Judge", "Professor"])
        r = self.rng.random()
        if r < 0.3:
            return f"{title} {first} {last}"
        if r < 0.5:
            return f"{title} {first[0]}. {last}"
        if r < 0.6:
            return f"{title} {last}"
        if r < 0.7:
            return f"{first} {self.first()} {last}"
        return f"{first} {last}"

    def reversed_name(self):
        """Surname first, as record systems and e-mail subject lines write it (MCKENZIE, Ryan)."""
        first, last = self.pair()
        return self.rng.choice([f"{last.upper()}, {first}", f"{last}, {first}", f"{last.upper()} {first}",
                                f"{first} {last.upper()}"])

    def nick(self):
        """A name with the prefix people say as part of it (wee Kayden, Big Stevie), or a street nickname."""
        if self.rng.random() < 0.2 and self.v.street_nicknames:
            return self.rng.choice(self.v.street_nicknames)
        return f"{self.rng.choice(PREFIX_NICK)} {self.first()}"

    def last_plural(self):
        """A family by its surname: the Kowalskis, the Joneses."""
        last = self.last()
        return last + ("es" if last.endswith(("s", "x", "z", "sh", "ch")) else "s")

    def initials(self):
        a, b = self.rng.choice(PH_LETTERS), self.rng.choice(PH_LETTERS)
        return self.rng.choice([f"{a}{b}", f"{a}{b}", f"{a}.{b}.", f"{a}.{b}"])

    # ------------------------------------------------------------ places
    def town(self):
        return self.rng.choice(self.v.places["village" if self.rng.random() < 0.15 else "town"])

    def village(self):
        return self.rng.choice(self.v.places["village"])

    def area(self):
        return self.rng.choice(self.v.places["area"])

    def island(self):
        return self.rng.choice(self.v.places["island"])

    def region(self):
        name = self.rng.choice(self.v.places["region"])
        return name, "LOC" if name.startswith("the ") else "GPE"

    def abroad(self):
        return self.rng.choice(self.v.abroad)

    def street(self):
        if self.rng.random() < 0.1:
            return self.rng.choice(self.v.places["street_area"])  # Falls Road, Leith Walk
        base = self.rng.choice([self.last, self.area, self.village,
                                lambda: self.rng.choice(self.v.street_words)])()
        return f"{base} {self.rng.choice(STREET_TYPES)}"

    def place(self):
        """Any kind of place, with its OntoNotes label (GPE town/village/area, LOC island/region, FAC street)."""
        kind = self.rng.choices(["town", "village", "area", "region", "island", "street"], [30, 25, 25, 8, 4, 8])[0]
        value = getattr(self, kind)()
        if isinstance(value, tuple):
            return value
        return value, {"island": "LOC", "street": "FAC"}.get(kind, "GPE")

    # ------------------------------------------------------------ institutions
    def school(self):
        t = self.rng.choice([self.town, self.area, self.last])()
        return self.rng.choice([
            f"{t} Primary", f"{t} Primary School", f"{t} High School", f"{t} High", f"{t} Academy",
            f"St {self.rng.choice(SAINTS)}'s Primary", f"St {self.rng.choice(SAINTS)}'s RC High",
            f"{t} Secondary", f"{t} Community School", f"{t} College", f"{self.rng.choice(TREES)} Park School",
            f"{t} Grammar", f"{t} Pupil Referral Unit", f"{t} PRU", f"{t} Learning Centre", f"{t} Infant School",
            f"{t} Juniors"])

    def nursery(self):
        t = self.rng.choice([self.town, self.area])()
        return self.rng.choice([f"{t} Nursery", f"{t} Early Years Centre", f"{t} Family Centre",
                                f"{self.rng.choice(TREES)} Tree Nursery", f"{t} Children's Centre"])

    def carehome(self):
        t = self.rng.choice([self.town, self.area, self.last])()
        tr = self.rng.choice(TREES)
        return self.rng.choice([f"{tr} House", f"{tr} Lodge", f"{t} House", f"{tr} Court care home",
                                f"{t} Care Home", f"{tr}bank Care Home", f"{t} Children's House",
                                f"{tr} View residential unit", f"{t} Nursing Home", f"{tr} Gardens"])

    def hospital(self):
        if self.rng.random() < 0.35:
            return self.rng.choice(HOSPITALS_REAL)
        t = self.town()
        return self.rng.choice([f"{t} General", f"{t} Royal Infirmary", f"{t} Community Hospital",
                                f"{t} General Hospital", f"{t} University Hospital", f"{t} Royal"])

    def ward(self):
        return self.rng.choice(WARDS)

    def gp(self):
        t = self.rng.choice([self.town, self.area, self.last])()
        return self.rng.choice([f"{t} Medical Practice", f"{t} Health Centre", f"{t} Surgery",
                                f"{t} Medical Centre", f"{t} GP practice"])

    def prison(self):
        return self.rng.choice(PRISONS)

    def court(self):
        t = self.town()
        return self.rng.choice([f"{t} Sheriff Court", f"{t} Family Court", f"{t} Crown Court",
                                f"{t} Magistrates' Court", f"{t} Youth Court", f"{t} County Court",
                                f"{t} Children's Hearing"])

    def la(self):
        t = self.rng.choice([self.town, lambda: self.region()[0].replace("the ", "")])()
        return self.rng.choice([f"{t} Council", f"{t} City Council", f"{t} HSCP", f"{t} County Council",
                                f"{t} Borough Council", f"{t} children's services", f"the {t} CP team",
                                f"{t} social work"])

    def date(self):
        r = self.rng.random()
        d = self.rng.randint(1, 28)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        m = self.rng.choice(months)
        if r < 0.2:
            return f"{d} {m}"
        if r < 0.35:
            suf = "th" if 4 <= d <= 20 or d % 10 > 3 or d % 10 == 0 else {1: "st", 2: "nd", 3: "rd"}[d % 10]
            return f"{d}{suf} {m}"
        if r < 0.5:
            return f"{d:02d}/{self.rng.randint(1, 12):02d}"
        if r < 0.6:
            return f"{d:02d}/{self.rng.randint(1, 12):02d}/{self.rng.randint(2015, 2025)}"
        if r < 0.7:
            return f"{d} {m} {self.rng.randint(2010, 2025)}"
        if r < 0.85:
            return self.rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                    "Sunday", "next Tuesday", "last Friday", "next week", "Friday 14th"])
        return f"{m} {self.rng.randint(2012, 2025)}"

    def age(self):
        """An age as OntoNotes tags it (DATE): in figures, and in words as prose writes small numbers."""
        n = self.rng.randint(1, 17) if self.rng.random() < 0.8 else self.rng.randint(18, 95)
        if n < len(NUMBER_WORDS) and self.rng.random() < 0.3:
            w = NUMBER_WORDS[n]
            return self.rng.choice([w, w, f"aged {w}", f"{w} years old", f"{w}-year-old"])
        return self.rng.choice([str(n), str(n), f"aged {n}", f"{n}yo", f"{n} year{'s' if n > 1 else ''} old"])

    def norp(self):
        return self.rng.choice(NORPS)

    def placeholder(self):
        L = self.rng.choice(PH_LETTERS)
        n = self.rng.randint(1, 4)
        return self.rng.choice([f"Child {L}", f"Mrs {L}", f"Mr {L}", f"Ms {L}", f"Person {L}",
                                f"Service User {n}", f"Service User {L}", f"SU{n}", f"Young Person {L}",
                                f"Parent {L}", f"Mother {L}", f"Father {L}", f"Baby {L}", f"Family {L}",
                                f"Client {L}", f"Adult {L}", f"Carer {n}", f"Child {L}{n}", f"YP{n}",
                                f"Child {n}", f"Sibling {L}", f"Mum {L}", f"Dad {L}", f"Miss {L}",
                                f"Person {n}", "[name]", "[child]", "Child X", "Mrs X", f"YP {L}",
                                f"Boy {L}", f"Girl {L}", f"Mum ({L})", f"Child {n}{L}", "[child's name]"])

    def citation(self):
        a, b = self.rng.choice(RESEARCHERS), self.rng.choice(RESEARCHERS)
        y = self.rng.randint(1950, 2024)
        return self.rng.choice([f"{a} ({y})", f"{a} and {b} ({y})", f"{a} et al. ({y})", f"{a} & {b} ({y})",
                                f"({a}, {y})", f"({a} et al., {y})", f"({a} and {b}, {y})", f"{a} ({y}, p. {y % 90 + 3})",
                                f"{a} et al ({y})", f"{a}", f"{a}'s ({y})", f"{a}, {y}", f"{a} {y}"])

    def body(self):
        return self.rng.choice(self.bodies)

    def platform(self):
        return self.rng.choice(self.platforms)

    def byline(self):
        return f"{self.first()} {self.last()}"


# slot -> (method, label); label "NEG" = look-alike; a method returning (value, label) chooses its own label
SLOTS = {
    "first": ("first", "PERSON"), "last": ("last", "PERSON"), "full": ("full", "PERSON"),
    "formal": ("formal_name", "PERSON"), "rev": ("reversed_name", "PERSON"), "nick": ("nick", "PERSON"),
    "lastpl": ("last_plural", "PERSON"),
    "town": ("town", "GPE"), "village": ("village", "GPE"), "area": ("area", "GPE"), "abroad": ("abroad", "GPE"),
    "street": ("street", "FAC"), "island": ("island", "LOC"), "region": ("region", None), "place": ("place", None),
    "school": ("school", "ORG"), "nursery": ("nursery", "ORG"),
    "carehome": ("carehome", "ORG"), "hospital": ("hospital", "ORG"), "ward": ("ward", "ORG"),
    "gp": ("gp", "ORG"), "prison": ("prison", "ORG"), "court": ("court", "ORG"), "la": ("la", "ORG"),
    "date": ("date", "DATE"), "age": ("age", "DATE"), "norp": ("norp", "NORP"),
    "ph": ("placeholder", "NEG"), "cite": ("citation", "NEG"), "body": ("body", "NEG"),
    "platform": ("platform", "NEG"), "byline": ("byline", "NEG"),
}
INFORMAL = [(r"\byou\b", "u"), (r"\bare\b", "r"), (r"\bwith\b", "w/"), (r"\bbecause\b", "cos"),
            (r"\bdon't\b", "dont"), (r"\bI'm\b", "im"), (r"\bcan't\b", "cant"), (r"\band\b", "&"),
            (r"\bgoing to\b", "gonna"), (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"),
            (r"\bit's\b", "its"), (r"\bwasn't\b", "wasnt"), (r"\btomorrow\b", "tmrw"), (r"\bpeople\b", "ppl"),
            (r"\babout\b", "abt"), (r"\bthough\b", "tho"), (r"\bsomething\b", "smth")]


# split -> (names and places from the held-out side of vocab.is_held_out?, held-out templates?)
SPLITS = {"train": (False, False), "heldout": (False, True), "heldout-disjoint": (True, True)}


class Resources:
    """Everything the generator draws from, built once: both sides of the vocabulary and the look-alike lists."""

    def __init__(self):
        self.vocab = {side: Vocab(side, GENERATOR_PLACES) for side in (False, True)}
        # a shipped look-alike that is also a name or a place (Alexa, Paris) is never taught as outside
        clash = {w for v in self.vocab.values() for pool in v.words().values() for w in pool}
        self.bodies = PUBLIC_BODIES + look_alikes("public_bodies.txt", clash)
        self.platforms = PLATFORMS + look_alikes("platforms.txt", clash)


class Generator:
    def __init__(self, seed, split, res):
        disjoint_vocab, held_templates = SPLITS[split]
        self.rng = random.Random(f"{seed}-{split}")
        self.fill = Filler(self.rng, res.vocab[disjoint_vocab], res.bodies, res.platforms)
        # the disjoint split is the selection set: proper case, no typos (the trainer lower-cases it itself)
        self.proper_case_only = disjoint_vocab
        self.templates = {g: split_side(ts, held_templates) for g, ts in T.items()}
        self.context = {g: split_side(ts, held_templates) for g, ts in T_CONTEXT.items()}
        self.parts = {k: split_side(v, held_templates) for k, v in C_PARTS.items()}
        self.word_names = split_side(WORD_NAME_SENTENCES, held_templates)
        empty = [k for d in (self.templates, self.context, self.parts) for k, v in d.items() if not v]
        assert not empty, f"no {split} templates for {empty}: add templates there"

    def value(self, slot):
        if slot == "rel":
            return self.rng.choice(REL), None
        if slot == "role":
            return self.rng.choice(ROLE), None
        if slot == "wordname":
            return self.rng.choice(self.word_names), "WORDNAME"
        if slot == "first" and self.rng.random() < 0.05:
            return self.fill.initials(), "PERSON"
        meth, label = SLOTS[slot]
        val = getattr(self.fill, meth)()
        return val if isinstance(val, tuple) else (val, label)

    def typo(self, word):
        if len(word) < 4 or not word.isalpha():
            return word
        i = self.rng.randrange(len(word) - 1)
        r = self.rng.random()
        if r < 0.5:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if r < 0.8:
            return word[:i] + word[i + 1:]
        return word[:i] + word[i] + word[i:]

    def literal(self, text, informal, typo_p):
        if informal:
            for pat, rep in INFORMAL:
                if self.rng.random() < 0.5:
                    text = re.sub(pat, rep, text)
        if typo_p:
            text = re.sub(r"[A-Za-z]+", lambda m: self.typo(m.group()) if self.rng.random() < typo_p else m.group(), text)
        return text

    def separator(self, genre):
        """What comes between two sentences: chat runs on or breaks lines; prose also leaves blank lines.

        Posts, e-mails and blogs are written in paragraphs, and spaCy's tokenizer keeps "\n\n" as a token of its
        own, so the model must see names and places right after a blank line, not only after a space.
        """
        r = self.rng.random()
        if genre == "chat":
            return " " if r < 0.7 else "\n" if r < 0.95 else "\n\n"
        return " " if r < 0.45 else "\n\n" if r < 0.8 else "\n" if r < 0.95 else "\n\n\n"

    def heading(self, genre):
        """A section heading line that blog posts, reflective logs and reports start paragraphs with."""
        if genre in ("blog", "reflective-log", "report", "forum") and self.rng.random() < 0.12:
            return self.rng.choice(HEADINGS) + self.rng.choice(["\n\n", "\n"])
        return ""

    def render(self, templates, style, informal, typo_p, genre="chat"):
        pieces = []  # (text, label)
        for k, tpl in enumerate(templates):
            if k:
                pieces.append((self.separator(genre) + self.heading(genre), None, None))
            pos = 0
            for m in re.finditer(r"\{(\w+)\}", tpl):
                pieces.append((self.literal(tpl[pos:m.start()], informal, typo_p), None, None))
                val, label = self.value(m.group(1))
                if label == "WORDNAME":  # "[Hope] this helps." -> the bracketed word is a look-alike
                    for part in re.split(r"(\[[^\]]+\])", val):
                        if part.startswith("["):
                            pieces.append((part[1:-1], "NEG", "wordname"))
                        elif part:
                            pieces.append((self.literal(part, informal, typo_p), None, None))
                    pos = m.end()
                    continue
                if label == "PERSON" and self.rng.random() < typo_p * 0.5:
                    val = self.typo(val)
                pieces.append((val, label, m.group(1)))
                pos = m.end()
            pieces.append((self.literal(tpl[pos:], informal, typo_p), None, None))
        text, ents, neg = "", [], []
        for val, label, kind in pieces:
            if style in ("lower", "dictated") or (style == "names-lower" and label == "PERSON"):
                val = recase(val, str.lower)
            elif style == "upper":
                val = recase(val, str.upper)
            elif style == "no-caps-start" and label is None:
                val = val[:1].lower() + val[1:]
            if style == "dictated" and label is None:
                val = dictate(val)
            start = len(text)
            text += val
            if label == "NEG":
                neg.append([start, len(text), kind])
            elif label:
                # spans never include surrounding whitespace or trailing punctuation
                s, e = start, len(text)
                while e > s and text[e - 1] in " .,": e -= 1
                ents.append([s, e, label])
        # "{first} {last}" is one name, not two
        merged = []
        for s_, e_, lab in ents:
            if merged and lab == "PERSON" and merged[-1][2] == "PERSON" and text[merged[-1][1]:s_] == " ":
                merged[-1][1] = e_
            else:
                merged.append([s_, e_, lab])
        ents = merged
        if style == "lower" and self.rng.random() < 0.3:
            text = text.rstrip(".")
        return text, ents, neg

    def sentence(self, genre):
        r = self.rng.random()
        if r < COMPOSE_SHARE:
            return compose(self.rng, self.parts)
        return self.rng.choice(self.context[genre] if r < COMPOSE_SHARE + CONTEXT_SHARE else self.templates[genre])

    def style(self, genre, chatty):
        """How the whole text is cased: chat is mostly lower case; some posts shout; some notes are dictated."""
        r = self.rng.random()
        if chatty:
            return ("lower" if r < 0.42 else "names-lower" if r < 0.56 else "no-caps-start" if r < 0.66
                    else "upper" if r < 0.7 else "normal")
        if genre in ("reflective-log", "case-note") and r < 0.06:
            return "dictated"
        return "lower" if r < 0.3 else "names-lower" if r < 0.4 else "normal"

    def example(self):
        genre = self.rng.choices(list(GENRE_WEIGHTS), list(GENRE_WEIGHTS.values()))[0]
        lo, hi = GENRE_SENTS[genre]
        tpls = [self.sentence(genre) for _ in range(self.rng.randint(lo, hi))]
        chatty = genre in ("chat", "closed-group", "forum")
        style = "normal" if self.proper_case_only else self.style(genre, chatty)
        informal = chatty and self.rng.random() < 0.5
        typo_p = 0.03 if self.rng.random() < 0.3 and not self.proper_case_only else 0.0
        text, ents, neg = self.render(tpls, style, informal, typo_p, genre)
        return {"text": text, "ents": ents, "neg": neg, "genre": genre, "style": style}


def general_sentences(n, seed):
    rng = random.Random(f"{seed}-general")
    fakers = [Faker(l) for l in ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "en_IN", "pl_PL")]
    for i, f in enumerate(fakers):
        f.seed_instance(seed + i)
    countries = ["France", "Germany", "Japan", "China", "India", "Brazil", "Canada", "Australia", "Spain",
                 "Italy", "Poland", "Nigeria", "Kenya", "Mexico", "Ireland", "Sweden", "Norway", "Egypt"]
    norps = ["French", "German", "Japanese", "Chinese", "Indian", "Brazilian", "Canadian", "Australian",
             "Spanish", "Italian", "Polish", "American", "British", "Russian", "Korean"]
    cities = ["Paris", "Berlin", "Tokyo", "New York", "Chicago", "Madrid", "Rome", "Warsaw", "Mumbai",
              "Sydney", "Toronto", "London", "Manchester", "Dublin", "Lagos", "Nairobi", "Cairo", "Boston"]
    out = []
    for _ in range(n):
        f = rng.choice(fakers)
        vals = {"gname": f.name(), "gname2": rng.choice(fakers).name(), "gcompany": f.company(),
                "gcity": rng.choice(cities), "gcity2": rng.choice(cities), "gcountry": rng.choice(countries),
                "gnorp": rng.choice(norps), "gnum": str(rng.randint(2, 99)), "gyear": str(rng.randint(1950, 2024)),
                "gdate": f"{rng.randint(1, 28)} {f.month_name()}" if f is fakers[0] else rng.choice(["Monday", "Tuesday", "Friday"])}
        k = rng.randint(1, 3)
        text = " ".join(rng.choice(GENERAL).format(**vals) for _ in range(k))
        out.append({"text": text, "ents": [], "neg": [], "genre": "general", "style": "normal"})
    return out


def generate(n, seed, split, res):
    g = Generator(seed, split, res)
    return [g.example() for _ in range(n)]


def variety(res):
    """Distinct first names, surnames, places and templates on each side of the split (printed by main)."""
    lines = []
    for split, (disjoint, held) in SPLITS.items():
        n_tpl = len({t for bank in (T, T_CONTEXT) for ts in bank.values() for t in split_side(ts, held)})
        sizes = ", ".join(f"{v} {k}" for k, v in res.vocab[disjoint].sizes().items())
        lines.append(f"  {split}: {n_tpl} templates; {sizes}")
    return "\n".join(lines)


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--n-train", type=int, default=16000)
    ap.add_argument("--n-heldout", type=int, default=1600)
    ap.add_argument("--n-disjoint", type=int, default=1600, help="held-out examples with unseen names and places")
    ap.add_argument("--n-general", type=int, default=3000)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    res = Resources()
    for split, n in (("train", a.n_train), ("heldout", a.n_heldout), ("heldout-disjoint", a.n_disjoint)):
        write(os.path.join(a.outdir, f"{split}.jsonl"), generate(n, a.seed, split, res))
    write(os.path.join(a.outdir, "general.jsonl"), general_sentences(a.n_general, a.seed))
    print(f"wrote {a.n_train} train, {a.n_heldout} held-out, {a.n_disjoint} disjoint held-out and "
          f"{a.n_general} general examples to {a.outdir}\n{variety(res)}")


if __name__ == "__main__":
    main()
