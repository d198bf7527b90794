"""Regular-expression tools: linear-time user patterns, phrase tries and literal prefilters."""
