"""Custom Rasa NLU components (imported by Rasa in .venv-rasa, named in config.yml)."""
