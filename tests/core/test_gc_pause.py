"""One pause of the cyclic collector, nested from any thread; the outermost decides."""

import gc
import sys
import threading

from viewer.core.gc_pause import collection_paused


def test_the_collector_is_off_inside_and_back_after():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_inner_pause_does_not_turn_the_collector_back_on():
    with collection_paused():
        with collection_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off():
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_switch_interval_is_shortened_then_restored():
    before = sys.getswitchinterval()
    with collection_paused(switch_interval=0.0005):
        assert sys.getswitchinterval() == 0.0005
    assert sys.getswitchinterval() == before


def test_pauses_from_two_threads_end_with_the_collector_on():
    inside, leave = threading.Barrier(2), threading.Event()

    def worker():
        with collection_paused(freeze=True):
            inside.wait()
            leave.wait()

    thread = threading.Thread(target=worker)
    thread.start()
    with collection_paused():
        inside.wait()
        leave.set()
        thread.join()
        assert not gc.isenabled()  # the worker's end is not the last
    assert gc.isenabled()
    gc.unfreeze()
