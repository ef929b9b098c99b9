package org.bulletinpipeline.ingest.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.ingest.format.FeedFormat;
import org.bulletinpipeline.ingest.format.NewsFormat;
import org.bulletinpipeline.ingest.format.NewsFormats;
import org.bulletinpipeline.ingest.format.NewsMlG2Format;
import org.bulletinpipeline.ingest.format.NinjsFormat;
import org.bulletinpipeline.ingest.format.NitfFormat;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.bulletinpipeline.ingest.service.BatchIngest;
import org.bulletinpipeline.ingest.service.DocumentIngest;
import org.bulletinpipeline.ingest.service.IngestConfig;
import org.bulletinpipeline.ingest.service.IngestResult;
import org.bulletinpipeline.ingest.service.IngestService;
import org.bulletinpipeline.ingest.service.ItemResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The front door for newsroom feeds: one bulletin (text or JSON) answers 202 once Kafka holds it, 200 if it was
 * already there; a batch (NDJSON or files) answers one result per item. The feed is always the authenticated one.
 * The access module checks the key before the body is read: without a feed key nothing is published.
 */
@Path("/api/bulletins")
@RolesAllowed(Roles.FEED)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "401", description = "No or unknown API key",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unauthorized",
                value = "{\"type\":\"https://bulletin-pipeline.org/problems/unauthorized\",\"title\":"
                        + "\"Authentication required\",\"status\":401,\"detail\":\"The API key is not known.\"}")))
@APIResponse(responseCode = "403", description = "The key is not a feed's",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time, or too much in flight; see Retry-After",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "broker-unavailable",
                value = "{\"type\":\"https://bulletin-pipeline.org/problems/broker-unavailable\",\"title\":"
                        + "\"Not accepted, try again later\",\"status\":503,\"detail\":\"The message broker did not "
                        + "confirm the write; nothing was accepted.\"}")))
public class BulletinResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String ACCEPTED_EXAMPLE = "{\"bulletinId\":\"b825825c6756efef\",\"duplicate\":false,"
            + "\"links\":{\"bulletin\":\"http://localhost:8083/api/bulletins/b825825c6756efef\"}}";

    private final IngestService ingest;
    private final BatchIngest batch;
    private final BatchReader reader;
    private final IngestConfig config;
    private final SecurityIdentity caller;
    private final NewsFormats formats;
    private final DocumentIngest documents;

    public BulletinResource(IngestService ingest, BatchIngest batch, BatchReader reader, IngestConfig config,
                            SecurityIdentity caller, NewsFormats formats, DocumentIngest documents) {
        this.ingest = ingest;
        this.batch = batch;
        this.reader = reader;
        this.config = config;
        this.caller = caller;
        this.formats = formats;
        this.documents = documents;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Submit one bulletin as text",
            description = "Any declared charset is honoured; without one, UTF-8 (with or without BOM), UTF-16 with BOM "
                    + "and GB18030/GBK are recognized. Published as UTF-8.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "bulletin",
            value = "禹州市新冠肺炎疫情防控指挥部通告\n\n本报讯 5月17日0时至24时，我市无新增确诊病例。")))
    @APIResponse(responseCode = "202", description = "Accepted: Kafka holds it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "accepted",
                    value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Already accepted before: nothing published")
    @APIResponse(responseCode = "400", description = "Empty or blank")
    @APIResponse(responseCode = "413", description = "Over the size limit")
    @APIResponse(responseCode = "415", description = "Unsupported media type or charset")
    @APIResponse(responseCode = "422", description = "Undecodable, binary, or almost no Chinese or Latin characters",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "binary",
                    value = "{\"type\":\"https://bulletin-pipeline.org/problems/binary-content\",\"title\":"
                            + "\"Bulletin refused\",\"status\":422,\"detail\":\"The input contains control characters "
                            + "that text does not have; it looks like a binary file.\"}")))
    public Response submitText(byte[] body, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return answer(ingest.ingestBytes(body, charset, emptySource()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one bulletin as {text, source}", description = "source.feed is ignored: the feed is "
            + "the one the API key belongs to.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "json",
            value = "{\"text\":\"市政府召开常务会议\\n\\n本报讯 会议研究了有关事项。\",\"source\":{\"publication\":"
                    + "\"禹州通讯\",\"publishedOn\":\"2022-05-17\",\"page\":\"1\",\"fileName\":\"p1.txt\"}}")))
    @APIResponse(responseCode = "202", description = "Accepted: Kafka holds it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "accepted",
                    value = ACCEPTED_EXAMPLE)))
    public Response submitJson(IngestRequest request) {
        if (request == null) {
            throw new InvalidBulletinException(400, "empty-bulletin", "The request body is empty.");
        }
        BulletinSource source = request.source() == null ? emptySource() : request.source().withFeed(feed());
        return answer(ingest.ingestText(request.text(), source));
    }

    @POST
    @Consumes(NDJSON)
    @Operation(summary = "Submit a batch: one {text, source} JSON object per line",
            description = "Each line is a bulletin of its own; the answer lists what became of each.")
    @RequestBody(content = @Content(mediaType = NDJSON, examples = @ExampleObject(name = "batch",
            value = "{\"text\":\"第一版 ……\",\"source\":{\"page\":\"1\"}}\n{\"text\":\"第二版 ……\",\"source\":{\"page\":\"2\"}}")))
    @APIResponse(responseCode = "200", description = "Per-item results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "results",
                    value = "{\"accepted\":1,\"duplicates\":0,\"refused\":1,\"unavailable\":0,\"items\":["
                            + "{\"index\":0,\"outcome\":\"accepted\",\"bulletinId\":\"b825825c6756efef\"},"
                            + "{\"index\":1,\"outcome\":\"refused\",\"status\":400,\"type\":\"empty-bulletin\","
                            + "\"detail\":\"The bulletin text is empty or blank.\"}]}")))
    public Response submitBatch(byte[] body) {
        return answer(batch.ingest(reader.ndjson(body, feed())));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit files, each a bulletin", description = "Any number of file parts; the file name is "
            + "kept as source.fileName. Optional form fields publication, publishedOn, page and url apply to all.")
    public Response submitFiles(@RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm String publication,
                                @RestForm String publishedOn, @RestForm String page, @RestForm String url,
                                @Context HttpHeaders headers) {
        // without "boundary=" the decoder cannot split the body and hands over no part at all, which would read as
        // an empty form rather than as the unreadable body it is
        if (!headers.getMediaType().getParameters().containsKey("boundary")) {
            throw new InvalidBulletinException(400, "malformed-multipart", "multipart/form-data needs a boundary "
                    + "parameter, e.g. Content-Type: multipart/form-data; boundary=XYZ.");
        }
        BulletinSource shared = new BulletinSource(feed(), publication, date(publishedOn), page, null, url);
        return answer(batch.ingest(reader.files(files, shared)));
    }

    @POST
    @Consumes({FeedFormat.RSS, FeedFormat.ATOM, "application/rdf+xml", NitfFormat.MEDIA_TYPE,
            "application/vnd.iptc.nitf+xml", NewsMlG2Format.NEWS_ITEM, NewsMlG2Format.PACKAGE_ITEM,
            NewsMlG2Format.NEWS_MESSAGE, NinjsFormat.MEDIA_TYPE, "application/vnd.iptc.ninjs+json",
            MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Submit a news document: RSS/Atom, NITF, NewsML-G2 or ninjs",
            description = "Each story becomes a bulletin with the document's headline, byline, dateline, publication, "
                    + "published time, URL, language and item id; an item id seen before is a duplicate. A feed, "
                    + "package, news message or ninjs array answers per item; a single story like a text bulletin. "
                    + "application/xml and text/xml are recognized by their root element.")
    @RequestBody(content = @Content(mediaType = NitfFormat.MEDIA_TYPE, examples = @ExampleObject(name = "nitf",
            value = "<nitf><head><docdata><doc-id id-string=\"yzb-20220517-001\"/><date.issue norm=\"20220517T063000"
                    + "+0800\"/></docdata><pubdata name=\"禹州日报\"/></head><body><body.head><hedline><hl1>禹州市召开"
                    + "疫情防控工作会议</hl1></hedline></body.head><body.content><p>本报讯 5月16日，市委召开会议。</p>"
                    + "</body.content></body></nitf>")))
    @APIResponse(responseCode = "202", description = "A single story accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "accepted",
                    value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "A single story already accepted, or per-item results")
    @APIResponse(responseCode = "400", description = "Malformed XML or JSON, or no story in it")
    @APIResponse(responseCode = "415", description = "XML or JSON of no format read here")
    @APIResponse(responseCode = "422", description = "Entity declarations (XXE, entity expansion), or not a feed",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "entities",
                    value = "{\"type\":\"https://bulletin-pipeline.org/problems/xml-entities-refused\",\"title\":"
                            + "\"Bulletin refused\",\"status\":422,\"detail\":\"The document type declaration "
                            + "declares entities; …\"}")))
    public Response submitDocument(byte[] body, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        NewsFormat format = formats.forMediaType(type.getType() + "/" + type.getSubtype(), body)
                .orElseThrow(() -> new InvalidBulletinException(415, "unsupported-document", "The XML document is "
                        + "none of RSS, Atom, NITF, NewsML-G2 (newsItem, packageItem, newsMessage)."));
        return switch (documents.ingest(format, body, feed(), null)) {
            case DocumentIngest.Outcome.Single single -> answer(single.result());
            case DocumentIngest.Outcome.Items items -> answer(items.results());
        };
    }

    @POST
    @Path("{bulletinId}/reprocess")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Admin: publish the stored text of a bulletin again, to reprocess it")
    @APIResponse(responseCode = "202", description = "Republished")
    @APIResponse(responseCode = "403", description = "Not an admin key")
    @APIResponse(responseCode = "404", description = "No such bulletin was ever accepted")
    @APIResponse(responseCode = "422", description = "The stored bulletin breaks a rule made since it was accepted "
            + "(a control character in a source field, binary text): nothing is published")
    public Response reprocess(@PathParam("bulletinId") String bulletinId) {
        IngestResult result = ingest.reprocess(bulletinId);
        return Response.accepted(new ReprocessResponse(result.bulletinId(), true)).build();
    }

    private Response answer(IngestResult result) {
        Map<String, String> links = Map.of("bulletin", config.queryBaseUrl() + "/api/bulletins/" + result.bulletinId());
        return Response.status(result.duplicate() ? 200 : 202)
                .entity(new IngestResponse(result.bulletinId(), result.duplicate(), links)).build();
    }

    private Response answer(List<ItemResult> items) {
        BatchResponse response = BatchResponse.of(items);
        if (response.unavailable() == 0) {
            return Response.ok(response).build();
        }
        boolean shed = items.stream().anyMatch(item -> "overloaded".equals(item.type()) || "not-ready".equals(item.type()));
        return Response.status(503).entity(response)
                .header("Retry-After", shed ? config.overloadRetryAfterSeconds() : config.retryAfterSeconds()).build();
    }

    private String feed() {
        return caller.getPrincipal().getName();
    }

    private BulletinSource emptySource() {
        return new BulletinSource(feed(), null, null, null, null, null);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidBulletinException(400, "malformed-request", "publishedOn must be a date like 2022-05-17.");
        }
    }
}
