package vn.doimoi.projects.selection;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.projects.CallData;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * STAFF completes a draft call before opening it (the ordered task drafted from the approved list
 * or typed in): every field can change while it is a draft, products keep their ids.
 */
@Service
@Transactional
public class CallDrafts {

    private final CallRepository calls;
    private final Directory directory;
    private final CallAccess access;
    private final AuditLog audit;

    CallDrafts(CallRepository calls, Directory directory, CallAccess access, AuditLog audit) {
        this.calls = calls;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    public void update(UUID callId, long version, CallData data) {
        access.requireStaff();
        Call call = calls.findById(callId).orElseThrow(() -> new NotFoundException("projects", "?"));
        access.requireVersion(call.version(), version);
        validate(data, directory);
        Map<String, Object> before = call.auditState();
        call.edit(data);
        calls.saveAndFlush(call);
        audit.record("call.edited", "projects.call", callId.toString(), before, call.auditState());
    }

    /** The checks a call's data must pass, at creation and at every edit. */
    static void validate(CallData data, Directory directory) {
        if (data.title() == null || data.title().isBlank()) {
            throw DomainException.invalid("call.error.titleRequired");
        }
        if (data.budgetCeiling() == null || data.budgetCeiling().signum() <= 0) {
            throw DomainException.invalid("call.error.budget");
        }
        if (data.durationMonths() <= 0 || data.durationMonths() > 60) {
            throw DomainException.invalid("call.error.duration");
        }
        for (String code : data.fieldCodes()) {
            if (directory.fieldCode(code).isEmpty()) {
                throw DomainException.invalid("call.error.fieldCode", code);
            }
        }
    }
}
