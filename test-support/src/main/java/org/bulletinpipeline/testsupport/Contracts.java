package org.bulletinpipeline.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The event contracts (JSON Schema 2020-12) and a validator for them, with formats (date, date-time) asserted. */
public enum Contracts {
    BULLETIN_RECEIVED_V1("bulletin-received.v1.schema.json"),
    BULLETIN_RECEIVED_V2("bulletin-received.v2.schema.json"),
    ARTICLE_EXTRACTED_V1("article-extracted.v1.schema.json"),
    /** v2: canonical place names, fact place codes, case-count fact types; query-service reads v1 and v2. */
    ARTICLE_EXTRACTED_V2("article-extracted.v2.schema.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchema schema;

    Contracts(String file) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Contracts.class.getResourceAsStream("/contracts/" + file)) {
            // the contracts' $id is relative ("article-extracted.v1"): give it an absolute base to resolve against
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                    SchemaLocation.of("https://bulletin-pipeline.org/contracts/" + file), new ObjectMapper().readTree(in),
                    config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of {@code json} against this contract; empty when it is valid. */
    public Set<String> violations(String json) {
        try {
            return violations(JSON.readTree(json));
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        }
    }

    public Set<String> violations(JsonNode node) {
        return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }
}
