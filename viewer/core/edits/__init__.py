"""The user's corrections: a layer of edits over the reading, keyed by sentence span."""
