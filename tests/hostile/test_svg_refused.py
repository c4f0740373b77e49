"""An SVG's error names what to take out as the file writes it, all at once.

``podium.filetypes.svg_problem`` said ``a <{http://purl.org/dc/terms/}creator>
element``, ElementTree's name, found nowhere in the file, and only the first
element not allowed: a file with five took five runs of the check to mend.
"""

from __future__ import annotations

from podium.filetypes import svg_problem

HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns:dcterms="http://purl.org/dc/terms/">'
)


def drawing(metadata: str = "", shapes: str = "") -> bytes:
    return (
        f"{HEAD}<metadata><rdf:RDF>{metadata}</rdf:RDF></metadata>{shapes}<rect/></svg>"
    ).encode()


def test_an_element_is_named_with_the_prefix_the_file_gives_it():
    assert svg_problem(drawing("<dcterms:creator>Anna</dcterms:creator>")) == (
        "is an SVG with a <dcterms:creator> element; only drawing elements are allowed"
    )


def test_an_element_in_a_default_namespace_of_its_own_says_that_namespace():
    script = '<script xmlns="http://www.w3.org/1999/xhtml">PWNED()</script>'
    assert svg_problem(drawing(shapes=script)) == (
        "is an SVG with a <script> (namespace http://www.w3.org/1999/xhtml) element; "
        "only drawing elements are allowed"
    )


def test_an_attribute_is_named_with_its_prefix():
    problem = svg_problem(drawing('<rdf:Description dcterms:creator="Anna"/>'))
    assert problem is not None and '("dcterms:creator")' in problem, problem


def test_every_element_not_allowed_is_named_in_one_line_once():
    """What is inside a refused element goes with it: a <foreignObject>'s HTML
    is not listed, and an element refused twice is named once."""
    html = '<h:div xmlns:h="http://www.w3.org/1999/xhtml"><h:script/></h:div>'
    problem = svg_problem(
        drawing(
            "<dcterms:creator>Anna</dcterms:creator><dcterms:creator/>",
            f'<foreignObject>{html}</foreignObject><script/><rect onclick="x()"/>',
        )
    )
    assert problem == (
        "is an SVG with <dcterms:creator>, <foreignObject> and <script> elements; "
        "only drawing elements are allowed"
    )


def test_with_no_element_refused_the_first_other_problem_is_said():
    problem = svg_problem(drawing(shapes='<rect onclick="x()"/><rect href="https://a.example/"/>'))
    assert problem == 'is an SVG with an event handler ("onclick"); remove it'
