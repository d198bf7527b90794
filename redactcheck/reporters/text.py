"""Human-readable output: a line per finding, a line per file, one summary line.

Matched text and source lines appear only when `show_text` is set, because
terminal output is often pasted into tickets and chat.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence, TextIO

from rich.console import Console
from rich.text import Text

from redactcheck.reporters.summary import Summary, summarize
from redactcheck.risk.wording import category_words, kind_words
from redactcheck.types import Finding, Report, ReporterOptions, line_col

KIND_STYLES = {"direct": "bold red", "quasi": "yellow"}


def one_line(text: str) -> str:
    """Matched text with line breaks folded, so each finding stays on one output line."""
    return " ".join(text.split())


def location(report: Report, finding: Finding) -> tuple[int, int]:
    """The finding's line and column, worked out from its offset if the engine left them unset."""
    if finding.line > 0:
        return finding.line, max(finding.column, 1)
    return line_col(report.text, finding.start)


def render(reports: Sequence[Report], out: TextIO, options: ReporterOptions) -> None:
    console = _console(out) if options.color else None
    for report in reports:
        for finding in report.findings:
            _emit(out, console, _finding_line(report, finding, options))
            if console is not None and options.show_text:
                for line in _source_lines(report, finding):
                    _emit(out, console, line)
        _emit(out, console, _file_line(report))
        professionals = _professionals(report, options)
        if professionals:
            _emit(
                out,
                console,
                Text(f"    professionals named in their role (check they agreed): {professionals}"),
            )
        if options.verbose:
            for line in _verbose_lines(report, options):
                _emit(out, console, line)
    _emit(out, console, Text(_summary_line(summarize(reports))))


def _console(out: TextIO) -> Console:
    return Console(
        file=out,
        force_terminal=True,
        color_system="standard",
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    )


def _emit(out: TextIO, console: Console | None, line: Text) -> None:
    if console is None:
        out.write(line.plain + "\n")
    else:
        console.print(line)


def _finding_line(report: Report, finding: Finding, options: ReporterOptions) -> Text:
    """ "post.md:3:44: a name (identifies someone on its own): why it matters [the text]";
    the category and rule id, for machines, follow in --verbose."""
    line, column = location(report, finding)
    text = Text(f"{report.source}:{line}:{column}: ")
    text.append(category_words(finding.category), style=KIND_STYLES[finding.kind])
    text.append(f" ({kind_words(finding.kind)}): {finding.explanation}")
    if finding.written:
        text.append(f" It was {finding.written}.")
    if options.show_text:
        text.append(f" [{one_line(finding.text)}]", style="bold")
    if options.verbose:
        strength = f", {finding.strength} evidence" if finding.strength else ""
        text.append(f" ({finding.category}, rule {finding.rule}{strength})")
    return text


def _source_lines(report: Report, finding: Finding) -> list[Text]:
    """The finding's line of checked text, with the finding underlined."""
    start = report.text.rfind("\n", 0, finding.start) + 1
    end = report.text.find("\n", finding.start)
    end = len(report.text) if end < 0 else end
    source = report.text[start:end].rstrip("\r").replace("\t", " ")
    width = max(1, min(finding.end, end) - finding.start)
    caret = " " * (finding.start - start) + "^" * width
    return [Text(f"    {source}"), Text(f"    {caret}", style=KIND_STYLES[finding.kind])]


def _file_line(report: Report) -> Text:
    text = Text(f"{report.source}: risk {report.risk:.0f} ({report.band})")
    if report.risk_score.reasons:
        text.append(f": {report.risk_score.reasons[0]}")
    if report.suppressed:
        counts = Counter(s.why for s in report.suppressed)
        parts = ", ".join(
            f"{n} {why}" for why, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        text.append(f"; {len(report.suppressed)} suppressed: {parts}")
    return text


def _professionals(report: Report, options: ReporterOptions) -> str:
    """The professionals a draft names in their role, by name when matched text is shown
    (by line when hidden), so the writer can check each agreed to be named."""
    named = [s.finding for s in report.suppressed if s.why == "professional"]
    if options.show_text:
        return ", ".join(dict.fromkeys(one_line(f.text) for f in named))
    return ", ".join(dict.fromkeys(f"line {location(report, f)[0]}" for f in named))


def _verbose_lines(report: Report, options: ReporterOptions) -> list[Text]:
    """Every further reason, and each suppressed candidate with why it was let through."""
    lines = [Text(f"    reason: {reason}") for reason in report.risk_score.reasons[1:]]
    for item in report.suppressed:
        line, column = location(report, item.finding)
        shown = f" [{one_line(item.finding.text)}]" if options.show_text else ""
        what = category_words(item.finding.category)
        because = item.why + (": " + item.finding.evidence if item.finding.evidence else "")
        lines.append(
            Text(
                f"    {report.source}:{line}:{column}: left alone: {what} ({because}){shown} "
                f"({item.finding.category}, rule {item.finding.rule})"
            )
        )
    return lines


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _summary_line(summary: Summary) -> str:
    chosen = [
        f"{n} {why}" for why, n in (("inline", summary.inline), ("baseline", summary.baseline)) if n
    ]
    return (
        f"{_plural(summary.files, 'file')} checked, {_plural(summary.findings, 'finding')} "
        f"({summary.direct} direct, {summary.quasi} quasi), {summary.suppressed} suppressed"
        f"{' (' + ', '.join(chosen) + ')' if chosen else ''}; "
        f"highest risk {summary.highest_risk:.0f} ({summary.highest_band})"
    )
