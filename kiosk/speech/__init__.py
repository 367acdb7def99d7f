"""Reading a screen aloud, offline: which voice speaks which language, the
engine that speaks, and the reading form of what a screen says (phone
numbers digit by digit). Qt-free; the kiosk's player is kiosk.ui.speech.

Nothing here is imported before the kiosk's first frame: the first press of
Read aloud brings it in (docs/speech.md)."""
