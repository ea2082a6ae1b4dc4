package dev.deskhand.hiring;

import java.time.ZoneId;
import java.util.List;

/**
 * A job post as its public page shows it: no sign-in, nothing internal (no scopes, no
 * criteria).
 *
 * @param workspaceName who is hiring
 * @param zone the workspace's time zone, in which the overlap hours are meant
 * @param tasks the post's work types with what their SOPs say
 */
public record PublicJobPost(JobPostView post, String workspaceName, ZoneId zone, List<PostTask> tasks) {

	public PublicJobPost {
		tasks = List.copyOf(tasks);
	}

	/** Whether bids are taken now. */
	public boolean open() {
		return post.status() == PostStatus.OPEN;
	}

}
