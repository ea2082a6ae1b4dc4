package dev.deskhand.access;

/**
 * A kind of scope that grants may be limited to. A module that owns such things declares
 * a bean of this type; grants with kinds nobody declared are refused. {@link #CUSTOMER}
 * and {@link #MAILBOX} are declared here because every logistics workspace has them.
 */
public record ScopeKind(String name) {
	public static final ScopeKind CUSTOMER = new ScopeKind("customer");

	public static final ScopeKind MAILBOX = new ScopeKind("mailbox");

}
