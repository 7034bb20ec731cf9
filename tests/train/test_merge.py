"""`merge`: the merged model computes what base + adapter computes, saved as a standard model folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from distill.errors import InputError
from train.merge import merge


def test_merge_matches_base_plus_adapter(trained: tuple, tiny_base: Path, tmp_path: Path) -> None:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    adapter, _ = trained
    merged_dir = merge(adapter, tmp_path / "merged")
    assert (merged_dir / "config.json").is_file() and (merged_dir / "model.safetensors").is_file()
    assert not (merged_dir / "adapter_config.json").exists() and (merged_dir / "manifest.json").is_file()

    tokenizer = AutoTokenizer.from_pretrained(merged_dir)  # the tokenizer and chat template came along
    ids = tokenizer("<|im_start|>user\n差旅补贴是多少？<|im_end|>\n", return_tensors="pt")["input_ids"]
    merged = AutoModelForCausalLM.from_pretrained(merged_dir)
    with_adapter = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_base), adapter)
    base = AutoModelForCausalLM.from_pretrained(tiny_base)
    with torch.no_grad():
        expected, got, plain = with_adapter(ids).logits, merged(ids).logits, base(ids).logits
    assert torch.allclose(got, expected, atol=1e-4)
    assert (got - plain).abs().max() > 0.1  # the merge did change the weights


def test_merge_needs_an_adapter_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no adapter_config.json"):
        merge(tmp_path, tmp_path / "merged")


def test_merge_names_a_moved_base(trained: tuple, tmp_path: Path) -> None:
    import json
    import shutil

    adapter = shutil.copytree(trained[0], tmp_path / "adapter")
    config = json.loads((adapter / "adapter_config.json").read_text())
    config["base_model_name_or_path"] = str(tmp_path / "gone")
    (adapter / "adapter_config.json").write_text(json.dumps(config))
    with pytest.raises(InputError, match="no such model folder.*pass --base"):
        merge(adapter, tmp_path / "merged")
