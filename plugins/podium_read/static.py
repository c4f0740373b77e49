"""What a file of a STATIC_PATHS folder other than brand/ may be: Pelican copies
it as it is, so ``podium check`` (the read step's tree check) and the build's
gate of the static files (podium_images) hold it to one rule, in one place."""

from __future__ import annotations

from pathlib import Path

from podium import checked as content_files
from podium import paths
from podium.filetypes import MAX_LINKED_BYTES, RASTER, svg_publish_problem
from podium.photos import image_format

# What a browser opens as a page or runs as a script, on the address it is served
# from: the extensions the hosts (mime-db: GitHub Pages, Netlify) or Python's
# mimetypes (podium serve) serve as HTML, XHTML, XML, SVG, XSLT or JavaScript. An
# XML document (".xsd", ".wsdl": application/xml) runs an XHTML <script> in it, and
# ".svgz" is served as image/svg+xml whatever its bytes are (not gzipped: an SVG).
RUNS_IN_A_BROWSER = frozenset(
    {"html", "htm", "shtml", "xhtml", "xht", "js", "mjs", "cjs", "es", "ecma"}
    | {"xml", "xsl", "xslt", "xsd", "rng", "wsdl", "xpdl", "rdf", "svgz"}
)


def _runs_in_a_browser(rel: str) -> str:
    """Why a page or script in a folder of STATIC_PATHS is not copied.

    Served on the hub's own address, where the editor (/admin/) keeps the
    writer's GitHub login in the browser, its script reads that login; a
    folder takes whatever a pull request adds to it, unnoticed among its
    files. brand/ refuses every such file; a file the settings name by
    itself (a CNAME, a search engine's verification page) is their choice."""
    return (
        "static file is a page or script a browser runs on the hub's own address, where the "
        "editor keeps the writer's login, and a folder of STATIC_PATHS takes whatever a pull "
        f'request adds to it: name it in STATIC_PATHS by itself ("{rel}") if the hub means '
        "to publish it"
    )


def _image_copied_as_is(data: bytes) -> str | None:
    """Why a static file that is a photo under another name may not be copied.

    Only the .jpg, .jpeg, .png and .webp files are re-encoded without
    metadata; any other is copied byte for byte, so an "office.tiff" or a
    "team.gif" (or a JPEG named "logo.jfif") took its EXIF, GPS position
    and XMP onto the site, which the README says never happens.
    """
    fmt = image_format(data)
    if fmt is None:
        return None
    return (
        f"is a {fmt} image, which would be published as it is, with any EXIF, GPS or XMP "
        "data it holds; save it as .jpg, .png or .webp, which are published re-encoded "
        "without metadata"
    )


def static_file_problem(content: Path, rel: str, named: frozenset[str]) -> str | None:
    """Why the file ``rel`` of content/, reached through STATIC_PATHS, may not be
    copied, in one line ("static file ..."), or None. ``named``: the files the
    settings name by themselves (STATIC_PATHS, EXTRA_PATH_METADATA), whose pages
    are their choice. A raster image is checked for its policy and size only:
    the photo step reads it once, when it publishes it re-encoded."""
    ext = Path(rel).suffix[1:].lower()
    if rel not in named and ext in RUNS_IN_A_BROWSER:
        return _runs_in_a_browser(rel)
    try:
        if ext in RASTER:
            # Its policy and size, as read_content says them, without reading it.
            if content_files.content_file(content, rel).stat().st_size > MAX_LINKED_BYTES:
                raise paths.too_large(MAX_LINKED_BYTES, "brand file")
            return None
        data = content_files.read_content(content, rel, MAX_LINKED_BYTES, "brand file")
        problem = svg_publish_problem(data) if ext == "svg" else None
        if problem is None:
            problem = _image_copied_as_is(data)
    except paths.Refused as exc:
        problem = str(exc)
    return f"static file {problem}" if problem else None
