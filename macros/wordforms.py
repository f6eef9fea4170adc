"""Swedish forms of role names ("kuratorn", "lärarna"), written on role pages so that search finds them.

Material's search matches the beginning of words and does not stem Swedish, so a page that only says "Kurator" is not
found by "kuratorn". The rules cover the nouns for professions: -are (lärare), -or (kurator) and nouns ending in
another consonant (logoped, psykolog, enhetschef). Words that already look plural (-er) are left alone.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zåäöé]{4,}")
_VOWELS = "aeiouyåäöé"


def noun_forms(word: str) -> list[str]:
    """Definite singular, plural and definite plural of a Swedish profession noun; [] when no rule fits."""
    w = word.casefold()
    if w.endswith("are"):
        return [w + "n", w[:-1] + "na"]
    if w.endswith("er") or w[-1] in _VOWELS:
        return []
    if w.endswith("or"):
        return [w + "n", w + "er", w + "erna"]
    return [w + "en", w + "er", w + "erna"]


def name_forms(name: str) -> list[str]:
    """Every form of every word in a role name, e.g. "Lärare och pedagoger" -> läraren, lärarna."""
    forms: list[str] = []
    for word in _WORD.findall(name.casefold()):
        forms.extend(f for f in noun_forms(word) if f not in forms)
    return forms
