"""data/raw is immutable: the seed plan is kept byte-for-byte as received."""

from __future__ import annotations

import hashlib

import yaml
from conftest import DATA, SHARED

# The sha256 of ../shared/seed/000_338d0cae8ab6b9f3.txt as it was handed to us.
SEED_SHA256 = "154e1a6affc5ec1264bb236d0964dd6c3b60516afa76a711bb9f56d31331dc41"


def test_raw_plan_text_is_unchanged():
    data = (DATA / "raw" / "chentao-2025q4.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    assert len(data) == 8839


def test_raw_metadata_records_the_same_checksum_and_byline():
    meta = yaml.safe_load((DATA / "raw" / "chentao-2025q4.meta.yaml").read_text(encoding="utf-8"))
    assert meta["sha256"] == SEED_SHA256
    assert meta["author"] == "王愉涵" and meta["author_role"] == "党委书记" and meta["place"] == "陈涛镇"
    assert str(meta["published"]) == "2025-10-29"


def test_raw_text_matches_the_shared_seed_when_present():
    seed = SHARED / "seed" / "000_338d0cae8ab6b9f3.txt"
    if not seed.exists():
        import pytest

        pytest.skip("../shared/seed is not beside the checkout")
    assert seed.read_bytes() == (DATA / "raw" / "chentao-2025q4.txt").read_bytes()
