"""pyproj's vectorised Geod.inv on 1,000,000 random pairs (numpy arrays), best of 3. Prints pairs/s."""
import sys
import time

import numpy
from pyproj import Geod

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = numpy.random.default_rng(42)
lat1, lat2 = rng.uniform(-90, 90, n), rng.uniform(-90, 90, n)
lon1, lon2 = rng.uniform(-180, 180, n), rng.uniform(-180, 180, n)
geod = Geod(ellps="WGS84")
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    geod.inv(lon1, lat1, lon2, lat2)
    best = min(best, time.perf_counter() - start)
print(f"geodesic_inverse_pyproj_vectorised\t{n / best:.1f}\tpairs/s")
