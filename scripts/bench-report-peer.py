#!/usr/bin/env python3
"""The peer of `tongji report` for scripts/bench-report: the same job with the usual Python
stack, as an analyst would write it. Reads every *.txt below a folder, finds money amounts with
JioNLP (`jio.ner.extract_money`; JioNLP has no extractor for the other dimensions), ranks them
with pandas, draws four horizontal bar charts with matplotlib (Noto Sans CJK SC, each as PNG at
dpi 200, SVG and PDF) and writes the CSV and an HTML page with the SVGs inline.

    python3 scripts/bench-report-peer.py FOLDER OUT
"""
import html, io, pathlib, sys

import jionlp as jio
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd

plt.rcParams["font.family"] = "Noto Sans CJK SC"
folder, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
(out / "charts").mkdir(parents=True, exist_ok=True)

rows = []
for path in sorted(folder.rglob("*.txt")):
    text = path.read_text(encoding="utf-8", errors="replace")
    for m in jio.ner.extract_money(text, with_parsing=True):
        detail = m.get("detail") or {}
        try:
            value = float(detail.get("num") or 0)
        except (TypeError, ValueError):
            continue
        start, end = m["offset"]
        rows.append({"doc": path.name, "start": start, "text": m["text"], "value": value,
                     "sentence": text[max(0, start - 30):end + 30].replace("\n", "")})
df = pd.DataFrame(rows, columns=["doc", "start", "text", "value", "sentence"])
df.to_csv(out / "mentions.csv", index=False, encoding="utf-8-sig")
top = df.drop_duplicates(["text", "value"]).nlargest(15, "value")
top.to_csv(out / "investments.csv", index=False, encoding="utf-8-sig")
per_doc = df.groupby("doc").size().sort_values(ascending=False).head(20)

svgs = []
charts = [("investments", top["text"] + " · " + top["doc"].str[:8], top["value"] / 1e8, "投资额（亿元）"),
          ("dimensions", per_doc.index, per_doc.values, "金额个数"),
          ("largest", top["text"].head(10), top["value"].head(10) / 1e8, "金额（亿元）"),
          ("smallest", df.nsmallest(10, "value")["text"], df.nsmallest(10, "value")["value"], "金额（元）")]
for name, labels, values, axis in charts:
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.barh(list(labels)[::-1], list(values)[::-1], color="#0072B2")
    ax.set_xlabel(axis)
    ax.set_title(name)
    fig.tight_layout()
    fig.savefig(out / "charts" / f"{name}.png", dpi=200)
    fig.savefig(out / "charts" / f"{name}.pdf")
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    (out / "charts" / f"{name}.svg").write_text(buf.getvalue(), encoding="utf-8")
    svgs.append(buf.getvalue().split("?>", 1)[-1])
    plt.close(fig)

page = ["<!DOCTYPE html><meta charset=utf-8><title>report</title>"] + svgs
page.append(top.to_html(index=False, escape=True))
page += [f"<p id='m-{i}'>{html.escape(r.doc)} @{r.start}: {html.escape(r.sentence)}</p>" for i, r in enumerate(df.itertuples())]
(out / "report.html").write_text("\n".join(page), encoding="utf-8")
print(f"{len(df)} money mentions, {len(charts) * 3} chart files")
