#!/usr/bin/env python3
"""Deterministic generator of a news-like JSONL benchmark corpus for claimcheck.

    scripts/gen_corpus.py OUT.jsonl [--size-mb N | --articles N] [--seed S]

Each line is one article:
    {"id": "gen-000001", "date": "YYYY-MM-DD", "title": ..., "source": ..., "url": ..., "text": ...}
with 8-30 sentences in paragraphs separated by "\\n\\n". Most sentences are ordinary news prose;
about one in six carries a claim about time (anniversaries, "first ... in N years", "first ...
since 2018", elapsed time, dated events, nth occurrences). Ordinary sentences include distractors
("first-half profits", "the 75th percentile", scores, phone numbers, "May" as a verb) and
non-ASCII text (accented names, typographic quotes, em dashes).

All text is invented for this generator. The output depends only on the arguments: the same
--seed and --size-mb/--articles give byte-identical files (one random.Random(seed) stream, no
clock, no hash or set ordering). MB means 10^6 bytes; --size-mb stops after the first article
that reaches the size.
"""

import argparse
import datetime
import json
import random
import re
import sys
import time
import unicodedata

# ---------------------------------------------------------------------------------------------
# Vocabulary (all names invented or generic)
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = [
    "José", "Zoë", "Søren", "Ana", "Łukasz", "Chloé", "François", "Nguyễn Văn", "Renée", "Björn",
    "Ayşe", "Ngozi", "Kwame", "Haruto", "Min-jun", "Priya", "Tomás", "Inês", "Sipho", "Aleksandr",
    "Mei", "Jae-won", "Oluwaseun", "Ilse", "Agnès", "Rafael", "Ewa", "Darius", "Hélène", "Mateus",
    "Yusuf", "Astrid", "Leilani", "Corentin", "Farida", "Joaquín", "Katarzyna", "Emeka", "Sun-hee",
    "Otto", "Marisol", "Tadeusz", "Amara", "Rashid", "Liesel", "Dương", "Beatriz", "Niamh",
]
LAST_NAMES = [
    "Okafor", "Lindqvist", "Hernández", "Kowalczyk", "Tanaka", "Ferreira", "Nakamura", "Dubois",
    "Haddad", "Mensah", "Østergaard", "Novák", "Ríos", "Schäfer", "Papadakis", "Wójcik", "Bianchi",
    "Karimi", "Achterberg", "Sørensen", "Moreau", "Castillo", "Osei", "Gallagher", "Adeyemi",
    "Quispe", "Varga", "Thorsdóttir", "Çelik", "Brennan", "Albuquerque", "Holmberg", "Mwangi",
    "Ishikawa", "Delacroix", "Szabó", "Rautio", "Mendoza", "Oyelaran", "Petrović", "Valdés",
    "Kaminski", "Ferraro", "Ekwueme", "Lund", "Dragomir", "Yilmaz", "Ortega",
]
HONORIFICS = ["Mr.", "Ms.", "Dr.", "Gen.", "Sen.", "Prof."]
ROLES = [
    "Foreign Minister", "Prime Minister", "President", "Defense Minister", "Finance Minister",
    "Trade Minister", "Vice Premier", "Interior Minister", "Energy Minister", "Deputy Foreign Minister",
    "central bank governor", "party secretary", "National Assembly Speaker", "Agriculture Minister",
]
JOBS = ["schoolteacher", "trade unionist", "diplomat", "army officer", "economist", "lawyer",
        "journalist", "engineer", "provincial governor", "football coach"]

# (name, adjective)
COUNTRIES = [
    ("China", "Chinese"), ("Japan", "Japanese"), ("Vietnam", "Vietnamese"), ("Laos", "Lao"),
    ("Cuba", "Cuban"), ("Mongolia", "Mongolian"), ("Brazil", "Brazilian"), ("Germany", "German"),
    ("France", "French"), ("Türkiye", "Turkish"), ("Côte d’Ivoire", "Ivorian"), ("Mexico", "Mexican"),
    ("Peru", "Peruvian"), ("Norway", "Norwegian"), ("Indonesia", "Indonesian"), ("Egypt", "Egyptian"),
    ("Kenya", "Kenyan"), ("Canada", "Canadian"), ("Australia", "Australian"), ("India", "Indian"),
    ("Poland", "Polish"), ("Chile", "Chilean"), ("Colombia", "Colombian"), ("Portugal", "Portuguese"),
    ("Iceland", "Icelandic"), ("Malaysia", "Malaysian"), ("Ghana", "Ghanaian"), ("Finland", "Finnish"),
    ("Kazakhstan", "Kazakh"), ("Morocco", "Moroccan"), ("Uruguay", "Uruguayan"), ("Nepal", "Nepali"),
    ("Russia", "Russian"), ("South Korea", "South Korean"), ("North Korea", "North Korean"),
]
CITIES = [
    "Velmora", "Port Aster", "Kaskara", "Lindenbrück", "São Tiago do Norte", "Qarsa", "Ebrovo",
    "Marisol Bay", "Tønnesby", "Haldane City", "Nueva Cádiz", "Kiyomachi", "Altamira Norte",
    "Brenholt", "Sainte-Aurèle", "Drovnik", "Oruma", "Kettleford", "Zalesye", "Punta Brava",
    "Ashgrove", "Mirenburg", "Tal Hadra", "Ferrolinde", "Nakhodin", "Elsworth", "Cabo Lindo",
]
ORGS = [
    "the Workers’ Party", "the National Development Council", "the Union of Coastal Republics",
    "the Northern Grain Cooperative", "the Foreign Ministry", "the Central Statistics Office",
    "the Association of Harbour Towns", "the Federation of Independent Unions",
    "the Meridian Development Bank", "the Pacific Fisheries Commission",
    "the Continental Football Confederation", "the Solar Alliance", "the Council of Elders",
    "the People’s Assembly", "the Green Future Party", "the Institute for Regional Studies",
    "the Chamber of Commerce", "the Red Crescent Society", "the Electoral Commission",
    "the Maritime Safety Authority",
]
STAT_ORGS = ["the statistics office", "the customs agency", "the Central Statistics Office",
             "the finance ministry", "the central bank"]
FOUNDED = [
    "the Workers’ Party", "the republic", "the National Assembly", "the central bank",
    "the national airline", "the Union of Coastal Republics", "the Federation of Independent Unions",
    "the People’s Army", "the state news agency", "the national university", "the Red Crescent Society",
    "the Meridian Development Bank", "the Continental Football Confederation", "the city orchestra",
]
EVENTS_PAST = [
    "the signing of the armistice", "the end of the civil war", "the country’s independence",
    "the first free elections", "the great flood", "the opening of the Harbour Bridge",
    "the liberation of the capital", "the founding of the republic", "the currency reform",
    "the nationalization of the oil industry",
]
TREATIES = ["Treaty of Friendship and Cooperation", "Harbour Accord", "Velmora Declaration",
            "border agreement", "fisheries pact", "Northern Security Charter"]
DISASTERS = ["earthquake", "mine collapse", "ferry disaster", "flood", "factory fire", "typhoon"]
COMPANIES = [
    "Aster Holdings", "Brenholt Steel", "Qarsa Telecom", "Velmora Air", "Northwind Energy",
    "Kettleford Foods", "Lindqvist & Söhne", "Oruma Mining", "Meridian Bank", "Cabo Lindo Shipping",
    "Tønnesby Pharma", "Haldane Motors", "Punta Brava Cement", "Saint-Aurèle Textiles",
]
TEAMS = [
    "Velmora United", "Port Aster Rovers", "Kaskara City", "Real Nueva Cádiz", "Drovnik Athletic",
    "FC Lindenbrück", "Sporting Cabo Lindo", "Ashgrove Wanderers", "Mirenburg 1899",
    "Atlético Punta Brava", "Oruma Stars", "Haldane Harriers",
]
SOURCES = [
    "The Harbour Ledger", "Daily Meridian", "Northern Courier", "Asia Wire Service",
    "Continental Post", "Evening Gazette", "Radio Velmora", "The Coastal Times", "Global Desk",
    "Le Quotidien du Nord", "Diário da Costa", "Kaskara Morning News",
]
TOPICS = ["trade", "energy", "fisheries", "security", "education", "health", "infrastructure",
          "tourism", "customs", "agriculture"]
GROUPS = ["farmers", "students", "veterans", "dock workers", "teachers", "engineers", "exiles"]
SUBJECTS = ["wheat", "rice", "copper", "crude oil", "coffee", "natural gas", "steel", "cotton"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DECADES = ["1950s", "1960s", "1970s", "1980s", "1990s", "1940s"]

SMALL_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
               "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
               "seventeen", "eighteen", "nineteen", "twenty"]
TENS_WORDS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
              80: "eighty", 90: "ninety"}
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth"]
ANNIV_ORD_WORDS = {10: "10th", 20: "20th", 25: "silver", 30: "30th", 40: "40th", 50: "golden",
                   60: "60th", 70: "70th", 75: "75th", 80: "80th", 90: "90th"}
INTERVALS = [
    "more than a year", "nearly two decades", "over a decade", "almost three years", "18 months",
    "more than 40 years", "a decade", "nearly 30 years", "about two years", "a generation",
    "more than half a century", "15 years", "over five years",
]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def number_words(n):
    if n <= 20:
        return SMALL_WORDS[n]
    tens, ones = divmod(n, 10)
    if tens * 10 in TENS_WORDS:
        return TENS_WORDS[tens * 10] + ("" if ones == 0 else "-" + SMALL_WORDS[ones])
    return str(n)


def capitalize(s):
    return s[0].upper() + s[1:]


def possessive(name):
    return name + ("’" if name.endswith("s") else "’s")


# ---------------------------------------------------------------------------------------------
# Sentence templates. {slot} is filled by SLOTS[slot]; {^slot} capitalizes the first letter.
# ---------------------------------------------------------------------------------------------

ORDINARY = {
    "politics": [
        "{PTITLE} told reporters in {CITY} that the government would “not be rushed” on the reform.",
        "The opposition accused the ruling coalition of stalling the budget bill for political gain.",
        "“We are ready to talk, but not at any price,” {PSHORT} said.",
        "Lawmakers voted {N3} to {N2} to approve the measure, which now goes to the upper house.",
        "The bill would raise the minimum wage to {MONEY_SMALL} an hour and expand child benefits.",
        "{PERSON}, a former {JOB}, is widely seen as a compromise candidate.",
        "Analysts said the result may strengthen the president’s hand in coalition talks.",
        "“May this be the start of a more honest politics,” {PSHORT} told supporters in {CITY}.",
        "The U.S. State Department said it was “closely monitoring” the situation.",
        "A spokesperson for {ORG} declined to comment on the allegations.",
        "Police said {NUM} people were detained after the rally in {CITY} turned violent.",
        "The party’s central committee endorsed {PSHORT} as its candidate — a move widely expected in {CITY}.",
        "The plan — which critics call unworkable — faces a difficult vote in parliament.",
    ],
    "economy": [
        "{COMPANY} reported first-half profits of {MONEY}, up {PCT} on the same period.",
        "Households in the 75th percentile saw incomes rise faster than the median, the report found.",
        "The central bank held its benchmark rate at {PCT}, citing sticky services inflation.",
        "Shares of {COMPANY} fell {PCT} in early trading in {CITY}.",
        "The company employs about {NUMK} people and exports to {NUM} countries.",
        "Economists polled by {SOURCE} had expected growth of {PCT}.",
        "The trade deficit narrowed to {MONEY}, according to customs data.",
        "{COMPANY} said it would cut {NUMK} jobs as part of a restructuring plan.",
        "Investors are watching whether the government can meet its deficit target of {PCT} of GDP.",
        "Customers with questions were asked to call the company’s hotline at {PHONE}.",
        "The bond sale was {N2} times oversubscribed, bankers said.",
        "The ministry forecast a harvest of {N2} million tonnes of {SUBJECT}.",
        "Prices of {SUBJECT} climbed {PCT} on the exchange, traders said — the sharpest move among commodities.",
    ],
    "diplomacy": [
        "{PTITLE} and {PTITLE} discussed trade, energy and regional security, the ministry said.",
        "The two sides signed {NUMW} agreements covering agriculture, tourism and customs.",
        "{ADJ_A} state media described the talks as “frank and constructive.”",
        "Diplomats said the wording of the joint statement had been agreed in advance.",
        "{A} and {B} agreed to set up a hotline to prevent incidents at sea.",
        "The delegation was greeted at the airport in {CITY} by {PTITLE}.",
        "Neither side released details of the proposed pipeline’s route.",
        "{PSHORT} called for “a new chapter” in relations with {B}, while stressing that differences remain.",
        "The embassy in {CITY} will extend its opening hours to handle visa requests.",
        "Observers noted that the honour guard and {N2}-gun salute are usually reserved for heads of state.",
        "“There’s no substitute for meeting face to face,” one {ADJ_B} diplomat said.",
        "The communiqué made no mention of sanctions or of the disputed islands.",
        "{ADJ_B} officials said cooperation on {TOPIC} would top the agenda.",
    ],
    "sports": [
        "{TEAM} beat {TEAM} {SCORE} in {CITY}, with {PSHORT} scoring twice.",
        "The match ended {SCORE} after extra time, and the hosts went through on penalties.",
        "{PERSON}, {AGE}, finished {ORD_PLACE} in the 10,000 metres.",
        "The coach said the squad’s fitness was “the best it has been in my time here.”",
        "{TEAM} sit {ORDW} in the table, {NUM} points behind the leaders.",
        "The first round of the tournament will be played in {CITY} and Port Aster.",
        "“May the better side win,” {PSHORT} said before kick-off.",
        "Attendance at the stadium was {NUMK}, a club spokesperson said.",
        "The referee showed {NUMW} yellow cards in a bad-tempered first half.",
        "{PSHORT} has scored {NUM} goals in {N2} appearances for the club.",
        "The federation fined {TEAM} {MONEY_SMALL} for crowd trouble.",
        "Fans lined the streets of {CITY} as the squad’s open-top bus inched toward the square.",
    ],
    "weather": [
        "Temperatures are forecast to reach {TEMP} °C in {CITY}, the meteorological service said.",
        "Heavy rain caused flooding in low-lying parts of {CITY}, and several roads were closed.",
        "Residents were told to stay indoors and keep windows shut.",
        "The storm brought winds of up to {N3} km/h to the coast near {CITY}.",
        "Farmers warned that the dry spell could cut yields of {SUBJECT} by a fifth.",
        "Emergency services can be reached on {PHONE}, the regional authority said.",
        "Snow closed the mountain pass above {CITY}, stranding about {N3} vehicles.",
        "The air-quality index in {CITY} climbed above {N3}, a level considered unhealthy.",
        "Power was restored to most homes, though {NUMK} customers remained without electricity.",
        "Officials opened {NUMW} shelters and distributed bottled water.",
        "The river at {CITY} peaked at {METERS} metres — well above the danger mark.",
    ],
    "general": [
        "The report, which runs to {N3} pages, was published on the ministry’s website.",
        "The details could not be independently verified.",
        "{PTITLE} did not respond to a request for comment.",
        "{HON} {LAST} said the figures were “broadly in line” with expectations.",
        "Critics say the project has been plagued by cost overruns — a charge the government denies.",
        "The proposal still needs the approval of {ORG}.",
    ],
}

CLAIMS = [
    # anniversaries
    "{A} is preparing to celebrate the {ANNIV} anniversary of the founding of {FOUNDED} next month.",
    "Thousands gathered in {CITY} on {WEEKDAY} to mark {FOUNDED_POSS} {ANNIV} anniversary.",
    "This year marks {YEARS_BIG} years since {EVENT}.",
    "Officials said the centenary of {FOUNDED} would be marked with a parade and a public holiday.",
    "The ceremony, held to commemorate the {ANNIV} anniversary of diplomatic relations between {A} and {B}, drew {N3} guests.",
    "{^FOUNDED_POSS} {ANNIV} anniversary falls on {DMY_FUT}, and rehearsals are already under way.",
    "The vigil coincided with the {ANNIV} anniversary of the {DISASTER} that killed {N3} people in {CITY}.",
    "Next year will mark the {ANNIV} anniversary of the {TREATY}, signed in {CITY} on {MDY_OLD}.",
    "The museum reopened on the {ANNIV} anniversary of its founding.",
    "It is {YEARS_BIG} years to the day since {PERSON} was sworn in as the country’s first elected president.",
    # first in an interval
    "It was the first visit by a senior {ADJ_A} official to {B} in more than a year.",
    "The two foreign ministers held their first talks in {INTERVAL_N} on {WEEKDAY}.",
    "{A} and {B} will resume direct flights for the first time in {INTERVAL}.",
    "The launch was the first such flight in years, according to {ORG}.",
    "It marked the first time in {INTERVAL} that a {ADJ_A} leader had addressed the assembly.",
    "The meeting is the first between the two leaders in {INTERVAL_N}, and both sides played down expectations.",
    "Exports rose for the first time in {NUMD} months, {STAT_ORG} said.",
    "{TEAM} reached the final for the first time in {INTERVAL}.",
    # first since
    "Inflation fell below {PCT} for the first time since {YPAST}.",
    "It was {PSHORT_POSS} first trip abroad since late October last year, when the minister attended a summit in {CITY}.",
    "The party won a majority for the first time since {YPAST}, ending {NUMW} years in opposition.",
    "The river has not risen this high since {YPAST}, local officials said.",
    "It is the first time since the {DECADE} that the two navies have held joint drills.",
    "The currency weakened to its lowest level since {MONTH} {YPAST}.",
    "This is the first such summit since the pandemic, and only the {ORDW} ever held in {CITY}.",
    # elapsed time
    "The announcement came less than {NUMW} months after {PERSON} took office.",
    "After {NUMW} years of negotiations, the two sides signed a {TOPIC} agreement in {CITY}.",
    "No senior {ADJ_A} official has visited {B} in about {NUMW} years.",
    "The talks collapsed just {NUMW} weeks after they began.",
    "The bridge has been closed for {N2} days since the storm.",
    "Nearly a decade has passed since the last census.",
    "{PTITLE} has led the ministry for {NUMW} years.",
    "The strike at {COMPANY} is now in its {ORDW} week.",
    # dated events
    "In {MONTH} {YPAST}, {PERSON} held talks with {PERSON} in {CITY}.",
    "The agreement was first proposed on {MABBR} {DAYNUM}, when {PSHORT} visited {CITY}.",
    "{PSHORT} met the delegation {NUMW} months ago, officials said.",
    "Protests broke out late last month in {CITY} over fuel prices.",
    "The minister is expected to travel to {B} later this week.",
    "The vote was held on {WEEKDAY}, with turnout of {PCT}.",
    "The region was first settled by {GROUP} in the {DECADE}.",
    "{^ORG} was founded in late {YPAST} by a small group of {GROUP}.",
    "The republic was proclaimed on {DMY_OLD} in {CITY}.",
    "Earlier this year, {PERSON} announced plans to step down.",
    "The plant closed in {YPAST} and reopened {NUMW} years later.",
    "Since {MONTH}, prices of {SUBJECT} have climbed {PCT}.",
    "A ruling is due on {MABBR} {DAYNUM}, the court said.",
    # nth occurrences
    "It is {PSHORT_POSS} {ORDW} visit to {B} since taking office.",
    "It is his {ORDW} visit to {B} and the first by a {ADJ_A} head of state in {INTERVAL_N}.",
    "She was making her {ORDW} trip to {CITY} this year, aides said.",
    "The {ORDW} meeting between the two was held behind closed doors in {CITY}.",
    "{PERSON} is seeking a {ORDW} term in office.",
    "The summit was the {ORDW} of its kind and the first hosted by {A}.",
    "This is the {ORDW} time in {NUMW} years that the central bank has cut rates.",
    "{TEAM} won the title for the {ORDW} time in {NUMW} seasons.",
]

TITLES = {
    "politics": ["{PSHORT} wins backing for reform push", "Opposition walks out of budget debate",
                 "{A} coalition talks drag on", "Protests in {CITY} as bill advances"],
    "economy": ["{COMPANY} profits beat forecasts", "{A} central bank holds rates",
                "{SUBJECT} prices jump on supply fears", "{COMPANY} to cut jobs in {CITY}"],
    "diplomacy": ["{A} and {B} hold talks as ties warm", "{PSHORT} arrives in {B} for talks",
                  "{A} marks anniversary of ties with {B}", "{ADJ_A} envoy visits {CITY}"],
    "sports": ["{TEAM} edge rivals in {CITY}", "{TEAM} reach final", "{PSHORT} stars as {TEAM} win",
               "Late goal sinks {TEAM}"],
    "weather": ["Storm lashes {CITY}", "Heat wave grips {A}", "Floods cut roads around {CITY}",
                "Snow strands drivers near {CITY}"],
}
TOPIC_NAMES = ["politics", "economy", "diplomacy", "sports", "weather"]

SLOT_RE = re.compile(r"\{(\^?)([A-Z_0-9]+)\}")


def compile_template(t):
    """'a {X} b {^Y}' -> ['a ', ('X', False), ' b ', ('Y', True)] with empty literals dropped."""
    parts, pos = [], 0
    for m in SLOT_RE.finditer(t):
        if m.start() > pos:
            parts.append(t[pos:m.start()])
        parts.append((m.group(2), m.group(1) == "^"))
        pos = m.end()
    if pos < len(t):
        parts.append(t[pos:])
    return parts


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        r = self.rng
        # Templates become (id, parts); the id lets an article avoid repeating a template.
        ids = iter(range(1_000_000))
        self.ordinary = {k: [(next(ids), compile_template(t)) for t in v]
                         for k, v in ORDINARY.items()}
        self.claims = [(next(ids), compile_template(t)) for t in CLAIMS]
        self.titles = {k: [(next(ids), compile_template(t)) for t in v] for k, v in TITLES.items()}
        self.source_slugs = {s: slugify(s) for s in SOURCES}
        self.year = 2020
        self.ctx = {}
        rnd = r.random

        # random.Random.choice/randint go through _randbelow and are several times slower than
        # one random() call; these are just as deterministic (random() is stable for a seed).
        def ch(seq):
            return seq[int(rnd() * len(seq))]

        def ri(a, b):
            return a + int(rnd() * (b - a + 1))

        self.choice, self.randint = ch, ri

        def person():
            return f"{ch(FIRST_NAMES)} {ch(LAST_NAMES)}"

        def ptitle():
            return f"{ch(ROLES)} {ch(FIRST_NAMES)} {ch(LAST_NAMES)}"

        def numw():
            n = ri(2, 12)
            return SMALL_WORDS[n] if r.random() < 0.7 else str(n)

        def years_big():
            n = ch((10, 20, 25, 30, 40, 50, 60, 65, 70, 75, 80, 90))
            return number_words(n) if r.random() < 0.4 else str(n)

        def anniv():
            n = ch((10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100, 5, 15, 35, 45))
            if r.random() < 0.25:
                return ANNIV_ORD_WORDS.get(n) or ordinal_suffix(n)
            return ordinal_suffix(n)

        def interval_n():
            # "six years", "18 months", "more than a decade"
            x = r.random()
            if x < 0.5:
                return f"{numw()} years"
            if x < 0.65:
                return f"{ri(13, 30)} months"
            return ch(INTERVALS)

        def score():
            return f"{ri(0, 4)}-{ri(0, 3)}"

        def phone():
            return f"+{ri(20, 99)} {ri(10, 99)} {ri(100, 999)} {ri(1000, 9999)}"

        def pct():
            return f"{ri(1, 12)}.{ri(0, 9)}%" if r.random() < 0.7 else f"{ri(2, 40)} percent"

        def money():
            cur = ch(("$", "€", "¥", "£"))
            return f"{cur}{ri(1, 98)}.{ri(1, 9)} {ch(('million', 'billion'))}"

        def ypast():
            return str(self.year - ri(1, 30))

        def dmy_old():
            return f"{ri(1, 28)} {ch(MONTHS)} {ri(1900, 1990)}"

        def dmy_fut():
            return f"{ri(1, 28)} {ch(MONTHS)}"

        def mdy_old():
            return f"{ch(MONTH_ABBR)} {ri(1, 28)}, {ri(1920, 1995)}"

        def pshort_poss():
            return possessive(self.ctx["PSHORT"])

        def founded_poss():
            return possessive(ch(FOUNDED))

        self.slots = {
            "PERSON": person,
            "PTITLE": ptitle,
            "PSHORT": lambda: self.ctx["PSHORT"],
            "PSHORT_POSS": pshort_poss,
            "HON": lambda: ch(HONORIFICS),
            "LAST": lambda: ch(LAST_NAMES),
            "JOB": lambda: ch(JOBS),
            "A": lambda: self.ctx["A"],
            "B": lambda: self.ctx["B"],
            "ADJ_A": lambda: self.ctx["ADJ_A"],
            "ADJ_B": lambda: self.ctx["ADJ_B"],
            "CITY": lambda: ch(CITIES),
            "ORG": lambda: ch(ORGS),
            "STAT_ORG": lambda: ch(STAT_ORGS),
            "FOUNDED": lambda: ch(FOUNDED),
            "FOUNDED_POSS": founded_poss,
            "EVENT": lambda: ch(EVENTS_PAST),
            "TREATY": lambda: ch(TREATIES),
            "DISASTER": lambda: ch(DISASTERS),
            "COMPANY": lambda: ch(COMPANIES),
            "TEAM": lambda: ch(TEAMS),
            "SOURCE": lambda: ch(SOURCES),
            "TOPIC": lambda: ch(TOPICS),
            "GROUP": lambda: ch(GROUPS),
            "SUBJECT": lambda: ch(SUBJECTS),
            "NUM": lambda: str(ri(2, 60)),
            "NUMD": lambda: str(ri(2, 30)),
            "N2": lambda: str(ri(10, 99)),
            "N3": lambda: str(ri(100, 999)),
            "NUMK": lambda: f"{ri(1, 95)},{ri(0, 999):03d}",
            "NUMW": numw,
            "YEARS_BIG": years_big,
            "ANNIV": anniv,
            "ORDW": lambda: ch(ORD_WORDS[1:]),
            "ORD_PLACE": lambda: ordinal_suffix(ri(1, 12)),
            "AGE": lambda: str(ri(19, 38)),
            "INTERVAL": lambda: ch(INTERVALS),
            "INTERVAL_N": interval_n,
            "SCORE": score,
            "PHONE": phone,
            "PCT": pct,
            "MONEY": money,
            "MONEY_SMALL": lambda: f"{ch(('$', '€', '£'))}{ri(5, 95)}{ch(('', ',000'))}",
            "TEMP": lambda: str(ri(-25, 46)),
            "METERS": lambda: f"{ri(2, 14)}.{ri(0, 9)}",
            "YPAST": ypast,
            "DECADE": lambda: ch(DECADES),
            "MONTH": lambda: ch(MONTHS),
            "MABBR": lambda: ch(MONTH_ABBR),
            "DAYNUM": lambda: str(ri(1, 30)),
            "WEEKDAY": lambda: ch(WEEKDAYS),
            "DMY_OLD": dmy_old,
            "DMY_FUT": dmy_fut,
            "MDY_OLD": mdy_old,
        }
        # Resolve slot names to their functions once: parts become strings and callables.
        def resolve(parts):
            out = []
            for p in parts:
                if p.__class__ is str:
                    out.append(p)
                elif p[0] not in self.slots:
                    raise KeyError(f"unknown slot {p[0]}")
                elif p[1]:
                    out.append(lambda f=self.slots[p[0]]: capitalize(f()))
                else:
                    out.append(self.slots[p[0]])
            return out

        self.ordinary = {k: [(tid, resolve(p)) for tid, p in v] for k, v in self.ordinary.items()}
        self.claims = [(tid, resolve(p)) for tid, p in self.claims]
        self.titles = {k: [(tid, resolve(p)) for tid, p in v] for k, v in self.titles.items()}

    @staticmethod
    def fill(parts):
        s = "".join([p if p.__class__ is str else p() for p in parts])
        # Sentences may start with a slot such as an organization ("the ...").
        return capitalize(s) if s[0].islower() else s

    def article(self, index):
        r = self.rng
        ch, ri = self.choice, self.randint
        day = datetime.date(2012, 1, 1).toordinal() + ri(0, 14 * 365 - 1)
        date = datetime.date.fromordinal(day)
        self.year = date.year
        a = b = ch(COUNTRIES)
        while b is a:
            b = ch(COUNTRIES)
        self.ctx = {"A": a[0], "ADJ_A": a[1], "B": b[0], "ADJ_B": b[1],
                    "PSHORT": f"{ch(HONORIFICS)} {ch(LAST_NAMES)}"}
        topic = ch(TOPIC_NAMES)
        own, general = self.ordinary[topic], self.ordinary["general"]
        title = self.fill(ch(self.titles[topic])[1])
        source = ch(SOURCES)
        n = ri(8, 30)
        paragraphs, para = [], []
        para_len = ri(1, 4)
        used = set()  # ids of the templates already used in this article
        for _ in range(n):
            x = r.random()
            if x < 1 / 6:
                pool = self.claims
            elif x < 0.72:
                pool = own
            elif x < 0.85:
                pool = general
            else:
                pool = self.ordinary[ch(TOPIC_NAMES)]
            # Avoid repeating a sentence template within an article (a few tries, then allow it).
            t = ch(pool)
            for _retry in range(3):
                if t[0] not in used:
                    break
                t = ch(pool)
            used.add(t[0])
            para.append(self.fill(t[1]))
            if len(para) >= para_len:
                paragraphs.append(" ".join(para))
                para, para_len = [], ri(1, 4)
        if para:
            paragraphs.append(" ".join(para))
        aid = f"gen-{index:06d}"
        url = (f"https://example.org/{self.source_slugs[source]}/{date.year:04d}/{date.month:02d}/"
               f"{date.day:02d}/{slugify(title)}-{index}")
        return {"id": aid, "date": date.isoformat(), "title": title, "source": source, "url": url,
                "text": "\n\n".join(paragraphs)}


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return _SLUG_RE.sub("-", s).strip("-")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="output JSONL path ('-' for stdout)")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--size-mb", type=float, default=None,
                   help="stop once the file reaches this many MB (10^6 bytes); default 110")
    g.add_argument("--articles", type=int, default=None, help="write exactly this many articles")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--quiet", action="store_true", help="no summary on stderr")
    args = ap.parse_args(argv)
    if args.articles is None and args.size_mb is None:
        args.size_mb = 110.0
    if args.articles is not None and args.articles < 0:
        ap.error("--articles must be >= 0")
    limit_bytes = None if args.articles is not None else int(args.size_mb * 1_000_000)

    start = time.perf_counter()
    gen = Generator(args.seed)
    out = sys.stdout.buffer if args.out == "-" else open(args.out, "wb")
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    total, count, buf, buf_bytes = 0, 0, [], 0
    try:
        while True:
            if args.articles is not None:
                if count >= args.articles:
                    break
            elif total >= limit_bytes:
                break
            count += 1
            line = (dumps(gen.article(count)) + "\n").encode("utf-8")
            total += len(line)
            buf.append(line)
            buf_bytes += len(line)
            if buf_bytes >= 1 << 22:
                out.write(b"".join(buf))
                buf, buf_bytes = [], 0
        out.write(b"".join(buf))
    finally:
        if out is not sys.stdout.buffer:
            out.close()
        else:
            out.flush()
    secs = time.perf_counter() - start
    if not args.quiet:
        print(f"gen_corpus: {count} articles, {total} bytes ({total / 1e6:.1f} MB) to {args.out} "
              f"in {secs:.1f} s ({total / 1e6 / max(secs, 1e-9):.1f} MB/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
