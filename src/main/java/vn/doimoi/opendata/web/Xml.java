package vn.doimoi.opendata.web;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.text.VietnameseText;

/**
 * A thin layer over StAX: every text and attribute value goes through the writer's escaping, in
 * Unicode NFC, with the characters XML 1.0 cannot carry (C0 controls but tab and line breaks,
 * unpaired surrogates, U+FFFE/U+FFFF) left out, so that no stored text can break the document.
 */
final class Xml {

    private final XMLStreamWriter out;

    Xml(XMLStreamWriter out) {
        this.out = out;
    }

    /** An element in {@code namespace}, declared as the default namespace here. */
    Xml openDefault(String name, String namespace) throws XMLStreamException {
        out.writeStartElement("", name, namespace);
        out.writeDefaultNamespace(namespace);
        return this;
    }

    Xml open(String name, String namespace) throws XMLStreamException {
        out.writeStartElement("", name, namespace);
        return this;
    }

    Xml attribute(String name, String value) throws XMLStreamException {
        out.writeAttribute(name, clean(value));
        return this;
    }

    Xml lang(String language) throws XMLStreamException {
        out.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        return this;
    }

    Xml namespace(String prefix, String namespace) throws XMLStreamException {
        out.writeNamespace(prefix, namespace);
        return this;
    }

    Xml text(String value) throws XMLStreamException {
        out.writeCharacters(clean(value));
        return this;
    }

    Xml close() throws XMLStreamException {
        out.writeEndElement();
        return this;
    }

    /** {@code <name>text</name>} in {@code namespace}; nothing when the text is null or blank. */
    Xml leaf(String name, String namespace, @Nullable String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            open(name, namespace).text(value.strip()).close();
        }
        return this;
    }

    /** {@code <name xml:lang="…">text</name>}; nothing when the text is null or blank. */
    Xml leaf(String name, String namespace, String language, @Nullable String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            open(name, namespace).lang(language).text(value.strip()).close();
        }
        return this;
    }

    XMLStreamWriter writer() {
        return out;
    }

    static String clean(String value) {
        String text = VietnameseText.nfc(value);
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                kept.appendCodePoint(c);
            }
        }
        return kept.toString();
    }
}
