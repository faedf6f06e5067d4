#ifndef ROUTECHECK_CFUZZERDRIVER_H
#define ROUTECHECK_CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the runtime that `-sanitize=fuzzer` links). Declared here so the Swift harness can start
/// libFuzzer from its own `main`; only called in builds made with libFuzzer (`Scripts/fuzz`).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
