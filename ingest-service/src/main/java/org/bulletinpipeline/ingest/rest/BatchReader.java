package org.bulletinpipeline.ingest.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.bulletinpipeline.ingest.service.BatchItem;
import org.bulletinpipeline.ingest.service.IngestConfig;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Splits a batch request into its items: the lines of an NDJSON body, the files of a multipart form. */
@ApplicationScoped
public class BatchReader {

    private final ObjectMapper json;
    private final IngestConfig config;

    public BatchReader(ObjectMapper json, IngestConfig config) {
        this.json = json;
        this.config = config;
    }

    /** One {@code {"text", "source"}} object per line; blank lines are skipped, a broken line refuses only itself. */
    public List<BatchItem> ndjson(byte[] body, String feed) {
        checkRequestSize(body.length);
        List<BatchItem> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                byte[] line = Arrays.copyOfRange(body, start, i);
                start = i + 1;
                if (!isBlank(line)) {
                    items.add(parseLine(line, feed));
                }
            }
        }
        if (items.isEmpty()) {
            throw new InvalidBulletinException(400, "empty-bulletin", "The batch has no lines.");
        }
        return items;
    }

    /** Every uploaded file is a bulletin of its own, its name kept as source.fileName. */
    public List<BatchItem> files(List<FileUpload> uploads, BulletinSource shared) {
        if (uploads.isEmpty()) {
            throw new InvalidBulletinException(400, "empty-bulletin", "The form has no file part.");
        }
        checkRequestSize(uploads.stream().mapToLong(FileUpload::size).sum());
        List<BatchItem> items = new ArrayList<>(uploads.size());
        for (FileUpload upload : uploads) {
            BulletinSource source = new BulletinSource(shared.feed(), shared.publication(), shared.publishedOn(),
                    shared.page(), upload.fileName(), shared.url());
            if (upload.size() > config.maxBulletinSize().asLongValue()) {
                items.add(new BatchItem.Refused(upload.fileName(), 413, "bulletin-too-large", "The file has "
                        + upload.size() + " bytes; at most " + config.maxBulletinSize().asLongValue() + " are accepted."));
                continue;
            }
            try {
                items.add(new BatchItem.Bytes(Files.readAllBytes(upload.uploadedFile()), charsetOf(upload), source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return items;
    }

    private BatchItem parseLine(byte[] line, String feed) {
        try {
            IngestRequest request = json.readValue(line, IngestRequest.class);
            BulletinSource source = request.source() == null
                    ? new BulletinSource(feed, null, null, null, null, null) : request.source().withFeed(feed);
            return new BatchItem.Text(request.text(), source);
        } catch (JacksonException e) {
            return new BatchItem.Refused(null, 400, "malformed-item",
                    "The line is not a JSON object {\"text\", \"source\"}: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String charsetOf(FileUpload upload) {
        String contentType = upload.contentType();
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void checkRequestSize(long size) {
        if (size > config.maxRequestSize().asLongValue()) {
            throw new InvalidBulletinException(413, "request-too-large", "The request carries " + size
                    + " bytes; at most " + config.maxRequestSize().asLongValue() + " are accepted at once.");
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
