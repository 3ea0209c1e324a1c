"""Tail probabilities that vigil-app's ExpectedVerdictsTest checks the batch pipeline test's own
binomial and normal tails against (the test's predictor of where `vigil monitor` stops).

Run: python3 tools/reference/monitor_expected_tails.py  (scipy 1.17); the values are inlined in
vigil-app/src/test/java/dev/vigil/app/monitor/ExpectedVerdictsTest.java.
"""
from scipy.stats import binom, norm

for successes in (208, 200, 199):
    print(f"binom.cdf({successes}, 250, 0.85) = {float(binom.cdf(successes, 250, 0.85))!r}")
for z in (1.959963984540054, 2.7709944275358076, 0.0, -1.959963984540054):
    print(f"norm.sf({z!r}) = {float(norm.sf(z))!r}")
