package vn.doimoi.market.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.Screening;
import vn.doimoi.rules.book.DraftEdit;
import vn.doimoi.rules.book.RuleDrafts;

/**
 * Issue 19: the technology lists of Decree 76/2018 are a rule the Department keeps (kind
 * {@code transfer-screening}). STAFF adds a technology to a new version and takes one out; listings are
 * screened against the version in force on their submission day, and the finding names the version.
 * The version published here starts decades ahead, so the other tests, which screen today, never see it.
 */
@DoimoiSpringTest
class ScreeningRuleTests {

    @Autowired
    ScreeningLists lists;

    @Autowired
    RuleDrafts drafts;

    @Autowired
    TestUsers testUsers;

    @Test
    void staffExtendsTheListsFromADayAndListingsSubmittedFromThenAreScreenedAgainstThem() {
        CurrentUser staff = new CurrentUser(
                testUsers.id(testUsers.create(Role.STAFF)), "canbo-danh-muc", EnumSet.of(Role.STAFF), null);
        drafts.draftFrom(staff, "transfer-screening", "ND76-2018", "DM-2048");
        int lines = drafts.row("transfer-screening", "DM-2048")
                .file()
                .values()
                .get("entries")
                .size();

        Map<String, String> values = new HashMap<>();
        // a new line in the empty slot after the last one
        values.put("entries[" + lines + "].level", "RESTRICTED");
        values.put("entries[" + lines + "].description", "Công nghệ sản xuất thuốc bảo vệ thực vật chứa paraquat");
        values.put("entries[" + lines + "].terms", "paraquat | gramoxone");
        values.put("entries[" + lines + "].source", "Quyết định 1/2048/QĐ-BKHCN");
        // the mercury line taken out: every text of it emptied
        for (String field : new String[] {"level", "description", "terms", "source"}) {
            values.put("entries[5]." + field, "");
        }
        Map<String, String> sources = Map.of("entries[" + lines + "].terms", "Danh mục sửa đổi 2048");
        edit(staff, "DM-2048", values, sources, Set.of("entries[" + lines + "].terms"));

        var draft = drafts.row("transfer-screening", "DM-2048").file();
        assertThat(draft.values().get("entries").size()).isEqualTo(lines);
        // the added line moved up one place with its source and its mark
        String added = "entries[" + (lines - 1) + "].terms";
        assertThat(draft.sourcesOrEmpty()).containsEntry(added, "Danh mục sửa đổi 2048");
        assertThat(draft.unverifiedOrEmpty()).contains(added);

        drafts.publish(
                staff,
                "transfer-screening",
                "DM-2048",
                LocalDate.of(2048, 1, 1),
                drafts.row("transfer-screening", "DM-2048").rowVersion());

        String paraquat = "Dây chuyền pha chế thuốc diệt cỏ paraquat cho nông hộ";
        String mercury = "Công nghệ tách vàng bằng thủy ngân";
        ScreeningResult before = lists.screen(paraquat, LocalDate.of(2047, 12, 31));
        assertThat(before.level()).isEqualTo(Screening.CLEAR);
        assertThat(before.rule()).isEqualTo("ND76-2018");
        assertThat(lists.screen(mercury, LocalDate.of(2047, 12, 31)).level()).isEqualTo(Screening.RESTRICTED);

        ScreeningResult after = lists.screen(paraquat, LocalDate.of(2048, 1, 1));
        assertThat(after.level()).isEqualTo(Screening.RESTRICTED);
        assertThat(after.rule()).isEqualTo("DM-2048");
        assertThat(after.note()).contains("paraquat").contains("Quyết định 1/2048/QĐ-BKHCN");
        assertThat(lists.screen(mercury, LocalDate.of(2048, 1, 1)).level()).isEqualTo(Screening.CLEAR);
    }

    @Test
    void aLineWithoutALevelTheListsKnowOrWithoutTermsIsRefused() {
        CurrentUser staff = new CurrentUser(
                testUsers.id(testUsers.create(Role.STAFF)), "canbo-danh-muc-2", EnumSet.of(Role.STAFF), null);
        drafts.draftFrom(staff, "transfer-screening", "ND76-2018", "DM-SAI");

        assertThatThrownBy(() -> edit(staff, "DM-SAI", Map.of("entries[0].level", "CLEAR"), Map.of(), Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.values");
        assertThatThrownBy(() -> edit(staff, "DM-SAI", Map.of("entries[0].level", "CẤM"), Map.of(), Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.values");
        assertThatThrownBy(() -> edit(staff, "DM-SAI", Map.of("entries[0].terms", " | "), Map.of(), Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "rules.error.values");
        drafts.deleteDraft(staff, "transfer-screening", "DM-SAI");
    }

    private void edit(
            CurrentUser staff,
            String code,
            Map<String, String> values,
            Map<String, String> sources,
            Set<String> marks) {
        drafts.edit(
                staff,
                "transfer-screening",
                code,
                new DraftEdit(
                        "Danh mục công nghệ " + code,
                        "Nghị định 76/2018/NĐ-CP; Quyết định 1/2048/QĐ-BKHCN",
                        null,
                        null,
                        values,
                        sources,
                        marks),
                drafts.row("transfer-screening", code).rowVersion());
    }
}
