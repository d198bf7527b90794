"""redactcheck.documents.markdown: a Markdown original becomes a same-length checkable text.

Each row gives an original and the canvas expected from it: what a reader of the rendered page
would see stays where it is in the file, everything else becomes spaces, and line breaks stay
put. (Reading files and the other formats are tests/test_documents.py.)
"""

from __future__ import annotations

import pytest

from redactcheck.documents.markdown import markdown_text

CANVASES = [
    # --- prose and emphasis: the markers go, the words stay
    ("# Jane Smith #\n", "  Jane Smith  \n"),  # ATX heading, closing hashes too
    ("Jane\nSmith\n---\n", "Jane\nSmith\n   \n"),  # setext underline
    ("Jane **Smith** and _Tom_ ~~Reid~~\n", "Jane   Smith   and  Tom    Reid  \n"),
    ("Jane  \nSmith\\\nTom\n", "Jane  \nSmith \nTom\n"),  # hard breaks: the backslash goes
    ("Not \\*Jane\\* \\_x\n", "Not  *Jane *  _x\n"),  # an escaped mark is prose, its backslash not
    (
        "Tom &amp; Jane &copy; &#39;x\n",
        "Tom &     Jane ©      '    x\n",
    ),  # entities decoded, padded
    # --- containers: quote markers, list markers and indents go
    ("> Jane Smith\n> > Tom Reid\n", "  Jane Smith\n    Tom Reid\n"),
    ("- Jane\n  - Tom\n    more Tom\n", "  Jane\n    Tom\n    more Tom\n"),
    ("1. Jane\n2. Tom\n", "   Jane\n   Tom\n"),
    (
        "| Name | Name |\n|---|---|\n| Jane | Jane |\n",
        "  Name   Name  \n         \n  Jane   Jane  \n",
    ),
    # --- links and images: their text, address and title are all published
    (
        'See [Jane\'s page](https://example.org/jane "Jane Title") now\n',
        "See  Jane's page  https://example.org/jane  Jane Title   now\n",
    ),
    ("See [Jane](<https://example.org/a b>) now\n", "See  Jane   https://example.org/a b   now\n"),
    (
        "Mail <jane@example.org> or <https://example.org/jane>\n",
        "Mail  jane@example.org  or  https://example.org/jane \n",
    ),
    (
        '![Jane at the beach](jane.png "Beach Title")\n',
        "  Jane at the beach  jane.png  Beach Title  \n",
    ),
    (  # an autolink as written, not as a browser would decode it
        "Photo <https://example.org/J%C3%A9r%C3%B4me> here\n",
        "Photo  https://example.org/J%C3%A9r%C3%B4me  here\n",
    ),
    (  # an image inside a link
        "[![Jane](jane.png)](https://example.org/album)\n",
        "   Jane  jane.png   https://example.org/album \n",
    ),
    (  # a reference link's label is not prose; its definition's address and title are
        'See [Jane][ref]\n\n[ref]: https://example.org/jane "Ref Title"\n',
        'See  Jane      \n\n       https://example.org/jane "Ref Title"\n',
    ),
    (  # a definition inside a quote is still found
        "> [r]: https://example.org/jane\n> See [Jane][r]\n",
        "       https://example.org/jane\n  See  Jane    \n",
    ),
    # --- code: published as it is written, so checked; the fences are not
    ("Use `Jane Smith` and ``Tom ` Reid`` here\n", "Use  Jane Smith  and   Tom ` Reid   here\n"),
    ("```\nJane Smith\n```\n", "   \nJane Smith\n   \n"),
    ("~~~text\nJane Smith\n~~~\n", "       \nJane Smith\n   \n"),  # the info string goes too
    ("    Jane Smith\n", "    Jane Smith\n"),  # indented code
    ("> ```\n> >\n> ```\n", "     \n  >\n     \n"),  # quoted code of a bare prompt, in place
    ("Use `` a ``` b `` here\n", "Use    a ``` b    here\n"),  # only a run of equal length closes
    # --- HTML: visible text and title/alt values; comments are in the page source
    ('Jane <span title="Tom Reid">here</span>\n', "Jane              Tom Reid  here       \n"),
    ("Jane <!-- Tom Reid --> here\n", "Jane      Tom Reid     here\n"),
    ("> Jane <!-- Tom\n> Reid --> here\n", "  Jane      Tom\n  Reid     here\n"),  # over two lines
    (  # an HTML block: its text is its own paragraph; a script is not shown
        "<div>\n<p>Jane Smith</p>\n<script>Tom</script>\n</div>\n",
        "\n\n   \n\n\n Jane Smith\n\n  \n                    \n\n\n    \n",
    ),
    # --- front matter: every string value, no key, no fence, no date
    (
        "---\ntitle: Jane Smith\nauthor: Sam Worker\ndate: 2024-01-01\n---\nBody Tom\n",
        "   \n       Jane Smith\n        Sam Worker\n                \n   \nBody Tom\n",
    ),
    (  # TOML (Hugo)
        '+++\ntitle = "Jane Smith"\nauthors = ["Sam Worker"]\n+++\nBody\n',
        "   \n         Jane Smith \n            Sam Worker  \n   \nBody\n",
    ),
    (  # front matter that does not parse is checked whole rather than miss a name
        "---\ntitle: [unclosed\n---\nBody\n",
        "   \ntitle: [unclosed\n   \nBody\n",
    ),
    ("Jane\r\nSmith\r\n\r\nTom\r\n", "Jane\r\nSmith\r\n\r\nTom\r\n"),  # CRLF kept
    ("", ""),
]


@pytest.mark.parametrize(("original", "canvas"), CANVASES)
def test_what_a_reader_sees_stays_where_it_is(original: str, canvas: str) -> None:
    assert markdown_text(original).text == canvas


@pytest.mark.parametrize(("original", "canvas"), CANVASES)
def test_offsets_map_back_to_the_original(original: str, canvas: str) -> None:
    """Same length, and every original line break is still there; a character shown is the
    original's own, except an entity's decoded character at the entity's first offset."""
    text = markdown_text(original).text
    assert len(text) == len(original)
    assert all(text[i] == c for i, c in enumerate(original) if c in "\r\n")
    for i, char in enumerate(text):
        if not char.isspace():
            assert char == original[i] or original[i] == "&", (i, char)


@pytest.mark.parametrize(
    ("original", "directives"),
    [
        ("<!-- redactcheck: ignore-next-line -->\nJane Smith\n", [(0, "ignore-next-line")]),
        (  # inline, after the text it allows
            'Jane Smith <!-- redactcheck: allow "Jane Smith" -->\n',
            [(11, 'allow "Jane Smith"')],
        ),
        (  # inside a quote: the offset is the comment's own, past the marker
            "> <!-- redactcheck: off -->\n> Jane Smith\n> <!-- redactcheck: on -->\n",
            [(2, "off"), (43, "on")],
        ),
        ("<!-- redactcheck: off -->\nJane\n<!-- redactcheck: on -->\n", [(0, "off"), (31, "on")]),
        (  # a directive over two lines of a quote, inline after text
            '> Jane <!-- redactcheck:\n> allow "Jane" -->\n',
            [(7, 'allow "Jane"')],
        ),
        (  # a directive block over two lines of a quote: the second line's "> " is no part of it
            '> <!-- redactcheck:\n> allow "Jane Smith" -->\n> Jane Smith came.\n',
            [(2, 'allow "Jane Smith"')],
        ),
        ("<!-- an ordinary comment -->\nJane\n", []),
        ("`<!-- redactcheck: off -->` is how you write it\n", []),  # code, not a directive
    ],
)
def test_comment_directives_are_collected_and_blanked(
    original: str, directives: list[tuple[int, str]]
) -> None:
    converted = markdown_text(original)
    assert list(converted.directives) == directives
    assert all(original.startswith("<!--", offset) for offset, _ in directives)
    assert "redactcheck:" not in converted.text or not directives


@pytest.mark.parametrize(
    ("original", "authors"),
    [
        ("---\nauthor: Sam Worker\n---\nBody\n", ("Sam Worker",)),
        ("---\nauthors: [Sam Worker, Jo Pike]\n---\nBody\n", ("Sam Worker", "Jo Pike")),
        ("---\nauthor:\n  name: Sam Worker\n  email: sam@example.org\n---\nB\n", ("Sam Worker",)),
        ("---\ntitle: Sam Worker\n---\nBody\n", ()),  # another key names nobody's byline
        ("Body\n\n---\nauthor: Sam Worker\n---\n", ()),  # not at the top: no front matter
    ],
)
def test_front_matter_authors_are_collected(original: str, authors: tuple[str, ...]) -> None:
    assert markdown_text(original).authors == authors


def test_a_table_cell_is_found_where_it_is_even_when_its_text_repeats() -> None:
    original = "| Jo | Jo Jo |\n|---|---|\n| Jo Jo | Jo |\n"
    text = markdown_text(original).text
    assert text == "  Jo   Jo Jo  \n         \n  Jo Jo   Jo  \n"
