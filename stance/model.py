"""The stance classifier: a scikit-learn estimator over statement text, and the one place model files are read.

:class:`StanceModel` wraps a ``Pipeline`` of word n-gram TF-IDF (with negation scope marked, see
:mod:`stance.text`; with actor mentions read as their roles in the event when the speaker context is known,
see :func:`stance.actors.mark_roles`), speaker-context columns, optional character n-grams, and a
classifier of logistic regressions (:class:`stance.linear.NBLogisticRegression`), whose log-loss training gives
probabilities that mean something. It follows scikit-learn's conventions:
parameters in ``__init__`` only, learned attributes end in ``_``, works with ``clone`` and in a ``Pipeline``.

Model files are a joblib container ``{"format": ..., "card": {...}, "estimator": StanceModel}`` written
atomically, with the card also written beside it as JSON. :func:`load_model` is the only reader.
"""

from __future__ import annotations

import json
import os
import weakref
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import check_is_fitted

from stance.errors import DataError, ModelError
from stance.files import atomic_write, sha256_file  # noqa: F401  (re-exported for callers)
from stance.linear import NBLogisticRegression
from stance.text import OTHER_MARK, OWN_MARK, NgramCounter, WordNgrams

LABELS = ("condemning", "supporting", "ambiguous")
MODEL_FORMAT = "stance-model/1"


CONTEXT_COLUMN = "speaker_is_actor"
OTHER_COLUMN = "speaker_is_other"
CONTEXT_COLUMNS = (CONTEXT_COLUMN, OTHER_COLUMN)
ROLES_COLUMN = "text_with_roles"
# How --explain names the summed contribution of the word-vector features.
WORD_VECTORS_LABEL = "(meaning of the words)"


def as_frame(X: Any):
    """Statements as a DataFrame with columns ``text``, ``speaker_is_actor``, ``speaker_is_other`` and
    ``text_with_roles``.

    *X* is a list of strings, or a DataFrame with a ``text`` (or ``statement``) column and optionally the
    context columns: ``speaker_is_actor`` is 1 when the speaker is the party whose action the event is
    (an actor's own words about its own action are mostly defence of it), ``speaker_is_other`` is 1 when
    that party is known and the speaker is someone else. Both 0 means the context is unknown (a bare
    statement), which is what plain lists of strings get. ``text_with_roles`` is the text with its actor
    mentions replaced by role words (:func:`stance.actors.mark_roles`); where the context is known and it is
    given, the words are read from it instead of ``text``.
    """
    import pandas as pd

    if isinstance(X, str):
        raise DataError("expected a list of statements, got a single string; wrap it in a list")
    if isinstance(X, pd.DataFrame):
        column = "text" if "text" in X.columns else "statement"
        if column not in X.columns:
            raise DataError("statements frame needs a 'text' or 'statement' column")
        texts = X[column].tolist()
        context = {name: X[name].astype(float).tolist() if name in X.columns else [0.0] * len(X)
                   for name in CONTEXT_COLUMNS}
        roles = X[ROLES_COLUMN].fillna("").astype(str).tolist() if ROLES_COLUMN in X.columns else [""] * len(X)
    else:
        texts = list(X)
        context = {name: [0.0] * len(texts) for name in CONTEXT_COLUMNS}
        roles = [""] * len(texts)
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise DataError(f"statement {i} is {type(text).__name__}, not text")
    return pd.DataFrame({"text": texts, **{name: np.asarray(values, dtype=np.float32)
                                           for name, values in context.items()}, ROLES_COLUMN: roles})


def _feature_names(features: Any) -> np.ndarray:
    """Names of the columns the fitted ColumnTransformer makes, as "block__feature"."""
    names: list[str] = []
    for block, transformer, columns in features.transformers_:
        if block == "remainder" or transformer == "drop":
            continue
        if transformer == "passthrough":
            names.extend(f"{block}__{column}" for column in columns)
            continue
        vectoriser = transformer[-1] if isinstance(transformer, Pipeline) else transformer
        names.extend(f"{block}__{feature}" for feature in vectoriser.get_feature_names_out())
    return np.asarray(names, dtype=object)


def _feature_label(name: str) -> str:
    """"words__condemned" -> "condemned" (the actor's-own-words copy keeps its mark: "own: our")."""
    return name.partition("__")[2]


def words_read(frame: Any) -> list[str]:
    """The text the word features read, one string per statement: with role words where the context is
    known and they are given, and marked as the acting party's own words or another actor's where the
    context says which (see :class:`stance.text.WordNgrams`)."""
    texts = frame["text"].tolist()
    roles = frame[ROLES_COLUMN].tolist()
    actor = frame[CONTEXT_COLUMN].tolist()
    other = frame[OTHER_COLUMN].tolist()
    return [(OWN_MARK if is_actor > 0 else OTHER_MARK if is_other > 0 else "")
            + (with_roles if with_roles and (is_actor or is_other) else text)
            for text, with_roles, is_actor, is_other in zip(texts, roles, actor, other)]


class StatementVectorizer(TfidfVectorizer):
    """``TfidfVectorizer`` whose transform of new statements counts their n-grams faster.

    Prediction time is mostly the vectoriser's per-statement loop; this one looks n-grams up with
    ``map(dict.get)`` and lets scipy sum repeated n-grams, instead of counting each in a Python dict.
    The matrix is the same as ``TfidfVectorizer``'s (tested); fitting is unchanged. It overrides a private
    method of scikit-learn's, which is why scikit-learn is pinned to one minor version.
    """

    def _count_vocab(self, raw_documents: Any, fixed_vocab: bool) -> Any:
        if not fixed_vocab:
            return super()._count_vocab(raw_documents, fixed_vocab)
        import scipy.sparse as sp
        from sklearn import get_config

        documents = list(raw_documents)
        counter = self._ngram_counter() if all(type(doc) is str for doc in documents) else None
        indices: Any
        indptr: Any
        if counter is not None:
            # All documents' n-grams at once (see stance.text.NgramCounter), then grouped by document.
            rows, columns = counter.count(documents)
            order = np.argsort(rows, kind="stable")
            indices = columns[order]
            indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(documents)))])
        else:
            lookup = self.vocabulary_.get
            analyze = self.build_analyzer()
            index_list: list[int] = []
            pointer = [0]
            for doc in documents:
                index_list.extend([index for index in map(lookup, analyze(doc)) if index is not None])
                pointer.append(len(index_list))
            indices, indptr = index_list, pointer
        counts = sp.csr_matrix(
            (np.ones(len(indices), dtype=self.dtype), np.asarray(indices, dtype=np.int32),
             np.asarray(indptr, dtype=np.int32)),
            shape=(len(indptr) - 1, len(self.vocabulary_)),
        )
        counts.sum_duplicates()  # adds up repeated n-grams and sorts the indices
        if get_config()["sparse_interface"] == "sparray":
            counts = sp.csr_array(counts)
        return self.vocabulary_, counts

    def _ngram_counter(self) -> NgramCounter | None:
        """The batch counter for this vocabulary, built once (kept out of the pickled model), or None when
        the analyzer is not one it counts for."""
        cached = _COUNTERS.get(self)
        if cached is None or cached[0] is not self.vocabulary_:
            analyzer = self.analyzer
            counter = NgramCounter(self.vocabulary_, analyzer.ngram_range) \
                if NgramCounter.supports(self.vocabulary_, analyzer) else None
            cached = (self.vocabulary_, counter)
            _COUNTERS[self] = cached
        return cached[1]


# Vectoriser -> (the vocabulary it was built for, its NgramCounter or None).
_COUNTERS: "weakref.WeakKeyDictionary[StatementVectorizer, tuple[dict, NgramCounter | None]]" = \
    weakref.WeakKeyDictionary()


class StanceModel(ClassifierMixin, BaseEstimator):
    """Classify statements as condemning, supporting or ambiguous toward the event they discuss.

    Args:
        C: inverse regularisation strength of the logistic regression.
        word_ngram_range: n-gram range of the word TF-IDF features (negation-marked tokens).
        min_df: ignore word n-grams seen in fewer statements than this.
        char_ngram_range: n-gram range of ``char_wb`` TF-IDF features, or ``None`` for none. Character
            n-grams cost most of the prediction time (see README), so they are off unless they pay.
        class_weight: passed to the logistic regressions.
        nb_weight: share of the naive-Bayes-weighted half of the classifier
            (:class:`stance.linear.NBLogisticRegression`); 0 is plain multinomial logistic regression.
        use_context: use the speaker context columns of a statements frame (see :func:`as_frame`), the
            role-marked text where they say the context is known, and a second copy of the words marked
            with who speaks (the acting party, or someone else). When the training rows carry context,
            each is also learned a second time without it, so that bare statements (``stance predict``)
            are scored as well as statements whose speaker's role is known (``stance classify``).
        max_iter: iteration cap of the solvers.
        word_vectors: weight of the word-vector features (:class:`stance.word_vectors.WordVectorMean`: the
            mean of the statement's static word vectors, which reach words the corpus never used); 0 is
            none.
    """

    def __init__(
        self,
        C: float = 16.0,
        word_ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 2,
        char_ngram_range: tuple[int, int] | None = None,
        class_weight: str | None = "balanced",
        use_context: bool = True,
        max_iter: int = 2000,
        nb_weight: float = 0.6,
        word_vectors: float = 1.0,
    ) -> None:
        self.C = C
        self.word_ngram_range = word_ngram_range
        self.min_df = min_df
        self.char_ngram_range = char_ngram_range
        self.class_weight = class_weight
        self.use_context = use_context
        self.max_iter = max_iter
        self.nb_weight = nb_weight
        self.word_vectors = word_vectors

    def _words(self) -> TfidfVectorizer:
        return StatementVectorizer(
            analyzer=WordNgrams((self.word_ngram_range[0], self.word_ngram_range[1])),
            min_df=self.min_df,
            sublinear_tf=True,
            dtype=np.float32,
        )

    def _features(self) -> Any:
        from sklearn.compose import ColumnTransformer
        from sklearn.preprocessing import FunctionTransformer

        parts: list[tuple[str, Any, Any]] = []
        if self.use_context:
            words = Pipeline([("select", FunctionTransformer(words_read)), ("words", self._words())])
            parts.append(("words", words, ["text", ROLES_COLUMN, *CONTEXT_COLUMNS]))
        else:
            parts.append(("words", self._words(), "text"))
        if self.word_vectors:
            from stance.word_vectors import WordVectorMean

            parts.append(("vectors", WordVectorMean(scale=self.word_vectors),
                          ["text", ROLES_COLUMN, *CONTEXT_COLUMNS] if self.use_context else "text"))
        if self.char_ngram_range is not None:
            chars = TfidfVectorizer(
                analyzer="char_wb", ngram_range=tuple(self.char_ngram_range), min_df=2, sublinear_tf=True,
                dtype=np.float32,
            )
            parts.append(("chars", chars, "text"))
        if self.use_context:
            parts.append(("context", "passthrough", list(CONTEXT_COLUMNS)))
        return ColumnTransformer(parts, sparse_threshold=1.0)

    def fit(self, X: Any, y: Sequence[str]) -> "StanceModel":
        texts = as_frame(X)
        labels = np.asarray(list(y), dtype=object)
        if len(texts) != len(labels):
            raise DataError(f"{len(texts)} statements but {len(labels)} labels")
        unknown = sorted(set(labels) - set(LABELS))
        if unknown:
            raise DataError(f"unknown label {unknown[0]!r}; labels must be one of {', '.join(LABELS)}")
        if len(set(labels)) < 2:
            raise DataError("training data has only one class; every stance needs examples")
        missing = [label for label in LABELS if label not in set(labels)]
        if missing:
            raise DataError(f"training data has no {missing[0]!r} statements; every stance needs examples")
        if self.use_context and (texts[list(CONTEXT_COLUMNS)].to_numpy() > 0).any():
            import pandas as pd

            # Every row is learned twice: with its context, and as a bare statement whose context is unknown.
            unknown = texts.assign(**{name: 0.0 for name in CONTEXT_COLUMNS})
            texts = pd.concat([texts, unknown], ignore_index=True)
            labels = np.concatenate([labels, labels])
        self.pipeline_ = Pipeline(
            [
                ("features", self._features()),
                (
                    "classifier",
                    NBLogisticRegression(C=self.C, nb_weight=self.nb_weight, class_weight=self.class_weight,
                                         max_iter=self.max_iter),
                ),
            ]
        )
        self.pipeline_.fit(texts, labels)
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict_proba(as_frame(X))

    def predict(self, X: Any) -> np.ndarray:
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]

    def explain(self, X: Any, top: int = 5) -> list[list[tuple[str, float]]]:
        """For each statement, the features that pushed it most toward its predicted label.

        A feature's contribution is its TF-IDF value times the classifier's coefficient for the predicted
        class, minus the mean coefficient over classes (so a word common to all classes counts for nothing).
        """
        check_is_fitted(self, "pipeline_")
        texts = as_frame(X)
        features = self.pipeline_.named_steps["features"]
        classifier = self.pipeline_.named_steps["classifier"]
        names = _feature_names(features)
        coef = classifier.coef_ - classifier.coef_.mean(axis=0, keepdims=True)
        matrix = features.transform(texts).tocsr()
        predicted = np.argmax(classifier.predict_proba(matrix), axis=1)
        explanations = []
        # The word-vector columns mean nothing one by one: their contributions are summed into one entry.
        dense = np.char.startswith(names.astype(str), "vectors__")
        for row, label_index in enumerate(predicted):
            start, end = matrix.indptr[row], matrix.indptr[row + 1]
            columns = matrix.indices[start:end]
            contributions = matrix.data[start:end] * coef[label_index, columns]
            labels = [_feature_label(str(names[column])) for column in columns[~dense[columns]]]
            weights = list(contributions[~dense[columns]])
            if dense[columns].any():
                labels.append(WORD_VECTORS_LABEL)
                weights.append(float(contributions[dense[columns]].sum()))
            order = np.argsort(-np.asarray(weights, dtype=float))[:top]
            explanations.append([(labels[i], round(float(weights[i]), 4)) for i in order if weights[i] > 0])
        return explanations

    def save(self, path: str | os.PathLike, card: dict | None = None) -> Path:
        """Write the model (and its card beside it as JSON) atomically; return the model path."""
        check_is_fitted(self, "pipeline_")
        import joblib

        path = Path(path)
        card = dict(card or {})
        card.setdefault("labels", [str(c) for c in self.classes_])
        card.update(versions())
        container = {"format": MODEL_FORMAT, "card": card, "estimator": self}
        atomic_write(path, lambda handle: joblib.dump(container, handle, compress=3))
        card_text = json.dumps(card, indent=2, sort_keys=True) + "\n"
        atomic_write(card_path(path), lambda handle: handle.write(card_text.encode()))
        return path

    @classmethod
    def load(cls, path: str | os.PathLike, trust: bool = False) -> "StanceModel":
        """Read a model written by :meth:`save` (see :func:`load_model`)."""
        return load_model(path, trust=trust)[0]


def versions() -> dict[str, str]:
    import sklearn

    from stance import __version__

    return {"stance_version": __version__, "sklearn_version": sklearn.__version__}


def card_path(model_path: str | os.PathLike) -> Path:
    model_path = Path(model_path)
    return model_path.with_name(model_path.name.removesuffix(".joblib") + ".card.json")


RETRAIN_HINT = "retrain it with `stance train --output PATH`"


# The only globals a stance model file may name. A pickle runs whatever callables it names while it
# loads, so an untrusted file is read with this list and refused if it names anything else. Reviewed:
# each entry is a data type or an estimator whose construction and __setstate__ only store attributes.
TRUSTED_GLOBALS = frozenset({
    ("builtins", "slice"), ("builtins", "list"), ("builtins", "dict"), ("builtins", "tuple"), ("builtins", "set"),
    ("builtins", "frozenset"), ("builtins", "complex"),
    ("joblib.numpy_pickle", "NumpyArrayWrapper"),
    ("numpy", "dtype"), ("numpy", "ndarray"), ("numpy", "float32"), ("numpy", "float64"), ("numpy", "int64"),
    ("numpy", "int32"), ("numpy", "bool_"), ("numpy", "str_"), ("numpy", "object_"),
    ("numpy._core.multiarray", "_reconstruct"), ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "scalar"), ("numpy.core.multiarray", "scalar"),
    ("scipy.sparse._csr", "csr_matrix"), ("scipy.sparse._csr", "csr_array"),
    ("sklearn.compose._column_transformer", "ColumnTransformer"),
    ("sklearn.feature_extraction.text", "TfidfTransformer"),
    ("sklearn.feature_extraction.text", "TfidfVectorizer"),
    ("sklearn.linear_model._logistic", "LogisticRegression"),
    ("stance.linear", "NBLogisticRegression"),
    ("sklearn.pipeline", "Pipeline"),
    ("sklearn.preprocessing._function_transformer", "FunctionTransformer"),
    ("stance.model", "StanceModel"),
    ("stance.text", "WordNgrams"),
    ("stance.model", "StatementVectorizer"),
    ("stance.model", "words_read"),
    ("stance.word_vectors", "WordVectorMean"),
    ("numpy", "float16"),
})
_NUMPY_DTYPE_MODULE = "numpy.dtypes"  # numpy's per-dtype classes (Float32DType, ...): data types only


class UntrustedModelError(ModelError):
    """A model file that names code outside :data:`TRUSTED_GLOBALS`; nothing in it was run."""


def _restricted_joblib_load(path: Path) -> Any:
    """``joblib.load`` that refuses any global outside :data:`TRUSTED_GLOBALS` before it is called."""
    from joblib import numpy_pickle

    class RestrictedUnpickler(numpy_pickle.NumpyUnpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) in TRUSTED_GLOBALS or module == _NUMPY_DTYPE_MODULE and name.endswith("DType"):
                return super().find_class(module, name)
            raise UntrustedModelError(
                f"model file {path} names {module}.{name}, which a stance model never contains; it was not "
                "loaded (if you made this file yourself and trust it, pass --trust-model)"
            )

    with open(path, "rb") as handle:
        with numpy_pickle._validate_fileobject_and_memmap(handle, str(path), None) as (stream, _):
            if isinstance(stream, str):
                raise ModelError(f"{path} is in an old joblib format; {RETRAIN_HINT}")
            try:
                unpickler = RestrictedUnpickler(str(path), stream, ensure_native_byte_order=True)
            except TypeError:  # joblib < 1.5 has no ensure_native_byte_order
                unpickler = RestrictedUnpickler(str(path), stream)
            return unpickler.load()


def _minor(version: str | None) -> str | None:
    """"1.9.1" -> "1.9"."""
    return ".".join(str(version).split(".")[:2]) if version else None


def load_model(path: str | os.PathLike | None = None, trust: bool = False) -> tuple[StanceModel, dict]:
    """Load a model file and its card; the one function that reads model files.

    Unless *trust* is set, the file is read with a restricted unpickler that refuses (without running it)
    anything a stance model never contains, so a file from elsewhere cannot run code on this machine.
    Also refuses, with a :class:`ModelError` that says what to do, a missing, truncated or corrupt file,
    a file that is not a stance model, and a model saved by another scikit-learn or stance version.
    """
    from stance._paths import default_model_path

    path = Path(path) if path is not None else default_model_path()
    if not path.exists():
        raise ModelError(f"model file {path} not found; {RETRAIN_HINT}, or pass --model")
    if path.is_dir():
        raise ModelError(f"model path {path} is a folder, not a model file")
    try:
        if trust:
            import joblib

            container = joblib.load(path)
        else:
            container = _restricted_joblib_load(path)
    except ModelError:
        raise
    except Exception as exc:  # any unpickling failure means the file is not usable
        raise ModelError(f"model file {path} is corrupt or not a model ({type(exc).__name__}); {RETRAIN_HINT}") from None
    if not isinstance(container, dict) or container.get("format") != MODEL_FORMAT:
        raise ModelError(f"{path} is not a stance model file; {RETRAIN_HINT}")
    card = container.get("card", {})
    expected = versions()
    for key, label in (("sklearn_version", "scikit-learn"), ("stance_version", "stance")):
        # scikit-learn keeps pickles compatible within a minor release (1.9.0 -> 1.9.1), not across.
        if _minor(card.get(key)) != _minor(expected[key]):
            raise ModelError(
                f"model {path} was saved with {label} {card.get(key)} but this is {label} {expected[key]}; "
                f"{RETRAIN_HINT}"
            )
    estimator = container.get("estimator")
    if not isinstance(estimator, StanceModel):
        raise ModelError(f"{path} does not contain a StanceModel; {RETRAIN_HINT}")
    return estimator, card
