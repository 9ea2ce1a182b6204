package org.scrutiny.forces;

/** A source whose own spelling of force names Scrutiny knows. */
public enum NameSource {
    /** data.police.uk's force identifiers, such as {@code devon-and-cornwall}. */
    POLICE_UK("police-uk"),
    /** the "Falls within" column of data.police.uk's street-level files, such as {@code Devon & Cornwall Police}. */
    POLICE_UK_FALLS_WITHIN("police-uk-falls-within"),
    /** the Home Office's recorded crime tables, such as {@code Devon and Cornwall}. */
    HOME_OFFICE("home-office"),
    /** the ONS police force area names, such as {@code Devon & Cornwall} and {@code London, City of}. */
    ONS("ons");

    private final String code;

    NameSource(String code) {
        this.code = code;
    }

    /** How the source is written in the {@code force_name} table. */
    public String code() {
        return code;
    }
}
