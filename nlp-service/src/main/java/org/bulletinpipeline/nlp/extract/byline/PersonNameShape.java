package org.bulletinpipeline.nlp.extract.byline;

import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.text.Surnames;

/**
 * Whether a token has the shape of a Chinese personal name as credits print it: a common surname followed by one
 * or two given-name characters ({@code 武芳}, {@code 高伟山}), or a compound surname followed by one or two
 * ({@code 欧阳文}). The surnames are the general list the person recognizer reads too ({@link Surnames}), not a list
 * of people; a few rare surnames that begin everyday words are left out ({@code 强调}, {@code 全面}, {@code 时间},
 * {@code 国家}, {@code 和谐}, {@code 都市}, {@code 来源}), since a two-character word under a headline is far likelier
 * than one of those names.
 */
public final class PersonNameShape {

    private static final Surnames SURNAMES = new Surnames();
    /** Family names that more often begin an everyday word under a headline: {@code 强调}, {@code 全面}, {@code 时间}. */
    private static final String WORD_OPENINGS = "强全时国和都来";
    private static final Pattern HAN_ONLY = Pattern.compile("\\p{IsHan}{2,4}");
    private static final Pattern HAN_ONLY_ANY = Pattern.compile("\\p{IsHan}+");
    /**
     * Endings of organisations and places that also start with a surname character: a credit {@code (组织部)} or a
     * unit line {@code 贾寨镇} is not a person.
     */
    private static final Pattern NOT_A_PERSON_ENDING = Pattern.compile(
            "(部|局|委|办|厅|处|科|院|所|站|中心|公司|集团|协会|学会|政府|队|会|室|社|馆|区|县|市|镇|乡|村|街道|组|团|校|省|州|台|报|网)$");

    private PersonNameShape() {
    }

    /**
     * {@code 州} ends city names of two characters ({@code 郑州}, {@code 温州}), and given names too: a token of three
     * in a credit is a person ({@code 本报记者田豆豆、程远州}).
     */
    private static boolean isGivenNameEndingInZhou(String token) {
        return token.length() == 3 && token.endsWith("州");
    }

    /** Whether the token names an organisation or place ({@code 市纪委监委}, {@code 组织部}) rather than a person. */
    public static boolean isInstitution(String token) {
        return token != null && token.length() <= 12 && HAN_ONLY_ANY.matcher(token).matches()
                && NOT_A_PERSON_ENDING.matcher(token).find();
    }

    public static boolean isPersonName(String token) {
        if (token == null || !HAN_ONLY.matcher(token).matches()
                || NOT_A_PERSON_ENDING.matcher(token).find() && !isGivenNameEndingInZhou(token)) {
            return false;
        }
        if (token.length() >= 3 && SURNAMES.lengthAt(token, 0) == 2) {
            return true;
        }
        char first = token.charAt(0);
        return token.length() <= 3 && SURNAMES.isSingle(first) && WORD_OPENINGS.indexOf(first) < 0;
    }
}
