package vn.doimoi.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A workbook of one sheet of text: a bold header row, then one row per record, every cell written
 * and read through {@link SpreadsheetText}. The directory's export, template and import sheets are
 * all this shape; what a column means stays with the caller.
 */
public final class TextSheet {

    private static final int COLUMN_WIDTH = 24 * 256;

    private TextSheet() {}

    /** A non-empty row as read: its number as Excel shows it and its cells, null where empty. */
    public record Line(int number, List<@Nullable String> cells) {

        public @Nullable String cell(int column) {
            return cells.get(column);
        }
    }

    /** The sheet as xlsx bytes; a null or empty value leaves its cell out. */
    public static byte[] write(String sheetName, List<String> columns, List<@Nullable String[]> rows) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                SpreadsheetText.write(cell, columns.get(i));
                cell.setCellStyle(bold);
            }
            int index = 1;
            for (@Nullable String[] values : rows) {
                Row row = sheet.createRow(index++);
                for (int i = 0; i < values.length; i++) {
                    String value = values[i];
                    if (value != null && !value.isEmpty()) {
                        SpreadsheetText.write(row.createCell(i), value);
                    }
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, COLUMN_WIDTH);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row after the header that has text in one of the first {@code columns} cells. */
    public static List<Line> read(InputStream input, int columns) throws IOException {
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(input)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                @Nullable String[] cells = new String[columns];
                boolean empty = true;
                for (int c = 0; c < columns; c++) {
                    cells[c] = SpreadsheetText.read(row.getCell(c), formatter);
                    empty &= cells[c] == null;
                }
                if (!empty) {
                    lines.add(new Line(r + 1, Collections.unmodifiableList(Arrays.asList(cells))));
                }
            }
        }
        return lines;
    }

    /** Codes written in one cell, separated by commas, semicolons or spaces, in their order. */
    public static Set<String> codes(@Nullable String cell) {
        return cell == null
                ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(cell.split("[,;\\s]+"))
                        .filter(code -> !code.isBlank())
                        .toList());
    }

    /** Codes as one cell: sorted, separated by a comma and a space. */
    public static String codeCell(Set<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }
}
