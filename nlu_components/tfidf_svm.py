"""Intent classifier: tf-idf character and word n-grams, plus dense sentence features, into a
linear SVM.

On this project's short, informal, multilingual messages (bench/nlu.py) it scores higher
held-out intent macro-F1 than DIET did, and it trains in seconds. The n-grams are computed
here from the raw text. The dense sentence features come from the featurizers before it in
the pipeline (use_featurizer.py: a multilingual sentence encoder), scaled by `dense_weight`
and appended to the n-grams: the n-grams catch spelling, slang and exact phrases, the sentence
vector catches meaning worded in ways the training data never used. Without a dense
featurizer in the pipeline it is the n-gram SVM alone.

Confidences are a softmax of the SVM's scores with one temperature, fitted on
cross-validated scores (temperature scaling, Guo et al. 2017): the ranking is the SVM's own,
and FallbackClassifier's threshold reads as a probability.
"""
from __future__ import annotations

import json
import logging
import unicodedata
from typing import Any, Dict, List, Text

import numpy as np
import scipy.sparse
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.exceptions import RasaException
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

# What a model file may contain: the scikit-learn pipeline this module builds, and its arrays.
_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})


def normalise(text: str) -> str:
    """Same apostrophe for every keyboard (K'iche', avañe'ẽ), NFC, lower case."""
    return unicodedata.normalize("NFC", text or "").translate(_APOSTROPHES).lower()


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfSvmIntentClassifier(IntentClassifier, GraphComponent):
    """Linear SVM on tf-idf n-grams; see the module docstring."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "char_ngram_range": [1, 5],
            "word_ngram_range": [1, 2],
            "min_df": 2,  # character n-grams seen once are mostly typos of one example
            "C": 1.0,
            # Scale of the dense sentence vector (unit length) against the tf-idf block (two
            # unit-length parts); 0 ignores dense features. Chosen on held-out data (README).
            "dense_weight": 0.5,
            # Names (aliases) of the dense featurizers to read; empty reads all of them.
            "featurizers": [],
            "calibration_folds": 3,
            "ranking_length": 10,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn", "skops"]

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Pipeline | None = None, temperature: float = 1.0, dense_dim: int = 0) -> None:
        self.config = {**self.get_default_config(), **config}
        self.temperature = temperature
        self.dense_dim = dense_dim  # width of the dense block the SVM was trained with
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "TfidfSvmIntentClassifier":
        return cls(config, model_storage, resource)

    def _pipeline(self) -> Pipeline:
        """n-gram features, then the SVM; the dense block is appended between the two steps."""
        c = self.config
        features = FeatureUnion([
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(c["char_ngram_range"]),
                                      min_df=c["min_df"], sublinear_tf=True, lowercase=False)),
            ("words", TfidfVectorizer(ngram_range=tuple(c["word_ngram_range"]), sublinear_tf=True,
                                      lowercase=False, token_pattern=r"(?u)\b\w[\w']*\b")),
        ])
        return Pipeline([("features", features), ("svm", LinearSVC(C=c["C"], dual=True, max_iter=5000))])

    def _dense(self, messages: List[Message]) -> np.ndarray | None:
        """The messages' dense sentence features (n, d), or None when no featurizer gave any."""
        rows = []
        for message in messages:
            _, sentence = message.get_dense_features(TEXT, self.config["featurizers"] or None)
            rows.append(None if sentence is None else np.asarray(sentence.features, dtype=np.float64).ravel())
        if all(r is None for r in rows):
            return None
        if any(r is None for r in rows):
            raise RasaException("TfidfSvmIntentClassifier: some messages have dense sentence features "
                                "and some do not; check the featurizers in config.yml")
        return np.vstack(rows)

    def _design(self, pipeline: Pipeline, texts: list[str], dense: np.ndarray | None,
                fit: bool = False) -> scipy.sparse.csr_matrix:
        """tf-idf n-grams with the weighted dense block appended (when there is one)."""
        features = pipeline.named_steps["features"]
        ngrams = features.fit_transform(texts) if fit else features.transform(texts)
        if dense is None or self.config["dense_weight"] == 0:
            return ngrams.tocsr()
        return scipy.sparse.hstack([ngrams, scipy.sparse.csr_matrix(dense * self.config["dense_weight"])],
                                   format="csr")

    def _fit(self, texts: list[str], dense: np.ndarray | None, labels: np.ndarray) -> Pipeline:
        pipeline = self._pipeline()
        pipeline.named_steps["svm"].fit(self._design(pipeline, texts, dense, fit=True), labels)
        return pipeline

    def _scores(self, pipeline: Pipeline, texts: list[str], dense: np.ndarray | None) -> np.ndarray:
        return pipeline.named_steps["svm"].decision_function(self._design(pipeline, texts, dense))

    def _fit_temperature(self, texts: list[str], dense: np.ndarray | None, labels: np.ndarray) -> float:
        """The softmax temperature that minimises the log loss of cross-validated scores."""
        folds = StratifiedKFold(self.config["calibration_folds"], shuffle=True, random_state=42)
        classes = np.unique(labels)  # the column order of decision_function
        scores = np.zeros((len(labels), len(classes)))
        for train, held_out in folds.split(texts, labels):
            pipeline = self._fit([texts[i] for i in train], None if dense is None else dense[train],
                                 labels[train])
            scores[held_out] = self._scores(pipeline, [texts[i] for i in held_out],
                                            None if dense is None else dense[held_out])
        gold = np.searchsorted(classes, labels)

        def loss(log_t: float) -> float:
            return -log_softmax(scores * np.exp(log_t), axis=1)[np.arange(len(gold)), gold].mean()

        return float(np.exp(minimize_scalar(loss, bounds=(-3.0, 5.0), method="bounded").x))

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if len({e.get(INTENT) for e in examples}) < 2:
            logger.debug("TfidfSvmIntentClassifier: fewer than two intents, nothing to train.")
            return self._resource
        texts = [normalise(e.get(TEXT)) for e in examples]
        labels = np.array([e.get(INTENT) for e in examples])
        dense = self._dense(examples) if self.config["dense_weight"] else None
        self.dense_dim = 0 if dense is None else dense.shape[1]
        self.temperature = self._fit_temperature(texts, dense, labels)
        self.model = self._fit(texts, dense, labels)
        self.persist()
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        if self.model is None:
            return messages
        texts = [normalise(m.get(TEXT) or "") for m in messages]
        dense = self._dense(messages) if self.dense_dim else None
        if self.dense_dim and (dense is None or dense.shape[1] != self.dense_dim):
            # The graph saved with the model always runs the same featurizers; this is a bug.
            raise RasaException(f"TfidfSvmIntentClassifier was trained with {self.dense_dim} dense "
                                f"features per message and got {None if dense is None else dense.shape[1]}")
        probabilities = softmax(self._scores(self.model, texts, dense) * self.temperature, axis=1)
        classes = self.model.named_steps["svm"].classes_
        for message, probs in zip(messages, probabilities):
            order = np.argsort(-probs)
            ranking = [{"name": str(classes[i]), "confidence": float(probs[i])} for i in order]
            message.set(INTENT, ranking[0], add_to_output=True)
            if self.config["ranking_length"] > 0:
                ranking = ranking[: self.config["ranking_length"]]
            message.set("intent_ranking", ranking, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def persist(self) -> None:
        import skops.io as sio

        with self._model_storage.write_to(self._resource) as model_dir:
            sio.dump(self.model, model_dir / "model.skops")
            (model_dir / "temperature.json").write_text(
                json.dumps({"temperature": self.temperature, "dense_dim": self.dense_dim}))

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "TfidfSvmIntentClassifier":
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as model_dir:
                path = model_dir / "model.skops"
                untrusted = sio.get_untrusted_types(file=path)
                # Only the types this module itself puts in the file; anything else is refused.
                unexpected = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
                if unexpected:
                    raise ValueError(f"unexpected types in {path.name}: {unexpected}")
                model = sio.load(path, trusted=untrusted)
                meta = json.loads((model_dir / "temperature.json").read_text())
                temperature, dense_dim = meta["temperature"], int(meta.get("dense_dim", 0))
        except (ValueError, OSError, KeyError) as exc:
            logger.warning("TfidfSvmIntentClassifier not loaded (%s): no intents until the model "
                           "is retrained.", exc)
            return cls.create(config, model_storage, resource, execution_context)
        return cls(config, model_storage, resource, model, temperature, dense_dim)

