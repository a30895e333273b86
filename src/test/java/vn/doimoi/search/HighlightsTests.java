package vn.doimoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTests {

    @Test
    void aQueryWithDiacriticsMarksOnlyTheExactSyllablesWhateverTheirCaseOrTonePlacement() {
        Highlights highlights = new Highlights("khoa học hòa");

        assertThat(highlights.title("Khoa HỌC và hóc búa, hoà nhập"))
                .isEqualTo("<mark>Khoa</mark> <mark>HỌC</mark> và hóc búa, <mark>hoà</mark> nhập");
    }

    @Test
    void aQueryWithoutDiacriticsMarksEveryFoldedMatchAndTheTextStaysEscaped() {
        Highlights highlights = new Highlights("doi moi");

        assertThat(highlights.title("Trung tâm Đổi mới <sáng tạo> & đối mới"))
                .isEqualTo(
                        "Trung tâm <mark>Đổi</mark> <mark>mới</mark> &lt;sáng tạo&gt; &amp; <mark>đối</mark> <mark>mới</mark>");
    }

    @Test
    void theSummaryShowsTheTwoSentencesWithTheMostDistinctMatchesInReadingOrder() {
        Highlights highlights = new Highlights("giống lúa chịu mặn");
        String text = "Viện thành lập năm 1977. Giống lúa OM18 cho năng suất cao. Trạm bơm mới được xây dựng. "
                + "Nghiên cứu giống lúa chịu mặn cho vùng ven biển. Hợp tác quốc tế.";

        assertThat(highlights.passages(text))
                .isEqualTo("<mark>Giống</mark> <mark>lúa</mark> OM18 cho năng suất cao. … Nghiên cứu <mark>giống</mark>"
                        + " <mark>lúa</mark> <mark>chịu</mark> <mark>mặn</mark> cho vùng ven biển.");
        assertThat(highlights.passages("Không có gì liên quan.")).isEmpty();
    }

    @Test
    void aLongSentenceIsCutAroundItsFirstMatchOnWholeWords() {
        Highlights highlights = new Highlights("sắn");
        String sentence = "Từ ".repeat(100) + "tinh bột sắn xuất khẩu " + "sang ".repeat(100);

        String passage = highlights.passages(sentence);

        assertThat(passage).startsWith("…Từ").endsWith("…").contains("tinh bột <mark>sắn</mark> xuất khẩu");
        assertThat(passage.replaceAll("<[^>]+>", "").length()).isLessThan(Highlights.PASSAGE_CHARS + 10);
    }

    @Test
    void aSyllableIsMadeOfExactlyTheCharactersThatAreUnicodeLettersOrNumbers() {
        java.util.regex.Pattern letterOrNumber = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                assertThat(Highlights.inSyllable(c))
                        .as("U+%04X", (int) c)
                        .isEqualTo(letterOrNumber.matcher(String.valueOf(c)).matches());
            }
        }
    }

    @Test
    void sentencesEndAtARunOfMarksAndTheTextAfterTheLastMarkIsASentenceToo() {
        Highlights highlights = new Highlights("sắn");

        assertThat(highlights.passages("Trồng lúa!?! Chế biến sắn…  Xuất khẩu\nsắn lát"))
                .isEqualTo("Chế biến <mark>sắn</mark>… … <mark>sắn</mark> lát");
    }
}
