"""huazhongdian (划重点): the digest of a Chinese government report, with evidence.

    >>> import huazhongdian as hzd
    >>> doc = hzd.read("report.txt")            # doctest: +SKIP
    >>> d = hzd.digest(doc, lens="science")     # doctest: +SKIP
"""

from huazhongdian.digest import digest
from huazhongdian.errors import BadInput, BadLens, HzdError, UnreadableDocument, UnsupportedFormat
from huazhongdian.read import read, read_bytes, read_text
from huazhongdian.types import Digest, Document

__all__ = [
    "read", "read_bytes", "read_text", "digest", "Digest", "Document",
    "HzdError", "UnreadableDocument", "UnsupportedFormat", "BadLens", "BadInput",
]
__version__ = "0.1.0"
