package org.scrutiny.web;

/** Thrown by a page given a parameter it cannot use; the user sees a 400 page with the message. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
