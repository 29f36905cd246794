#!/usr/bin/env python3
"""Compares two PNGs of the same size (decoded by png_probe.py's zlib-only decoder) and prints
JSON: the largest difference of any RGB component, and how many pixels differ by more than the
threshold given as the third argument."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_probe import decode

(wa, ha, ca, ra), (wb, hb, cb, rb) = decode(sys.argv[1]), decode(sys.argv[2])
threshold = int(sys.argv[3])
largest, over = 0, 0
if (wa, ha) == (wb, hb):
    for y in range(ha):
        for x in range(wa):
            pa = ra[y][x * ca:x * ca + 3]
            pb = rb[y][x * cb:x * cb + 3]
            d = max(abs(pa[k] - pb[k]) for k in range(3))
            largest = max(largest, d)
            if d > threshold:
                over += 1
print(json.dumps({"sameSize": (wa, ha) == (wb, hb), "largest": largest, "over": over}))
