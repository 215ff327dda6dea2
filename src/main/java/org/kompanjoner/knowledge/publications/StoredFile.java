package org.kompanjoner.knowledge.publications;

/**
 * A publication's file in the file store.
 *
 * @param key where the store keeps it, made by the site
 * @param name the name it is downloaded under, made from the title
 * @param size in bytes
 */
public record StoredFile(String key, String name, long size) {}
