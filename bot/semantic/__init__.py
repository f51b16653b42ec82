"""Multilingual sentence embeddings (pure numpy; no Rasa, no FastAPI)."""
from bot.semantic.encoder import ENCODER_ID, DIM, SentenceEncoder, default_encoder, split_sentences

__all__ = ["DIM", "ENCODER_ID", "SentenceEncoder", "default_encoder", "split_sentences"]
