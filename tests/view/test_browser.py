"""The release view in a real browser: headless Chromium loads the pages ``govextract show`` writes.

For the seed and for traditional-script releases, the DOM Chromium dumps
after loading (and running the page's script) holds, for every quantity of
the record in order, one highlighted element whose text is its surface; a
release full of hostile markup adds no element and runs nothing; a
screenshot is taken. Without /usr/bin/chromium these tests skip, unless
GOVEXTRACT_REQUIRE_BROWSER=1 (set by .ci/run) makes that a failure.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from page_dom import body_text, elements, quantity_elements
from test_render import HOSTILE, assert_every_quantity_is_one_element, hostile_text

import govextract
from conftest import FIXTURES, RELEASES, SEED
from govextract.cli import main

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
PAGES = [
    SEED,
    FIXTURES / "105_macau_traditional.txt",
    RELEASES / "hong_kong_macau_taiwan" / "hong_kong_budget_statement.txt",
    RELEASES / "hong_kong_macau_taiwan" / "taiwan_economic_growth.txt",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"no Chromium at {CHROMIUM}: apt-get install chromium fonts-noto-cjk (as .ci/run does) to run the browser tests"
        if os.environ.get("GOVEXTRACT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"GOVEXTRACT_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    return CHROMIUM


def run_chromium(browser: Path, profile: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    profile.mkdir(exist_ok=True)
    command = [str(browser), *FLAGS, f"--user-data-dir={profile}", *arguments]
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def dump_dom(browser: Path, tmp_path: Path, page: Path) -> str:
    return run_chromium(browser, tmp_path / "profile", "--dump-dom", page.resolve().as_uri()).stdout


def show(source: Path, page: Path) -> None:
    assert main(["show", str(source), "-o", str(page)]) == 0


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_every_quantity_is_highlighted_in_order_in_the_browser(browser, tmp_path, path):
    page = tmp_path / "page.html"
    show(path, page)
    text = govextract.load_text(path)
    document = govextract.extract(text)
    assert document.quantities
    dom = dump_dom(browser, tmp_path, page)
    assert 'id="qtable"' in dom  # the page loaded, whole
    assert_every_quantity_is_one_element(text, document, dom)


def test_hostile_release_shows_its_markup_as_text_and_runs_nothing(browser, tmp_path):
    source = tmp_path / "hostile.txt"
    text = hostile_text()
    source.write_text(text, encoding="utf-8")
    page = tmp_path / "hostile.html"
    show(source, page)
    dom = dump_dom(browser, tmp_path, page)
    found = elements(dom)
    assert not [e for e in found if e.tag == "img"]
    assert [e.tag for e in found].count("script") == 1
    assert not [e for e in found if "data-pwned" in e.attrs]  # neither payload ran
    assert not [e for e in found if any(name.startswith("on") for name in e.attrs)]
    shown = body_text(dom)
    for payload in HOSTILE:
        assert payload in shown
    assert len(quantity_elements(dom)) == len(govextract.extract(text).quantities)


def test_screenshot_of_the_seed_view(browser, tmp_path):
    page = tmp_path / "seed.html"
    show(SEED, page)
    shot = tmp_path / "seed.png"
    run_chromium(browser, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1400,1000", page.resolve().as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000


# ---------------------------------------------------------------- keyboard and mouse, over the DevTools protocol


@pytest.fixture
def seed_page(browser, tmp_path):
    from devtools import Browser

    page = tmp_path / "seed.html"
    show(SEED, page)
    with Browser(browser, FLAGS, tmp_path / "profile") as session:
        session.open(page.resolve().as_uri())
        yield session


ACTIVE = "document.activeElement.id || document.activeElement.tagName + ':' + document.activeElement.textContent"
CARD = "getComputedStyle(document.activeElement, '::after').content"


def test_tab_moves_from_quantity_to_quantity_and_focus_shows_its_record(seed_page):
    seed_page.evaluate("document.getElementById('q0').focus()")
    assert seed_page.evaluate(ACTIVE) == "q0"
    assert "kind: rank" in seed_page.evaluate(CARD) and "subject: 山东省数字政府发展指数" in seed_page.evaluate(CARD)
    seed_page.press("Tab")
    assert seed_page.evaluate(ACTIVE) == "q1"
    seed_page.press("Tab", shift=True)
    assert seed_page.evaluate(ACTIVE) == "q0"


def test_enter_goes_from_a_quantity_to_its_row_and_the_row_back_to_it(seed_page):
    seed_page.evaluate("document.getElementById('q4').focus()")
    seed_page.press("Enter")
    assert seed_page.evaluate(ACTIVE) == "A:突破1亿"
    assert seed_page.evaluate("document.activeElement.closest('tr').id") == "row-q4"
    seed_page.press("Enter")  # the link jumps to the mention and focuses it
    assert seed_page.evaluate(ACTIVE) == "q4"
    assert seed_page.evaluate("document.getElementById('q4').classList.contains('jumped')")


ROW_IDS = "[...document.querySelectorAll('#qtable tbody tr')].map(r => r.id)"
VALUES = "[...document.querySelectorAll('#qtable tbody tr')].map(r => Number(r.cells[2].dataset.key))"


def test_header_buttons_sort_the_table_by_keyboard(seed_page):
    in_text_order = seed_page.evaluate(VALUES)
    assert in_text_order != sorted(in_text_order)
    seed_page.evaluate("document.querySelector('#qtable th button[data-col=\"2\"]').focus()")
    seed_page.press("Enter")
    assert seed_page.evaluate(VALUES) == sorted(in_text_order)
    assert seed_page.evaluate("document.querySelector('#qtable th:nth-child(3)').getAttribute('aria-sort')") == "ascending"
    seed_page.press(" ")  # a button answers Space as well: the other way
    assert seed_page.evaluate(VALUES) == sorted(in_text_order, reverse=True)
    seed_page.press("Tab", shift=True)  # the mention column's button: by place in the text
    seed_page.press("Enter")
    assert seed_page.evaluate(ROW_IDS) == [f"row-q{i}" for i in range(len(in_text_order))]
    seed_page.evaluate("document.querySelector('#qtable th button[data-col=\"6\"]').click()")  # text: by subject
    subjects = seed_page.evaluate("[...document.querySelectorAll('#qtable tbody tr')].map(r => r.cells[6].dataset.key)")
    for subject in set(subjects):  # equal subjects end up together
        at = [i for i, s in enumerate(subjects) if s == subject]
        assert at == list(range(at[0], at[0] + len(at))), subjects


def test_hovering_a_quantity_shows_its_record(seed_page):
    seed_page.hover("#q2")
    assert seed_page.evaluate("document.getElementById('q2').matches(':hover')")
    card = seed_page.evaluate("getComputedStyle(document.getElementById('q2'), '::after').content")
    assert "value: 90 %" in card and "approx: at_least (以上)" in card
