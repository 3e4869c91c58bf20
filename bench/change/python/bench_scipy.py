"""Times scipy.stats.ttest_rel + wilcoxon on the pairs the TypeScript bench writes (float64 pre then post).

Usage: python3 bench/change/python/bench_scipy.py <file> <n> <repeats>
Prints one JSON line: median seconds of ttest_rel, wilcoxon and both, with the scipy version and the p-values.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import stats


def main():
    path, n, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    data = np.fromfile(path, dtype="<f8")
    pre, post = data[:n], data[n:]
    t_times, w_times = [], []
    t = w = None
    for _ in range(repeats):
        s = time.perf_counter()
        t = stats.ttest_rel(post, pre)
        t_times.append(time.perf_counter() - s)
        s = time.perf_counter()
        w = stats.wilcoxon(post, pre, method="asymptotic", correction=True)
        w_times.append(time.perf_counter() - s)
    both = [a + b for a, b in zip(t_times, w_times)]
    print(json.dumps({
        "scipy": scipy.__version__, "ttest": float(np.median(t_times)), "wilcoxon": float(np.median(w_times)),
        "both": float(np.median(both)), "tP": float(t.pvalue), "wP": float(w.pvalue),
    }))


main()
