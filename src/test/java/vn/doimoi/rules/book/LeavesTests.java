package vn.doimoi.rules.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Lists in a rule's values grow and shrink in the editor (the screening lists, the lump-sum items). */
class LeavesTests {

    final JsonNode screening = RuleJson.tree("""
            {"entries": [
              {"level": "PROHIBITED", "description": "Amiăng", "terms": "amiăng", "source": "NĐ 76/2018"},
              {"level": "RESTRICTED", "description": "Thuỷ ngân", "terms": "thủy ngân", "source": "NĐ 76/2018"},
              {"level": "RESTRICTED", "description": "Chuyển gen", "terms": "chuyển gen", "source": "NĐ 76/2018"}
            ], "days": 90}
            """);

    @Test
    void theEditorShowsOneEmptyLineAfterEachListForANewItem() {
        List<String> paths =
                Leaves.withSlots(screening).stream().map(Leaves.Leaf::path).toList();

        assertThat(paths).contains("entries[3].level", "entries[3].description", "entries[3].terms");
        assertThat(Leaves.withSlots(screening).stream()
                        .filter(l -> l.path().equals("entries[3].terms"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .isEmpty();
        assertThat(Leaves.isSlot(screening, "entries[3].terms")).isTrue();
        assertThat(Leaves.isSlot(screening, "entries[2].terms")).isFalse();
    }

    @Test
    void aFilledEmptyLineAddsAnItemAndTheEmptyLineLeftAloneAddsNothing() {
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("entries[3].level", "PROHIBITED");
        edits.put("entries[3].description", "Vũ khí hoá học");
        edits.put("entries[3].terms", "vũ khí hoá học | chất độc chiến tranh");
        edits.put("entries[3].source", "NĐ 76/2018, phụ lục");

        JsonNode grown = Leaves.with(screening, edits);

        assertThat(grown.get("entries").size()).isEqualTo(4);
        assertThat(grown.get("entries").get(3).get("terms").asString())
                .isEqualTo("vũ khí hoá học | chất độc chiến tranh");
        assertThat(Leaves.with(screening, Map.of("entries[3].terms", "", "entries[3].level", " "))
                        .get("entries")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void anItemWhoseTextsAreAllEmptiedIsTakenOutAndTheNextOnesMoveUp() {
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("entries[1].level", "");
        edits.put("entries[1].description", "");
        edits.put("entries[1].terms", "");
        edits.put("entries[1].source", "");
        edits.put("entries[2].terms", "chuyển gen | biến đổi gen");

        Leaves.Edited edited = Leaves.edit(screening, edits);

        assertThat(edited.values().get("entries").size()).isEqualTo(2);
        assertThat(edited.values().get("entries").get(1).get("terms").asString())
                .isEqualTo("chuyển gen | biến đổi gen");
        assertThat(edited.movedPath("entries[2].terms")).isEqualTo("entries[1].terms");
        assertThat(edited.movedPath("entries[1].terms")).isNull();
        assertThat(edited.movedPath("entries[0].terms")).isEqualTo("entries[0].terms");
        assertThat(edited.movedPath("days")).isEqualTo("days");
    }

    @Test
    void halfAnItemEmptiedIsRefusedAndTheLastItemStays() {
        assertThatThrownBy(() -> Leaves.with(screening, Map.of("entries[0].terms", "")))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.emptyValue");
        JsonNode one = RuleJson.tree("{\"items\": [\"Mua sắm tài sản\"]}");
        assertThatThrownBy(() -> Leaves.with(one, Map.of("items[0]", "")))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.emptyList");
        assertThat(Leaves.with(one, Map.of("items[1]", "Đoàn ra")).get("items").size())
                .isEqualTo(2);
        assertThatThrownBy(() -> Leaves.with(one, Map.of("items[2]", "Đoàn ra")))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.unknownValue");
    }
}
