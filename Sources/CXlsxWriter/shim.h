#ifndef CXLSXWRITER_SHIM_H
#define CXLSXWRITER_SHIM_H
// libxlsxwriter (Debian's libxlsxwriter-dev, 1.1.4 on bookworm): UptakeWorkbook is the one module that imports this.
#include <xlsxwriter.h>
#endif
