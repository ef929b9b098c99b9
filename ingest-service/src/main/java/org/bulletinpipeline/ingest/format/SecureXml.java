package org.bulletinpipeline.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way ingest parses XML. A document type declaration may stay (NITF files often start with
 * {@code <!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "nitf-3-6.dtd">}), but no DTD is ever fetched and a
 * document that declares entities is refused before it is parsed: an external entity is how XXE reads
 * {@code file:///etc/passwd}, nested internal ones are how a billion laughs fills the heap. The JDK's own limits
 * (secure processing, a low expansion limit) stay on behind that check.
 */
public final class SecureXml {

    private static final String ENTITY_DECLARATION = "<!ENTITY";

    private SecureXml() {
    }

    /**
     * The root element's name, read from the prolog only (cheap enough for sniffing).
     *
     * @throws InvalidBulletinException when the prolog declares entities or is not XML
     */
    public static QName root(byte[] document) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(document));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD && reader.getText().contains(ENTITY_DECLARATION)) {
                    throw new InvalidBulletinException(422, "xml-entities-refused", "The document type declaration "
                            + "declares entities; documents with entity declarations are not read (they are how "
                            + "external files are read and how entity expansion exhausts memory).");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return reader.getName();
                }
            }
            throw malformed("the document has no root element");
        } catch (XMLStreamException e) {
            throw malformed(e.getMessage());
        } finally {
            close(reader);
        }
    }

    /** The whole document as a DOM, after {@link #root} has checked its prolog. */
    public static Document parse(byte[] document) {
        root(document);
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            // no DTD is fetched, whatever the DOCTYPE names: an empty one stands in for it
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(FAIL_ON_ERROR);
            return builder.parse(new ByteArrayInputStream(document));
        } catch (SAXParseException e) {
            throw malformed("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException e) {
            throw malformed(e.getMessage());
        } catch (IOException e) {
            throw malformed(e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("jdk.xml.entityExpansionLimit", "100");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static InvalidBulletinException malformed(String reason) {
        return new InvalidBulletinException(400, "malformed-xml", "The document is not well-formed XML: " + reason);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was held open beyond the byte array
            }
        }
    }

    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings (an unused namespace, a DTD not fetched) do not make a document unreadable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
