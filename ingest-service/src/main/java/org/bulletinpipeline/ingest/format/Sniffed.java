package org.bulletinpipeline.ingest.format;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import javax.xml.namespace.QName;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * What a document of unknown format starts with: the root element of XML, or the keys of the (first) JSON object.
 * Enough to tell a feed from NITF from NewsML-G2 from ninjs without reading the whole document twice.
 */
public record Sniffed(QName xmlRoot, Set<String> jsonKeys) {

    private static final JsonMapper JSON = new JsonMapper();
    private static final Sniffed NEITHER = new Sniffed(null, Set.of());

    public static Sniffed of(byte[] document) {
        int first = firstSignificant(document);
        if (first < 0) {
            return NEITHER;
        }
        if (document[first] == '<') {
            return new Sniffed(SecureXml.root(document), Set.of());
        }
        if (document[first] == '{' || document[first] == '[') {
            return new Sniffed(null, firstObjectKeys(document));
        }
        return NEITHER;
    }

    public boolean isXml(String namespace, String localName) {
        return xmlRoot != null && xmlRoot.getLocalPart().equals(localName)
                && (namespace == null || namespace.equals(xmlRoot.getNamespaceURI()));
    }

    /** Skips a UTF-8 byte-order mark and leading white space. */
    private static int firstSignificant(byte[] document) {
        int i = document.length >= 3 && (document[0] & 0xFF) == 0xEF && (document[1] & 0xFF) == 0xBB
                && (document[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < document.length && Character.isWhitespace(document[i])) {
            i++;
        }
        return i < document.length ? i : -1;
    }

    /** The top-level keys of the first object, read token by token: a large ninjs array is not parsed for this. */
    private static Set<String> firstObjectKeys(byte[] document) {
        Set<String> keys = new HashSet<>();
        try (JsonParser parser = JSON.createParser(document)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            if (token != JsonToken.START_OBJECT) {
                return keys;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            // a broken document sniffs as what it had shown so far; reading it says what is wrong
        }
        return keys;
    }
}
