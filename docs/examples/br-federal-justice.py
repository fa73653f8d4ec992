#!/usr/bin/env python3
"""Writes br-federal-justice.court-system.json: Brazil's Federal Justice as a CourtMetrics court system.

Regions are the regional federal courts (TRF1-TRF6); courts are their judicial sections, one per state, coded as
CNJ's file joins Sigla and secao (TRF1_DF), so its yearly figures import as reports without editing. Population,
GDP and judges by year come from CNJ's file (h1, pib, mag1je). Minas Gerais moved from TRF1 to TRF6 in 2022:
TRF1_MG closes on 2021-12-31 and TRF6_MG opens on 2022-01-01. Region outlines are their states' boundaries from
br-states-geojson, simplified (Douglas-Peucker, 0.05 degrees, about 5 km) and rounded to 3 decimals.

Usage: br-federal-justice.py <shared/data/public folder> > br-federal-justice.court-system.json
"""
import csv
import io
import json
import sys
from collections import defaultdict

data = sys.argv[1]
rows = list(csv.DictReader(io.open(f"{data}/br-cnj-justica-em-numeros-federal/JF_Secao_31_Ago_2023.csv", encoding="cp1252"), delimiter=";"))
states = {f["properties"]["sigla"]: f for f in json.load(open(f"{data}/br-states-geojson/brazil-states.geojson"))["features"]}


def number(text):
    return float(text.replace(",", ".")) if text else None


def simplify(points, tolerance=0.05):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
    far, index = 0.0, 0
    for i, (x, y) in enumerate(points[1:-1], 1):
        d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
        if d > far:
            far, index = d, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def ring(points):
    # A closed ring starts and ends at one point: split it at the point farthest from there, simplify both halves.
    x0, y0 = points[0]
    k = max(range(len(points)), key=lambda i: (points[i][0] - x0) ** 2 + (points[i][1] - y0) ** 2)
    halves = simplify(points[: k + 1])[:-1] + simplify(points[k:])
    kept = [[round(x, 3), round(y, 3)] for x, y in halves]
    return kept if len(kept) >= 4 else None


def polygons(state):
    geometry = states[state]["geometry"]
    shapes = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for shape in shapes:
        rings = [r for r in (ring(r) for r in shape) if r]
        if rings:
            yield rings


sections = [r for r in rows if len(r["secao"]) == 2 and r["secao"] in states]
courts = defaultdict(list)
for r in sections:
    courts[(r["Sigla"], r["secao"])].append(r)

ordinal = {"1": "1ª", "2": "2ª", "3": "3ª", "4": "4ª", "5": "5ª", "6": "6ª"}
english = {"1": "1st", "2": "2nd", "3": "3rd", "4": "4th", "5": "5th", "6": "6th"}
members = defaultdict(set)
for (trf, state), years in courts.items():
    if max(int(y["ano"]) for y in years) == 2022:  # today's membership: MG belongs to TRF6
        members[trf].add(state)

regions = []
for trf in sorted({t for t, _ in courts}):
    n = trf[-1]
    by_year = defaultdict(lambda: [0, 0.0])
    for (t, _), years in courts.items():
        if t == trf:
            for y in years:
                by_year[int(y["ano"])][0] += int(y["h1"])
                by_year[int(y["ano"])][1] += number(y["pib"])
    regions.append({
        "code": trf,
        "names": {"pt": f"Tribunal Regional Federal da {ordinal[n]} Região", "en": f"Federal Regional Court, {english[n]} Region"},
        "years": [{"year": year, "population": p, "gdp": round(g, 2)} for year, (p, g) in sorted(by_year.items())],
        "outline": {"type": "MultiPolygon", "coordinates": [p for s in sorted(members[trf]) for p in polygons(s)]},
    })

court_entries = []
for (trf, state), years in sorted(courts.items()):
    name = states[state]["properties"]["name"]
    first, last = min(int(y["ano"]) for y in years), max(int(y["ano"]) for y in years)
    entry = {
        "code": f"{trf}_{state}",
        "names": {"pt": f"Seção Judiciária de {name}", "en": f"{name} Judicial Section"},
        "region": trf,
        "level": "section",
        "years": [{"year": int(y["ano"]), "populationServed": int(y["h1"]), "gdp": number(y["pib"]),
                   "judges": number(y["mag1je"])} for y in sorted(years, key=lambda y: y["ano"])],
    }
    if first > 2012:
        entry["opened"] = f"{first}-01-01"
    if last < 2022:
        entry["closed"] = f"{last}-12-31"
    court_entries.append(entry)

json.dump({
    "$schema": "../../wwwroot/schemas/court-system.schema.json",
    "languages": ["pt", "en"],
    "currency": "BRL",
    "fiscalYearStartMonth": 1,
    "levels": [{"code": "section", "names": {"pt": "Seção judiciária", "en": "Judicial section"}}],
    "regions": regions,
    "courts": court_entries,
    "categories": [],
}, sys.stdout, ensure_ascii=False, indent=1)
print()
