"""Result charts drawn at build time: what a reader sees on Närvaroteamet Mölndal's page."""

import pytest


@pytest.fixture()
def chart(page, real_site, serve):
    page.goto(serve(real_site) + "satsningar/narvaroteam-molndal.html")
    figure = page.locator("figure.nh-chart").filter(has=page.locator("figcaption", has_text="Frånvaro"))
    assert figure.count() == 1
    return figure


def test_narvaroteamets_chart_shows_100_91_73_percent(chart):
    svg = chart.locator("svg[role=img]")
    assert svg.is_visible()
    bars = sorted((b.bounding_box() for b in svg.locator("rect.nh-bar").all()), key=lambda b: b["x"])
    values = sorted(svg.locator("text.nh-value").all(), key=lambda t: t.bounding_box()["x"])
    assert [v.text_content() for v in values] == ["100%", "91%", "73%"]
    heights = [b["height"] for b in bars]
    assert heights[0] > heights[1] > heights[2] > 0
    assert heights[1] / heights[0] == pytest.approx(0.91, abs=0.01)
    assert heights[2] / heights[0] == pytest.approx(0.73, abs=0.01)
    labels = " ".join(svg.locator("text.nh-n").all_text_contents())
    assert labels == "n = 14 n = 15 n = 13"
    assert "100%" in svg.get_attribute("aria-label") and "73%" in svg.get_attribute("aria-label")


def test_the_same_numbers_are_in_a_table(chart):
    rows = chart.locator("table tbody tr")
    cells = [[c.strip() for c in r.locator("th, td").all_inner_texts()[:3]] for r in rows.all()]
    assert [c[1:] for c in cells] == [["100%", "14"], ["91%", "15"], ["73%", "13"]]
