"""How far a record's speaker can be trusted, by how it was found.

A reviewer sorts by confidence to look first where the tool guessed: a name written in
the clause is the detection's own confidence; every link through the text (an alias,
a description, a pronoun, a quotation with no cue) takes some off, and the resolver
lowers it further for a long or weak chain.
"""

# How much the way a speaker was found leaves to trust, as a factor on the detection's
# own confidence: a name in the clause, a known alias, then links through the text.
RESOLUTION_CONFIDENCE = {
    "explicit": 1.0,
    "registry": 1.0,
    "alias": 0.95,
    "description": 0.85,
    "pronoun": 0.85,
    "floating": 0.75,
    "unresolved": 0.3,
}
