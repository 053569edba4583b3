#!/usr/bin/env python3
"""Generate rules/gazetteer.yaml: countries (from Debian's iso-codes plus the supplement below) and
organizations (the supplement below).

    python3 scripts/gen_gazetteer.py            # writes rules/gazetteer.yaml
    python3 scripts/gen_gazetteer.py --check    # exit 1 if rules/gazetteer.yaml is out of date

iso-codes (`apt-get install iso-codes`) provides, for each ISO 3166-1 entry, `name`, `official_name`
and `common_name`; those that differ from the canonical name below become aliases. Everything else
(canonical news names, extra aliases, demonyms, capitals, organizations) is the hand-written
supplement in this file. Python 3 standard library only; the YAML is written by hand, every string
double-quoted, so the output is byte-for-byte deterministic.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_OUT = os.path.join(ROOT, "rules", "gazetteer.yaml")

# The 193 member states of the United Nations, by ISO 3166-1 alpha-3.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()

# Not UN members, but states news treats as countries. Kosovo has no ISO 3166-1 code; XKX is the
# user-assigned code used by the EU, the IMF and the World Bank.
NON_MEMBERS = ["PSE", "TWN", "VAT", "XKX"]

# One line per country:
#   ISO | canonical name | extra aliases | demonyms | capitals | ISO names NOT to use as aliases
# Items are separated by ";". The canonical name is the short English name news uses; the ISO
# name/official name/common name are added as aliases automatically. Demonyms are the adjective and
# the plural noun. Capitals are the cities news uses as metonyms for the government (the capital, and
# for a few countries the seat of government too); a capital equal to the country name is left out,
# and so is Victoria (Seychelles), which news far more often means as the Australian state, the
# Canadian city or a person.
#
# Deliberately absent because they are ambiguous: "Korea" (North or South), "Congo" (either Congo),
# "Congolese", "Dominican" for Dominica (it belongs to the Dominican Republic), "the South".
COUNTRY_TABLE = """
AFG | Afghanistan | | Afghan; Afghans | Kabul
ALB | Albania | | Albanian; Albanians | Tirana
DZA | Algeria | | Algerian; Algerians | Algiers
AND | Andorra | | Andorran; Andorrans | Andorra la Vella
AGO | Angola | | Angolan; Angolans | Luanda
ATG | Antigua and Barbuda | Antigua | Antiguan; Antiguans; Barbudan; Barbudans | St. John's; Saint John's
ARG | Argentina | | Argentine; Argentines; Argentinian; Argentinians | Buenos Aires
ARM | Armenia | | Armenian; Armenians | Yerevan
AUS | Australia | Commonwealth of Australia | Australian; Australians | Canberra
AUT | Austria | | Austrian; Austrians | Vienna
AZE | Azerbaijan | | Azerbaijani; Azerbaijanis; Azeri; Azeris | Baku
BHS | Bahamas | The Bahamas | Bahamian; Bahamians | Nassau
BHR | Bahrain | | Bahraini; Bahrainis | Manama
BGD | Bangladesh | | Bangladeshi; Bangladeshis | Dhaka
BRB | Barbados | | Barbadian; Barbadians; Bajan; Bajans | Bridgetown
BLR | Belarus | | Belarusian; Belarusians | Minsk
BEL | Belgium | | Belgian; Belgians | Brussels
BLZ | Belize | | Belizean; Belizeans | Belmopan
BEN | Benin | | Beninese | Porto-Novo; Cotonou
BTN | Bhutan | | Bhutanese | Thimphu
BOL | Bolivia | | Bolivian; Bolivians | Sucre; La Paz
BIH | Bosnia and Herzegovina | Bosnia; Bosnia-Herzegovina | Bosnian; Bosnians | Sarajevo
BWA | Botswana | | Motswana; Batswana; Botswanan; Botswanans | Gaborone
BRA | Brazil | | Brazilian; Brazilians | Brasília; Brasilia
BRN | Brunei | | Bruneian; Bruneians | Bandar Seri Begawan
BGR | Bulgaria | | Bulgarian; Bulgarians | Sofia
BFA | Burkina Faso | Burkina | Burkinabe; Burkinabè | Ouagadougou
BDI | Burundi | | Burundian; Burundians | Gitega; Bujumbura
CPV | Cape Verde | | Cape Verdean; Cape Verdeans; Cabo Verdean; Cabo Verdeans | Praia
KHM | Cambodia | | Cambodian; Cambodians | Phnom Penh
CMR | Cameroon | | Cameroonian; Cameroonians | Yaoundé; Yaounde
CAN | Canada | | Canadian; Canadians | Ottawa
CAF | Central African Republic | | Central African; Central Africans | Bangui
TCD | Chad | | Chadian; Chadians | N'Djamena; Ndjamena
CHL | Chile | | Chilean; Chileans | Santiago
CHN | China | PRC; P.R.C.; mainland China | Chinese | Beijing
COL | Colombia | | Colombian; Colombians | Bogotá; Bogota
COM | Comoros | | Comorian; Comorians | Moroni
COG | Republic of the Congo | Republic of Congo; Congo-Brazzaville; Congo Republic | | Brazzaville | Congo
COD | Democratic Republic of the Congo | Democratic Republic of Congo; DR Congo; D.R. Congo; DRC; Congo-Kinshasa | | Kinshasa
CRI | Costa Rica | | Costa Rican; Costa Ricans | San José; San Jose
CIV | Ivory Coast | Cote d'Ivoire | Ivorian; Ivorians | Yamoussoukro; Abidjan
HRV | Croatia | | Croatian; Croatians; Croat; Croats | Zagreb
CUB | Cuba | | Cuban; Cubans | Havana
CYP | Cyprus | | Cypriot; Cypriots | Nicosia
CZE | Czech Republic | | Czech; Czechs | Prague
PRK | North Korea | DPRK; D.P.R.K.; N. Korea; the North | North Korean; North Koreans | Pyongyang
DNK | Denmark | | Danish; Dane; Danes | Copenhagen
DJI | Djibouti | | Djiboutian; Djiboutians | Djibouti City
DMA | Dominica | | | Roseau
DOM | Dominican Republic | | Dominican; Dominicans | Santo Domingo
ECU | Ecuador | | Ecuadorian; Ecuadorians; Ecuadorean; Ecuadoreans | Quito
EGY | Egypt | | Egyptian; Egyptians | Cairo
SLV | El Salvador | | Salvadoran; Salvadorans; Salvadorean; Salvadoreans | San Salvador
GNQ | Equatorial Guinea | | Equatorial Guinean; Equatorial Guineans; Equatoguinean; Equatoguineans | Malabo
ERI | Eritrea | | Eritrean; Eritreans | Asmara
EST | Estonia | | Estonian; Estonians | Tallinn
SWZ | Eswatini | Swaziland | Swazi; Swazis | Mbabane; Lobamba
ETH | Ethiopia | | Ethiopian; Ethiopians | Addis Ababa
FJI | Fiji | | Fijian; Fijians | Suva
FIN | Finland | | Finnish; Finn; Finns | Helsinki
FRA | France | | French | Paris
GAB | Gabon | | Gabonese | Libreville
GMB | Gambia | The Gambia | Gambian; Gambians | Banjul
GEO | Georgia | | Georgian; Georgians | Tbilisi
DEU | Germany | | German; Germans | Berlin
GHA | Ghana | | Ghanaian; Ghanaians | Accra
GRC | Greece | | Greek; Greeks | Athens
GRD | Grenada | | Grenadian; Grenadians | St. George's; Saint George's
GTM | Guatemala | | Guatemalan; Guatemalans | Guatemala City
GIN | Guinea | Guinea-Conakry | Guinean; Guineans | Conakry
GNB | Guinea-Bissau | | Bissau-Guinean; Bissau-Guineans | Bissau
GUY | Guyana | | Guyanese | Georgetown
HTI | Haiti | | Haitian; Haitians | Port-au-Prince
HND | Honduras | | Honduran; Hondurans | Tegucigalpa
HUN | Hungary | | Hungarian; Hungarians | Budapest
ISL | Iceland | | Icelandic; Icelander; Icelanders | Reykjavík; Reykjavik
IND | India | | Indian; Indians | New Delhi
IDN | Indonesia | | Indonesian; Indonesians | Jakarta
IRN | Iran | | Iranian; Iranians | Tehran
IRQ | Iraq | | Iraqi; Iraqis | Baghdad
IRL | Ireland | Republic of Ireland | Irish | Dublin
ISR | Israel | | Israeli; Israelis | Jerusalem
ITA | Italy | | Italian; Italians | Rome
JAM | Jamaica | | Jamaican; Jamaicans | Kingston
JPN | Japan | | Japanese | Tokyo
JOR | Jordan | | Jordanian; Jordanians | Amman
KAZ | Kazakhstan | | Kazakhstani; Kazakhstanis; Kazakh; Kazakhs | Astana
KEN | Kenya | | Kenyan; Kenyans | Nairobi
KIR | Kiribati | | I-Kiribati | Tarawa; South Tarawa
KWT | Kuwait | | Kuwaiti; Kuwaitis | Kuwait City
KGZ | Kyrgyzstan | | Kyrgyz; Kyrgyzstani; Kyrgyzstanis | Bishkek
LAO | Laos | Lao PDR | Laotian; Laotians; Lao | Vientiane
LVA | Latvia | | Latvian; Latvians | Riga
LBN | Lebanon | | Lebanese | Beirut
LSO | Lesotho | | Basotho; Mosotho | Maseru
LBR | Liberia | | Liberian; Liberians | Monrovia
LBY | Libya | | Libyan; Libyans | Tripoli
LIE | Liechtenstein | | Liechtensteiner; Liechtensteiners | Vaduz
LTU | Lithuania | | Lithuanian; Lithuanians | Vilnius
LUX | Luxembourg | | Luxembourgish; Luxembourger; Luxembourgers | Luxembourg City
MDG | Madagascar | | Malagasy | Antananarivo
MWI | Malawi | | Malawian; Malawians | Lilongwe
MYS | Malaysia | | Malaysian; Malaysians | Kuala Lumpur; Putrajaya
MDV | Maldives | | Maldivian; Maldivians | Malé
MLI | Mali | | Malian; Malians | Bamako
MLT | Malta | | Maltese | Valletta
MHL | Marshall Islands | | Marshallese | Majuro
MRT | Mauritania | | Mauritanian; Mauritanians | Nouakchott
MUS | Mauritius | | Mauritian; Mauritians | Port Louis
MEX | Mexico | | Mexican; Mexicans | Mexico City
FSM | Micronesia | | Micronesian; Micronesians | Palikir
MDA | Moldova | | Moldovan; Moldovans | Chișinău; Chisinau
MCO | Monaco | | Monégasque; Monégasques; Monegasque; Monegasques |
MNG | Mongolia | | Mongolian; Mongolians | Ulaanbaatar; Ulan Bator
MNE | Montenegro | | Montenegrin; Montenegrins | Podgorica
MAR | Morocco | | Moroccan; Moroccans | Rabat
MOZ | Mozambique | | Mozambican; Mozambicans | Maputo
MMR | Myanmar | Burma | Burmese | Naypyidaw; Naypyitaw; Nay Pyi Taw
NAM | Namibia | | Namibian; Namibians | Windhoek
NRU | Nauru | | Nauruan; Nauruans | Yaren
NPL | Nepal | | Nepali; Nepalis; Nepalese | Kathmandu
NLD | Netherlands | Holland | Dutch | Amsterdam; The Hague
NZL | New Zealand | | New Zealander; New Zealanders | Wellington
NIC | Nicaragua | | Nicaraguan; Nicaraguans | Managua
NER | Niger | | Nigerien; Nigeriens | Niamey
NGA | Nigeria | | Nigerian; Nigerians | Abuja
MKD | North Macedonia | Macedonia; Former Yugoslav Republic of Macedonia; FYROM | North Macedonian; North Macedonians; Macedonian; Macedonians | Skopje
NOR | Norway | | Norwegian; Norwegians | Oslo
OMN | Oman | | Omani; Omanis | Muscat
PAK | Pakistan | | Pakistani; Pakistanis | Islamabad
PLW | Palau | | Palauan; Palauans | Ngerulmud
PAN | Panama | | Panamanian; Panamanians | Panama City
PNG | Papua New Guinea | | Papua New Guinean; Papua New Guineans | Port Moresby
PRY | Paraguay | | Paraguayan; Paraguayans | Asunción; Asuncion
PER | Peru | | Peruvian; Peruvians | Lima
PHL | Philippines | | Filipino; Filipinos; Philippine | Manila
POL | Poland | | Polish; Poles | Warsaw
PRT | Portugal | | Portuguese | Lisbon
QAT | Qatar | | Qatari; Qataris | Doha
KOR | South Korea | ROK; R.O.K.; Republic of Korea; S. Korea | South Korean; South Koreans | Seoul
ROU | Romania | | Romanian; Romanians | Bucharest
RUS | Russia | | Russian; Russians | Moscow
RWA | Rwanda | | Rwandan; Rwandans | Kigali
KNA | Saint Kitts and Nevis | St. Kitts and Nevis; St Kitts and Nevis | Kittitian; Kittitians; Nevisian; Nevisians | Basseterre
LCA | Saint Lucia | St. Lucia; St Lucia | Saint Lucian; Saint Lucians | Castries
VCT | Saint Vincent and the Grenadines | St. Vincent and the Grenadines; St Vincent and the Grenadines | Vincentian; Vincentians | Kingstown
WSM | Samoa | | Samoan; Samoans | Apia
SMR | San Marino | | Sammarinese | City of San Marino
STP | Sao Tome and Principe | São Tomé and Príncipe | Santomean; Santomeans | São Tomé; Sao Tome
SAU | Saudi Arabia | | Saudi; Saudis; Saudi Arabian; Saudi Arabians | Riyadh
SEN | Senegal | | Senegalese | Dakar
SRB | Serbia | | Serbian; Serbians | Belgrade
SYC | Seychelles | | Seychellois |
SLE | Sierra Leone | | Sierra Leonean; Sierra Leoneans | Freetown
SGP | Singapore | | Singaporean; Singaporeans |
SVK | Slovakia | | Slovak; Slovaks; Slovakian | Bratislava
SVN | Slovenia | | Slovenian; Slovenians; Slovene; Slovenes | Ljubljana
SLB | Solomon Islands | | Solomon Islander; Solomon Islanders | Honiara
SOM | Somalia | | Somali; Somalis | Mogadishu
ZAF | South Africa | | South African; South Africans | Pretoria; Cape Town; Bloemfontein
SSD | South Sudan | | South Sudanese | Juba
ESP | Spain | | Spanish; Spaniard; Spaniards | Madrid
LKA | Sri Lanka | | Sri Lankan; Sri Lankans | Sri Jayawardenepura Kotte; Colombo
SDN | Sudan | | Sudanese | Khartoum
SUR | Suriname | Surinam | Surinamese | Paramaribo
SWE | Sweden | | Swedish; Swede; Swedes | Stockholm
CHE | Switzerland | | Swiss | Bern; Berne
SYR | Syria | | Syrian; Syrians | Damascus
TJK | Tajikistan | | Tajik; Tajiks; Tajikistani | Dushanbe
THA | Thailand | | Thai; Thais | Bangkok
TLS | East Timor | | East Timorese; Timorese | Dili
TGO | Togo | | Togolese | Lomé; Lome
TON | Tonga | | Tongan; Tongans | Nukuʻalofa; Nuku'alofa
TTO | Trinidad and Tobago | Trinidad | Trinidadian; Trinidadians; Tobagonian; Tobagonians | Port of Spain
TUN | Tunisia | | Tunisian; Tunisians | Tunis
TUR | Turkey | Turkiye; Republic of Turkey | Turkish; Turk; Turks | Ankara
TKM | Turkmenistan | | Turkmen | Ashgabat
TUV | Tuvalu | | Tuvaluan; Tuvaluans | Funafuti
UGA | Uganda | | Ugandan; Ugandans | Kampala
UKR | Ukraine | | Ukrainian; Ukrainians | Kyiv; Kiev
ARE | United Arab Emirates | UAE; U.A.E. | Emirati; Emiratis | Abu Dhabi
GBR | United Kingdom | UK; U.K.; Britain; Great Britain | British; Briton; Britons | London
TZA | Tanzania | | Tanzanian; Tanzanians | Dodoma
USA | United States | US; U.S.; USA; U.S.A.; America | American; Americans | Washington; Washington, D.C.
URY | Uruguay | | Uruguayan; Uruguayans | Montevideo
UZB | Uzbekistan | | Uzbek; Uzbeks; Uzbekistani | Tashkent
VUT | Vanuatu | | Ni-Vanuatu | Port Vila
VEN | Venezuela | | Venezuelan; Venezuelans | Caracas
VNM | Vietnam | Socialist Republic of Vietnam | Vietnamese | Hanoi
YEM | Yemen | | Yemeni; Yemenis | Sanaa; Sana'a
ZMB | Zambia | | Zambian; Zambians | Lusaka
ZWE | Zimbabwe | | Zimbabwean; Zimbabweans | Harare
PSE | Palestine | Palestinian territories | Palestinian; Palestinians | Ramallah
TWN | Taiwan | Republic of China; ROC; Chinese Taipei | Taiwanese | Taipei
VAT | Vatican | Vatican City; Vatican City State; Holy See | |
XKX | Kosovo | Republic of Kosovo | Kosovar; Kosovars; Kosovan; Kosovans | Pristina; Prishtina
"""

ORG_TYPES = ("party", "government", "military", "international", "agency")

# Organizations. `country` is a canonical country name above, or "" for international bodies (and
# only for them). `aliases` name the organization anywhere; `country_aliases` name it only when its
# country is in context ("its ruling party", "North Korea's parliament").
ORGANIZATIONS = [
    # --- North Korea
    dict(name="Workers' Party of Korea", country="North Korea", type="party",
         aliases=["WPK", "Korean Workers' Party", "Workers' Party", "KWP"],
         country_aliases=["ruling party", "ruling Workers' Party", "the party"]),
    dict(name="Central Military Commission of the Workers' Party of Korea", country="North Korea",
         type="military", aliases=["WPK Central Military Commission"],
         country_aliases=["Central Military Commission", "party Central Military Commission"]),
    dict(name="Korean People's Army", country="North Korea", type="military",
         aliases=["KPA"], country_aliases=["military", "army", "armed forces"]),
    dict(name="Supreme People's Assembly", country="North Korea", type="government",
         aliases=["SPA"], country_aliases=["parliament", "legislature", "rubber-stamp parliament"]),
    dict(name="State Affairs Commission", country="North Korea", type="government",
         aliases=[], country_aliases=[]),
    dict(name="National Defence Commission", country="North Korea", type="government",
         aliases=["National Defense Commission"], country_aliases=[]),
    dict(name="Korean Central News Agency", country="North Korea", type="agency",
         aliases=["KCNA"],
         country_aliases=["official news agency", "state news agency", "state media"]),
    dict(name="Rodong Sinmun", country="North Korea", type="agency",
         aliases=["Nodong Sinmun"],
         country_aliases=["party newspaper", "official newspaper", "ruling party newspaper"]),
    dict(name="Korean Central Television", country="North Korea", type="agency",
         aliases=["KCTV"], country_aliases=["state television", "state TV", "state broadcaster"]),
    # --- China
    dict(name="Communist Party of China", country="China", type="party",
         aliases=["CPC", "CCP", "Chinese Communist Party"],
         country_aliases=["ruling party", "ruling Communist Party", "the party", "Communist Party"]),
    dict(name="Central Military Commission of the Communist Party of China", country="China",
         type="military", aliases=["CPC Central Military Commission"],
         country_aliases=["Central Military Commission"]),
    dict(name="International Department of the CPC Central Committee", country="China",
         type="agency",
         aliases=["IDCPC", "International Liaison Department",
                  "International Department of the Central Committee of the Communist Party of China"],
         country_aliases=["International Department"]),
    dict(name="People's Liberation Army", country="China", type="military",
         aliases=["PLA", "Chinese People's Liberation Army"],
         country_aliases=["military", "army", "armed forces"]),
    dict(name="Chinese People's Volunteers", country="China", type="military",
         aliases=["Chinese People's Volunteer Army"], country_aliases=[]),
    dict(name="National People's Congress", country="China", type="government",
         aliases=["NPC"], country_aliases=["parliament", "legislature", "rubber-stamp parliament"]),
    dict(name="Chinese People's Political Consultative Conference", country="China",
         type="government", aliases=["CPPCC"], country_aliases=["top political advisory body"]),
    dict(name="State Council of China", country="China", type="government",
         aliases=["State Council of the People's Republic of China", "Chinese State Council"],
         country_aliases=["State Council", "cabinet"]),
    dict(name="Xinhua", country="China", type="agency",
         aliases=["Xinhua News Agency", "New China News Agency"],
         country_aliases=["official news agency", "state news agency", "state media"]),
    dict(name="People's Daily", country="China", type="agency",
         aliases=[], country_aliases=["party newspaper", "official newspaper"]),
    dict(name="China Central Television", country="China", type="agency",
         aliases=["CCTV"], country_aliases=["state television", "state TV", "state broadcaster"]),
    # --- other ruling communist parties
    dict(name="Communist Party of Vietnam", country="Vietnam", type="party",
         aliases=["Vietnamese Communist Party", "VCP"],
         country_aliases=["ruling party", "ruling Communist Party", "the party", "Communist Party"]),
    dict(name="Lao People's Revolutionary Party", country="Laos", type="party",
         aliases=["LPRP"], country_aliases=["ruling party", "the party"]),
    dict(name="Communist Party of Cuba", country="Cuba", type="party",
         aliases=["PCC", "Cuban Communist Party"],
         country_aliases=["ruling party", "ruling Communist Party", "the party", "Communist Party"]),
    # --- South Korea
    dict(name="Democratic Party of Korea", country="South Korea", type="party",
         aliases=["DPK"], country_aliases=["Democratic Party"]),
    dict(name="People Power Party", country="South Korea", type="party",
         aliases=[], country_aliases=[]),
    dict(name="National Assembly of the Republic of Korea", country="South Korea",
         type="government", aliases=[], country_aliases=["National Assembly", "parliament"]),
    dict(name="Ministry of Unification", country="South Korea", type="government",
         aliases=["Unification Ministry"], country_aliases=[]),
    dict(name="National Intelligence Service", country="South Korea", type="agency",
         aliases=["NIS"], country_aliases=["spy agency", "intelligence agency"]),
    dict(name="Yonhap", country="South Korea", type="agency",
         aliases=["Yonhap News Agency"], country_aliases=[]),
    # --- Japan
    dict(name="Liberal Democratic Party", country="Japan", type="party",
         aliases=["LDP"], country_aliases=["ruling party", "ruling Liberal Democratic Party"]),
    dict(name="Democratic Party of Japan", country="Japan", type="party",
         aliases=["DPJ"], country_aliases=[]),
    dict(name="National Diet", country="Japan", type="government",
         aliases=[], country_aliases=["Diet", "parliament"]),
    dict(name="Kyodo News", country="Japan", type="agency",
         aliases=["Kyodo"], country_aliases=[]),
    # --- Russia
    dict(name="Kremlin", country="Russia", type="government", aliases=[], country_aliases=[]),
    dict(name="United Russia", country="Russia", type="party",
         aliases=[], country_aliases=["ruling party"]),
    dict(name="TASS", country="Russia", type="agency",
         aliases=["ITAR-TASS"], country_aliases=["state news agency"]),
    # --- United States
    dict(name="United States Congress", country="United States", type="government",
         aliases=["US Congress", "U.S. Congress"], country_aliases=["Congress"]),
    dict(name="White House", country="United States", type="government",
         aliases=[], country_aliases=[]),
    dict(name="United States Department of State", country="United States", type="government",
         aliases=["State Department", "U.S. State Department", "US State Department"],
         country_aliases=["Department of State"]),
    dict(name="United States Department of Defense", country="United States", type="government",
         aliases=["Pentagon", "U.S. Department of Defense", "US Department of Defense"],
         country_aliases=["Department of Defense", "Defense Department"]),
    # --- Palestine
    dict(name="Palestinian Authority", country="Palestine", type="government",
         aliases=[], country_aliases=[]),
    # --- international
    dict(name="United Nations", country="", type="international",
         aliases=["UN", "U.N."], country_aliases=[]),
    dict(name="United Nations Security Council", country="", type="international",
         aliases=["UN Security Council", "U.N. Security Council", "UNSC", "Security Council"],
         country_aliases=[]),
    dict(name="United Nations General Assembly", country="", type="international",
         aliases=["UN General Assembly", "U.N. General Assembly", "UNGA", "General Assembly"],
         country_aliases=[]),
    dict(name="United Nations Command", country="", type="international",
         aliases=["UN Command", "U.N. Command", "UNC"], country_aliases=[]),
    dict(name="UNICEF", country="", type="international",
         aliases=["United Nations Children's Fund"], country_aliases=[]),
    dict(name="World Food Programme", country="", type="international",
         aliases=["WFP", "World Food Program"], country_aliases=[]),
    dict(name="International Atomic Energy Agency", country="", type="international",
         aliases=["IAEA", "UN nuclear watchdog", "U.N. nuclear watchdog"], country_aliases=[]),
    dict(name="World Health Organization", country="", type="international",
         aliases=["WHO"], country_aliases=[]),
    dict(name="World Bank", country="", type="international", aliases=[], country_aliases=[]),
    dict(name="International Monetary Fund", country="", type="international",
         aliases=["IMF"], country_aliases=[]),
    dict(name="World Trade Organization", country="", type="international",
         aliases=["WTO"], country_aliases=[]),
    dict(name="International Committee of the Red Cross", country="", type="international",
         aliases=["ICRC"], country_aliases=[]),
    dict(name="Association of Southeast Asian Nations", country="", type="international",
         aliases=["ASEAN"], country_aliases=[]),
    dict(name="ASEAN Regional Forum", country="", type="international",
         aliases=["ARF"], country_aliases=[]),
    dict(name="Asia-Pacific Economic Cooperation", country="", type="international",
         aliases=["APEC"], country_aliases=[]),
    dict(name="Shanghai Cooperation Organisation", country="", type="international",
         aliases=["SCO", "Shanghai Cooperation Organization"], country_aliases=[]),
    dict(name="BRICS", country="", type="international", aliases=[], country_aliases=[]),
    dict(name="Group of Seven", country="", type="international",
         aliases=["G7", "G-7"], country_aliases=[]),
    dict(name="Group of 20", country="", type="international",
         aliases=["G20", "G-20"], country_aliases=[]),
    dict(name="North Atlantic Treaty Organization", country="", type="international",
         aliases=["NATO"], country_aliases=[]),
    dict(name="European Union", country="", type="international",
         aliases=["EU", "E.U."], country_aliases=[]),
    dict(name="African Union", country="", type="international",
         aliases=["AU"], country_aliases=[]),
]


# ----------------------------------------------------------------------------------- building

class GazetteerError(Exception):
    pass


def _items(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def parse_table(text=COUNTRY_TABLE):
    """The supplement as {iso: dict(name, aliases, demonyms, capitals, drop)}, in table order."""
    rows = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        if not 2 <= len(fields) <= 6:
            raise GazetteerError(f"COUNTRY_TABLE line {lineno}: expected 2..6 fields: {line!r}")
        fields += [""] * (6 - len(fields))
        iso, name, aliases, demonyms, capitals, drop = fields
        if iso in rows:
            raise GazetteerError(f"COUNTRY_TABLE line {lineno}: {iso} listed twice")
        rows[iso] = dict(name=name, aliases=_items(aliases), demonyms=_items(demonyms),
                         capitals=_items(capitals), drop=_items(drop))
    return rows


def load_iso(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {e["alpha_3"]: e for e in data["3166-1"]}


def iso_codes_version(iso_json):
    """The iso-codes version, from its pkg-config file next to the data, else from dpkg."""
    share = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(iso_json))))
    pc = os.path.join(share, "pkgconfig", "iso-codes.pc")
    try:
        with open(pc, encoding="utf-8") as f:
            for line in f:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return out.split("-")[0] or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _dedupe(values, exclude=()):
    """Sorted, without case-insensitive duplicates (the first in sort order wins) or `exclude`."""
    seen = {x.casefold() for x in exclude}
    out = []
    for v in sorted(set(values)):
        k = v.casefold()
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


def build_countries(iso):
    table = parse_table()
    wanted = UN_MEMBERS + NON_MEMBERS
    if len(set(UN_MEMBERS)) != 193:
        raise GazetteerError(f"UN_MEMBERS has {len(set(UN_MEMBERS))} distinct codes, not 193")
    missing = [c for c in wanted if c not in table]
    extra = [c for c in table if c not in wanted]
    if missing or extra:
        raise GazetteerError(f"COUNTRY_TABLE: missing {missing}, not a wanted country {extra}")
    countries = []
    for code in wanted:
        row = table[code]
        entry = iso.get(code)
        if entry is None and code != "XKX":
            raise GazetteerError(f"{code} is not in iso-codes")
        iso_names = []
        if entry is not None:
            for key in ("name", "official_name", "common_name"):
                v = entry.get(key, "").strip()
                if v.lower().startswith("the "):  # "the State of Eritrea"
                    v = v[4:]
                if v and v not in row["drop"]:
                    iso_names.append(v)
        name = row["name"]
        countries.append(dict(
            name=name, iso=code,
            aliases=_dedupe(iso_names + row["aliases"], exclude=[name]),
            demonyms=_dedupe(row["demonyms"]),
            capitals=_dedupe(row["capitals"], exclude=[name])))
    countries.sort(key=lambda c: (c["name"].casefold(), c["name"]))
    check(countries, ORGANIZATIONS)
    return countries


def check(countries, orgs):
    """Raise GazetteerError on ambiguity: a surface form naming two things."""
    problems = []
    names = {c["name"] for c in countries}
    owner = {}      # casefolded name/alias -> country
    for c in countries:
        for form in [c["name"]] + c["aliases"]:
            prev = owner.setdefault(form.casefold(), c["name"])
            if prev != c["name"]:
                problems.append(f"{form!r} names both {prev} and {c['name']}")
    dem_owner = {}
    for c in countries:
        for d in c["demonyms"]:
            prev = dem_owner.setdefault(d.casefold(), c["name"])
            if prev != c["name"]:
                problems.append(f"demonym {d!r} belongs to both {prev} and {c['name']}")
            if d.casefold() in owner:
                problems.append(f"demonym {d!r} of {c['name']} is also a name of "
                                f"{owner[d.casefold()]}")
    cap_owner = {}
    for c in countries:
        for cap in c["capitals"]:
            prev = cap_owner.setdefault(cap.casefold(), c["name"])
            if prev != c["name"]:
                problems.append(f"capital {cap!r} belongs to both {prev} and {c['name']}")
            other = owner.get(cap.casefold())
            if other is not None and other != c["name"]:
                problems.append(f"capital {cap!r} of {c['name']} is a name of {other}")
    org_owner = {}
    ctx_owner = {}
    for o in orgs:
        if o["type"] not in ORG_TYPES:
            problems.append(f"{o['name']}: unknown type {o['type']!r}")
        if o["country"] == "":
            if o["type"] != "international":
                problems.append(f"{o['name']}: only international bodies have no country")
        elif o["country"] not in names:
            problems.append(f"{o['name']}: {o['country']!r} is not a canonical country name")
        elif o["type"] == "international":
            problems.append(f"{o['name']}: an international body has country \"\"")
        for form in [o["name"]] + o["aliases"]:
            k = form.casefold()
            prev = org_owner.setdefault(k, o["name"])
            if prev != o["name"]:
                problems.append(f"{form!r} names both {prev} and {o['name']}")
            if k in owner or k in dem_owner:
                problems.append(f"{form!r} ({o['name']}) is also a country name or demonym")
        for form in o["country_aliases"]:
            key = (o["country"], form.casefold())
            prev = ctx_owner.setdefault(key, o["name"])
            if prev != o["name"]:
                problems.append(f"in {o['country']}, {form!r} names both {prev} and {o['name']}")
        if o["country_aliases"] and not o["country"]:
            problems.append(f"{o['name']}: country_aliases need a country")
    if problems:
        raise GazetteerError("\n".join(problems))


# ------------------------------------------------------------------------------------ writing

def quote(s):
    """A YAML double-quoted scalar. Non-ASCII text is kept as UTF-8."""
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0x80 <= ord(ch) < 0xA0 or ch in "\u2028\u2029\ufeff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def flow(values):
    return "[" + ", ".join(quote(v) for v in values) + "]"


def render(iso_json=DEFAULT_ISO_JSON):
    iso = load_iso(iso_json)
    countries = build_countries(iso)
    orgs = sorted(ORGANIZATIONS, key=lambda o: (o["name"].casefold(), o["name"]))
    version = iso_codes_version(iso_json)
    lines = [
        f"# generated by scripts/gen_gazetteer.py from iso-codes {version} + supplement; "
        "do not edit by hand",
        "# regenerate: python3 scripts/gen_gazetteer.py   (needs Debian's iso-codes package;",
        "# the supplement - canonical names, extra aliases, demonyms, capitals, organizations -",
        "# lives in that script). Format: see rules/README.md.",
        f"# {len(countries)} countries ({len(UN_MEMBERS)} UN members + "
        f"{', '.join(sorted(c['name'] for c in countries if c['iso'] in NON_MEMBERS))}), "
        f"{len(orgs)} organizations",
        "countries:",
    ]
    for c in countries:
        lines += [
            f"  - name: {quote(c['name'])}",
            f"    iso: {quote(c['iso'])}",
            f"    aliases: {flow(c['aliases'])}",
            f"    demonyms: {flow(c['demonyms'])}",
            f"    capitals: {flow(c['capitals'])}",
        ]
    lines.append("organizations:")
    for o in orgs:
        lines += [
            f"  - name: {quote(o['name'])}",
            f"    country: {quote(o['country'])}",
            f"    type: {quote(o['type'])}",
            f"    aliases: {flow(_dedupe(o['aliases'], exclude=[o['name']]))}",
            f"    country_aliases: {flow(_dedupe(o['country_aliases']))}",
        ]
    return "\n".join(lines) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--iso-json", default=DEFAULT_ISO_JSON,
                    help="iso-codes' iso_3166-1.json (default: %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output file (default: rules/gazetteer.yaml)")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the output file differs from what would be written")
    args = ap.parse_args(argv)
    try:
        text = render(args.iso_json)
    except GazetteerError as e:
        print(f"gen_gazetteer: {e}", file=sys.stderr)
        return 2
    if args.check:
        try:
            with open(args.out, encoding="utf-8", newline="") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            print(f"gen_gazetteer: {args.out} is out of date; run python3 scripts/gen_gazetteer.py",
                  file=sys.stderr)
            return 1
        return 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
