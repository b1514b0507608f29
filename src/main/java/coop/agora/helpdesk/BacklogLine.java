package coop.agora.helpdesk;

/** Open requests of a pole, office or topic by age in calendar days since they were received. */
public record BacklogLine(String label, int upTo3Days, int upTo7Days, int upTo14Days, int older) {

    public int total() {
        return upTo3Days + upTo7Days + upTo14Days + older;
    }
}
