"""One home for the Korean-news knowledge: word lists, marker sets and patterns, each named once."""
