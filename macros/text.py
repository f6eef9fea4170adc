"""Text from data is content, never code: Markdown is rendered, then sanitised by an allow-list (nh3)."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

import markdown
import nh3
from markupsafe import Markup

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote", "code", "pre",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "abbr", "sub", "sup", "hr", "del",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}, "td": set()}
URL_SCHEMES = {"https", "http", "mailto"}
EMAIL_RE = re.compile(r"(?<![\w.:/@-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")

_md = markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html")


def to_html(text: str | None) -> Markup:
    """Render Markdown from data to safe HTML: scripts, event handlers, iframes, styles and odd URLs are removed."""
    if not text:
        return Markup("")
    if _is_prose(text):
        rendered = _paragraphs(text)
        if "@" not in text:
            return Markup(rendered)  # no tags, entities or e-mail addresses: nothing for the sanitiser to do
    else:
        rendered = _md.reset().convert(_demote_headings(text))
    rendered = _link_emails(rendered)
    clean = nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return Markup(clean)


# Text without any Markdown syntax: no special characters, no list, heading or code markers at a line start, no
# hard line breaks. Most text in the data is such prose, and Python-Markdown would only wrap its paragraphs in <p>.
_NOT_PROSE = re.compile(
    r"[\\`*_\[\]<>&#|~\t\r\x00-\x08\x0b-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
    r"|(?:^|\n)(?:[ =+\-]|\d+[.)])| \n| $"
)
_BLANK_LINES = re.compile(r"\n{2,}")


def _is_prose(text: str) -> bool:
    return _NOT_PROSE.search(text) is None


def _paragraphs(text: str) -> str:
    """What Python-Markdown makes of prose, without its cost (a national handbook renders some 100,000 texts)."""
    return "\n".join(f"<p>{part}</p>" for part in _BLANK_LINES.split(text.strip("\n")) if part)


def to_inline_html(text: str | None) -> Markup:
    """Like to_html, for a short text shown inside a sentence or list item (no surrounding paragraph)."""
    out = str(to_html(text))
    if out.startswith("<p>") and out.endswith("</p>") and out.count("<p>") == 1:
        out = out[3:-4]
    return Markup(out)


def nav_title(title: str) -> str:
    """A title for MkDocs' navigation, which Material prints as it is: HTML escaped, and { as an entity because
    mkdocs-macros renders a page title that contains {{, {% or {# as a template."""
    return html.escape(title, quote=True).replace("{", "&#123;")


def plain(text: str | None) -> str:
    """Markdown to plain text, for search snippets, alt texts and exports."""
    return html.unescape(re.sub(r"<[^>]+>", "", str(to_html(text)))).strip()


def md_escape(text: str) -> Markup:
    """Escape a one-line text for use inside Markdown (headings): HTML and Markdown syntax stay literal."""
    escaped = html.escape(text, quote=True)
    escaped = re.sub(r"([\\`*_\[\]{}#!|])", lambda m: f"&#{ord(m.group(1))};", escaped)
    return Markup(escaped)


def _demote_headings(text: str) -> str:
    # Headings inside a text field must not break the page outline (h1/h2 belong to the page).
    return re.sub(r"(?m)^(#{1,2})(?=\s)", "###", text)


def _link_emails(rendered: str) -> str:
    # Plain e-mail addresses become mailto links (not inside existing links or attributes).
    parts = re.split(r"(<a\b.*?</a>|<[^>]+>)", rendered, flags=re.S)
    return "".join(
        part if part.startswith("<") else EMAIL_RE.sub(r'<a href="mailto:\1">\1</a>', part) for part in parts
    )


_HEADERLINK_RE = re.compile(
    r'(<h[1-6]\b[^>]*>)((?:(?!</h[1-6]>).)*?)<a class="headerlink" href="#([^"]*)"', re.S
)


def label_permalinks(page_html: str) -> str:
    """Name each heading's ¶ link after its heading: a screen reader's list of links would otherwise hold many
    links all called ¶, each going somewhere else."""

    def label(match: re.Match) -> str:
        heading = html.unescape(re.sub(r"<[^>]+>", "", match.group(2))).strip()
        name = html.escape(f"Länk till avsnittet {heading}", quote=True)
        return f'{match.group(1)}{match.group(2)}<a class="headerlink" aria-label="{name}" href="#{match.group(3)}"'

    return _HEADERLINK_RE.sub(label, page_html)


_SKIP = {"a", "abbr", "code", "pre", "script", "style", "h1", "h2", "title", "textarea", "button", "label", "svg", "option"}
_TAG_RE = re.compile(r"(<!--.*?-->|<[^>]+>)", re.S)
_WORD_OR_DASH = re.compile(r"[\w-]")
_SKIP_TAG = re.compile(r"<(/?)(" + "|".join(sorted(_SKIP)) + r")(?![a-zA-Z0-9])", re.I)


def abbreviate(page_html: str, glossary: dict[str, str]) -> str:
    """Wrap every known abbreviation in text (not in links, code or headings) in <abbr title="...">."""
    if not glossary:
        return page_html
    pattern, titles = _abbreviations(tuple(sorted(glossary.items())))
    found = [m.start() for m in pattern.finditer(page_html)]
    if not found:
        return page_html
    parts = _TAG_RE.split(page_html)  # text, tag, text, tag, ..., text
    ends = list(accumulate(map(len, parts)))
    # The text parts with an abbreviation (a match never spans "<" or ">", so it lies within one part).
    texts = sorted({i for i in (bisect_right(ends, at) for at in found) if i % 2 == 0})
    # Whether each of those texts lies inside an element whose text stays as it is (a link, code, a heading ...).
    skipped, stack, tag = set(), [], 1
    for i in texts:
        for part in parts[tag:i:2]:
            skip = _SKIP_TAG.match(part)
            if skip and not part.endswith("/>"):
                name = skip.group(2).lower()
                if not skip.group(1):
                    stack.append(name)
                elif name in stack:
                    while stack.pop() != name:
                        pass
        tag = i + 1
        if stack:
            skipped.add(i)

    for i in texts:
        if i not in skipped:
            text = parts[i]

            def wrap(match: re.Match, text: str = text) -> str:
                word, at = match.group(1), match.start()
                if at and _WORD_OR_DASH.match(text, at - 1):
                    return word  # part of a longer word
                return f'<abbr title="{titles[word]}">{word}</abbr>'

            parts[i] = pattern.sub(wrap, text)
    return "".join(parts)


@lru_cache(maxsize=4)
def _abbreviations(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, dict[str, str]]:
    """The pattern that finds the abbreviations (longest first) and their escaped titles, made once per glossary.

    The pattern does not look behind a word (abbreviate does): a pattern starting with a look-behind is tried at
    every character, one starting with the words only where one of them starts, which is seven times faster.
    """
    words = sorted((word for word, _ in items), key=len, reverse=True)
    pattern = re.compile(r"(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
    return pattern, {word: html.escape(title) for word, title in items}


# ---------------------------------------------------------------- raw HTML blocks around Python-Markdown
# Generated pages are mostly HTML blocks between Markdown headings. Python-Markdown (and MkDocs, looking for
# anchors) run every block through Python's HTMLParser only to pass it through unchanged, and the block parser
# copies the rest of the page at every block's end, so a page of many blocks costs the square of its size. Blocks
# that Python-Markdown would certainly pass through unchanged are set aside before it runs and put back after.

_BLOCK_LEVEL = {
    "address", "article", "aside", "blockquote", "canvas", "center", "colgroup", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "group", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "iframe", "legend", "li", "main", "map", "menu", "nav", "noscript", "object", "ol", "option",
    "output", "p", "pre", "progress", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "ul", "video",
}
_HTML_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
# Anything Python-Markdown or its HTML parser treats specially inside a block: leave such blocks to them.
_SPECIAL_TEXT = ("<!", "<?", "\t", "\r", "\x02", "\x03")
_RAW_TEXT_TAG = re.compile(r"<(?:script|style|textarea|math)\b", re.I)
_MARKDOWN_ATTR = re.compile(r"\smarkdown\s*=", re.I)
_ONLY_SPACE = re.compile(r"\s*\Z")
_ID_ATTR = re.compile(r"""<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def set_aside_html(markdown_text: str, token: str) -> tuple[str, list[str]]:
    """Replace top-level HTML blocks that Python-Markdown would pass through unchanged with `token<n>` paragraphs.

    Returns the Markdown to convert and the blocks, for put_back_html. A block qualifies only when nothing could
    make Python-Markdown treat it differently; after the first doubtful block the rest of the page is left alone.
    """
    chunks = re.split(r"(\n(?:[ ]*\n)+)", markdown_text)
    blocks: list[list[str]] = []  # each block's pieces: joined at the end, not string by string (pages can be huge)
    follows_block = False  # the previous chunk ended with a block set aside
    for i in range(0, len(chunks), 2):
        chunk = chunks[i]
        if not chunk.startswith("<"):
            if "<" in chunk:
                break  # inline HTML in a paragraph, or an indented block: Markdown's business from here on
            follows_block = follows_block and not chunk.strip()
            continue
        segments = _segments(chunk)
        if segments is None:
            break
        out = []
        for n, (is_html, text) in enumerate(segments):
            if is_html:
                # The blank line Python-Markdown keeps after a raw block: only where the chunk ends.
                text += "\n" if n == len(segments) - 1 else ""
                if n == 0 and follows_block:
                    blocks[-1] += ("\n", text)  # blocks separated by blank lines: one token, fewer paragraphs
                    continue
                blocks.append([text])
                out.append(f"{token}{len(blocks) - 1}")
            else:
                out.append(text)
        follows_block = segments[-1][0]
        chunks[i] = "\n\n".join(out)
        if not out:
            chunks[i - 1] = ""  # all of it went into the previous block: no empty lines for Markdown to skip
    return "".join(chunks), ["".join(pieces) for pieces in blocks]


def put_back_html(page_html: str, token: str, blocks: list[str]) -> str:
    if not blocks:
        return page_html
    # Python-Markdown strips the end of the page, blank line after a last raw block included.
    return re.sub(rf"<p>{re.escape(token)}(\d+)</p>", lambda m: blocks[int(m.group(1))], page_html).rstrip()


def anchor_ids(blocks: list[str]) -> set[str]:
    """The ids (and <a name>s) in the blocks: MkDocs checks links to anchors against them."""
    return {a or b for block in blocks for a, b in _ID_ATTR.findall(block)}


def _segments(chunk: str) -> list[tuple[bool, str]] | None:
    """A chunk as (is HTML, text) lines of whole raw blocks and Markdown headings, or None if it is anything else.

    Python-Markdown's HTML block parser keeps a stack of open tags, ignores end tags it has not seen open, and
    gives back unchanged a block that starts a line with a block-level tag and closes at the end of a line.
    """
    if any(t in chunk for t in _SPECIAL_TEXT) or _RAW_TEXT_TAG.search(chunk) or _MARKDOWN_ATTR.search(chunk):
        return None
    out: list[tuple[bool, str]] = []
    pos = 0
    while pos < len(chunk):
        if chunk.startswith("#", pos):
            end = chunk.find("\n", pos)
            end = len(chunk) if end == -1 else end
            out.append((False, chunk[pos:end]))
        elif chunk.startswith("<", pos):
            end = _raw_end(chunk, pos)
            if end is None:
                return None
            out.append((True, chunk[pos:end]))
        else:
            return None
        pos = end + 1
    return out


def _raw_end(chunk: str, start: int) -> int | None:
    """Where the raw blocks starting at `start` end: at the chunk's end or before a heading line, else None."""
    stack: list[str] = []
    block_start = start
    for match in _HTML_TAG.finditer(chunk, start):
        closing, name, rest = match.groups()
        name = name.lower()
        empty = rest.endswith("/")
        if not stack and (closing or empty or name not in _BLOCK_LEVEL or match.start() != block_start):
            return None  # not a raw block, or text between blocks
        if closing:
            if name in stack:
                while stack.pop() != name:
                    pass
                if not stack:
                    end = match.end()
                    if chunk.startswith("\n<", end):
                        block_start = end + 1
                    elif chunk.startswith("\n#", end):
                        return end
                    else:
                        return len(chunk.rstrip()) if _ONLY_SPACE.match(chunk, end) else None
        elif not empty:
            stack.append(name)
    return None
