"""Text from data is content, never code: Markdown is rendered, then sanitised by an allow-list (nh3)."""

from __future__ import annotations

import html
import re

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


def abbreviate(page_html: str, glossary: dict[str, str]) -> str:
    """Wrap every known abbreviation in text (not in links, code or headings) in <abbr title="...">."""
    if not glossary:
        return page_html
    words = sorted(glossary, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
    out, stack = [], []
    for part in _TAG_RE.split(page_html):
        if part.startswith("<"):
            match = re.match(r"<(/?)([a-zA-Z0-9]+)", part)
            if match and not part.endswith("/>"):
                name = match.group(2).lower()
                if match.group(1):
                    if name in stack:
                        while stack and stack.pop() != name:
                            pass
                elif name in _SKIP:
                    stack.append(name)
            out.append(part)
        elif stack or not part.strip():
            out.append(part)
        else:
            out.append(
                pattern.sub(lambda m: f'<abbr title="{html.escape(glossary[m.group(1)])}">{m.group(1)}</abbr>', part)
            )
    return "".join(out)
