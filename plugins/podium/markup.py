"""Small pure helpers for HTML fragments that content produces."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, quote, urlsplit

from podium.lookalike import lookalike_scripts

from .errors import one_line

_HEADING = re.compile(r"(</?)h([1-6])\b", re.IGNORECASE)

# One tag of sanitised HTML, and its attributes one by one. nh3's output is
# well-formed: every attribute value is double-quoted with '"' escaped inside,
# and '<' in text is escaped, so these see exactly the tags, and a value
# (title="x href=y") is never read as an attribute of its own. Groups of TAG:
# the closing slash, the name, the attributes; of ATTR: the name, the value
# (None for a bare attribute). Shared by the reader, which checks a story's
# links, and the feeds, which make them absolute.
TAG = re.compile(r'<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')
ATTR = re.compile(r'([^\s"\'>/=]+)(?:="([^"]*)")?')


def shift_headings(html: str, top: int = 2) -> str:
    """Renumber a fragment's headings: the first becomes ``<h{top}>``, none skipped.

    Applied when content is rendered (never to a finished page), so an ATS
    description that starts at ``<h3>`` or a column with ``####`` fits under the
    page's own headings and a screen reader's outline has no holes. Headings are
    renumbered in the order they come, each one level below the nearest
    heading before it of a higher source level: "##, ####, ###" gives h2, h3,
    h3 (mapping the levels present, 2 3 4 to h2 h3 h4, still went from h2 to
    h4). Below ``<h6>`` there is nothing: deeper levels stay ``<h6>``.
    """
    stack: list[tuple[int, int]] = []  # (level written, level given) of the open sections
    current = top

    def renumber(m: re.Match[str]) -> str:
        nonlocal current
        if m.group(1) == "</":  # headings do not nest: this closes the last one opened
            return f"</h{current}"
        level = int(m.group(2))
        while stack and stack[-1][0] >= level:
            stack.pop()
        current = min(stack[-1][1] + 1, 6) if stack else top
        stack.append((level, current))
        return f"<h{current}"

    return _HEADING.sub(renumber, html)


# A scheme as a browser reads one: a letter, then letters, digits, "+", "-", ".".
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# Where a link in what the hub publishes may lead: a web page, a mail, a phone
# call. A story's sanitiser keeps no other (javascript:, data:, file:), and
# a linked PDF's cleaner keeps no link action to another (podium.pdf).
LINK_SCHEMES = {"http", "https", "mailto", "tel"}


def web_address(value: str) -> SplitResult | None:
    """The parts of an http(s) address with a host, or None when it is none a
    browser can open: another scheme, no host, a bracket that opens no IPv6
    address ("https://[jobs.example"), a port that is no number up to 65535.

    ``urlsplit`` takes the last two without a word and raises ValueError only
    when ``.port`` is asked, or at once for the bracket: unchecked, a setting
    or an apply_url like that ended a command in "ValueError: Invalid IPv6 URL".
    """
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port no browser reads
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts


def unopenable(url: str) -> str | None:
    """What keeps a browser from opening the http(s) address ``url``: its host or
    port, said in words; or None (also for another scheme, or no host). A feed's
    address with a space or an empty part in its host ("a..b") passed as one
    and failed every pull as "InvalidURL" or "UnicodeError"; a redirect to
    "http://[" as "ValueError: Invalid IPv6 URL"."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port no browser reads
    except ValueError as exc:
        if "IPv6" in str(exc):
            return 'its host opens a "[" that closes no IPv6 address'
        return "its port is no number from 0 to 65535"
    host = parts.hostname
    if parts.scheme not in ("http", "https") or host is None:
        return None  # another scheme, or no host: said as a non-web address
    if any(c.isspace() or not c.isprintable() for c in host):
        return "its host has a space or control character in it"
    if ":" in host:  # an IPv6 address, its zone ("%25eth0") included
        return None
    if forbidden := sorted(set(host) & _FORBIDDEN_IN_HOST):
        # urllib percent-decodes a host before it looks it up: "%2e%2e" is "..",
        # and the pull ended in "connection failed: UnicodeError: encoding with
        # 'idna' codec failed". The URL standard forbids these in a host name.
        said = ", ".join(f'"{c}"' for c in forbidden)
        return f'its host "{one_line(host)}" has {said} in it; {_HOST_NAME}'
    return _no_host_name(host)


def _no_host_name(host: str) -> str | None:
    """What keeps ``host`` (no IPv6 address) from being a name a browser looks
    up, said in words; or None.

    A name is parts split by dots of letters, digits, "-" and "_" (DNS names
    hold "_", and browsers open them), none starting or ending in "-"; a part
    "xn--" must be valid Punycode of an international name, and a part beyond
    ASCII must be one (IDNA 2008, as registries register them; the idna
    library checks both). Python's "idna" codec passed "xn--", "xn--zz", "-a.com"
    and "a-.com": the build published an Apply button no browser opens, a pull
    ended in a DNS failure. A name that ends in a number is an IPv4 address to a
    browser, which refuses "999.1.1.1". Hyphens in a part's third and fourth
    places ("r3---sn-abc.googlevideo.com") stay allowed: browsers open them.
    """
    name = host[:-1] if host.endswith(".") else host  # "example.com." is the same host
    if not name.isascii():
        name = _mapped(name)
        if name is None:
            return f'its host "{one_line(host)}" has a character no host name holds; {_HOST_NAME}'
    labels = name.split(".")
    if _NUMBER.fullmatch(labels[-1]):
        try:
            ipaddress.IPv4Address(name)
        except ValueError:
            return (
                f'its host "{one_line(host)}" ends in a number, so it must be an IPv4 address: '
                'four numbers from 0 to 255 split by dots, like "192.0.2.10"'
            )
        return None
    length = 0
    for label in labels:
        fault, ascii_label = _no_label(label)
        if fault:
            return f'its host "{one_line(host)}" is no host name: {fault}; {_HOST_NAME}'
        if not 0 < len(ascii_label) <= 63:
            break
        length += len(ascii_label) + 1
    else:
        if length - 1 <= 253:
            return None
    return (
        f'its host "{one_line(host)}" is no host name (an empty part, a part over 63 '
        f"characters, or over 253 in all); {_HOST_NAME}"
    )


def _mapped(name: str) -> str | None:
    """``name`` beyond ASCII as browsers read it before they look it up (UTS 46,
    without the transitional mapping: "ß" stays "ß", capitals and full-width
    letters become small ones), or None for a character no host name holds."""
    import idna  # only for a name beyond ASCII: its tables take 10 ms to load

    try:
        return idna.uts46_remap(name, std3_rules=False, transitional=False)
    except idna.IDNAError:
        return None


def _no_label(label: str) -> tuple[str | None, str]:
    """What is wrong with one part of a host name (None if nothing), and the
    part as a name server sees it (in ASCII, "xn--" for a name beyond it)."""
    if label.isascii() and not label.lower().startswith("xn--"):
        if label.startswith("-") or label.endswith("-"):
            return f'its part "{label}" starts or ends with "-"', label
        if bad := sorted(set(label) - _LDH):
            said = ", ".join(f'"{c}"' for c in bad)
            return f'its part "{one_line(label)}" has {said} in it', label
        return None, label
    import idna

    if not label.isascii():
        ascii_label = "xn--" + label.encode("punycode").decode("ascii")
        if len(ascii_label) > 63:
            return None, ascii_label  # said by the caller, with the name's length
    try:
        if label.isascii():
            idna.ulabel(label)  # "xn--zz" is no Punycode; "xn--" has none
            return None, label
        return None, idna.alabel(label).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        what = 'starts with "xn--" but is no international name in Punycode'
        if not label.isascii():
            what = "is no international name"
        return f'its part "{one_line(label)}" {what} ({one_line(str(exc))})', label


def ascii_host(host: str) -> str:
    """``host`` as a browser looks it up and sends it: beyond ASCII in IDNA
    ("xn--"), by UTS 46 without the transitional mapping, as browsers do since
    2017. Python's "idna" codec (IDNA 2003, which urllib and the socket module
    use for a host beyond ASCII) made "faß.de" "fass.de", another domain with
    another owner: a pull read its feed from there, and podium ping sent it the
    site's key. ValueError for a host that is no name (see ``unopenable``)."""
    if host.isascii():
        return host
    name = _mapped(host)
    if name is None:
        raise ValueError(f"{host!r} is not a valid host name")
    labels = []
    for label in name.split("."):
        fault, ascii_label = _no_label(label)
        if fault:
            raise ValueError(f"{host!r} is not a valid host name: {fault}")
        labels.append(ascii_label)
    return ".".join(labels)


def same_host(host: str) -> str:
    """``host`` as one name is compared with another, in a list of allowed hosts
    (PODIUM_IMAGE_HOSTS, PODIUM_IFRAME_HOSTS): in ASCII as ``ascii_host`` makes
    it, in lower case, without the root's trailing dot, as a browser reaches
    "bäckerei.example", "xn--bckerei-5wa.example" and "BÄCKEREI.example." alike.
    A host that is no name stays as it is (and matches no listed one)."""
    try:
        return ascii_host(host.lower()).lower().rstrip(".")
    except ValueError:
        return host


# What a URL may hold as it is; anything else (a space, "ü") is sent percent-encoded.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"


def as_sent(url: str) -> str:
    """``url`` as a browser sends it: its host in ASCII (``ascii_host``), every
    other character beyond ASCII percent-encoded as UTF-8. urllib sends ASCII
    only: a feed at ".../jobs/müller" ended in "connection failed:
    UnicodeEncodeError". ValueError for a host that is no name."""
    if url.isascii():
        return url
    parts = urlsplit(url)
    netloc = parts.netloc
    if not netloc.isascii():
        userinfo, at, hostport = netloc.rpartition("@")
        host, colon, port = hostport.partition(":")
        netloc = f"{quote(userinfo, safe=_URL_SAFE)}{at}{ascii_host(host)}{colon}{port}"
    return parts._replace(
        netloc=netloc,
        path=quote(parts.path, safe=_URL_SAFE),
        query=quote(parts.query, safe=_URL_SAFE),
        fragment=quote(parts.fragment, safe=_URL_SAFE),
    ).geturl()


# The URL standard's "forbidden domain code points" a host name can still hold
# after urlsplit has cut it out of an address (space and control characters
# are said apart): "%" above all, which urllib decodes before it looks the
# name up.
_FORBIDDEN_IN_HOST = frozenset("%<>^|\\")
_LDH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
# The last part of a name a browser reads as a number (the URL standard's
# "ends in a number"): decimal, or "0x" and hexadecimal.
_NUMBER = re.compile(r"[0-9]+|0[xX][0-9a-fA-F]*")
_HOST_NAME = (
    'a host name is parts of letters, digits and hyphens split by dots, like "jobs.example.com"'
)


def as_browsers_read(value: str) -> str:
    """A link as a browser follows it: a backslash before the query is a "/".

    The URL standard reads "\\" as "/" in http(s) and relative URLs, so
    ``\\\\evil.example`` is ``//evil.example``, another site, and ``\\x`` is
    ``/x`` on this one. Left as written, such a link passed the checks as a
    path on this site while leading readers away. Other schemes (mailto:) and
    Pelican's link syntax (``{static}``, checked as a path) are left as they are.
    Shared by a story's sanitiser and a vacancy description's.
    """
    if "\\" not in value or value[:1] in "{|":
        return value
    scheme = SCHEME.match(value.strip())
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        return value
    end = min((i for i in (value.find("?"), value.find("#")) if i >= 0), default=len(value))
    return value[:end].replace("\\", "/") + value[end:]


def followed_link(value: str) -> str | None:
    """``value`` as a sanitiser keeps a link's href or an image's src: as a browser
    follows it (``as_browsers_read``), or None for an address no browser reads.
    "//[" (an IPv6 host left open) or a port past 65535 has no scheme, so nh3
    kept it as a path, and the build's feeds (and podium check of a vacancy
    description) ended in "ValueError: Invalid IPv6 URL". Shared by a story's
    sanitiser and a vacancy description's."""
    value = as_browsers_read(value)
    try:
        urlsplit(value).port  # noqa: B018 - raises ValueError for a host or port no browser reads
    except ValueError:
        return None
    return value


def unreachable(parts: SplitResult) -> str | None:
    """Why no job seeker reaches the host of the web address ``parts`` (one
    ``unopenable`` passed), said in words; or None. Judged by the address alone:
    nothing is looked up (a build has no network).

    An apply_url at 127.0.0.1, localhost, [::1] or 10.0.0.1 was published as
    every applicant's Apply button and in Google's JobPosting, leading to the
    reader's own computer or network; one at "sollicitatie.\u04bbelder-energie"
    (a Cyrillic "\u04bb") to another owner's name that reads as the employer's.
    The networks set aside for examples (192.0.2.0/24 and others) pass, as
    the names under .example do: documentation and tests write them."""
    host = (parts.hostname or "").rstrip(".")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return _unreachable_name(host)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # "::ffff:127.0.0.1" is 127.0.0.1
    if (ip.is_global and not ip.is_multicast) or any(ip in net for net in _EXAMPLE_NETS):
        return None
    kind = next((k for is_kind, k in _IP_KINDS if getattr(ip, is_kind)), "set aside (reserved)")
    return f'its host "{one_line(host)}" is an IP address {kind}, which no job seeker reaches'


def _unreachable_name(host: str) -> str | None:
    if host == "localhost" or host.endswith(".localhost"):
        return f'its host "{one_line(host)}" is the computer the page is opened on (localhost)'
    if "." not in host:
        return (
            f'its host "{one_line(host)}" is a single name with no domain, which only a '
            "company network looks up"
        )
    if host.rpartition(".")[2] in _PRIVATE_TLDS:
        return f'its host "{one_line(host)}" is a name only a local network looks up'
    for label in (_mapped(host) or host).split("."):
        if label.startswith("xn--"):
            try:
                import idna

                label = idna.ulabel(label)
            except (idna.IDNAError, UnicodeError):
                continue  # said by unopenable
        found = lookalike_scripts(label)
        if len(found) > 1:
            scripts = sorted(s.title() for s in found)
            mixed = found[scripts[0].upper()]
            return (
                f'its host\'s part "{one_line(label)}" mixes {" and ".join(scripts)} letters '
                f'("{mixed}" is {scripts[0]}), so it only looks like the name it copies'
            )
    return None


# What the reason names an address that no job seeker reaches, in this order.
_IP_KINDS = (
    ("is_loopback", "of the computer it is opened on (loopback)"),
    ("is_unspecified", "of no computer (unspecified)"),
    ("is_link_local", "of a local network (link-local)"),
    ("is_multicast", "of a group (multicast)"),
    ("is_private", "of a private network"),
)
# Networks for examples in documentation (RFC 5737, RFC 3849).
_EXAMPLE_NETS = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)
# Top-level names for a local network only: multicast DNS (RFC 6762), home
# networks (RFC 8375: home.arpa), private use (ICANN, 2024).
_PRIVATE_TLDS = frozenset({"local", "internal", "arpa"})


def user_before_host(parts: SplitResult) -> tuple[str, str] | None:
    """``(before, host)`` for a web address with a user name (or password)
    before its host: what comes before "@", and the host it opens. Else None.
    "https://werkenbij.helder.example@apply.example/" opens apply.example: the
    part before "@" only looks like the host, the phishing links' trick."""
    before, at, _ = parts.netloc.rpartition("@")
    return (before, parts.hostname) if at and parts.hostname else None


def hidden_host(what: str, value: str) -> str | None:
    """The warning for a ``what`` ("link") to a web address with a user name
    before its host (``user_before_host``), or None: a reviewer reading the
    text is misled too."""
    try:
        parts = urlsplit(as_browsers_read(value.strip()))
        hidden = user_before_host(parts)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or hidden is None:
        return None
    shown = value if len(value) <= 120 else value[:117] + "..."
    before, host = hidden
    return (
        f'{what} "{shown}" opens {host}, not {before}: what comes before "@" is a '
        "user name (or password); write the address without it"
    )


# A path written with backslashes alone, as Windows writes a network share's
# (\\server\share\x, which Markdown makes \server\share\x) or a folder's (\x\y):
# a browser reads it as a path on the hub, where nothing is; "/" is no fix.
SHARE_PATH = re.compile(r"^\\{1,2}[^\\/:?#]+\\[^/?#]*$")


def on_a_share(what: str, value: str, fix: str) -> str:
    """The warning for a ``what`` at a network share's or computer's path."""
    shown = value if len(value) <= 120 else value[:117] + "..."
    return (
        f'{what} "{shown}" is a path on a network share or a computer, which the hub\'s '
        f"readers cannot open; {fix}"
    )


def backslashed(what: str, value: str) -> str | None:
    """The warning for a ``what`` ("link", "image") written with a backslash that
    ``as_browsers_read`` reads otherwise: where it really leads; else None."""
    read = as_browsers_read(value)
    if read == value:
        return None
    shown = value if len(value) <= 120 else value[:117] + "..."
    read = read if len(read) <= 120 else read[:117] + "..."
    try:
        host = urlsplit(read).hostname
    except ValueError:
        host = None
    leads = f"the site {host}" if host else "a path on this site"
    return (
        f'{what} "{shown}" has a backslash, which browsers read as "/": it leads '
        f'to "{read}" ({leads}); write it with "/"'
    )


def unwrap_bare_links(fragment: str, keep: frozenset[str] = frozenset()) -> str:
    """Sanitised HTML without ``<a>`` elements that have no ``href``: their text
    stays, in a ``<span>`` when they carry attributes of ``keep`` (lang, dir).

    The sanitiser drops a javascript: or file: address but keeps the element,
    and adds rel="noopener noreferrer" to it: an ``<a rel>`` without href is
    invalid HTML (rel, hreflang and target need an href), and it showed as
    a link that leads nowhere. Sanitised HTML nests no ``<a>`` in another.
    """
    if "<a" not in fragment:
        return fragment
    out: list[str] = []
    pos = 0
    ends: list[str | None] = []  # per open <a>: what its end tag becomes (None: kept)
    for m in TAG.finditer(fragment):
        if m.group(2).lower() != "a":
            continue
        if m.group(1):
            new = ends.pop() if ends else None
        else:
            attrs = [(a.group(1).lower(), a.group(2)) for a in ATTR.finditer(m.group(3))]
            if any(name == "href" and value is not None for name, value in attrs):
                ends.append(None)
                continue
            kept = "".join(f' {n}="{v}"' for n, v in attrs if n in keep and v is not None)
            new = f"<span{kept}>" if kept else ""
            ends.append("</span>" if kept else "")
        if new is not None:
            out += [fragment[pos : m.start()], new]
            pos = m.end()
    out.append(fragment[pos:])
    return "".join(out)


# A <script> or <style> start tag in Markdown: what follows it is raw text up to
# its end tag, for Python-Markdown's HTML parser and the sanitiser alike.
_RAW_TEXT_START = re.compile(r"<(script|style)\b[^>]*>", re.IGNORECASE)
_FENCE_LINE = re.compile(r"^ {0,3}(?:```|~~~)")


def raw_text_closed(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Markdown ``text`` with an end tag written right after each ``<script>``
    or ``<style>`` that has none after it, and (line offset, tag name) of each.

    Unclosed, it took the rest of the text with it: Python-Markdown kept all
    of it as the element's raw text, and the sanitiser drops that whole, so
    one "<style>" line left out every paragraph after it without a word (nor
    a warning for a javascript: link among them). Closed, the element is
    empty and left out alone; the text after it is read as Markdown. Tags in
    a code fence, an indented line or a code span are code, left as written.
    """
    lower = text.lower()
    if "<script" not in lower and "<style" not in lower:
        return text, []
    last_end = {name: lower.rfind(f"</{name}") for name in ("script", "style")}
    lines = text.split("\n")
    found: list[tuple[int, str]] = []
    in_fence, at = False, 0
    for i, line in enumerate(lines):
        start, at = at, at + len(line) + 1
        if _FENCE_LINE.match(line):
            in_fence = not in_fence
        if in_fence or line.startswith(("    ", "\t")):
            continue
        pieces, pos = [], 0
        for m in _RAW_TEXT_START.finditer(line):
            name = m.group(1).lower()
            if start + m.end() < last_end[name] or line.count("`", 0, m.start()) % 2:
                continue
            pieces += [line[pos : m.end()], f"</{name}>"]
            pos = m.end()
            found.append((i, name))
        if pieces:
            lines[i] = "".join(pieces) + line[pos:]
    return "\n".join(lines) if found else text, found
