import pytest
from django.core.management import CommandError, call_command

from recommender.followups.models import ConsentRecord, Subscriber
from tests.followups.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def _csv(tmp_path, text: str):
    path = tmp_path / "subscribers.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_creates_confirmed_subscribers_with_consent(tmp_path, capsys):
    path = _csv(
        tmp_path,
        "email,first_name,timezone\nAna@Example.com,Ana,Europe/Madrid\nkim@example.com,,\n",
    )
    call_command("import_subscribers", str(path), "--confirmed")

    ana = Subscriber.objects.get(email="ana@example.com")
    assert (ana.status, ana.timezone, ana.first_name) == ("confirmed", "Europe/Madrid", "Ana")
    assert Subscriber.objects.get(email="kim@example.com").timezone == "UTC"
    assert ConsentRecord.objects.filter(action="confirmed").count() == 2
    assert "Imported 2 new" in capsys.readouterr().out


def test_import_without_confirmed_leaves_them_pending(tmp_path):
    call_command("import_subscribers", str(_csv(tmp_path, "email\nlee@example.com\n")))
    assert Subscriber.objects.get().status == "pending"


def test_import_never_resubscribes_someone_who_left(tmp_path):
    SubscriberFactory(email="gone@example.com", status="unsubscribed")
    call_command(
        "import_subscribers", str(_csv(tmp_path, "email\ngone@example.com\n")), "--confirmed"
    )
    assert Subscriber.objects.get().status == "unsubscribed"


def test_bad_rows_are_all_reported_and_nothing_is_imported(tmp_path, capsys):
    path = _csv(
        tmp_path,
        "email,first_name,timezone\n"
        "good@example.com,Good,UTC\n"
        "not-an-email,Bad,UTC\n"
        "tz@example.com,Tz,Moon/Base\n"
        "good@example.com,Again,UTC\n",
    )
    with pytest.raises(CommandError, match="3 bad row"):
        call_command("import_subscribers", str(path))
    errors = capsys.readouterr().err
    assert "line 3: email" in errors
    assert "line 4: timezone" in errors
    assert "line 5: email: good@example.com already on line 2" in errors
    assert Subscriber.objects.count() == 0


def test_missing_email_column_or_file_is_a_clear_error(tmp_path, capsys):
    with pytest.raises(CommandError):
        call_command("import_subscribers", str(_csv(tmp_path, "name\nAna\n")))
    assert "missing column(s): email" in capsys.readouterr().err
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_subscribers", str(tmp_path / "nope.csv"))


def test_import_exits_non_zero_from_the_shell(tmp_path, settings):
    import subprocess
    import sys

    path = _csv(tmp_path, "email\nbroken@\n")
    result = subprocess.run(
        [sys.executable, "manage.py", "import_subscribers", str(path)],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode != 0
    assert "line 2" in result.stderr
