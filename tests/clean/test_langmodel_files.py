"""The character models' data files: read in bulk, and a damaged row names itself."""

from __future__ import annotations

import lzma
import math

import pytest

from pipeline import resources
from pipeline.clean import langmodel
from pipeline.resources import DataFileError


@pytest.fixture
def models(tmp_path):
    """An empty models folder with a ``cyrillic/`` subfolder, used as the models dir."""
    (tmp_path / "cyrillic").mkdir()
    resources.set_models_dir(tmp_path)
    yield tmp_path
    resources.set_models_dir(None)


def _write(folder, name: str, text: str) -> None:
    with lzma.open(folder / "cyrillic" / name, "wb") as handle:
        handle.write(text.encode("utf-8"))


def test_a_character_model_is_read_from_its_rows(models):
    _write(models, "chars_ru.txt.xz", "а\t6\nб\t4\nаб\t3\n^а\t2\n")
    model = langmodel.char_model("ru")
    assert model.counts == {"а": 6, "б": 4, "аб": 3, "^а": 2}
    assert model.logp("а", "б") == pytest.approx(math.log(3 / 6))


@pytest.mark.parametrize("bad", ["аб 3", "аб\tthree", "аб\t3\t4"])
def test_a_damaged_row_names_the_file_and_the_row(models, bad):
    _write(models, "chars_kk.txt.xz", f"а\t6\n{bad}\nб\t4\n")
    with pytest.raises(DataFileError) as err:
        langmodel.char_model("kk")
    assert "chars_kk.txt.xz" in str(err.value) and repr(bad) in str(err.value)
