"""The grammar words the subject finder reads a sentence by.

Closed classes of English (determiners, pronouns, prepositions, auxiliaries) and the
common finite verbs of narrative prose. The facts about actors (countries, alliances,
titles, the words for forces) are data files, read by ``gazetteer``; these are the
language, not the world. Every set holds lower-case words.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SUBJECT_PRONOUNS = _words("it he she they")
MARKS = frozenset('"“”«»')  # quotation marks, stepped over where a subject is looked for
POSSESSIVES = _words("its his her their our my your")
ARTICLES = _words("the a an")
# Words that open a noun phrase without naming anyone: "this", "several", "two".
DETERMINERS = ARTICLES | POSSESSIVES | _words(
    """this that these those some any each every both all no another other such many several
    most few much more less certain various numerous two three four five six seven eight nine
    ten dozens hundreds thousands millions hundred thousand million one either neither""")
# "Most of the German army": a share of what follows "of".
PARTITIVES = _words(
    """most many some all part parts much half majority minority bulk remnants remnant rest
    elements element members member none several each both one two three four five units
    contingents detachments dozens hundreds thousands millions""")
# Subjects that name nobody in particular.
NOT_ACTORS = _words(
    """nobody no-one everyone everybody someone somebody anyone nothing something everything
    this that these those there here i we you one many some most all both each none few
    several others other another such what which who whom whose either neither how why when where""")

# Sentence adverbs that open a sentence and are stepped over ("Meanwhile, ...").
SENTENCE_ADVERBS = _words(
    """meanwhile later then however also subsequently eventually finally soon shortly afterwards
    afterward earlier today yesterday nevertheless nonetheless thus therefore instead initially
    originally moreover furthermore additionally still next consequently overall ultimately
    similarly likewise indeed again now perhaps probably possibly certainly clearly notably
    importantly significantly interestingly ironically unfortunately fortunately surprisingly
    accordingly hence thereafter thereupon otherwise elsewhere meantime altogether
    alternatively conversely specifically namely especially particularly generally typically
    usually often sometimes briefly simultaneously concurrently previously formerly recently
    currently immediately quickly gradually slowly suddenly together firstly secondly thirdly
    lastly late early not yet and but or so nor even just only almost nearly approximately
    roughly first further partly largely mostly mainly chiefly rarely""")
# Sentence adverbs that can also open a name ("Early" for Jubal Early, "First Army"): stepped
# over only before a comma or a lower-case word.
NAME_LIKE_ADVERBS = _words("first next late early still only even just young long")
# Words that open an adverbial or subordinate clause, which runs to its comma.
CLAUSE_OPENERS = _words(
    """on in at after before during following when while since although though because as by
    despite until till from with under according once if upon throughout within between among
    amid amidst around over towards toward without unlike like having being along beginning
    starting prior across against beyond behind near outside inside except besides due thanks
    regardless notwithstanding whereas unless whether where whenever wherever given to for of
    into onto via per through""")
# Openers of a full clause, whose own subject and verb come before the comma that closes it.
SUBORDINATORS = _words(
    """after before when while since although though because as once if until till unless
    whereas whenever wherever where whether""")
# Conjunctions that continue a skipped clause: "Leaving Atlanta, and his base of supplies, ..."
CLAUSE_JOINERS = _words("and or but nor")

# Words that end a subject when they follow its noun: a prepositional phrase or a relative clause.
SUBJECT_CUTS = _words(
    """in at from to on with near during after before since who which that whose whom within
    across against under over into between among by for through throughout along beside
    besides toward towards upon amid without via""")
# Name particles written in lower case inside a name: "Charles de Gaulle", "Haider al-Abadi". The
# spaced ones stand alone; all of them may be joined to the name by a hyphen.
SPACED_PARTICLES = _words("bin ibn bint abu abd de da di du del della dei der den des la le van von y ter ten zu")
NAME_PARTICLES = SPACED_PARTICLES | _words("al el ad ar as ash at az")

# Capitalised qualifiers that name no one: "Southern states", "Northern armies".
COMMON_QUALIFIERS = _words(
    """north south east west northern southern eastern western central northeastern northwestern
    southeastern southwestern upper lower local regional provincial federal imperial royal
    national state colonial rebel enemy foreign allied other""")

# Words of the names of places, events and bodies, never of a person's ("Menin Road Ridge",
# "Seven Days Battles", "Hindenburg Line").
NOT_PERSON_WORDS = _words(
    """north south east west northern southern eastern western central upper lower new old great
    greater fort mount mt lake port cape san santa saint st sainte camp battle battles operation
    siege treaty river sea gulf bay island islands province district county road ridge hill hills
    mountain mountains valley line street square bridge canal forest wood woods station campaign
    offensive war wars revolution conference incident movement party front pact agreement
    accords accord act resolution declaration plan doctrine program programme army navy""")

MONTHS = _words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""")
DAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
SEASONS = _words("spring summer autumn fall winter")
ERAS = _words("bc ad bce ce")

BE = _words("was were is are been being be am")
# Verbs that say what the subject is rather than what it does: no actor.
COPULAS = BE | _words("became become becomes remained remains seemed seems appeared appears")
AUXILIARIES = _words("had has have having would will could can may might must should shall did does do")
# Participles of the irregular verbs, for "was taken", "had been driven".
IRREGULAR_PARTICIPLES = _words(
    """taken held led made built left given driven beaten broken chosen fallen forgotten frozen
    hidden ridden risen shaken spoken stolen sworn thrown torn woken worn written begun done
    drawn flown grown known seen shown slain sunk struck stuck sent spent lent bent lost won
    fought sought brought bought thought caught taught found bound ground wound kept slept swept
    met fed bled fled led read said paid laid told sold put set cut hit shut split spread cast
    overrun overtaken undertaken withdrawn overthrown forbidden forgiven mistaken arisen""")
# Adverbs between a subject and its verb: "the Soviets soon launched".
VERB_ADVERBS = _words(
    """also then later subsequently again soon still thereafter reportedly allegedly initially
    eventually finally only further officially publicly first not never already immediately
    repeatedly almost nearly quickly successfully jointly briefly once twice thus therefore
    instead finally ultimately gradually rapidly easily effectively""")
# Finite verbs of narrative prose that no shape rule finds (irregular pasts, present forms).
VERBS = _words(
    """was were is are had has have do did does will would could can may might must should shall
    took led began became made fought won lost withdrew sent met left held gave came went saw
    fell rose broke drove struck overran ran sought brought bought thought spoke wrote chose
    froze stood kept told sold built spent lent meant felt found bound hid fled bled fed shot
    let set put cut hit quit spread beat bore swore tore wore threw grew knew drew flew slew
    forbade forgave undertook overtook mistook shook arose awoke wove dug stuck sprang sang
    rang sank shrank drank swam sat lay laid paid said dealt leapt crept slept swept wept
    knelt taught caught understood withstood overthrew foresaw oversaw rebuilt began begun
    says states announces declares reports claims captures launches takes attacks seizes
    orders confirms denies adds tells writes leads begins starts becomes makes fights wins
    loses enters withdraws retreats advances kills signs meets sends returns arrives leaves
    dies goes comes sees gives holds keeps invades occupies controls remains continues agrees
    refuses decides calls asks urges warns promises threatens records suggests argues accepts
    recounts notes believes contends asserts maintains describes estimates mentions explains
    observes concludes relates considers doubts thinks proposes insists disputes delineates
    died understood""")
# Words ending in "ed" that are not verbs.
NOT_VERBS_ED = _words(
    """red bed need speed seed breed shed hundred united allied armed combined mixed limited
    related naked sacred wicked rugged ragged beloved learned aged skilled feed deed reed heed
    weed creed greed steed""")
