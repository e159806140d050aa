"""The statement record that ``qala extract`` writes (its JSON keys are a stable contract)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass
class Statement:
    """One attributed statement, with character offsets into the article text."""

    text: str
    type: str
    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    rule: str
    speaker: str = ""
    speaker_title: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None

    def to_dict(self, article_id: str | None = None) -> dict:
        record = {"article_id": article_id} if article_id is not None else {}
        record.update((name, getattr(self, name)) for name in _FIELDS)  # (every field is a plain value:
        return record  # dataclasses.asdict would deep-copy each)


_FIELDS = tuple(f.name for f in fields(Statement))
