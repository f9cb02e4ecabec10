"""Rejects: input records that could not be read, kept as JSON Lines next to the output.

The spec (``shared/spec/input.md``) says a bad record is not dropped: it is written with its
origin and reason, and the run goes on. One JSON object per line, as
:meth:`hearsay.model.Reject.to_dict` gives it: ``{"origin", "reason", "record"}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO

from hearsay.model import Reject

__all__ = ["RejectsWriter", "write_rejects"]


class RejectsWriter:
    """Append :class:`Reject` records to a JSON Lines file, creating it on the first one.

    The file is created lazily so that a clean run leaves no empty rejects file behind (its
    presence alone then tells the user something was rejected). Every line is flushed as it
    is written, so the rejects survive a run that is interrupted. ``count`` is the number of
    rejects written by this writer, for the summary and the exit status.

    Example::

        with RejectsWriter("out/rejects.jsonl") as rejects:
            for record in read_records(["in/"]):
                if isinstance(record, Reject):
                    rejects.write(record)
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.count = 0
        self._file: IO[str] | None = None

    def write(self, reject: Reject) -> None:
        """Append one reject as a line of JSON."""
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # backslashreplace: a stray surrogate in a record must not lose the whole line.
            self._file = self.path.open("a", encoding="utf-8", errors="backslashreplace")
        self._file.write(json.dumps(reject.to_dict(), ensure_ascii=False) + "\n")
        self._file.flush()
        self.count += 1

    def close(self) -> None:
        """Close the file if one was opened; writing again reopens it in append mode."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> RejectsWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def write_rejects(rejects: Iterable[Reject], path: str | Path) -> int:
    """Append ``rejects`` to the JSON Lines file at ``path``; return how many were written.

    No file is created when there is nothing to write.
    """
    with RejectsWriter(path) as writer:
        for reject in rejects:
            writer.write(reject)
    return writer.count
