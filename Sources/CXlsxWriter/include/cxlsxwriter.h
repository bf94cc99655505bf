#ifndef CXLSXWRITER_H
#define CXLSXWRITER_H
// libxlsxwriter (Debian's libxlsxwriter-dev, 1.1.4 on bookworm) reached through dlopen: only `--format xlsx`
// needs it, and linking it made every start of uptake load it with libminizip and libcrypto (issue 27).
// UptakeWorkbook is the one module that imports this.
#include <stddef.h>
#include <xlsxwriter.h>

/// The library's file name, with the ABI version of the header built against ("libxlsxwriter.so.4").
#define CXLSX_SONAME "libxlsxwriter.so." LXW_SOVERSION

/// The functions UptakeWorkbook calls, each typed by libxlsxwriter's own declaration.
typedef struct cxlsx_functions {
    __typeof__(workbook_new_opt) *_Nonnull workbook_new_opt;
    __typeof__(workbook_close) *_Nonnull workbook_close;
    __typeof__(workbook_add_worksheet) *_Nonnull workbook_add_worksheet;
    __typeof__(workbook_add_format) *_Nonnull workbook_add_format;
    __typeof__(lxw_strerror) *_Nonnull lxw_strerror;
    __typeof__(format_set_bold) *_Nonnull format_set_bold;
    __typeof__(format_set_italic) *_Nonnull format_set_italic;
    __typeof__(format_set_bottom) *_Nonnull format_set_bottom;
    __typeof__(format_set_font_size) *_Nonnull format_set_font_size;
    __typeof__(format_set_num_format) *_Nonnull format_set_num_format;
    __typeof__(worksheet_write_string) *_Nonnull worksheet_write_string;
    __typeof__(worksheet_write_number) *_Nonnull worksheet_write_number;
    __typeof__(worksheet_write_boolean) *_Nonnull worksheet_write_boolean;
    __typeof__(worksheet_freeze_panes) *_Nonnull worksheet_freeze_panes;
    __typeof__(worksheet_autofilter) *_Nonnull worksheet_autofilter;
    __typeof__(worksheet_set_column) *_Nonnull worksheet_set_column;
} cxlsx_functions;

/// Opens the library `soname` (NULL: CXLSX_SONAME) and looks up its functions: a table that lives as long as the process, or NULL
/// with the loader's words in `reason` (cut to `capacity` bytes, NUL included).
const cxlsx_functions *_Nullable cxlsx_load(const char *_Nullable soname, char *_Nonnull reason, size_t capacity);

#endif
