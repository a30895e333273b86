package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 18 #9: a year is never grouped ("năm 2027", not "năm 2.027") and notifications address
 * the reader one way ("Bạn"). A message formats an {@code int} year with grouping unless its
 * placeholder says {@code {0,number,#}}; that pattern throws on a String argument, so the keys whose
 * callers pass the year as text keep a plain placeholder and are named here.
 */
class YearsAndAddressTests {

    /** Keys whose callers pass the year already as text (Integer.toString, String.valueOf). */
    private static final Set<String> YEAR_AS_TEXT = Set.of(
            "programs.period.quarter",
            "programs.period.half",
            "programs.period.year",
            "programs.summary.dateLine",
            "payment.export",
            "result.remind.body",
            "result.use.notify.body",
            // the enterprise fund's messages (issue 21) are given the allocation year as text
            "funds.error.allocatedOn",
            "funds.me.missed",
            "funds.me.warning",
            "funds.error.yearTaken",
            "funds.error.nothingToReport",
            "funds.missed",
            "funds.error.reportFiled",
            "funds.reports.item",
            "funds.warning",
            "funds.report.title",
            "funds.error.aboveCap");

    private static final Pattern YEAR_PLACEHOLDER = Pattern.compile("(?i)(?:năm|year) \\{(\\d)(,number,#)?\\}");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    YearsAndAddressTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aYearGivenAsANumberIsNeverGrouped() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(messages.getMessage("identification.error.yearTaken", new Object[] {2027}, vi))
                .isEqualTo("Năm 2027 đã có đợt xác định nhiệm vụ.");
        assertThat(messages.getMessage("identification.notify.invited.subject", new Object[] {2027}, vi))
                .endsWith("năm 2027");
        assertThat(messages.getMessage("identification.notify.result.subject", new Object[] {2027}, Locale.ENGLISH))
                .endsWith("2027");
        assertThat(messages.getMessage("programs.error.yearOutsideProgramme", new Object[] {2031}, vi))
                .startsWith("Năm 2031 ");
        assertThat(messages.getMessage("programs.period.quarter", new Object[] {"3", "2027"}, vi))
                .isEqualTo("Quý 3 năm 2027");
    }

    @Test
    void everyYearPlaceholderEitherFormatsWithoutGroupingOrIsGivenText() {
        List<String> grouped = new ArrayList<>();
        for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                Matcher year = YEAR_PLACEHOLDER.matcher(properties.getProperty(key));
                while (year.find()) {
                    boolean ungrouped = year.group(2) != null;
                    if (ungrouped == YEAR_AS_TEXT.contains(key)) {
                        grouped.add(bundle + ": " + key);
                    }
                }
            }
        }
        assertThat(grouped).isEmpty();
    }

    @Test
    void messagesAddressTheReaderAsBan() {
        Properties vietnamese = load("messages_vi.properties");
        assertThat(vietnamese.stringPropertyNames())
                .filteredOn(key -> vietnamese.getProperty(key).matches("(?is).*ông\\s*/\\s*bà.*"))
                .isEmpty();
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
