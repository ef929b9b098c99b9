package org.bulletinpipeline.nlp.extract.model;

import java.time.LocalDate;

/** What a newspaper prints at the top of its front page: name, date, running issue number, organizer. */
public record Masthead(String publication, LocalDate publishedOn, String issueNo, String organizer) {
}
