"""The number grammar: recognizers run in order over the whole text (markdown-it-py style).

``scan(text)`` runs, in order: dates (so "October 11" is not a count of 11), spans that are not
figures (URLs, times, phone numbers, ages, years, ordinals, names like "Section 60"), then figures
(digits, number words, vague amounts, fractions, ratios) with their currency, multiplier, unit and
qualifier. Each stage masks what it claimed so later stages never read it twice.
"""
