package org.bulletinpipeline.contracts.mediatopic;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A concept of the IPTC Media Topic NewsCodes: its QCode ({@code medtop:20000449}), its URI
 * ({@code http://cv.iptc.org/newscodes/mediatopic/20000449}) and its preferred labels in British English and
 * Simplified Chinese. {@code labelZhFromIptc} is false where the Chinese label is this project's translation because
 * the vocabulary has none.
 */
// a part of ArticleExtracted v3, written and read by an ObjectMapper out of the native build's sight
@RegisterForReflection
public record MediaTopic(String qcode, String uri, String labelEn, String labelZh, boolean labelZhFromIptc) {

    public static final String SCHEME_ALIAS = "medtop:";
    public static final String SCHEME_URI = "http://cv.iptc.org/newscodes/mediatopic/";

    public MediaTopic {
        if (!qcode.matches("medtop:\\d{8}")) {
            throw new IllegalArgumentException("not a Media Topic QCode: " + qcode);
        }
        if (!uri.equals(SCHEME_URI + qcode.substring(SCHEME_ALIAS.length()))) {
            throw new IllegalArgumentException("the URI " + uri + " is not that of " + qcode);
        }
    }

    public static MediaTopic of(String qcode, String labelEn, String labelZh, boolean labelZhFromIptc) {
        return new MediaTopic(qcode, SCHEME_URI + qcode.substring(SCHEME_ALIAS.length()), labelEn, labelZh,
                labelZhFromIptc);
    }
}
