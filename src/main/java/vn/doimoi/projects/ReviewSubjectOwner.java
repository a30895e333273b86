package vn.doimoi.projects;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented by a module that has its subjects judged by a council of the one council engine
 * (ADR 0068): an initiative, a round of provincial awards. The engine asks it what the council
 * scores and who is behind it (for conflicts of interest), and tells it the conclusion in the
 * same transaction as the council concludes. One bean per {@link #kind()}.
 */
public interface ReviewSubjectOwner {

    /** The kind of subject, as the owner names it ({@code initiative}, {@code award-round}). */
    String kind();

    /** What the council judges, as its pages and notices name it. */
    String title(UUID subjectId);

    /** The items the council scores, in order, by the name pages show (one item: the subject itself). */
    Map<UUID, String> items(UUID subjectId);

    /** Who is behind the items: a member tied to any of them has a conflict of interest. */
    List<ReviewParty> parties(UUID subjectId);

    /** Refuses sheets when the owner no longer takes them (e.g. the subject was withdrawn). */
    default void checkScoring(UUID subjectId) {}

    /** The council concluded: the owner records the outcome (called inside the concluding transaction). */
    void concluded(UUID subjectId, ReviewOutcome outcome);
}
