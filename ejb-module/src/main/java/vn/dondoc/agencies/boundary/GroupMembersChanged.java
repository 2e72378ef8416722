package vn.dondoc.agencies.boundary;

import java.util.List;

/**
 * Fired inside the transaction that gave groups new members or took members away (an agency added
 * into groups, a bundle installed), for components above agencies that keep something derived
 * from the members (the obligations of documents that name a group).
 *
 * @param groupCodes the codes of the groups whose members changed
 */
public record GroupMembersChanged(List<String> groupCodes) {

    public GroupMembersChanged {
        groupCodes = List.copyOf(groupCodes);
    }
}
