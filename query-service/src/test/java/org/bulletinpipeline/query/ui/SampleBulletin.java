package org.bulletinpipeline.query.ui;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A two-article bulletin in the shape of the sample pages, around a party secretary whose name is new on every
 * run, so each test finds exactly its own articles among those earlier runs left in the database.
 */
record SampleBulletin(String person, String firstTitle, String secondTitle, String text) {

    static final String PLACE = "禹州市";
    static final String CITY = "许昌市";
    static final String ORGANIZATION = "市疫情防控指挥部";
    static final String REPORTER = "高伟山";

    private static final String SURNAMES = "柏邝岑闵阙訾晏蔺";
    private static final String GIVEN = "文涛明远春华志平建新海峰立伟";

    static SampleBulletin fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String person = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
        int meeting = random.nextInt(100, 1000);
        String first = person + "在第" + meeting + "次会议上强调 精准防控 全力夺取全面胜利";
        String second = CITY + "连续三天社会面零新增 第" + meeting + "号通报";
        String text = first + "\n"
                + "本报讯(记者 " + REPORTER + ")5月16日," + PLACE + "新增本土确诊病例4例。" + ORGANIZATION
                + "召开第" + meeting + "次会议,市委书记" + person + "强调,要继续绷紧思想之弦。\n"
                + "“行百里者半九十,要慎终如始做好收尾工作。”" + person + "说。\n"
                + "\n"
                + second + "\n"
                + "5月17日," + PLACE + "新增本土确诊病例2例。" + CITY + "已实现连续三天社会面零新增," + person
                + "要求各地巩固防控成果。\n";
        return new SampleBulletin(person, first, second, text);
    }
}
