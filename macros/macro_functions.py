"""The macros that pages call, e.g. {{ initiative("narvaroteam-molndal") }}. Each one asks the renderer."""

from __future__ import annotations

from . import state
from .kinds import KINDS


def register(env) -> None:
    def page_src() -> str:
        return env.page.file.src_uri

    def entity_macro(folder: str):
        def render(id_: str) -> str:
            return state.current().entity(folder, id_, page_src())

        return render

    for kind in KINDS:
        env.macro(entity_macro(kind.folder), kind.macro)

    @env.macro
    def kind_index(folder: str) -> str:
        return state.current().index(folder, page_src())

    @env.macro
    def fragment(name: str, **context) -> str:
        if state.prepared_fragment is not None and not context:
            return state.prepared_fragment(name, page_src())
        return state.current().fragment(name, page_src(), **context)

    @env.macro
    def wheel_picture(id_: str) -> str:
        """Only the wheel and its month list, for embedding in a hand-written page."""
        return state.current().wheel_svg(id_, page_src())
