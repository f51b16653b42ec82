-- Runs once, on an empty volume: Rasa's tracker store gets its own database next to the gateway's.
CREATE DATABASE rasa_tracker OWNER hotline;
