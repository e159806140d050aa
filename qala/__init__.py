"""Qala (قال): who said what in the Arabic press.

The application package: the ``qala`` command (:mod:`qala.cli`), JSON Lines in and out
(:mod:`qala.records`), the published site as a Datasette plugin (:mod:`qala.site`) and the bundled
sample site (:mod:`qala.demo`). The libraries it joins are :mod:`qala.crawler`,
:mod:`qala.extractor` and :mod:`qala.db`.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("qala")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0"
