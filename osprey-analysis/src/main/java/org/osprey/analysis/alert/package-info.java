/** Alert formats: OSSEC's alerts.log text block and the JSON line of alerts.json. */
@NullMarked
package org.osprey.analysis.alert;

import org.jspecify.annotations.NullMarked;
