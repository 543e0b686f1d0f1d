"""Projects: the documents (their text embedded), the user's edits and the view, in one SQLite file."""
