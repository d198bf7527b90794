"""The lexicon: word lists and gazetteers, read from files under `models/`."""
