"""A text too large to be one plan is refused before any work, with nothing written (issue 19, item 6)."""

import pytest

from plan_analysis.errors import InputError
from plan_analysis.plans.draft_files import MAX_DRAFT_BYTES, write_draft


def test_a_text_over_the_limit_is_refused_naming_the_file_and_nothing_is_written(tmp_path):
    line = "年底前完成镇区道路改造。\n".encode()
    data = line * (MAX_DRAFT_BYTES // len(line) + 1)
    assert len(data) > MAX_DRAFT_BYTES
    source = tmp_path / "huge.txt"
    root = tmp_path / "data"
    with pytest.raises(InputError) as refused:
        write_draft(source, data, plan_id="huge", data_root=root, year=2025)
    message = str(refused.value)
    assert message.startswith(f"{source}: is 4.0 MB")
    assert "at most 4 MB" in message and "plan-analysis extract" in message
    assert not root.exists()


def test_a_text_at_the_limit_is_not_refused_for_its_size(tmp_path):
    # The cheapest text of exactly the limit that is still refused for another reason
    # (it names no year): the size check lets it through to the year check.
    data = b"a" * MAX_DRAFT_BYTES
    with pytest.raises(InputError, match="names no year"):
        write_draft(tmp_path / "big.txt", data, plan_id="big", data_root=tmp_path / "data")
