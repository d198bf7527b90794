"""The recognisers: Presidio recognisers built from the rule files, the gazetteers and the NER
model."""
