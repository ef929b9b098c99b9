package org.bulletinpipeline.ingest.encoding;

import java.util.Optional;

/**
 * Decides whether decoded text is something a newsroom would print. Two signs say it is not: control characters,
 * which printed text does not contain but binary files (images, archives, a PDF sent by mistake) are full of; and a
 * lack of Han or Latin letters and digits, which is what bytes read in a wrong single-byte charset look like:
 * "市政府召开常务会议" saved as GBK and read as windows-1251 becomes "КРХюё®ХЩїЄіЈОс»бТй". A real page is mostly Han
 * characters, with some Latin in names, units and URLs and digits in dates and figures:
 * "2022年5月17日，全市新增确诊病例3例（含COVID-19无症状感染者）".
 * Plain Java, no Quarkus types.
 */
public final class TextInspector {

    /** Share of non-whitespace characters that may be control characters before the input is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Share of non-whitespace characters that must be Han, kana, Latin letters or digits. */
    private static final double MIN_READABLE_SHARE = 0.3;

    public Optional<Refusal> inspect(String text) {
        long visible = 0;
        long control = 0;
        long readable = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0) {
                return Optional.of(binary());
            }
            if (Character.isWhitespace(cp) || cp == '\u3000' || cp == '\uFEFF') {
                continue;
            }
            visible++;
            if (Character.isISOControl(cp) || cp == '\uFFFD' || Character.getType(cp) == Character.PRIVATE_USE
                    || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) {
                control++;
            } else if (isReadable(cp)) {
                readable++;
            }
        }
        if (control > Math.max(1, visible * MAX_CONTROL_SHARE)) {
            return Optional.of(binary());
        }
        if (visible > 0 && readable < visible * MIN_READABLE_SHARE) {
            return Optional.of(new Refusal("not-text", "The text has almost no Chinese or Latin characters ("
                    + readable + " of " + visible + "); it is probably in a wrong encoding or not text at all."));
        }
        return Optional.empty();
    }

    private static boolean isReadable(int cp) {
        if (Character.isDigit(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO
                || (script == Character.UnicodeScript.LATIN && Character.isLetter(cp));
    }

    private static Refusal binary() {
        return new Refusal("binary-content", "The input contains control characters that text does not have; "
                + "it looks like a binary file.");
    }
}
