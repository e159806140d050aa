"""Qala's extractor: Arabic news text in, statements out (rule-based, pure Python, no network).

    from qala.extractor import extract
    for st in extract(text):
        print(st.speaker, st.cue, st.type, st.text)

:func:`extract` gives each statement (direct, mixed or indirect) with its speaker, the speaker's
title, the cue and character offsets; :func:`explain` also gives, per statement, the speaker
sieves tried and what each found. The stages, in order: :mod:`.tokens`, :mod:`.mentions`,
:mod:`.cues`, :mod:`.content`, :mod:`.sieves`, :mod:`.resolve` (see :mod:`.extract`).
"""

from .extract import explain, extract
from .models import Statement

__all__ = ["Statement", "explain", "extract"]
