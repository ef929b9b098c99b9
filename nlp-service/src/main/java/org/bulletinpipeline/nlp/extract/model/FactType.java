package org.bulletinpipeline.nlp.extract.model;

/** The epidemic figures the contract knows. */
public enum FactType {
    CONFIRMED_CASES, ZERO_NEW_STREAK, CLEARANCE_STREAK, TESTING_ROUND, PEOPLE_TESTED, MEDICAL_STAFF_DEPLOYED
}
