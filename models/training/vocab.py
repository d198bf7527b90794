"""Word pools for the NER text generator, and the vocabulary split behind its disjoint held-out set.

Why this module exists: a model fine-tuned on a few hundred first names and a few
hundred towns learns those words, not the contexts, and a held-out set drawn from
the same lists cannot show it (it saturates near 100%).  So the pools here are
large (every Latin-script first-name and surname list of Faker's locales that
matter for the UK, plus short lists written for this file), and every item is
assigned once and for all to the training side or to the held-out side by a hash
of the item itself (``is_held_out``): the ``heldout-disjoint`` split is filled only
with names, surnames and places the training text never contains, so checkpoint
selection measures how well the model finds *unseen* names and places by context.

Sources: Faker's person and address providers (MIT licence), read as data
(``first_names``/``last_names``/``cities`` class attributes); the shipped gazetteers
``models/gazetteers/uk_places.tsv`` (real UK places), ``public_bodies.txt`` and
``platforms.txt`` (look-alikes); the lists below (facts written for this file).
"""
import hashlib
import importlib
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEERS = os.path.normpath(os.path.join(HERE, "..", "gazetteers"))
HELD_OUT_PERCENT = 15

# --------------------------------------------------------------------------
# Short lists (facts, written for this file)
# --------------------------------------------------------------------------
UK_POPULAR_FIRST = """Jamie Kayleigh Tyler Charlie Lexi Ellie Liam Kai Alfie Rhys Callum Shannon Demi Jordan Bailey
Ryan Chantelle Brandon Kyle Leighton Mackenzie Paige Courtney Reece Declan Logan Rory Archie Freya Isla Ava Mia
Maisie Millie Tia Leon Jayden Kayden Kacey Tayla Stacey Tracy Leanne Kerry Donna Shelley Jodie Kelsey Brooklyn
Harley Mason Lacey Lacey-Mae Tommy-Lee Bobbi-Jo Riley Tyler-Jay Ellie-May Lily-Rose Mary-Jane Jo-Anne D'Arcy
Darcie Nevaeh Ka'Mari Rio Reggie Frankie Ronnie Albie Teddy Arlo Hollie Kenzie Macy Kelis Chelsea Jordan-Lee""".split()
CELTIC_FIRST = """Ailsa Ainsley Alasdair Alistair Angus Aonghas Beathag Brodie Cailean Calum Catriona Ciorstaidh
Coinneach Dougie Douglas Eilidh Eilidh-Ann Ellis Elspeth Euan Ewan Fearghas Fenella Fiona Finlay Fionn Fraser
Greer Gregor Hamish Innes Iona Isla Jock Kenzie Kirsty Lachlan Lorna Mairi Malcolm Marsaili Morag Morven Murdo
Murray Ness Niall Oighrig Ruaridh Rhona Rona Ross Seonaid Shona Sorcha Struan Tormod Una Wallace Jessie
Aled Alun Angharad Aneurin Arwel Bethan Bryn Caradog Carys Catrin Cerys Dafydd Dai Delyth Dewi Dylan Eirlys
Eleri Elin Emrys Eurig Ffion Gaenor Gareth Geraint Glesni Gruffydd Gwen Gwenllian Gwilym Gwyneth Heledd Huw
Hywel Idris Iestyn Ieuan Ifan Iolo Llinos Lowri Mabli Macsen Manon Meinir Megan Meleri Morgan Nerys Nia Osian
Owain Rhian Rhiannon Rhodri Rhys Sioned Siân Sion Steffan Tegan Tomos Trystan Wyn
Aisling Aoibheann Aoife Bláthnaid Brendan Cathal Caoimhe Ciara Ciarán Clodagh Colm Conor Cormac Dara Darragh
Deaglán Dearbhla Eimear Eoghan Eoin Fiachra Fionnuala Gráinne Máire Mairéad Niamh Oisín Orla Pádraig Peadar
Róisín Rónán Saoirse Seán Séamus Shauna Siobhán Sinéad Tadhg Tiernan""".split()
DIMINUTIVES = """Abi Ali Alfie Andy Annie Babs Baz Becca Becky Bev Billy Bobby Bren Cal Cat Chaz Chris Col Danny Daz
Davie Dazza Debs Dee Del Des Dot Ed Eddie Effie Ellie Em Evie Fi Fliss Frankie Gaz Gazza Gemma Gina Hattie Izzy
Jac Jay Jaz Jen Jenny Jess Jo Jodie Joe Jonny Kat Kaz Kel Ken Kenny Kev Kez Kim Kris Les Lexi Lil Liz Lizzie
Lou Mags Mandy Mel Mick Micky Millie Mo Nat Nic Nicky Nell Olly Pam Pat Pete Phil Rab Rach Ray Reg Rob Robbie
Ron Ronnie Rosie Sal Sam Sammy Shaz Shell Shug Sid Si Sonny Stevie Sue Suze Tam Tammy Tash Tel Terri Tez Tom
Tommy Toni Tony Trace Trish Val Vic Vicky Viv Wes Will Zac""".split()
STREET_NICKNAMES = ["Smudge", "Spud", "Tiny", "Bones", "Ginger", "Chunky", "Dino", "K-Dog", "Little Man",
                    "Jonesy", "Smithy", "Mac", "Tommo", "Robbo", "Deano", "Macca", "Stretch"]
NAME_WORDS = """Faith Hope Grace Joy Will Bill Frank Rose Summer Sunny Dawn Mark Pat Sue Ruby Amber Holly Ivy
Carol Crystal Daisy Destiny Heather Iris Jasmine Jade Lily Poppy Sky Skye Star Storm Autumn Willow Blessing
Precious Patience Charity Mercy Honour Hunter Chase Rich Sandy Jack Robin Angel Harmony Melody Brook""".split()
SOUTH_ASIAN_FIRST = """Aaliyah Abdul Adnan Afsana Ahmed Aisha Amandeep Amira Anjali Arjun Asif Ayaan Bilal Farhana
Gurpreet Hamza Harjit Harpreet Ibrahim Imran Inaya Jaspreet Kamran Kiran Mohammed Muhammad Nadia Nasreen
Navdeep Parveen Rahima Rajinder Ravinder Rizwan Rubina Sabrina Saima Shabana Shahid Shazia Simran Sukhdeep
Sumaiya Tahmina Tanvir Yasmin Zainab Zaid Zara Zubair""".split()
AFRICAN_FIRST = """Abdi Abdirahman Abdullahi Abiola Adaeze Ama Amina Aster Ayan Ayodele Bisi Chidi Chinonso Chipo
Dawit Efua Fardowsa Filsan Habiba Hodan Ifeoma Kemi Kofi Kwame Mekdes Merhawi Mulugeta Musa Nala Nana Ngozi
Obinna Precious Samira Segun Selam Senait Simret Sipho Tafari Tendai Tesfaye Tinashe Tunde Yonas Yusuf Zahra
Zodwa Bongani Blessing Divine Emeka Femi Funmi Jide Kayode Lerato""".split()
MIDDLE_EAST_FIRST = """Abdullah Ahmad Ali Amal Amir Aryan Azad Baran Dilan Farah Farid Hassan Hawre Hiwa Hussein Jamal
Karim Khaled Layla Leila Mahmoud Maryam Mohammad Mustafa Nour Omar Rahim Rana Reza Rojin Sara Shirin Soran
Tariq Yasmin Zana Zeynep Zohra Zeinab Hevin Rebin Darya Parisa Sahar Basir Farzana Mursal Wahid""".split()
EAST_EURO_FIRST = """Agata Aleksandra Andrzej Bartek Bartosz Dawid Dominika Filip Gosia Igor Jakub Janek Kacper Kasia
Krzysztof Maciej Magda Mateusz Natalia Olek Oliwia Piotr Szymon Wiktoria Zosia Zuzanna Adrian Alin Andreea Bogdan
Cosmin Daniela Florin Ionela Ionut Larisa Mihai Raluca Vlad Arjan Besnik Dritan Elira Endrit Ermal Fatjon Klea
Kledi Liridona Arben Dmytro Oksana Olena Taras Yulia Vitalii Sergei Natasha Svetlana Dimitar Georgi Ivelina
Mantas Rūta Jonas Edgars Ilze Kristaps Marek Tomáš Zdeněk Jana Ondrej Lukáš Roksana Milena Denisa Sabina""".split()
SCOTS_WELSH_IRISH_LAST = """MacDonald McDonald MacLeod McLeod MacKenzie McKenzie MacKay McKay MacLean McLean MacGregor
McGregor MacDougall McDougall MacInnes McInnes MacIntyre McIntyre MacKinnon McKinnon MacPherson McPherson MacRae
McRae MacNeil McNeil MacMillan McMillan McAllister McAteer McBride McCabe McCafferty McCann McCarthy McColl
McConnell McCormack McCrae McCulloch McDade McFadden McFarlane McGhee McGill McGinley McGowan McGrath McGuire
McIlroy McKeown McLaughlin McMahon McManus McNally McNamara McNulty McPhee McQueen McStay McTaggart Buchanan
Cameron Campbell Crawford Cunningham Docherty Doherty Ferguson Fraser Gallacher Gillespie Hamilton Henderson Kerr
Lindsay Menzies Munro Murray Paterson Rankin Robertson Sinclair Stewart Sutherland Wallace Drummond Urquhart
Bevan Bowen Davies Edwards Evans Griffiths Howells Hughes Jenkins Lewis Llewellyn Lloyd Meredith Morgan Parry
Powell Price Pritchard Probert Prosser Pugh Rees Roberts Thomas Vaughan Watkins Williams Owen Gwynne Prydderch
O'Brien O'Connor O'Donnell O'Hara O'Kane O'Neill O'Reilly O'Sullivan O'Toole O'Rourke O'Dowd O'Hagan O'Malley""".split()
WELSH_PATRONYMICS = ["ap Rhys", "ap Gwilym", "ap Dafydd", "ap Huw", "ap Iorwerth", "ab Owain", "ab Elis"]
SOUTH_ASIAN_LAST = """Ahmed Akhtar Ali Anwar Aziz Begum Bhatti Chaudhry Choudhury Dhillon Gill Grewal Hussain Iqbal
Islam Kaur Khan Khatun Mahmood Malik Miah Mirza Patel Rahman Rashid Sandhu Shah Sharma Siddiqui Singh Uddin Ullah
Sidhu Bains Mistry Parmar Chauhan Desai Joshi Kumar Sarkar Hossain Karim Bibi Qureshi Butt Raja""".split()
AFRICAN_LAST = """Abdi Adebayo Adeyemi Afolabi Agyeman Asante Boateng Mensah Okafor Okeke Okonkwo Okoro Oladipo Olawale
Osei Owusu Nwosu Eze Chukwu Ogunleye Adewale Mohamed Mohamud Warsame Farah Hassan Jama Osman Omar Yusuf Tesfaye
Haile Tekle Gebremedhin Berhe Kidane Mengistu Ndlovu Moyo Dube Banda Phiri Mwangi Kamara Conteh Sesay Bangura
Diallo Kabila Tshibangu Mukendi Ilunga""".split()
MIDDLE_EAST_LAST = """Abdullah Ahmadi Al-Hassan Al-Sayed Aziz Darwish Haddad Hamid Hosseini Ibrahim Jaber Karimi Khalil
Mahmoud Mansour Mustafa Nasser Noori Qasim Rahimi Rezaei Saleh Sharif Haidari Mohammadi Amini Barzani Talabani
Rashid Kurdi Yilmaz Demir Kaya Celik Sahin Yildiz Ozturk Aydin Arslan Dogan""".split()
EAST_EURO_LAST = """Kowalski Kowalska Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
Kozłowski Jankowski Mazur Krawczyk Popescu Ionescu Popa Stan Dumitru Constantin Marin Stoica Gheorghe Rusu Munteanu
Hoxha Krasniqi Berisha Gashi Shehu Kelmendi Leka Dushku Kovalenko Shevchenko Bondarenko Tkachenko Petrenko
Ivanov Petrov Georgiev Dimitrov Kazlauskas Jankauskas Petrauskas Bērziņš Kalniņš Horváth Nagy Kovács Szabó
Novák Svoboda Dvořák Balog Lakatos Oláh""".split()
PREFIX_NICK = ["wee", "big", "lil", "little", "young", "auld", "old", "Wee", "Big", "Lil", "Little", "Young"]
STREET_WORDS = """High Main Church Station Mill Grand Victoria Albert Queen King Park Bridge Castle Market North
South West East New Old Brook Green Hill Manor School Chapel Well Water Union Regent Princes Mount Pleasant Spring
Field Orchard Wharf Quarry Canal Railway Fore Back Cross Moor Dale Glen Burn Loch Kirk Links Shore Harbour""".split()
STREET_TYPES = ["Road", "Street", "Avenue", "Drive", "Crescent", "Court", "Gardens", "Place", "Terrace", "Lane",
                "Way", "Close", "View", "Grove", "Walk", "Row", "Square", "Hill", "Brae", "Wynd", "Loan", "Green",
                "Rise", "Mews", "Parade", "Park", "Vale", "Rd", "St", "Ave", "Dr", "Cres", "Ln", "Pl", "Gdns", "Tce"]
WORLD_CITIES = """Lagos Abuja Accra Kumasi Nairobi Mogadishu Hargeisa Asmara Addis_Ababa Khartoum Kinshasa Harare
Kabul Herat Kandahar Tehran Baghdad Erbil Sulaymaniyah Damascus Aleppo Homs Karachi Lahore Islamabad Mirpur
Rawalpindi Dhaka Sylhet Chittagong Delhi Mumbai Amritsar Ludhiana Jalandhar Kolkata Chennai Colombo Kathmandu
Warsaw Kraków Gdańsk Wrocław Poznań Łódź Lublin Bucharest Cluj Iași Timișoara Constanța Vilnius Kaunas Riga
Tallinn Bratislava Košice Prague Brno Budapest Sofia Plovdiv Tirana Durrës Pristina Kyiv Kharkiv Lviv Odesa
Dnipro Zagreb Belgrade Sarajevo Lisbon Porto Madeira Madrid Barcelona Rome Milan Naples Palermo Paris Lyon
Berlin Hamburg Amsterdam Rotterdam Brussels Dublin Cork Limerick Galway Istanbul Ankara Izmir Kingston Montego_Bay
Manila Hong_Kong Beijing Ho_Chi_Minh_City Hanoi""".split()

# Faker locales whose Latin-script first names and surnames people in the UK carry, grouped by
# origin so that a draw is spread over origins (and over rare names within each), not over
# Faker's frequency tables.
FIRST_GROUPS = {
    "uk": (["en_GB", "en_IE", "en_NZ", "en_US"], UK_POPULAR_FIRST, 36),
    "celtic": (["ga_IE"], CELTIC_FIRST, 10),
    "diminutive": ([], DIMINUTIVES, 12),
    "name-word": ([], NAME_WORDS, 4),
    "south-asian": (["en_IN", "en_PK"], SOUTH_ASIAN_FIRST, 9),
    "african": (["en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "en_KE", "zu_ZA", "sw"], AFRICAN_FIRST, 8),
    "east-european": (["pl_PL", "ro_RO", "lt_LT", "lv_LV", "sk_SK", "cs_CZ", "hu_HU", "et_EE", "hr_HR", "sl_SI"],
                      EAST_EURO_FIRST, 9),
    "middle-eastern": (["tr_TR"], MIDDLE_EAST_FIRST, 6),
    "west-european": (["pt_PT", "pt_BR", "es_ES", "it_IT", "fr_FR", "de_DE", "nl_NL"], [], 4),
}
LAST_GROUPS = {
    "uk": (["en_GB", "en_IE", "en_NZ", "en_US"], SCOTS_WELSH_IRISH_LAST, 55),
    "south-asian": (["en_IN", "en_PK"], SOUTH_ASIAN_LAST, 10),
    "african": (["en_NG", "yo_NG", "ig_NG", "tw_GH", "en_KE"], AFRICAN_LAST, 8),
    "east-european": (["pl_PL", "ro_RO", "lt_LT", "lv_LV", "sk_SK", "cs_CZ", "hu_HU", "hr_HR"], EAST_EURO_LAST, 14),
    "middle-eastern": (["tr_TR"], MIDDLE_EAST_LAST, 6),
    "west-european": (["pt_PT", "es_ES", "it_IT", "fr_FR", "de_DE", "nl_NL"], [], 7),
}
FOREIGN_CITY_LOCALES = ["pl_PL", "ro_RO", "pt_PT", "de_DE"]


def is_held_out(item):
    """True for the ~15% of items reserved for the disjoint held-out split (stable across runs and machines)."""
    h = hashlib.md5(item.strip().lower().encode("utf-8")).hexdigest()
    return int(h[:8], 16) % 100 < HELD_OUT_PERCENT


def _latin(name):
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name)


def _clean(names):
    """Deduplicated, Latin-script, two letters or more, in a stable order."""
    seen, out = set(), []
    for n in names:
        n = n.strip().replace("_", " ")
        if len(n) >= 2 and _latin(n) and n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out


def _provider_words(kind, locale, attrs):
    """A Faker provider's word lists (tuples or weighted dicts) as one list; [] where the locale lacks them."""
    try:
        provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    except ImportError:
        return []
    out = []
    for attr in attrs:
        words = getattr(provider, attr, None) or ()
        out.extend(words.keys() if isinstance(words, dict) else words)
    return out


def _groups(spec, attrs):
    return {g: (_clean([w for loc in locs for w in _provider_words("person", loc, attrs)] + extra), weight)
            for g, (locs, extra, weight) in spec.items()}


def first_name_groups():
    return _groups(FIRST_GROUPS, ("first_names", "first_names_male", "first_names_female"))


def last_name_groups():
    return _groups(LAST_GROUPS, ("last_names", "last_names_male", "last_names_female"))


def uk_places():
    """Real UK places by kind: the shipped gazetteer plus the generator's own lists (given as extra)."""
    kinds = {"city": "town", "town": "town", "village": "village", "neighbourhood": "area", "island": "island",
             "region": "region", "street_area": "street_area"}
    out = {k: [] for k in set(kinds.values())}
    with open(os.path.join(GAZETTEERS, "uk_places.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            name, kind = line.rstrip("\n").split("\t")[:2]
            out[kinds[kind]].append(name)
    return out


def foreign_cities():
    return _clean([c for loc in FOREIGN_CITY_LOCALES for c in _provider_words("address", loc, ("cities",))]
                  + WORLD_CITIES)


def gazetteer_list(name):
    with open(os.path.join(GAZETTEERS, name), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


class Vocab:
    """Every list the generator fills slots from, restricted to one side of the split.

    ``disjoint=False``: items whose hash keeps them for training (the train and the
    legacy held-out splits); ``disjoint=True``: only the held-out items.
    """

    def __init__(self, disjoint, extra_places):
        keep = (lambda x: is_held_out(x)) if disjoint else (lambda x: not is_held_out(x))
        self.first = {g: ([n for n in ns if keep(n)], w) for g, (ns, w) in first_name_groups().items()}
        self.last = {g: ([n for n in ns if keep(n)], w) for g, (ns, w) in last_name_groups().items()}
        places = uk_places()
        for kind, names in extra_places.items():
            places[kind] = places[kind] + names
        self.places = {k: [p for p in _clean(v) if keep(p)] for k, v in places.items()}
        self.abroad = [c for c in foreign_cities() if keep(c)]
        self.street_words = [w for w in STREET_WORDS if keep(w)]
        self.street_nicknames = [w for w in STREET_NICKNAMES if keep(w)]
        self.patronymics = [w for w in WELSH_PATRONYMICS if keep(w)]

    def words(self):
        """Every name and place on this side, by pool."""
        return {"first names": {n.lower() for ns, _ in self.first.values() for n in ns},
                "surnames": {n.lower() for ns, _ in self.last.values() for n in ns},
                "UK places": {p.lower() for ps in self.places.values() for p in ps},
                "places abroad": {p.lower() for p in self.abroad}}

    def sizes(self):
        """Distinct items per pool (for the generator's report)."""
        return {k: len(v) for k, v in self.words().items()}


def look_alikes(name, clash):
    """A shipped look-alike gazetteer, minus entries that are also names or places (never taught as outside)."""
    return [x for x in gazetteer_list(name) if x.lower() not in clash]
