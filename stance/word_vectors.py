"""Dense features from static word vectors: what a statement means, not only which words it uses.

The TF-IDF features know a word only if the labelled corpus used it; a statement that "lambasted" or
"castigated" an action, where the corpus says "condemned", gets nothing from them. :class:`WordVectorMean`
adds the IDF-weighted mean of the statement's word vectors, from a table distilled from the all-MiniLM-L6-v2
sentence encoder (``data/word-vectors.npz``, built by ``data/build_word_vectors.py``; ~30,000 words), so
near-synonyms land near each other. When the speaker's role is known (see :func:`stance.model.as_frame`) the
mean is also given a second and a third time, once for the acting party's own words and once for anyone
else's, as the word features are: the same words mean something else in the acting party's mouth.

The table is read when the transformer is fitted and kept in the fitted model, so a saved model needs no
other file. Words in a negation scope ("not_condemning", see :func:`stance.text.tokenize`) are left out of
the mean: the word features carry them.
"""

from __future__ import annotations

import os
import weakref
import zipfile
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from stance.errors import DataError
from stance.text import tokenize_batch

CONTEXT_COLUMNS = ("speaker_is_actor", "speaker_is_other")


def default_vectors_path() -> Path:
    from stance._paths import resource

    return resource("data/word-vectors.npz")


def read_word_vectors(path: str | os.PathLike | None = None) -> tuple[list[str], np.ndarray]:
    """The words of a word-vector table and their vectors (one row per word)."""
    path = Path(path) if path is not None else default_vectors_path()
    try:
        with np.load(path, allow_pickle=False) as table:
            words, vectors = [str(word) for word in table["words"]], table["vectors"]
    except (OSError, EOFError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DataError(f"cannot read word vectors from {path}: {exc}") from None
    if vectors.ndim != 2 or len(words) != len(vectors):
        raise DataError(f"word-vector table {path} has {len(words)} words but {len(vectors)} vectors")
    return words, vectors


class WordVectorMean(TransformerMixin, BaseEstimator):
    """IDF-weighted mean word vector of each statement at unit length, less the training statements'
    average, with role-marked copies.

    Args:
        vectors_path: the word-vector table (``.npz`` with ``words`` and ``vectors``); ``None`` is the
            bundled one.
        scale: multiplies every output column, which sets how much the regularised classifier after it
            listens to these columns against the sparse ones.

    Input is a list of statements, or a frame with a ``text`` column, the context columns
    ``speaker_is_actor`` and ``speaker_is_other`` and optionally ``text_with_roles``; with the context
    columns, the output is three blocks (a CSR matrix): the mean, the mean where the speaker is the acting party (zeros elsewhere), and
    the mean where it is someone else.

    Attributes:
        vocabulary_: word -> row of ``vectors_``.
        vectors_: the table's vectors, float16 as the table stores them (half the model file).
        idf_: inverse document frequency of each word in the training statements (smoothed, as
            scikit-learn's TF-IDF computes it).
        center_: the training statements' average unit-length mean, subtracted from every mean.
    """

    def __init__(self, vectors_path: str | None = None, scale: float = 1.0) -> None:
        self.vectors_path = vectors_path
        self.scale = scale

    def fit(self, X: Any, y: Any = None) -> "WordVectorMean":
        words, vectors = read_word_vectors(self.vectors_path)
        self.vocabulary_ = {word: row for row, word in enumerate(words)}
        self.vectors_ = vectors.astype(np.float16)
        texts = _texts(X)
        rows, columns = self._occurrences(texts)
        present = np.unique(rows * len(words) + columns) % len(words)  # each word once per statement
        document_frequency = np.bincount(present, minlength=len(words))
        self.idf_ = (np.log((1 + len(texts)) / (1 + document_frequency)) + 1).astype(np.float32)
        # The statements' means share a large common part (their average has half their length); centred,
        # the solver needs fewer iterations (87 against 108 on 3,040 statements).
        self.center_ = self._unit_means(texts).mean(axis=0)
        self.n_features_out_ = vectors.shape[1] * (1 + len(CONTEXT_COLUMNS) if _has_context(X) else 1)
        return self

    def _occurrences(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(statement, word row) of every table word in *texts*, repeats kept."""
        per_text = tokenize_batch(texts)
        lengths = np.fromiter(map(len, per_text), dtype=np.int64, count=len(per_text))
        columns = np.fromiter(map(self.vocabulary_.get, chain.from_iterable(per_text), repeat(-1)),
                              dtype=np.int64, count=int(lengths.sum()))
        rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        known = columns >= 0
        return rows[known], columns[known]

    def transform(self, X: Any) -> Any:
        """The mean vectors: a dense array for a list of statements; for a frame with the context columns,
        a CSR matrix whose role-marked blocks hold only the rows with that role (the classifier's cost
        grows with the stored values)."""
        import scipy.sparse as sp

        check_is_fitted(self, "idf_")
        texts = _texts(X)
        means = self._means(texts)
        if not _has_context(X):
            return means
        size = means.shape[1]
        copy = np.zeros(len(texts), dtype=np.int64)  # 0: no copy, 1: the acting party's words, 2: another's
        for block, name in enumerate(CONTEXT_COLUMNS, start=1):
            copy[(copy == 0) & (X[name].to_numpy(dtype=np.float32) > 0)] = block
        per_row = np.where(copy > 0, 2 * size, size)
        indptr = np.concatenate([[0], np.cumsum(per_row)])
        data = np.empty(int(indptr[-1]), dtype=np.float32)
        indices = np.empty(int(indptr[-1]), dtype=np.int32)
        base = np.arange(size, dtype=np.int32)
        starts = indptr[:-1]
        plain = (starts[:, None] + base).ravel()
        data[plain], indices[plain] = means.ravel(), np.tile(base, len(texts))
        marked = np.flatnonzero(copy)
        if len(marked):
            second = (starts[marked, None] + size + base).ravel()
            data[second] = means[marked].ravel()
            indices[second] = (copy[marked, None] * size + base).ravel()
        return sp.csr_matrix((data, indices, indptr), shape=(len(texts), size * (1 + len(CONTEXT_COLUMNS))))

    def _means(self, texts: list[str]) -> np.ndarray:
        """Each text's IDF-weighted mean vector at unit length, less ``center_``, times ``scale``."""
        return (self._unit_means(texts) - self.center_) * np.float32(self.scale)

    def _unit_means(self, texts: list[str]) -> np.ndarray:
        import scipy.sparse as sp

        rows, columns = self._occurrences(texts)
        weights = sp.csr_matrix((self.idf_[columns], (rows, columns)),
                                shape=(len(texts), len(self.vectors_)), dtype=np.float32)
        # A weighted sum, then unit length: dividing by the weights' total first would change nothing.
        means = np.asarray(weights @ self._vectors32(), dtype=np.float32)
        means /= np.linalg.norm(means, axis=1, keepdims=True) + 1e-9
        return means

    def _vectors32(self) -> np.ndarray:
        cached = _FLOAT32.get(self)
        if cached is None or cached[0] is not self.vectors_:
            cached = _FLOAT32[self] = (self.vectors_, self.vectors_.astype(np.float32))
        return cached[1]

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "idf_")
        size = self.vectors_.shape[1]
        copies = ("mean", "own_mean", "other_mean")[: self.n_features_out_ // size]
        return np.asarray([f"{copy}_{i}" for copy in copies for i in range(size)], dtype=object)


# Transformer -> (its float16 table, the same as float32), made once per loaded model, not pickled.
_FLOAT32: "weakref.WeakKeyDictionary[WordVectorMean, tuple[np.ndarray, np.ndarray]]" = weakref.WeakKeyDictionary()


def _has_context(X: Any) -> bool:
    return hasattr(X, "columns") and set(CONTEXT_COLUMNS) <= set(X.columns)


def _texts(X: Any) -> list[str]:
    """The text each statement is read as: the one the word features read (with actor names as role
    words where the speaker's role is known, see :func:`stance.model.words_read`), so that both readers
    share one tokenisation; role words are not in the table and add nothing."""
    if not hasattr(X, "columns"):
        return list(X)
    from stance.model import ROLES_COLUMN, words_read

    return words_read(X) if _has_context(X) and ROLES_COLUMN in X.columns else X["text"].tolist()
