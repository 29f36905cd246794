#!/usr/bin/env python3
"""Decodes a PNG with nothing but zlib (all five filter types, 8-bit RGB/RGBA/grey) and prints
JSON: width, height, sha256 of the pixels, count of non-white pixels, and the RGB values at the
x,y points given as arguments. Independent of cairo, so it checks what Tongji wrote."""
import hashlib, json, struct, sys, zlib

def decode(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc, "bad CRC in " + kind.decode()
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = ihdr
    assert depth == 8 and interlace == 0 and color in (0, 2, 6), "unsupported PNG"
    channels = {0: 1, 2: 3, 6: 4}[color]
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line)); prev = line
    return width, height, channels, rows

if __name__ == "__main__":
    width, height, channels, rows = decode(sys.argv[1])
    def rgb(x, y):
        p = rows[y][x * channels:(x + 1) * channels]
        return [p[0]] * 3 if channels == 1 else list(p[:3])
    white = b"\xff" * min(3, channels)
    ink = sum(1 for r in rows for x in range(width) if r[x * channels:x * channels + min(3, channels)] != white)
    points = [tuple(map(int, a.split(","))) for a in sys.argv[2:]]
    print(json.dumps({
        "width": width, "height": height,
        "sha256": hashlib.sha256(b"".join(rows)).hexdigest(),
        "ink": ink,
        "pixels": [rgb(x, y) for x, y in points],
    }))
