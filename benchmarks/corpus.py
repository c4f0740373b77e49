"""A synthetic Podium site for benchmarks: stories, themes, vacancies, photos.

Everything comes from the word lists and templates below and a seeded random
generator, so a corpus of a given size is the same on every machine and no
text is copied from anywhere. The site has two content trees built from the
same Markdown bodies:

* ``content/``: Podium's layout (YAML front matter, contract §2 to §4);
* ``pelican-content/``: the same stories with Pelican's own metadata header
  (``Title:``, ``Date:`` ...), so bare Pelican builds the same Markdown text.

Usage from Python: ``generate(Path("site"), stories=1000)``; the benchmark
(``benchmarks/run.py``) and a smoke test (``tests/benchmarks``) call it.
"""

from __future__ import annotations

import colorsys
import datetime as dt
import json
import random
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO_THEMES = REPO / "content" / "themes.yml"
TODAY = dt.date(2027, 1, 15)  # PODIUM_TODAY of the corpus: every story is in the past
SEED = 20270115
PORTRAITS = 100
VACANCIES = 50
TEAMS = ("engineering", "customer-care", "field-service")

FIRST_NAMES = tuple(
    """
Sanne Bram Fatima Dewi Joost Anouk Ravi Priya Youssef Kwame Shanice Tomasz Lotte Daan Emma
Lars Noor Sem Julia Thijs Sara Milan Eva Jesse Lisa Ruben Fleur Luuk Iris Niels Femke Bas
Mila Stijn Yara Koen Amira Jeroen Naomi Pieter Esra Wouter Hanna Gijs Maud Rick Zeynep Tim
Ilse Mohamed Sophie Mehmet Roos Hamza Anna Olivier Lina Dirk Aisha Hugo Vera Sven Ivana Bilal
Marieke Floor Arjen Chloé Kees Meryem Teun Nadia Robin Jasmijn Willem Samira Gert Liam Mei
""".split()  # noqa: SIM905
)
LAST_NAMES = tuple(
    """
Jansen de-Vries Bakker Visser Smit Meijer Mulder de-Boer Bos Vos Peters Hendriks van-Dijk
Dekker Brouwer de-Wit Dijkstra Smits de-Graaf van-der-Meer Kok Jacobs Vermeulen van-den-Berg
Schouten Willems Hoekstra Koster Prins Huisman Kuipers Postma Kartosen Bouzid Menon
Raghunathan el-Amrani Mensah Pinas Kowalczyk Yilmaz Demir Kaya Nowak Haddou Tahiri Sedney
Wijnaldum Verbeek Maas Timmermans Scholten Groen Veenstra Evers Lammers van-Leeuwen
Bosman Sanders Kramer van-Wijk Koning Hermans Mertens Gerritsen Claassen Bulut Özdemir Ramdin
Nguyen Chen Okafor Haddad Novak
""".split()  # noqa: SIM905
)
CITIES = ("Utrecht", "Eindhoven", "Zwolle", "Amsterdam", "Rotterdam", "Groningen", "Arnhem",
          "Den Haag", "Tilburg", "Nijmegen", "Leeuwarden", "Breda")  # fmt: skip

ROLES = {
    "engineering": {
        "nl": ["Backend-ontwikkelaar", "Frontend-ontwikkelaar", "Data-analist", "Data engineer",
               "Tech lead", "Product owner", "Cloudengineer", "Tester"],
        "en": ["Backend developer", "Frontend developer", "Data analyst", "Data engineer",
               "Tech lead", "Product owner", "Cloud engineer", "Test engineer"],
    },
    "customer-care": {
        "nl": ["Klantadviseur", "Teamleider klantenservice", "Medewerker chat", "Planner",
               "Specialist facturatie", "Kwaliteitscoach"],
        "en": ["Customer advisor", "Customer care team lead", "Chat agent", "Planner",
               "Billing specialist", "Quality coach"],
    },
    "field-service": {
        "nl": ["Monteur zonnepanelen", "Installateur warmtepompen", "Leerling-monteur",
               "Werkvoorbereider", "Servicemonteur", "Opleider buitendienst"],
        "en": ["Solar panel technician", "Heat pump installer", "Apprentice technician",
               "Work planner", "Service technician", "Field service trainer"],
    },
}  # fmt: skip
TEAM_THEMES = {
    "engineering": ("tech",),
    "customer-care": ("customer",),
    "field-service": ("craft", "sustainability"),
}
OTHER_THEMES = ("growth", "balance", "inclusion", "sustainability")

# Words that fill the templates. Every language has its own lists; nothing
# is translated word for word, the texts are only plausible, not parallel.
WORDS = {
    "nl": {
        "task": ["de planning voor de dag", "een korte stand-up met het team", "mijn mail",
                 "de storingen van gisteren", "een kop koffie met een collega",
                 "de meldingen in ons systeem", "een rondje langs de werkplaats",
                 "het overleg met de planning", "de vragen die binnenkwamen",
                 "een blik op de cijfers van vorige week"],
        "reason": ["dan weet ik waar ik sta", "dat geeft rust", "zo mis ik niets",
                   "de ochtend bepaalt de rest van de dag", "dan kan ik gericht beginnen",
                   "ik wil weten wat er speelt", "anders loop ik achter de feiten aan"],
        "good": ["dat je ziet wat je werk oplevert", "de vrijheid om zelf te kiezen",
                 "dat geen dag hetzelfde is", "de collega's die altijd willen helpen",
                 "dat ik mag leren van mijn fouten", "dat mensen hier eerlijk zijn",
                 "het gevoel dat we iets bijdragen", "dat ik serieus genomen word"],
        "lesson": ["luisteren voordat ik iets zeg", "vragen stellen zonder schaamte",
                   "rustig blijven als het druk wordt", "hoe onze systemen samenhangen",
                   "hoe verschillend mensen naar hetzelfde probleem kijken",
                   "dat plannen iets anders is dan doen", "om hulp vragen op tijd"],
        "noun": ["het project", "de klus", "de afdeling", "het overleg", "de planning",
                 "het proces", "de werkplaats", "de vergadering", "het rooster", "de wijk",
                 "het systeem", "de opdracht", "het gesprek", "de regio", "het kantoor"],
        "adj": ["druk", "leerzaam", "rommelig", "spannend", "rustig", "intensief", "gezellig",
                "uitdagend", "bijzonder", "anders dan verwacht", "zwaar", "verrassend"],
        "person": ["mijn teamleider", "een oudere collega", "mijn buddy", "de planner",
                   "een klant uit Zwolle", "mijn moeder", "een stagiair", "mijn mentor",
                   "iemand van de buitendienst", "de nieuwe collega"],
        "time": ["vorig jaar", "in mijn eerste week", "afgelopen winter", "vorige maand",
                 "na een paar maanden", "in het begin", "laatst", "op een vrijdagmiddag",
                 "tijdens de zomer", "toen ik net begon"],
        "feeling": ["trots", "moe maar tevreden", "onzeker", "blij", "verrast", "opgelucht",
                    "nieuwsgierig", "zenuwachtig", "dankbaar"],
    },
    "en": {
        "task": ["the plan for the day", "a short stand-up with the team", "my inbox",
                 "yesterday's open issues", "a coffee with a colleague",
                 "the alerts in our system", "a walk through the workshop",
                 "a call with the planners", "the questions that came in overnight",
                 "a look at last week's figures"],
        "reason": ["then I know where I stand", "it gives me peace of mind",
                   "that way I miss nothing", "the morning sets the tone for the day",
                   "then I can start with a purpose", "I like to know what is going on",
                   "otherwise I spend the day catching up"],
        "good": ["that you can see what your work achieves", "the freedom to choose my own way",
                 "that no two days are alike", "colleagues who always want to help",
                 "that I am allowed to learn from my mistakes", "that people here are honest",
                 "the feeling that we contribute something", "that I am taken seriously"],
        "lesson": ["to listen before I speak", "to ask questions without feeling silly",
                   "to stay calm when things get busy", "how our systems fit together",
                   "how differently people look at the same problem",
                   "that planning is not the same as doing", "to ask for help in time"],
        "noun": ["the project", "the job", "the department", "the meeting", "the schedule",
                 "the process", "the workshop", "the rota", "the neighbourhood", "the system",
                 "the assignment", "the conversation", "the region", "the office", "the plan"],
        "adj": ["busy", "instructive", "messy", "exciting", "quiet", "intense", "friendly",
                "challenging", "special", "different from what I expected", "hard",
                "surprising"],
        "person": ["my team lead", "an older colleague", "my buddy", "the planner",
                   "a customer from Zwolle", "my mother", "an intern", "my mentor",
                   "someone from field service", "the new colleague"],
        "time": ["last year", "in my first week", "last winter", "last month",
                 "after a few months", "at the start", "recently", "on a Friday afternoon",
                 "during the summer", "when I had just started"],
        "feeling": ["proud", "tired but content", "unsure", "happy", "surprised", "relieved",
                    "curious", "nervous", "grateful"],
    },
}  # fmt: skip

TEMPLATES = {
    "nl": [
        "Elke ochtend begin ik met {task}, want {reason}.",
        "Wat ik het mooiste vind aan dit werk, is {good}.",
        "In mijn eerste maanden leerde ik vooral {lesson}.",
        "{Time} was {noun} echt {adj}, maar we kwamen er samen uit.",
        "Ik praat veel met {person} over {kw}, en daar leer ik elke keer iets van.",
        "{Person} zei {time} tegen me dat {kw} belangrijker wordt dan we denken.",
        "Bij ons gaat het niet alleen om {kw}, het gaat ook om {good}.",
        "Soms is {noun} {adj}, en dan helpt het als je weet waarom je het doet.",
        "Ik voelde me {feeling} toen {noun} eindelijk af was.",
        "Wie hier begint, merkt snel dat {kw} en {kw2} bij elkaar horen.",
        "Mijn dag bestaat voor een groot deel uit {kw}, en dat had ik vooraf niet gedacht.",
        "{Time} hebben we {noun} helemaal anders aangepakt, met meer aandacht voor {kw}.",
        "Het is {adj} werk, maar ik ga elke dag met plezier naar {noun}.",
        "Ik had nooit gedacht dat ik zoveel zou leren over {kw}.",
        "Wat ik tegen nieuwe collega's zeg: neem de tijd voor {lesson}.",
        "Wat me aan het eind van de week {feeling} maakt, is {good}.",
        "{Person} liet me zien hoe je {noun} aanpakt zonder dat het {adj} wordt.",
        "We bespreken elke week hoe het gaat met {kw}, en wat er beter kan.",
        "Er is ruimte voor {kw}, en dat merk je in alles wat we doen.",
        "Ik vertel thuis vaak over {noun}, en over {person} die me zo goed op weg hielp.",
    ],
    "en": [
        "Every morning I start with {task}, because {reason}.",
        "What I like most about this job is {good}.",
        "In my first months I mostly learned {lesson}.",
        "{Time} {noun} was really {adj}, but we worked it out together.",
        "I talk a lot with {person} about {kw}, and I learn something every time.",
        "{Person} told me {time} that {kw} matters more than we think.",
        "Here it is not only about {kw}, it is also about {good}.",
        "Sometimes {noun} is {adj}, and then it helps to know why you do it.",
        "I felt {feeling} when {noun} was finally done.",
        "Anyone who starts here soon notices that {kw} and {kw2} go together.",
        "A large part of my day is about {kw}, which I had not expected beforehand.",
        "{Time} we tackled {noun} in a completely different way, with more attention to {kw}.",
        "It is {adj} work, but I enjoy going to {noun} every day.",
        "I never thought I would learn so much about {kw}.",
        "What I tell new colleagues: take your time to learn {lesson}.",
        "What makes me {feeling} at the end of the week is {good}.",
        "{Person} showed me how to handle {noun} without it becoming {adj}.",
        "Every week we discuss how things are going with {kw}, and what could be better.",
        "There is room for {kw}, and you notice it in everything we do.",
        "At home I often talk about {noun}, and about {person} who helped me find my feet.",
    ],
}
GENERIC_KW = {
    "nl": ["samenwerking", "vertrouwen", "de klanten", "veiligheid", "kwaliteit", "het rooster",
           "overleg", "afspraken", "verantwoordelijkheid", "feedback"],
    "en": ["teamwork", "trust", "the customers", "safety", "quality", "the rota",
           "consultation", "agreements", "responsibility", "feedback"],
}  # fmt: skip
QUESTIONS = {
    "nl": ["Wat doe je precies?", "Hoe ziet een gewone werkdag eruit?",
           "Wat deed je hiervoor?", "Waarom koos je voor Helder Energie?",
           "Hoe was je eerste week?", "Wat vind je het mooiste aan je werk?",
           "Wat is lastig?", "Wat heb je hier geleerd?", "Hoe is de sfeer in je team?",
           "Waar ben je trots op?", "Hoe combineer je werk en privé?",
           "Wat zou je tegen een nieuwe collega zeggen?", "Wat wil je nog leren?",
           "Welk moment zal je niet snel vergeten?", "Hoe ziet je team eruit?",
           "Wat verraste je toen je hier begon?", "Waar kijk je naar uit?"],
    "en": ["What do you actually do?", "What does an ordinary working day look like?",
           "What did you do before?", "Why did you choose Helder Energie?",
           "How was your first week?", "What do you like most about your work?",
           "What is hard?", "What have you learned here?", "What is your team like?",
           "What are you proud of?", "How do you combine work and home?",
           "What would you say to a new colleague?", "What do you still want to learn?",
           "Which moment will you not forget soon?", "Who is in your team?",
           "What surprised you when you started here?", "What are you looking forward to?"],
}  # fmt: skip
TITLES = {
    "nl": ["{first} over {kw}", "{first}: 'Geen dag is hetzelfde'", "Mijn eerste jaar als {role}",
           "{first} en de kunst van {kw}", "Waarom ik koos voor {kw}", "Een week met {first}",
           "Van twijfel naar {kw}: het verhaal van {first}", "{first} vertelt over {kw}",
           "Wat {kw} voor mij betekent", "Elke dag een beetje beter in {kw}"],
    "en": ["{first} on {kw}", "{first}: 'No two days are alike'", "My first year as a {role}",
           "{first} and the art of {kw}", "Why I chose {kw}", "A week with {first}",
           "From doubt to {kw}: {first}'s story", "{first} talks about {kw}",
           "What {kw} means to me", "Getting a little better at {kw} every day"],
}  # fmt: skip
VACANCY_TITLES = {
    "engineering": ["Backend developer", "Data engineer", "Frontend developer", "Cloud engineer",
                    "Data-analist", "Test engineer"],
    "customer-care": ["Klantadviseur", "Teamleider klantenservice", "Medewerker chat",
                      "Specialist facturatie"],
    "field-service": ["Monteur zonnepanelen", "Installateur warmtepompen", "Leerling-monteur",
                      "Servicemonteur"],
}  # fmt: skip


@dataclass
class Author:
    name: str
    slug: str
    team: str
    role: dict[str, str]
    city: str
    photo: str | None


@dataclass
class StoryFile:
    """One generated story: where it goes and what it says."""

    folder: str  # "interviews" or "columns"
    filename: str
    lang: str
    slug: str
    meta: dict = field(default_factory=dict)  # Podium front matter, in order
    body: str = ""


@dataclass
class Corpus:
    root: Path
    stories: list[StoryFile]
    authors: list[Author]
    vacancies: int
    portraits: int

    @property
    def settings(self) -> Path:
        return self.root / "pelicanconf.py"

    @property
    def bare_settings(self) -> Path:
        return self.root / "pelicanconf_bare.py"


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _themes(path: Path) -> dict[str, dict[str, list[str]]]:
    """slug -> {lang: keywords}, from the demo's themes.yml."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {t["slug"]: t["keywords"] for t in data["themes"]}


class _Writer:
    """Sentences and paragraphs from the templates, for one language and topic."""

    def __init__(self, rng: random.Random, lang: str, keywords: list[str]):
        self.rng, self.lang, self.keywords = rng, lang, keywords
        self.words = WORDS[lang]

    def kw(self) -> str:
        # About a third of the slots name the story's topic; the rest are
        # everyday words, so the tagger sees realistic, diluted evidence.
        if self.keywords and self.rng.random() < 0.35:
            return self.rng.choice(self.keywords)
        return self.rng.choice(GENERIC_KW[self.lang])

    def sentence(self) -> str:
        rng, w = self.rng, self.words
        template = rng.choice(TEMPLATES[self.lang])
        values = {k: rng.choice(v) for k, v in w.items()}
        values["kw"], values["kw2"] = self.kw(), self.kw()
        values["Time"] = values["time"][0].upper() + values["time"][1:]
        values["Person"] = values["person"][0].upper() + values["person"][1:]
        return template.format(**values)

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 6)))


def _words(text: str) -> int:
    return len(text.split())


def _interview(writer: _Writer, rng: random.Random, target: int) -> str:
    parts = [writer.paragraph()]
    questions = rng.sample(QUESTIONS[writer.lang], k=len(QUESTIONS[writer.lang]))
    total = _words(parts[0])
    for question in questions:
        if total >= target:
            break
        answer = [writer.paragraph() for _ in range(rng.randint(1, 3))]
        parts.append(f"## {question}")
        parts.extend(answer)
        total += sum(map(_words, answer)) + _words(question)
    return "\n\n".join(parts) + "\n"


def _column(writer: _Writer, rng: random.Random, target: int) -> str:
    parts: list[str] = []
    total = 0
    quoted = False
    while total < target:
        if parts and not quoted and rng.random() < 0.15:
            parts.append("> " + writer.sentence())
            quoted = True
        para = writer.paragraph()
        parts.append(para)
        total += _words(para)
    return "\n\n".join(parts) + "\n"


def _portrait(path: Path, rng: random.Random) -> None:
    """A 400x400 JPEG: a two-colour background and a head-and-shoulders shape."""
    from PIL import Image, ImageDraw

    size = 400
    hue = rng.random()
    top = tuple(round(c * 255) for c in colorsys.hls_to_rgb(hue, 0.8, 0.45))
    bottom = tuple(round(c * 255) for c in colorsys.hls_to_rgb((hue + 0.15) % 1, 0.55, 0.45))
    grad = Image.linear_gradient("L").resize((size, size))
    im = Image.composite(
        Image.new("RGB", (size, size), bottom), Image.new("RGB", (size, size), top), grad
    )
    draw = ImageDraw.Draw(im)
    hls = colorsys.hls_to_rgb(rng.uniform(0.03, 0.09), rng.uniform(0.3, 0.75), 0.45)
    skin = tuple(round(c * 255) for c in hls)
    shirt = tuple(rng.randint(30, 200) for _ in range(3))
    draw.ellipse((60, 270, 340, 560), fill=shirt)
    draw.ellipse((130, 90, 270, 250), fill=skin)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=85)


def _yaml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_yaml_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_yaml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is valid YAML


def _front_matter(meta: dict) -> str:
    return "---\n" + "".join(f"{k}: {_yaml_value(v)}\n" for k, v in meta.items()) + "---\n\n"


def _pelican_header(story: StoryFile) -> str:
    m = story.meta
    date = m["date"].isoformat()
    return (
        f"Title: {m['title']}\nDate: {date}\nAuthor: {m['author']}\n"
        f"Lang: {story.lang}\nSlug: {story.slug}\n\n"
    )


def generate(root: Path, stories: int, seed: int = SEED, themes_file: Path = DEMO_THEMES) -> Corpus:
    """Write a corpus of ``stories`` story files (translations count) into ``root``."""
    rng = random.Random(seed)
    root = Path(root)
    content = root / "content"
    if content.exists():
        shutil.rmtree(content)
    if (root / "pelican-content").exists():
        shutil.rmtree(root / "pelican-content")
    content.mkdir(parents=True)
    shutil.copyfile(themes_file, content / "themes.yml")
    theme_keywords = _themes(themes_file)

    portraits = min(PORTRAITS, max(1, stories))
    for i in range(portraits):
        _portrait(content / "images" / "people" / f"portrait-{i:03d}.jpg", rng)

    authors = _authors(rng, max(1, stories // 3), portraits)
    # One face per person: a story's photo that is another author's portrait is
    # a `podium check` error. An author who drew a portrait already drawn gets one
    # of their own, from a generator of its own, so every other draw (and file)
    # is the same as before.
    for author in authors:
        if author.photo and not (content / author.photo).exists():
            _portrait(content / author.photo, random.Random(f"{seed}-{author.photo}"))
    vacancy_ids = _vacancies(content / "vacancies", rng, theme_keywords)
    files = _stories(rng, stories, authors, theme_keywords, vacancy_ids)
    for story in files:
        _write_story(root, story)
    # A portrait no story names is one `podium check` warns about (a face left
    # behind); a small corpus draws fewer authors than portraits. Removed after
    # the draws, so every other file is the same as before.
    used = {story.meta.get("photo") for story in files}
    for made in sorted((content / "images" / "people").glob("*.jpg")):
        if f"images/people/{made.name}" not in used:
            made.unlink()
    _settings(root)
    return Corpus(root, files, authors, VACANCIES, len(used - {None}))


def _write_story(root: Path, story: StoryFile) -> None:
    """The story in both trees: Podium's front matter, and bare Pelican's header."""
    for tree, head in (
        (root / "content", _front_matter(story.meta)),
        (root / "pelican-content", _pelican_header(story)),
    ):
        target = tree / story.folder / story.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(head + story.body, encoding="utf-8")


def _authors(rng: random.Random, count: int, portraits: int) -> list[Author]:
    pairs = [(f, last) for f in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(pairs)
    out = []
    taken: set[str] = set()  # the portraits drawn: a second author gets a face of their own
    for n in range(count):
        first, last = pairs[n % len(pairs)]
        suffix = f" {n // len(pairs) + 1}" if n >= len(pairs) else ""
        name = f"{first} {last.replace('-', ' ')}{suffix}"
        name = name[0].upper() + name[1:]
        team = rng.choice(TEAMS)
        k = rng.randrange(len(ROLES[team]["nl"]))
        photo = None
        if rng.random() < 0.85:
            drawn = f"portrait-{rng.randrange(portraits):03d}"
            photo = (
                f"images/people/{drawn}.jpg"
                if drawn not in taken
                else f"images/people/{drawn}-{n}.jpg"
            )
            taken.add(drawn)
        out.append(
            Author(
                name=name,
                slug=slugify(name),
                team=team,
                role={lang: ROLES[team][lang][k] for lang in ("nl", "en")},
                city=rng.choice(CITIES),
                photo=photo,
            )
        )
    return out


def _topics(rng: random.Random, team: str) -> list[str]:
    topics = [rng.choice(TEAM_THEMES[team])]
    if rng.random() < 0.6:
        extra = rng.choice(OTHER_THEMES)
        if extra not in topics:
            topics.append(extra)
    return topics


def _stories(rng, count, authors, theme_keywords, vacancy_ids) -> list[StoryFile]:
    out: list[StoryFile] = []
    n = 0
    while len(out) < count:
        n += 1
        # One in ten is written in Dutch and English (a translated pair);
        # single stories are Dutch seven times in ten: about 2/3 Dutch overall.
        langs = ["nl", "en"] if count - len(out) >= 2 and rng.random() < 0.1 else None
        langs = langs or (["nl"] if rng.random() < 0.7 else ["en"])
        author = rng.choice(authors)
        kind = "interview" if rng.random() < 0.55 else "column"
        folder = f"{kind}s"
        topics = _topics(rng, author.team)
        date = TODAY - dt.timedelta(days=rng.randint(1, 4 * 365))
        given = date - dt.timedelta(days=rng.randint(1, 60))
        explicit = rng.random() < 0.4
        stem = f"{author.slug}-{n}"
        interviewer = rng.choice(authors).name if kind == "interview" else None
        for lang in langs:
            writer = _Writer(rng, lang, [k for t in topics for k in theme_keywords[t][lang]])
            target = rng.randint(600, 1000)
            body = (_interview if kind == "interview" else _column)(writer, rng, target)
            title = rng.choice(TITLES[lang]).format(
                first=author.name.split()[0], kw=writer.kw(), role=author.role[lang].lower()
            )
            meta: dict = {
                "title": title,
                "date": date,
                "author": author.name,
                "role": author.role[lang],
                "team": author.team,
                "location": author.city,
                "lang": lang,
                "consent": {"given": given},
            }
            if interviewer:
                meta["interviewer"] = interviewer
            if author.photo:
                meta["photo"] = author.photo
            if explicit:
                meta["themes"] = topics
            if rng.random() < 0.3:
                meta["summary"] = writer.sentence()
            if rng.random() < 0.3:
                meta["quote"] = writer.sentence()
            if rng.random() < 0.05:
                meta["vacancies"] = [rng.choice(vacancy_ids[author.team])]
            if rng.random() < 0.01:
                meta["featured"] = True
            filename = f"{stem}.md" if lang == "nl" else f"{stem}.{lang}.md"
            out.append(StoryFile(folder, filename, lang, stem, meta, body))
    return out[:count]


def _vacancies(folder: Path, rng: random.Random, theme_keywords) -> dict[str, list[str]]:
    """50 hand-written vacancies; about one in five is closed. Returns open ids by team."""
    folder.mkdir(parents=True, exist_ok=True)
    open_ids: dict[str, list[str]] = {team: [] for team in TEAMS}
    for i in range(VACANCIES):
        vid = str(5001 + i)
        team = TEAMS[i % len(TEAMS)]
        lang = "nl" if rng.random() < 0.7 else "en"
        title = rng.choice(VACANCY_TITLES[team])
        posted = TODAY - dt.timedelta(days=rng.randint(40, 120))
        closed = rng.random() < 0.2
        days = -rng.randint(1, 30) if closed else rng.randint(20, 90)
        through = TODAY + dt.timedelta(days=days)
        topics = _topics(rng, team)
        writer = _Writer(rng, lang, [k for t in topics for k in theme_keywords[t][lang]])
        heading = ("## Wat ga je doen?", "## Wat neem je mee?") if lang == "nl" else (
            "## What you will do", "## What you bring")  # fmt: skip
        description = "\n\n".join(
            [writer.paragraph(), heading[0], writer.paragraph(), heading[1], writer.paragraph()]
        )
        lines = [
            f'id: "{vid}"',
            f"title: {json.dumps(title, ensure_ascii=False)}",
            f"team: {team}",
            f"location: {{city: {rng.choice(CITIES)}, country: NL}}",
            f"employment_type: {rng.choice(['FULL_TIME', 'PART_TIME'])}",
            f"date_posted: {posted.isoformat()}",
            f"valid_through: {through.isoformat()}",
            f"apply_url: https://example.com/apply/{vid}",
            f"salary: {{min: {rng.randint(28, 45) * 100}, max: {rng.randint(46, 70) * 100}, "
            "currency: EUR, unit: MONTH}",
            f"lang: {lang}",
        ]
        if rng.random() < 0.5:
            lines.append(f"themes: [{', '.join(topics)}]")
        lines.append("description: |")
        lines.extend(f"  {line}" if line else "" for line in description.split("\n"))
        (folder / f"vacancy-{vid}.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if not closed:
            open_ids[team].append(vid)
    for team in TEAMS:  # every team needs one open vacancy to link explicitly
        open_ids[team] = open_ids[team] or [str(5001 + TEAMS.index(team))]
    return open_ids


PODIUM_CONF = """\
# Benchmark corpus (generated by benchmarks/corpus.py): the repo's real theme and plugins.
from pathlib import Path

import podium

ROOT = Path(podium.__file__).resolve().parents[2]

SITENAME = "Werken bij Helder Energie (benchmark)"
SITEURL = ""
PATH = "content"
OUTPUT_PATH = "output"
THEME = str(ROOT / "theme")
TIMEZONE = "Europe/Amsterdam"
DEFAULT_LANG = "nl"
PLUGIN_PATHS = [str(ROOT / "plugins")]
PLUGINS = %(plugins)r  # the pipeline of the repo's own pelicanconf.py
PODIUM_LANGUAGES = ["nl", "en"]
PODIUM_BRAND = {"name": "Helder Energie", "color": "#0b5d4b", "accent": "#f2b134"}
PODIUM_TEAMS = {
    "engineering": {"nl": "Engineering", "en": "Engineering"},
    "customer-care": {"nl": "Klantenservice", "en": "Customer care"},
    "field-service": {"nl": "Buitendienst", "en": "Field service"},
}
PODIUM_ALUMNI_POLICY = "keep"
PODIUM_TODAY = "%(today)s"
DEFAULT_PAGINATION = 12
"""

BARE_CONF = """\
# Bare Pelican on the same stories (pelican-content/: Pelican metadata headers),
# default theme, no plugins: the baseline of the benchmark.
SITENAME = "Bare Pelican (benchmark)"
SITEURL = ""
PATH = "pelican-content"
OUTPUT_PATH = "output-bare"
CACHE_PATH = "cache-bare"
TIMEZONE = "Europe/Amsterdam"
DEFAULT_LANG = "nl"
PLUGINS = []
DEFAULT_PAGINATION = 12
"""


def pipeline() -> list[str]:
    """The plugins of the repo's pelicanconf.py, so the benchmark follows the pipeline."""
    import runpy

    return list(runpy.run_path(str(REPO / "pelicanconf.py"))["PLUGINS"])


def _settings(root: Path) -> None:
    (root / "pelicanconf.py").write_text(
        PODIUM_CONF % {"today": TODAY.isoformat(), "plugins": pipeline()}, encoding="utf-8"
    )
    (root / "pelicanconf_bare.py").write_text(BARE_CONF, encoding="utf-8")


def edit_one_title(corpus: Corpus) -> Path:
    """Change the title of one story (the first Dutch column) in place; return its path."""
    story = next(s for s in corpus.stories if s.folder == "columns" and s.lang == "nl")
    path = corpus.root / "content" / story.folder / story.filename
    text = path.read_text(encoding="utf-8")
    old = f"title: {_yaml_value(story.meta['title'])}\n"
    new_title = story.meta["title"] + " (bijgewerkt)"
    assert old in text, path
    path.write_text(text.replace(old, f"title: {_yaml_value(new_title)}\n", 1), encoding="utf-8")
    story.meta["title"] = new_title
    return path


def add_one_story(corpus: Corpus) -> Path:
    """A new Dutch column by the author of the first one, in both trees (so bare
    Pelican builds the same stories); the story most pull requests add. Return its path."""
    first = next(s for s in corpus.stories if s.folder == "columns" and s.lang == "nl")
    n = sum(1 for s in corpus.stories if s.slug.startswith("nieuw-"))
    title = f"Mijn eerste maand in een nieuw team ({n + 1})"
    story = StoryFile(
        folder=first.folder,
        filename=f"nieuw-{n + 1}.md",
        lang="nl",
        slug=f"nieuw-{n + 1}",
        meta={**first.meta, "title": title},
        body=first.body.replace(". ", ". Dat leerde ik in mijn eerste maand. ", 1),
    )
    _write_story(corpus.root, story)
    corpus.stories.append(story)
    return corpus.root / "content" / story.folder / story.filename
