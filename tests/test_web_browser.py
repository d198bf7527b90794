"""The web page in a real browser: Debian's Chromium, driven headless through Playwright.

Each test saves a screenshot as page.png in its temporary folder. Without Chromium (or
Playwright) the tests skip and say so, unless REDACTCHECK_REQUIRE_BROWSER=1 (CI sets
it), which turns that skip into a failure.
"""

from __future__ import annotations

import io
import os
import shutil
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from web_support import REQUIRED, Running, need_web_extra, serving

need_web_extra()


ROOT = Path(__file__).resolve().parent.parent
RISKY = (ROOT / "examples" / "risky-closed-group.txt").read_text(encoding="utf-8")
DIRECT = (
    "Ruby Caldwell",
    "Danielle Caldwell",
    "Caldwell",
    "27 Elmhurst Road",
    "L6 4BX",
    "07700 900123",
)
CHROMIUM = os.environ.get("REDACTCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def _unavailable(why: str) -> None:
    message = f"browser tests need {why}"
    if REQUIRED:
        pytest.fail(
            f"{message} (REDACTCHECK_REQUIRE_BROWSER=1 makes this a failure)", pytrace=False
        )
    pytest.skip(f"{message}; set REDACTCHECK_REQUIRE_BROWSER=1 to fail instead of skipping")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable('Playwright: pip install ".[web-test]"')
    if not Path(CHROMIUM).is_file():
        _unavailable(f"Chromium at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            # rebinding.test resolves to this machine only, as a DNS rebinding attack would make it
            args=["--host-resolver-rules=MAP rebinding.test 127.0.0.1", "--no-sandbox"],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(linter: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    with serving(linter, tmp_path_factory.mktemp("web-start")) as running:
        yield running


def _open(
    chromium: Any, url: str, tmp_path: Path, width: int = 1280, height: int = 900
) -> Iterator[Any]:
    context = chromium.new_context(
        viewport={"width": width, "height": height}, accept_downloads=True
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]")
    try:
        yield page
    finally:
        page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
        context.close()
    csp = [e for e in errors if "Content Security Policy" in e]
    assert not csp, csp  # the page itself never trips its own policy


@pytest.fixture
def page(chromium: Any, server: Running, tmp_path: Path) -> Iterator[Any]:
    yield from _open(chromium, server.url, tmp_path)


def _wait(page: Any, condition: str, arg: Any = None, seconds: float = 60) -> None:
    """Poll a condition with page.evaluate (the page's CSP forbids the eval that
    Playwright's own waiting for a function would need)."""
    deadline = time.monotonic() + seconds
    while not page.evaluate(condition, arg):
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        time.sleep(0.05)


def _status(page: Any, start: str) -> None:
    _wait(page, "(s) => document.getElementById('status').textContent.startsWith(s)", start)


def _checked(page: Any, text: str) -> None:
    page.fill("#draft", text)
    _status(page, "Checked")


def _redacted(page: Any, contains: str) -> str:
    _wait(page, "(s) => document.getElementById('redacted').value.includes(s)", contains)
    return page.input_value("#redacted")


# --- what a person sees -----------------------------------------------------------------------


def test_paste_a_risky_draft_see_highlights_and_band(page: Any) -> None:
    _checked(page, RISKY)
    assert page.text_content("#band") == "HIGH risk"
    assert "full name" in page.text_content("#reasons")
    marks = page.locator("#marked mark")
    assert marks.count() >= 9
    ruby = page.locator("#marked mark.cat-PERSON").first
    assert ruby.inner_text().startswith("Ruby Caldwell")
    assert (
        "name" in ruby.locator(".cat-label").inner_text()
    )  # the category in words, not colour alone
    tip = ruby.locator(".tip")
    assert not tip.is_visible()
    ruby.hover()
    assert tip.is_visible() and "Becomes: Child A" in tip.inner_text()
    colours = {
        page.locator(f"#marked mark.cat-{c}").first.evaluate(
            "m => getComputedStyle(m).backgroundColor"
        )
        for c in ("PERSON", "ADDRESS", "POSTCODE", "AGE")
    }
    assert len(colours) == 4  # coloured by category
    assert "Ruby Caldwell (Child A)" in page.text_content("#groups")


def test_highlights_sit_exactly_on_the_findings_after_an_emoji(page: Any, server: Running) -> None:
    """Offsets count characters; the emoji in the first line is two UTF-16 units in a browser."""
    assert "\U0001f648" in RISKY.splitlines()[0]
    _checked(page, RISKY)
    expected = [f["text"] for f in server.post("/api/check", {"text": RISKY})[1]["findings"]]
    marked = page.evaluate(
        "() => [...document.querySelectorAll('#marked mark')].map(m => m.firstChild.textContent)"
    )
    assert marked == expected
    shown = page.evaluate("""() => {
        const copy = document.getElementById('marked').cloneNode(true);
        copy.querySelectorAll('.cat-label, .tip').forEach(n => n.remove());
        return copy.textContent;
    }""")
    assert shown == RISKY


def test_redact_copy_and_the_copy_has_no_direct_identifier(page: Any, linter: Any) -> None:
    _checked(page, RISKY)
    _redacted(page, "Child A")
    page.click("#copy")
    _status(page, "Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.input_value("#redacted")
    for secret in DIRECT:
        assert secret not in copied
    report = linter.check(copied)
    assert not report.has_direct, [(f.category, f.text) for f in report.findings]
    with page.expect_download() as download:
        page.click("#download-text")
    assert download.value.suggested_filename == "draft.redacted.txt"
    assert Path(download.value.path()).read_text(encoding="utf-8") == copied


def test_redact_in_another_style_and_keep_one(page: Any) -> None:
    _checked(page, RISKY)
    page.select_option("#style", "tag")
    _redacted(page, "[PERSON]")
    age = page.locator("li.finding.cat-AGE")
    age.locator("input[value=keep]").check()
    text = _redacted(page, "She's only 8 ")
    assert "[PERSON]" in text and "Ruby" not in text
    assert "Kept as it is." in age.inner_text()


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_open_a_docx_and_download_a_redacted_docx(page: Any, tmp_path: Path) -> None:
    import docx

    source = tmp_path / "visit notes.docx"
    source.write_bytes(
        _docx(
            [
                "Visit",
                "Saw Ruby Caldwell (8) at 27 Elmhurst Road, Liverpool L6 4BX.",
                "Mum Danielle Caldwell rang from 07700 900123.",
            ]
        )
    )
    page.set_input_files("#file", str(source))
    _status(page, "Checked")
    assert page.input_value("#draft").startswith("Visit\nSaw Ruby Caldwell")
    assert page.text_content("#band") == "HIGH risk"
    button = page.locator("#download-docx")
    button.wait_for(state="visible")
    with page.expect_download() as download:
        button.click()
    assert download.value.suggested_filename == "visit notes.redacted.docx"
    back = docx.Document(download.value.path())
    text = "\n".join(p.text for p in back.paragraphs)
    assert text.startswith("Visit\nSaw Child A")
    for secret in DIRECT:
        assert secret not in text
    page.fill(
        "#draft", page.input_value("#draft") + "\nOne more line."
    )  # edited: no Word copy any more
    _wait(page, "() => document.getElementById('download-docx').hidden")
    assert "only a text download" in page.text_content("#docx-note")


def test_keyboard_only(page: Any) -> None:
    keys = page.keyboard
    keys.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    keys.press("Enter")
    keys.press("Tab") if page.evaluate("document.activeElement.id") != "draft" else None
    assert page.evaluate("document.activeElement.id") == "draft"
    keys.type("Met Jamie Fletcher (14) at 27 Elmhurst Road today.")
    _status(page, "Checked")
    for _ in range(10):  # past the file picker to the first marked detail
        keys.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "MARK":
            break
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.startswith("Jamie Fletcher")
    assert page.locator("#marked mark:focus .tip").is_visible()  # the explanation on focus
    keys.press("Tab")
    assert page.evaluate("document.activeElement.textContent").startswith("14")
    keys.press("Enter")  # to its choices in the side panel
    assert page.evaluate("document.activeElement.value") == "redact"
    assert page.evaluate("document.activeElement.closest('li').id") == page.evaluate(
        "'finding-' + document.querySelector('#marked mark.cat-AGE').dataset.id"
    )
    keys.press("ArrowRight")  # Keep
    _redacted(page, "(14)")
    assert page.evaluate("document.activeElement.value") == "keep"
    keys.press("ArrowRight")  # Always allow: asks first
    dialog = page.locator("#allow-dialog")
    dialog.wait_for(state="visible")
    assert page.evaluate("document.activeElement.id") == "allow-session"
    assert "Saving writes to:" in dialog.inner_text()
    keys.press("Escape")
    assert not dialog.is_visible()
    page.focus("#marked mark.cat-PERSON")
    keys.press("Enter")
    keys.press("ArrowRight")
    keys.press("ArrowRight")
    dialog.wait_for(state="visible")
    keys.press("Enter")  # allow for this session
    _wait(page, "() => !document.querySelector('#marked mark.cat-PERSON')")
    assert "allowed for this session" in page.text_content("#left-alone")
    for _ in range(40):
        keys.press("Tab")
        if page.evaluate("document.activeElement.id") == "copy":
            break
    keys.press("Enter")
    _status(page, "Copied")


def test_always_allow_saved_names_the_file_before_writing(
    chromium: Any, linter: Any, tmp_path: Path
) -> None:
    import yaml

    project = tmp_path / "blog"
    project.mkdir()
    settings = project / ".redactcheck.yaml"
    settings.write_text("fail_on: high\n", encoding="utf-8")
    with serving(linter, project) as running:
        for page in _open(chromium, running.url, tmp_path):
            _checked(page, "Met Jamie Fletcher (14) at home today.")
            page.locator("li.finding.cat-PERSON input[value=allow]").check()
            dialog = page.locator("#allow-dialog")
            dialog.wait_for(state="visible")
            assert f"Saving writes to: {settings}" in dialog.inner_text()
            assert settings.read_text(encoding="utf-8") == "fail_on: high\n"  # not yet
            page.click("#allow-save")
            _wait(page, "() => !document.querySelector('#marked mark.cat-PERSON')")
            assert page.text_content("#status").startswith(f"Saved “Jamie Fletcher” to {settings}.")
            assert "Jamie Fletcher" in page.text_content("#left-alone")
    saved = yaml.safe_load(settings.read_text(encoding="utf-8"))
    assert saved == {"fail_on": "high", "allowlist": ["Jamie Fletcher"]}


def test_a_markdown_draft_is_checked_as_markdown(page: Any, tmp_path: Path) -> None:
    """An inline ignore in an HTML comment counts only when the page knows it is Markdown."""
    draft = "Met Jamie Fletcher.\n\n<!-- redactcheck: ignore-next-line -->\nJamie Fletcher again.\n"
    _checked(page, draft)
    assert page.locator("#marked mark.cat-PERSON").count() == 2
    page.select_option("#format", "markdown")
    _wait(page, "() => document.querySelectorAll('#marked mark.cat-PERSON').length === 1")
    assert "inline" in page.text_content("#left-alone")
    source = tmp_path / "post.md"
    source.write_text("Saw Ruby Caldwell today.\n", encoding="utf-8")
    page.select_option("#format", "text")
    page.set_input_files("#file", str(source))
    _wait(page, "() => document.getElementById('format').value === 'markdown'")
    assert page.input_value("#draft") == "Saw Ruby Caldwell today.\n"


def test_a_draft_over_the_size_limit_is_refused_clearly(
    chromium: Any, linter: Any, tmp_path: Path
) -> None:
    with serving(linter, tmp_path, max_bytes=2_000) as small:
        for page in _open(chromium, small.url, tmp_path):
            page.fill("#draft", "Visited the family today. " * 100)
            error = page.locator("#error")
            error.wait_for(state="visible")
            assert error.inner_text() == (
                "The draft is 2,600 bytes, over the 2,000-byte limit: "
                "split it into parts and check each."
            )
            answer = page.evaluate("""async () => {
                const token = document.querySelector('meta[name=redactcheck-token]').content;
                const body = JSON.stringify({text: 'x'.repeat(5000)});
                const r = await fetch('/api/check', {method: 'POST', body: body,
                    headers: {'Content-Type': 'application/json', 'X-Redactcheck-Token': token}});
                return [r.status, await r.json()];
            }""")
            assert answer[0] == 413 and "over the 2,000-byte limit" in answer[1]["error"]
            page.fill("#draft", "Met Jamie Fletcher today.")
            _status(page, "Checked")
            assert error.is_hidden()


def test_another_site_is_refused(chromium: Any, linter: Any, tmp_path: Path) -> None:
    """A page on another site (http://evil.test, served by the test itself) cannot read the
    page and its token, cannot check, and cannot write to the allowlist; a host name that
    resolves to this machine (DNS rebinding) gets nothing from the server either."""
    victim = tmp_path / "victim"
    victim.mkdir()
    with serving(linter, victim) as target:
        context = chromium.new_context()
        context.route(
            "http://evil.test/**",
            lambda route: route.fulfill(
                status=200,
                content_type="text/html",
                body="<!doctype html><title>another site</title><p>hello</p>",
            ),
        )
        page = context.new_page()
        try:
            page.goto("http://evil.test/")
            result = page.evaluate(
                """async (target) => {
                const out = {};
                for (const [name, path, body] of [["page", "", null],
                        ["check", "api/check", JSON.stringify({text: "Met Jamie Fletcher."})],
                        ["allow", "api/allowlist",
                         JSON.stringify({term: "Jamie", confirm: true})]]) {
                    try {
                        const r = await fetch(target + path, body === null ? {} :
                            {method: "POST", body: body, headers: {"Content-Type": "text/plain"}});
                        out[name] = "read " + r.status;
                    } catch (e) { out[name] = "blocked"; }
                }
                return out;
            }""",
                target.url,
            )
            assert result == {"page": "blocked", "check": "blocked", "allow": "blocked"}
            answer = page.goto(f"http://rebinding.test:{target.port}/")
            assert answer.status == 421
            assert "loopback" in page.text_content("body")
            assert "redactcheck-token" not in page.content()
        finally:
            page.screenshot(path=str(tmp_path / "page.png"))
            context.close()
    assert not (victim / ".redactcheck.yaml").exists()


# --- accessibility ------------------------------------------------------------------------------

CONTRAST = """() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const channel = (v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const lum = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) { return c.slice(0, 3); }
    }
    return [255, 255, 255];
  };
  const out = [];
  const seen = new Set();
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const shown = style.display !== 'none' && style.visibility !== 'hidden'
      && !el.closest('[hidden]');
    if (!own || !shown) { continue; }
    const fg = rgb(style.color).slice(0, 3), bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const key = el.tagName + '.' + el.className;
    if (!seen.has(key)) { seen.add(key); out.push([key, Math.round(ratio * 100) / 100]); }
  }
  return out;
}"""


def _serious(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} x{len(v['nodes'])}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("width", [320, 640, 1280])
def test_accessible_at_phone_width_200_percent_zoom_and_desktop(
    chromium: Any, server: Running, tmp_path: Path, width: int
) -> None:
    """320 px is a phone; 640 px is a 1280-px window at 200% zoom (CSS pixels halve)."""
    for page in _open(chromium, server.url, tmp_path, width=width, height=800):
        assert _serious(page) == []
        _checked(page, RISKY)
        _redacted(page, "Child A")
        page.locator("#marked mark").first.focus()
        assert _serious(page) == []
        assert (
            page.evaluate("document.documentElement.scrollWidth") <= width
        )  # no sideways scrolling
        ratios = page.evaluate(CONTRAST)
        assert len(ratios) > 10
        low = [(key, ratio) for key, ratio in ratios if ratio < 4.5]
        assert not low, low
        page.locator("li.finding.cat-PERSON input[value=allow]").first.check()
        page.locator("#allow-dialog").wait_for(state="visible")
        assert _serious(page) == []
        page.keyboard.press("Escape")
