#!/usr/bin/env python3
"""Tongji as a Spark stage: a JSON Lines corpus piped through `tongji extract`, totals per unit.

    spark-submit --master yarn --files .build/release/tongji \\
        Examples/spark/tongji_spark.py hdfs:///corpus/*.jsonl --out units.csv \\
        --mentions-out hdfs:///tongji/mentions --errors-out hdfs:///tongji/errors

Each input line is one record `{"id": ..., "text": ...}`. Every partition streams its lines through
one `tongji extract --input jsonl --on-error report` process; the mention records come back as JSON
Lines and are totalled per (dimension, unit) with exact decimal arithmetic, so the table does not
depend on how Spark split the input. Error records (`{"doc": id, "error": ..., "line": ...}`) are
kept apart and counted; their `line` is the line inside the partition, so use `doc` to find them.

Two routes into the binary (see docs/distributed.md):

* `--route bytes` (default): the lines are read as raw bytes (`spark.read.text` cast to binary) and
  written to the process unchanged, by `pipe_bytes` below. Invalid UTF-8 reaches tongji, which
  reports it in-band; the binary is found with `SparkFiles.get` on each executor.
* `--route pipe`: `RDD.pipe` with `env` and `checkCode=True`. Simpler, but its elements are Python
  strings: Spark's text reader has already turned invalid UTF-8 into U+FFFD, silently, and the
  command line is fixed on the driver, so the binary must sit at the same path on every node.

The module is importable (Tests/spark uses it), so the recipe shown is the recipe tested.
"""

from __future__ import annotations

import argparse
import csv
import decimal
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

#: The extract command every partition runs. `--on-error report` keeps a bad record from failing
#: the task (it becomes an error record and the exit status stays 0); `--jobs 1` because Spark
#: already runs one task per core.
EXTRACT_ARGS: Tuple[str, ...] = ("extract", "--input", "jsonl", "--on-error", "report", "--jobs", "1")

#: Exact addition whatever the magnitudes: with the maximum precision, `add` never rounds.
#: (Python's default context keeps 28 digits and would round a large total silently.)
EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def child_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """The environment for the tongji process.

    `RDD.pipe` starts its command with an EMPTY environment unless `env` is given (no PATH, no
    locale, no TMPDIR), and executors' environments differ from the driver's anyway, so spell out
    what the process may rely on. tongji needs none of it today; the locale and TMPDIR keep any
    later helper (and `sh -c` wrappers) predictable.
    """
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TMPDIR": os.environ.get("TMPDIR", "/tmp"),
    }
    if extra:
        env.update(extra)
    return env


def resolve_binary(name: str) -> str:
    """The path of the shipped binary on THIS node: call it inside a task, not on the driver.

    `spark-submit --files path/tongji` (or `SparkContext.addFile`) copies the file to every
    executor; `SparkFiles.get` gives its local path there. An absolute path is taken as is.
    """
    if os.path.isabs(name):
        path = name
    else:
        from pyspark import SparkFiles

        path = SparkFiles.get(name)
        if not os.path.exists(path):
            found = shutil.which(name)
            if found is None:
                raise FileNotFoundError(
                    f"tongji binary {name!r} not found on this executor: ship it with "
                    f"`spark-submit --files path/to/{name}` or pass --binary /absolute/path"
                )
            path = found
    if not os.access(path, os.X_OK):
        os.chmod(path, os.stat(path).st_mode | 0o111)
    return path


def pipe_bytes(
    lines: Iterable[bytes], binary: str, args: Sequence[str] = EXTRACT_ARGS, env: Optional[Dict[str, str]] = None
) -> Iterator[bytes]:
    """Streams `lines` through one tongji process; yields its output lines (bytes, no line feed).

    What `RDD.pipe` does, but byte-exact and safe: the input is written as raw bytes (invalid UTF-8
    reaches tongji, which reports it), stdin is always closed even if the input iterator fails (a
    dead writer thread would otherwise leave the process waiting forever), and a non-zero exit
    status always fails the task, like `checkCode=True`.
    """
    proc = subprocess.Popen(
        [resolve_binary(binary), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env if env is not None else child_env(),
    )
    writer_failure: List[BaseException] = []

    def feed() -> None:
        try:
            assert proc.stdin is not None
            for line in lines:
                proc.stdin.write(bytes(line).rstrip(b"\n") + b"\n")
        except BrokenPipeError:
            pass  # the process ended early; its exit status tells why
        except BaseException as failure:  # re-raised in the task below
            writer_failure.append(failure)
        finally:
            try:
                proc.stdin.close()  # type: ignore[union-attr]
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed, name="tongji-stdin", daemon=True)
    writer.start()
    assert proc.stdout is not None
    finished = False
    try:
        for out in proc.stdout:
            yield out.rstrip(b"\n")
        writer.join()
        status = proc.wait()
        finished = True
    finally:
        if not finished:  # the task stopped reading early (take, limit, failure): end the process
            proc.kill()
            proc.wait()
            writer.join()
    if writer_failure:
        raise writer_failure[0]
    if status != 0:
        raise RuntimeError(f"{binary} {' '.join(args)} exited with status {status}")


def read_lines_as_bytes(spark, paths: Sequence[str], partitions: Optional[int] = None):
    """The corpus as an RDD of raw lines (bytes), exactly as stored.

    `spark.read.text` keeps the bytes of each line; casting to binary hands them to Python
    unchanged. (`sc.textFile` decodes in the JVM and replaces invalid UTF-8 with U+FFFD.) Lines are
    split on "\\n" only, as tongji does.
    """
    frame = spark.read.option("lineSep", "\n").text(list(paths))
    rdd = frame.selectExpr("CAST(value AS BINARY) AS line").rdd.map(lambda row: bytes(row.line))
    if partitions:
        rdd = rdd.repartition(partitions)
    return rdd


def run_extract(lines_rdd, binary: str = "tongji", args: Sequence[str] = EXTRACT_ARGS, env=None):
    """Route `bytes`: every partition of raw lines through `pipe_bytes`; an RDD of output lines (str)."""
    environment = env if env is not None else child_env()
    arguments = tuple(args)

    def partition(lines: Iterator[bytes]) -> Iterator[str]:
        for out in pipe_bytes(lines, binary, arguments, environment):
            yield out.decode("utf-8")  # tongji writes valid UTF-8 (U+FFFD for what it replaced)

    return lines_rdd.mapPartitions(partition)


def run_extract_with_rdd_pipe(text_rdd, binary_path: str, args: Sequence[str] = EXTRACT_ARGS, env=None):
    """Route `pipe`: `RDD.pipe` over lines as Python strings; an RDD of output lines (str).

    `env` is passed explicitly (PySpark's default is an empty environment) and `checkCode=True`
    (PySpark's default ignores the exit status and keeps whatever output there was). The command
    is fixed here on the driver: `binary_path` must be valid on every executor (an installed path,
    or `./tongji` on YARN, where `--files` land in the container's working directory).
    """
    import shlex

    command = " ".join(shlex.quote(part) for part in (binary_path, *args))
    return text_rdd.pipe(command, env=env if env is not None else child_env(), checkCode=True)


# MARK: records


@dataclass(frozen=True)
class Record:
    """One output line of `tongji extract`, parsed: a mention or an in-band error."""

    fields: Dict[str, object]
    raw: str

    @property
    def is_error(self) -> bool:
        """True for `{"doc": ..., "error": ..., "line": ...}`."""
        return "error" in self.fields


def parse_record(line: str) -> Record:
    """Parses one output line, keeping numbers exact (JSON number text to `Decimal` or `int`).

    A line that is neither a mention nor an error record means the binary broke its contract:
    raise, so the task fails loudly instead of losing data.
    """
    fields = json.loads(line, parse_float=Decimal)
    if not isinstance(fields, dict) or not ("error" in fields or ("dimension" in fields and "value" in fields)):
        raise ValueError(f"not a tongji record: {line[:200]!r}")
    return Record(fields, line)


def exact(value: object) -> Decimal:
    """A JSON number parsed with `parse_float=Decimal` (or an int) as a Decimal, exactly."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise ValueError(f"not an exact number: {value!r}")
    return Decimal(value)


# MARK: per-unit totals


@dataclass(frozen=True)
class UnitTotal:
    """Partial aggregate for one (dimension, unit): merges by adding, so any split gives one answer."""

    mentions: int
    total: Decimal
    minimum: Decimal
    maximum: Decimal

    @staticmethod
    def of(value: Decimal) -> "UnitTotal":
        """The aggregate of one value."""
        return UnitTotal(1, value, value, value)

    def merge(self, other: "UnitTotal") -> "UnitTotal":
        """Counts add, sums add exactly, min and max combine."""
        return UnitTotal(
            self.mentions + other.mentions,
            EXACT.add(self.total, other.total),
            min(self.minimum, other.minimum),
            max(self.maximum, other.maximum),
        )


UnitKey = Tuple[str, str]


def unit_key(record: Record) -> UnitKey:
    """(dimension, unit) of a mention record."""
    return (str(record.fields["dimension"]), str(record.fields["unit"]))


def unit_totals(records_rdd) -> Dict[UnitKey, Tuple[UnitTotal, int]]:
    """Per (dimension, unit): the merged `UnitTotal` and the number of distinct docs, computed by Spark.

    `value` is the mention's value in its base unit (the lower bound of a range).
    """
    mentions = records_rdd.filter(lambda r: not r.is_error)
    totals = mentions.map(lambda r: (unit_key(r), UnitTotal.of(exact(r.fields["value"])))).reduceByKey(
        UnitTotal.merge
    )
    docs = (
        mentions.map(lambda r: (unit_key(r), str(r.fields["doc"])))
        .distinct()
        .map(lambda kv: (kv[0], 1))
        .reduceByKey(lambda a, b: a + b)
    )
    return {key: (total, count) for key, (total, count) in totals.join(docs).collect()}


def unit_totals_local(records: Iterable[Record]) -> Dict[UnitKey, Tuple[UnitTotal, int]]:
    """The same table without Spark (for a direct run's output)."""
    totals: Dict[UnitKey, UnitTotal] = {}
    docs: Dict[UnitKey, set] = {}
    for record in records:
        if record.is_error:
            continue
        key = unit_key(record)
        one = UnitTotal.of(exact(record.fields["value"]))
        totals[key] = totals[key].merge(one) if key in totals else one
        docs.setdefault(key, set()).add(str(record.fields["doc"]))
    return {key: (totals[key], len(docs[key])) for key in totals}


def plain(value: Decimal) -> str:
    """A decimal without exponent or needless trailing zeros: 325000000, 63.2, 0.5."""
    if value == value.to_integral_value():
        return format(value.quantize(Decimal(1), context=EXACT), "f")
    return format(value.normalize(EXACT), "f")


TABLE_HEADER = ("dimension", "unit", "mentions", "docs", "total", "min", "max")


def write_table_csv(table: Dict[UnitKey, Tuple[UnitTotal, int]], path: str) -> None:
    """Writes the per-unit table as RFC 4180 CSV (CRLF), sorted by dimension and unit.

    Written to a temporary name beside `path`, then renamed: an interrupted job never leaves a
    half-written table that looks complete.
    """
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".tongji-", suffix=".csv.tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(TABLE_HEADER)
            for (dimension, unit), (total, docs) in sorted(table.items()):
                writer.writerow(
                    (dimension, unit, total.mentions, docs, plain(total.total), plain(total.minimum), plain(total.maximum))
                )
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


# MARK: tongji table per partition, merged


def tongji_table_partials(mention_lines_rdd, binary: str = "tongji", by: str = "dimension,unit", env=None):
    """Any `tongji table --by ...` aggregate, computed per partition by tongji itself: an RDD of
    (partition index, CSV bytes), one partial table per partition.

    CSV, so that each partial opens in a spreadsheet too; an empty partition gives a header-only
    CSV, which `--merge` takes as adding nothing. Merge the partials with `merge_tongji_tables`.
    """
    environment = env if env is not None else child_env()
    args = ("table", "--by", by, "--format", "csv")

    def partition(index: int, lines: Iterator[str]) -> Iterator[Tuple[int, bytes]]:
        out = list(pipe_bytes((line.encode("utf-8") for line in lines), binary, args, environment))
        yield index, b"".join(line + b"\n" for line in out)

    return mention_lines_rdd.mapPartitionsWithIndex(partition)


def merge_tongji_tables(partials: Iterable[Tuple[int, bytes]], binary_path: str, out_path: str) -> None:
    """On the driver: `tongji table --merge` over the partial tables, written to `out_path` (CSV).

    Counts and sums add exactly, min and max combine, means are recomputed: the table equals the
    one a single `tongji table --by ...` run over all the mentions gives, byte for byte.
    """
    with tempfile.TemporaryDirectory(prefix="tongji-partials-") as directory:
        paths = []
        for index, data in sorted(partials):
            path = os.path.join(directory, f"part-{index:05d}.csv")
            with open(path, "wb") as handle:
                handle.write(data)
            paths.append(path)
        subprocess.run(
            [binary_path, "table", "--merge", *paths, "--format", "csv", "-o", out_path], check=True, env=child_env()
        )


# MARK: the job


def main(argv: Optional[Sequence[str]] = None, spark=None) -> int:
    """Runs the recipe; returns the process exit status (0 even with error records: they are data)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines files or globs, one {\"id\",\"text\"} record a line")
    parser.add_argument("--out", required=True, help="the per-unit table (CSV, written on the driver)")
    parser.add_argument("--mentions-out", help="directory for the mention records (saveAsTextFile)")
    parser.add_argument("--errors-out", help="directory for the error records (saveAsTextFile)")
    parser.add_argument(
        "--binary",
        default="tongji",
        help="file name shipped with --files (default: tongji), or a local path to ship from the driver",
    )
    parser.add_argument("--route", choices=("bytes", "pipe"), default="bytes")
    parser.add_argument(
        "--executor-binary",
        help="--route pipe: the binary's path on every executor (e.g. ./tongji on YARN); "
        "default: SparkFiles.get on the driver, right in local mode",
    )
    parser.add_argument("--partitions", type=int, help="repartition the input first (default: as read)")
    options = parser.parse_args(argv)

    from pyspark import SparkFiles, StorageLevel
    from pyspark.sql import SparkSession

    own_session = spark is None
    if own_session:
        spark = SparkSession.builder.appName("tongji-extract").getOrCreate()
        spark.sparkContext.setLogLevel("WARN")
    context = spark.sparkContext

    shipped = options.binary
    if os.path.sep in options.binary:
        context.addFile(os.path.abspath(options.binary))  # ship it ourselves, like --files
        shipped = os.path.basename(options.binary)

    if options.route == "bytes":
        output = run_extract(read_lines_as_bytes(spark, options.inputs, options.partitions), shipped)
    else:
        text = spark.read.option("lineSep", "\n").text(list(options.inputs)).rdd.map(lambda row: row.value)
        if options.partitions:
            text = text.repartition(options.partitions)
        output = run_extract_with_rdd_pipe(text, options.executor_binary or SparkFiles.get(shipped))

    records = output.map(parse_record).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        table = unit_totals(records)
        write_table_csv(table, options.out)
        if options.mentions_out:
            records.filter(lambda r: not r.is_error).map(lambda r: r.raw).saveAsTextFile(options.mentions_out)
        if options.errors_out:
            records.filter(lambda r: r.is_error).map(lambda r: r.raw).saveAsTextFile(options.errors_out)
        errors = records.filter(lambda r: r.is_error).map(lambda r: r.raw).take(5)
        error_count = records.filter(lambda r: r.is_error).count() if errors else 0
    finally:
        records.unpersist()
        if own_session:
            spark.stop()

    mentions = sum(total.mentions for total, _ in table.values())
    print(f"tongji-spark: {mentions} mentions in {len(table)} units -> {options.out}", file=sys.stderr)
    if error_count:
        print(f"tongji-spark: {error_count} error records, e.g.:", file=sys.stderr)
        for line in errors:
            print(f"  {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
