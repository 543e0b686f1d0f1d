"""Actor lanes from the subject of each sentence's main clause."""

import pytest

from tests.core.actors.helpers import lane_of_sentence, lanes_of
from viewer.core.actors.lanes import actor_lanes
from viewer.core.document import analyse


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        ("The Senate passed the bill on 3 May.", "Senate"),
        ("Meanwhile, General Grant captured Vicksburg.", "General Grant"),
        ("On 29 October, the Navy announced a blockade.", "Navy"),
        ("On 29 October the Navy announced a blockade.", "Navy"),
        ("Later on the same day, President Lincoln said that it was over.", "President Lincoln"),
        ("Following the loss of the fort, Colonel Jones withdrew to the river.", "Colonel Jones"),
        ("John Smith, a local farmer, stated that he saw nothing.", "John Smith"),
        ("[12] Queen Victoria opened the exhibition.", "Queen Victoria"),
        ("The army of Napoleon crossed the Niemen.", "Napoleon"),  # a leader's army is the leader's
        ("Lord Nelson in his flagship sailed south.", "Lord Nelson"),
        ("Yarallah says the town is free.", "Yarallah"),
    ],
)
def test_subject_of_the_main_clause(sentence, lane):
    assert lanes_of(sentence) == [lane]


@pytest.mark.parametrize(
    "sentence",
    [
        "An operation was launched in January.",  # passive: no actor
        "The strategic border started becoming a route.",  # no named subject
        "Rain.",
        "",
    ],
)
def test_no_clear_subject_is_none(sentence):
    assert lanes_of(sentence) in ([None], [])


def test_pronouns_continue_the_previous_actor():
    text = "General Lee attacked at dawn. He withdrew at noon. They regrouped. It rained."
    assert lanes_of(text) == ["General Lee"] * 4


def test_pronoun_after_no_actor_is_none():
    assert lanes_of("An operation was launched. It failed.") == [None, None]


def test_the_x_and_x_share_a_lane():
    assert lanes_of("The Red Cross sent aid. Red Cross said more would come.") == ["Red Cross", "Red Cross"]


def test_acronym_defined_in_the_text_is_the_same_actor():
    text = (
        "The United Nations Security Council (UNSC) met on 3 May. "
        "The UNSC condemned the attack. UNSC stated that it would act. "
        "United Nations Security Council members left."
    )
    lanes = lanes_of(text)
    assert lanes[:3] == ["United Nations Security Council (UNSC)"] * 3


def test_titles_are_kept():
    text = "Prime Minister Winston Churchill said they would fight. Major-General Smith agreed."
    assert lanes_of(text) == ["Prime Minister Winston Churchill", "Major-General Smith"]


def test_crlf_and_hard_wrapped_text():
    text = "The Navy\r\nannounced a blockade.\r\nIt lasted a year.\r\n"
    assert lanes_of(text) == ["Navy", "Navy"]


def test_long_text_is_linear():
    text = "General Lee attacked the town. " * 20000
    assert len(lanes_of(text)) == 20000


class TestSample:
    @pytest.fixture
    def text(self, sample_text):
        return sample_text

    def test_prime_minister_has_one_lane(self, text):
        lanes = {
            lane_of_sentence(text, "Prime Minister Haider al-Abadi announced an offensive"),
            lane_of_sentence(text, "Later on the same day, Prime Minister Haider al-Abadi"),
            lane_of_sentence(text, "Prime Minister Haider al-Abadi stated on 11 November"),
        }
        assert lanes == {"Prime Minister Haider al-Abadi"}

    def test_joint_operations_command_has_one_lane(self, text):
        lanes = {
            lane_of_sentence(text, "The Joint Operations Command (JOC) stated"),
            lane_of_sentence(text, "It also stated"),
            lane_of_sentence(text, "The JOC announced"),
        }
        assert len(lanes) == 1 and "Joint Operations Command" in lanes.pop()

    def test_yarallah_has_one_lane(self, text):
        assert lane_of_sentence(text, "Yarallah stated") == "Yarallah"
        assert lane_of_sentence(text, "He stated:") == "Yarallah"

    def test_the_three_actors_have_different_lanes(self, text):
        lanes = {
            lane_of_sentence(text, "Prime Minister Haider al-Abadi announced an offensive"),
            lane_of_sentence(text, "The JOC announced"),
            lane_of_sentence(text, "Yarallah stated"),
        }
        assert len(lanes) == 3

    def test_appositive_dropped(self, text):
        assert lane_of_sentence(text, "Meanwhile, Qatari al-Samarmad") == "Qatari al-Samarmad"
        assert lane_of_sentence(text, "Major-General Numaan") == "Major-General Numaan Abd al-Zawbaei"

    def test_one_lane_per_sentence(self, text):
        doc = analyse(text)
        assert len(actor_lanes(text, doc.sentences)) == len(doc.sentences)


@pytest.mark.parametrize("sentence", ["Nobody knows when it began.", "This was new.", "There was a war."])
def test_subjects_naming_nobody(sentence):
    assert lanes_of(sentence) == [None]
