"""One actor, one lane, whatever the text calls it."""

import pytest

from tests.core.actors.helpers import lane_of_sentence, lanes_of


@pytest.mark.parametrize(
    ("sentences", "lane"),
    [
        # peoples to their country
        (["The Germans attacked.", "Germany retreated.", "The German army held the line."], "Germany"),
        (["The Soviets advanced.", "The Soviet Union signed.", "The USSR protested."], "Soviet Union"),
        (["The Americans landed.", "The United States protested.", "The U.S. Navy sailed."], "United States"),
        (["The Carthaginians sailed.", "Carthage paid.", "The Carthaginian fleet fled."], "Carthage"),
        (["The Spartans marched.", "Sparta refused.", "The Lacedaemonians withdrew."], "Sparta"),
        (["The Ottomans besieged Vienna.", "The Ottoman Empire withdrew.", "The Porte protested."],
         "Ottoman Empire"),
        (["The Confederates attacked.", "The Confederacy seceded.", "Confederate cavalry raided."], "Confederacy"),
        # adjectives to their country, and to their alliance
        (["British troops landed.", "The British government protested.", "Britain agreed."], "Britain"),
        (["Allied bombers struck.", "The Allies landed.", "Allied forces advanced."], "Allies"),
        (["Axis forces withdrew.", "The Axis Powers protested."], "Axis"),
    ],
)
def test_every_name_of_an_actor_is_one_lane(sentences, lane):
    assert set(lanes_of(" ".join(sentences))) == {lane}


def test_the_lane_shows_the_name_the_text_uses():
    assert lanes_of("The British attacked. Great Britain declared war.") == ["Great Britain"] * 2
    assert lanes_of("The British attacked. The United Kingdom declared war.") == ["United Kingdom"] * 2
    # no name in the text: the data file's
    assert lanes_of("The British attacked.") == ["United Kingdom"]


def test_an_acronym_is_its_long_form():
    text = ("The Joint Naval Staff (JNS) met on 3 May. The JNS ordered a blockade. "
            "Joint Naval Staff officers said it would hold.")
    assert lanes_of(text)[:2] == ["Joint Naval Staff (JNS)"] * 2


def test_an_acronym_for_a_known_actor_is_that_actor():
    assert lanes_of("The North Atlantic Treaty Organization (NATO) met. NATO agreed.") == ["NATO"] * 2


@pytest.mark.parametrize(
    ("text", "opening", "lane"),
    [
        # the text gave the full name outside any subject ("... was Ulysses S. Grant")
        ("The best general of the Union was Ulysses S. Grant. Grant marched south. "
         "General Grant took Vicksburg.", "Grant marched", "Ulysses S. Grant"),
        ("The best general of the Union was Ulysses S. Grant. Grant marched south. "
         "General Grant took Vicksburg.", "General Grant", "Ulysses S. Grant"),
        # with the title it was first given
        ("The king appointed Field Marshal Erich von Falken. Falken attacked at dawn.", "Falken",
         "Field Marshal Erich von Falken"),
        # a surname with its particle
        ("Prime Minister Haider al-Rashid spoke. Al-Rashid said the war was over. "
         "Later, al-Rashid resigned.", "Later", "Prime Minister Haider al-Rashid"),
        # a given name used alone, where the text gave one full name with it
        ("Saddam Hussein invaded Kuwait. Saddam refused to withdraw.", "Saddam refused", "Saddam Hussein"),
        # the full name given last before, when two share a surname
        ("Joseph E. Johnston held Atlanta. Johnston retreated. Later Albert S. Johnston "
         "marched west. Johnston fell at Shiloh.", "Johnston fell", "Albert S. Johnston"),
    ],
)
def test_a_surname_is_the_full_name_the_text_gave(text, opening, lane):
    assert lane_of_sentence(text, opening) == lane


def test_titles_and_sides_do_not_split_a_person():
    text = ("Confederate General Thomas Jackson marched north. General Jackson attacked. "
            "Jackson withdrew.")
    assert set(lanes_of(text)) == {"General Thomas Jackson"}


def test_the_same_word_is_the_same_name_with_or_without_accents():
    assert set(lanes_of("General Võ Nguyên Giáp attacked. General Vo Nguyen Giap withdrew.")) == {
        "General Võ Nguyên Giáp"}


def test_a_name_and_its_plural_and_its_army_are_one_lane():
    text = "The Nationalist army attacked. The Nationalists took the town. A Nationalist column withdrew."
    assert set(lanes_of(text)) == {"Nationalists"}


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        ("The German army crossed the river.", "Germany"),  # a country's force is the country
        ("The Polish 5th Army held the line.", "Poland"),
        ("The Imperial Japanese Navy sailed south.", "Japan"),
        ("A German Army Group North attacked.", "Germany"),  # a unit and its designation
        ("The Wehrmacht invaded Poland.", "Germany"),  # a force named in the data files
        ("Union cavalry raided the depot.", "Union"),
        ("The Red Army crossed the river.", "Red Army"),  # no known country in its name
        ("The army's 7th Division held the bridge.", "7th Division"),
        ("Sherman's army marched to the sea.", "Sherman"),  # a leader's army is the leader's
        ("The army of Napoleon crossed the Niemen.", "Napoleon"),
        ("Most of the German army surrendered.", "Germany"),
        ("The government troops advanced.", None),  # no one is named
    ],
)
def test_units_and_forces(sentence, lane):
    assert lanes_of(sentence) == [lane]


def test_pronouns_and_possessives_carry_the_last_actor():
    text = ("The Swedes crossed the ice. They took the island. It also stated that the war was over. "
            "Their army withdrew. His speech was long.")
    assert lanes_of(text) == ["Sweden", "Sweden", "Sweden", "Sweden", None]


def test_different_actors_keep_different_lanes():
    text = ("Austria declared war. Austria-Hungary mobilised. North Korea attacked. South Korea retreated. "
            "Korea was divided.")
    assert lanes_of(text)[:4] == ["Austria", "Austria-Hungary", "North Korea", "South Korea"]


def test_a_full_name_with_and_without_its_middle_initial_is_one_lane():
    text = "Lyndon B. Johnson took office. Lyndon Johnson escalated the war. Johnson resigned."
    assert set(lanes_of(text)) == {"Lyndon B. Johnson"}


def test_a_given_name_alone_whatever_the_case_of_the_full_name():
    text = "Chiang Kai-shek marched north. Chiang Kai-Shek took Nanjing. Chiang retreated."
    assert set(lanes_of(text)) == {"Chiang Kai-shek"}
