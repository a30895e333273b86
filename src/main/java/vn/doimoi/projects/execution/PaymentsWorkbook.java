package vn.doimoi.projects.execution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.execution.ExecutionViews.PaymentRow;
import vn.doimoi.projects.support.PdfKit;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.spreadsheet.SpreadsheetText;
import vn.doimoi.shared.text.VietnameseFormats;

/** The year's tranches as an Excel workbook for the State Treasury (Kho bạc). */
@Component
public class PaymentsWorkbook {

    private final PdfKit kit;

    PaymentsWorkbook(MessageSource messages, Province province) {
        this.kit = new PdfKit(messages, province);
    }

    /** Tranches of a year for the State Treasury (Kho bạc): one row per tranche. */
    public byte[] xlsx(List<PaymentRow> rows, int year, Locale locale) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Sheet sheet = workbook.createSheet(t(locale, "payment.export.sheet", String.valueOf(year)));
            Row header = sheet.createRow(0);
            List<String> keys = List.of(
                    "execution.task.code",
                    "execution.task.title",
                    "execution.task.host",
                    "payment.number",
                    "payment.amount",
                    "payment.state",
                    "payment.plannedOn",
                    "payment.paidOn",
                    "payment.reference");
            for (int i = 0; i < keys.size(); i++) {
                SpreadsheetText.write(header.createCell(i), t(locale, keys.get(i)));
                header.getCell(i).setCellStyle(bold);
            }
            int index = 1;
            for (PaymentRow row : rows) {
                Row r = sheet.createRow(index++);
                SpreadsheetText.write(r.createCell(0), row.code());
                SpreadsheetText.write(r.createCell(1), row.title());
                SpreadsheetText.write(r.createCell(2), row.hostName());
                r.createCell(3).setCellValue(row.number());
                r.createCell(4).setCellValue(row.amount().doubleValue());
                r.getCell(4).setCellStyle(money);
                SpreadsheetText.write(r.createCell(5), t(locale, "payment.state." + row.state()));
                SpreadsheetText.write(r.createCell(6), VietnameseFormats.date(row.plannedOn()));
                SpreadsheetText.write(
                        r.createCell(7), row.paidOn() == null ? "" : VietnameseFormats.date(row.paidOn()));
                SpreadsheetText.write(r.createCell(8), row.treasuryReference() == null ? "" : row.treasuryReference());
            }
            for (int i = 0; i < keys.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return kit.t(locale, key, args);
    }
}
