// The declaration in include/fuzz_driver.h is all this target provides.
#include "fuzz_driver.h"
