package org.bulletinpipeline.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The IPTC's published schemas, to validate documents against: NewsML-G2 2.35 (with the W3C xml.xsd beside it),
 * NITF 3.6, and the ninjs 2.1 JSON Schema. They ship in this module under {@code iptc/} (where they come from and
 * under which licence: the README there), so validation needs neither a network nor a folder outside the repository.
 */
public final class IptcSchemas {

    public static final String NEWSML_G2 = "NewsML-G2_2.35-spec-All-Power.xsd";
    public static final String NITF = "nitf-3-6.xsd";
    public static final String NINJS = "ninjs-schema_2.1.json";
    private static final String GEOJSON = "https://geojson.org/schema/GeoJSON.json";

    private IptcSchemas() {
    }

    /** An XML Schema of the bundled ones; its imports (xml.xsd) are read from beside it and from nowhere else. */
    public static Schema xsd(String file) {
        URL url = resource(file);
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            // the bundled files are on the class path: a folder while a module builds, a jar to the modules using it
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("the schema " + file + " does not load", e);
        }
    }

    /** The violations of an XML document against a bundled XML Schema; empty when it is valid. */
    public static List<String> xmlViolations(String file, byte[] document) {
        try {
            xsd(file).newValidator().validate(new StreamSource(new ByteArrayInputStream(document)));
            return List.of();
        } catch (SAXException e) {
            return List.of(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of a ninjs document against the ninjs 2.1 JSON Schema; empty when it is valid. */
    public static Set<String> ninjsViolations(String json) {
        try (InputStream in = resource(NINJS).openStream()) {
            ObjectMapper mapper = new ObjectMapper();
            // a place's geometry refers to the GeoJSON schema on the web: it stands in as "any object", nothing is fetched
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaLoaders(loaders -> loaders.schemas(
                            Map.of(GEOJSON, "{\"type\": \"object\"}"))));
            JsonSchema schema = factory.getSchema(SchemaLocation.of("https://iptc.org/std/ninjs/" + NINJS),
                    mapper.readTree(in), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            return schema.validate(mapper.readTree(json)).stream().map(ValidationMessage::getMessage)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL resource(String file) {
        URL url = IptcSchemas.class.getResource("/iptc/" + file);
        if (url == null) {
            throw new IllegalStateException("no bundled schema iptc/" + file);
        }
        return url;
    }
}
