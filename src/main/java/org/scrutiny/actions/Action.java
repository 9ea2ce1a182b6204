package org.scrutiny.actions;

import java.util.List;

/**
 * A promise in a plan: what will be done, by whom, by when, and how its delivery is scrutinised.
 *
 * @param ref the plan's reference for it, unique in the plan
 * @param parts the points the plan lists under the promise, in its words ("Examining the scope for
 *     efficiency savings through collaboration and partnership."); empty where it lists none
 * @param responsible the parties responsible, first the lead party
 * @param lead the named lead officer or body, or null
 * @param dueText the plan's own words on timing ("Initial evaluation October 2017")
 * @param scrutiny how delivery is monitored ("Scrutinised via performance management framework")
 * @param status the status the plan file states, or null where it states none; progress updates later
 *     supersede it
 * @param notes the plan's notes on it, such as its footnotes, in its own words
 */
public record Action(
        String ref,
        String text,
        List<String> parts,
        List<Party> responsible,
        String lead,
        Due due,
        String dueText,
        String scrutiny,
        ActionStatus status,
        List<String> notes) {

    public Action {
        parts = List.copyOf(parts);
        responsible = List.copyOf(responsible);
        notes = List.copyOf(notes);
    }
}
