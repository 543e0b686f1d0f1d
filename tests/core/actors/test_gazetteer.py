"""The facts the lanes are named by: data files in resources/actors, read once."""

import csv

import pytest

from viewer.bundled import resource_path
from viewer.core.actors import gazetteer as gazetteer_module
from viewer.core.actors.gazetteer import gazetteer, normal

FILES = {"countries.tsv": 5, "alliances.tsv": 5, "titles.tsv": 2, "units.tsv": 2}


@pytest.mark.parametrize(("name", "columns"), FILES.items())
def test_every_row_is_whole(name, columns):
    with resource_path(f"actors/{name}").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and all(len(row) == columns for row in rows), name
    firsts = [row[0] for row in rows[1:]]
    assert all(firsts) and len(firsts) == len(set(firsts)), name


def test_the_folder_says_where_the_facts_come_from():
    readme = resource_path("actors/README.md").read_text(encoding="utf-8")
    assert "Sources" in readme and all(name in readme for name in FILES)


@pytest.mark.parametrize(
    ("form", "actor"),
    [
        ("Germans", "Germany"), ("Third Reich", "Germany"), ("German", "Germany"),
        ("U.S.", "United States"), ("Americans", "United States"),
        ("Soviets", "Soviet Union"), ("USSR", "Soviet Union"),
        ("British", "United Kingdom"), ("Britain", "United Kingdom"),
        ("Prussians", "Prussia"), ("Ottomans", "Ottoman Empire"), ("Confederate", "Confederacy"),
        ("Confederate States of America", "Confederacy"), ("Union", "Union"), ("Byzantines", "Byzantine Empire"),
        ("Carthaginians", "Carthage"), ("Athenians", "Athens"), ("Lacedaemonians", "Sparta"),
        ("Persians", "Persia"), ("Achaemenid Empire", "Persia"), ("Romans", "Rome"),
        ("Allied", "Allies"), ("Entente Powers", "Allies"), ("Axis Powers", "Axis"),
        ("Central Powers", "Central Powers"),
        ("North Atlantic Treaty Organization", "NATO"), ("Warsaw Pact", "Warsaw Pact"), ("Coalition", "Coalition"),
        ("Wehrmacht", "Germany"), ("Royal Navy", "United Kingdom"),
        ("North Vietnamese", "North Vietnam"), ("Korean", "Korea"), ("Hellenes", "Greece"),
    ],
)
def test_countries_peoples_and_alliances(form, actor):
    assert gazetteer().entities[normal(form.split())].name == actor


def test_forces_are_no_names_to_show():
    germany = gazetteer().entities["germany"]
    assert "Wehrmacht" not in germany.names and germany.names[0] == "Germany"


@pytest.mark.parametrize("title", ["Prime Minister", "Maj. Gen.", "Major-General", "Lt. Gen.", "King",
                                   "Field Marshal", "Secretary of State", "Admiral", "Sultan", "Consul"])
def test_titles(title):
    assert normal(title.split()) in gazetteer().titles


def test_the_words_for_forces_and_bodies():
    assert {"army", "air force", "troops", "division", "government"} <= gazetteer().units


def test_read_once_from_the_resources(tmp_path, monkeypatch):
    folder = tmp_path / "actors"
    folder.mkdir()
    (folder / "countries.tsv").write_text(
        "name\tother_names\tadjectives\tpeoples\tforces\nRuritania\tKingdom of Ruritania\tRuritanian\tRuritanians\t\n",
        encoding="utf-8")
    (folder / "alliances.tsv").write_text("name\tother_names\tadjectives\tpeoples\tforces\n", encoding="utf-8")
    (folder / "titles.tsv").write_text("title\tother_forms\nMargrave\t\n", encoding="utf-8")
    (folder / "units.tsv").write_text("word\tkind\nhost\tforce\n", encoding="utf-8")
    asked = []

    def in_tmp(name):
        asked.append(name)
        return tmp_path / name

    monkeypatch.setattr(gazetteer_module, "resource_path", in_tmp)
    gazetteer.cache_clear()
    try:
        facts = gazetteer()
        assert facts.entities["ruritanians"].name == "Ruritania" and "margrave" in facts.titles
        assert gazetteer() is facts  # kept, not read again
        assert asked == ["actors/countries.tsv", "actors/alliances.tsv", "actors/titles.tsv", "actors/units.tsv"]
    finally:
        gazetteer.cache_clear()
