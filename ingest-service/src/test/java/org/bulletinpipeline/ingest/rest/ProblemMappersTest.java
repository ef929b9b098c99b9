package org.bulletinpipeline.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.core.multipart.MultiPartParserDefinition;
import org.junit.jupiter.api.Test;

/** Only failures of the form decoder are the client's fault; any other IOException reading a body stays a 500. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers(null);

    @Test
    void anIOExceptionOfTheFormDecoderIsAMalformedMultipart() {
        IOException decoder = new IOException("Connection terminated parsing multipart request");
        decoder.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                MultiPartParserDefinition.class.getName() + "$MultiPartUploadHandler", "parseBlocking",
                "MultiPartParserDefinition.java", 250)});
        Response response = mappers.unreadableBody(decoder);
        assertEquals(400, response.getStatus());
        assertEquals(Problem.TYPE_BASE + "malformed-multipart", ((Problem) response.getEntity()).type());
    }

    @Test
    void anyOtherIOExceptionStaysAServerError() {
        Response response = mappers.unreadableBody(new IOException("No space left on device"));
        assertEquals(500, response.getStatus());
        assertEquals(Problem.TYPE_BASE + "internal-error", ((Problem) response.getEntity()).type());
    }
}
