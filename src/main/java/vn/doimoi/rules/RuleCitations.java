package vn.doimoi.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.rules.book.RuleDrafts;

/**
 * Where a page that cites a rule version (a council, a call, a round) links for its legal basis: the
 * public basis page, once a document of the portal's library holds the text; until then the citation
 * stays plain text.
 */
@Component
@Transactional(readOnly = true)
public class RuleCitations {

    private final RuleDrafts drafts;

    RuleCitations(RuleDrafts drafts) {
        this.drafts = drafts;
    }

    /** {@code /rules/{kind}/{code}/basis} for a published version whose basis document is in the library; else null. */
    public @Nullable String basisLink(String kind, String code) {
        return drafts.find(kind, code)
                .filter(row -> !row.isDraft())
                .filter(row -> drafts.basisDocument(row.file().basis()).isPresent())
                .map(row -> "/rules/" + kind + "/" + code + "/basis")
                .orElse(null);
    }
}
