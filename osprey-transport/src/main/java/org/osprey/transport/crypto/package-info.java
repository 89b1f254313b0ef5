/**
 * The two ciphers of OSSEC's agent channel, through JCE: Blowfish-CBC with OSSEC's fixed IV and no padding,
 * and AES-256-CBC with a random IV sent in front and PKCS#7 padding.
 */
@NullMarked
package org.osprey.transport.crypto;

import org.jspecify.annotations.NullMarked;
