package com.meritarchive.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The service's passwords are high-entropy secrets from the environment, kept only in memory, so
 * a deliberately slow hash (BCrypt: tens of milliseconds) would protect nothing and cost every
 * HR request more than the decision itself. A salted SHA-256 compared in constant time is enough.
 */
final class SaltedSha256PasswordEncoder implements PasswordEncoder {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String encode(CharSequence raw) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(hash(salt, raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        int colon = encoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        byte[] salt = HexFormat.of().parseHex(encoded, 0, colon);
        byte[] expected = HexFormat.of().parseHex(encoded, colon + 1, encoded.length());
        return MessageDigest.isEqual(expected, hash(salt, raw));
    }

    private static byte[] hash(byte[] salt, CharSequence raw) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(raw.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
