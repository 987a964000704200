/* The floor: writing ROWS x COLS cells with libxlsxwriter in constant-memory mode and
 * nothing else (numbers and short strings mixed, as in a scorecard).
 * Build: cc -O2 floor.c $(pkg-config --cflags --libs xlsxwriter) -o floor
 * Usage: floor OUT.xlsx ROWS COLS */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: %s OUT.xlsx ROWS COLS\n", argv[0]); return 2; }
    long rows = atol(argv[2]), cols = atol(argv[3]);
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, NULL);
    char text[32];
    for (long r = 0; r < rows; r++) {
        for (long c = 0; c < cols; c++) {
            if (c % 3 == 0) {
                snprintf(text, sizeof text, "K-%ld", r);
                worksheet_write_string(sheet, (lxw_row_t)r, (lxw_col_t)c, text, NULL);
            } else {
                worksheet_write_number(sheet, (lxw_row_t)r, (lxw_col_t)c, (double)(r % 100) + c * 0.5, NULL);
            }
        }
    }
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
