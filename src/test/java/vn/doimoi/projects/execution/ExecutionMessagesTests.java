package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.results.ResultState;

/** Keys this module builds from enum values exist in both languages. */
class ExecutionMessagesTests {

    @Test
    void everyStateAndGradeHasALabelInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Stage v : Stage.values()) keys.add("execution.stage." + v.name());
        for (TaskType v : TaskType.values()) keys.add("execution.type." + v.name());
        for (SelectionMethod v : SelectionMethod.values()) keys.add("execution.method." + v.name());
        for (ReportState v : ReportState.values()) keys.add("execution.report.state." + v.name());
        for (ContractState v : ContractState.values()) keys.add("contract.state." + v.name());
        for (FundingMode v : FundingMode.values()) keys.add("contract.fundingMode." + v.name());
        for (TrancheState v : TrancheState.values()) keys.add("payment.state." + v.name());
        for (Grade v : Grade.values()) keys.add("acceptance.grade." + v.name());
        for (ResultState v : ResultState.values()) keys.add("result.state." + v.name());
        for (String field : List.of(
                "number",
                "startOn",
                "endOn",
                "fundingMode",
                "stateBudget",
                "otherBudget",
                "reportEveryMonths",
                "obligations",
                "tranche.amount",
                "tranche.product",
                "tranche.plannedOn")) {
            keys.add("contract.field." + field);
        }
        for (String action : List.of(
                "execution.created",
                "contract.drafted",
                "contract.signed",
                "contract.amended",
                "contract.terminated",
                "execution.report.submitted",
                "execution.report.accepted",
                "payment.requested",
                "payment.approved",
                "payment.rejected",
                "payment.paid",
                "acceptance.submitted",
                "acceptance.concluded",
                "result.submitted",
                "result.registered",
                "result.use.reported",
                "result.use.confirmed",
                "asset.added",
                "asset.decided",
                "closing.liquidated")) {
            keys.add("execution.event." + action);
        }

        assertThat(load("messages_vi.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(keys);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(
                ExecutionMessagesTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
