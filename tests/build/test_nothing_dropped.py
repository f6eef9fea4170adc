"""Every text value in data/ reaches the reader: it appears on the entity's own page of the built site."""

import html as html_lib
import re

from pydantic import BaseModel

from macros.text import plain
from macros.validation import iter_refs, load_handbook
from tests.support.sites import ROOT


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(text)).strip()


def page_text(site, record) -> str:
    raw = (site / record.kind.folder / f"{record.id}.html").read_text(encoding="utf-8")
    article = raw[raw.find("<article"): raw.find("</article>")]
    return normalise(re.sub(r"<[^>]+>", "", article))


def text_values(model: BaseModel, skip: set, path=()):
    """Every string the editor wrote (not ids, which become links, and not the review date)."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        loc = (*path, info.alias or name)
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            item_loc = loc if index is None else (*loc, index)
            if isinstance(item, BaseModel):
                yield from text_values(item, skip, item_loc)
            elif isinstance(item, str) and item_loc not in skip and not item.startswith(("http://", "https://")):
                yield item_loc, item


def test_every_text_value_appears_on_its_page(real_site):
    handbook = load_handbook(ROOT)
    missing = []
    for record in handbook.records():
        refs = {loc for loc, _, _ in iter_refs(record.model)}
        shown = page_text(real_site, record)
        for loc, value in text_values(record.model, refs):
            if normalise(plain(value)) not in shown:
                missing.append(f"{record.path} {loc}: {value[:80]!r}")
    assert not missing, "Text som inte syns på sidan:\n" + "\n".join(missing[:40])
