#ifndef BOARDPACK_CXLSXWRITER_SHIM_H
#define BOARDPACK_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#include <locale.h>
#endif
