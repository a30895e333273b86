package vn.doimoi.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.doimoi.directory.FieldCode;

class FieldCodeCsvTests {

    @Test
    void readsCodesWithTheirLevelsAndQuotedNames() throws IOException {
        var parsed = parse("""
                code,parent_code,name_vi,name_en
                4,,Khoa học nông nghiệp,Agricultural sciences
                401,4,Trồng trọt,Crop science
                40101,401,"Cây lương thực, cây thực phẩm",
                """, Set.of());

        assertThat(parsed.rejections()).isEmpty();
        assertThat(parsed.codes())
                .extracting(FieldCode::code, FieldCode::level, FieldCode::parentCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("4", 1, null),
                        org.assertj.core.groups.Tuple.tuple("401", 2, "4"),
                        org.assertj.core.groups.Tuple.tuple("40101", 3, "401"));
        assertThat(parsed.codes().get(2).nameVi()).isEqualTo("Cây lương thực, cây thực phẩm");
        assertThat(parsed.codes().get(2).nameEn()).isNull();
    }

    @Test
    void refusesEveryBadRowWithItsLineAndReason() throws IOException {
        var parsed = parse("""
                code,parent_code,name_vi,name_en
                40,,Sai số chữ số,
                402,4,Chăn nuôi,Animal husbandry
                50101,401,Không khớp cha,
                403,,Không có cha,
                7,,,
                """, Set.of("4", "401"));

        assertThat(parsed.rejections())
                .extracting(FieldTaxonomy.Rejection::line, FieldTaxonomy.Rejection::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "fieldCode.import.badCode"),
                        org.assertj.core.groups.Tuple.tuple(4L, "fieldCode.import.wrongParent"),
                        org.assertj.core.groups.Tuple.tuple(5L, "fieldCode.import.wrongParent"),
                        org.assertj.core.groups.Tuple.tuple(6L, "fieldCode.import.noName"));
    }

    @Test
    void theShippedClassificationHasSixFieldsAndFortySixSectors() throws IOException {
        try (var csv = FieldCodeCsvTests.class.getResourceAsStream("/directory/field-codes.csv")) {
            var parsed = FieldCodeCsv.parse(csv, Set.of());

            assertThat(parsed.rejections()).isEmpty();
            assertThat(parsed.codes()).filteredOn(code -> code.level() == 1).hasSize(6);
            assertThat(parsed.codes()).filteredOn(code -> code.level() == 2).hasSize(46);
        }
    }

    private static FieldCodeCsv.Parsed parse(String csv, Set<String> existing) throws IOException {
        return FieldCodeCsv.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), existing);
    }
}
