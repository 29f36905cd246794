#!/usr/bin/env python3
"""Build probe6 from the hand-marked sources in marked/ (texts/ and probe6.gold.jsonl).

The generator, its markup and its checks are Tests/Fixtures/tools/probe_builder.py, shared by
every probe; this file only names probe6's genres (their order is the reference's order) and layout.

usage: python3 make.py [--audit]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import probe_builder  # noqa: E402

GENRES = ["gov_report", "stats_communique", "local_news", "weather", "agriculture",
          "infrastructure"]

if __name__ == "__main__":
    probe_builder.main(__file__, GENRES, layout="articles")
