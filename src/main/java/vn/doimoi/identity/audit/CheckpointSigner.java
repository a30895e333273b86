package vn.doimoi.identity.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs checkpoints with an Ed25519 key pair kept beside the MAC keys. Anyone holding only the
 * public key (printed on the audit page) can check a checkpoint, e.g. with openssl, off-site.
 */
@Component
class CheckpointSigner {

    private static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String fingerprint;

    CheckpointSigner(AuditProperties properties) {
        Path file = properties.checkpointKeyFile().toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                SecretFiles.create(
                        file,
                        "# doimoi audit checkpoint signing key (Ed25519, ADR 0031)\n" + "private="
                                + Base64.getEncoder()
                                        .encodeToString(pair.getPrivate().getEncoded()) + "\npublic="
                                + Base64.getEncoder()
                                        .encodeToString(pair.getPublic().getEncoded()) + "\n");
                log.warn(
                        "Created the audit checkpoint signing key {}. Back it up; ship its public key with the checkpoints.",
                        file);
            }
            Properties stored = new Properties();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(reader);
            }
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            this.privateKey = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(required(stored, "private", file))));
            this.publicKey = factory.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(required(stored, "public", file))));
            this.fingerprint = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()))
                    .substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit checkpoint key " + file + " is not an Ed25519 key pair", e);
        }
    }

    Checkpoint sign(long seq, String mac, Instant at) {
        String payload = Checkpoint.payload(seq, mac, at, fingerprint);
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(payload.getBytes(StandardCharsets.US_ASCII));
            return new Checkpoint(seq, mac, at, fingerprint, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of the JDK", e);
        }
    }

    /** Whether this key pair signed the checkpoint exactly as it reads. */
    boolean signed(Checkpoint checkpoint) {
        if (!checkpoint.signer().equals(fingerprint)) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(checkpoint.payload().getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key as PEM, for checking checkpoints where the private key is not. */
    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----";
    }

    String fingerprint() {
        return fingerprint;
    }

    private static String required(Properties stored, String name, Path file) {
        String value = stored.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("The audit checkpoint key " + file + " has no " + name + " line");
        }
        return value;
    }
}
