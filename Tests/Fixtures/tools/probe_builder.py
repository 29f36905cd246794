#!/usr/bin/env python3
"""Builds a probe (Tests/Fixtures/probeN/) from its hand-marked sources in marked/: the one
generator of every probe, called by each probe's make.py with its genres and layout.

Markup: ⟦SPAN|DIMENSION|VALUE[|key=val]...⟧, written by hand for every mention.
  VALUE    the value in base units, a Python arithmetic expression (56.8e4*10000/15);
           a range is LOW~HIGH.
  q=       qualifier (approx/over/under); default exact.
  u=       base unit, where it cannot be derived (dimension other, counts without classifier).
  su=      surface unit, where the derivation below gets it wrong.
  opt=NOTE marks the mention optional, with the reason.

Outputs texts/<genre>.txt (markers stripped) and probeN.gold.jsonl (offsets computed from
the stripped text, in code points). Checks, for every record, text[start:end] == span, and
cross-checks every hand value against an independent re-parse of the span (warnings only).
Also audits numerals left outside any mention, for review (python3 make.py --audit).

Layouts, the shape each probe's texts must keep:
  sentences  every line one sentence ending in 。 (probe3)
  lines      lines ending in 。; a line break anywhere else lies inside a mention (probe4, probe5)
  articles   as lines, but a break may also end a heading line or follow ： or ！”, and each
             article holds 800-1500 Chinese characters (warned) (probe6)
"""
import json
import os
import re
import sys
import unicodedata

DIMS = {"money", "length", "area", "volume", "mass", "energy", "power", "percent",
        "temperature", "duration", "count", "other"}
BASE = {"length": "m", "area": "m2", "volume": "m3", "mass": "kg", "energy": "kWh",
        "power": "kW", "temperature": "degC"}
MARK = re.compile(r"⟦(.*?)⟧", re.S)  # a span may hold a line break (PDF-style)

LEAD_Q = ["不超过", "不少于", "大约", "将近", "超过", "突破", "不足", "不到", "低于", "约", "近", "逾", "超"]
TRAIL_Q = ["及以上", "以上", "以内", "以下", "左右", "上下", "内"]
RANGE_SEP = re.compile(r"(?<=.)(至|到|—|～|~|-)")
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
            "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_CHARS = set(CN_DIGIT) | set(CN_UNIT) | set("万亿点几余多半")
SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}
FACTOR = {
    "money": {"元": 1, "美元": 1, "港元": 1, "欧元": 1, "日元": 1, "分钱": 0.01, "毛钱": 0.1},
    "length": {"米": 1, "公里": 1000, "千米": 1000, "厘米": 0.01, "毫米": 0.001},
    "area": {"平方米": 1, "平方公里": 1e6, "亩": 10000 / 15, "公顷": 1e4},
    "volume": {"立方米": 1, "升": 0.001},
    "mass": {"吨": 1000, "公斤": 1, "千克": 1, "克": 0.001, "斤": 0.5, "吨级": 1000},
    "energy": {"千瓦时": 1, "度": 1, "兆瓦时": 1000},
    "power": {"千瓦": 1, "兆瓦": 1000, "瓦": 0.001},
    "percent": {"%": 1, "％": 1, "个百分点": 1, "个基点": 0.01, "成": 10},
    "temperature": {"℃": 1, "摄氏度": 1, "度": 1},
}
DURATION = [("个工作日", "day"), ("工作日", "day"), ("个小时", "hour"), ("小时", "hour"),
            ("分钟", "minute"), ("个月", "month"), ("年期", "year"), ("年", "year"),
            ("周", "week"), ("天", "day"), ("日", "day")]


CUR_PREFIX = ["HK$", "US$", "RMB", "￥", "¥", "$"]


def split_prefix(core):
    """A currency symbol written before the number: (prefix, rest)."""
    for p in CUR_PREFIX:
        if core.startswith(p):
            return p, core[len(p):]
    return "", core


def strip_q(core):
    """Remove qualifier words at both ends; return (core, negative)."""
    neg = False
    changed = True
    while changed:
        changed = False
        if core.startswith("零下"):
            core, neg, changed = core[2:], True, True
        for w in LEAD_Q:
            if core.startswith(w) and len(core) > len(w):
                core, changed = core[len(w):], True
                break
        if core.startswith("上") and len(core) > 1 and core[1] in "万千百":
            core, changed = core[1:], True
        for w in TRAIL_Q:
            if core.endswith(w) and len(core) > len(w):
                core, changed = core[:-len(w)], True
                break
    return core, neg


def infer_q(span):
    if any(w in span for w in ("约", "左右", "上下", "大概")):
        return "approx"
    if re.match(r"(近|将近|不足|不到|低于|不超过)", span) or re.search(r"(以内|以下|内|未满)$", span):
        return "under"
    if re.match(r"(超过|逾|突破|超|不少于|上[万千百])", span) or re.search(r"(余|多|几|以上|^数)", span):
        return "over"
    return "exact"


def split_numeral(core):
    """(numeral, rest): the leading numeral, Arabic or Chinese, and what follows."""
    m = re.match(r"[-−]?[0-9０-９][0-9０-９,，.．]*", core)
    if m:
        return m.group(0), core[m.end():], "arabic"
    i = 1 if core[:1] == "数" and core[1:2] in ("十", "百", "千", "万") else 0
    while i < len(core) and core[i] in CN_CHARS:
        if core[i] == "千" and core[i + 1:i + 2] in ("瓦", "米", "克", "伏") and i > 0:
            break
        i += 1
    return core[:i], core[i:], "chinese"


def derive_su(span):
    span = "".join(span.split())
    core = RANGE_SEP.split(span)[-1] if RANGE_SEP.search(span) else span
    core, _ = strip_q(core)
    if core.startswith("百分之"):
        return "百分之"
    pre, core = split_prefix(core)
    if pre:
        core, _ = strip_q(core)
        num, rest, kind = split_numeral(core)
        return pre + rest
    num, rest, kind = split_numeral(core)
    if kind == "arabic":
        m = re.match(r"[万亿千百]+[余多]", rest)
        if m:
            rest = rest[m.end():]
        elif rest[:1] in ("余", "多"):
            rest = rest[1:]
        return rest
    return rest.replace("多", "").replace("余", "")


def derive_unit(dim, su):
    if dim == "money":
        for k, v in (("HK$", "HKD"), ("US$", "USD"), ("$", "USD"), ("￥", "CNY"), ("¥", "CNY"), ("RMB", "CNY")):
            if su.startswith(k):
                return v
        for k, v in (("美元", "USD"), ("港元", "HKD"), ("欧元", "EUR"), ("日元", "JPY")):
            if k in su:
                return v
        return "CNY"
    if dim in BASE:
        return BASE[dim]
    if dim == "percent":
        return "pp" if ("百分点" in su or "基点" in su) else "%"
    if dim == "duration":
        for k, v in DURATION:
            if su.endswith(k):
                return v
        raise ValueError(f"duration unit for {su!r}")
    if dim == "count":
        u = su.lstrip("万亿千百")
        return {"人(次)": "人次", "台(次)": "台次", "周岁": "岁"}.get(u, u)
    raise ValueError(f"no unit for {dim} {su!r}")


# ---------- independent re-parse of a span, to cross-check the hand values ----------

def cn_number(s):
    s = s.replace("几", "").replace("余", "").replace("多", "").replace("数", "")
    if s == "":  # only the vague word stands (几年): lower bound 1
        return 1.0
    if s == "半":
        return 0.5
    if "点" in s:
        a, b = s.split("点", 1)
        return cn_number(a) + float("0." + "".join(str(CN_DIGIT[c]) for c in b))
    total = section = num = 0
    for c in s:
        if c in CN_DIGIT:
            num = CN_DIGIT[c]
        elif c in CN_UNIT:
            section += (num or 1) * CN_UNIT[c]
            num = 0
        elif c == "万":
            total += ((section + num) or 1) * 10000
            section = num = 0
        elif c == "亿":
            total = ((total + section + num) or 1) * 1e8
            section = num = 0
        else:
            raise ValueError(c)
    return total + section + num


def reparse_one(core, dim, tail_from=None):
    core, neg = strip_q(core)
    pre, core = split_prefix(core)
    if pre:
        core, _ = strip_q(core)
        num, rest, kind = split_numeral(core)
        x = float(unicodedata.normalize("NFKC", num).replace(",", "")) if kind == "arabic" else cn_number(num)
        rest = rest.replace("余", "").replace("多", "")
        if rest.endswith("元"):
            rest = rest[:-1]
        for c in rest:
            x *= SCALE[c]
        return x
    if core.startswith("百分之"):
        return cn_number(core[3:])
    num, rest, kind = split_numeral(core)
    if tail_from is not None and (not rest or re.fullmatch(r"[万亿千百]+", rest)):
        rest = rest + re.sub(r"^[万亿千百]+", "", tail_from) if rest else tail_from
    half = rest.startswith("个半") or (dim == "duration" and rest.endswith("半"))
    if dim == "duration" and rest.endswith("半"):
        rest = rest[:-1]
    if kind == "arabic":
        x = float(unicodedata.normalize("NFKC", num).replace(",", "").replace("−", "-"))
    else:
        x = cn_number(num) if num else 1.0
    rest = rest.replace("余", "").replace("多", "")
    table = FACTOR.get(dim)
    if table:
        unit = max((u for u in table if rest.endswith(u)), key=len, default=None)
        if unit is None:
            raise ValueError(f"unit in {rest!r}")
        scales, f = rest[: -len(unit)], table[unit]
    else:  # count, duration: the rest after any scale characters is the unit
        m = re.match(r"[万亿千百]*", rest)
        scales, f = m.group(0), 1
    for c in scales:
        x *= SCALE[c]
    x *= f
    if half:
        x += 0.5
    return -x if neg else x


def reparse(span, dim):
    span = "".join(span.split())
    m = RANGE_SEP.search(span)
    if m and dim != "other":
        left, right = span[: m.start()], span[m.end():]
        rcore, _ = strip_q(right)
        _, rrest, _ = split_numeral(rcore)
        return reparse_one(left, dim, tail_from=rrest), reparse_one(right, dim)
    return reparse_one(span, dim), None


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def num_out(x):
    if x is None:
        return None
    if float(x).is_integer() and abs(x) < 1e15:
        return int(x)
    return float(x)


LENGTHS = {}
LAYOUTS = ("sentences", "lines", "articles")


def check_layout(layout, doc, text, recs, warnings):
    """The shape `layout` asks of a probe's text (see the module's doc)."""
    if layout == "sentences":
        for line in text.splitlines():
            assert line.endswith("。"), (doc, line)
        return
    assert text.endswith("。\n"), doc
    if layout == "lines":
        breaks = [i for i, c in enumerate(text) if c == "\n" and text[i - 1] != "。"]
        for i in breaks:  # a line break not after 。 must lie inside a mention
            assert any(r["start"] < i < r["end"] for r in recs), (doc, text[i - 10:i + 10])
        return
    breaks = [i for i, c in enumerate(text) if c == "\n" and text[i - 1] not in "。：" and text[i - 2:i] != "！”"]
    for i in breaks:  # a line break not after 。 lies inside a mention, or ends a heading line
        if any(r["start"] < i < r["end"] for r in recs):
            continue
        line = text[text.rfind("\n", 0, i) + 1:i]
        assert "。" not in line and 0 < len(line) <= 60, (doc, text[i - 10:i + 10])
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    if not 800 <= han <= 1500:
        warnings.append(f"{doc}: {han} Chinese characters, outside 800-1500")
    LENGTHS[doc] = (han, len(text), text.count("\n"))


def build(here, genres, layout, audit=False):
    assert layout in LAYOUTS, layout
    records, warnings = [], []
    os.makedirs(os.path.join(here, "texts"), exist_ok=True)
    for g in genres:
        doc = g + ".txt"
        src = open(os.path.join(here, "marked", doc), encoding="utf-8").read()
        out, pos, recs = [], 0, []
        for m in MARK.finditer(src):
            out.append(src[pos:m.start()])
            fields = m.group(1).split("|")
            span, dim, val = fields[0], fields[1], fields[2]
            kv = dict(f.split("=", 1) for f in fields[3:])
            assert dim in DIMS, (doc, span, dim)
            assert set(kv) <= {"q", "u", "su", "opt"}, (doc, span, kv)
            start = sum(len(x) for x in out)
            out.append(span)
            lo, _, hi = val.partition("~")
            value = eval(lo, {})
            vmax = eval(hi, {}) if hi else None
            su = kv.get("su") or derive_su(span)
            su = "".join(su.split())
            unit = kv.get("u") or derive_unit(dim, su)
            q = kv.get("q", "exact")
            assert q in ("exact", "approx", "over", "under"), (doc, span, q)
            if infer_q(span) != q:
                warnings.append(f"{doc}: {span!r}: qualifier {q}, words suggest {infer_q(span)}")
            if dim != "other":
                try:
                    pv, pm = reparse(span, dim)
                    if not close(pv, value) or not close(pm, vmax):
                        warnings.append(f"{doc}: {span!r}: hand value {value}~{vmax}, re-parse {pv}~{pm}")
                except Exception as e:  # noqa: BLE001
                    warnings.append(f"{doc}: {span!r}: re-parse failed ({e})")
            rec = {"doc": doc, "start": start, "end": start + len(span), "text": span,
                   "value": num_out(value), "value_max": num_out(vmax), "unit": unit,
                   "dimension": dim, "qualifier": q, "surface_unit": su}
            if "opt" in kv:
                rec["optional"] = True
                rec["note"] = kv["opt"]
            recs.append(rec)
            pos = m.end()
        out.append(src[pos:])
        text = "".join(out)
        assert not any(c in text for c in "⟦⟧|"), doc
        check_layout(layout, doc, text, recs, warnings)
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
        for a, b in zip(recs, recs[1:]):
            assert a["end"] <= b["start"], (a, b)
        with open(os.path.join(here, "texts", doc), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        records.extend(recs)
        if audit:
            covered = set()
            for r in recs:
                covered.update(range(r["start"], r["end"]))
            for ln, line in enumerate(text.splitlines(keepends=True)):
                off = sum(len(x) for x in text.splitlines(keepends=True)[:ln])
                left = [(off + i, c) for i, c in enumerate(line)
                        if off + i not in covered and (c.isdigit() or c in CN_CHARS - {"点", "余", "多"})]
                if left:
                    print(f"AUDIT {doc}:{ln + 1}: " + " ".join(
                        text[max(i - 3, 0):i + 4].replace("\n", "") for i, _ in left))
    # re-read the written texts and check every record again
    for r in records:
        t = open(os.path.join(here, "texts", r["doc"]), encoding="utf-8", newline="").read()
        assert t[r["start"]:r["end"]] == r["text"], r
    with open(os.path.join(here, os.path.basename(here) + ".gold.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records, warnings


def table(records):
    from collections import Counter
    rows = []
    for key in ("doc", "dimension"):
        tot = Counter(r[key] for r in records)
        req = Counter(r[key] for r in records if not r.get("optional"))
        rows.append((key, [(k, tot[k], req[k], tot[k] - req[k]) for k in sorted(tot, key=lambda k: -tot[k])]))
    return rows


def main(make_py, genres, layout):
    """Builds the probe whose make.py is `make_py`, prints the warnings and the counts."""
    recs, warns = build(os.path.dirname(os.path.abspath(make_py)), genres, layout, audit="--audit" in sys.argv)
    for w in warns:
        print("WARN", w)
    for key, rows in table(recs):
        print(f"\n| {key} | total | required | optional |\n|---|---:|---:|---:|")
        for k, t, r, o in rows:
            print(f"| {k} | {t} | {r} | {o} |")
    if LENGTHS:
        print("\n| doc | Chinese characters | code points | lines |\n|---|---:|---:|---:|")
        for d, (h, n, l) in LENGTHS.items():
            print(f"| {d} | {h} | {n} | {l} |")
    n_opt = sum(1 for r in recs if r.get("optional"))
    print(f"\n{len(recs)} mentions ({len(recs) - n_opt} required, {n_opt} optional)")
