#ifndef VETTED_BUILD_H
#define VETTED_BUILD_H

/// The commit a release binary was built from (40 hex digits), or "" for a
/// development build. scripts/package sets it with -Xcc -DVETTED_SOURCE_COMMIT=…
const char *vetted_source_commit(void);

#endif
