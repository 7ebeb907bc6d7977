"""XLSX: every sheet's rows as table rows; a lone cell above the header reads as a heading."""

from __future__ import annotations

import io
import zipfile

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from .common import BlockBuilder, ParseError, make_document


def parse(data: bytes, path: str, stem: str):
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as e:
        raise ParseError(f"not a readable XLSX workbook ({e.__class__.__name__}: {e})") from e
    b = BlockBuilder()
    try:
        for sno, ws in enumerate(wb.worksheets, start=1):
            b.heading(ws.title, 1, sheet=ws.title)
            for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
                filled = [v for v in values if v is not None and str(v).strip()]
                if not filled:
                    continue
                if len(filled) == 1 and isinstance(filled[0], str) and r <= 3:
                    b.heading(filled[0], 2, sheet=ws.title, row=r)
                else:
                    b.row(values, sheet=ws.title, table=sno, row=r)
    finally:
        wb.close()
    return make_document(path, "xlsx", b, fallback_title=stem)
