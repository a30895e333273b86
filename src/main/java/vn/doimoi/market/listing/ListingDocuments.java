package vn.doimoi.market.listing;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.FileTypes;

/**
 * Documents attached to a listing: PDF and Office Open XML (Word, Excel, PowerPoint), recognised
 * by their content (Tika), and stripped of who wrote them before they are kept: the PDF information
 * dictionary and XMP packet, and the Office core, extended and custom properties (author, last
 * modified by, company, manager). An anonymous listing must not name its owner through a file.
 */
final class ListingDocuments {

    /** A recognised document: the media type served and the extension a download gets. */
    record DocumentType(String mediaType, String extension) {}

    static final DocumentType PDF = new DocumentType("application/pdf", "pdf");
    static final DocumentType DOCX =
            new DocumentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    static final DocumentType XLSX =
            new DocumentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    static final DocumentType PPTX =
            new DocumentType("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    private static final Map<String, DocumentType> MAIN_PARTS = Map.of(
            "/word/document.xml", DOCX,
            "/xl/workbook.xml", XLSX,
            "/ppt/presentation.xml", PPTX);

    private static final List<String> PROPERTY_PARTS = List.of("/docProps/app.xml", "/docProps/custom.xml");

    /** The document's bytes with the authors removed, and its type. */
    record Cleaned(byte[] bytes, DocumentType type) {}

    private ListingDocuments() {}

    /** A PDF or OOXML document without its author metadata; anything else is refused. */
    static Cleaned clean(byte[] bytes) {
        String type = FileTypes.detect(bytes);
        if (FileTypes.isA(type, FileTypes.PDF)) {
            return new Cleaned(cleanPdf(bytes), PDF);
        }
        if (FileTypes.isA(type, FileTypes.ZIP)) {
            // which Office kind, if any, is decided by the package's main part, as POI opens it
            return cleanOffice(bytes);
        }
        throw DomainException.invalid("market.error.fileType");
    }

    private static byte[] cleanPdf(byte[] bytes) {
        try {
            PdfReader reader = new PdfReader(bytes);
            try {
                if (reader.isEncrypted()) {
                    throw DomainException.invalid("market.error.fileEncrypted");
                }
                reader.getCatalog().remove(PdfName.METADATA);
                ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
                PdfStamper stamper = new PdfStamper(reader, out);
                Map<String, String> info = new HashMap<>();
                for (String key : reader.getInfo().keySet()) {
                    info.put(key, null);
                }
                info.put("Author", null);
                info.put("Creator", null);
                info.put("Title", null);
                info.put("Subject", null);
                info.put("Keywords", null);
                stamper.setInfoDictionary(info);
                stamper.close();
                return out.toByteArray();
            } finally {
                reader.close();
            }
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw DomainException.invalid("market.error.fileUnreadable");
        }
    }

    private static Cleaned cleanOffice(byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            DocumentType type = MAIN_PARTS.entrySet().stream()
                    .filter(main -> exists(pkg, main.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid("market.error.fileType"));
            PackageProperties properties = pkg.getPackageProperties();
            properties.setCreatorProperty(Optional.empty());
            properties.setLastModifiedByProperty(Optional.empty());
            properties.setTitleProperty(Optional.empty());
            properties.setSubjectProperty(Optional.empty());
            properties.setKeywordsProperty(Optional.empty());
            properties.setDescriptionProperty(Optional.empty());
            properties.setCategoryProperty(Optional.empty());
            properties.setContentStatusProperty(Optional.empty());
            properties.setIdentifierProperty(Optional.empty());
            for (String name : PROPERTY_PARTS) {
                removePart(pkg, name);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            pkg.save(out);
            pkg.revert();
            return new Cleaned(out.toByteArray(), type);
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw DomainException.invalid("market.error.fileUnreadable");
        }
    }

    private static boolean exists(OPCPackage pkg, String name) {
        try {
            return pkg.containPart(PackagingURIHelper.createPartName(name));
        } catch (Exception e) {
            return false;
        }
    }

    private static void removePart(OPCPackage pkg, String name) throws Exception {
        var partName = PackagingURIHelper.createPartName(name);
        PackagePart part = pkg.getPart(partName);
        if (part == null) {
            return;
        }
        List<String> pointing = new ArrayList<>();
        for (PackageRelationship relationship : pkg.getRelationships()) {
            if (relationship.getTargetURI().toString().endsWith(name.substring(1))) {
                pointing.add(relationship.getId());
            }
        }
        pointing.forEach(pkg::removeRelationship);
        pkg.removePart(partName);
    }
}
