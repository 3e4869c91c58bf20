"""Times the group-by-provider x outcome change summary in pandas + scipy (numpy alone when pandas is not importable)
on the rows the TypeScript bench writes, in-process, and prints one JSON line of median seconds.

Run by bench/change/groupBySuite.ts with the first interpreter that imports pandas and scipy ($BENCH_PYTHON, python3,
/usr/bin/python3; scripts/install-bench-deps.sh installs Debian's python3-pandas and python3-scipy).

Usage: python3 bench/python/bench_groupby.py <file> <n> <n_providers> <n_outcomes> <repeats>
The file holds int32 provider codes, int32 outcome codes, float64 pre, float64 post (n of each, little-endian).
Stages: split (group the rows), means (pre, post, change per group), ttest (scipy.stats.ttest_rel per group),
wilcoxon (scipy.stats.wilcoxon per group, default method), chi2 (scipy.stats.chi2_contingency per outcome on the
provider x improved/same/worse table). Groups with fewer than 2 rows are skipped, as the library does.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import stats

try:
    import pandas as pd  # noqa: F401
    PANDAS = pd.__version__
except ImportError:  # no pandas on this interpreter: numpy for the split and means
    pd = None
    PANDAS = None


def run_once(prov, outc, pre, post, n_out):
    t = {}
    s = time.perf_counter()
    g = prov.astype(np.int64) * n_out + outc
    if pd is not None:
        # pandas: one DataFrame, group by (provider, outcome), means/SD by groupby-agg; the per-group arrays for scipy
        # come from iterating the groupby.
        df = pd.DataFrame({"provider": prov, "outcome": outc, "pre": pre, "post": post})
        df["d"] = df["post"] - df["pre"]
        grouped = df.groupby(["provider", "outcome"], sort=True)
        parts = {int(p) * n_out + int(o): (v["pre"].to_numpy(), v["post"].to_numpy()) for (p, o), v in grouped}
        t["split"] = time.perf_counter() - s
        s = time.perf_counter()
        means = grouped.agg(pre=("pre", "mean"), post=("post", "mean"), d=("d", "mean"), sd=("d", "std"), n=("d", "size"))
        sds = means["sd"]
        t["means"] = time.perf_counter() - s
    else:
        order = np.argsort(g, kind="stable")
        gs = g[order]
        keys, starts = np.unique(gs, return_index=True)
        bounds = list(starts) + [len(gs)]
        pre_s, post_s = pre[order], post[order]
        parts = {int(k): (pre_s[bounds[i]:bounds[i + 1]], post_s[bounds[i]:bounds[i + 1]]) for i, k in enumerate(keys)}
        t["split"] = time.perf_counter() - s
        s = time.perf_counter()
        cnt = np.bincount(g)
        d = post - pre
        means = (np.bincount(g, pre) / np.maximum(cnt, 1), np.bincount(g, post) / np.maximum(cnt, 1), np.bincount(g, d) / np.maximum(cnt, 1))
        sds = np.sqrt((np.bincount(g, d * d) - cnt * means[2] ** 2) / np.maximum(cnt - 1, 1))
        t["means"] = time.perf_counter() - s
    big = {k: v for k, v in parts.items() if len(v[0]) >= 2}
    s = time.perf_counter()
    tt = {k: stats.ttest_rel(b, a) for k, (a, b) in big.items()}
    t["ttest"] = time.perf_counter() - s
    s = time.perf_counter()
    ww = {}
    for k, (a, b) in big.items():
        if np.any(b != a):
            ww[k] = stats.wilcoxon(b, a)
    t["wilcoxon"] = time.perf_counter() - s
    s = time.perf_counter()
    chi = {}
    for o in range(n_out):
        table = []
        for k, (a, b) in big.items():
            if k % n_out == o:
                dd = b - a
                table.append([int(np.sum(dd > 0)), int(np.sum(dd == 0)), int(np.sum(dd < 0))])
        if len(table) > 1:
            tab = np.array(table)
            tab = tab[:, tab.sum(axis=0) > 0]
            chi[o] = stats.chi2_contingency(tab, correction=False)
    t["chi2"] = time.perf_counter() - s
    t["total"] = sum(t.values())
    return t, len(parts), (means, sds, tt, ww, chi)


def main():
    path, n, n_prov, n_out, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    raw = np.fromfile(path, dtype=np.uint8)
    prov = raw[: 4 * n].view("<i4")
    outc = raw[4 * n: 8 * n].view("<i4")
    pre = raw[8 * n: 16 * n].view("<f8")
    post = raw[16 * n: 24 * n].view("<f8")
    runs = []
    groups = 0
    for _ in range(repeats):
        t, groups, _res = run_once(prov, outc, pre, post, n_out)
        runs.append(t)
    med = {k: float(np.median([r[k] for r in runs])) for k in runs[0]}
    print(json.dumps({"library": scipy.__version__, "numpy": np.__version__, "pandas": PANDAS, "python": sys.version.split()[0], "executable": sys.executable, "n": n, "groups": groups, **med}))


main()
