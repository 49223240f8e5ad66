"""The detector's rules, one construction each; every record names the rule that found it.

==========================  ===========================================================
rule                        construction (module)
==========================  ===========================================================
cue-after-direct            '"A," she said.' (direct.py)
cue-before-direct           'She said: "A."' (direct.py)
interrupted-direct          '"A," she said, "B."' (direct.py)
lead-in-mixed               'The writer's words run "into a quote," she said.' (direct.py)
reported-ccomp              'She said the ferry was safe.' (reported.py)
reported-misparsed          a content clause the parser hung elsewhere (reported.py)
trailing-cue                'Fares will rise, officials say.' (trailing_cue.py)
parenthetical-cue           'The plan, he noted, goes further.' (parenthetical.py)
source-aside                'X was insured, port records show, and ...' (source_aside.py)
colon-block                 'She said in a statement: The goal is ...' (colon_block.py)
object-claim                'He denied the allegations of a cover-up.' (object_claim.py)
speech-act-complement       'She vowed to repeal the tax.' (speech_act.py)
finding-object              'The poll shows Roe ahead.' (finding.py)
according-to                'According to the port, ...' (according_to.py)
naming-object               'called the deal "a disaster"' (naming.py)
quoted-in-object            'praised its "balanced approach"' (naming.py)
label, transcript-label     'Roe: No ferry cuts', 'HOST: Welcome back.' (label.py)
dash-credit                 '"We will rebuild." ― Ingrid Solheim' (dash_credit.py)
floating                    a quoted sentence with no cue of its own (floating.py)
noun-claim                  'the mayor's claim that ...' (quotes/detect/nominal.py)
poll-finding                'Roe led 47 to 39 in the harbour poll.' (quotes/detect/nominal.py)
unattributed-hearsay        'amid claims that ...', nobody named (quotes/hedges/unattributed.py)
==========================  ===========================================================
"""
