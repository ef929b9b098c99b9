package org.bulletinpipeline.nlp.extract.normalize;

import java.text.Normalizer;

/**
 * Folds the compatibility forms Chinese newsroom systems send into the one form every rule of the page reader is
 * written against, one character to one character, so that a position in the folded text is a position in the text
 * as received. {@code 本报讯（记者　高伟山）５月１６日，} reads as {@code 本报讯(记者 高伟山)5月16日,}.
 *
 * <p>The table is Unicode's own compatibility mapping (NFKC, kept current by the JDK) restricted to the blocks that
 * only hold presentation variants: full-width ASCII and half-width forms ({@code ，（）：；！？０-９Ａ-Ｚ}), the
 * ideographic and typographic spaces, vertical and small form variants ({@code ︵﹐}), Kangxi radicals and CJK
 * compatibility ideographs. Outside those blocks NFKC changes meaning ({@code ²} is not {@code 2}, {@code …} is one
 * character) and is not applied. HanLP's {@code CharTable} is not used: it also lower-cases Latin letters, turns
 * traditional characters into simplified ones and folds the enumeration comma {@code 、} into {@code ,}, which
 * headlines and credits tell apart. Two families NFKC leaves alone are added: the horizontal bar {@code ―}
 * (U+2015) that some systems send for the em dash of {@code ——}, and the double prime quotes {@code 〝〞〟}.
 */
public final class CharacterFold {

    private static final char[] TABLE = table();

    private CharacterFold() {
    }

    public static char fold(char c) {
        return TABLE[c];
    }

    /** The text with every character folded; same length, same positions. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TABLE[chars[i]];
        }
        return new String(chars);
    }

    private static char[] table() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (char) c;
            if (isPresentationVariant(c)) {
                String folded = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
                if (folded.length() == 1) {
                    table[c] = folded.charAt(0);
                }
            }
        }
        table['\u2015'] = '\u2014';
        table['\u301D'] = '\u201C';
        table['\u301E'] = '\u201D';
        table['\u301F'] = '\u201D';
        return table;
    }

    private static boolean isPresentationVariant(int c) {
        return c >= '\uFF01' && c <= '\uFFEE'         // full-width ASCII, half-width CJK punctuation and forms
                || c == '\u3000'                      // ideographic space
                || c >= '\u2000' && c <= '\u200A'     // typographic spaces
                || c >= '\uFE10' && c <= '\uFE19'     // vertical forms
                || c >= '\uFE30' && c <= '\uFE6F'     // CJK compatibility and small form variants
                || c >= '\u2F00' && c <= '\u2FDF'     // Kangxi radicals
                || c >= '\uF900' && c <= '\uFAFF';    // CJK compatibility ideographs
    }
}
