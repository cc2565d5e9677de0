"""The way researchers compute UN-vote agreement today, for BENCHMARKS.md:
pandas on the data set's CSVs, timed on the same machine as
`cargo bench --features bench --bench unga`.

    pip install pandas numpy
    python3 benches/pandas/agreement.py DIR_WITH_roll_calls.csv_AND_votes.csv

Agreement as `allegiance::unga::agreement` computes it: 1 for the same vote,
0.5 when exactly one abstained, 0 for yes against no; roll calls where either
was absent (or had no row) are not compared. It prints the medians of
repeated runs (loading the CSVs is not timed) and checks that the scores
equal the crate's (printed by the same computations).
"""
import sys
import timeit

import numpy as np
import pandas as pd

d = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/unga"
rc = pd.read_csv(f"{d}/roll_calls.csv", usecols=["rcid", "date"], parse_dates=["date"])
votes = pd.read_csv(f"{d}/votes.csv", usecols=["rcid", "iso2", "vote"], keep_default_na=False)
votes = votes.merge(rc, on="rcid")
votes = votes[votes["vote"] != "absent"]
code = {"yes": 1, "no": -1, "abstain": 0}
votes["v"] = votes["vote"].map(code)


def pair(a, b, start, end):
    """One pair's agreement in a window, the pandas way: filter, pivot, compare."""
    w = votes[(votes["date"] >= start) & (votes["date"] <= end) & votes["iso2"].isin([a, b])]
    p = w.pivot_table(index="rcid", columns="iso2", values="v", aggfunc="first").dropna()
    x, y = p[a].to_numpy(), p[b].to_numpy()
    score = np.where(x == y, 1.0, np.where((x == 0) | (y == 0), 0.5, 0.0))
    return score.sum(), len(score)


def matrix(start, end):
    """Every pair's agreement in a window, vectorised with numpy."""
    w = votes[(votes["date"] >= start) & (votes["date"] <= end)]
    p = w.pivot_table(index="iso2", columns="rcid", values="v", aggfunc="first")
    m = p.to_numpy()
    present = ~np.isnan(m)
    v = np.nan_to_num(m)
    yes, no, ab = (v == 1) & present, (v == -1) & present, (v == 0) & present
    yes, no, ab = (x.astype(np.float32) for x in (yes, no, ab))
    same = yes @ yes.T + no @ no.T + ab @ ab.T
    half = ab @ (yes + no).T
    half = half + half.T
    compared = present.astype(np.float32) @ present.astype(np.float32).T
    return (same + 0.5 * half), compared


def median(f, n):
    t = timeit.repeat(f, number=1, repeat=n)
    return sorted(t)[len(t) // 2]


cases = [
    ("agreement(IN, RU, 2019)", lambda: pair("IN", "RU", "2019-01-01", "2019-12-31"), 30),
    ("agreement(US, GB, all)", lambda: pair("US", "GB", "1946-01-01", "2020-12-31"), 10),
    ("all-pairs matrix, 2019", lambda: matrix("2019-01-01", "2019-12-31"), 10),
]
print("pandas", pd.__version__, "numpy", np.__version__)
for name, f, n in cases:
    print(f"{name}: median {median(f, n) * 1e3:.2f} ms over {n} runs")
s, c = pair("IN", "RU", "2019-01-01", "2019-12-31")
print(f"check IN-RU 2019: score {s} of {c} compared")
s, c = pair("US", "GB", "1946-01-01", "2020-12-31")
print(f"check US-GB all: score {s} of {c} compared")
