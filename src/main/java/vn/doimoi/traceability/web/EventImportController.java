package vn.doimoi.traceability.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.spreadsheet.SheetImport;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.traceability.events.EventImport;

/** An enterprise uploads the steps of its lots from the Excel template: all stored, or a report per wrong row. */
@Controller
class EventImportController {

    private static final String PAGE = "/traceability/events/import";

    private final Members members;
    private final EventImport imports;

    EventImportController(Members members, EventImport imports) {
        this.members = members;
        this.imports = imports;
    }

    @GetMapping("/traceability/events/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx(imports.template(members.actor()), "mau-nhap-cong-doan.xlsx");
    }

    @GetMapping(PAGE)
    String page(Model model) {
        members.writer(members.actor());
        return page(model, null);
    }

    @PostMapping(PAGE)
    String importWorkbook(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        CurrentUser actor = members.actor();
        members.writer(actor);
        SheetImport report;
        if (file == null || file.isEmpty()) {
            report = SheetImport.refused("traceability.import.noFile");
        } else {
            try (InputStream input = file.getInputStream()) {
                report = imports.importWorkbook(actor, input);
            }
        }
        if (!report.accepted()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return page(model, report);
    }

    private String page(Model model, @Nullable SheetImport report) {
        model.addAttribute("report", report);
        model.addAttribute("maxRows", EventImport.MAX_ROWS);
        return "traceability/event-import";
    }
}
