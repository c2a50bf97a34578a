package kyoso.plan.domain;

/** Fired when a draft becomes a published version, so caches of published trees can drop stale entries. */
public record VersionPublished(String planCode, String versionCode) {
}
