package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.JobPostId;
import dev.deskhand.hiring.JobPostSummary;
import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.JobPosts;
import dev.deskhand.hiring.NewJobPost;
import dev.deskhand.hiring.PostTask;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job posts over REST: reviewers (HIRING_REVIEW) read them, managers (HIRING_MANAGE)
 * write, open and close them. A post of another workspace answers 404.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/job-posts")
class JobPostsApi {

	private final AccessPolicy policy;

	private final JobPosts posts;

	JobPostsApi(AccessPolicy policy, JobPosts posts) {
		this.policy = policy;
		this.posts = posts;
	}

	@GetMapping
	@Operation(summary = "The workspace's job posts, newest first, with their bids counted per stage")
	List<JobPostSummary> list(@PathVariable String slug) {
		return posts.posts(policy.require(slug, Permission.HIRING_REVIEW));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Writes a draft job post; without criteria it gets a default set in its language")
	JobPostView create(@PathVariable String slug, @RequestBody NewJobPost n) {
		return posts.create(policy.require(slug, Permission.HIRING_MANAGE), n);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A job post; one past its closing date reads as CLOSED")
	JobPostView post(@PathVariable String slug, @PathVariable UUID id) {
		return posts.post(policy.require(slug, Permission.HIRING_REVIEW), new JobPostId(id));
	}

	@GetMapping("/{id}/tasks")
	@Operation(summary = "The post's work types with their SOPs' titles and first lines")
	List<PostTask> tasks(@PathVariable String slug, @PathVariable UUID id) {
		return posts.tasks(policy.require(slug, Permission.HIRING_REVIEW), new JobPostId(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rewrites a draft's or an open post's terms")
	JobPostView update(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewJobPost n) {
		return posts.update(policy.require(slug, Permission.HIRING_MANAGE), new JobPostId(id), n);
	}

	@PostMapping("/{id}/open")
	@Operation(summary = "Opens the post: its public page takes bids")
	JobPostView open(@PathVariable String slug, @PathVariable UUID id) {
		return posts.open(policy.require(slug, Permission.HIRING_MANAGE), new JobPostId(id));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Closes the post: bids are refused from now on")
	JobPostView close(@PathVariable String slug, @PathVariable UUID id) {
		return posts.close(policy.require(slug, Permission.HIRING_MANAGE), new JobPostId(id));
	}

}
