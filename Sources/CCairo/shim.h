#if __has_include(<cairo.h>)
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#else
#error "cairo headers not found: run scripts/bootstrap (or: apt-get install -y libcairo2-dev pkg-config)"
#endif
