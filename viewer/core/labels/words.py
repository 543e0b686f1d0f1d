"""The words a label's rules are made of: lists, not patterns per sentence.

All are casefolded. A sentence's opening is read word by word against them (openings.py,
introductions.py), a label too long is shortened with them (shortening.py), and one cut short
must not end on one of FUNCTION_WORDS (cutting.py).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Dropped at the start of a sentence with the comma after them, if any: "However,", "Then".
CONNECTIVES = _words("""
    however meanwhile moreover furthermore nevertheless nonetheless thus therefore hence consequently
    accordingly additionally also then later subsequently afterwards afterward thereafter eventually
    finally ultimately initially instead indeed likewise similarly besides and but yet again soon
    shortly immediately meantime previously earlier originally elsewhere simultaneously
    whereupon notably importantly ironically unfortunately fortunately surprisingly
""")

# Dropped only with a comma after them: without one they may be the sentence's own words
# ("Still unresolved is", "First Army").
COMMA_CONNECTIVES = _words("""
    still overall first second third firstly secondly thirdly lastly next nowadays clearly certainly
    apparently reportedly allegedly interestingly altogether meantime otherwise alternatively
    conversely rather regardless specifically
""")

# Dropped with a comma after them or before a subject ("So Saddam Hussein tried", "Yesterday it
# closed"), not before other words ("So that means", "Today is the eighth day").
GUARDED_CONNECTIVES = _words("so now today yesterday tomorrow tonight")

# Connectives of several words; dropped when a comma or a subject follows them
# ("As a result the army retreated"), kept when the phrase goes on ("As a result of").
CONNECTIVE_PHRASES = tuple(tuple(p.split()) for p in """
    as a result|as well|even so|once again|once more|later on|of course|all the while|in addition
    |in turn|in fact|in the meantime|on the other hand|at the same time|for example|for instance
    |in particular|by contrast|in contrast|in any case|in short|in the end|at first|at last|by then
    |since then|until then|after that|after this|before that|soon afterwards|shortly afterwards
    |shortly thereafter|not long afterwards|some time later|sometime later|to this end|in response
    |in return|at this point|at that point|at this time|at that time|on the whole|in general
""".replace("\n", " ").split("|"))

# A phrase opening with one of these ends where its subject begins: "During the night German
# troops crossed", "When the war ended the troops went home", "On 3 May 1915 the army".
LEADS = _words("""
    in on at by during after before following since until till throughout within upon over around
    from through under as when while once whilst between near towards toward amid amidst early late
    circa c. ca. beginning starting
""")

# The prepositions (not subordinators) an introduction may open with.
PREPOSITIONS = _words("""
    in on at by during throughout within upon over around from through under between near towards
    toward amid amidst despite without among for with
""")

# A phrase opening with one of these, then a comma, is an introduction the label leaves out:
# "According to the historian, ...", "Despite heavy losses, ...", "Having crossed the river, ...".
INTRODUCTIONS = LEADS | _words("""
    according despite for to with without unlike like against along if although though because
    whereas given having being lacking faced among besides beyond apart aside unless whether due
    thanks regardless notwithstanding of even prior following seeing realizing realising fearing
    hoping where wherever
""")

# Words that begin a clause's subject: the phrase before them is over.
SUBJECT_STARTS = _words("""
    the a an his her its their our my your this these those he she it they we i you there many some
    most several both all each every no one two three four five six seven eight nine ten few
    another other others neither either much more fewer less any nobody none nothing everyone
    somebody someone something
""")

# Before a number they say how many, not when: "Around 52,000 civilians", "Over 680 were arrested".
QUANTIFIERS = _words("around about over under some nearly almost approximately roughly circa up")

# Phrases that say how many, not when or where: "At least 2,200 members ... died".
QUANTITY_PHRASES = tuple(tuple(p.split()) for p in
                         "at least|at most|up to|as many as|as much as|as few as|as little as".split("|"))

# After a date that opens a sentence, verbs that make it the subject ("1942 was the turning
# point"): the date stays. PRESENTING verbs only present what follows, and go with the date:
# "1987 saw a renewed wave of offensives" -> "A renewed wave of offensives".
DATE_SUBJECT_VERBS = _words("""
    was were is are had has became becomes proved proves remained remains would will also began
    begins ended ends
""")
PRESENTING = tuple(tuple(p.split()) for p in """
    saw|sees|witnessed|brought|marked|was marked by|were marked by|is marked by|was characterized by
    |was characterised by|was dominated by|brought with it
""".replace("\n", " ").split("|"))

# Auxiliaries and modals, and common irregular pasts: verbs the word lists can know.
AUXILIARIES = _words("was were is are had has have did does am would could should will can may might must shall")
IRREGULAR_PASTS = _words("""
    fell took began won led made went became held fought saw gave sent came left met lost kept
    ran rose struck threw wrote told found brought thought sought said built broke drove flew
    fled froze hid hung knew lay let meant put read rode set shot shook slew sold spoke spent
    split spread stood stole stuck swore swept tore understood withdrew overran overcame undertook
    chose
""")

# What may follow a subject and its apposition ("Mola, Franco's second-in-command, was killed"),
# besides the regular past in -ed, adverbs in -ly and presents in -s: verbs, and the adverbs
# that come before one ("The rural working class, ..., now took").
VERBS_AFTER_SUBJECT = AUXILIARIES | IRREGULAR_PASTS | _words("""
    now also later soon still today finally eventually subsequently already
""")

# Words inside a phrase that join what comes after them to it: "the Battle of Britain".
JOINERS = _words("""
    of to in on at for from with by into against between among and or & near under over without as such
    within upon about onto off across along behind beyond through toward towards amid per via
""")

# What may follow a comma that ends an introduction, though written in lower case.
CONTINUATIONS = _words("""
    which who whom whose where when while whereas and but or nor as although though including
    especially particularly then so thus yet not that if because since until unless after before
    than what how why whether also
""")

# Words that must not end a label cut short ("... the Battle of", "... and").
FUNCTION_WORDS = _words("""
    the a an of and or but nor to in on at by for with from as that which who whom whose its his
    her their our my your into onto upon than was were is are be been being had has have would
    could should will shall may might must can this these those over under after before while when
    where whether if not both either neither some all each every per via about against between
    through during until since without within so very also then including such more most many much
    whilst whereas although though because despite among amid toward towards near off
    across along behind beyond did does do no
""")

# Verbs after which "that" says nothing: "announced that Iraqi forces" -> "announced Iraqi forces".
SAYING = _words("""
    announced said says stated declared reported claimed argued believed noted warned insisted
    confirmed admitted realized realised agreed thought felt knew feared hoped suggested wrote
    revealed concluded estimated acknowledged asserted maintained promised predicted decided
    learned learnt discovered understood recognized recognised alleged
""")

# Titles before a name, left out when the label is too long: "Prime Minister Haider al-Abadi".
TITLES = _words("""
    president prime minister general gen. lieutenant lt. colonel col. major maj. captain capt.
    admiral adm. commander marshal field sergeant brigadier king queen prince princess emperor
    empress tsar czar sultan shah pope cardinal bishop archbishop chancellor premier senator
    sen. governor gov. secretary ambassador mr. mrs. ms. dr. sir lord lady count duke baron
    vice deputy chief foreign defence defense state
""")

# Particles that begin names in lower case: a label that opens with one is not capitalised.
NAME_PARTICLES = _words("de del della di da van von der den du la le al el bin ibn ben dos das ter ten zu")
