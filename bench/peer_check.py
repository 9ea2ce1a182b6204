#!/usr/bin/env python3
"""Ranks and averages of forces among their peers, worked out from the published files apart from Scrutiny.

Reads the Home Office table of police recorded crime by police force area (rolling 12-month totals) and the ONS
mid-year population estimates of the police force areas of England, and writes two CSV files that
src/test/java/org/scrutiny/peers/PeerCheckTest.java compares Scrutiny's peer comparisons with:

  peer-check-ranks.csv     one row per check and force: its value, population and rank
  peer-check-averages.csv  one row per check: the subject force's rank, the simple and weighted averages,
                           the best and the worst

Usage (from the project's root):

  python3 bench/peer_check.py /work/shared/data/home-office/rec-crime-pfa.csv \
      /work/shared/data/ons/population_policeforces_2009-2019.csv src/test/resources/peers/

The Home Office file may also be the gzipped copy, examples/data/rec-crime-pfa.csv.gz. Only the standard library
is used. The definitions are those docs/peer-comparison.md gives, written again here from the files' own words:

- total crime: every offence row of a force and date added up (the table's national fraud bodies, Action Fraud,
  CIFAS and UK Finance, are not force areas and are left out);
- domestic burglary: the rows "Domestic burglary" and "Residential burglary" added up (residential burglary
  replaced domestic burglary in April 2017, and a rolling year holds one, the other or both);
- homicide: the row "Homicide";
- a rate per 1,000 is the count x 1000 / the population of the year whose 30 June the rolling year spans (the
  year it ends in if it ends in June or later, else the year before); forces with no population have no rate;
- ranks: lower is better; a force's rank is one more than the number of forces with a lower value, so ties share
  a rank (1, 2=, 2=, 4);
- the simple average is the mean of the values of every force of the group with a value, the subject force
  included; the weighted average is, for a rate, the group's crimes over its population x 1000, and for a count
  the mean of the counts weighted by population, over the forces of the group with a population.
"""

import csv
import gzip
import io
import sys
from datetime import date

NOT_FORCES = {"Action Fraud", "CIFAS", "UK Finance"}

SUBJECT = "Suffolk"
# Chosen by hand for the check: Suffolk and seven forces of similar size and character. It is not presented as
# the Home Office's Most Similar Group.
HAND_PICKED = [
    "Suffolk",
    "Norfolk",
    "Devon and Cornwall",
    "Wiltshire",
    "West Mercia",
    "Lincolnshire",
    "North Yorkshire",
    "Warwickshire",
]

# (check id, measure in Scrutiny, the table's date, group)
CHECKS = [
    ("rate-2018-12-national", "home-office/crime-per-1000/total", "31-12-2018", None),
    ("rate-2018-12-hand-picked", "home-office/crime-per-1000/total", "31-12-2018", HAND_PICKED),
    ("rate-2016-03-national", "home-office/crime-per-1000/total", "31-03-2016", None),
    ("burglary-2018-12-national", "home-office/crime/domestic-or-residential-burglary", "31-12-2018", None),
    ("burglary-2018-12-hand-picked", "home-office/crime/domestic-or-residential-burglary", "31-12-2018", HAND_PICKED),
    # Small counts, so that forces tie.
    ("homicide-2018-12-national", "home-office/crime/homicide", "31-12-2018", None),
]


def open_text(path):
    raw = open(path, "rb")
    if path.endswith(".gz"):
        raw = gzip.open(raw)
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def read_counts(path, dates):
    """{date: {force: {"total": n, "burglary": n, "homicide": n}}} for the dates wanted."""
    counts = {}
    with open_text(path) as f:
        reader = csv.reader(f)
        next(reader)
        for when, force, _region, offence, number in reader:
            if when not in dates or force in NOT_FORCES:
                continue
            n = int(number.replace(",", ""))
            c = counts.setdefault(when, {}).setdefault(force, {"total": 0, "burglary": 0, "homicide": 0})
            c["total"] += n
            if offence in ("Domestic burglary", "Residential burglary"):
                c["burglary"] += n
            if offence == "Homicide":
                c["homicide"] += n
    return counts


def read_populations(path):
    """{year: {force: population}}"""
    with open_text(path) as f:
        reader = csv.reader(f)
        header = next(reader)
        return {int(row[0]): dict(zip(header[1:], (int(v) for v in row[1:]))) for row in reader if row}


def mid_year(when):
    day, month, year = (int(p) for p in when.split("-"))
    end = date(year, month, day)
    return year if end >= date(year, 6, 30) else year - 1


def period_of(when):
    _day, month, year = when.split("-")
    return f"12 months to {year}-{month}"


def main(counts_path, populations_path, out):
    counts = read_counts(counts_path, {c[2] for c in CHECKS})
    populations = read_populations(populations_path)
    ranks = []
    averages = []
    for check, measure, when, group in CHECKS:
        year = mid_year(when)
        held = [y for y in populations if y <= year]
        people = populations[max(held)] if held else {}
        rated = measure.startswith("home-office/crime-per-1000/")
        values = {}
        for force, c in counts[when].items():
            if group is not None and force not in group:
                continue
            if rated:
                if force in people:
                    values[force] = c["total"] * 1000 / people[force]
            else:
                values[force] = c["homicide" if measure.endswith("/homicide") else "burglary"]
        order = sorted(values, key=lambda f: (values[f], f))
        rank = {f: 1 + sum(1 for g in values if values[g] < values[f]) for f in values}
        for force in order:
            ranks.append([check, measure, period_of(when), force, repr(float(values[force])), people.get(force, ""),
                          rank[force]])
        simple = sum(values.values()) / len(values)
        weighed = [f for f in values if f in people]
        if rated:
            weighted = sum(counts[when][f]["total"] for f in weighed) * 1000 / sum(people[f] for f in weighed)
        else:
            weighted = sum(values[f] * people[f] for f in weighed) / sum(people[f] for f in weighed)
        best = min(values.values())
        worst = max(values.values())
        tied = sum(1 for f in values if values[f] == values[SUBJECT]) > 1
        averages.append([
            check, measure, period_of(when), SUBJECT, f"{rank[SUBJECT]}{'=' if tied else ''}", len(values),
            repr(simple), repr(weighted), len(weighed), max(held) if held else "",
            ";".join(sorted(f for f in values if values[f] == best)), repr(float(best)),
            ";".join(sorted(f for f in values if values[f] == worst)), repr(float(worst)),
        ])
    with open(out + "peer-check-ranks.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["check", "measure", "period", "force", "value", "population", "rank"])
        w.writerows(ranks)
    with open(out + "peer-check-averages.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["check", "measure", "period", "force", "rank", "ranked", "simple_average", "weighted_average",
                    "weighted_forces", "population_year", "best", "best_value", "worst", "worst_value"])
        w.writerows(averages)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3])
