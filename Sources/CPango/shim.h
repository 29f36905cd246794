#if __has_include(<pango/pangocairo.h>)
#include <pango/pangocairo.h>
#include <fontconfig/fontconfig.h>
#else
#error "pango headers not found: run scripts/bootstrap (or: apt-get install -y libpango1.0-dev pkg-config)"
#endif
