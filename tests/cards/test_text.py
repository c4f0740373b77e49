"""Grapheme clusters, line breaking, balance, fitting and ellipsis."""

from __future__ import annotations

import math
import re

import pytest
from PIL import Image

from podium_cards import CardLayout
from podium_cards.graphemes import clusters
from podium_cards.paint import Box, draw_block
from podium_cards.textprep import normalize, prepare
from podium_cards.typeset import ELLIPSIS, fit


@pytest.fixture(scope="module")
def chain():
    return CardLayout().chain("bold")


def _lines(block) -> list[str]:
    p = block.prepared
    return ["".join(p.clusters[ln.start : ln.end]) + ln.suffix for ln in block.lines]


def _layouts(p, chain, boxes):
    """(box, lines) of ``p`` at 40 px in each box width, one line high and tall."""
    for box in boxes:
        for height in (60, 1000):
            yield box, _lines(fit(p, chain[0], box, height, 40, 40))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("👩🏽‍💻", ["👩🏽‍💻"]),
        ("👨‍👩‍👧‍👦🏳️‍🌈", ["👨‍👩‍👧‍👦", "🏳️‍🌈"]),
        ("🇳🇱🇧🇪🇩", ["🇳🇱", "🇧🇪", "🇩"]),
        ("e\u0301x", ["e\u0301", "x"]),
        ("한국", ["한", "국"]),
        ("\u1100\u1161\u11a8", ["\u1100\u1161\u11a8"]),
        ("a\r\nb", ["a", "\r\n", "b"]),
        # Indic conjuncts (UAX 29 GB9c): consonant, virama, consonant is one.
        ("क्या", ["क्या"]),
        ("स्त्री", ["स्त्री"]),
        ("ক্ষমা", ["ক্ষ", "মা"]),
        ("क्\u200cष", ["क्\u200c", "ष"]),  # a ZWNJ asks for the visible virama
        ("ខ្មែរ", ["ខ្មែ", "រ"]),  # Khmer's coeng: the consonant below
        ("ឱ្យ", ["ឱ្យ"]),  # ... below an independent vowel too
        # Past Unicode's six scripts: a Kannada conjunct (ottakshara), Gurmukhi's
        # subjoined letters, a Sinhala conjunct asked for by ZWJ, Tamil's க்ஷ and ஸ்ரீ.
        ("ಕ್ಷೇತ್ರ", ["ಕ್ಷೇ", "ತ್ರ"]),
        ("ਪ੍ਰਬੰਧ", ["ਪ੍ਰ", "ਬੰ", "ਧ"]),
        ("ශ්\u200dරී ලංකා", ["ශ්\u200dරී", " ", "ලං", "කා"]),
        ("ක්ෂ", ["ක්", "ෂ"]),  # without ZWJ Sinhala writes the al-lakuna: two
        ("க்ஷேத்திரம்", ["க்ஷே", "த்", "தி", "ர", "ம்"]),  # த் then தி: two, as written
        ("ஸ்ரீ", ["ஸ்ரீ"]),
    ],
)
def test_grapheme_clusters(text, expected):
    assert clusters(text) == expected


def test_normalize_drops_controls_and_bidi_overrides():
    assert normalize("  a\n\tb\x00c\u202ed\u202c  ") == "a b c d".replace(" d", "d")
    assert normalize("a\u00a0b") == "a\u00a0b"  # a no-break space is kept


def test_chinese_breaks_between_ideographs_not_before_closing_marks(chain):
    p = prepare("我们的数据团队。好的", chain)
    assert p.breaks[0] == "any"
    assert p.breaks[p.clusters.index("队")] is None, "never start a line with 。"


def test_a_hebrew_compound_breaks_after_its_maqaf(chain):
    # Once cut inside a word ("בית־הספר־ה" then "תיכון־המקצו", "עי").
    block = fit(prepare("בית־הספר־התיכון־המקצועי", chain), chain[0], 250, 1000, 40, 40)
    assert _lines(block) == ["בית־הספר־", "התיכון־", "המקצועי"]


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("人々が集まる場所", "人"),  # an iteration mark never starts a line
        ("いすゞの車", "す"),
        ("コスモスヽ", "ス"),
        ("理由……そして", "由"),  # nor an ellipsis (UAX 14: inseparable)
        ("一ヵ月", "一"),  # nor a small kana
    ],
)
def test_japanese_never_starts_a_line_with_a_nonstarter(chain, text, after):
    p = prepare(text, chain)
    at = len(p.clusters) - 1 - p.clusters[::-1].index(after)  # its last place
    assert p.breaks[at] is None


@pytest.mark.parametrize(
    "text", ["私は「データ エンジニア 」です 。毎日 、楽しい", "東京のチーム 」と大阪 。"]
)
def test_a_japanese_closing_mark_after_a_space_never_starts_a_line(text, chain):
    # UAX 14 (LB13) keeps a closing mark off a line's start even after a space;
    # a pasted title with one showed "チーム" then "」と大", "毎日" then "、楽しい".
    p = prepare(text, chain)
    for box in range(150, 900, 4):
        for height in (60, 1000):
            lines = _lines(fit(p, chain[0], box, height, 40, 40))
            assert not any(line.lstrip()[0] in "、。」" for line in lines[1:]), (box, lines)


@pytest.mark.parametrize(
    "text",
    [
        "私は「Acmeverzekeringsmaatschappij」で働いています。",
        "エンジニアの「ドキュメンテーションエンジニアリングマネージャー」です。",
    ],
)
def test_a_unit_cut_to_fit_keeps_the_japanese_line_rules(text, chain):
    # A unit wider than the box was cut where the box ended, before a closing
    # mark or "ー", or after an opening one: "...happij" then "」で働" at 148 px,
    # "ジャ" then "ー」", "「" alone at a line's end.
    p = prepare(text, chain)
    for box in range(40, 400, 4):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            lines = _lines(block)
            assert not any(line[0] in "」。ーャ" for line in lines[1:]), (box, lines)
            assert not any(line.rstrip("…")[-1:] == "「" for line in lines), (box, lines)
            assert all(ln.width <= box for ln in block.lines), (box, lines)
            assert lines[0] != ELLIPSIS, (box, lines)


def test_japanese_nonstarters_stay_with_the_word_before_on_a_card(chain):
    # A box three ideographs wide: "人々" is one unit, never "人々人" then "々...".
    text = "人々人々人々"
    block = fit(prepare(text, chain), chain[0], 130, 400, 40, 40)
    lines = _lines(block)
    assert lines == ["人々", "人々", "人々"], lines


@pytest.mark.parametrize(
    ("text", "box"),
    [
        # Thai sets its repetition mark apart by spaces; it repeats the word before.
        ("เราทำงานต่าง ๆ ร่วมกัน", 250),  # was "เราทำงานต่าง" then "ๆ ร่วมกัน"
        ("Pourquoi ? Parce que j'aime ça", 180),  # was "Pourquoi" then "? Parce"
    ],
)
def test_no_line_starts_with_a_mark_set_apart_by_a_space(chain, text, box):
    for width in (box, *range(150, 700, 10)):
        lines = _lines(fit(prepare(text, chain), chain[0], width, 1000, 40, 40))
        assert not any(line[0] in "ๆ?" for line in lines[1:]), (width, lines)


@pytest.mark.parametrize(
    "text",
    ["เราไปกรุงเทพ ฯ และเชียงใหม่ด้วยกัน", "ทีมงาน ฯ ร่วมกัน ฯลฯ เสมอ", "ໄປວຽງຈັນ ຯ ແລະ ຫຼວງພະບາງ"],
)
def test_a_lone_paiyannoi_after_a_space_never_starts_a_line(text, chain):
    # Thai's ฯ closing a shortened word, typed after a space ("กรุงเทพ ฯ"), is
    # a stop like ๆ: a title was "กรุงเทพ" then "ฯ และ" (170 px).
    p = prepare(text, chain)
    lone = {k for k, c in enumerate(p.clusters) if c in "ฯຯ" and p.clusters[k + 1] == " "}
    for box in range(60, 800, 5):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            assert not any(ln.start in lone for ln in block.lines), (box, _lines(block))


def test_etc_written_with_paiyannoi_is_a_word_that_may_start_a_line(chain):
    # ฯลฯ ("etc.") begins with the mark but is a word of its own.
    p = prepare("ผลไม้ ส้ม กล้วย ฯลฯ ทั้งหมดในตลาด", chain)
    starts = {
        line.split()[0]
        for box in range(100, 600, 10)
        for line in _lines(fit(p, chain[0], box, 1000, 40, 40))[1:]
    }
    assert "ฯลฯ" in starts, starts


@pytest.mark.parametrize("text", ["ฯลฯ", "ผลไม้ ส้ม กล้วย ฯลฯ ทั้งหมดในตลาด", "ໝາກໄມ້ ຯລຯ"])
def test_etc_written_with_paiyannoi_is_never_cut(text, chain):
    # ฯลฯ alone was wider than a box of 40 to 67 px at 40 px and was cut "ฯ"
    # then "ลฯ", a stray mark and half a word; it is drawn smaller instead.
    p = prepare(text, chain)
    for box, lines in _layouts(p, chain, range(30, 90)):
        assert not any(a.endswith(("ฯ", "ຯ")) and b.startswith(("ลฯ", "ລຯ"))
                       for a, b in zip(lines, lines[1:], strict=False)), (box, lines)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "यह हमारी टीम है । हम डेटा इंजीनियर हैं । और अधिक ।",  # Hindi, often typed so
        "ខ្ញុំនៅទីនេះ ។ នេះជារឿងរបស់ខ្ញុំ ។ និងច្រើនទៀត ។",
        "ကျွန်တော်ဒီမှာ ၊ ဒါကကျွန်တော့်ဇာတ်လမ်း ။ နောက်ထပ် ။",
        "مرحبا بكم في فريقنا ، نحن نبني المستقبل ؟ معا كل يوم",
    ],
)
def test_a_full_stop_or_comma_after_a_space_never_starts_a_line(text, chain):
    # UAX 14 lets a line break after the space before a danda, khan or
    # Myanmar section mark: a title showed "टीम है" then "। हम", "ទីនេះ" then
    # "។", and an Arabic one "المستقبل" then "؟ معا".
    for box, lines in _layouts(prepare(text, chain), chain, range(80, 900, 5)):
        assert not any(line[0] in "।॥។៕၊။،؛؟" for line in lines[1:]), (box, lines)


@pytest.mark.parametrize(
    "text",
    [
        "Pourquoi : parce que j'aime ça",
        "Pourquoi ? Parce que j'aime ça",
        "यह हमारी टीम है । हम",
        "ខ្ញុំនៅទីនេះ ។ នេះជារឿងរបស់ខ្ញុំ ។",
    ],
)
def test_a_word_cut_to_fit_never_parts_a_mark_set_apart_by_a_space(text, chain):
    # "Pourquoi :" is one unit, the space held to its mark; wider than the box
    # it was cut at that space: "Pourquoi" then " : parce" (197 px), the next
    # line starting with the space and the mark ("oi" then " ?", "है" then " ।").
    p = prepare(text, chain)
    for box in range(20, 400, 3):
        for height in (60, 1000):
            lines = _lines(fit(p, chain[0], box, height, 40, 40))
            assert not any(line[:1].isspace() for line in lines), (box, lines)
            assert not any(line.rstrip("-…")[-1:].isspace() for line in lines), (box, lines)


@pytest.mark.parametrize("text", ["Café \u0301 test", "Het \u0308 accent van Anna"])
def test_a_mark_typed_after_a_space_keeps_to_the_word_before_it(text, chain):
    # The space was the mark's letter, so the word before and the mark were
    # one unit of no plain word, cut anywhere without a hyphen ("C", "af",
    # "é ́" at 40 to 48 px); now the mark is drawn alone after the space, kept
    # with the word, which is hyphenated as any other, and starts no line.
    p = prepare(text, chain)
    for box in range(30, 400, 3):
        block = fit(p, chain[0], box, 1000, 40, 40)
        for line in block.lines[:-1]:
            hyphen_or_space = line.suffix == "-" or p.clusters[line.end] == " "
            assert hyphen_or_space, (box, _lines(block))
        assert not any(p.clusters[ln.start][0] in "\u00a0 " for ln in block.lines)


def test_a_mark_typed_after_a_space_does_not_eat_the_space(chain):
    # Drawn on the space, the accent sat against the "t" (2 px from it at
    # 40 px: "Het\u0301 accent"); drawn alone after the space it keeps the gap.
    def ink_columns(text):
        block = fit(prepare(text, chain), chain[0], 1000, 200, 40, 40)
        mask = Image.new("L", (1000, 200), 0)
        draw_block(mask, block, Box(0, 0, 1000, 200), 255, align="left")
        return [x for x in range(1000) if mask.crop((x, 0, x + 1, 200)).getbbox()]

    het = max(ink_columns("Het"))
    accent = min(x for x in ink_columns("Het \u0301 accent") if x > het + 1)
    assert accent - het >= 8  # a space at 40 px is 11


def test_ethiopic_breaks_after_its_wordspace_not_inside_words(chain):
    # Ethiopic writes ፡ between words, no space: a title was cut inside its
    # words ("ለምን፡ይህን፡ኩ" then "ባንያ፡መረጥኩ") and a line began with ። or ፡.
    text = "ለምን፡ይህን፡ኩባንያ፡መረጥኩ።የመረጃ፡መሐንዲስ፡ሆኜ፡እሠራለሁ።"
    for box in range(200, 700, 10):
        lines = _lines(fit(prepare(text, chain), chain[0], box, 1000, 40, 40))
        assert len(lines) > 1 or box > 600
        assert all(line[-1] in "፡።" for line in lines), (box, lines)
    for box in range(100, 700, 10):
        lines = _lines(fit(prepare(text, chain), chain[0], box, 60, 40, 40))
        assert not any(line[0] in "፡።" for line in lines), (box, lines)
        assert not lines[-1].endswith("፡…"), (box, lines)


ARMENIAN_TITLES = [
    "Ծրագրավորող֊ինժեներների֊համայնքում աշխատանք։ Մենք",
    "Ինչու՞ ընտրեցի այս ընկերությունը։Ծրագրավորողինժեներ",
    "Մենքաշխատումենքմիասին՝թիմով։Ինչու՞",
]


@pytest.mark.parametrize("text", ARMENIAN_TITLES)
def test_armenian_punctuation_never_starts_a_line_and_its_hyphen_breaks(text, chain):
    # Once "աշխատանք" then "։ Մենք", "թիմով" then "։Ինչու՞", and "Ծրագրավորող"
    # then "֊ինժեներների֊": the full stop, comma and the marks written over a
    # word's vowel start a line, and the Armenian hyphen (֊) was no break.
    hyphen_ends = 0
    for box in range(100, 500, 10):
        for height in (60, 1000):
            lines = _lines(fit(prepare(text, chain), chain[0], box, height, 40, 40))
            assert not any(line[0] in "։՝՞՜՛֊" for line in lines[1:]), (box, lines)
            hyphen_ends += sum(line.endswith("֊") for line in lines)
    assert hyphen_ends or "֊" not in text
    assert prepare(ARMENIAN_TITLES[0], chain).breaks[11] == "hyphen"


@pytest.mark.parametrize(
    "text", ["خطة 2024-2025 للفريق الجديد في الشركة", "Wat COVID-19 met ons team deed"]
)
def test_a_number_after_a_hyphen_stays_with_it(text, chain):
    # Once "2024-" on one line and "2025" on the next (in an Arabic title, apart
    # on the wrong sides), and "COVID-" then "19 met".
    p = prepare(text, chain)
    assert not any(p.breaks[i] for i, c in enumerate(p.clusters) if c == "-")
    for box in range(230, 900, 10):
        lines = _lines(fit(p, chain[0], box, 1000, 40, 40))
        assert not any(line.endswith("-") for line in lines), (box, lines)


@pytest.mark.parametrize(
    "units",
    [
        ["Wij", "zoeken", "een", "senior", "developer", "voor", "ons", "platformteam"],
        ["«\u00a0Bonjour\u00a0»", "zeggen", "wij", "elke", "dag", "tegen", "klanten\u00a0!"],
    ],
)
def test_words_joined_by_no_break_spaces_are_cut_between_words(units, chain):
    # A title pasted with a no-break space between every word was one word to
    # the cutter, cut where the box ended without a hyphen: "Wij zoeken ee",
    # "n senior deve", "loper voor on" (300 px). Wider than the box, it is
    # now cut at a no-break space, never one that holds "!" or "»" to a word.
    p = prepare("\u00a0".join(units), chain)
    widest = max(fit(prepare(w, chain), chain[0], 4000, 400, 40, 40).lines[0].width
                 for w in units)  # fmt: skip
    ends = {len("".join(units[:k])) + k - 1 for k in range(1, len(units))}
    for box in range(math.ceil(widest) + 1, 900, 7):
        block = fit(p, chain[0], box, 1000, 40, 40)
        for line in block.lines[:-1]:
            assert line.end in ends, (box, _lines(block))
        assert not any(p.clusters[ln.start] in "!»" for ln in block.lines), (box, _lines(block))


@pytest.mark.parametrize(
    "text",
    ["Welkom 👋\u00a0Anna en 👩🏽\u200d💻\u00a0Sanne bij ons", "我们的团队\u00a02024\u00a0年很好"],
)
def test_no_line_starts_with_a_no_break_space_after_an_emoji_or_ideograph(text, chain):
    # A line could break between an emoji or a Chinese character and a
    # no-break space: "Welkom 👋" then a line starting " Anna" (the space).
    p = prepare(text, chain)
    for box, lines in _layouts(p, chain, range(60, 600, 4)):
        assert not any(line.startswith("\u00a0") for line in lines), (box, lines)


def test_words_joined_by_no_break_spaces_cut_short_end_at_a_word(chain):
    # "Wij zoeken e…" (300 px, 40 px type, one line), "...een senio…": the
    # ellipsis took no no-break space for the end of a word.
    units = ["Wij", "zoeken", "een", "senior", "developer", "voor", "ons", "platformteam"]
    p = prepare("\u00a0".join(units), chain)
    ends = {len("".join(units[:k])) + k - 1 for k in range(1, len(units))}
    for box in range(260, 900, 11):
        block = fit(p, chain[0], box, 60, 40, 40)
        assert block.lines[-1].suffix == ELLIPSIS and block.lines[-1].end in ends, _lines(block)


def test_breaks_after_spaces_hyphens_and_slashes(chain):
    p = prepare("data-engineer en/of soft\u00adware", chain)
    kinds = {p.clusters[i]: b for i, b in enumerate(p.breaks) if b}
    assert kinds["-"] == "hyphen" and kinds["/"] == "hyphen" and kinds[" "] == "space"
    assert "soft" in p.breaks and "\u00ad" not in p.clusters


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("ผมเป็นวิศวกร\u00adข้อมูล", "ผมเป็นวิศวกร"),
        ("소프트웨어\u00ad엔지니어", "소프트웨어"),
        ("ຂ້ອຍເປັນ\u00adວິສະວະກອນ", "ຂ້ອຍເປັນ"),
    ],
)
def test_a_soft_hyphen_in_a_script_without_hyphens_breaks_without_one(text, first, chain):
    # A soft hyphen in Thai, Lao or Korean drew "-" where the line broke
    # ("วิศวกร-" then "ข้อมูล"): their typography never hyphenates, and the cards
    # add none when they cut such a word either. It is still a place to break.
    p = prepare(text, chain)
    cuts = set()
    for box in range(150, 900, 10):
        lines = _lines(fit(p, chain[0], box, 1000, 40, 40))
        assert "".join(lines) == text.replace("\u00ad", ""), (box, lines)
        assert not any(line.endswith("-") for line in lines), (box, lines)
        cuts |= {"".join(lines[: k + 1]) for k in range(len(lines))}
    assert first in cuts  # broken there, without the hyphen
    # A Latin word keeps its hyphen.
    block = fit(prepare("Verzekerings\u00admaatschappij", chain), chain[0], 330, 1000, 40, 40)
    assert _lines(block) == ["Verzekerings-", "maatschappij"]


@pytest.mark.parametrize(
    "text",
    [
        "Werknemer\u00ad, wat nu?",
        "Werknemer\u00ad. Wat nu?",
        "(Werk\u00adnemer\u00ad) en meer",
        "Werk\u00ad bij ons team",
        "Werk\u00ad-nemer en meer",
    ],
)
def test_a_soft_hyphen_before_punctuation_or_a_space_is_no_break(text, chain):
    # A soft hyphen before a comma, full stop or bracket broke the line there:
    # "Werknemer-" then ", wat nu?"; before a space, "Werk-" then " bij".
    p = prepare(text, chain)
    for box in range(60, 500, 5):
        for balance in (True, False):
            lines = _lines(fit(p, chain[0], box, 1000, 40, 40, balance=balance))
            assert not any(line[0] in " ,.)-" for line in lines[1:]), (box, lines)


def test_a_writers_soft_hyphen_wins_over_the_syllable_rule(chain):
    # The cards' own rule keeps "sch" together ("Ga-schromatografie" would be its
    # choice); "gas-chromatografie" is right, and a writer's soft hyphen says so.
    p = prepare("Gas\u00adchromatografie", chain)
    cuts = {tuple(_lines(fit(p, chain[0], box, 1000, 40, 40))) for box in range(150, 400, 5)}
    assert ("Gas-", "chromatografie") in cuts
    assert not any(line.startswith("Ga-") for lines in cuts for line in lines)


@pytest.mark.parametrize(
    "text",
    [
        "Van stagiair naar teamleider in vijf jaar tijd",  # greedy leaves "tijd" alone
        "Hoe ik mijn burn-out te boven kwam",
        "Wat een recruiter echt zoekt in je cv",
    ],
)
def test_headline_lines_are_balanced_not_ragged(chain, text):
    p = prepare(text, chain)
    ragged = fit(p, chain[0], 700, 400, 60, 60, balance=False)
    even = fit(p, chain[0], 700, 400, 60, 60, balance=True)
    assert len(even.lines) == len(ragged.lines) > 1

    def spread(block):
        widths = [ln.width for ln in block.lines]
        return max(widths) - min(widths)

    assert spread(even) < spread(ragged)
    assert all(ln.width <= 700 for ln in even.lines)


def test_fit_uses_the_largest_size_that_fits(chain):
    short = fit(prepare("Kort", chain), chain[0], 700, 300, 40, 72)
    long = fit(prepare("Een veel langere titel " * 4, chain), chain[0], 700, 300, 40, 72)
    assert short.size == 72 and not short.truncated
    assert 40 <= long.size < 72


def test_overflow_ends_in_an_ellipsis_within_the_box(chain):
    block = fit(prepare("woord " * 300, chain), chain[0], 600, 200, 40, 72)
    assert block.truncated and block.size == 40
    assert block.lines[-1].suffix == ELLIPSIS
    assert block.height <= 200
    assert all(ln.width <= 600 for ln in block.lines)


def test_long_compound_is_hyphenated_between_letters(chain):
    word = "arbeidsongeschiktheidsverzekeringsmaatschappijmedewerkersvertegenwoordiging"
    block = fit(prepare(word, chain), chain[0], 500, 400, 40, 40)
    lines = _lines(block)
    assert len(lines) > 1
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(line.rstrip("-") for line in lines) == word
    assert all(ln.width <= 500 for ln in block.lines)


@pytest.mark.parametrize(
    "text",
    [
        "Verzekeringsmaatschappij?",
        "(Verpleegkundigen)",
        "“Arbeidsongeschiktheidsverzekering”,",
        "Высококвалифицированный.",
    ],
)
def test_a_long_word_with_punctuation_around_it_is_hyphenated(text, chain):
    # A word beside a question mark, bracket or quote was no plain word to the
    # cutter: cut anywhere, without a hyphen ("Verzekeringsmaa" then
    # "tschappij?", where "Verzekeringsmaatschappij" alone is cut
    # "Verzekeringsmaat-" then "schappij").
    for box in range(160, 700, 10):
        lines = _lines(fit(prepare(text, chain), chain[0], box, 1000, 40, 40))
        assert all(line.endswith("-") for line in lines[:-1]), (box, lines)
        assert "".join(line[:-1] for line in lines[:-1]) + lines[-1] == text, (box, lines)


def test_an_address_ending_in_a_full_stop_is_still_not_hyphenated(chain):
    # Its last full stop aside, "https://..." or "info@..." is no word: a hyphen
    # added to it would change what a reader types.
    for text in ("https://example.com/verzekeringsmaatschappij.", "info@zorgverzekeraar.nl."):
        for box in range(100, 500, 10):
            lines = _lines(fit(prepare(text, chain), chain[0], box, 1000, 40, 40))
            assert "".join(lines) == text, (box, lines)


@pytest.mark.parametrize(
    "text", ["Verpleegkundige", "Personeelsvertegenwoordiging", "Высококвалифицированный",
             "თანამშრომლობა", "შევუერთდი ჩვენს"]
)  # fmt: skip
def test_a_hyphenated_word_never_leaves_one_letter_for_the_next_line(text, chain):
    # With no syllable near the edge a word is cut where the box ends, which
    # could leave its last letter alone: "Verpleegkundig-" then "e".
    for box in range(120, 700, 5):
        lines = _lines(fit(prepare(text, chain), chain[0], box, 1000, 40, 40))
        for line, after in zip(lines, lines[1:], strict=False):
            assert not (line.endswith("-") and len(after.split(" ")[0]) == 1), (box, lines)


@pytest.mark.parametrize(
    "word",
    [
        "Rijkswaterstaatmedewerkersbijeenkomst",
        "Schoonmaakbedrijfsleidinggevende",
        "IJZERVLECHTERSBEDRIJF",
    ],
)
def test_a_word_cut_to_fit_never_splits_dutch_ij(word, chain):
    # "ij" is one letter in Dutch: cut where the box ended, a word was
    # "kersbi-" then "jeenk-" (147 px, 40 px type), "kbedri-" then "jfsleid-",
    # "RSBEDRI-" then "JF".
    for box, lines in _layouts(prepare(word, chain), chain, range(60, 700, 3)):
        ends = zip(lines, lines[1:], strict=False)
        pairs = {(a.rstrip("-…")[-1:] + b[0]).lower() for a, b in ends}
        assert "ij" not in pairs, (box, lines)


@pytest.mark.parametrize(
    "word", ["Verzekeringsmaatschappij", "Высококвалифицированный", "სპეციალისტი"]
)
def test_a_word_that_fits_the_box_is_not_hyphenated(word, chain):
    # A word as wide as the box, less than a hyphen narrower, was cut to make
    # room for a hyphen it did not need: "Verzekeringsmaatschap-" then "pij".
    from podium_cards.typeset import HYPHEN, run_width

    w = fit(prepare(word, chain), chain[0], 4000, 400, 40, 40).lines[0].width
    box = math.ceil(w + run_width(chain[0], 40, HYPHEN, "L") / 2)
    assert _lines(fit(prepare(f"{word} en meer", chain), chain[0], box, 1000, 40, 40)) == [
        word,
        "en meer",
    ]


@pytest.mark.usefixtures("raqm")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Once cut wherever the box ended: "фицированн-" then "ый", "Ενδιαφέρουσ-" then "ες...".
        ("Высококвалифицированный специалист", ["Высококвали-", "фицирован-", "ный", "специалист"]),
        ("Ενδιαφέρουσεςπληροφορίες", ["Ενδιαφέρου-", "σεςπληροφο-", "ρίες"]),
        # Armenian: once "Ծրագրավոր-" then "ողինժեներ", a syllable torn from its vowel.
        (
            "Ծրագրավորողինժեներ և տվյալների մասնագետ",
            ["Ծրագրավո-", "րողինժեներ", "և տվյալների", "մասնագետ"],
        ),
        # Georgian: once "პროგრამისტ-" then "იინჟინერი".
        (
            "პროგრამისტიინჟინერი და მონაცემთა სპეციალისტი",
            ["პროგრამის-", "ტიინჟინერი", "და", "მონაცემთა", "სპეციალისტი"],
        ),
    ],
)
def test_cyrillic_greek_armenian_and_georgian_words_are_hyphenated_at_a_syllable(
    text, expected, chain
):
    block = fit(prepare(text, chain), chain[0], 300, 1000, 40, 40)
    assert _lines(block) == expected


def test_armenian_never_parts_its_vowel_u_nor_a_consonant_from_its_y(chain):
    from podium_cards.typeset import _syllable_break

    word = tuple("ընկերություն")
    assert _syllable_break(word, 7, 0, len(word))  # "ընկերու-թյուն"
    assert not _syllable_break(word, 8, 0, len(word))  # not "ընկերութ-յուն"
    # "ու" is one vowel: a cut never falls between ո and ւ ("ընկերո" then "ւթյունը").
    text = ARMENIAN_TITLES[1]
    for box in range(100, 500, 10):
        block = fit(prepare(text, chain), chain[0], box, 1000, 40, 40)
        p = block.prepared
        for line in block.lines[:-1]:
            assert p.clusters[line.end] != "ւ", (box, _lines(block))


def test_no_syllable_starts_with_a_soft_sign_or_short_i():
    from podium_cards.typeset import _syllable_break

    word = tuple("Компьютерный")
    assert not _syllable_break(word, word.index("ь"), 0, len(word))  # not "Комп-ьютерный"
    assert _syllable_break(word, word.index("т"), 0, len(word))  # "Компью-терный"


@pytest.mark.parametrize(
    "text",
    [
        "ผมเป็นวิศวกรข้อมูลที่บริษัทนี้มาห้าปีแล้วและยังชอบงานนี้มาก",  # Thai: no spaces
        "ຂ້ອຍເປັນວິສະວະກອນຂໍ້ມູນຢູ່ບໍລິສັດນີ້ມາຫ້າປີແລ້ວ",  # Lao
        "الاستراتيجياتوالمسؤولياتوالتطويراتالمستقبليةللمؤسسة",  # one long Arabic run
    ],
)
def test_scripts_without_hyphens_break_without_one(text, chain):
    block = fit(prepare(text, chain), chain[0], 420, 400, 40, 40)
    lines = _lines(block)
    assert len(lines) > 1
    assert not any(line.endswith("-") for line in lines), lines
    assert all(ln.width <= 420 for ln in block.lines)


THAI_TITLES = [
    "ผมเป็นวิศวกรข้อมูลที่บริษัทนี้มาห้าปีแล้วและยังชอบงานนี้มาก",
    "เส้นทางจากนักศึกษาฝึกงานสู่หัวหน้าทีม",
    "ชีวิตการทำงานที่ไม่เหมือนใคร",
    "ทำไมฉันถึงเลือกทำงานด้านข้อมูล",
]


def _torn_syllables(lines: list[str]) -> list[str]:
    """Line ends that tear a Thai syllable: a line ending on a vowel written before
    its consonant (เ แ โ ใ ไ) or on one always followed by its final (ั ็ ึ ื), or
    the next starting with a vowel written after its consonant (ะ า ำ ๅ ๆ ฯ)."""
    torn = []
    for a, b in zip(lines, lines[1:], strict=False):
        vowel = a.rstrip("…").rstrip("\u0e48\u0e49\u0e4a\u0e4b")[-1]  # tone marks off
        if vowel in "เแโใไ\u0e31\u0e47\u0e36\u0e37" or b[0] in "ะาำๅๆฯ\u0e47\u0e48\u0e49":
            torn.append(f"{a} | {b}")
    return torn


@pytest.mark.parametrize("text", THAI_TITLES)
def test_thai_is_cut_between_syllables_not_inside_one(text, chain):
    # Thai has no spaces: a title wider than the card is cut between clusters,
    # and "ห้" then "าปี", or "นักศึ" then "กษา" (ศึก is one syllable), tore a
    # syllable from its vowel or its final consonant.
    torn = []
    for box in range(200, 640, 20):
        block = fit(prepare(text, chain), chain[0], box, 1000, 40, 40)
        assert all(ln.width <= box for ln in block.lines)
        torn += _torn_syllables(_lines(block))
    assert torn == []


@pytest.mark.parametrize(
    "text", ["วิศวกรรมซอฟต์แวร์และคอมพิวเตอร์สำหรับทุกคน", "ทีมวิศวกรซอฟต์แวร์ของเราเชียร์ฟุตบอลโลก"]
)
def test_thai_keeps_a_silenced_letter_with_its_syllable(text, chain):
    # "ต์" (a letter under thanthakhat) is silent, the end of the syllable before
    # it: a line began with it ("วิศวกรรมซอฟ" then "ต์แวร์...", "ซอฟต์แว" then "ร์").
    for box in range(150, 900, 10):
        for height in (60, 1000):
            block = fit(prepare(text, chain), chain[0], box, height, 40, 40)
            p = block.prepared
            for line in block.lines:
                if line.end < len(p):
                    assert "\u0e4c" not in p.clusters[line.end], (box, _lines(block))


@pytest.mark.parametrize(
    ("text", "syllables"),
    [
        ("ประสบการณ์การทำงานด้านการตลาดดิจิทัล", ["การ", "งาน", "ด้าน", "ลาด"]),
        ("ผู้จัดการฝ่ายบัญชีและการเงิน", ["การ", "ฝ่าย"]),
        ("สามารถทำงานร่วมกับทีมงานได้", ["งาน"]),
        ("ราชการไทย", ["ราช", "การ"]),
    ],
)
def test_thai_keeps_a_final_consonant_after_sara_aa(text, syllables, chain):
    # A consonant after า closing its syllable was torn from it: "การทำงา" then
    # "นด้าน" (155 px), "ผู้จัดกา" then "รฝ่าย" (120 px), "งา" then "นได้".
    finals = {m.end() - 1 for s in syllables for m in re.finditer(s, text)}
    p = prepare(text, chain)
    for box in range(40, 900, 5):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            starts = {len("".join(p.clusters[: ln.start])) for ln in block.lines}
            assert not starts & finals, (box, _lines(block))


@pytest.fixture
def without_thai_words(monkeypatch):
    """Thai as a phrase the word list does not know (a name, a new loanword)."""
    from podium_cards import thaiwords

    def clear():
        prepare.cache_clear()
        thaiwords._segment.cache_clear()

    clear()
    monkeypatch.setattr(thaiwords, "_words", lambda: (frozenset(), 0))
    yield
    monkeypatch.undo()
    clear()


def test_thai_cut_at_a_syllable_start_when_one_is_near(chain, without_thai_words):
    block = fit(prepare(THAI_TITLES[2], chain), chain[0], 420, 400, 40, 40)
    assert _lines(block) == ["ชีวิตการทำงานที่ไม่", "เหมือนใคร"]  # not "...ไม่เหมือ", "นใคร"


# Each title's words, as a Thai reader splits them (a compound such as
# "นักศึกษาฝึกงาน", intern, is one word of the list: wider than the card, it
# is cut between the words it is made of, below).
THAI_WORDS = [
    "ผม|เป็น|วิศวกร|ข้อมูล|ที่|บริษัท|นี้|มา|ห้า|ปี|แล้ว|และ|ยัง|ชอบ|งาน|นี้|มาก",
    "เส้นทาง|จาก|นักศึกษาฝึกงาน|สู่|หัวหน้า|ทีม",
    "ชีวิต|การทำงาน|ที่|ไม่|เหมือน|ใคร",
    "ทำไม|ฉัน|ถึง|เลือก|ทำงาน|ด้าน|ข้อมูล",
    "วิศวกรรม|ซอฟต์แวร์|และ|คอมพิวเตอร์|สำหรับ|ทุกคน",
]


# Lao alike, from the shipped Lao word list: once cut "ວິສະ" then "ວະກອນ"
# (engineer) and "ບໍລິ" then "ສັດ" (company), between syllables of one word.
LAO_WORDS = [
    "ຂ້ອຍ|ເປັນ|ວິສະວະກອນ|ຂໍ້ມູນ|ຢູ່|ບໍລິສັດ|ນີ້|ມາ|ຫ້າ|ປີ|ແລ້ວ",
]


@pytest.mark.parametrize("words", THAI_WORDS + LAO_WORDS)
def test_a_thai_title_breaks_between_words(words, chain):
    # Thai has no spaces: a title was cut between two syllables of one word
    # ("บริ" then "ษัท", "คอมพิว" then "เตอร์"), as a shipped word list was
    # missing; now a line breaks between words (thaiwords), as browsers do.
    text = words.replace("|", "")
    bounds = {len("".join(words.split("|")[:k])) for k in range(1, words.count("|") + 1)}
    p = prepare(text, chain)
    widest = max(fit(prepare(w, chain), chain[0], 4000, 400, 40, 40).lines[0].width
                 for w in words.split("|"))  # fmt: skip
    # (a hyphen's width more: a word that leaves no room for one is cut)
    for box in range(math.ceil(widest) + 20, 900, 10):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            cuts = [len("".join(p.clusters[: ln.end])) for ln in block.lines[:-1]]
            assert set(cuts) <= bounds, (box, _lines(block))


def test_a_thai_word_list_break_that_tears_a_syllable_is_not_taken(chain):
    # The word list splits "มหินทรายุทธยา" into "มหิ", "นท", "รา", ...: in a box
    # 30 to 45 px wide at 40 px the name was drawn "มหิ" then "นท", the final น
    # of "หิน" torn from its syllable. A break of the list must also be one
    # between syllables, or is not taken.
    text = "กรุงเทพมหานครอมรรัตนโกสินทร์มหินทรายุทธยามหาดิลกภพ"
    p = prepare(text, chain)
    for box in range(30, 120, 3):
        lines = _lines(fit(p, chain[0], box, 4000, 40, 40))
        assert "".join(lines) == text
        assert not any(ln.endswith(("มหิ", "นท")) for ln in lines), (box, lines)


def test_korean_breaks_at_spaces_and_a_long_run_between_syllables(chain):
    # Korean sets words (eojeol) apart by spaces and keeps them whole, as CSS
    # word-break: keep-all does: "소프트웨어" is never "소프트" then "웨어" while it
    # fits; a title written without spaces is still cut between syllables,
    # without a hyphen, rather than overflowing the card.
    text = "소프트웨어 엔지니어가 말하는 우리 팀의 하루"
    for box in range(200, 900, 20):
        lines = _lines(fit(prepare(text, chain), chain[0], box, 1000, 40, 40))
        assert " ".join(lines) == text, (box, lines)
    text = "대한민국소프트웨어엔지니어링팀의이야기를들려드립니다"
    for box in range(100, 900, 20):
        block = fit(prepare(text, chain), chain[0], box, 1000, 40, 40)
        assert "".join(_lines(block)) == text
        assert all(ln.width <= box for ln in block.lines), (box, _lines(block))


@pytest.mark.parametrize(
    ("text", "compound", "parts"),
    [
        ("เส้นทางจากนักศึกษาฝึกงานสู่หัวหน้าทีม", "นักศึกษาฝึกงาน", ("นักศึกษา", "ฝึกงาน")),
        ("ผมเป็นนักศึกษาฝึกงาน", "นักศึกษาฝึกงาน", ("นักศึกษา", "ฝึกงาน")),
    ],
)
def test_a_thai_compound_wider_than_the_card_is_cut_between_its_words(text, compound, parts, chain):
    # "นักศึกษาฝึกงาน" (intern) is one word of the list, made of two: wider than
    # the card it was cut between syllables ("นักศึกษาฝึก" then "งานสู่").
    def w(t):
        return fit(prepare(t, chain), chain[0], 4000, 400, 40, 40).lines[0].width

    at = len(parts[0])
    for box in range(math.ceil(max(map(w, parts))) + 30, math.ceil(w(compound)), 10):
        block = fit(prepare(text, chain), chain[0], box, 1000, 40, 40)
        lines = _lines(block)
        ends = [len("".join(lines[: k + 1])) - text.find(compound) for k in range(len(lines))]
        assert at in ends, (box, lines)


def test_a_thai_title_cut_short_ends_after_a_whole_word(chain):
    # Once "ผมเป็นวิศวกรข้อ…" (ข้อมูล cut) where "ผมเป็นวิศวกร…" fitted.
    words = THAI_WORDS[0]
    bounds = {len("".join(words.split("|")[:k])) for k in range(1, words.count("|") + 1)}
    p = prepare(words.replace("|", ""), chain)
    for box in range(300, 900, 10):
        block = fit(p, chain[0], box, 60, 40, 40)
        if block.truncated:
            assert len("".join(p.clusters[: block.lines[-1].end])) in bounds, _lines(block)


def test_a_thai_title_cut_short_keeps_its_syllable_whole_before_the_ellipsis(chain):
    # Once "ผมเป็นวิศวกรข้อมูลที่บริษั…" (ษัท's final gone) or "...ห้าปีแ…".
    for text in THAI_TITLES:
        for box in range(200, 700, 10):
            block = fit(prepare(text * 2, chain), chain[0], box, 100, 40, 40)
            last = _lines(block)[-1]
            assert not (last.endswith("…") and _torn_syllables([last, "x"])), (box, last)


@pytest.mark.parametrize("text", ["अंतर्राष्ट्रीयकरणप्रक्रियास्वास्थ्य", "प्रौद्योगिकी विशेषज्ञ राष्ट्रीय स्तर"])
def test_a_hindi_word_is_never_cut_inside_a_conjunct(text, chain):
    # A cut or an ellipsis after "र्" drew its virama, visible, at the line's
    # end and the consonant it joins ("अंतर्" then "राष्ट्" ...).
    for box in range(100, 600, 10):
        for height in (60, 1000):
            block = fit(prepare(text, chain), chain[0], box, height, 40, 40)
            for line in _lines(block):
                assert not line.rstrip("…").endswith("\u094d"), (box, line)


@pytest.mark.parametrize(
    ("text", "conjuncts"),
    [
        ("ಕನ್ನಡಕ್ಷೇತ್ರದಲ್ಲಿಅಭಿವೃದ್ಧಿಪ್ರಕ್ರಿಯೆ", ["ನ್ನ", "ಕ್ಷ", "ತ್ರ", "ಲ್ಲ", "ದ್ಧ", "ಪ್ರ", "ಕ್ರ"]),
        (
            "ශ්\u200dරීලංකාවේක්\u200dෂේත්\u200dරයේප්\u200dරගතිය",
            ["ශ්\u200dර", "ක්\u200dෂ", "ත්\u200dර", "ප්\u200dර"],
        ),
        ("க்ஷேத்திரத்தில்ஸ்ரீனிவாசன்க்ஷேமம்", ["க்ஷ", "ஸ்ர"]),
        ("ਪ੍ਰਬੰਧਕਪ੍ਰੋਗਰਾਮਪ੍ਰਕਿਰਿਆ", ["ਪ੍ਰ"]),
    ],
)
def test_kannada_sinhala_tamil_and_gurmukhi_conjuncts_stay_whole(text, conjuncts, chain):
    # Unicode's conjunct rule (GB9c) names six scripts: a cut or an ellipsis
    # fell inside "ನ್ನ" ("ಕನ್" at a line's end, its virama drawn), "ක්\u200dෂ",
    # "க்ஷ" and "ਪ੍ਰ", where the font draws one letter.
    inside = {
        m.start() + k for c in conjuncts for m in re.finditer(c, text) for k in range(1, len(c))
    }
    for box in range(100, 600, 10):
        for height in (60, 1000):
            block = fit(prepare(text, chain), chain[0], box, height, 40, 40)
            p = block.prepared
            cuts = [len("".join(p.clusters[: ln.end])) for ln in block.lines]
            assert not inside.intersection(cuts), (box, _lines(block))


@pytest.mark.parametrize(
    "text",
    [
        "私は「データ」の仕事、そして「未来」を選んだ。理由は、簡単です。",
        "我们的团队，「数据」工程师（北京），说：很好。我们的团队，很好。",
    ],
)
def test_an_ellipsis_never_follows_an_opening_bracket_or_a_comma(text, chain):
    # Once "私は「…" (a bracket opened on nothing) and "私は「データ」の仕事、…".
    for box in range(150, 800, 10):
        block = fit(prepare(text, chain), chain[0], box, 60, 40, 40)
        last = _lines(block)[-1]
        if last.endswith(ELLIPSIS):
            assert last[-2] not in "、。，：「『（", (box, last)


@pytest.mark.parametrize(
    "text",
    [
        "ကျွန်ုပ်တို့အဖွဲ့သည်ဒေတာအင်ဂျင်နီယာများဖြစ်ကြသည်",
        "ကျွန်တော်ဘာကြောင့်ဒီကုမ္ပဏီကိုရွေးခဲ့သလဲ",
    ],
)
def test_myanmar_keeps_a_final_consonant_with_its_syllable(text, chain):
    # A consonant with asat (စ်, ည်) ends the syllable before it: a line began
    # with it ("များဖြ" then "စ်ကြသ", "ဒေတာအ" then "င်ဂျ...").
    for box in range(150, 800, 10):
        for height in (60, 1000):
            block = fit(prepare(text, chain), chain[0], box, height, 40, 40)
            p = block.prepared
            for line in block.lines:
                if line.end < len(p):
                    nxt = p.clusters[line.end]
                    assert not (nxt[1:].startswith("\u103a") and "\u1039" not in nxt), (box, nxt)


@pytest.mark.parametrize(
    "text",
    [
        "لماذا انضممت، وماذا تعلمت، وكيف تغيرت حياتي، في خمس سنوات؛ قصة طويلة جدا",
        "למה הצטרפתי לבית־הספר־התיכון־המקצועי ומה למדתי שם בחמש שנים ארוכות",
    ],
)
def test_a_right_to_left_title_cut_short_drops_its_comma_before_the_ellipsis(text, chain):
    # Once "لماذا انضممت،…": the Arabic comma was kept, where a Latin one is left off.
    for box in range(150, 900, 10):
        block = fit(prepare(text, chain), chain[0], box, 60, 40, 40)
        last = _lines(block)[-1]
        assert not (last.endswith(ELLIPSIS) and last[-2] in "،؛־"), (box, last)


@pytest.mark.parametrize(
    "text",
    [
        "मैं यहाँ क्यों हूँ। यह मेरी कहानी है। और भी बहुत कुछ है।",
        "میں یہاں کیوں ہوں۔ یہ میری کہانی ہے۔ اور بہت کچھ ہے۔",
        "ကျွန်တော်ဒီမှာ၊ ဒါကကျွန်တော့်ဇာတ်လမ်း။ နောက်ထပ်အများကြီး။",
        "ខ្ញុំនៅទីនេះ។ នេះជារឿងរបស់ខ្ញុំ។ និងច្រើនទៀត។",
        "ស្ត្រីៗនៅក្នុងក្រុមវិស្វករទិន្នន័យ៖ ពួកគេធ្វើការយ៉ាងលឿនៗជាមួយគ្នា",
    ],
)
def test_a_title_cut_short_drops_its_full_stop_before_the_ellipsis_in_any_script(text, chain):
    # Once "मैं यहाँ क्यों हूँ।…", "...ہوں۔…", "...ဒီမှာ၊…", "ខ្ញុំនៅទីនេះ។…", where "ben.…" is
    # "ben…"; and Khmer's colon as ":" ("...ទិន្នន័យ៖…").
    for box in range(150, 900, 5):
        last = _lines(fit(prepare(text, chain), chain[0], box, 60, 40, 40))[-1]
        assert not (last.endswith(ELLIPSIS) and last[-2] in "।॥۔၊။។៕៖"), (box, last)


@pytest.mark.usefixtures("raqm")
@pytest.mark.parametrize(
    "text", ["الاستقلالالاقتصاديللإداراتوالاستثماراتالإقليمية", "لاعبلاعبلاعبلاعبلاعبلاعب"]
)
def test_an_arabic_word_is_never_cut_inside_lam_alef(text, chain):
    # "لا" is one ligature: a cut fell inside it ("...وال" then "استث...").
    for box in range(120, 700, 5):
        for height in (60, 1000):
            block = fit(prepare(text, chain), chain[0], box, height, 40, 40)
            p = block.prepared
            for line in block.lines:
                if 0 < line.end < len(p):
                    pair = p.clusters[line.end - 1][0] + p.clusters[line.end][0]
                    assert pair not in ("لا", "لأ", "لإ", "لآ"), (box, _lines(block))


@pytest.mark.parametrize(
    "text",
    ["الاستراتيجياتوالمسؤوليات؟", "Arbeidsongeschiktheidsverzekering?!", "(Verpleegkundigen)"],
)
def test_a_long_word_cut_to_fit_never_starts_a_line_with_closing_punctuation(text, chain):
    # Once "...سؤوليات" then "؟" alone on the next line.
    for box in range(100, 700, 3):
        lines = _lines(fit(prepare(text, chain), chain[0], box, 1000, 40, 40))
        assert not any(line[0] in "؟?!)" for line in lines[1:]), (box, lines)


@pytest.mark.parametrize(
    "text",
    ["2.400.000", "www.example.nl", "Omzet 2.400.000 euro", "info@example.nl, www.podium.nl."],
)
def test_a_number_or_address_cut_to_fit_never_starts_a_line_with_a_full_stop(text, chain):
    # Cut in a box narrower than the word, "2.400.000" was "2" then "." then
    # "4" (20 px) and "2.400" then ".000" (120 px); "www" then ".e" (40 px).
    for box, lines in _layouts(prepare(text, chain), chain, range(20, 400, 2)):
        assert not any(line[0] in ".," for line in lines[1:]), (box, lines)


def test_a_khmer_repetition_sign_or_colon_never_starts_a_line(chain):
    # Cut where the box ended, a phrase was torn before lek too (ៗ, which
    # repeats the word before it) or its colon (៖): "...យ៉ាងលឿន" then "ៗជាមួយគ្នា".
    text = "ស្ត្រីៗនៅក្នុងក្រុមវិស្វករទិន្នន័យ៖ពួកគេធ្វើការយ៉ាងលឿនៗជាមួយគ្នា"
    p = prepare(text, chain)
    for box in range(100, 900, 10):
        for height in (60, 1000):
            lines = _lines(fit(p, chain[0], box, height, 40, 40))
            assert not any(line[0] in "ៗ៖" for line in lines[1:]), (box, lines)


def test_myanmar_and_khmer_never_start_a_line_with_their_full_stop_or_comma(chain):
    # Written without spaces, a phrase was cut before its mark: "ဒီမှာ" then
    # "၊ဒါက", "ស់ខ្ញុំ" then "។និង".
    for text in (
        "ကျွန်တော်ဒီမှာ၊ဒါကကျွန်တော့်ဇာတ်လမ်း။နောက်ထပ်အများကြီး။",
        "ខ្ញុំនៅទីនេះ។នេះជារឿងរបស់ខ្ញុំ។និងច្រើនទៀត។",
    ):
        for box in range(150, 700, 3):  # narrower, a syllable and its mark do not fit
            for height in (60, 1000):
                lines = _lines(fit(prepare(text, chain), chain[0], box, height, 40, 40))
                assert not any(line[0] in "၊။។៕" for line in lines[1:]), (box, lines)


@pytest.mark.parametrize(
    ("style", "text"),
    [
        ("italic", "Wij werken met ทีมวิศวกรซอฟต์แวร์ของเรา in Bangkok"),
        ("bold", "עבדתי 15 שנים ב-Acme (2009-2024) כמהנדסת נתונים"),
        ("bold", "Stuur ons een e-mail of bel ons"),
    ],
)
def test_an_ellipsis_never_follows_a_space(style, text):
    # Cut short where a syllable or a hyphen made it step back to a word's
    # start, a title ended "met …" (130 px, before "ทีม") or "שנים …".
    chain = CardLayout().chain(style)
    p = prepare(text, chain)
    for box in range(60, 700, 3):
        lines = _lines(fit(p, chain[0], box, 60, 24, 40))
        assert not any(line.endswith(" " + ELLIPSIS) for line in lines), (box, lines)


def test_a_text_that_ends_in_an_ellipsis_is_cut():
    # An italic "Bangkok" in a box 100 px wide and one line high was drawn
    # "Bangk…" (its "k" reaching past the box) but not called cut, so the
    # build said nothing of it.
    chain = CardLayout().chain("italic")
    p = prepare("Bangkok", chain)
    for box in range(40, 300, 2):
        for height in (30, 60, 1000):
            block = fit(p, chain[0], box, height, 24, 40)
            if block.lines and block.lines[-1].suffix == ELLIPSIS:
                assert block.truncated, (box, height, _lines(block))


@pytest.mark.parametrize("word", ["Bangkok", "Staff", "Golf", "Informatief", "Chef", "werkdruk"])
def test_an_italic_word_that_fits_as_drawn_is_not_cut(word):
    # The ink of a last "f" or "k" past its advance was measured with a margin
    # for Pillow's hinting: an italic "Informatief" at 30 px, drawn 156 px wide,
    # was cut "Informati…" in a box of 158. Now measured as ``paint`` draws it,
    # at any quarter-pixel position it may be placed at (up to a pixel more).
    from PIL import Image

    from podium_cards.paint import Box, draw_block

    chain = CardLayout().chain("italic")
    p = prepare(word, chain)

    def drawn(block, box_w: int, align: str) -> Image.Image:
        card = Image.new("L", (box_w, 100), 0)
        draw_block(card, block, Box(0, 0, box_w, 100), 255, align)
        return card

    for size in (24, 30, 40):
        ink = drawn(fit(p, chain[0], 5000, 1000, size, size), 5000, "left").getbbox()[2]
        for box in range(ink - 3, ink + 12):
            block = fit(p, chain[0], box, 1000, size, size)
            # (at most a pixel more: the worst of the quarter pixels it may be
            # drawn at; "Golf" at 30 px, drawn 60 px wide, was "G…" in 61)
            assert not block.truncated or box < ink + 1, (size, box, ink, _lines(block))
            # ... and what is not cut is drawn whole, wherever it is placed: as
            # in a box 40 px wider (shifted by whole pixels, so drawn alike).
            for align, shift in (("start", 0), ("center", 20), ("right", 40)):
                wide = drawn(block, box + 40, align).crop((shift, 0, shift + box, 100))
                assert drawn(block, box, align).tobytes() == wide.tobytes(), (size, box, align)


def test_ellipsis_never_splits_an_emoji_sequence(chain):
    block = fit(prepare("👨‍👩‍👧‍👦" * 100, chain), chain[0], 500, 100, 40, 40)
    p = block.prepared
    assert all(c == "👨‍👩‍👧‍👦" for c in p.clusters)
    assert block.lines[-1].suffix == ELLIPSIS


def test_right_to_left_paragraph_is_detected(chain):
    assert prepare("שלום world", chain).rtl
    assert not prepare("world שלום", chain).rtl
    assert prepare("مرحبا", chain).rtl


def _visual(text: str, chain) -> str:
    """The line as a reader sees it, left to right (one line: a box wide enough)."""
    from podium_cards.graphemes import clusters as split
    from podium_cards.paint import _line_runs, _visual_order

    block = fit(prepare(text, chain), chain[0], 4000, 400, 40, 40)
    assert len(block.lines) == 1
    items = _visual_order(_line_runs(block, block.lines[0]), block.prepared.rtl)
    return "".join("".join(reversed(split(t))) if d == "R" else t for _f, t, d in items)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        # Unicode's bidi algorithm (what a browser shows for the same title, and
        # what FriBiDi's fribidi_log2vis gives):
        # a number between or after right-to-left words belongs to their run,
        # so the words keep their order for a reader reading from the right.
        ("Acme: עבדתי 15 שנים", "Acme: םינש 15 יתדבע"),
        ("Acme: لماذا انضممت 2024", "Acme: 2024 تممضنا اذامل"),
        ("שנת 2024 Google", "Google 2024 תנש"),
        ("15 שנים ב-Google", "Google-ב םינש 15"),
        ("Why I joined Acme", "Why I joined Acme"),
        ("עבדתי ב-IBM 15 שנים", "םינש IBM 15-ב יתדבע"),
    ],
)
def test_mixed_direction_lines_are_ordered_by_the_bidi_algorithm(text, seen, chain):
    assert _visual(text, chain) == seen


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        # UAX 9's N0 (as FriBiDi and browsers): a bracket pair takes one
        # direction, from what it holds and what comes before it. Without it,
        # the closing bracket after Latin at a Hebrew title's end was right to
        # left, drawn mirrored at the far left: "(Acme (Amsterdam-ב הדובע".
        ("עבודה ב-Acme (Amsterdam)", "Acme (Amsterdam)-ב הדובע"),
        ("Acme: (שלום) עבודה", "Acme: (םולש) הדובע"),  # not "Acme: (הדובע (םולש"
        ("מהנדס נתונים (Data Engineer)", "(Data Engineer) םינותנ סדנהמ"),
        ("שלום (Acme) עבודה", "הדובע (Acme) םולש"),
    ],
)
def test_brackets_around_the_other_direction_pair_up(text, seen, chain):
    from podium_cards.mirroring import MIRROR
    from podium_cards.paint import _line_runs, _visual_order

    # As a reader sees the line: right-to-left runs reversed, their brackets mirrored.
    block = fit(prepare(text, chain), chain[0], 4000, 400, 40, 40)
    items = _visual_order(_line_runs(block, block.lines[0]), block.prepared.rtl)
    shown = "".join(
        "".join(MIRROR.get(c, c) for c in reversed(t)) if d == "R" else t for _f, t, d in items
    )
    assert shown == seen


def test_a_number_first_does_not_make_a_hebrew_title_left_to_right(chain):
    # Numbers are weak: the first strong letter decides (UAX 9, rule P2).
    assert prepare("15 שנים בחברה", chain).rtl
    assert not prepare("2024: Why I joined", chain).rtl


@pytest.mark.parametrize("cap", ["1", "#", "*"])
def test_a_keycap_without_its_emoji_selector_is_drawn_as_the_keycap(cap, chain):
    # "1\u20e3" (no VS16, as some keyboards send it) was drawn in Inter, which has
    # no U+20E3: a 1 beside Inter's empty box; now it is the keycap emoji "1️⃣".
    bare = prepare(f"{cap}\u20e3 Top redenen", chain)
    full = prepare(f"{cap}\ufe0f\u20e3 Top redenen", chain)
    assert bare.clusters == full.clusters
    assert bare.faces[0].pictographic and bare.faces == full.faces


# Syllables of titles no word list splits (Khmer has none; the Thai one is
# cleared by ``without_thai_words``), each written with the final consonant a cut must not tear
# from it: "กรุ" then "ง", "ពួកយើ" then "ង".
FINALS = {
    "ពួកយើងជាក្រុមវិស្វករទិន្នន័យនៅក្រុមហ៊ុននេះ": ["ពួក", "យើង", "ក្រុម", "ន័យ", "ហ៊ុន"],
    "กรุงเทพมหานครอมรรัตนโกสินทร์": ["กรุง", "เทพ", "สิน"],
}


def _torn_finals(text: str, syllables: list[str], cuts: list[int]) -> list[str]:
    """The syllables a cut (an offset in ``text``) parts from their final consonant."""
    torn = []
    for s in syllables:
        for m in re.finditer(re.escape(s), text):
            if m.end() - 1 in cuts:
                torn.append(s)
    return torn


@pytest.mark.parametrize("text", FINALS)
def test_a_long_word_is_never_cut_before_a_syllables_final_consonant(
    text, chain, without_thai_words
):
    # Cut between clusters where the box ended, a syllable lost its final
    # consonant to the next line: "กรุงเท" then "พมหาน", Khmer "ពួកយើ" then "ង".
    p = prepare(text, chain)
    for box in range(150, 700, 10):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            cuts = [len("".join(p.clusters[: ln.end])) for ln in block.lines]
            assert _torn_finals(text, FINALS[text], cuts) == [], (box, _lines(block))


@pytest.mark.parametrize(
    "text",
    [
        "กรุงเทพมหานครอมรรัตนโกสินทร์",
        "ពួកយើងជាក្រុមវិស្វករទិន្នន័យនៅក្រុមហ៊ុននេះ",
        "ကျွန်ုပ်တို့အဖွဲ့သည်ဒေတာအင်ဂျင်နီယာများဖြစ်ကြသည်",
        "대한민국소프트웨어엔지니어링팀의이야기를",
    ],
)
def test_a_syllable_wider_than_the_box_is_drawn_smaller_not_torn_or_dropped(
    text, chain, without_thai_words
):
    # A box narrower than one syllable at the smallest size: the syllable was
    # torn ("กรุ" then "ง", "มห" then "าน", "ကျွ" then "န်ုပ်"), a line
    # overflowed the box, or the title was cut down to "…" alone.
    p = prepare(text, chain)
    for box in range(45, 110, 5):
        whole = fit(p, chain[0], box, 2000, 40, 40)
        assert "".join(_lines(whole)) == text, (box, _lines(whole))
        for block in (whole, fit(p, chain[0], box, 60, 40, 40)):
            lines = _lines(block)
            assert all(ln.width <= box for ln in block.lines), (box, lines)
            assert lines[0] != ELLIPSIS, box
            cuts = [len("".join(p.clusters[: ln.end])) for ln in block.lines]
            assert _torn_finals(text, FINALS.get(text, []), cuts) == [], (box, lines)
            assert not _torn_syllables([*lines, "x"]), (box, lines)
            nexts = [p.clusters[ln.end] for ln in block.lines if ln.end < len(p)]
            assert not any(c[1:].startswith("\u103a") for c in nexts), (box, lines)  # Myanmar


@pytest.mark.parametrize(
    ("text", "cluster"),
    [("กรุงเทพมหานครอมรรัตนโกสินทร์", "กรุ"), ("ประเทศไทยเป็นประเทศที่สวยงาม", "ประ"),
     ("ความสำเร็จของทีมวิศวกรข้อมูล", "ควา")],
)  # fmt: skip
def test_a_thai_title_is_never_cut_inside_its_initial_consonant_cluster(text, cluster, chain):
    # "กร", "ปร", "คว" begin one syllable: cut short in a narrow box, a title
    # ended "ก…" (its first letter alone), or its first line "ป" then "ระเทศ...".
    p = prepare(text, chain)
    inside = {m.start() + 1 for m in re.finditer(cluster, text)}
    for box in range(60, 240, 5):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            cuts = {len("".join(p.clusters[: ln.end])) for ln in block.lines}
            assert not cuts & inside, (box, _lines(block))


@pytest.mark.parametrize(
    "text",
    [
        "យើងត្រូវការអ្នកជំនាញឱ្យចូលរួមក្រុមហ៊ុនរបស់យើងឲ្យបានឆាប់",
        "ស្ត្រីៗនៅក្នុងក្រុមវិស្វករទិន្នន័យឱ្យការគាំទ្រដល់គ្នា",
    ],
)
def test_a_khmer_subscript_consonant_never_leaves_its_base(text, chain):
    # A title is cut between clusters: a consonant written below the one before
    # it (coeng, U+17D2, then the consonant) was cut from an independent vowel
    # ("ឱ្" then "យចូល"), its coeng drawn alone at the line's end.
    p = prepare(text, chain)
    for box in range(100, 900, 10):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            for line in block.lines:
                first, last = p.clusters[line.start], p.clusters[line.end - 1]
                assert not first.startswith("\u17d2"), (box, _lines(block))
                assert not last.endswith("\u17d2"), (box, _lines(block))


@pytest.mark.parametrize(
    "text",
    [
        "អ្នកនិពន្ធអ្នកគ្រប់គ្រងអ្នកបច្ចេកទេសព្រមទាំងអ្នកស្រាវជ្រាវ",
        "យើងត្រូវការអ្នកជំនាញឱ្យចូលរួមក្រុមហ៊ុនរបស់យើងឲ្យបានឆាប់",
    ],
)
def test_a_khmer_syllable_with_a_subscript_keeps_its_final(text, chain):
    # "អ្នក" (a consonant with one below it, its inherent vowel, and a final)
    # was cut "ការអ្ន" then "កជំ", or ended "អ្ន…": the final torn off.
    p = prepare(text, chain)
    torn = {m.start() + len("អ្ន") for m in re.finditer("អ្នក", text)}
    torn |= {m.start() + len("ព្រ") for m in re.finditer("ព្រម", text)}
    for box in range(40, 900, 3):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            cuts = {len("".join(p.clusters[: ln.end])) for ln in block.lines}
            assert not cuts & torn, (box, height, _lines(block))


def test_a_khmer_final_consonant_with_bantoc_never_starts_a_line(chain):
    # Bantoc (់) is written on a syllable's final consonant: a title was cut
    # "...បានឆា" then "ប់", the syllable torn from its final.
    text = "យើងត្រូវការអ្នកជំនាញឱ្យចូលរួមក្រុមហ៊ុនរបស់យើងឲ្យបានឆាប់ហើយកាត់ចេញ"
    p = prepare(text, chain)
    for box in range(100, 900, 10):
        for height in (60, 1000):
            block = fit(p, chain[0], box, height, 40, 40)
            starts = [p.clusters[ln.start] for ln in block.lines]
            assert not any("\u17cb" in c for c in starts), (box, _lines(block))
