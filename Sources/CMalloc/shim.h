// glibc's allocator settings (`mallopt`, `M_TRIM_THRESHOLD`), which Swift's Glibc module does not
// import. Only declarations: nothing is compiled or linked. TongjiExtract's SystemFiles.swift is
// the one Swift file that uses them.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
