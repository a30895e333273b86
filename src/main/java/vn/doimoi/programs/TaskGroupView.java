package vn.doimoi.programs;

import java.util.List;
import java.util.UUID;

/** One numbered group of tasks and solutions of a programme, with its text. */
public record TaskGroupView(UUID id, UUID programmeId, int position, String title, String body) {

    /** The text in paragraphs. */
    public List<String> paragraphs() {
        return List.of(body.split("\\n\\s*\\n"));
    }
}
