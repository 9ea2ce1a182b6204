package org.scrutiny.forces;

/**
 * A police force: its police.uk code ({@code devon-and-cornwall}), which names it everywhere in Scrutiny,
 * its name ({@code Devon and Cornwall}) and the ONS code of its police force area, null for British
 * Transport Police and Northern Ireland.
 */
public record Force(String code, String name, String onsCode) {}
