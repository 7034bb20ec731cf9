"""distill.toml and the environment into Settings: precedence, key gathering, and mistakes caught.

A typo or a value out of range is one line naming it (and the closest known key), exit 2,
through the real command line as well as the library.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distill.cli import app
from distill.config import DEFAULT_MODELS, KeySpec, load_settings
from distill.errors import EXIT_BAD_INPUT, InputError

README = Path(__file__).resolve().parents[2] / "README.md"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "distill.toml"
    path.write_text(text, encoding="utf-8")
    return path


def mistake(tmp_path: Path, text: str) -> str:
    write(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_settings(cwd=tmp_path, env={})
    assert info.value.exit_code == EXIT_BAD_INPUT
    return str(info.value)


def test_a_full_file_gives_every_field(tmp_path: Path) -> None:
    write(tmp_path, '''
db = "team.db"
[providers.gemini]
model = "gemini-2.5-pro"
keys = [{ key = "AIza-one", project = "team-a", rpm = 10 }, "AIza-two"]
fallback = "zhipu"
timeout = 45.5
max_tokens = 2048
[providers.zhipu]
temperature = 0.3
rpm = 60
''')
    s = load_settings(cwd=tmp_path, env={"GEMINI_API_KEYS": "AIza-two, AIza-three", "ZHIPUAI_BASE_URL": "http://z"})
    g, z = s.providers["gemini"], s.providers["zhipu"]
    assert s.db == "team.db" and s.source == tmp_path / "distill.toml"
    assert g.keys == [KeySpec("AIza-one", "team-a", 10.0), KeySpec("AIza-two"), KeySpec("AIza-three")]
    assert (g.model, g.fallback, g.timeout, g.max_tokens) == ("gemini-2.5-pro", ["zhipu"], 45.5, 2048)
    assert (z.temperature, z.rpm, z.base_url, z.model, z.timeout) == (0.3, 60, "http://z", DEFAULT_MODELS["zhipu"], None)
    assert s.providers["openai"].keys == [] and not s.has_keys("openai")


def test_no_file_is_the_defaults(tmp_path: Path) -> None:
    s = load_settings(cwd=tmp_path, env={})
    assert s.source is None and s.db is None
    assert {n: p.model for n, p in s.providers.items()} == DEFAULT_MODELS


def test_the_readme_example_is_valid(tmp_path: Path) -> None:
    example = re.search(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert example is not None
    write(tmp_path, example.group(1))
    s = load_settings(cwd=tmp_path, env={})
    assert s.providers["gemini"].fallback == ["zhipu", "openai"] and s.providers["gemini"].keys[0].project == "team-a"


@pytest.mark.parametrize("text, message", [
    ('[providers.gemini]\nmodle = "x"\n',
     "unknown key 'modle' in [providers.gemini] (did you mean 'model'?)"),
    ("[providers.gemni]\n", "unknown key 'gemni' in [providers] (did you mean 'gemini'?)"),
    ('dbb = "x.db"\n', "unknown key 'dbb' at the top level (did you mean 'db'?)"),
    ('[providers.openai]\nkeys = [{ key = "k", rmp = 3 }]\n',
     "unknown key 'rmp' in [providers.openai] keys[1] (did you mean 'rpm'?)"),
    ('[providers.zhipu]\ncolour = "blue"\n', "unknown key 'colour' in [providers.zhipu]"),
])
def test_an_unknown_key_names_itself_and_the_closest_known_key(tmp_path: Path, text: str, message: str) -> None:
    assert mistake(tmp_path, text) == f"distill.toml: {message}"


@pytest.mark.parametrize("text, message", [
    ("[providers.gemini]\nrpm = 0\n", "[providers.gemini] rpm must be > 0 (got 0)"),
    ('[providers.gemini]\nkeys = [{ key = "k", rpm = -2 }]\n', "[providers.gemini] keys[1].rpm must be > 0 (got -2)"),
    ("[providers.zhipu]\ntemperature = 2.5\n", "[providers.zhipu] temperature must be ≤ 2 (got 2.5)"),
    ("[providers.zhipu]\ntemperature = -0.1\n", "[providers.zhipu] temperature must be ≥ 0 (got -0.1)"),
    ("[providers.openai]\ntimeout = 0\n", "[providers.openai] timeout must be > 0 (got 0)"),
    ("[providers.openai]\nmax_tokens = 0\n", "[providers.openai] max_tokens must be ≥ 1 (got 0)"),
    ('[providers.openai]\nrpm = "ten"\n', "[providers.openai] rpm: input should be a valid number"),
    ("[providers.gemini]\nkeys = [3]\n", "[providers.gemini] keys[1] must be a string or a table { key, project, rpm }"),
    ('[providers.gemini]\nfallback = ["zhipuu"]\n',
     "[providers.gemini] fallback: unknown provider 'zhipuu' (did you mean 'zhipu'?)"),
])
def test_values_out_of_range_or_of_the_wrong_kind(tmp_path: Path, text: str, message: str) -> None:
    assert mistake(tmp_path, text).startswith(f"distill.toml: {message}")


def test_edge_values_are_accepted(tmp_path: Path) -> None:
    write(tmp_path, "[providers.zhipu]\ntemperature = 0\nmax_tokens = 1\n[providers.openai]\ntemperature = 2\n")
    s = load_settings(cwd=tmp_path, env={})
    assert (s.providers["zhipu"].temperature, s.providers["zhipu"].max_tokens) == (0, 1)
    assert s.providers["openai"].temperature == 2


def test_an_explicit_config_elsewhere_is_named_by_its_path(tmp_path: Path) -> None:
    other = tmp_path / "conf" / "team.toml"
    other.parent.mkdir()
    other.write_text("[providers.gemini]\nmodle = 'x'\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^.*conf/team\.toml: unknown key 'modle'"):
        load_settings(other, cwd=tmp_path / "conf" / "..", env={})
    with pytest.raises(InputError, match="config file not found"):
        load_settings(tmp_path / "missing.toml", cwd=tmp_path, env={})


def test_broken_toml_is_one_line(tmp_path: Path) -> None:
    assert "not valid TOML" in mistake(tmp_path, "[providers.gemini\n")


def test_the_command_line_says_it_in_one_line_and_exits_2(tmp_path: Path) -> None:
    write(tmp_path, '[providers.gemini]\nmodle = "gemini-2.5-pro"\n')
    result = CliRunner().invoke(app, ["keys", "--db", str(tmp_path / "k.db")])
    assert result.exit_code == EXIT_BAD_INPUT
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == ["error: distill.toml: unknown key 'modle' in [providers.gemini] (did you mean 'model'?)"]
