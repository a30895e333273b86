package vn.doimoi.shared.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Text in workbooks we write and read, kept as text (OWASP "CSV injection", issue 16 #9, ADR 0034).
 *
 * <p>Writing: a text that begins with {@code = + - @}, a tab, CR or LF is written with a single
 * quote in front. POI's {@code setCellValue(String)} never writes a formula, but Excel evaluates
 * the text once a user edits the cell, and a workbook saved again as CSV carries the bare text to
 * whatever opens it next; the visible quote survives both, where a "quote prefixed" cell style is
 * lost on a CSV save. A text that already begins with a quote gets one more, so reading gives back
 * exactly what was written: the round trip export, edit, import is lossless.
 *
 * <p>Reading: the text as the cell holds it. Spaces around it are dropped, but not a leading tab,
 * CR or LF in front of a formula sign: {@code "\t=1+1"} is kept as {@code "'=1+1"}, visible text
 * that is no formula, rather than trimmed into one. A formula cell is read as its formula text
 * ({@code "=1+1"}), never evaluated: someone typed that. The single quote this class writes is
 * taken off again.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** Writes {@code value} into {@code cell} as text a spreadsheet will not run. */
    public static void write(Cell cell, String value) {
        cell.setCellValue(neutralised(value));
    }

    /** The text as written into a cell: with a leading quote when it could be taken for a formula. */
    public static String neutralised(String value) {
        return needsQuote(value) ? "'" + value : value;
    }

    /** The text of a cell, or null when it is empty. */
    public static @Nullable String read(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        String raw =
                cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() : formatter.formatCellValue(cell);
        return fromCell(raw);
    }

    /** What {@link #read} makes of a cell's raw text. */
    public static @Nullable String fromCell(String raw) {
        String text = raw.strip();
        boolean quotedByUs = text.length() > 1 && text.charAt(0) == '\'' && needsQuote(text.substring(1));
        String source = quotedByUs ? text.substring(1) : raw;
        String stripped = source.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() < source.length() && isFormulaSign(stripped.charAt(0)) && hidesFormula(source)) {
            return "'" + stripped;
        }
        return stripped;
    }

    private static boolean needsQuote(String value) {
        return !value.isEmpty()
                && (isFormulaSign(value.charAt(0)) || isHidden(value.charAt(0)) || value.charAt(0) == '\'');
    }

    private static boolean isFormulaSign(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    private static boolean isHidden(char c) {
        return c == '\t' || c == '\r' || c == '\n';
    }

    /** Leading white space with a tab, CR or LF in it: what a spreadsheet or a trim drops silently. */
    private static boolean hidesFormula(String raw) {
        for (int i = 0; i < raw.length() && Character.isWhitespace(raw.charAt(i)); i++) {
            if (isHidden(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
