/*
 * Renderers of the report: one self-contained HTML file (inline CSS and
 * SVG, A4 print styles), Markdown, and the delegation register as CSV.
 * They print to a FILE* and never query; all return 0, or -1 when memory
 * ran out or Graphviz failed.
 *
 * CSV is RFC 4180 (CRLF line ends, fields with a comma, quote, CR or LF
 * quoted, quotes doubled) in UTF-8.  The report's CSV starts with a byte
 * order mark so that Excel on a Japanese Windows opens it as UTF-8
 * rather than Shift_JIS; export's CSV, meant for programs, has none.
 */
#ifndef ITAKU_RENDER_REPORT_H
#define ITAKU_RENDER_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "graph.h"
#include "report.h"

/* Text for HTML and XML: & < > " ' escaped, controls but TAB and LF dropped. */
void html_text(FILE *, const char *);
/* One CSV field, quoted when it must be. */
void csv_field(FILE *, const char *);
/* Text for a Markdown table cell: | and markup escaped, newlines as <br>. */
void md_text(FILE *, const char *);

int render_report_html(FILE *, const struct report *);
int render_report_md(FILE *, const struct report *);
int render_report_csv(FILE *, const struct report *);
/* Every delegation with all its fields, for export --format csv. */
int render_delegations_csv(FILE *, const struct graph *);

#endif
