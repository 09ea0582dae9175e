"""Plain text (.txt): the file is the article, so the map is the identity."""

from __future__ import annotations

from ._source import Source, SourceMap, decode_text


def read_text(data: bytes, name: str) -> Source:
    """Decode UTF-8 (a byte-order mark is dropped; columns count from after it).

    Raises:
        InputError: the file looks binary or is not UTF-8.
    """
    text = decode_text(data, name)
    return Source(text=text, map=SourceMap.identity(text), format="text")
