"""Whatever an author or a feed writes, the page gets no script, handler, style or frame."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.rendering import html_sanitize, markdown_to_safe_html

# Looks only inside tags: "javascript:" left behind as escaped text is harmless.
DANGEROUS = re.compile(
    r"<\s*(script|style|iframe|object|embed|svg|math|form|input|base|meta|link)\b"
    r"|<[^>]*\son[a-z]+\s*="
    r"|<[^>]*\s(href|src|action)\s*=\s*[\"']?\s*(javascript|vbscript|data):"
    r"|<[^>]*\sstyle\s*=",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        '<img src="x" onerror="alert(1)">',
        "<img src=x ONERROR=alert(1)>",
        '<body onload="alert(1)">',
        "<svg onload=alert(1)><circle r=1 /></svg>",
        "<svg><script>alert(1)</script></svg>",
        '<a href="javascript:alert(1)">win a prize</a>',
        '<a href="  JaVaScRiPt:alert(1)">spaced</a>',
        '<a href="jav&#x09;ascript:alert(1)">tab entity</a>',
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)">x</a>',
        '<a href="vbscript:msgbox(1)">vb</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
        '<img src="data:image/svg+xml;base64,PHN2Zy8+">',
        '<p style="background:url(javascript:alert(1))">styled</p>',
        "<style>body{display:none}</style>",
        '<iframe src="https://evil.example"></iframe>',
        '<object data="x.swf"></object><embed src="x.swf">',
        '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
        '<form action="https://evil.example"><input name="card"></form>',
        '<details open ontoggle="alert(1)"><summary>s</summary></details>',
        '<div><p><span onmouseover="alert(1)">nested</span></p></div>',
        "<!--<script>alert(1)</script>-->",
        '<base href="https://evil.example/">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    ],
)
def test_html_attacks_come_out_harmless(attack):
    clean = html_sanitize(attack)

    assert not DANGEROUS.search(clean), clean


@pytest.mark.parametrize(
    "markdown",
    [
        "[click](javascript:alert(1))",
        "![pic](javascript:alert(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "<script>alert(1)</script>\n\nText after.",
        'Inline <img src=x onerror="alert(1)"> in a paragraph.',
        '<div style="position:fixed">\n\n**bold**\n\n</div>',
        "<iframe src=https://evil.example></iframe>",
        "[ok](<javascript:alert(1)>)",
    ],
)
def test_markdown_cannot_smuggle_active_content(markdown):
    html = markdown_to_safe_html(markdown)

    assert not DANGEROUS.search(html), html


def test_text_around_removed_tags_survives():
    html = markdown_to_safe_html("Before <script>steal()</script> after.")

    assert "Before" in html and "after." in html
    assert "steal()" not in html


def test_ordinary_markdown_keeps_its_structure():
    source = (
        "## Fixes that work\n\n"
        "Swap **cotton** socks for *wicking* ones. See [our guide](https://shop.example/guide).\n\n"
        "1. Rest a day\n2. Stretch\n\n"
        "> Listen to your body.\n\n"
        "| Sign | Muscle | Disc |\n|---|---|---|\n| Sharp pain | rarely | often |\n\n"
        "![A runner stretching](https://img.example/stretch.jpg)\n\n"
        "`cadence`\n"
    )

    html = markdown_to_safe_html(source)

    assert "<h2>Fixes that work</h2>" in html
    assert "<strong>cotton</strong>" in html and "<em>wicking</em>" in html
    assert '<a href="https://shop.example/guide" rel="noopener noreferrer">our guide</a>' in html
    assert "<ol>" in html and "<li>Rest a day</li>" in html
    assert "<blockquote>" in html
    assert "<table>" in html and "<th>Disc</th>" in html and "<td>often</td>" in html
    assert '<img src="https://img.example/stretch.jpg" alt="A runner stretching">' in html
    assert "<code>cadence</code>" in html


def test_mailto_and_relative_links_stay():
    html = markdown_to_safe_html("[mail](mailto:coach@shop.example) and [socks](/products/)")

    assert 'href="mailto:coach@shop.example"' in html
    assert 'href="/products/"' in html


def test_ids_cannot_hijack_the_page_anchors():
    html = html_sanitize('<h2 id="main">Heading</h2><a name="main">x</a>')

    assert 'id="main"' not in html and 'name="main"' not in html
    assert "Heading" in html


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<",
                ">",
                "/",
                "script",
                "img",
                "svg",
                " onerror=",
                " onload=",
                "javascript:",
                "style=",
                "=",
                '"',
                "'",
                "&#x09;",
                "iframe",
                "a href=",
                "!--",
                "alert(1)",
                " ",
                "\n",
                "[x](",
                ")",
            ]
        ),
        max_size=40,
    )
)
def test_no_combination_of_fragments_yields_active_content(parts):
    html = markdown_to_safe_html("".join(parts))

    # Whatever text survives is escaped; nothing survives as a live tag or attribute.
    assert not re.search(r"<\s*(script|svg|iframe)\b", html, re.IGNORECASE)
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", html, re.IGNORECASE)
    assert not re.search(r"<[^>]*(href|src)\s*=\s*\"?\s*javascript:", html, re.IGNORECASE)
    assert not re.search(r"<[^>]*\sstyle\s*=", html, re.IGNORECASE)
