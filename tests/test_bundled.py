import pytest

from viewer import bundled
from viewer.bundled import resource_path, sample_path, seed_paths


def test_sample_is_a_readable_document():
    path = sample_path()
    assert path.name == "western_iraq_campaign_2017.txt"
    assert path.is_file()
    assert "2017" in path.read_text(encoding="utf-8")


def test_sample_is_among_the_seeds():
    seeds = seed_paths()
    assert sample_path() in seeds
    assert seeds == sorted(seeds)
    assert all(p.is_file() and not p.name.startswith(".") for p in seeds)


def test_sample_fixture_matches_file(sample_text, sample_file):
    assert sample_text == sample_file.read_text(encoding="utf-8-sig")


def test_missing_resource_names_the_folder():
    with pytest.raises(FileNotFoundError, match="no-such-icon.svg"):
        resource_path("no-such-icon.svg")


def test_existing_resource_is_found(tmp_path, monkeypatch):
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "icon.svg").write_text("<svg/>")
    monkeypatch.setattr(bundled, "_folder", lambda kind: tmp_path / kind)
    assert resource_path("icon.svg") == tmp_path / "resources" / "icon.svg"


def test_installed_copy_wins_over_checkout(tmp_path):
    package, checkout = tmp_path / "site" / "viewer", tmp_path / "repo"
    (package / "_bundled" / "seeds").mkdir(parents=True)
    (checkout / "seeds").mkdir(parents=True)
    assert bundled._locate("seeds", package, checkout) == package / "_bundled" / "seeds"


def test_checkout_is_the_fallback(tmp_path):
    package, checkout = tmp_path / "viewer", tmp_path
    (checkout / "seeds").mkdir()
    package.mkdir()
    assert bundled._locate("seeds", package, checkout) == checkout / "seeds"


def test_neither_place_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="seeds"):
        bundled._locate("seeds", tmp_path / "viewer", tmp_path / "repo")
