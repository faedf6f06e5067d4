/* PROJ's geod_inverse called directly from C in a loop: the baseline for the Swift API.
 * Same pairs as routecheck-bench (SplitMix64, seed 42, uniform lat/lon). Prints pairs per second. */
#include <geodesic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static uint64_t state = 42;
static uint64_t next(void) {
    state += 0x9E3779B97F4A7C15ULL;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    double *v = malloc(sizeof(double) * 4 * n);
    for (long i = 0; i < 4 * n; i++) v[i] = (double)(next() >> 11) * 0x1.0p-53;
    struct geod_geodesic g;
    geod_init(&g, 6378137, 1 / 298.257223563);
    double bestTime = 1e9, checksum = 0;
    for (int r = 0; r < 3; r++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        double sum = 0;
        for (long i = 0; i < n; i++) {
            double s12;
            geod_inverse(&g, v[4*i] * 180 - 90, v[4*i+1] * 360 - 180, v[4*i+2] * 180 - 90, v[4*i+3] * 360 - 180,
                         &s12, NULL, NULL);
            sum += s12;
        }
        clock_gettime(CLOCK_MONOTONIC, &b);
        double t = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
        if (t < bestTime) bestTime = t;
        checksum = sum;
    }
    printf("geodesic_inverse_c\t%.1f\tpairs/s\t(checksum %.3f)\n", n / bestTime, checksum);
    free(v);
    return 0;
}
