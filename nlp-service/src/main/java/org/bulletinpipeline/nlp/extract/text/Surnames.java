package org.bulletinpipeline.nlp.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Chinese family names, single ({@code 王}) and compound ({@code 欧阳}), read from {@code person/surnames.txt} on the
 * classpath: the one list both the person recognizer and the byline parser's name shape consult.
 */
public final class Surnames {

    private final Set<Character> single = new HashSet<>();
    private final Set<String> compound = new HashSet<>();

    public Surnames() {
        try (InputStream in = Surnames.class.getResourceAsStream("/person/surnames.txt")) {
            if (in == null) {
                throw new IllegalStateException("person/surnames.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (name.length() == 1) {
                    single.add(name.charAt(0));
                } else {
                    compound.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Length of the family name starting at {@code i} (2 for 欧阳, 1 for 王), 0 when none starts there. */
    public int lengthAt(CharSequence text, int i) {
        if (i >= text.length()) {
            return 0;
        }
        if (i + 1 < text.length() && compound.contains(text.subSequence(i, i + 2).toString())) {
            return 2;
        }
        return single.contains(text.charAt(i)) ? 1 : 0;
    }

    /** Whether {@code c} alone is a family name ({@code 欧} is, as well as beginning {@code 欧阳}). */
    public boolean isSingle(char c) {
        return single.contains(c);
    }
}
