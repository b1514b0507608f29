package coop.agora.forum;

/** Someone wrote {@code @Name} of a member in a post. */
public record MemberMentioned(long memberId, long byMemberId, long topicId, long postId) {}
