package org.bulletinpipeline.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test documents under src/test/resources/formats. */
public final class Documents {

    private Documents() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Documents.class.getResourceAsStream("/formats/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
