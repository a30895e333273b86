package vn.doimoi.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The OpenAIRE CERIF profile 1.2 and the OAI-PMH 2.0 schemas, read from the shared conformance
 * folder and resolved through its XML catalogs only: a schema the catalogs do not map is an error,
 * never a download.
 */
public final class CerifSchemas {

    public final Schema cerif;
    public final Schema envelope;

    private CerifSchemas(Schema cerif, Schema envelope) {
        this.cerif = cerif;
        this.envelope = envelope;
    }

    /** The schemas, or the test skipped with the reason when the shared folder is absent. */
    public static CerifSchemas load() throws Exception {
        Path folder = conformanceFolder();
        Assumptions.assumeTrue(
                folder != null,
                "OpenAIRE CERIF schemas not found: set -Ddoimoi.shared=<the shared folder> (it holds"
                        + " conformance/openaire-cris/schemas), or put it at ../shared or /work/shared");
        Path schemas = folder.resolve("schemas");
        Map<String, Path> catalog = new HashMap<>();
        read(schemas.resolve("catalog.xml"), catalog);
        read(schemas.resolve("cached/catalog.xml"), catalog);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setResourceResolver(resolver(catalog));
        Path profile = schemas.resolve("openaire-cerif-profile.xsd");
        Schema cerif = factory.newSchema(new StreamSource(profile.toFile()));
        Schema envelope = factory.newSchema(new Source[] {
            new StreamSource(schemas.resolve("cached/OAI-PMH.xsd").toFile()),
            new StreamSource(schemas.resolve("cached/oai-identifier.xsd").toFile()),
            new StreamSource(profile.toFile())
        });
        return new CerifSchemas(cerif, envelope);
    }

    private static @Nullable Path conformanceFolder() {
        String given = System.getProperty("doimoi.shared");
        for (Path candidate :
                new Path[] {given == null ? null : Path.of(given), Path.of("..", "shared"), Path.of("/work/shared")}) {
            if (candidate != null) {
                Path folder = candidate.resolve("conformance/openaire-cris");
                if (Files.isRegularFile(folder.resolve("schemas/openaire-cerif-profile.xsd"))) {
                    return folder.toAbsolutePath().normalize();
                }
            }
        }
        return null;
    }

    /** The catalog's system and public entries that point to local files. */
    private static void read(Path catalogFile, Map<String, Path> catalog) throws Exception {
        DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        NodeList entries = builders.newDocumentBuilder()
                .parse(catalogFile.toFile())
                .getDocumentElement()
                .getChildNodes();
        for (int i = 0; i < entries.getLength(); i++) {
            if (entries.item(i) instanceof Element entry) {
                String uri = entry.getAttribute("uri");
                if (uri.startsWith("http")) {
                    continue;
                }
                Path file = catalogFile.getParent().resolve(uri).normalize();
                String key = entry.getLocalName().equals("system")
                        ? entry.getAttribute("systemId")
                        : entry.getAttribute("publicId");
                catalog.put(key, file);
            }
        }
    }

    private static LSResourceResolver resolver(Map<String, Path> catalog) {
        return (type, namespace, publicId, systemId, baseUri) -> {
            Path file = systemId == null ? null : catalog.get(systemId);
            if (file == null && systemId != null && !systemId.startsWith("http")) {
                return null; // a relative include beside its schema: a local file
            }
            if (file == null && namespace != null) {
                file = catalog.get(namespace);
            }
            if (file == null) {
                throw new IllegalStateException(
                        "not in the catalogs (and never downloaded): " + systemId + " " + namespace);
            }
            return new LocalInput(file, publicId);
        };
    }

    private record LocalInput(Path file, @Nullable String publicId) implements LSInput {

        @Override
        public @Nullable Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {}

        @Override
        public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public @Nullable String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public String getSystemId() {
            return file.toUri().toString();
        }

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public @Nullable String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return file.toUri().toString();
        }

        @Override
        public void setBaseURI(String baseURI) {}

        @Override
        public @Nullable String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }
}
