package org.bulletinpipeline.nlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExtractCliTest {

    @Test
    void aFileNamedAfterItsIssueDateIsSentWithThatDate() {
        assertEquals(LocalDate.of(2020, 1, 31), ExtractCli.publishedOnOf("rmrb_20200131_p01"));
        assertEquals(LocalDate.of(2022, 5, 17), ExtractCli.publishedOnOf("2022-05-17"));
    }

    @Test
    void digitsThatAreNoDateGiveNone() {
        assertNull(ExtractCli.publishedOnOf("002_b825825c6756efef"));
        assertNull(ExtractCli.publishedOnOf("batch_12345678_p01"));
    }
}
