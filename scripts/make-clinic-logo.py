#!/usr/bin/env python3
"""Draw the made-up logo of the example clinic (examples/clinic-pack/clinic/logo.png).

A teal disc with a white river running through it: a plain PNG written with
the standard library only, so anyone can make it again.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "examples", "clinic-pack", "clinic", "logo.png")

TEAL = (0x1F, 0x6F, 0x8B)
GREEN = (0x3E, 0x7D, 0x4F)


def png(width, height, pixel):
    """A truecolour-with-alpha PNG; `pixel(x, y)` gives (r, g, b, a)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def logo(x, y, size=160):
    """Four samples a pixel, for soft edges."""
    r = g = b = a = 0
    for sx, sy in ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)):
        px, py = x + sx, y + sy
        cx = cy = size / 2
        inside = (px - cx) ** 2 + (py - cy) ** 2 <= (size / 2 - 2) ** 2
        if not inside:
            continue
        river = abs(py - (cy + 14 * math.sin((px / size) * 2 * math.pi))) < 9
        hill = py > cy + 26 + 10 * math.cos((px / size) * 3 * math.pi)
        colour = (255, 255, 255) if river else GREEN if hill else TEAL
        r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 255
    n = 4
    return (r // n, g // n, b // n, a // n) if a else (0, 0, 0, 0)


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(png(160, 160, logo))


if __name__ == "__main__":
    main()
