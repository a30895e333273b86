package vn.doimoi.directory.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.doimoi.directory.taxonomy.FieldTaxonomy;

/** Administrators see the field classification and import the full official list from CSV. */
@Controller
class FieldCodeAdminController {

    private final FieldTaxonomy taxonomy;

    FieldCodeAdminController(FieldTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/admin/field-codes")
    String list(Model model) {
        model.addAttribute("codes", taxonomy.all());
        return "directory/field-codes";
    }

    @PostMapping("/admin/field-codes")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        FieldTaxonomy.ImportReport report;
        if (file == null || file.isEmpty()) {
            report = new FieldTaxonomy.ImportReport(
                    0, 0, java.util.List.of(new FieldTaxonomy.Rejection(0, "", "fieldCode.import.noFile")));
        } else {
            try (InputStream csv = file.getInputStream()) {
                report = taxonomy.importCsv(csv);
            }
        }
        model.addAttribute("report", report);
        model.addAttribute("codes", taxonomy.all());
        return "directory/field-codes";
    }
}
