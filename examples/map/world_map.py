#!/usr/bin/env python3
"""Writes the country shapes of the `map` example from the npm package
`world-atlas` (Natural Earth 1:110m, public domain; the package is ISC).

    mkdir -p /tmp/wa && cd /tmp/wa && npm pack world-atlas@2 && tar xzf world-atlas-*.tgz
    python3 examples/map/world_map.py /tmp/wa/package

reads `countries-110m.json` (and, for the markers of states with no 1:110m
shape, `countries-50m.json` and `countries-10m.json`) from the unpacked
package and writes, beside `examples/map.rs`:

- `examples/map/world-110m.tsv`: one row per 1:110m shape, columns
  `id` (ISO 3166-1 numeric, three digits; empty for the shapes Natural
  Earth gives no ISO code: Kosovo, N. Cyprus, Somaliland), `name` (Natural
  Earth's), `d` (the SVG path on a canvas 1200 px wide), `x`, `y` (the
  area-weighted centroid of the shape's largest polygon, in px) and `area`
  (the whole shape's, in px^2). Comment lines (`#`) before the header give
  the canvas size, the projection and the sphere's outline.
- `examples/map/markers.tsv`: where to put the marker of a UN member or
  observer State (as `src/country.rs` lists them) the 1:110m file has no
  shape for (the micro-states and island states):
  `id`, `name`, `lon`, `lat` (degrees), `x`, `y` (px) and `source`, the
  world-atlas file whose shape gave the point: the area-weighted centroid
  of the state's largest polygon at 1:50m, or at 1:10m where the 1:50m
  file has none (Tuvalu).

The projection is Equal Earth (Šavrič, Patterson and Jenny, 2018), central
meridian 0°, Antarctica left out, the canvas cropped to the land's extent.
Arcs are simplified once each (Douglas–Peucker, 0.3 px), so that the
border two countries share stays one line. A polygon that crosses the
antimeridian (Russia's Chukotka, Fiji) is cut there into one polygon on
each side, drawn unsimplified, so that no edge runs across the map.
Standard library only.
"""

import json
import math
import os
import re
import sys

WIDTH = 1200.0
MARGIN = 6.0
TOLERANCE = 0.3  # px
ANTARCTICA = "010"

# Equal Earth.
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    th = math.asin(M * math.sin(phi))
    t2 = th * th
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(th) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    y = th * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
    return x, y


X_MAX = equal_earth(180, 0)[0]
SCALE = (WIDTH / 2 - MARGIN) / X_MAX


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def polygons(geom):
    if geom["type"] == "Polygon":
        return [geom["arcs"]]
    if geom["type"] == "MultiPolygon":
        return geom["arcs"]
    return []


def ring_points(ring, arcs):
    """The points of a ring of arc indexes (~i: arc i reversed)."""
    pts = []
    for i in ring:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def crosses(pts):
    """Whether a ring of lon/lat points crosses the antimeridian."""
    return any(abs(b[0] - a[0]) > 180 for a, b in zip(pts, pts[1:] + pts[:1]))


def clip(pts, line, keep_below):
    """Sutherland-Hodgman: the part of a ring with lon <= line (or >=)."""
    inside = (lambda p: p[0] <= line) if keep_below else (lambda p: p[0] >= line)
    out = []
    for a, b in zip(pts, pts[1:] + pts[:1]):
        if inside(a):
            out.append(a)
        if inside(a) != inside(b):
            t = (line - a[0]) / (b[0] - a[0])
            out.append((line, a[1] + t * (b[1] - a[1])))
    return out


def densify_edge(pts, line):
    """Adds points every degree along the stretches of a ring that run on
    the meridian `line`, which the projection curves."""
    out = []
    for a, b in zip(pts, pts[1:] + pts[:1]):
        out.append(a)
        if a[0] == line and b[0] == line:
            n = int(abs(b[1] - a[1]))
            out.extend((line, a[1] + (b[1] - a[1]) * k / (n + 1)) for k in range(1, n + 1))
    return out


def cut_at_antimeridian(pts):
    """A ring of lon/lat points that crosses the antimeridian, cut there
    into the rings on either side (each within -180..180)."""
    unwrapped, shift = [pts[0]], 0.0
    for a, b in zip(pts, pts[1:]):
        if b[0] - a[0] > 180:
            shift -= 360
        elif a[0] - b[0] > 180:
            shift += 360
        unwrapped.append((b[0] + shift, b[1]))
    line = 180.0 if max(p[0] for p in unwrapped) > 180 else -180.0
    near = densify_edge(clip(unwrapped, line, line > 0), line)
    far = densify_edge(clip(unwrapped, line, line < 0), line)
    far = [(x - 2 * line, y) for x, y in far]
    return [r for r in (near, far) if len(r) >= 3]


def signed_area(pts):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2


def centroid(pts):
    a = signed_area(pts)
    if abs(a) < 1e-12:
        n = len(pts)
        return sum(p[0] for p in pts) / n, sum(p[1] for p in pts) / n
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        f = x1 * y2 - x2 * y1
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    return cx / (6 * a), cy / (6 * a)


def douglas_peucker(pts, tol):
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, at = -1.0, -1
        for k in range(a + 1, b):
            px, py = pts[k]
            if norm == 0:
                d = math.hypot(px - x1, py - y1)
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if d > best:
                best, at = d, k
        if at >= 0 and best > tol:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(pts, keep) if k]


def num(v):
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def path_d(rings):
    """An SVG path of rings of px points, rounded to 0.1 px, relative moves."""
    parts = []
    for ring in rings:
        q = []
        for x, y in ring:
            p = (round(x * 10), round(y * 10))
            if not q or q[-1] != p:
                q.append(p)
        if len(q) > 1 and q[0] == q[-1]:
            q.pop()
        if len(q) < 3:
            continue
        s = f"M{num(q[0][0] / 10)} {num(q[0][1] / 10)}l"
        s += " ".join(f"{num((b[0] - a[0]) / 10)} {num((b[1] - a[1]) / 10)}" for a, b in zip(q, q[1:]))
        parts.append(s + "z")
    return "".join(parts)


def un_states(root):
    """The ISO numeric codes of the UN member and observer States, from the
    crate's country table (`src/country.rs`, one row per country)."""
    out = set()
    with open(os.path.join(root, "src", "country.rs"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s+[A-Z]{2} [A-Z]{3}\s+(\d+) "[^"]*" "[^"]*" (Member|Observer);', line)
            if m:
                out.add(f"{int(m.group(1)):03}")
    return out


def main(package):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    un = un_states(root)
    with open(os.path.join(package, "package.json"), encoding="utf-8") as f:
        version = json.load(f)["version"]
    with open(os.path.join(package, "countries-110m.json"), encoding="utf-8") as f:
        topo = json.load(f)
    geoms = [g for g in topo["objects"]["countries"]["geometries"] if g.get("id") != ANTARCTICA]

    # Projected, unscaled: y up. The canvas is fitted to the land's extent.
    arcs = [[equal_earth(lon, lat) for lon, lat in a] for a in decode_arcs(topo)]
    used = {i if i >= 0 else ~i for g in geoms for poly in polygons(g) for ring in poly for i in ring}
    ys = [p[1] for i in used for p in arcs[i]]
    y_top, y_bottom = max(ys), min(ys)
    height = math.ceil((y_top - y_bottom) * SCALE + 2 * MARGIN)

    def to_px(p):
        return (WIDTH / 2 + p[0] * SCALE, MARGIN + (y_top - p[1]) * SCALE)

    px_arcs = [[to_px(p) for p in a] for a in arcs]
    simple = [douglas_peucker(a, TOLERANCE) for a in px_arcs]

    lonlat = decode_arcs(topo)
    rows = []
    for g in geoms:
        rings, full_polys = [], []
        for poly in polygons(g):
            raw = [ring_points(ring, lonlat) for ring in poly]
            if any(crosses(r) for r in raw):
                # Cut at the antimeridian (Russia's Chukotka, Fiji): each
                # side is a polygon of its own, drawn unsimplified.
                for r in raw:
                    for piece in cut_at_antimeridian(r) if crosses(r) else [r]:
                        px = [to_px(equal_earth(lon, lat)) for lon, lat in piece]
                        rings.append(px)
                        full_polys.append([px])
                continue
            rs = []
            for ring in poly:
                pts = ring_points(ring, simple)
                # A ring simplified to nothing keeps its original points.
                if len(pts) < 4 or abs(signed_area(pts)) < 0.01:
                    pts = ring_points(ring, px_arcs)
                rs.append(pts)
            rings.extend(rs)
            full_polys.append([ring_points(ring, px_arcs) for ring in poly])
        # Areas and centroids from the unsimplified shapes.
        poly_areas = [
            abs(signed_area(p[0])) - sum(abs(signed_area(h)) for h in p[1:]) for p in full_polys
        ]
        k = max(range(len(full_polys)), key=lambda i: poly_areas[i])
        cx, cy = centroid(full_polys[k][0])
        ident = g.get("id") or ""
        name = g["properties"]["name"]
        rows.append((ident, name, path_d(rings), num(cx), num(cy), num(sum(poly_areas))))
    rows.sort(key=lambda r: (r[0] == "", r[0], r[1]))

    # Markers for the states with no 1:110m shape, from the finer files.
    have = {r[0] for r in rows}
    finer = {}
    for res in ("50m", "10m"):
        with open(os.path.join(package, f"countries-{res}.json"), encoding="utf-8") as f:
            t = json.load(f)
        ll = decode_arcs(t)
        for g in t["objects"]["countries"]["geometries"]:
            ident = g.get("id")
            if ident not in un or ident in have or ident in finer:
                continue
            best = None
            for poly in polygons(g):
                pts = ring_points(poly[0], ll)
                # Unwrap a ring that crosses the antimeridian.
                lons = [p[0] for p in pts]
                if max(lons) - min(lons) > 180:
                    pts = [(x + 360 if x < 0 else x, y) for x, y in pts]
                a = abs(signed_area(pts))
                if best is None or a > best[0]:
                    best = (a, pts)
            lon, lat = centroid(best[1])
            lon = (lon + 180) % 360 - 180
            finer[ident] = (g["properties"]["name"], lon, lat, f"world-atlas countries-{res}.json")
    markers = []
    for ident, (name, lon, lat, source) in sorted(finer.items()):
        x, y = to_px(equal_earth(lon, lat))
        markers.append((ident, name, f"{lon:.2f}", f"{lat:.2f}", num(x), num(y), source))

    # The sphere's outline: the meridians at ±180°.
    left = [to_px(equal_earth(-180, lat)) for lat in range(-90, 91)]
    right = [to_px(equal_earth(180, lat)) for lat in range(90, -91, -1)]
    outline = path_d([left + right])

    here = os.path.join(root, "examples", "map")
    os.makedirs(here, exist_ok=True)
    head = (
        f"# @generated by examples/map/world_map.py from world-atlas {version} countries-110m.json"
        " (Natural Earth 1:110m, public domain): do not edit\n"
        f"# canvas\t{int(WIDTH)}\t{height}\n"
        "# projection\tEqual Earth, central meridian 0, Antarctica left out,"
        f" Douglas-Peucker {TOLERANCE} px per arc\n"
        f"# version\t{version}\n"
        f"# outline\t{outline}\n"
    )
    with open(os.path.join(here, "world-110m.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(head)
        f.write("id\tname\td\tx\ty\tarea\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(here, "markers.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(
            f"# @generated by examples/map/world_map.py from world-atlas {version}: where to mark the states"
            " with no 1:110m shape: the area-weighted centroid of the largest polygon of the state's"
            " shape in the named file (Natural Earth, public domain); x, y on the canvas of world-110m.tsv\n"
        )
        f.write("id\tname\tlon\tlat\tx\ty\tsource\n")
        for m in markers:
            f.write("\t".join(m) + "\n")
    print(f"{len(rows)} shapes, {len(markers)} markers, canvas {int(WIDTH)}x{height}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: world_map.py PACKAGE_DIR (the unpacked world-atlas npm package)")
    main(sys.argv[1])
