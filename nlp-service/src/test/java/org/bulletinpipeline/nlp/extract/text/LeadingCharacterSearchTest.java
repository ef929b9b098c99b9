package org.bulletinpipeline.nlp.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LeadingCharacterSearchTest {

    private static List<String> found(LeadingCharacterSearch search) {
        List<String> out = new ArrayList<>();
        while (search.find()) {
            Matcher m = search.matcher();
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> found(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void findsWhatFindFindsWhenTheMatchesBeginWithTheGivenCharacters() {
        Pattern date = Pattern.compile("(?:(\\d{4})\u5E74)?(\\d{1,2})\u6708(\\d{1,2})\u65E5|\u5F53\u5929");
        // 2022年1月17日, 当天, 5月9日 and a bare figure 12 that starts no date
        String text = "2022\u5E741\u670817\u65E5\u53EC\u5F00\uFF0C\u5F53\u5929\u65B0\u589E12\u4F8B\uFF0C"
                + "5\u67089\u65E5\u6062\u590D";
        List<String> expected = found(date.matcher(text));
        assertEquals(List.of("0:2022\u5E741\u670817\u65E5", "13:\u5F53\u5929", "21:5\u67089\u65E5"), expected);
        assertEquals(expected, found(new LeadingCharacterSearch(date, text,
                LeadingCharacterSearch.DIGITS + "\u5F53")));
    }

    @Test
    void lookbehindAndLookaheadSeeTheWholeText() {
        // 返鄂 and 赴沪 count, 鄂州 (no verb before, a letter after) does not
        Pattern abbreviation = Pattern.compile("(?<=[\u8FD4\u8D74])([\u9102\u6CAA])(?=[\\p{P}\\s]|$)");
        String text = "\u8FD4\u9102\uFF0C\u9102\u5DDE\u4EBA\u5458\u8D74\u6CAA";
        List<String> expected = found(abbreviation.matcher(text));
        assertEquals(List.of("1:\u9102", "8:\u6CAA"), expected);
        assertEquals(expected, found(new LeadingCharacterSearch(abbreviation, text, "\u9102\u6CAA")));
    }
}
