#include "vetted_build.h"

// Swift has no compile-time string constants from the command line; a C define does.
#ifndef VETTED_SOURCE_COMMIT
#define VETTED_SOURCE_COMMIT ""
#endif

const char *vetted_source_commit(void) { return VETTED_SOURCE_COMMIT; }
