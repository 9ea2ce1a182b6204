#!/usr/bin/env python3
"""Funnel plots of crime rates of the police forces of England, worked out from the method's description apart from Scrutiny.

Reads the Home Office table of police recorded crime by police force area (rolling 12-month totals) and the ONS
mid-year population estimates of the police force areas of England, and writes two CSV files that
src/test/java/org/scrutiny/analysis/FunnelRealDataTest.java compares Scrutiny's FunnelPlot with:

  funnel-check-points.csv  one row per case and force: numerator, denominator, value, z-scores, s, eight limits,
                           outlier
  funnel-check-cases.csv   one row per case: target, phi, tau2, whether adjusted, the outliers

Usage (from the project's root):

  python3 bench/funnel_check.py /work/shared/data/home-office/rec-crime-pfa.csv \
      /work/shared/data/ons/population_policeforces_2009-2019.csv src/test/resources/funnel-check/

The Home Office file may also be the gzipped copy, examples/data/rec-crime-pfa.csv.gz. Only the standard library
is used.

The data. The cases are a count of crimes (numerator) over the resident population (denominator), plotted per
1,000 people. Counts, force names, populations and the choice of population year are bench/peer_check.py's,
imported from it so that the two checks cannot drift apart:

- residential burglary: the rows "Domestic burglary" and "Residential burglary" added up (residential burglary
  replaced domestic burglary in April 2017, and a rolling year holds one, the other or both);
- total crime: every offence row of a force and date added up, the national fraud bodies (Action Fraud, CIFAS,
  UK Finance) left out as they are not force areas;
- robbery: the row "Robbery";
- the population is that of the year whose 30 June the rolling year spans (the year it ends in if it ends in June
  or later, else the year before); only forces with a population are plotted: the 39 of England.

The method. Funnel plots for a proportion, data type "PR" of FunnelPlotR 0.6.0 (Mainey, NHS-R Community, CRAN
2023), with its default choices (draw_adjusted = TRUE, limit = 99, trim_by = 0.1) and multiplier = 1000. Each
formula and where it is described:

1. Target. theta = sum(O) / sum(n) over the units plotted: the pooled proportion. FunnelPlotR's funnel_plot()
   documents the target as the mean for data types other than SR, and transformed_zscore() takes
   asin(sqrt(sum(numerator) / sum(denominator))).

2. Scale. For a proportion the z-score is taken after the variance-stabilising arcsine square-root transform,
   y = asin(sqrt(p)), whose variance is close to 1 / (4n) whatever p; so s = 1 / (2 sqrt(n)) and
   z = (y - asin(sqrt(theta))) / s. Spiegelhalter (2005a), "Funnel plots for comparing institutional
   performance", Statistics in Medicine 24:1185-1202, doi:10.1002/sim.1970, section on transformations of
   proportions; FunnelPlotR's transformed_zscore(), data_type "PR" ("asin", "sqrt", "1 / (2 * sqrt(denominator))").

3. Winsorisation. The z-scores below their 10th percentile are set to it and those above the 90th to it
   (trim_by = 0.1 at each end), so that the units that are outliers do not inflate the estimate of
   overdispersion. Spiegelhalter (2005b), "Handling over-dispersion of performance indicators", Quality and Safety
   in Health Care 14:347-351, doi:10.1136/qshc.2005.013755 (10% Winsorising); FunnelPlotR's winsorisation() takes
   the percentiles with R's quantile(), whose default (type 7) is, for sorted z[0..N-1], h = (N - 1) q,
   j = floor(h), Q(q) = (1 - (h - j)) z[j] + (h - j) z[j + 1]; a unit is flagged as winsorised unless it lies
   strictly between the two percentiles.

4. Overdispersion. phi = (1 / N) sum(zw^2) over the N winsorised z-scores (Spiegelhalter 2005b, equation for the
   overdispersion factor; FunnelPlotR's phi_func()).

5. Between-unit variance, by DerSimonian and Laird's method of moments for an additive random effect
   (Spiegelhalter 2005b, "additive random-effects models"; DerSimonian & Laird 1986, Controlled Clinical Trials
   7:177-188): with weights w = 1 / s^2,
       tau2 = (N phi - (N - 1)) / (sum(w) - sum(w^2) / sum(w)),   and tau2 = 0 when N phi < N - 1.
   FunnelPlotR's tau_func().

6. Limits at a unit's denominator, on the transformed scale, back-transformed to a proportion and multiplied:
       unadjusted  1000 sin^2(asin(sqrt(theta)) -/+ z_a s)
       adjusted    1000 sin^2(asin(sqrt(theta)) -/+ z_a sqrt(s^2 + tau2))
   with z_a = 1.959964 (95%) and 3.090232 (99.8%), the normal quantiles to seven figures that FunnelPlotR uses in
   calculate_limits(), data_type "PR" (Spiegelhalter 2005a: limits theta_0 -/+ z_a sigma on the transformed
   scale; 2005b: sigma^2 + tau^2 after adjustment). At these denominators the angles stay inside [0, pi/2], so
   whether a limit would be clipped at 0 or fold back does not arise (the script checks it).

7. Outliers. A unit is an outlier when its value (1000 p) is below the lower or above the upper 99.8% limit
   (limit = 99): the adjusted limits when tau2 > 0, otherwise the unadjusted ones, as FunnelPlotR's funnel_plot()
   falls back to unadjusted limits when no overdispersion is found. A value on a limit is within it.
"""

import csv
import math
import os
import sys

sys.dont_write_bytecode = True  # importing peer_check should leave no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_check import NOT_FORCES, mid_year, open_text, period_of, read_populations  # noqa: E402

Z_95 = 1.959964
Z_998 = 3.090232
TRIM_BY = 0.1
MULTIPLIER = 1000

BURGLARY = ("Domestic burglary", "Residential burglary")

# (case id, what is counted, the table's date)
CASES = [
    ("residential-burglary-2018-12", "burglary", "31-12-2018"),
    ("total-crime-2016-03", "total", "31-03-2016"),
    ("robbery-2018-12", "robbery", "31-12-2018"),
]


def read_counts(path, dates):
    """{date: {force: {"total": n, "burglary": n, "robbery": n}}} for the dates wanted."""
    counts = {}
    with open_text(path) as f:
        reader = csv.reader(f)
        next(reader)
        for when, force, _region, offence, number in reader:
            if when not in dates or force in NOT_FORCES:
                continue
            n = int(number.replace(",", ""))
            c = counts.setdefault(when, {}).setdefault(force, {"total": 0, "burglary": 0, "robbery": 0})
            c["total"] += n
            if offence in BURGLARY:
                c["burglary"] += n
            if offence == "Robbery":
                c["robbery"] += n
    return counts


def r_quantile7(values, q):
    """R's default quantile (type 7) of the values at probability q."""
    x = sorted(values)
    h = (len(x) - 1) * q
    j = math.floor(h)
    g = h - j
    if j + 1 >= len(x):
        return x[-1]
    return (1 - g) * x[j] + g * x[j + 1]


def back(angle):
    """The proportion, times the multiplier, at an angle on the arcsine square-root scale."""
    if not 0 <= angle <= math.pi / 2:
        raise ValueError(f"limit angle {angle} leaves [0, pi/2]: clipping would matter here")
    return MULTIPLIER * math.sin(angle) ** 2


def funnel(units):
    """units: [(group, numerator, denominator)] -> (summary, [point])."""
    theta = sum(u[1] for u in units) / sum(u[2] for u in units)
    centre = math.asin(math.sqrt(theta))
    points = []
    for group, o, n in units:
        p = o / n
        y = math.asin(math.sqrt(p))
        s = 1 / (2 * math.sqrt(n))
        points.append({"group": group, "numerator": o, "denominator": n, "ratio": p, "y": y, "s": s,
                       "z": (y - centre) / s})

    zs = [pt["z"] for pt in points]
    low = r_quantile7(zs, TRIM_BY)
    high = r_quantile7(zs, 1 - TRIM_BY)
    for pt in points:
        pt["winsorised"] = not (low < pt["z"] < high)
        pt["zw"] = min(max(pt["z"], low), high)

    big_n = len(points)
    phi = sum(pt["zw"] ** 2 for pt in points) / big_n
    w = [1 / pt["s"] ** 2 for pt in points]
    if big_n * phi < big_n - 1:
        tau2 = 0.0
    else:
        tau2 = max(0.0, (big_n * phi - (big_n - 1)) / (sum(w) - sum(x * x for x in w) / sum(w)))
    adjusted = tau2 > 0

    for pt in points:
        s = pt["s"]
        wide = math.sqrt(s * s + tau2)
        pt["ll95"], pt["ul95"] = back(centre - Z_95 * s), back(centre + Z_95 * s)
        pt["ll998"], pt["ul998"] = back(centre - Z_998 * s), back(centre + Z_998 * s)
        pt["odll95"], pt["odul95"] = back(centre - Z_95 * wide), back(centre + Z_95 * wide)
        pt["odll998"], pt["odul998"] = back(centre - Z_998 * wide), back(centre + Z_998 * wide)
        lower, upper = (pt["odll998"], pt["odul998"]) if adjusted else (pt["ll998"], pt["ul998"])
        value = pt["ratio"] * MULTIPLIER
        pt["value"] = value
        pt["outlier"] = value < lower or value > upper

    summary = {"theta": theta, "centre": centre, "phi": phi, "tau2": tau2, "adjusted": adjusted,
               "winsor_low": low, "winsor_high": high}
    return summary, points


POINT_COLUMNS = ["case", "period", "force", "numerator", "denominator", "value", "transformed", "z", "winsorised_z",
                 "winsorised", "s", "ll95", "ul95", "ll998", "ul998", "odll95", "odul95", "odll998", "odul998",
                 "outlier"]
CASE_COLUMNS = ["case", "counted", "period", "population_year", "forces", "target", "target_x1000",
                "target_transformed", "phi", "tau2", "adjusted", "outliers"]


def main(counts_path, populations_path, out):
    counts = read_counts(counts_path, {c[2] for c in CASES})
    populations = read_populations(populations_path)
    point_rows = []
    case_rows = []
    for case, counted, when in CASES:
        year = mid_year(when)
        held = [y for y in populations if y <= year]
        people = populations[max(held)]
        units = [(force, c[counted], people[force]) for force, c in sorted(counts[when].items())
                 if force in people]
        summary, points = funnel(units)
        for pt in points:
            point_rows.append([case, period_of(when), pt["group"], pt["numerator"], pt["denominator"],
                               repr(pt["value"]), repr(pt["y"]), repr(pt["z"]), repr(pt["zw"]),
                               str(pt["winsorised"]).lower(), repr(pt["s"])]
                              + [repr(pt[k]) for k in POINT_COLUMNS[11:19]]
                              + [str(pt["outlier"]).lower()])
        case_rows.append([case, counted, period_of(when), max(held), len(points), repr(summary["theta"]),
                          repr(summary["theta"] * MULTIPLIER), repr(summary["centre"]), repr(summary["phi"]),
                          repr(summary["tau2"]), str(summary["adjusted"]).lower(),
                          ";".join(pt["group"] for pt in points if pt["outlier"])])
    with open(os.path.join(out, "funnel-check-points.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(POINT_COLUMNS)
        w.writerows(point_rows)
    with open(os.path.join(out, "funnel-check-cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(CASE_COLUMNS)
        w.writerows(case_rows)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3])
