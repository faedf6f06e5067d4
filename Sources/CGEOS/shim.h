// Umbrella header for the GEOS C API. Only the reentrant (_r) functions are used.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
