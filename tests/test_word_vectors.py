"""The word-vector features: what they add, what they leave out, and their batch plumbing."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from stance.errors import DataError
from stance.text import tokenize, tokenize_batch
from stance.word_vectors import WordVectorMean, read_word_vectors

TRAINING = ["The ministry condemned the strike.", "Officials welcomed the agreement.", "Beijing urged restraint."]


@pytest.fixture(scope="module")
def fitted() -> WordVectorMean:
    return WordVectorMean().fit(TRAINING)


def unit(vector: np.ndarray) -> np.ndarray:
    return vector / np.linalg.norm(vector)


def test_a_word_the_training_statements_never_used_still_has_a_meaning(fitted):
    assert "denounced" not in " ".join(TRAINING)
    assert np.linalg.norm(fitted.transform(["denounced"])[0] + fitted.center_) > 0.5


@pytest.mark.parametrize("word, near, far", [
    ("denounced", "condemned", "welcomed"),
    ("applauded", "welcomed", "condemned"),
])
def test_near_synonyms_are_closer_than_opposites(fitted, word, near, far):
    vectors = {text: unit(fitted.transform([text])[0]) for text in (word, near, far)}
    assert vectors[word] @ vectors[near] > vectors[word] @ vectors[far] + 0.1


@pytest.mark.parametrize("negated", ["condemn", "praise", "back"])
def test_words_in_a_negation_scope_are_left_to_the_word_features(fitted, negated):
    assert np.array_equal(fitted.transform([f"they did not {negated} it"]),
                          fitted.transform(["they did not welcome it"]))


@pytest.mark.parametrize("actor, other", [(0, 0), (1, 0), (0, 1)])
def test_role_copies_hold_the_mean_only_for_their_role(fitted, actor, other):
    frame = pd.DataFrame({"text": ["We had every right to act."], "speaker_is_actor": [float(actor)],
                          "speaker_is_other": [float(other)]})
    blocks = fitted.transform(frame).toarray().reshape(3, -1)
    mean = fitted.transform(frame["text"].tolist())[0]
    assert np.allclose(blocks[0], mean)
    assert np.allclose(blocks[1], mean * actor)
    assert np.allclose(blocks[2], mean * other)
    assert fitted.transform(frame).shape[1] == len(fitted.fit(frame).get_feature_names_out())


def test_a_statement_without_a_known_word_gets_the_centre_removed_only(fitted):
    assert np.allclose(fitted.transform(["zzzqx 12345"])[0], -fitted.center_ * fitted.scale)


@pytest.mark.parametrize("content", [b"", b"not a zip file", None])
def test_an_unreadable_table_is_a_data_error(tmp_path, content):
    path = tmp_path / "vectors.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataError, match="cannot read word vectors"):
        read_word_vectors(path)


def test_a_table_with_more_words_than_vectors_is_a_data_error(tmp_path):
    path = tmp_path / "vectors.npz"
    np.savez(path, words=np.asarray(["a", "b"]), vectors=np.zeros((1, 4), dtype=np.float16))
    with pytest.raises(DataError, match="2 words but 1 vectors"):
        read_word_vectors(path)


def test_the_same_batch_asked_twice_is_tokenised_once():
    batch = ["Russia did not condemn the strike.", "France welcomed it.", "Russia did not condemn the strike."]
    first = tokenize_batch(batch)
    assert first == [tokenize(text) for text in batch]
    assert first[0] is first[2]  # equal texts share their tokens
    again = tokenize_batch(list(batch))
    assert again is first
    other = tokenize_batch(batch[:2])
    assert other is not first and other == first[:2]


def test_explain_sums_the_word_vector_columns_into_one_entry(tiny_labelled):
    from stance.corpus import read_labelled
    from stance.model import WORD_VECTORS_LABEL, StanceModel

    frame = read_labelled(tiny_labelled)
    model = StanceModel().fit(frame["statement"].tolist(), frame["stance"].tolist())
    explanations = model.explain(["The ministry condemned the strikes", "Ankara welcomed the deal"], top=50)
    names = [name for explanation in explanations for name, _ in explanation]
    assert not [name for name in names if name.startswith(("mean_", "own_mean_", "other_mean_"))]
    assert all([name for name, _ in explanation].count(WORD_VECTORS_LABEL) <= 1 for explanation in explanations)


def test_a_model_without_word_vectors_has_no_such_columns(tiny_labelled):
    from stance.corpus import read_labelled
    from stance.model import StanceModel

    frame = read_labelled(tiny_labelled)
    texts, labels = frame["statement"].tolist(), frame["stance"].tolist()
    with_vectors = StanceModel().fit(texts, labels).pipeline_.named_steps["features"]
    without = StanceModel(word_vectors=0).fit(texts, labels).pipeline_.named_steps["features"]
    assert "vectors" in with_vectors.named_transformers_
    assert "vectors" not in without.named_transformers_


def test_a_frame_without_the_context_columns_gets_the_mean_alone():
    frame = pd.DataFrame({"text": ["We had every right to act.", "France condemned it."]})
    from_frame = WordVectorMean().fit(frame).transform(frame)
    from_list = WordVectorMean().fit(frame["text"].tolist()).transform(frame["text"].tolist())
    assert isinstance(from_frame, np.ndarray) and np.allclose(from_frame, from_list)
