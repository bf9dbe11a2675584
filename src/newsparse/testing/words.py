"""The words of generated articles and pages: newsroom text in five languages.

A small grammar per language (subjects, verbs, objects, complements, quotes) writes
sentences, headlines, kickers, bylines and captions the way newsrooms write them:
French typography (``« »``, ``’``, a space before ``:``), German ``„ “`` quotes,
Arabic right-to-left text, initials and agency bylines. The same grammar serves the
Hypothesis strategies (:mod:`newsparse.testing.strategies`, which draw the choices)
and the page renderers (which fill menus, sidebars and related-article lists with a
seeded :class:`random.Random`), through the :class:`Pick` protocol.

>>> import random
>>> pick = RandomPick(random.Random(1))
>>> text = sentence(pick, TONGUES["fr"])
>>> text.endswith((".", "»")) and text[0].isupper()
True
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol, TypeVar

import attrs

__all__ = [
    "TONGUES",
    "Pick",
    "RandomPick",
    "Tongue",
    "caption",
    "comments_label",
    "credit_line",
    "date_label",
    "headline",
    "kicker",
    "paragraph",
    "person",
    "phrase",
    "quotation",
    "sentence",
    "tongue_of",
]

T = TypeVar("T")


class Pick(Protocol):
    """Where a generator's choices come from: a seeded ``random.Random`` or Hypothesis."""

    def one(self, items: Sequence[T]) -> T:
        """One of ``items``."""
        ...

    def number(self, low: int, high: int) -> int:
        """An integer from ``low`` to ``high`` inclusive."""
        ...

    def chance(self, percent: int) -> bool:
        """True about ``percent`` times in a hundred."""
        ...


class RandomPick:
    """:class:`Pick` backed by a :class:`random.Random` (for reproducible page noise)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def one(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def number(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def chance(self, percent: int) -> bool:
        return self.rng.randrange(100) < percent


@attrs.frozen(kw_only=True)
class Tongue:
    """What a language needs to write news text and the labels of a news page."""

    code: str
    rtl: bool = False
    #: (name, host) of the fictional sites that publish in this language
    sites: tuple[tuple[str, str], ...]
    # -- the grammar of sentences
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    complements: tuple[str, ...]
    quotes: tuple[str, ...]
    #: sentence templates over {S} subject, {s} subject in lower case, {V} verb,
    #: {O} object, {C} complement, {Cc} capitalised complement, {Q} quote, {P} person
    sentences: tuple[str, ...]
    headlines: tuple[str, ...]
    open_quote: str
    close_quote: str
    # -- the things articles name
    kickers: tuple[str, ...]
    acronyms: tuple[str, ...]
    people: tuple[str, ...]
    initials: tuple[str, ...]
    agencies: tuple[str, ...]
    sections: tuple[str, ...]
    tags: tuple[str, ...]
    captions: tuple[str, ...]
    #: how a credit line joins names: "A, B et C"
    author_comma: str
    author_and: str
    # -- the labels a page shows
    home: str
    by: str
    photo: str
    previous: str
    next: str
    read_also: str
    most_read: str
    breaking: str
    share: str
    advert: str
    newsletter: str
    cookies: str
    rights: str
    search: str
    updated: str
    ago: str
    no_comments: str
    one_comment: str
    comments: str
    leave_comment: str
    months: tuple[str, ...]
    date_format: str
    time_format: str
    digits: str = "0123456789"


def tongue_of(language: str | None) -> Tongue:
    """The :class:`Tongue` for a BCP 47 tag (``fr-DZ`` gives French); English otherwise.

    >>> tongue_of("ar-DZ").rtl, tongue_of(None).code
    (True, 'en')
    """
    primary = (language or "en").split("-")[0].lower()
    return TONGUES.get(primary, TONGUES["en"])


# --------------------------------------------------------------------------- generators


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_DETERMINERS = frozenset(
    {"Le", "La", "Les", "Un", "Une", "The", "A", "Der", "Die", "Das", "Ein", "Eine", "El", "Los", "Las"}
)


def _low(text: str) -> str:
    # Mid-sentence, a subject starting with an article loses its capital; names keep theirs.
    first = text.split(" ", 1)[0]
    if first in _DETERMINERS or first.startswith("L’"):
        return text[:1].lower() + text[1:]
    return text


def _fill(pick: Pick, tongue: Tongue, template: str) -> str:
    subject = pick.one(tongue.subjects)
    complement = pick.one(tongue.complements)
    values = {
        "S": subject,
        "s": _low(subject),
        "V": pick.one(tongue.verbs),
        "O": pick.one(tongue.objects),
        "C": complement,
        "Cc": _cap(complement),
        "Q": pick.one(tongue.quotes),
        "P": pick.one(tongue.people),
        "A": pick.one(tongue.acronyms),
        "oq": tongue.open_quote,
        "cq": tongue.close_quote,
        "n": "{n}",  # numbers are drawn below, one per place
    }
    text = template.format(**values)
    while "{n}" in text:
        text = text.replace("{n}", str(pick.one((3, 12, 40, 150, 300, 1200, 2024))), 1)
    return text


def sentence(pick: Pick, tongue: Tongue) -> str:
    """One sentence of news text, starting with a capital and ending with punctuation."""
    return _cap(_fill(pick, tongue, pick.one(tongue.sentences)))


def paragraph(pick: Pick, tongue: Tongue, *, most: int = 4) -> str:
    """A paragraph of one to ``most`` sentences."""
    return " ".join(sentence(pick, tongue) for _ in range(pick.number(1, most)))


def headline(pick: Pick, tongue: Tongue) -> str:
    """A headline: a statement, a quote after the speaker's name, or ``ACRONYM: statement``."""
    return _cap(_fill(pick, tongue, pick.one(tongue.headlines)))


def kicker(pick: Pick, tongue: Tongue) -> str:
    """A capitalised kicker (French *surtitre*): ``LE PORTE-PAROLE DU KREMLIN L’A AFFIRME``."""
    return pick.one(tongue.kickers)


def person(pick: Pick, tongue: Tongue) -> str:
    """A name as a byline credits it: full name, initials or an agency."""
    roll = pick.number(0, 9)
    if roll < 6:
        return pick.one(tongue.people)
    if roll < 8:
        return pick.one(tongue.initials)
    return pick.one(tongue.agencies)


def credit_line(tongue: Tongue, authors: Sequence[str]) -> str:
    """Join names the way the language does: ``A, B et C``.

    >>> credit_line(TONGUES["fr"], ["Rachid Ighil", "Amina B."])
    'Rachid Ighil et Amina B.'
    """
    if len(authors) == 1:
        return authors[0]
    return tongue.author_comma.join(authors[:-1]) + tongue.author_and + authors[-1]


def phrase(pick: Pick, tongue: Tongue) -> str:
    """A capitalised noun phrase, as list items and subheadings are written."""
    return _cap(_fill(pick, tongue, "{O}"))


def quotation(pick: Pick, tongue: Tongue) -> str:
    """A quoted sentence in the language's quotation marks (``« Rien n’est décidé. »``)."""
    inner = f" {pick.one(tongue.quotes)}. " if tongue.code == "fr" else f"{pick.one(tongue.quotes)}."
    return f"{tongue.open_quote}{inner}{tongue.close_quote}"


def caption(pick: Pick, tongue: Tongue) -> str:
    """An image caption."""
    return pick.one(tongue.captions)


def comments_label(tongue: Tongue, count: int) -> str:
    """The comment counter's text for ``count`` comments, in the page's digits.

    >>> comments_label(TONGUES["fr"], 0), comments_label(TONGUES["ar"], 12)
    ('Aucun commentaire', '١٢ تعليقات')
    """
    if count == 0:
        return tongue.no_comments
    if count == 1:
        return tongue.one_comment
    number = str(count).translate(str.maketrans("0123456789", tongue.digits))
    return tongue.comments.format(n=number)


def date_label(tongue: Tongue, day: date) -> str:
    """A date as the page prints it for readers (``12 novembre 2025 à 09h30``)."""
    shown = tongue.date_format.format(d=day.day, m=tongue.months[day.month - 1], y=day.year)
    if isinstance(day, datetime):
        shown += tongue.time_format.format(H=day.hour, M=f"{day.minute:02d}")
    return shown


# --------------------------------------------------------------------------- the languages

_FR = Tongue(
    code="fr",
    sites=(
        ("Le Quotidien d’Exemple", "www.quotidien-exemple.dz"),
        ("La Gazette de l’Exemple", "www.gazette-exemple.fr"),
    ),
    subjects=(
        "Le ministre de l’Intérieur",
        "La présidente de la commission des finances",
        "Le porte-parole du gouvernement",
        "L’intersyndicale de l’éducation",
        "Le wali d’Oran",
        "La Banque d’Algérie",
        "Le sélectionneur national",
        "Le comité de quartier",
        "Le tribunal de Sétif",
        "L’Organisation des Nations unies",
        "Le maire de Lyon",
        "La direction de l’hôpital",
    ),
    verbs=(
        "a annoncé",
        "a confirmé",
        "a présenté",
        "a dénoncé",
        "a lancé",
        "a reporté",
        "examine",
        "prépare",
        "a salué",
        "conteste",
    ),
    objects=(
        "la création de {n} postes d’enseignants",
        "un plan d’investissement de {n} millions d’euros",
        "la fermeture temporaire du port de pêche",
        "un nouveau calendrier électoral",
        "la hausse des prix de l’énergie",
        "le projet de loi sur l’eau",
        "la réouverture de la ligne ferroviaire",
        "un accord avec les producteurs de lait",
        "la liste des joueurs convoqués",
        "le bilan des intempéries",
    ),
    complements=(
        "mardi",
        "lors d’une conférence de presse",
        "à l’issue du Conseil des ministres",
        "selon un communiqué",
        "d’ici à la fin de l’année",
        "en présence des élus locaux",
        "après trois semaines de négociations",
        "dans un entretien accordé à la radio",
    ),
    quotes=(
        "Nous allons poursuivre les réformes",
        "La situation reste préoccupante",
        "Rien n’est encore décidé",
        "C’est une étape importante pour le pays",
        "Les délais seront respectés",
    ),
    sentences=(
        "{S} {V} {O} {C}.",
        "{Cc}, {s} {V} {O}.",
        "{S} a déclaré : « {Q}. »",
        "« {Q} », a affirmé {s} {C}.",
        "Selon {s}, {n} personnes sont concernées par {O}.",
        "Interrogé sur {O}, {P} a répondu : « {Q} ! »",
        "{S} {V} {O} ; {s} {V} {O} {C}.",
        "Faut-il s’inquiéter de {O} ? {S} {V} {O} {C}.",
    ),
    headlines=(
        "{S} {V} {O}",
        "{S} {V} {O} {C}",
        "{P} : « {Q} »",
        "{O} : ce que {s} {V} {C}",
        "{A} : {S} {V} {O}",
    ),
    open_quote="«",
    close_quote="»",
    kickers=(
        "ALGÉRIE",
        "LE PORTE-PAROLE DU KREMLIN L’A AFFIRME",
        "EXCLUSIF",
        "ÉDITORIAL",
        "CONSEIL DES MINISTRES",
        "L’ONU DENONCE DES ACTES DELIBERES ET SYSTEMATIQUES",
        "LIGUE 1",
    ),
    acronyms=("Alger", "Sétif", "Oran"),
    people=(
        "Rachid Ighil",
        "Amina Benali",
        "Karim Ould-Ahmed",
        "Sophie Martin",
        "Jean-Luc Moreau",
        "Nadia Haddad",
        "Amina B.",
        "Hélène Lévêque",
    ),
    initials=("R. I.", "M. B.", "A. K.", "S. T."),
    agencies=("APS", "AFP"),
    sections=("MONDE", "Nationale", "Économie", "Sport", "Culture", "Régions", "Société", "Opinion", "Santé"),
    tags=("Algérie", "Russie", "Syrie", "économie", "élections", "football", "santé", "Sétif", "énergie", "ONU"),
    captions=(
        "Le ministre lors de la conférence de presse à Alger",
        "Vue du port de pêche de Béjaïa",
        "Des manifestants devant le siège de la wilaya",
        "La nouvelle gare de Sétif, inaugurée en mars",
    ),
    author_comma=", ",
    author_and=" et ",
    home="Accueil",
    by="Par",
    photo="Photo :",
    previous="Article précédent",
    next="Article suivant",
    read_also="À lire aussi",
    most_read="Les plus lus",
    breaking="Dernière minute",
    share="Partager",
    advert="Publicité",
    newsletter="Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.",
    cookies="Ce site utilise des cookies pour améliorer votre expérience de navigation.",
    rights="Tous droits réservés.",
    search="Rechercher",
    updated="Mis à jour le",
    ago="il y a {n} heures",
    no_comments="Aucun commentaire",
    one_comment="1 commentaire",
    comments="{n} commentaires",
    leave_comment="Laisser un commentaire",
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    date_format="{d} {m} {y}",
    time_format=" à {H}h{M}",
)

_EN = Tongue(
    code="en",
    sites=(("The Sample Tribune", "www.sampletribune.co.uk"), ("Example Daily News", "news.example.com")),
    subjects=(
        "The interior minister",
        "The city council",
        "A government spokesperson",
        "The teachers’ union",
        "The central bank",
        "The national coach",
        "The residents’ association",
        "The district court",
        "The United Nations",
        "The hospital’s management",
    ),
    verbs=("announced", "confirmed", "unveiled", "criticised", "launched", "postponed", "is reviewing", "welcomed"),
    objects=(
        "{n} new teaching posts",
        "a {n} million pound investment plan",
        "the temporary closure of the fishing port",
        "a new election timetable",
        "the rise in energy prices",
        "the water bill",
        "the reopening of the railway line",
        "a deal with dairy farmers",
        "the squad for next month’s qualifiers",
    ),
    complements=(
        "on Tuesday",
        "at a press conference",
        "after the cabinet meeting",
        "in a statement",
        "by the end of the year",
        "in front of local councillors",
        "after three weeks of talks",
        "in a radio interview",
    ),
    quotes=(
        "We will keep going with the reforms",
        "The situation remains worrying",
        "Nothing has been decided yet",
        "This is an important step for the country",
        "The deadlines will be met",
    ),
    sentences=(
        "{S} {V} {O} {C}.",
        "{Cc}, {s} {V} {O}.",
        "“{Q},” said {s}.",
        "{S} said: “{Q}.”",
        "According to {s}, {n} people are affected by {O}.",
        "Asked about {O}, {P} said the council ‘had no choice’.",
    ),
    headlines=(
        "{S} {V} {O}",
        "{S} {V} {O} {C}",
        "{P}: ‘{Q}’",
        "{A}: {s} {V} {O}",
    ),
    open_quote="“",
    close_quote="”",
    kickers=("ANALYSIS", "EXCLUSIVE", "LIVE", "WORLD CUP 2026", "COST OF LIVING"),
    acronyms=("UN", "NHS", "EU", "FIFA"),
    people=("Sarah Johnson", "Tom O’Brien", "Priya Natarajan", "James McAllister", "Chloe Dubois-Hart"),
    initials=("J. K.", "R. T."),
    agencies=("Reuters", "AP"),
    sections=("World", "Politics", "Business", "Sport", "Culture", "Science", "Opinion"),
    tags=("elections", "energy", "football", "health", "United Nations", "rail", "farming", "housing"),
    captions=(
        "The minister at a press conference in London",
        "A view of the fishing port at dawn",
        "Protesters outside the town hall",
    ),
    author_comma=", ",
    author_and=" and ",
    home="Home",
    by="By",
    photo="Photo:",
    previous="Previous article",
    next="Next article",
    read_also="Read more",
    most_read="Most read",
    breaking="Breaking",
    share="Share",
    advert="Advertisement",
    newsletter="Get the day’s top stories in your inbox every morning.",
    cookies="We use cookies to improve your experience on our site.",
    rights="All rights reserved.",
    search="Search",
    updated="Updated",
    ago="{n} hours ago",
    no_comments="No comments",
    one_comment="1 Comment",
    comments="{n} Comments",
    leave_comment="Leave a comment",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    date_format="{m} {d}, {y}",
    time_format=" at {H}:{M}",
)

_DE = Tongue(
    code="de",
    sites=(("Trierer Beispielblatt", "www.beispielblatt.de"), ("Mosel-Anzeiger", "www.mosel-anzeiger.example")),
    subjects=(
        "Der Bürgermeister",
        "Die Landesregierung",
        "Ein Sprecher des Ministeriums",
        "Die Gewerkschaft",
        "Die Bundesbank",
        "Der Bundestrainer",
        "Der Anwohnerverein",
        "Das Amtsgericht Trier",
        "Die Klinikleitung",
    ),
    verbs=("verkündete", "bestätigte", "präsentierte", "kritisierte", "startete", "verschob", "prüft", "begrüßte"),
    objects=(
        "{n} neue Lehrerstellen",
        "ein Investitionsprogramm über {n} Millionen Euro",
        "die vorübergehende Schließung des Hafens",
        "einen neuen Wahltermin",
        "den Anstieg der Energiepreise",
        "das neue Wassergesetz",
        "die Wiedereröffnung der Bahnstrecke",
        "die Brückensperrung an der Mosel",
    ),
    complements=(
        "am Dienstag",
        "auf einer Pressekonferenz",
        "nach der Kabinettssitzung",
        "in einer Mitteilung",
        "bis Ende des Jahres",
        "nach drei Wochen Verhandlungen",
    ),
    quotes=(
        "Wir setzen die Reformen fort",
        "Die Lage bleibt angespannt",
        "Noch ist nichts entschieden",
        "Das ist ein wichtiger Schritt",
    ),
    sentences=(
        "{S} {V} {C} {O}.",
        "„{Q}“, sagte {s} {C}.",
        "{S} erklärte: „{Q}.“",
        "Laut {s} sind {n} Menschen von der Entscheidung betroffen.",
    ),
    headlines=("{S} {V} {O}", "{A}: {S} {V} {O}", "{P}: „{Q}“"),
    open_quote="„",
    close_quote="“",
    kickers=("EXKLUSIV", "KOMMENTAR", "LIVE", "BUNDESLIGA"),
    acronyms=("DGB", "EU", "DFB", "ADAC"),
    people=("Anna Müller", "Jörg Schäfer", "Lea Özdemir", "Klaus-Peter Wolf"),
    initials=("A. M.", "J. S."),
    agencies=("dpa", "AFP"),
    sections=("Politik", "Wirtschaft", "Sport", "Kultur", "Region", "Panorama"),
    tags=("Mosel", "Bahn", "Energie", "Bundesliga", "Wahlen", "Gesundheit"),
    captions=("Der Bahnhof im Winter", "Die gesperrte Brücke an der Mosel", "Demonstranten vor dem Rathaus"),
    author_comma=", ",
    author_and=" und ",
    home="Startseite",
    by="Von",
    photo="Foto:",
    previous="Vorheriger Artikel",
    next="Nächster Artikel",
    read_also="Lesen Sie auch",
    most_read="Meistgelesen",
    breaking="Eilmeldung",
    share="Teilen",
    advert="Anzeige",
    newsletter="Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.",
    cookies="Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.",
    rights="Alle Rechte vorbehalten.",
    search="Suche",
    updated="Aktualisiert am",
    ago="vor {n} Stunden",
    no_comments="Keine Kommentare",
    one_comment="1 Kommentar",
    comments="{n} Kommentare",
    leave_comment="Kommentar schreiben",
    months=(
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    date_format="{d}. {m} {y}",
    time_format=", {H}:{M} Uhr",
)

_ES = Tongue(
    code="es",
    sites=(("El Diario de Muestra", "www.diariomuestra.cr"), ("La Voz del Ejemplo", "lavozdelejemplo.es")),
    subjects=(
        "El ministro de Hacienda",
        "La alcaldesa de San José",
        "Un portavoz del Gobierno",
        "El sindicato de docentes",
        "El Banco Central",
        "El seleccionador nacional",
        "La asociación de vecinos",
        "El Tribunal Supremo",
        "Naciones Unidas",
        "La dirección del hospital",
    ),
    verbs=("anunció", "confirmó", "presentó", "denunció", "lanzó", "aplazó", "estudia", "celebró"),
    objects=(
        "la creación de {n} plazas de docentes",
        "un plan de inversión de {n} millones de colones",
        "el cierre temporal del puerto",
        "un nuevo calendario electoral",
        "la subida de los precios de la energía",
        "el proyecto de ley de aguas",
        "la reapertura de la línea de tren",
    ),
    complements=(
        "el martes",
        "en una rueda de prensa",
        "tras el Consejo de Ministros",
        "en un comunicado",
        "antes de fin de año",
        "tras tres semanas de negociaciones",
    ),
    quotes=(
        "Vamos a seguir con las reformas",
        "La situación sigue siendo preocupante",
        "Todavía no hay nada decidido",
        "Es un paso importante para el país",
    ),
    sentences=(
        "{S} {V} {O} {C}.",
        "{Cc}, {s} {V} {O}.",
        "«{Q}», afirmó {s}.",
        "¿Qué pasará con {O}? {S} {V} {O} {C}.",
        "Según {s}, {n} personas se verán afectadas.",
    ),
    headlines=("{S} {V} {O}", "{S} {V} {O} {C}", "{P}: «{Q}»"),
    open_quote="«",
    close_quote="»",
    kickers=("EXCLUSIVA", "OPINIÓN", "EN VIVO", "COSTA RICA"),
    acronyms=("ONU", "CCSS", "FIFA"),
    people=("María Fernández", "José Luis Quesada", "Ana Solano", "Pablo Ureña"),
    initials=("M. F.", "J. Q."),
    agencies=("EFE", "AFP"),
    sections=("Nacionales", "Mundo", "Economía", "Deportes", "Cultura", "Opinión"),
    tags=("elecciones", "energía", "fútbol", "salud", "San José", "tren"),
    captions=(
        "El ministro durante la rueda de prensa",
        "Vista del puerto al amanecer",
        "Manifestantes frente al ayuntamiento",
    ),
    author_comma=", ",
    author_and=" y ",
    home="Inicio",
    by="Por",
    photo="Foto:",
    previous="Artículo anterior",
    next="Artículo siguiente",
    read_also="Lea también",
    most_read="Lo más leído",
    breaking="Última hora",
    share="Compartir",
    advert="Publicidad",
    newsletter="Reciba cada mañana las noticias más importantes en su correo.",
    cookies="Utilizamos cookies para mejorar su experiencia en nuestro sitio.",
    rights="Todos los derechos reservados.",
    search="Buscar",
    updated="Actualizado el",
    ago="hace {n} horas",
    no_comments="Sin comentarios",
    one_comment="1 comentario",
    comments="{n} comentarios",
    leave_comment="Deja un comentario",
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    date_format="{d} de {m} de {y}",
    time_format=", {H}:{M}",
)

_AR = Tongue(
    code="ar",
    sites=(("جريدة المثال", "www.al-mithal.dz"), ("صوت المثال", "sawt-almithal.example")),
    rtl=True,
    subjects=(
        "وزير الداخلية",
        "رئيسة لجنة المالية",
        "الناطق باسم الحكومة",
        "نقابات التربية",
        "بنك الجزائر",
        "مدرب المنتخب الوطني",
        "سكان الحي",
        "محكمة سطيف",
        "الأمم المتحدة",
        "إدارة المستشفى",
    ),
    verbs=("أعلن", "أكد", "قدم", "انتقد", "أطلق", "أجل", "يدرس"),
    objects=(
        "إنشاء {n} منصب شغل",
        "خطة استثمار بقيمة {n} مليون دينار",
        "الغلق المؤقت لميناء الصيد",
        "رزنامة انتخابية جديدة",
        "ارتفاع أسعار الطاقة",
        "مشروع قانون المياه",
        "إعادة فتح خط السكة الحديدية",
    ),
    complements=("يوم الثلاثاء", "خلال ندوة صحفية", "عقب اجتماع مجلس الوزراء", "في بيان", "قبل نهاية السنة"),
    quotes=("سنواصل الإصلاحات", "الوضع لا يزال مقلقا", "لم يتقرر أي شيء بعد", "إنها خطوة مهمة للبلاد"),
    sentences=(
        "{V} {S} {C} {O}.",
        "وقال {S}: «{Q}».",
        "وحسب {S}، فإن {n} شخصا معنيون بـ{O}.",
        "{V} {S} {O}، {C}.",
    ),
    headlines=("{V} {S} {O}", "{S} {V} {O} {C}", "عاجل: {V} {S} {O}"),
    open_quote="«",
    close_quote="»",
    kickers=("حصري", "الجزائر", "كأس العالم", "مجلس الوزراء"),
    acronyms=("عاجل",),
    people=("محمد بن علي", "سارة بوزيد", "كريم حداد", "ليلى منصوري"),
    initials=("م. ب.", "ر. إ."),
    agencies=("وأج", "AFP"),
    sections=("وطني", "دولي", "اقتصاد", "رياضة", "ثقافة"),
    tags=("الجزائر", "الطاقة", "كرة القدم", "الصحة", "الانتخابات"),
    captions=("الوزير خلال الندوة الصحفية", "منظر عام لميناء الصيد", "محتجون أمام مقر الولاية"),
    author_comma="، ",
    author_and="، ",
    home="الرئيسية",
    by="بقلم",
    photo="©",
    previous="المقال السابق",
    next="المقال التالي",
    read_also="اقرأ أيضا",
    most_read="الأكثر قراءة",
    breaking="عاجل",
    share="شارك",
    advert="إعلان",
    newsletter="اشترك في النشرة الإخبارية اليومية.",
    cookies="يستخدم هذا الموقع ملفات تعريف الارتباط.",
    rights="جميع الحقوق محفوظة.",
    search="بحث",
    updated="آخر تحديث",
    ago="منذ {n} ساعات",
    no_comments="لا توجد تعليقات",
    one_comment="تعليق واحد",
    comments="{n} تعليقات",
    leave_comment="أضف تعليقا",
    months=(
        "جانفي",
        "فيفري",
        "مارس",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    date_format="{d} {m} {y}",
    time_format=" - {H}:{M}",
    digits="٠١٢٣٤٥٦٧٨٩",
)

#: The languages articles are written in, by primary language subtag.
TONGUES: dict[str, Tongue] = {t.code: t for t in (_FR, _EN, _DE, _ES, _AR)}
