#!/usr/bin/env python3
"""Generate annotated training text the way UK social-care practitioners write.

    python models/training/generate.py OUTDIR [--seed 13] [--n-train 16000] [--n-heldout 1600] [--n-general 3000]

writes OUTDIR/train.jsonl, OUTDIR/heldout.jsonl and OUTDIR/general.jsonl (never
into the repository).  Each line is

    {"text": ..., "ents": [[start, end, LABEL], ...], "neg": [[start, end, KIND], ...],
     "genre": ..., "style": ...}

with spaCy's OntoNotes labels (PERSON, GPE, LOC, FAC, ORG, DATE, NORP) for the
things a case discussion must not reveal, and ``neg`` for look-alikes that must
NOT be tagged at all (citations of researchers, placeholders such as Child J /
Mrs K / Person A / Service User 1, national public bodies discussed in general,
platforms, bylines).  ``general.jsonl`` holds plain news-like sentences with no
annotation: the trainer labels them with the base model (rehearsal).

Genres: chat, closed-group, forum, blog, case-note, email, reflective-log.
Variants: original casing, whole text lower-cased (chat), names only
lower-cased, informal spellings (u, w/, cos, tbh...), keyboard typos.

Data: person names, street names, postcodes and company names come from
Faker's providers (MIT licence; en_GB mostly, plus en_IE, pl_PL, ro_RO, tr_TR,
en_IN, ... for the UK's mix of names).  Real UK place names, institution
patterns, public bodies, researchers and placeholders are short factual lists
written for this file.  The held-out split uses templates the training split
never sees (every 7th template of each genre), with other random draws.
"""
import argparse
import json
import os
import random
import re

from faker import Faker

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
STREET_TYPES = ["Road", "Street", "Avenue", "Drive", "Crescent", "Court", "Gardens", "Place", "Terrace",
                "Lane", "Way", "Close", "View", "Grove", "Rd", "St", "Ave"]
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
NICKNAMES = ["Jamie", "Kayleigh", "Tyler", "Charlie", "Lexi", "Ellie", "Liam", "Kai", "Alfie", "Rhys",
             "Callum", "Shannon", "Demi", "Jordan", "Bailey", "Ryan", "Chantelle", "Brandon", "Kyle",
             "Leighton", "Mackenzie", "Skye", "Paige", "Jade", "Courtney", "Reece", "Declan", "Ciara",
             "Niamh", "Aoife", "Siobhan", "Eilidh", "Iona", "Kirsty", "Ewan", "Fraser", "Lewis", "Finlay",
             "Harris", "Cameron", "Logan", "Rory", "Archie", "Freya", "Isla", "Ava", "Mia", "Lily",
             "Maisie", "Poppy", "Ruby", "Evie", "Millie", "Tia", "Leon", "Jayden", "Kacey", "Tayla",
             "Stacey", "Tracy", "Shaz", "Gaz", "Dazza", "Tam", "Wee Tam", "Big Davie", "Rab", "Shug",
             "Mo", "Aisha", "Ayesha", "Zara", "Amir", "Bilal", "Hamza", "Imran", "Priya", "Sunita",
             "Oliwia", "Kacper", "Jakub", "Zuzanna", "Andrei", "Ionut", "Bogdan", "Daria", "Yusuf",
             "Ahmed", "Fatima", "Mariam", "Kofi", "Abena", "Chidi", "Tunde", "Grace", "Hope", "Will",
             "Frank", "Faith", "Rose", "Summer", "Sunny", "Joy", "Dawn", "Mark", "Bill", "Pat", "Sue"]
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
    "wee {first} ({age}) is staying with her {rel} in {area} for now",
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
          "the school", "{ph}", "mum", "{first} {last}", "{first} and {first}", "dad {first}"]
C_VERB = ["met", "visited", "phoned", "spoke to", "saw", "picked up", "dropped off", "texted", "emailed", "chased",
          "referred", "supported", "took", "is worried about", "has been staying with", "fell out with",
          "was seen by", "is living with", "went to see", "was shouting at", "reported", "is looking after",
          "hasn't heard from", "needs to call", "was with", "caught up with", "messaged", "argued with"]
C_OBJ = ["{first}", "{full}", "{first} and {first}", "{first}'s {rel}", "{ph}", "the {rel}", "{first} {last}",
         "{first}", "{first}", "wee {first}", "baby {first}", "{formal}", "her {rel} {first}", "{first} ({age})"]
C_PP = ["at {school}", "in {area}", "at {street}", "on {date}", "after {first} called", "", "", "with {first}",
        "from {la}", "at {carehome}", "in {town}", "at {hospital}", "outside {gp}", "near {street} in {town}",
        "on {platform}", "before {body} arrived", "at {nursery}", "in {ward}", "on {island}", "after court at {court}"]
C_END = [".", ".", ".", "", "!", " again.", " today.", " last night.", " x", " - any advice?", " tbh.", " yesterday."]


def compose(rng):
    tpl = f"{rng.choice(C_SUBJ)} {rng.choice(C_VERB)} {rng.choice(C_OBJ)} {rng.choice(C_PP)}".rstrip()
    tpl += rng.choice(C_END)
    return tpl[0].upper() + tpl[1:] if rng.random() < 0.6 else tpl

# --------------------------------------------------------------------------
FAKE_LOCALES = [("en_GB", 45), ("en_IE", 6), ("pl_PL", 5), ("ro_RO", 3), ("en_IN", 6), ("tr_TR", 3),
                ("en_US", 14), ("en_AU", 3), ("en_CA", 3), ("en_NZ", 2), ("fr_FR", 2), ("de_DE", 2), ("it_IT", 2), ("es_ES", 2), ("pt_PT", 2),
                ("sv_SE", 1), ("da_DK", 1), ("fi_FI", 1), ("nl_NL", 1), ("lt_LT", 1)]


def _u(x):
    return x.replace("_", " ")


class Filler:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fakers = {}
        for i, (loc, _) in enumerate(FAKE_LOCALES):
            f = Faker(loc)
            f.seed_instance(seed * 100 + i)
            self.fakers[loc] = f
        self.locs = [l for l, _ in FAKE_LOCALES]
        self.wts = [w for _, w in FAKE_LOCALES]
        self.gb = self.fakers["en_GB"]

    def faker(self):
        return self.fakers[self.rng.choices(self.locs, self.wts)[0]]

    def first(self):
        r = self.rng.random()
        if r < 0.25:
            return self.rng.choice(NICKNAMES)
        f = self.faker()
        try:
            return f.first_name()
        except AttributeError:
            return self.gb.first_name()

    def last(self):
        f = self.faker()
        return f.last_name()

    def full(self):
        r = self.rng.random()
        title = self.rng.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr", "Mrs"])
        if r < 0.08:
            return f"{self.first()} {self.first()} {self.last()}"
        if r < 0.16:
            return f"{title} {self.last()}"
        if r < 0.24:
            return f"{title} {self.first()} {self.last()}"
        if r < 0.28:
            return f"{self.first()[0]}. {self.last()}"
        if r < 0.31:
            return f"{title} {self.first()[0]}.{self.first()[0]}. {self.last()}"
        if r < 0.33:
            return f"{self.first()}-{self.first()} {self.last()}"
        if r < 0.35:
            return f"{self.first()} {self.last()}-{self.last()}"
        if r < 0.38:
            return f"{self.last()}"
        return f"{self.first()} {self.last()}"

    def formal_name(self):
        """Names as court reports and minutes write them (titles, initials, names from many countries)."""
        f = self.fakers[self.rng.choice(["en_GB", "en_GB", "tr_TR", "pl_PL", "sv_SE", "da_DK", "fi_FI", "de_DE",
                                         "fr_FR", "it_IT", "ro_RO", "en_IE", "nl_NL", "pt_PT", "lt_LT", "en_IN"])]
        first, last = f.first_name(), f.last_name()
        title = self.rng.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr", "Mrs", "Sheriff", "Judge", "Professor"])
        r = self.rng.random()
        if r < 0.3:
            return f"{title} {first} {last}"
        if r < 0.5:
            return f"{title} {first[0]}. {last}"
        if r < 0.6:
            return f"{title} {last}"
        if r < 0.7:
            return f"{first} {f.first_name()} {last}"
        return f"{first} {last}"

    def initials(self):
        return self.rng.choice(PH_LETTERS) + self.rng.choice(PH_LETTERS)

    def town(self):
        r = self.rng.random()
        if r < 0.08:
            return self.gb.city()  # invented but English-looking town names
        if r < 0.14:
            return self.gb.county()
        if r < 0.22:
            return _u(self.rng.choice(VILLAGES))
        return _u(self.rng.choice(TOWNS))

    def area(self):
        return _u(self.rng.choice(AREAS))

    def street(self):
        r = self.rng.random()
        if r < 0.5:
            base = self.gb.last_name() if self.rng.random() < 0.5 else self.rng.choice(TREES + SAINTS + [_u(a) for a in AREAS[:40]])
            return f"{base} {self.rng.choice(STREET_TYPES)}"
        return self.gb.street_name()

    def school(self):
        t = self.rng.choice([self.town, self.area, self.gb.last_name])()
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
        t = self.rng.choice([self.town, self.area, self.gb.last_name])()
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
        t = self.rng.choice([self.town, self.area, self.gb.last_name])()
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
        t = self.rng.choice([self.town, lambda: _u(self.rng.choice(REGIONS)).replace("the ", "")])()
        return self.rng.choice([f"{t} Council", f"{t} City Council", f"{t} HSCP", f"{t} County Council",
                                f"{t} Borough Council", f"{t} children's services", f"the {t} CP team",
                                f"{t} social work"])

    def date(self):
        g = self.gb
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
        n = self.rng.randint(1, 17) if self.rng.random() < 0.8 else self.rng.randint(18, 95)
        return self.rng.choice([str(n), str(n), f"aged {n}", f"{n}yo", f"{n} years old"])

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
                                f"Person {n}", f"[name]", f"[child]", f"Child X", f"Mrs X"])

    def citation(self):
        a, b = self.rng.choice(RESEARCHERS), self.rng.choice(RESEARCHERS)
        y = self.rng.randint(1950, 2024)
        return self.rng.choice([f"{a} ({y})", f"{a} and {b} ({y})", f"{a} et al. ({y})", f"{a} & {b} ({y})",
                                f"({a}, {y})", f"({a} et al., {y})", f"({a} and {b}, {y})", f"{a} ({y}, p. {y % 90 + 3})",
                                f"{a} et al ({y})", f"{a}"])

    def body(self):
        return self.rng.choice(PUBLIC_BODIES)

    def platform(self):
        return self.rng.choice(PLATFORMS)

    def byline(self):
        return f"{self.first()} {self.last()}"


# slot -> (method, label); label "NEG" = look-alike, None = plain text
SLOTS = {
    "first": ("first", "PERSON"), "last": ("last", "PERSON"), "full": ("full", "PERSON"),
    "formal": ("formal_name", "PERSON"),
    "town": ("town", "GPE"), "area": ("area", "GPE"), "street": ("street", "FAC"),
    "island": ("island", "LOC"), "school": ("school", "ORG"), "nursery": ("nursery", "ORG"),
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


class Generator:
    def __init__(self, seed, split):
        self.rng = random.Random(f"{seed}-{split}")
        self.fill = Filler(self.rng, seed if split == "train" else seed + 7919)
        self.split = split
        self.templates = {}
        for g, ts in T.items():
            keep = [t for i, t in enumerate(ts) if (i % 7 == 3) == (split == "heldout")]
            self.templates[g] = keep

    def island(self):
        return _u(self.rng.choice(ISLANDS))

    def value(self, slot):
        if slot == "island":
            return self.island(), "LOC"
        if slot == "rel":
            return self.rng.choice(REL), None
        if slot == "role":
            return self.rng.choice(ROLE), None
        if slot == "wordname":
            return self.rng.choice(WORD_NAME_SENTENCES), "WORDNAME"
        if slot == "first" and self.rng.random() < 0.05:
            return self.fill.initials(), "PERSON"
        meth, label = SLOTS[slot]
        return getattr(self.fill, meth)(), label

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

    def render(self, templates, style, informal, typo_p):
        pieces = []  # (text, label)
        for k, tpl in enumerate(templates):
            if k:
                pieces.append(("\n" if self.rng.random() < 0.25 else " ", None, None))
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
            if style == "lower" or (style == "names-lower" and label == "PERSON"):
                val = "".join(c.lower() if len(c.lower()) == 1 else c for c in val)
            elif style == "no-caps-start" and label is None:
                val = val[:1].lower() + val[1:]
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

    def example(self):
        genre = self.rng.choices(list(GENRE_WEIGHTS), list(GENRE_WEIGHTS.values()))[0]
        lo, hi = GENRE_SENTS[genre]
        tpls = [compose(self.rng) if self.rng.random() < 0.3 else self.rng.choice(self.templates[genre])
                for _ in range(self.rng.randint(lo, hi))]
        r = self.rng.random()
        chatty = genre in ("chat", "closed-group", "forum")
        if chatty:
            style = "lower" if r < 0.45 else "names-lower" if r < 0.6 else "no-caps-start" if r < 0.7 else "normal"
        else:
            style = "lower" if r < 0.3 else "names-lower" if r < 0.4 else "normal"
        informal = chatty and self.rng.random() < 0.5
        typo_p = 0.03 if self.rng.random() < 0.3 else 0.0
        text, ents, neg = self.render(tpls, style, informal, typo_p)
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


def generate(n, seed, split):
    g = Generator(seed, split)
    return [g.example() for _ in range(n)]


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
    ap.add_argument("--n-general", type=int, default=3000)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    write(os.path.join(a.outdir, "train.jsonl"), generate(a.n_train, a.seed, "train"))
    write(os.path.join(a.outdir, "heldout.jsonl"), generate(a.n_heldout, a.seed, "heldout"))
    write(os.path.join(a.outdir, "general.jsonl"), general_sentences(a.n_general, a.seed))
    print(f"wrote {a.n_train} train, {a.n_heldout} held-out, {a.n_general} general examples to {a.outdir}")


if __name__ == "__main__":
    main()
