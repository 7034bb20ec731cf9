"""Inline SVG charts drawn in Python for the HTML report: no script, font or URL, so they open offline.

The SVG elements carry no `xmlns` attribute: inside HTML5 none is needed, and the file then
holds no `http://` reference at all.
"""

from __future__ import annotations

from html import escape

from distill.report.model import HistogramBin

BELOW, ABOVE, NEUTRAL = "#d08c2f", "#3a8f5c", "#4a6fa5"


def _nice_step(value: float, ticks: int = 4) -> int:
    """A whole tick step (1, 2, 5 × 10^k) so that `ticks` steps reach at least `value`."""
    raw, step = max(value, 1) / ticks, 1
    while True:
        for m in (1, 2, 5):
            if m * step >= raw:
                return m * step
        step *= 10


def _nice_max(value: float) -> float:
    """A round axis maximum at or above `value`."""
    step = _nice_step(value)
    return step * max(1, -(-value // step))


def histogram_svg(bins: list[HistogramBin], threshold: float, width: int = 640, height: int = 260) -> str:
    """Vertical bars, one per bin: amber below the export threshold, green at or above it."""
    left, right, top, bottom = 60, 14, 20, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _nice_max(max((b.count for b in bins), default=0))
    slot = plot_w / max(len(bins), 1)
    parts = [_axes(left, top, plot_w, plot_h, top_value)]
    for i, b in enumerate(bins):
        h = plot_h * b.count / top_value
        x, y = left + i * slot + 3, top + plot_h - h
        colour = ABOVE if b.low >= threshold else BELOW
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot - 6:.1f}" height="{h:.1f}" fill="{colour}">'
                     f'<title>{b.low}–{b.high}: {b.count:,} pairs</title></rect>')
        if b.count:
            parts.append(f'<text x="{x + (slot - 6) / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
                         f'class="v">{b.count:,}</text>')
        parts.append(f'<text x="{left + i * slot:.1f}" y="{height - bottom + 16}" text-anchor="middle">{b.low}</text>')
    parts.append(f'<text x="{left + plot_w:.1f}" y="{height - bottom + 16}" text-anchor="middle">100</text>')
    tx = left + plot_w * min(max(threshold, 0), 100) / 100
    parts.append(f'<line x1="{tx:.1f}" y1="{top - 8}" x2="{tx:.1f}" y2="{top + plot_h}" class="thr"/>'
                 f'<text x="{tx + 4:.1f}" y="{top - 2}" class="v">threshold {threshold:g}</text>')
    return _svg(width, height, "Score histogram", parts)


def hbar_svg(items: list[tuple[str, float, str]], title: str, scale_max: float | None = None,
             width: int = 640) -> str:
    """Horizontal bars for (label, value, value as written) items, longest label on the left."""
    row, left, right = 26, min(260, 16 + 7 * max((len(label) for label, _, _ in items), default=4)), 90
    height = row * len(items) + 10
    top_value = scale_max or _nice_max(max((v for _, v, _ in items), default=0))
    parts = []
    for i, (label, value, written) in enumerate(items):
        y, w = 5 + i * row, (width - left - right) * max(value, 0) / top_value
        parts.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
                     f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{NEUTRAL}">'
                     f'<title>{escape(label)}: {escape(written)}</title></rect>'
                     f'<text x="{left + w + 6:.1f}" y="{y + 15}" class="v">{escape(written)}</text>')
    return _svg(width, height, title, parts)


def _axes(left: int, top: int, plot_w: float, plot_h: float, top_value: float) -> str:
    step, ticks = _nice_step(top_value), []
    for k in range(int(top_value // step) + 1):
        value = k * step
        y = top + plot_h - plot_h * value / top_value
        ticks.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value:,}</text>')
    return "".join(ticks)


def _svg(width: int, height: int, title: str, parts: list[str]) -> str:
    return (f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="{escape(title)}"><title>{escape(title)}</title>{"".join(parts)}</svg>')
