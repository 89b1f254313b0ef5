/**
 * OSSEC's XML dialect, read the way OSSEC's own {@code os_xml} reads it: element content is kept raw
 * (never trimmed, no entity decoding), {@code \<} stays inside content, comments end at {@code -->} or
 * {@code !>}, several root elements are allowed, and {@code <var>} definitions are substituted as
 * {@code $NAME}. A standards XML parser rejects several of OSSEC's stock files, so configuration, rules
 * and decoders are all read through {@link org.osprey.xml.OssecXml}.
 *
 * <p>The reader has a contract: it returns a {@link org.osprey.xml.XmlDocument} or throws
 * {@link org.osprey.xml.XmlParseException} naming the file and line — never another exception.
 */
@NullMarked
package org.osprey.xml;

import org.jspecify.annotations.NullMarked;
