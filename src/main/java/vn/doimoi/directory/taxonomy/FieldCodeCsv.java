package vn.doimoi.directory.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import vn.doimoi.directory.FieldCode;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Reads the classification from CSV ({@code code,parent_code,name_vi,name_en}, UTF-8, a BOM
 * allowed) and checks every row; a file with any bad row is rejected whole.
 */
final class FieldCodeCsv {

    private FieldCodeCsv() {}

    record Parsed(List<FieldCode> codes, List<FieldTaxonomy.Rejection> rejections) {}

    static Parsed parse(InputStream input, Set<String> existingCodes) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        Map<String, FieldCode> codes = new LinkedHashMap<>();
        List<FieldTaxonomy.Rejection> rejections = new ArrayList<>();
        try (Reader reader = new InputStreamReader(
                BOMInputStream.builder().setInputStream(input).get(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(reader)) {
                long line = record.getRecordNumber() + 1;
                String code = value(record, "code");
                String parent = value(record, "parent_code");
                String nameVi = VietnameseText.clean(value(record, "name_vi"));
                String nameEn = VietnameseText.clean(value(record, "name_en"));
                int level = levelOf(code);
                if (level == 0) {
                    rejections.add(new FieldTaxonomy.Rejection(line, code, "fieldCode.import.badCode"));
                } else if (nameVi == null || nameVi.isEmpty()) {
                    rejections.add(new FieldTaxonomy.Rejection(line, code, "fieldCode.import.noName"));
                } else if (codes.containsKey(code)) {
                    rejections.add(new FieldTaxonomy.Rejection(line, code, "fieldCode.import.duplicate"));
                } else if (level > 1 && !code.startsWith(parent == null ? "\u0000" : parent)) {
                    rejections.add(new FieldTaxonomy.Rejection(line, code, "fieldCode.import.wrongParent"));
                } else if (level > 1 && levelOf(parent) != level - 1) {
                    rejections.add(new FieldTaxonomy.Rejection(line, code, "fieldCode.import.wrongParent"));
                } else if (level > 1 && !codes.containsKey(parent) && !existingCodes.contains(parent)) {
                    rejections.add(new FieldTaxonomy.Rejection(line, code, "fieldCode.import.unknownParent"));
                } else {
                    codes.put(
                            code, new FieldCode(code, level == 1 ? null : parent, level, nameVi, emptyToNull(nameEn)));
                }
            }
        }
        return new Parsed(List.copyOf(codes.values()), rejections);
    }

    /** 1 digit: field; 3: sector; 5: major; 7: sub-field; anything else is not a code. */
    static int levelOf(String code) {
        if (code == null || !code.matches("\\d+")) {
            return 0;
        }
        return switch (code.length()) {
            case 1 -> 1;
            case 3 -> 2;
            case 5 -> 3;
            case 7 -> 4;
            default -> 0;
        };
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
