"""Graph load and route query times of the Python peers on the pairs RouteCheck's `routecheck-bench
--only=routes` measures: PyPI searoute (sea; its marnet network) and PyPI scgraph (rail; the world_railways
graph of scgraph-data, the same graph Data/railways.gpkg is built from). One line a figure, in the format
of routecheck-bench: name, value, unit. Run by Benchmarks/run.

Query times are the best of 3 after a first (cold) query; load times include importing the data module.
scgraph-data 2.0.0 imports `scgraph.core`, which scgraph 3.x renamed `scgraph.geograph`; the alias below
lets the published data module load unchanged.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Scripts"))
from make_route_fixtures import PAIRS  # noqa: E402  (the sea pairs of the tests, also read by routecheck-bench)

SEA = [(f"{a[0]}-{b[0]}".replace(" ", "_"), a[1], a[2], b[1], b[2]) for a, b in PAIRS]
RAIL = [
    ("Dunay-Tikhoretsk", 42.88, 132.34, 45.85307, 40.11874),
    ("Vladivostok-Moscow", 43.10562, 131.87353, 55.75204, 37.61781),
]


def report(name, value, unit):
    print(f"{name}\t{value:.1f}\t{unit}")


def best(repeats, body):
    fastest = float("inf")
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = body()
        fastest = min(fastest, time.perf_counter() - started)
    return fastest, result


def searoute_figures():
    started = time.perf_counter()
    import searoute
    marnet = searoute.setup_M()
    report("searoute_load", (time.perf_counter() - started) * 1000, "ms")
    for name, lat1, lon1, lat2, lon2 in SEA:
        def query():
            # append_orig_dest: the answer runs from the places themselves, snaps included.
            return searoute.searoute([lon1, lat1], [lon2, lat2], units="km", append_orig_dest=True, M=marnet)
        first, _ = best(1, query)
        seconds, route = best(3, query)
        report(f"searoute_{name}_first", first * 1000, "ms")
        report(f"searoute_{name}", seconds * 1000, "ms")
        report(f"searoute_{name}_length", route["properties"]["length"], "km")


def scgraph_figures():
    import scgraph.geograph
    sys.modules.setdefault("scgraph.core", scgraph.geograph)
    started = time.perf_counter()
    from scgraph_data.world_railways import world_railways_geograph as graph
    report("scgraph_load_railways", (time.perf_counter() - started) * 1000, "ms")
    for name, lat1, lon1, lat2, lon2 in RAIL:
        def query():
            # "all": join the places to every node (the graph is split; the nearest node may be a fragment).
            return graph.get_shortest_path(origin_node={"latitude": lat1, "longitude": lon1},
                                           destination_node={"latitude": lat2, "longitude": lon2}, output_units="km",
                                           node_addition_type="all", destination_node_addition_type="all")
        first, _ = best(1, query)
        seconds, route = best(3, query)
        report(f"scgraph_rail_{name}_first", first * 1000, "ms")
        report(f"scgraph_rail_{name}", seconds * 1000, "ms")
        report(f"scgraph_rail_{name}_length", route["length"], "km")


if __name__ == "__main__":
    for figures in (searoute_figures, scgraph_figures):
        try:
            figures()
        except Exception as error:  # a missing peer must not stop the other's figures
            print(f"{figures.__name__} failed: {error}")
