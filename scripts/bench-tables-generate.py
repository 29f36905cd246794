#!/usr/bin/env python3
"""Writes N mention records (JSON Lines, the `tongji extract` record) deterministically.

Usage: bench-tables-generate.py N OUT.jsonl [GROUPS]
Labels come from GROUPS project names (default 1000), documents from N/100 names; values are
money (80%), area, length and counts with exact decimals, like real extraction output.
"""
import random
import sys

def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    groups = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    rng = random.Random(20261122)
    places = ["城区", "浑江", "龙山", "新区", "开发区", "东港", "西湖", "南岭", "北塘", "江北"]
    things = ["公路改造工程", "热电联产长输管道", "污水处理厂", "产业园", "物流中心", "农贸市场", "学校扩建", "医院综合楼", "光伏电站", "供热管网"]
    labels = [f"{places[i % 10]}{things[(i // 10) % 10]}{i // 100}期" for i in range(groups)]
    keywords = ["总投资", "计划投资", "投资", "签约", "融资", "营业收入"]
    kinds = [
        ("money", "CNY", "亿元", 10**8, 0.8),
        ("area", "m2", "万平方米", 10**4, 0.1),
        ("length", "m", "公里", 1000, 0.05),
        ("count", "个", "个", 1, 0.05),
    ]
    cumulative = []
    acc = 0.0
    for k in kinds:
        acc += k[4]
        cumulative.append((acc, k))
    docs = max(1, n // 100)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        buf = []
        for i in range(n):
            r = rng.random()
            kind = next(k for c, k in cumulative if r <= c)
            dim, unit, surface, factor, _ = kind
            hundredths = rng.randint(1, 99999)          # 0.01 .. 999.99 in the surface unit
            whole, frac = divmod(hundredths, 100)
            shown = f"{whole}.{frac:02d}".rstrip("0").rstrip(".")
            value = hundredths * factor                  # in hundredths of the base unit
            v_whole, v_frac = divmod(value, 100)
            value_text = str(v_whole) if v_frac == 0 else f"{v_whole}.{v_frac:02d}".rstrip("0")
            label = labels[rng.randrange(groups)]
            keyword = keywords[rng.randrange(len(keywords))]
            doc = f"doc_{rng.randrange(docs):07d}.txt"
            start = rng.randrange(5000)
            text = shown + surface
            buf.append(
                f'{{"doc": "{doc}", "start": {start}, "end": {start + len(text)}, "text": "{text}", '
                f'"value": {value_text}, "value_max": null, "unit": "{unit}", "dimension": "{dim}", '
                f'"qualifier": "exact", "surface_unit": "{surface}", "label": "{label}", "keyword": "{keyword}", '
                f'"sentence": "{keyword}{text}的{label}项目今年开工建设"}}\n'
            )
            if len(buf) >= 100000:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))

if __name__ == "__main__":
    main()
