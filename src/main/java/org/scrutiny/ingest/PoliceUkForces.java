package org.scrutiny.ingest;

import java.util.Map;
import java.util.Set;

/**
 * The police forces as data.police.uk names them: the codes in its file names ({@code suffolk}), which are
 * the codes of the {@code force} table, and the names its {@code Reported by} and {@code Falls within}
 * columns use ({@code Suffolk Constabulary}).
 */
final class PoliceUkForces {
    private static final Map<String, String> CODES_BY_NAME = Map.ofEntries(
            Map.entry("Avon and Somerset Constabulary", "avon-and-somerset"),
            Map.entry("Bedfordshire Police", "bedfordshire"),
            Map.entry("British Transport Police", "btp"),
            Map.entry("Cambridgeshire Constabulary", "cambridgeshire"),
            Map.entry("Cheshire Constabulary", "cheshire"),
            Map.entry("City of London Police", "city-of-london"),
            Map.entry("Cleveland Police", "cleveland"),
            Map.entry("Cumbria Constabulary", "cumbria"),
            Map.entry("Derbyshire Constabulary", "derbyshire"),
            Map.entry("Devon & Cornwall Police", "devon-and-cornwall"),
            Map.entry("Dorset Police", "dorset"),
            Map.entry("Durham Constabulary", "durham"),
            Map.entry("Dyfed-Powys Police", "dyfed-powys"),
            Map.entry("Essex Police", "essex"),
            Map.entry("Gloucestershire Constabulary", "gloucestershire"),
            Map.entry("Greater Manchester Police", "greater-manchester"),
            Map.entry("Gwent Police", "gwent"),
            Map.entry("Hampshire Constabulary", "hampshire"),
            Map.entry("Hertfordshire Constabulary", "hertfordshire"),
            Map.entry("Humberside Police", "humberside"),
            Map.entry("Kent Police", "kent"),
            Map.entry("Lancashire Constabulary", "lancashire"),
            Map.entry("Leicestershire Police", "leicestershire"),
            Map.entry("Lincolnshire Police", "lincolnshire"),
            Map.entry("Merseyside Police", "merseyside"),
            Map.entry("Metropolitan Police Service", "metropolitan"),
            Map.entry("Norfolk Constabulary", "norfolk"),
            Map.entry("North Wales Police", "north-wales"),
            Map.entry("North Yorkshire Police", "north-yorkshire"),
            Map.entry("Northamptonshire Police", "northamptonshire"),
            Map.entry("Northumbria Police", "northumbria"),
            Map.entry("Nottinghamshire Police", "nottinghamshire"),
            Map.entry("Police Service of Northern Ireland", "northern-ireland"),
            Map.entry("South Wales Police", "south-wales"),
            Map.entry("South Yorkshire Police", "south-yorkshire"),
            Map.entry("Staffordshire Police", "staffordshire"),
            Map.entry("Suffolk Constabulary", "suffolk"),
            Map.entry("Surrey Police", "surrey"),
            Map.entry("Sussex Police", "sussex"),
            Map.entry("Thames Valley Police", "thames-valley"),
            Map.entry("Warwickshire Police", "warwickshire"),
            Map.entry("West Mercia Police", "west-mercia"),
            Map.entry("West Midlands Police", "west-midlands"),
            Map.entry("West Yorkshire Police", "west-yorkshire"),
            Map.entry("Wiltshire Police", "wiltshire"));

    static final Set<String> CODES = Set.copyOf(CODES_BY_NAME.values());

    /** Every name police.uk uses for a force in {@code Reported by} and {@code Falls within}. */
    static final Set<String> NAMES = CODES_BY_NAME.keySet();

    private PoliceUkForces() {}

    /** The force code for a {@code Reported by} or {@code Falls within} name, or null if it names no force. */
    static String codeOfName(String name) {
        return CODES_BY_NAME.get(name);
    }

    static boolean isCode(String code) {
        return CODES.contains(code);
    }
}
