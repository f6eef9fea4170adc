"""Swedish words and sentences for the synthetic national dataset: varied, realistic text about school attendance.

Sentences have placeholders ({kommun}, {region}, {roll}, {verktyg}, {aktor}, {ar}, {antal}, {procent}) that the
generator fills, so no two initiatives read the same and the search index sees realistic vocabulary.
"""

from __future__ import annotations

import random

# Counties and their number of municipalities (SCB 2024): 290 in all.
REGIONS: list[tuple[str, int]] = [
    ("Region Stockholm", 26), ("Region Uppsala", 8), ("Region Sörmland", 9), ("Region Östergötland", 13),
    ("Region Jönköpings län", 13), ("Region Kronoberg", 8), ("Region Kalmar län", 12), ("Region Gotland", 1),
    ("Region Blekinge", 5), ("Region Skåne", 33), ("Region Halland", 6), ("Västra Götalandsregionen", 49),
    ("Region Värmland", 16), ("Region Örebro län", 12), ("Region Västmanland", 10), ("Region Dalarna", 15),
    ("Region Gävleborg", 10), ("Region Västernorrland", 7), ("Region Jämtland Härjedalen", 8),
    ("Region Västerbotten", 15), ("Region Norrbotten", 14),
]

PLACE_START = [
    "Björk", "Ek", "Asp", "Lind", "Al", "Gran", "Sjö", "Berg", "Dal", "Hav", "Strand", "Äng", "Mo", "Ny", "Öster",
    "Väster", "Norr", "Söder", "Holm", "Lunda", "Rosen", "Furu", "Sand", "Sten", "Skog", "Mal", "Tall", "Hag", "Bäck",
    "Kvarn", "Lövs", "Hassel", "Rönn", "Ljung", "Fjäll", "Myr", "Ås", "Kull", "Vret", "Tors",
]
PLACE_END = [
    "vik", "by", "köping", "hamn", "fors", "sund", "torp", "ås", "berga", "målen", "stad", "näs", "ryd", "lösa",
    "tuna", "hult", "bo", "dala", "holm", "säter",
]

ROLES = [
    ("Kurator", "Kuratorn ger stödsamtal till elever och är skolans psykosociala kompetens i elevhälsan."),
    ("Skolsköterska", "Skolsköterskan ansvarar för elevhälsans medicinska insatser och träffar eleverna vid hälsobesök."),
    ("Skolpsykolog", "Skolpsykologen utreder, ger konsultation till personal och bidrar med psykologisk kompetens."),
    ("Specialpedagog", "Specialpedagogen kartlägger lärmiljön och stöttar lärare med anpassningar och särskilt stöd."),
    ("Speciallärare", "Specialläraren undervisar elever i behov av särskilt stöd, enskilt eller i mindre grupp."),
    ("Logoped", "Logopeden bedömer språk och kommunikation och hjälper skolan att anpassa kommunikationen."),
    ("Socialsekreterare", "Socialsekreteraren utreder barns behov av stöd och skydd och fattar beslut om insatser."),
    ("Familjebehandlare", "Familjebehandlaren arbetar med hela familjen i öppenvården med samtal och stöd i hemmet."),
    ("Socialpedagog", "Socialpedagogen arbetar relationsskapande med elever i och utanför skolan."),
    ("Skolsocionom", "Skolsocionomen är socialtjänstens kompetens på skolan och länken mellan skola och socialtjänst."),
    ("Fältsekreterare", "Fältsekreteraren möter unga där de är, på fritiden och i skolan, och arbetar förebyggande."),
    ("Ungdomshandledare", "Ungdomshandledaren stöttar unga i vardagen och i kontakten med skola och fritid."),
    ("Mentor", "Mentorn följer elevens skolgång och är vårdnadshavarnas första kontakt på skolan."),
    ("Lärare", "Läraren ser eleven varje dag och upptäcker ofta de första tecknen på frånvaro."),
    ("Rektor", "Rektorn ansvarar för att frånvaro utreds och att elevhälsan arbetar förebyggande."),
    ("Elevhälsochef", "Elevhälsochefen leder den centrala elevhälsan och samordnar insatser mellan skolor."),
    ("Närvarosamordnare", "Närvarosamordnaren följer frånvaron och samordnar insatser kring elever med hög frånvaro."),
    ("Projektledare", "Projektledaren driver satsningen, håller ihop samverkan och ansvarar för uppföljningen."),
    ("Psykolog", "Psykologen inom hälso- och sjukvården bedömer psykisk ohälsa och ger behandling."),
    ("Fysioterapeut", "Fysioterapeuten arbetar med rörelse, sömn och kroppslig hälsa som en väg tillbaka till skolan."),
    ("Arbetsterapeut", "Arbetsterapeuten hjälper eleven med struktur, vardagsrutiner och anpassningar i miljön."),
    ("Studie- och yrkesvägledare", "Studie- och yrkesvägledaren hjälper eleven att se en väg framåt i utbildningen."),
]

TOOLS = [
    "Kartläggning av frånvaro", "Samordnad individuell plan", "Motiverande samtal", "Bildstöd", "Tydliggörande pedagogik",
    "Föräldrastöd i grupp", "Föräldrautbildning", "Hembesök", "Mötas upp innan skolan", "Incheckning och utcheckning",
    "Veckoplanering", "Påminnelser via sms", "Stödjande samtal", "Psykoedukation", "Handlingsplan för närvaro",
    "Frånvarotrappan", "Samverkansmöten", "Konsultation med pedagoger", "Handledning av personal",
    "Anpassning av lärmiljön", "Stegvis återgång till skolan", "Trygg vuxen på skolan", "Lunchgrupper",
    "Fritidsaktivitet som motivation", "Prata om framtiden", "Lyfta framgångar", "Schemaanpassning",
    "Digital närvaroregistrering", "Tidig upptäckt av frånvaro", "Nätverksmöten", "Sömnskola", "Promenadsamtal",
    "Kompisstöd", "Rastaktiviteter", "Studiestöd efter skoltid", "Elevhälsomöte", "Överlämning mellan stadier",
    "Informationsmöten för vårdnadshavare", "Workshops för personal", "Uppföljning med skattningsskala",
    "Närvarorapport till rektor", "Kontaktperson på skolan", "Anonym konsultation", "Skolnärmande insats",
    "Fysisk aktivitet på recept", "Språkstöd för vårdnadshavare", "Tolk vid möten", "Loggbok för eleven",
    "Elevenkät om trivsel", "Social färdighetsträning", "Återkoppling till hemmet", "Gemensam ärendedragning",
    "Samtycke till samverkan", "Processbeskrivning för närvaroarbete", "Checklista för tidiga tecken",
    "Stöd vid skolbyte", "Praktiskt modellande",
]

TOOLBOX = ["Struktur", "Motivation och framtid", "Coaching och trygghet", "Lärmiljö", "Vårdnadshavare",
           "Socialt och fritid", "Samverkan"]

TERMS = [
    ("BUP", "Barn- och ungdomspsykiatri", "Den del av hälso- och sjukvården som utreder och behandlar barn och unga med psykisk ohälsa."),
    ("SIP", "Samordnad individuell plan", "En plan som kommun och region gör tillsammans med den enskilde när flera insatser behövs."),
    ("NPF", "Neuropsykiatrisk funktionsnedsättning", "Samlingsnamn för bland annat adhd, autism och språkstörning."),
    ("EHT", "Elevhälsoteam", "Skolans team med rektor, kurator, skolsköterska, specialpedagog och psykolog."),
    ("BUM", "Barn- och ungdomsmedicin", "Specialistvård för barn och unga med kroppsliga sjukdomar."),
    ("UPH", "Ungas psykiska hälsa", "Vårdcentralens tilläggsuppdrag för barn och unga med lindrig eller måttlig psykisk ohälsa."),
    ("BVC", "Barnavårdscentral", "Hälso- och sjukvårdens verksamhet för barn från födseln till skolstarten."),
    ("SoL", "Socialtjänstlagen", "Lagen som styr socialtjänstens arbete, bland annat stöd till barn och familjer."),
    ("LSS", "Lagen om stöd och service", "Lag om stöd och service till vissa personer med funktionsnedsättning."),
    ("ESF", "Europeiska socialfonden", "EU:s fond som finansierar projekt för arbete och utbildning."),
    ("SKR", "Sveriges Kommuner och Regioner", "Arbetsgivar- och intresseorganisation för kommuner och regioner."),
    ("KBT", "Kognitiv beteendeterapi", "En form av psykoterapi med fokus på tankar, känslor och beteenden."),
    ("MI", "Motiverande samtal", "En samtalsmetod som stärker personens egen motivation till förändring."),
    ("ADL", "Aktiviteter i dagliga livet", "Vardagliga aktiviteter som att äta, sova, klä sig och ta sig till skolan."),
    ("SSPF", "Skola, socialtjänst, polis och fritid", "En samverkansform för unga i riskzon."),
    ("IUP", "Individuell utvecklingsplan", "Skolans plan för elevens lärande och utveckling."),
    ("ÅP", "Åtgärdsprogram", "Skolans skriftliga plan när en elev behöver särskilt stöd."),
    ("HVB", "Hem för vård eller boende", "Boende med behandling för barn och unga som inte kan bo hemma."),
    ("LVU", "Lagen med särskilda bestämmelser om vård av unga", "Lag om vård utan samtycke för barn och unga."),
    ("SPSM", "Specialpedagogiska skolmyndigheten", "Statlig myndighet som ger specialpedagogiskt stöd till skolor."),
]
PLAIN_TERMS = [
    ("Problematisk skolfrånvaro", "Frånvaro som påverkar elevens lärande, hälsa eller sociala sammanhang negativt."),
    ("Skolnärvaro", "Att eleven är på plats i skolan och deltar i undervisningen."),
    ("Främja, förebygga, åtgärda", "Tre nivåer i närvaroarbetet: för alla, för elever i riskzon och för elever med frånvaro."),
    ("Tvärprofessionell samverkan", "När flera yrkesgrupper arbetar tillsammans kring samma elev eller familj."),
    ("Orosanmälan", "En anmälan till socialtjänsten när någon misstänker att ett barn far illa."),
    ("Elevhälsa", "Skolans medicinska, psykologiska, psykosociala och specialpedagogiska insatser."),
    ("Öppenvård", "Stöd och behandling som ges utan att barnet flyttar hemifrån."),
    ("Skolnärmande insats", "Ett stöd som gradvis för eleven närmare skolan och undervisningen."),
    ("Följeforskning", "Forskning som följer en satsning medan den pågår och återkopplar löpande."),
    ("Sociala investeringsmedel", "Medel som kommunen avsätter för förebyggande insatser som väntas spara kostnader."),
    ("Psykoedukation", "Kunskap om psykisk hälsa och ohälsa som ges till elev och familj."),
    ("Samsyn", "En gemensam bild av problem, mål och ansvar mellan de som samverkar."),
    ("Myndighetsutövning", "Beslut som en myndighet fattar och som påverkar den enskilde."),
    ("Aktualisering", "När ett ärende väcks hos socialtjänsten, till exempel genom en ansökan eller anmälan."),
    ("Likställighet", "Principen att kommunen ska behandla sina invånare lika."),
]

NATIONAL = [
    ("Skolverket", "Statens skolverk"), ("Socialstyrelsen", None), ("Specialpedagogiska skolmyndigheten", "SPSM"),
    ("Sveriges Kommuner och Regioner", "SKR"), ("Skolinspektionen", None), ("Folkhälsomyndigheten", None),
    ("Svenska ESF-rådet", "ESF-rådet"), ("Barnombudsmannen", None),
]
OTHER_ORGS = ["Maskrosbarn", "Rädda Barnen", "Bris", "Attention", "Riksförbundet Hem och Skola", "Fryshuset"]
REGIONAL_UNITS = ["Barn- och ungdomspsykiatrin", "Ungdomsmottagningen", "Barn- och ungdomsmedicin"]
MUNICIPAL_UNITS = ["utbildningsförvaltningen", "socialförvaltningen"]

INITIATIVE_NAMES = [
    "Närvaroteamet i {ort}", "Skolsocialt team {ort}", "Tidiga insatser för närvaro i {ort}", "Närvarolyftet {ort}",
    "Tillbaka till skolan, {ort}", "Samverkan för skolnärvaro i {ort}", "{ort}s närvarocentrum", "Trygg skolstart {ort}",
    "Hela vägen till skolan – {ort}", "Skolnära familjestöd {ort}", "Närvarolotsen i {ort}", "Mötesplats närvaro {ort}",
    "Elevhälsa i samverkan, {ort}", "Unga i skolan {ort}", "Steg för steg till skolan i {ort}", "Skolbron {ort}",
]
QUALIFIERS = ["", "", "", " (högstadiet)", " (lågstadiet)", " – pilot", " (gymnasiet)", " – fas två", " (norra området)",
              " (södra området)", " (centrala skolor)", " – familjespåret"]

SUMMARY = [
    "Ett samverkansprojekt mellan skola och socialtjänst i {kommun} där ett tvärprofessionellt team ger individuellt "
    "anpassat stöd till elever med hög frånvaro, deras vårdnadshavare och skolan.",
    "{kommun} har byggt upp ett team som arbetar tidigt med elever som börjar vara borta från skolan och som samordnar "
    "stödet kring eleven tillsammans med elevhälsan.",
    "Satsningen i {kommun} ger elever med långvarig frånvaro en trygg vuxen, en plan för återgång och stöd till hela "
    "familjen, i samverkan med {region}.",
    "Ett förebyggande arbete där skolorna i {kommun} följer frånvaron varje vecka och tar kontakt med hemmet redan vid "
    "de första tecknen.",
    "Kommunens skolor och socialtjänst delar på ett närvaroteam som kan gå in snabbt när en elev har svårt att komma "
    "till skolan.",
]
PURPOSE = [
    "Syftet är att öka skolnärvaron och att fler elever ska gå ut grundskolan med godkända betyg.",
    "Satsningen ska förebygga psykisk ohälsa genom att fånga upp frånvaro tidigt och ge rätt stöd i rätt tid.",
    "Målet är att ingen elev i {kommun} ska bli kvar hemma utan att skolan, socialtjänsten och vården vet om det.",
    "Teamet ska göra det lättare för vårdnadshavare att få stöd utan att behöva söka det på flera ställen.",
    "Satsningen vill skapa en gemensam arbetsgång för närvaroarbetet mellan skola, socialtjänst och hälso- och sjukvård.",
    "Genom samordnade insatser ska eleven få en stegvis återgång till skolan med stöd av en trygg vuxen.",
]
GOALS = [
    "Minst {procent} procent av eleverna i insatsen ska ha ökat sin närvaro efter ett läsår.",
    "Alla elever med mer än 20 procent frånvaro ska ha en kartläggning inom fyra veckor.",
    "Vårdnadshavare ska uppleva att de får samordnat stöd och att de blir lyssnade på.",
    "Skolans personal ska känna sig tryggare i att upptäcka och agera på tidiga tecken på frånvaro.",
    "Samverkan mellan skola och socialtjänst ska vara en del av ordinarie verksamhet senast {ar}.",
    "Väntetiden till första möte med teamet ska vara högst två veckor.",
    "Antalet elever med långvarig frånvaro ska halveras under projekttiden.",
]
BACKGROUND = [
    "En kartläggning {ar} visade att omkring {antal} elever i kommunens grundskolor hade en frånvaro på över 20 procent, "
    "och att många av dem redan hade kontakt med flera verksamheter utan att insatserna var samordnade.",
    "Skolorna beskrev att de saknade kunskap om vad socialtjänsten och {region} kan erbjuda, och socialtjänsten fick ofta "
    "kännedom om frånvaron först när den pågått länge.",
    "Elevhälsan i {kommun} har länge arbetat med närvarofrågor, men arbetet har sett olika ut på olika skolor. "
    "Rektorerna efterfrågade en gemensam arbetsgång och ett team att vända sig till.",
    "Bakom satsningen ligger kommunens handlingsplan för psykisk hälsa, där skolnärvaro pekas ut som den viktigaste "
    "skyddsfaktorn för barn och unga.",
    "Erfarenheter från andra kommuner visar att tidiga och samordnade insatser ger bättre resultat än insatser som "
    "sätts in först när frånvaron blivit långvarig.",
    "Många av eleverna har en NPF-diagnos eller väntar på utredning hos BUP, och familjerna beskriver att de har fått "
    "berätta sin historia många gånger.",
]
METHOD = [
    "Teamet träffar eleven och vårdnadshavarna tidigt, ofta i hemmet, och gör en gemensam kartläggning av vad som "
    "gör det svårt att komma till skolan.",
    "Utifrån kartläggningen görs en plan med små steg, där eleven till exempel möts upp innan skolan eller börjar "
    "med ett par lektioner i veckan.",
    "{roll} och {roll2} arbetar tillsammans med mentorn på skolan, och teamet stämmer av planen varje vecka.",
    "När flera verksamheter är inblandade kallar teamet till ett SIP-möte så att alla insatser hänger ihop.",
    "Teamet ger också konsultation till lärare och elevhälsa, så att anpassningarna finns kvar när teamet avslutar.",
    "Arbetet följer frånvarotrappan: skolan agerar själv vid de första tecknen och teamet kopplas in när frånvaron "
    "ökar trots insatser.",
    "Varje ärende avslutas med en överlämning till skolans EHT och en uppföljning efter tre månader.",
]
TARGET = [
    "Elever i årskurs {ak1}–{ak2} med begynnande eller hög frånvaro och deras vårdnadshavare.",
    "Barn och unga som har svårt att komma till skolan, oavsett orsak, och deras familjer.",
    "Elever med långvarig frånvaro där skolans egna insatser inte räckt till.",
    "Elever i kommunens grundskolor som riskerar att inte nå gymnasiebehörighet på grund av frånvaro.",
]
ROLE_NOTE = [
    "Har huvudansvaret för kontakten med familjen och samordnar insatserna.",
    "Arbetar halvtid i teamet och halvtid i skolans elevhälsa.",
    "Gör kartläggningen tillsammans med eleven och ger stöd i skolsituationen.",
    "Ger konsultation till lärarna om anpassningar i undervisningen.",
    "Finns på skolan på morgonen och möter upp eleverna som har svårt att komma i väg.",
]
PARTNER_NOTE = [
    "Snabbare kontakt och remisser vid behov.",
    "Deltar i SIP-möten och i teamets ärendedragningar.",
    "Medverkar i styrgruppen och bidrar med kunskap om psykisk hälsa.",
    "Samverkan kring familjer som redan har kontakt med socialtjänsten.",
    "Erbjuder fritidsaktiviteter som teamet kan slussa eleverna till.",
]
TOOL_NOTE = [
    "Används i början av varje ärende.",
    "Teamet använder metoden i samtal med både elever och vårdnadshavare.",
    "Ingår i planen för elever som behöver en stegvis återgång.",
    "Hela skolans personal har fått en introduktion i arbetssättet.",
    "Används vid uppföljningen efter tre och sex månader.",
]
FACTORS = [
    ("Tidig kontakt", "Att ta kontakt med hemmet redan vid de första tecknen på frånvaro gör stor skillnad."),
    ("Förtroende", "Familjerna beskriver att det viktigaste var att någon lyssnade och kom tillbaka."),
    ("Samsyn", "Gemensamma utbildningsdagar för skola och socialtjänst har skapat ett gemensamt språk."),
    ("Flexibilitet", "Teamet kan möta eleven där eleven är, i hemmet, på skolan eller på en neutral plats."),
    ("Ledningens stöd", "Förvaltningscheferna har gett teamet mandat att arbeta över verksamhetsgränserna."),
    (None, "Korta beslutsvägar och ett gemensamt ärendeflöde gör att stödet kommer snabbare."),
]
CHALLENGES = [
    ("Sekretess", "Sekretessen mellan skola och socialtjänst gör att samtycke måste inhämtas i varje ärende."),
    ("Bemanning", "Det har varit svårt att rekrytera psykolog och logoped till teamet."),
    ("Väntetider", "Långa väntetider till BUP gör att eleverna står utan behandling under lång tid."),
    (None, "Projektfinansieringen gör det svårt att planera långsiktigt och behålla personal."),
    ("Dokumentation", "Skolans och socialtjänstens system kan inte dela information, vilket ger dubbelarbete."),
]
LESSONS = [
    "Satsningen behöver vara förankrad hos rektorerna från början för att anpassningarna ska hålla över tid.",
    "Det tar tid att bygga förtroende, och teamet behöver kunna arbeta med samma familj under en längre period.",
    "En tydlig arbetsgång gör det lättare för nya medarbetare och för skolor som inte varit med från start.",
    "Uppföljningen måste planeras innan insatsen startar, annars saknas jämförbara siffror.",
]
EFFECTS = [
    "Ökad skolnärvaro bland eleverna i insatsen.", "Minskad stress och oro i familjerna.",
    "Fler elever når behörighet till gymnasiet.", "Bättre samverkan mellan skola, socialtjänst och vård.",
    "Minskad psykisk ohälsa hos barn och unga.", "Färre orosanmälningar som rör skolfrånvaro.",
]
QUALITATIVE = [
    "Vårdnadshavare beskriver att de känner sig mindre ensamma med sin oro.",
    "Lärarna upplever att de vet vart de ska vända sig när en elev börjar vara borta.",
    "Eleverna berättar att det hjälpte att ha en vuxen som mötte dem varje morgon.",
    "Samverkan mellan verksamheterna har blivit en del av vardagen.",
]
HISTORY = [
    "Kommunstyrelsen beslutade att starta satsningen med sociala investeringsmedel.",
    "Teamet startade med två skolor och utökades till samtliga grundskolor.",
    "Satsningen utvärderades och blev en del av den ordinarie verksamheten.",
    "Teamet förstärktes med en logoped och en fysioterapeut.",
    "En extern utvärdering presenterades för nämnderna.",
]
FUNDING = [
    "Sociala investeringsmedel från kommunen under tre år.",
    "Statliga stimulansmedel via handlingsplanen för psykisk hälsa.",
    "Projektmedel från Europeiska socialfonden.",
    "Ordinarie budget i utbildningsnämnden och socialnämnden.",
]
SEASONS = ["våren", "hösten"]
CONTACT_FIRST = ["Anna", "Erik", "Maria", "Johan", "Sara", "Karl", "Lena", "Ali", "Fatima", "Per", "Emma", "Mohammed",
                 "Ingrid", "Oskar", "Leila", "Nils"]
CONTACT_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
                "Svensson", "Gustafsson", "Hassan", "Lindqvist", "Berg", "Holm"]
TITLES = ["projektledare", "enhetschef", "verksamhetsutvecklare", "närvarosamordnare", "elevhälsochef"]


def fill(rng: random.Random, template: str, **values: str) -> str:
    """A sentence with its placeholders filled; missing ones get plausible values."""
    defaults = {
        "ar": str(rng.randint(2019, 2025)), "antal": str(rng.randint(40, 400)), "procent": str(rng.choice([50, 60, 70, 75, 80])),
        "ak1": str(rng.randint(1, 5)), "ak2": str(rng.randint(6, 9)),
    }
    return template.format(**{**defaults, **values})


def sentences(rng: random.Random, bank: list[str], count: int, **values: str) -> str:
    return " ".join(fill(rng, s, **values) for s in rng.sample(bank, min(count, len(bank))))


def filler(rng: random.Random, length: int) -> str:
    """Markdown prose of about `length` characters, for the floor site's plain pages."""
    banks = [SUMMARY, PURPOSE, BACKGROUND, METHOD, LESSONS, [t for _, t in FACTORS]]
    values = {"kommun": "kommunen", "region": "regionen", "roll": "Kuratorn", "roll2": "specialpedagogen"}
    out: list[str] = []
    size = 0
    while size < length:
        if len(out) % 4 == 0:
            out.append(f"## {rng.choice(['Syfte', 'Bakgrund', 'Arbetssätt', 'Resultat', 'Lärdomar'])}")
        paragraph = sentences(rng, rng.choice(banks), rng.randint(2, 3), **values)
        out.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(out)[: max(length, 1)]
