"""Errors hearsay raises, each with a code so users and tests can tell them apart.

The library never prints and never exits: it raises these, and the CLI turns them into one
clear line and an exit status.
"""

from __future__ import annotations


class HearsayError(Exception):
    """Base class of every error hearsay raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class UnsupportedLanguageError(HearsayError):
    code = "E001"


class LexiconError(HearsayError):
    code = "E002"


class GoldFormatError(HearsayError):
    code = "E003"


class InputError(HearsayError):
    code = "E004"
