package org.bulletinpipeline.nlp.extract.byline;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a token has the shape of a Chinese personal name as credits print it: a common surname followed by one
 * or two given-name characters ({@code 武芳}, {@code 高伟山}), or a compound surname followed by one or two
 * ({@code 欧阳文}). The surname list is the general one (the commonest single and compound surnames), not a list of
 * people; a few rare surnames that begin everyday words are left out ({@code 强调}, {@code 全面}, {@code 时间},
 * {@code 国家}, {@code 和谐}, {@code 都市}, {@code 来源}), since a two-character word under a headline is far likelier
 * than one of those names.
 */
public final class PersonNameShape {

    private static final String SINGLE_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
            + "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
            + "陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
            + "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
            + "解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬"
            + "师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌"
            + "奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平计索宣晋相初门云容敬"
            + "扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利"
            + "於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由巨";
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "百里", "呼延");
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
        if (token.length() >= 3 && COMPOUND_SURNAMES.contains(token.substring(0, 2))) {
            return true;
        }
        return token.length() <= 3 && SINGLE_SURNAMES.indexOf(token.charAt(0)) >= 0;
    }
}
