"""Bytes in every common encoding → text; binary → InputError."""

from __future__ import annotations

import codecs

import pytest

from plan_analysis.errors import InputError
from plan_analysis.text.decoding import decode_bytes, read_text

SIMPLIFIED = "全年工业实施开票8亿元，新增停车位500个以上。"
TRADITIONAL = "全年工業實施開票8億元，新增停車位500個以上。"


@pytest.mark.parametrize(
    "data, text",
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED),
        (SIMPLIFIED.encode("gb2312"), SIMPLIFIED),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED),
        (TRADITIONAL.encode("gb18030"), TRADITIONAL),
    ],
)
def test_decodes_common_encodings(data, text):
    assert decode_bytes(data).text == text


def test_big5_is_detected():
    text = "潼關縣今年將辦好十件民生實事，全縣新增停車位500個以上、充電樁100個以上；全年新增天然氣入戶1800戶以上。" * 3
    decoded = decode_bytes(text.encode("big5"))
    assert decoded.text == text
    assert "big5" in decoded.encoding.lower().replace("_", "")


def test_utf8_bom_is_dropped_and_named():
    decoded = decode_bytes(codecs.BOM_UTF8 + "八亿元".encode())
    assert decoded.text == "八亿元"
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03binary\x00\xff" * 20, bytes(range(32)) * 10])
def test_binary_is_refused_with_the_file_named(data):
    with pytest.raises(InputError) as info:
        decode_bytes(data, source="plan.txt")
    assert info.value.path == "plan.txt"
    assert "UTF-8" in str(info.value) and "GB18030" in str(info.value)


def test_read_text_from_a_file(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    decoded = read_text(path)
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == "gb18030"
    assert read_text(SIMPLIFIED.encode()).text == SIMPLIFIED


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as info:
        read_text(tmp_path / "absent.txt")
    assert "absent.txt" in str(info.value)
