#!/usr/bin/env python3
"""Recomputes the panel's statistics from the answers the experts gave, with
Python's own arithmetic (nothing of the app's code), and compares them with
what `triangle-studio panel -o panel.json` reported.

    independent-panel-stats.py ANSWERS.json PANEL.json

ANSWERS: {"scores": [{expert, round, stage, region, indicator, score}],
          "comparisons": [{expert, round, scope, first, second, value}]}
Prints each comparison made and exits 1 on the first mismatch.

The formulas, as textbooks give them:
- quartiles: statistics.quantiles(method="inclusive"), i.e. Excel's QUARTILE.INC;
- CV: the sample standard deviation over the mean;
- Kendall's W with ties: 12 S / (m² (n³ − n) − m Σ (t³ − t)); chi-square
  m (n − 1) W; its upper tail in closed form for whole degrees of freedom
  (even: e^(−x/2) Σ (x/2)^i / i!; odd: erfc(√(x/2)) + e^(−x/2) Σ (x/2)^(i+½) / Γ(i+3/2));
- Krippendorff's α (interval): 1 − D_o / D_e over the pairable values;
- AHP: the principal eigenvector by repeated multiplication, λmax, CI, CR
  with Saaty's random index; AIJ the element-wise geometric mean.
"""

import json
import math
import statistics
import sys

RI = {1: 0, 2: 0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49,
      11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59}
checked = 0


def same(what, ours, theirs, tolerance=1.5e-3):
    global checked
    checked += 1
    if ours is None or theirs is None:
        ok = ours is None and theirs is None
    else:
        ok = abs(ours - theirs) <= tolerance
    if not ok:
        print(f"MISMATCH {what}: independent {ours}, app {theirs}")
        sys.exit(1)


def chi2_upper(x, df):
    half = x / 2
    if df % 2 == 0:
        return math.exp(-half) * sum(half ** i / math.factorial(i) for i in range(df // 2))
    total = math.erfc(math.sqrt(half))
    for i in range((df - 1) // 2):
        total += math.exp(-half) * half ** (i + 0.5) / math.gamma(i + 1.5)
    return total


def midranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    ties = 0.0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        t = j - i + 1
        ties += t ** 3 - t
        i = j + 1
    return ranks, ties


def kendall_w(matrix):  # experts × items, complete
    m, n = len(matrix), len(matrix[0])
    rank_sums = [0.0] * n
    tie_sum = 0.0
    for row in matrix:
        ranks, ties = midranks(row)
        tie_sum += ties
        for i in range(n):
            rank_sums[i] += ranks[i]
    mean = sum(rank_sums) / n
    s = sum((r - mean) ** 2 for r in rank_sums)
    w = 12 * s / (m * m * (n ** 3 - n) - m * tie_sum)
    chi2 = m * (n - 1) * w
    return w, chi2, n - 1, chi2_upper(chi2, n - 1)


def alpha_interval(units):
    units = [u for u in units if len(u) >= 2]
    values = [v for u in units for v in u]
    n = len(values)
    d_o = sum(sum((a - b) ** 2 for a in u for b in u) / (len(u) - 1) for u in units) / n
    d_e = sum((a - b) ** 2 for a in values for b in values) / (n * (n - 1))
    return 1 - d_o / d_e


def ahp(matrix):
    n = len(matrix)
    w = [1.0 / n] * n
    for _ in range(2000):
        nw = [sum(matrix[i][j] * w[j] for j in range(n)) for i in range(n)]
        total = sum(nw)
        nw = [v / total for v in nw]
        if max(abs(a - b) for a, b in zip(w, nw)) < 1e-13:
            w = nw
            break
        w = nw
    lam = sum(sum(matrix[i][j] * w[j] for j in range(n)) / w[i] for i in range(n)) / n
    ci = (lam - n) / (n - 1) if n > 2 else 0.0
    cr = ci / RI[n] if n > 2 else 0.0
    return w, lam, cr


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        answers = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        panel = json.load(f)

    for rnd in panel["rounds"]:
        stage, number = rnd["stage"], rnd["round"]
        scores = [a for a in answers["scores"] if a["stage"] == stage and a["round"] == number]
        experts = sorted({a["expert"] for a in scores})
        dimension_of = {i["indicator"]: i["dimension"] for i in rnd["items"]}
        by_item = {}
        for a in scores:
            by_item.setdefault((a["region"], a["indicator"]), {})[a["expert"]] = a["score"]
        for item in rnd["items"]:
            given = list(by_item[(item["region"], item["indicator"])].values())
            what = f"{stage} round {number} {item['region']} {item['indicator']}"
            same(what + " answers", len(given), item["answers"], 0)
            q1, q2, q3 = statistics.quantiles(given, n=4, method="inclusive") if len(given) > 1 else (given[0],) * 3
            same(what + " median", statistics.median(given), item["median"])
            same(what + " q1", q1, item["q1"])
            same(what + " q3", q3, item["q3"])
            cv = statistics.stdev(given) / statistics.mean(given) if len(given) > 1 and statistics.mean(given) else None
            same(what + " cv", cv, item["cv"])
        all_units = []
        for dim in rnd["dimensions"]:
            keys = sorted(k for k in by_item if dimension_of.get(k[1]) == dim["dimension"])
            complete = [k for k in keys if all(e in by_item[k] for e in experts)]
            matrix = [[by_item[k][e] for k in complete] for e in experts]
            w, chi2, df, p = kendall_w(matrix)
            what = f"{stage} round {number} {dim['dimension']}"
            same(what + " items", len(complete), dim["items"], 0)
            same(what + " items dropped", len(keys) - len(complete), dim["items_dropped"], 0)
            same(what + " W", w, dim["kendall_w"])
            same(what + " chi-square", chi2, dim["chi_square"], 2e-3)
            same(what + " df", df, dim["df"], 0)
            same(what + " p", p, dim["p_value"], 1e-5)
            units = [list(by_item[k].values()) for k in keys]
            all_units += units
            same(what + " alpha", alpha_interval(units), dim["agreement"]["alpha"])
        same(f"{stage} round {number} stage alpha", alpha_interval(all_units), rnd["stage_agreement"]["alpha"])

    for c in panel["consistency"]:
        given = [a for a in answers["comparisons"]
                 if a["expert"] == c["expert"] and a["round"] == c["round"] and a["scope"] == c["scope"]]
        items = []
        for a in given:
            for key in (a["first"], a["second"]):
                if key not in items:
                    items.append(key)
        n = len(items)
        matrix = [[1.0] * n for _ in range(n)]
        for a in given:
            i, j = items.index(a["first"]), items.index(a["second"])
            matrix[i][j], matrix[j][i] = a["value"], 1 / a["value"]
        w, lam, cr = ahp(matrix)
        what = f"round {c['round']} {c['expert']} {c['scope']}"
        same(what + " lambda max", lam, c["lambda_max"])
        same(what + " CR", cr, c["cr"])
        same(what + " passes", 1 if cr <= panel["settings"]["max_cr"] else 0, 1 if c["passes"] else 0, 0)

    for group in panel["weights"]:
        used = group["experts_used"]
        if group["aggregation"] != "aij" or not used:
            continue
        items = list(group["weights"].keys())
        n = len(items)
        product = [[1.0] * n for _ in range(n)]
        for expert in used:
            for a in answers["comparisons"]:
                if a["expert"] == expert and a["round"] == group["round"] and a["scope"] == group["scope"]:
                    i, j = items.index(a["first"]), items.index(a["second"])
                    product[i][j] *= a["value"]
                    product[j][i] *= 1 / a["value"]
        matrix = [[v ** (1 / len(used)) for v in row] for row in product]
        w, _, _ = ahp(matrix)
        for key, value in zip(items, w):
            same(f"round {group['round']} {group['scope']} weight of {key}", value, group["weights"][key])
    print(f"{checked} values agree")


main()
