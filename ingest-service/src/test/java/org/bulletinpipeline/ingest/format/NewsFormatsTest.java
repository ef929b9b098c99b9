package org.bulletinpipeline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.junit.jupiter.api.Test;

class NewsFormatsTest {

    private final NewsFormats formats = new NewsFormats(() -> ZoneId.of("Asia/Shanghai"));

    private NewsDocument read(String file) {
        byte[] bytes = Documents.bytes(file);
        return formats.forFile(file, bytes).orElseThrow().read(bytes);
    }

    @Test
    void rssWithFullContentKeepsTheChannelAndItemMetadata() {
        NewsDocument feed = read("rss-xinhua.xml");
        assertEquals("rss", feed.format());
        assertTrue(feed.collection());
        assertEquals(3, feed.items().size());
        FormatItem first = feed.items().getFirst();
        assertEquals("河南禹州：钧瓷文化节开幕", first.headline());
        assertEquals("http://www.ha.xinhuanet.com/news/2022-05/17/c_1128657001.htm", first.originalId());
        assertEquals("新华社记者 李文", first.byline());
        assertEquals("新华网河南频道", first.publication());
        assertEquals("zh-cn", first.language());
        assertEquals(OffsetDateTime.parse("2022-05-17T09:30:00+08:00"), first.publishedAt());
        // content:encoded wins over description, and its markup is gone
        assertEquals("河南禹州：钧瓷文化节开幕\n\n新华社郑州5月17日电 第十三届中国钧瓷文化节16日在禹州市开幕，来自全国各地的"
                + "200余家钧瓷企业参展。\n禹州市副市长王建国在开幕式上说，钧瓷产业已成为禹州的支柱产业之一。", first.text());
    }

    @Test
    void aCountyCmsFeedInGb2312WithLocalGuids() {
        NewsDocument feed = read("rss-county-daily.xml");
        assertEquals(2, feed.items().size());
        FormatItem first = feed.items().getFirst();
        assertEquals("我市召开疫情防控工作会议", first.headline());
        // "4127" is unique only within the channel
        assertEquals("http://www.yzrb.com.cn#4127", first.originalId());
        assertEquals("禹州日报", first.publication());
        assertEquals("yzrb@163.com (本报记者 张华)", first.byline());
        assertEquals(OffsetDateTime.parse("2022-05-17T06:30:00+08:00"), first.publishedAt());
        assertEquals("我市召开疫情防控工作会议\n\n本报讯 5月16日，市委书记刘建华主持召开全市疫情防控工作会议。\n"
                + "会议强调，要坚持常态化精准防控，毫不放松抓好各项防控措施。", first.text());
    }

    @Test
    void anAtomPortalFeedWithHtmlAndXhtmlContent() {
        NewsDocument feed = read("atom-gov-portal.xml");
        assertEquals("atom", feed.format());
        FormatItem first = feed.items().getFirst();
        assertEquals("市政府召开第12次常务会议", first.headline());
        assertEquals("tag:www.xuchang.gov.cn,2022-05-17:/zwyw/202205/t20220517_1544321", first.originalId());
        assertEquals("市政府办公室", first.byline());
        assertEquals("许昌市人民政府 政务要闻", first.publication());
        assertEquals("https://www.xuchang.gov.cn/zwyw/202205/t20220517_1544321.html", first.url());
        assertEquals(OffsetDateTime.parse("2022-05-17T10:00:00+08:00"), first.publishedAt());
        assertTrue(first.text().endsWith("会议指出，要加快老旧小区改造进度，确保年内完成改造任务。"), first.text());
        assertEquals("许昌市发布防汛预警\n\n许昌市防汛抗旱指挥部16日发布防汛预警，预计未来三天全市有强降雨。",
                feed.items().get(1).text());
    }

    @Test
    void nitfHedlineIsTheTitleAndLayoutBreaksBetweenHanAreDropped() {
        NewsDocument nitf = read("nitf-yuzhou-daily.xml");
        assertEquals("nitf", nitf.format());
        assertFalse(nitf.collection());
        FormatItem story = nitf.items().getFirst();
        assertEquals("全市疫情防控工作会议召开", story.headline());
        assertEquals("yzrb-20220517-01-003", story.originalId());
        assertEquals("本报记者 张华", story.byline());
        assertEquals("禹州 5月16日", story.dateline());
        assertEquals("禹州日报", story.publication());
        assertEquals("zh-CN", story.language());
        assertEquals("http://www.yzrb.com.cn/html/2022-05/17/content_4127.htm", story.url());
        assertEquals(OffsetDateTime.parse("2022-05-17T06:30:00+08:00"), story.publishedAt());
        assertEquals("全市疫情防控工作会议召开\n\n本报讯 5月16日，市委书记刘建华主持召开全市疫情防控工作会议，分析研判当前疫情"
                + "防控形势，安排部署下一步工作。\n会议强调，各乡镇（街道）、各部门要坚持常态化精准防控，毫不放松抓好各项防控措施。"
                + "\n市领导王建国、李明参加会议。", story.text());
    }

    @Test
    void aNitfDoctypeIsNotFetched() {
        // the DOCTYPE names a DTD at a closed local port: fetching it would fail the read
        FormatItem story = read("nitf-doctype.xml").items().getFirst();
        assertEquals("夏粮收购工作有序开展", story.headline());
        assertEquals(OffsetDateTime.parse("2022-05-18T06:30:00+08:00"), story.publishedAt());
    }

    @Test
    void newsMlG2NewsItemWithInlineNitf() {
        NewsDocument item = read("newsml-g2-newsitem.xml");
        assertEquals("newsml-g2", item.format());
        FormatItem story = item.items().getFirst();
        assertEquals("urn:newsml:xuchang.gov.cn:20220517:zwyw-1544321", story.originalId());
        assertEquals("市政府召开第12次常务会议", story.headline());
        assertEquals("本报记者 刘芳", story.byline());
        assertEquals("许昌5月16日", story.dateline());
        assertEquals("许昌日报", story.publication());
        assertEquals("zh-CN", story.language());
        assertEquals(OffsetDateTime.parse("2022-05-17T08:15:00+08:00"), story.publishedAt());
        assertEquals("https://www.xuchang.gov.cn/zwyw/202205/t20220517_1544321.html", story.url());
        assertEquals("市政府召开第12次常务会议\n\n本报讯 5月16日，市长史根治主持召开市政府第12次常务会议，研究城市更新和乡村振兴"
                + "有关事项。\n会议指出，要加快老旧小区改造进度，确保年内完成改造任务。", story.text());
    }

    @Test
    void newsMlG2PackageItemIsOneStoryPerItemRef() {
        NewsDocument pkg = read("newsml-g2-package.xml");
        assertTrue(pkg.collection());
        assertEquals(List.of("全市疫情防控工作会议召开", "城区新建三座停车场"),
                pkg.items().stream().map(FormatItem::headline).toList());
        assertEquals("urn:newsml:yzrb.com.cn:20220517:01-004", pkg.items().get(1).originalId());
        assertEquals("禹州日报", pkg.items().get(1).publication());
        assertEquals(OffsetDateTime.parse("2022-05-17T06:30:00+08:00"), pkg.items().get(1).publishedAt());
    }

    @Test
    void ninjsMainHeadlineAndHtmlBody() {
        NewsDocument ninjs = read("ninjs-item.json");
        assertEquals("ninjs", ninjs.format());
        FormatItem story = ninjs.items().getFirst();
        assertEquals("河南禹州：钧瓷文化节开幕", story.headline());
        assertEquals("urn:newsml:ha.xinhuanet.com:20220517:c_1128657001", story.originalId());
        assertEquals("新华社记者 李文", story.byline());
        assertEquals("郑州", story.dateline());
        assertEquals("新华网河南频道", story.publication());
        assertEquals("zh-CN", story.language());
        assertNull(story.url());
        assertEquals(OffsetDateTime.parse("2022-05-17T09:30:00+08:00"), story.publishedAt());
        assertTrue(story.text().startsWith("河南禹州：钧瓷文化节开幕\n\n新华社郑州5月17日电"), story.text());
    }

    @Test
    void aNinjsArrayIsACollection() {
        String array = "[{\"uri\":\"urn:a\",\"headlines\":[{\"value\":\"甲\"}],\"bodies\":[{\"contenttype\":\"text/plain\","
                + "\"value\":\"第一段\\n\\n第二段\"}]},{\"uri\":\"urn:b\",\"headline\":\"乙\",\"body_text\":\"正文\"}]";
        NewsDocument ninjs = formats.forFile("items.json", array.getBytes(StandardCharsets.UTF_8)).orElseThrow()
                .read(array.getBytes(StandardCharsets.UTF_8));
        assertTrue(ninjs.collection());
        assertEquals("甲\n\n第一段\n第二段", ninjs.items().get(0).text());
        assertEquals("乙\n\n正文", ninjs.items().get(1).text());
    }

    @Test
    void mediaTypesChooseAndGenericXmlIsSniffed() {
        byte[] nitf = Documents.bytes("nitf-yuzhou-daily.xml");
        assertEquals("nitf", formats.forMediaType("application/nitf+xml", nitf).orElseThrow().name());
        assertEquals("nitf", formats.forMediaType("application/xml", nitf).orElseThrow().name());
        assertEquals("newsml-g2", formats.forMediaType("text/xml", Documents.bytes("newsml-g2-package.xml"))
                .orElseThrow().name());
        assertEquals("feed", formats.forMediaType("application/xml", Documents.bytes("atom-gov-portal.xml"))
                .orElseThrow().name());
        assertTrue(formats.forMediaType("application/xml", "<html><body/></html>".getBytes(StandardCharsets.UTF_8))
                .isEmpty());
    }

    @Test
    void filesAreChosenByExtensionThenSniffedAndOtherwiseText() {
        assertEquals("feed", formats.forFile("news.rss", new byte[0]).orElseThrow().name());
        assertEquals("nitf", formats.forFile("page1.xml", Documents.bytes("nitf-yuzhou-daily.xml")).orElseThrow().name());
        assertEquals("ninjs", formats.forFile("item.json", Documents.bytes("ninjs-item.json")).orElseThrow().name());
        assertTrue(formats.forFile("bulletin.json", "{\"text\":\"正文\",\"source\":{}}".getBytes(StandardCharsets.UTF_8))
                .isEmpty());
        assertTrue(formats.forFile("page1.txt", Documents.bytes("nitf-yuzhou-daily.xml")).isEmpty());
    }

    @Test
    void aDocumentOfTheWrongFormatIsRefused() {
        InvalidBulletinException e = assertThrows(InvalidBulletinException.class,
                () -> new NitfFormat(ZoneId.of("Asia/Shanghai")).read(Documents.bytes("rss-xinhua.xml")));
        assertEquals("unexpected-document", e.problemType());
    }
}
