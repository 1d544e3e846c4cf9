"""The run the export tests share: three documents of our own, one with characters outside
the Basic Multilingual Plane."""

from __future__ import annotations

import pytest

from tests.claims.test_facts import DOC_A, DOC_B
from tests.conftest import run_on_files

#: a flag outside the Basic Multilingual Plane: Label Studio counts it as two characters
DOC_C = ("Trade notes 🇰🇿 2023\n\nKazakhstan 🇰🇿 exported USD 2.5 billion of grain to China "
         "in 2023, and the Astana office counted 12 contracts.\n")


@pytest.fixture(scope="package")
def export_run(tmp_path_factory):
    """(out_dir) of one run over three documents: a repeated figure against its table,
    the figure again in a second document, and flags outside the BMP in a third."""
    _, out = run_on_files(tmp_path_factory.mktemp("export"),
                          {"a.txt": DOC_A, "b.txt": DOC_B, "c.txt": DOC_C})
    return out


