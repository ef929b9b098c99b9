package org.bulletinpipeline.nlp.extract.text;

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
        DataLines.forEach("/person/surnames.txt", name -> {
            if (name.length() == 1) {
                single.add(name.charAt(0));
            } else {
                compound.add(name);
            }
        });
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
