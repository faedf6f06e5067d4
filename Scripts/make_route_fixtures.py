"""Reference sea routes for RouteCheck's tests, computed with PyPI searoute (an independent router on the
same shipping-lane network RouteCheck embeds) and pyproj's geodesic.

Writes Tests/Fixtures/sea_routes.json. For each pair: the geodesic (pyproj, WGS 84), searoute's network
length (its path between the network nodes it snaps to), how far it snapped each end (geodesic from the
place to its path's first and last points) and the total a reader would get (snaps + network).
searoute's lengths are its own (haversine, km); they are a comparison, not ground truth.
"""
import json
import os
from importlib.metadata import version

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "sea_routes.json")

# (name, lat, lon) as RouteCheck's gazetteer resolves them (routecheck geocode NAME --limit 1).
PAIRS = [
    (("Najin", 42.24, 130.3), ("Dunay", 42.88, 132.34)),
    (("Sevastopol", 44.60795, 33.52134), ("Novorossiysk", 44.73188, 37.76176)),
    (("Busan", 35.10168, 129.03004), ("Najin", 42.24, 130.3)),
    (("Piraeus", 37.94203, 23.64619), ("Odesa", 46.48572, 30.74383)),
    (("Rotterdam", 51.9225, 4.47917), ("Singapore", 1.36562, 103.82821)),
    (("Shanghai", 31.22222, 121.45806), ("Los Angeles", 34.05223, -118.24368)),
]


def main():
    import searoute  # imported here so Benchmarks/route_compare.py can read PAIRS without it
    from pyproj import Geod
    geod = Geod(ellps="WGS84")
    rows = []
    for (name_a, lat_a, lon_a), (name_b, lat_b, lon_b) in PAIRS:
        route = searoute.searoute([lon_a, lat_a], [lon_b, lat_b], units="km")
        coordinates = route["geometry"]["coordinates"]
        first, last = coordinates[0], coordinates[-1]
        snap_from = geod.inv(lon_a, lat_a, first[0], first[1])[2]
        snap_to = geod.inv(lon_b, lat_b, last[0], last[1])[2]
        network_m = route["properties"]["length"] * 1000
        rows.append({
            "from": name_a, "to": name_b, "from_lat": lat_a, "from_lon": lon_a, "to_lat": lat_b, "to_lon": lon_b,
            "geodesic_m": round(geod.inv(lon_a, lat_a, lon_b, lat_b)[2], 3),
            "searoute_network_m": round(network_m, 1), "searoute_snap_from_m": round(snap_from, 1),
            "searoute_snap_to_m": round(snap_to, 1), "searoute_total_m": round(snap_from + network_m + snap_to, 1),
        })
    document = {"generator": "Scripts/make_route_fixtures.py", "searoute": version("searoute"), "routes": rows}
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.write("\n")
    for row in rows:
        print(f"{row['from']} → {row['to']}: searoute {row['searoute_total_m'] / 1000:.1f} km "
              f"(network {row['searoute_network_m'] / 1000:.1f}, snaps {row['searoute_snap_from_m'] / 1000:.1f} / "
              f"{row['searoute_snap_to_m'] / 1000:.1f} km), geodesic {row['geodesic_m'] / 1000:.1f} km")


if __name__ == "__main__":
    main()
