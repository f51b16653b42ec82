"""Code that runs inside Rasa's own environment (.venv-rasa, the Rasa image), beside
nlu_components/. It never imports the gateway package `bot`."""
