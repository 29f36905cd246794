#!/usr/bin/env python3
"""Build probe4 from the hand-marked sources in marked/ (texts/ and probe4.gold.jsonl).

The generator, its markup and its checks are Tests/Fixtures/tools/probe_builder.py, shared by
every probe; this file only names probe4's genres (their order is the reference's order) and layout.

usage: python3 make.py [--audit]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import probe_builder  # noqa: E402

GENRES = ["stats_communique", "gov_report", "local_news", "agriculture", "energy",
          "transport", "weather", "finance_trade"]

if __name__ == "__main__":
    probe_builder.main(__file__, GENRES, layout="lines")
