package org.kompanjoner.web;

/**
 * Cells of the CSV files the platform writes, safe to open in a spreadsheet program: text that would
 * start a formula (OWASP's list for CSV injection) gets a leading apostrophe, as the program itself
 * writes such text. People's own words go into these files, and whoever opens one must not run them.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    public static String safe(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A cell as it was before {@link #safe}, so that a file written here imports as it was. */
    public static String restored(String value) {
        return value != null
                        && value.length() > 1
                        && value.charAt(0) == '\''
                        && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }
}
