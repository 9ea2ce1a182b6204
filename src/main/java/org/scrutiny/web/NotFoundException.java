package org.scrutiny.web;

/** Thrown by a page asked for something that does not exist; the user sees a 404 page with the message. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
