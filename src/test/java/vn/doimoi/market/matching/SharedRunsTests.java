package vn.doimoi.market.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedRunsTests {

    @Test
    void phrasesOfTwoOrMoreSyllablesThatStandTogetherInTheDemandAreShownAsTheOfferWroteThem() {
        SharedRuns runs = new SharedRuns("Cần công nghệ xử lý nước thải chế biến tinh bột sắn, công suất 500 m3");

        assertThat(runs.in("Hệ thống Xử lý nước thải tinh bột", "Công nghệ sinh học xử lý nước thải; công suất lớn"))
                .containsExactly("xử lý nước thải", "tinh bột", "công nghệ", "công suất");
    }

    @Test
    void syllablesSharedOnlyOneByOneOrWithoutDiacriticsAreComparedFolded() {
        SharedRuns runs = new SharedRuns("may say nong san");

        assertThat(runs.in("Máy sấy nông sản năng lượng mặt trời", null)).containsExactly("máy sấy nông sản");
        assertThat(runs.in("Nông nghiệp và máy móc", "sấy khô")).isEmpty();
    }
}
