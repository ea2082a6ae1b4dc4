package dev.deskhand.shared;

import java.util.List;

/**
 * One module's answer to a search: its own records that match, within what the caller may
 * open there. Each module that keeps searchable records declares one bean of this type;
 * the search page merges their answers by rank. An implementation applies its module's
 * access rules in its SQL (workspaces, scopes, grants, NDA), never by filtering after the
 * limit, so a caller never finds what they could not open.
 */
public interface SearchSource {

	/**
	 * The caller's best matches, at most {@link SearchQuery#limit()}, best first; empty
	 * when the query says nothing this source can match (e.g. a status filter where its
	 * records have no status).
	 */
	List<SearchHit> search(SearchQuery query);

}
