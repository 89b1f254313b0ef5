package org.osprey.transport.authd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Certificates and private keys in PEM files, as OpenSSL writes them: {@code CERTIFICATE} blocks, and a key
 * as PKCS#8 ({@code PRIVATE KEY}) or in the traditional RSA ({@code RSA PRIVATE KEY}, PKCS#1) or EC
 * ({@code EC PRIVATE KEY}, SEC1) form. Encrypted keys are refused with a hint. Plain JDK: the traditional
 * forms are wrapped into PKCS#8 by hand.
 */
final class PemFiles {
  private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
      (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
  private static final byte[] EC_PUBLIC_KEY_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02,
      0x01};

  private PemFiles() {}

  /** One {@code -----BEGIN <type>-----} block, decoded. */
  record Block(String type, byte[] der) {}

  /** The certificates of a PEM file, in file order (the first is the end entity). */
  static List<X509Certificate> certificates(Path file) throws TlsException {
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (Block b : blocks(file)) {
        if (b.type().equals("CERTIFICATE") || b.type().equals("TRUSTED CERTIFICATE")) {
          out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(b.der())));
        }
      }
    } catch (CertificateException e) {
      throw new TlsException(file + ": not a valid certificate: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new TlsException(file + ": no -----BEGIN CERTIFICATE----- block");
    }
    return out;
  }

  /** The first private key of a PEM file. */
  static PrivateKey privateKey(Path file) throws TlsException {
    for (Block b : blocks(file)) {
      switch (b.type()) {
        case "PRIVATE KEY" -> {
          return pkcs8(file, b.der(), "RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA");
        }
        case "RSA PRIVATE KEY" -> {
          return pkcs8(file, sequence(integerZero(), RSA_ALGORITHM, der(0x04, b.der())), "RSA");
        }
        case "EC PRIVATE KEY" -> {
          byte[] algorithm = sequence(EC_PUBLIC_KEY_OID, Der.curveOf(b.der(), file));
          return pkcs8(file, sequence(integerZero(), algorithm, der(0x04, b.der())), "EC");
        }
        case "ENCRYPTED PRIVATE KEY" -> throw encrypted(file);
        default -> {
          // EC PARAMETERS, certificates and others: not the key.
        }
      }
    }
    throw new TlsException(file + ": no -----BEGIN PRIVATE KEY----- (or RSA / EC PRIVATE KEY) block");
  }

  private static TlsException encrypted(Path file) {
    return new TlsException(file + ": the key is encrypted; store it without a passphrase (`openssl pkey -in "
        + file + " -out " + file + ".plain`, then move it into place, mode 0640)");
  }

  private static PrivateKey pkcs8(Path file, byte[] der, String... algorithms) throws TlsException {
    for (String alg : algorithms) {
      try {
        return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // Try the next algorithm.
      }
    }
    throw new TlsException(file + ": unreadable private key (tried " + String.join(", ", algorithms) + ")");
  }

  /** Every PEM block of {@code file}; text outside blocks is ignored, as OpenSSL does. */
  static List<Block> blocks(Path file) throws TlsException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      throw new TlsException(file + " does not exist", e);
    } catch (IOException e) {
      throw new TlsException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Block> out = new ArrayList<>();
    int at = 0;
    while (true) {
      int begin = text.indexOf("-----BEGIN ", at);
      if (begin < 0) {
        return out;
      }
      int typeEnd = text.indexOf("-----", begin + 11);
      if (typeEnd < 0) {
        throw new TlsException(file + ": unterminated -----BEGIN line");
      }
      String type = text.substring(begin + 11, typeEnd);
      String endMark = "-----END " + type + "-----";
      int end = text.indexOf(endMark, typeEnd);
      if (end < 0) {
        throw new TlsException(file + ": no " + endMark);
      }
      String body = text.substring(typeEnd + 5, end);
      if (body.contains("Proc-Type:") && body.contains("ENCRYPTED")) {
        throw encrypted(file);
      }
      try {
        out.add(new Block(type, Base64.getMimeDecoder().decode(body.strip())));
      } catch (IllegalArgumentException e) {
        throw new TlsException(file + ": bad base64 in the " + type + " block", e);
      }
      at = end + endMark.length();
    }
  }

  private static byte[] integerZero() {
    return new byte[] {0x02, 0x01, 0x00};
  }

  private static byte[] sequence(byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      content.writeBytes(p);
    }
    return der(0x30, content.toByteArray());
  }

  /** One DER element: tag, definite length, content. */
  static byte[] der(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else {
      int bytes = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x1000000 ? 3 : 4;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(n >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }
}
