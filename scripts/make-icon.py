#!/usr/bin/env python3
"""Draw the app icon (assets/icons/therapy-explorer-{256,48}.png).

An original, simple picture made here: on a calm teal rounded square, one
person (head and shoulders) on the left and a group of three on the right,
for one-to-one and group therapy. Pure Python (zlib only), anti-aliased by
drawing each pixel from 4x4 samples. Run again only to change the icon.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "icons")

BACKGROUND = (38, 112, 110)   # teal
PERSON = (250, 247, 240)      # warm white
GROUP = (244, 201, 122)       # soft amber


def rounded_square(x, y, radius):
    """Inside a unit square with rounded corners (coordinates 0..1)."""
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and 0 <= x <= 1 and 0 <= y <= 1


def person(x, y, px, py, size):
    """Head and shoulders centred at (px, py), `size` the head's radius."""
    head = (x - px) ** 2 + (y - (py - size * 1.1)) ** 2 <= size ** 2
    # Shoulders: the top half of an ellipse below the head.
    sx, sy = size * 1.9, size * 1.5
    top = py + size * 0.35
    body = y >= top and ((x - px) / sx) ** 2 + ((y - (top + sy)) / sy) ** 2 <= 1 and y <= top + sy
    return head or body


def colour_at(x, y):
    if not rounded_square(x, y, 0.2):
        return None
    if person(x, y, 0.31, 0.5, 0.105):
        return PERSON
    # The one in front of the group, with a thin gap around it so that it
    # stands out from the two behind.
    front = (0.73, 0.6)
    if person(x, y, *front, 0.06):
        return GROUP
    if person(x, y, front[0], front[1] + 0.004, 0.072):
        return BACKGROUND
    for px, py in ((0.62, 0.46), (0.84, 0.46)):
        if person(x, y, px, py, 0.06):
            return GROUP
    return BACKGROUND


def render(size):
    samples = 4
    rows = []
    for j in range(size):
        row = bytearray([0])  # PNG filter: none
        for i in range(size):
            r = g = b = a = 0
            for sj in range(samples):
                for si in range(samples):
                    c = colour_at((i + (si + 0.5) / samples) / size, (j + (sj + 0.5) / samples) / size)
                    if c is not None:
                        r += c[0]
                        g += c[1]
                        b += c[2]
                        a += 1
            n = samples * samples
            if a:
                row += bytes((round(r / a), round(g / a), round(b / a), round(255 * a / n)))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    os.makedirs(OUT, exist_ok=True)
    for size in (256, 48):
        path = os.path.join(OUT, f"therapy-explorer-{size}.png")
        with open(path, "wb") as f:
            f.write(render(size))
        print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    main()
