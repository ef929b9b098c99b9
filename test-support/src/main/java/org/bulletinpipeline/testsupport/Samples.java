package org.bulletinpipeline.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample bulletins bundled with the tests (real pages, UTF-8) and their gold annotations. */
public final class Samples {

    public static final List<String> NAMES = List.of("000_733b5103fee038bf", "001_ada5c42173732686",
            "002_b825825c6756efef");

    private Samples() {
    }

    public static String text(String name) {
        return read("/samples/" + name + ".txt");
    }

    public static String gold(String name) {
        return read("/gold/" + name + ".json");
    }

    private static String read(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
