package org.bulletinpipeline.nlp.extract.model;

/**
 * The epidemic figures the contract knows. Case counts come in two bases: the figures of one reporting day
 * ({@code CONFIRMED_CASES}: 新增确诊病例, {@code SUSPECTED_CASES}, {@code DEATHS}, {@code RECOVERIES},
 * {@code CLOSE_CONTACTS}) and the running totals up to the end of that day ({@code *_TOTAL}: 累计报告确诊病例).
 */
public enum FactType {
    CONFIRMED_CASES, ZERO_NEW_STREAK, CLEARANCE_STREAK, TESTING_ROUND, PEOPLE_TESTED, MEDICAL_STAFF_DEPLOYED,
    SUSPECTED_CASES, DEATHS, RECOVERIES, CLOSE_CONTACTS,
    CONFIRMED_TOTAL, SUSPECTED_TOTAL, DEATHS_TOTAL, RECOVERIES_TOTAL, CLOSE_CONTACTS_TOTAL
}
