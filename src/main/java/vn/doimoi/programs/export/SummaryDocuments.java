package vn.doimoi.programs.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.ReportView;
import vn.doimoi.programs.SummaryReport;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.spreadsheet.SpreadsheetText;
import vn.doimoi.shared.text.MessageText;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The summary the Department sends upward, as PDF (official layout: issuer and national motto,
 * title, numbered sections per task group, indicator table; DejaVu fonts for Vietnamese) and as
 * Excel (one sheet of assignments, one of indicators).
 */
@Component
public class SummaryDocuments {

    private final MessageSource messages;
    private final Province province;

    SummaryDocuments(MessageSource messages, Province province) {
        this.province = province;
        this.messages = messages;
    }

    public byte[] pdf(SummaryReport summary, Locale locale) {
        Labels t = new Labels(messages, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            BaseFont regular = font("fonts/DejaVuSans.ttf");
            BaseFont boldFace = font("fonts/DejaVuSans-Bold.ttf");
            Font normal = new Font(regular, 10.5f);
            Font small = new Font(regular, 9f);
            Font bold = new Font(boldFace, 10.5f);
            Font title = new Font(boldFace, 13f);
            PdfWriter.getInstance(document, out);
            document.addTitle(
                    t.get("programs.summary.title") + " " + summary.programme().number());
            document.open();

            PdfPTable heading = new PdfPTable(new float[] {1, 1.3f});
            heading.setWidthPercentage(100);
            Phrase issuer = new Phrase();
            issuer.add(new Chunk(t.get("province.committeeHeading", province.nameInCapitals()) + "\n", normal));
            issuer.add(new Chunk(t.get("programs.summary.issuer"), bold));
            heading.addCell(centred(issuer));
            Phrase motto = new Phrase();
            motto.add(new Chunk(t.get("programs.summary.nation") + "\n", bold));
            motto.add(new Chunk(t.get("programs.summary.motto"), bold));
            heading.addCell(centred(motto));
            heading.addCell(centred(new Phrase("", normal)));
            heading.addCell(centred(new Phrase(
                    t.get(
                            "programs.summary.dateLine",
                            Integer.toString(summary.generatedOn().getDayOfMonth()),
                            Integer.toString(summary.generatedOn().getMonthValue()),
                            Integer.toString(summary.generatedOn().getYear()),
                            province.name()),
                    new Font(regular, 10.5f, Font.ITALIC))));
            document.add(heading);

            Paragraph head = new Paragraph(t.get("programs.summary.title").toUpperCase(locale), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingBefore(18);
            document.add(head);
            Paragraph about = new Paragraph(
                    t.get(
                            "programs.summary.about",
                            summary.programme().number(),
                            summary.programme().issuingBody(),
                            VietnameseFormats.date(summary.programme().issuedOn())),
                    bold);
            about.setAlignment(Element.ALIGN_CENTER);
            document.add(about);
            Paragraph period = new Paragraph(
                    t.get("programs.summary.period", t.period(summary)), new Font(regular, 10.5f, Font.ITALIC));
            period.setAlignment(Element.ALIGN_CENTER);
            period.setSpacingAfter(12);
            document.add(period);

            for (SummaryReport.Section section : summary.sections()) {
                Paragraph group = new Paragraph(
                        section.group().position() + ". " + section.group().title(), bold);
                group.setSpacingBefore(8);
                document.add(group);
                if (section.items().isEmpty()) {
                    document.add(new Paragraph(t.get("programs.summary.noAssignments"), small));
                }
                for (SummaryReport.Item item : section.items()) {
                    Paragraph line = new Paragraph();
                    line.setIndentationLeft(12);
                    line.add(new Chunk("– " + item.assignment().title() + " ", bold));
                    line.add(new Chunk(
                            t.get(
                                    "programs.summary.lead",
                                    item.assignment().leadAgency().name(),
                                    t.get("programs.progress." + item.progress().name())),
                            small));
                    document.add(line);
                    Paragraph text = new Paragraph(
                            item.report() != null ? item.report().narrative() : t.get("programs.summary.noReport"),
                            normal);
                    text.setIndentationLeft(24);
                    document.add(text);
                    if (item.report() != null) {
                        for (ReportView.Value value : item.report().values()) {
                            Paragraph figure = new Paragraph(
                                    value.indicatorName() + ": " + VietnameseFormats.number(value.value()) + " "
                                            + value.unit(),
                                    small);
                            figure.setIndentationLeft(24);
                            document.add(figure);
                        }
                    }
                }
            }

            Paragraph indicators =
                    new Paragraph((summary.sections().size() + 1) + ". " + t.get("programs.summary.indicators"), bold);
            indicators.setSpacingBefore(10);
            indicators.setSpacingAfter(6);
            document.add(indicators);
            PdfPTable table = new PdfPTable(new float[] {0.4f, 3.2f, 0.8f, 1, 1, 0.8f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : t.indicatorColumns(summary)) {
                PdfPCell cell = new PdfPCell(new Phrase(column, new Font(boldFace, 9f)));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(cell);
            }
            int number = 1;
            for (IndicatorView indicator : summary.indicators()) {
                IndicatorView.YearPoint point =
                        point(indicator, summary.period().year());
                table.addCell(new Phrase(Integer.toString(number++), small));
                table.addCell(new Phrase(indicator.name(), small));
                table.addCell(new Phrase(indicator.unit(), small));
                table.addCell(new Phrase(format(point == null ? null : point.target()), small));
                table.addCell(new Phrase(format(point == null ? null : point.actual()), small));
                table.addCell(new Phrase(t.met(point), small));
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public byte[] excel(SummaryReport summary, Locale locale) {
        Labels t = new Labels(messages, locale);
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet tasks = workbook.createSheet(t.get("programs.summary.sheet.tasks"));
            int r = 0;
            row(
                    tasks,
                    r++,
                    bold,
                    t.get("programs.summary.title") + " – "
                            + summary.programme().number());
            row(tasks, r++, null, t.get("programs.summary.period", t.period(summary)));
            r++;
            row(
                    tasks,
                    r++,
                    bold,
                    t.get("programs.summary.col.group"),
                    t.get("programs.assignment.title"),
                    t.get("programs.assignment.lead"),
                    t.get("programs.report.progress"),
                    t.get("programs.report.narrative"),
                    t.get("programs.report.state"));
            for (SummaryReport.Section section : summary.sections()) {
                for (SummaryReport.Item item : section.items()) {
                    Row row = row(
                            tasks,
                            r++,
                            null,
                            section.group().position() + ". " + section.group().title(),
                            item.assignment().title(),
                            item.assignment().leadAgency().name(),
                            t.get("programs.progress." + item.progress().name()),
                            item.report() != null ? item.report().narrative() : t.get("programs.summary.noReport"),
                            item.report() != null
                                    ? t.get("programs.state."
                                            + item.report().state().name())
                                    : "");
                    row.getCell(4).setCellStyle(wrap);
                }
            }
            tasks.setColumnWidth(0, 40 * 256);
            tasks.setColumnWidth(1, 50 * 256);
            tasks.setColumnWidth(2, 35 * 256);
            tasks.setColumnWidth(3, 16 * 256);
            tasks.setColumnWidth(4, 80 * 256);
            tasks.setColumnWidth(5, 16 * 256);

            Sheet sheet = workbook.createSheet(t.get("programs.summary.sheet.indicators"));
            int i = 0;
            row(sheet, i++, bold, t.indicatorColumns(summary).toArray(String[]::new));
            int number = 1;
            for (IndicatorView indicator : summary.indicators()) {
                IndicatorView.YearPoint point =
                        point(indicator, summary.period().year());
                Row row = row(sheet, i++, null, Integer.toString(number++), indicator.name(), indicator.unit());
                numeric(row, 3, point == null ? null : point.target());
                numeric(row, 4, point == null ? null : point.actual());
                SpreadsheetText.write(row.createCell(5), t.met(point));
            }
            sheet.setColumnWidth(1, 70 * 256);
            sheet.setColumnWidth(3, 14 * 256);
            sheet.setColumnWidth(4, 14 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(Sheet sheet, int index, @Nullable CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            SpreadsheetText.write(cell, values[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    private static void numeric(Row row, int column, @Nullable BigDecimal value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static IndicatorView.@Nullable YearPoint point(IndicatorView indicator, int year) {
        return indicator.series().stream()
                .filter(p -> p.year() == year)
                .findFirst()
                .orElse(null);
    }

    private static String format(@Nullable BigDecimal value) {
        return value == null ? "–" : VietnameseFormats.number(value);
    }

    private static PdfPCell centred(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static BaseFont font(String path) {
        try (InputStream in = SummaryDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages in the report's language. */
    private record Labels(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return MessageText.of(messages, locale, key, args);
        }

        String period(SummaryReport summary) {
            return get(summary.period().labelKey(), summary.period().labelArgs());
        }

        String met(IndicatorView.@Nullable YearPoint point) {
            if (point == null || point.actual() == null || point.target() == null) {
                return "–";
            }
            return get(point.met() ? "programs.indicator.met" : "programs.indicator.notMet");
        }

        List<String> indicatorColumns(SummaryReport summary) {
            String year = Integer.toString(summary.period().year());
            return List.of(
                    get("programs.summary.col.number"),
                    get("programs.indicator.name"),
                    get("programs.indicator.unit"),
                    get("programs.summary.col.target", year),
                    get("programs.summary.col.actual", year),
                    get("programs.summary.col.met"));
        }
    }
}
