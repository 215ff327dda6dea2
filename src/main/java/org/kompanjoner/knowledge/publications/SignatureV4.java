package org.kompanjoner.knowledge.publications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for requests with the signature in the {@code Authorization} header, as every
 * S3-compatible store (AWS, MinIO, Ceph, Garage, the cloud providers' own) accepts it. Only what the
 * file store needs: one request at a time, headers given by the caller, the payload's hash given too.
 *
 * @param service {@code s3} for an object store
 */
record SignatureV4(String accessKey, String secretKey, String region, String service) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The {@code x-amz-date} value for {@code moment}. */
    static String stamp(ZonedDateTime moment) {
        return STAMP.format(moment.withZoneSameInstant(ZoneOffset.UTC));
    }

    /**
     * The {@code Authorization} header for a request: {@code headers} are every header to sign (the host
     * and {@code x-amz-date} among them) by name in any case, {@code path} the path as sent (already
     * encoded), {@code query} its parameters undecoded.
     */
    String authorization(
            String method, String path, Map<String, String> query, Map<String, String> headers, String payloadHash) {
        SortedMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(
                name.toLowerCase(java.util.Locale.ROOT), value.strip().replaceAll(" +", " ")));
        String amzDate = signed.get("x-amz-date");
        String day = amzDate.substring(0, 8);
        String scope = day + "/" + region + "/" + service + "/aws4_request";
        String names = String.join(";", signed.keySet());
        String canonical = String.join(
                "\n",
                method,
                path.isEmpty() ? "/" : path,
                canonicalQuery(query),
                signed.entrySet().stream()
                                .map(header -> header.getKey() + ":" + header.getValue())
                                .collect(Collectors.joining("\n"))
                        + "\n",
                names,
                payloadHash);
        String toSign =
                String.join("\n", ALGORITHM, amzDate, scope, hex(sha256(canonical.getBytes(StandardCharsets.UTF_8))));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String signature = hex(hmac(key, toSign));
        return ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + names + ", Signature="
                + signature;
    }

    /** A path segment (an object key's part) encoded as the signature expects it: all but unreserved characters. */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonicalQuery(Map<String, String> query) {
        return new TreeMap<>(query.entrySet().stream()
                        .collect(Collectors.toMap(entry -> encode(entry.getKey()), entry -> encode(entry.getValue()))))
                .entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("&"));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
