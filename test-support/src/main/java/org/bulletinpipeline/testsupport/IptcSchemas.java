package org.bulletinpipeline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * NITF 3.6, and the ninjs 2.1 JSON Schema. They are IPTC's files, not this project's, so they are read from a folder
 * outside the repository: the system property {@code iptc.schemas}, the environment variable {@code IPTC_SCHEMAS},
 * or {@code shared/iptc} beside the repository. Tests that need them are skipped where none is found.
 */
public final class IptcSchemas {

    public static final String NEWSML_G2 = "NewsML-G2_2.35-spec-All-Power.xsd";
    public static final String NITF = "nitf-3-6.xsd";
    public static final String NINJS = "ninjs-schema_2.1.json";
    private static final String GEOJSON = "https://geojson.org/schema/GeoJSON.json";

    private IptcSchemas() {
    }

    /** The folder holding the schema files, when there is one. */
    public static Optional<Path> folder() {
        return Stream.of(System.getProperty("iptc.schemas"), System.getenv("IPTC_SCHEMAS"), "../../shared/iptc",
                        "../shared/iptc")
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .map(Path::of)
                .filter(dir -> Files.isRegularFile(dir.resolve(NEWSML_G2)) && Files.isRegularFile(dir.resolve(NINJS)))
                .findFirst();
    }

    /** An XML Schema from the folder; its imports (xml.xsd) are read from beside it and from nowhere else. */
    public static Schema xsd(String file) {
        Path dir = folder().orElseThrow(() -> new IllegalStateException("no IPTC schema folder"));
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(new StreamSource(dir.resolve(file).toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException("the schema " + file + " does not load", e);
        }
    }

    /** The violations of an XML document against an XML Schema from the folder; empty when it is valid. */
    public static List<String> xmlViolations(String file, byte[] document) {
        try {
            xsd(file).newValidator().validate(new StreamSource(new java.io.ByteArrayInputStream(document)));
            return List.of();
        } catch (SAXException e) {
            return List.of(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of a ninjs document against the ninjs 2.1 JSON Schema; empty when it is valid. */
    public static Set<String> ninjsViolations(String json) {
        Path dir = folder().orElseThrow(() -> new IllegalStateException("no IPTC schema folder"));
        try {
            ObjectMapper mapper = new ObjectMapper();
            // a place's geometry refers to the GeoJSON schema on the web: it stands in as "any object", nothing is fetched
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaLoaders(loaders -> loaders.schemas(
                            Map.of(GEOJSON, "{\"type\": \"object\"}"))));
            JsonSchema schema = factory.getSchema(
                    SchemaLocation.of("https://iptc.org/std/ninjs/" + NINJS), mapper.readTree(dir.resolve(NINJS).toFile()),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            return schema.validate(mapper.readTree(json)).stream().map(ValidationMessage::getMessage)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
