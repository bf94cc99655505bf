#include "cxlsxwriter.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

const cxlsx_functions *cxlsx_load(const char *soname, char *reason, size_t capacity) {
    // RTLD_LOCAL: the library's names stay out of the process's global scope.
    void *library = dlopen(soname != NULL ? soname : CXLSX_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        snprintf(reason, capacity, "%s", dlerror());
        return NULL;
    }
    cxlsx_functions *table = malloc(sizeof *table);
    if (table == NULL) {
        dlclose(library);
        snprintf(reason, capacity, "out of memory");
        return NULL;
    }
    // Each field from the symbol of its own name, so that a field and its name cannot drift apart.
#define CXLSX_LOAD(name) \
    if ((table->name = (__typeof__(table->name))dlsym(library, #name)) == NULL) goto missing;
    CXLSX_LOAD(workbook_new_opt)
    CXLSX_LOAD(workbook_close)
    CXLSX_LOAD(workbook_add_worksheet)
    CXLSX_LOAD(workbook_add_format)
    CXLSX_LOAD(lxw_strerror)
    CXLSX_LOAD(format_set_bold)
    CXLSX_LOAD(format_set_italic)
    CXLSX_LOAD(format_set_bottom)
    CXLSX_LOAD(format_set_font_size)
    CXLSX_LOAD(format_set_num_format)
    CXLSX_LOAD(worksheet_write_string)
    CXLSX_LOAD(worksheet_write_number)
    CXLSX_LOAD(worksheet_write_boolean)
    CXLSX_LOAD(worksheet_freeze_panes)
    CXLSX_LOAD(worksheet_autofilter)
    CXLSX_LOAD(worksheet_set_column)
#undef CXLSX_LOAD
    return table;

missing:
    // Copied before dlclose, which may free the loader's message.
    snprintf(reason, capacity, "%s", dlerror());
    free(table);
    dlclose(library);
    return NULL;
}
