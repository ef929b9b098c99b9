package org.bulletinpipeline.nlp.extract.model;

/** Administrative level of a place, or the kind of a non-administrative one (locality, facility, other). */
public enum PlaceLevel {
    PROVINCE, CITY, COUNTY, TOWN, VILLAGE, LOCALITY, FACILITY, OTHER
}
