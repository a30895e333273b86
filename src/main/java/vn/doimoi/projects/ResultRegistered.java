package vn.doimoi.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The result of an accepted task was registered ("đăng ký kết quả"). The marketplace turns it
 * into a draft offer for the host organisation to complete and publish.
 */
public record ResultRegistered(
        UUID resultId,
        UUID taskId,
        String title,
        String summary,
        UUID hostOrganisationId,
        List<String> fieldCodes,
        String certificateNumber,
        LocalDate registeredOn) {

    public ResultRegistered {
        fieldCodes = List.copyOf(fieldCodes);
    }
}
