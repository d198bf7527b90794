"""What a scan says at the end: a summary in words, and an optional HTML report.

Both are built from the Tally alone (counts, bands, categories, ids), so neither can
contain draft text. The HTML page is one self-contained file: inline CSS and an inline
SVG chart, no scripts, fonts or images from anywhere, so it can be opened offline or
attached to an e-mail to a governance lead.
"""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from typing import Any

from redactcheck.batch.results import Tally
from redactcheck.types import BANDS

BAND_COLOURS = {"low": "#3a7d44", "medium": "#d98c1c", "high": "#b3261e"}


def summary_lines(tally: Tally, problems: int, output: str) -> list[str]:
    """The summary printed after a scan, in plain words."""
    bands = ", ".join(f"{tally.bands[b]:,} {b}" for b in reversed(BANDS))
    resumed = f" ({tally.resumed:,} from an earlier run)" if tally.resumed else ""
    lines = [
        f"Scanned {tally.documents:,} documents{resumed}: {bands} risk; "
        f"{tally.direct:,} with a direct identifier."
    ]
    top = tally.top_categories()[:5]
    if top:
        lines.append("Top categories: " + ", ".join(f"{c} in {docs:,}" for c, _, docs in top) + ".")
    lines.append(
        f"{tally.failed:,} reached --fail-on." if tally.failed else "None reached --fail-on."
    )
    if problems:
        lines.append(f"{problems:,} could not be read (see the error lines above).")
    if output != "-":
        lines.append(f"Results: {output}")
    return lines


def html_report(tally: Tally, header: dict[str, Any], problems: int) -> str:
    """The whole HTML page."""
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>redactcheck scan report</title>",
            f"<style>{_CSS}</style></head><body>",
            "<h1>redactcheck scan report</h1>",
            _made_by(made, header),
            _overview(tally, problems),
            _bands_table(tally),
            "<h2>Risk across the collection</h2>",
            risk_chart(tally),
            _categories_table(tally),
            _top_documents(tally),
            '<p class="meta">This report holds counts and document ids only, '
            "never text from the posts.</p>",
            "</body></html>",
            "",
        ]
    )


def _made_by(made: str, header: dict[str, Any]) -> str:
    version, model = escape(str(header.get("version"))), escape(str(header.get("model")))
    settings = escape(str(header.get("settings")))
    return (
        f'<p class="meta">{escape(made)} &middot; redactcheck {version} &middot; '
        f"model {model} &middot; settings {settings}</p>"
    )


def _overview(tally: Tally, problems: int) -> str:
    unread = f" {problems:,} could not be read." if problems else ""
    return (
        f"<p><strong>{tally.documents:,}</strong> documents; "
        f"<strong>{tally.direct:,}</strong> with a direct identifier; "
        f"<strong>{tally.failed:,}</strong> reached the failing level.{unread}</p>"
    )


def _bands_table(tally: Tally) -> str:
    rows = []
    for band in reversed(BANDS):
        count = tally.bands[band]
        share = f"{100 * count / tally.documents:.1f}%" if tally.documents else "-"
        rows.append(
            f'<tr><td><span class="swatch" style="background:{BAND_COLOURS[band]}"></span>'
            f"{band}</td>"
            f"<td>{count:,}</td><td>{share}</td></tr>"
        )
    return (
        "<h2>Documents by band</h2><table><tr><th>band</th><th>documents</th><th>share</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _categories_table(tally: Tally) -> str:
    rows = [
        f"<tr><td>{escape(c)}</td><td>{docs:,}</td><td>{n:,}</td></tr>"
        for c, n, docs in tally.top_categories()
    ]
    body = "".join(rows) or '<tr><td colspan="3">no findings</td></tr>'
    return (
        "<h2>Top categories</h2><table>"
        "<tr><th>category</th><th>documents</th><th>findings</th></tr>" + body + "</table>"
    )


def _top_documents(tally: Tally) -> str:
    rows = [
        f"<tr><td>{escape(ident)}</td><td>{escape(source)}</td><td>{risk:.1f}</td>"
        f"<td>{escape(', '.join(categories))}</td></tr>"
        for risk, ident, source, categories in tally.highest()
    ]
    if not rows:
        return ""
    return (
        "<h2>Highest risk</h2><table>"
        "<tr><th>id</th><th>source</th><th>risk</th><th>categories</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def risk_chart(tally: Tally, width: int = 640, height: int = 220) -> str:
    """An inline SVG histogram: documents per ten points of risk, stacked by band."""
    left, bottom, top = 48, 30, 12
    plot_w, plot_h = width - left - 10, height - bottom - top
    totals = [sum(tally.histogram[b][i] for b in BANDS) for i in range(10)]
    peak = max(totals) or 1
    bar_w = plot_w / 10
    parts = [
        f'<svg width="{width}" height="{height}" role="img" '
        f'aria-label="Documents by risk score, in bins of ten points">'
    ]
    for i in range(10):
        y = float(top + plot_h)
        for band in BANDS:
            count = tally.histogram[band][i]
            if not count:
                continue
            h = plot_h * count / peak
            y -= h
            parts.append(
                f'<rect x="{left + i * bar_w + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" '
                f'height="{h:.1f}" fill="{BAND_COLOURS[band]}">'
                f"<title>{i * 10}-{i * 10 + 10}: {count:,} {band}</title></rect>"
            )
        parts.append(
            f'<text x="{left + i * bar_w + bar_w / 2:.1f}" y="{height - 12}" text-anchor="middle">'
            f"{i * 10}</text>"
        )
    parts.append(f'<text x="{left - 6}" y="{top + 10}" text-anchor="end">{peak:,}</text>')
    parts.append(f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>')
    parts.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        'stroke="#555"/>'
    )
    parts.append(
        f'<text x="{left + plot_w / 2:.0f}" y="{height}" text-anchor="middle">risk score</text>'
        "</svg>"
    )
    return "".join(parts)


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
    "color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}"
    "th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}"
    ".meta{color:#666;font-size:.9rem}"
    ".swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.4rem}"
    "svg text{font-size:11px;fill:#333}"
)
