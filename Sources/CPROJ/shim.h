// Umbrella header for PROJ's C API: transformations (proj.h) and the
// GeographicLib-derived ellipsoidal geodesic routines (geodesic.h).
#include <proj.h>
#include <geodesic.h>
