package coop.agora.opportunities;

import java.util.List;

/**
 * An opportunity was published and these listed members fit it and asked to be told; the author is
 * never among them.
 */
public record OpportunityMatched(long opportunityId, String title, List<Long> memberIds) {}
