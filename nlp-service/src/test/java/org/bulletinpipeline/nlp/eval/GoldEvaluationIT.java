package org.bulletinpipeline.nlp.eval;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import org.bulletinpipeline.testsupport.OwnConsumerGroups;
import org.bulletinpipeline.testsupport.Samples;

/**
 * The gold floors held against the packaged service (the JVM jar, or the native executable with {@code -Pnative}):
 * every prediction comes from its {@code POST /api/extract}, so dictionaries left out of the package, or a model
 * read differently by the native image, show up as a lower score.
 */
@QuarkusIntegrationTest
@WithTestResource(value = OwnConsumerGroups.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
        @ResourceArg(name = "service", value = "nlp-service"),
        @ResourceArg(name = "channels", value = "bulletins-raw=bulletins.raw")})
class GoldEvaluationIT extends GoldEvaluationTest {

    @Override
    void predict(List<String> bulletins, Path predictions) throws Exception {
        Files.createDirectories(predictions);
        for (String bulletin : bulletins) {
            byte[] answer = given().auth().oauth2("local-dev-key").contentType("text/plain; charset=utf-8").body(Samples.text(bulletin))
                    .when().post("/api/extract")
                    .then().statusCode(200).extract().asByteArray();
            Files.write(predictions.resolve(bulletin + ".json"), answer);
        }
    }

    @Override
    Path predictions() {
        return Path.of("target/eval-pred-packaged");
    }
}
