"""Config: defaults, TOML files, overrides, and errors that name the key."""

from __future__ import annotations

import pytest

from pipeline import Config
from pipeline.errors import ConfigError


def test_config_from_file_and_hash(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('stages = ["clean", "quantities"]\n[clean]\nmin_repeat_chars = 80\n')
    config = Config.from_file(path)
    assert config.stages == ("clean", "quantities")
    assert config.clean.min_repeat_chars == 80
    assert config.hash() != Config().hash()
    assert Config.from_dict(config.to_dict()) == config


@pytest.mark.parametrize(
    "text, key",
    [
        ("[clean]\nmin_repeat_chars = 0\n", "clean.min_repeat_chars"),
        ("[clean]\nmin_repeat_chars = 'ten'\n", "clean.min_repeat_chars"),
        ("[quantities]\nnope = 1\n", "quantities"),
        ("[nosuchstage]\nx = 1\n", None),
    ],
)
def test_config_errors_name_the_key(tmp_path, text, key):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        Config.from_file(path)
    if key:
        assert key in str(info.value)


def test_config_override_unknown_key():
    with pytest.raises(ConfigError, match="tables.nope"):
        Config().with_overrides({"tables.nope": 1})


def test_unknown_stage_fails_at_config_time_listing_known_ones():
    with pytest.raises(ConfigError, match="unknown stage 'nosuch'; available: .*clean"):
        Config().with_overrides({"stages": ["clean", "nosuch"]})


def test_stage_list_whose_requires_are_unmet_is_refused():
    with pytest.raises(ConfigError, match="'claims' needs .*which no earlier stage provides"):
        Config().with_overrides({"stages": ["clean", "quantities", "claims"]})
    with pytest.raises(ConfigError, match="listed twice"):
        Config().with_overrides({"stages": ["clean", "clean"]})


def test_unknown_repair_fails_at_config_time():
    with pytest.raises(ConfigError, match=r"clean.repairs: unknown repair\(s\) \['fix_all'\]"):
        Config().with_overrides({"clean.repairs": ["strip_markup", "fix_all"]})


