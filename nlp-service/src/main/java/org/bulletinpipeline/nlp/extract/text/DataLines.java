package org.bulletinpipeline.nlp.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The lines of one of our data files on the classpath ({@code person/surnames.txt}, {@code gazetteer/towns.csv}):
 * UTF-8, one entry per line, blank lines and {@code #} comments skipped. A missing file is a packaging error, so it
 * fails the start rather than leaving a recognizer without its lexicon.
 */
public final class DataLines {

    private DataLines() {
    }

    /** Calls {@code entry} with each entry of {@code resource} (an absolute classpath path), stripped. */
    public static void forEach(String resource, Consumer<String> entry) {
        try (InputStream in = DataLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    entry.accept(stripped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
