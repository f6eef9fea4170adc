"""Geometry for the pictures drawn at build time (årshjul, result charts, flow diagrams).

Python computes coordinates; the SVG markup lives in templates/svg/.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]


@dataclass
class Sector:
    month: int
    name: str
    path: str
    label_x: float
    label_y: float
    count_x: float
    count_y: float
    numbers: list[int]


def months_from(first: int) -> list[int]:
    """The twelve month numbers in a wheel's order, starting with `first` (8: a school year, August to July)."""
    return [(first - 1 + i) % 12 + 1 for i in range(12)]


def wheel_sectors(events_by_month: dict[int, list[int]], size: int = 520, first_month: int = 1) -> list[Sector]:
    """Twelve ring sectors, the first month at the top, clockwise; numbers are the events' list numbers."""
    c = size / 2
    outer, inner = c - 8, c * 0.34
    sectors = []
    for i, month in enumerate(months_from(first_month)):
        a0 = math.radians(i * 30 - 90)
        a1 = math.radians((i + 1) * 30 - 90)
        mid = (a0 + a1) / 2

        def pt(r: float, a: float) -> str:
            return f"{c + r * math.cos(a):.1f},{c + r * math.sin(a):.1f}"

        path = f"M{pt(outer, a0)} A{outer},{outer} 0 0 1 {pt(outer, a1)} L{pt(inner, a1)} A{inner},{inner} 0 0 0 {pt(inner, a0)} Z"
        label_r, count_r = outer - 26, inner + (outer - inner) * 0.38
        sectors.append(
            Sector(
                month=month,
                name=MONTHS[month - 1],
                path=path,
                label_x=round(c + label_r * math.cos(mid), 1),
                label_y=round(c + label_r * math.sin(mid), 1),
                count_x=round(c + count_r * math.cos(mid), 1),
                count_y=round(c + count_r * math.sin(mid), 1),
                numbers=events_by_month.get(month, []),
            )
        )
    return sectors


@dataclass
class Bar:
    label: str
    value: float
    n: int | None
    x: float
    y: float
    width: float
    height: float
    label_lines: list[str]


def bar_chart(points: list, width: int = 560, height: int = 300, top: float = 100):
    """Bars for points with label, value and n; `top` is the axis maximum (100 for percentages)."""
    top = max(top, *(p.value for p in points)) if points else top
    left, bottom, plot_top = 48, height - 70, 24
    plot_h = bottom - plot_top
    slot = (width - left - 10) / max(len(points), 1)
    bars = []
    for i, point in enumerate(points):
        label, value, n = point.label, point.value, point.n
        h = plot_h * value / top if top else 0
        bars.append(
            Bar(label, value, n, round(left + i * slot + slot * 0.2, 1), round(bottom - h, 1),
                round(slot * 0.6, 1), round(h, 1), textwrap.wrap(label, 16) or [label])
        )
    ticks = [(round(bottom - plot_h * t / 4, 1), round(top * t / 4)) for t in range(5)]
    return {"bars": bars, "ticks": ticks, "left": left, "bottom": bottom, "width": width, "height": height}


@dataclass
class Box:
    number: int
    lines: list[str]
    x: float
    y: float
    width: float
    height: float


def flow(texts: list[str], width: int = 520, chars: int = 46) -> dict:
    """A vertical flow of boxes joined by arrows, one box per step."""
    boxes, y = [], 10.0
    for i, text in enumerate(texts, 1):
        lines = textwrap.wrap(text, chars) or [""]
        h = 24 + 22 * len(lines)
        boxes.append(Box(i, lines, 10, y, width - 20, h))
        y += h + 34
    return {"boxes": boxes, "width": width, "height": round(y - 24, 1)}


def hub(texts: list[str], centre: str, width: int = 560, chars: int = 17) -> dict:
    """Parts of a model without an order: boxes in a ring around the model's name, each joined to the centre."""
    box_w = 176
    wrapped = [textwrap.wrap(t, chars) or [""] for t in texts]
    box_h = 24 + 22 * max((len(lines) for lines in wrapped), default=1)
    rx, ry = width / 2 - box_w / 2 - 6, 84 + box_h * 1.2
    height = round(2 * ry + box_h + 20)
    cx, cy = width / 2, height / 2
    boxes = []
    for i, lines in enumerate(wrapped):
        # Start at the top and go clockwise, like reading a clock face.
        a = -math.pi / 2 + 2 * math.pi * i / max(len(texts), 1)
        x, y = cx + rx * math.cos(a), cy + ry * math.sin(a)
        boxes.append(Box(i + 1, lines, round(x - box_w / 2, 1), round(y - box_h / 2, 1), box_w, box_h))
    centre_lines = textwrap.wrap(centre, 16, break_long_words=False) or [""]
    return {"boxes": boxes, "width": width, "height": height, "cx": cx, "cy": cy, "r": 80, "centre_lines": centre_lines}
