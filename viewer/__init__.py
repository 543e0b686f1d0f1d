"""timeline-viewer: dated events from narrative text, on a chronology you can explore."""

__version__ = "0.1.0"
