"""Unit tests of the helpers package, run as plain Python (no kernel)."""

import contextlib
import io
import warnings

import pytest

import helpers
from helpers import (
    CheckFailed,
    check,
    check_equal,
    create_tables,
    expect_queries,
    expect_raises,
    route,
    rows_returned,
    server_log,
    setup,
    show_queries,
    show_response,
    show_sql,
    sql_of,
    statements,
)

setup()

from django.contrib.auth.models import User  # noqa: E402 (needs setup())
from django.db import connection, models, transaction  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402


def _define_note(extra_field=False):
    """Define the Note model as a notebook cell would, optionally with one more field."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # re-registration, as when a cell is re-run

        class Note(models.Model):
            text = models.CharField(max_length=20)
            if extra_field:
                stars = models.IntegerField(default=0)

            class Meta:
                app_label = "notebook"

    return Note


def test_all_is_sorted_and_complete():
    assert helpers.__all__ == sorted(helpers.__all__)
    assert all(hasattr(helpers, name) for name in helpers.__all__)


def test_setup_again_with_same_options_is_a_no_op():
    setup()
    assert connection.vendor == "sqlite"


def test_setup_with_other_options_explains_itself():
    with pytest.raises(RuntimeError, match=r"already configured in this kernel by setup\(\); it cannot switch to setup\(apps=\('polls',\)\)\. Restart"):
        setup(apps=["polls"])


def test_setup_rejects_lowercase_options():
    with pytest.raises(TypeError, match=r"UPPERCASE, not \['cache'\]"):
        setup(cache="x")


def test_database_is_shared_cache_memory():
    name = connection.settings_dict["NAME"]
    assert name.startswith("file:") and "mode=memory" in name and "cache=shared" in name


def test_contrib_tables_exist_after_setup():
    assert "auth_user" in connection.introspection.table_names()


def test_create_tables_is_rerunnable_after_editing_the_model():
    note = _define_note()
    create_tables(note)
    note.objects.create(text="a")
    note = _define_note(extra_field=True)
    create_tables(note)
    assert note.objects.count() == 0
    note.objects.create(text="b", stars=3)
    assert note.objects.get().stars == 3
    assert note._meta.db_table == "notebook_note"


def test_create_tables_needs_a_model():
    with pytest.raises(TypeError, match="at least one model"):
        create_tables()


def test_route_serves_views_and_can_be_replaced():
    route(path("hello/", lambda request: HttpResponse("hi")))
    assert Client().get("/hello/").content == b"hi"
    route(path("hello/", lambda request: HttpResponse("hello again")))
    assert Client().get("/hello/").content == b"hello again"
    assert Client().get("/missing/").status_code == 404


def test_sql_of_quotes_parameters_unlike_str_query():
    qs = User.objects.filter(username="ann").values("id")
    assert "= ann" in str(qs.query)
    assert "= 'ann'" in sql_of(qs)
    with connection.cursor() as cursor:  # the quoted SQL is valid
        cursor.execute(sql_of(qs))


def test_show_sql_prints_formatted_sql():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        show_sql(User.objects.filter(is_active=True).values("id"))
    assert out.getvalue().startswith("SELECT") and "\nWHERE" in out.getvalue()


def test_show_queries_counts_and_lists():
    out = io.StringIO()
    with contextlib.redirect_stdout(out), show_queries() as captured:
        list(User.objects.all())
        User.objects.count()
    assert len(captured) == 2
    assert out.getvalue().startswith("2 queries:\n  1. SELECT")


def test_rows_returned_counts_the_rows_of_each_captured_query():
    User.objects.bulk_create([User(username=f"rows-{i}", is_active=i < 2) for i in range(5)])
    try:
        with expect_queries(2) as captured:
            in_python = [u for u in User.objects.filter(username__startswith="rows-") if u.is_active]
            in_database = list(User.objects.filter(username__startswith="rows-", is_active=True))
        assert len(in_python) == len(in_database) == 2
        assert rows_returned(captured) == [5, 2]  # the query count is the same; the rows say where it filtered
        with show_queries() as captured, contextlib.redirect_stdout(io.StringIO()):
            User.objects.filter(username="rows-0").update(is_active=False)
        with pytest.raises(ValueError, match="SELECTs only"):
            rows_returned(captured)
    finally:
        User.objects.filter(username__startswith="rows-").delete()


def test_expect_queries_passes_on_the_right_count():
    with expect_queries(1):
        list(User.objects.all())


def test_expect_queries_says_what_ran():
    with pytest.raises(CheckFailed) as info:
        with expect_queries(1, "use select_related"):
            list(User.objects.all())
            list(User.objects.all())
    message = str(info.value)
    assert message.startswith("expected 1 query, got 2: use select_related")
    assert "Queries run:\n  1. SELECT" in message


def test_check_failed_renders_without_a_traceback():
    with pytest.raises(CheckFailed) as info:
        check_equal(2, 1, "the count")
    assert str(info.value) == "the count: expected 1, got 2"
    assert info.value._render_traceback_() == ["\N{HEAVY BALLOT X} Check failed: the count: expected 1, got 2"]
    assert isinstance(info.value, AssertionError)


def test_check():
    check(True, "unused")
    with pytest.raises(CheckFailed, match="^must be true$"):
        check(False, "must be true")


def test_expect_raises():
    with expect_raises(KeyError) as raised:
        {}["x"]
    assert isinstance(raised.value, KeyError)
    with pytest.raises(CheckFailed, match="expected KeyError, but nothing was raised: why"):
        with expect_raises(KeyError, "why"):
            pass
    with pytest.raises(CheckFailed, match="expected KeyError, got ValueError: bad"):
        with expect_raises(KeyError):
            raise ValueError("bad")


def test_checks_write_nothing_to_stderr(capsys):
    with pytest.raises(CheckFailed):
        with expect_queries(0):
            list(User.objects.all())
    helpers.passed("Exercise 0.1")
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == "\N{HEAVY CHECK MARK} Exercise 0.1: visible checks pass (more tests run when your work is graded).\n"


def test_show_response_prints_what_goes_out():
    def view(request):
        response = HttpResponse("<p>hi</p>", headers={"X-Custom": "1"})
        response.set_cookie("theme", "dark", max_age=60, httponly=True, samesite="Lax")
        return response

    route(path("shown/", view))
    response = Client().get("/shown/")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        show_response(response)
    lines = out.getvalue().splitlines()
    assert lines[0] == "200 OK" and "X-Custom: 1" in lines and "X-Frame-Options: DENY" not in lines
    assert "Set-Cookie: theme=...; Max-Age=60; Path=/; SameSite=Lax; HttpOnly" in lines
    assert lines[-1] == "<p>hi</p>"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        show_response(response, "X-Frame-Options", body=False)
    assert out.getvalue().splitlines() == ["200 OK", "X-Frame-Options: DENY"]


def test_server_log_keeps_what_django_would_print():
    import logging

    from django.core.wsgi import get_wsgi_application

    get_wsgi_application()  # configures logging again, as every django.setup() does
    server_log.clear()
    route(path("somewhere/", lambda request: HttpResponse()))  # with no pattern at all, Django answers 200
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert Client().get("/nowhere/").status_code == 404
    assert server_log.lines == ["WARNING django.request: Not Found: /nowhere/"]
    assert err.getvalue() == "" and logging.getLogger("django.request").propagate is False


def test_statements_leave_out_transaction_control():
    User.objects.create(username="statements-1")
    try:
        with show_queries() as captured, contextlib.redirect_stdout(io.StringIO()):
            with transaction.atomic():
                User.objects.filter(username="statements-1").update(first_name="S")
        assert len(captured) == 3  # BEGIN, UPDATE, COMMIT
        assert [sql.split()[0] for sql in statements(captured)] == ["UPDATE"]
    finally:
        User.objects.filter(username="statements-1").delete()
