"""Who made an SVG is cut from its RDF <metadata> however RDF/XML writes it.

``podium.filetypes.clean_svg`` cut ``<dc:creator>...</dc:creator>`` but not the
same statement as a property attribute: ``<rdf:Description rdf:about=""
dc:creator="QAN9 Jansen"/>`` was published with the name. And an element whose
only content is an ``rdf:resource`` attribute, right before its parent's end
tag, took that end tag with it, so the file was refused by the build alone.
"""

from __future__ import annotations

import pytest

from podium.filetypes import clean_svg, svg_problem, svg_publish_problem

RDF = (
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#"'
)
LICENCE = '<cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/"/>'


def drawing(rdf: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        f"<metadata><rdf:RDF {RDF}>{rdf}</rdf:RDF></metadata>"
        '<rect width="10" height="10"/></svg>'
    ).encode()


@pytest.mark.parametrize("who", ["creator", "contributor", "publisher", "rights"])
def test_a_person_named_in_a_property_attribute_is_cut(who):
    written = drawing(f'<rdf:Description rdf:about="" dc:{who}="QAN9 Jansen"/>')
    assert svg_problem(written) is None
    assert clean_svg(written) == drawing('<rdf:Description rdf:about=""/>')


def test_the_attribute_is_cut_however_the_tag_is_written():
    # A ">" may stand in a quoted value, values may be single-quoted, and the
    # attribute need not come first: the tag is read, not searched.
    written = drawing(
        "<cc:Work\n  rdf:about='a>b'\n  dc:publisher = 'QAN5 pubattr' dc:title=\"Logo\">"
        f"{LICENCE}</cc:Work>"
    )
    assert clean_svg(written) == drawing(
        f"<cc:Work\n  rdf:about='a>b' dc:title=\"Logo\">{LICENCE}</cc:Work>"
    )


def test_an_element_holding_only_a_resource_is_cut_and_the_file_published():
    """``<dc:creator rdf:resource="mailto:..."/>`` right before ``</cc:Work>``:
    the cut took ``</cc:Work>`` along, and the build refused a file the check
    passed. An empty element is cut as the one tag it is."""
    written = drawing(
        '<cc:Work rdf:about=""><dc:creator rdf:resource="mailto:qan8@example.com"/></cc:Work>'
    )
    assert svg_publish_problem(written) is None
    assert clean_svg(written) == drawing('<cc:Work rdf:about=""></cc:Work>')


@pytest.mark.parametrize(
    "creator",
    [
        "<dc:creator></dc:creator>",
        '<dc:creator rdf:resource="mailto:a@example.com" />',
        "<dc:creator><dc:creator>Anna</dc:creator><cc:Agent/></dc:creator>",
    ],
)
def test_a_creator_element_is_cut_whole_wherever_it_ends(creator):
    written = drawing(f'<cc:Work rdf:about="">{LICENCE}{creator}</cc:Work>')
    assert clean_svg(written) == drawing(f'<cc:Work rdf:about="">{LICENCE}</cc:Work>')


@pytest.mark.parametrize(
    "rdf",
    [
        "<cc:Work><cc:attributionName>Noor Vermeulen</cc:attributionName>{licence}</cc:Work>",
        '<cc:Work cc:attributionName="Noor Vermeulen">{licence}</cc:Work>',
    ],
)
def test_the_name_a_licence_credits_is_cut_and_the_licence_kept(rdf):
    """cc:attributionName is the name the maker asked to be credited by: a
    person's name, as dc:creator is; the licence it credits them under stays."""
    cleaned = clean_svg(drawing(rdf.format(licence=LICENCE)))
    assert b"Noor" not in cleaned
    assert cleaned == drawing(f"<cc:Work>{LICENCE}</cc:Work>")
