package org.scrutiny.forces;

/**
 * A local authority district and where it belongs: its community safety partnership (null for a district
 * made by a merger of districts that had partnerships of their own) and its police force. A district
 * abolished by a merger names the district that replaced it in {@code replacedBy}.
 */
public record District(String code, String name, String cspCode, String forceCode, String replacedBy) {}
