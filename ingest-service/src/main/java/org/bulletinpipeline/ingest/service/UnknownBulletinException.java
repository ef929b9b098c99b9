package org.bulletinpipeline.ingest.service;

/** No bulletin with this id was ever accepted (by any replica). */
public class UnknownBulletinException extends RuntimeException {

    public UnknownBulletinException(String bulletinId) {
        super("No bulletin " + bulletinId + " was ever accepted.");
    }
}
