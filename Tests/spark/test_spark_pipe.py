"""The `tongji` release binary as a Spark stage gives exactly what a direct run gives.

Run by CI through scripts/test, after `swift build -c release --product tongji`: the binary is
`.build/release/tongji` at the repo root (set TONGJI_BIN to test another build). Starts one local[2]
SparkSession for the module, pipes ~24 MB of JSON Lines built from seeds/*.txt (2 MB of articles and
paragraphs, a valid 4 MB record, and bad records: invalid JSON, invalid UTF-8, an empty text, a record
without text, a 16.1 MB record over the tool's limit) through the binary with the recipe in
Examples/spark/tongji_spark.py, and checks that:

- the job succeeds and the direct run (`tongji extract --input jsonl < corpus`) exits 0 in the
  default report mode, with every bad record reported in-band under its id;
- the multiset of mention records from Spark equals the direct run's, byte for byte, for 1 and 8
  partitions, and the error records equal too (except `line`, which counts lines inside a partition);
- RDD.pipe (env, checkCode=True) and Spark SQL TRANSFORM ... USING give the same records too (except
  for the invalid-UTF-8 record, which Spark's string readers have already replaced);
- totals per unit are identical (exact decimals), and the recipe's CSV table holds them;
- per-partition `tongji table` aggregates merged with `tongji table --merge` equal one run's table;
- a failing binary fails the job (`checkCode=True`), instead of silently keeping truncated output;
  `--on-error fail` fails the job on a bad record, the default `report` keeps it going.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "Examples" / "spark" / "tongji_spark.py"
#: scripts/test builds the release binary here before running this stage.
BINARY = Path(os.environ.get("TONGJI_BIN", str(REPO / ".build" / "release" / "tongji")))

HUGE_BYTES = 4 * 1024 * 1024  # one valid record this long
OVERSIZED_BYTES = 16 * 1024 * 1024 + 64 * 1024  # one record just over tongji's 16 MB limit
REPEATS = 24  # whole seed articles and their paragraphs, each REPEATS times: ~2 MB of records


def load_recipe():
    """Imports Examples/spark/tongji_spark.py, the recipe under test."""
    spec = importlib.util.spec_from_file_location("tongji_spark", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    sys.modules["tongji_spark"] = module
    spec.loader.exec_module(module)
    return module


recipe = load_recipe()


# MARK: the corpus


class Corpus:
    """A JSON Lines corpus from seeds/*.txt with known bad records."""

    def __init__(self, path: Path, good_ids: list[str], whole_article_ids: list[str], bad: dict[str, bytes]):
        self.path = path
        self.good_ids = good_ids
        self.whole_article_ids = whole_article_ids
        self.bad = bad  # id -> the raw line


def record_line(doc: str, text: str) -> bytes:
    return json.dumps({"id": doc, "text": text}, ensure_ascii=False).encode("utf-8")


def build_corpus(directory: Path) -> Corpus:
    """Deterministic: every seed article REPEATS times under different ids, its paragraphs as records
    of their own, one 4 MB article, and the bad records spread over the file (so that they land in
    different partitions)."""
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    assert seeds, "no seeds/*.txt in the repo"
    articles = [(seed.stem, seed.read_text(encoding="utf-8")) for seed in seeds]

    bad = {
        "bad-json": b'{"id": "bad-json", "text": "\xe6\x80\xbb\xe6\x8a\x95\xe8\xb5\x843\xe4\xba\xbf\xe5\x85\x83',  # cut off
        "bad-utf8": b'{"id": "bad-utf8", "text": "'
        + "总投资3.25亿元".encode()
        + b"\xff\xfe"
        + "，新建改造城区公路63.2公里".encode()
        + b"\xe4\xb8"
        + '。"}'.encode(),
        "empty-text": b'{"id": "empty-text", "text": ""}',
        "no-text": b'{"id": "no-text", "title": "' + "没有正文".encode() + b'"}',
    }
    good: list[bytes] = []
    good_ids: list[str] = []
    whole: list[str] = []
    for repeat in range(REPEATS):
        for stem, text in articles:
            doc = f"{stem}#{repeat}"
            good.append(record_line(doc, text)); good_ids.append(doc); whole.append(doc)
            paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
            for index, paragraph in enumerate(paragraphs):
                doc = f"{stem}#{repeat}/p{index}"
                good.append(record_line(doc, paragraph)); good_ids.append(doc)

    huge_text_parts: list[str] = []
    size = 0
    while size < HUGE_BYTES:
        for _, text in articles:
            huge_text_parts.append(text)
            size += len(text.encode("utf-8"))
    huge_text = "\n".join(huge_text_parts)
    good.insert(len(good) // 3, record_line("huge", huge_text))
    good_ids.append("huge"); whole.append("huge")
    # Over tongji's 16 MB record limit: reported under its id, not processed, never a crash.
    copies = [huge_text]
    while sum(len(c.encode("utf-8")) + 1 for c in copies) < OVERSIZED_BYTES:
        copies.append(huge_text)
    oversized_text = "\n".join(copies)
    bad["oversized"] = record_line("oversized", oversized_text)

    lines = list(good)
    # Spread the bad records over the file: first line, quarters, last line.
    quarter = len(lines) // 4
    for position, key in zip((0, quarter, 2 * quarter, 3 * quarter, len(lines) + 4), bad):
        lines.insert(position, bad[key])
    path = directory / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return Corpus(path, good_ids, whole, bad)


@pytest.fixture(scope="module")
def binary() -> Path:
    if not BINARY.exists():
        pytest.fail(
            f"the release binary {BINARY} is missing: build it with "
            "`swift build -c release --product tongji` (scripts/test does), or set TONGJI_BIN"
        )
    return BINARY


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("spark-corpus"))


class Run:
    """Parsed output of one run: mention lines (raw, exact) and error records."""

    def __init__(self, lines: list[str]):
        records = [recipe.parse_record(line) for line in lines]
        self.records = records
        self.mentions = Counter(r.raw for r in records if not r.is_error)
        self.errors = Counter(error_key(r.fields) for r in records if r.is_error)
        self.error_docs = Counter(str(r.fields.get("doc")) for r in records if r.is_error)
        self.totals = recipe.unit_totals_local(records)


def error_key(fields: dict) -> str:
    """An error record without `line` (the line inside whichever partition held the record)."""
    return json.dumps({k: v for k, v in fields.items() if k != "line"}, sort_keys=True, ensure_ascii=False, default=str)


@pytest.fixture(scope="module")
def direct(binary, corpus):
    """`tongji extract --input jsonl < corpus`, with the defaults a user gets."""
    with corpus.path.open("rb") as stdin:
        done = subprocess.run(
            [str(binary), "extract", "--input", "jsonl"], stdin=stdin, capture_output=True, timeout=300
        )
    return done, Run(done.stdout.decode("utf-8").splitlines())


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("tongji-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    # The workers import the recipe by name, as a job shipped with --py-files would.
    session.sparkContext.addPyFile(str(EXAMPLE))
    yield session
    session.stop()


def spark_run(spark, binary, corpus, partitions: int) -> Run:
    lines = recipe.read_lines_as_bytes(spark, [str(corpus.path)])
    # One partition: merge the file's splits in order (no shuffle). More: shuffle the records apart.
    lines = lines.coalesce(1) if partitions == 1 else lines.repartition(partitions)
    assert lines.getNumPartitions() == partitions
    return Run(recipe.run_extract(lines, str(binary)).collect())


def assert_bad_records_reported(run: Run, corpus: Corpus) -> None:
    for doc in corpus.bad:
        assert run.error_docs[doc] >= 1, f"no in-band error record for {doc!r}: {sorted(run.error_docs)}"
    assert sum(run.error_docs.values()) >= len(corpus.bad), f"bad records not all reported: {run.errors}"
    for doc in corpus.good_ids:
        assert run.error_docs[doc] == 0, f"a good record was reported as an error: {doc!r}"


# MARK: tests


def test_direct_run_reports_each_bad_record_and_exits_zero(direct, corpus):
    done, run = direct
    assert done.returncode == 0, (
        "`tongji extract --input jsonl` must exit 0 when it read all input (report mode is the default "
        f"for jsonl); got {done.returncode}, stderr: {done.stderr[-2000:]!r}"
    )
    assert_bad_records_reported(run, corpus)
    # The record cut off mid-JSON is not JSON, but its id can still be read: its one error record
    # names it (inside a Spark partition the line number would not find it).
    json_errors = [
        r.fields for r in run.records if r.is_error and r.fields.get("doc") not in ("bad-utf8", "empty-text", "no-text", "oversized")
    ]
    assert len(json_errors) == 1, f"expected one error record for the invalid JSON line, got {json_errors}"
    assert json_errors[0].get("doc") == "bad-json", json_errors[0]
    assert "malformed JSON Lines record" in json_errors[0].get("error", ""), json_errors[0]


def test_direct_run_loses_no_record(direct, corpus):
    _, run = direct
    if not run.mentions:
        pytest.skip("the scanner finds nothing yet: nothing to count (equality tests still run)")
    docs = {str(r.fields["doc"]) for r in run.records if not r.is_error}
    missing = [doc for doc in corpus.whole_article_ids if doc not in docs]
    assert not missing, f"whole seed articles without a single mention: {missing[:10]}"
    # Text after the invalid bytes is still read.
    assert any(str(r.fields["doc"]) == "bad-utf8" and r.fields["unit"] == "m" for r in run.records if not r.is_error)


@pytest.mark.parametrize("partitions", [1, 8])
def test_spark_stage_equals_direct_run(spark, binary, corpus, direct, partitions):
    _, expected = direct
    got = spark_run(spark, binary, corpus, partitions)
    assert got.mentions == expected.mentions, (
        f"{partitions} partitions: {sum((got.mentions - expected.mentions).values())} mention records only in Spark, "
        f"{sum((expected.mentions - got.mentions).values())} only in the direct run"
    )
    assert got.errors == expected.errors
    assert got.totals == expected.totals
    assert_bad_records_reported(got, corpus)


def test_rdd_pipe_route_equals_direct_run(spark, binary, corpus, direct):
    """RDD.pipe with env and checkCode=True. Its elements are strings that Spark's reader decoded,
    so the invalid bytes of "bad-utf8" arrive as U+FFFD: that record is compared by its error-free
    remainder only (docs/distributed.md explains why the recipe defaults to the bytes route)."""
    _, expected = direct
    text = spark.read.option("lineSep", "\n").text(str(corpus.path)).rdd.map(lambda row: row.value).repartition(3)
    got = Run(recipe.run_extract_with_rdd_pipe(text, str(binary)).collect())

    def without_bad_utf8(counter: Counter) -> Counter:
        return Counter({k: v for k, v in counter.items() if '"bad-utf8"' not in k})

    assert without_bad_utf8(got.mentions) == without_bad_utf8(expected.mentions)
    assert without_bad_utf8(got.errors) == without_bad_utf8(expected.errors)
    for doc in ("empty-text", "no-text", "oversized"):
        assert got.error_docs[doc] >= 1


def test_spark_sql_transform_route_equals_direct_run(spark, binary, corpus, direct):
    """Spark SQL `SELECT TRANSFORM(value) USING 'tongji extract ...'`: the same records. Like RDD.pipe
    it hands the command strings, so "bad-utf8" is compared by its remainder only."""
    _, expected = direct
    spark.read.option("lineSep", "\n").text(str(corpus.path)).repartition(3).createOrReplaceTempView("corpus")
    command = f"{binary} extract --input jsonl --jobs 1"
    rows = spark.sql(f"SELECT TRANSFORM(value) USING '{command}' AS (line STRING) FROM corpus").collect()
    got = Run([row.line for row in rows])

    def without_bad_utf8(counter: Counter) -> Counter:
        return Counter({k: v for k, v in counter.items() if '"bad-utf8"' not in k})

    assert without_bad_utf8(got.mentions) == without_bad_utf8(expected.mentions)
    assert without_bad_utf8(got.errors) == without_bad_utf8(expected.errors)


def test_failing_binary_fails_the_job(spark, binary):
    """checkCode=True (and the bytes route, always): a usage error is a non-zero exit status, and the job fails
    loudly. With PySpark's default checkCode=False the same job 'succeeds' with no output at all."""
    lines = spark.sparkContext.parallelize(['{"id": "a", "text": "总投资3亿元"}'], 1)
    bad_args = ("extract", "--input", "jsonl", "--no-such-option")
    with pytest.raises(Exception, match=r"status \d+|PIPE_FUNCTION_EXITED"):
        recipe.run_extract_with_rdd_pipe(lines, str(binary), bad_args).collect()
    with pytest.raises(Exception, match=r"exited with status \d+"):
        recipe.run_extract(lines.map(lambda s: s.encode()), str(binary), bad_args).collect()
    silent = lines.pipe(" ".join((str(binary), *bad_args)), env=recipe.child_env()).collect()
    assert silent == [], "PySpark's default pipe was expected to swallow the failure"


@pytest.mark.parametrize("route", ["bytes", "pipe"])
def test_recipe_writes_the_exact_per_unit_table(spark, binary, corpus, direct, tmp_path, route):
    _, expected = direct
    out = tmp_path / "units.csv"
    errors_out = tmp_path / "errors"
    status = recipe.main(
        [str(corpus.path), "--out", str(out), "--binary", str(binary), "--partitions", "5", "--errors-out", str(errors_out),
         "--route", route],
        spark=spark,
    )
    assert status == 0
    raw = out.read_bytes()
    assert raw.startswith(b"dimension,unit,mentions,docs,total,min,max\r\n")
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))

    # Independent of the recipe's arithmetic: exact rational sums of the direct run's JSON numbers.
    sums: dict[tuple[str, str], Fraction] = {}
    counts: Counter = Counter()
    docs: dict[tuple[str, str], set] = {}
    for record in expected.records:
        if record.is_error:
            continue
        key = (record.fields["dimension"], record.fields["unit"])
        sums[key] = sums.get(key, Fraction(0)) + Fraction(str(record.fields["value"]))
        counts[key] += 1
        docs.setdefault(key, set()).add(record.fields["doc"])
    assert {(row["dimension"], row["unit"]) for row in rows} == set(sums)
    for row in rows:
        key = (row["dimension"], row["unit"])
        assert Fraction(row["total"]) == sums[key], key
        assert int(row["mentions"]) == counts[key], key
        assert int(row["docs"]) == len(docs[key]), key
        assert "e" not in row["total"].lower(), row["total"]

    reported = [json.loads(line) for part in sorted(errors_out.glob("part-*")) for line in part.read_text("utf-8").splitlines()]
    # The pipe route gets strings: Spark replaced the invalid bytes before tongji could see them.
    must_report = {"empty-text", "no-text", "oversized"} | ({"bad-utf8"} if route == "bytes" else set())
    assert {r["doc"] for r in reported} >= must_report


def test_partial_tongji_tables_merge_into_the_single_run_table(spark, binary, direct, tmp_path):
    """`tongji table --by dimension,unit` per Spark partition, then `tongji table --merge`, gives the
    table of one run over all mentions, byte for byte (an empty partition included)."""
    done, run = direct
    mentions_file = tmp_path / "mentions.jsonl"
    mentions_file.write_text("".join(line + "\n" for line in sorted(run.mentions.elements())), encoding="utf-8")
    with mentions_file.open("rb") as stdin:
        single = subprocess.run(
            [str(binary), "table", "--by", "dimension,unit", "--format", "csv"], stdin=stdin, capture_output=True, check=True
        ).stdout

    context = spark.sparkContext
    lines = context.textFile(str(mentions_file)).repartition(6)
    lines = context.union([lines, context.parallelize([], 1)])  # a partition without mentions
    partials = recipe.tongji_table_partials(lines, str(binary)).collect()
    assert len(partials) == 7
    merged = tmp_path / "merged.csv"
    recipe.merge_tongji_tables(partials, str(binary), str(merged))
    assert merged.read_bytes() == single
    if run.mentions:
        assert single.count(b"\n") > 3, single


def test_on_error_fail_fails_the_job_and_report_keeps_it_going(spark, binary, corpus):
    """`--on-error fail` stops at the first bad record with status 1, which fails the task and the job;
    the default `report` turns the same record into an error record and the job succeeds."""
    good = record_line("good", "总投资3.25亿元的热电联产长输管道")
    lines = spark.sparkContext.parallelize([good, corpus.bad["no-text"], good], 1)
    fail_args = ("extract", "--input", "jsonl", "--on-error", "fail", "--jobs", "1")
    with pytest.raises(Exception, match=r"exited with status 1"):
        recipe.run_extract(lines, str(binary), fail_args).collect()
    reported = Run(recipe.run_extract(lines, str(binary)).collect())
    assert reported.error_docs == Counter({"no-text": 1})
