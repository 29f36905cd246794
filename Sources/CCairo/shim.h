// CCairo: cairo (image, SVG and PDF surfaces) and zlib, whose crc32 TongjiCairo's PNG encoder
// uses for chunk checksums (it deflates with its own run-length encoder, RunLengthDeflater;
// cairo's own PNG writer goes through libpng at zlib's default level and costs several times
// more; scripts/bench-charts measures both).
#if __has_include(<cairo.h>)
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#else
#error "cairo headers not found: run scripts/bootstrap (or: apt-get install -y libcairo2-dev pkg-config)"
#endif
#if __has_include(<zlib.h>)
#include <zlib.h>
#else
#error "zlib headers not found: run scripts/bootstrap (or: apt-get install -y zlib1g-dev)"
#endif
