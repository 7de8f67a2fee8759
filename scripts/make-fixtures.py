#!/usr/bin/env python3
"""Write the fixture packs under tests/fixtures/.

Each case is a small, complete pack with one kind of mistake in it, the way a
staff member might make it. The files are committed; run this again only to
change them (it rewrites tests/fixtures/ from scratch, except fuzz/ and signing/).
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures")

PACK = """Pack(
    title: "Test pack",
    tagline: "A small pack for tests. It has one of everything.",
    language: "en-US",
    region: "Testland",
    published: "2026-01-10",
    last_reviewed: "2026-02-01",
    next_review: "2027-02-01",
    reviewed_by: "Dr Test, clinical psychologist",
    written_by: "Test team",
    funded_by: "No one",
    disclaimer: "General information, not medical advice.",
    disclaimer_detail: "This is test content.",
    individual: FormatInfo(name: "One-to-one therapy", summary: "Just you and a therapist."),
    group: FormatInfo(name: "Group therapy", summary: "A few people and a therapist."),
    crisis_intro: "If you are in danger, get help now.",
    crisis_contacts: [
        Contact(name: "Test Line", how: "Call 000", when: "Any time"),
    ],
)
"""

COMPARISON = """Comparison(
    intro: "Two formats, side by side.",
    tables: [
        Table(
            id: "basics",
            title: "The basics",
            rows: [
                Row(
                    id: "privacy",
                    question: "How private is it?",
                    individual: "Between you and the therapist.",
                    group: "Members agree to keep it in the room.",
                    note: "Ask how privacy works.",
                    sources: ["src-a"],
                ),
                Row(
                    id: "cost",
                    question: "What does it cost?",
                    individual: "Often more per session.",
                    group: "Often less per person.",
                    sources: ["src-a"],
                ),
            ],
        ),
    ],
)
"""

BENEFITS = """Benefits(
    intro: "Each format has strengths.",
    cards: [
        Card(
            id: "confidential-space",
            option: Individual,
            title: "A private space",
            summary: "Talk in private.",
            body: "You can talk in private. See [CBT](approach:cbt). **Keep in mind:** no one else shares your story.",
            sources: ["src-a"],
        ),
        Card(
            id: "peer-support",
            option: Group,
            title: "You are not alone",
            summary: "Meet others.",
            body: "Others have been there too. Read [the guide](page:guide). **Keep in mind:** it is less private.",
            sources: ["src-a"],
        ),
    ],
)
"""

APPROACHES = """Approaches(
    intro: "Ways of working.",
    approaches: [
        Approach(
            id: "cbt",
            title: "Cognitive behavioral therapy (CBT)",
            summary: "Thoughts, feelings and actions.",
            formats: [OneToOne, Group],
            file: "approaches/cbt.md",
            sources: ["src-a"],
        ),
    ],
)
"""

PAGES = """Pages(
    pages: [
        Page(
            id: "guide",
            title: "A short guide",
            summary: "Things to think about.",
            file: "pages/guide.md",
            sources: ["src-a"],
        ),
    ],
)
"""

SOURCES = """Sources(
    sources: [
        Source(
            id: "src-a",
            authors: "Test A",
            title: "A test source",
            published_in: "Test Journal",
            year: 2020,
            url: "https://example.org/a",
        ),
    ],
)
"""

CBT_MD = """# Cognitive behavioral therapy (CBT)

CBT looks at how thoughts, feelings and actions link up.

## What a session is like

You talk, and you practise. See [the privacy row](compare:privacy).
"""

GUIDE_MD = """# A short guide

Some things to think about:

- Privacy
- Cost

Read about [CBT](approach:cbt) or go to [the comparison](screen:compare).
"""

BASE = {
    "pack.ron": PACK,
    "comparison.ron": COMPARISON,
    "benefits.ron": BENEFITS,
    "approaches.ron": APPROACHES,
    "pages.ron": PAGES,
    "sources.ron": SOURCES,
    "approaches/cbt.md": CBT_MD,
    "pages/guide.md": GUIDE_MD,
}


DECISION = """Decision(
    title: "Which fits me?",
    summary: "A few questions about what matters to you.",
    intro: "A few questions. No right answers.",
    result_intro: "Here is what each option tends to offer.",
    both_note: "Many people use [both](page:guide).",
    no_priorities_note: "Nothing stood out as very important, and that is fine.",
    situation: "You are thinking about therapy for how you feel.",
    decision: "Which format to start with, or not now.",
    options: [
        DecisionOption(id: "individual", name: "One-to-one", like: "You meet one therapist each week."),
        DecisionOption(id: "group", name: "Group", like: "You meet a small group each week."),
        DecisionOption(id: "not-now", name: "Not now", like: "You wait, or try other support first."),
    ],
    evidence: [
        Evidence(claim: "Both can help.", certainty: "Fairly sure.", sources: ["src-a"]),
    ],
    scales: [
        Scale(
            id: "importance",
            answers: [
                Answer(label: "Not important", value: 0),
                Answer(label: "Very", value: 3),
                Answer(label: "Not sure", value: 0, unsure: true),
            ],
        ),
    ],
    questions: [
        Question(
            id: "privacy",
            topic: "Privacy",
            text: "How much does privacy matter to you?",
            help: "Some people want only one listener.",
            scale: "importance",
            leans: Individual,
            individual: Offer(strength: "Only your therapist hears you.", trade_off: "You do not hear from others."),
            group: Offer(strength: "Members agree to keep it private.", trade_off: "It depends on everyone."),
            ask: "How is privacy kept here?",
            sources: ["src-a"],
        ),
        Question(
            id: "cost",
            topic: "Cost",
            text: "How much does cost matter to you?",
            help: "Prices differ.",
            scale: "importance",
            leans: Group,
            individual: Offer(strength: "Often covered by insurance.", trade_off: "Usually costs more per session."),
            group: Offer(strength: "Often costs less per person.", trade_off: "Some plans cover it less."),
            ask: "What will it cost me?",
            sources: ["src-a"],
        ),
    ],
    wording: Wording(
        question_count: "{total} short questions.",
        begin: "Begin",
        begin_spoken: "Begin the questions",
        progress: "Question {n} of {total}",
        your_answer: "{answer} (your answer)",
        answer_spoken: "Answer: {answer}",
        previous: "Previous",
        previous_spoken: "Back to the previous question",
        skip: "Skip",
        skip_spoken: "Skip this question",
        next: "Next",
        next_spoken: "Next question",
        result_title: "What matters to you",
        also_title: "Also on your list",
        both_title: "Many people use both",
        asks_title: "Questions to ask",
        asks_intro_home: "You could write these down.",
        asks_intro_kiosk: "You could ask at the front desk.",
        strength_title: "Tends to offer",
        trade_off_title: "Keep in mind",
        change_answers: "Change my answers",
        change_answers_spoken: "Change my answers",
        start_again: "Start again",
        start_again_spoken: "Start the questions again",
        not_saved: "Your answers are not saved.",
    ),
)
"""


def png(width, height, pixel):
    """A truecolour-with-alpha PNG; `pixel(x, y)` gives (r, g, b, a)."""
    import struct
    import zlib
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


# A clinic's own section: its name, a small logo, colours with enough
# contrast, a website and a start page; and one group, shown until 2099.
CLINIC = """    clinic: Clinic(
        name: "Test Clinic",
        logo: "clinic/logo.png",
        accent: "#1F6F8B",
        accent_dark: "#8FD3E8",
        website: "https://example.org/clinic",
        start: "clinic/start.md",
    ),
)
"""

GROUPS = """Groups(
    intro: "Times can change.",
    services: [
        Service(
            id: "worry-group",
            name: "Worry group",
            format: Group,
            approach: "cbt",
            who_for: "Adults who worry a lot.",
            when: "Tuesdays, 6 to 7:30 pm",
            minutes: 90,
            weeks: 8,
            group_size: "6 to 10 people",
            language: "English",
            place: InPerson,
            access: [StepFree, HearingLoop],
            cost: "Free.",
            join: "Ask at the front desk.",
            show_until: "2099-12-31",
        ),
    ],
)
"""

START_MD = """# How to start here

Call the front desk, or ask at the desk. You do not need a letter from a doctor.
Someone calls you back in a few days. You can have an interpreter for free.
"""

LOGO = png(32, 32, lambda x, y: (0x1F, 0x6F, 0x8B, 255))


def clinic_case(name, pack=None, groups=GROUPS, extra=None, raw=None):
    """A copy of the base pack with a clinic section (`pack` replaces it)."""
    files = {
        "pack.ron": pack or PACK.rstrip()[:-1] + CLINIC,
        "groups.ron": groups,
        "clinic/start.md": START_MD,
    }
    files.update(extra or {})
    logo = {"clinic/logo.png": LOGO}
    logo.update(raw or {})
    return write_case(name, files, raw=logo)


def write_case(name, changes=None, remove=(), raw=None):
    """A copy of the base pack, with `changes` (path -> text) and `raw` (path -> bytes)."""
    root = os.path.join(OUT, name)
    files = dict(BASE)
    files.update(changes or {})
    for path in remove:
        files.pop(path, None)
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    for path, data in (raw or {}).items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    return root


def main():
    # Start afresh, but keep fuzz/ (its inputs come from fuzzing, not from
    # here) and signing/ (signed with minisign: scripts/make-signed-fixtures.sh).
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name in ("fuzz", "signing"):
            continue
        path = os.path.join(OUT, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)

    write_case("valid")

    # Windows editors: a byte-order mark and CRLF line endings are fine.
    crlf = {p: "\ufeff" + t.replace("\n", "\r\n") for p, t in BASE.items()}
    write_case("bom-crlf", crlf)

    # A missing comma between two fields (line 5 of benefits.ron).
    write_case("syntax-error", {
        "benefits.ron": BENEFITS.replace('option: Individual,', 'option: Individual', 1),
    })

    # A misspelt field name, in a CRLF file with a BOM: positions still count as an editor does.
    unknown = BENEFITS.replace('summary: "Meet others.",', 'sumary: "Meet others.",')
    write_case("unknown-field", {"benefits.ron": "\ufeff" + unknown.replace("\n", "\r\n")})

    # A wrong value for an enum field.
    write_case("unknown-variant", {
        "benefits.ron": BENEFITS.replace("option: Group,", "option: Groups,"),
    })

    # Source ids that are not in sources.ron, and links to things that do not exist.
    write_case("unknown-ids", {
        "benefits.ron": BENEFITS.replace('sources: ["src-a"],\n        ),\n        Card(',
                                         'sources: ["src-b"],\n        ),\n        Card(', 1)
                                .replace("(page:guide)", "(page:guides)"),
        "pages/guide.md": GUIDE_MD.replace("(approach:cbt)", "(approach:dbt)")
                                  .replace("(screen:compare)", "(screen:settings)"),
        "approaches/cbt.md": CBT_MD.replace("(compare:privacy)", "(wiki:privacy)"),
    })

    # Two cards with the same id.
    write_case("duplicate-id", {
        "benefits.ron": BENEFITS.replace('id: "peer-support"', 'id: "confidential-space"'),
    })

    # Empty text where text is required, and a missing required field.
    write_case("empty-fields", {
        "benefits.ron": BENEFITS.replace('title: "You are not alone"', 'title: "  "'),
        "pack.ron": PACK.replace('crisis_intro: "If you are in danger, get help now."', 'crisis_intro: ""'),
        "pages.ron": PAGES.replace('            summary: "Things to think about.",\n', ''),
    })

    # A Markdown file that is not there, and a whole top-level file missing.
    write_case("missing-files", {
        "approaches.ron": APPROACHES.replace("approaches/cbt.md", "approaches/cbt-missing.md"),
    }, remove=("sources.ron",))

    # A file that is not UTF-8 text (saved as Latin-1).
    write_case("not-utf8", raw={
        "pages/guide.md": GUIDE_MD.replace("Some things", "Caf\u00e9 things").encode("latin-1"),
    })

    # A folder where a file should be: it cannot be read as text.
    root = write_case("unreadable", remove=("pages/guide.md",))
    os.makedirs(os.path.join(root, "pages", "guide.md"))
    with open(os.path.join(root, "pages", "guide.md", "note.txt"), "w", encoding="utf-8") as f:
        f.write("pages/guide.md is a folder here on purpose.\n")

    # A file over the 1 MiB limit.
    big = GUIDE_MD + ("Lots of words in a very long page. " * 32000) + "\n"
    write_case("too-large", {"pages/guide.md": big})

    # Paths that leave the pack.
    write_case("outside-paths", {
        "approaches.ron": APPROACHES.replace('"approaches/cbt.md"', '"../outside.md"'),
        "pages.ron": PAGES.replace('"pages/guide.md"', '"/etc/hostname"'),
    })

    # A symlink inside the pack that points outside it.
    root = write_case("symlink-outside", remove=("pages/guide.md",))
    with open(os.path.join(OUT, "outside-target.md"), "w", encoding="utf-8") as f:
        f.write("# Outside\n\nThis file is outside every pack.\n")
    os.makedirs(os.path.join(root, "pages"), exist_ok=True)
    os.symlink("../../outside-target.md", os.path.join(root, "pages", "guide.md"))

    # Dates that are not dates, and review dates in the wrong order.
    write_case("bad-dates", {
        "pack.ron": PACK.replace('published: "2026-01-10"', 'published: "10/01/2026"')
                        .replace('next_review: "2027-02-01"', 'next_review: "2026-01-15"'),
    })

    # A page written at a university reading level: a warning, not an error.
    write_case("hard-to-read", {
        "pages/guide.md": "# A short guide\n\n"
        "Psychotherapeutic interventions demonstrate considerable heterogeneity regarding "
        "methodological characteristics, necessitating individualized consideration of "
        "contraindications and comorbidities before the commencement of treatment. "
        "Consequently, practitioners frequently recommend comprehensive multidisciplinary "
        "evaluation, particularly when [CBT](approach:cbt) is contemplated.\n",
    })

    # Hard words hidden where the grade once did not look: in table cells,
    # and in a card's summary above an easy body.
    write_case("hard-table-and-summary", {
        "pages/guide.md": "# A short guide\n\nWe meet each week.\n\n"
        "| Topic | What to weigh |\n| --- | --- |\n"
        "| Privacy | Confidentiality considerations necessitate individualized deliberation regarding "
        "interpersonal vulnerabilities and therapeutic expectations. |\n",
        "benefits.ron": BENEFITS.replace(
            'summary: "Meet others.",',
            'summary: "Interpersonal identification facilitates normalization of psychological difficulties '
            'experienced collaboratively.",',
        ),
    })

    # A decision aid that is fine.
    write_case("decision-valid", {"decision.ron": DECISION})

    # A skewed decision aid: every question points towards one-to-one.
    write_case("decision-skewed", {"decision.ron": DECISION.replace("leans: Group", "leans: Individual")})

    # Unbalanced: both options can come out ahead, but not equally far.
    write_case("decision-unbalanced", {
        "decision.ron": DECISION.replace(
            """    ],
    questions: [""",
            """        Scale(
            id: "small",
            answers: [
                Answer(label: "No", value: 0),
                Answer(label: "Yes", value: 1),
            ],
        ),
    ],
    questions: [""",
        ).replace("""            scale: "importance",
            leans: Group,""", """            scale: "small",
            leans: Group,"""),
    })

    # Skewed in disguise: the only answer pointing towards group is a "Not
    # sure", which never counts.
    write_case("decision-unsure-counts", {
        "decision.ron": DECISION.replace(
            """    ],
    questions: [""",
            """        Scale(
            id: "hedged",
            answers: [
                Answer(label: "Not important", value: 0),
                Answer(label: "Not sure", value: 3, unsure: true),
            ],
        ),
    ],
    questions: [""",
        ).replace("""            scale: "importance",
            leans: Group,""", """            scale: "hedged",
            leans: Group,"""),
    })

    # A question that says nothing about one option, and one that tells people what to pick.
    write_case("decision-one-sided", {
        "decision.ron": DECISION.replace(
            'group: Offer(strength: "Members agree to keep it private.", trade_off: "It depends on everyone."),',
            'group: Offer(strength: "", trade_off: ""),',
        ).replace("Often costs less per person.", "Often costs less, so you should choose a group.")
         .replace('ask: "What will it cost me?",', 'ask: "What will it cost me?",\n            ask_unsure: "Is a group the best choice for me?",'),
    })

    # One side of a question with more than twice the words of the other: an
    # error (the aid would tilt); a little more is only a warning (see decision-one-sided).
    write_case("decision-lopsided", {
        "decision.ron": DECISION.replace(
            'group: Offer(strength: "Members agree to keep it private.",',
            'group: Offer(strength: "Members agree to keep what they hear in the room, and the therapist '
            'reminds everyone of the agreement at the start of each session.",',
        ),
    })

    # A card with no "Keep in mind" trade-off, which also leaves one format
    # with more cards than the other: two warnings.
    write_case("card-balance", {
        "benefits.ron": BENEFITS.replace("    ],\n)", """        Card(
            id: "your-own-pace",
            option: Individual,
            title: "Your own pace",
            summary: "Go as slowly as you need.",
            body: "You choose how often to meet and how deep to go.",
            sources: ["src-a"],
        ),
    ],
)"""),
    })

    # A pack in another language names its own trade-off words: cards that
    # use them are fine, and one that still says "Keep in mind" is flagged.
    write_case("card-trade-off-mark", {
        "benefits.ron": BENEFITS.replace(
            'intro: "Each format has strengths.",',
            'intro: "Each format has strengths.",\n    trade_off_mark: "A tener en cuenta",',
        ).replace("**Keep in mind:** no one else shares your story.", "**A tener en cuenta:** no one else shares your story."),
    })

    # A link to the "Which fits me?" questions in a pack that has none.
    write_case("decide-link-without-decision", {
        "pages/guide.md": GUIDE_MD.replace("[the comparison](screen:compare)", "[a few questions](screen:decide)"),
    })

    # Wording with an empty field, a blank one, a lost placeholder and a misspelt one.
    write_case("decision-wording", {
        "decision.ron": DECISION.replace('begin: "Begin",', 'begin: "",')
                                .replace('"Question {n} of {total}"', '"Question {n} of {totl}"')
                                .replace('"Answer: {answer}"', '"Answer"')
                                .replace('"You could ask at the front desk."', '"  "'),
    })

    # Ids that are not lowercase-with-hyphens, and an unused source (a warning only).
    write_case("bad-ids-and-unused-source", {
        "benefits.ron": BENEFITS.replace('id: "peer-support"', 'id: "Peer Support"'),
        "sources.ron": SOURCES.replace("    ],\n)", """        Source(
            id: "src-unused",
            authors: "Test B",
            title: "Nobody cites this",
            published_in: "Test Journal",
            year: 2021,
        ),
    ],
)"""),
    })


    # --- What staff really get wrong (issue: a clinic's pack never shows the
    # wrong crisis numbers). ---

    # A UK clinic's pack: its own region and contacts, and one stray bracket
    # in one card. The rest of the pack, and the UK contacts, must still show.
    uk_pack = PACK.replace('region: "Testland"', 'region: "United Kingdom"').replace(
        'language: "en-US"', 'language: "en-GB"').replace(
        '        Contact(name: "Test Line", how: "Call 000", when: "Any time"),',
        """        Contact(name: "Samaritans", how: "Call 116 123", when: "Any time, day or night, if you need to talk."),
        Contact(name: "NHS 111", how: "Call 111", when: "If you need urgent help that is not an emergency."),
        Contact(name: "Emergency services", how: "Call 999", when: "If you or someone else is in danger now."),""")
    write_case("uk-clinic-broken-card", {
        "pack.ron": uk_pack,
        "benefits.ron": BENEFITS.replace('title: "You are not alone",', 'title: "You are not alone"),'),
    })
    # The same pack, whose pack.ron cannot be read at all.
    write_case("uk-clinic-unreadable-pack", {
        "pack.ron": "This is not a pack file.\n" + uk_pack,
    })

    # An approach whose file is empty, and a page whose file has only a title.
    write_case("empty-markdown", {
        "approaches/cbt.md": "\n",
        "pages/guide.md": "# A short guide\n",
    })

    # A language written as a word; a contact with nothing to dial; the
    # same contact, topic and source twice; another region's numbers.
    write_case("pack-mistakes", {
        "pack.ron": PACK.replace('language: "en-US"', 'language: "English"')
            .replace('region: "Testland"', 'region: "United Kingdom"')
            .replace('        Contact(name: "Test Line", how: "Call 000", when: "Any time"),',
                     """        Contact(name: "988 Suicide & Crisis Lifeline", how: "Call or text 988", when: "Any time"),
        Contact(name: "Front desk", how: "Ask at the front desk", when: "During opening hours"),
        Contact(name: "988 Suicide & Crisis Lifeline", how: "Call or text 988", when: "Any time"),""")
            .replace(")\n", "    topics: [\"Privacy\", \"Cost\", \"privacy\"],\n)\n", 1)
            .replace('next_review: "2027-02-01"', 'next_review: "2026-03-01"'),
        "benefits.ron": BENEFITS.replace('sources: ["src-a"],\n        ),\n        Card(',
                                         'sources: ["src-a", "src-a"],\n        ),\n        Card(', 1),
        "sources.ron": SOURCES.replace("    ],\n)", """        Source(
            id: "src-a-again",
            authors: "Test A",
            title: "A Test Source",
            published_in: "Test Journal",
            year: 2020,
        ),
    ],
)"""),
        "pages/guide.md": GUIDE_MD + "\nMore at [our site](https://example.org/more).\n\n![A photo of a group](group.png)\n\n<b>Bold</b> words.\n",
        "comparison.ron": COMPARISON.replace('group: "Often less per person.",', 'group: "Often less per person, so we recommend a group.",'),
    })

    # File names that are nearly right: letter case, a typo, a backslash.
    write_case("near-miss-paths", {
        "approaches.ron": APPROACHES.replace('file: "approaches/cbt.md"', 'file: "approaches/CBT.md"'),
        "pages.ron": PAGES.replace('file: "pages/guide.md"', 'file: "pages/gide.md"').replace(
            "    ],\n)", """        Page(
            id: "second",
            title: "A second page",
            summary: "More to read.",
            file: "pages\\\\guide.md",
            sources: ["src-a"],
        ),
    ],
)"""),
    })

    # The RON mistakes whose parser messages mislead: a choice in quotes, and
    # a quote inside a text.
    write_case("ron-hints", {
        "benefits.ron": BENEFITS.replace("option: Group,", 'option: "Group",')
            .replace('title: "A private space"', 'title: "A "private" space"'),
    })

    # A source note that reads hard.
    write_case("hard-source-note", {
        "sources.ron": SOURCES.replace('url: "https://example.org/a",', 'url: "https://example.org/a",\n            note: "This comprehensive investigation systematically evaluated psychotherapeutic interventions administered individually versus collectively, demonstrating comparable effectiveness notwithstanding considerable methodological heterogeneity.",'),
    })

    # A Spanish translation with a card left out, an extra row, a changed
    # link, a title changed in sources.ron, and a hard Spanish text.
    es = "translations/es-US/"
    write_case("translation-parity", {
        es + "pack.ron": PACK.replace('language: "en-US"', 'language: "es-US"')
            .replace('title: "Test pack"', 'title: "Paquete de prueba"')
            .replace('        Contact(name: "Test Line", how: "Call 000", when: "Any time"),',
                     '        Contact(name: "Línea de prueba", how: "Llame al 000", when: "A cualquier hora"),'),
        es + "benefits.ron": """Benefits(
    intro: "Cada formato tiene sus puntos fuertes.",
    trade_off_mark: "Tenga en cuenta",
    cards: [
        Card(
            id: "confidential-space",
            option: Individual,
            title: "Un espacio privado",
            summary: "Hable en privado.",
            body: "Puede hablar en privado. Vea [la guía](page:guide). **Tenga en cuenta:** nadie más comparte su historia.",
            sources: ["src-a"],
        ),
    ],
)
""",
        es + "comparison.ron": COMPARISON.replace('title: "The basics"', 'title: "Lo básico"').replace(
            "            ],\n        ),\n    ],\n)", """                Row(
                    id: "extra",
                    question: "¿Una fila de más?",
                    individual: "Sí.",
                    group: "También.",
                    sources: ["src-a"],
                ),
            ],
        ),
    ],
)"""),
        es + "sources.ron": SOURCES.replace('title: "A test source"', 'title: "Una fuente de prueba"'),
        es + "approaches.ron": APPROACHES.replace('title: "Cognitive behavioral therapy (CBT)"', 'title: "Terapia cognitivo-conductual (TCC)"'),
        es + "approaches/cbt.md": "# Terapia cognitivo-conductual (TCC)\n\nLa psicoterapia cognitivo-conductual contemporánea, caracterizada fundamentalmente por intervenciones estructuradas, sistemáticas e individualizadas orientadas hacia la modificación de patrones disfuncionales, representa indudablemente una metodología extraordinariamente documentada. Vea [la fila](compare:privacy).\n",
    })

    # Easy Read and stories: a long sentence, an unexplained short form, a
    # picture that does not exist, a Help screen with another number; a
    # story pair of uneven length, an empty part; no `reviewed_by`.
    write_case("easy-read-and-stories", {
        "pack.ron": PACK.replace('    reviewed_by: "Dr Test, clinical psychologist",\n', ""),
        "easy-read.ron": """EasyRead(
    screens: [
        EasyScreen(
            screen: Home,
            title: "Welcome",
            lines: [
                EasyLine(text: "This app tells you about therapy, which means talking with a trained helper about the way you feel.", picture: Some("1F4D6")),
                EasyLine(text: "One kind is called CBT.", picture: None),
                EasyLine(text: "Cognitive behavioral therapy (DBT) is another.", picture: Some("ZZZZ")),
                EasyLine(text: "DBT is a kind of therapy.", picture: None),
            ],
        ),
        EasyScreen(
            screen: Help,
            title: "Need help now?",
            lines: [
                EasyLine(text: "Call 000 or 911.", picture: None),
            ],
        ),
    ],
)
""",
        "stories.ron": """Stories(
    label: "Made-up story, based on common experiences",
    situations: [
        Situation(
            id: "uneven",
            title: "An uneven pair",
            individual: Story(name: "A", text: "A short story.", helped: "Some help.", hard: "Some hard parts."),
            group: Story(name: "B", text: "A much longer story, told with many more words than the other one has.", helped: "A great deal of help, in many ways, from many people.", hard: "Hard parts too, and quite a few of them."),
        ),
        Situation(
            id: "empty-part",
            title: "A story with a part left empty",
            individual: Story(name: "C", text: "C meets a therapist.", helped: "Talking helped.", hard: ""),
            group: Story(name: "D", text: "D meets a group.", helped: "Others helped.", hard: "It was slow."),
        ),
        Situation(
            id: "fair",
            title: "A fair pair",
            individual: Story(name: "E", text: "E meets a therapist each week.", helped: "Time to talk.", hard: "The cost."),
            group: Story(name: "F", text: "F meets a small group each week.", helped: "Others who understand.", hard: "Less time."),
        ),
    ],
)
""",
    })

    # The trade-offs of the one-to-one cards all point to groups; the group
    # cards' never point back.
    lopsided_cards = []
    for i in range(5):
        lopsided_cards.append(f"""        Card(
            id: "one-{i}",
            option: Individual,
            title: "One {i}",
            summary: "A one-to-one strength.",
            body: "Time for you. **Keep in mind:** a group might give you more company.",
            sources: ["src-a"],
        ),""")
    for i in range(5):
        lopsided_cards.append(f"""        Card(
            id: "group-{i}",
            option: Group,
            title: "Group {i}",
            summary: "A group strength.",
            body: "Others who understand. **Keep in mind:** it can feel less private.",
            sources: ["src-a"],
        ),""")
    write_case("cross-reference-balance", {
        "benefits.ron": "Benefits(\n    intro: \"Each format has strengths.\",\n    cards: [\n" + "\n".join(lopsided_cards) + "\n    ],\n)\n",
        "pages/guide.md": GUIDE_MD,
    })

    # --- A clinic's own section (issue 17). ---

    # A clinic with everything right.
    clinic_case("clinic-valid")

    # Colours with too little contrast: a pale one for the light theme, a
    # dark one for the dark theme.
    clinic_case("clinic-low-contrast", pack=PACK.rstrip()[:-1] + CLINIC
                .replace('"#1F6F8B"', '"#9FD0E0"').replace('"#8FD3E8"', '"#1F3F4B"'))

    # What staff get wrong: an SVG logo, a website without https, a colour
    # name, a start page that is not there; a service with an unknown
    # approach, a date that is not one, an empty field; another whose date
    # has passed.
    mistakes = PACK.rstrip()[:-1] + CLINIC.replace('"clinic/logo.png"', '"clinic/logo.svg"') \
        .replace('"https://example.org/clinic"', '"www.example.org/clinic"') \
        .replace('"#8FD3E8"', '"teal"').replace('"clinic/start.md"', '"clinic/strat.md"')
    past = GROUPS.replace('id: "worry-group"', 'id: "spring-group"') \
        .replace('"2099-12-31"', '"2020-03-31"')
    broken = GROUPS.replace('approach: "cbt"', 'approach: "cbtt"') \
        .replace('"2099-12-31"', '"31/12/2027"').replace('"Adults who worry a lot."', '""')
    both = broken.rstrip().removesuffix("],\n)").rstrip() + "\n" + past.split("services: [\n", 1)[1]
    clinic_case("clinic-mistakes", pack=mistakes, groups=both,
                extra={"clinic/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"})

    # A logo over 256 KiB: noise does not compress.
    import random
    noise = random.Random(17)
    clinic_case("clinic-big-logo", raw={
        "clinic/logo.png": png(300, 300, lambda x, y: tuple(noise.randrange(256) for _ in range(4))),
    })

    # Services in a pack that names no clinic: they cannot be shown.
    write_case("groups-without-clinic", {"groups.ron": GROUPS})

    # Kiosk config files (`check --kiosk-config`), not packs: a good one,
    # three values out of range, and a misspelt field name.
    kiosk = os.path.join(OUT, "kiosk-config")
    os.makedirs(kiosk)
    for name, text in KIOSK_CONFIGS.items():
        with open(os.path.join(kiosk, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)


KIOSK_CONFIGS = {
    "valid.ron": """// A kiosk config a clinic might use.
Kiosk(
    idle_secs: 60,
    countdown_secs: 10,
    staff_pin: "5081",
)
""",
    "example-pin.ron": """// The PIN from the README: anyone can read it.
Kiosk(
    staff_pin: "2468",
    content: "/opt/clinic-pack",
)
""",
    "trivial-pin.ron": """Kiosk(
    staff_pin: "1111",
)
""",
    "run-pin.ron": """Kiosk(
    staff_pin: "6543",
)
""",
    "uk-contacts.ron": """// A UK site's own crisis contacts, for when the pack's cannot be read.
Kiosk(
    staff_pin: "5081",
    crisis_contacts: [
        Contact(name: "Samaritans", how: "Call 116 123", when: "Any time, day or night."),
        Contact(name: "Emergency services", how: "Call 999", when: "If you or someone else is in danger now."),
    ],
)
""",
    "out-of-range.ron": """// Three values a staff member might get wrong.
Kiosk(
    idle_secs: 5,
    countdown_secs: 600,
    staff_pin: "24a8",
)
""",
    "typo.ron": """Kiosk(
    idle_secs: 90,
    staff_pn: "5081",
)
""",
}


if __name__ == "__main__":
    main()
