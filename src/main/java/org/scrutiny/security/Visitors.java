package org.scrutiny.security;

import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rule that pages of unpublished things are for signed-in users only. Refusing with
 * {@link AccessDeniedException} lets Spring Security send the public to the sign-in page.
 */
public final class Visitors {
    private Visitors() {}

    /**
     * @param visitor the signed-in user, or null for the public
     * @throws AccessDeniedException if the page is unpublished and the visitor is not signed in
     */
    public static void requireMaySee(boolean published, Principal visitor) {
        if (!published && visitor == null) {
            throw new AccessDeniedException("sign in to see unpublished pages");
        }
    }
}
