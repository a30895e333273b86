package vn.doimoi.market.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.market.DealStage;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.MarketFigures;
import vn.doimoi.shared.spreadsheet.SpreadsheetText;
import vn.doimoi.shared.text.MessageText;

/**
 * The marketplace statistics as an Excel workbook (POI), the same figures as the page: signed
 * contracts and their value by year, deals by stage, listings by kind and status. Numbers are
 * numeric cells (value in whole VND with a thousands format) so the Department can add them up.
 */
@Component
class StatisticsWorkbook {

    private final MarketFigures figures;
    private final MessageSource messages;

    StatisticsWorkbook(MarketFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    byte[] write(Locale locale) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

            Sheet contracts = workbook.createSheet(t(locale, "market.stats.sheet.contracts"));
            header(
                    contracts,
                    bold,
                    List.of(
                            t(locale, "market.stats.year"),
                            t(locale, "market.stats.contractCount"),
                            t(locale, "market.stats.valueVnd")));
            int r = 1;
            for (MarketFigures.YearFigures year : figures.contractsByYear()) {
                Row row = contracts.createRow(r++);
                row.createCell(0).setCellValue(year.year());
                row.createCell(1).setCellValue(year.contracts());
                row.createCell(2).setCellValue(year.value().doubleValue());
                row.getCell(2).setCellStyle(money);
            }
            contracts.setColumnWidth(1, 20 * 256);
            contracts.setColumnWidth(2, 24 * 256);

            Sheet deals = workbook.createSheet(t(locale, "market.stats.sheet.deals"));
            header(deals, bold, List.of(t(locale, "market.deal.stage"), t(locale, "market.stats.count")));
            r = 1;
            for (Map.Entry<DealStage, Long> stage : figures.dealsByStage().entrySet()) {
                Row row = deals.createRow(r++);
                SpreadsheetText.write(
                        row.createCell(0),
                        t(locale, "market.stage." + stage.getKey().name()));
                row.createCell(1).setCellValue(stage.getValue());
            }
            deals.setColumnWidth(0, 30 * 256);

            Sheet listings = workbook.createSheet(t(locale, "market.stats.sheet.listings"));
            List<String> columns = new java.util.ArrayList<>();
            columns.add(t(locale, "market.listing.kind"));
            for (ListingStatus status : ListingStatus.values()) {
                columns.add(t(locale, "market.status." + status.name()));
            }
            header(listings, bold, columns);
            r = 1;
            for (Map.Entry<ListingKind, Map<ListingStatus, Long>> kind :
                    figures.listingsByKindAndStatus().entrySet()) {
                Row row = listings.createRow(r++);
                SpreadsheetText.write(
                        row.createCell(0),
                        t(locale, "market.kind." + kind.getKey().name() + ".plural"));
                int c = 1;
                for (ListingStatus status : ListingStatus.values()) {
                    row.createCell(c++).setCellValue(kind.getValue().get(status));
                }
            }
            listings.setColumnWidth(0, 30 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle style, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            SpreadsheetText.write(row.createCell(c), titles.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    private String t(Locale locale, String key) {
        return MessageText.of(messages, locale, key);
    }
}
