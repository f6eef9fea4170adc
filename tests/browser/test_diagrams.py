"""Work processes drawn at build time: the arbetsgång and Samsyn–Metod–Insatser as flows, Sandviken's collaboration
model as parts around its name, Frånvarotrappan marked in the arbetsgång."""

import re

import pytest


def diagram_texts(page) -> list[str]:
    """The text of each box in the page's first diagram, in drawing order."""
    return page.locator("figure.nh-diagram svg").first.evaluate(
        """svg => [...svg.querySelectorAll('rect.nh-box')].map(rect => {
            const y0 = +rect.getAttribute('y'), y1 = y0 + +rect.getAttribute('height');
            const x0 = +rect.getAttribute('x'), x1 = x0 + +rect.getAttribute('width');
            return [...svg.querySelectorAll('text.nh-box-text')].filter(t => {
                const x = +t.getAttribute('x'), y = +t.getAttribute('y');
                return x >= x0 && x <= x1 && y >= y0 && y <= y1;
            }).map(t => t.textContent).join(' ');
        })"""
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("framework", ["stockholm-arbetsgang", "samsyn-metod-insatser"])
def test_ordered_process_is_a_flow_with_one_box_per_step(page, base, framework):
    page.goto(f"{base}ramverk/{framework}.html")
    svg = page.locator("figure.nh-diagram svg[role=img]")
    assert svg.is_visible() and svg.bounding_box()["height"] > 150
    steps = [squash(t) for t in page.locator("ol.nh-framework > li").all_inner_texts()]
    boxes = [squash(t) for t in diagram_texts(page)]
    assert len(boxes) == len(steps) >= 3
    for number, (box, step) in enumerate(zip(boxes, steps, strict=True), 1):
        assert box.startswith(f"{number}. "), box
        assert squash(box.removeprefix(f"{number}. ")) == step
    arrows = svg.locator("line.nh-connector[marker-end]")
    assert arrows.count() == len(steps) - 1


def test_collaboration_model_shows_its_parts_around_its_name_without_arrows(page, base):
    page.goto(base + "ramverk/sandviken-samverkansmodell.html")
    svg = page.locator("figure.nh-diagram svg[role=img]")
    assert svg.is_visible()
    parts = [squash(t) for t in page.locator("ul.nh-framework > li").all_inner_texts()]
    assert sorted(squash(t) for t in diagram_texts(page)) == sorted(parts)
    assert len(parts) == 6
    assert squash(" ".join(svg.locator("text.nh-hub-text").all_text_contents())) == "Sandvikens samverkansmodell"
    assert svg.locator("[marker-end]").count() == 0


def test_franvarotrappan_is_marked_in_the_arbetsgang(page, base):
    page.goto(base + "verktyg/franvarotrappan.html")
    figure = page.locator("figure.nh-diagram")
    assert figure.is_visible()
    marked = figure.locator("rect.nh-box").evaluate_all("rects => rects.map(r => r.classList.contains('nh-box-highlight'))")
    assert marked.count(True) == 1
    assert squash(diagram_texts(page)[marked.index(True)]).startswith("1. Frånvarotrappan")
    assert "steg 1 (markerat)" in figure.locator("figcaption").inner_text()
    page.get_by_role("link", name=re.compile("Läs alla steg i")).click()
    assert page.url.endswith("ramverk/stockholm-arbetsgang.html")
